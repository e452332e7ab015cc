"""Gold speaker links that skip the mention attributing the quote, by the guideline.

Usage: python -m scripts.gold_link_check MARKED_FOLDER [--fix] [--counts-only]
       (from the repository root; e.g. sample_articles/dev/marked)

The guideline links each QUOTE to "the nearest ACTOR mention that attributes it". The
slip every writer of gold has made is to link a quote to its speaker's first full mention
where a mention of the same speaker right beside the quote attributes it:
'"...," Supt Yandapu said' or 'Yandapu told the court: "..."' with the link on "Peter
Yandapu", introduced paragraphs before. This check finds such links in the marked files
(`scripts/build_gold.py`'s inline syntax): a linked quote, and a gold ACTOR mention of the
same speaker (`same_entity`) that

- follows the quote's closing mark, in the same sentence (the quote does not end with a
  full stop) and paragraph, with at most a comma, a verb of saying and a title's
  capitalised words between ('," Yandapu said', '," said Col. Yandapu', '," Senator
  Bwana told'), a verb of saying right after the name when none came before it; or
- precedes the quote's opening mark in its own clause ('Yandapu said: "', 'Yandapu told
  reporters, "'),

where the linked mention is an earlier one, outside that sentence. (A colon-introduced
quote that ends its paragraph, the next paragraph opening with its speaker's name, links
forward to that name: the dev gold's convention, left alone.) Prints, per file, how many links
skip their attributing mention; the file's text only without --counts-only (never use it
without --counts-only on held-out files, whose text nobody writing rules may read).
`--fix` moves each such link to the attributing mention (giving it an id) and rewrites the
marked file; run scripts/build_gold.py afterwards.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a file too (`python scripts/gold_link_check.py`)

from annotator.services.suggesting import same_entity  # noqa: E402
from scripts.build_gold import Mark, read_marks  # noqa: E402

_SAYING = (
    r"(?:said|says|told|added|asked|replied|answered|responded|wrote|explained|insisted"
    r"|continued|stated|noted|recalled|warned|argued|declared|posted|concluded|remarked"
    r"|testified|tweeted|went on|shot back|interjected)"
)
# Between a quote's closing mark and the attributing name: closing marks, a comma, perhaps
# the verb before the name ("said Col."), and up to four capitalised words of a title.
_AFTER_GAP = re.compile(
    r"[\"'\u201d\u2019\u00bb]*,? *(?:" + _SAYING + r" +)?(?:[A-Z][\w.\-]* +){0,4}"
)
_VERB_NEXT = re.compile(r"\s+" + _SAYING + r"\b")
# Between the attributing name and the quote's opening mark: the verb of saying in its own
# clause, a colon or a comma, the mark.
_BEFORE_GAP = re.compile(
    r"\s+" + _SAYING + r"\b[^.!?\"\u201c\u201d\n]{0,60}?[:,]\s*[\"'\u201c\u2018\u00ab]$"
)
_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019]?\s|\n")


def _ident(mark: Mark) -> str | None:
    return mark.header.split("#", 1)[1] if "#" in mark.header else None


def _attributing(text: str, quote: Mark, actors: list[Mark]) -> Mark | None:
    """The gold ACTOR mention right beside `quote` that attributes it, if any."""
    close = quote.end
    # a quote closed by a full stop ends its sentence: a name after it opens the next one
    ends_sentence = text[close - 1 : close] == "."
    for actor in actors if not ends_sentence else ():
        if actor.start >= close and actor.start - close <= 60:
            gap = text[close : actor.start]
            if _AFTER_GAP.fullmatch(gap) and (
                re.search(_SAYING, gap) or _VERB_NEXT.match(text, actor.end)
            ):
                return actor
    opening = quote.start
    for actor in reversed(actors):
        if (
            actor.end <= opening
            and opening - actor.end <= 80
            and _BEFORE_GAP.match(text, actor.end, opening)
        ):
            return actor
    return None


def _apart(text: str, mention: Mark, attributing: Mark) -> bool:
    """Whether `mention` lies outside the sentence of `attributing` (a sentence end or a line
    break between them)."""
    first, second = sorted((mention, attributing), key=lambda m: m.start)
    return _SENTENCE_BREAK.search(text, first.end, second.start) is not None


def slips(marked: str) -> tuple[str, list[tuple[Mark, Mark, Mark]]]:
    """(text, [(quote, linked mention, attributing mention)]) of one marked file."""
    read = read_marks(marked, "marked")
    text, marks = read.text, read.marks
    actors = sorted((m for m in marks if m.header.startswith("A:")), key=lambda m: m.start)
    by_id = {_ident(m): m for m in actors if _ident(m) is not None}
    found = []
    for quote in marks:
        if not quote.header.startswith("Q>"):
            continue
        linked = by_id.get(quote.header[2:])
        attributing = _attributing(text, quote, actors)
        if linked is None or attributing is None or attributing is linked:
            continue
        # the linked mention is an earlier one (a link forward to a name opening the next
        # paragraph after a colon-introduced quote is the dev gold's convention: 13 of 13)
        if (
            linked.end <= attributing.start
            and same_entity(
                text[linked.start : linked.end], text[attributing.start : attributing.end]
            )
            and _apart(text, linked, attributing)
        ):
            found.append((quote, linked, attributing))
    return text, found


def fixed(marked: str, found: list[tuple[Mark, Mark, Mark]]) -> str:
    """`marked` with each quote's link moved to its attributing mention."""
    taken = set(re.findall(r"#([^|}]+)\|", marked))
    edits: dict[int, tuple[int, str]] = {}  # header start -> (header end, new header)
    for quote, linked, attributing in found:
        ident = _ident(attributing)
        if ident is None and attributing.open_at + 1 in edits:
            ident = edits[attributing.open_at + 1][1].split("#", 1)[1]
        if ident is None:
            base = f"{_ident(linked)}a"
            ident, n = base, 2
            while ident in taken:
                ident, n = f"{base}{n}", n + 1
            taken.add(ident)
            edits[attributing.open_at + 1] = (
                attributing.bar_at,
                f"{attributing.header}#{ident}",
            )
        edits[quote.open_at + 1] = (quote.bar_at, f"Q>{ident}")
    out = marked
    for start in sorted(edits, reverse=True):
        end, header = edits[start]
        out = out[:start] + header + out[end:]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--fix", action="store_true")
    parser.add_argument("--counts-only", action="store_true")
    args = parser.parse_args(argv)
    if "heldout" in str(args.folder) and not args.counts_only:
        print("held-out files: use --counts-only", file=sys.stderr)
        return 2
    total = 0
    for path in sorted(args.folder.glob("*.txt")):
        marked = path.read_text("utf-8")
        text, found = slips(marked)
        if not found:
            continue
        total += len(found)
        number = path.name.split("-", 1)[0]
        print(f"{number if args.counts_only else path.name}: {len(found)}")
        if not args.counts_only:
            for quote, linked, attributing in found:
                print(
                    f"  quote {text[quote.start : quote.start + 50]!r} linked to "
                    f"{text[linked.start : linked.end]!r} at {linked.start}, attributed by "
                    f"{text[attributing.start : attributing.end]!r} at {attributing.start}: "
                    f"{text[max(0, quote.end - 10) : attributing.end + 20]!r}"
                )
        if args.fix:
            path.write_text(fixed(marked, found), "utf-8")
    print(f"{total} links skip their attributing mention")
    return 0


if __name__ == "__main__":
    sys.exit(main())
