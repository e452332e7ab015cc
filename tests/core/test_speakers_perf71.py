"""`_before_quote`'s verbs of a clause read from one scan of the text where its clauses
have read more than twice the text (perf71): one scraped paragraph of many short quotes
read the same 600 characters for every quote. A clause the text's own `_VERB` matches
show to hold no verb is answered [] unread; any other is scanned as before. These check
that the fast path gives the slow path's answer where it could go wrong: a word character
either side of the clause (a cut inside a word, "_", a letter outside ASCII), case, line
breaks, a verb at either edge. `_after_quote`'s search for a verb in the sentence before a
quote reads the same index (`_verb_between`)."""

from __future__ import annotations

import re

import pytest

from annotator.core.suggest import speakers, suggest
from annotator.core.suggest.speakers import _VERB, _clause_verbs, _verb_between


def _spans(found: list[re.Match[str]]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in found]


def _indexed(text: str) -> None:
    """Leave `_clause_verbs` holding `text`'s verb index (as past 2x its length read)."""
    speakers._last_clause_scan = (text, 0, None)
    _clause_verbs(text, 0, len(text), text + text + "x")
    assert speakers._last_clause_scan[2] is not None


TEXTS = [
    'a "x" said "y" a "z"',
    'Asaid "x" a said"y"',
    '_said "x" said_ "y" saidé "z" ésaid "w"',
    'SAID "x" Said "y" said\n"z" told\n\nsaid "w"',
    'said "x"',
    '"x" said',
    'a \u00e9 said "x" a\u0301said "y" a\u0301 said "z"',
    "He told reporters: \u201cNo.\u201d She said \u00ab\u00a0Oui\u00a0\u00bb",
]


@pytest.mark.parametrize("text", TEXTS)
def test_every_clause_as_the_scan_of_it(text: str) -> None:
    _indexed(text)
    for start in range(len(text) + 1):
        for opened in range(start, len(text) + 1):
            clause = text[start:opened]
            speakers._last_clause_scan = (text, 0, speakers._last_clause_scan[2])
            fast = _clause_verbs(text, start, opened, clause)
            assert _spans(fast) == _spans(list(_VERB.finditer(clause))), (start, opened)


@pytest.mark.parametrize("text", TEXTS)
def test_every_search_for_a_verb_as_the_search(text: str) -> None:
    """`_after_quote`'s "a verb between the sentence's start and the quote" (perf71)."""
    _indexed(text)
    for start in range(len(text) + 1):
        for end in range(len(text) + 1):
            speakers._last_clause_scan = (text, 0, speakers._last_clause_scan[2])
            expected = _VERB.search(text, start, end) is not None
            assert _verb_between(text, start, end) == expected, (start, end)


def test_the_index_is_built_only_past_twice_the_text_read() -> None:
    text = 'a "x" ' * 50
    speakers._last_clause_scan = ("", 0, None)
    _clause_verbs(text, 0, 10, text[:10])
    assert speakers._last_clause_scan[2] is None  # (a few clauses: scanned, no index)
    _clause_verbs(text, 0, len(text), text)
    _clause_verbs(text, 0, len(text), text)
    assert speakers._last_clause_scan[2] == []  # (no verb in the text)
    other = "said " + text
    _clause_verbs(other, 0, 5, other[:5])
    assert speakers._last_clause_scan[0] is other
    assert speakers._last_clause_scan[2] is None


def _as_before(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = suggest(text)
    monkeypatch.setattr(speakers, "_VERBS_ARE_WORDS", False)  # the scan of every clause
    speakers._last_clause_scan = ("", 0, None)
    slow = suggest(text)
    assert repr(fast) == repr(slow)
    monkeypatch.setattr(speakers, "_VERBS_ARE_WORDS", True)


@pytest.mark.parametrize(
    "unit",
    [
        'a "x" ',
        'Amina Yusuf said "We will rebuild." a "x" ',
        'a "x" the governor told reporters "No." ',
        '\u00e9 "x" said\u00e9 "y" Said "z" ',
        'a "x"\nsaid "y" ',
        'the agency quoted Amina Yusuf as saying "We are afraid." a "b" ',
    ],
)
def test_a_paragraph_of_many_quotes_as_before(unit: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Headline\n\n" + unit * (3000 // len(unit) + 1)
    _as_before(text, monkeypatch)


def test_the_speakers_of_a_short_article_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Clashes in Bamenda\n\n"
        'Governor Amina Yusuf said: "We will rebuild the market." The mayor told reporters '
        'that "the roads are closed" and "the schools too". "We are afraid," a trader said.'
    )
    _as_before(text, monkeypatch)
