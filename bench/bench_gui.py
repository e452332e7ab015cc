"""Workbench speed, each figure next to its bare Qt cost measured in the same run.

    python bench/bench_gui.py [--quick] [--only | --review]

1. Open a 1 MB article with 1,000, 10,000 and 50,000 spans and paint it, in
   the article view alone and in the whole window (document chosen in the list
   -> article, span table and counts painted), vs the floor: a bare
   QPlainTextEdit with a QSyntaxHighlighter that looks spans up per block in
   an index built before setPlainText (one format per label), painted. Goal:
   at most 1.5x the floor (issue 16).
2. One review decision on that article with 10,000 spans of two annotators,
   key to painted window, next to a bare repaint of the window (--review: only this).
3. Add one span and delete it again (database write + repaint of the
   affected blocks), at 10,000 spans.
Process start to an interactive window is bench_startup.py (the real `annotator gui`).
Medians over several runs; the machine is small and noisy, so compare ratios.
"""

from __future__ import annotations

import gc
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
# Run from a checkout without installing: this worktree's package is the one measured.
sys.path.insert(0, str(REPO))
WORDS = [
    "the",
    "shelling",
    "of",
    "the",
    "market",
    "killed",
    "at",
    "least",
    "408",
    "civilians",
    ",",
    "said",
    "spokesman",
    "Ana",
    "Lopes",
    "of",
    "the",
    "Free",
    "Valdor",
    "Front",
    "(",
    "FVF",
    ")",
    "on",
    "Tuesday",
    "😢",
    "after",
    "talks",
    "in",
    "Geneva",
]


def article(size: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    paragraphs, total = [], 0
    while total < size:
        paragraph = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 120))) + "."
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:size].rstrip() + "\n"


def make_spans(text: str, count: int, document_id: str, seed: int = 2):
    from annotator.core.model import Span, new_id

    rng = random.Random(seed)
    labels = ("QUOTE", "CASUALTY", "ACTOR")
    spans = []
    for _ in range(count):
        start = rng.randrange(0, len(text) - 200)
        end = start + rng.randint(3, 150)
        spans.append(Span(new_id(), document_id, start, end, rng.choice(labels), "bench"))
    return spans


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _bare_highlighter(document, colors):
    """The floor: spans looked up per block in an index, one setFormat per span."""
    from bisect import bisect_right

    from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat

    class Bare(QSyntaxHighlighter):
        def __init__(self) -> None:
            super().__init__(document)
            self.line_starts: list[int] = [0]
            self.by_block: dict[int, list] = {}
            self.formats = {}
            for label, color in colors.items():
                fmt = QTextCharFormat()
                fmt.setBackground(QColor(color).lighter(160))
                self.formats[label] = fmt

        def index(self, text: str, spans) -> None:
            starts = [0]
            at = text.find("\n")
            while at != -1:
                starts.append(at + 1)
                at = text.find("\n", at + 1)
            by_block: dict[int, list] = {}
            for span in spans:
                first = bisect_right(starts, span.start) - 1
                last = bisect_right(starts, max(span.start, span.end - 1)) - 1
                for block in range(first, last + 1):
                    by_block.setdefault(block, []).append(span)
            self.line_starts, self.by_block = starts, by_block

        def highlightBlock(self, text: str) -> None:
            number = self.currentBlock().blockNumber()
            spans = self.by_block.get(number)
            if not spans:
                return
            base = self.line_starts[number]
            end = base + len(text)
            for span in spans:
                a, b = max(span.start, base), min(span.end, end)
                if a < b:
                    self.setFormat(a - base, b - a, self.formats[span.label])

    return Bare()


