"""Events named with capitals are no actors (issue 15, ORGS18): an event's word in a name
("International Day of the Disappeared", "the Orvel Cultural Festival") or closing it
("the Orvel Peace Conference", "the Anti-Terrorism Act"), and an event after a title's word
("the General Elections", "a General Strike"), which made a person of it. Invented
sentences."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts


@pytest.mark.parametrize(
    "text",
    [
        "Residents marked International Day of the Disappeared on Sunday.",
        "Thousands attended the Orvel Cultural Festival Committee's concert despite the threat.",
        "The talks at the Orvel Council Peace Conference collapsed on Monday.",
        "Security was tightened ahead of the General Elections in December.",
        "The unions called a General Strike for Monday.",
        "The General Conference of the church met in Kora.",
    ],
)
def test_an_event_named_with_capitals_is_no_actor(text: str) -> None:
    assert suggested_texts(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Commission on Elections said the vote would go ahead.", "Commission on Elections"),
        ("The Ministry of Plan said the road would be rebuilt.", "Ministry of Plan"),
        ("General Ramos said the troops had withdrawn.", "Ramos"),
    ],
)
def test_a_body_or_person_so_named_stays(text: str, actor: str) -> None:
    assert actor in suggested_texts(text)
