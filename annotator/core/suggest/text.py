"""Sentences, words and runs of capitalised words: the little parsing the rules share.

Offsets are code points, end exclusive. Combining marks (a decomposed "é")
stay inside their word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Final, NamedTuple


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text`: how word lists are written here."""
    return frozenset(text.split())


_MARKS: Final = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_LETTER: Final = rf"[^\W\d_][\w{_MARKS}]*"
# Words with inner hyphens and apostrophes ("Osei-Bonsu", "O'Brien", "al-Wadi").
WORD: Final = re.compile(rf"{_LETTER}(?:[-'\u2019]{_LETTER})*|\d[\d,.]*\d|\d")
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS: Final = words(
    "dr mr mrs ms st gen col lt sgt capt maj prof rev fr no vs jan feb mar apr jun jul aug "
    "sep sept oct nov dec u.s u.n"
)
_SENTENCE_END: Final = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s)|\n+")


class Token(NamedTuple):
    """A word or number and its offsets (a tuple: a long article has many)."""

    text: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


Piece = tuple[str, int]
_PIECE: Final = re.compile(rf"[\w{_MARKS}]+")


def pieces(text: str) -> list[Piece]:
    """(piece, start) for every maximal run of letters, digits and combining marks."""
    return [(m.group(), m.start()) for m in _PIECE.finditer(text)]


class NameMatcher:
    """Finds whole-word occurrences of many names in one pass over a text's pieces.

    A name matches where it starts at a piece, is not preceded by a letter or a
    hyphen, and is not followed by a letter or by "-" and a capital. A
    possessive ("FVF's") and a hyphenated compound ("FVF-held") still match.
    Case-sensitive. Cost: linear in the pieces, plus the names sharing a first piece.
    """

    def __init__(self, names: Iterable[str]) -> None:
        self._by_first: dict[str, list[str]] = {}
        for name in set(names):
            first = _PIECE.match(name)
            if first is not None:
                self._by_first.setdefault(first.group(), []).append(name)
        for found in self._by_first.values():
            found.sort(key=len, reverse=True)

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def finditer(self, text: str, text_pieces: Sequence[Piece]) -> Iterator[tuple[int, int, str]]:
        """(start, end, name) of every match, in text order (longest first at one start)."""
        by_first = self._by_first
        for piece, start in text_pieces:
            candidates = by_first.get(piece)
            if candidates is None or (start > 0 and text[start - 1] in "-_"):
                continue
            for name in candidates:
                end = start + len(name)
                if not text.startswith(name, start):
                    continue
                after = text[end : end + 2]
                if after[:1] and (
                    after[0].isalnum()
                    or after[0] == "_"
                    or _is_mark(after[0])
                    or (after[0] == "-" and after[1:2].isupper())
                ):
                    continue
                yield start, end, name


def _is_mark(ch: str) -> bool:
    return bool(_PIECE.fullmatch(ch)) and not ch.isalnum() and ch != "_"


class Sentence(NamedTuple):
    start: int
    end: int


def word_tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and numbers of `text[start:end]` with their offsets in `text`."""
    stop = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in WORD.finditer(text, start, stop)]


def sentences(text: str) -> list[Sentence]:
    """Sentences by punctuation and line breaks; "Dr. X" and "No. 5" do not end one.

    Every paragraph (line) ends a sentence, so a headline is a sentence too.
    Sentences are trimmed of surrounding whitespace; empty ones are dropped.
    """
    out: list[Sentence] = []
    begin = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group().startswith("."):
            before = re.search(r"(\w+)$", text[begin : match.start()])
            word = before.group(1).lower() if before else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        cut = match.start() if match.group().startswith("\n") else match.end()
        _add_sentence(text, begin, cut, out)
        begin = match.end()
    _add_sentence(text, begin, len(text), out)
    return out


def _add_sentence(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(start, end))


def paragraph_bounds(text: str, offset: int) -> tuple[int, int]:
    """(start, end) of the line holding `offset`."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


# Lower-case pieces that may sit inside a name ("Sentinelles du Kabou",
# "Ansar al-Wadi", "Office for the Coordination of ...").
NAME_PARTICLES: Final = words("de du des del della da dos van von der la le bin ibn")
NAME_CONNECTORS: Final = words("of for the and in on")
_ARABIC_ARTICLE: Final = re.compile(r"^(?:al|el|ad|ash|as|at|an|ar)-[A-Z]")


def is_name_word(token: Token) -> bool:
    """A word that can be part of a proper name: capitalised, or "al-Wadi".

    A compound whose last part is lower-case ("US-backed", "Houthi-run",
    "FVF-held") describes what follows; it is not part of a name.
    """
    text = token.text
    if "-" in text and not text.rsplit("-", 1)[1][:1].isupper():
        return False
    return token.capitalised or bool(_ARABIC_ARTICLE.match(text))


@dataclass(frozen=True)
class NameRun:
    """Consecutive name words on one line, joined by single spaces or particles."""

    tokens: tuple[Token, ...]

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    @property
    def words(self) -> list[str]:
        return [t.text for t in self.tokens]


def _joined(text: str, left: Token, right: Token) -> bool:
    return text[left.end : right.start] == " "


def name_runs(text: str, tokens: list[Token], *, connectors: bool = True) -> list[NameRun]:
    """Maximal runs of name words; with `connectors`, "of/for/the/and" may join two of them."""
    runs: list[NameRun] = []
    named = [is_name_word(t) for t in tokens]
    # joined[j]: token j follows token j - 1 after exactly one space.
    joined = [False] + [text[a.end : b.start] == " " for a, b in pairwise(tokens)]
    allowed = NAME_PARTICLES | (NAME_CONNECTORS if connectors else frozenset())
    n = len(tokens)
    i = 0
    while i < n:
        if not named[i]:
            i += 1
            continue
        run = [tokens[i]]
        j = i + 1
        while j < n and joined[j]:
            if named[j]:
                run.append(tokens[j])
                j += 1
                continue
            # Particles and connectors only count when a name word follows them.
            k = j
            while k < n and tokens[k].text in allowed and (k == j or joined[k]):
                k += 1
            # "A and the B" is two names, never one ("Air Forces and the Saudi-led").
            crosses = any(
                tokens[m].text == "and" and tokens[m + 1].text == "the" for m in range(j, k - 1)
            )
            if j < k < n and joined[k] and named[k] and not crosses:
                run.extend(tokens[j : k + 1])
                j = k + 1
                continue
            break
        runs.append(NameRun(tuple(run)))
        i = j
    return runs


def is_sentence_start(text: str, offset: int) -> bool:
    """True when only quote marks, brackets or dashes separate `offset` from a sentence start."""
    i = offset - 1
    while i >= 0 and text[i] in " \t\"'\u201c\u2018\u00ab(-\u2013\u2014":
        i -= 1
    return i < 0 or text[i] in ".!?\n:"
