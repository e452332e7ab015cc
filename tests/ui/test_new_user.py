"""What a new analyst saw on screen that did not match what had happened.

Each scenario drives the real window with real keys, as README's shortcut table
says, and compares the screen (the span table's selected row, the status bar)
with the current object and the database.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def _tag(qtbot, window: MainWindow, needle: str, key: str) -> None:
    text = window.session.document.text
    start = text.index(needle)
    window.article.select_text(start, start + len(needle))
    qtbot.keyClick(window.article, key)


def _selected_rows(window: MainWindow) -> list[str]:
    """The span ids of the span table's selected rows, as the table shows them."""
    model = window.tags.model
    rows = window.tags.table.selectionModel().selectedRows()
    return [model.spans[index.row()].id for index in rows]


def test_the_span_table_keeps_the_moved_span_selected(qtbot, window: MainWindow) -> None:
    _tag(qtbot, window, "Ilse Marović", "3")
    _tag(qtbot, window, "Free Valdor Front", "3")
    actor = window.annotation.selected_span()
    assert _selected_rows(window) == [actor.id]
    # Moving its end a word takes in "(FVF)": the span's table row is made again.
    qtbot.keyClick(window.article, Qt.Key.Key_Right, ALT_SHIFT)
    moved = window.annotation.selected_span()
    assert moved.id == actor.id
    # README's bracket rule: the closing bracket of "(FVF)" comes along, not "(FVF" alone.
    assert moved.covered(window.session.document.text) == "Free Valdor Front (FVF)"
    assert _selected_rows(window) == [actor.id]
    # Relabelling also gives the span another row (the table sorts by label too).
    qtbot.keyClick(window.article, "2")
    assert window.annotation.selected_span().label == "CASUALTY"
    assert _selected_rows(window) == [actor.id]


