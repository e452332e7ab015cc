"""The session's first article: from its first paint to its suggestions painted, as the
analyst meets it (issue 16: under 50 ms for a 5,000-character article).

Each run is a fresh `annotator.app.run` (the real start-up: the window restores the
5,000-character article it showed last, suggestions on) in a process that has imported
nothing of the rules, so the first suggestion job pays what it pays at a real start:
importing the rules, building their patterns (from the forms an earlier session kept,
or compiled with an empty cache: the first session after installing), the gazetteer,
the rules themselves and the paint. The baseline, in the same process: another
5,000-character article opened next, until its suggestions are painted. Figures are
wall milliseconds, medians of --runs, and the process's CPU milliseconds over the first
article's wait (both threads; the other core's load shows in wall time only).

    python bench/first_suggestions.py [--runs 5] [--cache kept|empty|both] [--against REF]
        [--restored kept|fresh] [--next-after MS]

The window keeps the suggestions it showed for the last few articles in the cache folder
(annotator/services/kept_suggestions.py) and shows them for the restored article when
nothing they came from changed: one untimed start-up of each copy comes first, as the
analyst's earlier session. `--restored fresh` removes them before each start-up (a
restored article with none kept: another article, or changed since). The next article
is opened `--next-after` ms after the first suggestions are painted (default 0: at
once, while the rules may still be loading in the background). `--key-at MS` presses
the ACTOR key on a word MS ms after the first paint (then Delete) and times it to the
window painted: a key pressed while the first job (or the rules' loading) runs.

With --against REF, REF's `annotator/` (git archive) runs in turns with this copy's.
bench_suggest.py --only-window reports this measure for its first article.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import copy_of, record, repeated_samples  # noqa: E402

# Writes the database (argv[1]: the folder) and the settings that restore its first
# article; prints the ids of the restored article and of the one opened next.
_SETUP = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QSettings
from annotator.core.model import AnnotatedDocument, Document
from annotator.store.db import open_db
from annotator.store.repository import Repository
base = Path(sys.argv[1])
texts = [line.replace("\\\\n", "\\n") for line in sys.argv[2:]]
repo = Repository(open_db(base / "corpus.db"))
documents = [Document.from_text(text, f"article {n}") for n, text in enumerate(texts)]
repo.import_documents([AnnotatedDocument(d) for d in documents], "bench")
repo.set_setting("annotator", "bench")
repo.db.close()
app = QCoreApplication([])
app.setOrganizationName("annotator")
app.setOrganizationDomain("annotator.invalid")
app.setApplicationName("annotator")
QSettings().setValue("view/suggestions", True)
QSettings().setValue(f"documents/last/{base / 'corpus.db'}", documents[0].id)
QSettings().sync()
print(documents[0].id, documents[1].id)
"""

# An earlier session of the same copy: the rules imported and prepared, their compiled
# forms kept in the cache folder.
_EARLIER = """
import annotator.services.suggesting
from annotator.core.suggest import prepare_rules
from annotator.services.kept_patterns import patterns_kept
with patterns_kept():
    prepare_rules()
"""

