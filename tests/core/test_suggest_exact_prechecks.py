"""Cheap tests made before a costly search (issue 16, PERF9) reject only what the search
could never find: the suggestions are the same with and without them."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.suggest import actors, casualties
from annotator.core.suggest.base import SuggestContext
from annotator.core.suggest.text import is_name_word, name_tokens, piece_index, word_tokens

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"

# Pieces a wire's slug is made of, near misses of them, and what may stand around them.
_SLUG_PIECES = st.sampled_from(
    [
        *("FLASH", "URGENT", "REFILE", "CORRECTED", "EXCLUSIVE", "BREAKINGVIEWS", "UPDATE"),
        *("WRAPUP", "Update", "flash", "UPDATES", "WRAP", "UP", "1", "12", "123", "-", "- "),
        *("\n", " ", "Farmer", "shot", "dead", "killed", "x", "A", "\u017f", "\u212a"),
    ]
)
_SLUG_TEXT = st.lists(st.one_of(_SLUG_PIECES, st.text(max_size=2)), max_size=30).map("".join)


@settings(max_examples=400)
@given(text=_SLUG_TEXT)
def test_a_text_with_a_wire_slug_holds_one_of_the_slug_words(text: str) -> None:
    # What makes the words' test exact: no slug is found where none of them stands.
    if casualties._WIRE_SLUG.search(text) is not None:
        assert any(word in text for word in casualties._WIRE_SLUG_WORDS)


def _headline_ones(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in casualties._headline_one(SuggestContext(text))]


def test_a_slugged_headline_later_in_the_text_is_still_read() -> None:
    text = (
        "Storm closes the port road\n\nThe port stayed shut on Tuesday.\n"
        "UPDATE 2-Fisherman shot dead near the quay\n\nA fisherman was shot dead on Tuesday."
    )
    start = text.index("Fisherman")
    assert (start, text.index(" near", start)) in _headline_ones(text)


def test_a_text_without_a_slug_word_reads_only_its_first_line() -> None:
    # (hyphens elsewhere in the text, and a headline after a hyphen that is no slug)
    text = (
        "Ranger killed in the north-east\n\nA park ranger was killed on Monday.\n"
        "Re-posted-Guard shot dead at the gate\n\nA guard was shot dead."
    )
    found = _headline_ones(text)
    assert found == [(0, len("Ranger killed"))]


# `actors._APPOSED_ACRONYM` as it was written before its first character was taken out of
# the alternatives (the same matches, searched at every character).
_APPOSED_ACRONYM_BEFORE = re.compile(
    r"\s+\((?P<bracketed>[A-Z][A-Z-]{1,7})\)"
    r"|,\s+(?P<acronym>[^\W\d_a-z][^\W_a-z]{1,8}"
    r"|[^\W\d_a-z][^\W\d_A-Z]{2,}[\w\u0300-\u036f]*)"
    r"(?=[,.)]|\s+(?:said|says|which|has|had|was)\b)"
    r"|,\s+the\s+(?P<name>[A-Z][\w\u0300-\u036f'\u2019-]*(?:\s+(?:(?:de|da|do|des|del|of|for"
    r"|the)\s+)?[A-Z][\w\u0300-\u036f'\u2019-]*){0,4})(?=,)"
)
_APPOSITION_PIECES = st.sampled_from(
    [
        *(" ", "  ", "\t", "\n", "\u00a0", ",", ", ", "(", ")", ".", "the", "The", "de", "of"),
        *("SNAI", "CDH", "PNAT", "A-B", "Energoatom", "Defensoria", "Pública", "said", "was"),
        *("agency", "x", "1", "É", "\u0301", "-", "'", "\u2019"),
    ]
)
_APPOSITION_TEXT = st.lists(_APPOSITION_PIECES, max_size=30).map("".join)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@settings(max_examples=500)
@given(text=_APPOSITION_TEXT)
def test_an_apposed_acronym_is_found_where_the_former_pattern_found_it(text: str) -> None:
    assert _found(actors._APPOSED_ACRONYM, text) == _found(_APPOSED_ACRONYM_BEFORE, text)


def test_an_apposed_acronym_is_found_in_every_sample_as_before() -> None:
    for path in sorted(SAMPLES.glob("*.txt")) + sorted((SAMPLES / "dev").glob("*.txt")):
        text = path.read_text("utf-8")
        assert _found(actors._APPOSED_ACRONYM, text) == _found(_APPOSED_ACRONYM_BEFORE, text)


def test_the_apposed_acronym_forms_keep_their_spans() -> None:
    text = (
        "the prison agency, SNAI, said; the prosecutor's office  (PNAT) and the office, "
        "the Defensoria Pública, said"
    )
    found = [(m.group(), m.lastgroup) for m in actors._APPOSED_ACRONYM.finditer(text)]
    assert found == [
        (", SNAI", "acronym"),
        ("  (PNAT)", "bracketed"),
        (", the Defensoria Pública", "name"),
    ]


# Chunks of ASCII letters, with and without a closing mark, beside the marks that join or
# go on a word: what `name_tokens` reads from the characters alone, and what it tokenises.
_CHUNK_PIECES = st.sampled_from(
    [
        *("Reuters", "Monday", "iPhone", "UN", "A", "x", "al", "Ji", "hoon", "O", "Brien"),
        *(",", ".", ";", ":", "!", "?", ")", '"', "'", "\u2019", "-", "_", "(", "5", "\u0301"),
        *("é", "\u00c9", " ", "  ", "\n", "\t", "\u00a0"),
    ]
)


@settings(max_examples=500, deadline=None)
@given(text=st.lists(_CHUNK_PIECES, max_size=30).map("".join))
def test_name_words_read_from_a_chunk_s_letters_are_those_the_tokeniser_finds(text: str) -> None:
    assert name_tokens(text) == [t for t in word_tokens(text) if is_name_word(t)]


def test_a_capitalised_word_before_a_closing_mark_is_a_name_word_without_the_mark() -> None:
    text = 'Told (Kordia) "Halvor?" then Ostrem; later iPhone, al-Sadr.'
    assert [t.text for t in name_tokens(text)] == ["Told", "Kordia", "Halvor", "Ostrem", "al-Sadr"]


_ARABIC_PIECES = st.sampled_from(
    [
        *("Jamaat", "Jama'at", "Jama", "Katiba", "Katibat", "Kataib", "Liwa", "Jaysh", "Jaish"),
        *("Saraya", "Jabhat", "Tanzim", "Harakat", "JAMAAT", "jamaat", "Ansar", "Ahl", " "),
        *("al-", "Al-", "ul-", "wal-", "Haqq", "Sunna", "x", "-", "\n"),
    ]
)


@settings(max_examples=400)
@given(text=st.lists(_ARABIC_PIECES, max_size=20).map("".join))
def test_a_text_with_an_arabic_body_name_holds_one_of_its_opening_words(text: str) -> None:
    # What makes the words' test exact: no match where none of them stands.
    if actors._ARABIC_BODY.search(text) is not None:
        assert any(word in text for word in actors._ARABIC_BODY_WORDS)


def test_an_arabic_body_name_is_still_found() -> None:
    text = "Fighters of Katibat Ahl al-Wadi attacked the post, the army said.\n"
    found = {s.start: s.end for s in actors.actor_body_without_kind_word(SuggestContext(text))}
    start = text.index("Katibat")
    assert found.get(start) == text.index(" attacked")


def _starts_by_bits(text: str) -> dict[str, list[int]]:
    """Each kind's starts as the bits of each piece say (`_starts` before it kept each
    piece's kinds)."""
    index = piece_index(text)
    return {
        kind: sorted(
            at for piece, ats in index.items() if casualties._bits(piece) & bit for at in ats
        )
        for kind, bit in casualties._FIRST_BITS.items()
    }


def test_the_casualty_starts_of_every_sample_are_those_the_bits_give() -> None:
    for path in sorted(SAMPLES.glob("*.txt"))[:200]:
        text = path.read_text("utf-8")
        for _twice in range(2):  # (the second time from the pieces' kept kinds)
            ctx = SuggestContext(text)
            got = {kind: casualties._starts(ctx, kind) for kind in casualties._FIRST_BITS}
            assert got == _starts_by_bits(text)


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            [
                *("12", "1,200", "a", "an", "at", "least", "killed", "Killed", "number", "of"),
                *("bodies", "toll", "death", "among", "treated", "claimed", "x", " ", ", ", "\n"),
            ]
        ),
        max_size=25,
    ).map(" ".join)
)
def test_the_casualty_starts_are_those_the_bits_give(text: str) -> None:
    ctx = SuggestContext(text)
    assert {kind: casualties._starts(ctx, kind) for kind in casualties._FIRST_BITS} == (
        _starts_by_bits(text)
    )
