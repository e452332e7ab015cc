"""The guard that a unit named as its soldiers' ("Golani Brigade soldiers", "Yamam
officers") is no "the army" stays (review68a's probe; DEL71S had deleted it as a guard
with no probes): "the army said" then links to the army named before the unit."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Israeli military said its forces raided Nablus. Golani Brigade soldiers "
            'detained two men, it said. The army said in a statement that it "foiled an attack".',
            "Israeli military",
        ),
        (
            "The Nigerian Army said its troops rescued 12 hostages. Operation Hadin Kai soldiers "
            'also recovered rifles, it said. The army said it "will not relent".',
            "Nigerian Army",
        ),
        (
            "The Israeli military said it struck a compound in Gaza. Yamam officers arrested a "
            'suspect in Jenin, police said. The army said it had "eliminated a threat".',
            "Israeli military",
        ),
    ],
)
def test_a_unit_named_as_its_soldiers_is_not_the_army_that_speaks(text: str, speaker: str) -> None:
    found = suggest(text, gazetteer=load_gazetteer())
    quote = next(s for s in found if s.label == "QUOTE")
    assert quote.speaker is not None
    assert text[quote.speaker[0] : quote.speaker[1]] == speaker
