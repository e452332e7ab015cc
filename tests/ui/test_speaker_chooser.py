"""S on a quote: a keyboard list of its possible speakers, the attributed one first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.store.db import open_db
from annotator.store.repository import Repository
from annotator.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

# The FVF is named nearer to the quote than the minister, but the text says she said it;
# "Valdor" is named inside the quotation, so it cannot be its speaker.
TEXT = (
    "Attack on Brezna\n\n"
    "The FVF struck. "
    '"Valdor will not leave until the shelling stops," the defence minister Ilse Marović '
    "told reporters.\n\n"
    "Talks with the Lenvia delegation are planned.\n"
)
QUOTE = "Valdor will not leave until the shelling stops,"
ACTORS = {
    "FVF": "armed group",
    "Valdor": "state",
    "Ilse Marović": "person",
    "Lenvia": "state",
}


@pytest.fixture
def chooser_window(qtbot, db_path: Path):
    repo = Repository(open_db(db_path))
    document = Document.from_text(TEXT, "Attack on Brezna")
    repo.import_documents([AnnotatedDocument(document)], "ana")

    def add(needle: str, label: str, attributes: dict[str, str] | None = None) -> Span:
        start = TEXT.index(needle)
        span = Span(
            new_id(), document.id, start, start + len(needle), label, "ana", attributes or {}
        )
        repo.add_span(span)
        return span

    quote = add(QUOTE, "QUOTE", {})
    for name, kind in ACTORS.items():
        add(name, "ACTOR", {"type": kind})
    window = MainWindow(repo, "ana", db_label="test")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.article.setFocus()
    window.annotation.select_span(quote.id)
    return window


def _speakers(window: MainWindow) -> list[tuple[str, str]]:
    return [
        (r[0], r[1])
        for r in window.repo.db.execute("SELECT quote, speaker FROM speaker_view").fetchall()
    ]


def _open(qtbot, window: MainWindow):
    qtbot.keyClick(window.article, "s")
    chooser = window.annotation.speaker_chooser
    assert chooser is not None
    assert chooser.isVisible()
    qtbot.waitUntil(chooser.filter_box.hasFocus)
    return chooser


def test_s_lists_actors_outside_the_quote_with_the_attributed_speaker_first(
    qtbot, chooser_window: MainWindow
) -> None:
    chooser = _open(qtbot, chooser_window)
    # Marović is named by "... the defence minister Ilse Marović told reporters" although
    # the FVF is nearer; Valdor, inside the quotation, is not offered; Lenvia is farthest.
    assert chooser.shown_names() == ["Ilse Marović", "FVF", "Lenvia"]
    assert chooser.current_id() is not None
    first = chooser.proxy.index(0, 0)
    assert "told reporters" in first.data(Qt.ItemDataRole.UserRole + 3)  # its context line
    assert "named by the text" in first.data(Qt.ItemDataRole.UserRole + 4)
    assert "Speaker" in chooser_window.statusBar().currentMessage()


def test_enter_links_the_highlighted_actor_and_undo_unlinks(qtbot, chooser_window) -> None:
    chooser = _open(qtbot, chooser_window)
    qtbot.keyClick(chooser.filter_box, Qt.Key.Key_Return)
    assert _speakers(chooser_window) == [(QUOTE, "Ilse Marović")]
    assert not chooser.isVisible()
    assert chooser_window.article.hasFocus()
    chooser_window.undo_stack.undo()
    assert _speakers(chooser_window) == []


def test_typing_filters_the_list_and_enter_links_the_match(qtbot, chooser_window) -> None:
    chooser = _open(qtbot, chooser_window)
    qtbot.keyClicks(chooser.filter_box, "fv")
    assert chooser.shown_names() == ["FVF"]
    qtbot.keyClick(chooser.filter_box, Qt.Key.Key_Return)
    assert _speakers(chooser_window) == [(QUOTE, "FVF")]


def test_typing_an_actor_type_filters_by_type(qtbot, chooser_window) -> None:
    chooser = _open(qtbot, chooser_window)
    qtbot.keyClicks(chooser.filter_box, "state")
    assert chooser.shown_names() == ["Lenvia"]  # Valdor is a state too, but inside the quote
    qtbot.keyClicks(chooser.filter_box, "x")
    assert chooser.shown_names() == []
    qtbot.keyClick(chooser.filter_box, Qt.Key.Key_Return)  # nothing to link
    assert _speakers(chooser_window) == []
    assert "No actor matches" in chooser.hint.text()


def test_arrow_keys_move_through_the_list(qtbot, chooser_window: MainWindow) -> None:
    chooser = _open(qtbot, chooser_window)
    qtbot.keyClick(chooser.filter_box, Qt.Key.Key_Down)
    qtbot.keyClick(chooser.filter_box, Qt.Key.Key_Down)
    qtbot.keyClick(chooser.filter_box, Qt.Key.Key_Up)
    qtbot.keyClick(chooser.filter_box, Qt.Key.Key_Return)
    assert _speakers(chooser_window) == [(QUOTE, "FVF")]


def test_esc_cancels_without_linking(qtbot, chooser_window: MainWindow) -> None:
    chooser = _open(qtbot, chooser_window)
    qtbot.keyClick(chooser.filter_box, Qt.Key.Key_Escape)
    assert not chooser.isVisible()
    assert not chooser_window.annotation.picking_speaker
    assert chooser_window.article.hasFocus()
    assert chooser_window.statusBar().currentMessage() == "Speaker not set."
    assert _speakers(chooser_window) == []


def test_clicking_an_actor_in_the_article_still_links_it(qtbot, chooser_window) -> None:
    _open(qtbot, chooser_window)
    article = chooser_window.article
    start = TEXT.index("FVF")
    qtbot.mouseClick(article.viewport(), Qt.MouseButton.LeftButton, pos=article.point_of(start + 1))
    assert _speakers(chooser_window) == [(QUOTE, "FVF")]
    assert not chooser_window.annotation.speaker_chooser.isVisible()


def test_s_on_a_quote_with_no_actor_outside_it_says_what_to_do(qtbot, chooser_window) -> None:
    window = chooser_window
    for span in list(window.session.spans()):
        if span.label == "ACTOR" and span.covered(TEXT) != "Valdor":
            window.session.delete_span(span.id)
    quote = next(s for s in window.session.spans() if s.label == "QUOTE")
    window.annotation.select_span(quote.id)
    qtbot.keyClick(window.article, "s")
    assert window.annotation.speaker_chooser is None
    assert "No ACTOR outside this quote" in window.statusBar().currentMessage()


def test_the_speaker_linked_now_is_marked_in_the_list(qtbot, chooser_window) -> None:
    chooser = _open(qtbot, chooser_window)
    qtbot.keyClicks(chooser.filter_box, "lenvia")
    qtbot.keyClick(chooser.filter_box, Qt.Key.Key_Return)
    assert _speakers(chooser_window) == [(QUOTE, "Lenvia")]
    chooser = _open(qtbot, chooser_window)
    notes = [
        chooser.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 4)
        for row in range(chooser.proxy.rowCount())
    ]
    assert chooser.shown_names()[2] == "Lenvia"
    assert notes[2] == "state · linked now"
    assert "linked now" not in notes[0]


def test_in_an_800px_window_the_choosers_title_and_hint_are_shown_whole(
    qtbot, chooser_window: MainWindow
) -> None:
    chooser_window.resize(800, 600)
    qtbot.waitUntil(lambda: chooser_window.width() == 800)
    chooser = _open(qtbot, chooser_window)
    for label in (chooser.title, chooser.hint):
        # Either it fits on one line, or it wraps into the room it needs (both were cut
        # at the article's edge: "Speaker of “We have no more blood, no m").
        fits = label.width() >= label.sizeHint().width()
        wraps = label.wordWrap() and label.height() >= label.heightForWidth(label.width())
        assert fits or wraps, label.text()
        assert chooser.rect().contains(label.geometry())
    assert chooser.view.height() >= chooser.view.sizeHintForRow(0)  # a row still shows
