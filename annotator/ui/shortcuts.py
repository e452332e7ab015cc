"""The keyboard-shortcut sheet (F1 / ?): every action's keys, grouped, and the article's keys."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

ARTICLE_KEYS = (
    ("Shift+←/→", "drag text selection; with a span selected: move its start by a word"),
    ("Alt+Shift+←/→", "with a span selected: move its end by a word"),
    ("Tab / Shift+Tab", "next / previous span"),
    ("Click, click again", "select a span; cycle through overlapping spans"),
    ("Esc", "deselect, or cancel picking a speaker"),
)


def shortcuts_dialog(parent: QWidget, sections: Sequence[tuple[str, Sequence[QAction]]]) -> QDialog:
    """A non-modal dialog listing each section's actions with their keys."""
    rows = []
    for title, actions in sections:
        rows.append(f"<tr><th colspan=2 align=left><br>{html.escape(title)}</th></tr>")
        for action in actions:
            keys = ", ".join(
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
            )
            rows.append(
                f"<tr><td><code>{html.escape(keys)}</code></td>"
                f"<td>{html.escape(action.text().replace('&', ''))}</td></tr>"
            )
    rows.append("<tr><th colspan=2 align=left><br>In the article</th></tr>")
    for keys, what in ARTICLE_KEYS:
        rows.append(
            f"<tr><td><code>{html.escape(keys)}</code></td><td>{html.escape(what)}</td></tr>"
        )
    dialog = QDialog(parent)
    dialog.setWindowTitle("Keyboard shortcuts")
    layout = QVBoxLayout(dialog)
    browser = QTextBrowser()
    browser.setHtml("<table cellspacing=4>" + "".join(rows) + "</table>")
    layout.addWidget(browser)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(520, 560)
    return dialog
