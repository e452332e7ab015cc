"""A line or zone drawn on a map and named with its acronym ("the Line of Control (LoC)",
"the Demilitarised Zone (DMZ)", an economic corridor) is a place, not a body, and so are
its acronym's later mentions (issue 15, PAGES19: dev 650; dev 138's CPEC). Invented
sentences."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts


@pytest.mark.parametrize(
    "text",
    [
        "Shelling along the Line of Control (LoC) wounded two villagers. Schools near the "
        "LoC were closed on Friday.",
        "Two soldiers were wounded near the Demilitarised Zone (DMZ), and patrols in the DMZ "
        "were suspended.",
        "Attacks on workers of the Orvel Economic Corridor (OEC) have grown this year.",
    ],
)
def test_a_line_or_zone_on_the_map_with_its_acronym_is_no_actor(text: str) -> None:
    assert suggested_texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Orvel Border Zone Authority (OBZA) said the crossing would reopen.",
            ["Orvel Border Zone Authority", "OBZA"],
        ),
        (
            "The Coordination of Lakeside Line Operators (CLLO) condemned the attack.",
            ["Coordination of Lakeside Line Operators", "CLLO"],
        ),
    ],
)
def test_a_body_named_after_a_zone_or_line_stays_an_actor(text: str, expected: list[str]) -> None:
    assert suggested_texts(text) == expected
