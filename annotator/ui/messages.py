"""Message boxes that show their text literally: stored and outside text is never markup.

QMessageBox's static functions (`warning`, `question`, …) guess whether their
text is rich text, so a document title, file name, label or annotator name such
as `<img src=x><b>bold</b>` would be rendered as HTML. These build the same
boxes with `Qt.TextFormat.PlainText`; `plain_label` does it for a QLabel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

# QMessageBox is imported where a box is made: its Python class (and enum types)
# would otherwise be built before the window's first frame, which shows no box.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    StandardButton = QMessageBox.StandardButton


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: StandardButton | None = None,
    default: StandardButton | None = None,
) -> QMessageBox:
    """A message box whose `text` is plain text (shown as it is, never as markup).

    `buttons` defaults to Ok; `default` to none in particular."""
    from PySide6.QtWidgets import QMessageBox

    if buttons is None:
        buttons = QMessageBox.StandardButton.Ok
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if default is not None and default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    return box


def warning(parent: QWidget | None, title: str, text: str) -> None:
    """A modal warning with plain `text`."""
    from PySide6.QtWidgets import QMessageBox

    message_box(parent, QMessageBox.Icon.Warning, title, text).exec()


def information(parent: QWidget | None, title: str, text: str) -> None:
    """A modal note with plain `text`."""
    from PySide6.QtWidgets import QMessageBox

    message_box(parent, QMessageBox.Icon.Information, title, text).exec()


def critical(parent: QWidget | None, title: str, text: str) -> None:
    """A modal error with plain `text`."""
    from PySide6.QtWidgets import QMessageBox

    message_box(parent, QMessageBox.Icon.Critical, title, text).exec()


def question(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: StandardButton | None = None,
    default: StandardButton | None = None,
) -> StandardButton:
    """A modal question with plain `text` (Yes and No unless `buttons` says otherwise);
    returns the button pressed."""
    from PySide6.QtWidgets import QMessageBox

    if buttons is None:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = message_box(parent, QMessageBox.Icon.Question, title, text, buttons, default)
    box.exec()
    return QMessageBox.StandardButton(box.standardButton(box.clickedButton()))


def plain_label(text: str = "") -> QLabel:
    """A QLabel that shows `text` (and anything set later) literally."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label
