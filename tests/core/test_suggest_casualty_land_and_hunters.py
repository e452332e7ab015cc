"""Victims named by nouns the victim lists lacked: Mexico's holders of communal land
("comuneros", "ejidatarios") are civilians; the Sahel's hunters' brotherhoods (Dozo,
Donso), who fight as militias, are combatants, while other hunters stay out of both;
volunteers are an armed force's men when their sentence names such a force.

The sentences are invented for these tests.
"""

from __future__ import annotations

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer


def _victims(text: str) -> dict[str, object]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["CASUALTY"])
    return {text[s.start : s.end]: s.attributes.get("victims") for s in found}


def test_holders_of_communal_land_are_civilians() -> None:
    victims = _victims(
        "Report\n\nThe commissioner said five comuneros had been killed in the hills. "
        "In a separate attack, three ejidatarios were wounded near the town."
    )
    assert victims["five comuneros had been killed"] == "civilian"
    assert victims["three ejidatarios were wounded"] == "civilian"


def test_hunters_of_a_brotherhood_that_fights_are_combatants() -> None:
    victims = _victims(
        "Report\n\nTwo Dozo hunters were killed when the convoy was ambushed, a local "
        "leader said. Four Donsos were wounded in the fighting."
    )
    assert victims["Two Dozo hunters were killed"] == "combatant"
    assert victims["Four Donsos were wounded"] == "combatant"


def test_other_hunters_are_not_combatants() -> None:
    victims = _victims("Report\n\nTwo truffle hunters were killed by a landmine in the desert.")
    assert victims["Two truffle hunters were killed"] != "combatant"


def test_volunteers_of_an_armed_volunteer_force_are_combatants() -> None:
    victims = _victims(
        "Report\n\nGunmen stormed a post of the Volunteers for the Defence of the Homeland "
        "near Kalsaka on Monday, killing seven volunteers, officials said. "
        "A defence volunteer and a shopkeeper were wounded by a roadside bomb in the town."
    )
    assert victims["killing seven volunteers"] == "combatant"
    assert victims["A defence volunteer and a shopkeeper were wounded"] == "mixed"


def test_volunteers_of_a_relief_body_stay_civilians() -> None:
    victims = _victims(
        "Report\n\nTwo Red Crescent volunteers were killed when shells hit the clinic, "
        "the society said."
    )
    assert victims["Two Red Crescent volunteers were killed"] == "civilian"