# One start-up (argv: the folder, the restored article's id, the next article's id, how
# long after the first suggestions the next article is opened, in ms): prints [first wall
# ms, first CPU ms, next wall ms] as JSON.
_RUN = """
import json, sys, time
from pathlib import Path
from annotator import app as application
from annotator.ui import suggestions_controller as controller
base, first_id, next_id = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
next_after, key_at = int(sys.argv[4]), int(sys.argv[5])
marks = {}
real_init = controller.SuggestionsController.__init__
real_show = controller.SuggestionsController.show
windows = []

def press_key():
    # The ACTOR key on a word of the first screen, to the window painted; then Delete.
    import re
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    window = windows[0]
    word = re.compile(r"[A-Z][a-z]{3,}").search(window.session.document.text, 200)
    window.article.select_text(word.start(), word.end())
    t0 = time.perf_counter()
    QTest.keyClick(window.article, Qt.Key.Key_3)
    QApplication.processEvents()
    marks["key"] = (time.perf_counter() - t0, 0)
    QTest.keyClick(window.article, Qt.Key.Key_Delete)

def first_paint():
    if "painted" not in marks and key_at >= 0:
        from PySide6.QtCore import QTimer
        QTimer.singleShot(key_at, press_key)
    marks.setdefault("painted", (time.perf_counter(), time.process_time()))

def init(self, *args, **kwargs):
    real_init(self, *args, **kwargs)
    windows.append(self.article.window())
    self.article.documentPainted.connect(first_paint)

def show(self, document_id=None):
    real_show(self, document_id)
    if not self.session.suggestions(ordered=False):
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    window = self.article.window()
    window.repaint()
    current = self.session.document_id
    if current == first_id and "first" not in marks:
        marks["first"] = (time.perf_counter(), time.process_time())
        def open_next():
            marks["next opened"] = (time.perf_counter(), time.process_time())
            window.open_document(next_id)
        QTimer.singleShot(next_after, open_next)
    elif current == next_id and "next" not in marks:
        marks["next"] = (time.perf_counter(), time.process_time())
        window.close()  # as the analyst ends a session (the last window: the loop ends)

controller.SuggestionsController.__init__ = init
controller.SuggestionsController.show = show
# The window restores the first article (the last run closed on the next one).
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
qt = QApplication(sys.argv[:1])
qt.setOrganizationName("annotator")
qt.setOrganizationDomain("annotator.invalid")
qt.setApplicationName("annotator")
QSettings().setValue(f"documents/last/{base / 'corpus.db'}", first_id)
code = application.run(base / "corpus.db", annotator="bench")
if not {"painted", "first", "next"} <= set(marks) or (key_at >= 0 and "key" not in marks):
    print("exit", code, "marks", sorted(marks))
    raise SystemExit(2)
print(json.dumps([
    (marks["first"][0] - marks["painted"][0]) * 1000,
    (marks["first"][1] - marks["painted"][1]) * 1000,
    (marks["next"][0] - marks["next opened"][0]) * 1000,
    marks.get("key", (-1,))[0] * 1000,
]))
"""


