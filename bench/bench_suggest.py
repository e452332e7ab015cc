"""Suggestion speed: per article, in article length, and over a corpus on every core.

Measures 1, 2 and 4 prepare the rules first (`prepare_rules`: every pattern compiled,
the gazetteer indexed), as the window's preparing job does once the session's first
suggestions are shown (1.5 s later, while no suggestion job runs), so they time what an
analyst opening a later article waits for; the compile itself is timed apart in measure 4
(the window pays it once, the first articles' rules compiling what they use, and each
`annotator suggest` once per run).

Each measure next to a baseline taken in the same run:

1. a 5,000-character article (the samples cut to that length): goal under 50 ms,
   median over the samples;
2. one 1 MB article (the samples repeated) against the same text cut into 5 KB
   articles run one after another: the ratio says how far from linear the rules
   are (goal: 1 MB under 2 s, ratio near 1);
3. `annotator suggest` over a corpus of ~3 KB articles with one worker process
   (`--jobs 1`, the baseline) and with one per core (`--jobs 0`, the default): goal
   5,000 articles under 30 s on 2 cores. Both run as the user runs them, in a fresh
   process, on a fresh copy of a database built with `annotator import`;
4. with `--against REF` (a commit, e.g. `main`): the same 1 MB article through this
   copy's rules and through REF's (its `annotator/` and `resources/` taken with
   `git archive`), each in a fresh process, in turns, `--runs` times each: the
   ratio says what a change did to the time the user waits, on a loaded machine too;
   and measure 3 with REF's copy as well, in turns with this copy's
   (`--only-corpus --against REF` runs that comparison alone). Each copy runs with a
   cache folder of its own (XDG_CACHE_HOME), warmed once before timing: the kept
   compiled patterns hold one copy's forms, and a copy whose forms are not kept
   compiles again in every process (1 to 4 s), which tipped shared-cache comparisons;
5. what the analyst waits for: a 1 MB article opened in the window (suggestions on,
   the real event loop running) until its suggestions are shown and painted, against
   `suggest()` alone over the same text in the same process, in turns (goal: under 2 s;
   `--only-window` runs it alone); the session's first such article, opened while its
   worker processes may still be compiling their rules, is reported apart, and so is
   the article the window restores at start-up (5,000 characters, or 1 MB with
   `--window-first big`) from the first frame to its suggestions: in this process,
   where the bench imported the rules first, and (for the 5,000-character one) in
   fresh start-ups that import them as the analyst's window does
   (bench/first_suggestions.py, which also runs against another commit);
6. 3 KB articles with the 5,000 known actors of a big registry (every gazetteer name,
   then invented people's names) against the same articles without any, CPU seconds in
   a fresh process; with `--against REF`, REF's copy too (`--only-known` runs it alone).
7. a long article's rules shared out with the window's warm worker processes against
   one pass in the same process, in turns (`--only-shared`, `--sizes 100000,200000`
   to find where sharing starts to pay).

    python bench/bench_suggest.py [--documents 5000] [--runs 3] [--skip-corpus]
                                  [--against REF] [--only-against] [--only-corpus]
                                  [--only-known] [--only-window] [--window-first big]
                                  [--only-shared] [--sizes N,N] [--timeline FILE]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.core.suggest import Suggestion, prepare_rules, suggest  # noqa: E402
from annotator.core.suggest.text import WORD  # noqa: E402
from annotator.core.timeline import mark  # noqa: E402
from annotator.services.suggesting import load_gazetteer  # noqa: E402
from bench.common import (  # noqa: E402
    copy_of,
    record,
    repeated_samples,
    run_in_copy,
    sample_texts,
)


def differing(shown: list[Suggestion], expected: list[Suggestion]) -> str | None:
    """How the suggestions a window shows differ from `expected` (what `suggest()` gives
    over the same text, gazetteer and known actors), or None when they are the same:
    extents, labels, attributes, speakers and rules, whatever their order."""

    def order(s: Suggestion) -> tuple[int, int, str]:
        return (s.start, s.end, s.label)

    shown, expected = sorted(shown, key=order), sorted(expected, key=order)
    if shown == expected:
        return None

    def whole(s: Suggestion) -> str:
        return repr((s.start, s.end, s.label, sorted(s.attributes.items()), s.speaker, s.rule))

    in_shown, in_expected = {whole(s) for s in shown}, {whole(s) for s in expected}
    missing = [s for s in expected if whole(s) not in in_shown]
    extra = [s for s in shown if whole(s) not in in_expected]
    first = f"; first missing {missing[0]}" if missing else ""
    first += f"; first not from suggest() {extra[0]}" if extra else ""
    return (
        f"the window shows {len(shown):,} suggestions, suggest() gives {len(expected):,}: "
        f"{len(missing):,} missing, {len(extra):,} not from suggest(){first}"
    )


def _timed(function: object, *args: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function(*args)  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _floor(text: str) -> None:
    """The least any rule set must do: one regular-expression pass tokenising the text."""
    for _match in WORD.finditer(text):
        pass


def per_article(runs: int) -> None:
    gazetteer = load_gazetteer()
    texts = [(t * (5000 // len(t) + 1))[:5000] for t in sample_texts()]
    prepare_rules(gazetteer=gazetteer)  # as the window's preparing job does
    times = [_timed(lambda t: suggest(t, gazetteer=gazetteer), t, runs=runs) for t in texts]
    floors = [_timed(_floor, t, runs=runs) for t in texts]
    record(
        "suggest one 5,000-character article (median of the samples)",
        statistics.median(times) * 1000,
        statistics.median(floors) * 1000,
        unit="ms",
        max_value=50,
        baseline_name="one regex tokenising pass over the same articles",
        note=f"slowest {max(times) * 1000:.1f} ms over {len(texts)} samples",
    )


def long_article(runs: int, size: int = 1_000_000) -> None:
    gazetteer = load_gazetteer()
    text = repeated_samples(size)
    pieces = [text[i : i + 5000] for i in range(0, size, 5000)]
    # What the window's preparing job does once the first suggestions are shown
    # (prepare_suggestions, off the GUI thread): every pattern compiled, the gazetteer
    # indexed. A later article opened in the window waits for no compile; the compile is
    # measured apart (--against).
    prepare_rules(gazetteer=gazetteer)
    suggest(pieces[0], gazetteer=gazetteer)

    def baseline() -> None:
        for piece in pieces:
            suggest(piece, gazetteer=gazetteer)

    # Measured in turns, so that the machine's load falls on both alike.
    cut, whole, floor, cpu = [], [], [], []
    for _ in range(runs):
        cut.append(_timed(baseline, runs=1))
        started = time.process_time()
        whole.append(_timed(lambda: suggest(text, gazetteer=gazetteer), runs=1))
        cpu.append(time.process_time() - started)
        floor.append(_timed(_floor, text, runs=1))
    record(
        "suggest one 1 MB article",
        statistics.median(whole),
        statistics.median(cut),
        baseline_name=f"the same text as {len(pieces)} articles of 5 KB",
        max_value=2.0,
        note=f"CPU {statistics.median(cpu):.2f} s; "
        f"{statistics.median(whole) / statistics.median(floor):.0f}x one regex tokenising pass "
        f"({statistics.median(floor) * 1000:.0f} ms)",
    )
    # Linear in length: the time per character at 100 kB, 300 kB and 1 MB.
    per_char = []
    for part in (100_000, 300_000):
        piece = text[:part]
        per_char.append(_timed(lambda p=piece: suggest(p, gazetteer=gazetteer), runs=runs) / part)
    per_char.append(statistics.median(whole) / size)
    print(
        "  time per character at 100 kB / 300 kB / 1 MB: "
        + " / ".join(f"{c * 1e6:.2f} us" for c in per_char),
        flush=True,
    )


def shared_out(runs: int, sizes: tuple[int, ...] = (1_000_000,)) -> None:
    """A long article's rules shared out with the window's warm worker processes
    (services.rule_workers, one fewer than the processors) against one pass in the same
    process, in turns; at several lengths with --sizes (where sharing starts to pay)."""
    from annotator.services.rule_workers import RuleWorkers, worker_count

    gazetteer = load_gazetteer()
    count = max(1, worker_count())
    workers = RuleWorkers(count).start()
    workers.wait_ready(300)  # a worker still compiling its rules is given no share
    try:
        prepare_rules(gazetteer=gazetteer)
        warm = repeated_samples(200_000)
        suggest(warm, gazetteer=gazetteer, elsewhere=workers.elsewhere(parallel_from=0))
        for size in sizes:
            text = repeated_samples(size)
            alone, shared, cpu_alone, cpu_shared, cpu_worker = [], [], [], [], []
            for _ in range(runs):
                started = time.process_time()
                alone.append(_timed(lambda t=text: suggest(t, gazetteer=gazetteer), runs=1))
                cpu_alone.append(time.process_time() - started)
                hook = workers.elsewhere(parallel_from=0)
                started = time.process_time()
                shared.append(
                    _timed(
                        lambda t=text, h=hook: suggest(t, gazetteer=gazetteer, elsewhere=h),
                        runs=1,
                    )
                )
                cpu_shared.append(time.process_time() - started)
                cpu_worker.append(workers.seconds)
            record(
                f"suggest one {size:,}-character article, rules shared with {count} worker(s)",
                statistics.median(shared),
                statistics.median(alone),
                baseline_name="one pass in this process, same text, in turns",
                max_value=2.0 if size >= 1_000_000 else None,
                note=f"CPU: this process {statistics.median(cpu_shared):.2f} s and the "
                f"busiest worker {statistics.median(cpu_worker):.2f} s, against "
                f"{statistics.median(cpu_alone):.2f} s in one pass; median of {runs}",
            )
    finally:
        workers.close()


# An earlier session's window: its preparing job prepares the rules.
_EARLIER_SESSION = """
from annotator.services.suggesting import load_gazetteer
from annotator.services.kept_patterns import patterns_kept
from annotator.core.suggest import prepare_rules
with patterns_kept():
    prepare_rules(gazetteer=load_gazetteer())
