"""The sentence splitter's pattern opens with the characters a sentence end begins with
(issue 16: the engine then skips to them instead of trying it at every character), and
finds exactly what its earlier form, a run of ".!?" or of line breaks, found."""

from __future__ import annotations

import re
import re._compiler as sre_compiler
import re._parser as sre_parser

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.suggest import text as suggest_text
from annotator.core.suggest.text import sentences
from bench.common import sample_texts

_EARLIER = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s)|\n+")

# What the two forms turn on: the stops, the closing marks, every kind of space (a line
# break among them), and letters.
_PARTS = st.sampled_from(
    [
        *(*".!?", "\n", "\n\n", " ", "\t", "\r", "\x0b", "\x1c", "\u00a0", "\u2028", "\u3000"),
        *('"', "'", "\u201d", "\u2019", ")", "]", "a", "B", "Dr", "No", "U.S", "..."),
    ]
)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in pattern.finditer(text)]


@given(text=st.lists(_PARTS, max_size=30).map("".join))
def test_the_sentence_ends_are_those_the_earlier_pattern_found(text: str) -> None:
    assert _found(suggest_text._SENTENCE_END, text) == _found(_EARLIER, text)


def test_the_sentence_ends_are_the_same_in_every_sample() -> None:
    for text in sample_texts():
        assert _found(suggest_text._SENTENCE_END, text) == _found(_EARLIER, text)
        assert sentences(text)  # (and the splitter still reads them)


def test_the_pattern_opens_with_the_characters_a_sentence_end_begins_with() -> None:
    pattern = suggest_text._SENTENCE_END
    parsed = sre_parser.parse(pattern.pattern, pattern.flags)
    prefix = sre_compiler._get_charset_prefix(parsed, pattern.flags)
    assert prefix is not None
    assert {chr(code) for _op, code in prefix} == set(".!?\n")
