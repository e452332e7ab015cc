"""What the window says about the label keys follows the keymap file: the tag buttons,
their tooltips, the Tag menu and F1 name the key that really tags."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser

from annotator.ui.keys import keymap_path
from annotator.ui.main_window import MainWindow
from tests.ui.conftest import open_window

pytestmark = pytest.mark.gui


def _write_keymap(entries: dict) -> None:
    path = keymap_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(entries), "utf-8")


def _stored_labels(window: MainWindow) -> list[tuple[str, str]]:
    rows = window.repo.db.execute(
        "SELECT label, text FROM span_view WHERE document_id = ? ORDER BY start",
        [window.session.document_id],
    )
    return [(r[0], r[1]) for r in rows]


def _f1_text(qtbot, window: MainWindow) -> str:
    window.show_shortcuts()
    dialog = window.shortcuts_dialog
    qtbot.addWidget(dialog)
    return dialog.findChild(QTextBrowser).toPlainText()


def test_the_actor_button_names_the_key_the_keymap_gives_it(qtbot, corpus) -> None:
    _write_keymap({"tag:ACTOR": "F3", "tag:QUOTE": []})
    window = open_window(qtbot, corpus)
    actor, quote, casualty = (window.tags.buttons[n] for n in ("ACTOR", "QUOTE", "CASUALTY"))
    assert actor.text().split()[0] == "F3"
    assert "Key: F3" in actor.toolTip()
    assert "Key: 3" not in actor.toolTip()
    # The keymap unbinds QUOTE: its button names no key; CASUALTY keeps its default.
    assert quote.text().split()[0] == "QUOTE"
    assert "No key" in quote.toolTip()
    assert casualty.text().split()[0] == "2"
    # The Tag menu and F1 say the same.
    assert window.label_actions["ACTOR"].shortcut().toString() == "F3"
    help_text = _f1_text(qtbot, window)
    assert "F3" in help_text
    # In review mode the digits pick versions whatever the keymap; with text selected
    # the label keys in effect accept it (QUOTE has none: the keymap unbinds it).
    assert "2 / F3 with text selected" in help_text
    assert "accept the selected text as CASUALTY / ACTOR" in help_text
    assert "accept version 1, 2, … of the selected cluster into gold" in help_text
    # The key the button names tags; the one it used to name does not.
    text = window.session.document.text
    start = text.index("Free Valdor Front")
    window.article.select_text(start, start + len("Free Valdor Front"))
    qtbot.keyClick(window.article, "3")
    assert _stored_labels(window) == []
    qtbot.keyClick(window.article, Qt.Key.Key_F3)
    assert _stored_labels(window) == [("ACTOR", "Free Valdor Front")]
    # Counts keep the key in the text.
    assert actor.text().split() == ["F3", "ACTOR", "·", "1"]


def test_without_a_keymap_the_buttons_name_the_schema_keys(qtbot, corpus) -> None:
    window = open_window(qtbot, corpus)
    assert [window.tags.buttons[n].text().split()[0] for n in ("QUOTE", "CASUALTY", "ACTOR")] == [
        "1",
        "2",
        "3",
    ]
    assert "Key: 3" in window.tags.buttons["ACTOR"].toolTip()
    assert "1 / 2 / …" in _f1_text(qtbot, window)


def test_the_search_hits_take_the_label_keys_the_keymap_sets(qtbot, corpus) -> None:
    """In the hit table a label's key annotates the selected hits: the key the keymap
    gives it, not the schema's."""
    _write_keymap({"tag:ACTOR": "F3"})
    window = open_window(qtbot, corpus)
    window.corpus_docks["search"].show()
    panel = window.corpus.search
    panel.query_edit.setText("Geneva")
    panel.run()
    assert panel.model.rowCount() == 2
    panel.table.selectAll()
    panel.table.setFocus()

    def actors() -> int:
        return window.repo.db.execute(
            "SELECT count(*) FROM spans WHERE label = 'ACTOR'"
        ).fetchone()[0]

    qtbot.keyClick(panel.table, Qt.Key.Key_3)
    assert actors() == 0
    qtbot.keyClick(panel.table, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: actors() == 2)
    window.undo_stack.undo()  # one undoable step, as with the default keys
    assert actors() == 0
