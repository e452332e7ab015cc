"""A gunshot or knife wound said with where or how often it struck, then what it did
(s66): the guideline reads "shot and later died" and "shot and killed" as killed, and the
words between ("in the chest", "repeatedly", "twice") do not change that. The one shot who
then harmed others ("was shot and killed two of the attackers") is wounded, and the others
are a figure of their own."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_figures

BODY = "Report\n\n"  # a headline line first, so that the sentence is read as body text


def figures(sentence: str) -> list[tuple[str, object, object, object]]:
    return suggested_figures(BODY + sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A guard was shot repeatedly and later died in hospital.",
            [("A guard was shot repeatedly and later died", 1, 1, "killed")],
        ),
        (
            "Two men were stabbed in the chest and died at the scene.",
            [("Two men were stabbed in the chest and died", 2, 2, "killed")],
        ),
        (
            "A soldier was stabbed multiple times and died of his wounds.",
            [("A soldier was stabbed multiple times and died", 1, 1, "killed")],
        ),
        ("A guard was shot twice and died.", [("A guard was shot twice and died", 1, 1, "killed")]),
        (
            "A guard was shot in the head and killed.",
            [("A guard was shot in the head and killed", 1, 1, "killed")],
        ),
        (
            "Two officers were shot in the back and killed by the gunmen.",
            [("Two officers were shot in the back and killed", 2, 2, "killed")],
        ),
        (
            "Three people were shot repeatedly and killed, police said.",
            [("Three people were shot repeatedly and killed", 3, 3, "killed")],
        ),
        # the wounded stay wounded
        (
            "Two people were shot in the leg and wounded.",
            [("Two people were shot in the leg and wounded", 2, 2, "injured")],
        ),
        (
            "Two soldiers were shot in the chest and survived.",
            [("Two soldiers were shot", 2, 2, "injured")],
        ),
        ("Two men were stabbed in the chest.", [("Two men were stabbed", 2, 2, "injured")]),
        # what was read before stays
        (
            "Two soldiers were shot and later died in hospital.",
            [("Two soldiers were shot and later died", 2, 2, "killed")],
        ),
        (
            "Two soldiers were shot and killed on Tuesday.",
            [("Two soldiers were shot and killed", 2, 2, "killed")],
        ),
    ],
)
def test_a_wound_with_its_place_then_its_outcome(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the one shot fought back: wounded, and the people he killed are their own figure
        (
            "A guard was shot in the leg and killed two of the attackers.",
            [
                ("A guard was shot", 1, 1, "injured"),
                ("killed two of the attackers", 2, 2, "killed"),
            ],
        ),
        (
            "A guard was shot and killed two of the attackers.",
            [
                ("A guard was shot", 1, 1, "injured"),
                ("killed two of the attackers", 2, 2, "killed"),
            ],
        ),
        (
            "A policeman was shot and killed a suspect, police said.",
            [("A policeman was shot", 1, 1, "injured"), ("killed a suspect", 1, 1, "killed")],
        ),
        # metaphors, things and other outcomes are no death
        ("A man was stabbed in the back and robbed.", []),
        ("The deal was stabbed in the back and died in committee.", []),
        ("Police shot the attacker in the leg and arrested him.", []),
    ],
)
def test_no_death_read_where_the_wounded_acted_or_nothing_died(
    sentence: str, expected: list[tuple]
) -> None:
    assert figures(sentence) == expected
