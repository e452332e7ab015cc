"""False PERSON suggestions (session pers23, issue 15): a run of capitalised words closed
by a landform's, a built place's or a pact's word, or by a compass point, is no person's
name, wherever it stands. Sentences are invented; places and bodies are real, the people
and events are not.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_types as _types


def test_a_name_ending_in_a_landform_or_a_place_word_is_no_person() -> None:
    found = _types("Bakassi Peninsula said nothing about the raid, residents told reporters.")
    assert "Bakassi Peninsula" not in found
    found = _types(
        "Kerio Valley has been calm since March, police said. Kerio Valley said it needed help."
    )
    assert found.get("Kerio Valley") != "person"
    # ... a person with a name of the same shape keeps it
    found = _types("Amina Koroma said nothing about the raid, residents told reporters.")
    assert found.get("Amina Koroma") == "person"
    # ... and a surname that is also a word of a place ("Hill", "Field") stays a surname
    found = _types("Daniel Hill said the convoy had turned back at the border.")
    assert found.get("Daniel Hill") == "person"


def test_a_pact_or_a_programme_that_says_is_no_person() -> None:
    found = _types(
        "The Nairobi Declaration, signed by six parties, said the truce would hold. "
        "Nairobi Declaration said prisoners would be freed."
    )
    assert all(kind != "person" for kind in found.values())


def test_a_place_closed_by_a_compass_point_is_no_person() -> None:
    # a constituency or a district named by its town and a compass point, or "Central"
    found = _types(
        "Hon. Peter Wanjala, the member of parliament for Lamu West, told reporters that "
        "schools were closed. Mandera East said the raid was unexpected."
    )
    assert found.get("Peter Wanjala") == "person"
    assert "Lamu West" not in found
    assert "Mandera East" not in found
    assert _types("Kaduna Central said the vote had been peaceful, observers said.") == {}
    # ... while a person whose surname is no compass word keeps the name
    found = _types("Mandera Hussein said the raid was unexpected.")
    assert found.get("Mandera Hussein") == "person"
