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
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
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
    QStackedWidget,
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
from annotator.store import review
from annotator.store.repository import Repository
from annotator.ui.article_view import ArticleView, ClusterMark, plain_tooltip
from annotator.ui.commands import (
    AcceptSuggestionCommand,
    AddRelationCommand,
    AddSpanCommand,
    DeleteRelationCommand,
    DeleteSpanCommand,
    RejectSuggestionCommand,
    SetStatusCommand,
    UpdateSpanCommand,
)
from annotator.ui.corpus_tools import install_corpus_tools
from annotator.ui.document_model import DocumentListModel
from annotator.ui.review_panel import (
    CLASS_COLORS,
    GoldStatusCommand,
    ReviewCommand,
    ReviewPanel,
    agreement_dialog,
)
from annotator.ui.safety import install_safety
from annotator.ui.session import (
    Session,
    is_suggestion_id,
    suggestion_id,
    suggestion_span,
)
from annotator.ui.tag_panel import TagPanel, format_attributes
from annotator.ui.workers import BackgroundJob, on_own_connection, progress_dialog

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
        self.review_panel = ReviewPanel()
        self.right = QStackedWidget()
        self.right.addWidget(self.tags)
        self.right.addWidget(self.review_panel)
        self.reviewing = False
        self.review_annotators: list[str] = []
        self.review_items: list[Any] = []
        self.article.highlighter.colors.update(
            {name: QColor(color) for name, color in CLASS_COLORS.items()}
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.documents_pane)
        self.splitter.addWidget(self.article_pane)
        self.splitter.addWidget(self.right)
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
        install_safety(self)  # backups, read-only banner, other writers, refused writes
        install_corpus_tools(self)  # search, consistency, actor registry docks (issue 8)

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
        # Fixed widths: ResizeToContents would ask every loaded row for its size.
        for column, width in ((1, 86), (2, 54)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
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
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)  # titles are text, never markup
        self.meta_label = QLabel()
        self.meta_label.setObjectName("articleMeta")
        self.meta_label.setTextFormat(Qt.TextFormat.PlainText)
        self.article = ArticleView(self.schema)
        self.article.tooltip_for = self._tooltip
        layout.addWidget(self.title_label)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.article, 1)
        self.article_pane = pane

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.annotator_label = QLabel(f"Annotator: {self.session.annotator}")
        self.annotator_label.setTextFormat(Qt.TextFormat.PlainText)
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
        self.merge_action = self._action(
            "&Merge database…",
            self.merge_dialog,
            (),
            "Bring in a colleague's annotator database (matched by text and span ids)",
        )
        file_menu.addActions([self.import_action, self.merge_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = menu.addMenu("&Edit")
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        redo_keys: list[QKeySequence] = []
        for key in (
            QKeySequence(QKeySequence.StandardKey.Redo),
            QKeySequence("Ctrl+Shift+Z"),
            QKeySequence("Ctrl+Y"),
        ):
            if key not in redo_keys:  # the platform's Redo may already be one of them
                redo_keys.append(key)
        self.redo_action.setShortcuts(redo_keys)
        self.addActions([self.undo_action, self.redo_action])
        self.delete_action = self._action(
            "&Delete span",
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
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
        tag_menu.addSeparator()
        # Suggestion keys act in the article only: Enter and Backspace mean other things
        # in the filter box and the tables.
        self.accept_action = self._action(
            "&Accept suggestion",
            lambda: self.accept_suggestion(),
            [Qt.Key.Key_Return, Qt.Key.Key_Enter],
        )
        self.reject_action = self._action(
            "&Reject suggestion", self.reject_suggestion, Qt.Key.Key_Backspace
        )
        for action in (self.accept_action, self.reject_action):
            self.removeAction(action)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.article.addAction(action)
        self.next_suggestion_action = self._action(
            "&Next suggestion", lambda: self.step_suggestion(1), "N"
        )
        self.prev_suggestion_action = self._action(
            "&Previous suggestion", lambda: self.step_suggestion(-1), "P"
        )
        # N / P belong to the article (and the review list): the corpus panels use the
        # same keys for their own lists, and two live shortcuts for one key cancel out.
        for action in (self.next_suggestion_action, self.prev_suggestion_action):
            self.removeAction(action)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.article.addAction(action)
            self.review_panel.table.addAction(action)
        tag_menu.addActions(
            [
                self.accept_action,
                self.reject_action,
                self.next_suggestion_action,
                self.prev_suggestion_action,
            ]
        )
        accept_all = tag_menu.addMenu("Accept all suggestions of…")
        self.accept_all_actions: dict[str, QAction] = {}
        for label in self.schema.labels:
            action = accept_all.addAction(f"{label.name} in this document")
            action.triggered.connect(
                lambda _c=False, name=label.name: self.accept_all_suggestions(name)
            )
            self.accept_all_actions[label.name] = action

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
        view_menu.addSeparator()
        self.suggestions_action = self._action(
            "Show &suggestions",
            self.toggle_suggestions,
            "Ctrl+H",
            "Propose quotes, casualty figures and actors to accept or reject",
        )
        self.suggestions_action.setCheckable(True)
        shown = QSettings().value("view/suggestions", True)
        self.suggestions_action.setChecked(shown not in (False, "false"))
        view_menu.addAction(self.suggestions_action)
        self.review_action = self._action(
            "&Review mode",
            self.toggle_review,
            "Ctrl+R",
            "Compare annotators, decide disagreements, build the gold layer",
        )
        self.review_action.setCheckable(True)
        self.agreement_action = self._action(
            "&Agreement figures…", self.show_agreement, "Ctrl+Shift+G"
        )
        view_menu.addActions([self.review_action, self.agreement_action])

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
        toolbar.addAction(self.review_action)
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
        session.suggestionsChanged.connect(self._suggestions_changed)
        panel = self.review_panel
        panel.annotatorsChanged.connect(self._review_annotators_chosen)
        panel.clusterActivated.connect(self.select_cluster)
        panel.acceptRequested.connect(lambda: self.review_accept())
        panel.rejectRequested.connect(self.review_reject)
        panel.acceptAllRequested.connect(self.review_accept_all)
        panel.agreementRequested.connect(self.show_agreement)
        panel.commentAdded.connect(self.add_comment)
        # A bound method, not a lambda: Qt drops the connection when the window goes.
        self.undo_stack.indexChanged.connect(self._undo_index_changed)
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
            font.setPointSizeF(float(size))
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
        notes = review.comments(self.repo, document_id)
        if notes:
            meta.append(f"{len(notes)} comment{'s' if len(notes) != 1 else ''}")
        self.meta_label.setText("  ·  ".join(meta))
        self.meta_label.setToolTip(
            plain_tooltip("\n".join(f"{c.author}: {c.text}" for c in notes)) if notes else ""
        )
        position, total = self.repo.document_position(document_id)
        self.position_label.setText(f"Document {position} / {total}")
        self._select_list_row(document_id)
        self._settings().setValue(f"documents/last/{self.db_label}", document_id)
        if self.reviewing:
            self.refresh_review()
        elif self.suggestions_action.isChecked():
            self.compute_suggestions(document_id)

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
        if self.reviewing:
            # In review mode Ctrl+Enter marks the gold layer reviewed, then moves on.
            self._push(GoldStatusCommand(self.repo, current, self.refresh_review))
            target = self.repo.next_not_done(current, review.gold_annotator_name(self.repo))
            if target:
                self.open_document(target)
            else:
                self.statusBar().showMessage("Every document is reviewed.", 6000)
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
        """Select a span, or a suggestion (whose id starts with 'suggestion:'), or nothing."""
        suggestion = self.session.suggestion(span_id) if is_suggestion_id(span_id) else None
        if span_id is not None and self.session.span(span_id) is None and suggestion is None:
            span_id = None
        self.selected_id = span_id
        related = self._related(span_id) if span_id and suggestion is None else []
        if suggestion is not None and suggestion.speaker is not None:
            related = [
                s.id
                for s in self.session.spans()
                if (s.start, s.end, s.label) == (*suggestion.speaker, "ACTOR")
            ]
        self.article.select_span(span_id, related, scroll=scroll)
        self.tags.select_row(span_id)
        self.tags.editor.show_span(self.session.span(span_id) if span_id else None)
        if suggestion is not None:
            document = self.session.document
            assert document is not None
            speaker = ""
            if suggestion.speaker is not None:
                speaker = " · speaker: " + document.text[slice(*suggestion.speaker)]
            self.statusBar().showMessage(
                f"Suggested {suggestion.label} ({suggestion.rule}){speaker} — "
                "Enter accepts, Backspace rejects, N / P step, a label key accepts as that label"
            )
        if span_id is None and self.picking_speaker:
            self.picking_speaker = False
            self.statusBar().clearMessage()

    def _span_clicked(self, span_id: str) -> None:
        if self.reviewing:
            if span_id.startswith("cluster:"):
                self.select_cluster(int(span_id.split(":")[1]))
            return
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
            cursor = self.article.cursor_offset()
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
        if self.reviewing:
            self.review_accept(label_name)
            return
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
        suggestion = self.session.suggestion(self.selected_id)
        if suggestion is not None:
            self.accept_suggestion(label_name)
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
        self.article.snap_words = checked  # the drag preview snaps the same way
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

    # -- suggestions -------------------------------------------------------------

    def compute_suggestions(self, document_id: str) -> None:
        """Compute suggestions for a document in the background; shown when they arrive."""

        db_file = self.repo.path
        annotator = self.session.annotator

        def task(repo: Repository, _progress: Any) -> tuple[str, list[Any]]:
            # Imported here, in the worker: the rules compile many patterns on first use.
            from annotator.services.suggesting import suggest_document

            return document_id, suggest_document(repo, document_id, analyst=annotator)

        job = BackgroundJob(on_own_connection(db_file, task), self)
        job.succeeded.connect(self._suggestions_ready)
        job.failed.connect(self._show_status)
        self.suggestion_jobs = [j for j in getattr(self, "suggestion_jobs", []) if j.isRunning()]
        self.suggestion_jobs.append(job)
        job.start()

    def _suggestions_ready(self, result: tuple[str, list[Any]]) -> None:
        document_id, suggestions = result
        if self.suggestions_action.isChecked():
            self.session.set_suggestions(document_id, suggestions)

    def _suggestions_changed(self, document_id: str) -> None:
        if document_id != self.session.document_id:
            return
        shown = [suggestion_span(document_id, s) for s in self.session.suggestions()]
        if not self.suggestions_action.isChecked():
            shown = []
        self.article.show_suggestions(shown)
        self.tags.model.set_suggestions(shown)
        if (
            self.selected_id
            and is_suggestion_id(self.selected_id)
            and (self.session.suggestion(self.selected_id) is None)
        ):
            self.selected_id = None
            self.tags.select_row(None)

    def _show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 6000)

    def toggle_suggestions(self, checked: bool) -> None:
        QSettings().setValue("view/suggestions", checked)
        document_id = self.session.document_id
        if document_id is None:
            return
        if checked:
            self.compute_suggestions(document_id)
        else:
            self.session.set_suggestions(document_id, [])

    def wait_for_suggestions(self, timeout_ms: int = 10_000) -> None:
        """Block until running suggestion jobs end (tests and scripts)."""
        for job in getattr(self, "suggestion_jobs", []):
            job.wait(timeout_ms)
        QApplication.processEvents()

    def step_suggestion(self, step: int) -> None:
        if self.reviewing:
            self.step_cluster(step)
            return
        suggestions = self.session.suggestions()
        if not suggestions:
            self.statusBar().showMessage("No suggestions in this document.", 3000)
            return
        ids = [suggestion_id(s) for s in suggestions]
        if self.selected_id in ids:
            index = (ids.index(self.selected_id) + step) % len(ids)
        else:
            anchor = self.session.span(self.selected_id) if self.selected_id else None
            cursor = anchor.start if anchor else self.article.cursor_offset()
            after = [i for i, s in enumerate(suggestions) if s.start >= cursor]
            index = (
                (after[0] if after else 0)
                if step > 0
                else ((after[0] - 1) if after else len(ids) - 1)
            )
        self.select_span(ids[index], scroll=True)

    def _accept_command(self, suggestion: Any, label_name: str | None = None) -> Any:
        document = self.session.document
        assert document is not None
        label = label_name or suggestion.label
        if label == suggestion.label:
            attributes = dict(suggestion.attributes)
        elif label == "CASUALTY":
            attributes = casualty_attributes(document.text[suggestion.start : suggestion.end])
        else:
            attributes = self.schema.label(label).default_attributes()
        span = Span(
            new_id(),
            document.id,
            suggestion.start,
            suggestion.end,
            label,
            self.session.annotator,
            attributes,
            "suggested-accepted",
        )
        speaker, speaker_is_new = None, False
        if label == "QUOTE" and suggestion.speaker is not None:
            start, end = suggestion.speaker
            speaker = next(
                (
                    s
                    for s in self.session.spans()
                    if (s.start, s.end, s.label) == (start, end, "ACTOR")
                ),
                None,
            )
            if speaker is None:
                proposed = next(
                    (
                        s
                        for s in self.session.suggestions()
                        if (s.start, s.end, s.label) == (start, end, "ACTOR")
                    ),
                    None,
                )
                speaker = Span(
                    new_id(),
                    document.id,
                    start,
                    end,
                    "ACTOR",
                    self.session.annotator,
                    dict(proposed.attributes) if proposed else {},
                    "suggested-accepted",
                )
                speaker_is_new = True
        return AcceptSuggestionCommand(
            self.session, document.id, suggestion, span, speaker, speaker_is_new
        )

    def accept_suggestion(self, label_name: str | None = None) -> None:
        if self.reviewing:
            self.review_accept(label_name)
            return
        suggestion = self.session.suggestion(self.selected_id)
        if suggestion is None:
            self.statusBar().showMessage(
                "Step to a suggestion with N, then Enter accepts it.", 3000
            )
            return
        command = self._accept_command(suggestion, label_name)
        self._push(command)
        self.select_span(command.span.id)

    def reject_suggestion(self) -> None:
        """Backspace: reject the current suggestion (review: the cluster), else delete the span."""
        if self.reviewing:
            self.review_reject()
            return
        suggestion = self.session.suggestion(self.selected_id)
        document = self.session.document
        if suggestion is None and self.session.span(self.selected_id or "") is not None:
            self.delete_selected()
            return
        if suggestion is None or document is None:
            return
        following = [
            s
            for s in self.session.suggestions()
            if s.start >= suggestion.start and s is not suggestion
        ]
        self._push(RejectSuggestionCommand(self.session, document.id, suggestion))
        self.select_span(suggestion_id(following[0]) if following else None, scroll=True)

    def accept_all_suggestions(self, label_name: str) -> None:
        """Accept every open suggestion of `label_name` in this document: one undo step."""
        pending = [s for s in self.session.suggestions() if s.label == label_name]
        if not pending:
            self.statusBar().showMessage(f"No {label_name} suggestions here.", 3000)
            return
        self.undo_stack.beginMacro(f"Accept {len(pending)} suggested {label_name}")
        try:
            for suggestion in pending:
                if self.session.suggestion(suggestion_id(suggestion)) is not None:
                    self._push(self._accept_command(suggestion))
        finally:
            self.undo_stack.endMacro()
        self.statusBar().showMessage(f"Accepted {len(pending)} {label_name} suggestions.", 4000)

    # -- review mode ---------------------------------------------------------------

    def toggle_review(self, checked: bool) -> None:
        """Switch between annotating (own layer) and reviewing (comparing annotators)."""
        self.reviewing = checked
        self.right.setCurrentWidget(self.review_panel if checked else self.tags)
        if checked:
            available = review.compared_annotators(self.repo)
            chosen = self.review_annotators or available
            self.review_annotators = [a for a in chosen if a in available]
            self.review_panel.set_annotators(available, self.review_annotators)
            self.documents.set_review(self.review_annotators)
            self.refresh_review()
            self.statusBar().showMessage(
                "Review mode: N / P step through disagreements; Enter accepts, Backspace "
                "rejects, a label key accepts with that label (or the selected text)."
            )
        else:
            self.documents.set_review(None)
            self.statusBar().clearMessage()
            document = self.session.document
            if document is not None:
                self.article.show_document(document.text, self.session.spans())
                self._suggestions_changed(document.id)
        self._select_list_row(self.session.document_id)

    def _review_annotators_chosen(self, chosen: list[str]) -> None:
        self.review_annotators = chosen
        self.documents.set_review(chosen)
        self.refresh_review()

    def _undo_index_changed(self, _index: int) -> None:
        self.refresh_review()

    def refresh_review(self) -> None:
        """Re-read the clusters of the open document and show them coloured by class."""
        document = self.session.document
        if not self.reviewing or document is None:
            return
        current = self.selected_id
        self.review_items = review.review_clusters(self.repo, document.id, self.review_annotators)
        # The annotators' spans keep their label colours; the class is a margin marker.
        marks = [
            ClusterMark(
                f"cluster:{number}",
                item.cluster.start,
                item.cluster.end,
                item.cluster.kind,
                CLASS_COLORS["decided" if item.decided else item.cluster.kind],
                item.decided,
            )
            for number, item in enumerate(self.review_items)
        ]
        spans = [span for item in self.review_items for span in item.cluster.spans]
        self.article.show_review(document.text, spans, marks)
        self.review_panel.model.set_clusters(document.text, self.review_items)
        open_items = [i for i in self.review_items if not i.decided]
        disagreements = [i for i in open_items if i.cluster.kind != "agreed"]
        self.review_panel.summary.setText(
            f"{len(self.review_items)} clusters · {len(open_items)} undecided · "
            f"{len(disagreements)} disagreements left · "
            f"{len(self.review_items) - len(open_items)} decided"
        )
        self.review_panel.comment_model.setStringList(
            [f"{c.author}: {c.text}" for c in review.comments(self.repo, document.id)]
        )
        self.documents.refresh_review(document.id)
        if current and current.startswith("cluster:"):
            number = int(current.split(":")[1])
            if number < len(self.review_items):
                self.select_cluster(number)

    def select_cluster(self, number: int) -> None:
        if not 0 <= number < len(self.review_items):
            return
        self.selected_id = f"cluster:{number}"
        self.article.select_span(self.selected_id, scroll=True)
        self.review_panel.select_row(number)
        item = self.review_items[number]
        versions = "; ".join(f"{s.annotator}: {s.label}" for s in item.cluster.spans)
        self.statusBar().showMessage(
            f"{item.cluster.kind.replace('_', ' ')} — {versions}"
            + (" — decided" if item.decided else "")
        )

    def current_cluster(self) -> Any:
        if self.selected_id and self.selected_id.startswith("cluster:"):
            number = int(self.selected_id.split(":")[1])
            if number < len(self.review_items):
                return self.review_items[number]
        return None

    def step_cluster(self, step: int) -> None:
        """N / P: the next undecided disagreement (then any undecided cluster)."""
        items = self.review_items
        candidates = [
            i for i, item in enumerate(items) if not item.decided and item.cluster.kind != "agreed"
        ]
        candidates = candidates or [i for i, item in enumerate(items) if not item.decided]
        if not candidates:
            self.statusBar().showMessage("Nothing left to decide in this document.", 4000)
            return
        current = self.current_cluster()
        here = items.index(current) if current is not None else -1
        if step > 0:
            later = [i for i in candidates if i > here]
            target = later[0] if later else candidates[0]
        else:
            earlier = [i for i in candidates if i < here] if here >= 0 else candidates
            target = earlier[-1] if earlier else candidates[-1]
        self.select_cluster(target)

    def _decide(self, text: str, decide: Any) -> None:
        command = ReviewCommand(
            self.repo, self.session.annotator, text, decide, self.refresh_review
        )
        self._push(command)

    def review_accept(self, label_name: str | None = None) -> None:
        """Accept the cluster's first version; a label or a text selection makes it an edit."""
        item = self.current_cluster()
        document = self.session.document
        if item is None or document is None:
            self.statusBar().showMessage("Step to a cluster with N first.", 3000)
            return
        undecided = [
            s.id
            for s in item.cluster.spans
            if not any(s.id in d.source_span_ids for d in item.decisions)
        ]
        if not undecided:
            self.statusBar().showMessage("Already decided; undo to change it.", 3000)
            return
        extent: dict[str, Any] = {}
        selection = self.article.selected_range()
        if selection is not None:
            start, end = snap_selection(
                document.text, *selection, label_name, words=self.snap_words
            )
            if start < end:
                extent = {"start": start, "end": end}
            self.article.clear_text_selection()
        reviewer = self.session.annotator

        def decide() -> list[Any]:
            return [
                review.adjudicate_accept(
                    self.repo, document.id, undecided, reviewer, label=label_name, **extent
                )
            ]

        self._decide("Accept into gold", decide)
        self.step_cluster(1)

    def review_reject(self) -> None:
        item = self.current_cluster()
        document = self.session.document
        if item is None or document is None:
            return
        undecided = [
            s.id
            for s in item.cluster.spans
            if not any(s.id in d.source_span_ids for d in item.decisions)
        ]
        if not undecided:
            return
        reviewer = self.session.annotator
        self._decide(
            "Reject",
            lambda: [review.adjudicate_reject(self.repo, document.id, undecided, reviewer)],
        )
        self.step_cluster(1)

    def review_accept_all(self) -> None:
        document = self.session.document
        if document is None or not self.reviewing:
            return
        reviewer, annotators = self.session.annotator, list(self.review_annotators)
        self._decide(
            "Accept all agreed",
            lambda: review.accept_all_agreed(self.repo, document.id, annotators, reviewer),
        )

    def add_comment(self, text: str) -> None:
        document = self.session.document
        if document is None:
            return
        item = self.current_cluster()
        span_id = item.cluster.spans[0].id if item is not None else None
        review.add_comment(self.repo, document.id, self.session.annotator, text, span_id=span_id)
        self.refresh_review()

    def show_agreement(self) -> None:
        annotators = self.review_annotators or review.compared_annotators(self.repo)
        if len(annotators) < 2:
            QMessageBox.information(
                self, "Agreement", "Agreement needs the work of two or more annotators."
            )
            return
        report = review.corpus_agreement(self.repo, annotators)
        self.agreement = agreement_dialog(self, report, "Whole corpus")
        self.agreement.show()

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
        # Plain text: the article shows it literally (stored values are never markup).
        parts = []
        for span in spans:
            lines = [span.label]
            covered = " ".join(span.covered(document.text).split())
            if len(covered) > 90:
                covered = covered[:87] + "…"
            lines.append(f"“{covered}”")
            if span.attributes:
                lines.append(format_attributes(span.attributes))
            speaker = self.session.speaker_of(span.id)
            if speaker is not None:
                lines.append(f"speaker: {speaker.covered(document.text)}")
            lines.append(f"by {span.annotator} · {span.provenance}")
            parts.append("\n".join(lines))
        return "\n\n".join(parts)

    def import_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            "Import articles",
            "",
            "Articles (*.txt *.md *.html *.htm *.jsonl *.json *.csv);;All files (*)",
        )
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[str], *, wait: bool = False) -> None:
        """Import files in the background with a cancellable progress dialog.

        The job opens its own connection to the database file (SQLite
        connections belong to one thread); the list reloads when it is done.
        With `wait`, block until the import has finished (start-up imports).
        """
        from annotator.formats.common import ReadOptions
        from annotator.services.importing import ImportReport, import_paths

        db_file = self.repo.path
        options = ReadOptions(annotator=self.session.annotator, schema=self.schema)

        def task(repo: Repository, progress: Any) -> ImportReport:
            return import_paths(repo, paths, options, progress=progress)

        dialog = progress_dialog(self, "Import", "Importing…")
        job = BackgroundJob(on_own_connection(db_file, task), self)
        # Bound methods of objects in the GUI thread: Qt queues the calls to this thread.
        # (A plain lambda would run in the worker thread and touch widgets from there.)
        job.progressed.connect(self._import_progress)
        job.succeeded.connect(self._import_finished)
        job.failed.connect(self._import_failed)
        job.finished.connect(dialog.close)
        dialog.canceled.connect(job.cancel)
        self.import_dialog = dialog
        self.import_job = job
        job.start()
        if wait:
            job.wait()
            QApplication.processEvents()

    def _import_progress(self, done: int, total: int, what: str) -> None:
        self.import_dialog.setMaximum(total)
        self.import_dialog.setValue(done)
        if what:
            self.import_dialog.setLabelText(f"Importing {Path(what).name}…")

    def _import_failed(self, message: str) -> None:
        QMessageBox.warning(self, "Import", message)

    def _import_finished(self, report: Any) -> None:
        self.documents.reload()
        self._update_progress()
        self._select_list_row(self.session.document_id)
        message = "\n".join([*report.detections(), report.summary()])
        problems = report.problems()
        if problems:
            details = "\n".join(str(p) for p in problems[:50])
            more = f"\n… and {len(problems) - 50} more" if len(problems) > 50 else ""
            QMessageBox.warning(self, "Import", f"{message}\n\n{details}{more}")
        else:
            self.statusBar().showMessage(message, 8000)
        if self.session.document_id is None and self.documents.rows:
            self.open_document(self.documents.rows[0].id)

    def merge_dialog(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, "Merge a colleague's database", "", "Annotator databases (*.db);;All files (*)"
        )
        if path:
            self.merge_database(path)

    def merge_database(self, path: str, *, wait: bool = False) -> None:
        """Merge another database file in the background; both stay as they were on refusal."""
        from annotator.store.merge import merge_database

        db_file = self.repo.path
        by = self.session.annotator

        job = BackgroundJob(
            on_own_connection(db_file, lambda repo, _progress: merge_database(repo, path, by=by)),
            self,
        )
        job.succeeded.connect(self._merge_finished)
        job.failed.connect(self._merge_failed)
        self.merge_job = job
        job.start()
        if wait:
            job.wait()
            QApplication.processEvents()

    def _merge_finished(self, report: Any) -> None:
        self.documents.reload()
        self._update_progress()
        self.session.reload()
        self._select_list_row(self.session.document_id)
        message = report.summary()
        if report.conflicts:
            QMessageBox.information(self, "Merge", message)
        else:
            self.statusBar().showMessage(message, 8000)

    def _merge_failed(self, message: str) -> None:
        QMessageBox.warning(self, "Merge", message)

    def export_dialog(self) -> None:
        try:
            from annotator.ui.export_dialog import ExportDialog
        except ImportError:
            QMessageBox.information(self, "Export", "Use `annotator export` for now.")
            return
        dialog = ExportDialog(self.repo, self.session.annotator, self, review=self.reviewing)
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
            (
                "Suggestions (in the article) and review",
                [
                    self.accept_action,
                    self.reject_action,
                    self.next_suggestion_action,
                    self.prev_suggestion_action,
                    self.suggestions_action,
                    self.review_action,
                    self.agreement_action,
                ],
            ),
            (
                "Corpus",
                [dock.toggleViewAction() for dock in getattr(self, "corpus_docks", {}).values()],
            ),
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
