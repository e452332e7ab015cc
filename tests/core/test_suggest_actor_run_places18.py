"""A hospital, an airport or a prison its officer runs is a place, not the body he speaks
for (issue 15, ORGS18: "The director of the X Central Hospital said" made the hospital an
organisation, which the dev gold never tags: 0 of 78 named hospitals). Invented sentences."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts


@pytest.mark.parametrize(
    "text",
    [
        "The director of the Orvel Central Hospital said the hospital had received 20 injured.",
        "The head of the Mvita District Clinic said three of the wounded had died.",
        "The head of the Mvita International Airport said flights would resume on Friday.",
        "A spokesman for the Orvel Central Prison said two inmates had escaped.",
    ],
)
def test_a_place_its_officer_runs_is_no_actor(text: str) -> None:
    assert suggested_texts(text) == []


def test_a_body_its_officer_speaks_for_stays_an_actor() -> None:
    text = "The spokesman for the Anti-Terrorism Judicial Pole said the suspects would be charged."
    assert suggested_texts(text) == ["Anti-Terrorism Judicial Pole"]
