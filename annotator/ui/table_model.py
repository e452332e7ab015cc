"""The part every flat table model here shares: fixed columns, rows counted by the subclass."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
# The header asks each section for about a dozen roles at every paint (some 450 calls
# before the first frame): the role, a plain int, is compared first, and with constants
# rather than two enum lookups per call.
DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
HORIZONTAL = Qt.Orientation.Horizontal


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
