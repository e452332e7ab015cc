"""The default tokenizer: words whole, graphemes whole, span edges honoured."""

from __future__ import annotations

import itertools
import unicodedata
from bisect import bisect_left, bisect_right

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.tokenize import (
    _WORD,
    _merge,
    _needs_merge,
    token_counts_at,
    token_offsets,
    tokenize,
)

# Characters that belong to the character before them: combining marks (Mn, Mc, Me),
# the zero-width joiner, variation selectors and emoji skin-tone modifiers.
_ATTACHED = [
    "\u0301",
    "\u0308",
    "\u0903",
    "\u20e3",
    "\u200d",
    "\ufe0f",
    "\ufe00",
    "\U000e0067",
    *map(chr, range(0x1F3FB, 0x1F400)),
]
_MIXED_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from([*"aZ9_ -'.,(\n\t", "é", "😀", "🇺", "🇦", "\u00a0", *_ATTACHED]),
        st.characters(categories=["Mn", "Mc", "Me"]),
    ),
    max_size=30,
)


def _texts(text: str, boundaries: tuple[int, ...] = ()) -> list[str]:
    return [t.text for t in tokenize(text, boundaries)]


def test_hyphenated_and_apostrophe_words_stay_whole() -> None:
    assert _texts("O'Brien counted twenty-two, 1,000 and 3.5.") == [
        "O'Brien",
        "counted",
        "twenty-two",
        ",",
        "1,000",
        "and",
        "3.5",
        ".",
    ]


def test_graphemes_are_never_split() -> None:
    text = "e\u0301te\u0301 👨\u200d👩\u200d👧 👍🏽 🇺🇦🇬🇧 1\ufe0f\u20e3"
    assert _texts(text) == [
        "e\u0301te\u0301",
        "👨\u200d👩\u200d👧",
        "👍🏽",
        "🇺🇦",
        "🇬🇧",
        "1\ufe0f\u20e3",
    ]


def test_offsets_are_code_points_after_an_emoji() -> None:
    (_, _, kyiv) = tokenize("ab 😀 Kyiv")
    assert (kyiv.start, kyiv.end) == (5, 9)


def test_span_edges_become_token_edges() -> None:
    assert _texts("O'Brien said", (1, 4)) == ["O", "'Br", "ien", "said"]


@given(
    st.text(alphabet=st.sampled_from([*"ab -'.\n\t", "é", "\u0301", "😀", "\u200d", "🇺"])),
    st.lists(st.integers(0, 40)),
)
def test_tokens_are_ordered_whitespace_free_and_cover_every_other_character(
    text: str, cuts: list[int]
) -> None:
    tokens = tokenize(text, [c for c in cuts if c <= len(text)])
    for token in tokens:
        assert text[token.start : token.end] == token.text
        assert token.text
        assert not any(ch.isspace() for ch in token.text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(tokens))
    assert "".join(t.text for t in tokens) == "".join(text.split())


@given(_MIXED_TEXT)
def test_no_token_starts_with_a_mark_joiner_selector_or_skin_tone(text: str) -> None:
    # The fast path (no merging for texts without such characters) relies on this.
    for start, _ in token_offsets(text):
        ch = text[start]
        if start and not text[start - 1].isspace():
            assert ch not in _ATTACHED
            assert not unicodedata.category(ch).startswith("M")


@given(_MIXED_TEXT, st.lists(st.integers(-2, 34), max_size=8))
def test_token_counts_at_agree_with_the_listed_tokens(text: str, offsets: list[int]) -> None:
    tokens = token_offsets(text)
    offsets.sort()
    count, started, ended = token_counts_at(text, offsets)
    assert count == len(tokens)
    assert started == [bisect_left([s for s, _ in tokens], p) for p in offsets]
    assert ended == [bisect_right([e for _, e in tokens], p) for p in offsets]
    inside = {p for p in offsets if any(s < p < e for s, e in tokens)}
    assert [s - e for s, e in zip(started, ended, strict=True)] == [
        int(p in inside) for p in offsets
    ]


def test_token_counts_at_on_a_word_split_by_an_offset() -> None:
    # "O'Brien said": two tokens; 4 falls inside O'Brien, 7 ends it, 8 starts "said".
    assert token_counts_at("O'Brien said", [0, 4, 7, 8, 12]) == (
        2,
        [0, 1, 1, 1, 2],
        [0, 0, 1, 1, 2],
    )


@given(st.one_of(_MIXED_TEXT, st.text(max_size=30)))
def test_texts_the_fast_path_skips_need_no_merging(text: str) -> None:
    pieces = [m.span() for m in _WORD.finditer(text)]
    if not _needs_merge(text):
        assert _merge(text, pieces) == pieces


@given(st.text(alphabet="ab1 2-'\u2019._,\u2010\u2011x\n\té😀", max_size=30))
def test_possessive_word_pattern_gives_the_same_tokens_as_the_plain_one(text: str) -> None:
    import re

    from annotator.core.tokenize import _WORD

    plain = re.compile(r"\w+(?:(?:[-'\u2019\u2010\u2011._]|(?<=\d),(?=\d))\w+)*|\S")
    assert [m.span() for m in _WORD.finditer(text)] == [m.span() for m in plain.finditer(text)]


# Joiners between words, digits (ASCII, Arabic-Indic, superscript: \w but not \d), commas,
# whitespace that only str.isspace() knows (\x1c), letters of other scripts.
_JOINER_TEXT = st.text(
    alphabet=st.sampled_from([*"ab1_ -'.,\u2019\u2010\u2011(\n\x1c", "9", "\u0663", "\u00b2", "é"]),
    max_size=40,
)


@given(_JOINER_TEXT, st.data())
def test_token_counts_by_character_class_agree_with_the_regex_at_every_offset(
    text: str, data: st.DataObject
) -> None:
    # Every offset of the text, in a shuffled order with repeats and offsets outside it.
    offsets = data.draw(st.permutations([*range(-1, len(text) + 2), 0, len(text)]))
    tokens = [m.span() for m in _WORD.finditer(text)]
    count, started, ended = token_counts_at(text, offsets)
    assert count == len(tokens)
    assert started == [bisect_left([s for s, _ in tokens], p) for p in offsets]
    assert ended == [bisect_right([e for _, e in tokens], p) for p in offsets]
