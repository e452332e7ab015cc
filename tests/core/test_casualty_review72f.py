"""REVIEW72F: guards on CAS72A's casualty noun-phrase rules, from an adversarial probe matrix.

Evacuees only awaited, housed in theory or drilled for are no figure, nor a thing counted
before them ("300 rooms for evacuees"); people "not accounted for" in a record or a count
(a payroll audit, a census, an official toll) are not missing; the injury-as-a-term-of-law
guard no longer drops "law enforcement", "vowed to punish those behind" or "the article".
Each guard keeps CAS72A's dev figures (1024, 1035, 995, 1038, 1010, 1022)."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_casualties

BODY = "Report\n\n"  # a headline line first, so that the sentence is read as body text


def figures(sentence: str) -> list[tuple[str, object, object, object, object]]:
    return suggested_casualties(BODY + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The camp, which can house 5,000 evacuees, was empty on Sunday.",
        "The school can accommodate 1,000 evacuees, the mayor said.",
        "The government is bracing for 100,000 evacuees from the coast.",
        "The town expects up to 30,000 evacuees this week.",
        "Shelters will receive 2,000 evacuees by Friday.",
        "The drill simulated the arrival of 500 evacuees at the stadium.",
        "The hotel has 300 rooms for evacuees and 40 staff.",
        "Officials anticipate 8,000 evacuees if the shelling resumes.",
    ],
)
def test_evacuees_awaited_or_a_thing_counted_are_no_figure(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It counted about 5,800 evacuees, nearly half of them children.",
            [("about 5,800 evacuees", 5800, 5800, "displaced", "unknown")],
        ),
        (
            "- Si Sa Ket: 52,400 evacuees in 196 shelters",
            [("52,400 evacuees", 52400, 52400, "displaced", "unknown")],
        ),
        (
            "The town now hosts 20,000 evacuees from the border districts.",
            [("20,000 evacuees", 20000, 20000, "displaced", "unknown")],
        ),
        (
            "Some 12,000 Afghan evacuees arrived at the base last month.",
            [("Some 12,000 Afghan evacuees", 12000, 12000, "displaced", "unknown")],
        ),
    ],
)
def test_evacuees_counted_stay_displaced(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Seven employees were not accounted for in the payroll audit.",
        "The census found 40,000 people not accounted for in the register.",
        "Some 5,000 people are not accounted for in the official toll.",
        "The company said 3,000 passengers were not accounted for in its booking system.",
        "Election officials said 2,000 voters had not been accounted for in the final tally.",
    ],
)
def test_not_accounted_for_in_a_record_is_not_missing(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Officials said four inmates had not been accounted for after the riot.",
            [("four inmates had not been accounted for", 4, 4, "missing", "combatant")],
        ),
        (
            "Two soldiers were still not accounted for in Kharkiv on Friday.",
            [("Two soldiers were still not accounted for", 2, 2, "missing", "combatant")],
        ),
        (
            "Six fishermen had not been accounted for by Friday evening.",
            [("Six fishermen had not been accounted for", 6, 6, "missing", "civilian")],
        ),
    ],
)
def test_not_accounted_for_after_harm_stays_missing(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The president vowed to punish those behind the injury of 14 protesters.",
            [("injury of 14 protesters", 14, 14, "injured", "civilian")],
        ),
        (
            "Law enforcement agents caused the injury of 12 protesters, the commission said.",
            [("injury of 12 protesters", 12, 12, "injured", "civilian")],
        ),
        (
            "According to the article, the shelling caused the injury of 14 people.",
            [("injury of 14 people", 14, 14, "injured", "unknown")],
        ),
    ],
)
def test_injury_of_people_in_news_with_law_words(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The law punishes the injury of two or more people with prison.",
        "Article 12 of the penal code defines the injury of three or more people as a riot.",
        "Under the new law, the injury of two or more people in a riot carries 10 years.",
        "The policy covers the injury of up to 10 passengers per vehicle.",
        "Article 9 makes the injury of three or more people a riot.",
    ],
)
def test_injury_as_a_term_of_law_stays_no_figure(sentence: str) -> None:
    assert figures(sentence) == []


# A toll's people said as a pair ("12 women and girls"): one figure with both nouns, not cut
# before "and"; a pair that starts a clause of its own ("and children were among them") is no
# part of it.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The toll rose to 12 women and girls, the NGO said.",
            [("toll rose to 12 women and girls", 12, 12, "killed", "civilian")],
        ),
        (
            "The death toll rose to 30 women and children, the ministry said.",
            [("death toll rose to 30 women and children", 30, 30, "killed", "civilian")],
        ),
        (
            "Toll rises to 20 men and boys in Darfur village raid",
            [("Toll rises to 20 men and boys", 20, 20, "killed", "civilian")],
        ),
        (
            "The death toll rose to 40 people and children were among them.",
            [("death toll rose to 40 people", 40, 40, "killed", "unknown")],
        ),
        (
            "The toll rose to 12 women and children killed in the raid.",
            [("12 women and children killed", 12, 12, "killed", "civilian")],
        ),
    ],
)
def test_toll_people_as_a_pair(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected
