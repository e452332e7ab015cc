"""A key press repaints what it changed: the block of a new span, not the whole article;
the attribute editor keeps its size, so the span table and the window are not laid out again.

What is checked is what Qt is asked to paint (the region of the viewport's paint
events) and the widgets' geometry, never a time.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QApplication, QComboBox

from annotator.core.model import Span, new_id
from annotator.core.schema import default_schema
from annotator.ui.article_view import ArticleView
from annotator.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

SCHEMA = default_schema()


class PaintedRegion(QObject):
    """Collects the rectangles a widget is asked to paint."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.rects: list[QRect] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.extend(event.region())
        return False

    def height(self) -> int:
        return sum(rect.height() for rect in self.rects)


def _long_view(qtbot) -> tuple[ArticleView, str]:
    # Paragraphs of several lines each, filling more than the view's height.
    sentence = "The delegates met in Geneva on Monday and talked about the convoy. "
    text = "\n\n".join(f"Paragraph {n}. " + sentence * 6 for n in range(12)) + "\n"
    view = ArticleView(SCHEMA)
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    qtbot.waitExposed(view)
    view.show_document(text, [])
    QApplication.processEvents()
    return view, text


def test_a_new_span_repaints_its_lines_not_the_whole_article(qtbot) -> None:
    view, text = _long_view(qtbot)
    start = text.index("Geneva", text.index("Paragraph 1."))
    span = Span(new_id(), "d", start, start + len("Geneva"), "ACTOR", "ana")
    painted = PaintedRegion(view.viewport())
    view.add_span(span)
    view.select_span(span.id)
    QApplication.processEvents()
    assert painted.rects, "the new span was not painted"
    where = view._fragments(span.start, span.end)[0].toAlignedRect()
    assert any(rect.intersects(where) for rect in painted.rects)
    assert painted.height() < view.viewport().height() / 2


def test_selecting_another_span_repaints_the_lines_of_both(qtbot) -> None:
    view, text = _long_view(qtbot)
    first = text.index("Geneva", text.index("Paragraph 0."))
    second = text.index("convoy", text.index("Paragraph 1."))
    spans = [
        Span(new_id(), "d", first, first + 6, "ACTOR", "ana"),
        Span(new_id(), "d", second, second + 6, "ACTOR", "ana"),
    ]
    for span in spans:
        view.add_span(span)
    view.select_span(spans[0].id)
    QApplication.processEvents()
    painted = PaintedRegion(view.viewport())
    view.select_span(spans[1].id)
    QApplication.processEvents()
    for span in spans:  # the old frame is erased, the new one drawn
        where = view._fragments(span.start, span.end)[0].toAlignedRect()
        assert any(rect.intersects(where) for rect in painted.rects)
    assert painted.height() < view.viewport().height() / 2


def _tag(qtbot, window: MainWindow, needle: str, key: str) -> Span:
    text = window.session.document.text
    start = text.index(needle)
    window.article.select_text(start, start + len(needle))
    qtbot.keyClick(window.article, key)
    span = window.annotation.selected_span()
    assert span is not None
    return span


def test_the_attribute_editor_keeps_its_size_and_shows_each_spans_values(
    qtbot, window: MainWindow
) -> None:
    front = _tag(qtbot, window, "Free Valdor Front", "3")
    combo = window.tags.editor.widgets["type"]
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("armed group"))
    combo.activated.emit(combo.currentIndex())  # as a choice in the popup does
    minister = _tag(qtbot, window, "Ilse Marović", "3")
    quote = _tag(qtbot, window, "We will not leave,", "1")
    window.annotation.select_span(None)
    QApplication.processEvents()
    editor, table = window.tags.editor, window.tags.table
    size, table_size = editor.size(), table.size()
    for span in (front, quote, minister, None, front):
        window.annotation.select_span(span.id if span else None)
        QApplication.processEvents()
        assert editor.size() == size
        assert table.size() == table_size
    # The widgets are reused from span to span: each shows the selected span's values.
    assert window.session.span(front.id).attributes.get("type") == "armed group"
    assert window.tags.editor.widgets["type"].currentData() == "armed group"
    window.annotation.select_span(minister.id)
    assert window.tags.editor.widgets["type"].currentData() == (
        window.session.span(minister.id).attributes.get("type")
    )
    assert window.tags.editor.title() == "Attributes of this ACTOR"


def test_deleting_the_selected_span_selects_no_neighbour_and_keeps_the_article_still(
    qtbot, window: MainWindow
) -> None:
    first = _tag(qtbot, window, "Ilse Marović", "3")
    second = _tag(qtbot, window, "Free Valdor Front", "3")
    assert window.annotation.selection.current == second.id
    scrolled = window.article.verticalScrollBar().value()
    qtbot.keyClick(window.article, Qt.Key.Key_Delete)
    # The table's current row moved to the neighbouring span by itself when the row
    # went: that is not the analyst choosing it.
    assert window.annotation.selection.current is None
    assert window.session.span(first.id) is not None
    assert window.article.verticalScrollBar().value() == scrolled
    assert window.tags.editor.title() == "Attributes — nothing selected"
