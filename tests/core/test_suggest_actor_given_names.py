"""A run of two to four name words opening with a common given name is a person's
wherever it stands (issue 15, rule actor_given_name_person), and its surname's later
mentions follow; places and things named after people are not. Sentences and people
are invented for the test.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_texts as _suggested
from tests.core.suggest_probes import suggested_types as _types


def test_a_name_opening_with_a_given_name_is_a_person_in_any_slot() -> None:
    for text, name in [
        (
            "The decision angered Ahmed Dhoore Kulmiye's allies in the south.",
            "Ahmed Dhoore Kulmiye",
        ),
        ("The millet is ripe, but Issoufou Garba will not harvest it.", "Issoufou Garba"),
        ("Police arrested Yusuf Kamara at his home on Friday.", "Yusuf Kamara"),
    ]:
        assert _types(text).get(name) == "person", text


def test_the_surname_of_a_given_name_person_is_found_later() -> None:
    text = (
        "Talks stalled after the council accused Ahmed Dhoore Kulmiye's administration of "
        "fraud. Ties have been frozen since Kulmiye, who has led the region since 2012, won."
    )
    assert _suggested(text).count("Kulmiye") == 1


def test_places_and_things_named_after_people_are_no_person() -> None:
    for text, name in [
        ("Taliban fighters entered Musa Qala on Monday.", "Musa Qala"),
        ("Clashes spread to the Ali Sabieh region overnight.", "Ali Sabieh"),
        ("Students of the Omar Bongo University marched to parliament.", "Omar Bongo"),
        ("Gunmen were seen near Hassan Abdal before dawn.", "Hassan Abdal"),
    ]:
        assert name not in _types(text), text
