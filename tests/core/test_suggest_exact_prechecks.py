"""Cheap tests made before a costly search (issue 16, PERF9) reject only what the search
could never find: the suggestions are the same with and without them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.suggest import casualties
from annotator.core.suggest.base import SuggestContext

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
