"""The keyboard-shortcut sheet (F1 / ?): every action's keys, grouped, and the article's keys."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

ARTICLE_KEYS = (
    ("Shift+arrows, Ctrl+Shift+arrows", "no span selected: select text by character / word"),
    ("Click, click again", "select a span; cycle through overlapping spans, innermost first"),
    ("In a text field", "keys type into it; Esc returns to the article"),
    ("In the attribute chooser (A)", "letter or number picks, ↑/↓ row, Enter applies, Esc"),
)

# In review mode (Ctrl+R) the same keys act on the selected cluster of versions.
REVIEW_KEYS = (
    ("1 / 2 / …", "accept version 1, 2, … of the selected cluster into gold"),
    ("1 / 2 / 3 with text selected", "accept the selected text with that label"),
    ("Enter", "accept the cluster where every version agrees"),
    ("Backspace", "reject the cluster"),
    ("N / P", "next / previous undecided disagreement"),
    ("Ctrl+Enter", "mark the document reviewed and open the next"),
)


def _section(title: str, rows: Sequence[tuple[str, str]]) -> str:
    # Each key combination on a line of its own keeps the keys column narrow.
    cells = "".join(
        "<tr><td style='padding-right:14px; white-space:nowrap'><b>"
        + "<br>".join(html.escape(k) for k in keys.split(", "))
        + f"</b></td><td>{html.escape(what)}</td></tr>"
        for keys, what in rows
    )
    return (
        f"<h3 style='margin-top:10px; margin-bottom:4px'>{html.escape(title)}</h3>"
        f"<table cellspacing=0 cellpadding=2>{cells}</table>"
    )


def action_rows(actions: Sequence[QAction]) -> list[tuple[str, str]]:
    """(keys, what) for each action, keys as the platform writes them."""
    rows = []
    for action in actions:
        keys = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )
        rows.append((keys or "—", action.text().replace("&", "").rstrip("…")))
    return rows


def review_rows(version_keys: Sequence[str] | None) -> tuple[tuple[str, str], ...]:
    """REVIEW_KEYS with the keys that accept version 1, 2, … as the keymap binds them
    (the label keys, in the order of their schema digits)."""
    if not version_keys:
        return REVIEW_KEYS
    keys = " / ".join(version_keys)
    named = {
        "1 / 2 / …": keys,
        "1 / 2 / 3 with text selected": f"{keys} with text selected",
    }
    return tuple((named.get(k, k), what) for k, what in REVIEW_KEYS)


def shortcuts_dialog(
    parent: QWidget,
    sections: Sequence[tuple[str, Sequence[QAction]]],
    *,
    reviewing: bool = False,
    version_keys: Sequence[str] | None = None,
) -> QDialog:
    """A non-modal sheet of each section's actions with their keys, in two columns.

    While `reviewing`, the review keys come first and the tagging sections say
    that they apply outside review mode: there, 1/2/3 pick versions, not labels.
    `version_keys`: the keys that pick version 1, 2, … (the label keys the keymap
    binds), shown instead of "1 / 2 / …".
    """
    blocks = [_section(title, action_rows(actions)) for title, actions in sections]
    blocks.append(_section("In the article", ARTICLE_KEYS))
    review = review_rows(version_keys)
    if reviewing:
        blocks.insert(0, _section("In review mode (now on; Ctrl+R leaves it)", review))
    else:
        blocks.append(_section("In review mode", review))
    # Two columns of about equal length (a section never splits).
    lengths = [block.count("<tr>") + 2 for block in blocks]
    total, running, split = sum(lengths), 0, len(blocks)
    for index, length in enumerate(lengths):
        running += length
        if running >= total / 2:
            split = index + 1
            break
    left, right = "".join(blocks[:split]), "".join(blocks[split:])
    dialog = QDialog(parent)
    dialog.setWindowTitle("Keyboard shortcuts — review mode" if reviewing else "Keyboard shortcuts")
    layout = QVBoxLayout(dialog)
    browser = QTextBrowser()
    browser.setHtml(
        "<table width='100%' cellspacing=0 cellpadding=0><tr>"
        f"<td width='50%' valign='top' style='padding-right:24px'>{left}</td>"
        f"<td width='50%' valign='top'>{right}</td></tr></table>"
    )
    font = browser.font()
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    browser.setFont(font)
    layout.addWidget(browser)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    screen = parent.screen().availableGeometry() if parent.screen() else None
    width, height = 1000, 640
    if screen is not None:
        width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
    dialog.resize(width, height)
    return dialog
