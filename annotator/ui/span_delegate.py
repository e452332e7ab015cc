"""Painting the span table's cells from text laid out once, not on every repaint.

Qt's standard delegate lays out and shapes each cell's text anew on every
paint (a QTextLayout per cell), so a row inserted or removed above the bottom
of the table, which repaints every visible row, cost about 5 ms of a key press
(issue 16). This delegate paints the same pixels (the cell's tint or the
selection, then the text, elided on the right) from a QStaticText kept per
text, font and width, with the view's colours and font read once and read
again when the view's palette, font or style changes. The cell with the
keyboard focus frame goes to the standard delegate.

QStyle is imported where a cell is measured, not at import: its Python type
brings about 600 enum members (some 4% of the start-up's instructions), and
the table's first frame is painted by Qt's own delegate (`SpanTableView`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPalette,
    QStaticText,
)
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex

# Plain ints: flag arithmetic on PySide's enums costs microseconds per cell. They are
# QStyle.StateFlag's values (Qt's ABI; tests/ui/test_startup_imports.py checks them), written
# out so that importing this module does not build QStyle.
_FOCUS = 0x100  # State_HasFocus
_SELECTED = 0x8000  # State_Selected
_ACTIVE = 0x10000  # State_Active
_ENABLED = 0x1  # State_Enabled
_NORMAL = QPalette.ColorGroup.Active.value
_DISABLED = QPalette.ColorGroup.Disabled.value
_INACTIVE = QPalette.ColorGroup.Inactive.value
_ELIDE = Qt.TextElideMode.ElideRight
# What has a text elided whole (`_elided`): right-to-left and joining scripts (Hebrew to
# Arabic Extended, Syriac and the others between; their presentation forms; the
# right-to-left blocks above U+FFFF), direction marks and embeddings, and U+009C.
_WHOLE = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\u061c\x9c\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_CACHE_LIMIT = 4000  # texts kept laid out: a few screens of rows, reset when full
# What makes the view paint differently: its colours, font or style.
_LOOK_CHANGES = {
    QEvent.Type.PaletteChange,
    QEvent.Type.FontChange,
    QEvent.Type.StyleChange,
    QEvent.Type.ApplicationFontChange,
    QEvent.Type.ApplicationPaletteChange,
}


Cell = tuple[str, QBrush | None, QFont | None, QBrush | None]


def _elided(text: str, font: QFont, room: int, average: float) -> str:
    """`text` elided on the right to `room` pixels, exactly as QFontMetrics.elidedText
    gives it, shaping less of a text far longer than its cell.

    Qt shapes the whole text before it looks for the cut, and a row's covered words run
    to 80 characters where a cell shows 30 or 40 (a new screen of rows elides a text in
    most rows, issue 16). A head of the text a quarter longer than the cell holds on
    average is elided instead, and kept when its cut falls well inside it (four
    characters or more before the head's end): every character before the cut is shaped
    as in the whole text, and the whole text, wider than the head, does not fit either.
    A text with a character of a right-to-left or joining script, or a direction mark
    (its direction, and the shapes before the cut, can depend on what follows), or
    U+009C (which Qt reads as a separator of variants) is elided whole, as is one whose
    head fits after all."""
    metrics = QFontMetrics(font)
    cut = int(room / average * 1.25) + 6 if average > 0 else len(text)
    if len(text) > cut and _WHOLE.search(text) is None:
        head = text[:cut]
        elided = metrics.elidedText(head, _ELIDE, room)
        if elided != head and len(elided) <= cut - 3:  # the kept part and "…"
            return elided
    return metrics.elidedText(text, _ELIDE, room)


class CellSource(Protocol):
    def cell(self, row: int, column: int) -> Cell:
        """(text, background, font, foreground) of a cell; font and brushes may be None.

        A font or brush returned is kept by the delegate (by identity): return the
        same few objects, not new ones per call."""
        ...

    def row_cells(self, row: int) -> Sequence[Cell]:
        """Every cell of `row`, by column, as `cell` gives each."""
        ...


class SpanCellDelegate(QStyledItemDelegate):
    """Cells of a text-only table painted from cached layouts (see the module docstring)."""

    def __init__(self, source: CellSource, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.source = source
        self.view = view
        view.installEventFilter(self)
        # Colour group -> (selection brush, selected text, text), from the view's palette.
        self._colors: dict[int, tuple[QBrush, QColor, QColor]] = {}
        # id of a font the source gave (0: none, the view's) -> (that font, kept so the id
        # stays its own; the font the text is drawn in)
        self._fonts: dict[int, tuple[QFont | None, QFont]] = {}
        # (text, font id, width) -> the text laid out and elided for that width
        self._texts: dict[tuple[str, int, int], QStaticText] = {}
        # (font id, cell height) -> the text's left and right margins and top in the cell,
        # measured once through the style so that the text sits where Qt's own does.
        self._places: dict[tuple[int, int], tuple[int, int, int]] = {}
        self._average: dict[int, float] = {}  # font id -> its average character width

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _LOOK_CHANGES:
            self.forget()
        return False

    def forget(self) -> None:
        """Drop every colour, font, laid-out text and measure (the look changed)."""
        self._colors.clear()
        self._fonts.clear()
        self._texts.clear()
        self._places.clear()
        self._average.clear()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        state = option.state.value
        if state & _FOCUS:
            super().paint(painter, option, index)
            return
        cell = self.source.cell(index.row(), index.column())
        rect: QRect = option.rect
        font = cell[2]
        font_id = id(font) if font is not None else 0
        place = self._places.get((font_id, rect.height()))
        if place is None and cell[0]:
            known = self._fonts.get(font_id) or self._read_font(font_id, font)
            place = self._measure(known[1], font_id, option, index)
        kept = painter.background()  # Qt's painter: left as it was given
        self._draw(painter, rect, state, cell, place)
        painter.setBackground(kept)

    def paint_cells(
        self, painter: QPainter, cells: list[tuple[int, int, int, int, int, int, int]]
    ) -> bool:
        """Paint many cells, given as (x, y, width, height, row, column, style state flags
        as an int), in one call (the view's own paint, `SpanTableView`): the same pixels
        as `paint` for each. False, and nothing painted, when a cell's text needs a
        measure that only Qt's option can give (the first paint of a font or row height).

        A screen of rows is about a hundred cells: the painter's brush, pen and font are
        set only when they change from the cell before (each call into Qt costs about as
        much as the text drawn)."""
        places = self._places
        row_of = self.source.row_cells
        ready = []
        row_now: int = -1
        row_cells: Sequence[Cell] = ()
        for x, y, width, height, row, column, state in cells:
            if row != row_now:  # the cells come row by row: each row is asked for once
                row_now, row_cells = row, row_of(row)
            cell = row_cells[column]
            font = cell[2]
            place = places.get((id(font) if font is not None else 0, height))
            if place is None and cell[0]:
                return False
            ready.append((x, y, width, height, state, cell, place))
        colors_of = self._colors
        fonts = self._fonts
        texts = self._texts
        erase, set_background = painter.eraseRect, painter.setBackground
        set_pen, set_font, draw_text = painter.setPen, painter.setFont, painter.drawStaticText
        background_now: QBrush | None = None
        pen_now: object = None
        font_now: QFont | None = None
        for x, y, width, height, state, (text, background, font, foreground), place in ready:
            if not state & _ENABLED:
                group = _DISABLED
            elif state & _ACTIVE:
                group = _NORMAL
            else:
                group = _INACTIVE
            colors = colors_of.get(group) or self._read_colors(group)
            selected = state & _SELECTED
            fill = colors[0] if selected else background
            if fill is not None:
                if fill is not background_now:
                    set_background(fill)
                    background_now = fill
                erase(x, y, width, height)
            if not text or place is None:
                continue
            font_id = id(font) if font is not None else 0
            known = fonts.get(font_id) or self._read_font(font_id, font)
            left, right, top = place
            room = width - left - right
            if room <= 0:
                continue
            key = (text, font_id, room)
            static = texts.get(key)
            if static is None:
                static = self._lay_out(key, known[1], painter)
            if selected:
                pen: object = colors[1]
            elif foreground is not None:
                pen = foreground
            else:
                pen = colors[2]
            if pen is not pen_now:
                set_pen(pen.color() if isinstance(pen, QBrush) else pen)
                pen_now = pen
            if known[1] is not font_now:
                set_font(known[1])
                font_now = known[1]
            draw_text(x + left, y + top, static)
        return True

    def _draw(
        self,
        painter: QPainter,
        rect: QRect,
        state: int,
        cell: tuple[str, QBrush | None, QFont | None, QBrush | None],
        place: tuple[int, int, int] | None,
    ) -> None:
        text, background, font, foreground = cell
        if not state & _ENABLED:
            group = _DISABLED
        elif state & _ACTIVE:
            group = _NORMAL
        else:
            group = _INACTIVE
        colors = self._colors.get(group) or self._read_colors(group)
        selected = state & _SELECTED
        # The painter's background brush, erased: fillRect's overloads would have PySide
        # build QGradient's Python type (169 presets) at the first cell (issue 16).
        if selected:
            painter.setBackground(colors[0])
            painter.eraseRect(rect)
        elif background is not None:
            painter.setBackground(background)
            painter.eraseRect(rect)
        if not text or place is None:
            return
        font_id = id(font) if font is not None else 0
        known = self._fonts.get(font_id) or self._read_font(font_id, font)
        left, right, top = place
        width = rect.width() - left - right
        if width <= 0:
            return
        key = (text, font_id, width)
        static = self._texts.get(key)
        if static is None:
            static = self._lay_out(key, known[1], painter)
        if selected:
            painter.setPen(colors[1])
        elif foreground is not None:
            painter.setPen(foreground.color())
        else:
            painter.setPen(colors[2])
        # The text is elided to fit the cell: no clip needed. The view sets its own pen
        # for the grid and keeps no font: nothing to restore.
        painter.setFont(known[1])
        painter.drawStaticText(QPointF(rect.x() + left, rect.y() + top), static)

    def _read_colors(self, group: int) -> tuple[QBrush, QColor, QColor]:
        palette = self.view.palette()
        which = QPalette.ColorGroup(group)
        colors = (
            palette.brush(which, QPalette.ColorRole.Highlight),
            palette.color(which, QPalette.ColorRole.HighlightedText),
            palette.color(which, QPalette.ColorRole.Text),
        )
        self._colors[group] = colors
        return colors

    def _read_font(self, font_id: int, font: QFont | None) -> tuple[QFont | None, QFont]:
        base = self.view.font()
        known = (font, font.resolve(base) if font is not None else base)
        self._fonts[font_id] = known
        return known

    def _lay_out(self, key: tuple[str, int, int], font: QFont, painter: QPainter) -> QStaticText:
        if len(self._texts) >= _CACHE_LIMIT:
            self._texts.clear()
        text, room = key[0], key[2]
        static = None
        # A text that looks short enough for its cell is laid out once and measured; only
        # one that does not fit after all (or ends in spaces, which the measure leaves
        # out) is elided and laid out again. Eliding first shaped every text twice (a new
        # screen of rows, issue 16). The guess by average width decides only which way
        # is tried first: what is drawn is what Qt's elision gives either way.
        average = self._average.get(key[1])
        if average is None:
            average = self._average[key[1]] = QFontMetricsF(font).averageCharWidth()
        if len(text) * average <= room and text.isprintable() and not text.endswith(" "):
            static = self._prepared(text, font, painter)
            if static.size().width() > room - 1:
                static = None  # at or near the edge: elided as Qt decides
        if static is None:
            static = self._prepared(_elided(text, font, room, average), font, painter)
        self._texts[key] = static
        return static

    @staticmethod
    def _prepared(text: str, font: QFont, painter: QPainter) -> QStaticText:
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(painter.transform(), font)
        return static

    def _measure(
        self, font: QFont, font_id: int, option: QStyleOptionViewItem, index: Index
    ) -> tuple[int, int, int]:
        """(left margin, right margin, top) of the text in a cell, as the style places it."""
        from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

        rect: QRect = option.rect
        probe = QStyleOptionViewItem(option)
        self.initStyleOption(probe, index)
        probe.font = font
        style = self.view.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, probe, self.view)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1
        height = QFontMetrics(font).height()
        left = text_rect.x() - rect.x() + margin
        right = rect.right() - text_rect.right() + margin
        top = text_rect.y() - rect.y() + (text_rect.height() - height) // 2
        place = (left, right, top)
        self._places[(font_id, rect.height())] = place
        return place
