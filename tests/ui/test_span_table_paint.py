"""The span table's own row paint (SpanTableView) looks as Qt's on any screen."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from annotator.core.model import Span, new_id
from annotator.ui.main_window import MainWindow
from annotator.ui.span_delegate import SpanCellDelegate
from annotator.ui.span_table_view import SpanTableView

pytestmark = pytest.mark.gui


def _differing_pixels(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(a.pixel(x, y) != b.pixel(x, y) for y in range(a.height()) for x in range(a.width()))


@pytest.mark.parametrize("ratio", [1.0, 1.25, 1.5, 2.0])
def test_grid_lines_fall_on_the_same_device_pixels_as_qts_on_a_high_dpi_screen(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, ratio: float
) -> None:
    """At a device pixel ratio above 1 the grid line under each row covers the pixels
    Qt's own paint gives it: a line half a pixel off left a stripe of background between
    a row's tint and the grid, and cut the tint short (as seen at 200 % scaling). At a
    ratio of 1 the lines are filled as rows and columns of pixels: the same pixels."""
    document = window.session.document
    labels = ("ACTOR", "CASUALTY", "QUOTE")
    for n, match in enumerate(list(re.finditer(r"[A-Za-z]{4,}", document.text))[:9]):
        span = Span(new_id(), document.id, match.start(), match.end(), labels[n % 3], "ana")
        window.session.add_span(span)
    table = window.tags.table
    window.tags.select_row(window.tags.model.spans[4].id)
    viewport = table.viewport()
    own = 0
    paint_cells = SpanCellDelegate.paint_cells

    def counted(self, painter, cells):  # type: ignore[no-untyped-def]
        nonlocal own
        painted = paint_cells(self, painter, cells)
        own += painted
        return painted

    monkeypatch.setattr(SpanCellDelegate, "paint_cells", counted)

    def render() -> QImage:
        image = QImage(viewport.size() * ratio, QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(ratio)
        image.fill(0)
        viewport.render(image, QPoint())
        return image

    render()  # Qt's paint measures the text places at this ratio first
    own = 0
    ours = render()
    assert own > 0  # the table's own paint drew it
    with monkeypatch.context() as qt_only:
        qt_only.setattr(SpanTableView, "_paint_rows", lambda *_args: False)
        expected = render()
    assert _differing_pixels(expected, ours) == 0


def _assert_elided_as_qt_elides(qtbot, texts, rooms) -> None:  # type: ignore[no-untyped-def]
    """At each cell width `rooms(text width)` gives, in the table's font and in italics,
    the text the delegate draws is the one QFontMetrics.elidedText gives for that width."""
    from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPixmap

    from annotator.ui.tag_panel import SpanTableModel

    table = SpanTableView()
    qtbot.addWidget(table)
    delegate = SpanCellDelegate(SpanTableModel.__new__(SpanTableModel), table)
    pixmap = QPixmap(10, 10)
    painter = QPainter(pixmap)
    italic = QFont(table.font())
    italic.setItalic(True)
    try:
        for font in (table.font(), italic):
            metrics = QFontMetrics(font)
            for text in texts:
                for room in rooms(metrics.horizontalAdvance(text)):
                    drawn = delegate._lay_out((text, id(font), room), font, painter).text()
                    assert drawn == metrics.elidedText(text, Qt.TextElideMode.ElideRight, room), (
                        text,
                        room,
                    )
    finally:
        painter.end()


def test_a_cell_text_is_elided_exactly_where_qt_elides_it_at_every_width_near_its_own(
    qtbot,
) -> None:
    """The delegate lays a text out once and elides only a text that does not fit: at every
    cell width around the text's own width (and for texts ending in spaces, with a tab, in
    italics), the text it draws is the one QFontMetrics.elidedText gives for that width."""
    texts = (
        "Free Valdor Front",
        "W",
        "the Ministry of Defence said  ",
        "a\ttab",
        "Marović ضد 😀 fighters",
    )
    _assert_elided_as_qt_elides(qtbot, texts, lambda width: range(max(1, width - 12), width + 12))


LONG_TEXTS = (
    "the Ministry of Defence said the convoy was shelled near the harbour at dawn...",
    "Marović, Brezna and the monitors of the ceasefire commission in the northern hills",
    "illicit little lists of lilies filling ill little lilting lines in ill light still",
    "WWWWWWWWWW MMMMMMMMMM WWWWWWWWWW MMMMMMMMMM WWWWWWWWWW MMMMMMMMMM WWWWWWWWWW MMMM",
    "e\u0301te\u0301 e\u0301te\u0301 " * 8,
    "the spokesman said in Arabic ضد الحرب in a statement read out on the radio today",
    "123 (456) — ضد الحرب والقتال في المدينة الشمالية قال المتحدث باسم الوزارة اليوم",
    "fighters 😀 of the 😀 front 😀 said 😀 the 😀 town 😀 fell 😀 at 😀 dawn 😀 on 😀 Monday",
    "a\x9cshorter variant of the text that Qt reads as a separate variant of it, here",
    "123, 456 and 789 were the numbers read out on the radio at noon, then: ضد الحرب",
    "the convoy \u200fturned back at the bridge and the monitors followed it to the town",
)


def test_a_long_cell_text_is_elided_exactly_where_qt_elides_it_whole_at_every_width(
    qtbot,
) -> None:
    """A text far longer than its cell is elided from a head of it: at every cell width up
    to the text's own, in both fonts, the text drawn is the one QFontMetrics.elidedText
    gives for the whole text (narrow and wide letters, combining marks, emoji, a
    right-to-left part after the head or at the start, Qt's variant separator)."""
    _assert_elided_as_qt_elides(qtbot, LONG_TEXTS, lambda width: range(1, width + 3))


def test_a_long_cell_text_has_qt_shape_only_a_head_of_it(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """An 80-character text in a cell about 20 characters wide: Qt's elision is given a
    head of the text, not the whole (it shapes every character it is given)."""
    from PySide6.QtGui import QFontMetrics, QPainter, QPixmap

    from annotator.ui import span_delegate
    from annotator.ui.tag_panel import SpanTableModel

    given: list[str] = []

    class Metrics(QFontMetrics):
        def elidedText(self, text, *args):  # type: ignore[no-untyped-def,override]
            given.append(text)
            return super().elidedText(text, *args)

    monkeypatch.setattr(span_delegate, "QFontMetrics", Metrics)
    table = SpanTableView()
    qtbot.addWidget(table)
    delegate = SpanCellDelegate(SpanTableModel.__new__(SpanTableModel), table)
    pixmap = QPixmap(10, 10)
    painter = QPainter(pixmap)
    font = table.font()
    text = LONG_TEXTS[0]
    room = 20 * QFontMetrics(font).averageCharWidth()
    try:
        drawn = delegate._lay_out((text, id(font), room), font, painter).text()
    finally:
        painter.end()
    assert drawn == QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, room)
    assert given
    assert max(len(t) for t in given) < len(text) // 2
