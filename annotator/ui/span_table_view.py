"""The span table's view: a row inserted or removed repaints that row, not the whole table.

QTableView repaints every visible row after a row is inserted or removed (its
delayed layout updates the whole viewport), because the rows below move: at a
tag or a delete that was about 4 ms of CPU, the largest part of the table's
share of a key press (issue 16). The rows below are the same pixels one row
lower (or higher), so this view moves them in the window's backing store
(`QWidget.scroll`, a copy) the moment the model says rows came or went, and
the layout that follows updates the scroll bars without repainting the
viewport again. Only the rows uncovered by the move are painted, plus what
changed on its own (the selection, a cell's data). Rows have one fixed
height and no alternating colours (a row's look does not depend on its
index), so a moved row looks exactly as it would repainted. Where the move
cannot be a copy (a platform without one), Qt repaints what moved itself.

The table's first frame is painted by Qt's own delegate (the same pixels,
tests/ui/test_hotkey_path.py compares them): the view's own delegate reads
style options, and PySide builds QStyle's Python type for that, with about
600 enum members (some 4% of the start-up's instructions, issue 16). The
delegate given to `set_cell_delegate` is put in place a loop turn after
the first paint, or at the first row inserted or removed, whichever comes first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLine, QModelIndex, QPersistentModelIndex, QRect, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QScrollBar, QTableView, QWidget

from annotator.ui.span_delegate import SpanCellDelegate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyle, QStyleOptionSlider, QStyleOptionViewItem
from annotator.ui.viewport import own_viewport

_SELECTED = 0x8000  # QStyle.StateFlag.State_Selected, written out (see span_delegate.py)

# What changes the style's answers: its colours, font or style.
_LOOK_CHANGES = {
    QEvent.Type.PaletteChange,
    QEvent.Type.FontChange,
    QEvent.Type.StyleChange,
    QEvent.Type.ApplicationFontChange,
    QEvent.Type.ApplicationPaletteChange,
}

Index = QModelIndex | QPersistentModelIndex

# QStyleOptionViewItem, imported at the first paint by the table's own delegate (see the
# module docstring), then kept: an import statement run at every paint costs about as much
# as a row of cells (PySide's import hook).
_option_type: type[QStyleOptionViewItem] | None = None


def _import_option_type() -> type[QStyleOptionViewItem]:
    global _option_type
    from PySide6.QtWidgets import QStyleOptionViewItem

    _option_type = QStyleOptionViewItem
    return _option_type


# QStyleOptionSlider and the scroll bar's handle, imported when first asked (QStyle's
# Python type is not built for the first frame), then kept.
_slider_types: tuple[type[QStyleOptionSlider], QStyle.ComplexControl, QStyle.SubControl] | None = (
    None
)


def _import_slider_types() -> tuple[
    type[QStyleOptionSlider], QStyle.ComplexControl, QStyle.SubControl
]:
    global _slider_types
    from PySide6.QtWidgets import QStyle, QStyleOptionSlider

    _slider_types = (
        QStyleOptionSlider,
        QStyle.ComplexControl.CC_ScrollBar,
        QStyle.SubControl.SC_ScrollBarSlider,
    )
    return _slider_types


class SpanScrollBar(QScrollBar):
    """The span table's vertical scroll bar: a change of its range, page step or value that
    leaves the handle on the pixels where it was painted paints nothing.

    A row tagged or deleted in a table of thousands changes the range by one, which
    moves the handle by less than a pixel; Qt repainted the whole bar for it at every
    key press (about a twentieth of a tag's instructions, issue 16). Until `watch` is
    called (after the table's first frame) every change repaints, as Qt's: the handle's
    place is asked of the style, whose Python type PySide builds at first use.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self._watching = False
        self._painted: tuple[QRect, bool] | None = None  # (the handle, enabled) last painted

    def watch(self) -> None:
        """From now on, a change that leaves the handle where it was paints nothing."""
        self._watching = True

    def _look(self) -> tuple[QRect, bool]:
        option_type, control, slider = _slider_types or _import_slider_types()
        option = option_type()
        self.initStyleOption(option)
        handle = self.style().subControlRect(control, option, slider, self)
        return handle, self.isEnabled()

    def sliderChange(self, change: QScrollBar.SliderChange) -> None:
        if self._watching and self._painted is not None and self._look() == self._painted:
            return  # the same pixels: no repaint
        super().sliderChange(change)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._watching:
            self._painted = self._look()


class SpanTableView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        own_viewport(self)  # known to PySide: `viewport()` below costs nothing (ui/viewport.py)
        # Repaints only when its handle moves (see SpanScrollBar).
        self.setVerticalScrollBar(SpanScrollBar(self))
        # True after rows were moved in place, until the view's next layout.
        self._moved = False
        # Qt copies pixels on a scroll only in a widget that paints all of its own; this
        # one paints its (style sheet) background itself in paintEvent.
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        # Style state flags -> (the style draws top/left grid lines, the grid colour, the
        # selection colour is opaque), asked of the style once per look, not per paint.
        self._look: dict[int, tuple[bool, int, bool]] = {}
        # The cell delegate waiting for the first frame to be painted (see the docstring).
        self._waiting: SpanCellDelegate | None = None
        self._taking = False  # a timer is set to put it in place

    def set_cell_delegate(self, delegate: SpanCellDelegate) -> None:
        """Paint the cells with `delegate` from a loop turn after the table's next paint
        on, or from its next row inserted or removed, whichever comes first."""
        self._waiting = delegate

    def take_cell_delegate(self) -> None:
        """Put the waiting cell delegate in place now (nothing when none waits)."""
        delegate, self._waiting = self._waiting, None
        if delegate is not None:
            self.setItemDelegate(delegate)
            bar = self.verticalScrollBar()
            if isinstance(bar, SpanScrollBar):
                bar.watch()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _LOOK_CHANGES:
            self._look.clear()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._waiting is not None and not self._taking:
            self._taking = True
            QTimer.singleShot(0, self.take_cell_delegate)
        viewport = self.viewport()
        painter = QPainter(viewport)
        # fillRect's overloads would have PySide build QGradient (its 169 presets); this
        # fills the same rectangle with the same brush.
        painter.setBackground(viewport.palette().brush(viewport.backgroundRole()))
        painter.eraseRect(event.rect())
        rects: list[QRect] = list(event.region())  # type: ignore[call-overload]
        painted = self._paint_rows(painter, rects)
        painter.end()
        if not painted:
            super().paintEvent(event)

    def _paint_rows(self, painter: QPainter, dirty: list[QRect]) -> bool:
        """Paint the cells and grid lines over the `dirty` rectangles as QTableView does,
        in one call: Qt's own paint calls the delegate once per cell (about 80 calls from
        C++ into Python for a screen of rows, most of a scroll's cost). False, and
        nothing painted, where the view is in a state only Qt's paint draws (another
        delegate, alternating colours, right to left, hidden rows, the focus frame of the
        current cell, a style drawing extra grid lines, a translucent selection)."""
        delegate = self.itemDelegate()
        model = self.model()
        if not isinstance(delegate, SpanCellDelegate) or model is None:
            return False
        if self.alternatingRowColors() or self.isRightToLeft():
            return False
        rows, columns = self.verticalHeader(), self.horizontalHeader()
        if rows.sectionsHidden() or self.rootIndex().isValid():
            return False
        viewport = self.viewport()
        if self.currentIndex().isValid() and (self.hasFocus() or viewport.hasFocus()):
            return False  # the current cell's focus frame: Qt's delegate draws it
        option = (_option_type or _import_option_type())()
        self.initViewItemOption(option)
        base = option.state.value
        look = self._look.get(base)
        if look is None:
            from PySide6.QtWidgets import QStyle

            style = self.style()
            hint = QStyle.StyleHint
            look = self._look[base] = (
                bool(style.styleHint(hint.SH_Table_AlwaysDrawLeftTopGridLines, option, self)),
                style.styleHint(hint.SH_Table_GridLineColor, option, self) & 0xFFFFFFFF,
                option.palette.highlight().color().alpha() == 255,
            )
        left_top_lines, grid_color, opaque_selection = look
        if left_top_lines:
            return False
        if not opaque_selection:
            return False  # Qt fills a selected cell twice (row panel, then the delegate)
        if columns.count() == 0 or rows.count() == 0:
            return True
        grid = 1 if self.showGrid() else 0
        selection = self.selectionModel()
        chosen = selection.selection() if selection is not None else None
        ranges = [
            (r.top(), r.bottom(), r.left(), r.right())
            for r in (chosen.at(n) for n in range(chosen.size() if chosen is not None else 0))
        ]
        # As QTableView::paintEvent, rectangle by rectangle of the region (a row removed
        # repaints a few bands, not all between them), each cell once, nothing right of
        # the last column or below the last row; grid lines over each rectangle.
        right_edge = columns.length() - columns.offset() - 1
        bottom_edge = rows.length() - rows.offset() - 1
        # Rows of one height in their own order (this table's): a row's place is
        # arithmetic, not three calls into the header per row.
        step = rows.defaultSectionSize()
        uniform = not rows.sectionsMoved() and rows.length() == rows.count() * step
        row_offset = rows.offset()
        cells: list[tuple[int, int, int, int, int, int, int]] = []
        drawn: set[tuple[int, int]] = set()
        grid_lines: list[tuple[int, int, int, int]] = []  # x1, y1, x2, y2
        for rect in dirty:
            west, north = rect.left(), rect.top()
            east, south = min(rect.right(), right_edge), min(rect.bottom(), bottom_edge)
            if east < west or south < north:
                continue
            top = rows.visualIndexAt(north)
            bottom = rows.visualIndexAt(south)
            if bottom == -1:
                bottom = rows.count() - 1
            if top == -1 or top > bottom:
                continue
            left = max(0, columns.visualIndexAt(west))
            right = columns.visualIndexAt(east)
            if right == -1:
                right = columns.count() - 1
            shown = []
            for visual in range(left, right + 1):
                column = columns.logicalIndex(visual)
                if not columns.isSectionHidden(column):
                    x = columns.sectionViewportPosition(column)
                    shown.append((column, x, columns.sectionSize(column) - grid))
            for visual in range(top, bottom + 1):
                if uniform:
                    row, y, height = visual, visual * step - row_offset, step - grid
                else:
                    row = rows.logicalIndex(visual)
                    y = rows.sectionViewportPosition(row)
                    height = rows.sectionSize(row) - grid
                grid_lines.append((west, y + height, east, y + height))
                for column, x, width in shown:
                    if (row, column) in drawn:
                        continue
                    drawn.add((row, column))
                    state = base
                    for first, last, left_column, right_column in ranges:
                        if first <= row <= last and left_column <= column <= right_column:
                            state |= _SELECTED
                            break
                    cells.append((x, y, width, height, row, column, state))
            grid_lines += [(x + width, north, x + width, south) for _c, x, width in shown]
        if not delegate.paint_cells(painter, cells):
            return False
        if grid and grid_lines:
            color = QColor.fromRgba(grid_color)
            scale = painter.deviceTransform()
            if (
                scale.m11() == 1.0
                and scale.m22() == 1.0
                and color.alpha() == 255
                and self.gridStyle() == Qt.PenStyle.SolidLine
            ):
                # One device pixel a pixel: a solid line is the row (or column) of pixels
                # it runs through, filled at once; Qt's line drawing blends it pixel by
                # pixel (about 50,000 instructions a line, a sixth of a screen's paint).
                painter.setBackground(QBrush(color))
                erase = painter.eraseRect
                for x1, y1, x2, y2 in grid_lines:
                    erase(x1, y1, x2 - x1 + 1, y2 - y1 + 1)
            else:
                painter.setPen(QPen(color, 1, self.gridStyle()))
                # A line through the middle of its pixel, as Qt's: at a device pixel ratio
                # above 1 a line on the pixel's edge lands half a pixel up (and left).
                painter.translate(0.5, 0.5)
                painter.drawLines([QLine(*line) for line in grid_lines])
                painter.translate(-0.5, -0.5)
        return True

    def setModel(self, model) -> None:  # type: ignore[no-untyped-def]
        old = self.model()
        if old is not None:
            old.rowsInserted.disconnect(self._rows_inserted)
            old.rowsRemoved.disconnect(self._rows_removed)
            old.modelReset.disconnect(self._forget_move)
        super().setModel(model)
        if model is not None:
            # Connected after the view's own slots: the rows' new places are known.
            model.rowsInserted.connect(self._rows_inserted)
            model.rowsRemoved.connect(self._rows_removed)
            model.modelReset.connect(self._forget_move)

    def _rows_inserted(self, parent: Index, first: int, last: int) -> None:
        self._move_rows(parent, first, last - first + 1)

    def _rows_removed(self, parent: Index, first: int, last: int) -> None:
        self._move_rows(parent, first, -(last - first + 1))

    def _forget_move(self) -> None:
        self._moved = False

    def _move_rows(self, parent: Index, first: int, count: int) -> None:
        """Move the pixels of the rows from `first` on by `count` rows (down for rows
        inserted, up for rows removed) and uncover the rows that need painting."""
        self.take_cell_delegate()  # a key's repaint is what the cell delegate is for
        if (
            parent.isValid()
            or not self.isVisible()
            or self.alternatingRowColors()
            or self.verticalScrollMode() != QAbstractItemView.ScrollMode.ScrollPerItem
        ):
            return
        header = self.verticalHeader()
        height = header.defaultSectionSize()
        viewport = self.viewport()
        if height <= 0 or header.sectionResizeMode(0) != QHeaderView.ResizeMode.Fixed:
            return
        # Where row `first` stands now (inserted) or the row after the ones removed.
        top = self.rowViewportPosition(first) if first < self.model().rowCount() else None
        if top is None:
            top = header.length() - header.offset()
        top = max(0, top)
        if top >= viewport.height():
            self._moved = True  # below the rows on screen: only the scroll bar changes
            return
        # The rows inserted, or those coming up from below the removed ones, are
        # uncovered by the move: Qt paints them.
        viewport.scroll(0, count * height, QRect(0, top, viewport.width(), viewport.height() - top))
        self._moved = True

    def doItemsLayout(self) -> None:
        if not self._moved:
            super().doItemsLayout()
            return
        # The rows are in place already: only the scroll bars and the headers follow.
        self._moved = False
        # One row a scroll step: the bar's range is the rows that do not fit (as Qt
        # computes it for rows of one height).
        bar = self.verticalScrollBar()
        rows = self.model().rowCount()
        fit = max(1, self.viewport().height() // self.verticalHeader().defaultSectionSize())
        last = max(0, rows - fit)
        if (bar.maximum() > 0) != (last > 0) or bar.value() > last:
            # The bar comes or goes, or the rows on screen move: Qt lays the view out.
            super().doItemsLayout()
            return
        # Told quietly: the scroll area answers a new range by repainting the whole
        # viewport, and here nothing else on screen changes with it.
        bar.blockSignals(True)
        try:
            bar.setRange(0, last)
            bar.setPageStep(fit)
        finally:
            bar.blockSignals(False)
        self.verticalHeader().setUpdatesEnabled(True)
