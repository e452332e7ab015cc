"""The default tokenizer: words whole, graphemes whole, span edges honoured."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.tokenize import tokenize


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
