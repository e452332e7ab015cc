"""Attributes by keyboard (A), pre-filled ACTOR types, and the keymap file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.store import actors
from annotator.ui.keys import keymap_path, read_keymap
from annotator.ui.main_window import MainWindow
from tests.ui.conftest import open_window

pytestmark = pytest.mark.gui


def _tag(qtbot, window: MainWindow, needle: str, key: str) -> None:
    text = window.session.document.text
    start = text.index(needle)
    window.article.select_text(start, start + len(needle))
    qtbot.keyClick(window.article, key)


def _stored(window: MainWindow) -> dict[str, dict]:
    rows = window.repo.db.execute(
        "SELECT text, attributes FROM span_view WHERE document_id = ? ORDER BY start",
        [window.session.document_id],
    )
    return {r[0]: json.loads(r[1] or "{}") for r in rows}


def test_a_then_a_letter_sets_the_actor_type(qtbot, window: MainWindow) -> None:
    _tag(qtbot, window, "Ilse Marović", "3")
    assert _stored(window)["Ilse Marović"] == {}  # nothing knows her type
    qtbot.keyClick(window.article, "a")
    chooser = window.annotation.attribute_chooser
    assert chooser is not None
    assert chooser.isVisible()
    assert QApplication.focusWidget() is chooser
    assert "[a]rmed group" in chooser.rows[0].text()
    qtbot.keyClick(chooser, "a")  # the letter of "armed group", not the A key again
    assert not chooser.isVisible()
    assert _stored(window)["Ilse Marović"] == {"type": "armed group"}
    assert QApplication.focusWidget() is window.article
    qtbot.keyClick(window.article, "a")
    qtbot.keyClick(chooser, "p")
    assert _stored(window)["Ilse Marović"] == {"type": "person"}
    qtbot.keyClick(window.article, "z", Qt.KeyboardModifier.ControlModifier)
    assert _stored(window)["Ilse Marović"] == {"type": "armed group"}


def test_number_keys_in_the_chooser_pick_choices_not_labels(qtbot, window: MainWindow) -> None:
    _tag(qtbot, window, "We will not leave,", "1")
    qtbot.keyClick(window.article, "a")
    qtbot.keyClick(window.annotation.attribute_chooser, "2")  # 2 = indirect, not CASUALTY
    stored = _stored(window)
    assert stored == {"We will not leave,": {"kind": "indirect"}}


def test_casualty_counts_and_kinds_by_keyboard(qtbot, window: MainWindow) -> None:
    _tag(qtbot, window, "at least 14 civilians were killed", "2")
    assert _stored(window)["at least 14 civilians were killed"]["count_low"] == 14
    qtbot.keyClick(window.article, "a")
    chooser = window.annotation.attribute_chooser
    assert chooser.current_row() == "count_low"
    qtbot.keyClick(chooser, Qt.Key.Key_Backspace)
    qtbot.keyClick(chooser, Qt.Key.Key_Backspace)
    qtbot.keyClicks(chooser, "15")
    qtbot.keyClick(chooser, Qt.Key.Key_Down)  # count_high
    qtbot.keyClicks(chooser, "20")
    qtbot.keyClick(chooser, Qt.Key.Key_Tab)  # kind
    assert chooser.current_row() == "kind"
    qtbot.keyClick(chooser, "i")  # injured
    assert chooser.current_row() == "victims"
    qtbot.keyClick(chooser, Qt.Key.Key_Return)
    assert _stored(window)["at least 14 civilians were killed"] == {
        "count_low": 15,
        "count_high": 20,
        "kind": "injured",
        "victims": "civilian",
    }


def test_esc_closes_the_chooser_without_a_change(qtbot, window: MainWindow) -> None:
    _tag(qtbot, window, "Ilse Marović", "3")
    qtbot.keyClick(window.article, "a")
    chooser = window.annotation.attribute_chooser
    qtbot.keyClick(chooser, "p")
    qtbot.keyClick(window.article, "a")
    qtbot.keyClick(chooser, Qt.Key.Key_Down)
    qtbot.keyClick(chooser, Qt.Key.Key_Escape)
    assert not chooser.isVisible()
    assert _stored(window)["Ilse Marović"] == {"type": "person"}
    assert window.annotation.selected_span() is not None  # still selected


def test_a_new_actor_takes_its_type_from_the_gazetteer(qtbot, window: MainWindow) -> None:
    _tag(qtbot, window, "Free Valdor Front", "3")
    assert _stored(window)["Free Valdor Front"] == {"type": "armed group"}
    assert "armed group" in window.statusBar().currentMessage()
    assert "gazetteer" in window.statusBar().currentMessage()


def test_a_new_actor_takes_its_type_from_the_registry_first(qtbot, window: MainWindow) -> None:
    actors.create_actor(window.repo, "Free Valdor Front", "organisation", by="ana")
    _tag(qtbot, window, "Free Valdor Front", "3")
    assert _stored(window)["Free Valdor Front"] == {"type": "organisation"}
    assert "registry" in window.statusBar().currentMessage()


def test_an_unknown_actor_gets_no_type(qtbot, window: MainWindow) -> None:
    _tag(qtbot, window, "Brezna market", "3")
    assert _stored(window)["Brezna market"] == {}


def test_move_end_has_a_key_window_managers_leave_alone(qtbot, window: MainWindow) -> None:
    _tag(qtbot, window, "Ilse Marović", "3")
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.article, Qt.Key.Key_Right, ctrl_shift)
    assert "Ilse Marović said" in _stored(window)
    qtbot.keyClick(window.article, Qt.Key.Key_Left, ctrl_shift)
    assert "Ilse Marović" in _stored(window)
    # The old key still works where the window manager lets it through.
    alt_shift = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.article, Qt.Key.Key_Right, alt_shift)
    assert "Ilse Marović said" in _stored(window)


def test_ctrl_shift_arrows_select_words_when_no_span_is_selected(qtbot, window) -> None:
    text = window.session.document.text
    start = text.index("Free Valdor")
    window.article.select_text(start, start)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.article, Qt.Key.Key_Right, ctrl_shift)
    qtbot.keyClick(window.article, Qt.Key.Key_Right, ctrl_shift)
    qtbot.keyClick(window.article, "3")
    assert "Free Valdor" in _stored(window)


def test_the_keymap_file_rebinds_keys_and_reports_bad_entries(qtbot, corpus, caplog) -> None:
    path = keymap_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(
            {
                "attributes": "T",
                "tag:ACTOR": ["4", "Ctrl+Alt+3"],
                "next_suggestion": "Ctrl+Nonsense",
                "fly": "F",
            }
        ),
        "utf-8",
    )
    window = open_window(qtbot, corpus)
    problems = window.keymap_problems
    assert len(problems) == 2
    assert all(str(path) in p for p in problems)
    assert "'Ctrl+Nonsense' is not a key" in problems[0]
    assert "unknown action 'fly'" in problems[1]
    assert "'Ctrl+Nonsense' is not a key" in caplog.text
    _tag(qtbot, window, "Free Valdor Front", "4")
    assert "Free Valdor Front" in _stored(window)
    qtbot.keyClick(window.article, "t")
    assert window.annotation.attribute_chooser.isVisible()
    qtbot.keyClick(window.annotation.attribute_chooser, Qt.Key.Key_Escape)
    # The bad entry left N on its default key.
    assert [k.toString() for k in window.next_suggestion_action.shortcuts()] == ["N"]


def test_read_keymap_reports_json_errors_with_their_line(tmp_path: Path) -> None:
    path = tmp_path / "keymap.json"
    path.write_text('{\n  "accept": "Return",\n  "reject" "Backspace"\n}\n', "utf-8")
    keys, problems = read_keymap(path, {"accept": ("Return",), "reject": ("Backspace",)})
    assert problems == [
        f"{path}, line 3: not JSON (Expecting ':' delimiter); using the default keys."
    ]
    assert [k.toString() for k in keys["reject"]] == ["Backspace"]


def test_read_keymap_refuses_one_key_for_two_actions(tmp_path: Path) -> None:
    path = tmp_path / "keymap.json"
    path.write_text(json.dumps({"accept": "X", "reject": "X"}), "utf-8")
    keys, problems = read_keymap(path, {"accept": ("Return",), "reject": ("Backspace",)})
    assert [k.toString() for k in keys["accept"]] == ["X"]
    assert [k.toString() for k in keys["reject"]] == ["Backspace"]  # README: keeps its default
    assert problems == [
        f"{path}: X is already the key of 'accept'; 'reject' keeps its default keys."
    ]


def test_keys_the_keymap_unbinds_do_nothing_in_the_article(qtbot, corpus) -> None:
    """The article has no key handling of its own behind the window's actions."""
    path = keymap_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps({"next_span": [], "previous_span": [], "move_start_left": [], "escape": []}),
        "utf-8",
    )
    window = open_window(qtbot, corpus)
    _tag(qtbot, window, "Free Valdor Front", "3")
    _tag(qtbot, window, "Ilse Marović", "3")
    span = window.annotation.selected_span()
    assert span is not None
    before = (span.start, span.end)
    for key, modifier in (
        (Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier),  # was "move start left"
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),  # was "next span"
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),  # was "deselect"
    ):
        qtbot.keyClick(window.article, key, modifier)
        current = window.annotation.selected_span()
        assert current is not None, key
        assert current.id == span.id, key
        assert (current.start, current.end) == before, key


def _lines(label) -> list[str]:  # type: ignore[no-untyped-def]
    """The lines `label` wraps its text into at its width (as QLabel breaks words)."""
    from PySide6.QtGui import QTextLayout

    text = label.text()
    layout = QTextLayout(text, label.font())
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.contentsRect().width())
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def test_in_an_800px_window_the_chooser_wraps_between_choices_and_shows_its_hint(
    qtbot, window: MainWindow
) -> None:
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    _tag(qtbot, window, "14 civilians", "2")
    qtbot.keyClick(window.article, "a")
    chooser = window.annotation.attribute_chooser
    assert chooser is not None
    assert chooser.isVisible()
    wrapped = [row for row in chooser.rows if len(_lines(row)) > 1]
    assert wrapped  # the kinds and victims do not fit on one line here
    for row in wrapped:
        for line in _lines(row)[:-1]:
            # A choice's number stays with its name ("2 c[o]mbatant" was cut after the 2).
            assert not line.rstrip()[-1:].isdigit(), line
    # The hint wraps instead of being cut at the chooser's edge ("… Enter appl").
    hint = chooser.hint
    assert hint.wordWrap()
    assert hint.height() >= hint.heightForWidth(hint.width())
    assert chooser.rect().contains(hint.geometry())
