"""The screen names a key once, as the keyboard calls it: F1 lists the accept key as
"Enter" (not "Return" and "Enter"), and review mode's status bar names the key its
panel names for a lone version."""

from __future__ import annotations

import pytest

from annotator.core.model import Span, new_id
from annotator.store.repository import Repository
from annotator.ui.main_window import MainWindow
from annotator.ui.shortcuts import action_rows
from tests.ui.conftest import f1_pairs, open_window_with_keymap

pytestmark = pytest.mark.gui


def test_f1_names_the_accept_and_done_keys_enter_once(qtbot, corpus: Repository) -> None:
    window = open_window_with_keymap(qtbot, corpus, {})
    lines, pairs = f1_pairs(qtbot, window)
    assert ("Enter", "Accept suggestion") in pairs
    assert ("Ctrl+Enter", "Mark done and open next") in pairs
    assert "Return" not in lines
    assert "Ctrl+Return" not in lines


def test_an_action_row_keeps_its_other_keys_in_order(qtbot, window: MainWindow) -> None:
    window.accept_action.setShortcuts(["Space", "Return", "Enter", "F7"])
    assert action_rows([window.accept_action]) == [("Space, Enter, F7", "Accept suggestion")]


@pytest.mark.parametrize(
    ("keymap", "key"),
    [({}, "Enter"), ({"accept": "Space"}, "Space"), ({"accept": []}, "1")],
)
def test_review_of_one_annotator_names_the_panels_accept_key(
    qtbot, corpus: Repository, keymap: dict[str, object], key: str
) -> None:
    document = corpus.document(corpus.document_ids()[0])
    start = document.text.index("Free Valdor Front")
    corpus.add_span(Span(new_id(), document.id, start, start + 17, "ACTOR", "ana"))
    window = open_window_with_keymap(qtbot, corpus, keymap, "lead")
    window.review_action.trigger()
    window.article.setFocus()
    qtbot.keyClick(window.article, "n")
    status = window.annotation.current_label.text()
    assert "(nothing to compare)" in status
    assert status.endswith(f"— {key} accepts it")
    assert window.review_panel.versions.toPlainText().startswith(f" {key} ")
