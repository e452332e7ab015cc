"""A region another document tags where it acts (a state government, session 28 point a)
is suggested again only where this document's words read it as acting, by the test the
gazetteer reads regions with, or where a government can stand (a capital's test): "Assam
and Mizoram share a boundary" (dev 246), "his Assam counterpart" (dev 695) are places, while
"Mizoram accused ..." still acts (issue 15, WIRE21). Invented sentences."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer


def _actors(text: str, known: dict[str, str | None]) -> list[str]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"], known_actors=known)
    return [text[s.start : s.end] for s in found]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The valley where Sonora meets Chihuahua and Sinaloa is fought over by cartels.",
            "Sinaloa",
        ),
        ("Manipur and Mizoram share a long boundary through the hills.", "Mizoram"),
        ("The chief minister spoke to his Manipur counterpart by phone on Friday.", "Manipur"),
    ],
)
def test_a_known_region_named_as_a_place_is_not_suggested(text: str, name: str) -> None:
    assert name not in _actors(text, {name: "state"})


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mizoram accused the neighbouring state of sending armed police.", "Mizoram"),
        ("The dispute was never accepted by Manipur, officials said.", "Manipur"),
    ],
)
def test_a_known_region_that_acts_is_still_suggested(text: str, name: str) -> None:
    assert name in _actors(text, {name: "state"})
