"""The corpus tools controller: search, consistency and actor docks, and opening their hits.

`CorpusToolsController` is built with the session, the undo stack, the
article view (where a hit is shown), the current-object holder (the actor
panel links the selected span), the main window that hosts the docks and the
menu they are toggled from (Ctrl+Shift+F search, Ctrl+Shift+K check,
Ctrl+Shift+A actors). The docks start hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from annotator.ui.actor_registry import ActorRegistryPanel
from annotator.ui.annotation import Selection
from annotator.ui.article_view import ArticleView
from annotator.ui.consistency_panel import ConsistencyPanel
from annotator.ui.search_panel import SearchPanel
from annotator.ui.session import Session


class CorpusToolsController(QObject):
    def __init__(
        self,
        session: Session,
        undo_stack: QUndoStack,
        article: ArticleView,
        selection: Selection,
        host: QMainWindow,
        menu: QMenu,
    ) -> None:
        super().__init__(host)
        self.session = session
        self.article = article
        self.search = SearchPanel(session, undo_stack, host)
        self.check = ConsistencyPanel(session, undo_stack, host)
        self.actors = ActorRegistryPanel(
            session, undo_stack, host, selected_span=lambda: selection.current
        )
        panels: dict[str, tuple[str, SearchPanel | ConsistencyPanel | ActorRegistryPanel, str]] = {
            "search": ("Search corpus", self.search, "Ctrl+Shift+F"),
            "check": ("Consistency", self.check, "Ctrl+Shift+K"),
            "actors": ("Actors", self.actors, "Ctrl+Shift+A"),
        }
        self.docks: dict[str, QDockWidget] = {}
        for name, (title, panel, shortcut) in panels.items():
            dock = QDockWidget(title, host)
            dock.setObjectName(f"corpus_{name}_dock")
            dock.setWidget(panel)
            host.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            dock.hide()
            toggle = dock.toggleViewAction()
            toggle.setShortcut(QKeySequence(shortcut))
            menu.addAction(toggle)
            panel.openHit.connect(self.open_at)
            self.docks[name] = dock

    def open_at(self, document_id: str, start: int, end: int) -> None:
        """Open `document_id` and select code points [start, end) in the article."""
        self.session.open_document(document_id)
        if self.session.document_id != document_id:
            return
        self.article.select_text(start, end)
        self.article.centerCursor()
        self.article.setFocus()
