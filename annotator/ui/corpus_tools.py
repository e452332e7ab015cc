"""The corpus tools controller: search, consistency and actor docks, and opening their hits.

`CorpusToolsController` is built with the session, the undo stack, the
article view (where a hit is shown), the current-object holder (the actor
panel links the selected span), the main window that hosts the docks and the
menu they are toggled from (Ctrl+Shift+F search, Ctrl+Shift+K check,
Ctrl+Shift+A actors). The docks start hidden, and empty: a panel (and the
modules behind it) is built the first time its dock is shown or the panel is
asked for (`search`, `check`, `actors`, `panel(name)`), so the window's first
frame does not wait for tools the analyst may not open. The docks themselves are
built the same way: the Corpus menu holds an action of the controller's for each,
and a dock is made (and placed with the others) when that action or `docks[name]`
first asks for it.

On a small screen the article must keep its room: the docks share one tabbed
place at the bottom instead of stacking, a dock opens at most a third of the
window's height, and each folds to its title bar (the fold button, or a
double-click on the title) keeping its results; the title carries the panel's
count ("Search corpus — 21 hits") so a folded dock still says what it holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QToolButton,
    QWidget,
)

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

OPEN_SHARE = 1 / 3  # of the window's height, at most, when a dock opens
UNLIMITED = 16777215  # Qt's QWIDGETSIZE_MAX


class FoldableDock(QDockWidget):
    """A bottom dock whose title bar folds it to a strip, keeping its panel as it was."""

    foldChanged = Signal(bool)  # folded

    def __init__(self, title: str, host: QMainWindow) -> None:
        super().__init__(title, host)
        self.host = host
        self.build_panel: Callable[[], object] | None = None
        self.base_title = title
        self.unfolded_height = 0
        bar = QWidget()
        bar.setObjectName("dockTitleBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(6, 2, 2, 2)
        row.setSpacing(2)
        self.title_label = QLabel(title)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.fold_button = QToolButton()
        self.fold_button.setAutoRaise(True)
        self.fold_button.setCheckable(True)
        self.fold_button.toggled.connect(self.set_folded)
        # Their icons are the style's, given when the dock is first shown: asking the
        # style builds QStyle's Python type (about 600 enum members), which the hidden
        # docks would otherwise cost every start-up (issue 16).
        float_button = self.float_button = QToolButton()
        float_button.setAutoRaise(True)
        float_button.setToolTip("Float in a window of its own")
        float_button.clicked.connect(lambda: self.setFloating(not self.isFloating()))
        close_button = self.close_button = QToolButton()
        close_button.setAutoRaise(True)
        self.icons_given = False
        close_button.setToolTip("Close (the menu or its shortcut opens it again)")
        close_button.clicked.connect(self.close)
        row.addWidget(self.fold_button)
        row.addWidget(self.title_label, 1)
        row.addWidget(float_button)
        row.addWidget(close_button)
        bar.installEventFilter(self)
        self.title_label.installEventFilter(self)
        self.setTitleBarWidget(bar)
        self._show_fold_state(False)
        self.visibilityChanged.connect(self._shown)

    def setVisible(self, visible: bool) -> None:
        """Shown for the first time: its panel is built first, so the layout places it
        as if it had always been there (see CorpusToolsController.panel)."""
        if visible and self.widget() is None and self.build_panel is not None:
            self.build_panel()
        if visible and not self.icons_given:
            from PySide6.QtWidgets import QStyle

            self.icons_given = True
            style = self.style()
            self.float_button.setIcon(
                style.standardIcon(QStyle.StandardPixmap.SP_TitleBarNormalButton)
            )
            self.close_button.setIcon(
                style.standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton)
            )
        super().setVisible(visible)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonDblClick:
            self.fold_button.toggle()
            return True
        return super().eventFilter(watched, event)

    @property
    def folded(self) -> bool:
        return self.fold_button.isChecked()

    def set_folded(self, folded: bool) -> None:
        """Fold to the title strip (the panel and its results are kept), or unfold."""
        if self.fold_button.isChecked() != folded:
            self.fold_button.setChecked(folded)  # comes back here through `toggled`
            return
        panel = self.widget()
        if panel is None:
            return
        if folded:
            self.unfolded_height = max(self.height(), self.unfolded_height)
            # Squeezed, not hidden: a dock whose widget is hidden shrinks to its title's
            # width, and the panel keeps its results and its place in the tab order.
            panel.setMaximumHeight(0)
            panel.setEnabled(False)  # nothing folded away can hold the focus or take keys
            self.host.resizeDocks(
                [self], [self.titleBarWidget().sizeHint().height()], Qt.Orientation.Vertical
            )
        else:
            panel.setMaximumHeight(UNLIMITED)
            panel.setEnabled(True)
            self.host.resizeDocks([self], [self._opening_height()], Qt.Orientation.Vertical)
        self._show_fold_state(folded)
        self.foldChanged.emit(folded)

    def _show_fold_state(self, folded: bool) -> None:
        self.fold_button.setArrowType(Qt.ArrowType.RightArrow if folded else Qt.ArrowType.DownArrow)
        self.fold_button.setToolTip(
            "Unfold (double-click the title)"
            if folded
            else "Fold to this strip, keeping the results (double-click the title)"
        )

    def set_count(self, text: str) -> None:
        """Show the panel's count in the title ("21 hits"), or just the title when empty."""
        self.title_label.setText(f"{self.base_title} — {text}" if text else self.base_title)

    def _opening_height(self) -> int:
        share = round(self.host.height() * OPEN_SHARE)
        wanted = self.unfolded_height or self.widget().sizeHint().height()
        return max(140, min(wanted, share))

    def _shown(self, visible: bool) -> None:
        if visible and not self.isFloating():
            if self.folded:
                self.set_folded(False)  # opening a dock from the menu always unfolds it
            # After the layout has placed it: cap its height so the article keeps its room.
            QTimer.singleShot(0, self._cap_height)

    def _cap_height(self) -> None:
        if self.isVisible() and not self.isFloating() and not self.folded:
            self.host.resizeDocks([self], [self._opening_height()], Qt.Orientation.Vertical)


