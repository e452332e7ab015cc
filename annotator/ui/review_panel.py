"""The review mode's side panel: whose work to compare, the clusters to decide, comments.

Decisions go through `ReviewCommand` (undoable) into the gold layer kept by
annotator.store.review; the article shows each cluster coloured by its class.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.agreement import AgreementReport
from annotator.store import review
from annotator.store.repository import Repository
from annotator.ui.article_view import plain_tooltip, tint
from annotator.ui.table_model import ColumnsModel

Index = QModelIndex | QPersistentModelIndex

# How each class of cluster looks in the article and the list (colour-blind-safe hues).
CLASS_COLORS = {
    "agreed": "#009E73",
    "label_conflict": "#CC3311",
    "boundary_conflict": "#E69F00",
    "mixed": "#AA3377",
    "only_in_one": "#7A808A",
    "only_in_some": "#7A808A",
    "decided": "#56B4E9",
}
CLASS_TEXT = {
    "agreed": "agreed",
    "label_conflict": "label conflict",
    "boundary_conflict": "boundary conflict",
    "mixed": "extent and label differ",
    "only_in_one": "only in one",
    "only_in_some": "only in some",
}


class ReviewCommand(QUndoCommand):
    """One review decision (or a batch, e.g. accept all agreed) as one undo step."""

    def __init__(
        self,
        repo: Repository,
        reviewer: str,
        text: str,
        decide: Callable[[], list[review.Decision]],
        after: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self.repo = repo
        self.reviewer = reviewer
        self.decide = decide
        self.after = after
        self.made: list[review.Decision] | None = None

    def redo(self) -> None:
        if self.made is None:
            self.made = self.decide()
        else:
            review.restore_adjudications(self.repo, self.made, by=self.reviewer)
        self.after()

    def undo(self) -> None:
        assert self.made is not None
        if self.made:
            review.undo_adjudications(self.repo, [d.id for d in self.made], by=self.reviewer)
        self.after()


class GoldStatusCommand(QUndoCommand):
    """Mark a document's gold layer done (reviewed), so `export --gold --status done` takes it."""

    def __init__(self, repo: Repository, document_id: str, after: Callable[[], None]) -> None:
        super().__init__("Mark reviewed")
        self.repo = repo
        self.document_id = document_id
        self.after = after
        self.previous: str | None = None

    def redo(self) -> None:
        gold = review.ensure_gold_annotator(self.repo)
        previous = self.repo.set_status(self.document_id, gold, "done")
        if self.previous is None:
            self.previous = previous
        self.after()

    def undo(self) -> None:
        assert self.previous is not None
        gold = review.gold_annotator_name(self.repo)
        self.repo.set_status(self.document_id, gold, self.previous)
        self.after()


class ClusterModel(ColumnsModel):
    COLUMNS = ("Class", "Text", "Versions", "Decision")

    def __init__(self) -> None:
        super().__init__()
        self.clusters: list[review.ReviewCluster] = []
        self.text = ""

    def set_clusters(self, text: str, clusters: Sequence[review.ReviewCluster]) -> None:
        self.beginResetModel()
        self.text = text
        self.clusters = list(clusters)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.clusters)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.clusters):
            return None
        item = self.clusters[index.row()]
        cluster = item.cluster
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return CLASS_TEXT.get(cluster.kind, cluster.kind)
            if index.column() == 1:
                return " ".join(self.text[cluster.start : cluster.end].split())[:60]
            if index.column() == 2:
                versions = [f"{s.annotator}: {s.label}" for s in cluster.spans]
                versions += [f"{name}: —" for name in cluster.missing]
                return ", ".join(versions)
            return ", ".join(d.decision for d in item.decisions) if item.decisions else ""
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 0:
            key = "decided" if item.decided else cluster.kind
            return QBrush(tint(QColor(CLASS_COLORS.get(key, "#888888")), 0.7))
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(
                "\n".join(
                    f"{s.annotator}: {s.label} “{self.text[s.start : s.end]}” {s.attributes or ''}"
                    for s in cluster.spans
                )
            )
        return None


