"""CAS71B: CASUALTY figures inside noun phrases that the blind batches CAS42 and CAS43
(articles 1002-1017) showed missing or cut, each fixed as a class of grammar, not a sentence.

- A vague amount of bodies or corpses ("scores of bodies still lay in the streets") is a
  figure of the dead (guideline: bodies -> killed; "scores" 40/null) where the clause does
  what is done with the dead; never bodies as organisations, bodies of water, of evidence
  or of animals.
- "deceased" after a count is the dead ("the next of kin of the four deceased"), never an
  adjective before its noun, a possessive, or the dead of a register (voters, pensions).
- One person and a possessive's counted kin are one figure, summed ("My uncle and his two
  sons were shot dead" 3; guideline session 32, point 13), never a verb's object.
- "dead" before animals, plants and things is no figure ("the 12 dead trees").
"""

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
            "Residents said scores of bodies still lay in the streets near the market.",
            [("scores of bodies", 40, None, "killed")],
        ),
        (
            "Dozens of corpses were dumped near the highway.",
            [("Dozens of corpses", 24, None, "killed")],
        ),
        (
            "Hundreds of bodies have been found in mass graves since 2021, the commission said.",
            [("Hundreds of bodies", 200, None, "killed")],
        ),
        (
            "Its teams had already exhumed dozens of bodies in 2021.",
            [("dozens of bodies", 24, None, "killed")],
        ),
        (
            "Volunteers buried scores of bodies in a mass grave.",
            [("scores of bodies", 40, None, "killed")],
        ),
    ],
)
def test_vague_amount_of_bodies_is_the_dead(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Dozens of bodies of water dot the area.",
        "Scores of bodies of evidence were reviewed by the panel.",
        "Hundreds of bodies, including professional associations, signed the letter.",
        "Dozens of bodies and organisations condemned the law.",
        "Thousands of bodies politic have failed.",
        "Scores of corpses of livestock lay in the fields after the flood.",
        "Scores of votes were cast.",
    ],
)
def test_bodies_that_are_no_dead(sentence: str) -> None:
    assert figures(sentence) == []


def test_a_headline_of_bodies_recovered() -> None:
    found = suggested_figures("Dozens of bodies recovered from Lake Chad after boat capsizes\n\nx")
    assert found == [("Dozens of bodies", 24, None, "killed")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The government announced Rs 10 lakh each to the next of kin of the four deceased "
            "and Rs 1 lakh to each of the injured.",
            [("four deceased", 4, 4, "killed")],
        ),
        (
            "The four deceased were identified as farmers from the village.",
            [("four deceased", 4, 4, "killed")],
        ),
        (
            "All 11 deceased were residents of Bandipora.",
            [("11 deceased", 11, 11, "killed")],
        ),
        (
            'The post read: "Preliminary report: 6 people deceased at the scene."',
            [("6 people deceased", 6, 6, "killed")],
        ),
        (
            "The 3 deceased, all labourers, were buried on Sunday.",
            [("3 deceased", 3, 3, "killed")],
        ),
    ],
)
def test_deceased_after_a_count_is_the_dead(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The four deceased's estates were settled in court.",
        "The court heard claims from the estates of four deceased shareholders.",
        "Two deceased donors gave their organs.",
        "His four deceased grandparents were born in Lahore.",
        "The EC removed 12,000 deceased from the electoral rolls in Thane.",
        "The names of 1.2 lakh deceased and shifted voters were deleted.",
        "Pensions of 300 deceased were still being paid, the audit found.",
    ],
)
def test_deceased_that_is_no_figure(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one person, then "and" and a possessive's counted kin: one figure, summed
        (
            '"They came at dawn. My uncle and his two sons were shot dead in front of their '
            'house."',
            [("uncle and his two sons were shot dead", 3, 3, "killed")],
        ),
        (
            '"My brother and his two children are among the kidnapped," he said.',
            [("brother and his two children are among the kidnapped", 3, 3, "other")],
        ),
        (
            "Her husband and their three children were killed in the strike.",
            [("husband and their three children were killed", 4, 4, "killed")],
        ),
        (
            "A man, his wife and their two sons were killed when the shell hit.",
            [("A man, his wife and their two sons were killed", 4, 4, "killed")],
        ),
        (
            "The driver and two women were killed.",
            [("driver and two women were killed", 3, 3, "killed")],
        ),
        (
            "The bodies of a man and his wife were found.",
            [("bodies of a man and his wife", 2, 2, "killed")],
        ),
    ],
)
def test_kin_joined_by_a_possessive_are_summed(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the verb's object, animals, things, no harm, another clause's figure
        ("Police arrested my uncle and his two sons for rioting.", []),
        ("My uncle and his two cows were killed.", []),
        ("The mayor and his two sons attended the funeral of those killed.", []),
        ("The company and its two subsidiaries were fined.", []),
        ("My uncle said his two sons were killed.", [("two sons were killed", 2, 2, "killed")]),
    ],
)
def test_kin_lists_that_are_not_summed(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The 12 dead trees were removed from the park.", []),
        ("Residents found 40 dead fish along the river bank.", []),
        ("Officials counted 300 dead cattle after the drought.", []),
        (
            "The blast left 12 dead and 30 injured.",
            [("12 dead", 12, 12, "killed"), ("30 injured", 30, 30, "injured")],
        ),
        ("The attack left 12 dead in the village.", [("12 dead", 12, 12, "killed")]),
    ],
)
def test_dead_before_animals_and_things_is_no_figure(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected
