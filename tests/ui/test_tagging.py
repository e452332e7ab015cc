"""Driving the real window offscreen: tagging, relabelling, deleting, undo, speakers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _select(window: MainWindow, needle: str, *, extra_left: int = 0, extra_right: int = 0):
    text = window.session.document.text
    start = text.index(needle) - extra_left
    window.article.select_text(start, start + len(needle) + extra_right)
    return start


def _db_spans(window: MainWindow) -> list[tuple[str, str]]:
    rows = window.repo.db.execute(
        "SELECT label, text FROM span_view WHERE document_id = ? ORDER BY start",
        [window.session.document_id],
    )
    return [(r[0], r[1]) for r in rows]


def test_hotkey_tags_the_selection_snapped_to_whole_words(qtbot, window: MainWindow) -> None:
    text = window.session.document.text
    start = text.index("Marović said")
    window.article.select_text(start + 2, start + 5)  # "rov" inside the name
    qtbot.keyClick(window.article, "3")
    assert _db_spans(window) == [("ACTOR", "Marović")]
    assert window.tags.model.rowCount() == 1
    assert "ACTOR   ·  1" in window.tags.buttons["ACTOR"].text()


def test_label_button_tags_the_selection(qtbot, window: MainWindow) -> None:
    _select(window, "Free Valdor Front")
    qtbot.mouseClick(window.tags.buttons["ACTOR"], Qt.MouseButton.LeftButton)
    assert _db_spans(window) == [("ACTOR", "Free Valdor Front")]


def test_quote_is_stored_without_its_quote_marks(qtbot, window: MainWindow) -> None:
    _select(window, '"We will not leave,"')
    qtbot.keyClick(window.article, "1")
    assert _db_spans(window) == [("QUOTE", "We will not leave,")]


def test_new_casualty_gets_counts_from_its_text(qtbot, window: MainWindow) -> None:
    _select(window, "at least 14 civilians were killed")
    qtbot.keyClick(window.article, "2")
    (span,) = window.session.spans()
    assert span.attributes["count_low"] == 14
    assert "count_high" not in span.attributes
    assert span.attributes["kind"] == "killed"
    assert span.attributes["victims"] == "civilian"
    stored = window.repo.span(span.id)
    assert stored.attributes == span.attributes


def test_undo_and_redo_a_new_span(qtbot, window: MainWindow) -> None:
    _select(window, "Brezna market")
    qtbot.keyClick(window.article, "3")
    span_id = window.session.spans()[0].id
    qtbot.keyClick(window.article, "z", Qt.KeyboardModifier.ControlModifier)
    assert _db_spans(window) == []
    assert window.article.spans == {}
    qtbot.keyClick(
        window.article, "z", Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert _db_spans(window) == [("ACTOR", "Brezna market")]
    assert window.session.spans()[0].id == span_id  # the same span comes back, same id


def test_relabel_and_delete_the_selected_span_are_undoable(qtbot, window: MainWindow) -> None:
    _select(window, "Marović told")
    qtbot.keyClick(window.article, "3")
    assert window.annotation.selection.current is not None
    qtbot.keyClick(window.article, "2")  # relabel the selected span
    assert _db_spans(window) == [("CASUALTY", "Marović told")]
    qtbot.keyClick(window.article, Qt.Key.Key_Delete)
    assert _db_spans(window) == []
    window.undo_stack.undo()
    assert _db_spans(window) == [("CASUALTY", "Marović told")]
    window.undo_stack.undo()
    assert _db_spans(window) == [("ACTOR", "Marović told")]


def test_click_selects_and_repeated_clicks_cycle_overlapping_spans(qtbot, window) -> None:
    _select(window, "Free Valdor Front (FVF)")
    qtbot.keyClick(window.article, "3")
    _select(window, "Valdor")
    qtbot.keyClick(window.article, "3")
    window.annotation.select_span(None)
    offset = window.session.document.text.index("Valdor Front") + 2
    point = window.article.point_of(offset)
    qtbot.mouseClick(window.article.viewport(), Qt.MouseButton.LeftButton, pos=point)
    inner = window.session.span(window.annotation.selection.current)
    assert window.session.document.text[inner.start : inner.end] == "Valdor"
    qtbot.mouseClick(window.article.viewport(), Qt.MouseButton.LeftButton, pos=point)
    outer = window.session.span(window.annotation.selection.current)
    assert window.session.document.text[outer.start : outer.end] == "Free Valdor Front (FVF)"


def test_speaker_is_set_by_pressing_s_and_clicking_an_actor(qtbot, window) -> None:
    _select(window, "We will not leave,")
    qtbot.keyClick(window.article, "1")
    quote_id = window.annotation.selection.current
    _select(window, "Marović told")
    qtbot.keyClick(window.article, "3")  # "Marović told" is snapped as typed; fine for a test
    actor_id = window.annotation.selection.current
    window.annotation.select_span(quote_id)
    qtbot.keyClick(window.article, "s")
    assert window.annotation.picking_speaker
    actor = window.session.span(actor_id)
    qtbot.mouseClick(
        window.article.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.article.point_of(actor.start + 1),
    )
    rows = window.repo.db.execute("SELECT quote, speaker FROM speaker_view").fetchall()
    assert rows == [("We will not leave,", "Marović told")]
    assert window.tags.model.speakers == {quote_id: "Marović told"}
    window.undo_stack.undo()
    assert window.repo.db.execute("SELECT count(*) FROM relations").fetchone()[0] == 0


def test_edges_move_by_a_word(qtbot, window: MainWindow) -> None:
    _select(window, "Marović said")
    qtbot.keyClick(window.article, "3")
    shift, alt = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(window.article, Qt.Key.Key_Right, shift | alt)  # end one word right
    assert _db_spans(window) == [("ACTOR", "Marović said at")]
    qtbot.keyClick(window.article, Qt.Key.Key_Right, shift)  # start one word right
    assert _db_spans(window) == [("ACTOR", "said at")]
    qtbot.keyClick(window.article, Qt.Key.Key_Left, shift)
    qtbot.keyClick(window.article, Qt.Key.Key_Left, shift | alt)
    assert _db_spans(window) == [("ACTOR", "Marović said")]


def test_tab_steps_through_spans_in_text_order(qtbot, window: MainWindow) -> None:
    for needle in ("Brezna market", "Ilse Marović", "FVF"):
        _select(window, needle)
        qtbot.keyClick(window.article, "3")
    window.annotation.select_span(None)
    window.article.select_text(0, 0)
    seen = []
    for _ in range(4):
        qtbot.keyClick(window.article, Qt.Key.Key_Tab)
        seen.append(
            window.session.span(window.annotation.selection.current).covered(
                window.session.document.text
            )
        )
    assert seen == ["Brezna market", "Ilse Marović", "FVF", "Brezna market"]
    qtbot.keyClick(
        window.article, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier
    )  # Shift+Tab
    assert (
        window.session.span(window.annotation.selection.current).covered(
            window.session.document.text
        )
        == "FVF"
    )


def test_span_after_an_emoji_is_exactly_what_was_highlighted(qtbot, window) -> None:
    # "😢" is two UTF-16 units: everything after it is one Qt position further on.
    text = window.session.document.text
    start = text.index("Brezna.\n")
    window.article.select_text(start, start + len("Brezna"))
    cursor = window.article.textCursor()
    assert cursor.selectedText() == "Brezna"
    assert cursor.selectionStart() == start + 1
    qtbot.keyClick(window.article, "3")
    (span,) = window.session.spans()
    assert (span.start, span.end) == (start, start + 6)
    assert _db_spans(window) == [("ACTOR", "Brezna")]


def test_arabic_text_span_maps_exactly(qtbot, window: MainWindow) -> None:
    window.open_document(window.repo.document_ids()[1])
    _select(window, "تل قصرة")
    qtbot.keyClick(window.article, "3")
    assert _db_spans(window) == [("ACTOR", "تل قصرة")]


def test_attribute_editor_edit_is_saved_and_undoable(qtbot, window: MainWindow) -> None:
    _select(window, "Ilse Marović")
    qtbot.keyClick(window.article, "3")
    combo = window.tags.editor.widgets["type"]
    combo.setCurrentIndex(combo.findData("person"))
    combo.activated.emit(combo.currentIndex())
    assert window.repo.span(window.annotation.selection.current).attributes == {"type": "person"}
    window.undo_stack.undo()
    assert window.repo.span(window.annotation.selection.current).attributes == {}


def test_typing_a_digit_in_the_filter_box_does_not_tag(qtbot, window: MainWindow) -> None:
    _select(window, "Ilse Marović")
    window.filter_box.setFocus()
    qtbot.keyClicks(window.filter_box, "3")
    assert window.filter_box.text() == "3"
    assert _db_spans(window) == []


def test_whitespace_only_selection_creates_nothing(qtbot, window: MainWindow) -> None:
    text = window.session.document.text
    start = text.index("\n\n")
    window.article.select_text(start, start + 2)
    qtbot.keyClick(window.article, "3")
    assert _db_spans(window) == []
    assert "only spaces" in window.statusBar().currentMessage()


def test_every_window_edit_is_visible_to_another_connection_at_once(qtbot, window) -> None:
    # Another process (a colleague's window, the CLI) must see the edit immediately:
    # nothing may sit in an open transaction.
    import sqlite3

    path = window.repo.db.conn.execute("PRAGMA database_list").fetchone()[2]
    _select(window, "Ilse Marović")
    qtbot.keyClick(window.article, "3")
    assert not window.repo.db.conn.in_transaction
    other = sqlite3.connect(path)
    try:
        rows = other.execute("SELECT label FROM spans").fetchall()
        assert rows == [("ACTOR",)]
        other.execute("INSERT INTO settings (key, value) VALUES ('probe', 'x')")  # not locked
        other.commit()
    finally:
        other.close()
