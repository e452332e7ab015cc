"""Turning a rough selection into the span an analyst meant.

Rules (documented in the README under "Tagging"):
- whitespace at either end is trimmed;
- a selection that starts or ends inside a word grows to the whole word
  ("twenty-two", "O'Brien" and "al-Hamdani" are one word each; combining marks,
  emoji modifiers and zero-width joiners stay with their base character);
- QUOTE spans hold the words spoken WITHOUT the enclosing quote marks: marks
  at the edges are dropped, and punctuation before a closing mark is kept
  ('"We will stay," she said' -> `We will stay,`);
- ACTOR and CASUALTY spans hold the name or the phrase without the punctuation
  around it: leading and trailing punctuation and quote marks are dropped
  (', Ana Lopes' -> `Ana Lopes`, '"FVF' -> `FVF`, '(FVF)' -> `FVF`), except a
  closing bracket whose opening bracket is inside the span ('Valdor Front
  (North)'), the full stop of an abbreviation ('U.N.', 'Corp.'), and a
  possessive ending loses its "'s" (`OCHA`'s);
- an ACTOR selection that stops at the hyphen of a compound modifier keeps that
  edge, as the guideline tags it ('US-backed' -> `US`, 'FVF-held' -> `FVF`, and
  'pro-Kharvelia' -> `Kharvelia`): the word across the hyphen is not a name's.
The same function gives the preview the article shows while the mouse drags
and the span stored when the label key is pressed.
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


# Labels whose spans are names or phrases: edge punctuation is not part of them.
ENTITY_LABELS = frozenset({"ACTOR", "CASUALTY"})
_OPENING_BRACKETS = "([{"
_CLOSING_BRACKETS = ")]}"
# Punctuation that is part of what follows or precedes it: "@MeridianWire", "#Valdor", "40%".
_KEPT_PUNCTUATION = frozenset("@#%&*")
# A trailing full stop that ends an abbreviation rather than the sentence.
_ABBREVIATIONS = frozenset({"Co", "Corp", "Inc", "Ltd", "Jr", "Sr", "St", "Bros", "Dr"})


def _edge_punctuation(ch: str) -> bool:
    """True for a character that is trimmed from the edges of an ACTOR or CASUALTY span."""
    if ch in QUOTE_MARKS:
        return True
    return unicodedata.category(ch).startswith("P") and ch not in _KEPT_PUNCTUATION


def _cluster_end(text: str, i: int) -> int:
    """The end of the grapheme cluster that starts at text[i]."""
    i += 1
    while _joined(text, i):
        i += 1
    return i


def _abbreviation_stop(text: str, start: int, stop: int) -> bool:
    """True when the '.' at text[stop] closes an abbreviation ("U.N.", "Corp.") inside the span."""
    word_start = stop
    while word_start > start and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:stop]
    if word in _ABBREVIATIONS:
        return True
    # "U.N." and "U.S.": single letters each followed by a full stop.
    letters = word.split(".")
    return len(letters) >= 2 and all(len(part) == 1 and part.isalpha() for part in letters)


def _bracket_opened_inside(text: str, start: int, stop: int) -> bool:
    """True when the closing bracket at text[stop] has its opening bracket in [start, stop)."""
    closer = text[stop]
    opener = _OPENING_BRACKETS[_CLOSING_BRACKETS.index(closer)]
    depth = 0
    for i in range(stop - 1, start - 1, -1):
        if text[i] == closer:
            depth += 1
        elif text[i] == opener:
            if depth == 0:
                return True
            depth -= 1
    return False


def _kept_at_end(text: str, start: int, last: int) -> bool:
    """True for a closing bracket opened inside the span or an abbreviation's full stop."""
    ch = text[last]
    if ch in _CLOSING_BRACKETS:
        return _bracket_opened_inside(text, start, last)
    return ch == "." and _abbreviation_stop(text, start, last)


def _possessive_ending(text: str, start: int, end: int) -> bool:
    """True when [start, end) ends in a possessive "'s" after a word ("OCHA's")."""
    return (
        end - start >= 3
        and text[end - 1] in "sS"
        and text[end - 2] in "'\u2019"
        and is_word_char(text[end - 3])
        and (end == len(text) or not text[end].isalnum())
    )


