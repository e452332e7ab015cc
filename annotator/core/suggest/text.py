"""Sentences, words and runs of capitalised words: the little parsing the rules share.

Offsets are code points, end exclusive. Combining marks (a decomposed "é")
stay inside their word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import pairwise
from operator import itemgetter
from typing import Final, NamedTuple


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text`: how word lists are written here."""
    return frozenset(text.split())


def word_table(*rows: tuple[str, str]) -> dict[str, str]:
    """Each word of each row's whitespace-separated words -> that row's value: a table
    written as (value, "word word ...") rows."""
    return {word: value for value, listed in rows for word in listed.split()}


def longest_first(word: str) -> tuple[int, str]:
    """Sort key for the alternatives of a pattern built from a word set: longer words
    first (so a longer word wins over its prefix), ties in a fixed order, so the pattern's
    text is the same in every process (a set's order changes with the hash seed)."""
    return -len(word), word


_MARKS: Final = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_LETTER: Final = rf"[^\W\d_][\w{_MARKS}]*"
# Words with inner hyphens and apostrophes ("Osei-Bonsu", "O'Brien", "al-Wadi").
WORD: Final = re.compile(rf"{_LETTER}(?:[-'\u2019]{_LETTER})*|\d[\d,.]*\d|\d")
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS: Final = words(
    "dr mr mrs ms st gen col lt sgt capt maj prof rev fr no vs jan feb mar apr jun jul aug "
    "sep sept oct nov dec u.s u.n th kh ch sh md "
    # titles and ranks before a name ("Brig. Gen. X", "Gov. X", "Supt. X", "Rt. Hon. X")
    "brig gov sen rep supt insp cpl pvt pte adm cmdr cdr amb mgr rt hon messrs"
)
_LONGEST_ABBREVIATION: Final = max(len(a) for a in _ABBREVIATIONS)
# (the list, for the speaker rules' own sentence ends)
ABBREVIATIONS: Final = _ABBREVIATIONS
# A run of ".!?" (closing marks after it) before a space, or of line breaks: written to open
# with the characters either begins with, so that the engine skips to them instead of
# trying the pattern at every character of the text (the same matches as
# `[.!?]+["'\u201d\u2019)\]]*(?=\s)|\n+`).
_SENTENCE_END: Final = re.compile(
    r"[.!?\n](?:(?<=[.!?])[.!?]*[\"'\u201d\u2019)\]]*(?=\s)|(?<=\n)\n*)"
)


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


def pieces(text: str, start: int = 0, end: int | None = None) -> list[Piece]:
    """(piece, start) for every maximal run of letters, digits and combining marks
    (of `text[start:end]`, offsets in `text`)."""
    stop = len(text) if end is None else end
    return [(m.group(), m.start()) for m in _PIECE.finditer(text, start, stop)]


PieceIndex = dict[str, list[int]]


def piece_index(text: str) -> PieceIndex:
    """Every piece of `text` (as `pieces` cuts it) and the sorted offsets where it stands:
    one pass over the text, after which a name's first piece is found by a lookup."""
    index: PieceIndex = {}
    # (a list made for each piece and dropped where the piece was seen: fewer
    # instructions than a lookup and a test, the pieces' first-seen order kept)
    add = index.setdefault
    for m in _PIECE.finditer(text):
        add(m[0], []).append(m.start())
    return index


