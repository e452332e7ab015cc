"""States coordinated with a place share its role (issue 15, WIRE20: dev 662). A state
after "and" / "or" whose list opens with the name after "the <place noun> of" ("the north
of X and Y", "the port of X and Y") is a place as the first item is, while a list after
"the governments of" still acts. Invented sentences."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Raids by armed groups have spread into the north of Ghana and Togo in recent years.",
            "Togo",
        ),
    ],
)
def test_a_state_listed_after_a_place_noun_of_a_name_is_a_place(text: str, name: str) -> None:
    assert name not in suggested_texts(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The military governments of Guinea and Gabon rejected the report on Monday.",
            "Gabon",
        ),
        ("Envoys of Ghana and Togo met in Accra on Monday to discuss the border.", "Togo"),
        ("Talks between Ghana and Togo resumed on Monday.", "Togo"),
    ],
)
def test_a_state_listed_after_a_body_or_its_agents_still_acts(text: str, name: str) -> None:
    assert name in suggested_texts(text)
