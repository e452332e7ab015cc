"""The default tokenizer for token-level exports (CoNLL, Hugging Face, spaCy, native JSONL).

Rules, in code points, end exclusive:
- whitespace separates tokens and is never part of one;
- a word is a run of letters and digits; "twenty-two", "O'Brien", "al-Hamdani",
  "3.5" and "1,000" stay whole (a joiner between two word characters);
- every other character is a token of its own, except that combining marks,
  zero-width joiners, variation selectors, emoji skin tones and tag characters
  stay with the character before them, a ZWJ sequence (a family emoji) is one
  token, and a pair of regional indicators (a flag) is one token;
- `boundaries` (span starts and ends) are extra split points, so every span of
  an export covers whole tokens exactly.
Python strings hold code points, so no token can split a surrogate pair.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain, repeat
from operator import add, lt, sub

# Possessive quantifiers (Python 3.11+): same tokens, about 10% less backtracking work.
_WORD = re.compile(r"\w++(?:(?:[-'\u2019\u2010\u2011._]|(?<=\d),(?=\d))\w++)*+|\S")
# Every character that `_merge` can join on (see `_attached` and `_regional`) is
# non-ASCII and neither a word character nor whitespace (checked over every code
# point of Unicode 14 when this was written). Texts without one need no merging.
_MERGE_CANDIDATE = re.compile(r"[^\x00-\x7f\w\s]")
_ZWJ = "\u200d"
_START = re.Match.start
_END = re.Match.end


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


def _attached(ch: str) -> bool:
    code = ord(ch)
    return (
        code == 0x200D
        or 0xFE00 <= code <= 0xFE0F
        or 0x1F3FB <= code <= 0x1F3FF
        or 0xE0020 <= code <= 0xE007F
        or unicodedata.category(ch).startswith("M")
    )


def _regional(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _merge(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join regex pieces that belong to one grapheme or one word (non-ASCII text only)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and out[-1][1] == start:
            prev_start, prev_end = out[-1]
            first, last = text[start], text[prev_end - 1]
            if (
                _attached(first)
                or last == _ZWJ
                or (_regional(first) and prev_end - prev_start == 1 and _regional(last))
                or (_word_char(first) and _attached(last) and _word_char(text[prev_start]))
            ):
                out[-1] = (prev_start, end)
                continue
        out.append((start, end))
    return out


def _needs_merge(text: str) -> bool:
    """Whether `text` holds a character `_merge` could join on."""
    return any(_attached(ch) or _regional(ch) for ch in set(_MERGE_CANDIDATE.findall(text)))


def token_offsets(text: str, boundaries: Iterable[int] = ()) -> list[tuple[int, int]]:
    """(start, end) of every token of `text` under the rules above."""
    spans = [m.span() for m in _WORD.finditer(text)]
    if not text.isascii() and _needs_merge(text):
        spans = _merge(text, spans)
    # Only a cut strictly inside a token splits it; span edges usually fall on
    # token edges already, so first drop those, in one pass over the edges.
    inner = set(boundaries)
    if not inner:
        return spans
    inner.difference_update(chain.from_iterable(spans))
    if not inner:
        return spans
    cuts = sorted(inner)
    out: list[tuple[int, int]] = []
    for start, end in spans:
        index = bisect_right(cuts, start)
        while index < len(cuts) and cuts[index] < end:
            out.append((start, cuts[index]))
            start = cuts[index]
            index += 1
        out.append((start, end))
    return out


def token_counts_at(text: str, offsets: Sequence[int]) -> tuple[int, list[int], list[int]]:
    """Count the tokens of `token_offsets(text)` around `offsets`, without listing them.

    Returns (number of tokens, started, ended): `started[k]` tokens start
    before `offsets[k]` and `ended[k]` end at or before it. So
    `started[j] - ended[k]` tokens overlap [offsets[k], offsets[j]) for k <= j,
    and `offsets[k]` falls strictly inside a token exactly when
    `started[k] - ended[k]` is 1. Offsets are code points, in any order.
    """
    if text.isascii() or not _needs_merge(text):
        return _counted_by_class(text, offsets)
    spans = token_offsets(text)
    token_starts = [s for s, _ in spans]
    token_ends = [e for _, e in spans]
    return (
        len(spans),
        [bisect_left(token_starts, p) for p in offsets],
        [bisect_right(token_ends, p) for p in offsets],
    )


_JOINERS = frozenset("-'\u2019\u2010\u2011.")  # what `_WORD` keeps between two word characters


class _CharClasses(dict[int, str]):
    """Code point -> its class for counting tokens without `_WORD` (see `_token_starts`).

    "d" a decimal digit (`\\d`), "a" any other word character (`\\w`), "s"
    whitespace (`\\s`), "j" a joiner, "c" a comma, "p" anything else. Filled
    as characters are first met, so `str.translate` can class any text.
    """

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch.isdecimal():
            kind = "d"
        elif ch.isalnum() or ch == "_":
            kind = "a"
        elif ch.isspace():
            kind = "s"
        else:
            kind = "j" if ch in _JOINERS else "c" if ch == "," else "p"
        self[code] = kind
        return kind


_CLASSES = _CharClasses()
for _code in range(128):
    _CLASSES[_code]  # ASCII known from the start
# After the commas between digits are glued: digits are words, other commas tokens alone.
_DIGITS_AS_WORDS = str.maketrans("dc", "ap")
_ONE_CHARACTER_TOKENS = str.maketrans("j", "p")
_STARTS_MARKED = str.maketrans("pA", "XX")


def _token_starts_marked(text: str) -> tuple[str, str]:
    """The text classed so that each token of `_WORD` starts at an "X", without matching.

    Returns (marked, glued), both led by one "s" so that position i of the
    text is position i + 1 in them. `glued` classes every character: "a" a
    character of a word token, "s" whitespace, "j"/"p" a token of one
    character. A word is a run of word characters and the joiners glued
    between them: a joiner between two word characters, a comma between two
    digits (each pattern is replaced twice, as one word character can sit
    between two joiners). In `marked` a token starts at each "X": every "j"
    and "p", and the first "a" of a run. A property test holds this equal to
    `_WORD`; it is several times faster, as no match object is made.
    """
    glued = "s" + text.translate(_CLASSES)
    if "c" in glued:
        glued = glued.replace("dcd", "ddd").replace("dcd", "ddd")
    glued = glued.translate(_DIGITS_AS_WORDS)
    if "j" in glued:
        glued = glued.replace("aja", "aaa").replace("aja", "aaa")
    marked = glued.translate(_ONE_CHARACTER_TOKENS).replace("sa", "sA").replace("pa", "pA")
    return marked.translate(_STARTS_MARKED), glued


def _counted_by_class(text: str, offsets: Sequence[int]) -> tuple[int, list[int], list[int]]:
    """`token_counts_at` for a text that needs no merging, from `_token_starts_marked`."""
    marked, glued = _token_starts_marked(text)
    n = len(text)
    clamped = offsets if not offsets or (min(offsets) >= 0 and max(offsets) <= n) else None
    if clamped is None:
        clamped = [min(max(p, 0), n) for p in offsets]
    edges = clamped if _increasing(clamped) else sorted(set(clamped))
    # Token starts before each edge: counted piece by piece between the edges, in C.
    ahead = list(map(add, edges, repeat(1)))  # position e of the text is e + 1 in `marked`
    started = list(accumulate(map(marked.count, repeat("X"), [0, *ahead[:-1]], ahead)))
    # Inside a token: between two characters of one word.
    inside = map(glued.startswith, repeat("aa"), edges)
    ended = list(map(sub, started, inside))
    if edges is not clamped:  # offsets unsorted or repeated: answer each in its place
        index = list(map(dict(zip(edges, range(len(edges)), strict=True)).__getitem__, clamped))
        started = list(map(started.__getitem__, index))
        ended = list(map(ended.__getitem__, index))
    return marked.count("X"), started, ended


def _increasing(values: Sequence[int]) -> bool:
    return all(map(lt, values, values[1:]))


def tokenize(text: str, boundaries: Iterable[int] = ()) -> list[Token]:
    """The tokens of `text`; see the module docstring for the rules."""
    return [Token(text[s:e], s, e) for s, e in token_offsets(text, boundaries)]
