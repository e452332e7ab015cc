"""What a key press repaints asks for little: the span table a row's cells once, the status
bar no new measure of its line (issue 16), and both still show what they showed."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from annotator.core.model import Span, new_id
from annotator.ui.main_window import MainWindow
from annotator.ui.tag_panel import SpanTableModel

pytestmark = pytest.mark.gui

_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ForegroundRole,
)


def _tag_words(window: MainWindow, count: int) -> None:
    document = window.session.document
    labels = ("ACTOR", "CASUALTY", "QUOTE")
    for n, match in enumerate(list(re.finditer(r"[A-Za-z]{5,}", document.text))[:count]):
        span = Span(new_id(), document.id, match.start(), match.end(), labels[n % 3], "ana")
        window.session.add_span(span)


def test_a_rows_cells_are_what_the_model_gives_for_each_cell_and_role(
    window: MainWindow,
) -> None:
    """`row_cells` gives, column by column, the text, tint, font and pen that `data` gives
    for the same cell: for a span, a suggestion (italic, grey) and a row past the end."""
    _tag_words(window, 3)
    document = window.session.document
    start = document.text.index("Free Valdor Front")
    window.tags.model.set_suggestions(
        [Span("suggestion:1", document.id, start, start + 17, "ACTOR", "x", {}, "suggested")]
    )
    model = window.tags.model
    assert model.rowCount() == 4
    for row in range(model.rowCount()):
        cells = model.row_cells(row)
        assert len(cells) == len(SpanTableModel.COLUMNS)
        for column, (text, background, font, pen) in enumerate(cells):
            index = model.index(row, column)
            assert (text, background, font, pen) == tuple(
                model.data(index, role) for role in _ROLES
            )
            assert model.cell(row, column) == cells[column]
    suggested = model.row_cells(model.row_of("suggestion:1"))
    assert suggested[1][2] is not None
    assert suggested[1][2].italic()
    assert model.row_cells(model.rowCount()) == (("", None, None, None),) * 5


def test_a_repaint_of_the_span_table_asks_for_each_row_once(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole table repainted (as after the table scrolls to a new span far away):
    each row on screen is asked for its cells once, not once per column."""
    _tag_words(window, 12)
    table = window.tags.table
    table.take_cell_delegate()
    table.clearFocus()  # the current cell's focus frame is Qt's to paint
    window.article.setFocus()
    table.viewport().repaint()  # the first paint measures where the text sits in a cell
    asked: list[int] = []
    row_cells = SpanTableModel.row_cells

    def counted(self, row):  # type: ignore[no-untyped-def]
        asked.append(row)
        return row_cells(self, row)

    monkeypatch.setattr(SpanTableModel, "row_cells", counted)
    table.viewport().repaint()
    rows = window.tags.model.rowCount()
    assert sorted(asked) == list(range(rows))


def test_the_status_line_names_a_long_span_without_measuring_its_text_again(
    qtbot, window: MainWindow
) -> None:
    """The line naming the current object goes from empty to a long line naming a span;
    its size hints (what the status bar lays itself out by at each key) do not follow
    the text, and the line and the bar keep their heights."""
    line = window.annotation.current_label
    bar = window.statusBar()
    assert line.text() == ""
    hint, minimum = line.sizeHint(), line.minimumSizeHint()
    place, height = line.geometry(), bar.height()
    text = window.session.document.text
    window.article.select_text(0, min(len(text), 400))
    qtbot.keyClick(window.article, Qt.Key.Key_1)  # QUOTE over the first 400 characters
    qtbot.waitUntil(lambda: line.text().startswith("QUOTE “"))
    assert line.fontMetrics().horizontalAdvance(line.text()) > 400  # a long line, not ""
    assert line.sizeHint() == hint
    assert line.minimumSizeHint() == minimum
    qtbot.wait(10)
    assert line.geometry().height() == place.height()  # its width follows its neighbours'
    assert bar.height() == height
    assert line.sizeHint().height() >= line.fontMetrics().height()


def test_a_tag_runs_no_import_statement_once_the_first_has_loaded_what_it_needs(
    qtbot, window: MainWindow
) -> None:
    """Modules loaded late (for the first frame's sake) are kept once loaded: an import
    statement run at every key press goes through PySide's import hook, about 25,000
    instructions each (a new id's uuid, the actor type lookup, the gazetteer, the span
    table's scroll bar style, the "Saved" time's strftime)."""
    import builtins

    from PySide6.QtWidgets import QApplication

    _tag_words(window, 30)
    text = window.session.document.text
    # Words of four letters: none is tagged yet (`_tag_words` tags longer ones).
    words = list(re.finditer(r"\b[A-Za-z]{4}\b", text))[:3]

    def tag(match: re.Match[str]) -> None:
        window.annotation.select_span(None)
        window.article.select_text(match.start(), match.end())
        qtbot.keyClick(window.article, "3")  # ACTOR: its type is looked up
        QApplication.processEvents()

    tag(words[0])  # the first loads what tagging needs
    before = window.session.span_count()
    imported: list[str] = []
    real = builtins.__import__

    def spy(name, *args, **kwargs):  # type: ignore[no-untyped-def]
        imported.append(name)
        return real(name, *args, **kwargs)

    builtins.__import__ = spy
    try:
        for match in words[1:]:
            tag(match)
    finally:
        builtins.__import__ = real
    assert window.session.span_count() == before + 2
    assert imported == []
