"""ACTOR types for the guideline points settled in session 31 (sample_articles/README.md,
"Open points settled (session 31)"). Sentences are invented for the test."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_types as _types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Rights groups accused fighters loyal to the Tigray People's Liberation Front "
            "of killings near Humera.",
            "Tigray People's Liberation Front",
        ),
        ("TPLF fighters withdrew from the town on Sunday, residents said.", "TPLF"),
        ("Gunmen of Fatah clashed with Islamist militants in the camp overnight.", "Fatah"),
    ],
)
def test_a_movement_that_fought_is_an_armed_group_even_once_a_party(text: str, name: str) -> None:
    """Point 10: a former rebel movement the conflict news names as having fought is
    `armed group` in every mention (the gazetteer typed these `organisation`)."""
    assert _types(text)[name] == "armed group"


def test_a_former_rebel_movement_known_as_a_party_stays_an_organisation() -> None:
    """Named as a party only (the SPLM in South Sudan's government), it stays one."""
    text = "The SPLM named a new secretary general at its congress in Juba on Monday."
    assert _types(text)["SPLM"] == "organisation"
