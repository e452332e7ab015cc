"""What the window does with a long article's suggestions once the rules are done, in CPU.

    python bench/suggest_shown.py [--against REF] [--runs 5] [--rounds 3] [--size 1000000]

The rules' own time is measured by bench_suggest.py; this measures the rest of what
the analyst waits for after them (issue 16): in the suggestion job's thread, the
suggestions dressed for the views (their ACTOR name index, a span for each), then on
the GUI thread, the job's result handed to the window until the suggestions are shown
in the article and the span table and the window is painted. A window with a 1 MB
article (the samples repeated, as bench_suggest.py) is opened in a fresh process per
copy (this one and, with `--against`, REF's `annotator/` and `resources/`), the
article's suggestions found once, then shown `--runs` times; the copies run in turns,
`--rounds` fresh processes each. The figures are the medians of the thread CPU times
(`time.thread_time`: the machine is shared, and the rules do not run here).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import article_and_copies, record, run_in_copy  # noqa: E402

# Run in a fresh process with PYTHONPATH set to the copy under test: prints, per run, the
# CPU seconds of the job's dressing and of the GUI's showing.
_SHOW = r"""
import gc, os, sys, tempfile, time
from pathlib import Path
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from annotator.app import configure_application
from annotator.core.model import AnnotatedDocument, Document
from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from annotator.store.db import open_db
from annotator.store.repository import Repository
from annotator.ui import suggestions_controller as controller
from annotator.ui.main_window import MainWindow

text = Path(sys.argv[1]).read_text("utf-8")
runs = int(sys.argv[2])
app = QApplication.instance() or QApplication([])
configure_application(app)
tmp = tempfile.mkdtemp()
QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(Path(tmp) / "cfg"))
QSettings().setValue("view/suggestions", False)  # shown by hand below, no job runs
repo = Repository(open_db(Path(tmp) / "window.db"))
big = Document.from_text(text, "big")
small = Document.from_text("A short article.\n\nNothing here.\n", "small")
repo.import_documents([AnnotatedDocument(small), AnnotatedDocument(big)], "bench")
window = MainWindow(repo, "bench", db_label="window")
window.resize(1440, 880)
window.show()
found = suggest(text, gazetteer=load_gazetteer())
window.suggestions.compute = lambda document_id: None  # the rules are not measured here
window.suggestions.shown_action.setChecked(True)


def dress(document_id, text, found):
    dressed = getattr(controller, "dress_suggestions", None)
    if dressed is not None:
        return dressed(document_id, text, found)
    names = {"ACTOR": controller.name_index(text, found, "ACTOR")}
    made = {
        controller.suggestion_id(s): (s, controller.suggestion_span(document_id, s))
        for s in found
    }
    return document_id, found, names, made


for _ in range(runs + 1):
    window.open_document(small.id)
    app.processEvents()
    window.open_document(big.id)
    window.repaint()
    app.processEvents()
    gc.collect()
    started = time.thread_time()
    result = dress(big.id, text, found)
    job = time.thread_time() - started
    started = time.thread_time()
    window.suggestions._ready(result)
    window.repaint()
    gui = time.thread_time() - started
    assert len(window.session.suggestions(ordered=False)) == len(found)
    if _ > 0:  # the first run warms up
        print(job, gui, len(found), flush=True)
window.close()
os._exit(0)
"""


def _run(copy: Path, article: Path, runs: int) -> list[tuple[float, float, int]]:
    out = run_in_copy(
        copy, _SHOW, str(article), str(runs), env={"QT_QPA_PLATFORM": "offscreen"}
    ).stdout
    rows = [line.split() for line in out.splitlines() if line.strip()]
    return [(float(a), float(b), int(c)) for a, b, c in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--against", metavar="REF")
    parser.add_argument("--runs", type=int, default=5, help="shows per process")
    parser.add_argument("--rounds", type=int, default=3, help="fresh processes per copy")
    parser.add_argument("--size", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        article, copies = article_and_copies(tmp, args.size, args.against)
        # The copies in turns, a fresh process each round, so that the machine's load falls
        # on both alike.
        measured: dict[str, list[tuple[float, float, int]]] = {what: [] for what in copies}
        for _round in range(args.rounds):
            for what, copy in copies.items():
                measured[what] += _run(copy, article, args.runs)
        figures: dict[str, tuple[float, float, int]] = {}
        for what, rows in measured.items():
            figures[what] = (
                statistics.median(r[0] for r in rows),
                statistics.median(r[1] for r in rows),
                rows[0][2],
            )
            job, gui, count = figures[what]
            print(
                f"  {what}: job thread {job * 1000:.0f} ms, GUI thread {gui * 1000:.0f} ms "
                f"CPU ({count:,} suggestions, median of {len(rows)})",
                flush=True,
            )
    if args.against:
        new, old = figures["this copy"], figures[args.against]
        record(
            "show a 1 MB article's suggestions after the rules: GUI thread CPU",
            new[1] * 1000,
            old[1] * 1000,
            unit="ms",
            baseline_name=f"{args.against}'s copy, same article, fresh process",
            note=f"job thread {new[0] * 1000:.0f} ms against {old[0] * 1000:.0f} ms",
        )


if __name__ == "__main__":
    main()
