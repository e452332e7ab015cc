"""CAS71A: CASUALTY figures whose victim is a clause subject, from closed classes that the
blind batches CAS42 and CAS43 (articles 1002-1017) showed missing.

Each class below has its positives (exact span, counts, kind and victims) and hostile
negatives: things, animals, perpetrators, rescuers, speakers, appositions to someone counted
before, a yielding ("succumb to pressure"), a modal, what was received for a wound."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_casualties

BODY = "Report\n\n"  # a headline line first, so that the sentence is read as body text


def figures(sentence: str) -> list[tuple[str, object, object, object, object]]:
    return suggested_casualties(BODY + sentence)


# One person named and aged in apposition, then the harm: "a contract serviceman, Arman
# Sargsyan, 24, was killed" (guideline: a count of one from "a", spans running over an
# apposition to their harm word, session 32).
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Armenia's Defence Ministry said a contract serviceman, Arman Sargsyan, 24, was "
            "killed and two others were wounded.",
            [
                (
                    "a contract serviceman, Arman Sargsyan, 24, was killed",
                    1,
                    1,
                    "killed",
                    "combatant",
                ),
                ("two others were wounded", 2, 2, "injured", "unknown"),
            ],
        ),
        (
            "A sixth officer, Corporal Edivaldo Nunes Sarmento, 38, was shot in the head and died "
            "before reaching the hospital.",
            [
                (
                    "A sixth officer, Corporal Edivaldo Nunes Sarmento, 38, was shot in the head "
                    "and died",
                    1,
                    1,
                    "killed",
                    "combatant",
                )
            ],
        ),
        (
            "KADUNA: A vigilante, Sani Bello, 31, was shot dead by bandits on Sunday.",
            [("A vigilante, Sani Bello, 31, was shot dead", 1, 1, "killed", "combatant")],
        ),
        (
            "A police constable, Ravi Kumar, 29, sustained bullet injuries in the encounter.",
            [
                (
                    "A police constable, Ravi Kumar, 29, sustained bullet injuries",
                    1,
                    1,
                    "injured",
                    "combatant",
                )
            ],
        ),
        (
            "One protester, Brian Otieno, 19, died in hospital on Wednesday.",
            [("One protester, Brian Otieno, 19, died", 1, 1, "killed", "civilian")],
        ),
        (
            "A teacher, Ahmad Khan, aged 52, was abducted from his home.",
            [("A teacher, Ahmad Khan, aged 52, was abducted", 1, 1, "other", "civilian")],
        ),
        (
            "In Eldoret, a farmer, John Kiprop, 45, was shot dead.",
            [("a farmer, John Kiprop, 45, was shot dead", 1, 1, "killed", "civilian")],
        ),
        # a perpetrator killed is a casualty too
        (
            "A suspect, Musa Ali, 22, was killed by police.",
            [("A suspect, Musa Ali, 22, was killed", 1, 1, "killed", "unknown")],
        ),
    ],
)
def test_one_named_and_aged_then_harmed(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an apposition to a subject counted before it
        (
            "The sailor who died, an Indian second engineer, Rakesh Nair, 44, was shot in the "
            "thigh when the pirates boarded.",
            [],
        ),
        ("The victim, a farmer, Musa Ali, 40, was killed in his field.", []),
        # a speaker or a witness, no harm after the apposition
        (
            "A resident of the building, Tetiana Kovalchuk, 67, said she had been thrown to "
            "the floor.",
            [],
        ),
        ("A survivor, Kavira Mumbere, 34, was treated for trauma.", []),
        # an animal, a thing, an office
        ("A dog, Rex, 4, was killed in the blast.", []),
        ("A tanker, MV Sea Star, 12, was hit by a drone.", []),
        ("The minister, Ali Khan, 60, was sworn in.", []),
        # the people the named one harmed or spoke of are the figure
        (
            "A resident, Ahmed Ali, 40, was returning home when the blast killed three people.",
            [("killed three people", 3, 3, "killed", "unknown")],
        ),
        (
            "A spokesman, John Smith, 45, was quoted as saying two soldiers were killed.",
            [("two soldiers were killed", 2, 2, "killed", "combatant")],
        ),
    ],
)
def test_named_and_aged_not_harmed_is_no_figure(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected
