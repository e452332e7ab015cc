"""The hotkey path counted in instructions (callgrind): tag, relabel and delete next to a bare
view + commit, at 1,000 / 10,000 / 50,000 spans.

    python bench/keys_instructions.py [--counts 1000,10000,50000] [--presses 9] [--against REF]
                                      [--speakers N] [--no-suggestions] [--keep DIR]
                                                (or: python bench/bench_keys.py --instructions)

bench_keys.py times the key presses a user waits for, but on a shared 2-core machine a
median of a few milliseconds moves by a millisecond between runs. Instructions executed
move much less: the same presses, run under valgrind's callgrind with a fixed hash seed.
Each press is what bench_keys.py times (a real key press on the article, then the event
loop run once: the edit, the SQLite commit, the article's blocks, the span table, the
counts, every widget painted), counted from the key to the end of that loop turn by a
tiny C function (compiled here against the valgrind headers) that zeroes callgrind's
counters, calls back into Python and dumps them. The window is opened and settled, and a
few presses are made uncounted first (what the first press loads or compiles once), with
the instrumentation off (about five times faster). The text cursor does not blink: under
callgrind a press lasts about half a second, and a blink would repaint the article inside
it. The garbage collector runs (uncounted) before each press, so that a press and its
twin under --against start from the same state. Baseline, counted in the same process:
the bare press of bench_keys.py (a bare QPlainTextEdit with a per-block highlighter over
the same spans, INSERT + COMMIT, the tagged block painted). Figures are medians over the
presses; a press varies with the words it tags (how far the span table scrolls to the new
row). With `--against REF` (a commit), REF's `annotator/` and `resources/` are counted the
same way, with this copy's bench (before/after). Then, in the same window, suggestions
are switched on and the "far" words are tagged again with the ACTOR key ("far_suggested":
the tag also looks its type up among the suggestions and queues the search for the name's
other mentions; that search is dropped after each press (under valgrind it takes a
minute) and the span deleted, uncounted), against the same presses with suggestions off ("far_add");
the suggestions are found outside valgrind, where the database is built, and shown as the
window shows a suggestion job's result. `--no-suggestions` leaves this out. Needs valgrind,
its headers and a C compiler; about a minute per count.
`--speakers N` links N of the article's quotes to a speaker first (bench_keys.py has the
same option). A memory move forward (deleting from a long list) counts one instruction
per byte under valgrind (`rep movsb`), far more than its share of the time.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

WHAT = ("bare", "add", "relabel", "delete")
# The ACTOR key with suggestions on, on the "far" words (the baseline: "far_add").
SUGGESTED = "far_suggested"
# The kinds of press (bench_keys.PRESS_KINDS): the table jumps far, or tagging down.
KINDS = ("far", "down")
WARM_UP = 3

# Zero the counters, run the press, dump what it cost under the press's name.
_COUNTER_C = r"""
#include <valgrind/callgrind.h>
typedef void (*press_fn)(void);
void keys_counted(const char *name, press_fn press) {
    CALLGRIND_ZERO_STATS;
    press();
    CALLGRIND_DUMP_STATS_AT(name);
}
void keys_start(void) { CALLGRIND_START_INSTRUMENTATION; }
"""
_DUMP_NAME = re.compile(r"^desc: Trigger: Client Request: (\w+)$", re.MULTILINE)
_DUMP_TOTAL = re.compile(r"^(?:summary|totals): (\d+)", re.MULTILINE)


def compile_counter(into: Path) -> Path:
    """The counting helper as a shared library in `into` (SystemExit without a compiler or
    the valgrind headers)."""
    source, library = into / "keys_counted.c", into / "keys_counted.so"
    source.write_text(_COUNTER_C, "utf-8")
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        sys.exit("keys_instructions: needs a C compiler (cc) for the counting helper")
    made = subprocess.run(
        [compiler, "-O1", "-shared", "-fPIC", str(source), "-o", str(library)],
        capture_output=True,
        text=True,
        check=False,
    )
    if made.returncode != 0:
        sys.exit(f"keys_instructions: the counting helper did not compile:\n{made.stderr}")
    return library


def build(db: Path, count: int, speakers: int = 0, suggestions: bool = False) -> None:
    """The bench database: the 1 MB article of bench_keys.py with `count` spans, `speakers`
    of its quotes linked to a speaker; with `suggestions`, the article's suggestions as the
    window's suggestion job finds them, pickled beside it (`suggestions_file`)."""
    from annotator.core.model import AnnotatedDocument, Document
    from annotator.store.db import open_db
    from annotator.store.repository import Repository
    from bench.bench_gui import article, make_spans
    from bench.bench_keys import speaker_links

    text = article(1_000_000)
    big = Document.from_text(text, "big")
    repo = Repository(open_db(db))
    spans = make_spans(text, count, big.id)
    links = speaker_links(spans, speakers) if speakers else None
    repo.import_documents([AnnotatedDocument(big, spans, links)], "bench")
    if suggestions:
        import pickle

        from annotator.services.suggesting import suggest_document

        found = suggest_document(repo, big.id, analyst="bench")
        suggestions_file(db).write_bytes(pickle.dumps(found))
    repo.db.close()


