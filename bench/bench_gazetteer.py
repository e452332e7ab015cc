"""Gazetteer load time: what the first ACTOR key and the first suggestion wait for.

The window reads the lists the first time it needs them: the first ACTOR tag asks the
gazetteer for a type (`load_gazetteer`), the first suggestion also builds the rules'
name index over every listed name and its "al-" spellings (`_gazetteer_index`).
Both are timed in fresh processes (after the imports, which cost the same with any
lists), this copy against REF's `annotator/` and `resources/` (taken with `git
archive`), in turns, `--runs` times each; medians and ratios are printed, with the
number of listed names on each side.

    python bench/bench_gazetteer.py [--against REF] [--runs 9] [--quick]

REF defaults to `main`; once this copy's lists have landed there, pass the commit
before them to see what the lists cost.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import copy_of, record  # noqa: E402

# Run in a fresh process with PYTHONPATH set to the copy under test: prints the seconds
# of the lists' first load, of the rules' index over them, and the number of names.
_TIME_LOAD = """
import time
from annotator.services.suggesting import load_gazetteer
from annotator.core.suggest.actors import _gazetteer_index
started = time.perf_counter()
gazetteer = load_gazetteer()
loaded = time.perf_counter()
_gazetteer_index(gazetteer)
indexed = time.perf_counter()
print(loaded - started, indexed - loaded, len(gazetteer))
"""


def _time_in_child(copy: Path) -> tuple[float, float, int]:
    env = dict(os.environ, PYTHONPATH=str(copy))
    out = subprocess.run(
        [sys.executable, "-c", _TIME_LOAD],
        cwd=copy,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return float(out[0]), float(out[1]), int(out[2])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--against", default="main", metavar="REF")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--quick", action="store_true", help="3 runs each")
    args = parser.parse_args()
    runs = 3 if args.quick else max(1, args.runs)
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "old"
        old.mkdir()
        copy_of(args.against, old)
        ours: list[tuple[float, float, int]] = []
        theirs: list[tuple[float, float, int]] = []
        for _ in range(runs):
            theirs.append(_time_in_child(old))
            ours.append(_time_in_child(ROOT))
    names, their_names = ours[0][2], theirs[0][2]
    load = statistics.median(t[0] for t in ours) * 1000
    their_load = statistics.median(t[0] for t in theirs) * 1000
    index = statistics.median(t[1] for t in ours) * 1000
    their_index = statistics.median(t[1] for t in theirs) * 1000
    record(
        "load the shipped gazetteer (the first ACTOR key)",
        load,
        their_load,
        unit="ms",
        max_value=50,
        baseline_name=f"the lists and loader of {args.against}, fresh processes in turns",
        note=f"{names} names against {their_names}; median of {runs} each",
    )
    record(
        "load the gazetteer and build the rules' name index (the first suggestion)",
        load + index,
        their_load + their_index,
        unit="ms",
        max_value=100,
        baseline_name=f"the same for {args.against}",
        note=f"index alone {index:.1f} ms against {their_index:.1f} ms",
    )


if __name__ == "__main__":
    main()
