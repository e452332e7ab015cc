"""The part every flat table model here shares: fixed columns, rows counted by the subclass."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
# The header asks each section for about a dozen roles at every paint (some 450 calls
# before the first frame): the role, a plain int, is compared first, and with constants
# rather than two enum lookups per call.
DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
HORIZONTAL = Qt.Orientation.Horizontal

# The roles Qt's standard delegate asks of every cell it paints, all in one `multiData`
# call and in this order (QStyledItemDelegate::initStyleOption; tests/ui/
# test_table_cells.py checks it against the running Qt). A model that answers such a
# call itself, by position, makes one Python call a cell instead of seven `data` calls:
# the first frame paints about a hundred cells with it (issue 16). Each entry made a
# Python object costs about a `data` call, so only the entries a model ever fills are
# written. The delegate keeps its entries from cell to cell (Qt's default `multiData`
# writes all seven): a model writes each entry it fills for some cells at every cell,
# empty where it has nothing, and an entry it never fills (the check state, the icon)
# stays empty. A view's standard delegate serves the one model the view shows.
CELL_ROLES = tuple(
    int(role)
    for role in (
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.BackgroundRole,
    )
)
FONT_AT, ALIGNMENT_AT, FOREGROUND_AT, DISPLAY_AT, BACKGROUND_AT = 0, 1, 2, 5, 6


def painted_cell(roles: QModelRoleDataSpan | QModelRoleData) -> Sequence[QModelRoleData] | None:
    """`roles` (a `multiData` call's) as a sequence when they are CELL_ROLES, in order: the
    standard delegate's question; else None (answer it role by role through `data`).
    Checked by their number and the display role's place only: the span's entries are
    Python objects made at each access."""
    if not isinstance(roles, QModelRoleDataSpan):
        return None
    entries = cast("Sequence[QModelRoleData]", roles)  # PySide's stubs lack len and [i]
    if len(entries) == len(CELL_ROLES) and entries[DISPLAY_AT].role() == DISPLAY_ROLE:
        return entries
    return None


class ColumnsModel(QAbstractTableModel):
    """A flat table with the header `COLUMNS`; subclasses give `row_total()` and `data()`."""

    COLUMNS: tuple[str, ...] = ()

    def row_total(self) -> int:
        """How many rows are loaded and shown."""
        return 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE
    ) -> Any:
        if role == DISPLAY_ROLE and orientation == HORIZONTAL:
            return self.COLUMNS[section]
        return None


class PaintedCellsModel(ColumnsModel):
    """A `ColumnsModel` that answers a cell painted by Qt's standard delegate in one
    Python call (`painted_cell`); any other question goes role by role through `data`.
    Subclasses give `fill_painted_cell`."""

    def fill_painted_cell(self, roles: Sequence[QModelRoleData], index: Index, row: int) -> None:
        """Write the entries of the cell at `index` (in `row`) into `roles` (CELL_ROLES, by
        place): every entry the model fills for some cell, empty (None) where this cell has
        nothing, since the delegate keeps its entries from the cell before."""
        raise NotImplementedError

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        roles = painted_cell(roleDataSpan)
        if roles is None:
            super().multiData(index, roleDataSpan)
            return
        row = index.row()
        if 0 <= row < self.row_total():
            self.fill_painted_cell(roles, index, row)
