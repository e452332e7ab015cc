"""The dateline and byline patterns searched over an article's top, and the civil nouns
searched over a whole text (issue 16): a text without what every match holds is not
searched with the pattern, and what is found is exactly what the whole search finds; the
dateline's agency is searched for once per document, not once per rule that reads it."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from annotator.core.suggest import actors
from annotator.core.suggest.base import SuggestContext
from bench.common import sample_texts

_PATTERNS = [
    actors._DATELINE_AGENCY,
    actors._DATELINE_DATE_AGENCY,
    actors._BYLINE_DESK,
    actors._BYLINE_CORRESPONDENT,
    actors._BYLINE_ACRONYM_OUTLET,
]

# Pieces of datelines and bylines, and the characters the patterns turn on.
_PARTS = st.sampled_from(
    [
        *("SINJAR, Iraq", "(Rega News)", "(AFP)", "(PTI)", "NEW DELHI", "March 3", "Nov 28"),
        *("By", "Kaduna Ledger", "Correspondent", "Reporters", "News Desk", "Staff", "staff"),
        *("Bureau", "Desk", "Reporter", "BIRN", "Pristina", "Belgrade", "Arben Krasniqi"),
        *(" ", "\n", "\n\n", "-", "\u2013", "\u2014", ",", ")", "(", "\u201cWe", '"', "The"),
        *("institute", "think", "tank", "think-tank", "organisation", "organization", "mission"),
        *("Monitor", "monitor", "tracker", "Kivu", "\u0301", "_", "Prishtin\u00eb", "SAR"),
        *("From", "From ", "By ", "Sunday Abah", "Jun Reyes", "Ade Bello", "Lokoja", "Kano"),
    ]
)
_TOPS = st.lists(st.one_of(_PARTS, st.text(max_size=3)), max_size=40).map("".join)


def _spans(found: list) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(len(m.groups()) + 1)) for m in found]


def _whole_search(text: str, pattern: object) -> list:
    return list(pattern.finditer(text, 0, min(len(text), 2000)))  # type: ignore[attr-defined]


@pytest.mark.parametrize("pattern", _PATTERNS, ids=lambda p: p.pattern[:30])
@given(text=_TOPS)
def test_a_top_search_finds_what_the_whole_search_finds(pattern: object, text: str) -> None:
    ctx = SuggestContext(text)
    assert _spans(actors._top_matches(ctx, pattern)) == _spans(_whole_search(text, pattern))  # type: ignore[arg-type]


@pytest.mark.parametrize("pattern", _PATTERNS, ids=lambda p: p.pattern[:30])
def test_a_top_search_finds_what_the_whole_search_finds_in_every_sample(pattern: object) -> None:
    texts = sample_texts()
    texts += ["Kaduna Ledger Correspondent\n" + t for t in texts[:5]]
    for text in texts:
        ctx = SuggestContext(text)
        expected = _spans(_whole_search(text, pattern))
        assert _spans(actors._top_matches(ctx, pattern)) == expected  # type: ignore[arg-type]


def test_a_top_without_a_dateline_dash_is_not_searched_for_an_agency() -> None:
    # Parentheses and a capital as a dateline has them, but no dash after the bracket:
    # the pattern itself is never run (its search is what cost).
    text = "KYIV, Ukraine (Rega News) The strike hit at dawn.\n" * 20
    ctx = SuggestContext(text)

    class Refusing:
        def finditer(self, *args: object) -> object:
            raise AssertionError("searched although the top holds no dash after a bracket")

    needs = dict(actors._TOP_NEEDS)
    needs[Refusing()] = needs[actors._DATELINE_AGENCY]  # type: ignore[index]
    original = actors._TOP_NEEDS
    try:
        actors._TOP_NEEDS = needs  # type: ignore[misc]
        assert actors._top_matches(ctx, next(iter(needs.keys() - original.keys()))) == []  # type: ignore[arg-type]
    finally:
        actors._TOP_NEEDS = original  # type: ignore[misc]


def test_the_dateline_agency_is_searched_once_per_document() -> None:
    text = "SINJAR, Iraq (Rega News) - Gunmen killed two. The AFP said. (Rega News) said.\n"
    ctx = SuggestContext(text)
    first = actors._top_matches(ctx, actors._DATELINE_AGENCY)
    assert [m.group("name") for m in first] == ["Rega News"]
    assert actors._top_matches(ctx, actors._DATELINE_AGENCY) is first


@given(text=_TOPS)
@example(text="Arben Krasniqi, Milica Stojanovi\u0107\nBIRN Pristina, Belgrade\n\nText.")
@example(text="Title\n\nArben Krasniqi and Ana Kis\nBIRN\nSarajevo\n\nText.")
def test_a_top_without_an_acronym_line_holds_no_acronym_outlet_byline(text: str) -> None:
    # (_byline_above_outlet searches the first 1,500 characters only where this test passes)
    for top in (1500, 2000):
        end = min(len(text), top)
        if list(actors._BYLINE_ACRONYM_OUTLET.finditer(text, 0, end)):
            assert actors._TOP_NEEDS[actors._BYLINE_ACRONYM_OUTLET].search(text, 0, end)


@given(text=_TOPS)
@example(text="according to the Kivu Security Tracker, a monitor")
@example(text="the Fogo Cruzado institute said; the Sahel think-tank")
def test_a_text_without_a_civil_noun_holds_no_civil_tail(text: str) -> None:
    if list(actors._CIVIL_TAIL.finditer(text)):
        assert any(word in text for word in actors._CIVIL_TAIL_WORDS)


def test_every_civil_noun_and_acronym_line_is_told_apart_in_the_samples() -> None:
    for text in sample_texts():
        if list(actors._CIVIL_TAIL.finditer(text)):
            assert any(word in text for word in actors._CIVIL_TAIL_WORDS)
    byline = "Arben Krasniqi, Milica Stojanovi\u0107\nBIRN Pristina, Belgrade\n\nText."
    assert actors._TOP_NEEDS[actors._BYLINE_ACRONYM_OUTLET].search(byline)
    alone = "Arben Krasniqi\nBIRN\nSarajevo\n\nText."
    assert actors._TOP_NEEDS[actors._BYLINE_ACRONYM_OUTLET].search(alone)
    assert not actors._TOP_NEEDS[actors._BYLINE_ACRONYM_OUTLET].search("KYIV\nUN officials said")


@given(text=_TOPS)
@example(text="Headline\nFrom Ade Bello, Kano\n\nText.")
@example(text="Headline\nBy Jun Reyes\n\nText.")
def test_a_top_without_by_or_from_holds_no_byline_of_those(text: str) -> None:
    top = min(len(text), 1500)
    if list(actors._FROM_BYLINE.finditer(text, 0, top)):
        assert text.find("From ", 0, top) >= 0
    if list(actors._DATED_NAME_BYLINE.finditer(text, 0, top)):
        assert text.find("From ", 0, top) >= 0 or text.find("By ", 0, top) >= 0
