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