def _child(copy: Path, code: str, *args: str, env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env={**env, "PYTHONPATH": str(copy)},
        cwd=copy,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if done.returncode != 0:
        raise SystemExit(
            f"first_suggestions ({copy}, {code[:30]!r}) failed ({done.returncode}):\n"
            f"{done.stdout[-1000:]}{done.stderr[-2000:]}"
        )
    return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""


def first_article_runs(
    copies: dict[str, Path],
    runs: int,
    cache: str,
    tmp: Path,
    *,
    restored: str = "kept",
    next_after: int = 0,
    key_at: int = -1,
) -> dict[str, list[list[float]]]:
    """[first wall, first CPU, next wall] of each run, per copy, the copies in turns;
    `cache`: "kept" (an earlier session of that copy kept the compiled forms) or
    "empty" (a new cache folder each run); `restored`: "kept" (the suggestions an
    earlier session showed for the restored article kept) or "fresh" (none)."""
    texts = [repeated_samples(5000), repeated_samples(10_000)[5000:]]
    # Bytecode as an installed package has it (pip compiles it); the session may not.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    setups: dict[str, tuple[Path, list[str], dict[str, str]]] = {}
    for name, copy in copies.items():
        base = tmp / f"window-{name}"
        base.mkdir(parents=True)
        own = {
            **env,
            "XDG_CONFIG_HOME": str(base / "config"),
            "XDG_STATE_HOME": str(base / "state"),
            "XDG_DATA_HOME": str(base / "data"),
            "XDG_CACHE_HOME": str(base / "cache"),
        }
        lines = [t.replace("\n", "\\n") for t in texts]
        ids = _child(copy, _SETUP, str(base), *lines, env=own).split()
        _child(copy, _EARLIER, env=own)  # also writes the bytecode
        # The earlier session (the restored article read a while before the next).
        _child(copy, _RUN, str(base), *ids, "1000", "-1", env=own)
        # What it kept, put back before each start-up (a key press in a run changes what
        # the run keeps: the next would find nothing kept).
        for folder in (base / "cache" / "annotator").glob("suggestions-*"):
            shutil.copytree(folder, base / "kept-suggestions" / folder.name)
        # And the database as it was then (a run's key press may accept or reject a
        # suggestion: the next run would read other inputs).
        (base / "db-snapshot").mkdir()
        for file in base.glob("corpus.db*"):
            shutil.copy2(file, base / "db-snapshot" / file.name)
        setups[name] = (base, ids, own)
    results: dict[str, list[list[float]]] = {name: [] for name in copies}
    for run in range(runs):
        for name, copy in copies.items():
            base, ids, own = setups[name]
            if cache == "empty":
                empty = base / f"empty-{run}"
                own = {**own, "XDG_CACHE_HOME": str(empty)}
            else:
                for kept in (base / "cache" / "annotator").glob("suggestions-*"):
                    shutil.rmtree(kept)
                if restored == "kept":
                    for folder in (base / "kept-suggestions").glob("*"):
                        shutil.copytree(folder, base / "cache" / "annotator" / folder.name)
            for file in base.glob("corpus.db*"):
                file.unlink()
            for file in (base / "db-snapshot").iterdir():
                shutil.copy2(file, base / file.name)
            times = [str(next_after), str(key_at)]
            results[name].append(json.loads(_child(copy, _RUN, str(base), *ids, *times, env=own)))
            if cache == "empty":
                shutil.rmtree(empty, ignore_errors=True)
    return results


def report(
    results: dict[str, list[list[float]]],
    cache: str,
    ref: str | None,
    restored: str = "kept",
    next_after: int = 0,
) -> None:
    label = {"kept": "with an earlier session's kept patterns", "empty": "empty cache"}[cache]
    if cache == "kept":
        label += ", its suggestions kept" if restored == "kept" else ", no suggestions kept for it"
    ours = results["this copy"]
    wall = statistics.median(r[0] for r in ours)
    cpu = statistics.median(r[1] for r in ours)
    later = statistics.median(r[2] for r in ours)
    load = os.getloadavg()[0]
    record(
        f"the session's first article (5,000 characters, restored at start-up), first "
        f"paint to suggestions painted, {label}",
        wall / 1000,
        later / 1000,
        baseline_name=f"another 5,000-character article opened {next_after} ms after, same process",
        max_value=0.05,
        note=f"CPU {cpu:.0f} ms; median of {len(ours)} fresh start-ups; load {load:.1f}",
    )
    if ref is not None:
        theirs = results[ref]
        each = ", ".join(f"{a[0]:.0f}/{b[0]:.0f}" for a, b in zip(ours, theirs, strict=True))
        record(
            f"the same, this copy against {ref} ({label})",
            wall / 1000,
            statistics.median(r[0] for r in theirs) / 1000,
            baseline_name=f"{ref}'s copy, fresh start-ups in turns",
            note=f"CPU {cpu:.0f} ms against "
            f"{statistics.median(r[1] for r in theirs):.0f} ms; each run (wall ms, ours / "
            f"theirs): {each}",
        )
        record(
            f"the next article opened {next_after} ms after the first suggestions, this copy "
            f"against {ref} ({label})",
            later / 1000,
            statistics.median(r[2] for r in theirs) / 1000,
            baseline_name=f"{ref}'s copy, fresh start-ups in turns",
            note="each run (wall ms, ours / theirs): "
            + ", ".join(f"{a[2]:.0f}/{b[2]:.0f}" for a, b in zip(ours, theirs, strict=True)),
        )
        if ours[0][3] >= 0:
            record(
                f"an ACTOR key pressed at the first paint + its --key-at, key to painted "
                f"window, this copy against {ref} ({label})",
                statistics.median(r[3] for r in ours) / 1000,
                statistics.median(r[3] for r in theirs) / 1000,
                baseline_name=f"{ref}'s copy, fresh start-ups in turns",
                note="each run (ms, ours / theirs): "
                + ", ".join(f"{a[3]:.1f}/{b[3]:.1f}" for a, b in zip(ours, theirs, strict=True)),
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cache", choices=("kept", "empty", "both"), default="both")
    parser.add_argument("--against", metavar="REF", help="also REF's copy, in turns")
    parser.add_argument("--restored", choices=("kept", "fresh"), default="kept")
    parser.add_argument("--next-after", type=int, default=0, metavar="MS")
    parser.add_argument("--key-at", type=int, default=-1, metavar="MS")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        copies = {"this copy": ROOT}
        if args.against:
            copies[args.against] = copy_of(args.against, Path(tmp) / "ref")
        for cache in ("kept", "empty") if args.cache == "both" else (args.cache,):
            results = first_article_runs(
                copies,
                args.runs,
                cache,
                Path(tmp) / cache,
                restored=args.restored,
                next_after=args.next_after,
                key_at=args.key_at,
            )
            report(results, cache, args.against, args.restored, args.next_after)


if __name__ == "__main__":
    main()
