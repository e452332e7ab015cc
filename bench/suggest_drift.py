"""Whether a corpus article costs more late in a long run than early (callgrind).

    python bench/suggest_drift.py [--documents 5000] [--window 100]

`annotator suggest --jobs 1` runs every article of a corpus in one process, and each
worker of `--jobs 0` runs half of them: a cost that grows with the articles already
seen (a cache that grows without bound, a pattern cache that overflows and compiles
again, an index rebuilt per article, collections walking more and more) would make a
long run cost more per article than the 100 articles `suggest_instructions.py --corpus`
counts. This runs bench_suggest.py's corpus (the samples cut to 3,000 characters under a
title line, so each text comes back every len(samples) articles) through the corpus
workers' own function (`suggesting._suggest_one`, after `prepare_rules`) in one process
under callgrind, instrumentation on only for three windows of `--window` articles
holding the same texts: the first articles (first sight of the texts), the same texts'
second sight, and their last sight before `--documents`. Reported: instructions per
article of the last window against the second one (the per-word caches are warm in
both: a ratio near 1 says nothing grows), and the first one for reference.

Instruction counts do not move with the machine's load; CPU seconds on a shared machine
do (by 10 % and more between two runs of the same code), which is why this counts.
Needs valgrind and callgrind_control. At 5,000 articles it takes 10 to 20 minutes.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import callgrind_parts, record, run_in_copy, sample_texts  # noqa: E402

# argv[1]: the samples (JSON); argv[2]: the windows (JSON [[first, end], ...]).
_RUN = """
import json, os, subprocess, sys, time
from annotator.core.boilerplate import boilerplate_ranges
from annotator.core.suggest import LABELS, prepare_rules
from annotator.services import suggesting
samples = json.load(open(sys.argv[1], encoding="utf-8"))
windows = json.loads(sys.argv[2])
gazetteer = suggesting.load_gazetteer()
suggesting._init_worker(gazetteer, {}, LABELS, None)
prepare_rules(known_actors={}, gazetteer=gazetteer)

def run(n):
    text = f"Article {n}\\n\\n{samples[n % len(samples)][:3000]}\\n"
    suggesting._suggest_one(str(n), text, [tuple(r) for r in boilerplate_ranges(text)])

def instrument(on):
    subprocess.run(["callgrind_control", "-i", on, str(os.getpid())], capture_output=True)
    time.sleep(0.5)  # (callgrind reads the command at its next check)

n = 0
for first, end in windows:
    while n < first:
        run(n)
        n += 1
    instrument("on")
    os.getppid()
    while n < end:
        run(n)
        n += 1
    os.getppid()
    instrument("off")
"""


def _windows(documents: int, window: int, cycle: int) -> list[list[int]]:
    """[first, end) of the three counted windows: the first `window` articles, the same
    texts' second sight and their last sight within `documents` (the texts come back every
    `cycle` articles). Exits when the run is too short for three sights."""
    last = (documents - window) // cycle * cycle
    if not 1 <= window <= cycle or last < 2 * cycle:
        sys.exit(
            f"suggest_drift: needs 1 <= --window <= {cycle} and --documents >= {2 * cycle + window}"
        )
    return [[0, window], [cycle, cycle + window], [last, last + window]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--window", type=int, default=100)
    args = parser.parse_args()
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        sys.exit("suggest_drift: needs valgrind and callgrind_control on PATH")
    samples = sample_texts()
    window = args.window
    windows = _windows(args.documents, window, len(samples))
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        texts = tmp / "samples.json"
        texts.write_text(json.dumps(samples), "utf-8")
        out = tmp / "drift.out"
        env = {"PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": ""}
        run_in_copy(ROOT, _RUN, str(texts), json.dumps(windows[:1]), env=env)  # bytecode
        parts = callgrind_parts(ROOT, _RUN, str(texts), json.dumps(windows), out=out, env=env)
    # Each window is the dump its closing getppid makes: parts 2, 4 and 6.
    if not {2, 4, 6} <= parts.keys():
        sys.exit(f"suggest_drift: missing dumps of the windows ({sorted(parts)})")
    first, second, late = (parts[k] / window / 1e6 for k in (2, 4, 6))
    print(
        f"  articles {windows[0]}: {first:,.2f} M, {windows[1]}: {second:,.2f} M, "
        f"{windows[2]}: {late:,.2f} M instructions per article",
        flush=True,
    )
    record(
        f"one run of {args.documents} corpus articles: instructions per article of articles "
        f"{windows[2][0]}-{windows[2][1]} (M)",
        late,
        second,
        unit="M",
        baseline_name=f"the same texts as articles {windows[1][0]}-{windows[1][1]}",
        note=f"first sight, articles 0-{window}: {first:,.2f} M",
    )


if __name__ == "__main__":
    main()
