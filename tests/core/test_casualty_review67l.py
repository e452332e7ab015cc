"""REVIEW67L: guards on LIST67's lists, each with the hostile sentences that showed the misfire.

(1) An inverted list whose later items sum to its first is an apposition only where the first
noun names no category ("nine members of one family, a grandfather and eight of his
grandchildren", dev 891) or the later nouns are its kinds ("two soldiers, a sergeant and a
corporal"); "Among the dead were two soldiers, a civilian and a child" is four. (2) A later group
repeating the figure's noun makes a list only where another group names other people ("two taxi
drivers, a bus driver and a petrol station attendant", dev 315): "three UN peacekeepers, a
Nigerian peacekeeper and two Malian peacekeepers" is an apposition of three. (3) A participle's
phrase whose object is a person takes the "and" ("two soldiers guarding a minister and his
wife"). (4) The plural custody heads keep their kind ("the abductions of a pastor and his wife":
other). (5) The inverted list's look-ahead for its "and" is bounded (a quadratic search before).
Sentences are our own.
"""

from __future__ import annotations

import time

import pytest

from annotator.core.suggest import suggest
from tests.core.suggest_probes import suggested_figures


def _seconds(text: str) -> float:
    # (this process's CPU time, best of three: other processes on a busy machine do not
    # count; a wall-clock ratio failed once in CI beside a benchmark)
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        suggest(text, gazetteer=(), labels=["CASUALTY"])
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize(
    "piece",
    [
        # (the inverted list's look-ahead for its "and" read on to the text's end from each
        # "Among the dead was ...", quadratic; LIST67's possessive and plural-noun forms
        # brought it to new shapes)
        "Among the dead was a commander, ",
        "Among the dead was his brother, ",
        "Among the dead vigilantes was their commander, ",
        "Among the dead were two soldiers, a civilian and a child! ",
    ],
)
def test_review67l_inverted_lists_are_read_in_linear_time(piece: str) -> None:
    small = _seconds(piece * (40_000 // len(piece)))
    large = _seconds(piece * (160_000 // len(piece)))
    assert large < small * 10  # linear: about 4 times; quadratic: about 16


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Among the dead were two soldiers, a civilian and a child.",
            [("Among the dead were two soldiers, a civilian and a child", 4, 4, "killed")],
        ),
        (
            "The dead included two policemen, a teacher and a nurse.",
            [("dead included two policemen, a teacher and a nurse", 4, 4, "killed")],
        ),
        (
            "Among the dead were three children, a woman and two men.",
            [("Among the dead were three children, a woman and two men", 6, 6, "killed")],
        ),
        (
            "Among the dead were four soldiers, two police officers and two civilians.",
            [
                (
                    "Among the dead were four soldiers, two police officers and two civilians",
                    8,
                    8,
                    "killed",
                )
            ],
        ),
        (
            "Among the wounded were two journalists, a driver and a cameraman.",
            [("Among the wounded were two journalists, a driver and a cameraman", 4, 4, "injured")],
        ),
        (
            "Among the dead were three women, a girl and two boys, the hospital said.",
            [("Among the dead were three women, a girl and two boys", 6, 6, "killed")],
        ),
        # appositions stay the first group's count
        (
            "Among the dead were two soldiers, a sergeant and a corporal.",
            [("Among the dead were two soldiers, a sergeant and a corporal", 2, 2, "killed")],
        ),
        (
            "Among the dead were two children, a boy and a girl.",
            [("Among the dead were two children, a boy and a girl", 2, 2, "killed")],
        ),
    ],
)
def test_review67l_inverted_list_or_apposition(sentence: str, expected: list) -> None:
    assert suggested_figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The attack killed three UN peacekeepers, a Nigerian peacekeeper and two Malian "
            "peacekeepers.",
            [("killed three UN peacekeepers", 3, 3, "killed")],
        ),
        (
            "Gunmen killed four police officers, a senior officer and three junior officers.",
            [("killed four police officers", 4, 4, "killed")],
        ),
        (
            "Gunmen killed three security guards, a bank guard and two mall guards.",
            [("killed three security guards", 3, 3, "killed")],
        ),
        # ... but a list where another group names other people
        (
            (
                "He was convicted of the murders of two taxi drivers, a bus driver and a petrol "
                "station attendant."
            ),
            [
                (
                    "murders of two taxi drivers, a bus driver and a petrol station attendant",
                    4,
                    4,
                    "killed",
                )
            ],
        ),
        (
            "Gunmen killed two taxi drivers, a truck driver and a farmer on the road to Kaya.",
            [("killed two taxi drivers, a truck driver and a farmer", 4, 4, "killed")],
        ),
    ],
)
def test_review67l_repeated_noun_apposition(sentence: str, expected: list) -> None:
    assert suggested_figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Gunmen killed two soldiers guarding a minister and his wife at the hotel.",
            [("killed two soldiers", 2, 2, "killed")],
        ),
        (
            "Gunmen killed two policemen escorting a doctor and a nurse.",
            [("killed two policemen", 2, 2, "killed")],
        ),
        (
            "Troops killed four kidnappers holding a farmer and a trader in the forest.",
            [("killed four kidnappers", 4, 4, "killed")],
        ),
        (
            "Gunmen killed 12 soldiers protecting the president and his wife, officials said.",
            [("killed 12 soldiers", 12, 12, "killed")],
        ),
        (
            "The strike killed two soldiers transporting a prisoner and a policeman.",
            [("killed two soldiers", 2, 2, "killed")],
        ),
        # ... a thing or a place as the object still closes the first group
        (
            "Gunmen killed three soldiers guarding the entrance and a hotel cook, police said.",
            [("killed three soldiers guarding the entrance and a hotel cook", 4, 4, "killed")],
        ),
        (
            "Air strikes killed 12 people sheltering in a school and a guard.",
            [("killed 12 people sheltering in a school and a guard", 13, 13, "killed")],
        ),
    ],
)
def test_review67l_participle_with_a_person_object(sentence: str, expected: list) -> None:
    assert suggested_figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The abductions of a pastor and his wife were condemned.",
            [("abductions of a pastor and his wife", 2, 2, "other")],
        ),
        (
            "The kidnappings of a doctor and a nurse were reported on Monday.",
            [("kidnappings of a doctor and a nurse", 2, 2, "other")],
        ),
        (
            "The disappearances of a journalist and an activist were reported last month.",
            [("disappearances of a journalist and an activist", 2, 2, "missing")],
        ),
        (
            "The killings of a priest and a nun in 1980 remain unsolved.",
            [("killings of a priest and a nun", 2, 2, "killed")],
        ),
    ],
)
def test_review67l_plural_custody_heads(sentence: str, expected: list) -> None:
    assert suggested_figures(sentence) == expected
