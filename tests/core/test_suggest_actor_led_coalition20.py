"""A coalition named by its leader starts after a sentence's full stop (issue 15, WIRE20:
dev 668, "backed by Iran. A Saudi-led coalition" took "Iran. A" into the name), while a
leader's abbreviation keeps its dots ("the U.S.-led coalition"). Invented sentences."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The rebels are armed by Eritrea. A Saudi-led coalition bombed the port in 2016.",
            "Saudi-led coalition",
        ),
        (
            "The militia is funded by Qatar. The US-led coalition struck its camps in May.",
            "US-led coalition",
        ),
    ],
)
def test_a_led_coalition_starts_after_the_sentence_before(text: str, name: str) -> None:
    found = suggested_texts(text)
    assert name in found
    assert not any(". " in span for span in found)


def test_a_leaders_abbreviation_keeps_its_dots() -> None:
    found = suggested_texts("The U.S.-led coalition said its jets struck the depot on Monday.")
    assert "U.S.-led coalition" in found
