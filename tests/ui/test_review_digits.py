"""In review mode a digit picks the version with that number, as the screen numbers them
(the versions list, the "Accept k" buttons, F1, the status bar), whatever the keymap
gives the digits; with text selected, a label's key accepts the selection as that label."""

from __future__ import annotations

import itertools
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser

from annotator.core.model import Span, new_id
from annotator.store import review
from annotator.ui.keys import keymap_path
from annotator.ui.main_window import MainWindow
from tests.ui.conftest import open_window

pytestmark = pytest.mark.gui


def _reviewer(qtbot, corpus, keymap: dict | None) -> MainWindow:  # type: ignore[no-untyped-def]
    if keymap is not None:
        path = keymap_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(keymap), "utf-8")
    document = corpus.document(corpus.document_ids()[0])
    text = document.text
    for annotator, label in (("ana", "ACTOR"), ("ben", "CASUALTY")):  # a label conflict
        start = text.index("Free Valdor Front")
        corpus.add_span(
            Span(new_id(), document.id, start, start + len("Free Valdor Front"), label, annotator)
        )
    window = open_window(qtbot, corpus, "lead")
    assert window.keymap_problems == []
    window.review_action.trigger()
    window.article.setFocus()
    (conflict,) = [
        i for i, item in enumerate(window.review.items) if item.cluster.kind == "label_conflict"
    ]
    window.review.select_cluster(conflict)
    return window


def _gold(window: MainWindow) -> list[tuple[str, str]]:
    rows = window.repo.db.execute(
        "SELECT label, text FROM span_view WHERE annotator = 'gold' ORDER BY start"
    )
    return [tuple(r) for r in rows]


def _version_labels(window: MainWindow) -> list[str]:
    number = window.review.current_number()
    assert number is not None
    return [version.label for version in window.review.comparison(number).versions]


def test_with_swapped_label_keys_1_accepts_version_1_as_the_screen_says(qtbot, corpus) -> None:
    window = _reviewer(qtbot, corpus, {"tag:QUOTE": "3", "tag:ACTOR": "1"})
    labels = _version_labels(window)
    buttons = window.review_panel.version_buttons
    assert [b.text() for b in buttons] == ["Accept 1", "Accept 2"]
    assert buttons[0].toolTip() == "Accept version 1 into gold (key 1)"
    assert window.review_panel.accept_button.toolTip().endswith("press 1, 2 to accept one.")
    qtbot.keyClick(window.article, "1")  # ACTOR's key in this keymap; QUOTE's schema key is 3
    assert _gold(window) == [(labels[0], "Free Valdor Front")]
    decisions = review.decisions(window.repo, window.session.document_id)
    assert [d.decision for d in decisions] == ["accept"]


def test_f1_in_review_says_digits_pick_versions_and_names_each_labels_key(qtbot, corpus) -> None:
    window = _reviewer(qtbot, corpus, {"tag:QUOTE": "3", "tag:ACTOR": "1"})
    qtbot.keyClick(window.article, Qt.Key.Key_F1)
    qtbot.addWidget(window.shortcuts_dialog)
    lines = window.shortcuts_dialog.findChild(QTextBrowser).toPlainText().splitlines()
    pairs = set(itertools.pairwise(lines))
    assert ("1 / 2 / …", "accept version 1, 2, … of the selected cluster into gold") in pairs
    assert (
        "3 / 2 / 1 with text selected",
        "accept the selected text as QUOTE / CASUALTY / ACTOR",
    ) in pairs


def test_a_digit_the_keymap_leaves_unbound_still_picks_its_version(qtbot, corpus) -> None:
    window = _reviewer(qtbot, corpus, {"tag:CASUALTY": "F2"})
    labels = _version_labels(window)
    qtbot.keyClick(window.article, "2")  # bound to nothing here
    assert _gold(window) == [(labels[1], "Free Valdor Front")]


def test_a_digit_past_the_last_version_says_which_keys_there_are(qtbot, corpus) -> None:
    window = _reviewer(qtbot, corpus, {"tag:QUOTE": "3", "tag:ACTOR": "1"})
    qtbot.keyClick(window.article, "3")  # QUOTE's key: no longer a version-3 accept of QUOTE
    assert _gold(window) == []
    assert window.statusBar().currentMessage() == "This cluster has 2 versions: press 1 or 2."


def test_with_text_selected_a_swapped_label_key_accepts_the_selection_as_its_label(
    qtbot, corpus
) -> None:
    window = _reviewer(qtbot, corpus, {"tag:QUOTE": "3", "tag:ACTOR": "1"})
    text = window.session.document.text
    start = text.index("Free Valdor Front")
    window.article.select_text(start, start + len("Free Valdor"))
    qtbot.keyClick(window.article, "1")  # ACTOR's key
    assert _gold(window) == [("ACTOR", "Free Valdor")]


def test_a_label_button_without_a_selection_asks_for_one(qtbot, corpus) -> None:
    window = _reviewer(qtbot, corpus, {"tag:QUOTE": "3", "tag:ACTOR": "1"})
    window.label_actions["QUOTE"].trigger()  # the Tag menu's QUOTE: key 3, schema key 1
    assert _gold(window) == []
    assert window.statusBar().currentMessage() == (
        "Select the text to accept it as QUOTE; 1, 2, … accept a version."
    )


def test_digits_type_into_the_comment_box_in_review(qtbot, corpus) -> None:
    window = _reviewer(qtbot, corpus, None)
    box = window.review_panel.comment_box
    box.setFocus()
    qtbot.keyClicks(box, "12")
    assert box.text() == "12"
    assert _gold(window) == []
