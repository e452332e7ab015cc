"""Sentences, words and runs of capitalised words: the little parsing the rules share.

Offsets are code points, end exclusive. Combining marks (a decomposed "é")
stay inside their word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final


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


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


@dataclass(frozen=True)
class Sentence:
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
    """A word that can be part of a proper name: capitalised, or "al-Wadi"."""
    return token.capitalised or bool(_ARABIC_ARTICLE.match(token.text))


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
    i = 0
    while i < len(tokens):
        if not is_name_word(tokens[i]):
            i += 1
            continue
        run = [tokens[i]]
        j = i + 1
        while j < len(tokens) and _joined(text, tokens[j - 1], tokens[j]):
            word = tokens[j]
            if is_name_word(word):
                run.append(word)
                j += 1
                continue
            # Particles and connectors only count when a name word follows them.
            k = j
            allowed = NAME_PARTICLES | (NAME_CONNECTORS if connectors else frozenset())
            while (
                k < len(tokens)
                and tokens[k].text in allowed
                and _joined(text, tokens[k - 1], tokens[k])
            ):
                k += 1
            if (
                j < k < len(tokens)
                and _joined(text, tokens[k - 1], tokens[k])
                and is_name_word(tokens[k])
            ):
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
