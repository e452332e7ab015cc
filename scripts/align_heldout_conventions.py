"""Set the minority gold spans of settled shapes to the dev convention, in marked-up articles.

The dev gold is made consistent from time to time (sessions 64-68: EXT68, the CAS34-CAS39
slip fixes, the lead's fixes): spans of one shape written against the guideline or the large
dev majority are set to it. This script finds those shapes in the inline mark-up of
`scripts/build_gold.py` and rewrites them, one class at a time, so that the held-out gold can
be scored under the same conventions without anybody reading it:

    python scripts/align_heldout_conventions.py FOLDER --counts-only [--fix]

With `--counts-only` it prints, per class, how many spans it found and in which articles (by
number only); nothing of the text. Without it (refused on a held-out folder) it also prints
each span with a little context, for checking the classes on dev. `--fix` writes the marked
files back; the plain text of every file stays byte-identical (only braces move), which the
script checks before it writes.

The rewrite is mechanical: it reads only the mark-up, never suggester output, and it is
applied to every instance of a class whatever direction it moves a figure. A move is skipped
(and counted as skipped) where another mark opens or closes inside the stretch a brace would
cross, so nesting is never changed.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a file too

from scripts.build_gold import Mark, read_marks  # noqa: E402


@dataclass
class Article:
    marked: str
    text: str
    marks: list[Mark]
    # marked index of each plain character
    where: list[int] = field(default_factory=list)


def read(marked: str) -> Article:
    """Parse the mark-up as build_gold does, keeping where each brace stands."""
    read = read_marks(marked, "marked")
    return Article(marked, read.text, read.marks, read.where)


def _count_low(header: str) -> int | None:
    low = header.split("#", 1)[0].split(":")[1]
    return None if low == "-" else int(low)


@dataclass
class Edit:
    """A new extent for a mark (or its removal, or a new header)."""

    mark: Mark
    start: int | None = None
    end: int | None = None
    header: str | None = None
    remove: bool = False


# A class reads the article and yields edits. Each is named for the dev convention it applies.
Rule = Callable[[Article, Mark], Edit | None]

_FORCED_TO_FLEE = re.compile(
    r"(?:forced|forcing|forces|force)\s+(?=\S.*\bto\s+(?:flee|leave|seek\s+refuge)\b)", re.S
)
_FLEE_THEIR_HOMES = re.compile(r"\bto\s+flee(\s+(?:their|his|her)\s+(?:homes?|villages?))$")
_FREED_BEFORE = re.compile(r"\b(?:rescued|freed|released|rescuing|freeing|releasing)\s+$")
_PART_OF_CAPTIVES = re.compile(r"\S+(?:\s+\S+)?\s+of\s+(?:the|those)\s+", re.S)
_TAILS = re.compile(
    r"\b(?:killed|dead|deaths|wounded|injured|died|hurt)"
    r"(\s+(?:in|near|during|on|inside|outside|from|at(?!\s+(?:least|most)\b))"
    r"(?:\s+\S+){1,6})$"
    r"|\b(?:wounded|injured|hit|killed)(\s+by\s+(?:a\s+)?stray\s+bullets?)$"
    r"|\bheld(\s+since\s+\S+)$"
)
# A tail that holds a count, a harm word or a clause's words is more than a place or a time
# ("Killed in the strike were three villagers", "killed in attacks that wounded five").
_NOT_A_TAIL = re.compile(
    r"\d|\b(?:were|was|are|is|had|have|has|and|or|who|which|that|as|killed|dead|deaths|"
    r"wounded|injured|died|hurt|missing|abducted|displaced|among|including)\b"
    # a count in words ("put the number of dead at nineteen", 1100): the figure's own count
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|scores)\b",
    re.I,
)
_NUMBER_OF_BEFORE = re.compile(r"\bnumber\s+(?:of\s+)?$", re.I)
_THE_NUMBER_OF = re.compile(r"the\s+(?=number\s+of\s)", re.I)
_AMONG_BEFORE = re.compile(
    r"\bAmong\s+the\s+(?:dead|wounded|injured|killed|victims|missing|abducted|casualties)"
    r"\s+(?:were|was|are|is|included|include)\s+$",
    re.I,
)
_A_TOTAL_OF_BEFORE = re.compile(r"(?:^|(?<=\W))[Aa]\s+total\s+of\s+$")
_OF_THEM_END = re.compile(r"\S(\s+of\s+them)$")
_OPENING_MARKS = {"'": "'", '"': '"', "\u2018": "\u2019", "\u201c": "\u201d"}
_BURIED_BODIES = re.compile(r"buried\s+(?=\S+(?:\s+\S+){0,3}\s+bodies\b)")
_BODIES_OF_THE_DEAD = re.compile(
    r"(?:the\s+)?bodies\s+of\s+(?=\S+\s+of\s+the\s+(?:dead|killed|victims)$)", re.I
)
_DESK_WORD = re.compile(r"(\s+(?:Bureau|Staff|Correspondent|Desk|News\s+Desk))$")
_THE_OUTLET = re.compile(r"The\s+(?=\S)")
_TITLES = re.compile(r"(?:Qari|Mawlawi|Maulvi)\s+(?=\S)")
_GOVERNOR_OF_BEFORE = re.compile(r"\bgovernor\s+of\s+$", re.I)


def _before(article: Article, mark: Mark, reach: int = 80) -> str:
    return article.text[max(0, mark.start - reach) : mark.start]


def _body(article: Article, mark: Mark) -> str:
    return article.text[mark.start : mark.end]


def forced_to_flee_from_count(article: Article, mark: Mark) -> Edit | None:
    """'forced N to flee' starts at the count (e3c5ba38) and leaves 'their homes' out."""
    if mark.label != "CASUALTY":
        return None
    body = _body(article, mark)
    opening = _FORCED_TO_FLEE.match(body)
    tail = _FLEE_THEIR_HOMES.search(body)
    if not opening and not tail:
        return None
    return Edit(
        mark,
        start=mark.start + opening.end() if opening else None,
        end=mark.end - len(tail.group(1)) if tail else None,
    )


def freed_captives_from_verb(article: Article, mark: Mark) -> Edit | None:
    """'rescued N of the abducted ...' starts at the verb (79309458; session 28 point e)."""
    if mark.label != "CASUALTY" or not _PART_OF_CAPTIVES.match(_body(article, mark)):
        return None
    verb = _FREED_BEFORE.search(_before(article, mark))
    if not verb:
        return None
    return Edit(mark, start=mark.start - (len(_before(article, mark)) - verb.start()))


def ends_at_casualty_word(article: Article, mark: Mark) -> Edit | None:
    """A figure ends at its casualty word, a place or time after it left out: '21 killed'
    without 'in encounters', '11 deaths' without 'in custody', 'A boy was wounded' without
    'by a stray bullet', 'people who had been held' without 'since 2022' (549cd29d), 'three
    journalists killed' without 'in El Fasher' (3a3e4613): the smallest phrase."""
    if mark.label != "CASUALTY":
        return None
    tail = _TAILS.search(_body(article, mark))
    if not tail:
        return None
    cut = next(g for g in tail.groups() if g)
    if tail.group(1) and _NOT_A_TAIL.search(cut):
        return None
    return Edit(mark, end=mark.end - len(cut))