class NameMatcher:
    """Finds whole-word occurrences of many names in one pass over a text's pieces.

    A name matches where it starts at a piece, is not preceded by a letter or a
    hyphen (but for the hyphen of a prefix: "pro-Kinshasa", "anti-Houthi"), and is not
    followed by a letter or by "-" and a capital. A possessive ("FVF's") and a
    hyphenated compound ("FVF-held") still match. Case-sensitive. Cost: linear in the
    pieces, plus at each offset of a first piece the names sharing it, or, where many
    do, the lengths of those that go on as the text does (never their number: "K. X").
    """

    def __init__(self, names: Iterable[str]) -> None:
        self._by_first: dict[str, list[str]] = {}
        for name in set(names):
            first = _PIECE.match(name)
            if first is not None:
                self._by_first.setdefault(first.group(), []).append(name)
        for found in self._by_first.values():
            found.sort(key=len, reverse=True)
        # A first piece's many names split by their next two characters and grouped by
        # length (`_split`), made as `find_all` first meets the piece.
        self._split: dict[str, tuple[int, dict[str, _ByLength], _ByLength]] = {}

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def table(self) -> dict[str, list[str]]:
        """What the matcher looks names up in, as plain data: each name's first piece to
        the names starting with it, longest first (`from_table` makes it again)."""
        return {first: list(names) for first, names in self._by_first.items()}

    @classmethod
    def from_table(cls, table: dict[str, list[str]]) -> NameMatcher:
        """The matcher whose `table()` is `table` (taken, not copied): no name is read
        again. The caller vouches that `table()` made it."""
        matcher = cls(())
        matcher._by_first = table
        return matcher

    def finditer(self, text: str, text_pieces: Sequence[Piece]) -> Iterator[tuple[int, int, str]]:
        """(start, end, name) of every match, in text order (longest first at one start)."""
        by_first = self._by_first
        for piece, start in text_pieces:
            candidates = by_first.get(piece)
            if candidates is not None:
                yield from _matches_at(text, start, candidates)

    def find_all(self, text: str, index: PieceIndex) -> list[tuple[int, int, str]]:
        """What `finditer` yields over the whole text, found through `piece_index(text)`:
        only the offsets of the names' first pieces are visited."""
        by_first = self._by_first
        found: list[tuple[int, int, str]] = []
        append = found.append
        startswith = text.startswith
        # The first pieces both hold, intersected in C: a gazetteer's matcher has thousands,
        # an article hundreds, and few of either are in the other. (In any order: two
        # matches at one offset share their first piece, and the sort below orders them.)
        for piece in by_first.keys() & index.keys():
            candidates = by_first[piece]
            split = None
            if len(candidates) >= _SPLIT_FROM:
                split = self._split.get(piece)
                if split is None:
                    split = self._split[piece] = _split(piece, candidates)
            # `_matches_at` written out: it runs at every offset of a frequent first
            # piece ("The", "National"), where a generator each cost more than the test.
            for start in index[piece]:
                if start > 0 and text[start - 1] in "-_" and not _after_prefix(text, start - 1):
                    continue
                if split is None:
                    for name in candidates:
                        if not startswith(name, start):
                            continue
                        end = start + len(name)
                        if _word_goes_on(text, end):
                            continue
                        append((start, end, name))
                    continue
                # Only the names that go on as the text does after the piece (and those too
                # short to say): "al" heads some fifty names of a gazetteer. Then one
                # lookup per length, not one test per name: names may share the
                # characters after the piece too ("K. Dorvanel", "K. Asmuriko", "Mr. X").
                at = start + split[0]
                for length, names in split[1].get(text[at : at + 2], split[2]):
                    end = start + length
                    name = text[start:end]
                    if name in names and not _word_goes_on(text, end):
                        append((start, end, name))
        # By start, then longest first: two stable sorts on keys made in C (one offset
        # and end make one match: no two differ in their name alone).
        found.sort(key=_END, reverse=True)
        found.sort(key=_START)
        return found


_START: Final = itemgetter(0)
_END: Final = itemgetter(1)

# Names sharing a first piece from which `find_all` splits them by what follows it.
_SPLIT_FROM: Final = 8


# Names of one length, for each length, longest first: at one offset at most one name of
# a length stands, found by a lookup of the text's slice of that length.
_ByLength = list[tuple[int, frozenset[str]]]


def _by_length(names: list[str]) -> _ByLength:
    lengths: dict[int, set[str]] = {}
    for name in names:
        lengths.setdefault(len(name), set()).add(name)
    return [(length, frozenset(lengths[length])) for length in sorted(lengths, reverse=True)]


def _split(first: str, names: list[str]) -> tuple[int, dict[str, _ByLength], _ByLength]:
    """(length of `first`, the names by their two characters after `first`, the names
    without two characters there), each group of names by length: each group of the table
    also holds the short names, as whatever follows `first` in a text they may match. A
    name can stand at an offset only if the text goes on there with its two characters,
    so a lookup by the text's two leaves out no match (`find_all` sorts its matches: their
    order here is no matter)."""
    after = len(first)
    short = [name for name in names if len(name) < after + 2]
    by_next: dict[str, list[str]] = {}
    for name in names:
        if len(name) >= after + 2:
            by_next.setdefault(name[after : after + 2], []).append(name)
    return (
        after,
        {key: _by_length(found + short) for key, found in by_next.items()},
        _by_length(short),
    )


