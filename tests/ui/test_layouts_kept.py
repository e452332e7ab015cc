"""Qt asks the article's layout where blocks stand dozens of times inside one call that sets
the text cursor or the extra selections (a walk from the top of the view to the cursor's
block per rectangle). `ReadingLayout.layouts_kept` answers a block once per such call
(issue 16); a change it is told of inside the call, or anything Qt does between calls,
is measured anew: no stale rectangle."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication

from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.core.schema import default_schema
from annotator.ui.article_view import ArticleView
from tests.ui.conftest import open_window
from tests.ui.test_repaint_changed_lines import _differing, _on_screen, _repainted

pytestmark = pytest.mark.gui

TEXT = "".join(
    f"Paragraph {n}: officials in Brezna said {n} trucks reached the market. " * (1 + n % 3)
    + "\n\n"
    for n in range(80)
)


@pytest.fixture
def view(qtbot):  # type: ignore[no-untyped-def]
    view = ArticleView(default_schema())
    qtbot.addWidget(view)
    view.resize(620, 700)
    view.show()
    qtbot.waitExposed(view)
    view.show_document(TEXT, [Span(new_id(), "d", 0, 9, "ACTOR", "ana")])
    QApplication.processEvents()
    view.viewport().repaint()
    return view


def _fresh_rects(view: ArticleView) -> list[tuple[float, float]]:
    """Every block's (width, height) measured from scratch."""
    layout = view.reading_layout
    layout.measured.clear()
    document = view.document()
    return [
        (rect.width(), rect.height())
        for rect in (
            layout.blockBoundingRect(document.findBlockByNumber(n))
            for n in range(document.blockCount())
        )
    ]


def assert_paints_and_measures_as_a_fresh_layout(view: ArticleView) -> None:
    """The view as it stands paints the same pixels and measures the same block sizes as
    the same view after every block's lines and every kept measure are thrown away."""
    ours = view.viewport().grab().toImage()
    rects = _fresh_rects(view)
    document = view.document()
    for n in range(document.blockCount()):
        document.findBlockByNumber(n).layout().clearLayout()
    view.reading_layout.measured.clear()
    QApplication.processEvents()
    view.viewport().repaint()
    assert view.viewport().grab().toImage() == ours
    assert _fresh_rects(view) == rects


def test_clearing_the_text_selection_checks_each_block_above_the_cursor_once(
    view, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Qt's rectangles for the old selection, the new one and the cursor each walk from the
    top of the view to the cursor's block: each block's layout is checked once for all of
    them, not once per walk (the old code checked about 6 times per block)."""
    view.verticalScrollBar().setValue(20)
    QApplication.processEvents()
    view.viewport().repaint()
    top = view.firstVisibleBlock().blockNumber()
    block = view.document().findBlockByNumber(top + 10)
    start = block.position() + 12
    view.select_text(start, start + 8)
    QApplication.processEvents()
    checks: list[int] = []
    bounding = QTextLayout.boundingRect

    def counted(layout: QTextLayout):  # type: ignore[no-untyped-def]
        checks.append(1)
        return bounding(layout)

    monkeypatch.setattr(QTextLayout, "boundingRect", counted)
    view.clear_text_selection()
    monkeypatch.undo()
    assert not view.textCursor().hasSelection()
    assert 0 < len(checks) <= 10 + 2
    # And the cursor stands where a fresh measure puts it.
    rect = view.cursorRect()
    view.reading_layout.measured.clear()
    assert view.cursorRect() == rect


def test_a_change_told_inside_the_call_is_measured_anew(view) -> None:  # type: ignore[no-untyped-def]
    layout = view.reading_layout
    block = view.document().findBlockByNumber(4)
    before = layout.blockBoundingRect(block).height()
    with layout.layouts_kept():
        assert layout.blockBoundingRect(block).height() == before
        # A format change that makes the block taller (the room under each line grows),
        # told through documentChanged as Qt tells it.
        layout.line_room += 6
        layout.documentChanged(block.position(), block.length(), block.length())
        taller = layout.blockBoundingRect(block).height()
        assert taller > before
        # A zoom (set_metrics) inside the call.
        layout.set_metrics(40.0)
        zoomed = layout.blockBoundingRect(view.document().findBlockByNumber(4)).height()
        assert zoomed != taller
    assert layout.blockBoundingRect(block).height() == zoomed


def test_nothing_is_kept_across_calls_when_qt_clears_a_layout_untold(view) -> None:  # type: ignore[no-untyped-def]
    """Qt clears block layouts (at a paint, on a resize) without telling the layout: after a
    call, a block is checked again and measured as a fresh measure does."""
    layout = view.reading_layout
    block = view.document().findBlockByNumber(3)
    with layout.layouts_kept():
        kept = layout.blockBoundingRect(block)
    # A narrower view: Qt clears every block's layout (its relayout) without telling the
    # layout, and lays the blocks out anew at the new width.
    view.resize(400, 700)
    QApplication.processEvents()
    with layout.layouts_kept():
        now = layout.blockBoundingRect(block)
        assert layout.blockBoundingRect(block) == now
    assert (now.width(), now.height()) != (kept.width(), kept.height())
    answered = [
        (r.width(), r.height())
        for r in (
            layout.blockBoundingRect(view.document().findBlockByNumber(n))
            for n in range(view.document().blockCount())
        )
    ]
    assert answered == _fresh_rects(view)


def test_keys_in_a_scrolled_view_paint_what_a_full_paint_shows(qtbot, corpus) -> None:  # type: ignore[no-untyped-def]
    """Tag, relabel and delete with the view scrolled into a long article, so every cursor
    and selection rectangle walks several blocks: the lines Qt repaints for the old and new
    selection and cursor are the right ones (the screen is what a full paint shows), and
    the block heights are what a fresh measure gives."""
    document = Document.from_text(TEXT, "Paragraphs")
    corpus.import_documents([AnnotatedDocument(document, [])], "ana")
    window = open_window(qtbot, corpus)
    window.resize(1000, 800)
    window.open_document(document.id)
    QApplication.processEvents()
    article = window.article
    article.verticalScrollBar().setValue(15)
    QApplication.processEvents()
    article.viewport().repaint()
    margin = int(article.document().documentMargin())
    top = article.firstVisibleBlock().position()
    words = [m for m in re.finditer(r"[a-z]{5,}", TEXT) if m.start() > top][:40:8]
    for word in words:
        article.select_text(word.start(), word.end())
        window.annotation.select_span(None)
        QApplication.processEvents()
        for key in (Qt.Key.Key_3, Qt.Key.Key_1, Qt.Key.Key_Delete):
            qtbot.keyClick(article, key)
            QApplication.processEvents()
            ours = _on_screen(window)
            expected = _repainted(window)
            assert _differing(ours, expected, margin) == [], key
    heights = [h for _w, h in _fresh_rects(article)]
    article.reading_layout.measured.clear()
    assert heights == [h for _w, h in _fresh_rects(article)]
