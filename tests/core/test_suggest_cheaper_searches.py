"""The suggestion rules' cheaper searches (issue 16) find what the searches they replace
found: a word-list pattern that opens at a word's start instead of "\\b", the speech verbs
as a tree of prefixes instead of a longest-first alternation, a window tested before it is
searched, a name matcher visiting only the first pieces both sides hold, and the casualty
rules' pieces skipped once found to open nothing."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.suggest import actors, casualties, quotes, speakers
from annotator.core.suggest.base import SuggestContext
from annotator.core.suggest.text import (
    WORD,
    NameMatcher,
    Token,
    both_name_runs,
    longest_first,
    piece_index,
    word_tokens,
)

# Letters the case-insensitive engine folds in unusual ways ("\u017f" is an "s", "\u212a"
# a "k"), digits, marks and the punctuation the patterns stop at, beside plain words.
_ODD = st.sampled_from(["\u017f", "\u212a", "\u0130", "\u0301", "_", "1", "-", ",", ":", "\n", " "])
_WORDS = st.sampled_from(
    [
        *("civilians", "neighbours", "Neighbours", "herders", "attackers", "Gunmen", "its"),
        *("own", "men", "soldiers", "bodies", "said", "Said", "told", "headline", "titled"),
        *("dubbed", "so-called", "known", "as", "the", "word", "sign", "reading", "x", "y"),
    ]
)
_TEXT = st.lists(st.one_of(_WORDS, _ODD, st.text(max_size=3)), max_size=25).map(" ".join)


@pytest.mark.parametrize(
    ("pattern", "before"),
    [
        (casualties._CIVILIAN_EXTRA, r"\b"),
        (casualties._COMBATANT_COUNTED, r"\b"),
    ],
)
@given(text=_TEXT)
def test_a_word_list_opening_at_a_word_start_finds_what_one_opening_at_a_boundary_did(
    pattern: re.Pattern[str], before: str, text: str
) -> None:
    assert pattern.pattern.startswith(casualties._WORD_START)
    boundary = re.compile(before + pattern.pattern[len(casualties._WORD_START) :], pattern.flags)
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in boundary.finditer(text)]


@given(text=_TEXT)
def test_the_person_nouns_opening_at_a_word_start_find_what_they_found(text: str) -> None:
    former = re.compile(
        rf"\b{casualties._VICTIM}\b|\b(?:bodies|corpses|casualties|victims|attackers|gunmen)\b",
        re.IGNORECASE,
    )
    assert [m.span() for m in casualties._PERSON_NOUN.finditer(text)] == [
        m.span() for m in former.finditer(text)
    ]


@given(text=_TEXT)
def test_the_speech_verbs_as_a_tree_match_as_their_longest_first_alternation(text: str) -> None:
    verbs = speakers.SPEECH_VERBS | speakers._JUDGING_VERBS | speakers._RARER_SPEECH_VERBS
    former = re.compile(r"\b(" + "|".join(sorted(verbs, key=longest_first)) + r")\b")
    text = text.replace("x", "acknowledge").replace("y", "criticised")
    assert [(m.span(), m.group(1)) for m in speakers._VERB.finditer(text)] == [
        (m.span(), m.group(1)) for m in former.finditer(text)
    ]


@given(text=_TEXT, begin=st.integers(0, 40))
def test_a_window_before_quote_marks_is_searched_only_when_it_can_hold_a_title_word(
    text: str, begin: int
) -> None:
    end = len(text)
    begin = min(begin, end)
    assert quotes._not_speech_before(text, begin, end) == (
        quotes._NOT_SPEECH_BEFORE.search(text, begin, end) is not None
    )


def test_the_title_words_window_test_sees_the_long_s_as_the_engine_does() -> None:
    text = "a slogan known a\u017f:  "
    assert quotes._NOT_SPEECH_BEFORE.search(text) is not None
    assert quotes._not_speech_before(text, 0, len(text))


def _matches_by_scanning(names: list[str], text: str) -> list[tuple[int, int, str]]:
    """What `find_all` returned when it looped over the pieces of the smaller side."""
    return list(NameMatcher(names).finditer(text, [(m.group(), m.start()) for m in _PIECES(text)]))


_PIECES = re.compile(r"[\w\u0300-\u036f]+").finditer


_NAMES = ["Al", "Al Nur", "Al Nur Front", "Nur", "pro", "FVF", "X-Ray"]
_NAME_TEXT = ["Al", "Nur", "Front", "FVF's", "pro-Nur", "X-Ray", "-", " ", ","]


@given(
    names=st.lists(st.sampled_from(_NAMES)),
    text=st.lists(st.sampled_from(_NAME_TEXT)).map(" ".join),
)
def test_the_name_matcher_finds_through_the_shared_first_pieces_what_scanning_finds(
    names: list[str], text: str
) -> None:
    assert NameMatcher(names).find_all(text, piece_index(text)) == _matches_by_scanning(names, text)


# Many names under one first piece, some too short to have two characters after it: the
# matcher splits them by what follows the piece.
_MANY_NAMES = [
    *("Al", "Al ", "Al-", "Al N", "Al Nur", "Al Nur Front", "Al-Nur", "Al Nusra"),
    *("Al Qadr", "Al-Qadr Brigade", "Al Q", "Alba", "Nur", "Nur Front"),
]
_MANY_TEXT = ["Al", "Nur", "Front", "Nusra", "Qadr", "Q", "N", "Brigade", "-", " ", ",", "'s"]


@settings(max_examples=300, deadline=None)
@given(
    names=st.lists(st.sampled_from(_MANY_NAMES), min_size=8),
    text=st.lists(st.sampled_from(_MANY_TEXT)).map("".join),
)
def test_many_names_under_one_first_piece_are_found_as_scanning_finds_them(
    names: list[str], text: str
) -> None:
    matcher = NameMatcher(names)
    assert matcher.find_all(text, piece_index(text)) == _matches_by_scanning(names, text)
    # and again, from the split the first call kept
    assert matcher.find_all(text, piece_index(text)) == _matches_by_scanning(names, text)


def test_a_piece_found_to_open_no_casualty_pattern_is_not_classified_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Shelling in the valley killed 12 people and wounded dozens, officials said."
    casualties._starts(SuggestContext(text), "number")  # the pieces classified once
    classified: list[str] = []
    real = casualties._bits
    monkeypatch.setattr(casualties, "_bits", lambda piece: classified.append(piece) or real(piece))
    starts = casualties._starts(SuggestContext(text), "number")
    assert "valley" not in classified
    assert "Shelling" not in classified
    number = casualties._FIRST_BITS["number"]
    assert starts == sorted(
        at for piece, ats in piece_index(text).items() if real(piece) & number for at in ats
    )
    assert "12" in [text[at : at + 2] for at in starts]


def _portfolio_chain_as_first_written(text: str, run: actors.NameRun) -> tuple[object, ...]:
    """`actors._portfolio_chain` before its test of the two characters before the run."""
    if (
        (
            run.tokens[0].text in actors._PORTFOLIO_WORDS
            and (text.startswith("for ", run.start - 4) or text.startswith(", ", run.start - 2))
        )
        or text.startswith("and ", run.start - 4)
        or text.startswith("& ", run.start - 2)
    ) and " for " in text[max(0, run.start - 80) : run.start]:
        return actors._after_portfolio(text, run)
    if text.startswith("and ", run.start - 4) and len(run.tokens) >= 3:
        return actors._after_portfolio_of(text, run)
    return run.tokens


_CHAIN_WORDS = ["Minister", "for", "Health", "and", "Water", "Ama", "Owusu", "of", "Roads"]
_CHAIN_WORDS += ["Bridges", "Kofi", "Mensah", "said", "the", "&", ",", "Dr", "X"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CHAIN_WORDS), max_size=14).map(" ".join))
def test_a_run_after_a_portfolio_is_cut_as_before_the_cheap_test(text: str) -> None:
    text = text.replace(" , ", ", ")
    for run in both_name_runs(text)[1]:
        assert actors._portfolio_chain(text, run) == _portfolio_chain_as_first_written(text, run)


@pytest.mark.parametrize(
    "text",
    [
        "said the Minister for Health and Water Ama Owusu.",
        "the Vice Minister of Roads and Bridges Kofi Mensah said",
        "Minister for Health & Water Ama Owusu",
        "and Ama Owusu",  # a run within four characters of the start
    ],
)
def test_a_portfolio_before_a_name_is_still_cut_off(text: str) -> None:
    for run in both_name_runs(text)[1]:
        assert actors._portfolio_chain(text, run) == _portfolio_chain_as_first_written(text, run)


def test_word_tokens_are_tokens_with_their_offsets() -> None:
    text = "Al-Nur's 12,000 fighters (FVF) fled Osei-Bonsu\u2019s town."
    tokens = word_tokens(text, 3)
    assert all(type(t) is Token for t in tokens)
    assert tokens == [Token(m.group(), m.start(), m.end()) for m in WORD.finditer(text, 3)]
    assert tokens[0] == Token("Nur's", 3, 8)
