"""QUOTE rules: words between quote marks, without the marks.

Marks are told apart by what is around them, not by their shape, so a
straight opening mark closed by a curly one still pairs. A quote that runs
on into the next paragraph, which reopens with a mark (the wire-service
convention), is one span that includes the break and the reopening mark.
Double and single marks are paired independently, which gives a quote
inside a quote its own span.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from annotator.core.suggest.base import SuggestContext, Suggestion, rule

DOUBLE_MARKS: Final = '"\u201c\u201d\u201e\u00ab\u00bb'
SINGLE_MARKS: Final = "'\u2018\u2019\u201a\u2039\u203a"
_ONLY_OPEN: Final = "\u201c\u201e\u00ab\u2018\u201a\u2039"
_ONLY_CLOSE: Final = "\u201d\u00bb\u2019\u203a"
_BEFORE_OPEN: Final = " \t\n([{\u2014\u2013-/:" + "\u201c\u2018\"'\u00ab"
_AFTER_CLOSE: Final = " \t\n)]}.,;:!?\u2014\u2013-/\u2026" + "\u201d\u2019\"'\u00bb"
# A quote this long without a closing mark is a stray mark, not a quote.
MAX_QUOTE_CHARS: Final = 3000
MAX_SINGLE_QUOTE_CHARS: Final = 500
# Quoted titles and names are not speech.
_NOT_SPEECH_BEFORE: Final = re.compile(
    r"(?:headlines?|headlined|titled|entitled|slogan|hashtag|so-called|dubbed|"
    r"nicknamed|code-?named|known as|the word|the term|banner reading|sign reading"
    # a name or a label, not speech: "known locally as the", "goes by the name", "uses
    # the alias", "calls itself the", "a practice residents call a", "a post by the
    # account", "has been declared a"
    r"|known (?:locally |widely |popularly |internally |officially )?as(?: the| an?)?"
    # ... and a nickname known to an audience ("Known to listeners as "Tita Nora"")
    r"|known to (?:\w+ ){1,3}as"
    # ... or known in a place, a tongue or a circle ('known in Baluchi as "sukhtbar"',
    # 'a gang known in Venezuela as "sindicatos"', 'a man known in the area as "Dan K."')
    r"|known in (?:\w+ ){1,3}as"
    r"|(?:go|goes|going|went) by the name|the alias|by the (?:handle|account|channel)|alias"
    # (a call sign or code name before its marks, never before a colon: 'under his call
    # sign: "We are pinned down ..."' is the radio message, a quote)
    r"|nom de guerre|(?:call[- ]?sign|code ?name)(?=[\s,]*$)"
    r"|(?:calls|calling|called|signed|signs|signing) (?:itself|themselves)"
    r"(?: as)?(?: the| an?)?|(?:they|residents|locals|people) call (?:it |them )?(?:the|an?)"
    r"|(?:been|was|were) declared (?:the|an?))"
    r"[\s,:]*$",
    re.IGNORECASE,
)
# The last letters of _NOT_SPEECH_BEFORE's words, and what each matches when case is
# ignored ("\u017f" is an "s" to the engine): keep with the pattern.
_NOT_SPEECH_LAST: Final = frozenset("eEsSdDnNgGmMaAtTlLfF\u017f")


def _not_speech_before(text: str, begin: int, end: int) -> bool:
    """`_NOT_SPEECH_BEFORE.search(text, begin, end)`, searched only when the window's last
    character before its spaces, commas and colons can end one of its words (the search
    tries every offset of the window, before every pair of marks)."""
    i = end
    while i > begin and (text[i - 1].isspace() or text[i - 1] in ",:"):
        i -= 1  # (`str.isspace` is the engine's "\s")
    if i > begin and text[i - 1] == ".":
        # a list's alias: 'X (a.k.a. "El Cuervo"; a.k.a. "Yoyo")' (tested without a search)
        return text.endswith(("a.k.a.", "A.K.A."), begin, i)
    if i == begin or text[i - 1] not in _NOT_SPEECH_LAST:
        return False
    return _NOT_SPEECH_BEFORE.search(text, begin, end) is not None


# A name in marks, not speech: a few capitalised words after a determiner ('the "Caucasian
# Knot" correspondent', 'a "State of New Caledonia"', 'the self-proclaimed "Ambazonia"
# state', 'its "General Staff"'), or a title in marks before a name ('publicity secretary
# "Captain" Dipankar Neog'). Words a group is called by after a verb of naming ('what the
# government calls "Tancol"', 'it called "Christians"') stay quotes.
_DETERMINER_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:the|a|an|its|their|his|her|our)\s+(?:self-[a-z]+\s+)?$", re.IGNORECASE
)
_CAPITALISED_NAME: Final = re.compile(
    r"(?:[A-Z][\w'\u2019.-]*|of|the|and|de|del|la|al|el)(?:\s+(?:[A-Z][\w'\u2019.-]*|of|the"
    r"|and|de|del|la|al|el)){0,4}"
)
_NAME_AFTER: Final = re.compile(r"\s+[A-Z][a-z]+")


def _name_in_marks(text: str, start: int, end: int, opened: int, closed: int) -> bool:
    if end - start > 60 or not text[start].isupper():
        return False
    name = _CAPITALISED_NAME.fullmatch(text, start, end)
    if name is None or text[end - 1] == ".":
        return False
    return (
        _DETERMINER_BEFORE.search(text, max(0, opened - 24), opened) is not None
        or _NAME_AFTER.match(text, closed + 1) is not None
    )


def _can_open(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace() and not (text[i] == "\u00ab" and after != "\n"):
        return False  # (French typography spaces its guillemets: "« Nous ... »")
    before = text[i - 1] if i > 0 else "\n"
    return text[i] in _ONLY_OPEN or before in _BEFORE_OPEN


def _can_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    if before.isspace() and not (text[i] == "\u00bb" and before != "\n"):
        return False
    after = text[i + 1] if i + 1 < len(text) else " "
    return text[i] in _ONLY_CLOSE or after in _AFTER_CLOSE


def _is_apostrophe(text: str, i: int) -> bool:
    """An apostrophe inside a word ("neighbour’s", "don't"), never a quote mark."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and after.isalnum()