def trim_entity(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop edge punctuation, quote marks and whitespace from an ACTOR/CASUALTY range.

    Keeps a closing bracket whose opening bracket is inside, the full stop of
    an abbreviation, and cuts a possessive "'s" (see the module docstring).
    Grapheme clusters are never split. Returns an empty range when nothing
    but punctuation was selected.
    """
    while True:
        before = (start, end)
        while start < end and (
            text[start].isspace() or (_edge_punctuation(text[start]) and not _joined(text, start))
        ):
            start = _cluster_end(text, start)
        start = min(start, end)
        while end > start:
            last = _base(text, end - 1)
            ch = text[last]
            if ch.isspace():
                end = last
            elif _kept_at_end(text, start, last):
                break
            elif _edge_punctuation(ch):
                end = last
            elif _possessive_ending(text, start, end):
                end -= 2
            else:
                break
        if (start, end) == before:
            return start, end


def snap_selection(
    text: str, start: int, end: int, label: str | None = None, *, words: bool = True
) -> tuple[int, int]:
    """The span an analyst meant by selecting [start, end) for `label`.

    With `words` false only whitespace is trimmed (and combining marks are not
    split from their base), for character precision. QUOTE follows the quote
    convention, ACTOR and CASUALTY lose edge punctuation (module docstring);
    other labels are only snapped to words. The article calls this while the
    mouse drags to preview the extent, so what is shown is what is stored.
    """
    selected = trim_whitespace(text, start, end)
    start, end = snap_to_words(text, start, end) if words else selected
    if start < end:
        if label == "ACTOR" and words:
            start, end = _compound_edges(text, selected, start, end)
        if label == "QUOTE":
            start, end = snap_quote(text, start, end)
        elif label in ENTITY_LABELS:
            start, end = trim_entity(text, start, end)
    return (start, end) if start < end else (start, start)


_HYPHENS = frozenset("-\u2010\u2011")


def _compound_edges(text: str, selected: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """[start, end) grown to words, given back the edge the selection put at a hyphen
    whose other side is a lower-case word ('US|-backed', 'pro-|Kharvelia')."""
    first, last = selected
    if first >= last:
        return start, end
    if (
        first < last < end
        and text[last] in _HYPHENS
        and text[last - 1].isalnum()
        and last + 1 < len(text)
        and text[last + 1].islower()
    ):
        end = last
    if (
        start < first < last
        and text[first - 1] in _HYPHENS
        and text[first].isalnum()
        and first >= 2
        and text[first - 2].islower()
    ):
        start = first
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


def step_edge(
    text: str, start: int, end: int, edge: str, direction: int, label: str | None = None
) -> tuple[int, int]:
    """Move a span's `edge` ("start" or "end") one word left (-1) or right (+1).

    The start moves between word starts and the end between word ends; a span
    never becomes empty or leaves the text. For an ACTOR or CASUALTY (`label`)
    the end also takes what a selection would keep there: a closing bracket
    opened inside ("Valdor Front (North)"), an abbreviation's full stop; word
    ends alone stop at "(North" and can never reach the bracket. Returns the new
    (start, end), unchanged when there is nowhere to go.
    """
    if edge == "end" and label in ENTITY_LABELS:
        return _step_entity_end(text, start, end, direction)
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


def _step_entity_end(text: str, start: int, end: int, direction: int) -> tuple[int, int]:
    """`step_edge` of an ACTOR/CASUALTY end: word ends, each taking a kept bracket or stop."""

    def kept(position: int) -> int:
        while position < len(text) and _kept_at_end(text, start, position):
            position += 1
        return position

    moved = end
    while True:
        _, new_end = step_edge(text, start, moved, "end", direction)
        if new_end == moved:
            return start, end  # nowhere to go
        moved = new_end
        if (kept(moved) > end) if direction > 0 else (kept(moved) < end):
            return start, kept(moved)