class ReviewPanel(QWidget):
    annotatorsChanged = Signal(list)
    clusterActivated = Signal(int)
    acceptRequested = Signal()
    rejectRequested = Signal()
    acceptAllRequested = Signal()
    agreementRequested = Signal()
    commentAdded = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        title = QLabel("Compare annotators")
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        self._filling = False
        self.annotator_model = QStandardItemModel(self)
        self.annotator_view = QListView()
        self.annotator_view.setModel(self.annotator_model)
        self.annotator_view.setMaximumHeight(96)
        self.annotator_model.itemChanged.connect(lambda _item: self._emit_annotators())
        layout.addWidget(self.annotator_view)

        buttons = QHBoxLayout()
        self.accept_button = QPushButton("Accept  ⏎")
        self.reject_button = QPushButton("Reject  ⌫")
        self.accept_all_button = QPushButton("Accept all agreed")
        self.agreement_button = QPushButton("Agreement…")
        for button, signal in (
            (self.accept_button, self.acceptRequested),
            (self.reject_button, self.rejectRequested),
            (self.accept_all_button, self.acceptAllRequested),
            (self.agreement_button, self.agreementRequested),
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(signal.emit)
            buttons.addWidget(button)
        layout.addLayout(buttons)

        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = ClusterModel()
        self.table = QTableView()
        self.table.setObjectName("clusterTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 110)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 130)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.clicked.connect(lambda index: self.clusterActivated.emit(index.row()))
        layout.addWidget(self.table, 1)

        comments_title = QLabel("Comments (everyone who opens this document sees them)")
        comments_title.setObjectName("sectionTitle")
        layout.addWidget(comments_title)
        self.comment_model = QStringListModel(self)
        self.comment_view = QListView()
        self.comment_view.setModel(self.comment_model)
        self.comment_view.setMaximumHeight(110)
        self.comment_view.setWordWrap(True)
        layout.addWidget(self.comment_view)
        self.comment_box = QLineEdit()
        self.comment_box.setPlaceholderText("Comment on the selected cluster or the document…")
        self.comment_box.returnPressed.connect(self._comment)
        layout.addWidget(self.comment_box)

    def set_annotators(self, available: Sequence[str], chosen: Sequence[str]) -> None:
        # Not blockSignals(): the view must hear about the rows; a flag mutes itemChanged.
        self._filling = True
        self.annotator_model.clear()
        for name in available:
            item = QStandardItem(name)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
            self.annotator_model.appendRow(item)
        self._filling = False

    def chosen(self) -> list[str]:
        model = self.annotator_model
        return [
            model.item(row).text()
            for row in range(model.rowCount())
            if model.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _emit_annotators(self) -> None:
        if not self._filling:
            self.annotatorsChanged.emit(self.chosen())

    def _comment(self) -> None:
        text = self.comment_box.text().strip()
        if text:
            self.commentAdded.emit(text)
            self.comment_box.clear()

    def select_row(self, row: int | None) -> None:
        if row is None:
            self.table.clearSelection()
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))


def agreement_dialog(parent: QWidget, report: AgreementReport, scope: str) -> QDialog:
    """A table of agreement figures: each pair, and all together, per label and overall."""
    from PySide6.QtGui import QStandardItemModel as Model

    def fmt(value: float | None) -> str:
        return "—" if value is None else f"{value:.3f}"

    model = Model()
    model.setHorizontalHeaderLabels(
        [
            "Annotators",
            "Label",
            "Exact F1",
            "Overlap F1",
            "Cohen's κ",
            "Fleiss' κ",
            "Krippendorff's α",
            "Spans",
        ]
    )
    for figures in report.pairs:
        row = [
            " ↔ ".join(figures.annotators),
            figures.label or "all labels",
            fmt(figures.exact_f1),
            fmt(figures.overlap_f1),
            fmt(figures.cohen_kappa),
            "",
            "",
            f"{figures.spans_a} / {figures.spans_b}",
        ]
        model.appendRow([QStandardItem(cell) for cell in row])
    for group in report.groups:
        row = [
            "all: " + ", ".join(group.annotators),
            group.label or "all labels",
            "",
            "",
            "",
            fmt(group.fleiss_kappa),
            fmt(group.krippendorff_alpha),
            "",
        ]
        model.appendRow([QStandardItem(cell) for cell in row])
    dialog = QDialog(parent)
    dialog.setWindowTitle("Agreement")
    layout = QVBoxLayout(dialog)
    layout.addWidget(
        QLabel(
            f"{scope}: {report.documents} documents, {report.tokens} tokens. Token-level figures "
            "tag each token with its label or O."
        )
    )
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    layout.addWidget(view)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(820, 420)
    dialog.model = model  # type: ignore[attr-defined]
    return dialog
