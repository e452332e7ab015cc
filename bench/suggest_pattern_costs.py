"""What each regular expression costs inside one `suggest()` on a long article.

    python bench/suggest_pattern_costs.py [--size 1000000] [--top 40]

The rules spend about a third of their instructions in the matching engine (callgrind
on the 100 KB bench article: `sre_*` functions), where neither cProfile nor a sampling
profiler says which pattern: cProfile shows one line for every `search` of every
pattern, py-spy charges the engine's time to the Python line that called it. This runs
`suggest()` once (after `prepare_rules` and a 5 KB warm-up, as bench_suggest.py does)
with a profile hook that times each call of a compiled pattern's `search`, `match`,
`fullmatch`, `findall`, `sub`, `subn` and `split` (thread CPU time), grouped by pattern,
method and calling function. What the hook itself adds to each call is measured first
(a one-character match timed with and without it) and taken off, so the figures are
the engine's own time, about; the whole run is several times slower than without the
hook. `finditer` is not timed (its matches are made as the caller iterates).

Use it to choose which pattern to look at, then count instructions before and after a
change (bench/suggest_instructions.py --article-only): CPU time on a shared machine
moves by tens of percent, and so do these figures.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.core.suggest import prepare_rules, suggest  # noqa: E402
from annotator.services.suggesting import load_gazetteer  # noqa: E402
from bench.common import repeated_samples  # noqa: E402

_TIMED = frozenset({"search", "match", "fullmatch", "findall", "sub", "subn", "split"})
Key = tuple[re.Pattern[str], str, str]


class _Hook:
    """A `sys.setprofile` hook summing thread CPU time per (pattern, method, caller)."""

    def __init__(self) -> None:
        self.spent: dict[Key, list[int]] = defaultdict(lambda: [0, 0])
        self._open: list[tuple[Key, int] | None] = []
        self._clock = time.thread_time_ns

    def __call__(self, frame: FrameType, event: str, arg: Any) -> None:
        if event == "c_call":
            owner = getattr(arg, "__self__", None)
            if type(owner) is re.Pattern and arg.__name__ in _TIMED:
                code = frame.f_code
                caller = f"{Path(code.co_filename).name}:{code.co_name}"
                self._open.append(((owner, arg.__name__, caller), self._clock()))
            else:
                self._open.append(None)
        elif event in ("c_return", "c_exception") and self._open:
            now = self._clock()  # first: hashing a pattern hashes its whole code
            started = self._open.pop()
            if started is not None:
                entry = self.spent[started[0]]
                entry[0] += 1
                entry[1] += now - started[1]


def _overhead_ns(calls: int = 200_000) -> float:
    """What the hook adds to one timed call, in ns: a one-character match timed with the
    hook, less the same calls without it."""
    pattern = re.compile("a")
    started = time.thread_time_ns()
    for _ in range(calls):
        pattern.match("a")
    bare = (time.thread_time_ns() - started) / calls
    hook = _Hook()
    sys.setprofile(hook)
    try:
        for _ in range(calls):
            pattern.match("a")
    finally:
        sys.setprofile(None)
    ((count, spent),) = hook.spent.values()
    return max(0.0, spent / count - bare)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    text = repeated_samples(args.size)
    gazetteer = load_gazetteer()
    prepare_rules(gazetteer=gazetteer)
    suggest(text[:5000], gazetteer=gazetteer)
    overhead = _overhead_ns()
    hook = _Hook()
    sys.setprofile(hook)
    try:
        suggest(text, gazetteer=gazetteer)
    finally:
        sys.setprofile(None)
    rows = sorted(
        ((spent - count * overhead, count, key) for key, (count, spent) in hook.spent.items()),
        key=lambda row: -row[0],
    )
    total = sum(row[0] for row in rows)
    calls = sum(row[1] for row in rows)
    print(
        f"{args.size:,} characters: {total / 1e6:,.0f} ms of engine time in {calls:,} calls "
        f"(hook's own {overhead:.0f} ns a call taken off)"
    )
    print(f"{'ms':>8} {'calls':>8} {'us/call':>8}  method     caller / pattern")
    for spent, count, (pattern, method, caller) in rows[: args.top]:
        shown = " ".join(pattern.pattern.split())[:110]
        print(f"{spent / 1e6:8.1f} {count:8,} {spent / count / 1e3:8.1f}  {method:<10} {caller}")
        print(f"{'':37}{shown}")


if __name__ == "__main__":
    main()
