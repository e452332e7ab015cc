"""The workbench window: document list, article, tag panel; the one place widgets meet.

Widgets do not reach into each other: they emit signals with ids and ranges,
and this window connects them to the Session and to undoable commands.
"""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from annotator import __version__
from annotator.core.casualty import casualty_kind, casualty_victims, parse_casualty
from annotator.core.errors import AnnotatorError
from annotator.core.model import Relation, Span, new_id
from annotator.core.snapping import snap_selection, step_edge
from annotator.store.repository import Repository
from annotator.ui.article_view import ArticleView
from annotator.ui.commands import (
    AddRelationCommand,
    AddSpanCommand,
    DeleteRelationCommand,
    DeleteSpanCommand,
    SetStatusCommand,
    UpdateSpanCommand,
)
from annotator.ui.document_model import DocumentListModel
from annotator.ui.session import Session
from annotator.ui.tag_panel import TagPanel, format_attributes

STATUS_FILTERS = (
    ("All documents", None),
    ("To do", "todo"),
    ("In progress", "in_progress"),
    ("Done", "done"),
)


def casualty_attributes(text: str) -> dict[str, Any]:
    """Attributes a new CASUALTY span starts with, read from its text by the parser."""
    count = parse_casualty(text)
    attributes: dict[str, Any] = {"count_low": count.low, "count_high": count.high}
    kind = casualty_kind(text)
    victims = casualty_victims(text)
    if kind:
        attributes["kind"] = kind
    if victims:
        attributes["victims"] = victims
    return {k: v for k, v in attributes.items() if v is not None}


