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
            "A driver for the field kitchen, Teodor Varga, signed the order on Monday.",
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


@pytest.mark.parametrize(
    "sentence",
    [
        # the name set off after an area, a building, a craft or a body is often its name
        # (review59 A1)
        "The governor of the state, North Darfur, visited the camp on Monday.",
        "A doctor at the hospital, Al Shifa, treated 40 wounded on Monday.",
        "The captain of the vessel, Marlin Luanda, was hurt when the missile hit.",
        "A monk at the monastery, Shwe Pyi, was killed in the strike.",
        "A volunteer with the group, Syria Civil, pulled bodies from the rubble.",
    ],
)
def test_a_place_a_craft_or_a_body_after_such_a_role_is_no_person(sentence: str) -> None:
    text = sentence + " The deputy police commander for the east, Arben Kodheli-Rama, said so."
    found = suggested_types(text)
    assert found.get("Arben Kodheli-Rama") == "person"
    assert [name for name, kind in found.items() if kind == "person"] == ["Arben Kodheli-Rama"]


def test_a_names_khan_or_al_after_a_role_of_a_unit_is_still_a_person() -> None:
    # place words refuse a name only after an area's, a building's or a craft's noun
    found = suggested_types(
        "The commander of the unit, Bakhtiar Khan, toured the post. The captain of the "
        "frigate, Hydra Aegean, was hurt."
    )
    assert found.get("Bakhtiar Khan") == "person"
    assert "Hydra Aegean" not in found
