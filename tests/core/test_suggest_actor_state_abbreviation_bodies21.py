"""A state body's name defined with its acronym keeps the state's abbreviation before it,
a capitalised name that holds its state's abbreviation being one name, as "U.S. Central
Command" is (guideline, session 28 point k; issue 15, WIRE21: dev 709, and the five dev
"U.S./US ... Command (ACR)" names the gazetteer already reads so). Invented sentences."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The warrant was issued at the request of the U.S. Drug Enforcement Administration"
            " (DEA).",
            "U.S. Drug Enforcement Administration",
        ),
        (
            "The U.S. Department of Homeland Security (DHS) said it would deport them.",
            "U.S. Department of Homeland Security",
        ),
    ],
)
def test_a_state_s_abbreviation_opens_its_body_s_name(text: str, span: str) -> None:
    assert span in suggested_texts(text)


def test_an_abbreviation_ending_a_clause_stays_apart() -> None:
    found = suggested_texts(
        "The plan was backed by the U.S. and the Drug Enforcement Administration (DEA) said so."
    )
    assert "Drug Enforcement Administration" in found
    assert "U.S." in found
