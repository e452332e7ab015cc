"""`_quoted_as_saying` reads no clause without "quot" (perf70): every match of its pattern
("X quoted Y as saying") holds "quoted", "quotes" or "quoting" in lower case, so a clause
without those letters is answered None at once, as the pattern's search over it answered
(one scraped paragraph of 16,667 short quotes: about a tenth of its speakers' time). The
speakers are those of 95746b80, before the test."""

from __future__ import annotations

import re

import pytest

from annotator.core.suggest import speakers
from tests.core.suggest_probes import suggested_speaker


@pytest.mark.parametrize(
    ("text", "quote_words", "speaker"),
    [
        (
            "The state news agency SUNA quoted Governor Amina Yusuf as saying "
            '"We will rebuild the market."',
            "We will rebuild",
            "Amina Yusuf",
        ),
        ('Reuters quoted him as saying "The road is closed."', "The road", None),
        (
            'Misquoted by a website, Amina Yusuf later said "We will rebuild the market."',
            "We will rebuild",
            "Amina Yusuf",
        ),
        # (a capital "Quoting" was never the pattern's: the letters are matched as written)
        (
            'Quoting Amina Yusuf as saying "We will rebuild the market," the agency said more.',
            "We will rebuild",
            None,
        ),
        (
            'a "x" a "y" and the agency quoted Amina Yusuf as saying "We are afraid."',
            "We are",
            "Amina Yusuf",
        ),
        ('a "x" a "y" a "z" and the crowd dispersed.', "y", None),
    ],
)
def test_speakers_as_before(text: str, quote_words: str, speaker: str | None) -> None:
    assert suggested_speaker(text, quote_words) == speaker


@pytest.mark.parametrize(
    "clause",
    [
        "The agency said on Monday that ",
        "Officials, speaking on condition of anonymity, said: ",
        "QUOTED AS SAYING ",
        "The agency Quoted the governor as saying ",
        "a " * 300,
    ],
)
def test_a_clause_without_quot_is_no_quoted_as_saying(clause: str) -> None:
    text = clause + '"We are afraid."'
    opened = len(clause)
    assert speakers._QUOTED_AS_SAYING.search(text, 0, opened) is None
    assert speakers._quoted_as_saying(text, speakers._Mentions([]), 0, opened, opened + 1) is None


def test_every_match_of_the_pattern_holds_quot() -> None:
    assert "quot" in speakers._QUOTED_AS_SAYING.pattern
    assert not speakers._QUOTED_AS_SAYING.flags & re.IGNORECASE
    text = 'The agency quoted the governor as saying "We are afraid."'
    found = speakers._QUOTED_AS_SAYING.search(text)
    assert found is not None
    assert "quot" in found.group()
