"""A tag repaints less around the article and the span table (issue 16), and the user
sees the same: the selected row, the document list's span count."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QImage, QPixmap, QRegion
from PySide6.QtWidgets import QApplication, QWidget

from annotator.core.model import Span, new_id
from annotator.ui.document_list import DocumentTable
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


def _tag_a_word(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    text = window.session.document.text
    tagged = {(s.start, s.end) for s in window.session.spans()}
    word = next(m for m in re.finditer(r"[A-Za-z]{4,}", text) if (m.start(), m.end()) not in tagged)
    window.annotation.select_span(None)
    window.article.select_text(word.start(), word.end())
    QApplication.processEvents()
    qtbot.keyClick(window.article, "3")


def _cell_in_window(window: MainWindow) -> QRect:
    view = window.documents_pane.view
    row = window.documents.row_of(window.session.document_id)
    cell = view.visualRect(window.documents.index(row, 2))
    return QRect(view.viewport().mapTo(window, cell.topLeft()), cell.size())


def test_a_tag_repaints_the_span_count_without_drawing_the_lists_frame(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The open document's span count goes up by one at each tag: the cell is painted
    over the list's background copied from its frame, and shows what a whole repaint
    of the window shows there."""
    window.resize(1300, 800)
    QApplication.processEvents()
    view = window.documents_pane.view
    copied: list[QRect] = []
    framed = DocumentTable._framed

    def counted(self: DocumentTable) -> QPixmap:
        copied.append(self.rect())
        return framed(self)

    monkeypatch.setattr(DocumentTable, "_framed", counted)
    for _ in range(3):
        before = len(copied)
        _tag_a_word(qtbot, window)
        QApplication.processEvents()
        assert len(copied) > before  # the cell's repaint took the copy
        cell = _cell_in_window(window)
        row = window.documents.row_of(window.session.document_id)
        shown = window.documents.data(window.documents.index(row, 2))
        assert shown == len(window.session.spans())
        # What this paint path draws in the cell, against the window painted whole.
        partial = QImage(window.size(), QImage.Format.Format_RGB32)
        partial.fill(0xFF00FF)
        window.render(partial, cell.topLeft(), QRegion(cell))  # drawn where it stands
        whole = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        assert partial.copy(cell) == whole.copy(cell)
    assert (
        view.viewport()
        .geometry()
        .contains(QRect(view.viewport().mapTo(view, QPoint()), view.viewport().size()))
    )


def test_a_paint_that_reaches_the_lists_border_draws_it_as_qt_does(window: MainWindow) -> None:
    """The frame's corners and border are never copied: a paint over them draws them."""
    window.resize(1300, 800)
    QApplication.processEvents()
    view = window.documents_pane.view
    whole = view.rect()
    assert not view._inside(whole)
    assert not view._inside(QRect(whole.right() - 2, whole.bottom() - 2, 2, 2))
    inner = view.viewport().geometry()
    assert view._inside(QRect(inner.center(), QSize(4, 4)))
    before = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    copy = QImage(window.size(), QImage.Format.Format_RGB32)
    copy.fill(0xFF00FF)
    area = QRect(view.mapTo(window, QPoint()), view.size())
    window.render(copy, area.topLeft(), QRegion(area))
    assert copy.copy(area) == before.copy(area)


def test_a_count_changed_on_a_row_not_selected_shows_the_lists_background(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A row that is not selected paints no background of its own: under its new count
    the list's background shows, copied from the frame, as a whole repaint draws it."""
    window.resize(1300, 800)
    QApplication.processEvents()
    view = window.documents_pane.view
    copied: list[QRect] = []
    framed = DocumentTable._framed

    def counted(self: DocumentTable) -> QPixmap:
        copied.append(self.rect())
        return framed(self)

    monkeypatch.setattr(DocumentTable, "_framed", counted)
    documents = window.documents
    other = next(
        documents.data(documents.index(row, 0), documents.IdRole)
        for row in range(documents.rowCount())
        if documents.data(documents.index(row, 0), documents.IdRole) != window.session.document_id
    )
    documents.refresh_document(other, span_count=41)
    QApplication.processEvents()
    assert copied
    row = documents.row_of(other)
    cell = view.visualRect(documents.index(row, 2))
    cell = QRect(view.viewport().mapTo(window, cell.topLeft()), cell.size())
    partial = QImage(window.size(), QImage.Format.Format_RGB32)
    partial.fill(0xFF00FF)
    window.render(partial, cell.topLeft(), QRegion(cell))
    whole = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert partial.copy(cell) == whole.copy(cell)
    assert documents.data(documents.index(row, 2)) == 41


def test_a_paint_under_the_last_row_shows_the_lists_background(window: MainWindow) -> None:
    """Below the last row nothing else paints: the copy of the frame is what shows there,
    as the frame draws it in a whole repaint."""
    window.resize(1300, 800)
    QApplication.processEvents()
    view = window.documents_pane.view
    viewport = view.viewport()
    last = view.visualRect(window.documents.index(window.documents.rowCount() - 1, 0))
    below = QRect(20, last.bottom() + 20, 60, 40)
    assert viewport.rect().contains(below)
    area = QRect(viewport.mapTo(window, below.topLeft()), below.size())
    assert view._inside(QRect(viewport.mapTo(view, below.topLeft()), below.size()))
    partial = QImage(window.size(), QImage.Format.Format_RGB32)
    partial.fill(0xFF00FF)
    window.render(partial, area.topLeft(), QRegion(area))
    whole = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert partial.copy(area) == whole.copy(area)


class LayoutRequests(QObject):
    """Counts the layout requests `widget` receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_a_new_count_on_a_label_button_lays_the_panel_out_only_when_it_needs_more_room(
    qtbot, window: MainWindow
) -> None:
    """A tag shows the label's new count on its button without laying the panel (and the
    window above it) out again; a count with one more digit, which makes the button ask
    for more room, does lay it out. The buttons stand where the panel's layout put them,
    and look as the label's buttons placed straight in the panel do."""
    window.resize(1300, 800)
    QApplication.processEvents()
    tags = window.tags
    button = tags.buttons["ACTOR"]
    holder = button.parentWidget()
    strip = holder.parentWidget()
    requests = LayoutRequests(strip)
    _tag_a_word(qtbot, window)  # ACTOR · 0 -> 1 (the first tag also shows "Saved")
    QApplication.processEvents()
    assert button.text().endswith("ACTOR   ·  1")
    requests.count = 0
    _tag_a_word(qtbot, window)
    QApplication.processEvents()
    assert button.text().endswith("ACTOR   ·  2")
    assert requests.count == 0
    assert button.geometry() == holder.rect()
    # More room asked for: the holder passes the request on.
    hints = (button.sizeHint(), button.minimumSizeHint())
    tags.set_counts({**tags._counts, "ACTOR": 10**12})
    QApplication.processEvents()  # the holder's request, then the column's
    QApplication.processEvents()
    assert (button.sizeHint(), button.minimumSizeHint()) != hints
    assert requests.count == 1
    tags.set_counts({**tags._counts, "ACTOR": 2})
    QApplication.processEvents()
    assert button.geometry() == holder.rect()
    # The same pixels as the buttons straight in the panel's column.
    ours = strip.grab().toImage()
    places = [tags.buttons[name].parentWidget().geometry() for name in tags.buttons]
    column = strip.layout()
    for plain in tags.buttons.values():
        column.replaceWidget(plain.parentWidget(), plain)
        plain.show()
    QApplication.processEvents()
    assert [tags.buttons[name].geometry() for name in tags.buttons] == places
    assert strip.grab().toImage() == ours
