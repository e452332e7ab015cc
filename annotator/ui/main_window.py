"""The workbench window: document list, article, tag panel. It lays out and wires; it does
not decide.

The controllers decide: annotation (the current object, tagging, speakers),
suggestions, review, corpus tools, file jobs (import, merge, export) and
safety (backups, refused writes), each built here with its collaborators.
Widgets do not reach into each other: they emit signals with ids and ranges.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from annotator import __version__
from annotator.core.errors import AnnotatorError
from annotator.store import review
from annotator.store.repository import Repository
from annotator.ui import messages
from annotator.ui.annotation import AnnotationController, BarLabel, BarSlot
from annotator.ui.article_view import ArticleView, plain_tooltip
from annotator.ui.commands import UndoTips
from annotator.ui.corpus_tools import CorpusToolsController
from annotator.ui.document_list import DocumentListPane
from annotator.ui.document_model import DocumentListModel
from annotator.ui.furniture import FurnitureController
from annotator.ui.jobs import FileJobs, JobRunner
from annotator.ui.keys import DEFAULT_KEYS, DigitKeys, KeyGuard, KeyNames, keymap_path, read_keymap
from annotator.ui.propagation import PropagationController
from annotator.ui.review_controller import ReviewController
from annotator.ui.safety import SafetyController
from annotator.ui.session import Session
from annotator.ui.suggestions_controller import SuggestionsController
from annotator.ui.tag_panel import TagPanel
from annotator.ui.window_state import restore_view_state, save_view_state
from annotator.ui.workbench import Workbench

if TYPE_CHECKING:
    from annotator.ui.review_panel import ReviewPanel

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, repo: Repository, annotator: str, db_label: str = "") -> None:
        super().__init__()
        self.repo = repo
        self.schema = repo.schema()
        self.session = Session(repo, annotator, self)
        self.undo_stack = QUndoStack(self)
        self.db_label = db_label
        self.setWindowTitle(f"annotator — {db_label}" if db_label else "annotator")
        self.setObjectName("mainWindow")

        self._build_documents_pane()
        self._build_article_pane()
        self.tags = TagPanel(self.schema)
        self._review_panel: ReviewPanel | None = None  # built when review mode first opens
        self._key_names: KeyNames | None = None  # the keymap's key names, once applied
        self.right = QStackedWidget()
        self.right.addWidget(self.tags)
        # The right pane is as small as the page it shows allows, not as the largest page
        # (the review panel's 422 px squeezed the article of an 800 px window).
        self.right.currentChanged.connect(self._right_page_shown)
        self._right_page_shown()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        for pane in (self.documents_pane, self.article_pane, self.right):
            self.splitter.addWidget(pane)
        # Every pane gives up its share when the window narrows (a half-screen window, a
        # size restored from a wider screen): with the side panes fixed, the article alone
        # shrank, to a few letters a line.
        for index, stretch in enumerate((1, 3, 2)):
            self.splitter.setStretchFactor(index, stretch)
        self.splitter.setSizes([290, 700, 430])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self._build_status_bar()
        self._build_controllers()
        self._build_actions()
        self._connect()
        self._restore_settings()
        self._update_progress()
        self._install_safety()  # backups, read-only banner, other writers, refused writes
        self._install_furniture()  # page furniture: greyed, marked, cleared

    # -- construction --------------------------------------------------------------

    def _build_documents_pane(self) -> None:
        self.documents = DocumentListModel(self.repo, self.session.annotator)
        self.documents_pane = DocumentListPane(self.documents)
        self.filter_box = self.documents_pane.filter_box
        self.status_box = self.documents_pane.status_box
        self.progress_label = self.documents_pane.progress_label
        self.document_view = self.documents_pane.view

    def _build_article_pane(self) -> None:
        pane = QWidget()
        layout = self.article_layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 6, 0, 6)
        self.title_label = QLabel()
        self.title_label.setObjectName("articleTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)  # titles are text, never markup
        self.meta_label = QLabel()
        self.meta_label.setObjectName("articleMeta")
        self.meta_label.setTextFormat(Qt.TextFormat.PlainText)
        self.article = ArticleView(self.schema)
        layout.addWidget(self.title_label)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.article, 1)
        self.article_pane = pane

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        # Opaque in the bar's colour, each in its own slot: a new text repaints the label
        # alone (BarLabel, BarSlot).
        self.annotator_label = BarLabel(f"Annotator: {self.session.annotator}")
        self.annotator_label.setTextFormat(Qt.TextFormat.PlainText)
        self.position_label = BarLabel()
        self.saved_label = BarLabel("All changes saved")
        self.saved_label.setObjectName("savedLabel")
        for widget in (self.annotator_label, self.position_label, self.saved_label):
            bar.addPermanentWidget(BarSlot(widget))

    def _build_controllers(self) -> None:
        session, stack, bar = self.session, self.undo_stack, self.statusBar()
        self.jobs = JobRunner(self)
        self.files = FileJobs(session, self.jobs, self)
        self.annotation = AnnotationController(
            session, stack, self.schema, self.article, self.tags, bar, self
        )
        self.article.tooltip_for = self.annotation.tooltip
        self.suggestions_action = QAction(self)
        self.suggestions_action.setText("Show &suggestions")
        self.suggestions_action.setCheckable(True)
        # Off on first start (README: "switch them on"); the choice is remembered.
        shown = QSettings().value("view/suggestions", False)
        self.suggestions_action.setChecked(shown in (True, "true"))
        self.suggestions = SuggestionsController(
            session, self.annotation, self.article, self.tags, self.jobs, self.suggestions_action
        )
        self.review = ReviewController(
            session,
            self.annotation,
            self.suggestions,
            self.article,
            lambda: self.review_panel,
            self.documents,
            self,
            jobs=self.jobs,
        )
        self.workbench = Workbench(session, self.annotation, self.suggestions, self.review)

    @property
    def review_panel(self) -> ReviewPanel:
        """The right pane's page for review mode, built the first time it is asked for.

        The window's first frame does not show it, and building it (with its
        module and the Qt classes only it uses) cost about 1.5% of the start-up
        (issue 16). Hidden pages take no room (`_right_page_shown`), so the
        first frame is laid out the same with or without it.
        """
        if self._review_panel is None:
            from annotator.ui.review_panel import ReviewPanel

            self._review_panel = ReviewPanel()
            if self._key_names is not None:
                self._review_panel.set_keys(self._key_names)
            self.right.addWidget(self._review_panel)
            self._right_page_shown()
        return self._review_panel

    def _right_page_shown(self, _index: int = 0) -> None:
        shown = self.right.currentWidget()
        for page in (self.tags, self._review_panel):
            if page is None:  # review mode never opened: its page is not built yet
                continue
            policy = QSizePolicy.Policy.Preferred if page is shown else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)

    def _action(self, text: str, slot: Any, shortcuts: Any = (), tip: str = "") -> QAction:
        # The text is set apart: QAction(text, parent) has PySide weigh the (icon, text)
        # overload, which builds QIcon's Python type (151 theme icon names), about 1% of
        # the start-up's instructions for nothing (issue 16).
        action = QAction(self)
        action.setText(text)
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

    def _key_action(self, name: str, action: QAction) -> QAction:
        """An annotation key: window-wide, acting on the current object (see ui/keys.py);
        `name` is its id in the keymap file."""
        self.key_actions[name] = action
        return action

    def _build_actions(self) -> None:
        menu, work, files, notes = self.menuBar(), self.workbench, self.files, self.annotation
        self.key_actions: dict[str, QAction] = {}
        file_menu = self.file_menu = menu.addMenu("&File")
        self.import_action = self._action(
            "&Import files…",
            files.import_files,
            QKeySequence.StandardKey.Open,
            "Import .txt, .md, .html, .jsonl, .json or .csv files",
        )
        self.export_action = self._action("&Export…", self.export, "Ctrl+E", "Export training data")
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.merge_action = self._action(
            "&Merge database…",
            files.merge_dialog,
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
        self.delete_action = self._key_action(
            "delete",
            self._action(
                "&Delete span",
                work.delete_key,
                QKeySequence.StandardKey.Delete,
                "Delete the selected span (a selected suggestion is rejected)",
            ),
        )
        self.speaker_action = self._key_action(
            "speaker",
            self._action(
                "Set &speaker…",
                notes.start_speaker_pick,
                "S",
                "With a QUOTE selected: choose its speaker from a list (or click an ACTOR)",
            ),
        )
        self.remove_speaker_action = self._key_action(
            "remove_speaker", self._action("Remove speaker", notes.remove_speaker, "Shift+S")
        )
        self.attributes_action = self._key_action(
            "attributes",
            self._action(
                "Set &attributes…",
                notes.open_attribute_chooser,
                "A",
                "Choose the selected span's attributes with letter or number keys",
            ),
        )
        self.edge_actions = [
            self._key_action(
                f"move_{edge}_{side}",
                self._action(
                    f"Move {edge} {'left' if step < 0 else 'right'}",
                    lambda _c=False, e=edge, d=step, w=word: notes.edge_key(e, d, w),
                    (),
                    f"With a span selected: move its {edge} one word",
                ),
            )
            for edge, word in (("start", False), ("end", True))
            for side, step in (("left", -1), ("right", 1))
        ]
        self.snap_action = self._action("Snap to &whole words", notes.toggle_snap, "Ctrl+W")
        self.snap_action.setCheckable(True)
        self.snap_action.setChecked(True)
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions(
            [
                self.delete_action,
                self.attributes_action,
                self.speaker_action,
                self.remove_speaker_action,
            ]
        )
        edit_menu.addSeparator()
        edit_menu.addActions(self.edge_actions)
        edit_menu.addSeparator()
        edit_menu.addAction(self.snap_action)

        tag_menu = menu.addMenu("&Tag")
        self.label_actions: dict[str, QAction] = {}
        for label in self.schema.labels:
            action = self._key_action(
                f"tag:{label.name}",
                self._action(
                    f"Tag as {label.name}",
                    lambda _c=False, name=label.name: work.label_key(name),
                    label.hotkey or (),
                    label.description,
                ),
            )
            self.label_actions[label.name] = action
            tag_menu.addAction(action)
        tag_menu.addSeparator()
        enter = [Qt.Key.Key_Return, Qt.Key.Key_Enter]
        self.accept_action = self._key_action(
            "accept", self._action("&Accept suggestion", work.accept_key, enter)
        )
        self.reject_action = self._key_action(
            "reject",
            self._action(
                "&Reject suggestion",
                work.reject_key,
                Qt.Key.Key_Backspace,
                "Reject the selected suggestion (a selected span is deleted)",
            ),
        )
        self.next_suggestion_action = self._key_action(
            "next_suggestion", self._action("&Next suggestion", lambda: work.step_key(1), "N")
        )
        self.prev_suggestion_action = self._key_action(
            "previous_suggestion",
            self._action("&Previous suggestion", lambda: work.step_key(-1), "P"),
        )
        self.next_span_action = self._key_action(
            "next_span", self._action("Next span", lambda: notes.step_span(1), "Tab")
        )
        self.prev_span_action = self._key_action(
            "previous_span", self._action("Previous span", lambda: notes.step_span(-1), "Shift+Tab")
        )
        self.escape_action = self._key_action(
            "escape",
            self._action(
                "Back to the article",
                work.escape_key,
                "Esc",
                "Return the focus to the article; there, deselect or cancel picking a speaker",
            ),
        )
        tag_menu.addActions(
            [
                self.accept_action,
                self.reject_action,
                self.next_suggestion_action,
                self.prev_suggestion_action,
            ]
        )
        accept_all = tag_menu.addMenu("Accept all suggestions of…")
        self.accept_all_actions = self.suggestions.fill_accept_all_menu(accept_all, self.schema)

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
            "&Filter documents", self.documents_pane.focus_filter, QKeySequence.StandardKey.Find
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
        self.suggestions_action.setShortcut(QKeySequence("Ctrl+H"))
        self.suggestions_action.setStatusTip(
            "Propose quotes, casualty figures and actors to accept or reject"
        )
        self.suggestions_action.triggered.connect(self.suggestions.toggle)
        self.addAction(self.suggestions_action)
        view_menu.addAction(self.suggestions_action)
        self.review_action = self._action(
            "&Review mode",
            self.toggle_review,
            "Ctrl+R",
            "Compare annotators, decide disagreements, build the gold layer",
        )
        self.review_action.setCheckable(True)
        self.agreement_action = self._action(
            "&Agreement figures…", self.review.show_agreement, "Ctrl+Shift+G"
        )
        view_menu.addActions([self.review_action, self.agreement_action])

        self.corpus = CorpusToolsController(
            self.session,
            self.undo_stack,
            self.article,
            self.annotation.selection,
            self,
            menu.addMenu("C&orpus"),
        )
        self.corpus_docks = self.corpus.docks

        help_menu = menu.addMenu("&Help")
        self.shortcuts_action = self._action(
            "&Keyboard shortcuts", self.show_shortcuts, [QKeySequence.StandardKey.HelpContents, "?"]
        )
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self._action("&About annotator", self.show_about))

        # Text fields keep the annotation keys while the analyst types in them.
        self.apply_keymap(keymap_path())
        self.key_guard = KeyGuard([self], self.annotation_keys, self.escape_action.shortcuts)
        # In review mode the digits pick versions, whatever keys the keymap gives labels.
        self.digit_keys = DigitKeys([self], self.workbench.digit_key)
        self.corpus.dockBuilt.connect(self._dock_built)

        toolbar = QToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.import_action, self.export_action])
        toolbar.addSeparator()
        toolbar.addActions([*self._toolbar_undo_redo(), self.delete_action])
        toolbar.addSeparator()
        toolbar.addActions([self.prev_action, self.next_action, self.done_action])
        toolbar.addSeparator()
        toolbar.addActions([self.snap_action, self.review_action, self.shortcuts_action])
        self.addToolBar(toolbar)
        # Their tooltips say what they would undo, read when shown (not set at every edit).
        self.undo_tips = UndoTips(
            {
                toolbar.widgetForAction(self.toolbar_undo): self.undo_action,
                toolbar.widgetForAction(self.toolbar_redo): self.redo_action,
            },
            self,
        )

    def _toolbar_undo_redo(self) -> list[QAction]:
        """Undo and Redo for the toolbar with a fixed text (what they undo is in the tooltip):
        the menu's actions rename themselves on every edit, and a renamed toolbar button
        relayouts the toolbar and repaints the whole window on every key press."""
        stack, actions = self.undo_stack, []
        for text, slot, enabled, changed in (
            ("Undo", stack.undo, stack.canUndo, stack.canUndoChanged),
            ("Redo", stack.redo, stack.canRedo, stack.canRedoChanged),
        ):
            action = QAction(self)
            action.setText(text)
            action.setEnabled(enabled())
            action.triggered.connect(slot)
            changed.connect(action.setEnabled)
            actions.append(action)
        self.toolbar_undo, self.toolbar_redo = actions
        return actions

    def _dock_built(self, name: str) -> None:
        """A corpus dock was built: its keys are watched as the window's are (it floats as a
        window of its own)."""
        dock = self.corpus.docks[name]
        dock.installEventFilter(self.key_guard)
        dock.installEventFilter(self.digit_keys)
        if name == "search":
            dock.visibilityChanged.connect(self._search_shown)

    def _search_shown(self, shown: bool) -> None:
        if shown:  # typed letters go to the query, never to the article's N, P, S keys
            self.corpus.search.focus_query()

    def apply_keymap(self, path: Path) -> list[str]:
        """Bind the annotation keys: the defaults, then the keymap file at `path`.

        Problems (a bad entry, a key given twice) are logged and shown in the status
        bar; the entry is ignored. Returns them.
        """
        defaults: dict[str, tuple[str, ...]] = {
            f"tag:{label.name}": (label.hotkey,) if label.hotkey else ()
            for label in self.schema.labels
        }
        defaults.update(DEFAULT_KEYS)
        keys, problems = read_keymap(path, defaults)
        self.keymap_problems = problems
        for name, action in self.key_actions.items():
            action.setShortcuts(keys.get(name, []))
        # The buttons name the first key that really tags (the menus and F1 read the
        # actions' own shortcuts).
        native = QKeySequence.SequenceFormat.NativeText
        self.corpus.set_label_keys(
            {label: action.shortcuts() for label, action in self.label_actions.items()}
        )
        self.tags.set_keys(
            {
                label: (action.shortcut().toString(native) if action.shortcuts() else "")
                for label, action in self.label_actions.items()
            }
        )
        # The status bar's hints, the review panel and F1 name the keys in effect too.
        names = KeyNames(
            {
                name: action.shortcut().toString(native) if action.shortcuts() else ""
                for name, action in self.key_actions.items()
            }
        )
        self.annotation.set_keys(names)
        self._key_names = names
        if self._review_panel is not None:  # else named when review mode first builds it
            self._review_panel.set_keys(names)
        for problem in problems:
            log.warning("keymap: %s", problem)
        if problems:
            more = f" (and {len(problems) - 1} more: see the log)" if len(problems) > 1 else ""
            self.statusBar().showMessage(f"Keymap: {problems[0]}{more}", 20000)
        return problems

    def annotation_keys(self) -> list[QKeySequence]:
        """Every key sequence bound to an annotation action (see ui/keys.py)."""
        return [key for action in self.key_actions.values() for key in action.shortcuts()]

    def _connect(self) -> None:
        self.documents_pane.documentChosen.connect(self.open_document)
        self.article.spanClicked.connect(self.workbench.span_clicked)
        self.tags.labelRequested.connect(self.workbench.label_key)
        self.annotation.documentEdited.connect(self._spans_edited)
        self.session.documentOpened.connect(self._document_opened)
        # The last document is written to the settings file a moment after it opens (and
        # on close): writing the file is about 13 ms, and the analyst is waiting for the
        # article then. Leafing through documents writes it once.
        self.remember_timer = QTimer(self)
        self.remember_timer.setSingleShot(True)
        self.remember_timer.setInterval(1500)
        self.remember_timer.timeout.connect(self._remember_document)
        self.session.statusChanged.connect(self._document_edited)
        self.session.saved.connect(self._saved)
        self.session.edited.connect(self._edited)
        self.session.queued.connect(self._show_meta)
        self.files.corpusChanged.connect(self._files_changed)
        self.files.statusMessage.connect(self.statusBar().showMessage)
        # A bound method of the window, not of a controller: Qt drops it as soon as the
        # window starts closing (the undo stack signals while it is destroyed).
        self.undo_stack.indexChanged.connect(self._undo_index_changed)
        for undo, redo in (
            (self.undo_action, self.redo_action),
            (self.toolbar_undo, self.toolbar_redo),
        ):
            undo.triggered.connect(self.annotation.say_undone)  # runs after the stack's undo
            redo.triggered.connect(self.annotation.say_redone)

    def _install_safety(self) -> None:
        safety = SafetyController(self.session, self.undo_stack, self)
        self.article_layout.insertWidget(0, safety.banner)
        # Above Quit: the last separator of the File menu.
        separator = [a for a in self.file_menu.actions() if a.isSeparator()][-1]
        self.file_menu.insertActions(separator, [safety.save_copy_action, safety.restore_action])
        safety.savedText.connect(self.saved_label.setText)
        safety.statusMessage.connect(self.statusBar().showMessage)
        safety.corpusChanged.connect(self._corpus_changed)
        self.safety = safety

    def _install_furniture(self) -> None:
        furniture = FurnitureController(
            self.session,
            self.article,
            self.undo_stack,
            self.statusBar().showMessage,
            self,
            undo_action=self.undo_action,
        )
        tag_menu = next(
            a.menu() for a in self.menuBar().actions() if a.text().replace("&", "") == "Tag"
        )
        assert isinstance(tag_menu, QMenu)
        tag_menu.addSeparator()
        tag_menu.addActions([furniture.mark_action, furniture.clear_action])
        furniture.refresh()
        self.furniture = furniture
        self.propagation = PropagationController(
            self.session,
            lambda: self.suggestions.enabled,
            lambda text: self.statusBar().showMessage(text, 8000),
            lambda: self.annotation.keys.hints(
                [
                    ("next_suggestion", "steps to them"),
                    ("accept", "accepts"),
                    ("reject", "rejects"),
                ]
            ),
            self,
        )

    # -- settings ------------------------------------------------------------------

    def _restore_settings(self) -> None:
        restore_view_state(self, self.splitter, self.article)
        last = QSettings().value(f"documents/last/{self.db_label}")
        # The last document is read once, by opening it: asking first whether it still
        # exists read its whole text a second time before the first frame (issue 16).
        # Opening one that is gone raises before anything changes; the first one opens.
        if isinstance(last, str) and last:
            try:
                self.open_document(last)
            except AnnotatorError:
                log.info("the last document %r is gone: opening the first", last)
            else:
                return
        if self.documents.rows:
            self.open_document(self.documents.rows[0].id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.remember_timer.stop()
        self.propagation.stop()
        # Nothing runs against the database once closed: the poll, the retry and the
        # checkpoint, and a suggestion job waiting for the article's paint.
        self.safety.stop()
        self.suggestions.pending_timer.stop()
        self.suggestions.stop_preparing()
        self._remember_document()
        save_view_state(self, self.splitter, self.article)
        super().closeEvent(event)

    # -- documents -----------------------------------------------------------------

    def open_document(self, document_id: str) -> None:
        self.session.open_document(document_id)

    def _document_opened(self, document_id: str) -> None:
        document = self.session.document
        assert document is not None
        self.title_label.setText(document.title)
        self._show_meta()
        position, total = self.repo.document_position(document_id)
        self.position_label.setText(f"Document {position} / {total}")
        self.documents_pane.select_row(document_id)
        self.remember_timer.start()
        self.workbench.document_opened(document_id)

    def _remember_document(self) -> None:
        if self.session.document_id:
            QSettings().setValue(f"documents/last/{self.db_label}", self.session.document_id)

    def _show_meta(self, *_changed: Any) -> None:
        """The line under the title: date, source file, and the comments on the document.

        Comments the file has not taken yet (a full disk) count too, marked so, and the
        line follows every comment added or undone while the document is open.
        """
        document = self.session.document
        if document is None:
            return
        source = document.source
        if source and "://" not in source:
            source = Path(source).name
        meta = [part for part in (document.published, source) if part]
        notes = [f"{c.author}: {c.text}" for c in review.comments(self.repo, document.id)]
        notes += self.review.unsaved_comments(document.id)
        if notes:
            meta.append(f"{len(notes)} comment{'s' if len(notes) != 1 else ''}")
        self.meta_label.setText("  ·  ".join(meta))
        self.meta_label.setToolTip(plain_tooltip("\n".join(notes)) if notes else "")

    def _edited(self, kind: str, document_id: str) -> None:
        if kind == "comments" and document_id == self.session.document_id:
            self._show_meta()
        elif kind == "spans":  # a document not open (a search tagged its hits)
            self._spans_edited(document_id)

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
        target = self.workbench.done_key()
        if target:
            self.open_document(target)

    def export(self) -> None:
        self.files.export_dialog(review=self.review.active)

    def toggle_review(self, checked: bool) -> None:
        self.right.setCurrentWidget(self.review_panel if checked else self.tags)
        self.review.toggle(checked)
        self.documents_pane.select_row(self.session.document_id)

    def _update_progress(self) -> None:
        done, total = self.repo.progress(self.session.annotator)
        self.progress_label.setText(f"{done} / {total} done")

    def _document_edited(self, document_id: str, *_status: str) -> None:
        # The open document's span count is known in memory: no COUNT over its spans.
        known = self.session.span_count() if document_id == self.session.document_id else None
        self.documents.refresh_document(document_id, span_count=known)
        self._update_progress()

    def _spans_edited(self, document_id: str) -> None:
        # A span edit changes no "done" count: the progress is not read again (issue 16).
        known = self.session.span_count() if document_id == self.session.document_id else None
        self.documents.refresh_document(document_id, span_count=known, spans_only=True)

    def _corpus_changed(self, document_ids: list[str], everything: bool) -> None:
        """Documents changed on disk: refresh their rows and the progress."""
        if everything:
            self.documents.reload()
        else:
            for document_id in document_ids:
                self.documents.refresh_document(document_id)
        self.documents_pane.select_row(self.session.document_id)
        self._update_progress()
        self.review.corpus_changed()  # new annotators appear in review at once

    def _files_changed(self) -> None:
        """An import or merge ended: reload the list; open the first document if none is."""
        self._corpus_changed([], True)
        if self.session.document_id is None and self.documents.rows:
            self.open_document(self.documents.rows[0].id)

    def _undo_index_changed(self, _index: int) -> None:
        self.review.undo_index_changed()

    def _saved(self) -> None:
        # Not strftime: it imports `time` at every call (PySide's import hook, each save).
        now = datetime.now()
        self.saved_label.setText(f"Saved {now.hour:02}:{now.minute:02}:{now.second:02}")
        if "(not saved yet)" in self.meta_label.toolTip():
            self._show_meta()  # a comment the file refused has been written now

    # -- tooltips, dialogs ---------------------------------------------------------

    def show_shortcuts(self) -> None:
        tagging = [
            *self.label_actions.values(),
            self.attributes_action,
            self.delete_action,
            self.speaker_action,
            self.remove_speaker_action,
        ]
        suggestions = [
            self.accept_action,
            self.reject_action,
            self.next_suggestion_action,
            self.prev_suggestion_action,
            self.suggestions_action,
            self.review_action,
            self.agreement_action,
        ]
        moving = [self.next_span_action, self.prev_span_action, *self.edge_actions]
        reviewing = self.review.active
        outside = " (outside review mode)" if reviewing else ""
        sections = [
            (f"Tagging (on the selected span){outside}", tagging),
            ("Spans and edges", [*moving, self.escape_action, self.snap_action]),
            ("Suggestions and review", suggestions),
            ("Documents", [self.next_action, self.prev_action, self.done_action, self.find_action]),
            ("Editing", [self.undo_action, self.redo_action]),
            ("Corpus", list(self.corpus.toggles.values())),
            ("View", [self.zoom_in_action, self.zoom_out_action, self.shortcuts_action]),
        ]
        from annotator.ui.shortcuts import shortcuts_dialog  # F1 only: not the first frame's

        # The keys in effect: the attribute chooser's, the review keys, and each label's
        # (with text selected in review, a label's key accepts the selection with that label).
        self.shortcuts_dialog = shortcuts_dialog(
            self,
            sections,
            reviewing=reviewing,
            keys=self.annotation.keys,
            labels=[label.name for label in self.schema.labels],
        )
        self.shortcuts_dialog.show()

    def show_about(self) -> None:
        messages.information(  # plain text: the database's file name is outside text
            self, "About annotator", f"annotator {__version__}\nDatabase: {self.db_label}"
        )

    def zoom(self, step: int) -> None:
        font = self.article.font()
        size = min(32.0, max(8.0, font.pointSizeF() + step))
        font.setPointSizeF(size)
        self.article.setFont(font)
