"""Every quote of a gold file whose suggested speaker differs from the gold link.

Usage: python -m scripts.speaker_misses [GOLD] [--gold-actors] [--context N] [--files GLOB]
       (from the repository root; GOLD: sample_articles/dev/realistic.jsonl)

Runs the suggester on each gold text as `annotator evaluate` does (known actors from the
other documents only) and, for each exactly matched QUOTE whose speaker is wrong, prints
its attribution kind (after / before / pronoun / none, as `evaluate` counts them), the
gold and the suggested speaker with their offsets, whether the gold speaker is among the
suggested ACTOR spans at all (when it is not, the miss is the ACTOR rules', not the
attribution's), and the text around the quote. Ends with the tally by kind.
`--gold-actors` attributes the gold quotes over the gold ACTOR spans instead, which
separates the attribution grammar from the ACTOR rules. `--files 17[4-9]-*` lists and
tallies only the documents whose `file` (in the gold's meta) matches the pattern, while
the known actors still come from every other document, as `evaluate` has them.
Never give it a held-out file while tuning rules: its misses are not to be read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from fnmatch import fnmatch

from annotator.core.suggest import Suggestion, attribute_speakers, suggest
from annotator.core.suggest.speakers import ATTRIBUTION_KINDS, attribution_kind
from annotator.services.suggesting import known_actors_except, load_gazetteer, load_gold

HELD_OUT = "heldout"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", default="sample_articles/dev/realistic.jsonl")
    parser.add_argument("--gold-actors", action="store_true")
    parser.add_argument("--context", type=int, default=240)
    parser.add_argument("--files", default="*", metavar="GLOB")
    args = parser.parse_args(argv)
    if HELD_OUT in args.gold:
        print("refusing a held-out file: its misses are not to be read", file=sys.stderr)
        return 2
    gold = load_gold(args.gold)
    gazetteer = load_gazetteer()
    matched: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    for index, item in enumerate(gold):
        if not fnmatch(str(item.document.meta.get("file", "")), args.files):
            continue
        text = item.document.text
        by_id = {s.id: s for s in item.spans}
        linked = {
            r.head_id: (by_id[r.tail_id].start, by_id[r.tail_id].end)
            for r in item.relations
            if r.type == "speaker" and r.tail_id in by_id
        }
        gold_quotes = [s for s in item.spans if s.label == "QUOTE"]
        if args.gold_actors:
            actors = [
                Suggestion(s.start, s.end, "ACTOR", attributes={"type": s.attributes.get("type")})
                for s in item.spans
                if s.label == "ACTOR"
            ]
            quotes = [Suggestion(s.start, s.end, "QUOTE") for s in gold_quotes]
            found = attribute_speakers(text, quotes, actors)
        else:
            found = suggest(
                text, known_actors=known_actors_except(gold, index), gazetteer=gazetteer
            )
            actors = [s for s in found if s.label == "ACTOR"]
        suggested = {(s.start, s.end): s.speaker for s in found if s.label == "QUOTE"}
        actor_extents = {(a.start, a.end) for a in actors}
        for quote in gold_quotes:
            if (quote.start, quote.end) not in suggested:
                continue
            want = linked.get(quote.id)
            got = suggested[(quote.start, quote.end)]
            kind = attribution_kind(text, (quote.start, quote.end), want)
            matched[kind] += 1
            if want == got:
                continue
            wrong[kind] += 1
            want_text = None if want is None else text[want[0] : want[1]]
            got_text = None if got is None else text[got[0] : got[1]]
            no_actor = want is not None and want not in actor_extents
            print(
                f"--- {index} {item.document.title[:50]!r} {kind}: gold {want_text!r} {want}, "
                f"suggested {got_text!r} {got}"
                + (" [gold speaker not an ACTOR]" if no_actor else "")
            )
            low = max(0, quote.start - args.context)
            high = min(len(text), quote.end + args.context // 2)
            quoted = text[quote.start : quote.end]
            around = f"{text[low : quote.start]}[[{quoted}]]{text[quote.end : high]}"
            print("    " + " ".join(around.split()))
    print(
        "by attribution: "
        + ", ".join(
            f"{kind} {matched[kind] - wrong[kind]}/{matched[kind]}"
            for kind in ATTRIBUTION_KINDS
            if matched[kind]
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
