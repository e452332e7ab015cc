"""Guards on CAS40R's rules from the adversarial review REVIEW69C: hostile sentences of
ordinary news prose the new rules misread."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_casualties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the police hurt are not those they arrest: the bare count keeps unknown victims
        (
            "Nine police officers were injured, while 27 were arrested after the riot.",
            [
                ("Nine police officers were injured", 9, 9, "injured", "combatant"),
                ("27 were arrested", 27, 27, "other", "unknown"),
            ],
        ),
        # ... while the same people counted on still take them
        (
            "Data show that at least 383 aid workers were killed in 2026, while 308 were "
            "wounded, 125 kidnapped and 66 detained by state or non-state forces.",
            [
                ("at least 383 aid workers were killed", 383, None, "killed", "civilian"),
                ("308 were wounded", 308, 308, "injured", "civilian"),
                ("125 kidnapped", 125, 125, "other", "civilian"),
                ("66 detained", 66, 66, "other", "civilian"),
            ],
        ),
        (
            "At least 12 militants were killed, while 4 were arrested, the army said.",
            [
                ("At least 12 militants were killed", 12, None, "killed", "combatant"),
                ("4 were arrested", 4, 4, "other", "combatant"),
            ],
        ),
    ],
)
def test_arrests_after_a_state_forces_toll_keep_their_own_victims(text, expected):
    assert suggested_casualties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Twelve MPs are considered dead wood by the party leadership.",
        "Three candidates were considered dead certs to win the seat.",
    ],
)
def test_considered_dead_idioms_are_no_figure(text):
    assert suggested_casualties(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The regime has neutralised 40 opposition members since the election.",
            [("neutralised 40 opposition members", 40, 40, "killed", "unknown")],
        ),
        (
            "Security operatives neutralised a dozen members of the gang, the police said.",
            [("neutralised a dozen members", 12, 12, "killed", "combatant")],
        ),
        (
            "The army neutralised 12 elements of the armed group, the statement said.",
            [("neutralised 12 elements", 12, 12, "killed", "combatant")],
        ),
    ],
)
def test_neutralised_members_of_a_named_body_are_not_fighters(text, expected):
    assert suggested_casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two Dundee FC men were hurt in the crash on the A90.",
            [("Two Dundee FC men were hurt", 2, 2, "injured", "unknown")],
        ),
        (
            "Two Levies personnel were martyred when their vehicle hit a mine.",
            [("Two Levies personnel were martyred", 2, 2, "killed", "combatant")],
        ),
    ],
)
def test_a_football_clubs_men_are_no_frontier_corps(text, expected):
    assert suggested_casualties(text) == expected


def test_a_ranked_suspect_who_fled_is_no_displaced_figure():
    assert (
        suggested_casualties(
            "A fourth suspect, who is believed to have fled, was arrested on Friday."
        )
        == []
    )


def test_a_ranked_man_with_a_clause_still_counts():
    assert suggested_casualties("A third man, who was guarding the gate, was wounded.") == [
        ("A third man, who was guarding the gate, was wounded", 1, 1, "injured", "unknown")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name and age after one person, no rank, stays out (dev 940)
        (
            "The sailor who died, an Indian second engineer, Rakesh Nair, 44, was shot in the "
            "thigh.",
            [],
        ),
    ],
)
def test_one_named_again_with_an_age_is_no_figure(text, expected):
    assert suggested_casualties(text) == expected
