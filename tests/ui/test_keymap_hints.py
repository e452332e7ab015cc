"""The keys the window names in its hints follow the keymap file: F1's article and review
rows, and the status bar's "press A" hints, name the key in effect (or none)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser

from annotator.ui.main_window import MainWindow
from tests.ui.conftest import f1_pairs as _f1_pairs
from tests.ui.conftest import open_window
from tests.ui.conftest import open_window_with_keymap as _window_with_keymap

pytestmark = pytest.mark.gui


def _message(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def test_f1_names_the_attribute_key_and_the_review_keys_the_keymap_sets(qtbot, corpus) -> None:
    window = _window_with_keymap(
        qtbot, corpus, {"attributes": "T", "tag:QUOTE": "Q", "tag:ACTOR": "F3", "tag:CASUALTY": []}
    )
    lines, pairs = _f1_pairs(qtbot, window)
    assert "In the attribute chooser (T)" in lines
    assert not any("(A)" in line for line in lines)
    # In review the digits pick versions whatever the keymap; with text selected the label
    # keys in effect accept it as their label (CASUALTY has none here).
    assert ("1 / 2 / …", "accept version 1, 2, … of the selected cluster into gold") in pairs
    assert ("Q / F3 with text selected", "accept the selected text as QUOTE / ACTOR") in pairs
    assert not any(line.startswith("1 / 2 / 3") for line in lines)


def test_without_a_keymap_f1_names_the_default_keys(qtbot, corpus) -> None:
    window = open_window(qtbot, corpus)
    lines, pairs = _f1_pairs(qtbot, window)
    assert "In the attribute chooser (A)" in lines
    assert ("1 / 2 / …", "accept version 1, 2, … of the selected cluster into gold") in pairs
    assert (
        "1 / 2 / 3 with text selected",
        "accept the selected text as QUOTE / CASUALTY / ACTOR",
    ) in pairs


def test_the_status_bar_hints_name_the_keymaps_keys(qtbot, corpus) -> None:
    window = _window_with_keymap(qtbot, corpus, {"attributes": "T", "speaker": "F7"})
    qtbot.keyClick(window.article, Qt.Key.Key_T)  # nothing selected
    assert _message(window) == "Select a span first, then press T."
    qtbot.keyClick(window.article, Qt.Key.Key_F7)
    assert _message(window) == "Select a QUOTE first, then press F7."
    text = window.session.document.text
    start = text.index("Free Valdor Front")
    window.article.select_text(start, start + len("Free Valdor Front"))
    qtbot.keyClick(window.article, Qt.Key.Key_3)
    assert _message(window) == "ACTOR type “armed group” from the gazetteer — T changes it."


def test_a_hint_for_an_unbound_action_names_no_key(qtbot, corpus) -> None:
    window = _window_with_keymap(qtbot, corpus, {"attributes": []})
    window.attributes_action.trigger()  # from the menu: nothing selected
    assert _message(window) == "Select a span first."
    text = window.session.document.text
    start = text.index("Free Valdor Front")
    window.article.select_text(start, start + len("Free Valdor Front"))
    qtbot.keyClick(window.article, Qt.Key.Key_3)
    assert _message(window).endswith("— the attribute panel changes it.")
    lines, _pairs = _f1_pairs(qtbot, window)
    assert "In the attribute chooser" in lines


def _x(browser: QTextBrowser, text: str) -> int:
    """Where `text` starts in the sheet, in viewport pixels."""
    found = browser.document().find(text)
    assert not found.isNull(), text
    start = QTextCursor(browser.document())
    start.setPosition(found.selectionStart())
    return browser.cursorRect(start).x()


@pytest.mark.parametrize("size", [(800, 600), (1920, 1080)])
def test_f1_keeps_its_descriptions_readable_at_800x600_and_large(qtbot, corpus, size) -> None:
    window = open_window(qtbot, corpus)
    window.resize(*size)
    qtbot.keyClick(window.article, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    qtbot.addWidget(dialog)
    dialog.resize(min(size[0] - 40, 1400), min(size[1] - 60, 900))
    qtbot.waitUntil(lambda: dialog.width() == min(size[0] - 40, 1400))
    browser = dialog.findChild(QTextBrowser)
    # Each side's descriptions start at one x: a long phrase in the keys column ("In the
    # attribute chooser (A)") wraps instead of pushing its section's descriptions right.
    assert _x(browser, "keys type into it") == _x(browser, "Undo")
    assert _x(browser, "Move end left") == _x(browser, "Tag as QUOTE")
    # The descriptions keep more than half of their side (at 800x600 they had about 120 px).
    right_side = browser.viewport().width() - _x(browser, "Editing")
    assert browser.viewport().width() - _x(browser, "keys type into it") > 0.5 * right_side
    # A key combination never breaks inside: two keys, two lines.
    assert browser.document().find("Ctrl+Shift+Right").block().layout().lineCount() == 2


def test_the_current_object_line_names_the_keymaps_keys(qtbot, corpus) -> None:
    window = _window_with_keymap(
        qtbot, corpus, {"attributes": "T", "speaker": "F7", "reject": "F8", "delete": "Backspace"}
    )
    text = window.session.document.text
    start = text.index("We will not leave")
    window.article.select_text(start, start + len("We will not leave,"))
    qtbot.keyClick(window.article, Qt.Key.Key_1)
    assert window.annotation.current_label.text() == (
        "QUOTE “We will not leave,” — F8 deletes, a label key relabels, T sets attributes,"
        " F7 sets the speaker"
    )


def test_a_key_the_keymap_unbinds_is_left_out_of_the_current_object_line(qtbot, corpus) -> None:
    window = _window_with_keymap(qtbot, corpus, {"attributes": []})
    text = window.session.document.text
    start = text.index("Free Valdor Front")
    window.article.select_text(start, start + len("Free Valdor Front"))
    qtbot.keyClick(window.article, Qt.Key.Key_3)
    assert window.annotation.current_label.text() == (
        "ACTOR “Free Valdor Front” — Backspace deletes, a label key relabels"
    )


def test_the_next_document_clears_the_last_documents_span_from_the_status_bar(
    qtbot, corpus
) -> None:
    window = open_window(qtbot, corpus)
    text = window.session.document.text
    start = text.index("Free Valdor Front")
    window.article.select_text(start, start + len("Free Valdor Front"))
    qtbot.keyClick(window.article, Qt.Key.Key_3)
    assert window.annotation.current_label.text().startswith("ACTOR “Free Valdor Front”")
    first = window.session.document_id
    qtbot.keyClick(window.article, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.session.document_id != first
    # Nothing is selected in the new document: the bar names nothing (it named the ACTOR
    # of the document left behind, which Backspace could not delete).
    assert window.annotation.selection.current is None
    assert window.annotation.current_label.text() == ""


def test_the_current_object_line_follows_a_relabel_and_a_moved_edge(qtbot, corpus) -> None:
    window = open_window(qtbot, corpus)
    text = window.session.document.text
    start = text.index("Free Valdor Front")
    window.article.select_text(start, start + len("Free Valdor Front"))
    qtbot.keyClick(window.article, Qt.Key.Key_3)
    label = window.annotation.current_label
    assert label.text().startswith("ACTOR “Free Valdor Front” — ")
    qtbot.keyClick(window.article, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert label.text().startswith("ACTOR “Valdor Front” — ")  # it kept “Free Valdor Front”
    qtbot.keyClick(window.article, Qt.Key.Key_1)
    (span,) = window.repo.spans(window.session.document_id)
    assert span.label == "QUOTE"
    assert label.text().startswith("QUOTE “")  # it still said ACTOR
    assert label.text().endswith("S sets the speaker")
    window.undo_stack.undo()
    assert label.text().startswith("ACTOR “Valdor Front” — ")


def test_the_current_object_line_shows_whole_and_literal_on_hover(qtbot, corpus) -> None:
    from PySide6.QtGui import QTextDocument

    window = open_window(qtbot, corpus)
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    text = window.session.document.text
    start = text.index("We will not leave")
    window.article.select_text(start, start + len("We will not leave,"))
    qtbot.keyClick(window.article, Qt.Key.Key_1)
    label = window.annotation.current_label
    # In a narrow bar the line is cut at the bar's edge; its tooltip holds all of it, as
    # text. (The bar is narrowed here: how much of it an 800 px window leaves depends on
    # the fonts the machine has.)
    label.setMaximumWidth(label.sizeHint().width() // 2)
    qtbot.waitUntil(lambda: label.width() < label.sizeHint().width())
    shown = QTextDocument()
    shown.setHtml(label.toolTip())
    assert shown.toPlainText() == label.text()
    qtbot.keyClick(window.article, Qt.Key.Key_Escape)
    assert label.toolTip() == ""
