"""`_quoted_as_saying` reads no clause without "quot" (perf70): every match of its pattern
("X quoted Y as saying") holds "quoted", "quotes" or "quoting" in lower case, so a clause
without those letters is answered None at once, as the pattern's search over it answered
(one scraped paragraph of 16,667 short quotes: about a tenth of its speakers' time); and
`_before_quote`'s other per-quote searches of the clause are skipped where a literal they
need is missing (below). The speakers are those of 95746b80, before the change."""

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


# `_before_quote` (perf70): "what X calls" and "it calls" are searched for only in a clause
# holding one of their verbs' letters, and "issued the following statement" only before a
# colon. The speakers of 95746b80 (less SPK69's "with X calling it", which ABL70 removed:
# it fired on one dev gold sentence).
@pytest.mark.parametrize(
    ("text", "quote_words", "speaker"),
    [
        (
            'Fighting resumed near what the Arakan Army calls "liberated territory".',
            "liberated",
            "Arakan Army",
        ),
        (
            "The United Nations condemned the raid, which the Sudanese Armed Forces termed "
            '"a cleansing operation".',
            "a cleansing",
            "Sudanese Armed Forces",
        ),
        (
            'Hamas issued a statement on the strike. It described it as "a crime".',
            "a crime",
            "Hamas",
        ),
        (
            'Fighting resumed in what residents call "the bloody week" near the river.',
            "the bloody",
            None,
        ),
        (
            'The ministry condemned the raid on the territory it calls "liberated land".',
            "liberated",
            None,
        ),
        ('With the army calling it "a victory", residents fled.', "a victory", None),
        ('Residents said the shelling was "relentless".', "relentless", None),
    ],
)
def test_before_quote_speakers_as_before(text: str, quote_words: str, speaker: str | None) -> None:
    assert suggested_speaker(text, quote_words) == speaker


def test_every_naming_verb_holds_a_part_the_clause_is_tested_for() -> None:
    verbs = re.findall(r"[a-z]+", speakers._WHAT_THEY_CALL.pattern.split("(?:call|", 1)[1])
    verbs += re.findall(r"[a-z]+", speakers._IT_CALLS.pattern.split("(?:calls|", 1)[1])
    verbs = [v for v in verbs if v not in ("s", "as", "it", "them")]
    assert verbs
    for verb in verbs:
        assert speakers._may_name_it(f"what they {verb} "), verb
    assert not speakers._WHAT_THEY_CALL.flags & re.IGNORECASE
    assert not speakers._IT_CALLS.flags & re.IGNORECASE
    # (a clause without them: neither pattern matches it)
    for clause in ("Residents said the shelling was ", "the army CALLS it ", "a " * 300):
        assert not speakers._may_name_it(clause)
        assert speakers._WHAT_THEY_CALL.search(clause) is None
        assert speakers._IT_CALLS.search(clause) is None