def suggestions_file(db: Path) -> Path:
    return db.with_suffix(".suggestions.pickle")


def press_counted(
    db: Path, count: int, presses: int, library: Path, suggestions: bool = False
) -> None:
    """Run under callgrind: open the window on `db`, press uncounted WARM_UP rounds, then
    `presses` rounds of bare / add / relabel / delete, each dumped under its name; with
    `suggestions`, then the ACTOR key with suggestions on (`SUGGESTED`, see
    `press_suggested`)."""
    import ctypes
    import gc
    import sqlite3

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from annotator.app import configure_application
    from annotator.store.db import open_db
    from annotator.store.repository import Repository
    from bench.bench_keys import PRESS_KINDS as KINDS
    from bench.bench_keys import _Bare, open_window, press_words

    counter = ctypes.CDLL(str(library))
    press_fn = ctypes.CFUNCTYPE(None)
    app = QApplication.instance() or QApplication([])
    configure_application(app)
    # Under callgrind a press takes about half a second: the text cursor's blink (every
    # 500 ms) would repaint the article inside a press it has no part in.
    app.styleHints().setCursorFlashTime(0)
    tmp = db.parent
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    QSettings().setValue("view/suggestions", False)
    repo = Repository(open_db(db))
    (document_id,) = repo.document_ids()
    document = repo.document(document_id)
    text = document.text
    spans = repo.spans(document_id)
    colors = {label.name: label.color for label in repo.schema().labels}
    bare = _Bare(app, text, spans, colors)
    bare_db = sqlite3.connect(tmp / f"bare{count}.db", isolation_level=None)
    bare_db.execute("PRAGMA journal_mode=WAL")
    bare_db.execute("PRAGMA synchronous=FULL")
    bare_db.execute("CREATE TABLE spans (id TEXT PRIMARY KEY, s INT, e INT, label TEXT)")
    bare.db = bare_db
    window = open_window(app, repo, document_id, count)
    window.article.setFocus()
    keys = {"add": Qt.Key.Key_3, "relabel": Qt.Key.Key_1, "delete": Qt.Key.Key_Delete}
    started = False

    def key(what: str) -> None:
        QTest.keyClick(window.article, keys[what])
        app.processEvents()  # every widget that changed paints

    # The kinds one after the other, as bench_keys.py presses them; each kind's first
    # WARM_UP presses are not counted ("down" goes on down the article from them).
    for kind in KINDS:
        for round_, (start, end) in enumerate(press_words(text, kind, WARM_UP + presses)):
            counted = round_ >= WARM_UP
            if counted and not started:
                counter.keys_start()
                started = True
            if counted:
                gc.collect()  # each press starts from the same collector state as its twin
                name = f"{kind}_bare".encode()
                counter.keys_counted(name, press_fn(lambda s=start, e=end: bare.tag(s, e)))
            else:
                bare.tag(start, end)
            bare.untag()
            window.annotation.select_span(None)
            # The status bar names the current object, as while tagging on: the delete's
            # message would hide that line for 8 s (and its timer would end inside a
            # press counted under valgrind, where a press lasts about a second).
            window.statusBar().clearMessage()
            window.article.select_text(start, end)
            app.processEvents()
            before = len(window.session.edits.state.spans)
            for what in ("add", "relabel", "delete"):
                if counted:
                    gc.collect()
                    name = f"{kind}_{what}".encode()
                    counter.keys_counted(name, press_fn(lambda w=what: key(w)))
                else:
                    key(what)
                if what == "add":
                    assert len(window.session.edits.state.spans) == before + 1, "no span added"
            assert len(window.session.edits.state.spans) == before, "the span was not deleted"
    if suggestions:
        words = press_words(text, "far", WARM_UP + presses)
        press_suggested(app, window, words, counter, suggestions_file(db))
    window.close()
    bare.close()
    os._exit(0)  # nothing after the presses is counted or needed


