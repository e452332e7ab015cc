"""The document list: a Qt table model that fetches pages from SQLite as it scrolls.

Rows come in import order, a page at a time (canFetchMore/fetchMore), so a
corpus of 100,000 documents opens as fast as one of ten.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QModelRoleData,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from annotator.store import review
from annotator.store.repository import DocumentRow, Repository
from annotator.ui.article_view import plain_tooltip
from annotator.ui.table_model import (
    ALIGNMENT_AT,
    DISPLAY_AT,
    DISPLAY_ROLE,
    FOREGROUND_AT,
    HORIZONTAL,
    PaintedCellsModel,
)

STATUS_TEXT = {"todo": "to do", "in_progress": "in progress", "done": "done"}
STATUS_COLOR = {"todo": "#8a8f98", "in_progress": "#b26a00", "done": "#1b7f3b"}
REVIEW_COLOR = {"not started": "#8a8f98", "partly": "#b26a00", "adjudicated": "#1b7f3b"}
PAGE = 200
# The first page is what a window shows without scrolling (about 30 rows at 860 px);
# the view fetches the next pages itself when it is taller or scrolled. Each row read
# before the first frame cost about 40,000 instructions (its status and span-count
# queries, its objects, the view's row): 200 of them about 8 M (issue 16).
FIRST_PAGE = 64
# Brushes are made with their style given: QBrush(QColor) alone has PySide weigh the
# gradient and image overloads, building QGradient's and QImage's Python types (about
# 200 enum members) before the first frame (issue 16). The same solid brush.
_SOLID = Qt.BrushStyle.SolidPattern
# data() is asked for every visible cell and role at each repaint (about 550 calls for
# the first frame): plain int roles, not two enum lookups per comparison.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ID = int(Qt.ItemDataRole.UserRole) + 1
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _FOREGROUND, _ALIGNMENT, _ID})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Index = QModelIndex | QPersistentModelIndex


class DocumentListModel(PaintedCellsModel):
    COLUMNS = ("Title", "Status", "Spans")
    IdRole = _ID

    def __init__(self, repo: Repository, annotator: str) -> None:
        super().__init__()
        self.repo = repo
        self.annotator = annotator
        self.text_filter = ""
        self.status_filter: str | None = None
        self.rows: list[DocumentRow] = []
        self.position: dict[str, int] = {}
        self.total = 0
        # In review mode the status column shows review progress of these annotators.
        self.review_annotators: list[str] | None = None
        self.review_status: dict[str, str] = {}
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.total = self.repo.document_count(
            self.annotator, self.text_filter or None, self.status_filter
        )
        self.rows = []
        self.position = {}  # document id -> row, for the rows loaded
        self.endResetModel()
        if self.total:
            self.fetchMore(QModelIndex())

    def set_filter(self, text: str, status: str | None) -> None:
        if (text, status) != (self.text_filter, self.status_filter):
            self.text_filter, self.status_filter = text, status
            self.reload()

    # -- Qt model interface ------------------------------------------------------

    def row_total(self) -> int:
        return len(self.rows)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        size = PAGE if self.rows else FIRST_PAGE
        page = self.repo.document_rows(
            self.annotator, len(self.rows), size, self.text_filter or None, self.status_filter
        )
        if not page:
            self.total = len(self.rows)
            return
        first = len(self.rows)
        if self.review_annotators is not None:
            self.review_status.update(
                review.review_progress_many(self.repo, [r.id for r in page], self.review_annotators)
            )
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        for number, row in enumerate(page, start=first):
            self.position[row.id] = number
        self.rows.extend(page)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE
    ) -> Any:
        if role == DISPLAY_ROLE and orientation == HORIZONTAL:  # see table_model
            if section == 1 and self.review_annotators is not None:
                return "Review"
            return self.COLUMNS[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ANSWERED:  # most roles asked: the view's defaults serve
            return None
        number = index.row()  # -1 for an invalid index
        if number < 0 or number >= len(self.rows):
            return None
        row = self.rows[number]
        column = index.column()
        if role == _DISPLAY:
            if column == 1 and self.review_annotators is not None:
                return self.review_status.get(row.id, "")
            return (row.title, STATUS_TEXT.get(row.status, row.status), row.span_count)[column]
        if role == _TOOLTIP and column == 0:
            return plain_tooltip(row.title)
        if role == _FOREGROUND and column == 1:
            if self.review_annotators is not None:
                color = REVIEW_COLOR.get(self.review_status.get(row.id, ""), "#000000")
                return QBrush(QColor(color), _SOLID)
            return QBrush(QColor(STATUS_COLOR.get(row.status, "#000000")), _SOLID)
        if role == _ALIGNMENT and column == 2:
            return _RIGHT
        if role == _ID:
            return row.id
        return None

    def fill_painted_cell(self, roles: Sequence[QModelRoleData], index: Index, row: int) -> None:
        # What `data` gives (see table_model.CELL_ROLES).
        column = index.column()
        roles[DISPLAY_AT].setData(self.data(index, _DISPLAY))
        roles[FOREGROUND_AT].setData(self.data(index, _FOREGROUND) if column == 1 else None)
        roles[ALIGNMENT_AT].setData(_RIGHT if column == 2 else None)

    # -- helpers for the window --------------------------------------------------

    def set_review(self, annotators: list[str] | None) -> None:
        """Show review progress of `annotators` in the status column (None: own status)."""
        self.review_annotators = list(annotators) if annotators is not None else None
        self.review_status = {}
        if self.review_annotators is not None and self.rows:
            self.review_status = review.review_progress_many(
                self.repo, [r.id for r in self.rows], self.review_annotators
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self.rows) - 1, 1))

    def refresh_review(self, document_id: str, status: str | None = None) -> None:
        """Show `document_id`'s review progress again (`status` when the caller knows it)."""
        if self.review_annotators is None:
            return
        number = self.position.get(document_id)
        if number is not None:
            if status is None:
                self.review_status.update(
                    review.review_progress_many(self.repo, [document_id], self.review_annotators)
                )
            else:
                self.review_status[document_id] = status
            self.dataChanged.emit(self.index(number, 1), self.index(number, 1))

    def row_of(self, document_id: str) -> int | None:
        """The row showing `document_id`, fetching pages until it appears (None if filtered)."""
        while document_id not in self.position:
            if not self.canFetchMore(QModelIndex()):
                return None
            self.fetchMore(QModelIndex())
        return self.position[document_id]

    def refresh_document(
        self, document_id: str, span_count: int | None = None, *, spans_only: bool = False
    ) -> None:
        """Re-read one row (status, span count) after an edit, without resetting the list.

        `span_count`, when the caller knows it (the open document), saves the count query.
        `spans_only`: only spans changed, which moves a to-do document to in progress
        and leaves any other status as it is, so the status is read only for a to-do row.
        """
        number = self.position.get(document_id)
        if number is None:
            return
        row = self.rows[number]
        count = (
            span_count
            if span_count is not None
            else sum(self.repo.label_counts(document_id, self.annotator).values())
        )
        if spans_only and row.status != "todo":
            status = row.status
        else:
            status = self.repo.status(document_id, self.annotator)
        self.rows[number] = DocumentRow(row.id, row.seq, row.title, status, count)
        # Only the cells that changed are repainted (a key press: the span count). In
        # review the status column shows the review's progress: the whole row, as before.
        first = 0 if self.review_annotators is not None or status != row.status else 2
        last = 2 if first == 0 or count != row.span_count else 1
        if first <= last:
            self.dataChanged.emit(self.index(number, first), self.index(number, last))
