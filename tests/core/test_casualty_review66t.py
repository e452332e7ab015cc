"""review66t: guards on TOLL66's coordinated groups, times before a count and wild animals.

An adversarial review's probes, in ordinary news prose; each sentence is our own.
"""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from tests.core.suggest_probes import cpu_seconds, suggested_figures


def _seconds(text: str) -> float:
    return cpu_seconds(lambda: suggest(text, gazetteer=(), labels=["CASUALTY"]), repeats=2)


def test_a_long_text_without_and_is_read_in_linear_time() -> None:
    # (the coordinated-groups pass looked for " and " in the whole text once per figure)
    piece = "Gunmen killed 12 soldiers; "
    small = _seconds(piece * (40_000 // len(piece)))
    large = _seconds(piece * (160_000 // len(piece)))
    assert large < small * 7  # linear: about 4 times; quadratic: about 16


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an apposition names the figure's own people: no sum
        (
            "The strike killed two people, a woman and her son, in the village of Tera.",
            [("killed two people", 2, 2, "killed")],
        ),
        (
            "Gunmen killed four people, a policeman and three farmers, late on Sunday.",
            [("killed four people", 4, 4, "killed")],
        ),
        (
            "The blast wounded five people, three soldiers and two children, police said.",
            [("wounded five people", 5, 5, "injured")],
        ),
        (
            "Police arrested three suspects, a woman and two men, after the raid.",
            [("arrested three suspects", 3, 3, "other")],
        ),
        # ", and" after a figure opens a clause of its own
        (
            "The blast killed 12 people, and a doctor at the hospital said 30 more were being"
            " treated.",
            [("killed 12 people", 12, 12, "killed")],
        ),
        (
            "The strike killed three people, and a police officer who asked not to be named"
            " said the toll could rise.",
            [("killed three people", 3, 3, "killed")],
        ),
        (
            "Gunmen killed five villagers, and a local chief, Musa Ali, said they took 30 cattle.",
            [("killed five villagers", 5, 5, "killed")],
        ),
        (
            "The strike killed three people, and two children, both under five, were wounded.",
            [
                ("killed three people", 3, 3, "killed"),
                ("two children, both under five, were wounded", 2, 2, "injured"),
            ],
        ),
        # a list of three or more, and a list that is no apposition, still sum
        (
            "The bomb killed a woman, her husband, and their three children.",
            [("killed a woman, her husband, and their three children", 5, 5, "killed")],
        ),
        (
            "The bomb killed a woman, her husband and their three children.",
            [("killed a woman, her husband and their three children", 5, 5, "killed")],
        ),
        (
            "The raid killed two soldiers, a policeman and three civilians, the army said.",
            [("killed two soldiers, a policeman and three civilians", 6, 6, "killed")],
        ),
    ],
)
def test_appositions_and_new_clauses_are_no_groups(sentence: str, expected: list) -> None:
    assert suggested_figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "bears" as a verb after a figure, and men of a group named after animals
        (
            "The attack that killed 12 people bears the hallmarks of Islamic State.",
            [("killed 12 people", 12, 12, "killed")],
        ),
        (
            "The conflict that has killed 40,000 people bears no sign of ending.",
            [("killed 40,000 people", 40000, 40000, "killed")],
        ),
        (
            "The war that has displaced 12 million people bears comparison with the 1990s.",
            [("displaced 12 million people", 12000000, 12000000, "displaced")],
        ),
        (
            "Israeli troops killed two Lions' Den members in a raid on Nablus.",
            [("killed two", 2, 2, "killed")],  # (main's extent: the name stays out)
        ),
        # wild animals stay no people
        ('He said the strike had "killed ten bears".', []),
        ("Rangers said poachers killed ten elephants and three rhinos last year.", []),
    ],
)
def test_wild_animals_only_in_lower_case_and_bears_no_verb(sentence: str, expected: list) -> None:
    assert suggested_figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a range whose low end looks like a year is no timeline entry
        (
            "1800 - 2000 families were displaced by the floods, OCHA said.",
            [("1800 - 2000 families were displaced", 1800, 2000, "displaced")],
        ),
        (
            "2000 \u2013 3000 people have fled to Chad since Monday.",
            [("2000 \u2013 3000 people have fled", 2000, 3000, "displaced")],
        ),
        (
            "2024 - 12 soldiers killed in Gao; 2025 - 30 civilians killed in Menaka",
            [("12 soldiers killed", 12, 12, "killed"), ("30 civilians killed", 30, 30, "killed")],
        ),
        # a possessive after "and" cuts the figure back only where a verb follows its noun
        (
            "The attack killed two soldiers and a police officer's wife, the governor said.",
            [("killed two soldiers and a police officer", 3, 3, "killed")],  # (main's span)
        ),
        (
            "Gunmen killed two soldiers and a police officer's wife said she heard shots.",
            [("killed two soldiers", 2, 2, "killed")],
        ),
        # an outlet's initials after "and" open a clause
        (
            "Soldiers shot dead four protesters and AFP, quoting a hospital source, said 20"
            " were hurt.",
            [("shot dead four protesters", 4, 4, "killed"), ("20 were hurt", 20, 20, "injured")],
        ),
        (
            "The group said its fighters had killed more than 60 soldiers and VDP, the army"
            " denied it.",
            [("killed more than 60 soldiers and VDP", 61, None, "killed")],
        ),
        # people held as human shields are kept captive: the verb stays
        (
            "The militia holds 200 displaced people as human shields in the town.",
            [("holds 200 displaced people", 200, 200, "displaced")],
        ),
    ],
)
def test_year_ranges_possessives_outlets_and_shields(sentence: str, expected: list) -> None:
    assert suggested_figures(sentence) == expected


def test_a_relative_named_through_a_possessive_is_widened_over() -> None:
    # (the branch's cut back before "and" then its widening over "his wife's brother")
    assert suggested_figures(
        "Gunmen shot dead a policeman and his wife's brother at a checkpoint."
    ) == [("shot dead a policeman and his wife's brother", 2, 2, "killed")]
