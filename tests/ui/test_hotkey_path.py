"""The hotkey path made cheap (issue 16) shows and stores exactly what it did before."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QStyledItemDelegate

from annotator.core.model import Span, new_id
from annotator.ui.main_window import MainWindow
from annotator.ui.span_delegate import SpanCellDelegate

pytestmark = pytest.mark.gui


def _grab(qtbot, window: MainWindow) -> QImage:  # type: ignore[no-untyped-def]
    viewport = window.tags.table.viewport()
    return viewport.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _differing_pixels(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(a.pixel(x, y) != b.pixel(x, y) for y in range(a.height()) for x in range(a.width()))


def test_span_table_cells_look_exactly_as_qts_own_delegate_paints_them(
    qtbot, window: MainWindow
) -> None:
    """Every state a row can be in (plain, alternate, label tint, selected with the table
    focused or not, a suggestion in italics, a long text elided) paints the same pixels
    as Qt's standard delegate."""
    document = window.session.document
    text = document.text
    for word, label in (("Marović", "ACTOR"), ("14 civilians", "CASUALTY"), ("Brezna", "ACTOR")):
        start = text.index(word)
        window.session.add_span(Span(new_id(), document.id, start, start + len(word), label, "ana"))
    quote = text.index("We will")
    window.session.add_span(Span(new_id(), document.id, 0, quote + 20, "QUOTE", "ana"))
    start = text.index("Free Valdor Front")
    suggestion = Span(
        "suggestion:1", document.id, start, start + 17, "ACTOR", "suggester", {}, "suggested"
    )
    window.tags.model.set_suggestions([suggestion])
    table = window.tags.table
    ours = table.itemDelegate()
    assert isinstance(ours, SpanCellDelegate)
    standard = QStyledItemDelegate(table)
    model = window.tags.model
    assert model.rowCount() == 5

    def compare(state: str) -> None:
        table.setItemDelegate(standard)
        expected = _grab(qtbot, window)
        table.setItemDelegate(ours)
        painted = _grab(qtbot, window)
        assert _differing_pixels(expected, painted) == 0, state

    compare("nothing selected")
    window.tags.select_row(model.spans[1].id)
    compare("a row selected, the article focused")
    window.tags.select_row("suggestion:1")
    compare("the suggestion selected")
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    compare("a row selected in the focused table")