def test_undo_says_what_it_undid_instead_of_the_stale_delete_note(
    qtbot, window: MainWindow
) -> None:
    _tag(qtbot, window, "Free Valdor Front", "3")
    actor = window.annotation.selected_span()
    qtbot.keyClick(window.article, Qt.Key.Key_Delete)
    assert "Ctrl+Z undoes" in window.statusBar().currentMessage()
    qtbot.keyClick(window.article, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.span(actor.id) is not None
    message = window.statusBar().currentMessage()
    assert message == "Undone: Delete ACTOR."
    qtbot.keyClick(window.article, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.session.span(actor.id) is None
    assert window.statusBar().currentMessage() == "Redone: Delete ACTOR."
    window.toolbar_undo.trigger()  # the toolbar's Undo button says the same
    assert window.session.span(actor.id) is not None
    assert window.statusBar().currentMessage() == "Undone: Delete ACTOR."


def test_tab_and_a_click_show_the_new_current_object_at_once(qtbot, window: MainWindow) -> None:
    _tag(qtbot, window, "Ilse Marović", "3")
    _tag(qtbot, window, "Free Valdor Front", "3")
    _tag(qtbot, window, "FVF", "3")
    qtbot.keyClick(window.article, Qt.Key.Key_Delete)
    label = window.annotation.current_label
    assert "Deleted ACTOR “FVF”" in window.statusBar().currentMessage()
    assert not label.isVisible()  # the timed note covers the current object's name
    qtbot.keyClick(window.article, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.statusBar().currentMessage() == ""
    assert label.isVisible()
    assert label.text().startswith("ACTOR “Free Valdor Front”")
    window.annotation.say("Imported 3 documents", 8000)
    text = window.session.document.text
    point = window.article.point_of(text.index("Ilse Marović") + 2)
    qtbot.mouseClick(window.article.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.statusBar().currentMessage() == ""
    assert label.isVisible()
    assert label.text().startswith("ACTOR “Ilse Marović”")


def test_n_names_the_suggestion_it_stepped_to(qtbot, suggesting: MainWindow) -> None:
    window = suggesting
    window.annotation.say("Imported 3 documents", 8000)
    qtbot.keyClick(window.article, "n")
    label = window.annotation.current_label
    assert window.statusBar().currentMessage() == ""
    assert label.isVisible()
    assert label.text().startswith("Suggested ")


def test_the_window_import_report_names_the_command_its_hints_need(
    qtbot, window: MainWindow, tmp_path
) -> None:
    # The window's import has no encoding, format or offsets choice: a hint that says
    # only "--encoding" points at an option the analyst cannot find on screen.
    cp1252 = tmp_path / "cafe.txt"
    cp1252.write_bytes("Café shelled\n\nAt least 3 people were killed.\n".encode("cp1252"))
    doccano = tmp_path / "tasks.json"
    doccano.write_text('{"text": "Ana Lopes spoke.", "label": [[0, 9, "ACTOR"]]}\n', "utf-8")
    table = tmp_path / "rows.csv"
    table.write_text("title,body\nShelling,At least 3 people were killed.\n", "utf-8")
    before = window.repo.document_count()
    window.files.import_paths([str(cp1252), str(doccano), str(table)], wait=True)
    box = window.files.last_summary
    assert box is not None
    text = box.text()
    assert f"{cp1252}, line 1: byte 0xe9 is not valid utf-8" in text
    assert "`annotator import --encoding ENC FILE` (e.g. cp1252)" in text
    assert "(from its content; `annotator import --format NAME` chooses another)" in text
    assert "choose one with `annotator import --text-column NAME`" in text
    assert window.repo.document_count() == before + 1  # the doccano task, not the cp1252 file


def test_a_decision_another_program_made_first_is_a_message_not_a_crash(
    qtbot, corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator.core.model import Span, new_id
    from annotator.store import review
    from annotator.ui import messages
    from tests.ui.conftest import open_window

    document = corpus.document(corpus.document_ids()[0])
    start = document.text.index("Ilse Marović")
    for who in ("ana", "ben"):
        corpus.add_span(Span(new_id(), document.id, start, start + 12, "ACTOR", who))
    window = open_window(qtbot, corpus, annotator="lead")
    window.review_action.trigger()
    window.article.setFocus()
    window.review.select_cluster(0)
    (item,) = window.review.items
    # A colleague's window on the same file decides the cluster a moment earlier.
    review.adjudicate_accept(corpus, document.id, list(item.cluster.span_ids), "carla")
    warnings: list[str] = []
    monkeypatch.setattr(messages, "warning", lambda _parent, _title, text: warnings.append(text))
    steps = window.undo_stack.count()

    qtbot.keyClick(window.article, Qt.Key.Key_Return)

    assert len(warnings) == 1
    assert "is already decided (by carla)" in warnings[0]
    assert window.undo_stack.count() == steps  # nothing to undo: nothing was done
    reviewers = corpus.db.execute("SELECT reviewer FROM adjudications").fetchall()
    assert reviewers == [("carla",)]
    # The panel shows the decision the file holds at once, not after the next poll.
    (item,) = window.review.items
    assert [d.reviewer for d in item.decisions] == ["carla"]


def test_a_keymap_cannot_silently_take_a_key_another_action_shows(qtbot, corpus, caplog) -> None:
    import json

    from annotator.ui.keys import keymap_path

    path = keymap_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"tag:QUOTE": ["2"], "tag:ACTOR": "F3"}), "utf-8")
    from tests.ui.conftest import open_window

    window = open_window(qtbot, corpus)
    (problem,) = window.keymap_problems
    assert (
        problem
        == f"{path}: 2 is already the key of 'tag:CASUALTY'; 'tag:QUOTE' keeps its default keys."
    )
    assert problem in caplog.text  # and in the status bar, until a hover tip replaces it
    # The tag panel says "1 QUOTE" and "2 CASUALTY": the keys still do exactly that.
    _tag(qtbot, window, "Ilse Marović", "2")
    assert window.annotation.selected_span().label == "CASUALTY"
    qtbot.keyClick(window.article, Qt.Key.Key_Escape)
    _tag(qtbot, window, "We will not leave,", "1")
    assert window.annotation.selected_span().label == "QUOTE"
    qtbot.keyClick(window.article, Qt.Key.Key_Escape)
    text = window.session.document.text
    start = text.index("Free Valdor Front")
    window.article.select_text(start, start + len("Free Valdor Front"))
    qtbot.keyClick(window.article, Qt.Key.Key_F3)
    assert window.annotation.selected_span().label == "ACTOR"


def test_a_keymap_nested_too_deeply_is_named_not_a_traceback(tmp_path) -> None:
    from annotator.ui.keys import read_keymap

    path = tmp_path / "keymap.json"
    path.write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    keys, problems = read_keymap(path, {"accept": ("Return",)})
    assert problems == [f"{path}: nested too deeply to be a keymap; using the default keys."]
    assert [k.toString() for k in keys["accept"]] == ["Return"]
