"""CASUALTY classes the misses of articles 204-219 showed once they moved to dev (session
29). Every sentence here is made up for the test; none is an article's own."""

from __future__ import annotations

import pytest

from tests.core.suggested import body_figures as _found
from tests.core.suggested import casualties


def test_taken_n_prisoner_with_no_people_named_is_a_custody_figure_of_the_sentence() -> None:
    found = _found(
        "The rebels said they had overrun the post, killed 30 soldiers and taken 11 prisoner."
    )
    assert found["taken 11 prisoner"] == (11, 11, "other", "combatant")


def test_took_n_hostage_with_no_people_named_is_a_custody_figure() -> None:
    assert _found("Gunmen took 30 hostage at the mine.")["took 30 hostage"] == (
        30,
        30,
        "other",
        "unknown",
    )


def test_prisoner_as_the_modifier_of_another_noun_is_no_figure() -> None:
    assert _found("The convoy took 11 prisoner transport trucks north.") == {}


@pytest.mark.parametrize(
    ("sentence", "phrase", "low"),
    [
        (
            "The state recorded more than 1,100 homicides this year.",
            "more than 1,100 homicides",
            1101,
        ),
        ("Police logged 212 murders in the city last year.", "212 murders", 212),
        ("The monitor counted 37 targeted killings in May.", "37 targeted killings", 37),
    ],
)
def test_killings_counted_as_nouns_are_killed_figures(sentence: str, phrase: str, low: int) -> None:
    assert _found(sentence)[phrase][:3] == (low, None if "more than" in phrase else low, "killed")


def test_a_homicides_rate_is_no_figure() -> None:
    assert _found("The city has the highest homicides rate in the region.") == {}


def test_suspected_rustlers_arrested_are_counted_and_combatant() -> None:
    # guideline session 31, point 6: criminal roles are combatant (was unknown)
    found = _found("Troops arrested at least 340 suspected rustlers in the district.")
    assert found["arrested at least 340 suspected rustlers"] == (340, None, "other", "combatant")


def test_a_kin_of_n_of_the_dead_describes_a_speaker_and_is_no_figure() -> None:
    # (session 45: the dev gold's convention, 6 articles against 2, which were mended)
    found = _found("Ali Musa Salem, a cousin of two of the dead, said the men were traders.")
    assert list(found) == []


def test_a_count_before_a_place_of_the_villages_stays_in_the_place_phrase() -> None:
    found = _found("Two farmers from one of the villages were killed.")
    assert list(found) == ["Two farmers from one of the villages were killed"]


def test_a_source_that_leaves_open_whether_they_were_civilians_makes_them_unknown() -> None:
    found = _found(
        "Shelling killed three Uzbek citizens and wounded nine, the ministry said, without "
        "saying whether they were civilians."
    )
    assert found["killed three Uzbek citizens"][3] == "unknown"
    assert found["wounded nine"][3] == "unknown"
    unclear = _found("Four nationals were killed, and it was not clear whether they were fighters.")
    assert unclear["Four nationals were killed"][3] == "unknown"


def test_children_stay_civilian_whatever_the_source_leaves_open() -> None:
    found = _found(
        "The strike killed four children, officials said, without saying whether they were "
        "civilians."
    )
    assert found["killed four children"][3] == "civilian"


def test_a_business_manager_taken_is_a_civilian_custody_figure() -> None:
    found = _found("The gang robbed two shops and abducted a bank manager, who was freed later.")
    assert found["abducted a bank manager"] == (1, 1, "other", "civilian")
    hotel = _found("Gunmen kidnapped two hotel managers in the capital on Friday.")
    assert hotel["kidnapped two hotel managers"] == (2, 2, "other", "civilian")


def test_a_team_that_lost_its_manager_has_no_figure() -> None:
    assert _found("The football team lost its manager to a rival club.") == {}


def test_a_part_counted_back_takes_the_people_counted_before_it() -> None:
    found = _found(
        "Soldiers detained six shepherds near the line on Monday, and two of them were wounded."
    )
    assert found["two of them were wounded"][3] == "civilian"
    police = _found("Police detained 12 protesters after the march, and three of them were hurt.")
    assert police["three of them were hurt"][3] == "civilian"


def test_a_headline_second_verb_counts_the_people_of_the_first() -> None:
    headline = "Guards detain five fishermen, wound two off Karachi coast"
    found = {p: a.get("victims") for p, a in casualties(headline).items()}
    assert found == {"detain five fishermen": "civilian", "wound two": "civilian"}


def test_a_bare_count_after_a_comma_with_no_people_before_stays_unknown() -> None:
    found = _found("The blast tore through the market, killing 12, officials said.")
    assert found["killing 12"][3] == "unknown"
