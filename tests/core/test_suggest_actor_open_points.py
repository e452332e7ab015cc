"""ACTOR and speaker suggestions as the guideline's settled open points read them
(sample_articles/README.md, "Open points settled"). Sentences, bodies and people are
invented for the test."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts as _suggested
from tests.core.suggest_probes import suggested_types as _types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "<nationality> security / intelligence services" is one state span (point k)
        (
            "Two men were detained by Russian security services near the border.",
            "Russian security services",
        ),
        (
            "Police said the suspects had passed coordinates to Russian intelligence.",
            "Russian intelligence",
        ),
        (
            "The Tajik intelligence services said three men were arrested.",
            "Tajik intelligence services",
        ),
    ],
)
def test_a_nations_security_services_are_one_state_span(text: str, name: str) -> None:
    assert _types(text).get(name) == "state", text


def test_intelligence_gathered_or_its_people_are_no_actor() -> None:
    for text in [
        "Israeli intelligence reports said the group had rearmed.",
        "Pakistani intelligence officials said the commander was killed.",
    ]:
        assert not any("intelligence" in found for found in _suggested(text)), text
