"""False person suggestions as a class (session surn26, issue 15): a surname alone that
names a place's part, a structure or a household ("Marri areas", "a Zardad checkpoint",
"Mengal family members") is no person. Sentences are invented; places are real, the
people and events are not.
"""

from __future__ import annotations

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer


def _people(text: str) -> list[str]:
    return [
        text[s.start : s.end]
        for s in suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
        if s.attributes.get("type") == "person"
    ]


def test_a_surname_before_a_place_part_or_a_structure_is_no_person() -> None:
    text = (
        "Tribal elder Sher Ali Marri said the operation had failed.\n\n"
        "Marri areas of Kohlu district were quiet on Monday."
    )
    assert _people(text) == ["Sher Ali Marri"]
    text = (
        "Commander Ismail Zardad said his men had withdrawn.\n\n"
        "Gunmen attacked a Zardad checkpoint near the river on Tuesday."
    )
    assert _people(text) == ["Ismail Zardad"]
    text = (
        "Police officer Daniel Agok said ten bodies had been found.\n\n"
        "Seventeen wounded people were taken to Agok hospital, residents said."
    )
    assert _people(text) == ["Daniel Agok"]


def test_a_surname_before_a_household_noun_is_no_person() -> None:
    text = (
        "Akhtar Jan Mengal, a lawmaker, said the talks had collapsed.\n\n"
        "Mengal family members blocked the highway on Friday."
    )
    assert _people(text) == ["Akhtar Jan Mengal"]


def test_a_surname_before_a_verb_is_still_the_person() -> None:
    text = (
        "Tribal elder Sher Ali Marri said the operation had failed.\n\n"
        "Marri warned that the tribe would not lay down its arms."
    )
    assert _people(text) == ["Sher Ali Marri", "Marri"]
    # ... and a possessive stays the person's ("Zardad's men")
    text = (
        "Commander Ismail Zardad said his men had withdrawn.\n\n"
        "Zardad's men fled to the hills on Tuesday."
    )
    assert _people(text) == ["Ismail Zardad", "Zardad"]


def test_a_surname_alone_after_of_is_a_place() -> None:
    text = (
        "Levies officer Abdul Qadir Zehri said the militants came at night.\n\n"
        '"They knew every lane of Zehri," he said. The fighters took control of Zehri.'
    )
    assert _people(text) == ["Abdul Qadir Zehri"]
    text = (
        "Police officer Juma Kariuki said the attackers fled.\n\n"
        "Hundreds of families left the outskirts of Kariuki on Monday."
    )
    assert _people(text) == ["Juma Kariuki"]


def test_a_surname_after_a_person_noun_and_of_is_still_the_person() -> None:
    text = (
        "Commander Ismail Zardad said his men had withdrawn.\n\n"
        "The family of Zardad said he was safe. Supporters of Zardad gathered outside."
    )
    assert _people(text) == ["Ismail Zardad", "Zardad", "Zardad"]
    # ... and the possessive after "of" is the person's
    text = (
        "Lawyer Maria Torres said the trial would resume.\n\n"
        "Within an hour of Torres's statement, the court adjourned."
    )
    assert _people(text) == ["Maria Torres", "Torres"]


def test_a_columns_author_line_names_no_actor() -> None:
    text = (
        "The war has moved to Kordofan\n\n"
        "By Amal Idris Suleiman\n"
        "4 Dec 2026\n\n"
        "Amal Idris Suleiman is a Sudanese researcher on the political economy of conflict, "
        "based in Nairobi.\n\n"
        "Last Sunday, a drone struck the livestock market in El Nahud, residents said."
    )
    assert _people(text) == ["Amal Idris Suleiman"]  # the byline only


def test_a_person_described_in_the_body_with_a_quote_is_still_a_person() -> None:
    text = (
        "By Amal Idris Suleiman\n\n"
        "Drones struck the market in El Nahud on Sunday, residents said.\n\n"
        'Amal Idris Suleiman is a researcher who visited the town. "It was empty," she said.'
    )
    assert _people(text) == ["Amal Idris Suleiman", "Amal Idris Suleiman"]
