"""One key model for the window: annotation keys act on the current object wherever the
focus is, except while the analyst types in a text field.

The annotation keys (label keys, Enter, Backspace/Delete, N/P, Tab, S, A, Esc, the
edge keys) are window-level actions. Qt would fire them even inside a line edit for
keys the line edit does not claim (Enter, Tab, ...), and a table would never see
them. `KeyGuard` settles it in one place: while a text field (line edit, spin box,
editable combo box, editable text edit) has the focus, every annotation key except
the "escape" action's (Esc, unless the keymap rebinds it) goes to the field; in a
corpus panel's list, Enter keeps its meaning there (open the hit, go to the problem).
The escape key always reaches the window: it returns the focus to the article. An Esc
the keymap gives to another action is that action's key, so a text field keeps it like
any other annotation key.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from annotator.paths import config_dir

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def is_text_field(widget: QWidget | None) -> bool:
    """True for a widget the analyst types text into (where letters are letters)."""
    if widget is None:
        return False
    # `inherits`, not isinstance: the spin box's Python class (and its enum types) would be
    # built for this check alone before the first frame.
    if isinstance(widget, QLineEdit) or widget.inherits("QAbstractSpinBox"):
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

    `keys()` returns the key sequences currently bound to annotation actions, and
    `leave()` those of the action that returns to the article (the keymap's "escape";
    Esc when not given), which always reach the window. A key's ShortcutOverride
    event travels from the focus widget up to its window when no widget claims it;
    the guard watches `windows` (the main window and its docks, which float as
    windows of their own) and claims it there for the focus widget.
    """

    def __init__(
        self,
        windows: Iterable[QWidget],
        keys: Callable[[], Iterable[QKeySequence]],
        leave: Callable[[], Iterable[QKeySequence]] | None = None,
    ) -> None:
        windows = list(windows)
        super().__init__(windows[0])
        self.keys = keys
        self.leave = leave if leave is not None else lambda: [QKeySequence("Esc")]
        for window in windows:
            window.installEventFilter(self)

    def owns(self, widget: QWidget | None, event: QKeyEvent) -> bool:
        """Whether `widget` keeps `event` rather than the window's annotation action."""
        if widget is None:
            return False
        if is_text_field(widget):
            sequence = key_sequence(event)
            exact = QKeySequence.SequenceMatch.ExactMatch
            if any(sequence.matches(k) == exact for k in self.leave()):
                return False
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


_DIGITS = {getattr(Qt.Key, f"Key_{digit}"): digit for digit in range(1, 10)}
_PLAIN = Qt.KeyboardModifier.NoModifier | Qt.KeyboardModifier.KeypadModifier


class DigitKeys(QObject):
    """Offers the plain digit keys 1-9 to `handle` before any shortcut sees them.

    Review mode's versions are numbered on screen (" 1 ", "Accept 1", "press 1, 2"),
    so there a digit picks that version whatever the keymap gives the digit (a keymap
    that swaps the label keys must not make 1 accept version 3). `handle(k)` returns
    True when it took the key (no shortcut fires), False to let the key act as usual;
    `repeated` is True for the repeats of a held key.
    A text field keeps its digits. Watches `windows` as `KeyGuard` does.
    """

    def __init__(self, windows: Iterable[QWidget], handle: Callable[[int, bool], bool]) -> None:
        windows = list(windows)
        super().__init__(windows[0])
        self.handle = handle
        for window in windows:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.ShortcutOverride
            or not isinstance(event, QKeyEvent)
            or event.key() not in _DIGITS
            or event.modifiers() & ~_PLAIN
            or is_text_field(QApplication.focusWidget())
        ):
            return False
        if self.handle(_DIGITS[event.key()], event.isAutoRepeat()):
            event.accept()  # no shortcut fires; the focus widget's key press is harmless
            return True
        return False


# -- the keymap file ---------------------------------------------------------------

KEYMAP_FILE = "keymap.json"

# Action ids and their default keys ("tag:<LABEL>" ids take the schema's hotkey).
# Alt+Shift+←/→ is taken by common Linux window managers (Openbox, LXDE): "move end"
# defaults to Ctrl+Shift+←/→ and keeps Alt+Shift as a second key where it reaches us.
DEFAULT_KEYS: dict[str, tuple[str, ...]] = {
    "accept": ("Return", "Enter"),
    "reject": ("Backspace",),
    "delete": ("Del",),
    "next_suggestion": ("N",),
    "previous_suggestion": ("P",),
    "next_span": ("Tab",),
    "previous_span": ("Shift+Tab",),
    "speaker": ("S",),
    "remove_speaker": ("Shift+S",),
    "attributes": ("A",),
    "escape": ("Esc",),
    "move_start_left": ("Shift+Left",),
    "move_start_right": ("Shift+Right",),
    "move_end_left": ("Ctrl+Shift+Left", "Alt+Shift+Left"),
    "move_end_right": ("Ctrl+Shift+Right", "Alt+Shift+Right"),
}


# What an entry of a hint names: an action, several actions shown as one ("N / P"), or
# None for a hint that names no key ("a label key relabels").
HintKeys = str | tuple[str, ...] | None


def screen_name(key: str) -> str:
    """`key` as the screen names it: Return is called Enter, as keyboards and the README
    call it ("Ctrl+Return" -> "Ctrl+Enter"); every other key as written."""
    head, plus, last = key.rpartition("+")
    return f"{head}{plus}Enter" if last == "Return" else key


