"""REVIEW72E: guards on CAS72B's two casualty rules, from an adversarial review.

- The kin list after a harm noun ("the bodies of a man, his wife and their two sons", 4) is
  no figure of the harm where a phrase opens the sentence before the harm noun ("After the",
  "Since the", "Two days after the") and a verb follows the kin: the comma closes the
  opening phrase and the kin are the sentence's subject ("After the killing of a farmer, his
  wife and their two sons fled the village" is one killed, not four).
- The relative clause closed by the harm's own verb ("A 14-year-old girl who had been pulled
  out alive died") does not close a clause whose harm is reported and whose sentence's verb
  follows ("A man who claimed his son died in custody was arrested" stays the arrest, as on
  main), nor a clause that counts people of its own ("A driver who carried 30 displaced
  people received burns" keeps the 30, as on main).
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_casualties

BODY = "Report\n\n"  # a headline line first, so that the sentence is read as body text


def figures(sentence: str) -> list[tuple[str, object, object, object, object]]:
    return suggested_casualties(BODY + sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "After the killing of a farmer, his wife and their two sons fled the village.",
            ("killing of a farmer", 1, 1, "killed"),
        ),
        (
            "Since the death of a soldier, his mother and her two sisters have campaigned "
            "for an inquiry.",
            ("death of a soldier", 1, 1, "killed"),
        ),
        (
            "Since the abduction of a pastor, his wife and their three children have lived "
            "in Abuja.",
            ("abduction of a pastor", 1, 1, "other"),
        ),
        (
            "After the assassination of a judge, his wife and their two sons left the country.",
            ("assassination of a judge", 1, 1, "killed"),
        ),
        (
            "After the death of a man, his son and their 12 workers stopped production.",
            ("death of a man", 1, 1, "killed"),
        ),
        (
            "In the wake of the abduction of a priest, his driver and their cook refused to "
            "travel.",
            ("abduction of a priest", 1, 1, "other"),
        ),
        (
            "Two days after the murder of a lawyer, his wife and their two daughters left Lahore.",
            ("murder of a lawyer", 1, 1, "killed"),
        ),
    ],
)
def test_kin_after_an_opening_phrase_are_the_subject_not_the_harms(
    sentence: str, expected: tuple[str, int, int, str]
) -> None:
    # (the kin's own "fled" may be a figure of its own, as on main)
    assert [f[:4] for f in figures(sentence)][:1] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The bodies of a man, his wife and their two sons were found in the rubble.",
            ("bodies of a man, his wife and their two sons", 4, 4, "killed"),
        ),
        (
            "The abduction of a pastor, his wife and their three children was condemned by "
            "the church.",
            ("abduction of a pastor, his wife and their three children", 5, 5, "other"),
        ),
        (
            "Killing of a farmer, his son and their two workers condemned",
            ("Killing of a farmer, his son and their two workers", 4, 4, "killed"),
        ),
        (
            "Police said the bodies of a woman, her two children and their grandmother were "
            "recovered.",
            ("bodies of a woman, her two children and their grandmother", 4, 4, "killed"),
        ),
        (
            "After the killing of a man, his wife and their two sons in Benue, police "
            "arrested three suspects.",
            ("killing of a man, his wife and their two sons", 4, 4, "killed"),
        ),
    ],
)
def test_kin_lists_of_the_harm_still_sum(sentence: str, expected: tuple) -> None:
    assert [f[:4] for f in figures(sentence)][:1] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A man who claimed his son died in custody was arrested.",
            ("A man who claimed his son died in custody was arrested", 1, 1, "other"),
        ),
        (
            "A woman who insisted her husband died under torture was detained on Monday.",
            (
                "A woman who insisted her husband died under torture was detained",
                1,
                1,
                "other",
            ),
        ),
        (
            "A father who believes his son died in the raid was later shot dead.",
            ("A father who believes his son died in the raid was later shot dead", 1, 1, "killed"),
        ),
        (
            "A driver who carried 30 displaced people received burns.",
            ("30 displaced people received burns", 30, 30, "displaced"),
        ),
    ],
)
def test_a_clause_reported_or_counting_people_is_not_closed_by_the_harm(
    sentence: str, expected: tuple
) -> None:
    assert [f[:4] for f in figures(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A 14-year-old girl who had been pulled out alive died in the regional "
            "children's hospital in the afternoon, he said.",
            ("A 14-year-old girl who had been pulled out alive died", 1, 1, "killed"),
        ),
        (
            "A 61-year-old man who suffered from a heart condition died after crews were "
            "prevented from reaching him, the society said.",
            ("A 61-year-old man who suffered from a heart condition died", 1, 1, "killed"),
        ),
        (
            "A man who received two bullets in the leg lost a leg.",
            ("A man who received two bullets in the leg lost a leg", 1, 1, "injured"),
        ),
        (
            "A driver who was transporting aid for the Red Cross succumbed to his injuries.",
            (
                "A driver who was transporting aid for the Red Cross succumbed",
                1,
                1,
                "killed",
            ),
        ),
    ],
)
def test_the_harms_own_verb_still_closes_a_clause_of_one(sentence: str, expected: tuple) -> None:
    assert [f[:4] for f in figures(sentence)] == [expected]
