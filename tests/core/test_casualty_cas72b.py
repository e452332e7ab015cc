"""CAS72B: CASUALTY figures whose victims are a clause's subject, two classes that the
blind batches CAS43-CAS46 missed again and again, fixed as grammar, not as sentences.

- A harm noun of one person, then his or her kin or companions named by a possessive and
  joined by commas and "and": one figure, "a" and each possessive noun one, a possessive's
  number its own count ("the bodies of a man, his wife and their two sons" 4; guideline
  session 32, point 13: a possessive noun in such a list counts one). Kin lists that are
  no figure (no harm, a denial, a hypothetical, animals) stay none.
- One victim and a relative clause closed by the harm's own verb, with no auxiliary:
  "A 14-year-old girl who had been pulled out alive died", "a boy who sold sweets outside
  lost both legs" (injured, as "lost both legs" is), "received shrapnel wounds" (session 32,
  point 2: the span runs over a relative clause to its harm word).
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_casualties

BODY = "Report\n\n"  # a headline line first, so that the sentence is read as body text


def figures(sentence: str) -> list[tuple[str, object, object, object, object]]:
    return suggested_casualties(BODY + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A doctor, his nurse and their driver treated the wounded through the night.",
        "A man, his dog and his cat were killed by a falling tree.",
        "A rescuer, his colleague and their driver pulled survivors from the rubble.",
        "A mother, her two sons and their driver could die if the road stays closed.",
        "The commander, his deputy and their bodyguard were not killed in the raid.",
        "A woman, her son and her daughter survived the blast unhurt.",
    ],
)
def test_kin_lists_without_a_harm_of_their_own_are_no_figure(sentence: str) -> None:
    assert figures(sentence) == []


def test_a_gunman_and_kin_who_killed_others_count_only_the_dead() -> None:
    assert figures("A gunman, his brother and their accomplice killed three guards.") == [
        ("killed three guards", 3, 3, "killed", "combatant")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A 14-year-old girl who had been pulled out alive died in the regional "
            "children's hospital.",
            [("A 14-year-old girl who had been pulled out alive died", 1, 1, "killed", "civilian")],
        ),
        (
            "A 9-year-old boy who was in the minibus with his mother received shrapnel wounds.",
            [
                (
                    "A 9-year-old boy who was in the minibus with his mother received shrapnel "
                    "wounds",
                    1,
                    1,
                    "injured",
                    "civilian",
                )
            ],
        ),
        (
            "A 12-year-old schoolgirl who was walking home lost an eye in the blast.",
            [
                (
                    "A 12-year-old schoolgirl who was walking home lost an eye",
                    1,
                    1,
                    "injured",
                    "civilian",
                )
            ],
        ),
        (
            "Two of my colleagues who were at the gate died, and a boy who sold sweets outside "
            "lost both legs.",
            [
                ("Two of my colleagues who were at the gate died", 2, 2, "killed", "unknown"),
                ("a boy who sold sweets outside lost both legs", 1, 1, "injured", "civilian"),
            ],
        ),
        (
            "A farmer who was tending his cattle near the border died after a landmine exploded.",
            [
                (
                    "A farmer who was tending his cattle near the border died",
                    1,
                    1,
                    "killed",
                    "civilian",
                )
            ],
        ),
    ],
)
def test_one_victim_and_a_clause_closed_by_the_harm(
    sentence: str, expected: list[tuple[str, object, object, object, object]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "A 45-year-old man who lost his job at the port joined the protest.",
        "A doctor who treated the wounded said the hospital was full.",
        "A rescuer who pulled a girl from the rubble was praised by the mayor.",
        "A 10-year-old dog that was found in the rubble died later.",
        "A 30-year-old building collapsed after the strike.",
        "A man who saw his brother lost an arm.",
        "A woman who said her son lost both legs spoke to reporters.",
        "A 60-year-old mosque that survived the war was destroyed.",
        # the harm is the clause's own verb, the sentence's verb after it
        "A watchman who had since died was named in the court's ruling.",
        "A teacher who later died was honoured by the school.",
        "A guard who later died was the first to open fire.",
        # a limb lost or wounds received in the clause itself, the sentence's verb after it
        "A player who lost both legs in the war won gold.",
        "A soldier who never received wounds in combat retired.",
        "Every soldier who fought there lost a friend.",
        "A company that lost both contracts collapsed.",
    ],
)
def test_clauses_that_harm_nobody_of_their_own_are_no_figure(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "- A boy who sold sweets lost both legs",
            [("A boy who sold sweets lost both legs", 1, 1, "injured", "civilian")],
        ),
        (
            "A child who ran into the road lost a hand when the mine exploded.",
            [("A child who ran into the road lost a hand", 1, 1, "injured", "civilian")],
        ),
        (
            "A man that the police shot died on the way to hospital.",
            [("A man that the police shot died", 1, 1, "killed", "unknown")],
        ),
    ],
)
def test_a_clause_closed_by_the_harm_in_bullets_and_that_clauses(
    sentence: str, expected: list[tuple[str, object, object, object, object]]
) -> None:
    assert figures(sentence) == expected


def test_a_clause_whose_verb_harms_others_keeps_their_figure_only() -> None:
    assert figures("A man who killed three people at a wedding was arrested on Monday.") == [
        ("killed three people", 3, 3, "killed", "unknown")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The bodies of a man, his wife and their two sons were found in the rubble.",
            [("bodies of a man, his wife and their two sons", 4, 4, "killed", "civilian")],
        ),
        (
            "On Saturday, the bodies of a man, his wife and their 10-month-old son were found.",
            [("bodies of a man, his wife and their 10-month-old son", 3, 3, "killed", "civilian")],
        ),
        (
            "The killing of a farmer, his wife and their two daughters sparked protests.",
            [("killing of a farmer, his wife and their two daughters", 4, 4, "killed", "civilian")],
        ),
        (
            "The abduction of a pastor, his wife and their son was condemned.",
            [("abduction of a pastor, his wife and their son", 3, 3, "other", "civilian")],
        ),
    ],
)
def test_a_harm_noun_of_a_person_and_kin_by_possessive(
    sentence: str, expected: list[tuple[str, object, object, object, object]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a plural with no number counts no one; an animal is nobody
        "The bodies of a man, his wife and their children were found.",
        "The bodies of a man, his dog and his horse were found.",
    ],
)
def test_a_harm_noun_and_kin_without_a_count_is_no_figure(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "14:05 - A woman who was sheltering in the basement died, the mayor says.",
            [("A woman who was sheltering in the basement died", 1, 1, "killed", "civilian")],
        ),
        (
            "09:15 - Three soldiers killed in drone strike near Pokrovsk",
            [("Three soldiers killed", 3, 3, "killed", "combatant")],
        ),
    ],
)
def test_a_live_blog_clock_time_is_no_count(
    sentence: str, expected: list[tuple[str, object, object, object, object]]
) -> None:
    assert figures(sentence) == expected


def test_a_speakers_participle_clause_is_no_victims_clause() -> None:
    # "saying" opens what a monitor said: the dead are the count it reports, not the monitor
    assert figures(
        "The monitor, a London-based group, put the toll at nine soldiers, saying three of the "
        "wounded died overnight."
    ) == [
        # the toll with its people is one figure (CAS72A's toll rule, merged beside this one)
        ("toll at nine soldiers", 9, 9, "killed", "combatant"),
        ("three of the wounded died", 3, 3, "killed", "combatant"),
    ]
