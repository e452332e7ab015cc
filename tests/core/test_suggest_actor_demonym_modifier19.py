"""A nationality after a role word and before its noun ("the official Palestinian news
agency") modifies the noun and names no person (issue 15, PAGES19: dev 653), while one
name in apposition after a role stays a person. Invented sentences."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_types


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "The official Palestinian news agency, WAFA, said troops entered the town.",
            {"WAFA": "media"},
        ),
        (
            "The official Syrian news agency SANA said two soldiers were killed.",
            {"SANA": "media"},
        ),
        ("An official Nigerien statement said the camp near Tarvo was attacked.", {}),
    ],
)
def test_a_nationality_before_its_noun_is_no_person(text: str, wanted: dict[str, str]) -> None:
    assert suggested_types(text) == wanted


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The spokesman, Jamal, said the talks had failed.", "Jamal"),
        ("A police official, Ahmadi, told reporters the road was closed.", "Ahmadi"),
    ],
)
def test_one_name_after_a_role_stays_a_person(text: str, name: str) -> None:
    assert suggested_types(text).get(name) == "person"
