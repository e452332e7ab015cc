"""Word snapping and the QUOTE convention: the span an analyst meant."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from annotator.core.snapping import snap_selection


def _snap(text: str, selected: str, label: str | None = None, *, words: bool = True) -> str:
    """Snap the first occurrence of `selected` in `text` and return the covered text."""
    start = text.index(selected)
    s, e = snap_selection(text, start, start + len(selected), label, words=words)
    return text[s:e]


@pytest.mark.parametrize(
    ("text", "selected", "expected"),
    [
        ("The minister said", "inist", "minister"),
        ("The minister said", "ter sa", "minister said"),
        ("killed twenty-two civilians", "nty-t", "twenty-two"),
        ("killed twenty-two civilians", "two civ", "twenty-two civilians"),
        ("Mr O'Brien said", "Bri", "O'Brien"),
        ("Mr O\u2019Brien said", "Bri", "O\u2019Brien"),
        ("fighters of al-Hamdani brigade", "Ham", "al-Hamdani"),
        ("killed - many", "led - ", "killed -"),  # a lone dash is no joiner
        ("  408 dead  ", "  408 dead  ", "408 dead"),
        ("Lópes arrived", "Lóp", "Lópes"),
    ],
)
def test_selection_grows_to_whole_words_and_loses_edge_whitespace(
    text: str, selected: str, expected: str
) -> None:
    assert _snap(text, selected) == expected


def test_combining_marks_stay_with_their_base_letter() -> None:
    text = "Lo\u0301pes said"  # o + combining acute
    assert _snap(text, "Lo") == "Lo\u0301pes"
    assert _snap(text, "Lo", words=False) == "Lo\u0301"
    start = text.index("\u0301")
    s, e = snap_selection(text, start, start + 3, words=False)
    assert (s, e) == (1, 5)


@pytest.mark.parametrize(
    "emoji",
    [
        "\U0001f44d\U0001f3fd",  # thumbs up, medium skin tone
        "\U0001f468\u200d\U0001f469\u200d\U0001f467",  # family, joined by ZWJ
        "\U0001f3f3\ufe0f\u200d\U0001f308",  # rainbow flag
        "\U0001f1fa\U0001f1e6",  # a flag: two regional indicators
    ],
)
def test_emoji_sequences_are_never_split(emoji: str) -> None:
    text = f"post: {emoji} done"
    first = text.index(emoji)
    for start in range(first, first + len(emoji)):
        for end in range(start + 1, first + len(emoji) + 1):
            for words in (True, False):
                s, e = snap_selection(text, start, end, words=words)
                assert text[s:e] == emoji, (start, end, words)


def test_whitespace_only_selection_snaps_to_nothing() -> None:
    text = "one   two"
    s, e = snap_selection(text, 3, 6)
    assert s == e
    s, e = snap_selection(text, 3, 6, "QUOTE")
    assert s == e


@pytest.mark.parametrize(
    ("text", "selected", "expected"),
    [
        ('"We will stay," she said', '"We will stay,"', "We will stay,"),
        ('"We will stay," she said', "We will stay", "We will stay,"),
        ("\u201cWe will stay!\u201d she said", "\u201cWe will", "We will stay!"[:7]),
        ("\u201cWe will stay!\u201d she said", "\u201cWe will stay!\u201d ", "We will stay!"),
        ("\u201cWe will stay\u201d, she said", "\u201cWe will stay\u201d,", "We will stay"),
        ("\u00abNous restons.\u00bb", "\u00abNous restons.\u00bb", "Nous restons."),
        ("'We are the soldiers' wives,' she said", "We are", "We are"),
    ],
)
def test_quote_drops_the_marks_and_keeps_punctuation_inside_them(
    text: str, selected: str, expected: str
) -> None:
    assert _snap(text, selected, "QUOTE") == expected


def test_other_labels_keep_quote_marks() -> None:
    assert _snap('the "Lions of Kharvelo" group', '"Lions of Kharvelo"', "ACTOR") == (
        '"Lions of Kharvelo"'
    )


SPECIAL = "\u201c\u201d\u0301\u00a0\u200d😀🏽\ufe0f\U0001f1fa\u2014"
ALPHABET = st.sampled_from([*"ab Zé9-'.,!?\"\n\t", *SPECIAL])
TEXTS = st.lists(ALPHABET, min_size=1, max_size=30).map("".join)
LABELS = st.sampled_from([None, "QUOTE", "ACTOR"])


@given(text=TEXTS, data=st.data(), label=LABELS, words=st.booleans())
@example(text=" \u0301a", data=None, label=None, words=True)
def test_snapped_span_lies_within_the_text_trimmed_and_is_stable(
    text: str, data: st.DataObject | None, label: str | None, words: bool
) -> None:
    if data is None:
        start, end = 1, 3
    else:
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(0, len(text)))
    s, e = snap_selection(text, start, end, label, words=words)
    assert 0 <= s <= e <= len(text)
    if s < e:
        assert not text[s].isspace()
        assert not text[e - 1].isspace()
        assert snap_selection(text, s, e, label, words=words) == (s, e)


def test_possessive_s_is_not_part_of_the_name() -> None:
    text = "OCHA's report and O\u2019Brien\u2019s team"
    assert text[slice(*snap_selection(text, 0, 4))] == "OCHA"
    start = text.index("Brien")
    assert text[slice(*snap_selection(text, start, start + 3))] == "O\u2019Brien"
