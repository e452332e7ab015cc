"""What a new analyst saw on screen that did not match what had happened.

Each scenario drives the real window with real keys, as README's shortcut table
says, and compares the screen (the span table's selected row, the status bar)
with the current object and the database.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def _tag(qtbot, window: MainWindow, needle: str, key: str) -> None:
    text = window.session.document.text
    start = text.index(needle)
    window.article.select_text(start, start + len(needle))
    qtbot.keyClick(window.article, key)


def _selected_rows(window: MainWindow) -> list[str]:
    """The span ids of the span table's selected rows, as the table shows them."""
    model = window.tags.model
    rows = window.tags.table.selectionModel().selectedRows()
    return [model.spans[index.row()].id for index in rows]


def test_the_span_table_keeps_the_moved_span_selected(qtbot, window: MainWindow) -> None:
    _tag(qtbot, window, "Ilse Marović", "3")
    _tag(qtbot, window, "Free Valdor Front", "3")
    actor = window.annotation.selected_span()
    assert _selected_rows(window) == [actor.id]
    # Moving its end a word takes in "(FVF)": the span's table row is made again.
    qtbot.keyClick(window.article, Qt.Key.Key_Right, ALT_SHIFT)
    moved = window.annotation.selected_span()
    assert moved.id == actor.id
    assert moved.end > actor.end
    assert _selected_rows(window) == [actor.id]
    # Relabelling also gives the span another row (the table sorts by label too).
    qtbot.keyClick(window.article, "2")
    assert window.annotation.selected_span().label == "CASUALTY"
    assert _selected_rows(window) == [actor.id]