def number_of_from_number(article: Article, mark: Mark) -> Edit | None:
    """'put the number of <harm> at N' starts at 'number' (36d5a66f)."""
    if mark.label != "CASUALTY":
        return None
    before = _before(article, mark)
    lead = _NUMBER_OF_BEFORE.search(before)
    if lead:
        return Edit(mark, start=mark.start - (len(before) - lead.start()))
    the = _THE_NUMBER_OF.match(_body(article, mark))
    if the:
        return Edit(mark, start=mark.start + the.end())
    return None


def among_the_dead_from_among(article: Article, mark: Mark) -> Edit | None:
    """'Among the dead were ...' starts at 'Among' (f18150d1; the guideline's inverted form)."""
    if mark.label != "CASUALTY":
        return None
    before = _before(article, mark)
    lead = _AMONG_BEFORE.search(before)
    if not lead:
        return None
    return Edit(mark, start=mark.start - (len(before) - lead.start()))


def a_total_of_in(article: Article, mark: Mark) -> Edit | None:
    """'A total of N' is part of the figure (387ea865; the guideline)."""
    if mark.label != "CASUALTY":
        return None
    before = _before(article, mark)
    lead = _A_TOTAL_OF_BEFORE.search(before)
    if not lead:
        return None
    return Edit(mark, start=mark.start - (len(before) - lead.start()))


