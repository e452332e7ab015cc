"""ACTOR and speaker suggestions as the guideline's settled open points read them
(sample_articles/README.md, "Open points settled"). Sentences, bodies and people are
invented for the test."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker as _speaker
from tests.core.suggest_probes import suggested_texts as _suggested
from tests.core.suggest_probes import suggested_types as _types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "<nationality> security / intelligence services" is one state span (point k)
        (
            "Two men were detained by Russian security services near the border.",
            "Russian security services",
        ),
        (
            "Police said the suspects had passed coordinates to Russian intelligence.",
            "Russian intelligence",
        ),
        (
            "The Tajik intelligence services said three men were arrested.",
            "Tajik intelligence services",
        ),
    ],
)
def test_a_nations_security_services_are_one_state_span(text: str, name: str) -> None:
    assert _types(text).get(name) == "state", text


def test_intelligence_gathered_or_its_people_are_no_actor() -> None:
    for text in [
        "Israeli intelligence reports said the group had rearmed.",
        "Pakistani intelligence officials said the commander was killed.",
    ]:
        assert not any("intelligence" in found for found in _suggested(text)), text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a state's own rights and justice offices are the state's, like its ministries
        (
            "More than 300 families fled, the Ombudsman's Office said on Sunday.",
            "Ombudsman's Office",
        ),
        (
            "According to the Ombudsman's Office, five of the dead were civilians.",
            "Ombudsman's Office",
        ),
        (
            "The Chiapas State Prosecutor's Office said nine bodies had been found.",
            "Chiapas State Prosecutor's Office",
        ),
        # ... and a Spanish name of one is no person's name
        (
            "In a statement, the Defensoría del Pueblo said 300 families had fled.",
            "Defensoría del Pueblo",
        ),
    ],
)
def test_a_states_rights_and_justice_offices_are_state(text: str, name: str) -> None:
    assert _types(text).get(name) == "state", text


def test_a_name_with_a_particle_is_still_a_persons() -> None:
    text = 'Pedro del Campo said the road was closed. "We wait," Campo said.'
    assert _types(text).get("Pedro del Campo") == "person"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a spokesperson left unnamed at the quote and named in a later sentence (point g)
        (
            'Fighting resumed near Goma. "Our positions were shelled all night," an army'
            " spokesman said.\n\nThe spokesman, Lieutenant Colonel Guillaume Ndjike, added"
            " that the army had lost no ground.",
            "Our positions",
            "Guillaume Ndjike",
        ),
        (
            'Fighting resumed near Goma. A spokesman said: "Our positions were shelled."\n\n'
            "The spokesman, Colonel Guillaume Ndjike, said the army had lost no ground.",
            "Our positions",
            "Guillaume Ndjike",
        ),
        # ... not when another quote opens first: the name may be its speaker's colleague
        (
            'The army said the RSF had shelled the market. "Our forces repelled the attack,"'
            ' an army spokesman said. "We hold the bridge," said Amadou Sow, a commander.\n\n'
            "The spokesman, Colonel Ali Bako, said more troops were coming.",
            "Our forces",
            None,
        ),
        # an unnamed spokesperson for a body named before speaks for it (point h) ...
        (
            'The M23 said it had taken the hill. "We control the road," a spokesman for the'
            " group said.",
            "We control",
            "M23",
        ),
        # ... and any other unnamed member speaks for himself
        (
            'The Kenya Defence Forces (KDF) said the attackers had fled. "The search'
            ' continues," a KDF official said, speaking on condition of anonymity.',
            "The search",
            None,
        ),
    ],
)
def test_unnamed_spokespeople(text: str, quote: str, speaker: str | None) -> None:
    assert _speaker(text, quote) == speaker


def test_a_body_named_again_by_its_head_word_is_untagged_and_speaks_by_its_name() -> None:
    """ "the Commission" after "the Independent Electoral Commission": not tagged (point
    b); a quote it says links to the body's full mention, as "the group said" does."""
    text = (
        "The Independent Electoral Commission said turnout was low. "
        '"We will publish the results on Friday," the Commission said.'
    )
    assert _suggested(text) == ["Independent Electoral Commission"]
    assert _speaker(text, "We will publish") == "Independent Electoral Commission"


def test_a_region_after_its_states_possessive_is_a_place_where_something_happened() -> None:
    """ "a base in Somalia's Puntland": the region as a place (point a); the same region
    acting keeps its tag."""
    assert _suggested("Fighters stormed an army base in Somalia's Puntland on Monday.") == []
    assert _types("Jubaland accused Mogadishu of sending troops.").get("Jubaland") == "state"