"""


def in_window(
    runs: int, size: int = 1_000_000, first: str = "small", earlier_session: bool = False
) -> None:
    """What the analyst waits for: a 1 MB article opened in the window (suggestions on)
    until its suggestions are shown and painted, against `suggest()` alone over the same
    text in the same process, in turns. The window runs its real event loop meanwhile
    (the suggestion job's thread shares the interpreter with the GUI thread).

    The window starts on the article it restores (`first`: the 5,000-character one, or
    with "big" the 1 MB one): from show() to its suggestions, the session's first job
    imports and compiles the rules; that first article is reported against the same
    article opened later. The user's cache folder is a new empty one (the first session
    after installing), or with `earlier_session` one where an earlier process (a child
    run first) left the rules' compiled patterns."""
    import gc

    from annotator.core.timeline import enabled as timeline_on
    from annotator.services.rule_workers import log_timeline_to
    from annotator.services.suggesting import prepare_suggestions
    from bench.timeline import stages

    # The timeline of each open (annotator.core.timeline), into --timeline's file or one
    # of this run's: its stages are printed after the figures.
    if not timeline_on():
        log_timeline_to(tempfile.mkstemp(prefix="bench-timeline-", suffix=".txt")[1])
    timeline_file = os.environ["ANNOTATOR_TIMELINE"]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from annotator.app import configure_application
    from annotator.core.model import AnnotatedDocument, Document
    from annotator.store.db import open_db
    from annotator.store.repository import Repository
    from annotator.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    configure_application(app)
    text = repeated_samples(size)
    cache_home = os.environ.get("XDG_CACHE_HOME")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")
        if earlier_session:
            subprocess.run(
                [sys.executable, "-c", _EARLIER_SESSION],
                check=True,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
        QSettings.setPath(
            QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(Path(tmp) / "cfg")
        )
        QSettings().setValue("view/suggestions", True)
        repo = Repository(open_db(Path(tmp) / "window.db"))
        big = Document.from_text(text, "big")
        # A 5,000-character article with suggestions (the guide: under 50 ms).
        small = Document.from_text(repeated_samples(5000), "small")
        other = Document.from_text(repeated_samples(10_000)[5000:], "another small")
        repo.import_documents(
            [AnnotatedDocument(small), AnnotatedDocument(other), AnnotatedDocument(big)], "bench"
        )
        restored = big if first == "big" else small
        QSettings().setValue("documents/last/window", restored.id)  # opened at start-up

        def shown(document: Document, open_it: Callable[[], object]) -> float:
            loop = QEventLoop()

            def arrived(document_id: str) -> None:
                if document_id == document.id and window.session.suggestions(ordered=False):
                    loop.quit()

            window.session.suggestionsChanged.connect(arrived)
            QTimer.singleShot(300_000, loop.quit)
            mark(f"bench: open {document.title!r}")
            started = time.perf_counter()
            open_it()
            if not window.session.suggestions(ordered=False):
                loop.exec()
            window.repaint()
            seconds = time.perf_counter() - started
            mark(f"bench: {document.title!r} shown and painted after {seconds:.3f} s")
            window.session.suggestionsChanged.disconnect(arrived)
            if not window.session.suggestions(ordered=False):
                raise SystemExit("in_window: no suggestions shown within 300 s")
            return seconds

        window = MainWindow(repo, "bench", db_label="window")
        window.resize(1440, 880)
        assert window.session.document_id == restored.id
        # From the first frame: the first job imports the rules and compiles them.
        first_seconds = shown(restored, window.show)
        window.suggestions.wait(120_000)
        gazetteer = load_gazetteer()
        suggest(text[:5000], gazetteer=gazetteer)

        waited, alone = [], []
        for run in range(runs):
            if run == 1:
                # What the window's preparing job does once, 1.5 s after the session's
                # first suggestions (every pattern compiled, the gazetteer indexed), done
                # here before the later opens: that job ran beside the second open (or
                # its baseline) in some runs, in the same process, and a later article
                # opened in the window waits for no compile. (The job then finds the rules
                # prepared and ends at once, or this waits for it.)
                prepare_suggestions(repo)
            window.open_document(small.id)
            window.suggestions.wait(120_000)
            app.processEvents()
            gc.collect()
            waited.append(shown(big, lambda: window.open_document(big.id)))
            gc.collect()
            alone.append(_timed(lambda: suggest(text, gazetteer=gazetteer), runs=1))
        count = len(window.session.suggestions(ordered=False))
        # Like with like: the window against suggest() over this very text (no spans, no
        # known actors, no page furniture in this database). The text is made from this
        # checkout's sample articles: another checkout's count differs with its samples.
        difference = differing(
            list(window.session.suggestions(ordered=False)), suggest(text, gazetteer=gazetteer)
        )
        if difference is not None:
            raise SystemExit(f"in_window: {difference}")
        # Another 5,000-character article, never opened before (a reopened one shows the
        # suggestions it has).
        later_small = shown(other, lambda: window.open_document(other.id))
        window.close()
        window.deleteLater()
        app.processEvents()
        repo.db.close()
    if cache_home is None:
        os.environ.pop("XDG_CACHE_HOME")
    else:
        os.environ["XDG_CACHE_HOME"] = cache_home
    record(
        f"the session's first article ({len(restored.text):,} characters, restored at "
        "start-up), from show() until its suggestions are shown, in this process",
        first_seconds,
        later_small if first == "small" else statistics.median(waited),
        baseline_name="another 5,000-character article opened later"
        if first == "small"
        else "the same article opened later",
        max_value=0.05 if first == "small" else 2.0,
        note="this bench imported the rules before the window (not counted here): "
        "the first job builds the gazetteer and compiles the casualty patterns its rules use",
    )
    if first == "small":
        # What the analyst meets: a fresh start-up, nothing of the rules imported yet.
        from bench.first_suggestions import first_article_runs
        from bench.first_suggestions import report as report_first

        with tempfile.TemporaryDirectory() as tmp:
            cache = "kept" if earlier_session else "empty"
            report_first(
                first_article_runs({"this copy": ROOT}, max(1, runs), cache, Path(tmp)),
                cache,
                None,
            )
    if first == "small":
        # The first run is the session's first long article, opened right after the first
        # article's suggestions: the worker processes started then may still be compiling.
        record(
            "open the session's first 1 MB article until its suggestions are shown",
            waited[0],
            alone[0],
            baseline_name="suggest() alone over the same text, same process, just after",
            max_value=2.0,
            note="opened as soon as the first article's suggestions are in: the workers "
            "that started then may still be compiling their rules",
        )
    record(
        "open a 1 MB article in the window until its suggestions are shown",
        statistics.median(waited[1:] or waited),
        statistics.median(alone[1:] or alone),
        baseline_name="suggest() alone over the same text, same process, in turns",
        max_value=2.0,
        note=f"{count:,} suggestions shown, the very ones suggest() gives; median of "
        f"{max(1, runs - 1)} after the first (the rules prepared before them, as the "
        "window's preparing job does)",
    )
    print(
        "  stages of each 1 MB open in the window, ms from the open (the first is the "
        f"session's first; whole timeline: python bench/timeline.py {timeline_file}):",
        flush=True,
    )
    for line in stages(timeline_file)[-runs:]:
        print("    " + line, flush=True)


# Run in a fresh process with PYTHONPATH set to the copy under test: prints the wall and
# CPU seconds of one suggest() over the text in argv[1], then the wall seconds of the
# compile before it. The rules are prepared first, as the window's preparing job does
# (services.suggesting.prepare_suggestions) once the first suggestions are shown: a later
# article opened in the window waits for its rules, not for a compile.
_TIME_ONE = """
import sys, time
from annotator.core.suggest import prepare_rules, suggest
from annotator.services.suggesting import load_gazetteer
text = open(sys.argv[1], encoding="utf-8").read()
gazetteer = load_gazetteer()
compiled = time.perf_counter()
prepare_rules(gazetteer=gazetteer)
compiled = time.perf_counter() - compiled
suggest(text[:5000], gazetteer=gazetteer)
wall, cpu = time.perf_counter(), time.process_time()
suggest(text, gazetteer=gazetteer)
print(time.perf_counter() - wall, time.process_time() - cpu, compiled)
"""


def _time_in_child(copy: Path, text_file: Path, cache: Path) -> tuple[float, float, float]:
    out = run_in_copy(copy, _TIME_ONE, str(text_file), env=_own_cache(cache)).stdout.split()
    return float(out[0]), float(out[1]), float(out[2])


def _own_cache(folder: Path) -> dict[str, str]:
    """The environment that gives a copy's processes `folder` as the user's cache folder.

    Two copies of the code must never share one: the kept compiled patterns (one file per
    Python build) hold the forms of the last process that wrote them, so each process of
    the copy whose forms are not in the file compiles its patterns again (1 to 4 s each)
    and the comparison tips towards whichever copy wrote last."""
    folder.mkdir(parents=True, exist_ok=True)
    return {"XDG_CACHE_HOME": str(folder)}


def _kept_state(folder: Path) -> tuple[int, int] | None:
    """(size, modification time in ns) of the compiled patterns kept in `folder`."""
    found = sorted((folder / "annotator").glob("compiled-patterns-*.bin"))
    if not found:
        return None
    stat = found[0].stat()
    return stat.st_size, stat.st_mtime_ns


def _say_warmed(states: dict[str, tuple[int, int] | None], how: str) -> None:
    shown = ", ".join(
        f"{name} {state[0] / 1e6:.1f} MB" if state else f"{name} NONE"
        for name, state in states.items()
    )
    print(
        f"  each copy has a cache folder of its own (XDG_CACHE_HOME), warmed once before "
        f"timing by {how}: compiled patterns kept: {shown}",
        flush=True,
    )


def _say_kept(
    before: dict[str, tuple[int, int] | None], after: dict[str, tuple[int, int] | None]
) -> None:
    rewritten = [name for name in before if before[name] != after[name]]
    print(
        "  compiled patterns rewritten while timing: "
        + (", ".join(rewritten) + " (a timed run compiled)" if rewritten else "none"),
        flush=True,
    )


def against(ref: str, runs: int, size: int = 1_000_000) -> None:
    """This copy's rules against REF's on the same 1 MB article, fresh processes in turns,
    each copy with a cache folder of its own, warmed once before timing."""
    text = repeated_samples(size)
    with tempfile.TemporaryDirectory() as tmp:
        old = copy_of(ref, Path(tmp) / "old")
        caches = {ROOT: Path(tmp) / "cache-this", old: Path(tmp) / "cache-old"}
        for copy, cache in caches.items():
            run_in_copy(copy, _EARLIER_SESSION, env=_own_cache(cache))
        warmed = {name: _kept_state(caches[c]) for name, c in (("this copy", ROOT), (ref, old))}
        _say_warmed(warmed, "a process that prepares the rules and keeps their patterns")
        text_file = Path(tmp) / "article.txt"
        text_file.write_text(text, "utf-8")
        new_times: list[tuple[float, float, float]] = []
        old_times: list[tuple[float, float, float]] = []
        for _ in range(runs):
            old_times.append(_time_in_child(old, text_file, caches[old]))
            new_times.append(_time_in_child(ROOT, text_file, caches[ROOT]))
        kept = {name: _kept_state(caches[c]) for name, c in (("this copy", ROOT), (ref, old))}
        _say_kept(warmed, kept)
    wall_new = statistics.median(t[0] for t in new_times)
    wall_old = statistics.median(t[0] for t in old_times)
    cpu_new = statistics.median(t[1] for t in new_times)
    cpu_old = statistics.median(t[1] for t in old_times)
    record(
        "suggest one 1 MB article, this copy against an earlier commit",
        wall_new,
        wall_old,
        baseline_name=f"the rules of {ref}, same text, fresh processes in turns",
        max_value=2.0,
        note=f"CPU {cpu_new:.2f} s against {cpu_old:.2f} s (ratio {cpu_new / cpu_old:.2f}x); "
        f"median of {runs} each; rules prepared first, as the window does",
    )
    record(
        "compile the rules (prepare_rules: once per process, before the first article)",
        statistics.median(t[2] for t in new_times),
        statistics.median(t[2] for t in old_times),
        baseline_name=f"{ref}'s copy, same fresh processes",
        note="the window pays it once, off the article's wait but for the patterns the "
        "first articles' rules use; `annotator suggest` once per run",
    )


# Run in a fresh process with PYTHONPATH set to the copy under test: prints the CPU
# seconds of suggest() over the 3 KB articles in argv[1] (one per line, JSON strings)
# without known actors, then with the 5,000 of a big registry (argv[2]: name -> type).
_TIME_KNOWN = """
import json, sys, time
from annotator.core.suggest import prepare_rules, suggest
from annotator.services.suggesting import load_gazetteer
texts = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
known = json.loads(open(sys.argv[2], encoding="utf-8").read())
gazetteer = load_gazetteer()
prepare_rules(known_actors=known, gazetteer=gazetteer)
for text in texts[:20]:
    suggest(text, gazetteer=gazetteer, known_actors=known)
for actors in ({}, known):
    cpu = time.process_time()
    for text in texts:
        suggest(text, gazetteer=gazetteer, known_actors=actors)
    print(time.process_time() - cpu)
"""


def _registry(size: int = 5000) -> dict[str, str | None]:
    """Known actors as a corpus with a big registry has them: every listed name (with its
    type), then invented people's names ("Amina Yusuf", "Amina Yusuf Bako") up to `size`."""
    known: dict[str, str | None] = {e.name: e.type for e in load_gazetteer().values()}
    given = "Amina Ali Ivan Olena Pavel Maria Juan Wei Fatima Omar Sara John Grace Musa Lina"
    family = "Yusuf Bako Petrenko Bilyk Sokol Garcia Chen Haddad Mensah Okafor Diallo Kamau Novak"
    people = [f"{a} {b}" for a in given.split() for b in family.split()]
    people += [f"{p} {b}" for p in people for b in family.split() if not p.endswith(b)]
    for name in people:
        if len(known) >= size:
            break
        known[name] = "person"
    return known


def known_actors(runs: int, against: str | None, documents: int = 300) -> None:
    """3 KB articles with the known actors of a big registry (5,000 names) against none,
    in a fresh process; with `against`, REF's copy too, in turns (CPU seconds)."""
    import json

    samples = sample_texts()
    texts = [samples[n % len(samples)][:3000] for n in range(documents)]
    with tempfile.TemporaryDirectory() as tmp:
        articles, registry = Path(tmp) / "articles.jsonl", Path(tmp) / "known.json"
        articles.write_text("".join(json.dumps(t) + "\n" for t in texts), "utf-8")
        known = _registry()
        registry.write_text(json.dumps(known), "utf-8")
        copies = {"this copy": ROOT}
        if against:
            copies[against] = copy_of(against, Path(tmp) / "against")
        caches = {name: _own_cache(Path(tmp) / f"cache-{k}") for k, name in enumerate(copies)}
        for name, root in copies.items():
            run_in_copy(root, _EARLIER_SESSION, env=caches[name])
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in copies}
        for _ in range(runs):
            for name, root in copies.items():
                out = run_in_copy(
                    root, _TIME_KNOWN, str(articles), str(registry), env=caches[name]
                ).stdout.split()
                times[name].append((float(out[0]), float(out[1])))

    def per_document(name: str, which: int) -> float:
        return statistics.median(t[which] for t in times[name]) / documents * 1000

    record(
        f"suggest one 3 KB article with {len(known)} known actors (CPU)",
        per_document("this copy", 1),
        per_document("this copy", 0),
        unit="ms",
        baseline_name="the same articles without known actors",
        note=f"median of {runs} fresh processes, {documents} articles each",
    )
    if against:
        record(
            f"suggest one 3 KB article with {len(known)} known actors (CPU), "
            "this copy against an earlier commit",
            per_document("this copy", 1),
            per_document(against, 1),
            unit="ms",
            baseline_name=f"{against}'s copy, same articles and actors, in turns",
            note=f"without known actors: {per_document('this copy', 0):.2f} ms against "
            f"{per_document(against, 0):.2f} ms",
        )


