"""The rules against the guideline points settled in session 32 (sample_articles/README.md,
"Open points settled (session 32)"). Sentences are invented for the test."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts, suggested_types


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish forces took control of the town on Sunday.",
        "The convoy was ambushed by Baloch forces near the pass.",
        "Residents said Fulani forces had burnt the granaries.",
    ],
)
def test_a_stateless_peoples_forces_are_not_a_party(text: str) -> None:
    """Point 5: the adjective of a people with no state of its own before forces names who
    the fighters are, not a party: nothing is suggested."""
    assert suggested_texts(text) == []


def test_a_force_named_after_a_peoples_adjective_is_still_tagged() -> None:
    """Point 5: "Kurdish Peshmerga forces" -> `Peshmerga`, the adjective left out."""
    assert suggested_texts("Kurdish Peshmerga forces retook the village.") == ["Peshmerga"]


def test_the_forces_of_a_region_at_war_stay_one_party() -> None:
    """Point 5: "Tigrayan forces" (a region's government at war) stays one span."""
    assert suggested_types("Tigrayan forces advanced on the town.") == {
        "Tigrayan forces": "armed group"
    }
