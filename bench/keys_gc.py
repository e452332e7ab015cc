"""Garbage-collector pauses while the user types, and the open of the next long article.

    python bench/keys_gc.py [--count 50000] [--presses 200] [--against REF] [--rounds 1]

What the user waits for, with Python's collector on as in real use (nothing here calls
gc.collect): a window on a 1 MB article with `count` spans, then its suggestions shown as
the user starts typing (the showing timed, with the collections it sets off), then
`presses` key presses, the ACTOR key on a word of the first screen and Delete in turn
(bench_keys.py's "far" words), each timed from the key to the end of the loop turn that
paints it. Every collection is timed (gc.callbacks): the figure is the longest collection
pause over the presses, inside a press or between two, and the longest press. Then the
next article (the same text and spans, another document) is opened: from the open to the
start of the article's first paint, and to the end of what that paint runs after it
(where the window collects what the last article left and freezes the new one's
objects), with the collections timed. Baseline: the same with REF's annotator
(`--against`), each in a fresh process, in turn, so the figures before and after come
from one run. The suggestions are found once, outside the timed processes.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def build(db: Path, count: int) -> None:
    """Two documents of the bench article with `count` spans each (the second's text ends
    with one more line, so it is another document), and the first's suggestions pickled
    beside it (valid for both: the second's text starts with the first's)."""
    import pickle

    from annotator.core.model import AnnotatedDocument, Document
    from annotator.services.suggesting import suggest_document
    from annotator.store.db import open_db
    from annotator.store.repository import Repository
    from bench.bench_gui import article, make_spans

    text = article(1_000_000)
    first = Document.from_text(text, "first")
    second = Document.from_text(text + "\n\nThe end.\n", "second")
    repo = Repository(open_db(db))
    repo.import_documents(
        [
            AnnotatedDocument(first, make_spans(text, count, first.id)),
            AnnotatedDocument(second, make_spans(text, count, second.id)),
        ],
        "bench",
    )
    found = suggest_document(repo, first.id, analyst="bench")
    db.with_suffix(".pickle").write_bytes(pickle.dumps(found))
    repo.db.close()


def measure(db: Path, count: int, presses: int) -> dict[str, object]:
    """Run in a fresh process: the figures of one tree (see the module docstring)."""
    import gc
    import pickle

    from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from annotator.app import configure_application
    from annotator.store.db import open_db
    from annotator.store.repository import Repository
    from annotator.ui.session import name_index
    from bench.bench_keys import open_window, press_words

    pauses: list[tuple[int, float]] = []  # (generation, seconds) of each collection
    began = [0.0]

    def timed(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            began[0] = time.perf_counter()
        else:
            pauses.append((info["generation"], time.perf_counter() - began[0]))

    app = QApplication.instance() or QApplication([])
    configure_application(app)
    app.styleHints().setCursorFlashTime(0)
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(db.parent / "cfg")
    )
    QSettings().setValue("view/suggestions", False)
    repo = Repository(open_db(db))
    first, second = repo.document_ids()
    if repo.document(first).title != "first":
        first, second = second, first
    text = repo.document(first).text
    window = open_window(app, repo, first, count)
    window.article.setFocus()
    session = window.session
    window.suggestions_action.setChecked(True)
    window.suggestions.wait(600_000)  # the window's own job, done before the presses
    found = pickle.loads(db.with_suffix(".pickle").read_bytes())
    names = {"ACTOR": name_index(text, found, "ACTOR")}
    # The search for a name's other mentions waits for a pause in the keys; it is dropped
    # after each press (what it shows would change the next press's work).
    window.propagation._pause.setInterval(24 * 3600 * 1000)
    # The suggestions arrive as the user starts typing (hundreds of thousands of objects
    # made at once: what sets the next full collections off).
    gc.callbacks.append(timed)
    at = time.perf_counter()
    session.set_suggestions(first, found, names)
    app.processEvents()
    showing = time.perf_counter() - at
    arriving = list(pauses)
    pauses.clear()
    del found, names
    objects = len(gc.get_objects())
    times: list[float] = []
    words = press_words(text, "far", presses // 2 + 1)
    for n in range(presses):
        start, end = words[n // 2]
        if n % 2 == 0:
            window.annotation.select_span(None)
            window.article.select_text(start, end)
            app.processEvents()
        key = Qt.Key.Key_3 if n % 2 == 0 else Qt.Key.Key_Delete
        at = time.perf_counter()
        QTest.keyClick(window.article, key)
        app.processEvents()
        times.append(time.perf_counter() - at)
        window.propagation.stop()
        window.statusBar().clearMessage()
        app.processEvents()
    typing = list(pauses)
    pauses.clear()
    # The next article: to its first paint, then to the end of what that paint runs.
    painted: list[float] = []  # the article's first paint after the open begins
    done: list[float] = []  # what that paint runs afterwards (documentPainted) is done

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    first_paint = FirstPaint()
    window.article.viewport().installEventFilter(first_paint)
    window.article.documentPainted.connect(
        lambda: QTimer.singleShot(0, lambda: done.append(time.perf_counter()))
    )
    at = time.perf_counter()
    window.open_document(second)
    while not done:
        app.processEvents()
    settled = done[0]
    gc.callbacks.remove(timed)
    full = [s for g, s in typing if g == 2]
    return {
        "show_suggestions_ms": showing * 1000,
        "show_collections": [(g, round(s * 1000, 1)) for g, s in arriving if s > 0.001],
        "objects": objects,
        "longest_pause_ms": max((s for _g, s in typing), default=0.0) * 1000,
        "full_collections": len(full),
        "full_ms": [round(s * 1000, 1) for s in full],
        "collections": len(typing),
        "longest_press_ms": max(times) * 1000,
        "median_press_ms": statistics.median(times) * 1000,
        "presses_over_8ms": sum(1 for t in times if t > 0.008),
        "open_ms": (painted[0] - at) * 1000,
        "open_settled_ms": (settled - at) * 1000,
        "open_collect_ms": sum(s for _g, s in pauses) * 1000,
        "open_collections": [(g, round(s * 1000, 1)) for g, s in pauses if s > 0.001],
        "after_paint_ms": (settled - painted[0]) * 1000,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=50_000, help="spans per article")
    parser.add_argument("--presses", type=int, default=200, help="key presses (ACTOR, Delete)")
    parser.add_argument("--against", metavar="REF", help="also measure REF's annotator")
    parser.add_argument("--rounds", type=int, default=1, help="processes per tree, in turn")
    parser.add_argument("--build", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--measure", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.build:
        build(Path(args.build[0]), int(args.build[1]))
        return
    if args.measure:
        db, count, presses, out = args.measure
        figures = measure(Path(db), int(count), int(presses))
        Path(out).write_text(json.dumps(figures), "utf-8")
        os._exit(0)  # the window's threads are not waited for
    from bench.bench_startup import earlier_copy

    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONHASHSEED="0")
        env.pop("ANNOTATOR_DB", None)
        for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[variable] = str(tmp / variable.lower())
        trees = {"this copy": (REPO, dict(env, PYTHONPATH=str(REPO)))}
        if args.against:
            earlier = earlier_copy(args.against, tmp / "earlier")
            trees[args.against] = (earlier, dict(env, PYTHONPATH=str(earlier)))
        db = tmp / "gc.db"
        me = [sys.executable, "-m", "bench.keys_gc"]
        subprocess.run([*me, "--build", str(db), str(args.count)], cwd=REPO, env=env, check=True)
        results: dict[str, list[dict[str, object]]] = {tree: [] for tree in trees}
        for round_ in range(args.rounds):
            for tree, (where, tree_env) in trees.items():
                run_db = tmp / f"run{round_}-{len(results[tree])}-{abs(hash(tree))}.db"
                run_db.write_bytes(db.read_bytes())
                run_db.with_suffix(".pickle").write_bytes(db.with_suffix(".pickle").read_bytes())
                out = tmp / "figures.json"
                subprocess.run(
                    [*me, "--measure", str(run_db), str(args.count), str(args.presses), str(out)],
                    cwd=where,
                    env=tree_env,
                    check=True,
                    stdout=subprocess.DEVNULL,
                )
                results[tree].append(json.loads(out.read_text("utf-8")))
        load = os.getloadavg()[0]
        print(
            f"{args.count:,} spans and a 1 MB article's suggestions, {args.presses} presses "
            f"(ACTOR key and Delete in turn), collector on; load {load:.1f}"
        )
        for tree, runs in results.items():
            for figures in runs:
                print(f"  {tree}: {json.dumps(figures)}")


if __name__ == "__main__":
    main()