def corpus(documents: int, runs: int, against: str | None = None) -> None:
    """`annotator suggest` as the user runs it: a fresh process on an imported database.

    Every run starts from a fresh copy of the imported database (a first run, not a
    re-run over an existing layer). With `against`, REF's copy runs the same commands on
    its own import of the same articles, in turns with this copy's, so that the machine's
    load falls on both alike. CPU seconds (the process and its workers) are noted: on a
    shared machine they move less than the wall clock.
    """
    samples = sample_texts()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for n in range(documents):
            text = samples[n % len(samples)][:3000]
            (folder / f"{n:05}.txt").write_text(f"Article {n}\n\n{text}\n", "utf-8")
        warm_folder = Path(tmp) / "warm-articles"
        warm_folder.mkdir()
        for n in range(_WARM_ARTICLES):
            (warm_folder / f"{n:05}.txt").write_text(samples[n % len(samples)][:3000], "utf-8")
        copies = {"this copy": ROOT}
        if against:
            copies[against] = copy_of(against, Path(tmp) / "against")
        # A cache folder per copy (see _own_cache), warmed by one `annotator suggest` of the
        # copy over a few articles: no timed run compiles what an earlier run of the other
        # copy pushed out of a shared file, and none pays the first run after an upgrade.
        caches = {name: Path(tmp) / f"cache-{k}" for k, name in enumerate(copies)}
        pristine = {}
        for k, (name, root) in enumerate(copies.items()):
            env = _own_cache(caches[name])
            pristine[name] = Path(tmp) / f"imported-{k}.db"
            _in(root, "import", str(folder), "--db", str(pristine[name]), "--quiet", env=env)
            warm_db = Path(tmp) / f"warm-{k}.db"
            _in(root, "import", str(warm_folder), "--db", str(warm_db), "--quiet", env=env)
            _in(root, "suggest", "--db", str(warm_db), "--jobs", "1", "--quiet", env=env)
        warmed = {name: _kept_state(caches[name]) for name in copies}
        _say_warmed(warmed, f"one `annotator suggest --jobs 1` over {_WARM_ARTICLES} articles")
        work = Path(tmp) / "work.db"

        def run(name: str, jobs: int) -> tuple[float, float]:
            for leftover in (work, work.with_name("work.db-wal"), work.with_name("work.db-shm")):
                leftover.unlink(missing_ok=True)
            shutil.copyfile(pristine[name], work)
            return _in(
                copies[name],
                "suggest",
                "--db",
                str(work),
                "--jobs",
                str(jobs),
                "--quiet",
                env=_own_cache(caches[name]),
            )

        times: dict[tuple[str, int], list[tuple[float, float]]] = {
            (name, jobs): [] for name in copies for jobs in (0, 1)
        }
        for _ in range(runs):
            for name in copies:
                for jobs in (1, 0):
                    times[(name, jobs)].append(run(name, jobs))
        _say_kept(warmed, {name: _kept_state(caches[name]) for name in copies})

    def wall(name: str, jobs: int) -> float:
        return statistics.median(t[0] for t in times[(name, jobs)])

    def cpu(name: str, jobs: int) -> float:
        return statistics.median(t[1] for t in times[(name, jobs)])

    record(
        f"annotator suggest over {documents} articles of ~3 KB, every core",
        wall("this copy", 0),
        wall("this copy", 1),
        baseline_name="--jobs 1",
        max_value=30 * documents / 5000,
        note=f"goal scaled from 5,000 articles in 30 s; CPU {cpu('this copy', 0):.1f} s "
        f"against {cpu('this copy', 1):.1f} s; median of {runs}",
    )
    if against:
        for jobs, what in ((0, "every core"), (1, "--jobs 1")):
            record(
                f"annotator suggest over {documents} articles of ~3 KB, {what}, "
                "this copy against an earlier commit",
                wall("this copy", jobs),
                wall(against, jobs),
                baseline_name=f"{against}'s copy, same articles, in turns",
                note=f"CPU {cpu('this copy', jobs):.1f} s against {cpu(against, jobs):.1f} s "
                f"(ratio {cpu('this copy', jobs) / cpu(against, jobs):.2f}x); median of {runs}",
            )


