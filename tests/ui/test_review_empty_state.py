"""Review mode with nobody's work says so plainly (no "0 spans of one annotator" above an
empty list), and F1's rows start their key and description on one line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser

from annotator.core.model import Span, new_id
from annotator.store.repository import Repository
from tests.ui.conftest import open_window

pytestmark = pytest.mark.gui


def test_review_with_nobodys_spans_shows_a_clear_empty_state(qtbot, corpus: Repository) -> None:
    window = open_window(qtbot, corpus, "lead")
    window.review_action.trigger()
    panel = window.review_panel
    qtbot.waitUntil(panel.isVisible)
    # No count of nothing, and no empty box where the annotators would be listed.
    assert panel.summary.text() == ""
    assert not panel.summary.isVisible()
    assert panel.annotator_model.rowCount() == 0
    assert not panel.annotator_view.isVisible()
    assert panel.notice.isVisible()
    assert panel.notice.text().startswith("Nobody has tagged anything in this database yet")
    assert "choose two" not in panel.notice.text()  # there is nobody to choose


def test_one_annotators_single_span_is_counted_in_the_singular(qtbot, corpus: Repository) -> None:
    document = corpus.document(corpus.document_ids()[0])
    start = document.text.index("Free Valdor Front")
    corpus.add_span(Span(new_id(), document.id, start, start + 17, "ACTOR", "ana"))
    window = open_window(qtbot, corpus, "lead")
    window.review_action.trigger()
    panel = window.review_panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.summary.text() == "1 span of one annotator · 1 undecided · 0 decided"
    assert panel.summary.isVisible()
    assert panel.annotator_view.isVisible()
    assert panel.annotator_model.rowCount() == 1


def _top(browser: QTextBrowser, text: str) -> int:
    found = browser.document().find(text)
    assert not found.isNull(), text
    cursor = QTextCursor(browser.document())
    cursor.setPosition(found.selectionStart())
    return browser.cursorRect(cursor).top()


@pytest.mark.parametrize("reviewing", [False, True])
def test_f1_starts_each_key_on_its_descriptions_first_line(
    qtbot, corpus: Repository, reviewing: bool
) -> None:
    window = open_window(qtbot, corpus)
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    if reviewing:
        window.review_action.trigger()
    qtbot.keyClick(window.article, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    qtbot.addWidget(dialog)
    dialog.resize(760, 560)
    qtbot.waitUntil(lambda: dialog.width() == 760)
    browser = dialog.findChild(QTextBrowser)
    for key, description in (
        ("1 / 2 / …", "accept version 1, 2"),
        ("N / P", "next / previous undecided"),
        ("In the attribute", "letter or number picks"),
        ("Ctrl+Shift+Left", "Move end left"),
    ):
        assert _top(browser, key) == _top(browser, description), key
