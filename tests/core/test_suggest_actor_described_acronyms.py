"""A body defined with its bracketed acronym takes the type the words around the
definition give it (issue 15): "(ACR), a rebel group", "(ACR), the federal agency",
"One of its factions, the ... (ACR)", "the state-owned ... (ACR)", "<State>'s ... (ACR)".
Sentences and bodies are invented for the test.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_types as _types


def test_a_rebel_group_after_the_acronym_is_an_armed_group() -> None:
    text = (
        "Herders took up arms against the Union for Renewal in the North (URN), a rebel "
        "group led by former officers. The URN said on Sunday it had withdrawn."
    )
    found = _types(text)
    assert found["Union for Renewal in the North"] == "armed group"
    assert found["URN"] == "armed group"


def test_a_faction_defined_with_its_acronym_is_an_armed_group() -> None:
    text = "One of its factions, the Council of Free Highlanders (CFH), denied the raid."
    assert _types(text).get("Council of Free Highlanders") == "armed group"


def test_a_federal_agency_or_court_after_the_acronym_is_the_states() -> None:
    text = (
        "Leaders accuse the Displaced Persons Service (DPS), the federal agency that runs "
        "the camps."
    )
    assert _types(text).get("Displaced Persons Service") == "state"
    text = "The Tribunal for Verity and Peace (TVP), the court set up by the accord, heard them."
    assert _types(text).get("Tribunal for Verity and Peace") == "state"


def test_a_state_owned_body_is_the_states() -> None:
    text = "A boat of the state-owned Lake Transport Company (LTC) sank near the port."
    assert _types(text).get("Lake Transport Company") == "state"


def test_a_body_a_state_owns_by_its_possessive_is_the_states() -> None:
    text = "A ruling by Kenya's Supreme Appeals Council (SAC) halted the evictions."
    assert _types(text).get("Supreme Appeals Council") == "state"


def test_an_international_body_described_after_its_acronym_stays_an_organisation() -> None:
    text = "The Lake Basin Commission (LBC), a regional body of four states, met on Monday."
    assert _types(text).get("Lake Basin Commission") == "organisation"


def test_a_news_agency_in_apposition_is_media() -> None:
    text = "The claim came through the movement's news agency, Sawta, which posted a video."
    assert _types(text).get("Sawta") == "media"


def test_the_palestinian_authority_is_a_government() -> None:
    text = "The Palestinian Authority (PA) condemned the raid. A PA official said it was unlawful."
    found = _types(text)
    assert found["Palestinian Authority"] == "state"
    assert found["PA"] == "state"
