"""Bodies no list holds, in two more shapes (issue 15, ORGS18: found with
scripts/perturb_check.py's `bodies` kind): a fighters' name opening its sentence keeps its
plural ("Guardians of the River Movement vowed", not "River Movement"), and a name inside
a hyphen's compound ("the Lakeside Liberation Front-backed militia") is the name alone,
its other mentions in compounds too. Invented sentences."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts


def test_a_fighters_name_opening_its_sentence_keeps_its_plural() -> None:
    text = (
        "Fighters of the Guardians of the River Movement attacked the town on Sunday.\n"
        "Guardians of the River Movement vowed to retaliate."
    )
    assert suggested_texts(text) == ["Guardians of the River Movement"] * 2


def test_members_opening_a_sentence_are_still_no_part_of_the_name() -> None:
    text = "Troops of the Lakeside Liberation Front attacked the town on Sunday."
    assert suggested_texts(text) == ["Lakeside Liberation Front"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Guardians of the River Movement-linked insurgents raided three villages. The "
            "Guardians of the River Movement claimed the attacks.",
            ["Guardians of the River Movement"] * 2,
        ),
        (
            "The Lakeside Liberation Front-linked group overran a post. The Lakeside "
            "Liberation Front has fought the army since 2019.",
            ["Lakeside Liberation Front"] * 2,
        ),
        (
            "The Lakeside Liberation Front-backed militia attacked the town.",
            ["Lakeside Liberation Front"],
        ),
    ],
)
def test_a_name_inside_a_hyphens_compound_is_the_name(text: str, names: list[str]) -> None:
    assert suggested_texts(text) == names


def test_a_compound_of_a_name_not_otherwise_found_adds_nothing() -> None:
    assert suggested_texts("The long-awaited Rain-fed harvest failed this year.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Troops killed 37 fighters of the Lakeside Salvation Movement's Tala branch.",
            "Lakeside Salvation Movement",
        ),
        (
            "The Lakeside Liberation Front's Tala wing said it had withdrawn.",
            "Lakeside Liberation Front",
        ),
    ],
)
def test_a_body_owning_its_part_is_the_body(text: str, name: str) -> None:
    assert suggested_texts(text) == [name]


def test_a_name_of_its_own_after_a_possessive_stays_one_name() -> None:
    assert suggested_texts("The Southern Fishermen's Union said the boats were seized.") == [
        "Southern Fishermen's Union"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Friends of the Displaced has accused both sides of killing civilians.",
            "Friends of the Displaced",
        ),
        ("Voices of the Valley has called on both sides to investigate.", "Voices of the Valley"),
        ("Hands of Hope has documented dozens of arrests.", "Hands of Hope"),
    ],
)
def test_a_plurals_name_opening_a_sentence_with_a_singular_verb(text: str, name: str) -> None:
    assert suggested_texts(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Women of Tala said the shelling lasted all night.",
        "Residents of the Valley have fled to the hills.",
        "Women of Tala have been sheltering in the church.",
    ],
)
def test_people_of_a_place_opening_a_sentence_are_no_body(text: str) -> None:
    assert suggested_texts(text) == []
