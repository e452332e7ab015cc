"""A key press finds a span's speaker links in the session's index of relations by their
ends (issue 16): a relabel or a moved edge updates the Speaker cells of the quotes that
span speaks, selecting a span outlines its links, and neither passes over every relation
of the document."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from annotator.services.operations import MoveEdge, RemoveSpeaker, SetSpeaker
from annotator.ui.main_window import MainWindow
from annotator.ui.session import Session
from annotator.ui.tag_panel import SPEAKER_COLUMN

pytestmark = pytest.mark.gui


def _tag(qtbot, window: MainWindow, words: str, key: str, nth: int = 0) -> str:  # type: ignore[no-untyped-def]
    text = window.session.document.text
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    window.article.select_text(start, start + len(words))
    qtbot.keyClick(window.article, key)
    span = window.annotation.selected_span()
    assert span is not None
    return span.id


def _speaker_cell(window: MainWindow, quote_id: str) -> str:
    model = window.tags.model
    return model.data(model.index(model.row_of(quote_id), SPEAKER_COLUMN))


@pytest.fixture
def linked(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    """Two quotes spoken by one actor, a third quote by another, and an actor alone."""
    actor = _tag(qtbot, window, "Marović", "3")
    other = _tag(qtbot, window, "Brezna", "3")
    alone = _tag(qtbot, window, "civilians", "3")
    quotes = [_tag(qtbot, window, "We will", "1"), _tag(qtbot, window, "March", "1")]
    third = _tag(qtbot, window, "market", "1")
    for quote in quotes:
        window.annotation.push(SetSpeaker(quote, actor))
    window.annotation.push(SetSpeaker(third, other))
    QApplication.processEvents()
    return window, actor, other, alone, quotes, third


def test_moving_a_speakers_edge_shows_its_new_words_in_its_quotes_rows_only(linked) -> None:  # type: ignore[no-untyped-def]
    window, actor, _other, _alone, quotes, third = linked
    assert [_speaker_cell(window, q) for q in quotes] == ["Marović", "Marović"]
    assert _speaker_cell(window, third) == "Brezna"
    span = window.session.span(actor)
    text = window.session.document.text
    end = text.index(" ", span.end + 1)  # one word more
    window.annotation.push(MoveEdge(actor, span.start, end))
    QApplication.processEvents()
    assert [_speaker_cell(window, q) for q in quotes] == [text[span.start : end]] * 2
    assert _speaker_cell(window, third) == "Brezna"
    window.annotation.undo_stack.undo()
    QApplication.processEvents()
    assert [_speaker_cell(window, q) for q in quotes] == ["Marović", "Marović"]


def test_selecting_a_span_outlines_its_links_and_a_link_removed_is_forgotten(linked) -> None:  # type: ignore[no-untyped-def]
    window, actor, other, alone, quotes, third = linked
    window.annotation.select_span(actor)
    assert window.article.related_ids == quotes
    window.annotation.select_span(quotes[1])
    assert window.article.related_ids == [actor]
    window.annotation.select_span(alone)
    assert window.article.related_ids == []
    assert window.session.speaker_of(third).id == other
    window.annotation.push(RemoveSpeaker(window.session.edits.speaker_relation(third)))
    QApplication.processEvents()
    assert window.session.speaker_of(third) is None
    assert _speaker_cell(window, third) == ""
    window.annotation.select_span(other)
    assert window.article.related_ids == []


def test_a_relabel_and_a_select_read_no_list_of_every_relation(  # type: ignore[no-untyped-def]
    qtbot, linked, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The relations are indexed once after they change; a key press that relabels a
    speaker or selects a span asks the index, never the list of every relation."""
    window, actor, _other, _alone, quotes, _third = linked
    window.annotation.select_span(actor)  # the index is made after the last link
    listed = 0
    relations = Session.relations

    def counted(self):  # type: ignore[no-untyped-def]
        nonlocal listed
        listed += 1
        return relations(self)

    monkeypatch.setattr(Session, "relations", counted)
    window.article.setFocus()
    qtbot.keyClick(window.article, "2")  # the selected actor relabelled CASUALTY
    QApplication.processEvents()
    window.annotation.select_span(quotes[0])
    window.annotation.select_span(actor)
    assert window.session.span(actor).label == "CASUALTY"
    assert listed == 0