def of_them_out(article: Article, mark: Mark) -> Edit | None:
    """A figure of a number above one ends before 'of them' (b5d8a679, 255bc6cc; REVIEW67G
    counted 10 of 10)."""
    if mark.label != "CASUALTY":
        return None
    low = _count_low(mark.header)
    tail = _OF_THEM_END.search(_body(article, mark))
    if not tail or low is None or low <= 1:
        return None
    return Edit(mark, end=mark.end - len(tail.group(1)))


_SAME_KIND_PART = re.compile(
    r"(?i)(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) of (?:them|whom)"
    r"(?: (?:was|were|had been|have been|had))?(?: later)?"
    r" (?P<harm>shot dead|shot|wounded|injured|hurt|killed|died|dead|executed|beheaded"
    r"|with (?:a )?gunshot wounds?)\b"
)
_PART_KILLED = {"shot dead", "killed", "died", "dead", "executed", "beheaded"}


def same_kind_part_out(article: Article, mark: Mark) -> Edit | None:
    """A part of the same kind as the count before it in its sentence ("nine killed, four of
    them beheaded", "Eleven people were hurt, one of them shot") only says how and is no
    figure (session 72, point 1: 5 of 7 dev parts of that kind left out)."""
    if mark.label != "CASUALTY":
        return None
    part = _SAME_KIND_PART.match(_body(article, mark))
    if not part:
        return None
    text = article.text
    sentence_start = max(text.rfind(". ", 0, mark.start), text.rfind("\n", 0, mark.start))
    before = [
        m
        for m in article.marks
        if m.label == "CASUALTY" and sentence_start < m.start and m.end <= mark.start
    ]
    if not before:
        return None
    count = max(before, key=lambda m: m.end)
    kind = "killed" if part.group("harm").lower() in _PART_KILLED else "injured"
    if count.header.split(":")[3].split("#")[0] != kind:
        return None
    return Edit(mark, remove=True)


def quoted_harm_from_mark(article: Article, mark: Mark) -> Edit | None:
    """A figure whose harm word is in marks ('"neutralized" 11 gang members') starts at the
    opening mark (ce98507c; dev 3 of 3)."""
    if mark.label != "CASUALTY" or mark.start == 0:
        return None
    opening = article.text[mark.start - 1]
    closing = _OPENING_MARKS.get(opening)
    if not closing:
        return None
    word = re.match(r"[\w-]+", _body(article, mark))
    if not word or not _body(article, mark)[word.end() :].startswith(closing):
        return None
    return Edit(mark, start=mark.start - 1)


def bodies_without_burial(article: Article, mark: Mark) -> Edit | None:
    """'buried 41 bodies' is '41 bodies' (ac28bc18); 'bodies of two of the dead' is 'two of
    the dead' (52343908): the smallest phrase."""
    if mark.label != "CASUALTY":
        return None
    body = _body(article, mark)
    lead = _BURIED_BODIES.match(body) or _BODIES_OF_THE_DEAD.match(body)
    if not lead:
        return None
    return Edit(mark, start=mark.start + lead.end())


