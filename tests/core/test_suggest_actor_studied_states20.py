"""A state that someone follows, covers or studies for a living is the topic of that
work, a place, as dev's researchers "who follow Myanmar" and "who study the Sahel" show
(issue 15, WIRE20: dev 527, with 131's, 208's and 216's regions in the same frame).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("said Ana Ruiz, a researcher who follows Sudan at the institute.", ["Sudan"]),
        ("An analyst who covers Niger and Mali for the group said so.", ["Niger", "Mali"]),
        ("said Tom Reyes, who has studied Chad for 20 years.", ["Chad"]),
    ],
)
def test_a_state_followed_or_studied_is_a_topic(text: str, names: list[str]) -> None:
    found = suggested_texts(text)
    assert not [name for name in names if name in found]


def test_a_state_that_follows_something_still_acts() -> None:
    assert "Egypt" in suggested_texts("Egypt follows the talks closely, its foreign ministry said.")
