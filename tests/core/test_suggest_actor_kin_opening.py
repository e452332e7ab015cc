"""A sentence opened by whom only a person has ("Relatives of X Y said", "Lawyers of X Y
told"): the name after "of" is a person, never a body named without a kind word (issue 15;
found when the rule for such bodies learnt to read a sentence's start). Every sentence is
invented."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_types


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Relatives of Amadou Keita said he had been taken at night.", "Amadou Keita"),
        ("Lawyers of Ngozi Adaeze Okafor said they would appeal.", "Ngozi Adaeze Okafor"),
        (
            "Parents of Moses Kiprono told reporters the school was shelled.",
            "Moses Kiprono",
        ),
        ("The widow of Tarek Haddad said she was not told.", "Tarek Haddad"),
    ],
)
def test_a_name_after_kin_opening_a_sentence_is_a_person(text: str, person: str) -> None:
    found = suggested_types(text)
    assert found.get(person) == "person"
    assert not [name for name in found if name.endswith(person) and name != person]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # guards: a body's name with "the" after "of", or "for" and its cause
        (
            "Relatives of the Disappeared said the commission had failed them.",
            "Relatives of the Disappeared",
        ),
        ("Voices of the Valley said the army had burned homes.", "Voices of the Valley"),
        (
            "Physicians for Human Rights said the hospital was struck twice.",
            "Physicians for Human Rights",
        ),
    ],
)
def test_a_body_named_without_a_kind_word_still_opens_a_sentence(text: str, body: str) -> None:
    assert suggested_types(text).get(body) == "organisation"


def test_people_of_a_place_opening_a_sentence_stay_untagged() -> None:
    # guard: "Residents of X" are people of a place, and X is no person
    assert "person" not in suggested_types("Residents of Lafey said the town was quiet.").values()
