"""Normalising imported text: line endings, unstorable characters, headlines, offset maps."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.text import (
    headline,
    normalise_text,
    normalise_with_offsets,
    title_from_filename,
)

PIECES = ["a", "b", " ", "\r\n", "\r", "\n", "\u2028", "\u2029", "\x85", "\x00", "\x07", "\t"]
RAW = st.lists(st.sampled_from([*PIECES, "😀", "é", "\ud800"]), max_size=30).map("".join)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("one\r\ntwo", "one\ntwo"),
        ("one\rtwo", "one\ntwo"),
        ("one\u2028two\u2029three\x85four", "one\ntwo\nthree\nfour"),
        ("a\x00b\x07c\x7fd", "abcd"),
        ("tab\tstays", "tab\tstays"),
        ("lone \ud800surrogate", "lone surrogate"),
        ("  café  ", "  café  "),  # no trimming, no Unicode normalisation
    ],
)
def test_normalise_text_unifies_line_breaks_and_drops_unstorable_characters(
    raw: str, expected: str
) -> None:
    assert normalise_text(raw) == expected


@given(raw=RAW)
def test_normalised_text_has_only_newline_breaks_and_is_stable(raw: str) -> None:
    text = normalise_text(raw)
    assert not any(ch in text for ch in "\r\u2028\u2029\x85\x00")
    assert normalise_text(text) == text
    text.encode("utf-8")  # storable


@given(raw=RAW, data=st.data())
def test_offset_map_moves_spans_with_the_normalised_text(raw: str, data: st.DataObject) -> None:
    new, mapping = normalise_with_offsets(raw)
    assert new == normalise_text(raw)
    if mapping is None:
        assert new == raw
        return
    assert len(mapping) == len(raw) + 1
    assert mapping[0] == 0
    assert mapping[-1] == len(new)
    assert mapping == sorted(mapping)
    start = data.draw(st.integers(0, len(raw)))
    end = data.draw(st.integers(start, len(raw)))

    def splits_crlf(i: int) -> bool:
        return 0 < i < len(raw) and raw[i - 1] == "\r" and raw[i] == "\n"

    if not splits_crlf(start) and not splits_crlf(end):
        assert new[mapping[start] : mapping[end]] == normalise_text(raw[start:end])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling hits Kharvelo market\n\nThe first paragraph.", "Shelling hits Kharvelo market"),
        ("Only a headline", "Only a headline"),
        ("  Padded headline  \n\nBody.", "Padded headline"),
        ("A sentence that ends like one.\n\nBody.", None),
        ("Headline\nimmediately followed by text", None),
        ("\n\nBody after blank first line", None),
        (" ".join(["word"] * 31) + "\n\nBody", None),
        ("x" * 201 + "\n\nBody", None),
    ],
)
def test_headline_is_a_short_first_line_followed_by_a_blank_line(
    text: str, expected: str | None
) -> None:
    assert headline(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shelling hits Kharvelo market\nKHARVELO, March 3 (Meridian Wire) - Artillery "
            "fire struck a crowded market on Tuesday, officials said.\nMore text.",
            "Shelling hits Kharvelo market",
        ),
        (
            "Talks in Geneva end without a deal\n"
            "\u201cWe will be back,\u201d the envoy told reporters on Friday.",
            "Talks in Geneva end without a deal",
        ),
        (
            "\u062a\u0644 \u0642\u0635\u0631\u0629\nA convoy reached the town on Friday.",
            "\u062a\u0644 \u0642\u0635\u0631\u0629",
        ),
        # Not headlines: lower case, a sentence, no paragraph after it, too long.
        ("the minister said on Tuesday\nthat the talks had failed, officials said.", None),
        ("Headline\nimmediately followed by text", None),
        ("Shelling hits market\nShort", None),
        (" ".join(["Word"] * 17) + "\n" + "A long paragraph follows. " * 8, None),
    ],
)
def test_a_headline_without_a_blank_line_is_taken_when_it_looks_like_one(
    text: str, expected: str | None
) -> None:
    assert headline(text) == expected


def test_title_from_filename_reads_like_words() -> None:
    assert title_from_filename("03-shelling_in-kherson") == "03 shelling in kherson"
    assert title_from_filename("___") == "___"
