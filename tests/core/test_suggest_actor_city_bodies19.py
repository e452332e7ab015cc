"""A city's or a town's own body named by the city ("the Orvel city military administration")
is a place's office, as "Nakura's health department" is (session 33, point 7), while a
region's is a government (issue 15, PAGES19: dev 492 and 656). Invented sentences."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts


@pytest.mark.parametrize(
    "text",
    [
        "The head of the Orvel city military administration, Petro Sydorenko, said four of "
        "the injured were in serious condition.",
        "Shells hit a school, according to the Tarvo municipal administration.",
    ],
)
def test_a_citys_administration_is_no_actor(text: str) -> None:
    assert [t for t in suggested_texts(text) if "administration" in t] == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The head of the Orvel regional military administration, Petro Sydorenko, said "
            "four of the injured were in serious condition.",
            "Orvel regional military administration",
        ),
        ("The Tarvo state government condemned the attack.", "Tarvo state government"),
        ("The Tarvo district administration imposed a curfew.", "Tarvo district administration"),
    ],
)
def test_a_regions_administration_stays_an_actor(text: str, body: str) -> None:
    assert body in suggested_texts(text)
