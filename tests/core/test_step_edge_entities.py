"""Edge keys on an ACTOR or CASUALTY reach what a selection of the same words stores."""

from __future__ import annotations

import pytest

from annotator.core.snapping import snap_selection, step_edge

TEXT = "the Orvel Relief Office (ORO) said, as Valdor Front (North) and U.N. staff left."


def _covered(span: tuple[int, int]) -> str:
    return TEXT[span[0] : span[1]]


@pytest.mark.parametrize(
    ("name", "after"),
    [
        ("Orvel Relief Office", "Orvel Relief Office (ORO)"),
        ("Valdor Front", "Valdor Front (North)"),
        ("U", "U.N."),
    ],
)
def test_moving_an_actor_end_right_takes_the_bracket_or_stop_a_selection_keeps(
    name: str, after: str
) -> None:
    start = TEXT.index(name)
    moved = step_edge(TEXT, start, start + len(name), "end", 1, "ACTOR")
    assert _covered(moved) == after
    # The same extent a drag over the words (and the punctuation around them) stores.
    assert snap_selection(TEXT, start, moved[1] + 1, "ACTOR") == moved


def test_an_actor_end_moves_back_past_a_kept_bracket() -> None:
    start = TEXT.index("Orvel")
    end = TEXT.index("(ORO)") + len("(ORO)")
    assert _covered(step_edge(TEXT, start, end, "end", -1, "ACTOR")) == "Orvel Relief Office"
    assert _covered(step_edge(TEXT, start, end, "end", 1, "ACTOR")) == (
        "Orvel Relief Office (ORO) said"
    )


def test_other_labels_and_the_start_edge_move_by_words_only() -> None:
    start = TEXT.index("Orvel")
    end = start + len("Orvel Relief Office")
    assert _covered(step_edge(TEXT, start, end, "end", 1)) == "Orvel Relief Office (ORO"
    assert _covered(step_edge(TEXT, start, end, "end", 1, "QUOTE")) == "Orvel Relief Office (ORO"
    assert _covered(step_edge(TEXT, start, end, "start", 1, "ACTOR")) == "Relief Office"
