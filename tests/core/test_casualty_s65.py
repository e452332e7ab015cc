"""The object of a harm verb in a relative clause is counted by that verb, never as the
subject of the sentence's own predicate (review65c: "A commander of the group that killed
12 people was arrested" gave "12 people was arrested", 12 arrested)."""

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
        # people counted, an active harm verb, then its object: the object is the figure
        ("Four gunmen killed a farmer near the village.", [("killed a farmer", 1, 1, "killed")]),
        (
            "Five militants killed three soldiers in an ambush on Tuesday.",
            [("killed three soldiers", 3, 3, "killed")],
        ),
        (
            "Three attackers wounded two guards before fleeing.",
            [("wounded two guards", 2, 2, "injured")],
        ),
        (
            "Three soldiers killed two attackers during the assault.",
            [("killed two attackers", 2, 2, "killed")],
        ),
        ("Three soldiers shot him dead at the checkpoint.", []),
        # ... while a headline's count with no object, or a time after the verb, stays
        (
            "Two policemen killed in ambush, officials say.",
            [("Two policemen killed", 2, 2, "killed")],
        ),
        ("Two Policemen Killed In Ambush Near Kano", [("Two Policemen Killed", 2, 2, "killed")]),
        (
            "Four people killed the day after the vote were buried.",
            [("Four people killed", 4, 4, "killed")],
        ),
        (
            "Five people killed an hour before the ceasefire were buried.",
            [("Five people killed", 5, 5, "killed")],
        ),
        (
            "At least 20 people killed, 30 wounded in blast.",
            [("At least 20 people killed", 20, None, "killed"), ("30 wounded", 30, 30, "injured")],
        ),
    ],
)
def test_people_counted_before_an_active_harm_did_it(sentence: str, expected: list[tuple]) -> None:
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
        (
            "Two militants also killed a farmer near the village.",
            [("killed a farmer", 1, 1, "killed")],
        ),
    ],
)
def test_no_object_after_a_passive_or_an_elliptical_count(
    sentence: str, expected: list[tuple]
) -> None:
    assert suggested_figures(sentence) == expected
