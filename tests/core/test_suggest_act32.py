"""ACT32: general fixes for states, media and bodies, on sentences written for these tests
(invented people and events; real states, capitals and bodies), driving the real suggester."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.suggest_probes import suggested_types

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
        # review62c F7/F8: a place's passive or state after an auxiliary, a body "of" another,
        # a reporting tag after the apposition
        "Yemen's Marib has been shelled every night this week.",
        "Yemen's Marib will host the next round of talks.",
        "Neighbouring Marib has been hit by drones.",
        "Yemen's Marib office of the UN refugee agency said tents had arrived.",
        "Fighters shelled Marib, the city's main hospital said.",
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
        # review62b B1-B3: it acts with a verb the possessive rule's list lacks, through a
        # body of its own, or a contraction stands where a state's possessive would
        "Aid workers said neighbouring Marib has asked for more tents.",
        "Yemen's Marib urged the UN to send more tents.",
        "Yemen's Marib authority has asked the UN for tents.",
        "Bakool and Marib regions' authorities said the aid had arrived.",
        "Marib and Shabwa provinces have asked for aid, the UN said.",
        "It's Marib, not Sanaa, that pays the salaries, a teacher said.",
    ],
)
def test_a_government_elsewhere_still_acts_here(text: str) -> None:
    found = _known_elsewhere_found(text)
    assert ("Bakool" if text.startswith("Bakool") else "Marib") in found


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
