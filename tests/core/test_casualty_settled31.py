"""CASUALTY rules for the guideline points settled in session 31 (sample_articles/README.md,
"Open points settled (session 31)"). Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from tests.core.suggested import body_figures as _found


@pytest.mark.parametrize(
    "sentence",
    [
        "Commandos rescued 40 guests who had barricaded themselves in a kitchen.",
        "The coast guard rescued 63 migrants at sea on Friday.",
        "Volunteers rescued 12 people from the rubble of the school.",
        "Firefighters rescued dozens of residents from the burning block.",
    ],
)
def test_people_rescued_who_were_never_held_are_no_figure(sentence: str) -> None:
    """Point 4: a rescue is a figure of captives only."""
    assert not any(p.lower().startswith("rescu") for p in _found(sentence))


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Troops rescued 21 kidnapped farmers near the river.", "rescued 21 kidnapped farmers"),
        ("Police rescued 17 hostages in a raid.", "rescued 17 hostages"),
        ("The army rescued 14 abductees on Monday.", "rescued 14 abductees"),
        ("Soldiers rescued 30 people held by the gang in a forest camp.", "rescued 30 people"),
    ],
)
def test_people_rescued_from_captivity_stay_a_figure(sentence: str, phrase: str) -> None:
    assert _found(sentence)[phrase][2] == "other"


def test_injured_people_among_the_rescued_stay_an_injured_figure() -> None:
    found = _found("Troops rescued 12 injured people from the market.")
    assert found["rescued 12 injured people"][2] == "injured"


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Police killed four traffickers in a shootout.", "killed four traffickers"),
        ("Border guards arrested 12 smugglers at the crossing.", "arrested 12 smugglers"),
        ("Troops killed nine cattle rustlers near the river.", "killed nine cattle rustlers"),
        ("Police detained 6 suspected gangsters.", "detained 6 suspected gangsters"),
        ("A trafficker was killed in the raid.", "A trafficker was killed"),
    ],
)
def test_criminal_roles_are_combatant(sentence: str, phrase: str) -> None:
    """Point 6: bandits, gang members, smugglers, traffickers, rustlers take part in the
    violence, as gunmen do."""
    assert _found(sentence)[phrase][3] == "combatant"


def test_suspects_alone_stay_unknown_and_people_held_by_smugglers_keep_their_noun() -> None:
    assert _found("Police arrested 15 suspects.")["arrested 15 suspects"][3] == "unknown"
    found = _found("Police freed 30 people held by smugglers in a warehouse.")
    assert found["freed 30 people"][3] == "unknown"


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "Militiamen expelled 60 families from their homes.",
            "expelled 60 families from their homes",
        ),
        ("Police evicted 200 families from their land.", "evicted 200 families from their land"),
        ("The authorities evicted 200 families.", "evicted 200 families"),
        (
            "Sixty families were expelled from their villages.",
            "Sixty families were expelled from their villages",
        ),
        ("About 300 families were evicted last month.", "About 300 families were evicted"),
    ],
)
def test_people_expelled_or_evicted_from_their_homes_are_displaced(
    sentence: str, phrase: str
) -> None:
    """Point 3: like "driven from their homes", the span takes the "from" phrase."""
    assert _found(sentence)[phrase][2] == "displaced"


@pytest.mark.parametrize(
    "sentence",
    [
        "The government expelled 12 diplomats.",
        "The junta expelled 300 French troops from the country.",
        "Two envoys were expelled on Monday.",
        "The army expelled the UN mission and its 40 observers.",
    ],
)
def test_troops_diplomats_or_a_mission_expelled_are_no_figure(sentence: str) -> None:
    assert _found(sentence) == {}