def outlet_without_the_or_desk(article: Article, mark: Mark) -> Edit | None:
    """An outlet's span leaves 'The' and a desk byline's word out ('The Hindu Bureau' ->
    'Hindu', 'IFP Bureau' -> 'IFP': 6d841ba4, ACT68; 'The New Humanitarian' -> 'New
    Humanitarian': CAS33)."""
    if not mark.header.startswith("A:media"):
        return None
    body = _body(article, mark)
    the = _THE_OUTLET.match(body)
    desk = _DESK_WORD.search(body)
    if not the and not desk:
        return None
    if (the.end() if the else 0) >= len(body) - (len(desk.group(1)) if desk else 0):
        return None
    return Edit(
        mark,
        start=mark.start + the.end() if the else None,
        end=mark.end - len(desk.group(1)) if desk else None,
    )


def title_out_of_person(article: Article, mark: Mark) -> Edit | None:
    """'Qari' and 'Mawlawi' are titles outside the person's span (b811b20a; dev 10 of 10)."""
    if not mark.header.startswith("A:person"):
        return None
    title = _TITLES.match(_body(article, mark))
    return Edit(mark, start=mark.start + title.end()) if title else None


def region_of_a_governor_untagged(article: Article, mark: Mark) -> Edit | None:
    """'The governor of <region>' leaves the region untagged, part of the title (0e8b74d5;
    session 28 point i; dev 27 of 27)."""
    if not mark.header.startswith("A:state") or "#" in mark.header:
        return None
    if not _GOVERNOR_OF_BEFORE.search(_before(article, mark, 20)):
        return None
    return Edit(mark, remove=True)


_SOME_N = re.compile(r"[Ss]ome\s+(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d)")


def some_n_is_n_to_n(article: Article, mark: Mark) -> Edit | None:
    """'some N' counts N/N, the guideline's count table ('some 400,000 fled' was 400000/null:
    255bc6cc; dev 88 of 88)."""
    if mark.label != "CASUALTY":
        return None
    some = _SOME_N.match(_body(article, mark))
    head, _, ident = mark.header.partition("#")
    parts = head.split(":")
    if not some or parts[2] != "-":
        return None
    number = int(some.group(1).replace(",", ""))
    if parts[1] != str(number):
        return None
    parts[2] = str(number)
    return Edit(mark, header=":".join(parts) + (f"#{ident}" if ident else ""))


CLASSES: dict[str, Rule] = {
    "forced_to_flee_from_count": forced_to_flee_from_count,
    "freed_captives_from_verb": freed_captives_from_verb,
    "ends_at_casualty_word": ends_at_casualty_word,
    "number_of_from_number": number_of_from_number,
    "among_the_dead_from_among": among_the_dead_from_among,
    "a_total_of_in": a_total_of_in,
    "of_them_out": of_them_out,
    "quoted_harm_from_mark": quoted_harm_from_mark,
    "bodies_without_burial": bodies_without_burial,
    "outlet_without_the_or_desk": outlet_without_the_or_desk,
    "title_out_of_person": title_out_of_person,
    "region_of_a_governor_untagged": region_of_a_governor_untagged,
    "some_n_is_n_to_n": some_n_is_n_to_n,
    "same_kind_part_out": same_kind_part_out,
}


def _marked_index(article: Article, plain: int) -> int:
    """Marked index where plain offset `plain` starts (the text's end maps past the last char)."""
    if plain < len(article.where):
        return article.where[plain]
    return len(article.marked)


def _pure_text(article: Article, a: int, b: int) -> bool:
    return not any(c in "{}|" for c in article.marked[a:b])


