"""Later 5,000-character articles in one window: open to suggestions painted, by phase.

The steady state of issue 16's goal (a 5,000-character article's suggestions under 50 ms):
a window with its rules imported and prepared opens eight 5,000-character articles in
turn, 22 times, each from `open_document` until its suggestions are shown and the window
repainted (the mark bench/first_suggestions.py sets), and says where the time went:

- open to the article's paint (wall, and the window thread's CPU);
- the suggestion job's CPU: `suggest()` itself, the rest of `suggest_document` (the
  database reads), the job's own connection and the dressing;
- showing the suggestions (`SuggestionsController.show`) and the window's repaint (CPU);
- the whole (wall, and the process's CPU over both threads).

Medians over every article of every run. With --against REF, REF's `annotator/` (git
archive) runs in turns with this copy's, each in fresh processes; the CPU figures move
less than the wall ones on a shared machine.

    python bench/later_suggestions.py [--runs 3] [--against REF]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import copy_of, record, repeated_samples  # noqa: E402
from bench.first_suggestions import _EARLIER, _SETUP, _child  # noqa: E402

ARTICLES = 8
OPENS = 22

# argv: the folder, then the ids of the articles (the first is restored at start-up).
# Prints one JSON list of per-article phases (ms), the first two opens left out.
_RUN = """
import json, sys, time
from pathlib import Path
import annotator.services.suggesting as suggesting  # the rules imported, as later on
from annotator import app as application
from annotator.ui import suggestions_controller as controller
base, ids = Path(sys.argv[1]), sys.argv[2:]
OPENS = int(__import__("os").environ["LATER_OPENS"])
log, marks = [], {}

def clock():
    return time.perf_counter(), time.process_time(), time.thread_time()

real_init = controller.SuggestionsController.__init__
real_show = controller.SuggestionsController.show
real_document = suggesting.suggest_document
real_suggest = suggesting.suggest
real_dress = controller.dress_suggestions
real_own = controller.on_own_connection

def init(self, *args, **kwargs):
    real_init(self, *args, **kwargs)
    self.article.documentPainted.connect(
        lambda: "opened" in marks and marks.setdefault("painted", clock())
    )

def timed(name, function):
    def run(*args, **kwargs):
        started = time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            marks[name] = time.thread_time() - started
    return run

def own(db_file, task, **options):
    return timed("job", real_own(db_file, task, **options))

def show(self, document_id=None):
    started = clock()
    real_show(self, document_id)
    if not self.session.suggestions(ordered=False):
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    window = self.article.window()
    shown = clock()
    window.repaint()
    done = clock()
    if "opened" in marks and "painted" in marks and "done" not in marks:
        marks["done"] = done
        opened, painted = marks["opened"], marks["painted"]
        log.append({
            "whole": (done[0] - opened[0]) * 1000,
            "whole CPU": (done[1] - opened[1]) * 1000,
            "open to paint": (painted[0] - opened[0]) * 1000,
            "open to paint, CPU": (painted[2] - opened[2]) * 1000,
            "suggest() CPU": marks["suggest"] * 1000,
            "rest of suggest_document CPU": (marks["document"] - marks["suggest"]) * 1000,
            "rest of the job CPU": (marks["job"] - marks["document"] - marks["dress"]) * 1000,
            "dressing CPU": marks["dress"] * 1000,
            "show CPU": (shown[2] - started[2]) * 1000,
            "repaint CPU": (done[2] - shown[2]) * 1000,
        })
    if len(log) >= OPENS:
        QApplication.instance().quit()
        return
    if "done" in marks or "opened" not in marks:
        def open_next():
            marks.clear()
            marks["opened"] = clock()
            window.open_document(ids[1 + len(log) % (len(ids) - 1)])
        QTimer.singleShot(200, open_next)

suggesting.suggest_document = timed("document", real_document)
suggesting.suggest = timed("suggest", real_suggest)
controller.dress_suggestions = timed("dress", real_dress)
controller.on_own_connection = own
controller.SuggestionsController.__init__ = init
controller.SuggestionsController.show = show
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
qt = QApplication(sys.argv[:1])
qt.setOrganizationName("annotator")
qt.setOrganizationDomain("annotator.invalid")
qt.setApplicationName("annotator")
QSettings().setValue(f"documents/last/{base / 'corpus.db'}", ids[0])
application.run(base / "corpus.db", annotator="bench")
print(json.dumps(log[2:]))
"""


def _setup(copy: Path, base: Path) -> tuple[list[str], dict[str, str]]:
    base.mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(base / "config"),
        XDG_STATE_HOME=str(base / "state"),
        XDG_DATA_HOME=str(base / "data"),
        XDG_CACHE_HOME=str(base / "cache"),
        LATER_OPENS=str(OPENS),
    )
    size = 5000
    joined = repeated_samples(size * ARTICLES)
    texts = [joined[i : i + size].replace("\n", "\\n") for i in range(0, size * ARTICLES, size)]
    _child(copy, _SETUP, str(base), *texts, env=env)
    connection = sqlite3.connect(base / "corpus.db")
    try:
        ids = [row[0] for row in connection.execute("SELECT id FROM documents ORDER BY rowid")]
    finally:
        connection.close()
    _child(copy, _EARLIER, env=env)  # the rules' compiled forms kept, as after a session
    return ids, env


def _run(copy: Path, base: Path, ids: list[str], env: dict[str, str]) -> list[dict[str, float]]:
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(base), *ids],
        env={**env, "PYTHONPATH": str(copy)},
        cwd=copy,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if done.returncode != 0 or not done.stdout.strip():
        raise SystemExit(f"later_suggestions ({copy}) failed:\n{done.stderr[-2000:]}")
    found: list[dict[str, float]] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--against", metavar="REF", help="also REF's copy, in turns")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        copies = {"this copy": ROOT}
        if args.against:
            copies[args.against] = copy_of(args.against, Path(tmp) / "ref")
        setups = {}
        for n, (name, copy) in enumerate(copies.items()):
            base = Path(tmp) / f"window-{n}"
            setups[name] = (base, *_setup(copy, base))
        logs: dict[str, list[dict[str, float]]] = {name: [] for name in copies}
        for _ in range(args.runs):
            for name, copy in copies.items():
                logs[name] += _run(copy, *setups[name])
    ours = logs["this copy"]

    def median(log: list[dict[str, float]], key: str) -> float:
        return statistics.median(row[key] for row in log)

    load = os.getloadavg()[0]
    for key in ours[0]:
        line = f"  {key:30s} {median(ours, key):7.1f} ms"
        if args.against:
            line += f"   {args.against}: {median(logs[args.against], key):7.1f} ms"
        print(line)
    record(
        "a later 5,000-character article in the window, open to suggestions painted",
        median(ours, "whole"),
        median(logs[args.against], "whole") if args.against else None,
        unit="ms",
        max_value=50,
        baseline_name=f"{args.against}'s copy, in turns" if args.against else "",
        note=f"CPU {median(ours, 'whole CPU'):.1f} ms"
        + (f" against {median(logs[args.against], 'whole CPU'):.1f} ms" if args.against else "")
        + f"; median of {len(ours)} articles in {args.runs} windows; load {load:.1f}",
    )


if __name__ == "__main__":
    main()
