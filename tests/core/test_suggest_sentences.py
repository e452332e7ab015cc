"""Sentence ends: a title's or rank's full stop before a name does not end a sentence."""

from __future__ import annotations

import pytest

from annotator.core.suggest.text import sentences


def _split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Brig. Gen. Kofi Mensah said the road was open.",
        "Gov. Amina Yusuf visited the camp on Monday.",
        "Supt. Ravi Kumar and Insp. Tariq Khan reached the village.",
        "Cpl. Ali Bako was wounded, Cmdr. Juan Ortega said.",
        "The Rt. Hon. Ali Musa told Amb. Sara Lindqvist the talks had failed.",
        "Sen. Maria Lopez and Rep. John Okoro met Adm. Pedro Silva.",
        "The U.N. envoy met U.S. officials at 9 p.m. in the capital.",
    ],
)
def test_a_title_before_a_name_does_not_end_the_sentence(text: str) -> None:
    assert _split(text) == [text]


def test_sentences_still_end_after_ordinary_words() -> None:
    text = "The army said it held the town. Gov. Amina Yusuf denied it. Residents fled."
    assert _split(text) == [
        "The army said it held the town.",
        "Gov. Amina Yusuf denied it.",
        "Residents fled.",
    ]
