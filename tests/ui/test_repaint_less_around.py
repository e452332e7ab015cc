"""A tag repaints less around the article and the span table (issue 16), and the user
sees the same: the selected row, the label buttons with their counts."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

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


def _tag_a_word(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    text = window.session.document.text
    tagged = {(s.start, s.end) for s in window.session.spans()}
    word = next(m for m in re.finditer(r"[A-Za-z]{4,}", text) if (m.start(), m.end()) not in tagged)
    window.annotation.select_span(None)
    window.article.select_text(word.start(), word.end())
    QApplication.processEvents()
    qtbot.keyClick(window.article, "3")


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