def apply(article: Article, edit: Edit) -> str | None:
    """The article's mark-up with one edit made, or None where a brace would cross a mark."""
    m, marked = edit.mark, article.marked
    header = edit.header if edit.header is not None else m.header
    opener = "{" + header + "|"
    if edit.remove:
        return marked[: m.open_at] + marked[m.bar_at + 1 : m.close_at] + marked[m.close_at + 1 :]
    start = m.start if edit.start is None else edit.start
    end = m.end if edit.end is None else edit.end
    if not 0 <= start < end <= len(article.text):
        return None
    # Marked positions of the new braces: "{" right before the plain char `start`, "}" right
    # after the plain char `end - 1`; the stretch a brace crosses must hold no other mark.
    new_open = _marked_index(article, start)
    new_close = article.where[end - 1] + 1
    if start < m.start and not _pure_text(article, new_open, m.open_at):
        return None
    if start > m.start and not _pure_text(article, m.bar_at + 1, new_open):
        return None
    if end > m.end and not _pure_text(article, m.close_at + 1, new_close):
        return None
    if end < m.end and not _pure_text(article, new_close, m.close_at):
        return None
    pieces: list[tuple[int, int, str]] = [
        (m.open_at, m.bar_at + 1, ""),  # drop the old opener
        (m.close_at, m.close_at + 1, ""),  # and the old "}"
    ]
    # New braces are inserted at marked positions; an insert at an index sorts before a
    # deletion starting there, so "{" stays outside and before what it opens.
    inserts = [(new_open, opener), (new_close, "}")]
    if start == m.start:
        inserts[0] = (m.open_at, opener)
    if end == m.end:
        inserts[1] = (m.close_at, "}")
    out: list[str] = []
    pos = 0
    events = sorted(
        [(a, 0, a, s) for a, s in inserts] + [(a, 1, b, s) for a, b, s in pieces],
        key=lambda e: (e[0], e[1]),
    )
    for at, kind, until, s in events:
        out.append(marked[pos:at])
        pos = at
        if kind == 0:
            out.append(s)
        else:
            pos = until
    out.append(marked[pos:])
    return "".join(out)


@dataclass
class Found:
    cls: str
    article: str
    context: str
    applied: bool


def align(marked: str, number: str, classes: dict[str, Rule]) -> tuple[str, list[Found]]:
    """Apply every class to one article until none finds more; returns the new mark-up."""
    found: list[Found] = []
    text = read(marked).text
    for name, rule in classes.items():
        done: set[tuple[str, int, int]] = set()
        while True:
            article = read(marked)
            for m in article.marks:
                key = (m.header, m.start, m.end)
                if key in done:
                    continue
                edit = rule(article, m)
                if edit is None:
                    continue
                done.add(key)
                before = article.text[max(0, m.start - 40) : m.start]
                shown = (
                    f"{before}[{article.text[m.start : m.end]}]{article.text[m.end : m.end + 40]}"
                )
                new = apply(article, edit)
                if new is not None and read(new).text != text:
                    raise SystemExit(f"{number}: {name} would change the plain text")
                found.append(Found(name, number, shown.replace("\n", " "), new is not None))
                if new is not None:
                    marked = new
                    start = m.start if edit.start is None else edit.start
                    end = m.end if edit.end is None else edit.end
                    done.add((edit.header or m.header, start, end))
                break
            else:
                break
    return marked, found


def run(folder: Path, fix: bool) -> dict[str, list[Found]]:
    by_class: dict[str, list[Found]] = {name: [] for name in CLASSES}
    for path in sorted(folder.glob("*.txt")):
        number = path.name.split("-", 1)[0]
        marked = path.read_text("utf-8")
        new, found = align(marked, number, CLASSES)
        for f in found:
            by_class[f.cls].append(f)
        if fix and new != marked:
            path.write_text(new, "utf-8")
    return by_class


def _report(by_class: dict[str, list[Found]], counts_only: bool) -> Iterator[str]:
    for name, found in by_class.items():
        done = [f for f in found if f.applied]
        skipped = len(found) - len(done)
        articles = sorted({f.article for f in done}, key=int)
        yield (
            f"{name}: {len(done)} moved"
            + (f" ({skipped} skipped: a mark in the way)" if skipped else "")
            + (f" in {', '.join(articles)}" if articles else "")
        )
        if not counts_only:
            for f in found:
                yield f"    {f.article}{'' if f.applied else ' (skipped)'}: {f.context}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--counts-only", action="store_true")
    parser.add_argument("--fix", action="store_true")
    args = parser.parse_args(argv)
    if "heldout" in args.folder.resolve().parts and not args.counts_only:
        print("a held-out folder is read with --counts-only only", file=sys.stderr)
        return 2
    by_class = run(args.folder, args.fix)
    for line in _report(by_class, args.counts_only):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
