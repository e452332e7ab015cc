"""A role of a body or an area named in lower case, set off before its holder's name of two
words or more ("The deputy commander for the east, X Y, toured ..."), is a person, whatever
verb follows; a place or a body named there is none. Invented people and events."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_types


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The deputy police commander for the east, Arben Kodheli-Rama, toured the "
            "checkpoint on Friday.",
            "Arben Kodheli-Rama",
        ),
        (
            "A medic in the field hospital, Halima Osman Dirir, walked to Tawila with the wounded.",
            "Halima Osman Dirir",
        ),
        (
            "A medic in the field hospital, Teodor Varga, signed the order on Monday.",
            "Teodor Varga",
        ),
        (
            "The UN Special Rapporteur on Eritrea, Tomás Ibarguen Lazo, visited the camp "
            "at Shagarab last week.",
            "Tomás Ibarguen Lazo",
        ),
        (
            "The Special Rapporteur on torture, Zelimir Okonkwo-Hart, met detainees in Juba.",
            "Zelimir Okonkwo-Hart",
        ),
    ],
)
def test_the_holder_of_a_role_of_a_lower_case_body_is_a_person(sentence: str, name: str) -> None:
    assert suggested_types(sentence).get(name) == "person"


def test_a_place_or_a_body_after_such_a_role_is_no_person() -> None:
    found = suggested_types(
        "The commander in the region, Upper Nile, was shelled on Monday. The director of "
        "the agency, World Food Programme, spoke."
    )
    assert found.get("World Food Programme") == "organisation"
    assert not [name for name, kind in found.items() if kind == "person"]
