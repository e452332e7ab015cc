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
from pathlib import Path
from typing import Any


def parse(marked: str, source: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """(text, spans, relations) of one marked-up article."""
    out: list[str] = []
    length = 0
    stack: list[tuple[str, int]] = []
    spans: list[dict[str, Any]] = []
    ids: dict[str, dict[str, Any]] = {}
    speakers: list[tuple[dict[str, Any], str]] = []
    i = 0
    while i < len(marked):
        ch = marked[i]
        if ch == "{":
            bar = marked.index("|", i)
            stack.append((marked[i + 1 : bar], length))
            i = bar + 1
            continue
        if ch == "}":
            header, start = stack.pop()
            end = length
            if header.startswith("Q"):
                # The guideline keeps punctuation inside the marks: '"...else," he said'.
                tail = re.match(r'[,.!?]+(?=["\u201d\u2019\'])', marked[i + 1 :])
                if tail:
                    out.append(tail.group())
                    length += len(tail.group())
                    i += len(tail.group())
                    end = length
            span = _span(header, start, end, source)
            spans.append(span)
            if "#" in header:
                ids[header.split("#", 1)[1]] = span
            if header.startswith("Q>"):
                speakers.append((span, header[2:]))
            i += 1
            continue
        out.append(ch)
        length += 1
        i += 1
    if stack:
        raise SystemExit(f"{source}: unclosed mark {stack[-1][0]!r}")
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
    return "".join(out), spans, relations


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
