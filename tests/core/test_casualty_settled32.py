"""CASUALTY rules against the guideline points settled in session 32
(sample_articles/README.md, "Open points settled (session 32)"). Invented sentences."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest


def _figures(text: str) -> list[tuple[str, int | None, int | None, str]]:
    found = suggest(text, labels=["CASUALTY"])
    return [
        (
            text[s.start : s.end],
            s.attributes["count_low"],
            s.attributes["count_high"],
            s.attributes["kind"],
        )
        for s in found
    ]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Police are investigating the murder of a councillor and his bodyguard in the town.",
            ("murder of a councillor and his bodyguard", 2, 2, "killed"),
        ),
        (
            "The killing of a farmer and her son sparked protests.",
            ("killing of a farmer and her son", 2, 2, "killed"),
        ),
    ],
)
def test_a_harm_of_one_and_a_possessive_noun_counts_two(text: str, figure: tuple) -> None:
    """Point 13: "a councillor" is a number expression and "and his bodyguard" joins one
    more person to it: one figure of two."""
    assert _figures(text) == [figure]


def test_a_possessive_collective_is_not_one_more_person() -> None:
    """Point 13: "and his family" counts no one: the figure stays one."""
    text = "The killing of a farmer and his family sparked protests."
    assert _figures(text) == [("killing of a farmer", 1, 1, "killed")]


def test_no_number_expression_no_figure() -> None:
    """Point 13: "The mayor ... and his bodyguard were shot dead" holds no number."""
    assert _figures("The mayor, Juan Ruiz, and his bodyguard were shot dead on Monday.") == []


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Police arrested 12 others, one of them with a gunshot wound.",
            ("one of them with a gunshot wound", 1, 1, "injured"),
        ),
        (
            "Soldiers detained 30 men, one of them with a head injury.",
            ("one of them with a head injury", 1, 1, "injured"),
        ),
    ],
)
def test_a_part_with_one_wound_is_its_own_figure(text: str, part: tuple) -> None:
    """Point 8: a part of another kind of figure with a harm word of its own, one wound
    as well as several, is its own figure beside the count's."""
    found = _figures(text)
    assert part in found
    assert len(found) == 2


def test_a_part_that_only_grades_the_harm_is_no_figure() -> None:
    """Point 8: "four of them seriously" grades the count's own harm."""
    assert _figures("Gunmen wounded 17 people, four of them seriously.") == [
        ("wounded 17 people", 17, 17, "injured")
    ]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The city morgue holds 140 unidentified bodies.",
            ("140 unidentified bodies", 140, 140, "killed"),
        ),
        (
            "Investigators exhumed 23 unidentified bodies from the grave.",
            ("23 unidentified bodies", 23, 23, "killed"),
        ),
        ("Police found 12 charred bodies in the car.", ("12 charred bodies", 12, 12, "killed")),
    ],
)
def test_unidentified_remains_are_a_killed_figure(text: str, figure: tuple) -> None:
    """Point 10: bodies counted where they are kept or found, whatever their state, are
    dead people: a `killed` figure."""
    assert _figures(text) == [figure]


def test_the_ordinal_with_its_own_death_is_a_count_of_one() -> None:
    """Point 2: "the third died" counts one more death of a group counted before, from the
    ordinal ("the" left out); it ends at the harm word, as "two of the wounded died" does
    in the dev gold."""
    text = "Two guards died at the scene and the third died in hospital."
    assert ("third died", 1, 1, "killed") in _figures(text)


@pytest.mark.parametrize(
    "text", ["The fourth victim was a girl.", "On the second day, the talks broke down."]
)
def test_an_ordinal_that_only_identifies_is_no_figure(text: str) -> None:
    """Point 2: "the fourth victim was a girl" says who was counted: no figure."""
    assert _figures(text) == []
