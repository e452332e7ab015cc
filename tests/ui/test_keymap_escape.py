"""The key that leaves a text field is the keymap's "escape" key, not Esc itself: a
rebound escape key returns to the article from a field, an Esc given to another action
stays in the field (it must not reject or delete behind it), and F1 and the status bar
name the key in effect."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.store.repository import Repository
from annotator.ui.main_window import MainWindow
from tests.ui.conftest import f1_pairs, open_window_with_keymap

pytestmark = pytest.mark.gui

SWAPPED = {"escape": "F12", "reject": "Esc"}


def _tag_actor(qtbot, window: MainWindow, needle: str) -> None:
    text = window.session.document.text
    start = text.index(needle)
    window.article.select_text(start, start + len(needle))
    qtbot.keyClick(window.article, "3")
    assert window.annotation.selected_span() is not None


def _in_filter(qtbot, window: MainWindow) -> None:
    qtbot.mouseClick(window.filter_box, Qt.MouseButton.LeftButton)
    window.filter_box.setFocus()
    assert QApplication.focusWidget() is window.filter_box


def _actors(window: MainWindow) -> int:
    rows = window.repo.db.execute("SELECT count(*) FROM span_view WHERE label = 'ACTOR'")
    return int(next(iter(rows))[0])


def test_the_rebound_escape_key_leaves_a_text_field(qtbot, corpus: Repository) -> None:
    window = open_window_with_keymap(qtbot, corpus, SWAPPED)
    _tag_actor(qtbot, window, "Ilse Marović")
    _in_filter(qtbot, window)
    qtbot.keyClick(window.filter_box, Qt.Key.Key_F12)
    assert QApplication.focusWidget() is window.article
    assert window.annotation.selected_span() is not None


def test_esc_given_to_another_action_stays_in_the_text_field(qtbot, corpus: Repository) -> None:
    window = open_window_with_keymap(qtbot, corpus, SWAPPED)
    _tag_actor(qtbot, window, "Ilse Marović")
    _in_filter(qtbot, window)
    qtbot.keyClick(window.filter_box, Qt.Key.Key_Escape)  # Esc is reject's: the field keeps it
    assert _actors(window) == 1
    assert QApplication.focusWidget() is window.filter_box
    # In the article the same Esc is the reject key the keymap says it is.
    window.article.setFocus()
    qtbot.keyClick(window.article, Qt.Key.Key_Escape)
    assert _actors(window) == 0


def test_esc_still_leaves_a_text_field_without_a_keymap(qtbot, window: MainWindow) -> None:
    _in_filter(qtbot, window)
    qtbot.keyClick(window.filter_box, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.article


@pytest.mark.parametrize(
    ("keymap", "row"),
    [
        ({}, "keys type into it; Esc returns to the article"),
        (SWAPPED, "keys type into it; F12 returns to the article"),
        ({"escape": []}, "keys type into it"),
    ],
)
def test_f1_names_the_key_that_leaves_a_text_field(
    qtbot, corpus: Repository, keymap: dict[str, object], row: str
) -> None:
    window = open_window_with_keymap(qtbot, corpus, keymap)
    assert ("In a text field", row) in f1_pairs(qtbot, window)[1]


@pytest.mark.parametrize(
    ("keymap", "cancels"),
    [({}, "Esc cancels"), ({"escape": "F12"}, "Esc / F12 cancels")],
)
def test_choosing_a_speaker_names_every_key_that_cancels(
    qtbot, corpus: Repository, keymap: dict[str, object], cancels: str
) -> None:
    window = open_window_with_keymap(qtbot, corpus, keymap)
    _tag_actor(qtbot, window, "Ilse Marović")
    text = window.session.document.text
    start = text.index("We will not leave,")
    window.article.select_text(start, start + len("We will not leave,"))
    qtbot.keyClick(window.article, "1")
    qtbot.keyClick(window.article, "s")
    message = window.statusBar().currentMessage()
    assert f"{cancels} —" in message
    if keymap:  # the rebound key cancels from the chooser's filter field too
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F12)
        assert not window.annotation.picking_speaker
        assert window.statusBar().currentMessage() == "Speaker not set."
