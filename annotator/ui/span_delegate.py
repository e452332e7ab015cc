"""Painting the span table's cells from text laid out once, not on every repaint.

Qt's standard delegate lays out and shapes each cell's text anew on every
paint (a QTextLayout per cell), so a row inserted or removed above the bottom
of the table, which repaints every visible row, cost about 5 ms of a key press
(issue 16). This delegate paints the same thing (the cell's tint or the
selection, then the text, elided on the right) from a QStaticText kept per
text, font and width. A cell with the keyboard focus frame, or anything this
delegate does not know how to draw, goes to the standard delegate.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex

# Plain ints: flag arithmetic on PySide's enums costs microseconds per cell.
_FOCUS = QStyle.StateFlag.State_HasFocus.value
_SELECTED = QStyle.StateFlag.State_Selected.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_ENABLED = QStyle.StateFlag.State_Enabled.value
_ELIDE = Qt.TextElideMode.ElideRight
_CACHE_LIMIT = 4000  # texts kept laid out: a few screens of rows, reset when full


class CellSource(Protocol):
    def cell(self, row: int, column: int) -> tuple[str, QBrush | None, QFont | None, QBrush | None]:
        """(text, background, font, foreground) of a cell; font and brushes may be None."""
        ...


class SpanCellDelegate(QStyledItemDelegate):
    """Cells of a text-only table painted from cached layouts (see the module docstring)."""

    def __init__(self, source: CellSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self._font = QFont()  # the view's font the caches below were made with
        # id of a font the source gave -> (that font, kept so the id stays its own; the
        # font resolved against the view's)
        self._fonts: dict[int, tuple[QFont, QFont]] = {}
        # (text, font, width) -> the text laid out and elided for that width
        self._texts: dict[tuple[str, int, int], QStaticText] = {}
        # (font, cell height) -> the text's left and right margins and top in the cell,
        # measured once through the style so that the text sits where Qt's own does.
        self._places: dict[tuple[int, int], tuple[int, int, int]] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        state = option.state.value
        if state & _FOCUS:
            super().paint(painter, option, index)
            return
        text, background, font, foreground = self.source.cell(index.row(), index.column())
        rect: QRect = option.rect
        palette: QPalette = option.palette
        if not state & _ENABLED:
            group = QPalette.ColorGroup.Disabled
        elif state & _ACTIVE:
            group = QPalette.ColorGroup.Normal
        else:
            group = QPalette.ColorGroup.Inactive
        selected = state & _SELECTED
        if selected:
            painter.fillRect(rect, palette.brush(group, QPalette.ColorRole.Highlight))
        elif background is not None:
            painter.fillRect(rect, background)
        if not text:
            return
        shown, font_id = self._shown_font(option.font, font)
        left, right, top = self._place(shown, font_id, option, index)
        width = rect.width() - left - right
        if width <= 0:
            return
        key = (text, font_id, width)
        static = self._texts.get(key)
        if static is None:
            if len(self._texts) >= _CACHE_LIMIT:
                self._texts.clear()
            static = QStaticText(QFontMetrics(shown).elidedText(text, _ELIDE, width))
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(painter.transform(), shown)
            self._texts[key] = static
        if selected:
            pen = palette.color(group, QPalette.ColorRole.HighlightedText)
        elif foreground is not None:
            pen = foreground.color()
        else:
            pen = palette.color(group, QPalette.ColorRole.Text)
        painter.save()
        painter.setClipRect(rect)
        painter.setFont(shown)
        painter.setPen(pen)
        painter.drawStaticText(QPointF(rect.x() + left, rect.y() + top), static)
        painter.restore()

    def _shown_font(self, base: QFont, font: QFont | None) -> tuple[QFont, int]:
        """The font a cell is painted in (its own resolved against the view's) and a key
        for it (0: the view's font); every cache is dropped when the view's font changes."""
        if base != self._font:
            self.forget()
            self._font = QFont(base)
        if font is None:
            return self._font, 0
        known = self._fonts.get(id(font))
        if known is None:
            known = (font, font.resolve(self._font))
            self._fonts[id(font)] = known
        return known[1], id(font)

    def _place(
        self, font: QFont, font_id: int, option: QStyleOptionViewItem, index: Index
    ) -> tuple[int, int, int]:
        """(left margin, right margin, top) of the text in a cell, as the style places it."""
        rect: QRect = option.rect
        key = (font_id, rect.height())
        place = self._places.get(key)
        if place is None:
            probe = QStyleOptionViewItem(option)
            self.initStyleOption(probe, index)
            probe.font = font
            widget = probe.widget
            style = widget.style() if widget is not None else None
            if style is None:
                return (3, 3, 0)
            text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, probe, widget)
            margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
            height = QFontMetrics(font).height()
            left = text_rect.x() - rect.x() + margin
            right = rect.right() - text_rect.right() + margin
            top = text_rect.y() - rect.y() + (text_rect.height() - height) // 2
            place = (left, right, top)
            self._places[key] = place
        return place

    def forget(self) -> None:
        """Drop every laid-out text and measure (the font or the style changed)."""
        self._texts.clear()
        self._places.clear()
        self._fonts.clear()
