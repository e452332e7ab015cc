"""The corpus tools controller: search, consistency and actor docks, and opening their hits.

`CorpusToolsController` is built with the session, the undo stack, the
article view (where a hit is shown), the current-object holder (the actor
panel links the selected span), the main window that hosts the docks and the
menu they are toggled from (Ctrl+Shift+F search, Ctrl+Shift+K check,
Ctrl+Shift+A actors). The docks start hidden, and empty: a panel (and the
modules behind it) is built the first time its dock is shown or the panel
is asked for (`search`, `check`, `actors`, `panel(name)`), so the window's
first frame does not wait for tools the analyst may not open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from annotator.ui.article_view import ArticleView
from annotator.ui.session import Session

if TYPE_CHECKING:
    from annotator.ui.actor_registry import ActorRegistryPanel
    from annotator.ui.annotation import Selection
    from annotator.ui.consistency_panel import ConsistencyPanel
    from annotator.ui.search_panel import SearchPanel

    Panel = SearchPanel | ConsistencyPanel | ActorRegistryPanel

# name: (dock title, the shortcut that toggles it)
PANELS = {
    "search": ("Search corpus", "Ctrl+Shift+F"),
    "check": ("Consistency", "Ctrl+Shift+K"),
    "actors": ("Actors", "Ctrl+Shift+A"),
}


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
        self.undo_stack = undo_stack
        self.article = article
        self.selection = selection
        self.host = host
        self.panels: dict[str, Panel] = {}
        self.docks: dict[str, QDockWidget] = {}
        for name, (title, shortcut) in PANELS.items():
            dock = QDockWidget(title, host)
            dock.setObjectName(f"corpus_{name}_dock")
            host.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            dock.hide()
            toggle = dock.toggleViewAction()
            toggle.setShortcut(QKeySequence(shortcut))
            menu.addAction(toggle)
            # Built before the dock paints, the first time it is shown.
            dock.visibilityChanged.connect(lambda shown, n=name: shown and self.panel(n))
            self.docks[name] = dock

    def panel(self, name: str) -> Panel:
        """The panel of dock `name` ("search", "check", "actors"), built on first use."""
        built = self.panels.get(name)
        if built is not None:
            return built
        session, stack, host = self.session, self.undo_stack, self.host
        panel: Panel
        if name == "search":
            from annotator.ui.search_panel import SearchPanel

            panel = SearchPanel(session, stack, host)
        elif name == "check":
            from annotator.ui.consistency_panel import ConsistencyPanel

            panel = ConsistencyPanel(session, stack, host)
        else:
            from annotator.ui.actor_registry import ActorRegistryPanel

            selection = self.selection
            panel = ActorRegistryPanel(
                session, stack, host, selected_span=lambda: selection.current
            )
        self.docks[name].setWidget(panel)
        panel.openHit.connect(self.open_at)
        self.panels[name] = panel
        return panel

    @property
    def search(self) -> SearchPanel:
        from annotator.ui.search_panel import SearchPanel

        panel = self.panel("search")
        assert isinstance(panel, SearchPanel)
        return panel

    @property
    def check(self) -> ConsistencyPanel:
        from annotator.ui.consistency_panel import ConsistencyPanel

        panel = self.panel("check")
        assert isinstance(panel, ConsistencyPanel)
        return panel

    @property
    def actors(self) -> ActorRegistryPanel:
        from annotator.ui.actor_registry import ActorRegistryPanel

        panel = self.panel("actors")
        assert isinstance(panel, ActorRegistryPanel)
        return panel

    def open_at(self, document_id: str, start: int, end: int) -> None:
        """Open `document_id` and select code points [start, end) in the article."""
        self.session.open_document(document_id)
        if self.session.document_id != document_id:
            return
        self.article.select_text(start, end)
        self.article.centerCursor()
        self.article.setFocus()
