"""ACT32: general fixes for states, media and bodies, on sentences written for these tests
(invented people and events; real states, capitals and bodies), driving the real suggester."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.suggest_probes import suggested_texts, suggested_types


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # every state of a list a message was sent to
        (
            "Uganda said on Monday it had sent protest notes to both Nairobi and Kigali "
            "after a lorry convoy was held at the border for a week.",
            ["Nairobi", "Kigali"],
        ),
        (
            "The coalition said it had written letters to Ghana, Senegal, Morocco and "
            "Egypt, asking them to press for a new vote.",
            ["Ghana", "Senegal", "Morocco", "Egypt"],
        ),
    ],
)
def test_states_coordinated_with_an_addressed_state(text: str, wanted: list[str]) -> None:
    found = suggested_texts(text)
    types = suggested_types(text)
    for name in wanted:
        assert name in found
        assert types[name] == "state"


@pytest.mark.parametrize(
    "text",
    [
        # a clause after ", and" is no list's item
        "Trucks still cross at Busia, and Uganda has not closed the road.",
        # "or" joins alternatives, often a topic's
        "The statement made no mention of Nairobi or Kampala.",
        # places listed after a place
        "Flights from Nairobi to Kigali and Entebbe resumed on Tuesday.",
    ],
)
def test_no_list_no_state(text: str) -> None:
    found = suggested_texts(text)
    assert "Kampala" not in found
    assert "Entebbe" not in found
    assert "Busia" not in found


# Names another document tagged as a government (`known_actors`), not in the gazetteer.
_KNOWN_ELSEWHERE = {"Marib": "state", "Bakool": "state", "Hodeidah": "state"}


def _known_elsewhere_found(text: str) -> list[str]:
    found = suggest(text, known_actors=_KNOWN_ELSEWHERE, gazetteer=load_gazetteer())
    return [text[s.start : s.end] for s in found if s.label == "ACTOR"]


@pytest.mark.parametrize(
    "text",
    [
        "Why is Yemen's Marib still divided, ten years on?",
        "A convoy reached Yemen's fourth city Marib after a week on the road.",
        "Fighting in Shabwa and neighbouring Marib displaced thousands this year.",
        "Drones were reported over the Marib, Shabwa and Abyan governorates overnight.",
        "Marib, a city of more than a million people, has taken in most of the displaced.",
    ],
)
def test_a_government_elsewhere_is_a_place_here(text: str) -> None:
    # (after a sentence where it acts, so that the document's own evidence is mixed)
    acting = "Marib said on Monday that it needed more tents. "
    assert _known_elsewhere_found(acting + text).count("Marib") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Marib said it would open two more camps for the displaced.",
        "The envoy asked Hodeidah and Marib to reopen the road.",
        "Bakool's regional police commander said the road was closed.",
    ],
)
def test_a_government_elsewhere_still_acts_here(text: str) -> None:
    assert "Marib" in _known_elsewhere_found(text) or "Bakool" in _known_elsewhere_found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'A ferry captain, Juma Athman "Kapteni" Mwinyi, said the crossing was closed.',
            'Juma Athman "Kapteni" Mwinyi',
        ),
        (
            'The commander, Moussa dit "Le Vieux" Traoré, told reporters the road was mined.',
            'Moussa dit "Le Vieux" Traoré',
        ),
    ],
)
def test_a_nickname_in_marks_inside_a_name(text: str, name: str) -> None:
    found = suggested_texts(text)
    assert name in found
    assert "Kapteni" not in found
    assert "Vieux" not in found


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("A statement from the Aso Rock Villa on Friday said the deal was void.", "Aso Rock Villa"),
        ("Akorda said on Tuesday that the president would visit the flooded district.", "Akorda"),
        ("In Putrajaya, Wisma Putra said it had summoned the ambassador.", "Wisma Putra"),
        ("Beştepe, where such decisions are taken, has not replied to the offer.", "Beştepe"),
    ],
)
def test_seats_of_government(text: str, seat: str) -> None:
    assert suggested_types(text).get(seat) == "state"