def screen_names(keys: Iterable[str]) -> list[str]:
    """`keys` as the screen names them, each once, in order (Return and Enter, both
    bound to one action, are one "Enter")."""
    return list(dict.fromkeys(map(screen_name, keys)))


class KeyNames:
    """The keys in effect as the screen names them: the one place every status-bar hint,
    button, placeholder and F1 row asks, so that none names a key the keymap rebinds or
    unbinds.

    Built from action -> its first key as the platform writes it ("" for an action the
    keymap unbinds); without a mapping, the default keys. Return is named Enter, as
    keyboards and the README call it.
    """

    __slots__ = ("_first",)

    def __init__(self, first_keys: Mapping[str, str] | None = None) -> None:
        if first_keys is None:
            first_keys = {action: keys[0] for action, keys in DEFAULT_KEYS.items()}
        self._first = dict(first_keys)

    def name(self, action: str) -> str:
        """The key of `action` ("" when it has none)."""
        return screen_name(self._first.get(action, ""))

    def either(self, *actions: str) -> str:
        """The keys of `actions` that have one, as one name ("N / P"; "" for none)."""
        return " / ".join(key for key in map(self.name, actions) if key)

    def hints(self, hints: Iterable[tuple[HintKeys, str]]) -> list[str]:
        """ "K does" for each (action, what it does), in order; an action without a key is
        left out, and None stands for a hint without a key ("a label key relabels")."""
        shown = []
        for keys, what in hints:
            if keys is None:
                shown.append(what)
                continue
            key = self.name(keys) if isinstance(keys, str) else self.either(*keys)
            if key:
                shown.append(f"{key} {what}")
        return shown

    def then_press(self, action: str) -> str:
        """ ", then press K" for `action`'s key; "" when it has none."""
        key = self.name(action)
        return f", then press {key}" if key else ""


def keymap_path() -> Path:
    """keymap.json in the per-user config folder (~/.config/annotator on Linux)."""
    return config_dir() / KEYMAP_FILE


def parse_key(text: str) -> QKeySequence | None:
    """One key combination written as in the README ("Ctrl+Shift+Left", "A"), or None."""
    if not text.strip():
        return None
    sequence = QKeySequence.fromString(text.strip(), QKeySequence.SequenceFormat.PortableText)
    if sequence.count() != 1 or sequence[0].key() == Qt.Key.Key_unknown:  # type: ignore[index]
        return None
    return sequence


def read_keymap(
    path: Path, defaults: Mapping[str, Sequence[str]]
) -> tuple[dict[str, list[QKeySequence]], list[str]]:
    """The keys of every action: `defaults`, overridden by the file at `path` if any.

    The file is a JSON object mapping an action id to a key or a list of keys
    (an empty list unbinds the action). Returns the keys and the problems found,
    each a sentence naming the file and the entry; a bad entry is ignored (its
    action keeps its default keys), a file that cannot be read leaves every default.
    """
    keys = {
        name: [s for s in map(parse_key, texts) if s is not None]
        for name, texts in defaults.items()
    }
    problems: list[str] = []
    try:
        raw = path.read_text("utf-8")
    except FileNotFoundError:
        return keys, problems
    except (OSError, UnicodeDecodeError) as exc:
        return keys, [f"{path}: cannot read the keymap ({exc}); using the default keys."]
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        return keys, [f"{path}, line {exc.lineno}: not JSON ({exc.msg}); using the default keys."]
    except RecursionError:
        return keys, [f"{path}: nested too deeply to be a keymap; using the default keys."]
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits (review62c F11)
        return keys, [f"{path}: unreadable ({str(exc)[:80]}); using the default keys."]
    if not isinstance(data, dict):
        return keys, [f"{path}: expected an object of action: key; using the default keys."]
    taken: dict[str, str] = {}
    chosen: dict[str, list[QKeySequence]] = {}
    for name, value in data.items():
        if name not in defaults:
            known = ", ".join(sorted(defaults))
            problems.append(f"{path}: unknown action {name!r} ignored (known: {known}).")
            continue
        texts = [value] if isinstance(value, str) else value
        if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
            problems.append(f"{path}: {name!r} must be a key or a list of keys; ignored.")
            continue
        parsed = [(t, parse_key(t)) for t in texts]
        bad = [t for t, s in parsed if s is None]
        if bad:
            problems.append(f"{path}: {name!r}: {', '.join(map(repr, bad))} is not a key; ignored.")
            continue
        chosen[name] = [s for _t, s in parsed if s is not None]

    # One key, one action. The actions the file leaves alone keep their keys first: a
    # file that gives "2" to QUOTE must not silently take it from CASUALTY, whose button
    # still says "2". Then the file's entries, in file order; one that asks for a key
    # already taken is ignored as a whole, and its action keeps its default keys.
    def claim(name: str, sequences: Sequence[QKeySequence]) -> list[QKeySequence]:
        kept = []
        for sequence in sequences:
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if text not in taken:
                taken[text] = name
                kept.append(sequence)
        return kept

    for name in [n for n in keys if n not in chosen]:
        keys[name] = claim(name, keys[name])
    for name, sequences in chosen.items():
        texts = [s.toString(QKeySequence.SequenceFormat.PortableText) for s in sequences]
        clash = next((text for text in texts if text in taken), None)
        if clash is not None:
            problems.append(
                f"{path}: {clash} is already the key of {taken[clash]!r};"
                f" {name!r} keeps its default keys."
            )
            keys[name] = claim(name, keys[name])
        else:
            keys[name] = claim(name, sequences)
    return keys, problems
