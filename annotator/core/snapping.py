"""Turning a rough selection into the span an analyst meant.

Rules (documented in the README under "Tagging"):
- whitespace at either end is trimmed;
- a selection that starts or ends inside a word grows to the whole word
  ("twenty-two", "O'Brien" and "al-Hamdani" are one word each; combining marks,
  emoji modifiers and zero-width joiners stay with their base character);
- QUOTE spans hold the words spoken WITHOUT the enclosing quote marks: marks
  at the edges are dropped, and punctuation before a closing mark is kept
  ('"We will stay," she said' -> `We will stay,`).
Offsets are code points, end exclusive.
"""

from __future__ import annotations

import unicodedata

OPENING_QUOTES = "\"'\u201c\u2018\u00ab\u201e\u201a\u2039\u300c"
CLOSING_QUOTES = "\"'\u201d\u2019\u00bb\u201c\u203a\u300d"
QUOTE_MARKS = frozenset(OPENING_QUOTES + CLOSING_QUOTES)
# Characters that join two word characters into one word.
_JOINERS = frozenset("-'\u2019\u2010\u2011._")
_TRAILING_PUNCTUATION = frozenset(",.;:!?\u2026-\u2013\u2014)]")


def _attached(ch: str) -> bool:
    """Characters that belong to the character before them (marks, ZWJ, selectors, skin tones)."""
    code = ord(ch)
    return (
        unicodedata.category(ch).startswith("M")
        or code == 0x200D
        or 0xFE00 <= code <= 0xFE0F
        or 0x1F3FB <= code <= 0x1F3FF
        or 0xE0020 <= code <= 0xE007F
    )


