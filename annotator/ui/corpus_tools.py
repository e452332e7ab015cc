"""Installing the corpus tools (search, consistency, actors) into the main window.

`install_corpus_tools(window)` is the one call the window makes: three dock
widgets, hidden at first, toggled from a "Corpus" menu (Ctrl+Shift+F search,
Ctrl+Shift+K check, Ctrl+Shift+A actors); each panel's `openHit` opens the
document and selects the range.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget

from annotator.ui.actor_registry import ActorRegistryPanel
from annotator.ui.consistency_panel import ConsistencyPanel
from annotator.ui.search_panel import SearchPanel


def open_at(window: Any, document_id: str, start: int, end: int) -> None:
    """Open `document_id` in the window and select code points [start, end)."""
    window.open_document(document_id)
    if window.session.document_id != document_id:
        return
    window.article.select_text(start, end)
    window.article.centerCursor()
    window.article.setFocus()


def install_corpus_tools(window: Any) -> dict[str, QDockWidget]:
    """Add the corpus panels to `window` (a MainWindow) as hidden docks; returns them by name."""
    session, undo_stack = window.session, window.undo_stack
    panels: dict[str, tuple[str, Any, str]] = {
        "search": (
            "Search corpus",
            SearchPanel(session, undo_stack, window),
            "Ctrl+Shift+F",
        ),
        "check": (
            "Consistency",
            ConsistencyPanel(session, undo_stack, window),
            "Ctrl+Shift+K",
        ),
        "actors": (
            "Actors",
            ActorRegistryPanel(
                session, undo_stack, window, selected_span=lambda: window.selected_id
            ),
            "Ctrl+Shift+A",
        ),
    }
    menu = window.menuBar().addMenu("C&orpus")
    docks: dict[str, QDockWidget] = {}
    for name, (title, panel, shortcut) in panels.items():
        dock = QDockWidget(title, window)
        dock.setObjectName(f"corpus_{name}_dock")
        dock.setWidget(panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.hide()
        toggle = dock.toggleViewAction()
        toggle.setShortcut(QKeySequence(shortcut))
        menu.addAction(toggle)
        panel.openHit.connect(lambda d, s, e: open_at(window, d, s, e))
        docks[name] = dock
    window.corpus_docks = docks
    return docks
