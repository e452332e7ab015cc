"""People's names the rules must tell from other capitalised words on unseen articles (issue
15, PEOPLE18): towns opened by a port's or a headland's word, ... Every sentence is
invented."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_types


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Port Mabrouk, the seat of the rival government since the war began, accused "
            "the rebels of the attack.",
            "Port Mabrouk",
        ),
        (
            "The company, which runs Hodana, Ras Kelim and Salbu, said only two ships had docked.",
            "Ras Kelim",
        ),
        (
            "Ain Tarza, the district's main town, was shelled on Tuesday, the mayor said.",
            "Ain Tarza",
        ),
        ("Beit Hanoun, the town nearest the fence, said it had no power.", "Beit Hanoun"),
    ],
)
def test_a_town_opened_by_a_port_or_headland_word_is_no_person(text: str, town: str) -> None:
    assert suggested_types(text).get(town) != "person"


def test_a_person_whose_name_starts_like_a_town_word_stays_a_person() -> None:
    # guard: only the whole word opens a town ("Portia", "Rasmus" are given names)
    found = suggested_types("Portia Mabrouk, the head of the clinic, said the wards were full.")
    assert found.get("Portia Mabrouk") == "person"
