"""What each suggestion rule costs on one long article: in the serial pass, and alone.

    python bench/suggest_rule_costs.py [--size 1000000] [--runs 3] [--alone] [--top 15]

Wraps every registered rule's function with a timer (CPU seconds of this thread, which
move less than the wall clock on a shared machine) and runs `suggest()` over the samples
repeated to `--size` characters (the article of bench_suggest.py), after `prepare_rules`:

- "in turn": the rule's time inside the serial pass, where what several rules share
  (sentences, name words, the people found) is paid by the first rule that asks;
- with `--alone`, "alone": the rule run by itself on a fresh context of the same text,
  everything it reads built for it (what a process running only that rule would pay);
- "shared": the context's shared parts (sentences, name tokens, runs, pieces) each built
  once on a fresh context, and the work after the rules (overlaps, speakers): the part
  no partition of the rules can divide.

The medians of `--runs` passes; the figures are where the cost table of
`annotator.services.rule_workers` comes from.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.core.suggest import base, default_rules, prepare_rules, suggest  # noqa: E402
from annotator.core.suggest.base import SuggestContext  # noqa: E402
from annotator.services.suggesting import load_gazetteer  # noqa: E402


def _article(size: int) -> str:
    folder = ROOT / "sample_articles"
    files = sorted(folder.glob("*.txt")) + sorted((folder / "dev").glob("*.txt"))
    joined = "\n\n".join(f.read_text("utf-8") for f in files)
    return (joined * (size // len(joined) + 1))[:size]


def in_turn(text: str, gazetteer: object, runs: int) -> dict[str, float]:
    spent: dict[str, list[float]] = defaultdict(list)
    originals = dict(base._REGISTRY)

    def timed(name: str, find: base.RuleFunction) -> base.RuleFunction:
        def run(ctx: SuggestContext) -> list[base.Suggestion]:
            started = time.thread_time()
            found = list(find(ctx))
            spent[name].append(time.thread_time() - started)
            return found

        return run

    try:
        for name, rule in originals.items():
            base._REGISTRY[name] = replace(rule, find=timed(name, rule.find))
        whole = []
        for _ in range(runs):
            started = time.thread_time()
            suggest(text, gazetteer=gazetteer)  # type: ignore[arg-type]
            whole.append(time.thread_time() - started)
    finally:
        base._REGISTRY.clear()
        base._REGISTRY.update(originals)
    costs = {name: statistics.median(times) for name, times in spent.items()}
    costs["(whole suggest())"] = statistics.median(whole)
    costs["(after the rules: overlaps, speakers)"] = costs["(whole suggest())"] - sum(
        statistics.median(spent[n]) for n in spent
    )
    return costs


def alone(text: str, gazetteer: object, runs: int) -> dict[str, float]:
    costs: dict[str, float] = {}
    for name in default_rules():
        rule = base._REGISTRY[name]
        times = []
        for _ in range(runs):
            ctx = SuggestContext(text, gazetteer=gazetteer)  # type: ignore[arg-type]
            started = time.thread_time()
            list(rule.find(ctx))
            times.append(time.thread_time() - started)
        costs[name] = statistics.median(times)
    for part in ("sentences", "name_tokens", "_both_runs", "pieces", "piece_index", "tokens"):
        times = []
        for _ in range(runs):
            ctx = SuggestContext(text, gazetteer=gazetteer)  # type: ignore[arg-type]
            if part == "_both_runs":
                ctx.name_tokens  # noqa: B018 (built apart)
            started = time.thread_time()
            getattr(ctx, part)
            times.append(time.thread_time() - started)
        costs[f"(ctx.{part})"] = statistics.median(times)
    return costs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--alone", action="store_true")
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    gazetteer = load_gazetteer()
    text = _article(args.size)
    prepare_rules(gazetteer=gazetteer)
    suggest(text[:5000], gazetteer=gazetteer)
    turn = in_turn(text, gazetteer, args.runs)
    lone = alone(text, gazetteer, args.runs) if args.alone else {}
    print(f"{args.size:,} characters, CPU ms, median of {args.runs}")
    print(f"{'rule':<42}{'in turn':>9}{'alone':>9}")
    order = sorted(turn, key=lambda n: -turn[n])
    for name in order[: args.top] if args.top else order:
        print(f"{name:<42}{turn[name] * 1000:>9.0f}{lone.get(name, float('nan')) * 1000:>9.0f}")
    for name in sorted(n for n in lone if n.startswith("(")):
        print(f"{name:<42}{'':>9}{lone[name] * 1000:>9.0f}")
    if lone:
        print(
            "alone, every rule: " + ", ".join(f"{n}={lone[n] * 1000:.0f}" for n in default_rules())
        )


if __name__ == "__main__":
    main()
