"""A state's own units and guards are the state's (issue 15): a military command, a
national, republican or coast guard, and a unit the army, military or police owns.
Sentences and units are invented for the test.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_types as _types


def test_a_military_command_is_the_states() -> None:
    text = "The Southern Valley Command said its troops had retaken the bridge."
    assert _types(text).get("Southern Valley Command") == "state"


def test_a_guard_serving_a_state_is_the_states() -> None:
    for text, name in [
        ("Members of the National Guard patrolled the market overnight.", "National Guard"),
        ("The Republican Guard shelled the suburb at dawn.", "Republican Guard"),
        ("The Kessan Coast Guard towed the boat into port.", "Kessan Coast Guard"),
    ]:
        assert _types(text).get(name) == "state", text


def test_a_guard_without_a_states_word_stays_an_armed_group() -> None:
    text = "The Valley Guard militia burned three villages."
    assert _types(text).get("Valley Guard") == "armed group"


def test_a_unit_the_army_or_police_owns_is_the_states() -> None:
    for text, name in [
        (
            "In a statement, the army's Tessen Task Force said the shelling had stopped.",
            "Tessen Task Force",
        ),
        ("The Army's Blue Lotus Corps said two soldiers had been wounded.", "Blue Lotus Corps"),
        ("The police's Rapid Patrol Brigade arrested eleven men.", "Rapid Patrol Brigade"),
    ]:
        assert _types(text).get(name) == "state", text