class MainWindow(QMainWindow):
    def __init__(self, repo: Repository, annotator: str, db_label: str = "") -> None:
        super().__init__()
        self.repo = repo
        self.schema = repo.schema()
        self.session = Session(repo, annotator, self)
        self.undo_stack = QUndoStack(self)
        self.db_label = db_label
        self.snap_words = True
        self.picking_speaker = False
        self.selected_id: str | None = None
        self.setWindowTitle(f"annotator — {db_label}" if db_label else "annotator")
        self.setObjectName("mainWindow")

        self._build_documents_pane()
        self._build_article_pane()
        self.tags = TagPanel(self.schema)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.documents_pane)
        self.splitter.addWidget(self.article_pane)
        self.splitter.addWidget(self.tags)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([250, 700, 470])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self._build_status_bar()
        self._build_actions()
        self._connect()
        self._restore_settings()
        self._update_progress()

    # -- construction --------------------------------------------------------------

    def _build_documents_pane(self) -> None:
        pane = QWidget()
        pane.setObjectName("documentsPane")
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(6, 6, 0, 6)
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText("Filter by title or text…")
        self.filter_box.setClearButtonEnabled(True)
        self.status_box = QComboBox()
        for text, value in STATUS_FILTERS:
            self.status_box.addItem(text, value)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progress")
        self.documents = DocumentListModel(self.repo, self.session.annotator)
        self.document_view = QTableView()
        self.document_view.setObjectName("documentList")
        self.document_view.setModel(self.documents)
        self.document_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.document_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.document_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.document_view.verticalHeader().hide()
        self.document_view.verticalHeader().setDefaultSectionSize(26)
        self.document_view.setShowGrid(False)
        self.document_view.setWordWrap(False)
        header = self.document_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.status_box)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.document_view, 1)
        self.documents_pane = pane
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(200)

    def _build_article_pane(self) -> None:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 6, 0, 6)
        self.title_label = QLabel()
        self.title_label.setObjectName("articleTitle")
        self.title_label.setWordWrap(True)
        self.meta_label = QLabel()
        self.meta_label.setObjectName("articleMeta")
        self.article = ArticleView(self.schema)
        self.article.tooltip_for = self._tooltip
        layout.addWidget(self.title_label)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.article, 1)
        self.article_pane = pane

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.annotator_label = QLabel(f"Annotator: {self.session.annotator}")
        self.position_label = QLabel()
        self.saved_label = QLabel("All changes saved")
        self.saved_label.setObjectName("savedLabel")
        for widget in (self.annotator_label, self.position_label, self.saved_label):
            bar.addPermanentWidget(widget)

    def _action(self, text: str, slot: Any, shortcuts: Any = (), tip: str = "") -> QAction:
        action = QAction(text, self)
        if not isinstance(shortcuts, list | tuple):
            shortcuts = [shortcuts]
        keys = [QKeySequence(s) for s in shortcuts]
        if keys:
            action.setShortcuts(keys)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        self.import_action = self._action(
            "&Import files…",
            self.import_files,
            QKeySequence.StandardKey.Open,
            "Import .txt, .md, .html, .jsonl, .json or .csv files",
        )
        self.export_action = self._action(
            "&Export…", self.export_dialog, "Ctrl+E", "Export training data"
        )
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        file_menu.addActions([self.import_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = menu.addMenu("&Edit")
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts(
            [
                QKeySequence(QKeySequence.StandardKey.Redo),
                QKeySequence("Ctrl+Shift+Z"),
                QKeySequence("Ctrl+Y"),
            ]
        )
        self.addActions([self.undo_action, self.redo_action])
        self.delete_action = self._action(
            "&Delete span",
            self.delete_selected,
            [QKeySequence.StandardKey.Delete, QKeySequence(Qt.Key.Key_Backspace)],
        )
        self.speaker_action = self._action(
            "Set &speaker…",
            self.start_speaker_pick,
            "S",
            "With a QUOTE selected: click its speaker",
        )
        self.remove_speaker_action = self._action("Remove speaker", self.remove_speaker, "Shift+S")
        self.snap_action = self._action("Snap to &whole words", self.toggle_snap, "Ctrl+W")
        self.snap_action.setCheckable(True)
        self.snap_action.setChecked(True)
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.delete_action, self.speaker_action, self.remove_speaker_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.snap_action)

        tag_menu = menu.addMenu("&Tag")
        self.label_actions: dict[str, QAction] = {}
        for label in self.schema.labels:
            action = self._action(
                f"Tag as {label.name}",
                lambda _c=False, name=label.name: self.apply_label(name),
                label.hotkey or (),
                label.description,
            )
            self.label_actions[label.name] = action
            tag_menu.addAction(action)

        go_menu = menu.addMenu("&Go")
        self.next_action = self._action(
            "&Next document", lambda: self.step_document(1), ["Alt+Right", "Ctrl+PgDown"]
        )
        self.prev_action = self._action(
            "&Previous document", lambda: self.step_document(-1), ["Alt+Left", "Ctrl+PgUp"]
        )
        self.done_action = self._action(
            "Mark &done and open next", self.mark_done_and_next, ["Ctrl+Return", "Ctrl+Enter"]
        )
        self.find_action = self._action(
            "&Filter documents", self.focus_filter, QKeySequence.StandardKey.Find
        )
        go_menu.addActions([self.next_action, self.prev_action, self.done_action, self.find_action])

        view_menu = menu.addMenu("&View")
        self.zoom_in_action = self._action(
            "Zoom &in", lambda: self.zoom(1), [QKeySequence.StandardKey.ZoomIn, "Ctrl+="]
        )
        self.zoom_out_action = self._action(
            "Zoom &out", lambda: self.zoom(-1), QKeySequence.StandardKey.ZoomOut
        )
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action])

        help_menu = menu.addMenu("&Help")
        self.shortcuts_action = self._action(
            "&Keyboard shortcuts", self.show_shortcuts, [QKeySequence.StandardKey.HelpContents, "?"]
        )
        help_menu.addAction(self.shortcuts_action)
        about = self._action("&About annotator", self.show_about)
        help_menu.addAction(about)

        toolbar = QToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.import_action, self.export_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action, self.delete_action])
        toolbar.addSeparator()
        toolbar.addActions([self.prev_action, self.next_action, self.done_action])
        toolbar.addSeparator()
        toolbar.addAction(self.snap_action)
        toolbar.addAction(self.shortcuts_action)
        self.addToolBar(toolbar)

    def _connect(self) -> None:
        self.filter_box.textChanged.connect(lambda _t: self._filter_timer.start())
        self._filter_timer.timeout.connect(self._apply_filter)
        self.status_box.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.document_view.selectionModel().currentRowChanged.connect(self._document_chosen)
        self.article.spanClicked.connect(self._span_clicked)
        self.article.emptyClicked.connect(lambda: self.select_span(None))
        self.article.stepRequested.connect(self.step_span)
        self.article.escapePressed.connect(self._escape)
        self.article.edgeRequested.connect(self.move_edge)
        self.tags.labelRequested.connect(self.apply_label)
        self.tags.spanActivated.connect(lambda sid: self.select_span(sid, scroll=True))
        self.tags.editor.attributesEdited.connect(self._attributes_edited)
        session = self.session
        session.documentOpened.connect(self._document_opened)
        session.spanAdded.connect(self._span_added)
        session.spanRemoved.connect(self._span_removed)
        session.spanChanged.connect(self._span_changed)
        session.relationsChanged.connect(self._relations_changed)
        session.statusChanged.connect(self._status_changed)
        session.saved.connect(self._saved)

    # -- settings ------------------------------------------------------------------

    def _settings(self) -> QSettings:
        return QSettings()

    def _restore_settings(self) -> None:
        settings = self._settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        sizes = settings.value("window/splitter")
        if isinstance(sizes, QByteArray):
            self.splitter.restoreState(sizes)
        size = settings.value("view/font_size")
        if size is not None:
            font = self.article.font()
            font.setPointSizeF(float(size))  # type: ignore[arg-type]
            self.article.setFont(font)
        last = settings.value(f"documents/last/{self.db_label}")
        first = self.documents.rows[0].id if self.documents.rows else None
        target = last if isinstance(last, str) and self._exists(last) else first
        if target:
            self.open_document(target)

    def _exists(self, document_id: str) -> bool:
        try:
            self.repo.document(document_id)
        except AnnotatorError:
            return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = self._settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("view/font_size", self.article.font().pointSizeF())
        if self.session.document_id:
            settings.setValue(f"documents/last/{self.db_label}", self.session.document_id)
        settings.sync()
        super().closeEvent(event)

    # -- documents -----------------------------------------------------------------

    def _apply_filter(self) -> None:
        self.documents.set_filter(self.filter_box.text().strip(), self.status_box.currentData())
        self._select_list_row(self.session.document_id)

    def _select_list_row(self, document_id: str | None) -> None:
        if document_id is None:
            return
        row = self.documents.row_of(document_id)
        selection = self.document_view.selectionModel()
        if row is None:
            selection.clearSelection()
            return
        index = self.documents.index(row, 0)
        if self.document_view.currentIndex().row() != row:
            selection.blockSignals(True)
            self.document_view.setCurrentIndex(index)
            selection.blockSignals(False)
            self.document_view.selectRow(row)
        self.document_view.scrollTo(index)

    def _document_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        document_id = self.documents.data(current, DocumentListModel.IdRole)
        if document_id:
            self.open_document(document_id)

    def open_document(self, document_id: str) -> None:
        self.session.open_document(document_id)

    def _document_opened(self, document_id: str) -> None:
        document = self.session.document
        assert document is not None
        self.picking_speaker = False
        self.selected_id = None
        self.article.show_document(document.text, self.session.spans())
        self.tags.model.set_spans(document.text, self.session.spans(), self._speakers())
        self.tags.editor.show_span(None)
        self._update_counts()
        self.title_label.setText(document.title)
        source = document.source
        if source and "://" not in source:
            source = Path(source).name
        meta = [part for part in (document.published, source) if part]
        self.meta_label.setText("  ·  ".join(html.escape(p) for p in meta))
        position, total = self.repo.document_position(document_id)
        self.position_label.setText(f"Document {position} / {total}")
        self._select_list_row(document_id)
        self._settings().setValue(f"documents/last/{self.db_label}", document_id)

    def step_document(self, step: int) -> None:
        current = self.session.document_id
        if current is None:
            return
        target = self.repo.neighbour_document(current, step)
        if target:
            self.open_document(target)
        else:
            self.statusBar().showMessage(
                "This is the last document." if step > 0 else "This is the first document.", 4000
            )

    def mark_done_and_next(self) -> None:
        current = self.session.document_id
        if current is None:
            return
        self.undo_stack.push(SetStatusCommand(self.session, current, "done"))
        target = self.repo.next_not_done(current, self.session.annotator)
        if target:
            self.open_document(target)
        else:
            self.statusBar().showMessage("Every document is done. Well done!", 6000)

    def focus_filter(self) -> None:
        self.filter_box.setFocus()
        self.filter_box.selectAll()

    def _update_progress(self) -> None:
        done, total = self.repo.progress(self.session.annotator)
        self.progress_label.setText(f"{done} / {total} done")

    def _status_changed(self, document_id: str, _status: str) -> None:
        self.documents.refresh_document(document_id)
        self._update_progress()

    # -- spans ---------------------------------------------------------------------

    def _speakers(self) -> dict[str, str]:
        document = self.session.document
        if document is None:
            return {}
        out = {}
        for relation in self.session.relations():
            actor = self.session.span(relation.tail_id)
            if relation.type == "speaker" and actor is not None:
                out[relation.head_id] = actor.covered(document.text)
        return out

    def _update_counts(self) -> None:
        counts: dict[str, int] = {}
        for span in self.session.spans():
            counts[span.label] = counts.get(span.label, 0) + 1
        self.tags.set_counts(counts)

    def _related(self, span_id: str) -> list[str]:
        related = []
        for relation in self.session.relations():
            if relation.head_id == span_id:
                related.append(relation.tail_id)
            elif relation.tail_id == span_id:
                related.append(relation.head_id)
        return related

    def select_span(self, span_id: str | None, *, scroll: bool = False) -> None:
        if span_id is not None and self.session.span(span_id) is None:
            span_id = None
        self.selected_id = span_id
        self.article.select_span(span_id, self._related(span_id) if span_id else [], scroll=scroll)
        self.tags.select_row(span_id)
        self.tags.editor.show_span(self.session.span(span_id) if span_id else None)
        if span_id is None and self.picking_speaker:
            self.picking_speaker = False
            self.statusBar().clearMessage()

    def _span_clicked(self, span_id: str) -> None:
        if self.picking_speaker:
            span = self.session.span(span_id)
            if span is not None and span.label == "ACTOR":
                self.set_speaker(span_id)
                return
            self.statusBar().showMessage("That is not an ACTOR: click an ACTOR span.", 4000)
            return
        self.select_span(span_id)

    def step_span(self, step: int) -> None:
        spans = self.session.spans()
        if not spans:
            return
        ids = [s.id for s in spans]
        if self.selected_id in ids:
            index = (ids.index(self.selected_id) + step) % len(ids)
        else:
            cursor = self.article.map.to_codepoint(self.article.textCursor().position())
            after = [i for i, s in enumerate(spans) if s.start >= cursor]
            index = after[0] if step > 0 and after else (len(ids) - 1 if step < 0 else 0)
        self.select_span(ids[index], scroll=True)

    def _escape(self) -> None:
        if self.picking_speaker:
            self.picking_speaker = False
            self.statusBar().showMessage("Speaker not set.", 3000)
            return
        self.select_span(None)

    def apply_label(self, label_name: str) -> None:
        """Tag the selected text with `label_name`, or relabel the selected span."""
        document = self.session.document
        if document is None:
            return
        selection = self.article.selected_range()
        if selection is not None:
            start, end = snap_selection(
                document.text, *selection, label_name, words=self.snap_words
            )
            if start >= end:
                self.statusBar().showMessage("Nothing to tag: the selection is only spaces.", 4000)
                return
            for span in self.session.spans():
                if (span.start, span.end, span.label) == (start, end, label_name):
                    self.article.clear_text_selection()
                    self.select_span(span.id)
                    self.statusBar().showMessage("Already tagged.", 3000)
                    return
            covered = document.text[start:end]
            attributes = (
                casualty_attributes(covered)
                if label_name == "CASUALTY"
                else self.schema.label(label_name).default_attributes()
            )
            span = Span(
                new_id(),
                document.id,
                start,
                end,
                label_name,
                self.session.annotator,
                attributes,
                "manual",
            )
            self._push(AddSpanCommand(self.session, span))
            self.article.clear_text_selection()
            self.select_span(span.id)
            return
        selected = self.session.span(self.selected_id) if self.selected_id else None
        if selected is not None:
            if selected.label != label_name:
                changes: dict[str, Any] = {"label": label_name}
                if label_name == "CASUALTY":
                    changes["attributes"] = casualty_attributes(selected.covered(document.text))
                self._push(
                    UpdateSpanCommand(self.session, selected, f"Relabel as {label_name}", **changes)
                )
            return
        self.statusBar().showMessage("Select some text first, or click a span to relabel it.", 4000)

    def delete_selected(self) -> None:
        span = self.session.span(self.selected_id) if self.selected_id else None
        if span is None:
            self.statusBar().showMessage("Click a span first, then press Delete.", 3000)
            return
        self._push(DeleteSpanCommand(self.session, span))

    def move_edge(self, edge: str, direction: int) -> None:
        document = self.session.document
        span = self.session.span(self.selected_id) if self.selected_id else None
        if span is None or document is None:
            return
        start, end = step_edge(document.text, span.start, span.end, edge, direction)
        if (start, end) != (span.start, span.end):
            self._push(
                UpdateSpanCommand(self.session, span, "Move span edge", start=start, end=end)
            )

    def _attributes_edited(self, span_id: str, attributes: dict[str, Any]) -> None:
        span = self.session.span(span_id)
        if span is not None:
            self._push(
                UpdateSpanCommand(self.session, span, "Edit attributes", attributes=attributes)
            )

    def _push(self, command: Any) -> None:
        try:
            self.undo_stack.push(command)
        except AnnotatorError as exc:
            QMessageBox.warning(self, "annotator", str(exc))

    def toggle_snap(self, checked: bool) -> None:
        self.snap_words = checked
        self.statusBar().showMessage(
            "Selections snap to whole words." if checked else "Character precision: no snapping.",
            3000,
        )

    # -- speakers ------------------------------------------------------------------

    def start_speaker_pick(self) -> None:
        span = self.session.span(self.selected_id) if self.selected_id else None
        if span is None or span.label != "QUOTE":
            self.statusBar().showMessage("Select a QUOTE first, then press S.", 4000)
            return
        if self.picking_speaker:
            self.pick_speaker_from_list(span)
            return
        self.picking_speaker = True
        self.statusBar().showMessage(
            "Click the speaker (an ACTOR) — or press S again for a list; Esc cancels."
        )

    def actors_by_distance(self, quote: Span) -> list[Span]:
        actors = [s for s in self.session.spans() if s.label == "ACTOR"]
        return sorted(actors, key=lambda a: min(abs(a.start - quote.end), abs(quote.start - a.end)))

    def pick_speaker_from_list(self, quote: Span) -> None:
        document = self.session.document
        assert document is not None
        menu = QMenu(self)
        for actor in self.actors_by_distance(quote)[:30]:
            text = " ".join(actor.covered(document.text).split())
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False, aid=actor.id: self.set_speaker(aid))
        if menu.isEmpty():
            self.statusBar().showMessage("Tag the speaker as ACTOR first.", 4000)
            self.picking_speaker = False
            return
        point = self.article.viewport().mapToGlobal(self.article.point_of(quote.start))
        menu.popup(point)
        self.speaker_menu = menu

    def set_speaker(self, actor_id: str) -> None:
        quote = self.session.span(self.selected_id) if self.selected_id else None
        self.picking_speaker = False
        self.statusBar().clearMessage()
        document = self.session.document
        if quote is None or document is None:
            return
        existing = next(
            (r for r in self.session.relations() if r.head_id == quote.id and r.type == "speaker"),
            None,
        )
        if existing is not None and existing.tail_id == actor_id:
            return
        relation = Relation(new_id(), quote.id, actor_id, "speaker", self.session.annotator)
        self._push(AddRelationCommand(self.session, document.id, relation, existing))
        self.select_span(quote.id)

    def remove_speaker(self) -> None:
        quote = self.session.span(self.selected_id) if self.selected_id else None
        document = self.session.document
        if quote is None or document is None:
            return
        existing = next(
            (r for r in self.session.relations() if r.head_id == quote.id and r.type == "speaker"),
            None,
        )
        if existing is not None:
            self._push(DeleteRelationCommand(self.session, document.id, existing))

    # -- reacting to the session ---------------------------------------------------

    def _span_added(self, span_id: str) -> None:
        span = self.session.span(span_id)
        assert span is not None
        self.article.add_span(span)
        self.tags.model.upsert(span)
        self._after_span_edit()

    def _span_removed(self, span_id: str, start: int, end: int) -> None:
        self.article.remove_span(span_id, start, end)
        self.tags.model.remove(span_id)
        if self.selected_id == span_id:
            self.select_span(None)
        self._after_span_edit()

    def _span_changed(self, span_id: str, old_start: int, old_end: int) -> None:
        span = self.session.span(span_id)
        assert span is not None
        self.article.change_span(span, old_start, old_end)
        self.tags.model.upsert(span)
        if self.selected_id == span_id:
            self.tags.editor.show_span(span)
        self.tags.model.set_speakers(self._speakers())
        self._after_span_edit()

    def _relations_changed(self) -> None:
        self.tags.model.set_speakers(self._speakers())
        if self.selected_id:
            self.article.select_span(self.selected_id, self._related(self.selected_id))

    def _after_span_edit(self) -> None:
        self._update_counts()
        if self.session.document_id:
            self.documents.refresh_document(self.session.document_id)
            self._update_progress()

    def _saved(self) -> None:
        self.saved_label.setText(f"Saved {datetime.now().strftime('%H:%M:%S')}")

    # -- tooltips, dialogs ---------------------------------------------------------

    def _tooltip(self, spans: list[Span]) -> str:
        document = self.session.document
        assert document is not None
        parts = []
        for span in spans:
            lines = [f"<b>{html.escape(span.label)}</b>"]
            covered = " ".join(span.covered(document.text).split())
            if len(covered) > 90:
                covered = covered[:87] + "…"
            lines.append(f"“{html.escape(covered)}”")
            if span.attributes:
                lines.append(html.escape(format_attributes(span.attributes)))
            speaker = self.session.speaker_of(span.id)
            if speaker is not None:
                lines.append(f"speaker: {html.escape(speaker.covered(document.text))}")
            lines.append(f"<i>by {html.escape(span.annotator)} · {span.provenance}</i>")
            parts.append("<br>".join(lines))
        return "<hr>".join(parts)

    def import_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            "Import articles",
            "",
            "Articles (*.txt *.md *.html *.htm *.jsonl *.json *.csv);;All files (*)",
        )
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[str]) -> None:
        from annotator.formats.common import ReadOptions
        from annotator.importing import import_paths

        options = ReadOptions(annotator=self.session.annotator, schema=self.schema)
        report = import_paths(self.repo, paths, options)
        self.documents.reload()
        self._update_progress()
        self._select_list_row(self.session.document_id)
        message = report.summary()
        problems = report.problems()
        if problems:
            details = "\n".join(str(p) for p in problems[:50])
            QMessageBox.warning(self, "Import", f"{message}\n\n{details}")
        else:
            self.statusBar().showMessage(message, 8000)
        if self.session.document_id is None and self.documents.rows:
            self.open_document(self.documents.rows[0].id)

    def export_dialog(self) -> None:
        try:
            from annotator.ui.export_dialog import ExportDialog
        except ImportError:
            QMessageBox.information(self, "Export", "Use `annotator export` for now.")
            return
        dialog = ExportDialog(self.repo, self.session.annotator, self)
        dialog.exec()

    def show_shortcuts(self) -> None:
        rows = []
        for title, actions in (
            (
                "Tagging",
                [
                    *self.label_actions.values(),
                    self.delete_action,
                    self.speaker_action,
                    self.remove_speaker_action,
                    self.snap_action,
                ],
            ),
            ("Documents", [self.next_action, self.prev_action, self.done_action, self.find_action]),
            ("Editing", [self.undo_action, self.redo_action]),
            ("View", [self.zoom_in_action, self.zoom_out_action, self.shortcuts_action]),
        ):
            rows.append(f"<tr><th colspan=2 align=left><br>{title}</th></tr>")
            for action in actions:
                keys = ", ".join(
                    k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                )
                rows.append(
                    f"<tr><td><code>{html.escape(keys)}</code></td>"
                    f"<td>{html.escape(action.text().replace('&', ''))}</td></tr>"
                )
        extra = [
            ("Shift+←/→", "drag text selection; with a span selected: move its start by a word"),
            ("Alt+Shift+←/→", "with a span selected: move its end by a word"),
            ("Tab / Shift+Tab", "next / previous span"),
            ("Click, click again", "select a span; cycle through overlapping spans"),
            ("Esc", "deselect, or cancel picking a speaker"),
        ]
        rows.append("<tr><th colspan=2 align=left><br>In the article</th></tr>")
        for keys, what in extra:
            rows.append(
                f"<tr><td><code>{html.escape(keys)}</code></td><td>{html.escape(what)}</td></tr>"
            )
        dialog = QDialog(self)
        dialog.setWindowTitle("Keyboard shortcuts")
        layout = QVBoxLayout(dialog)
        browser = QTextBrowser()
        browser.setHtml("<table cellspacing=4>" + "".join(rows) + "</table>")
        layout.addWidget(browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(520, 560)
        self.shortcuts_dialog = dialog
        dialog.show()

    def show_about(self) -> None:
        QMessageBox.about(
            self, "About annotator", f"annotator {__version__}\nDatabase: {self.db_label}"
        )

    def zoom(self, step: int) -> None:
        font = self.article.font()
        size = min(32.0, max(8.0, font.pointSizeF() + step))
        font.setPointSizeF(size)
        self.article.setFont(font)
