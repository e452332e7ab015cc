"""The actor registry view: canonical actors with mention counts and documents.

Select two actors and "Merge" to fold the less mentioned into the more
mentioned one (one undoable step). "Link" ties the ACTOR span selected in the
article (`selected_span()`, given by whoever installs the panel) to the actor
typed in the completer box; a name nobody has yet creates the actor on the
fly. The alias-match suggestion for the selected span fills the box.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.core.spans import actor_types
from annotator.services.operations import LinkActor, MergeActors
from annotator.store import actors as registry
from annotator.ui.article_view import plain_tooltip
from annotator.ui.commands import push
from annotator.ui.session import Session
from annotator.ui.table_model import ColumnsModel

_Index = QModelIndex | QPersistentModelIndex


class ActorsModel(ColumnsModel):
    COLUMNS = ("Actor", "Type", "Mentions", "Documents", "Quoted")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[registry.ActorSummary] = []

    def set_rows(self, rows: list[registry.ActorSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.actor.name, row.actor.type, row.mentions, row.documents, row.quotes)[
                index.column()
            ]
        if role == Qt.ItemDataRole.ToolTipRole and row.actor.aliases:
            return plain_tooltip("Also: " + ", ".join(row.actor.aliases))
        return None


class ActorRegistryPanel(QWidget):
    openHit = Signal(str, int, int)  # document id, start, end of a mention
    actorsChanged = Signal()

    def __init__(
        self,
        session: Session,
        undo_stack: QUndoStack,
        parent: Any = None,
        selected_span: Callable[[], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack
        self.selected_span = selected_span or (lambda: None)
        self.model = ActorsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.documents = QStandardItemModel(self)
        self.document_list = QListView()
        self.document_list.setModel(self.documents)
        self.document_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.names = QStringListModel(self)
        self.name_edit = QLineEdit(placeholderText="Actor for the selected ACTOR span…")
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name_edit.setCompleter(completer)
        self.type_box = QComboBox()
        self.type_box.addItems(list(actor_types(session.repo.schema())))
        self.link_button = QPushButton("Link")
        self.suggest_button = QPushButton("Suggest")
        self.merge_button = QPushButton("Merge selected")
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it shows stored actor names

        link_row = QHBoxLayout()
        link_row.addWidget(self.name_edit, 1)
        link_row.addWidget(self.type_box)
        link_row.addWidget(self.suggest_button)
        link_row.addWidget(self.link_button)
        layout = QVBoxLayout(self)
        layout.addLayout(link_row)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel("Documents mentioning the selected actor:"))
        layout.addWidget(self.document_list, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.merge_button)
        layout.addLayout(bottom)

        self.link_button.clicked.connect(self.link_selected_span)
        self.name_edit.returnPressed.connect(self.link_selected_span)
        self.suggest_button.clicked.connect(self.suggest)
        self.merge_button.clicked.connect(self.merge_selected)
        self.table.selectionModel().selectionChanged.connect(self._show_documents)
        self.document_list.activated.connect(self._open_document)
        self.refresh()

    def refresh(self) -> None:
        selected = {r.actor.id for r in self.selected_rows()}
        self.model.set_rows(registry.registry(self.session.repo))
        self.names.setStringList([row.actor.name for row in self.model.rows])
        for i, row in enumerate(self.model.rows):
            if row.actor.id in selected:
                self.table.selectRow(i)
        self.actorsChanged.emit()

    def selected_rows(self) -> list[registry.ActorSummary]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r] for r in rows if r < len(self.model.rows)]

    def _show_documents(self) -> None:
        self.documents.clear()
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        actor_id = rows[0].actor.id
        mentions = registry.actor_mentions(self.session.repo, actor_id)
        first: dict[str, tuple[int, int]] = {}
        for _span, doc_id, start, end in mentions:
            first.setdefault(doc_id, (start, end))
        for doc_id, title, count in registry.actor_documents(self.session.repo, actor_id):
            item = QStandardItem(f"{title}  ({count})")
            item.setData((doc_id, *first.get(doc_id, (0, 0))), Qt.ItemDataRole.UserRole)
            self.documents.appendRow(item)

    def _open_document(self, index: QModelIndex) -> None:
        doc_id, start, end = index.data(Qt.ItemDataRole.UserRole)
        self.openHit.emit(doc_id, start, end)

    # -- linking ---------------------------------------------------------------------

    def suggest(self) -> str | None:
        """Fill the box with the actor whose name or alias matches the selected span's text."""
        span_id = self.selected_span()
        if span_id is None:
            return None
        span = self.session.repo.span(span_id)
        text = self.session.repo.document(span.document_id).text[span.start : span.end]
        found = registry.suggest_actors(self.session.repo, text)
        if found:
            self.name_edit.setText(found[0].name)
            self.status.setText(f"Alias match: {found[0].name}")
            return found[0].id
        self.name_edit.setText(text)
        if span.attributes.get("type") in actor_types(self.session.repo.schema()):
            self.type_box.setCurrentText(str(span.attributes["type"]))
        self.status.setText("No actor matches yet: Link creates it.")
        return None

    def link(self, span_id: str, name: str, kind: str | None = None) -> str | None:
        """Link the span to the actor called `name` (created if nobody has that name)."""
        name = name.strip()
        if not name:
            return None
        match = next(
            (
                r.actor
                for r in self.model.rows
                if registry.fold(r.actor.name) == registry.fold(name)
            ),
            None,
        )
        if match is None:
            aliased = registry.suggest_actors(self.session.repo, name)
            match = aliased[0] if aliased else None
        edit = LinkActor(
            span_id,
            match.id if match else None,
            None if match else (name, kind or self.type_box.currentText()),
        )
        try:
            push(self.undo_stack, self.session, edit, self.refresh)
        except AnnotatorError as exc:
            self.status.setText(str(exc))
            return None
        self.status.setText(f"Linked to {name}.")
        return edit.actor_id

    def link_selected_span(self) -> str | None:
        span_id = self.selected_span()
        if span_id is None:
            self.status.setText("Select an ACTOR span in the article first.")
            return None
        return self.link(span_id, self.name_edit.text())

    # -- merging ---------------------------------------------------------------------

    def merge(self, source_id: str, target_id: str) -> None:
        push(self.undo_stack, self.session, MergeActors(source_id, target_id), self.refresh)

    def merge_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 2:
            self.status.setText("Select exactly two actors to merge.")
            return
        target, source = sorted(rows, key=lambda r: (-r.mentions, r.actor.name))
        self.merge(source.actor.id, target.actor.id)
        self.status.setText(f"Merged {source.actor.name} into {target.actor.name}.")
