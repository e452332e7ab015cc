"""CASUALTY shapes of real wire copy that the development articles do not hold (issue 15).

Every sentence here is made up for the test; none is taken from any article of the project.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.core.suggested import casualties


def _found(sentence: str, phrase: str) -> dict[str, Any]:
    found = casualties(sentence)
    assert phrase in found, found
    return found[phrase]


@pytest.mark.parametrize(
    ("sentence", "phrase", "victims"),
    [
        # outings and congregations
        (
            "Eighteen churchgoers were killed in the blast.",
            "Eighteen churchgoers were killed",
            "civilian",
        ),
        (
            "Twelve football fans died in the crush at the gate.",
            "Twelve football fans died",
            "civilian",
        ),
        (
            "Nine partygoers were wounded when the gunman fired.",
            "Nine partygoers were wounded",
            "civilian",
        ),
        ("Nine asylum-seekers drowned off the island.", "Nine asylum-seekers drowned", "civilian"),
        (
            "At least 14 asylum seekers drowned overnight.",
            "At least 14 asylum seekers drowned",
            "civilian",
        ),
        # trades and ways of life
        (
            "Four deminers were killed when a mine went off.",
            "Four deminers were killed",
            "civilian",
        ),
        ("Two diplomats were injured in the blast.", "Two diplomats were injured", "civilian"),
        (
            "Five civil servants were abducted on the road.",
            "Five civil servants were abducted",
            "civilian",
        ),
        (
            "At least 11 pastoralists were killed in the raid.",
            "At least 11 pastoralists were killed",
            "civilian",
        ),
        (
            "Three truckers were kidnapped near the border.",
            "Three truckers were kidnapped",
            "civilian",
        ),
        ("Gunmen shot dead two teens outside the school.", "shot dead two teens", "civilian"),
        # people by creed or nationality whose plural has no demonym ending
        ("Seven Muslims were killed in the riots.", "Seven Muslims were killed", "unknown"),
        ("Two Britons were kidnapped in the delta.", "Two Britons were kidnapped", "unknown"),
        ("Nine Filipinos were among the dead.", "Nine Filipinos were among the dead", "unknown"),
        # armed men by their trade
        ("Troops killed 17 kidnappers in the forest.", "killed 17 kidnappers", "combatant"),
        ("Six commandos died in the operation.", "Six commandos died", "combatant"),
        (
            "Police said 30 robbers were killed in the shootout.",
            "30 robbers were killed",
            "combatant",
        ),
        ("Twelve Taliban were killed in the clash.", "Twelve Taliban were killed", "combatant"),
        (
            "Four National Guardsmen were wounded.",
            "Four National Guardsmen were wounded",
            "combatant",
        ),
    ],
)
def test_victims_wire_copy_counts_are_found_with_their_victims(
    sentence: str, phrase: str, victims: str
) -> None:
    assert _found(sentence, phrase)["victims"] == victims
