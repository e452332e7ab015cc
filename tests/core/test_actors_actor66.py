"""ACTOR66: one-word states and outlets in the told slot, read as places or as actors.

Every sentence here is invented (people and events); the states, regions and outlets are
real. Each test drives the real suggester with the shipped gazetteer and no known actors,
and asserts every ACTOR suggested, with its type: the positive cases the rules of ACTOR66
add, and hostile negatives (places, people, things, sport, quotes, headlines, lists,
datelines, names holding a country) that they must leave alone.
"""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer


def _actors(text: str) -> list[tuple[str, str]]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return [(text[s.start : s.end], str(s.attributes.get("type"))) for s in found]


# --- a one-word name in the told slot: an outlet, unless the text writes it as a place
# or a person's given name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A local official told Sudania 24 on Monday that the RSF had entered the town.",
            [("Sudania 24", "media"), ("RSF", "armed group")],
        ),
        (
            "A local official told Sudania 24 that the RSF had entered the town.",
            [("Sudania 24", "media"), ("RSF", "armed group")],
        ),
        (
            "A survivor told Dabanga on Monday that the RSF had looted the market.",
            [("Dabanga", "media"), ("RSF", "armed group")],
        ),
        ("The commander told Rudaw by phone that the road was open.", [("Rudaw", "media")]),
        ("Residents told AFP 30 people had been killed in the raid.", [("AFP", "media")]),
    ],
)
def test_an_outlet_in_the_told_slot_is_media(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region the text writes as a place elsewhere
        (
            "Residents told Tigray that the fighters had left. Fighting in Tigray has displaced"
            " thousands.",
            [],
        ),
        (
            "A farmer told Oromia on Tuesday that troops had come. Clashes spread across western"
            " Oromia.",
            [],
        ),
        (
            "The official told Amhara by phone that the road was shut. Militias in the Amhara"
            " region regrouped.",
            [],
        ),
        ("The official told Kebbi that the situation was calm. Bandits in Kebbi killed 12.", []),
        # a person the text names with a surname or a courtesy title
        (
            'Bob Kamau, a farmer, fled. "They burned it," he told Bob on Monday.',
            [("Bob Kamau", "person")],
        ),
        (
            'Mr Bob said the shop was burned. "They came at night," the trader told Bob on Monday.',
            [("Bob", "person"), ("Bob", "person")],
        ),
        # a numbered place, not a channel
        ("A resident told Sector 24 on Monday.", []),
        ("The officer told Ward 24 residents to leave.", []),
    ],
)
def test_a_place_or_a_person_in_the_told_slot_is_no_outlet(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(text) == expected
