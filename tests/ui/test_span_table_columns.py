"""The span table gives its Text column the room: the Attributes and Speaker columns give
way first (an empty Speaker column is hidden), at 800 and at 1400 px."""

from __future__ import annotations

import pytest

from annotator.core.model import Span, new_id
from annotator.store.repository import Repository
from annotator.ui.main_window import MainWindow
from annotator.ui.tag_panel import (
    ATTRIBUTES_COLUMN,
    LABEL_COLUMN,
    SHRINKING,
    SPEAKER_COLUMN,
    TEXT_COLUMN,
    TEXT_WANTS,
    span_column_widths,
)
from tests.ui.conftest import open_window

LEAST = {column: least for column, (_preferred, least) in SHRINKING.items()}


@pytest.mark.parametrize("speakers", [False, True])
def test_with_room_the_columns_keep_their_preferred_widths(speakers: bool) -> None:
    widths = span_column_widths(500, speakers=speakers)
    assert widths == {column: preferred for column, (preferred, _least) in SHRINKING.items()}
    assert 500 - sum(widths.values()) >= TEXT_WANTS


def test_short_of_room_an_empty_speaker_column_goes_first() -> None:
    widths = span_column_widths(330, speakers=False)
    assert widths[SPEAKER_COLUMN] == 0
    assert widths[ATTRIBUTES_COLUMN] == SHRINKING[ATTRIBUTES_COLUMN][0]  # no need to shrink


def test_short_of_room_both_columns_shrink_to_their_least_and_no_further() -> None:
    widths = span_column_widths(300, speakers=True)
    text = 300 - sum(widths.values())
    assert text == TEXT_WANTS
    for column, width in widths.items():
        assert LEAST[column] <= width < SHRINKING[column][0]
    narrow = span_column_widths(120, speakers=True)
    assert narrow == LEAST


def _document_with(repo: Repository, *, attributes: bool, speaker: bool) -> None:
    document = repo.document(repo.document_ids()[0])
    text = document.text

    def add(needle: str, label: str, values: dict[str, object]) -> Span:
        start = text.index(needle)
        span = Span(
            new_id(),
            document.id,
            start,
            start + len(needle),
            label,
            "ana",
            attributes=values if attributes else {},
        )
        repo.add_span(span)
        return span

    add("Free Valdor Front", "ACTOR", {"type": "armed group"})
    add("at least 14 civilians were killed", "CASUALTY", {"count_low": 14, "kind": "killed"})
    quote = add("We will not leave,", "QUOTE", {"kind": "direct"})
    actor = add("Marović told", "ACTOR", {"type": "person"})
    if speaker:
        from annotator.core.model import Relation

        repo.add_relation(Relation(new_id(), quote.id, actor.id, "speaker", "ana"))


def _widths(window: MainWindow) -> dict[int, int]:
    table = window.tags.table
    return {
        column: 0 if table.isColumnHidden(column) else table.columnWidth(column)
        for column in (LABEL_COLUMN, TEXT_COLUMN, ATTRIBUTES_COLUMN, SPEAKER_COLUMN)
    }


def _at(qtbot, window: MainWindow, width: int) -> dict[int, int]:
    window.resize(width, 600 if width == 800 else 900)
    qtbot.waitUntil(lambda: window.width() == width)
    table = window.tags.table
    # The columns fit the table as it is: Text ends at the viewport's right edge.
    qtbot.waitUntil(lambda: abs(table.horizontalHeader().length() - table.viewport().width()) <= 1)
    return _widths(window)


@pytest.mark.gui
@pytest.mark.parametrize("attributes", [False, True])
@pytest.mark.parametrize("speaker", [False, True])
def test_the_text_column_has_the_room_at_800_and_1400_px(
    qtbot, corpus: Repository, attributes: bool, speaker: bool
) -> None:
    _document_with(corpus, attributes=attributes, speaker=speaker)
    window = open_window(qtbot, corpus)
    assert window.tags.model.rowCount() == 4
    # At 800 px the Text column had 40 px while Attributes and Speaker kept 176.
    narrow = _at(qtbot, window, 800)
    assert narrow[TEXT_COLUMN] == max(narrow.values())
    assert narrow[TEXT_COLUMN] >= (95 if speaker else 140)
    assert narrow[ATTRIBUTES_COLUMN] >= LEAST[ATTRIBUTES_COLUMN]
    # A Speaker column with nothing in it gives its room up; one with a speaker stays.
    assert (narrow[SPEAKER_COLUMN] >= LEAST[SPEAKER_COLUMN]) if speaker else not narrow[3]
    wide = _at(qtbot, window, 1400)
    assert wide[TEXT_COLUMN] >= TEXT_WANTS
    assert wide[TEXT_COLUMN] == max(wide.values())
    assert bool(wide[SPEAKER_COLUMN]) == speaker
    assert wide[ATTRIBUTES_COLUMN] >= narrow[ATTRIBUTES_COLUMN]


@pytest.mark.gui
def test_linking_the_first_speaker_brings_the_speaker_column_back(
    qtbot, corpus: Repository
) -> None:
    _document_with(corpus, attributes=True, speaker=False)
    window = open_window(qtbot, corpus)
    _at(qtbot, window, 800)
    table = window.tags.table
    assert table.isColumnHidden(SPEAKER_COLUMN)
    spans = {s.covered(window.session.document.text): s for s in window.session.spans()}
    window.annotation.select_span(spans["We will not leave,"].id)
    window.annotation.set_speaker(spans["Marović told"].id)
    qtbot.waitUntil(lambda: not table.isColumnHidden(SPEAKER_COLUMN))
    assert table.columnWidth(SPEAKER_COLUMN) >= LEAST[SPEAKER_COLUMN]
    assert table.columnWidth(TEXT_COLUMN) == max(_widths(window).values())