def _reopens(text: str, newline: int, marks: str) -> int | None:
    """Position of the mark that reopens the quote at the next paragraph, if any."""
    j = newline
    while j < len(text) and text[j].isspace():
        j += 1
    if j < len(text) and text[j] in marks and _can_open(text, j):
        return j
    return None


_STOPS: dict[str, re.Pattern[str]] = {}


def pair_marks(
    text: str, marks: str, *, max_chars: int, multi_paragraph: bool
) -> list[tuple[int, int]]:
    """(open, close) positions of paired quote marks drawn from `marks`.

    Only the marks and the line breaks are visited (one regular-expression search
    from each to the next), so the cost follows the number of marks, not of characters.
    """
    stops = _STOPS.get(marks)
    if stops is None:
        stops = _STOPS[marks] = re.compile("[\n" + re.escape(marks) + "]")
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    search = stops.search
    found = search(text)
    while found is not None:
        i = found.start()
        ch = text[i]
        if ch == "\n":
            if opened is not None:
                reopen = _reopens(text, i, marks) if multi_paragraph else None
                if reopen is None:
                    opened = None  # the quote never closed: a stray mark
                else:
                    found = search(text, reopen + 1)
                    continue
        elif not (ch in "'\u2019" and _is_apostrophe(text, i)):
            if opened is not None and _can_close(text, i) and i > opened + 1:
                pairs.append((opened, i))
                opened = None
            elif _can_open(text, i):
                opened = i
            if opened is not None and i - opened > max_chars:
                opened = None
        found = search(text, i + 1)
    return pairs


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _quote_suggestions(
    ctx: SuggestContext, marks: str, name: str, **options: int
) -> Iterator[Suggestion]:
    text = ctx.text
    for opened, closed in pair_marks(
        text,
        marks,
        max_chars=options["max_chars"],
        multi_paragraph=bool(options["multi_paragraph"]),
    ):
        if _not_speech_before(text, max(0, opened - 30), opened):
            continue
        start, end = _trimmed(text, opened + 1, closed)
        if start < end and _name_in_marks(text, start, end, opened, closed):
            continue
        if start < end and any(c.isalnum() for c in text[start:end]):
            yield Suggestion(start, end, "QUOTE", {"kind": "direct"}, name)


@rule(
    "quote_double_marks", "QUOTE", 'Text between double marks: "…", “…”, „…“, «…», and mixed pairs.'
)
def quote_double_marks(ctx: SuggestContext) -> Iterator[Suggestion]:
    yield from _quote_suggestions(
        ctx, DOUBLE_MARKS, "quote_double_marks", max_chars=MAX_QUOTE_CHARS, multi_paragraph=1
    )


@rule(
    "quote_single_marks",
    "QUOTE",
    "Text between single marks ‘…’ or '…' (quotes inside quotes, headlines); "
    "apostrophes inside words are skipped.",
)
def quote_single_marks(ctx: SuggestContext) -> Iterator[Suggestion]:
    yield from _quote_suggestions(
        ctx,
        SINGLE_MARKS,
        "quote_single_marks",
        max_chars=MAX_SINGLE_QUOTE_CHARS,
        multi_paragraph=0,
    )
