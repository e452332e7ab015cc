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