def bench_open(runs: int, counts: tuple[int, ...]) -> None:
    """Open and paint a 1 MB article: the floor, the article view, the whole window."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from annotator.core.model import AnnotatedDocument, Document
    from annotator.store.db import open_db
    from annotator.store.repository import Repository
    from annotator.ui.article_view import ArticleView
    from annotator.ui.main_window import MainWindow
    from bench.common import record

    app = QApplication.instance() or QApplication([])
    from annotator.app import configure_application

    configure_application(app)
    text = article(1_000_000)
    tmp = Path(tempfile.mkdtemp())
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    QSettings().setValue("view/suggestions", False)  # the rules' job is not the open
    all_spans = make_spans(text, max(counts), Document.from_text(text, "big").id)

    def settle() -> None:
        app.processEvents()

    def collected() -> None:
        # The garbage of the measure before (a closed window, a dropped document) is
        # collected before the clock starts, for the floor and ours alike: it is not
        # part of the next open.
        settle()
        gc.collect()

    for count in counts:
        repo = Repository(open_db(tmp / f"bench{count}.db"))
        schema = repo.schema()
        colors = {label.name: label.color for label in schema.labels}
        big = Document.from_text(text, "big")
        small = Document.from_text("A short article.\n\nNothing here.\n", "small")
        spans = all_spans[:count]
        repo.import_documents([AnnotatedDocument(small), AnnotatedDocument(big, spans)], "bench")
        floor, view_times, window_times = [], [], []
        for _ in range(runs):
            plain = QPlainTextEdit()
            plain.setReadOnly(True)
            plain.resize(900, 800)
            plain.show()
            highlighter = _bare_highlighter(plain.document(), colors)
            collected()
            t0 = time.perf_counter()
            highlighter.index(text, spans)
            plain.setPlainText(text)
            settle()
            plain.viewport().repaint()
            floor.append(time.perf_counter() - t0)
            plain.close()
            plain.deleteLater()
            settle()

            view = ArticleView(schema)
            view.resize(900, 800)
            view.show()
            collected()
            t0 = time.perf_counter()
            view.show_document(text, spans)
            settle()
            view.viewport().repaint()
            view_times.append(time.perf_counter() - t0)
            view.close()
            view.deleteLater()
            settle()

            window = MainWindow(repo, "bench", db_label=f"bench{count}")
            window.resize(1440, 880)
            window.open_document(small.id)
            window.show()
            collected()
            t0 = time.perf_counter()
            window.open_document(big.id)
            settle()
            window.repaint()
            window_times.append(time.perf_counter() - t0)
            window.suggestions.wait()
            window.close()
            window.deleteLater()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # its timers stop now
            settle()
        base = median_ms(floor)
        record(
            f"open 1 MB article, {count:,} spans: article view",
            median_ms(view_times),
            base,
            unit="ms",
            max_ratio=1.5,
            baseline_name="bare QPlainTextEdit + per-block highlighter",
        )
        record(
            f"open 1 MB article, {count:,} spans: whole window",
            median_ms(window_times),
            base,
            unit="ms",
            max_ratio=1.5,
            baseline_name="bare QPlainTextEdit + per-block highlighter",
        )


def bench_review_decision(runs: int) -> None:
    """One review decision (key -> gold span written -> window painted) on a 1 MB article
    with 10,000 spans of two annotators, next to a bare repaint of the same window."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from annotator.app import configure_application
    from annotator.core.model import AnnotatedDocument, Document
    from annotator.store.db import open_db
    from annotator.store.repository import Repository
    from annotator.ui.main_window import MainWindow
    from bench.common import record

    app = QApplication.instance() or QApplication([])
    configure_application(app)
    tmp = Path(tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    QSettings().setValue("view/suggestions", False)
    text = article(1_000_000)
    document = Document.from_text(text, "big")
    first = make_spans(text, 5_000, document.id, seed=5)
    from dataclasses import replace

    from annotator.core.model import new_id

    rng = random.Random(6)
    second = [
        replace(s, id=new_id(), annotator="other", end=s.end + (rng.random() < 0.3)) for s in first
    ]
    repo = Repository(open_db(tmp / "review.db"))
    repo.import_documents([AnnotatedDocument(document, first)], "bench")
    repo.import_documents([AnnotatedDocument(document, second)], "other")
    window = MainWindow(repo, "reviewer", db_label="review")
    window.resize(1440, 880)
    window.show()
    window.open_document(document.id)
    window.review_action.trigger()
    app.processEvents()
    decide, bare = [], []
    for _ in range(runs * 2):
        window.review.step(1)
        app.processEvents()
        t0 = time.perf_counter()
        window.workbench.label_key("QUOTE")
        app.processEvents()
        window.repaint()
        decide.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        window.repaint()
        bare.append(time.perf_counter() - t0)
    record(
        "review decision, 1 MB article, 10,000 spans of two annotators (key to painted)",
        median_ms(decide),
        median_ms(bare),
        unit="ms",
        baseline_name="repaint of the same window",
    )


def bench_open_and_edit(runs: int) -> None:
    from PySide6.QtWidgets import QApplication

    from annotator.core.model import AnnotatedDocument, Document, Span, new_id
    from annotator.services.operations import DeleteSpan, TagSpan
    from annotator.store.db import open_db
    from annotator.store.repository import Repository
    from annotator.ui.article_view import ArticleView
    from annotator.ui.commands import push
    from annotator.ui.session import Session

    app = QApplication.instance() or QApplication([])
    text = article(1_000_000)
    tmp = Path(tempfile.mkdtemp())
    repo = Repository(open_db(tmp / "bench.db"))
    document = Document.from_text(text, "big")
    spans = make_spans(text, 10_000, document.id)
    repo.import_documents([AnnotatedDocument(document, spans)], "bench")

    def painted(widget) -> None:
        widget.resize(900, 800)
        widget.show()
        app.processEvents()
        widget.viewport().repaint()

    # Adding and deleting one span through the real path: command -> session -> SQLite -> view.
    from PySide6.QtGui import QUndoStack

    session = Session(repo, "bench")
    view = ArticleView(repo.schema())
    session.spanAdded.connect(lambda sid: view.add_span(session.span(sid)))
    session.spanRemoved.connect(view.remove_span)
    session.open_document(document.id)
    view.show_document(text, session.spans())
    painted(view)
    stack = QUndoStack()
    add_times, delete_times = [], []
    rng = random.Random(3)
    for _ in range(runs * 4):
        start = rng.randrange(0, 2000)
        span = Span(new_id(), document.id, start, start + 12, "ACTOR", "bench")
        t0 = time.perf_counter()
        push(stack, session, TagSpan(span))
        view.viewport().repaint()
        add_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        push(stack, session, DeleteSpan(span.id))
        view.viewport().repaint()
        delete_times.append(time.perf_counter() - t0)
    repaint = []
    for _ in range(runs * 4):
        t0 = time.perf_counter()
        view.viewport().repaint()
        repaint.append(time.perf_counter() - t0)
    print(
        f"add one span at 10,000 (write + repaint):    {median_ms(add_times):6.2f} ms   "
        f"(bare repaint: {median_ms(repaint):.2f} ms)"
    )
    print(f"delete one span at 10,000 (write + repaint): {median_ms(delete_times):6.2f} ms")


def main() -> None:
    quick = "--quick" in sys.argv
    # The open is measured 7 times: a 2-core machine shared with other work is noisy.
    runs = 3 if quick else 7 if "--only" in sys.argv else 5
    if "--review" in sys.argv:
        bench_review_decision(runs)
        return
    bench_open(runs, (1_000, 10_000) if quick else (1_000, 10_000, 50_000))
    if "--only" in sys.argv:
        return
    bench_review_decision(runs)
    bench_open_and_edit(runs)


if __name__ == "__main__":
    main()
