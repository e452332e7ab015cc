"""A counted subject of a perfect active harm verb did the harm (s66, after CAS36's 958
"two gunmen had shot dead a guard" came out as 2 killed): have/has/had with no "been"
between the person noun and the verb is read as perp66 reads the simple past."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_figures

BODY = "Report\n\n"  # a headline line first, so that the sentence is read as body text


def figures(sentence: str) -> list[tuple[str, object, object, object]]:
    return suggested_figures(BODY + sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two gunmen had killed a guard.", [("killed a guard", 1, 1, "killed")]),
        (
            "Minutes before the blast, two gunmen had shot dead a guard at the back gate.",
            [("shot dead a guard", 1, 1, "killed")],
        ),
        ("Five militants have killed three soldiers.", [("killed three soldiers", 3, 3, "killed")]),
        (
            "Five militants had also killed two soldiers.",
            [("killed two soldiers", 2, 2, "killed")],
        ),
        (
            "Two gunmen have injured a policeman and a child.",
            [("injured a policeman and a child", 2, 2, "injured")],
        ),
    ],
)
def test_counted_doers_of_a_perfect_are_no_figure(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the passive keeps its subject
        ("Three soldiers had been killed.", [("Three soldiers had been killed", 3, 3, "killed")]),
        (
            "Two attackers had been shot dead by guards.",
            [("Two attackers had been shot dead", 2, 2, "killed")],
        ),
        (
            "Six people had already been abducted.",
            [("Six people had already been abducted", 6, 6, "other")],
        ),
        (
            "Three soldiers who had been wounded were flown out.",
            [("Three soldiers who had been wounded", 3, 3, "injured")],
        ),
        # intransitive verbs after have/had: the subject is the figure
        ("Two soldiers had died.", [("Two soldiers had died", 2, 2, "killed")]),
        (
            "Twelve civilians have died in the shelling.",
            [("Twelve civilians have died", 12, 12, "killed")],
        ),
        # possession, no people object: "had wounded feet" leaves the subject's figure
        (
            "Three soldiers had wounded feet and were treated at the base.",
            [("Three soldiers had wounded", 3, 3, "injured")],
        ),
        # a perfect passive with its own second count
        (
            "At least 12 people had been killed and 30 wounded.",
            [
                ("At least 12 people had been killed", 12, None, "killed"),
                ("30 wounded", 30, 30, "injured"),
            ],
        ),
    ],
)
def test_passives_and_intransitives_after_have_keep_their_subject(
    sentence: str, expected: list[tuple]
) -> None:
    assert figures(sentence) == expected