# Prefixes a name keeps its own after: "pro-Kinshasa", "anti-Houthi", "ex-FARC" name the
# body; "al-Shabaab" or "Jean-Pierre" are one name, not a prefix and a name.
_NAME_PREFIXES: Final = frozenset({"pro", "anti", "ex", "non"})


def _after_prefix(text: str, hyphen: int) -> bool:
    """True when the hyphen at `hyphen` ends a prefix word such as "pro" or "anti"."""
    begin = hyphen
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    return text[begin:hyphen].lower() in _NAME_PREFIXES and (
        begin == 0 or not (text[begin - 1].isalnum() or text[begin - 1] in "-_")
    )


def _matches_at(text: str, start: int, candidates: list[str]) -> Iterator[tuple[int, int, str]]:
    """The `candidates` (longest first) that stand as whole words at `start`."""
    if start > 0 and text[start - 1] in "-_" and not _after_prefix(text, start - 1):
        return
    for name in candidates:
        end = start + len(name)
        if not text.startswith(name, start) or _word_goes_on(text, end):
            continue
        yield start, end, name


def _word_goes_on(text: str, end: int) -> bool:
    """True when the word does not end at `end`: a letter, digit, "_" or mark follows, or a
    hyphen before a capital ("Houthi-Saudi" is not "Houthi" alone)."""
    after = text[end : end + 2]
    return bool(after[:1]) and (
        after[0].isalnum()
        or after[0] == "_"
        or _is_mark(after[0])
        or (after[0] == "-" and after[1:2].isupper())
    )


def _is_mark(ch: str) -> bool:
    # (no ASCII character is a mark: the test after most names, without the pattern)
    return not ch.isascii() and bool(_PIECE.fullmatch(ch)) and not ch.isalnum() and ch != "_"


class Sentence(NamedTuple):
    start: int
    end: int


def word_tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and numbers of `text[start:end]` with their offsets in `text`."""
    stop = len(text) if end is None else end
    # (each Token made as `name_tokens` makes it: the named tuple's own constructor is a
    # Python call per word)
    new = tuple.__new__
    return [new(Token, (m[0], m.start(), m.end())) for m in WORD.finditer(text, start, stop)]


def sentences(text: str) -> list[Sentence]:
    """Sentences by punctuation and line breaks; "Dr. X" and "No. 5" do not end one.

    Every paragraph (line) ends a sentence, so a headline is a sentence too.
    Sentences are trimmed of surrounding whitespace; empty ones are dropped.
    """
    out: list[Sentence] = []
    begin = 0
    for match in _SENTENCE_END.finditer(text):
        if text[match.start()] == "." and _abbreviation_before(text, begin, match.start()):
            continue
        cut = match.start() if match.group().startswith("\n") else match.end()
        _add_sentence(text, begin, cut, out)
        begin = match.end()
    _add_sentence(text, begin, len(text), out)
    return out


def _abbreviation_before(text: str, begin: int, end: int) -> bool:
    """True when the word ending at `end` (not before `begin`) is an abbreviation or a
    single letter ("Dr", "No", "U"): its full stop does not end the sentence. Looks at
    a handful of characters, never the whole sentence."""
    i = end
    # (`_is_word_char` written out: this runs at every full stop of the text)
    while (
        i > begin
        and end - i <= _LONGEST_ABBREVIATION
        and (text[i - 1].isalnum() or text[i - 1] == "_")
    ):
        i -= 1
    if i == end or (i > begin and _is_word_char(text[i - 1])):
        return False  # no word, or one longer than any abbreviation
    word = text[i:end].lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _add_sentence(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(start, end))


def finditer_between(
    pattern: re.Pattern[str], text: str, anchor: re.Pattern[str], barriers: str
) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` yields, searched only between the `barriers`
    characters around each match of `anchor`.

    For a pattern that cannot match without `anchor` matching inside it and never
    matches across a barrier: a long article's stretches without the anchor are skipped
    rather than tried at every position. The caller vouches for both, and for the
    barriers being non-word characters that the pattern's look-arounds never need to see
    past (the search stops at the barrier as at the end of the text).
    """
    done = 0  # the stretches before this offset are searched
    for hit in anchor.finditer(text):
        at = hit.start()
        if at < done:
            continue
        begin = max(done, *(text.rfind(b, done, at) + 1 for b in barriers))
        ends = [found for b in barriers if (found := text.find(b, at)) >= 0]
        done = min(ends) if ends else len(text)
        yield from pattern.finditer(text, begin, done)


