"""The attribute chooser (A): the selected span's attributes set from the keyboard.

A small panel over the article, one row per attribute of the span's label.
On a choice row a letter (shown in brackets) or a number picks a value and
moves to the next row; on a number row digits type the value; ↑/↓ (or Tab)
move between rows; Enter applies every row as one edit, and picking on the
last row applies at once (ACTOR: A, then s for "state"); 0 clears a choice;
Esc cancels. Values are plain text: the labels never render markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from annotator.core.schema import AttributeSpec, empty_meaning

_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)


def choice_letters(choices: Sequence[str]) -> list[str]:
    """One distinct letter per choice: its first letter not taken by an earlier choice."""
    taken: set[str] = set()
    letters = []
    for choice in choices:
        letter = next((c for c in choice.lower() if c.isalpha() and c not in taken), "")
        taken.add(letter)
        letters.append(letter)
    return letters


def choice_line(choices: Sequence[str]) -> str:
    """'[p]erson  [o]rganisation  s[t]ate…': each choice with its letter in brackets."""
    parts = []
    for number, (choice, letter) in enumerate(zip(choices, choice_letters(choices), strict=True)):
        at = choice.lower().find(letter) if letter else -1
        shown = f"{choice[:at]}[{choice[at]}]{choice[at + 1 :]}" if at >= 0 else choice
        # A no-break space: a narrow chooser wraps between choices, never inside one.
        parts.append(f"{number + 1}\u00a0{shown}")
    return "   ".join(parts)


class AttributeChooser(QFrame):
    """Keyboard panel for one span's attributes; `applied` carries the new values."""

    applied = Signal(str, dict)  # span id, attributes
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("attributeChooser")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(10, 8, 10, 8)
        self.layout_.setSpacing(4)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.layout_.addWidget(self.title)
        self.rows: list[QLabel] = []
        self.hint = QLabel("letter or number chooses · ↑/↓ row · Enter applies · Esc cancels")
        self.hint.setObjectName("hint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)  # in a narrow article it was cut ("Enter appl")
        self.layout_.addWidget(self.hint)
        self.span_id = ""
        self.specs: list[AttributeSpec] = []
        self.values: dict[str, Any] = {}
        self.row = 0
        self.typed = ""  # digits typed on a number row
        self.hide()

    # -- opening -------------------------------------------------------------------

    def open_for(
        self,
        span_id: str,
        title: str,
        specs: Sequence[AttributeSpec],
        values: dict[str, Any],
        anchor: QPoint,
    ) -> None:
        """Show the chooser for `specs` with the current `values`, near `anchor` (parent
        coordinates), and take the keyboard."""
        self.span_id = span_id
        self.specs = list(specs)
        self.values = {k: v for k, v in values.items() if any(s.name == k for s in specs)}
        self.row = 0
        self.typed = ""
        self.title.setText(title)
        for label in self.rows:
            self.layout_.removeWidget(label)
            label.deleteLater()
        self.rows = []
        for index, _spec in enumerate(self.specs):
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)  # a long list of choices wraps on a small screen
            self.layout_.insertWidget(1 + index, label)
            self.rows.append(label)
        self._render()
        self.adjustSize()
        self._place(anchor)
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _place(self, anchor: QPoint) -> None:
        parent = self.parentWidget()
        assert parent is not None
        width = min(max(self.sizeHint().width(), 560), max(200, parent.width() - 16))
        self.resize(width, self.heightForWidth(width) if self.hasHeightForWidth() else 0)
        self.resize(width, max(self.height(), self.layout_.totalHeightForWidth(width)))
        x = min(max(8, anchor.x()), max(8, parent.width() - width - 8))
        y = anchor.y() + 18
        if y + self.height() > parent.height() - 8:
            y = max(8, anchor.y() - self.height() - 8)
        self.move(x, y)

    def _render(self) -> None:
        for index, (spec, label) in enumerate(zip(self.specs, self.rows, strict=True)):
            marker = "▸ " if index == self.row else "   "
            value = self.values.get(spec.name)
            name = spec.name.replace("_", " ")
            if spec.type == "choice":
                now = value if value is not None else "—"
                text = f"{marker}{name}: {now}      {choice_line(spec.choices)}   0\u00a0none"
            elif spec.type == "int":
                shown = self.typed if index == self.row and self.typed else value
                # Empty is a value of its own for a count ("at least 14": the high count is
                # open-ended), named as the schema names it; a dash only where it says nothing.
                empty = empty_meaning(spec)
                if shown in (None, ""):
                    shown = empty or "—"
                emptied = f"; Backspace empties: {empty}" if empty else ""
                text = f"{marker}{name}: {shown}   (type digits{emptied})"
            elif spec.type == "bool":
                text = f"{marker}{name}: {'yes' if value else 'no'}   [y]es  [n]o"
            else:
                text = f"{marker}{name}: {value if value is not None else '—'}"
            label.setText(text)
            # The current row stands out by its marker and colour, not a bolder font
            # (a wider font would wrap differently from the size the panel was given).
            label.setStyleSheet("color: #0b5cad;" if index == self.row else "")
        if self.isVisible():
            self.resize(self.width(), self.layout_.totalHeightForWidth(self.width()))

    # -- keys ----------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Every plain key is the chooser's while it is open: the window's letter and
        # number keys (tag, N, S, ...) must not fire behind it.
        if not isinstance(event, QKeyEvent):
            return super().event(event)
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier in _PLAIN
        if event.type() == QEvent.Type.ShortcutOverride and plain:
            event.accept()
            return True
        tab = event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if event.type() == QEvent.Type.KeyPress and tab:
            self._move(-1 if event.key() == Qt.Key.Key_Backtab else 1)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.hide()
            self.cancelled.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._commit_typed()
            self.apply()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._move(-1 if key == Qt.Key.Key_Up else 1)
            return
        if not self.specs:
            return
        spec = self.specs[self.row]
        text = event.text().lower()
        if spec.type == "choice":
            self._choose(spec, text)
        elif spec.type == "int":
            if text.isdigit() and len(self.typed) < 9:
                self.typed += text
            elif key == Qt.Key.Key_Backspace:
                self.typed = self.typed[:-1] if self.typed else ""
                if not self.typed:
                    self.values.pop(spec.name, None)
            self._render()
        elif spec.type == "bool" and text in ("y", "n"):
            self.values[spec.name] = text == "y"
            self._after_pick()

    def _choose(self, spec: AttributeSpec, text: str) -> None:
        if not text:
            return
        value: Any = ...
        if text == "0":
            value = None
        elif text.isdigit() and 1 <= int(text) <= len(spec.choices):
            value = spec.choices[int(text) - 1]
        else:
            letters = choice_letters(spec.choices)
            if text in letters:
                value = spec.choices[letters.index(text)]
        if value is ...:
            return
        if value is None:
            self.values.pop(spec.name, None)
        else:
            self.values[spec.name] = value
        self._after_pick()

    def _after_pick(self) -> None:
        if self.row == len(self.specs) - 1:
            self.apply()
        else:
            self._move(1)

    def _commit_typed(self) -> None:
        if self.specs and self.typed and self.specs[self.row].type == "int":
            self.values[self.specs[self.row].name] = int(self.typed)
        self.typed = ""

    def _move(self, step: int) -> None:
        self._commit_typed()
        if self.specs:
            self.row = (self.row + step) % len(self.specs)
        self._render()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        reason = event.reason()
        if self.isVisible() and reason not in (
            Qt.FocusReason.PopupFocusReason,
            Qt.FocusReason.ActiveWindowFocusReason,
        ):
            self.hide()  # a click elsewhere: nothing applied
            self.cancelled.emit()

    def apply(self) -> None:
        """Close and hand over the values (the controller makes them one edit)."""
        self._commit_typed()
        self.hide()
        self.applied.emit(self.span_id, dict(self.values))

    def current_row(self) -> str:
        return self.specs[self.row].name if self.specs else ""
