"""CASUALTY classes of the misses in the fresh dev articles 324-339 and the casualty side of
the open points settled in session 33 (sample_articles/README.md). Every sentence is made
up for the test."""

from __future__ import annotations

import pytest

from tests.core.suggested import BODY, Figure
from tests.core.suggested import figures as _found


@pytest.mark.parametrize(
    ("text", "phrase", "figure"),
    [
        (
            BODY + "Twelve auxiliaries were killed when their post was overrun on Friday.",
            "Twelve auxiliaries were killed",
            (12, 12, "killed", "combatant"),
        ),
        (
            BODY + "About 40 troops and civilian auxiliaries of the army were killed at dawn.",
            "About 40 troops and civilian auxiliaries of the army were killed",
            (40, 40, "killed", "combatant"),
        ),
        (
            "Mali: dozens of soldiers and auxiliaries killed in ambush near Gao\n\nText.",
            "dozens of soldiers and auxiliaries killed",
            (24, None, "killed", "combatant"),
        ),
    ],
)
def test_auxiliaries_fighting_beside_an_army_are_counted_combatants(
    text: str, phrase: str, figure: Figure
) -> None:
    assert _found(text)[phrase] == figure


def test_auxiliaries_with_no_harm_are_no_figure() -> None:
    assert _found(BODY + "The army recruited auxiliaries to guard the villages.") == {}


@pytest.mark.parametrize(
    ("sentence", "phrase", "victims"),
    [
        # the apposition says who all of them were (point 4)
        (
            "Medics counted at least 19 bodies, soldiers and militiamen, on the road.",
            "at least 19 bodies",
            "combatant",
        ),
        (
            "Shelling killed 14 people, women and children, in the market on Sunday.",
            "killed 14 people",
            "civilian",
        ),
        (
            "Two people were killed, a policeman and a street vendor.",
            "Two people were killed",
            "mixed",
        ),
        # a part, a source or a clause is no apposition: the count stays unknown
        ("Shelling killed 14 people, mostly women and children.", "killed 14 people", "unknown"),
        ("Shelling killed 14 people, three soldiers among them.", "killed 14 people", "unknown"),
        ("Shelling killed 14 people, three soldiers.", "killed 14 people", "unknown"),
        ("Shelling killed 14 people, soldiers said.", "killed 14 people", "unknown"),
        ("Shelling killed 14 people, residents told reporters.", "killed 14 people", "unknown"),
    ],
)
def test_an_apposition_naming_all_of_a_neutral_count_gives_its_victims(
    sentence: str, phrase: str, victims: str
) -> None:
    assert _found(BODY + sentence)[phrase][3] == victims


def test_a_clause_after_a_bare_count_is_no_apposition() -> None:
    found = _found("Shelling of Bambari kills 7, mayor accuses militiamen\n\nText.")
    assert found["kills 7"][3] == "unknown"


@pytest.mark.parametrize(
    ("sentence", "phrase", "figure"),
    [
        (
            "A 7-year-old boy was brought in with a gunshot wound to his chest.",
            "A 7-year-old boy was brought in with a gunshot wound",
            (1, 1, "injured", "civilian"),
        ),
        (
            "Six men were brought in with shrapnel wounds overnight.",
            "Six men were brought in with shrapnel wounds",
            (6, 6, "injured", "unknown"),
        ),
        (
            "A gendarme was treated for a stab wound.",
            "A gendarme was treated for a stab wound",
            (1, 1, "injured", "combatant"),
        ),
    ],
)
def test_people_brought_in_or_treated_with_one_wound_are_injured(
    sentence: str, phrase: str, figure: Figure
) -> None:
    assert _found(BODY + sentence)[phrase] == figure


@pytest.mark.parametrize(
    "sentence",
    [
        "The boy was brought in by his uncle.",
        "Fresh supplies were brought in with a convoy.",
        "The clinic treated 40 patients for a wound infection.",
    ],
)
def test_brought_in_without_a_wound_is_no_figure(sentence: str) -> None:
    assert _found(BODY + sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "phrase", "figure"),
    [
        (
            "About 800 people crossed into Chad fleeing the raids.",
            "About 800 people crossed into Chad fleeing",
            (800, 800, "displaced", "unknown"),
        ),
        (
            "Some 200 families crossed the border fleeing the shelling.",
            "Some 200 families crossed the border fleeing",
            (200, 200, "displaced", "civilian"),
        ),
    ],
)
def test_people_crossing_a_border_in_flight_are_displaced(
    sentence: str, phrase: str, figure: Figure
) -> None:
    assert _found(BODY + sentence)[phrase] == figure


@pytest.mark.parametrize(
    "sentence",
    [
        "About 800 people crossed into Chad on Sunday to trade.",
        "About 80 lorries crossed into Chad fleeing the blockade.",
    ],
)
def test_a_crossing_without_flight_or_people_is_no_figure(sentence: str) -> None:
    assert _found(BODY + sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "phrase", "figure"),
    [
        (
            'A spokesman said six "rebels" had been killed in the valley.',
            'six "rebels" had been killed',
            (6, 6, "killed", "combatant"),
        ),
        (
            "Police said 14 \u201cprotesters\u201d were wounded.",
            "14 \u201cprotesters\u201d were wounded",
            (14, 14, "injured", "civilian"),
        ),
    ],
)
def test_a_people_noun_in_scare_quotes_is_still_counted(
    sentence: str, phrase: str, figure: Figure
) -> None:
    assert _found(BODY + sentence)[phrase] == figure


def test_a_quoted_word_that_is_no_people_noun_is_no_figure() -> None:
    assert _found(BODY + 'Six "reforms" were killed off by the senate.') == {}


def test_a_scare_quoted_people_noun_opens_no_quotation_for_the_next_count() -> None:
    found = _found(BODY + 'An officer said nine "militants" had been killed and two arrested.')
    assert found["two arrested"] == (2, 2, "other", "combatant")


def test_a_scare_quoted_word_that_names_nobody_still_bounds_the_clause() -> None:
    # the quoted "staged" is no people's noun: the claim after it speaks for its source
    found = _found(
        BODY + 'The group called the raid "staged" and said two of those killed were farmers.'
    )
    assert found["two of those killed"][3] == "civilian"