def press_suggested(app, window, words, counter, found_file) -> None:  # type: ignore[no-untyped-def]
    """With suggestions switched on in `window` and the article's suggestions (pickled in
    `found_file`) shown: an ACTOR key on each of `words` (the first WARM_UP uncounted),
    each press counted from the key to the end of that loop turn and dumped as
    `SUGGESTED`. After each press, uncounted: the search for the name's other mentions is
    dropped and the span deleted; the suggestions are as they were."""
    import ctypes
    import gc
    import pickle

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from annotator.ui.session import name_index

    press_fn = ctypes.CFUNCTYPE(None)
    session = window.session
    # On, with the suggestions the window's job finds (found by `build`, outside valgrind:
    # under it the job takes many minutes), shown as the job's result is shown.
    window.suggestions_action.setChecked(True)
    assert window.suggestions.enabled, "suggestions did not switch on"
    found = pickle.loads(found_file.read_bytes())
    names = {"ACTOR": name_index(session.document.text, found, "ACTOR")}
    session.set_suggestions(session.document_id, found, names)
    app.processEvents()
    original = session.suggestions(ordered=False)
    assert original, "the article has no suggestions"
    # The search for the other mentions waits for the keys to pause (250 ms): under
    # callgrind a press lasts longer, and the search (a thread: counted with the press)
    # would start inside it. It is dropped after each press instead: what it would show
    # is taken away again before the next press, as bench_keys.py does.
    window.propagation._pause.setInterval(24 * 3600 * 1000)

    def key() -> None:
        QTest.keyClick(window.article, Qt.Key.Key_3)
        app.processEvents()  # every widget that changed paints

    for round_, (start, end) in enumerate(words):
        window.annotation.select_span(None)
        window.statusBar().clearMessage()
        window.article.select_text(start, end)
        app.processEvents()
        before = len(session.edits.state.spans)
        if round_ >= WARM_UP:
            gc.collect()
            counter.keys_counted(SUGGESTED.encode(), press_fn(key))
        else:
            key()
        assert len(session.edits.state.spans) == before + 1, "no span added"
        window.propagation.stop()
        QTest.keyClick(window.article, Qt.Key.Key_Delete)
        app.processEvents()
        assert len(session.edits.state.spans) == before, "the span was not deleted"
        if session.suggestions(ordered=False) != original:
            session.set_suggestions(session.document_id, original)
            session.suggestions_named("ACTOR", "")
        window.statusBar().clearMessage()
        app.processEvents()


