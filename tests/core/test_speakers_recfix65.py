"""A body described as speaking ("the group said") is read from the sentence before, whose
speaker may be described the same way: the chain must not recurse once per sentence of the
page (main 7d4ede5e raised RecursionError from about 300 such sentences, 11 KB, and took
quadratic time before that)."""

from __future__ import annotations

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer

_OPENING = "The Islamic State claimed the attack on the checkpoint. "
_TURN = 'The group said: "We will fight on." '


def _speakers(text: str) -> list[str | None]:
    found = suggest(text, gazetteer=load_gazetteer())
    return [
        None if s.speaker is None else text[s.speaker[0] : s.speaker[1]]
        for s in found
        if s.label == "QUOTE"
    ]


def test_a_page_of_the_group_said_names_the_group_in_every_turn() -> None:
    speakers = _speakers(_OPENING + _TURN * 600)
    assert len(speakers) == 600
    assert set(speakers) == {"Islamic State"}


def test_a_short_chain_still_reaches_the_body_named_first() -> None:
    text = _OPENING + _TURN * 3
    assert _speakers(text) == ["Islamic State"] * 3


def test_another_body_speaking_between_takes_the_turns_after_it() -> None:
    text = (
        _OPENING
        + _TURN * 2
        + 'Save the Children said the clinic was closed. "We had no choice," the group said. '
    )
    assert _speakers(text) == ["Islamic State", "Islamic State", "Save the Children"]
