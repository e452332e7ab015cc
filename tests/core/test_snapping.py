"""Word snapping and the QUOTE convention: the span an analyst meant."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from annotator.core.snapping import QUOTE_MARKS, _base, snap_selection


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


def test_labels_without_a_convention_keep_quote_marks() -> None:
    assert _snap('the "Lions of Kharvelo" group', '"Lions of Kharvelo"', "EVENT") == (
        '"Lions of Kharvelo"'
    )
    assert _snap('the "Lions of Kharvelo" group', '"Lions of Kharvelo"') == '"Lions of Kharvelo"'


@pytest.mark.parametrize("label", ["ACTOR", "CASUALTY"])
@pytest.mark.parametrize(
    ("text", "selected", "expected"),
    [
        # A drag that starts on the comma before a name.
        ("said the spokesman, Ana Lopes, on Tuesday", ", Ana Lopes", "Ana Lopes"),
        ("said the spokesman, Ana Lopes, on Tuesday", ", Ana Lopes,", "Ana Lopes"),
        # An organisation at the end of a sentence.
        ("It was reported by Meridian Wire.", "Meridian Wire.", "Meridian Wire"),
        ("It was reported by Meridian Wire. Then", "Meridian Wire. ", "Meridian Wire"),
        # An acronym right after an opening quote mark, straight or curly.
        ('the "FVF said', '"FVF', "FVF"),
        ("the \u201cFVF\u201d said", "\u201cFVF\u201d", "FVF"),
        ("the \u2018FVF\u2019 said", "\u2018FVF\u2019", "FVF"),
        ('the group "Lions of Kharvelo" said', '"Lions of Kharvelo"', "Lions of Kharvelo"),
        # A bracketed acronym is its own span, without the brackets.
        ("Free Valdor Front (FVF) fighters", "(FVF)", "FVF"),
        ("Free Valdor Front (FVF) fighters", "(FVF", "FVF"),
        ("Free Valdor Front [FVF] fighters", "[FVF]", "FVF"),
        # A closing bracket whose opening bracket is inside stays.
        ("the Valdor Front (North), said", "Valdor Front (North),", "Valdor Front (North)"),
        ("the Valdor Front (North)) said", "Valdor Front (North))", "Valdor Front (North)"),
        # Possessives: the name only.
        ("OCHA's report", "OCHA's", "OCHA"),
        ("OCHA\u2019s report", "OCHA\u2019s", "OCHA"),
        ("the rebels\u2019 commander", "rebels\u2019", "rebels"),
        ("the Ministry of Defence's statement.", "Ministry of Defence's", "Ministry of Defence"),
        # Dashes, ellipses and colons at the edges.
        ("-- Meridian Wire -- reported", "-- Meridian Wire --", "Meridian Wire"),
        ("\u2014Meridian Wire\u2014 reported", "\u2014Meridian Wire\u2014", "Meridian Wire"),
        ("killed 12 people\u2026 and", "12 people\u2026", "12 people"),
        ("Lenvian army: 12 dead", "army: 12 dead", "army: 12 dead"),
        ("Lenvian army: 12 dead", ": 12 dead", "12 dead"),
        # The full stop of an abbreviation belongs to it.
        ("aid from the U.N. arrived", "U.N.", "U.N."),
        ("aid came from the U.N.", "the U.N.", "the U.N."),
        ("staff of Kessa Shipping Corp. said", "Kessa Shipping Corp.", "Kessa Shipping Corp."),
        # Inner punctuation is never touched.
        ("at least 1,240 civilians, officials said", "1,240 civilians,", "1,240 civilians"),
        ("between 12-15 killed.", "12-15 killed.", "12-15 killed"),
        ("Mr O'Brien's office", "O'Brien's", "O'Brien"),
        # Punctuation that belongs to a handle or a figure stays.
        ("posted by @MeridianWire.", "@MeridianWire.", "@MeridianWire"),
    ],
)
def test_actor_and_casualty_lose_edge_punctuation_and_quote_marks(
    label: str, text: str, selected: str, expected: str
) -> None:
    assert _snap(text, selected, label) == expected


@pytest.mark.parametrize("label", ["ACTOR", "CASUALTY"])
def test_character_precision_also_trims_edge_punctuation(label: str) -> None:
    text = "said the spokesman, Ana Lopes, on Tuesday"
    assert _snap(text, ", Ana Lopes,", label, words=False) == "Ana Lopes"
    # Character precision does not grow a partial word.
    assert _snap(text, ", Ana Lop", label, words=False) == "Ana Lop"


@pytest.mark.parametrize("label", ["ACTOR", "CASUALTY"])
def test_punctuation_only_selection_snaps_to_nothing(label: str) -> None:
    text = 'he said: "," and left'
    start = text.index(': "')
    s, e = snap_selection(text, start, start + 5, label)
    assert s == e


def test_quote_snapping_is_unchanged_by_the_entity_rules() -> None:
    text = '"We will stay," said OCHA\'s head, Ana Lopes.'
    assert _snap(text, '"We will stay," ', "QUOTE") == "We will stay,"
    assert _snap(text, "OCHA's head, ", "ACTOR") == "OCHA's head"


SPECIAL = "\u201c\u201d\u0301\u00a0\u200d😀🏽\ufe0f\U0001f1fa\u2014"
ALPHABET = st.sampled_from([*"ab Zé9-'.,!?\"\n\t()s:", *SPECIAL])
TEXTS = st.lists(ALPHABET, min_size=1, max_size=30).map("".join)
LABELS = st.sampled_from([None, "QUOTE", "ACTOR", "CASUALTY"])


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


@given(text=TEXTS, data=st.data(), label=st.sampled_from(["ACTOR", "CASUALTY"]))
def test_entity_spans_never_start_with_punctuation_or_end_with_a_stray_mark(
    text: str, data: st.DataObject, label: str
) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(0, len(text)))
    s, e = snap_selection(text, start, end, label)
    if s < e:
        assert text[s] not in QUOTE_MARKS
        assert not unicodedata.category(text[s]).startswith("P")
        last = text[_base(text, e - 1)]  # the last grapheme cluster's base character
        # Only a bracket closed inside or an abbreviation's full stop may end it.
        assert last not in QUOTE_MARKS
        assert not unicodedata.category(last).startswith("P") or last in ").]}"


@pytest.mark.parametrize(
    ("text", "selected", "expected"),
    [
        ("the US-backed forces", "US", "US"),
        ("FVF-held villages", "FVF", "FVF"),
        ("the Saudi-led coalition", "Saudi", "Saudi"),
        ("a pro-Kharvelia militia", "Kharvelia", "Kharvelia"),
        ("the \u201cUS\u2011backed\u201d units", "US", "US"),
        # a selection inside the compound still grows to the whole of it
        ("the US-backed forces", "US-ba", "US-backed"),
        # a hyphenated name is one word: the selection grows across its hyphen
        ("Jean-Pierre Bemba spoke", "Jean", "Jean-Pierre"),
        ("the Al-Shabaab fighters", "Al", "Al-Shabaab"),
    ],
)
def test_actor_selection_keeps_its_edge_at_a_compound_hyphen(
    text: str, selected: str, expected: str
) -> None:
    start = text.index(selected)
    got = snap_selection(text, start, start + len(selected), "ACTOR")
    assert text[got[0] : got[1]] == expected


def test_other_labels_still_grow_across_a_compound_hyphen() -> None:
    text = "the US-backed forces"
    start = text.index("US")
    got = snap_selection(text, start, start + 2, "CASUALTY")
    assert text[got[0] : got[1]] == "US-backed"
