"""review67t: guards on the STATE67 frames, from hostile probes of ordinary news prose.

Every sentence is invented; the states are real. Each test drives the real suggester with
the shipped gazetteer and no known actors and asserts the ACTOR texts suggested.
"""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer


def _actors(text: str) -> list[str]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"], known_actors={})
    return [text[s.start : s.end] for s in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack in words, though arms are named in the sentence
        ("The president attacked France for keeping troops in the Sahel.", ["France"]),
        ("Museveni attacked Rwanda over its support for M23 fighters.", ["Rwanda", "M23"]),
        ("The junta attacked France, accusing it of arming militants.", ["France"]),
        ("The resolution targeted Israel over its military operations in Gaza.", ["Israel"]),
        # the state attacked acts in its own clause
        ("Israel struck Iran, which vowed to retaliate with missiles.", ["Israel", "Iran"]),
        ("Russia attacked Ukraine, which responded with drones of its own.", ["Russia", "Ukraine"]),
        # a verb's -ing form after a determiner is a noun: the name opens a clause
        ("The bombing Israel carried out in Gaza killed 40 people.", ["Israel"]),
        ("During the shelling Armenia reported three dead.", ["Armenia"]),
        # the land attacked stays a place
        ("Russia attacked Ukraine with 96 drones overnight.", ["Russia"]),
        ("Before bombing Syria, Israel warned Russia.", ["Israel", "Russia"]),
        ("Russia attacked Ukraine over the weekend with drones.", ["Russia"]),
    ],
)
def test_attack_frame_guards(text: str, expected: list[str]) -> None:
    assert _actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list's later name that opens a clause of its own acts
        ("Floods hit Sudan, Egypt said on Monday.", ["Egypt"]),
        ("Floods hit Chad, Nigeria sends aid", ["Nigeria"]),
        ("Floods hit Somalia and Kenya declared a national emergency.", ["Kenya"]),
        (
            "The cholera epidemic hit Sudan, Chad and South Sudan responded by closing borders.",
            ["Chad", "South Sudan"],
        ),
        ("Sudan shares borders with Chad, Libya said on Monday.", ["Sudan", "Libya"]),
        ("Rains lashed Kenya and Somalia, and Kenya deployed the army to help.", ["Kenya"]),
        # a list's later names hit stay places
        ("The drought has hit Kenya, Ethiopia and Somalia.", []),
        ("Floods hit Nigeria and Niger last month.", []),
        ("Cholera hit Zambia and Malawi last year, killing more than 1,000 people.", []),
        # a storm of words is no weather
        ("A storm of criticism hit Israel after the strike on the aid convoy.", ["Israel"]),
    ],
)
def test_list_and_disaster_guards(text: str, expected: list[str]) -> None:
    assert _actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Iran is not the aggressor," the foreign minister said.', ["Iran"]),
        ('"China is our largest creditor," the finance minister said.', ["China"]),
        ('"Sudan is our home and we will go back," said Amina Yusuf.', ["Amina Yusuf"]),
    ],
)
def test_copula_guards(text: str, expected: list[str]) -> None:
    assert _actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no land given or taken: prizes, hosting, sport, trade, a company's name
        ("The 2030 World Cup was awarded to Morocco, Spain and Portugal.", []),
        ("The gold medal was awarded to Kenya after the race was reviewed.", []),
        # (the subject, a team, is main's reading and not at issue here)
        ("Morocco handed a 3-1 defeat to Egypt in the semi-final.", ["Morocco"]),
        ("Authorities took control of shipments from China at the port.", []),
        ("The tender was awarded to China Harbour Engineering.", []),
        # land given or taken
        ("The temple, which a 1962 ruling awarded to Cambodia, was shelled.", ["Cambodia"]),
        (
            "China seized control of the shoal from the Philippines in 2012.",
            ["China", "Philippines"],
        ),
        ("The territory was handed to Morocco in 1975.", ["Morocco"]),
    ],
)
def test_territory_guards(text: str, expected: list[str]) -> None:
    assert _actors(text) == expected


def test_a_river_s_waters_shared_with_a_state_leave_it_a_party() -> None:
    # (fix67t: dev support for the shared-land frame is borders and islands only)
    text = "Egypt and Sudan refuse to share the Nile waters with Ethiopia on its terms."
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    assert "Ethiopia" in [text[s.start : s.end] for s in found]
