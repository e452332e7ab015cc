"""A state a speaker says will or will not be a place of some kind ("Iraq will not be a
battlefield for others", dev 66; "The Kurdistan Region will not be a battlefield", dev 111)
is described as a land, as "Chad has long been a haven" is, while a part it plays among
states ("will be a partner", "will be the first to") still acts (issue 15, WIRE20).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Jordan will not be a launchpad for anyone\'s war," the minister said.', "Jordan"),
        ("He said: \u201cThe Gambia will never be a haven for smugglers.\u201d", "Gambia"),
        ("Officials warned that Chad could become a base for the rebels.", "Chad"),
    ],
)
def test_a_state_that_will_be_a_place_is_a_place(text: str, name: str) -> None:
    assert not [span for span in suggested_texts(text) if name in span]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officials said Chad will be a partner in the new force.", "Chad"),
        ("Kenya will be the first to send troops, officials said.", "Kenya"),
    ],
)
def test_a_state_that_will_play_a_part_still_acts(text: str, name: str) -> None:
    assert name in suggested_texts(text)
