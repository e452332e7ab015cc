"""ACT31: when a state or a capital is an ACTOR, from the misses of development batch
898-905 and the rest of dev of the same classes (issue 15).

Each test states one general form with sentences written for the test (invented people
and events; real states and capitals), never the articles' own sentences.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_texts as _suggested
from tests.core.suggest_probes import suggested_types as _types

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


def test_a_states_territorial_claims_and_resolve_make_it_act() -> None:
    text = (
        "Officials in Manila said Vietnam's territorial claims had no basis. The strikes "
        "would not weaken Peru's resolve, a minister added."
    )
    found = _suggested(text)
    assert "Vietnam" in found
    assert "Peru" in found


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


def test_a_state_a_message_was_conveyed_to_is_addressed() -> None:
    text = "Officials said they had conveyed to Bolivia on several occasions that it was shut."
    assert "Bolivia" in _suggested(text)


def test_a_capital_travelled_to_stays_a_place() -> None:
    text = "The delegation travelled to Lilongwe on Tuesday and met farmers near the lake."
    assert "Lilongwe" not in _suggested(text)


# ------------------------------ an outlet named by what outlets do with a source


def test_an_outlet_quoting_a_source_reported() -> None:
    text = (
        "Schools stayed shut on Monday. Sever Press, quoting a teacher in the village, "
        "reported that the road had been closed."
    )
    assert "Sever Press" in _suggested(text)


def test_an_outlet_that_quotes_a_source_as_saying() -> None:
    text = "Local site Zeta Vijesnik quotes a border guard as saying the crossing reopened at noon."
    assert "Zeta Vijesnik" in _suggested(text)


def test_an_outlet_reported_at_a_clauses_tail() -> None:
    text = "The ministry has not commented on the arrests, RTVK reported on Tuesday evening."
    assert "RTVK" in _suggested(text)


def test_an_outlets_country_and_leaning_stay_out_of_its_name() -> None:
    text = "Armenia's Hetq, citing two officials, reported that the mine was closed."
    found = _suggested(text)
    assert "Hetq" in found
    assert "Armenia's Hetq" not in found


def test_a_titled_official_who_reported_is_no_outlet() -> None:
    text = "Shelling hit the district overnight, Governor Mykola Dorosh reported on Telegram."
    assert "Governor Mykola Dorosh" not in _suggested(text)


# ------------------------------ a region's or people's assembly, a state's high commission


def test_a_regions_assembly_is_a_states_body() -> None:
    text = "The Sindh Assembly voted on Monday to extend the curfew in Karachi."
    assert _types(text).get("Sindh Assembly") == "state"


def test_a_high_commission_is_a_states_mission() -> None:
    text = "The Canadian High Commission in Accra said two of its staff were safe."
    assert _types(text).get("Canadian High Commission") == "state"


def test_an_assembly_of_members_stays_an_organisation() -> None:
    text = "The World Health Assembly opened in Geneva on Monday with a call for funds."
    assert _types(text).get("World Health Assembly") != "state"


# ------------------------------ review60c C-1: an honorific before a role-introduced name


def test_an_honorific_after_a_role_word_stays_with_a_new_persons_name() -> None:
    text = (
        "Yusuf Garba, a trader, said the road was closed. Hospital spokesman Abba Yusuf said "
        "nine patients had arrived."
    )
    found = _suggested(text)
    assert "Abba Yusuf" in found
    assert "Yusuf" not in found


def test_an_honorific_after_the_and_a_role_word_is_a_back_reference() -> None:
    text = (
        "Gebre Tesfay, a priest in Mekelle, said the church was hit. The priest Abba Gebre "
        "said the bells were silent."
    )
    found = _suggested(text)
    assert "Gebre" in found
    assert "Abba Gebre" not in found


# ------------------------------ a ship named with its prefix is no actor


def test_a_ships_name_like_a_persons_is_no_actor() -> None:
    text = "Coast guards escorted the MV Halima Yusuf, a fuel tanker, to Berbera, officials said."
    assert "Halima Yusuf" not in _suggested(text)


def test_a_ships_name_with_a_particle_is_no_actor() -> None:
    text = "The port authority said the MV Noor al-Huda, a cargo ship, had docked in Aden."
    assert "Noor al-Huda" not in _suggested(text)