def finditer_from(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` yields, given offsets among which every match of
    `pattern` starts (more do no harm): the pattern is tried at those alone, in order,
    each match's end skipped past as `finditer` does. For a pattern that never matches
    the empty string, whose matches a cheaper search can place."""
    reached = 0
    match = pattern.match
    for start in sorted(set(starts)):
        if start < reached:
            continue
        found = match(text, start)
        if found is not None:
            reached = found.end()
            yield found


def occurrences(text: str, literals: Iterable[str], skip: int = 0) -> Iterator[int]:
    """The offsets `skip` characters into every occurrence of each of `literals` in `text`
    (overlapping ones too; literal by literal, not in text order): for `finditer_from`,
    the starts of a pattern each of whose matches starts there (`str.find` skips the
    stretches in between far faster than the pattern's engine tries every offset)."""
    find = text.find
    for literal in literals:
        at = find(literal)
        while at >= 0:
            yield at + skip
            at = find(literal, at + 1)


def paragraph_bounds(text: str, offset: int) -> tuple[int, int]:
    """(start, end) of the line holding `offset`."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


# Lower-case pieces that may sit inside a name ("Sentinelles du Kabou",
# "Ansar al-Wadi", "Office for the Coordination of ...", Hausa "dan Baba" and Tuareg
# "ag Alhassane", Kikuyu "wa Njoroge", "son of", Bengali "o", "and": "Ain o Salish Kendra").
NAME_PARTICLES: Final = words(
    "de du des del della da das do dos van von der den ter la le bin bint ibn ben ould ag dan wa"
    " los las por y o"
    # an Arabic article written apart: "Jamaat al Muslimeen", "Ahl al Sunna wal Jamaa"
    " al wal"
    # ... and the "daughter of" beside each "son of": Hassaniya "mint" (ould), Tamasheq
    # "welet" / "walet" (ag), Malay "binti" (bin)
    " mint welet walet binti"
)
NAME_CONNECTORS: Final = words(
    "of for the and in on "
    # French names' small words, which English prose never puts between two names:
    # "Résistance pour un État de Droit au Burundi", "Union pour la Démocratie et le Progrès"
    "pour un une au aux et contre"
)
_ARABIC_ARTICLE: Final = re.compile(r"^(?:al|el|ad|ash|as|at|an|ar)-[A-Z]")


# Lower-case last parts of a compound that English puts after a name to describe something
# else ("US-made", "Taliban-era", "Ebola-hit", "Far-right"): with those ending in "-ed"
# ("Houthi-held") and those over five letters ("Kurdish-majority"), never a name's part.
_COMPOUND_TAILS: Final = words(
    "run made born built grown known style type era wide free like class grade end long old "
    "up down in out off over on back elect chief large rate hit torn hand line side war "
    "year day days time term range level scale wing right left bound proof only party "
    "state city zone area aid based owned armed fire rule post point"
)


def _syllable_tail(word: str) -> bool:
    """True for a name whose parts after a hyphen are short lower-case syllables of a
    romanised name ("Ji-hoon", "Eun-young", "Sama-ae", "Wae-asae"): the first part
    capitalised (no prefix such as "Anti-"), each later part at most five letters, none
    an English compound's last word (`_COMPOUND_TAILS`, "-ed")."""
    head, _, rest = word.partition("-")
    if len(head) < 2 or not head[0].isupper() or head.lower() in _NAME_PREFIXES:
        return False
    for part in rest.split("-"):
        if not (
            0 < len(part) <= 5
            and part.isalpha()
            and part.islower()
            and part not in _COMPOUND_TAILS
            and not part.endswith("ed")
        ):
            return False
    return True


def is_name_word(token: Token) -> bool:
    """A word that can be part of a proper name: capitalised, or "al-Wadi".

    A compound whose last part is lower-case ("US-backed", "Houthi-run",
    "FVF-held") describes what follows; it is not part of a name, unless its lower-case
    parts are a romanised name's short syllables (`_syllable_tail`: "Park Ji-hoon").
    """
    text = token.text
    if "-" in text and not text.rsplit("-", 1)[1][:1].isupper():
        return _syllable_tail(text)
    return token.capitalised or bool(_ARABIC_ARTICLE.match(text))


class NameRun(NamedTuple):
    """Consecutive name words on one line, joined by single spaces or particles
    (a tuple: a long article has many). Made by `of`; `start` and `end` are those of its
    first and last tokens, kept as fields: the rules read them tens of times per run."""

    tokens: tuple[Token, ...]
    start: int
    end: int

    @classmethod
    def of(cls, tokens: Sequence[Token]) -> NameRun:
        """The run of `tokens` (at least one)."""
        return cls(tuple(tokens), tokens[0].start, tokens[-1].end)

    @property
    def words(self) -> list[str]:
        return [t.text for t in self.tokens]


# From the first ASCII capital or non-ASCII character of a whitespace-free chunk to its
# end: every name word holds a capital ("al-Wadi" too), so only the chunks these reach
# are tokenised. (A set of ranges the engine tests fast, where a class of letters is
# tested by each character's category.)
_NOT_ASCII_NOR_SPACE: Final = (
    "\u0080-\u0084\u0086-\u009f\u00a1-\u167f\u1681-\u1fff\u200b-\u2027\u202a-\u202e"
    "\u2030-\u205e\u2060-\u2fff\u3001-\U0010ffff"
)
_MAY_HOLD_A_NAME: Final = re.compile(rf"[A-Z{_NOT_ASCII_NOR_SPACE}]\S*")
# Marks that never go on a word (nor join two: "'" and "-" may), at a chunk's end.
_CLOSING: Final = frozenset(',.;:!?)"')


def name_tokens(text: str) -> list[Token]:
    """The tokens of `text` that are name words (`is_name_word`), in text order.

    The same tokens as filtering `word_tokens(text)`, found by tokenising only the
    whitespace-free chunks that can hold one, those with an upper-case letter (a token
    never spans whitespace, so a chunk tokenises as it would inside the whole text)."""
    found: list[Token] = []
    append = found.append
    new = tuple.__new__
    tokenize = WORD.finditer
    arabic = _ARABIC_ARTICLE.match
    for hit in _MAY_HOLD_A_NAME.finditer(text):
        start, end = hit.span()
        while start > 0 and not text[start - 1].isspace():
            start -= 1  # the chunk's start ("(Reuters", "x-Ray")
        # Most chunks are one word of ASCII letters, or one before a stop or a comma
        # ("Reuters", "Monday."): what the tokeniser would find in them is told by their
        # characters, without it (a token of letters ends only where its letters do).
        chunk = text[start:end]
        if chunk.isascii():
            if chunk.isalpha():
                if chunk[0].isupper():
                    append(new(Token, (chunk, start, end)))
                continue
            if chunk[-1] in _CLOSING and chunk[:-1].isalpha():
                if chunk[0].isupper():
                    append(new(Token, (chunk[:-1], start, end - 1)))
                continue
        for m in tokenize(text, start, end):
            word = m[0]
            # is_name_word, written out: it runs at every word of a capitalised chunk
            if (
                "-" in word
                and not word.rsplit("-", 1)[1][:1].isupper()
                and not _syllable_tail(word)
            ):
                continue
            if word[0].isupper() or arabic(word):  # (a word is never empty)
                at, after = m.span()
                append(new(Token, (word, at, after)))
    return found


def name_runs(
    text: str, tokens: Sequence[Token] | None = None, *, connectors: bool = True
) -> list[NameRun]:
    """Maximal runs of name words on one line, joined by single spaces or particles;
    with `connectors`, "of/for/the/and/in/on" may join two of them too.

    `tokens` are the name words (`name_tokens(text)`, computed when not given; other
    tokens passed are ignored). Two name words join when only single spaces and
    joining words lie between them, and never across "and the" ("A and the B" is
    two names: "Air Forces and the Saudi-led").
    """
    with_connectors, bare = both_name_runs(text, tokens)
    return with_connectors if connectors else bare


def both_name_runs(
    text: str, tokens: Sequence[Token] | None = None
) -> tuple[list[NameRun], list[NameRun]]:
    """`name_runs` with and without connectors, from one pass over the name words."""
    named = name_tokens(text) if tokens is None else [t for t in tokens if is_name_word(t)]
    return runs_of_names(text, named)


def runs_of_names(text: str, named: Sequence[Token]) -> tuple[list[NameRun], list[NameRun]]:
    """`both_name_runs` from the text's name words (`name_tokens(text)`), not filtered again.
    A run holds the joining words between its name words ("Office", "for", "the", ...)."""
    wide = NAME_PARTICLES | NAME_CONNECTORS
    is_wide = wide.issuperset  # (every word of a gap a joining word: one call, no loop)
    # A run is made as `NameRun.of` makes it, written out: a long article has tens of
    # thousands, and the named tuple's own constructor is a Python call each.
    new = tuple.__new__
    wide_runs: list[NameRun] = []
    bare_runs: list[NameRun] = []
    wide_run: list[Token] = []
    bare_run: list[Token] = []
    previous_end = -2
    for token in named:
        start = token.start
        if (start == previous_end + 1 and text[previous_end] == " ") or (
            start == previous_end + 2
            and text[previous_end - 1 : previous_end + 2] in ("s' ", "s\u2019 ")
        ):
            # one space, or a plural possessive ("Tribal Leaders' Forum"): one name in both
            wide_run.append(token)
            bare_run.append(token)
        else:
            # Only words that may join ("of", "the", "de") are worth cutting into tokens;
            # most gaps hold a verb or more ("Lind said on Monday the Front").
            joining = (
                _joining_words(text, previous_end, start)
                if start - previous_end <= 60
                and is_wide(text[previous_end + 1 : start - 1].split(" "))
                else None
            )
            # (joining words are all `wide` ones: only such gaps are cut into words)
            if wide_run and joining is not None:
                wide_run.extend(joining)
                wide_run.append(token)
            else:
                if wide_run:
                    wide_runs.append(
                        new(NameRun, (tuple(wide_run), wide_run[0].start, wide_run[-1].end))
                    )
                wide_run = [token]
            if bare_run and joining is not None and all(t.text in NAME_PARTICLES for t in joining):
                bare_run.extend(joining)
                bare_run.append(token)
            else:
                if bare_run:
                    bare_runs.append(
                        new(NameRun, (tuple(bare_run), bare_run[0].start, bare_run[-1].end))
                    )
                bare_run = [token]
        previous_end = token.end
    if wide_run:
        wide_runs.append(new(NameRun, (tuple(wide_run), wide_run[0].start, wide_run[-1].end)))
    if bare_run:
        bare_runs.append(new(NameRun, (tuple(bare_run), bare_run[0].start, bare_run[-1].end)))
    return wide_runs, bare_runs


def _joining_words(text: str, end: int, start: int) -> list[Token] | None:
    """The words between two name words when only single spaces separate them (and no
    "and the", which never joins: "Air Forces and the Saudi-led" is two names), else None."""
    if start - end < 3 or start - end > 60 or text[end] != " " or text[start - 1] != " ":
        return None
    words: list[Token] = []
    at = end + 1
    for word in text[end + 1 : start - 1].split(" "):
        if not word or not word.isalpha() or not word.islower():
            return None  # two spaces, punctuation, a number: not one name
        words.append(Token(word, at, at + len(word)))
        at += len(word) + 1
    if any(a.text == "and" and b.text == "the" for a, b in pairwise(words)):
        return None
    return words


def is_sentence_start(text: str, offset: int) -> bool:
    """True when only quote marks, brackets or dashes separate `offset` from a sentence start."""
    i = offset - 1
    while i >= 0 and text[i] in " \t\"'\u201c\u2018\u00ab(-\u2013\u2014":
        i -= 1
    if i >= 0 and text[i] == "]" and i + 1 < offset:
        # a bracketed marker opening a line: "[Photo 9 of 9] Fatima Assane cooks ..."
        opening = text.rfind("[", max(0, i - 40), i)
        if opening >= 0 and (opening == 0 or text[opening - 1] == "\n"):
            return "\n" not in text[opening:i]
    return i < 0 or text[i] in ".!?\n:"
