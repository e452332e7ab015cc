"""A state named as a place is no actor, a state or capital that acts is (issue 15):
lists of places after "from", flags, destinations and routes are places; a state before
"strikes" or "-backed" acts wherever it stands, and a capital dealt with stands for its
government. Sentences are invented; the states are real, the events are not.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_types as _types


def test_every_place_of_a_list_after_from_is_a_place() -> None:
    text = "Police found the bodies of fighters from Chad, Libya and Algeria in the cave."
    assert not {"Chad", "Libya", "Algeria"} & set(_types(text))
    text = "Herders crossed from Mali and Niger with their cattle."
    assert not {"Mali", "Niger"} & set(_types(text))


def test_allies_from_a_list_of_states_still_act() -> None:
    text = "The army and its allies from Chad, Niger and Cameroon launched the offensive."
    assert {"Niger", "Cameroon"} <= set(_types(text))


def test_flags_destinations_routes_and_headline_labels_are_places() -> None:
    for text, state in [
        ("A Liberia-flagged tanker was hit off the coast.", "Liberia"),
        ("Most of the grain bound for Yemen is stuck at sea.", "Yemen"),
        ('"We bring fuel in through Turkey now," the trader said.', "Turkey"),
        ("Kenya drought: herders lose half their goats", "Kenya"),
    ]:
        assert state not in _types(text), text


def test_a_state_before_strikes_or_backed_acts_wherever_it_stands() -> None:
    assert _types("Nine people were killed in Israeli and U.S. strikes.").get("U.S.") == "state"
    text = "Gunmen attacked a post of the Turkey-backed militia near the border."
    assert _types(text).get("Turkey") == "state"


def test_a_capital_dealt_with_stands_for_its_government() -> None:
    for text, capital in [
        ("The rebels broke off peace talks with Bogotá in May.", "Bogotá"),
        ("Under pressure from Ankara, the group left the town.", "Ankara"),
        ("The ceasefire with Moscow held for a week.", "Moscow"),
    ]:
        assert _types(text).get(capital) == "state", text
