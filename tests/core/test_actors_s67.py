"""A one-word name in an outlet's slot ("told X", "spoke to X") that the text writes as a
person's surname after a given name elsewhere ("Police chief Bello Kasimu") is that person,
not an outlet (MEDIA67's "spoke to X" slot made tests/core/test_suggest_wire25a.py's
"Reporters spoke to Kasimu" an outlet; "told Kasimu" was one on main too).

Every sentence here is invented. Each test drives the real suggester with the shipped
gazetteer and no known actors, and asserts every ACTOR suggested, with its type.
"""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer


def _actors(text: str) -> list[tuple[str, str]]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return [(text[s.start : s.end], str(s.attributes.get("type"))) for s in found]


@pytest.mark.parametrize("slot", ["spoke to", "told", "speaks to"])
def test_a_surname_in_an_outlet_slot_is_the_person(slot: str) -> None:
    text = (
        "Police chief Bello Kasimu said the case was sent to the prosecutor. Reporters "
        f"{slot} Kasimu on Monday."
    )
    assert _actors(text) == [("Bello Kasimu", "person"), ("Kasimu", "person")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Grace Akello, a nurse, was at the clinic. She spoke to Mizan Online on Monday.",
            [("Grace Akello", "person"), ("Mizan Online", "media")],
        ),
        (
            "Police chief Bello Kasimu said the case was closed. The family told Reuters by "
            "phone that they would appeal.",
            [("Bello Kasimu", "person"), ("Reuters", "media")],
        ),
    ],
)
def test_outlets_in_the_slot_stay_outlets(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected
