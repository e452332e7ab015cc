"""ACTOR rules, one by one, on sentences written for these tests."""

from __future__ import annotations

from annotator.core.suggest import GazetteerEntry, suggest


def actors(text: str, rule: str | None = None, **kwargs: object) -> list[tuple[str, str]]:
    found = suggest(text, labels=["ACTOR"], rules=[rule] if rule else None, **kwargs)  # type: ignore[arg-type]
    return [(text[s.start : s.end], s.attributes["type"]) for s in found]


def test_a_titled_person_is_suggested_without_the_title() -> None:
    text = "Interior Minister Petra Halvorsen visited the camp. Dr. Yusuf Amadou stayed."
    assert actors(text, "actor_titled_person") == [
        ("Petra Halvorsen", "person"),
        ("Yusuf Amadou", "person"),
    ]


def test_a_person_after_a_lower_case_role_is_suggested() -> None:
    text = "The police chief met rebel spokesman Idris Fall near the bridge."
    assert actors(text, "actor_role_person") == [("Idris Fall", "person")]


def test_names_in_attribution_positions_are_people() -> None:
    text = (
        'Marta Lindqvist, 41, lost her shop. "It burned," said Joon Park, a volunteer. '
        "Olek Brandt told the crowd to stay calm."
    )
    assert actors(text, "actor_person_in_attribution") == [
        ("Marta Lindqvist", "person"),
        ("Joon Park", "person"),
        ("Olek Brandt", "person"),
    ]


def test_a_place_before_said_is_not_a_person() -> None:
    text = "A nurse at the clinic in Port Avery, said supplies were short."
    assert actors(text, "actor_person_in_attribution") == []


def test_later_surname_mentions_of_a_found_person_are_suggested() -> None:
    text = "Governor Lucia Ferrante spoke first. Later Ferrante left; Ferrante's car waited."
    found = actors(text)
    assert found == [("Lucia Ferrante", "person"), ("Ferrante", "person"), ("Ferrante", "person")]


def test_an_organisation_and_its_bracketed_acronym_and_later_mentions() -> None:
    text = (
        "The Coastal Liberation Army (CLA) denied it. CLA-held villages were quiet, "
        "and the CLA's radio was silent."
    )
    found = actors(text)
    assert found == [
        ("Coastal Liberation Army", "armed group"),
        ("CLA", "armed group"),
        ("CLA", "armed group"),
        ("CLA", "armed group"),
    ]


def test_a_bracket_that_is_no_acronym_is_ignored() -> None:
    assert actors("They reached Mount Sellen (2,300 m) at dawn.", "actor_acronym_definition") == []


def test_capitalised_names_with_an_organisation_word_are_organisations() -> None:
    text = "Volunteers from the Southern Relief Committee joined the Iron Hills Brigades."
    assert actors(text, "actor_organisation_name") == [
        ("Southern Relief Committee", "organisation"),
        ("Iron Hills Brigades", "armed group"),
    ]


def test_a_nationality_with_a_state_body_is_a_state_actor() -> None:
    text = "The Morvanian defence ministry and the Morvanian army disagreed with Morvanian farmers."
    assert actors(text, "actor_national_institution") == [
        ("Morvanian defence ministry", "state"),
        ("Morvanian army", "state"),
    ]


def test_media_outlets_named_with_their_kind() -> None:
    text = "Public broadcaster RTN and the daily Morning Ledger disagreed, as did Radio Sol Norte."
    assert actors(text, "actor_media_outlet") == [
        ("RTN", "media"),
        ("Morning Ledger", "media"),
        ("Radio Sol Norte", "media"),
    ]


def test_gazetteer_states_are_actors_but_not_when_named_as_a_place() -> None:
    gazetteer = [
        GazetteerEntry("Morvania", "state"),
        GazetteerEntry("Blue Ridge Front", "armed group"),
    ]
    text = "Morvania blamed the Blue Ridge Front for the attack in Morvania."
    assert actors(text, "actor_gazetteer", gazetteer=gazetteer) == [
        ("Morvania", "state"),
        ("Blue Ridge Front", "armed group"),
    ]


def test_every_occurrence_of_a_text_tagged_elsewhere_is_suggested() -> None:
    text = "Harbour Watch said the Harbour Watch team counted the boats."
    found = actors(text, "actor_known_elsewhere", known_actors={"Harbour Watch": "organisation"})
    assert found == [("Harbour Watch", "organisation"), ("Harbour Watch", "organisation")]


def test_known_actors_may_be_given_without_types() -> None:
    found = actors("Kestrel Group left.", "actor_known_elsewhere", known_actors=["Kestrel Group"])
    assert found == [("Kestrel Group", "other")]


def test_longer_actor_wins_over_a_mention_inside_it() -> None:
    gazetteer = [GazetteerEntry("UN", "organisation")]
    text = "The UN Mine Action Office (UNMAO) cleared the field."
    found = actors(text, gazetteer=gazetteer)
    assert ("UN Mine Action Office", "organisation") in found
    assert ("UN", "organisation") not in found
