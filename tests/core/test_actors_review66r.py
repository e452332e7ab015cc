"""REVIEW66R: guards on ACTOR66's rules found by hostile probes (invented sentences; real
states and outlets)."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer


def _actors(text: str) -> list[tuple[str, str]]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return [(text[s.start : s.end], str(s.attributes.get("type"))) for s in found]


@pytest.mark.parametrize(
    "text",
    [
        # dev 353, 489, 538, 771, 886: the paper's own furniture, "Published in Dawn, ..."
        "The gunmen fled, he told Dawn.\n\nPublished in Dawn, December 3rd, 2026",
        "The minister told Hetq on Monday that the inquiry was closed. A report published in "
        "Hetq last year detailed the deals.",
        "The deputy told Mediapart in an interview that she had no regrets. Writing in "
        "Mediapart, she called for an inquiry.",
    ],
)
def test_an_outlet_written_as_where_a_piece_appeared_stays_media(text: str) -> None:
    name = text.split("told ", 1)[1].split()[0].rstrip(".")
    assert (name, "media") in _actors(text)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Students took their protests to Nairobi on Tuesday, marching on parliament.", "Nairobi"),
        ("Opposition leaders vowed to carry the protests to Kampala next week.", "Kampala"),
        ("The union spread its protests to Abuja and Lagos after the fuel price rise.", "Abuja"),
    ],
)
def test_protests_the_noun_carried_to_a_capital_leave_it_a_place(text: str, city: str) -> None:
    assert (city, "state") not in _actors(text)


def test_a_state_protesting_in_a_headline_still_tags_its_addressee() -> None:
    assert ("Myanmar", "state") in _actors("Bangladesh protests to Myanmar over border shelling.")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Russia remains at war in Ukraine, and Moscow has rejected every ceasefire.", "Russia"),
        (
            "Ethiopia was at war in Tigray from 2020 to 2022, and the army lost thousands.",
            "Ethiopia",
        ),
    ],
)
def test_a_state_at_war_in_another_place_is_a_party(text: str, state: str) -> None:
    assert (state, "state") in _actors(text)


def test_an_outlets_name_before_a_masthead_word_is_no_given_name() -> None:
    text = (
        "A survivor told Tamazuj that the SPLA-IO had withdrawn. Tamazuj Online said the road "
        "was open."
    )
    assert ("Tamazuj", "media") in _actors(text)


def test_a_team_standing_up_to_another_in_sport_is_no_state_defied() -> None:
    assert ("Spain", "state") not in _actors(
        "Morocco stood up to Spain in the quarter-final and won on penalties."
    )


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The junta wanted to show it could stand up to Paris over the mine.", "Paris"),
        ("He urged Europe to stand up to Moscow over the annexation.", "Moscow"),
    ],
)
def test_a_state_a_government_would_stand_up_to_is_a_state(text: str, state: str) -> None:
    assert (state, "state") in _actors(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The governor told Oromia that the curfew would end. Clashes were reported in Oromia "
            "on Friday.",
            "Oromia",
        ),
        (
            "The mayor told Baidoa that aid was coming. In an interview in Baidoa, he said "
            "the road was cut.",
            "Baidoa",
        ),
    ],
)
def test_reported_in_a_place_keeps_it_a_place_in_the_told_slot(text: str, place: str) -> None:
    assert (place, "media") not in _actors(text)
