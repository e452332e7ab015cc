"""ACTOR types of state bodies by the head and shape of their names (task type59).

Every sentence here is invented; the states and bodies' kinds are real ones.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_types

STATE_BODIES = [
    (
        "Two officers of the Coastal Highway Patrol Unit (CHPU) were wounded near Malindi, "
        "the Kenyan police said on Monday.",
        ["Coastal Highway Patrol Unit", "CHPU"],
    ),
    (
        "A patrol of the 31st Mountain Regiment came under fire on Tuesday, the Indian army said.",
        ["31st Mountain Regiment"],
    ),
    (
        "The Anti-Kidnapping Task Force said on Friday it had freed four traders held near Lokoja.",
        ["Anti-Kidnapping Task Force"],
    ),
    (
        "After a long sitting of the Council of Ministers, Benin's spokesman Arnaud Dossou "
        "said the curfew would stay.",
        ["Council of Ministers"],
    ),
    (
        "The House Committee on Public Safety summoned the Nigerian police chief over the "
        "killings in Zuba.",
        ["House Committee on Public Safety"],
    ),
    (
        "The Ghana Electoral Commission (GEC) said on Sunday that voting in Bawku would be "
        "postponed.",
        ["Ghana Electoral Commission", "GEC"],
    ),
    (
        "The Office of the Prosecutor said it had charged three soldiers over the deaths in "
        "the Liberian town of Ganta.",
        ["Office of the Prosecutor"],
    ),
    (
        "The Zamfara State Relief Agency said on Monday that 900 families had fled the "
        "attacks in Maru.",
        ["Zamfara State Relief Agency"],
    ),
    (
        "The Kenyan Flood Emergency Management Agency said on Monday it had counted 52 "
        "dead across Tana River.",
        ["Kenyan Flood Emergency Management Agency"],
    ),
    (
        "The Indonesian Fisheries Enforcement Agency said on Thursday that it had seized two "
        "boats off Natuna.",
        ["Indonesian Fisheries Enforcement Agency"],
    ),
]


@pytest.mark.parametrize(("text", "names"), STATE_BODIES)
def test_state_bodies_are_typed_state(text: str, names: list[str]) -> None:
    types = suggested_types(text)
    for name in names:
        assert types.get(name) == "state", (name, types)


def test_local_peoples_defence_force_is_an_armed_group() -> None:
    text = (
        "Fighters of the Kalay District People's Defence Force said on Monday they had "
        "overrun a Myanmar army post near the town."
    )
    types = suggested_types(text)
    assert types.get("Kalay District People's Defence Force") == "armed group", types


def test_exceptions_stay_organisations() -> None:
    text = (
        "The Ghana Human Rights Commission and the Multinational Joint Task Force both said "
        "on Friday that the Office of the UN High Commissioner for Human Rights was told."
    )
    types = suggested_types(text)
    for name in (
        "Ghana Human Rights Commission",
        "Multinational Joint Task Force",
        "Office of the UN High Commissioner for Human Rights",
    ):
        assert types.get(name) in (None, "organisation"), (name, types)


SERVICES_AND_LOCAL_BODIES = [
    (
        "The Prison Inspection Service said on Monday that two inmates had died in the "
        "Ugandan jail at Luzira.",
        "Prison Inspection Service",
    ),
    (
        "The Provincial Education Division said on Friday that 14 schools near Bunia had "
        "closed after the raids.",
        "Provincial Education Division",
    ),
    (
        "The Kitgum District Relief Authority said on Friday that 300 families had fled "
        "the fighting.",
        "Kitgum District Relief Authority",
    ),
]


@pytest.mark.parametrize(("text", "name"), SERVICES_AND_LOCAL_BODIES)
def test_services_and_local_bodies_are_typed_state(text: str, name: str) -> None:
    types = suggested_types(text)
    assert types.get(name) == "state", types


def test_a_faith_s_service_and_a_listed_body_s_part_stay_organisations() -> None:
    text = (
        "The Jesuit Refugee Service and the UNICEF Child Protection Service both said on "
        "Monday that the camp in Chad was full."
    )
    types = suggested_types(text)
    assert types.get("Jesuit Refugee Service") in (None, "organisation"), types
    assert types.get("UNICEF Child Protection Service") in (None, "organisation"), types


def test_the_government_is_not_a_state_body_s_acronym() -> None:
    from tests.core.suggest_probes import suggested_speaker

    text = (
        "Four inmates died in a riot at the jail in Tacna, Peru, on Sunday.\n\n"
        "The National Prison Service (NPS) said the riot had been put down. The NPS moved "
        "30 inmates to other jails.\n\n"
        'The government has declared a "state of siege" in the prisons of the south.'
    )
    assert suggested_types(text).get("NPS") == "state"
    assert suggested_speaker(text, "state of siege") is None


def test_an_army_s_numbered_unit_is_the_state_s() -> None:
    text = (
        "Captain Ihor Marchenko, a spokesman for the 57th Separate Rifle Brigade, said on "
        "Monday that the Ukrainian positions near the village had held."
    )
    assert suggested_types(text).get("57th Separate Rifle Brigade") == "state"


def test_the_office_of_the_prosecutor_of_an_international_court_is_an_organisation() -> None:
    # the ICC's own office (guideline: international courts are organisations); a state's
    # prosecutor's office stays a state's body
    found = suggested_types("The ICC's Office of the Prosecutor said it was examining the strike.")
    assert found.get("Office of the Prosecutor") == "organisation"
    found = suggested_types(
        "The Office of the Prosecutor in Kharkiv region said two people were killed."
    )
    assert found.get("Office of the Prosecutor in Kharkiv") == "state"