class CorpusDocks(Mapping[str, "FoldableDock"]):
    """The corpus docks by name (`PANELS`); a dock is built the first time it is looked up.

    `built` holds the docks made so far (`build(name)` makes one and puts it there);
    iterating names every dock without building it.
    """

    def __init__(self, build: Callable[[str], FoldableDock]) -> None:
        self.built: dict[str, FoldableDock] = {}
        self._build = build

    def __getitem__(self, name: str) -> FoldableDock:
        dock = self.built.get(name)
        if dock is None:
            if name not in PANELS:
                raise KeyError(name)
            dock = self._build(name)
        return dock

    def __iter__(self) -> Iterator[str]:
        return iter(PANELS)

    def __len__(self) -> int:
        return len(PANELS)


class CorpusToolsController(QObject):
    # The dock of this name was just built (hidden): the window watches its keys.
    dockBuilt = Signal(str)

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
        # The keys that tag with each label, as the window's keymap sets them.
        self.label_keys: dict[str, list[QKeySequence]] | None = None
        # Built when first shown or asked for: three hidden docks were about 1.3% of the
        # start-up's instructions (issue 16), for tools the analyst may never open.
        self.docks = CorpusDocks(self._build_dock)
        # The menu's entries (and their keys) stand in for the docks' own toggle actions,
        # which exist only once a dock does; each follows its dock's state once it is built.
        self.toggles: dict[str, QAction] = {}
        for name, (title, shortcut) in PANELS.items():
            toggle = QAction(self)
            toggle.setText(title)
            toggle.setCheckable(True)
            toggle.setShortcuts([QKeySequence(shortcut)])
            toggle.triggered.connect(lambda checked, n=name: self._toggle(n, checked))
            menu.addAction(toggle)
            self.toggles[name] = toggle

    def _build_dock(self, name: str) -> FoldableDock:
        title, _shortcut = PANELS[name]
        host = self.host
        dock = FoldableDock(title, host)
        dock.setObjectName(f"corpus_{name}_dock")
        host.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        # One tabbed place, never docks stacked over the article: with the first one
        # built that is still docked.
        docked = [d for d in self.docks.built.values() if not d.isFloating()]
        if docked:
            host.tabifyDockWidget(docked[0], dock)
        dock.hide()
        dock.toggleViewAction().toggled.connect(self.toggles[name].setChecked)
        dock.build_panel = lambda: self.panel(name)
        dock.foldChanged.connect(lambda folded: self._fold_changed(name, folded))
        self.docks.built[name] = dock
        self.dockBuilt.emit(name)
        return dock

    def _toggle(self, name: str, checked: bool) -> None:
        """The menu entry of dock `name` was triggered: show (and raise) or close it, as the
        dock's own toggle action does."""
        action = self.docks[name].toggleViewAction()
        if action.isChecked() != checked:
            action.trigger()

    def set_label_keys(self, keys: dict[str, list[QKeySequence]]) -> None:
        """The keys that tag with each label: in the search panel's hit table they
        annotate the selected hits."""
        self.label_keys = keys
        if "search" in self.panels:  # built: else it takes them when it is
            self.search.set_label_keys(keys)

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
            if self.label_keys is not None:
                panel.set_label_keys(self.label_keys)
            panel.counted.connect(self.docks["search"].set_count)
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

    def _fold_changed(self, name: str, folded: bool) -> None:
        """Folding hands the keys back to the article; unfolding gives them to the panel."""
        if folded:
            self.article.setFocus(Qt.FocusReason.OtherFocusReason)
        elif name == "search":
            self.search.focus_query()
        else:
            panel = self.docks[name].widget()
            panel.setFocus(Qt.FocusReason.OtherFocusReason)
            if not panel.hasFocus():
                panel.focusNextChild()

    def open_at(self, document_id: str, start: int, end: int) -> None:
        """Open `document_id` and select code points [start, end) in the article."""
        self.session.open_document(document_id)
        if self.session.document_id != document_id:
            return
        self.article.select_text(start, end)
        self.article.centerCursor()
        self.article.setFocus()
