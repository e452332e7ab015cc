"""Write the ACTOR suggestions of the `annotator` on the path for the articles of a gold
file, as JSON, for scripts/state_check_folds.py to score and check.

Usage (run it with the checkout to measure on PYTHONPATH, even an old one):

    PYTHONPATH=<checkout> python scripts/dump_actor_suggestions.py GOLD OUT.json
        [--untuned N-M] [--without RULE ...]

Every rule that runs by default runs, but those named by `--without`. Known actors come
from the other gold articles (leave one out), as `annotator evaluate` has them. With
`--untuned N-M` only the articles numbered N to M are run, and their known actors come
from the articles outside that range only: the material a checkout that had not yet
seen the batch would have had. Each suggestion is written as [start, end, type, rule,
defaulted]: defaulted is true where the rules' place test (`actors._is_place`) called
the name no place only because none of its patterns matched (the memo
`actors.DEFAULTED_STATES`; an old checkout records it only once patched to). Uses only the
API old checkouts have too.
"""

import argparse
import json
import sys

from annotator.core.suggest import actors, default_rules, suggest
from annotator.services.suggesting import known_actors_except, load_gazetteer, load_gold


def number(item) -> int:  # type: ignore[no-untyped-def]
    head = str(item.document.meta.get("file", "")).split("-", 1)[0]
    return int(head) if head.isdigit() else -1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("gold")
    parser.add_argument("out")
    parser.add_argument("--untuned", default=None, metavar="N-M")
    parser.add_argument("--without", action="append", default=[], metavar="RULE")
    args = parser.parse_args()
    gold = load_gold(args.gold)
    gazetteer = load_gazetteer()
    rules = [r for r in default_rules() if r not in args.without]
    low = high = None
    if args.untuned:
        low, _, high = (int(x) if x.isdigit() else x for x in args.untuned.partition("-"))
    # The documents' contexts, caught as the place test reads them, for their memo.
    contexts = []
    place_test = actors._is_place

    def caught(ctx, start, end, name):  # type: ignore[no-untyped-def]
        if not contexts or contexts[-1] is not ctx:
            contexts.append(ctx)
        return place_test(ctx, start, end, name)

    actors._is_place = caught
    key = getattr(actors, "DEFAULTED_STATES", "states_not_place_by_default")
    out = {}
    for index, item in enumerate(gold):
        n = number(item)
        if low is not None:
            if not low <= n <= high:
                continue
            others = [g for g in gold if not low <= number(g) <= high]
            known = known_actors_except([*others, item], len(others))
        else:
            known = known_actors_except(gold, index)
        contexts.clear()
        found = suggest(item.document.text, known_actors=known, gazetteer=gazetteer, rules=rules)
        defaulted = set().union(*(c.memo.get(key, ()) for c in contexts))
        out[str(n)] = [
            [s.start, s.end, s.attributes.get("type"), s.rule, (s.start, s.end) in defaulted]
            for s in found
            if s.label == "ACTOR"
        ]
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(out, f)
    print(f"{args.out}: {len(out)} articles, {sum(map(len, out.values()))} ACTOR suggestions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
