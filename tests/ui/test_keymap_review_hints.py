"""Entering review mode and a tag's propagated mentions name the keys the keymap gives."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings

from annotator.core.model import Span, new_id
from annotator.ui.keys import keymap_path
from annotator.ui.main_window import MainWindow
from tests.ui.conftest import open_window

pytestmark = pytest.mark.gui


def _keymap(keymap: dict[str, object]) -> None:
    path = keymap_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(keymap), "utf-8")


@pytest.mark.parametrize(
    ("keymap", "expected"),
    [
        (
            {},
            "Review mode: N / P step through disagreements; 1, 2, … accept that version; "
            "Enter accepts where all versions agree; Backspace rejects.",
        ),
        (
            {"next_suggestion": "J", "previous_suggestion": "K", "accept": "Space", "reject": []},
            "Review mode: J / K step through disagreements; 1, 2, … accept that version; "
            "Space accepts where all versions agree.",
        ),
    ],
)
def test_review_mode_names_the_keys_in_effect(
    qtbot, corpus, keymap: dict[str, object], expected: str
) -> None:
    _keymap(keymap)
    document = corpus.document(corpus.document_ids()[0])
    start = document.text.index("Free Valdor Front")
    for annotator, label in (("ana", "ACTOR"), ("ben", "CASUALTY")):
        corpus.add_span(Span(new_id(), document.id, start, start + 17, label, annotator))
    window = open_window(qtbot, corpus, "lead")
    assert window.keymap_problems == []
    window.review_action.trigger()
    assert window.statusBar().currentMessage() == expected


def _open_titled(window: MainWindow, title: str) -> None:
    doc_id = next(i for i in window.repo.document_ids() if window.repo.document_title(i) == title)
    window.open_document(doc_id)


def test_propagated_mentions_name_the_keys_in_effect(qtbot, corpus) -> None:
    _keymap({"next_suggestion": "J", "accept": "Space", "reject": "X"})
    QSettings().setValue("view/suggestions", True)
    window = open_window(qtbot, corpus)
    assert window.keymap_problems == []
    _open_titled(window, "Talks in Geneva")
    window.suggestions.wait()
    text = window.session.document.text
    second = text.rindex("Geneva")
    window.article.select_text(second, second + len("Geneva"))
    qtbot.keyClick(window.article, "3")
    qtbot.waitUntil(lambda: "more mention" in window.statusBar().currentMessage(), timeout=3000)
    assert window.statusBar().currentMessage() == (
        "1 more mention of \u201cGeneva\u201d suggested: J steps to them, Space accepts, X rejects."
    )
