"""People who escaped or survived "with" wounds are counted injured; escaping with
someone or something else is no harm. The sentences are invented for these tests."""

from __future__ import annotations

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer


def _figures(text: str) -> dict[str, object]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["CASUALTY"])
    return {text[s.start : s.end]: s.attributes.get("kind") for s in found}


def test_escaping_or_surviving_with_wounds_is_an_injury() -> None:
    figures = _figures(
        "Report\n\nHe said four other travellers escaped with gunshot and machete wounds "
        "and were taken to the clinic. A fifth traveller survived with a stab wound."
    )
    assert figures["four other travellers escaped with gunshot and machete wounds"] == "injured"
    assert figures["A fifth traveller survived with a stab wound"] == "injured"


def test_escaping_with_ones_family_is_no_figure() -> None:
    assert _figures("Report\n\nThree drivers escaped with their families to the hills.") == {}
