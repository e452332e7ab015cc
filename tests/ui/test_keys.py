"""One key model: keys act on the current object wherever the focus is, except in text fields.

Every scenario drives the real window with real key and mouse events.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox

from annotator.ui.main_window import MainWindow
from annotator.ui.session import is_suggestion_id
from tests.ui.conftest import SUGGESTIONS_ARRIVE_MS, open_window

pytestmark = pytest.mark.gui


@pytest.fixture
def suggesting(qtbot, corpus):
    QSettings().setValue("view/suggestions", True)
    win = MainWindow(corpus, "ana", db_label="test")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.article.setFocus()
    qtbot.waitUntil(lambda: bool(win.session.suggestions()), timeout=SUGGESTIONS_ARRIVE_MS)
    return win


def _stored(window: MainWindow) -> list[tuple[str, str]]:
    rows = window.repo.db.execute(
        "SELECT label, text FROM span_view WHERE document_id = ? AND annotator = 'ana' "
        "ORDER BY start",
        [window.session.document_id],
    )
    return [(r[0], r[1]) for r in rows]


def _tag(qtbot, window: MainWindow, needle: str, key: str) -> None:
    text = window.session.document.text
    start = text.index(needle)
    window.article.select_text(start, start + len(needle))
    qtbot.keyClick(window.article, key)


def _click_text(qtbot, window: MainWindow, offset: int) -> None:
    point = window.article.point_of(offset)
    qtbot.mouseClick(window.article.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _focus() -> object:
    return QApplication.focusWidget()


def _click_row(qtbot, window: MainWindow, span_id: str) -> None:
    table = window.tags.table
    row = window.tags.model.index(window.tags.model.row_of(span_id), 1)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(row).center()
    )


def test_backspace_on_a_suggestion_inside_a_quote_rejects_it_and_keeps_the_quote(
    qtbot, suggesting: MainWindow
) -> None:
    window = suggesting
    sentence = "Defence Minister Ilse Marović said at least 14 civilians were killed."
    _tag(qtbot, window, sentence, "1")
    assert _stored(window) == [("QUOTE", sentence)]
    text = window.session.document.text
    name = text.index("Ilse Marović")
    assert any(
        s.label == "ACTOR" and (s.start, s.end) == (name, name + 12)
        for s in window.session.suggestions()
    )
    # A click on the suggested name, inside the analyst's QUOTE, selects the suggestion.
    _click_text(qtbot, window, name + 3)
    current = window.annotation.selection.current
    assert is_suggestion_id(current)
    assert "Suggested ACTOR" in window.annotation.current_label.text()
    qtbot.keyClick(window.article, Qt.Key.Key_Backspace)
    assert _stored(window) == [("QUOTE", sentence)]  # the analyst's QUOTE is untouched
    assert (name, name + 12, "ACTOR") in window.repo.rejected_suggestions(
        window.session.document_id, "ana"
    )
    assert "Rejected the suggested ACTOR" in window.statusBar().currentMessage()


def test_the_status_hint_follows_the_selection(qtbot, suggesting: MainWindow) -> None:
    window = suggesting
    _tag(qtbot, window, "Free Valdor Front", "3")
    actor = window.annotation.selected_span()
    qtbot.keyClick(window.article, "n")
    assert "Backspace rejects" in window.annotation.current_label.text()
    _click_text(qtbot, window, actor.start + 2)
    assert window.annotation.selection.current == actor.id
    hint = window.annotation.current_label.text()
    assert hint.startswith("ACTOR “Free Valdor Front”")
    assert "rejects" not in hint
    qtbot.keyClick(window.article, Qt.Key.Key_Escape)
    assert window.annotation.current_label.text() == ""
    assert window.tags.editor.title() == "Attributes — nothing selected"


def test_a_suggestion_hint_names_the_rule_in_words(qtbot, suggesting: MainWindow) -> None:
    window = suggesting
    qtbot.keyClick(window.article, "n")
    suggestion = window.session.suggestion(window.annotation.selection.current)
    hint = window.annotation.current_label.text()
    assert suggestion.rule not in hint  # no internal rule name
    from annotator.core.suggest import registry

    words = registry()[suggestion.rule].description.split(":")[0].split(" (")[0].rstrip(".")
    assert words[1:] in hint  # the rule's own description, first clause


def test_deleting_a_quote_with_a_speaker_says_so_with_an_undo_hint(
    qtbot, window: MainWindow
) -> None:
    _tag(qtbot, window, "Ilse Marović", "3")
    actor = window.annotation.selected_span()
    _tag(qtbot, window, "We will not leave,", "1")
    quote = window.annotation.selected_span()
    window.annotation.set_speaker(actor.id)
    qtbot.keyClick(window.article, Qt.Key.Key_Delete)
    message = window.statusBar().currentMessage()
    assert "Deleted QUOTE “We will not leave,” and its 1 speaker link" in message
    assert "undoes" in message
    assert window.session.span(quote.id) is None
    assert _stored(window) == [("ACTOR", "Ilse Marović")]


def test_choosing_in_the_attribute_combobox_returns_the_keys_to_the_article(
    qtbot, window: MainWindow
) -> None:
    _tag(qtbot, window, "Free Valdor Front", "3")
    combo = window.tags.editor.widgets["type"]
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    view.setCurrentIndex(combo.model().index(combo.findData("armed group"), 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    span = window.session.spans()[0]
    assert span.attributes.get("type") == "armed group"
    assert _focus() is window.article
    # The next keys act in the article: Tab steps spans, it does not reach the filter box.
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert _focus() is window.article
    rows = window.documents.rowCount()
    _tag(qtbot, window, "Brezna market", "3")
    assert window.filter_box.text() == ""
    assert window.documents.rowCount() == rows
    assert ("ACTOR", "Brezna market") in _stored(window)


def test_tab_from_the_attribute_combobox_steps_spans_not_into_the_document_filter(
    qtbot, window: MainWindow
) -> None:
    _tag(qtbot, window, "Free Valdor Front", "3")
    _tag(qtbot, window, "Ilse Marović", "3")
    first, second = sorted(window.session.spans(), key=lambda s: s.start)
    assert window.annotation.selection.current == first.id  # "Ilse Marović", tagged last
    combo = window.tags.editor.widgets["type"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    assert window.annotation.selection.current == second.id  # Tab stepped to the next span
    assert _focus() is not window.filter_box
    qtbot.keyClick(_focus(), "3")
    assert window.filter_box.text() == ""
    assert window.documents.rowCount() == 3


def test_enter_accepts_and_backspace_rejects_from_the_span_table(
    qtbot, suggesting: MainWindow
) -> None:
    window = suggesting
    text = window.session.document.text
    suggestion = next(
        s
        for s in window.session.suggestions()
        if s.label == "ACTOR" and s.covered(text) == "Ilse Marović"
    )
    _click_row(qtbot, window, f"suggestion:{suggestion.start}:{suggestion.end}:ACTOR")
    assert _focus() is window.tags.table
    assert "Suggested ACTOR" in window.annotation.current_label.text()
    qtbot.keyClick(window.tags.table, Qt.Key.Key_Return)
    assert ("ACTOR", "Ilse Marović") in _stored(window)
    accepted = window.annotation.selected_span()
    assert accepted is not None
    assert accepted.label == "ACTOR"
    _click_row(qtbot, window, accepted.id)
    qtbot.keyClick(window.tags.table, Qt.Key.Key_Backspace)
    assert ("ACTOR", "Ilse Marović") not in _stored(window)
    assert "Deleted ACTOR “Ilse Marović”" in window.statusBar().currentMessage()


def test_arrow_keys_in_the_span_table_move_the_current_object(qtbot, window: MainWindow) -> None:
    _tag(qtbot, window, "Ilse Marović", "3")
    _tag(qtbot, window, "Free Valdor Front", "3")
    first, second = sorted(window.session.spans(), key=lambda s: s.start)
    _click_row(qtbot, window, first.id)
    qtbot.keyClick(window.tags.table, Qt.Key.Key_Down)
    assert window.annotation.selection.current == second.id
    qtbot.keyClick(window.tags.table, Qt.Key.Key_Delete)
    assert _stored(window) == [("ACTOR", "Ilse Marović")]


def test_opening_search_focuses_its_query_and_letters_are_not_commands(
    qtbot, suggesting: MainWindow
) -> None:
    window = suggesting
    qtbot.keyClick(
        window.article,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    search = window.corpus.search
    assert _focus() is search.query_edit
    for key in "nps3":
        qtbot.keyClick(_focus(), key)
    assert search.query_edit.text() == "nps3"
    assert window.annotation.selection.current is None
    assert _stored(window) == []
    qtbot.keyClick(search.query_edit, Qt.Key.Key_Backspace)
    assert search.query_edit.text() == "nps"
    qtbot.keyClick(search.query_edit, Qt.Key.Key_Return)  # runs the search, no accept
    assert _stored(window) == []
    qtbot.keyClick(search.query_edit, Qt.Key.Key_Escape)
    assert _focus() is window.article
    qtbot.keyClick(_focus(), "n")
    assert is_suggestion_id(window.annotation.selection.current)


@pytest.mark.parametrize("panel", ["filter", "span table", "document list"])
def test_esc_from_a_panel_returns_focus_to_the_article(
    qtbot, window: MainWindow, panel: str
) -> None:
    _tag(qtbot, window, "Ilse Marović", "3")
    widget = {
        "filter": window.filter_box,
        "span table": window.tags.table,
        "document list": window.document_view,
    }[panel]
    qtbot.mouseClick(widget.viewport() if panel != "filter" else widget, Qt.MouseButton.LeftButton)
    widget.setFocus()
    assert _focus() is widget
    qtbot.keyClick(widget, Qt.Key.Key_Escape)
    assert _focus() is window.article
    # The selection survives: the next key acts on it.
    assert window.annotation.selected_span() is not None
    qtbot.keyClick(window.article, "1")
    assert _stored(window) == [("QUOTE", "Ilse Marović")]


def test_label_keys_from_the_document_list_act_on_the_current_span(
    qtbot, window: MainWindow
) -> None:
    _tag(qtbot, window, "Ilse Marović", "3")
    window.document_view.setFocus()
    qtbot.keyClick(window.document_view, "1")
    assert _stored(window) == [("QUOTE", "Ilse Marović")]


def test_suggestions_are_off_on_first_start_and_every_toggle_says_so(qtbot, corpus) -> None:
    QSettings().remove("view/suggestions")  # a first start: nothing remembered
    window = open_window(qtbot, corpus)
    assert not window.suggestions_action.isChecked()
    assert window.session.suggestions() == []
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    qtbot.keyClick(window.article, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert any(m.startswith("Suggestions on") for m in messages)
    qtbot.waitUntil(lambda: bool(window.session.suggestions()), timeout=SUGGESTIONS_ARRIVE_MS)
    # The first N starts at the top of the document, wherever the caret is.
    text = window.session.document.text
    window.article.select_text(text.index("denied"), text.index("denied"))
    qtbot.keyClick(window.article, "n")
    first = min(window.session.suggestions(), key=lambda s: (s.start, -s.end))
    assert window.session.suggestion(window.annotation.selection.current) == first
    qtbot.keyClick(window.article, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert any(m.startswith("Suggestions off") for m in messages)
    window.suggestions.wait()


def test_search_shows_results_as_you_type_with_a_correct_count(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(
        window.article,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    search = window.corpus.search
    qtbot.keyClicks(search.query_edit, "Delegates")
    qtbot.waitUntil(lambda: search.model.rowCount() == 1, timeout=2000)  # no Enter pressed
    assert search.status.text() == "1 hit"
    search.query_edit.clear()
    qtbot.keyClicks(search.query_edit, "Geneva")
    qtbot.waitUntil(lambda: search.status.text() == "2 hits", timeout=2000)
    # A regular expression waits for Enter.
    search.regex_box.setChecked(True)
    search.query_edit.clear()
    qtbot.keyClicks(search.query_edit, r"\d+ trucks")
    qtbot.wait(400)
    assert "Enter" in search.status.text()
    qtbot.keyClick(search.query_edit, Qt.Key.Key_Return)
    assert [h.hit for h in search.model.hits] == ["12 trucks"]


def test_search_hits_say_whether_they_are_tagged_and_as_what(qtbot, window: MainWindow) -> None:
    text = window.session.document.text
    start = text.index("Brezna market")
    window.article.select_text(start, start + len("Brezna market"))
    qtbot.keyClick(window.article, "3")
    search = window.corpus.search
    search.query_edit.setText("Brezna")
    search.run()
    tagged = [search.model.data(search.model.index(r, 4)) for r in range(search.model.rowCount())]
    assert sorted(tagged) == ["", "", "✓ ACTOR"]  # the headline, the dateline, the tagged one


def test_annotate_all_asks_for_the_label(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    search = window.corpus.search
    window.corpus.docks["search"].show()
    search.query_edit.setText("Geneva")
    search.run()
    asked: list[list[str]] = []

    def answer(label: str | None) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append([b.text() for b in box.buttons()])
        chosen = next(
            (b for b in box.buttons() if b.text() == label),
            box.button(QMessageBox.StandardButton.Cancel),
        )
        qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, lambda: answer(None))
    qtbot.mouseClick(search.all_button, Qt.MouseButton.LeftButton)
    assert {"QUOTE", "CASUALTY", "ACTOR"} <= set(asked[0])
    assert window.repo.db.execute("SELECT count(*) FROM spans").fetchone()[0] == 0
    QTimer.singleShot(50, lambda: answer("ACTOR"))
    qtbot.mouseClick(search.all_button, Qt.MouseButton.LeftButton)
    rows = window.repo.db.execute("SELECT label FROM spans").fetchall()
    assert rows == [("ACTOR",), ("ACTOR",)]
