"""Switching suggestions on names the keys the keymap gives to step, accept and reject."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from annotator.ui.keys import keymap_path
from tests.ui.conftest import open_window

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("keymap", "expected"),
    [
        ({}, "Suggestions on: N steps through them, Enter accepts, Backspace rejects"),
        (
            {"accept": "Space", "reject": "X", "next_suggestion": "J"},
            "Suggestions on: J steps through them, Space accepts, X rejects",
        ),
    ],
)
def test_switching_suggestions_on_names_the_keys_in_effect(
    qtbot, corpus, keymap: dict[str, str], expected: str
) -> None:
    path = keymap_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(keymap), "utf-8")
    window = open_window(qtbot, corpus)
    qtbot.keyClick(window.article, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    message = window.statusBar().currentMessage()
    window.suggestions.wait()  # the article's suggestions, started by the switch, are in
    assert message.startswith(expected), message
