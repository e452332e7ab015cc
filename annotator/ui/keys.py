"""One key model for the window: annotation keys act on the current object wherever the
focus is, except while the analyst types in a text field.

The annotation keys (label keys, Enter, Backspace/Delete, N/P, Tab, S, A, Esc, the
edge keys) are window-level actions. Qt would fire them even inside a line edit for
keys the line edit does not claim (Enter, Tab, ...), and a table would never see
them. `KeyGuard` settles it in one place: while a text field (line edit, spin box,
editable combo box, editable text edit) has the focus, every annotation key except
Esc goes to the field; in a corpus panel's list, Enter keeps its meaning there
(open the hit, go to the problem). Esc always reaches the window: it returns the
focus to the article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def is_text_field(widget: QWidget | None) -> bool:
    """True for a widget the analyst types text into (where letters are letters)."""
    if widget is None:
        return False
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return True
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    return False


def key_sequence(event: QKeyEvent) -> QKeySequence:
    """The key and modifiers of `event` as one key sequence (keypad flag dropped)."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    key = event.key()
    if key == Qt.Key.Key_Backtab:  # Shift+Tab arrives as Backtab with Shift held
        key = Qt.Key.Key_Tab
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    return QKeySequence(int(modifiers.value) | int(key))


def _in_dock(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QDockWidget):
            return True
        parent = parent.parentWidget()
    return False


class KeyGuard(QObject):
    """Lets text fields (and Enter in corpus panel lists) keep the annotation keys.

    `keys()` returns the key sequences currently bound to annotation actions.
    A key's ShortcutOverride event travels from the focus widget up to its
    window when no widget claims it; the guard watches `windows` (the main
    window and its docks, which float as windows of their own) and claims it
    there for the focus widget.
    """

    def __init__(
        self, windows: Iterable[QWidget], keys: Callable[[], Iterable[QKeySequence]]
    ) -> None:
        windows = list(windows)
        super().__init__(windows[0])
        self.keys = keys
        for window in windows:
            window.installEventFilter(self)

    def owns(self, widget: QWidget | None, event: QKeyEvent) -> bool:
        """Whether `widget` keeps `event` rather than the window's annotation action."""
        if widget is None or event.key() == Qt.Key.Key_Escape:
            return False
        if is_text_field(widget):
            sequence = key_sequence(event)
            exact = QKeySequence.SequenceMatch.ExactMatch
            return any(sequence.matches(k) == exact for k in self.keys())
        if isinstance(widget, QAbstractItemView) and event.key() in _ENTER and _in_dock(widget):
            return not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.owns(QApplication.focusWidget(), event)
        ):
            event.accept()  # the focus widget gets the key press; no shortcut fires
            return True
        return False
