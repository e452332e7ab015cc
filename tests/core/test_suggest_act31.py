"""ACT31: when a state or a capital is an ACTOR, from the misses of development batch
898-905 and the rest of dev of the same classes (issue 15).

Each test states one general form with sentences written for the test (invented people
and events; real states and capitals), never the articles' own sentences.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts as _suggested

# ------------------------------ a state's possessive before what it claims, asks or does


def test_a_states_objection_or_claims_make_it_act() -> None:
    text = "On Monday Uzbekistan dismissed Kazakhstan's objection to the new dam on the river."
    assert "Kazakhstan" in _suggested(text)


def test_a_states_request_and_incursion_make_it_act() -> None:
    text = (
        "The envoys met at Ghana's request after Togo's incursion into the border villages, "
        "officials said."
    )
    found = _suggested(text)
    assert "Ghana" in found
    assert "Togo" in found


def test_a_states_territorial_claims_make_it_act() -> None:
    text = "Officials in Manila said Vietnam's territorial claims had no basis."
    assert "Vietnam" in _suggested(text)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Nigeria's first case of mpox was confirmed in Lagos on Monday, doctors said.", "Nigeria"),
        ("Germany's asylum claims rose by a third last year, officials in Berlin said.", "Germany"),
        ("Iran's protests entered a third week on Sunday as crowds gathered.", "Iran"),
        ("Fighting in Mali's north and claims of abuse by soldiers grew, residents said.", "Mali"),
    ],
)
def test_what_happens_in_a_state_leaves_it_a_place(text: str, state: str) -> None:
    # review61b A1: no word between the possessive and the noun, no noun of events
    assert state not in _suggested(text)


def test_a_states_land_after_its_possessive_stays_a_place() -> None:
    text = "Fighting spread across Chad's north and into Niger's capital overnight, residents said."
    found = _suggested(text)
    assert "Chad" not in found
    assert "Niger" not in found


# ------------------------------ a state or capital a message, protest or evidence is sent to


def test_a_capital_protested_to_is_addressed() -> None:
    text = "Zambia protested to Lilongwe last year after the shooting of two fishermen."
    assert "Lilongwe" in _suggested(text)


def test_a_capital_evidence_is_shared_with_is_addressed() -> None:
    text = (
        "The police chief told reporters the team had shared its findings with Nairobi "
        "and was waiting for an answer."
    )
    assert "Nairobi" in _suggested(text)


@pytest.mark.parametrize(
    "text",
    [
        "The wounded were conveyed to Abuja for treatment, police said.",
        "The bodies were handed over to Kabul for burial, villagers said.",
        "Hundreds of students protested to Tehran's main square on Monday.",
    ],
)
def test_a_town_people_or_goods_are_carried_to_stays_a_place(text: str) -> None:
    # review61b A2
    assert not {"Abuja", "Kabul", "Tehran"} & set(_suggested(text))


def test_a_capital_travelled_to_stays_a_place() -> None:
    text = "The delegation travelled to Lilongwe on Tuesday and met farmers near the lake."
    assert "Lilongwe" not in _suggested(text)


# ------------------------------ a ship named with its prefix is no actor


def test_a_ships_name_like_a_persons_is_no_actor() -> None:
    text = "Coast guards escorted the MV Halima Yusuf, a fuel tanker, to Berbera, officials said."
    assert "Halima Yusuf" not in _suggested(text)


def test_a_ships_name_with_a_particle_is_no_actor() -> None:
    text = "The port authority said the MV Noor al-Huda, a cargo ship, had docked in Aden."
    assert "Noor al-Huda" not in _suggested(text)


def test_a_ships_name_stops_before_a_title_and_a_person() -> None:
    # review61b A10
    text = "Aboard the USS Carney Captain Jeremy Robertson said the drones were shot down."
    assert "Jeremy Robertson" in _suggested(text)


def test_a_states_formal_objection_makes_it_act() -> None:
    # review61c A1a
    text = "The court rejected Ethiopia's formal objection to the hearing on Monday."
    assert "Ethiopia" in _suggested(text)
