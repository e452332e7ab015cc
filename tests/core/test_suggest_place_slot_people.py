"""A name the text puts after a place's people or parts ("residents of Kano", "the outskirts
of Kano") is a place there, so a person whose surname it also is ("Commissioner Sani Kano")
does not lend it to the other mentions; and "Residents of Kano said" names the residents,
not Kano, as the speakers."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest


def actor_spans(text: str) -> list[tuple[str, object]]:
    return [
        (text[s.start : s.end], s.attributes.get("type")) for s in suggest(text, labels=["ACTOR"])
    ]


@pytest.mark.parametrize(
    "slot",
    [
        "Residents of Kano said they heard gunfire.",
        "Many residents of Kano stayed home.",
        "Shops on the outskirts of Kano stayed shut.",
        "Inhabitants of Kano fled.",
    ],
)
def test_a_surname_the_text_also_gives_a_place_is_not_lent_to_the_place(slot: str) -> None:
    text = f"Commissioner Sani Kano said the attackers fled. {slot} Kano has been calm since."
    assert actor_spans(text) == [("Sani Kano", "person")]


def test_the_name_is_still_a_person_where_a_speech_verb_names_it() -> None:
    text = (
        "Commissioner Sani Kano said the attackers fled. Residents of Kano stayed home. Kano"
        " said later that the road was open."
    )
    spans = actor_spans(text)
    assert spans[0] == ("Sani Kano", "person")
    assert ("Kano", "person") in spans[1:]


@pytest.mark.parametrize(
    "apposition",
    [
        "the district headquarters",
        "a camp for displaced people",
        "a stronghold of the rebels",
        "a key junction",
        "a quarter of the town",
    ],
)
def test_a_name_described_as_a_place_is_no_person(apposition: str) -> None:
    text = f"Gunmen attacked Kofar Gidan Dutse, {apposition}, on Tuesday, police said."
    assert ("Kofar Gidan Dutse", "person") not in actor_spans(text)


@pytest.mark.parametrize(
    "apposition", ["a base commander", "a camp manager", "a resident of the camp"]
)
def test_a_person_described_by_a_role_at_a_place_stays_a_person(apposition: str) -> None:
    text = f"Amina Bello, {apposition}, said the road was closed."
    assert ("Amina Bello", "person") in actor_spans(text)


def test_a_body_known_elsewhere_used_as_a_modifier_is_no_actor() -> None:
    known = {"Israeli military": "state", "Defence Ministry": "state"}
    text = "The UN was concerned about the continued Israeli military presence in the area."
    found = suggest(text, labels=["ACTOR"], known_actors=known)
    assert "Israeli military" not in [text[s.start : s.end] for s in found]
    text = "The Defence Ministry said 12 soldiers died."
    found = suggest(text, labels=["ACTOR"], known_actors=known)
    assert [(text[s.start : s.end], s.attributes.get("type")) for s in found] == [
        ("Defence Ministry", "state")
    ]
