"""Every ACTOR span of a gold file that the suggester misses, adds or cuts differently.

Usage: python -m scripts.actor_misses [GOLD] [--files GLOB] [--context N]
       (from the repository root; GOLD: sample_articles/dev/realistic.jsonl)

Runs the suggester on each gold text as `annotator evaluate` does (known actors from the
other documents only) and lists, per document, four kinds of disagreement (with the rule
that made the suggestion):

- "missed": a gold ACTOR span no suggestion overlaps (a false negative);
- "extra": a suggested ACTOR span no gold span overlaps (a false positive);
- "extent": a gold span and a suggestion that overlap without the same offsets;
- "type": the same offsets with another type.

Each line gives the kind, the gold and the suggested text with their offsets and type, and
the words around. Ends with the tally by kind. `--files 2[01][0-9]-*` (repeatable) lists
only the documents whose `file` (in the gold's meta) matches, while the known actors still
come from every other document; with `--alone` they come from the other listed documents
only, as when those documents are measured as a held-out set of their own. Never give it
a held-out file while tuning rules: its misses are not to be read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from fnmatch import fnmatch

from annotator.core.suggest import suggest
from annotator.services.suggesting import known_actors_except, load_gazetteer, load_gold

HELD_OUT = "heldout"
KINDS = ("missed", "extra", "extent", "type")


def actor_misses(
    text: str,
    gold: list[tuple[int, int, str | None]],
    found: list[tuple[int, int, str | None]],
) -> list[tuple[str, tuple[int, int, str | None] | None, tuple[int, int, str | None] | None]]:
    """(kind, gold span, suggested span) for each disagreement, in text order.

    Spans are (start, end, type) in code points, end exclusive. An exact pair is paired
    first; the rest overlap-paired one to one, as `score` pairs them.
    """
    out: list[
        tuple[str, tuple[int, int, str | None] | None, tuple[int, int, str | None] | None]
    ] = []
    by_extent = {(g[0], g[1]): g for g in gold}
    rest_found = []
    for f in found:
        g = by_extent.pop((f[0], f[1]), None)
        if g is None:
            rest_found.append(f)
        elif g[2] != f[2]:
            out.append(("type", g, f))
    rest_gold = sorted(by_extent.values())
    for f in sorted(rest_found):
        hit = next((g for g in rest_gold if g[0] < f[1] and f[0] < g[1]), None)
        if hit is None:
            out.append(("extra", None, f))
        else:
            rest_gold.remove(hit)
            out.append(("extent", hit, f))
    out.extend(("missed", g, None) for g in rest_gold)
    return sorted(out, key=lambda m: min(s[0] for s in m[1:] if s is not None))


def _show(text: str, span: tuple[int, int, str | None] | None) -> str:
    if span is None:
        return "-"
    return f"{text[span[0] : span[1]]!r} {span[0]}-{span[1]} {span[2]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", default="sample_articles/dev/realistic.jsonl")
    parser.add_argument("--context", type=int, default=90)
    parser.add_argument("--files", action="append", metavar="GLOB")
    parser.add_argument("--alone", action="store_true")
    args = parser.parse_args(argv)
    patterns = args.files or ["*"]
    if HELD_OUT in args.gold:
        print("refusing a held-out file: its misses are not to be read", file=sys.stderr)
        return 2
    gold = load_gold(args.gold)
    gazetteer = load_gazetteer()
    chosen = [
        item
        for item in gold
        if any(fnmatch(str(item.document.meta.get("file", "")), p) for p in patterns)
    ]
    listed = {id(item) for item in chosen}
    if args.alone:
        gold = chosen
    tally: Counter[str] = Counter()
    for index, item in enumerate(gold):
        name = str(item.document.meta.get("file", ""))
        if id(item) not in listed:
            continue
        text = item.document.text
        wanted = [
            (s.start, s.end, s.attributes.get("type")) for s in item.spans if s.label == "ACTOR"
        ]
        known = known_actors_except(gold, index)
        suggested = [
            s for s in suggest(text, known_actors=known, gazetteer=gazetteer) if s.label == "ACTOR"
        ]
        found = [(s.start, s.end, s.attributes.get("type")) for s in suggested]
        rules = {(s.start, s.end): s.rule for s in suggested}
        for kind, g, f in actor_misses(text, wanted, found):
            tally[kind] += 1
            start = min(s[0] for s in (g, f) if s is not None)
            end = max(s[1] for s in (g, f) if s is not None)
            low, high = max(0, start - args.context), min(len(text), end + args.context)
            around = f"{text[low:start]}[[{text[start:end]}]]{text[end:high]}"
            by = f" ({rules[(f[0], f[1])]})" if f is not None else ""
            print(f"--- {name} {kind}: gold {_show(text, g)}; suggested {_show(text, f)}{by}")
            print("    " + " ".join(around.split()))
    print("tally: " + ", ".join(f"{kind} {tally[kind]}" for kind in KINDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