# Articles of the warm-up run of `annotator suggest` that fills each copy's cache folder.
_WARM_ARTICLES = 32


def _in(copy: Path, *args: str, env: dict[str, str] | None = None) -> tuple[float, float]:
    """(wall, CPU seconds of the process and its workers) of `python -m annotator ARGS`
    run with `copy`'s package (`env` added to the environment). Raises SystemExit when
    it fails."""
    env = dict(os.environ, PYTHONPATH=str(copy), **(env or {}))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "annotator", *args], cwd=copy, env=env, capture_output=True
    )
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace")[-2000:]
        raise SystemExit(f"annotator {args[0]} ({copy}) failed:\n{message}")
    used = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return seconds, used


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-corpus", action="store_true")
    parser.add_argument("--quick", action="store_true", help="500 articles, one run each")
    parser.add_argument("--against", metavar="REF", help="also time REF's rules on 1 MB")
    parser.add_argument(
        "--only-against", action="store_true", help="with --against: that measure alone"
    )
    parser.add_argument(
        "--only-known",
        action="store_true",
        help="the known-actors measure alone (with --against: REF's copy in turns)",
    )
    parser.add_argument(
        "--only-window",
        action="store_true",
        help="the window measure alone (open a 1 MB article until its suggestions show)",
    )
    parser.add_argument(
        "--window-first",
        choices=("small", "big"),
        default="small",
        help="with --only-window: the article the window restores at start-up",
    )
    parser.add_argument(
        "--earlier-session",
        action="store_true",
        help="with --only-window: an earlier session kept the rules' compiled patterns",
    )
    parser.add_argument(
        "--only-shared",
        action="store_true",
        help="the shared-out measure alone (rules shared with warm worker processes)",
    )
    parser.add_argument(
        "--sizes",
        default="1000000",
        help="with --only-shared: article lengths, comma-separated (e.g. 100000,150000)",
    )
    parser.add_argument(
        "--timeline",
        metavar="FILE",
        help="append every process's timeline marks to FILE (annotator.core.timeline); "
        "read it with bench/timeline.py FILE",
    )
    parser.add_argument(
        "--only-corpus",
        action="store_true",
        help="the corpus measure alone, --runs times (with --against: REF's copy in turns)",
    )
    args = parser.parse_args()
    if args.timeline:
        from annotator.services.rule_workers import log_timeline_to

        log_timeline_to(args.timeline)
    if args.quick:
        args.documents, args.runs = 500, 1
    if args.only_corpus:
        corpus(args.documents, args.runs, args.against)
        return
    if args.only_window:
        in_window(args.runs, first=args.window_first, earlier_session=args.earlier_session)
        return
    if args.only_shared:
        shared_out(args.runs, tuple(int(n) for n in args.sizes.split(",")))
        return
    if args.only_known:
        known_actors(args.runs, args.against)
        return
    if args.against:
        against(args.against, args.runs)
        if args.only_against:
            return
    per_article(args.runs)
    known_actors(args.runs, args.against)
    long_article(args.runs)
    shared_out(args.runs)
    in_window(args.runs)
    if not args.skip_corpus:
        corpus(args.documents, max(1, args.runs // 3), args.against)


if __name__ == "__main__":
    main()
