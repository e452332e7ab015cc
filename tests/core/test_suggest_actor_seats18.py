"""A body's name ends before the town no list holds where it sits ("the Lenvian Red
Crescent Society in Tala"), while a mission's or a force's country stays in its name
(issue 15, ORGS18: organisation extents taking in a place). Invented sentences."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Lenvian Red Crescent Society in Tala said it had evacuated the wounded.",
            "Lenvian Red Crescent Society",
        ),
        (
            "The Kora Traders Association in Mvitaville condemned the looting of the market.",
            "Kora Traders Association",
        ),
        (
            "Fighters overran the 14th Armoured Brigade in Tala on Tuesday, officials said.",
            "14th Armoured Brigade",
        ),
    ],
)
def test_a_body_ends_before_the_town_it_sits_in(text: str, name: str) -> None:
    assert name in suggested_texts(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The UN Mission in South Sudan said its base was shelled.", "UN Mission in South Sudan"),
        (
            "The Council for Human Rights in Africa said the vote was unfair.",
            "Council for Human Rights in Africa",
        ),
    ],
)
def test_a_country_or_continent_in_the_name_stays(text: str, name: str) -> None:
    assert name in suggested_texts(text)
