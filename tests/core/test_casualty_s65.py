"""The object of a harm verb in a relative clause is counted by that verb, never as the
subject of the sentence's own predicate (review65c: "A commander of the group that killed
12 people was arrested" gave "12 people was arrested", 12 arrested); a passive with adverbs
or an elliptical count keeps its figure (review65z); an opening phrase names nobody for an
apposition to describe (review65z)."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_figures


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A commander of the group that killed 12 people was arrested.",
            [("killed 12 people", 12, 12, "killed")],
        ),
        (
            "A commander for the group that killed 12 people was arrested.",
            [("killed 12 people", 12, 12, "killed")],
        ),
        (
            "The gang that kidnapped 12 people was arrested.",
            [("kidnapped 12 people", 12, 12, "other")],
        ),
        # ... while people counted as the subject of their own arrest stay a figure
        (
            "Twelve people were arrested after the attack.",
            [("Twelve people were arrested", 12, 12, "other")],
        ),
    ],
)
def test_a_harm_verbs_object_is_its_figure(sentence: str, expected: list[tuple]) -> None:
    assert suggested_figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a passive with adverbs before its verb, or an elliptical count, has no object
        # after it (review65z): the time or distance after the verb is no object
        (
            "Two civilians were also wounded a few hours later.",
            [("Two civilians were also wounded", 2, 2, "injured")],
        ),
        (
            "Three people were seriously injured a kilometre from the border.",
            [("Three people were seriously injured", 3, 3, "injured")],
        ),
        (
            "Five soldiers were reportedly killed a short distance from the base.",
            [("Five soldiers were reportedly killed", 5, 5, "killed")],
        ),
        (
            "Four people were killed and two injured a few days earlier in the same village.",
            [("Four people were killed", 4, 4, "killed"), ("two injured", 2, 2, "injured")],
        ),
        (
            "Six were killed and four wounded several kilometres away.",
            [("Six were killed", 6, 6, "killed"), ("four wounded", 4, 4, "injured")],
        ),
        (
            "Two policemen were killed and a third wounded a few metres away.",
            [("Two policemen were killed", 2, 2, "killed"), ("a third wounded", 1, 1, "injured")],
        ),
        # an opening phrase before the comma names nobody for the apposition to describe
        (
            "According to Reuters, a boy, aged 12, was shot dead.",
            [("a boy, aged 12, was shot dead", 1, 1, "killed")],
        ),
        (
            "Nationwide, one man, a farmer, was killed by the storm.",
            [("one man, a farmer, was killed", 1, 1, "killed")],
        ),
        # ... and the for/with phrase's doer with an adverb, or a passive, in its own guard
        (
            "A gunman with the militia also killed a farmer near the village.",
            [("killed a farmer", 1, 1, "killed")],
        ),
        (
            "Two aid workers with the agency were also wounded a few hours later.",
            [("Two aid workers with the agency were also wounded", 2, 2, "injured")],
        ),
        (
            "Two medics with MSF were reportedly killed a short distance from the clinic.",
            [("Two medics with MSF were reportedly killed", 2, 2, "killed")],
        ),
    ],
)
def test_no_object_after_a_passive_or_an_elliptical_count(
    sentence: str, expected: list[tuple]
) -> None:
    assert suggested_figures(sentence) == expected
