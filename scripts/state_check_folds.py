"""Measure the state check (rule `actor_state_check`) by leaving batches of articles out.

Usage (from the repository root):

    python scripts/state_check_folds.py SUGGESTIONS.json [--gold GOLD]
        [--batch N-M ...] [--batch-size K] [--margins 0,1,2,4]
        [--pattern-margins 6,8,10 [--defaulted-margin 8]]

SUGGESTIONS.json holds the rules' ACTOR suggestions without the check, as
scripts/dump_actor_suggestions.py writes them (of this checkout, or of an old one that had
not yet seen a batch). For each batch (`--batch`, or runs of `--batch-size` consecutive
article numbers of the gold, default 14), a model is trained on every other article of
the gold and applied to the batch: the classifier's accuracy on the batch's one-word
state mentions, then, for each margin, the suggestions it drops that were right (the
gold has that extent), that overlapped a gold ACTOR only, and that were false, and the
ACTOR exact and overlap precision and recall of the suggestions before and after (as
`annotator evaluate` scores them). With `--pattern-margins`, the rows are margins for the
one-word states (no capital) a rule's pattern called actors (`state_check.pattern_margin`),
the other two margins held at --margins' first and --defaulted-margin (default: the
shipped ones). Refuses the held-out gold.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.core.suggest import Suggestion, state_check  # noqa: E402
from annotator.services.suggesting import Predicted, load_gazetteer, score  # noqa: E402
from scripts import train_actor_model as actor_script  # noqa: E402
from scripts import train_state_check as trainer  # noqa: E402


def batches_of(numbers: list[int], size: int) -> list[tuple[int, int]]:
    ordered = sorted(set(numbers))
    return [
        (ordered[i], ordered[min(i + size, len(ordered)) - 1]) for i in range(0, len(ordered), size)
    ]


def figures(gold: list[list[Predicted]], found: list[list[Predicted]]) -> tuple[float, ...]:
    board = score(gold, found, ["ACTOR"]).labels["ACTOR"]
    return (
        board.exact / max(board.predicted, 1),
        board.exact / max(board.gold, 1),
        board.overlap / max(board.predicted, 1),
        board.overlap / max(board.gold, 1),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("suggestions", type=Path)
    parser.add_argument("--gold", type=Path, default=trainer.DEFAULT_GOLD)
    parser.add_argument("--batch", action="append", default=[], metavar="N-M")
    parser.add_argument("--batch-size", type=int, default=14)
    parser.add_argument("--margins", default=None, help="default: 0,1,2,3,4,6")
    parser.add_argument(
        "--defaulted-margin",
        type=float,
        default=None,
        help="the margin for the rules' defaulted decisions (default: each of --margins)",
    )
    parser.add_argument(
        "--pattern-margins",
        default=None,
        help="margins for the states a rule's pattern called actors (rows; default: not read)",
    )
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=20)
    args = parser.parse_args(argv)
    if "heldout" in args.gold.resolve().parts:
        print(f"{args.gold}: the held-out gold is never read here", file=sys.stderr)
        return 2
    _data, records = trainer.read_records(args.gold)
    by_number = {actor_script.article_number(r): r for r in records}
    suggested = {int(k): v for k, v in json.loads(args.suggestions.read_text()).items()}
    gazetteer = load_gazetteer()
    found = trainer.examples(records, gazetteer)
    margins = [float(m) for m in (args.margins or "0,1,2,3,4,6").split(",")]
    patterned = args.pattern_margins is not None
    blind_margin = margins[0] if args.margins else state_check.margin
    if patterned:
        if args.defaulted_margin is None:
            args.defaulted_margin = state_check.defaulted_margin
        margins = [float(m) for m in args.pattern_margins.split(",")]
    if args.batch:
        batches = actor_script.parse_ranges(args.batch)
    else:
        batches = batches_of([n for n in suggested if n in by_number], args.batch_size)
    totals: Counter[str] = Counter()
    rows: dict[float, list[tuple[list[Predicted], list[Predicted], list[Predicted]]]] = {
        m: [] for m in margins
    }
    by_rule: dict[float, dict[str, Counter[str]]] = {m: defaultdict(Counter) for m in margins}
    for low, high in batches:
        model = trainer.train(trainer.left_in(found, [(low, high)]), args.epochs, args.seed, {})
        tested = [e for e in found if low <= e[0] <= high]
        right = sum(1 for e in tested if (model.score(e[3]) > 0) == e[4])
        totals["mentions"] += len(tested)
        totals["classified right"] += right
        totals["actors"] += sum(1 for e in tested if e[4])
        # The rules' own answer on the same mentions: an actor where they suggest its extent.
        for e in tested:
            proposed = {(x[0], x[1]) for x in suggested.get(e[0], ())}
            totals["rules right"] += ((e[1], e[2]) in proposed) == e[4]
        for number in sorted(n for n in suggested if low <= n <= high and n in by_number):
            record = by_number[number]
            text = str(record["text"])
            gold = [
                Predicted(int(s["start"]), int(s["end"]), "ACTOR")
                for s in record.get("spans") or []  # type: ignore[attr-defined]
                if s.get("label") == "ACTOR"
            ]
            # (start, end, type[, rule[, defaulted]]): older dumps name no rule
            before = [
                Suggestion(x[0], x[1], "ACTOR", {"type": x[2]}, x[3] if len(x) > 3 else "rules")
                for x in suggested[number]
            ]
            defaulted = {(x[0], x[1]) for x in suggested[number] if len(x) > 4 and x[4]}
            decided = {
                (x[0], x[1])
                for x in suggested[number]
                if patterned and x[3:4] != [] and x[3] not in state_check.CHECKED_RULES
            }
            extents = {(g.start, g.end) for g in gold}
            for m in margins:
                after = state_check.vetoed(
                    text,
                    before,
                    gazetteer,
                    model,
                    threshold=blind_margin if patterned else m,
                    defaulted=defaulted,
                    defaulted_threshold=m
                    if args.defaulted_margin is None
                    else args.defaulted_margin,
                    pattern_threshold=m if patterned else None,
                )
                kept = {(s.start, s.end) for s in after}
                for s in before:
                    if (s.start, s.end) in kept:
                        continue
                    if (s.start, s.end) in extents:
                        kind = "right"
                    elif any(g.start < s.end and s.start < g.end for g in gold):
                        kind = "overlapping"
                    else:
                        kind = "false"
                    totals[f"{m}:{kind}"] += 1
                    tag = (
                        " (defaulted)"
                        if (s.start, s.end) in defaulted
                        else " (pattern)"
                        if (s.start, s.end) in decided
                        else ""
                    )
                    by_rule[m][s.rule + tag][kind] += 1
                    if m == margins[0] or kind != "false":
                        shown = text[max(s.start - 40, 0) : s.end + 30].replace("\n", " ")
                        print(f"  {number} m={m} drops {kind}: {shown!r}")
                rows[m].append(
                    (
                        gold,
                        [Predicted(s.start, s.end, "ACTOR") for s in before],
                        [Predicted(s.start, s.end, "ACTOR") for s in after],
                    )
                )
    print(f"batches: {len(batches)} ({batches[0][0]}-{batches[-1][1]})")
    share = totals["classified right"] / max(totals["mentions"], 1)
    majority = 1 - totals["actors"] / max(totals["mentions"], 1)
    print(
        f"classifier on the left-out mentions: {totals['classified right']}/{totals['mentions']}"
        f" right ({share:.3f}; calling every one a place: {majority:.3f})"
    )
    rules = totals["rules right"] / max(totals["mentions"], 1)
    print(f"the rules on the same mentions: {totals['rules right']} right ({rules:.3f})")
    for m in margins:
        gold = [g for g, _b, _a in rows[m]]
        before = figures(gold, [b for _g, b, _a in rows[m]])
        after = figures(gold, [a for _g, _b, a in rows[m]])
        print(
            f"margin {m}: drops {totals[f'{m}:false']} false, {totals[f'{m}:right']} right, "
            f"{totals[f'{m}:overlapping']} overlapping; ACTOR exact P/R "
            f"{before[0]:.4f}/{before[1]:.4f} -> {after[0]:.4f}/{after[1]:.4f}, overlap P/R "
            f"{before[2]:.4f}/{before[3]:.4f} -> {after[2]:.4f}/{after[3]:.4f}"
        )
        for rule, kinds in sorted(by_rule[m].items()):
            print(f"  by {rule}: " + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
