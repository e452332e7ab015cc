"""The corpus search panel: a query, toggles and filters, hits in keyword-in-context rows.

Hits are fetched lazily (`canFetchMore`/`fetchMore`) from
`annotator.store.search.iter_hits`. Enter opens the document at the hit
(`openHit`); a label's key (as the keymap sets it) annotates the selected hits in place, snapped
as by hand, as one undoable step; "Annotate all" previews the count first.
After the analyst edits spans (the Session's span signals, or any undoable
step, which covers bulk edits in documents that are not open) the last query
runs again, once per burst of edits, keeping the loaded rows and selection.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from itertools import islice
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QKeyCombination,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.services.operations import TagSpans
from annotator.store.search import Hit, SearchQuery, iter_hits
from annotator.ui.article_view import plain_tooltip
from annotator.ui.commands import push
from annotator.ui.corpus_commands import plan_spans
from annotator.ui.messages import plain_label
from annotator.ui.session import Session
from annotator.ui.table_model import ColumnsModel

_Index = QModelIndex | QPersistentModelIndex


class _ElideLeft(QStyledItemDelegate):
    """Left context keeps the words next to the hit and drops the far end."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


class HitsModel(ColumnsModel):
    """Search hits; rows arrive a page at a time as the view scrolls."""

    COLUMNS = ("Document", "Left", "Hit", "Right", "Tagged")
    PAGE = 100

    def __init__(self, parent: Any = None, spans_of: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []
        self._source: Iterator[Hit] | None = None
        # callable(document id) -> the analyst's spans there; asked only for rows shown.
        self.spans_of = spans_of
        self._spans: dict[str, list[Any]] = {}

    def set_source(self, source: Iterator[Hit] | None) -> None:
        self.beginResetModel()
        self.hits = []
        self._source = source
        self._spans = {}
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def row_total(self) -> int:
        return len(self.hits)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._source is not None

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid() or self._source is None:
            return
        page = list(islice(self._source, self.PAGE))
        if len(page) < self.PAGE:
            self._source = None
        if page:
            first = len(self.hits)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.hits.extend(page)
            self.endInsertRows()

    def fetch_all(self) -> list[Hit]:
        while self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        return self.hits

    def tagged(self, hit: Hit) -> list[str]:
        """The labels of the analyst's spans over the hit (overlapping it), sorted."""
        if self.spans_of is None:
            return []
        spans = self._spans.get(hit.document_id)
        if spans is None:
            spans = self._spans[hit.document_id] = list(self.spans_of(hit.document_id))
        return sorted({s.label for s in spans if s.start < hit.end and hit.start < s.end})

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if index.column() == 4:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                labels = self.tagged(hit)
                if role == Qt.ItemDataRole.ToolTipRole:
                    return ("Already tagged: " + ", ".join(labels)) if labels else "Not tagged"
                return "✓ " + ", ".join(labels) if labels else ""
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            row = (hit.title, hit.left, hit.hit, hit.right)
            return " ".join(row[index.column()].split())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.column() == 2:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{hit.title}: {hit.start}–{hit.end}")
        return None


class SearchPanel(QWidget):
    openHit = Signal(str, int, int)  # document id, start, end (code points)
    annotated = Signal(int)  # spans added
    counted = Signal(str)  # "21 hits" after a search (the dock's title shows it)

    def __init__(self, session: Session, undo_stack: QUndoStack, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack
        self.schema = session.repo.schema()
        self.query_edit = QLineEdit(placeholderText="Search all articles…")
        self.regex_box = QCheckBox("Regex")
        self.phrase_box = QCheckBox("Phrase")
        self.label_filter = QComboBox()
        self.label_filter.addItem("Any labels", None)
        for name in self.schema.names:
            self.label_filter.addItem(f"With {name}", ("with", name))
            self.label_filter.addItem(f"Without {name}", ("without", name))
        self.annotator_filter = QLineEdit(placeholderText="Annotator")
        self.status_filter = QComboBox()
        for text, value in (
            ("Any status", None),
            ("To do", "todo"),
            ("In progress", "in_progress"),
            ("Done", "done"),
        ):
            self.status_filter.addItem(text, value)
        self.model = HitsModel(self, spans_of=self._analyst_spans)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        # Keyword in context: the left context ends at the hit (elided on its left),
        # the right context starts there; both share the width evenly.
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setItemDelegateForColumn(1, _ElideLeft(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 180)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, 110)
        self.status = plain_label()
        self.all_button = QPushButton("Annotate all hits…")
        self.all_button.setToolTip("Tag every hit with a label you choose (one undo step)")

        # One row of controls: on a 720-pixel screen every row given to them is a row of
        # hits (or of article) lost.
        self.annotator_filter.setMaximumWidth(140)
        row = QHBoxLayout()
        row.addWidget(self.query_edit, 1)
        row.addWidget(self.regex_box)
        row.addWidget(self.phrase_box)
        row.addWidget(self.label_filter)
        row.addWidget(self.annotator_filter)
        row.addWidget(self.status_filter)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.query_edit.setToolTip(
            "Results appear as you type; for a regular expression press Enter"
        )
        self.query_edit.returnPressed.connect(self.run)
        # Results as you type (plain words and phrases; a regex waits for Enter, as a
        # half-typed pattern is rarely what the analyst means).
        self._typing_timer = QTimer(self)
        self._typing_timer.setSingleShot(True)
        self._typing_timer.setInterval(200)
        self._typing_timer.timeout.connect(self.run)
        self.query_edit.textChanged.connect(self._typed)
        self.regex_box.toggled.connect(lambda on: self._exclusive(on, self.phrase_box))
        self.phrase_box.toggled.connect(lambda on: self._exclusive(on, self.regex_box))
        self.table.activated.connect(self._activated)
        self.all_button.clicked.connect(self._annotate_all_clicked)
        # Label hotkeys act on the selected hits while the table has focus. The window
        # binds the same keys to its Tag actions, so the table claims them first
        # (ShortcutOverride) and handles them as plain key presses.
        self._hotkeys: dict[str, str] = {}
        self.set_label_keys(
            {label.name: [QKeySequence(label.hotkey)] for label in self.schema.labels}
        )
        self.table.installEventFilter(self)
        # The query last run, run again after edits (label filters depend on spans).
        self.last_query: SearchQuery | None = None
        self._rerun_timer = QTimer(self)
        self._rerun_timer.setSingleShot(True)
        self._rerun_timer.setInterval(0)  # once the burst of signals is over
        self._rerun_timer.timeout.connect(self.rerun)
        session.spanAdded.connect(self._spans_edited)
        session.spanRemoved.connect(self._spans_edited)
        session.spanChanged.connect(self._spans_edited)
        undo_stack.indexChanged.connect(self._spans_edited)

    def set_label_keys(self, keys: Mapping[str, Sequence[QKeySequence]]) -> None:
        """The keys that tag with each label (the window's, as the keymap file sets
        them): in the hit table they annotate the selected hits instead."""
        self._hotkeys = {
            sequence.toString(): name
            for name, sequences in keys.items()
            for sequence in sequences
            if sequence.count() == 1
        }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
        ):
            # The keypad's 3 is the 3 key.
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            pressed = QKeySequence(QKeyCombination(mods, Qt.Key(event.key())))
            label = self._hotkeys.get(pressed.toString())
            if label is not None:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self.annotate_selected(label)
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _exclusive(on: bool, other: QCheckBox) -> None:
        if on:
            other.setChecked(False)

    def _typed(self, text: str) -> None:
        if self.regex_box.isChecked():
            self._typing_timer.stop()
            self.status.setText("Press Enter to search with this regular expression.")
        elif text.strip():
            self._typing_timer.start()
        else:
            self._typing_timer.stop()

    def _analyst_spans(self, document_id: str) -> list[Any]:
        if document_id == self.session.document_id:
            return self.session.spans()
        return self.session.repo.spans(document_id, [self.session.annotator])

    def focus_query(self) -> None:
        """Put the caret in the query (opening the panel), its text selected."""
        self.query_edit.setFocus()
        self.query_edit.selectAll()

    # -- searching ---------------------------------------------------------------

    def query(self) -> SearchQuery:
        mode = (
            "regex"
            if self.regex_box.isChecked()
            else "phrase"
            if self.phrase_box.isChecked()
            else "words"
        )
        label_filter = self.label_filter.currentData()
        return SearchQuery(
            self.query_edit.text(),
            mode,
            label=label_filter[1] if label_filter and label_filter[0] == "with" else None,
            no_label=label_filter[1] if label_filter and label_filter[0] == "without" else None,
            annotator=self.annotator_filter.text().strip() or None,
            status=self.status_filter.currentData(),
        )

    def run(self) -> None:
        """Search with what the panel shows; the first page arrives at once."""
        self._typing_timer.stop()
        if not self.query_edit.text().strip():
            return
        self.last_query = self.query()
        if self._search(self.last_query):
            self.status.setText(self.count_text())
            self.counted.emit(self.count_text())

    def count_text(self) -> str:
        """'No hits', '1 hit', '12 hits', '100+ hits' (more pages to come)."""
        count = self.model.rowCount()
        more = self.model.canFetchMore(QModelIndex())
        if count == 0:
            return "No hits"
        return f"{count}{'+' if more else ''} hit{'' if count == 1 and not more else 's'}"

    def _search(self, query: SearchQuery) -> bool:
        try:
            source = iter_hits(self.session.repo, query)
            first = list(islice(source, 1))
        except AnnotatorError as exc:
            self.model.set_source(None)
            self.status.setText(str(exc))
            return False

        def chained() -> Iterator[Hit]:
            yield from first
            yield from source

        self.model.set_source(chained())
        return True

    def _spans_edited(self, *_: object) -> None:
        if self.last_query is not None:
            self._rerun_timer.start()

    def rerun(self) -> None:
        """Run the last query again: as many rows as were loaded, the same ones selected."""
        if self.last_query is None:
            return
        loaded = self.model.rowCount()
        selected = {(h.document_id, h.start, h.end) for h in self.selected_hits()}
        scrolled = self.table.verticalScrollBar().value()
        if not self._search(self.last_query):
            return
        while self.model.rowCount() < loaded and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        selection = self.table.selectionModel()
        for row, hit in enumerate(self.model.hits):
            if (hit.document_id, hit.start, hit.end) in selected:
                selection.select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        self.table.verticalScrollBar().setValue(scrolled)

    def selected_hits(self) -> list[Hit]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.hits[r] for r in rows]

    def _activated(self, index: QModelIndex) -> None:
        hit = self.model.hits[index.row()]
        self.openHit.emit(hit.document_id, hit.start, hit.end)

    # -- annotating ----------------------------------------------------------------

    def annotate(self, hits: list[Hit], label: str) -> int:
        """Tag `hits` as `label` in one undoable step; returns how many spans were added."""
        spans = plan_spans(self.session.edits, hits, label)
        if not spans:
            self.status.setText("Nothing to tag: already tagged.")
            return 0
        push(self.undo_stack, self.session, TagSpans(spans))
        self.status.setText(f"Tagged {len(spans)} {label}.")
        self.annotated.emit(len(spans))
        return len(spans)

    def annotate_selected(self, label: str) -> int:
        return self.annotate(self.selected_hits(), label)

    def preview_all(self, label: str) -> int:
        """How many spans "Annotate all hits" would add as `label`."""
        return len(plan_spans(self.session.edits, self.model.fetch_all(), label))

    def annotate_all(self, label: str) -> int:
        return self.annotate(self.model.fetch_all(), label)

    def _annotate_all_clicked(self) -> None:
        """Ask which label (there is no default), then tag every hit as one step."""
        if not self.model.hits:
            self.status.setText("Nothing to tag: search first.")
            return
        box = QMessageBox(self)
        box.setWindowTitle("Annotate all hits")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            f"Tag all hits of “{self.query_edit.text()}” as which label?\n"
            "Hits already tagged with that label are skipped; Undo removes them all at once."
        )
        buttons = {
            box.addButton(name, QMessageBox.ButtonRole.AcceptRole): name
            for name in self.schema.names
        }
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        label = buttons.get(box.clickedButton())  # type: ignore[call-overload]
        if label is None:
            return
        count = self.preview_all(label)
        if count == 0:
            self.status.setText(f"Nothing to tag: every hit is already a {label}.")
            return
        self.annotate_all(label)
