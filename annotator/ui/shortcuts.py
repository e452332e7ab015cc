"""The keyboard-shortcut sheet (F1 / ?): every action's keys, grouped, and the article's keys."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from annotator.ui.keys import KeyNames, screen_names


def article_keys(attributes_key: str = "A", escape_key: str = "Esc") -> tuple[tuple[str, str], ...]:
    """The article's own keys; the attribute chooser is named with the key that opens
    it, a text field with the key that leaves it ("" when the keymap unbinds it)."""
    chooser = "In the attribute chooser" + (f" ({attributes_key})" if attributes_key else "")
    leave = f"; {escape_key} returns to the article" if escape_key else ""
    return (
        ("Shift+arrows, Ctrl+Shift+arrows", "no span selected: select text by character / word"),
        ("Click, click again", "select a span; cycle through overlapping spans, innermost first"),
        ("In a text field", "keys type into it" + leave),
        (chooser, "letter or number picks, ↑/↓ row, Enter applies, Esc"),
    )


def review_keys(keys: KeyNames, labels: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """In review mode (Ctrl+R) the digits pick the selected cluster's versions, numbered
    as the review panel shows them, whatever the keymap binds to the digits; with text
    selected, a label's key accepts the selection with that label. Every other key is
    the one in effect (`keys`); a row whose action has no key is left out."""
    bound = [(label, key) for label in labels if (key := keys.name(f"tag:{label}"))]
    if bound:
        selected = (
            " / ".join(key for _label, key in bound) + " with text selected",
            "accept the selected text as " + " / ".join(label for label, _key in bound),
        )
    else:
        selected = ("A label's button with text selected", "accept the selected text as it")
    keyed = [
        (keys.name("accept"), "accept the cluster where every version agrees"),
        (keys.name("reject"), "reject the cluster"),
        (
            keys.either("next_suggestion", "previous_suggestion"),
            "next / previous undecided disagreement",
        ),
    ]
    return (
        ("1 / 2 / …", "accept version 1, 2, … of the selected cluster into gold"),
        selected,
        *((key, what) for key, what in keyed if key),
        ("Ctrl+Enter", "mark the document reviewed and open the next"),
    )


def _section(title: str, rows: Sequence[tuple[str, str]], key_width: int) -> str:
    # Every section's keys column has the same width, that of the longest key combination
    # (each on a line of its own); a phrase ("In the attribute chooser (A)") wraps at its
    # spaces, so the descriptions keep the rest of the column (at 800x600 a phrase that
    # never wrapped squeezed them to a few words a line). Both cells of a row start on
    # its first line, whatever a style's default alignment.
    cells = "".join(
        f"<tr><td width={key_width} valign='top' style='padding-right:12px'><b>"
        + "<br>".join(html.escape(k) for k in keys.split(", "))
        + f"</b></td><td valign='top'>{html.escape(what)}</td></tr>"
        for keys, what in rows
    )
    return (
        f"<h3 style='margin-top:10px; margin-bottom:4px'>{html.escape(title)}</h3>"
        f"<table width='100%' cellspacing=0 cellpadding=2>{cells}</table>"
    )


def key_column_width(rows: Sequence[tuple[str, str]], bold: QFontMetrics) -> int:
    """Pixels for the keys column: its longest word (a key combination never breaks)."""
    words = [word for keys, _what in rows for key in keys.split(", ") for word in key.split()]
    return max((bold.horizontalAdvance(word) for word in words), default=0) + 16


def action_rows(actions: Sequence[QAction]) -> list[tuple[str, str]]:
    """(keys, what) for each action, keys as the platform writes them, each named once
    as the rest of the screen names it (Return and Enter are one "Enter")."""
    rows = []
    for action in actions:
        native = QKeySequence.SequenceFormat.NativeText
        keys = ", ".join(screen_names(k.toString(native) for k in action.shortcuts()))
        rows.append((keys or "—", action.text().replace("&", "").rstrip("…")))
    return rows


def shortcuts_dialog(
    parent: QWidget,
    sections: Sequence[tuple[str, Sequence[QAction]]],
    *,
    reviewing: bool = False,
    keys: KeyNames,
    labels: Sequence[str],
) -> QDialog:
    """A non-modal sheet of each section's actions with their keys, in two columns.

    While `reviewing`, the review keys come first and the tagging sections say
    that they apply outside review mode: there, the digits pick versions, not labels.
    The article's and review's rows name the keys in effect (`keys`: the keymap's, not
    the defaults) for the schema's `labels`.
    """
    browser = QTextBrowser()
    font = browser.font()
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    browser.setFont(font)
    bold = QFont(font)
    bold.setBold(True)
    titled = [(title, action_rows(actions)) for title, actions in sections]
    article = article_keys(keys.name("attributes"), keys.name("escape"))
    titled.append(("In the article", list(article)))
    reviews = ("In review mode", list(review_keys(keys, labels)))
    if reviewing:
        titled.insert(0, ("In review mode (now on; Ctrl+R leaves it)", reviews[1]))
    else:
        titled.append(reviews)
    key_width = key_column_width([row for _t, rows in titled for row in rows], QFontMetrics(bold))
    blocks = [_section(title, rows, key_width) for title, rows in titled]
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
    browser.setHtml(
        "<table width='100%' cellspacing=0 cellpadding=0><tr>"
        f"<td width='50%' valign='top' style='padding-right:24px'>{left}</td>"
        f"<td width='50%' valign='top'>{right}</td></tr></table>"
    )
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
