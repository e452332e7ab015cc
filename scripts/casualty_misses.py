"""Every CASUALTY of a gold file the suggester misses, cuts wrongly or types wrongly.

Usage: python -m scripts.casualty_misses [GOLD] [--context N] [--files GLOB]
       (from the repository root; GOLD: sample_articles/dev/realistic.jsonl)

Runs the suggester on each gold text as `annotator evaluate` does (known actors from the
other documents only) and prints, for each gold CASUALTY, what went wrong:
`missed` (no suggestion shares a character with it), `extent` (a suggestion overlaps it
but starts or ends elsewhere), `attributes` (same extent, other counts, kind or victims),
and each suggestion that overlaps no gold figure (`extra`), with the sentence around it.
Ends with the tally. `--files 20[4-9]-*` lists only the documents whose `file` (in the
gold's meta) matches the pattern, the known actors still coming from every other one.
Never give it a held-out file while tuning rules: its misses are not to be read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Mapping
from fnmatch import fnmatch
from typing import Any

from annotator.core.suggest import suggest
from annotator.services.suggesting import known_actors_except, load_gazetteer, load_gold

HELD_OUT = "heldout"
KINDS = ("missed", "extent", "attributes", "extra")


def _fields(attributes: Mapping[str, Any]) -> tuple[Any, Any, Any, Any]:
    return (
        attributes.get("count_low"),
        attributes.get("count_high"),
        attributes.get("kind"),
        attributes.get("victims"),
    )


def _around(text: str, start: int, end: int, context: int) -> str:
    low = max(0, start - context)
    high = min(len(text), end + context)
    return " ".join(f"{text[low:start]}[[{text[start:end]}]]{text[end:high]}".split())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", default="sample_articles/dev/realistic.jsonl")
    parser.add_argument("--context", type=int, default=120)
    parser.add_argument("--files", default="*", metavar="GLOB")
    args = parser.parse_args(argv)
    if HELD_OUT in args.gold:
        print("refusing a held-out file: its misses are not to be read", file=sys.stderr)
        return 2
    gold = load_gold(args.gold)
    gazetteer = load_gazetteer()
    tally: Counter[str] = Counter()
    figures = 0
    for index, item in enumerate(gold):
        name = str(item.document.meta.get("file", ""))
        if not fnmatch(name, args.files):
            continue
        text = item.document.text
        wanted = [s for s in item.spans if s.label == "CASUALTY"]
        figures += len(wanted)
        got = [
            s
            for s in suggest(
                text,
                known_actors=known_actors_except(gold, index),
                gazetteer=gazetteer,
            )
            if s.label == "CASUALTY"
        ]
        for want in wanted:
            near = [s for s in got if s.start < want.end and want.start < s.end]
            same = [s for s in near if (s.start, s.end) == (want.start, want.end)]
            if same and _fields(same[0].attributes) == _fields(want.attributes):
                continue
            kind = "attributes" if same else "extent" if near else "missed"
            tally[kind] += 1
            line = f"--- {name or index} {kind}: gold {text[want.start : want.end]!r} "
            line += f"{_fields(want.attributes)}"
            if near:
                first = same[0] if same else near[0]
                line += f", suggested {text[first.start : first.end]!r} {_fields(first.attributes)}"
            print(line)
            print("    " + _around(text, want.start, want.end, args.context))
        for s in got:
            if not any(w.start < s.end and s.start < w.end for w in wanted):
                tally["extra"] += 1
                print(
                    f"--- {name or index} extra: suggested {text[s.start : s.end]!r} "
                    f"{_fields(s.attributes)}"
                )
                print("    " + _around(text, s.start, s.end, args.context))
    print(f"over {figures} gold figures: " + ", ".join(f"{k} {tally[k]}" for k in KINDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