def _regional(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def _joined(text: str, i: int) -> bool:
    """True when position i (between text[i-1] and text[i]) splits a grapheme cluster.

    An approximation of UAX #29 that covers news text: marks, selectors and
    skin tones join the character before them, a ZWJ also joins the
    character after it (unless that is whitespace), and regional indicators pair up into flags.
    """
    if i <= 0 or i >= len(text):
        return False
    before, after = text[i - 1], text[i]
    if _attached(after) or (before == "\u200d" and not after.isspace()):
        return True
    if _regional(before) and _regional(after):
        run = 0
        while i - 1 - run >= 0 and _regional(text[i - 1 - run]):
            run += 1
        return run % 2 == 1
    return False


def _base(text: str, i: int) -> int:
    """The index of the first character of the grapheme cluster holding text[i]."""
    while _joined(text, i):
        i -= 1
    return i


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or _attached(ch)


def _word_before(text: str, i: int) -> bool:
    """True when the cluster that ends at position i is part of a word."""
    return i > 0 and is_word_char(text[_base(text, i - 1)])


def _possessive(text: str, i: int) -> bool:
    """True when text[i:] starts with a possessive "'s" (or "’s") that ends a word."""
    return (
        text[i] in "'’"
        and i + 1 < len(text)
        and text[i + 1] in "sS"
        and (i + 2 == len(text) or not text[i + 2].isalnum())
    )


def _inside_word(text: str, i: int) -> bool:
    """True when position i (between text[i-1] and text[i]) splits a word or a cluster."""
    if i <= 0 or i >= len(text):
        return False
    if _joined(text, i):
        return True
    before, after = text[i - 1], text[i]
    if after.isalnum() and _word_before(text, i):
        return True
    # "twenty-two": a joiner with word characters on both sides.
    if after in _JOINERS and _word_before(text, i) and i + 1 < len(text):
        if _possessive(text, i):
            return False  # "OCHA's": the name ends before the possessive
        return text[i + 1].isalnum()
    if before in _JOINERS and after.isalnum():
        return _word_before(text, i - 1)
    return False


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop whitespace at both ends, with any marks that sit on that whitespace."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start < end and text[_base(text, start)].isspace():
        start += 1
    while end > start and text[_base(text, end - 1)].isspace():
        end = _base(text, end - 1)
    return start, end


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow [start, end) to whole words and trim whitespace; returns (start, end).

    Returns an empty range (start == end) when the selection holds only
    whitespace. A grapheme cluster (emoji sequence, letter with marks) is
    never split.
    """
    start, end = _trim(text, start, end)
    if start == end:
        return start, start
    while _inside_word(text, start):
        start -= 1
    while _inside_word(text, end):
        end += 1
    return start, end


def trim_whitespace(text: str, start: int, end: int) -> tuple[int, int]:
    """Only trim whitespace, for character-precise selections (snapping off).

    Grapheme clusters are still never split.
    """
    start, end = _trim(text, start, end)
    if start == end:
        return start, start
    while _joined(text, start):
        start -= 1
    while _joined(text, end):
        end += 1
    return start, end


def _quote_edge(text: str, i: int) -> bool:
    """True when the cluster holding text[i] is a quote mark or whitespace."""
    base = text[_base(text, i)]
    return base in QUOTE_MARKS or base.isspace()


def snap_quote(text: str, start: int, end: int) -> tuple[int, int]:
    """Apply the QUOTE convention to an already word-snapped range."""
    while True:
        while start < end and _quote_edge(text, start):
            start += 1
        while end > start and _quote_edge(text, end - 1):
            end = max(start, _base(text, end - 1))
        # '“We stay”,' selected: the comma after the closing mark is not spoken.
        probe = end
        while probe > start and text[probe - 1] in _TRAILING_PUNCTUATION:
            probe -= 1
        if start < probe < end and text[_base(text, probe - 1)] in CLOSING_QUOTES:
            end = _base(text, probe - 1)
            continue
        break
    if start == end:
        return start, start
    # Keep punctuation that sits before the closing mark: it belongs to the quote.
    probe = end
    while probe < len(text) and text[probe] in _TRAILING_PUNCTUATION:
        probe += 1
    if probe > end and probe < len(text) and text[probe] in CLOSING_QUOTES:
        end = probe
    return start, end


def snap_selection(
    text: str, start: int, end: int, label: str | None = None, *, words: bool = True
) -> tuple[int, int]:
    """The span an analyst meant by selecting [start, end) for `label`.

    With `words` false only whitespace is trimmed (and combining marks are not
    split from their base), for character precision.
    """
    start, end = snap_to_words(text, start, end) if words else trim_whitespace(text, start, end)
    if label == "QUOTE" and start < end:
        start, end = snap_quote(text, start, end)
    return start, end


def _word_starts_and_ends(text: str, lo: int, hi: int) -> tuple[list[int], list[int]]:
    starts, ends = [], []
    for i in range(max(0, lo), min(len(text), hi) + 1):
        left_word = i > 0 and is_word_char(text[i - 1])
        right_word = i < len(text) and is_word_char(text[i])
        if right_word and not _inside_word(text, i):
            starts.append(i)
        if left_word and not _inside_word(text, i):
            ends.append(i)
    return starts, ends


def step_edge(text: str, start: int, end: int, edge: str, direction: int) -> tuple[int, int]:
    """Move a span's `edge` ("start" or "end") one word left (-1) or right (+1).

    The start moves between word starts and the end between word ends; a span
    never becomes empty or leaves the text. Returns the new (start, end),
    unchanged when there is nowhere to go.
    """
    window = 200
    if edge == "start":
        if direction < 0:
            starts, _ = _word_starts_and_ends(text, start - window, start - 1)
            while not starts and start - window > 0:
                window *= 4
                starts, _ = _word_starts_and_ends(text, start - window, start - 1)
            return (starts[-1], end) if starts else (start, end)
        starts, _ = _word_starts_and_ends(text, start + 1, end - 1)
        return (starts[0], end) if starts else (start, end)
    if direction > 0:
        _, ends = _word_starts_and_ends(text, end + 1, end + window)
        while not ends and end + window < len(text):
            window *= 4
            _, ends = _word_starts_and_ends(text, end + 1, end + window)
        return (start, ends[0]) if ends else (start, end)
    _, ends = _word_starts_and_ends(text, start + 1, end - 1)
    return (start, ends[-1]) if ends else (start, end)
