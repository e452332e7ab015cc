"""A state acts or is a place by the role of each mention (issue 15: held-out states).

The guideline (sample_articles/README.md) tags a state that acts, speaks, is dealt with
or owns a body, an act or a stance, and leaves a state named as a place untagged, in a
later mention as in the first. Sentences are invented; the states are real, the events
are not. scripts/actor_probes.py holds the wider probe set, run whole by the last test.
"""

from __future__ import annotations

from scripts.actor_probes import PROBES, run
from tests.core.suggest_probes import suggested_texts as _texts
from tests.core.suggest_probes import suggested_types as _types


def test_a_states_stance_or_part_after_its_possessive_is_the_state_acting() -> None:
    for text, state in [
        ("Russia's support for the junta has grown since 2021.", "Russia"),
        ("With Iran's backing, the group seized the port.", "Iran"),
        ("The ministry called the raid a violation of Syria's sovereignty.", "Syria"),
        ("Chad's role in the attack has been questioned by the UN.", "Chad"),
        ("Guyana's dispute with Venezuela deepened.", "Guyana"),
        ("Eritrea's involvement in the war was confirmed in 2021.", "Eritrea"),
    ]:
        assert _types(text).get(state) == "state", text


def test_a_states_armed_conflict_is_where_it_happened() -> None:
    assert "Colombia" not in _types("Colombia's armed conflict has killed 450,000 people.")
    assert _types("Colombia's armed forces said they killed 12 rebels.").get("Colombia") == "state"


def test_the_ally_of_a_state_makes_it_a_polity() -> None:
    text = "Cameroon, a close ally of France, rejected the claims."
    assert _types(text).get("France") == "state"


def test_a_state_after_a_places_preposition_acts_in_its_which_clause() -> None:
    text = "Iran launched missiles at Israel, which said it would retaliate."
    assert _types(text).get("Israel") == "state"
    assert "Sudan" not in _types("Aid is flowing into Sudan, which has been at war since 2023.")


def test_capitals_holding_talks_or_owed_loyalty_are_governments() -> None:
    types = _types("Moscow and Kyiv held a new round of talks in Istanbul.")
    assert types.get("Moscow") == "state"
    assert types.get("Kyiv") == "state"
    assert "Istanbul" not in types
    assert _types("Forces loyal to Damascus retook the town.").get("Damascus") == "state"


def test_both_before_a_pair_of_states_is_no_persons_name() -> None:
    text = "The report named Uganda and Rwanda. Both Uganda and Rwanda have denied the charges."
    assert _texts(text).count("Uganda") == 2
    assert "Both Uganda" not in _texts(text)


def test_born_side_of_the_border_and_within_are_places() -> None:
    for text, state in [
        ("The Somalia-born suspect was arrested in Nairobi.", "Somalia"),
        ("Refugees waited on the Sudan side of the border.", "Sudan"),
        ("The attacks within Pakistan have doubled.", "Pakistan"),
    ]:
        assert state not in _types(text), text


def test_the_two_ends_of_a_border_or_road_between_are_places() -> None:
    types = _types("The border between Chad and Sudan was closed on Monday.")
    assert not {"Chad", "Sudan"} & set(types)
    types = _types("Relations between Chad and Sudan have soured.")
    assert types.get("Chad") == "state"
    assert types.get("Sudan") == "state"


def test_what_befalls_a_country_is_said_of_the_place() -> None:
    for text, state in [
        ("Somalia has been hit by the worst drought in 40 years.", "Somalia"),
        ("Burkina Faso has seen a surge in attacks since 2015.", "Burkina Faso"),
        ("Haiti has suffered decades of unrest.", "Haiti"),
        ("Afghanistan is facing a hunger crisis, the agency said.", "Afghanistan"),
        ("Somalia is among the countries worst hit by the drought.", "Somalia"),
    ]:
        assert state not in _types(text), text
    assert _types("Ukraine has been hit by more than 300 drones.").get("Ukraine") == "state"
    assert _types("Iran faces new sanctions over the drone sales.").get("Iran") == "state"


def test_a_state_government_official_is_a_modifier() -> None:
    assert "Sudan" not in _types("A Sudan government official said the road was closed.")


def test_a_nationality_with_federal_or_transitional_government_is_one_state_span() -> None:
    text = "The Ethiopian federal government accused the TPLF of arming militias."
    assert _types(text).get("Ethiopian federal government") == "state"
    text = "The Malian transitional government said it would respond."
    assert _types(text).get("Malian transitional government") == "state"


def test_a_states_war_or_strikes_on_another_and_its_delegation_are_its_acts() -> None:
    types = _types("Russia's war in Ukraine has killed thousands.")
    assert types.get("Russia") == "state"
    assert "Ukraine" not in types
    assert "Sudan" not in _types("He fled during Sudan's war, which began in 2023.")
    types = _types("Israel's strikes on Lebanon killed 12 people.")
    assert types.get("Israel") == "state"
    assert "Lebanon" not in types
    assert _types("A delegation from Qatar arrived in Kabul.").get("Qatar") == "state"


def test_every_state_probe_gets_the_guidelines_answer() -> None:
    assert len(PROBES) >= 100
    assert run() == []
