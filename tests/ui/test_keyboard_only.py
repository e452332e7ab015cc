"""A whole article annotated without a single mouse event, checked in the database.

The caret moves with Ctrl+Home / Ctrl+→, text is selected with Ctrl+Shift+→, spans are
tagged with 1 / 2 / 3, attributes set with the A chooser, speakers linked with S and
the chooser's filter, Esc deselects. The test reads the caret and the selection to
know how many keys to press, as an analyst looks at the screen.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.model import AnnotatedDocument, Document
from annotator.store.db import open_db
from annotator.store.repository import Repository
from annotator.ui.main_window import MainWindow
from tests.ui.conftest import open_window

pytestmark = pytest.mark.gui

ARTICLE = (
    "Ceasefire talks stall in Orlesk\n\n"
    "ORLESK, May 2 - Foreign Minister Tarek Olund said on Sunday that at least 23 people "
    'were killed in the shelling. "We will keep talking," Olund told reporters.\n\n'
    'The Northern Shield Brigades denied the claim. "Nobody fired from our positions," '
    "said Mira Vask, a spokeswoman for the brigades.\n\n"
    'The Red Crescent said 40 civilians were wounded. "Hospitals are full," said Jan '
    "Petrov of the Red Crescent.\n"
)

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def analyst(qtbot, tmp_path: Path) -> MainWindow:
    repo = Repository(open_db(tmp_path / "one.db"))
    repo.import_documents([AnnotatedDocument(Document.from_text(ARTICLE, "Orlesk"))], "ana")
    window = open_window(qtbot, repo, db_label="one")
    return window


class Keyboard:
    """Keys sent to whatever widget has the focus, never a mouse event."""

    def __init__(self, qtbot, window: MainWindow) -> None:
        self.qtbot, self.window = qtbot, window

    def press(self, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(QApplication.focusWidget(), key, modifiers)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(QApplication.focusWidget(), text)

    def select(self, needle: str, occurrence: int = 0) -> None:
        """Esc, Ctrl+Home, Ctrl+→ to the words, Ctrl+Shift+→ over them."""
        text = self.window.session.document.text
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(needle, start + 1)
        end = start + len(needle)
        article = self.window.article
        self.press(Qt.Key.Key_Escape)
        self.press(Qt.Key.Key_Home, CTRL)
        for _ in range(400):
            if article.cursor_offset() >= start:
                break
            self.press(Qt.Key.Key_Right, CTRL)
        skipped = text[start : article.cursor_offset()]
        assert skipped.strip('"') == "", f"the caret passed {needle!r}"
        for _ in range(40):
            chosen = article.selected_range()
            if chosen is not None and chosen[1] >= end:
                break
            self.press(Qt.Key.Key_Right, CTRL_SHIFT)

    def tag(self, needle: str, key: str, occurrence: int = 0) -> None:
        self.select(needle, occurrence)
        self.press(key)
        assert self.window.annotation.selected_span() is not None, needle

    def attribute(self, letter: str) -> None:
        self.press("a")
        assert QApplication.focusWidget() is self.window.annotation.attribute_chooser
        self.press(letter)

    def speaker(self, name: str) -> None:
        self.press("s")
        self.type(name)
        self.press(Qt.Key.Key_Return)


def test_a_whole_article_by_keyboard_alone(qtbot, analyst: MainWindow) -> None:
    keys = Keyboard(qtbot, analyst)
    pressed: list[str] = []
    app = QApplication.instance()

    from PySide6.QtCore import QEvent, QObject

    class NoMouse(QObject):
        def eventFilter(self, _watched, event) -> bool:
            if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
                pressed.append(str(event.type()))
            return False

    guard = NoMouse()
    app.installEventFilter(guard)
    try:
        for name, letter, occurrence in (
            ("Tarek Olund", "p", 0),
            ("Olund", "p", 1),
            ("Northern Shield Brigades", "a", 0),
            ("Mira Vask", "p", 0),
            ("Red Crescent", "o", 0),
            ("Jan Petrov", "p", 0),
        ):
            keys.tag(name, "3", occurrence)
            keys.attribute(letter)
        keys.tag("at least 23 people were killed", "2")
        keys.tag("40 civilians were wounded", "2")
        for quote, speaker in (
            ('"We will keep talking,"', "Olund"),
            ('"Nobody fired from our positions,"', "Mira"),
            ('"Hospitals are full,"', "Petrov"),
        ):
            keys.tag(quote, "1")
            keys.speaker(speaker)
        keys.press(Qt.Key.Key_Escape)
    finally:
        app.removeEventFilter(guard)
    assert pressed == []  # not one mouse event

    db = analyst.repo.db
    rows = db.execute(
        "SELECT label, text, attributes FROM span_view WHERE annotator = 'ana' ORDER BY start"
    ).fetchall()
    spans = [(label, text, json.loads(attributes or "{}")) for label, text, attributes in rows]
    actors = [(text, a.get("type")) for label, text, a in spans if label == "ACTOR"]
    assert actors == [
        ("Tarek Olund", "person"),
        ("Olund", "person"),
        ("Northern Shield Brigades", "armed group"),
        ("Mira Vask", "person"),
        ("Red Crescent", "organisation"),
        ("Jan Petrov", "person"),
    ]
    casualties = [(text, a) for label, text, a in spans if label == "CASUALTY"]
    assert casualties[0][0] == "at least 23 people were killed"
    assert casualties[0][1]["count_low"] == 23
    assert casualties[0][1]["kind"] == "killed"
    assert casualties[1][0] == "40 civilians were wounded"
    assert casualties[1][1]["count_low"] == 40
    assert casualties[1][1]["victims"] == "civilian"
    quotes = [text for label, text, _a in spans if label == "QUOTE"]
    assert quotes == [
        "We will keep talking,",
        "Nobody fired from our positions,",
        "Hospitals are full,",
    ]
    links = db.execute("SELECT quote, speaker FROM speaker_view ORDER BY quote").fetchall()
    assert sorted(links) == sorted(
        [
            ("We will keep talking,", "Olund"),
            ("Nobody fired from our positions,", "Mira Vask"),
            ("Hospitals are full,", "Jan Petrov"),
        ]
    )
