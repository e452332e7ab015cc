"""CASUALTY classes the misses of articles 236-251 showed once they moved to dev, and the
casualty points settled in session 30 that the rules did not follow yet (session 31).
Every sentence here is made up for the test; none is an article's own."""

from __future__ import annotations

import pytest

from tests.core.suggested import casualties

BODY = "Report\n\n"  # the first line of a text is read as its headline


def _found(sentence: str) -> dict[str, tuple[object, object, object, object]]:
    return {
        phrase: (a.get("count_low"), a.get("count_high"), a.get("kind"), a.get("victims"))
        for phrase, a in casualties(BODY + sentence).items()
    }


# ----------------------- people named by a noun and placed among a toll (open point 1)


@pytest.mark.parametrize(
    ("sentence", "phrase", "figure"),
    [
        (
            "A farmer said his wife and daughter were among the dead.",
            "wife and daughter were among the dead",
            (2, 2, "killed", "civilian"),
        ),
        (
            "Neighbours said her father and his younger brother were among those killed.",
            "father and his younger brother were among those killed",
            (2, 2, "killed", "civilian"),
        ),
        (
            "The guard and three of the patients were among the wounded, the clinic said.",
            "guard and three of the patients were among the wounded",
            (4, 4, "injured", "mixed"),
        ),
        (
            "He said his uncle and two cousins were among those abducted.",
            "uncle and two cousins were among those abducted",
            (3, 3, "other", "civilian"),
        ),
        (
            "The driver was among the wounded, police said.",
            "driver was among the wounded",
            (1, 1, "injured", "civilian"),
        ),
        (
            "Their pastor and a church elder were among those abducted on Sunday.",
            "pastor and a church elder were among those abducted",
            (2, 2, "other", "civilian"),
        ),
    ],
)
def test_named_people_placed_among_a_toll_count_one_per_noun(
    sentence: str, phrase: str, figure: tuple[object, ...]
) -> None:
    assert _found(sentence) == {phrase: figure}


@pytest.mark.parametrize(
    "sentence",
    [
        # a "whose" clause describes the speaker (open point 1)
        "Awa Traore, whose husband and son were among the dead, said the army came late.",
        # a plural with no number word
        "Her sons were among the dead.",
        "The driver and passengers were among the wounded.",
    ],
)
def test_no_figure_for_people_among_a_toll_without_a_noun_of_their_own(sentence: str) -> None:
    assert _found(sentence) == {}


# ----------------------- distractor numbers after a count: a date, a second clause's animals


@pytest.mark.parametrize(
    ("sentence", "phrase", "figure"),
    [
        (
            "Monitors recorded 19 civilians killed and at least 30 injured between 4 and 9 May.",
            "at least 30 injured",
            (30, None, "injured", "civilian"),
        ),
        (
            "The raid wounded 12 villagers on 3 March and burned the market.",
            "wounded 12 villagers",
            (12, 12, "injured", "civilian"),
        ),
        (
            "Rebels were accused of killing four shepherds and taking camels near Tine.",
            "killing four shepherds",
            (4, 4, "killed", "civilian"),
        ),
    ],
)
def test_a_date_or_a_later_clause_after_the_count_does_not_cut_the_figure(
    sentence: str, phrase: str, figure: tuple[object, ...]
) -> None:
    assert _found(sentence)[phrase] == figure


def test_a_date_range_after_a_harm_verb_is_no_count() -> None:
    found = _found("Aid agencies said 40 people were injured between 16 and 22 June.")
    assert found == {"40 people were injured": (40, 40, "injured", "unknown")}
    assert _found("The floods injured between 16 and 22 June, officials said.") == {}


def test_animals_counted_right_after_a_harm_verb_are_still_no_figure() -> None:
    assert _found("The raiders killed 30 cattle and stole 200 goats.") == {}
    assert _found("Soldiers killed 40 head of cattle in the raid.") == {}
