"""A tag repaints less around the article and the span table (issue 16), and the user
sees the same: the selected row."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from annotator.core.model import Span, new_id
from annotator.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _tag_some(window: MainWindow, how_many: int) -> None:
    document = window.session.document
    labels = ("ACTOR", "CASUALTY", "QUOTE")
    words = list(re.finditer(r"[A-Za-z]{4,}", document.text))[:how_many]
    for n, match in enumerate(words):
        span = Span(new_id(), document.id, match.start(), match.end(), labels[n % 3], "ana")
        window.session.add_span(span)


def test_selecting_a_row_selects_it_once_and_only_it(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The table's row is selected by making it current: the whole row, alone, with no
    second selection of the same row."""
    _tag_some(window, 6)
    tags = window.tags
    again: list[int] = []
    monkeypatch.setattr(tags.table, "selectRow", again.append)
    columns = tags.model.columnCount()
    for span in (tags.model.spans[1], tags.model.spans[4]):
        tags.select_row(span.id)
        QApplication.processEvents()
        row = tags.model.row_of(span.id)
        selection = tags.table.selectionModel()
        assert [index.row() for index in selection.selectedRows()] == [row]
        assert {index.column() for index in selection.selectedIndexes()} == set(range(columns))
        assert tags.table.currentIndex().row() == row
    assert again == []
    # Nothing selected clears the row.
    tags.select_row(None)
    assert not tags.table.selectionModel().hasSelection()


def _documents_image(window: MainWindow):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    pane = window.documents_pane
    return pane.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


@pytest.mark.parametrize(
    ("size", "selected_at_bottom"),
    [
        ((1300, 800), False),
        ((800, 600), False),
        ((1440, 300), False),
        ((1100, 140), False),
        ((1300, 800), True),
        ((800, 600), True),
    ],
)
def test_the_document_list_paints_the_pixels_qt_paints(
    qtbot, window: MainWindow, size: tuple[int, int], selected_at_bottom: bool
) -> None:
    """The list's viewport fills its own background and leaves its bottom corners to the
    frame: the list looks exactly as when Qt paints the viewport's style sheet background
    (the rounded corners, the selected row at the top or reaching the bottom corners, a
    scroll bar or none, the span count column shown or hidden)."""
    from PySide6.QtCore import Qt

    window.resize(*size)
    QApplication.processEvents()
    view = window.documents_pane.view
    viewport = view.viewport()
    if selected_at_bottom:  # a list taller than its room, scrolled to its end
        header = view.horizontalHeader().height()
        view.setFixedHeight(header + 2 * view.frameWidth() + 2 * view.rowHeight(0) + 9)
        last = view.model().rowCount() - 1
        window.open_document(view.model().index(last, 0).data(view.model().IdRole))
        QApplication.processEvents()
        view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
        QApplication.processEvents()
        top = view.rowViewportPosition(last)
        assert top + view.rowHeight(last) > viewport.height() - 5  # in the corner squares
    ours = _documents_image(window)
    assert viewport.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent) == (
        not viewport.mask().isEmpty()
    )
    viewport.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
    viewport.clearMask()
    assert _documents_image(window) == ours


def test_a_new_span_count_paints_neither_the_list_frame_nor_the_pane(
    qtbot, window: MainWindow
) -> None:
    """A tag changes the open document's span count in the list: that cell is repainted
    by the list's viewport alone (Qt painted the table's frame, the pane and the splitter
    under it, each with its style sheet background)."""
    from PySide6.QtCore import QEvent, QObject

    class Paints(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.painted: list[str] = []

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted.append(watched.objectName() or type(watched).__name__)
            return False

    window.resize(1300, 800)
    QApplication.processEvents()
    pane = window.documents_pane
    paints = Paints()
    for widget in (pane, pane.view, pane.view.viewport()):
        widget.installEventFilter(paints)
    text = window.session.document.text
    start = text.index("Marović")
    window.article.select_text(start, start + len("Marović"))
    QApplication.processEvents()
    count = pane.view.model().index(pane.view.currentIndex().row(), 2).data()
    paints.painted.clear()
    qtbot.keyClick(window.article, "1")
    QApplication.processEvents()
    assert pane.view.model().index(pane.view.currentIndex().row(), 2).data() != count
    assert paints.painted == ["qt_scrollarea_viewport"]
