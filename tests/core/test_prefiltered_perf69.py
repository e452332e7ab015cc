"""A pattern searched through the strings its matches begin with (core/prefiltered.py,
perf69) finds exactly what the pattern finds: the victim-noun lists of the casualty rules
and the counting verbs before a figure, over texts of their own words, odd letters and
marks, from any start to any end."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core import casualty, prefiltered
from annotator.core.prefiltered import PrefilteredPattern
from annotator.core.suggest import casualties

_WRAPPED = [
    casualties._CIVILIAN_EXTRA,
    casualty._CIVILIAN,
    casualty._COMBATANT,
    casualties._COUNTED_BY,
]

# Letters the case-insensitive engine folds in unusual ways ("\u017f" is an "s", "\u212a"
# a "k", "\u0130" an "i" that lowers to two characters), marks, digits and punctuation.
_ODD = st.sampled_from(
    ["\u017f", "\u212a", "\u0130", "\u0131", "\u0301", "\u2019", "_", "1", "-", ",", "\n", " "]
)
_WORDS = st.sampled_from(
    [
        *("civilians", "Neighbours", "neighbors", "herders", "crew", "crewmen", "navy", "tank"),
        *("soldiers", "Soldiers", "troops", "fighter", "jets", "militants", "attacks", "body"),
        *("boda", "boda-boda", "riders", "okada", "gold", "panners", "Christians", "church"),
        *("children", "kids", "police", "officers", "mps", "armed", "men", "the", "a", "of"),
        *("sikhs", "SIKHS", "ſikhs", "ſoldiers", "cıvilians", "cİvilians", "\u212aids"),
        *("counted", "Reported", "buried", "brought in", "another", "a further", "ſaw", "\n"),
    ]
)
_TEXT = st.lists(st.one_of(_WORDS, _ODD, st.text(max_size=3)), max_size=30).map(" ".join)


def _spans(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


@pytest.fixture(autouse=True)
def _tests_worked_out() -> None:
    for pattern in _WRAPPED:
        pattern.prepare()


@pytest.mark.parametrize("pattern", _WRAPPED)
@settings(max_examples=300)
@given(text=_TEXT, pos=st.integers(-2, 40), length=st.integers(-2, 200))
def test_a_prefiltered_search_finds_what_the_pattern_finds(
    pattern: PrefilteredPattern, text: str, pos: int, length: int
) -> None:
    assert _spans(pattern.search(text)) == _spans(pattern.compiled.search(text))
    endpos = pos + length
    assert _spans(pattern.search(text, pos, endpos)) == _spans(
        pattern.compiled.search(text, pos, endpos)
    )


@pytest.mark.parametrize("pattern", _WRAPPED)
def test_the_victim_lists_have_a_test_to_ask_first(pattern: PrefilteredPattern) -> None:
    test = prefiltered._needed_test(pattern.compiled)
    assert isinstance(test, re.Pattern)


def test_the_needed_strings_are_the_lowered_beginnings_of_each_alternative() -> None:
    pattern = re.compile(
        r"(?<!\w)(?:neighbou?rs?|(?<!navy\s)crew(?:men)?|Ka-\d+|[Bb]oda[\s-]boda)\b", re.I
    )
    assert prefiltered._prefixes(list(re._parser.parse(pattern.pattern, pattern.flags)), 4) == {
        "neig",
        "crew",
        "ka-",
        "boda",
    }


@pytest.mark.parametrize(
    "source",
    [
        r"\w+ killed",  # any word
        r"(?:dead|.)",  # any character in one alternative
        r"(?:x)?",  # may match nothing
        r"[^a]bc",  # a negated class
    ],
)
def test_a_pattern_whose_matches_may_begin_anyhow_is_searched_as_it_is(source: str) -> None:
    assert prefiltered._needed_test(re.compile(source)) is False
    wrapped = PrefilteredPattern(re.compile(source))
    wrapped.prepare()
    assert _spans(wrapped.search("zz bc killed")) == _spans(re.search(source, "zz bc killed"))


def test_the_letters_that_fold_oddly_are_the_ones_a_lowered_text_keeps_apart() -> None:
    # Every character the engine takes for an ASCII one ignoring case lowers to that one,
    # or leaves one of _ODD_CASES in the lowered text (which is then searched as it is).
    ascii_char = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    for code in range(0x80, 0x110000):
        char = chr(code)
        if ascii_char.fullmatch(char) is None:
            continue
        lowered = char.lower()
        assert lowered.isascii() or any(odd in lowered for odd in prefiltered._ODD_CASES), char


def test_short_searches_never_pay_for_the_test() -> None:
    wrapped = PrefilteredPattern(re.compile(r"(?i)\b(?:soldiers?|troops)\b"))
    for _ in range(1000):
        assert wrapped.search("two soldiers were killed") is not None
    assert wrapped._test is None
    long_text = "a body body body another another body was found " * 10
    for _ in range(prefiltered._WORTH_IT):
        assert wrapped.search(long_text) is None
    assert isinstance(wrapped._test, re.Pattern)
    assert wrapped._test.search(long_text.lower()) is None  # the engine is not run
    assert _spans(wrapped.search(long_text + "Troops")) == (len(long_text), len(long_text) + 6)
