"""Every key the screen names is the keymap's: the review panel's buttons and placeholder,
a lone version's key, F1's review rows, and the status bar's and attribute panel's hints
(an action the keymap unbinds is named by no hint)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from annotator.core.model import Span, new_id
from annotator.store.repository import Repository
from annotator.ui.keys import KeyNames
from annotator.ui.main_window import MainWindow
from tests.ui.conftest import SUGGESTIONS_ARRIVE_MS
from tests.ui.conftest import f1_pairs as _f1_pairs
from tests.ui.conftest import open_window_with_keymap as _window

pytestmark = pytest.mark.gui

REBOUND = {
    "accept": "Space",
    "reject": "X",
    "next_suggestion": "J",
    "previous_suggestion": "K",
    "delete": "F9",
}
UNBOUND: dict[str, object] = {
    "accept": [],
    "reject": [],
    "next_suggestion": [],
    "previous_suggestion": [],
    "delete": [],
}


def _two_annotators(repo: Repository) -> None:
    """ana and ben marked the same words alike: one agreed cluster, one version."""
    document = repo.document(repo.document_ids()[0])
    start = document.text.index("Free Valdor Front")
    for annotator in ("ana", "ben"):
        repo.add_span(Span(new_id(), document.id, start, start + 17, "ACTOR", annotator))


def _buttons(window: MainWindow) -> tuple[str, str]:
    panel = window.review_panel
    return panel.accept_button.text(), panel.reject_button.text()


@pytest.mark.parametrize(
    ("keymap", "buttons", "placeholder", "chip"),
    [
        (
            {},
            ("Accept (Enter)", "Reject (Backspace)"),
            "Step to a cluster with N to compare its versions.",
            " Enter ",
        ),
        (
            REBOUND,
            ("Accept (Space)", "Reject (X)"),
            "Step to a cluster with J to compare its versions.",
            " Space ",
        ),
        (
            UNBOUND,
            ("Accept", "Reject"),
            "Click a cluster in the list to compare its versions.",
            " 1 ",
        ),
    ],
)
def test_the_review_panel_names_the_keys_in_effect(
    qtbot, corpus: Repository, keymap, buttons, placeholder, chip
) -> None:
    _two_annotators(corpus)
    window = _window(qtbot, corpus, keymap, "lead")
    window.review_action.trigger()
    assert _buttons(window) == buttons
    assert window.review_panel.versions.toPlainText() == placeholder
    assert "⏎" not in window.review_panel.accept_button.text()
    # One version: its chip names the key that accepts it.
    window.review.select_cluster(0)
    assert window.review_panel.versions.toPlainText().startswith(chip)


@pytest.mark.parametrize(
    ("keymap", "message"),
    [
        (REBOUND, "Step to a cluster with J first."),
        (UNBOUND, "Click a cluster in the list first."),
    ],
)
def test_deciding_without_a_cluster_names_the_step_key_in_effect(
    qtbot, corpus: Repository, keymap, message
) -> None:
    _two_annotators(corpus)
    window = _window(qtbot, corpus, keymap, "lead")
    window.review_action.trigger()
    qtbot.mouseClick(window.review_panel.reject_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == message


def test_f1_review_rows_name_the_keymaps_keys(qtbot, corpus: Repository) -> None:
    window = _window(qtbot, corpus, REBOUND)
    lines, pairs = _f1_pairs(qtbot, window)
    assert ("Space", "accept the cluster where every version agrees") in pairs
    assert ("X", "reject the cluster") in pairs
    assert ("J / K", "next / previous undecided disagreement") in pairs
    assert "N / P" not in lines


def test_f1_leaves_out_the_review_rows_of_unbound_actions(qtbot, corpus: Repository) -> None:
    window = _window(qtbot, corpus, UNBOUND)
    lines, pairs = _f1_pairs(qtbot, window)
    assert "reject the cluster" not in lines
    assert "accept the cluster where every version agrees" not in lines
    assert "next / previous undecided disagreement" not in lines
    assert ("1 / 2 / …", "accept version 1, 2, … of the selected cluster into gold") in pairs


def test_without_a_keymap_f1_review_rows_name_the_default_keys(qtbot, corpus: Repository) -> None:
    window = _window(qtbot, corpus, {})
    _lines, pairs = _f1_pairs(qtbot, window)
    assert ("Enter", "accept the cluster where every version agrees") in pairs
    assert ("Backspace", "reject the cluster") in pairs
    assert ("N / P", "next / previous undecided disagreement") in pairs


@pytest.mark.parametrize(
    ("keymap", "delete", "nothing", "no_suggestion"),
    [
        (
            REBOUND,
            "Click a span first, then press F9.",
            "Nothing selected: click a span or step with J / Tab.",
            "Step to a suggestion with J, then Space accepts it.",
        ),
        (
            UNBOUND,
            "Click a span first.",
            "Nothing selected: click a span or step with Tab.",
            "Click a suggestion.",
        ),
    ],
)
def test_status_bar_hints_name_the_keys_in_effect(
    qtbot, corpus: Repository, keymap, delete, nothing, no_suggestion
) -> None:
    window = _window(qtbot, corpus, keymap)
    window.delete_action.trigger()  # nothing selected
    assert window.statusBar().currentMessage() == delete
    window.workbench.reject_key()
    assert window.statusBar().currentMessage() == nothing
    window.suggestions.accept()
    assert window.statusBar().currentMessage() == no_suggestion


@pytest.mark.parametrize(
    ("keymap", "hint"),
    [
        ({}, "Accept it (Enter) to edit its attributes."),
        (REBOUND, "Accept it (Space) to edit its attributes."),
        (UNBOUND, "Accept it to edit its attributes."),
    ],
)
def test_a_selected_suggestions_attribute_hint_names_the_accept_key(
    qtbot, corpus: Repository, keymap, hint
) -> None:
    QSettings().setValue("view/suggestions", True)
    window = _window(qtbot, corpus, keymap)
    qtbot.waitUntil(lambda: bool(window.session.suggestions()), timeout=SUGGESTIONS_ARRIVE_MS)
    window.suggestions.step(1)  # as N would, were it bound
    assert window.suggestions.current() is not None
    assert window.tags.editor.placeholder.text() == hint


def test_key_names_call_return_enter_and_leave_out_unbound_actions() -> None:
    keys = KeyNames({"accept": "Return", "reject": "", "next_suggestion": "J"})
    assert keys.name("accept") == "Enter"
    assert keys.name("reject") == ""
    assert keys.name("no such action") == ""
    assert keys.either("next_suggestion", "previous_suggestion") == "J"
    assert keys.hints([("accept", "accepts"), ("reject", "rejects"), (None, "a label key")]) == [
        "Enter accepts",
        "a label key",
    ]
    assert keys.then_press("reject") == ""
    assert keys.then_press("next_suggestion") == ", then press J"
    assert KeyNames().either("next_suggestion", "previous_suggestion") == "N / P"
