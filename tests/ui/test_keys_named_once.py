"""The screen names a key once, as the keyboard calls it: F1 lists the accept key as
"Enter" (not "Return" and "Enter"), and review mode's status bar names the key its
panel names for a lone version."""

from __future__ import annotations

import itertools
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser

from annotator.core.model import Span, new_id
from annotator.store.repository import Repository
from annotator.ui.keys import keymap_path
from annotator.ui.main_window import MainWindow
from annotator.ui.shortcuts import action_rows
from tests.ui.conftest import open_window

pytestmark = pytest.mark.gui


def _window(qtbot, repo: Repository, keymap: dict[str, object], annotator: str = "ana"):  # type: ignore[no-untyped-def]
    path = keymap_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(keymap), "utf-8")
    window = open_window(qtbot, repo, annotator)
    assert window.keymap_problems == []
    return window


def _f1_lines(qtbot, window: MainWindow) -> list[str]:
    qtbot.keyClick(window.article, Qt.Key.Key_F1)
    qtbot.addWidget(window.shortcuts_dialog)
    return window.shortcuts_dialog.findChild(QTextBrowser).toPlainText().splitlines()


def test_f1_names_the_accept_and_done_keys_enter_once(qtbot, corpus: Repository) -> None:
    window = _window(qtbot, corpus, {})
    lines = _f1_lines(qtbot, window)
    pairs = set(itertools.pairwise(lines))
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
    window = _window(qtbot, corpus, keymap, "lead")
    window.review_action.trigger()
    window.article.setFocus()
    qtbot.keyClick(window.article, "n")
    status = window.annotation.current_label.text()
    assert "(nothing to compare)" in status
    assert status.endswith(f"— {key} accepts it")
    assert window.review_panel.versions.toPlainText().startswith(f" {key} ")
