"""Normalising imported text, so that stored offsets mean the same thing everywhere.

Qt folds "\\r\\n" into one position and turns "\\r", U+2028 and U+2029 into line
breaks; lone surrogates cannot be encoded. Every importer passes its text
through `normalise_text` before a Document is made, so the stored text is
exactly what every offset (ours, Qt's after conversion, an export's) refers to.
"""

from __future__ import annotations

import re
import unicodedata

from annotator.core.boilerplate import boilerplate_ranges

# C0 controls other than tab and newline, DEL, and lone surrogates.
_DROP = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
# Anything either pattern above would change: one scan tells whether normalising is needed.
_NEEDS_WORK = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029\ud800-\udfff]")
_SENTENCE_END = (".", "!", "?", ";", ":", ",")


def normalise_text(text: str) -> str:
    """Return `text` with every line break as "\\n" and unstorable characters removed.

    "\\r\\n", lone "\\r", U+0085, U+2028 and U+2029 become "\\n"; NUL and other
    control characters except tab and newline are dropped, as are lone
    surrogates. Nothing else changes: no Unicode normalisation, no trimming,
    so an article's characters are kept as written.
    """
    if _NEEDS_WORK.search(text) is None:
        return text  # the common case, about six times faster than the substitutions
    return _DROP.sub("", _LINE_BREAKS.sub("\n", text))


def headline(text: str) -> str | None:
    """The first line of `text` when it looks like a headline, else None.

    A headline is a non-empty first line of at most 200 characters and 30
    words that does not end like a sentence (., !, ?, :, ; or ,) and is
    followed by a blank line or by the end of the text, or, without the blank
    line, one that `looks_like_headline` above the paragraph after it. A
    question is a headline too where a blank line (or the end) follows it.

    Page furniture opening a scraped page (a breadcrumb "Home > News > Kaduna", a
    masthead, a "View this email in your browser" line: `boilerplate_ranges`) is
    passed over first, so that the document list shows the article's headline.
    """
    ranges = boilerplate_ranges(text)
    if ranges and ranges[0][0] == 0:
        after = text[ranges[0][1] :].lstrip()
        # ... and so is a date line under the masthead ("Lima, Dec. 3", "Thursday,
        # December 4th 2026 - 10:21 UTC"): a page's date, not its headline
        for _ in range(2):
            line, _sep, rest = after.partition("\n")
            if not _is_date_line(line):
                break
            after = rest.lstrip()
        found = _headline_at_start(after)
        if found is not None:
            return found
    found = _headline_at_start(text)
    if found is None:
        found = _headline_over_furniture(text, ranges)
    if found is None:
        found = _headline_in_header(text)
    return found


# How many lines a document's header (a masthead, a country, a court's name, a case
# number, a date) may hold above its body before `_headline_in_header` gives up.
_MAX_HEADER_LINES = 12


def _headline_in_header(text: str) -> str | None:
    """The headline inside a header above the body, where the first line is not it: a
    sitrep under its country ("DEMOCRATIC REPUBLIC OF THE CONGO" over "South Kivu:
    Clashes in ..."), a paper's page under its masthead, tagline and section, a court's
    summary under the court's name and a case number.

    Only a document that opens with a line in capitals (a country, a masthead, a court)
    has such a header. The header is the blocks of lines, each closed by a blank line,
    above the body: the body starts at a line longer than a headline may be, a list item,
    a line in lower case (a sentence wrapped onto it) or a line of eight words or more
    that ends like a sentence, and the block holding it is no header. The headline is the
    header's longest line of at least four words that does not end like a sentence and
    is not a byline or a date, a line in mixed case before one in capitals only; None
    where there is no such header or line, so that hard-wrapped text, a poem, a list or a
    table keeps its file name as the title.
    """
    # (only the first lines: a long import is not split whole for its title)
    head = text.split("\n", _MAX_HEADER_LINES + 1)[: _MAX_HEADER_LINES + 1]
    lines = [raw.strip() for raw in head]
    opening = next((line for line in lines if line), "")
    if not (opening.isupper() and len(opening) > 2):
        return None
    best: str | None = None
    block: list[str] = []
    for line in lines:
        if not line:
            for candidate in block:  # a block closed by a blank line is header
                if best is None or (not candidate.isupper(), len(candidate)) > (
                    not best.isupper(),
                    len(best),
                ):
                    best = candidate
            block = []
            continue
        words = len(line.split())
        if (
            len(line) > 120
            or _LIST_ITEM.match(line)
            or line[0].islower()
            or (words >= 8 and _PARAGRAPH_END.search(line) is not None)
        ):
            return best
        if not (
            words < 4
            or line.endswith(_SENTENCE_END)
            or not (line[0].isupper() or line[0].isdigit())
            or line.lower().startswith("by ")
            or _is_date_line(line)
        ):
            block.append(line)
    return best  # no body within the first lines: their closed blocks are the header