def count_presses(
    tree: Path,
    env: dict[str, str],
    count: int,
    presses: int,
    library: Path,
    tmp: Path,
    speakers: int = 0,
    keep: Path | None = None,
    suggestions: bool = False,
) -> dict[str, list[float]]:
    """Instructions (M) of each press ("far_add", "down_bare"...) at `count` spans, press
    by press in the order pressed, with `tree`'s annotator (with `suggestions`, also
    `SUGGESTED`); with `keep`, callgrind's dump of every counted press is copied into that
    folder (callgrind_annotate reads them)."""
    work = Path(tempfile.mkdtemp(dir=tmp))
    db = work / f"keys{count}.db"
    me = [sys.executable, "-m", "bench.keys_instructions"]
    build = [*me, "--build", str(db), str(count), str(speakers), str(int(suggestions))]
    subprocess.run(build, cwd=tree, env=env, check=True)
    valgrind = [
        "valgrind",
        "--tool=callgrind",
        "--instr-atstart=no",
        f"--callgrind-out-file={work}/callgrind.out",
    ]
    ran = subprocess.run(
        [
            *valgrind,
            *me,
            "--press",
            str(db),
            str(count),
            str(presses),
            str(library),
            *(["--suggested"] if suggestions else []),
        ],
        cwd=tree,
        env=env,
        check=False,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    if ran.returncode != 0:
        sys.exit(f"keys_instructions: the counted presses failed:\n{ran.stderr[-3000:]}")
    counted: dict[str, list[float]] = {f"{k}_{what}": [] for k in KINDS for what in WHAT}
    if suggestions:
        counted[SUGGESTED] = []
    dumps = sorted(work.glob("callgrind.out.*"), key=lambda dump: int(dump.suffix[1:]))
    for dump in dumps:  # in the order dumped, which is the order pressed
        head = dump.read_text("utf-8", "replace")
        name, total = _DUMP_NAME.search(head), _DUMP_TOTAL.search(head)
        if name is not None and total is not None and name.group(1) in counted:
            counted[name.group(1)].append(int(total.group(1)) / 1e6)
            if keep is not None:
                keep.mkdir(parents=True, exist_ok=True)
                pressed = len(counted[name.group(1)])
                shutil.copy(dump, keep / f"{count}.{name.group(1)}.{pressed}.callgrind")
    shutil.rmtree(work)
    for what, found in counted.items():
        if len(found) != presses:
            sys.exit(f"keys_instructions: {len(found)} counts of {what!r}, not {presses}")
    return counted


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--counts", default="1000,10000,50000", help="span counts")
    parser.add_argument("--presses", type=int, default=9, help="counted presses of each kind")
    parser.add_argument("--against", metavar="REF", help="also count REF's presses")
    parser.add_argument(
        "--speakers", type=int, default=0, metavar="N", help="quotes linked to a speaker"
    )
    parser.add_argument(
        "--keep",
        metavar="DIR",
        help="copy callgrind's dump of every counted press into DIR (callgrind_annotate)",
    )
    parser.add_argument(
        "--no-suggestions",
        action="store_true",
        help="leave out the ACTOR key with suggestions on",
    )
    parser.add_argument("--build", nargs=4, help=argparse.SUPPRESS)
    parser.add_argument("--suggested", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--press", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.build:
        db, count, speakers, suggested = args.build
        build(Path(db), int(count), int(speakers), suggested == "1")
        return
    if args.press:
        db, count, presses, library = args.press
        press_counted(Path(db), int(count), int(presses), Path(library), args.suggested)
        return
    if shutil.which("valgrind") is None:
        sys.exit("keys_instructions: needs valgrind (callgrind) on PATH")
    from bench.bench_keys import PRESS_KINDS
    from bench.bench_startup import earlier_copy
    from bench.common import record

    counts = [int(c) for c in args.counts.split(",")]
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        library = compile_counter(tmp)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONHASHSEED="0")
        env.pop("ANNOTATOR_DB", None)
        for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[variable] = str(tmp / variable.lower())
        trees = {"": (REPO, dict(env, PYTHONPATH=str(REPO)))}
        keep = Path(args.keep).resolve() if args.keep else None
        if args.against:
            earlier = earlier_copy(args.against, tmp / "earlier")
            trees[args.against] = (earlier, dict(env, PYTHONPATH=str(earlier)))
        counted = {
            (ref, count): count_presses(
                tree,
                tree_env,
                count,
                args.presses,
                library,
                tmp,
                args.speakers,
                keep / (ref or "this") if keep is not None else None,
                not args.no_suggestions,
            )
            for ref, (tree, tree_env) in trees.items()
            for count in counts
        }
    linked = f" ({args.speakers:,} quotes linked)" if args.speakers else ""
    for count in counts:
        for kind in KINDS:
            how = PRESS_KINDS[kind]
            for ref in trees:
                ours = counted[ref, count]
                for what in WHAT[1:]:
                    record(
                        f"{what} one span by hotkey, {count:,} spans{linked}, {how}, "
                        f"{ref or 'this copy'}: instructions key to painted window",
                        statistics.median(ours[f"{kind}_{what}"]),
                        statistics.median(ours[f"{kind}_bare"]),
                        unit="M instructions",
                        baseline_name="bare view: INSERT + COMMIT + the same block painted",
                        note="press by press: "
                        + " ".join(f"{m:.2f}" for m in ours[f"{kind}_{what}"]),
                    )
            if not args.against:
                continue
            for what in WHAT[1:]:
                name = f"{kind}_{what}"
                now, then = counted["", count][name], counted[args.against, count][name]
                # The same presses on the same words in both: each press against its twin.
                saved = [b - a for a, b in zip(now, then, strict=True)]
                record(
                    f"{what} one span by hotkey, {count:,} spans, {how}: "
                    f"this copy against {args.against}",
                    statistics.median(now),
                    statistics.median(then),
                    unit="M instructions",
                    baseline_name=f"{args.against}'s press",
                    note=f"press by press, {statistics.median(saved):+.2f} M fewer in the median "
                    f"(from {min(saved):+.2f} to {max(saved):+.2f}; negative: more)",
                )
        if args.no_suggestions:
            continue
        for ref in trees:
            ours = counted[ref, count]
            record(
                f"ACTOR key with suggestions on, {count:,} spans{linked}, "
                f"{PRESS_KINDS['far']}, {ref or 'this copy'}: instructions key to painted window",
                statistics.median(ours[SUGGESTED]),
                statistics.median(ours["far_add"]),
                unit="M instructions",
                baseline_name="the same ACTOR key presses with suggestions off",
                note="press by press: " + " ".join(f"{m:.2f}" for m in ours[SUGGESTED]),
            )
        if args.against:
            now, then = counted["", count][SUGGESTED], counted[args.against, count][SUGGESTED]
            saved = [b - a for a, b in zip(now, then, strict=True)]
            record(
                f"ACTOR key with suggestions on, {count:,} spans: this copy against {args.against}",
                statistics.median(now),
                statistics.median(then),
                unit="M instructions",
                baseline_name=f"{args.against}'s press",
                note=f"press by press, {statistics.median(saved):+.2f} M fewer in the median "
                f"(from {min(saved):+.2f} to {max(saved):+.2f}; negative: more)",
            )


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
