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


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or _attached(ch)


def _inside_word(text: str, i: int) -> bool:
    """True when position i (between text[i-1] and text[i]) splits a word."""
    if i <= 0 or i >= len(text):
        return False
    before, after = text[i - 1], text[i]
    if _attached(after):
        return True
    if is_word_char(before) and is_word_char(after):
        return True
    # "twenty-two": a joiner with word characters on both sides.
    if after in _JOINERS and is_word_char(before) and i + 1 < len(text):
        return is_word_char(text[i + 1])
    if before in _JOINERS and is_word_char(after) and i >= 2:
        return is_word_char(text[i - 2])
    return False


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow [start, end) to whole words and trim whitespace; returns (start, end).

    Returns an empty range (start == end) when the selection holds only
    whitespace.
    """
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return start, start
    while _inside_word(text, start):
        start -= 1
    while _inside_word(text, end):
        end += 1
    return start, end


def trim_whitespace(text: str, start: int, end: int) -> tuple[int, int]:
    """Only trim whitespace, for character-precise selections (snapping off)."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while 0 < start < len(text) and _attached(text[start]):
        start -= 1
    while end < len(text) and _attached(text[end]):
        end += 1
    return start, end


def snap_quote(text: str, start: int, end: int) -> tuple[int, int]:
    """Apply the QUOTE convention to an already word-snapped range."""
    while start < end and (text[start] in QUOTE_MARKS or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in QUOTE_MARKS or text[end - 1].isspace()):
        end -= 1
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
