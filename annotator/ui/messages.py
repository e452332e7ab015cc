"""Message boxes that show their text literally: stored and outside text is never markup.

QMessageBox's static functions (`warning`, `question`, …) guess whether their
text is rich text, so a document title, file name, label or annotator name such
as `<img src=x><b>bold</b>` would be rendered as HTML. These build the same
boxes with `Qt.TextFormat.PlainText`; `plain_label` does it for a QLabel.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

StandardButton = QMessageBox.StandardButton


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: StandardButton = StandardButton.Ok,
    default: StandardButton = StandardButton.NoButton,
) -> QMessageBox:
    """A message box whose `text` is plain text (shown as it is, never as markup)."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if default != StandardButton.NoButton:
        box.setDefaultButton(default)
    return box


def warning(parent: QWidget | None, title: str, text: str) -> None:
    """A modal warning with plain `text`."""
    message_box(parent, QMessageBox.Icon.Warning, title, text).exec()


def information(parent: QWidget | None, title: str, text: str) -> None:
    """A modal note with plain `text`."""
    message_box(parent, QMessageBox.Icon.Information, title, text).exec()


def critical(parent: QWidget | None, title: str, text: str) -> None:
    """A modal error with plain `text`."""
    message_box(parent, QMessageBox.Icon.Critical, title, text).exec()


def question(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: StandardButton = StandardButton.Yes | StandardButton.No,
    default: StandardButton = StandardButton.NoButton,
) -> StandardButton:
    """A modal question with plain `text`; returns the button pressed."""
    box = message_box(parent, QMessageBox.Icon.Question, title, text, buttons, default)
    box.exec()
    return StandardButton(box.standardButton(box.clickedButton()))


def plain_label(text: str = "") -> QLabel:
    """A QLabel that shows `text` (and anything set later) literally."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label
