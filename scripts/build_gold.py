"""Turn marked-up articles into plain articles and native JSONL gold.

Each `sample_articles/dev/marked/NN-slug.txt` (and `.../heldout/marked/`) is an
article with its gold written inline, so that annotating is writing:

    {A:person#k|Karim Haddad}          ACTOR of a type, with an optional id
    {Q>k|We were not there.}           QUOTE said by the ACTOR with id k
    {Q|...}                            QUOTE with no named speaker
    {C:12:12:killed:civilian|...}      CASUALTY: count_low, count_high ("-" for
                                       none), kind, victims

Marks nest ({Q>k|... {C:...|...} ...}). Braces never occur in the articles.
Punctuation between a QUOTE's closing brace and its closing quote mark is
taken into the QUOTE, as the guideline says.
Writes NN-slug.txt beside the marked folder and the gold file named on the
command line (one record per article, code-point offsets, end exclusive).

    python scripts/build_gold.py sample_articles/dev/marked sample_articles/dev/realistic.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class Mark:
    """One mark of a marked-up article: its header, its plain extent and where its braces
    stand in the marked text."""

    header: str
    start: int
    end: int
    open_at: int  # marked index of "{"
    bar_at: int  # marked index of the "|" that ends the header
    close_at: int  # marked index of "}"

    @property
    def label(self) -> str:
        return {"A": "ACTOR", "Q": "QUOTE", "C": "CASUALTY"}[self.header[0]]


@dataclass
class Marked:
    """One marked-up article read: its plain text, its marks in the order they close, and
    the marked index of each plain character."""

    text: str
    marks: list[Mark]
    where: list[int]


def read_marks(marked: str, source: str) -> Marked:
    """Read one marked-up article (`source` names it in an error)."""
    out: list[str] = []
    where: list[int] = []
    stack: list[tuple[str, int, int, int]] = []
    marks: list[Mark] = []
    i = 0
    while i < len(marked):
        ch = marked[i]
        if ch == "{":
            bar = marked.index("|", i)
            stack.append((marked[i + 1 : bar], len(out), i, bar))
            i = bar + 1
            continue
        if ch == "}":
            header, start, open_at, bar_at = stack.pop()
            close_at = i
            if header.startswith("Q"):
                # The guideline keeps punctuation inside the marks: '"...else," he said'.
                tail = re.match(r'[,.!?]+(?=["\u201d\u2019\'])', marked[i + 1 :])
                if tail:
                    out.extend(tail.group())
                    where.extend(range(i + 1, i + 1 + len(tail.group())))
                    i += len(tail.group())
            marks.append(Mark(header, start, len(out), open_at, bar_at, close_at))
            i += 1
            continue
        out.append(ch)
        where.append(i)
        i += 1
    if stack:
        raise SystemExit(f"{source}: unclosed mark {stack[-1][0]!r}")
    return Marked("".join(out), marks, where)


def parse(marked: str, source: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """(text, spans, relations) of one marked-up article."""
    read = read_marks(marked, source)
    spans: list[dict[str, Any]] = []
    ids: dict[str, dict[str, Any]] = {}
    speakers: list[tuple[dict[str, Any], str]] = []
    for mark in read.marks:
        span = _span(mark.header, mark.start, mark.end, source)
        spans.append(span)
        if "#" in mark.header:
            ids[mark.header.split("#", 1)[1]] = span
        if mark.header.startswith("Q>"):
            speakers.append((span, mark.header[2:]))
    relations = []
    for quote, speaker in speakers:
        actor = ids[speaker]
        relations.append(
            {
                "label": "speaker",
                "head_span": {k: quote[k] for k in ("start", "end", "label")},
                "child_span": {k: actor[k] for k in ("start", "end", "label")},
            }
        )
    return read.text, spans, relations


def _count(value: str) -> int | None:
    return None if value == "-" else int(value)


def _span(header: str, start: int, end: int, source: str) -> dict[str, Any]:
    head = header.split("#", 1)[0]
    if head.startswith("A:"):
        return {"start": start, "end": end, "label": "ACTOR", "attributes": {"type": head[2:]}}
    if head.startswith("Q"):
        return {"start": start, "end": end, "label": "QUOTE", "attributes": {"kind": "direct"}}
    if head.startswith("C:"):
        low, high, kind, victims = head[2:].split(":")
        attributes: dict[str, Any] = {"kind": kind, "victims": victims}
        for key, value in (("count_low", _count(low)), ("count_high", _count(high))):
            if value is not None:
                attributes[key] = value
        return {"start": start, "end": end, "label": "CASUALTY", "attributes": attributes}
    raise SystemExit(f"{source}: unknown mark {header!r}")


def main() -> None:
    folder, target = Path(sys.argv[1]), Path(sys.argv[2])
    records = []
    for path in sorted(folder.glob("*.txt")):
        text, spans, relations = parse(path.read_text("utf-8"), str(path))
        (folder.parent / path.name).write_text(text, "utf-8")
        title = text.split("\n", 1)[0]
        records.append(
            {
                "text": text,
                "meta": {"title": title, "file": path.name},
                "spans": sorted(spans, key=lambda s: (s["start"], -s["end"], s["label"])),
                "relations": relations,
            }
        )
    target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    print(f"{len(records)} articles -> {target}")


if __name__ == "__main__":
    main()
