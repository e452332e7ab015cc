"""The dateline and byline patterns searched over an article's top (issue 16): a top
without what every match holds is not searched with the pattern, and what is found is
exactly what the whole search finds; the dateline's agency is searched for once per
document, not once per rule that reads it."""

from __future__ import annotations

import pytest
from hypothesis import given
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