# A list item opening a line: a dash, a bullet or a number and a stop ("- More than",
# "\u2022 Access", "1. On 1 December").
_LIST_ITEM = re.compile(r"(?:[-\u2022*\u2013]\s|\d{1,3}[.)]\s)")


def _headline_over_furniture(text: str, ranges: list[tuple[int, int]]) -> str | None:
    """The first line when page furniture right under it (share buttons: "Share" over
    "Save") stands between it and the body: the line is judged against what follows the
    furniture, as if the buttons were not there."""
    first_end = text.find("\n")
    if first_end <= 0:
        return None
    under = next((r for r in ranges if r[0] >= first_end), None)
    if under is None or text[first_end : under[0]].strip():
        return None
    return _headline_at_start(text[:first_end] + "\n" + text[under[1] :].lstrip(" \t\r\n"))


# The words of a date or a time: months (full or cut, with or without a dot), weekdays,
# numbers with their ordinal endings, clock times and zones.
_DATE_WORD = re.compile(
    r"(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,4}(?:st|nd|rd|th)?,?"
    r"|\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|utc|gmt|[ap]\.?m\.?|\d{1,2}/\d{1,2}/\d{2,4})"
)


def _is_date_line(line: str) -> bool:
    """True for a short line that is a date, perhaps after a place and with a time
    ("Lima, Dec. 3", "Thursday, December 4th 2026 - 10:21 UTC", "21/11/2026"): its words
    are date words but for at most one other (the place), and at least one is a number."""
    words = [w.strip(",;|-\u2013\u2014") for w in line.split()]
    words = [w for w in words if w]
    if not words or len(words) > 8 or not any(ch.isdigit() for ch in line):
        return False
    others = [w for w in words if not _DATE_WORD.fullmatch(w)]
    dated = len(words) - len(others)
    return len(others) <= 1 and (dated >= 2 or (dated == 1 and "/" in words[0]))


def _headline_at_start(text: str) -> str | None:
    first, sep, rest = text.partition("\n")
    first = first.strip()
    if not first or len(first) > 200 or len(first.split()) > 30:
        return None
    following = rest.split("\n", 1)[0].strip() if sep else ""
    if first.endswith(_SENTENCE_END) and (following or not first.endswith("?")):
        # (a question standing alone above a blank line is a headline: "Why is Taiz still
        # divided, ten years on?", "Explainer: Who is X?")
        return None
    if following and not looks_like_headline(first, following):
        return None
    return first


# How a paragraph (not a headline or a list item) ends: a full stop, a question or
# exclamation mark, or a colon, possibly inside closing quotes or brackets.
_PARAGRAPH_END = re.compile(r"[.!?:\u2026][\"'\u201d\u2019\u00bb)\]]*$")


def looks_like_headline(line: str, following: str) -> bool:
    """True when `line`, directly followed by the line `following`, reads as a headline.

    For articles whose headline is not followed by a blank line: the line is
    short (at most 120 characters and 16 words), starts with a capital, a
    digit or a letter without case, does not end like a sentence, and the
    next line is a longer paragraph that ends like one.
    """
    line, following = line.strip(), following.strip()
    if not line or not following or len(line) > 120 or len(line.split()) > 16:
        return False
    if line.endswith(_SENTENCE_END) or line[0].islower():
        return False
    return len(following) > len(line) and _PARAGRAPH_END.search(following) is not None


def title_from_filename(stem: str) -> str:
    """A readable title from a file name: '03-shelling_in-kherson' -> '03 shelling in kherson'."""
    return re.sub(r"[_\-]+", " ", unicodedata.normalize("NFC", stem)).strip() or stem


def normalise_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """Normalise `text` and say where each old offset lands in the new text.

    Returns (new_text, mapping) where mapping[i] is the new offset of old
    offset i (0 <= i <= len(text)), or None when nothing changed. Used when an
    imported record carries spans whose offsets refer to the raw text.
    """
    new = normalise_text(text)
    if new == text:
        return text, None
    mapping: list[int] = []
    out = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        mapping.append(out)
        if ch == "\r" and i + 1 < n and text[i + 1] == "\n":
            # "\r\n" becomes one "\n": both old positions map to it.
            mapping.append(out)
            out += 1
            i += 2
            continue
        if not _DROP.match(ch):
            out += 1
        i += 1
    mapping.append(out)
    return new, mapping
