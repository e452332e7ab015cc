"""REVIEW71KB: guards on CAS71B's noun-phrase classes, from an adversarial review.

- A vague amount of bodies is the dead only where a verb of handling the dead governs the
  amount itself (its object right after the verb, or its subject before the verb), never a
  verb anywhere in a 30/50-character window: organisations ("the inquiry found that dozens of
  bodies ... failed", "hundreds of bodies, including unions, returned their ballots"), and
  never "-ly" adjectives ("hundreds of heavenly bodies").
- "deceased" after a count is no figure after a register, a survey or accounts ("Voter lists
  still carried 3,000 deceased"), and is one before a modal ("the four deceased will be
  buried").
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_figures

BODY = "Report\n\n"


def figures(sentence: str) -> list[tuple[str, object, object, object]]:
    return suggested_figures(BODY + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dozens of bodies and organisations found the new law unfair, the survey said.",
        "The inquiry found that dozens of bodies, including councils, had failed to comply.",
        "Hundreds of bodies, including unions and churches, returned their ballots.",
        "Scores of bodies remain committed to the treaty, the foreign minister said.",
        "Dozens of bodies see the reform as long overdue, the minister said.",
        "Astronomers said hundreds of heavenly bodies were discovered by the new telescope.",
        "Thousands of bodies packed into the stadium, where they remained for four hours.",
        "The factory turned out thousands of bodies a week, which were carried to the paint shop.",
        "The archive holds scores of bodies of correspondence found in the attic.",
        "At the match, thousands of bodies in red shirts carried the coffin of the founder.",
        "Hundreds of bodies, including the Law Society, found fault with the bill.",
    ],
)
def test_bodies_that_no_verb_of_the_dead_governs(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Residents said scores of bodies still lay in the streets near the market.",
            [("scores of bodies", 40, None, "killed")],
        ),
        (
            "Rescuers pulled dozens of bodies from the rubble of the building in Antakya.",
            [("dozens of bodies", 24, None, "killed")],
        ),
        (
            "Hundreds of bodies have not yet been identified, the forensic institute said.",
            [("Hundreds of bodies", 200, None, "killed")],
        ),
        (
            "Scores of bodies of migrants were recovered off the coast of Libya on Sunday.",
            [("Scores of bodies", 40, None, "killed")],
        ),
        (
            "Scores of bodies and body parts were collected from the site.",
            [("Scores of bodies", 40, None, "killed")],
        ),
        (
            "Dozens of bodies were still trapped under the rubble, civil defence said.",
            [("Dozens of bodies", 24, None, "killed")],
        ),
        (
            "Paramedics said dozens of bodies found in the street were brought to the morgue.",
            [("dozens of bodies", 24, None, "killed")],
        ),
    ],
)
def test_bodies_a_verb_of_the_dead_governs(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Voter lists in the district still carried 3,000 deceased and duplicate entries.",
        "The survey covered 500 deceased in Kerala's hospitals between 2015 and 2020.",
        "The register lists 40,000 deceased from the war years.",
    ],
)
def test_deceased_of_a_register_before_it(sentence: str) -> None:
    assert figures(sentence) == []


def test_deceased_before_a_modal() -> None:
    assert figures("The four deceased will be cremated on Monday, police said.") == [
        ("four deceased", 4, 4, "killed")
    ]


def test_kin_not_summed_where_a_part_of_them_is_harmed() -> None:
    # the aside's part was killed; the chief and his sons fled: never 3 killed
    found = figures("The chief and his two sons, one of whom was later killed, fled to the hills.")
    assert all(low != 3 for _, low, _, _ in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The man and his two sons were killed by the militia leader and his bodyguards.",
            [("man and his two sons were killed", 3, 3, "killed")],
        ),
        (
            "Her husband and their three children were displaced by the floods.",
            [("husband and their three children were displaced", 4, 4, "displaced")],
        ),
    ],
)
def test_kin_still_summed(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


def test_dead_before_a_capitalised_name_is_a_figure() -> None:
    assert figures("Fighting left 40 dead Fish River residents in Namibia, police said.") == [
        ("40 dead", 40, 40, "killed")
    ]


def test_dead_before_animals_still_no_figure() -> None:
    assert figures("Locals said the blast left 12 dead horses and 3 dead civilians.") == [
        ("3 dead civilians", 3, 3, "killed")
    ]
