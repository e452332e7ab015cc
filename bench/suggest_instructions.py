"""One long article's suggestions counted in instructions (callgrind), this copy against REF.

    python bench/suggest_instructions.py [--against REF] [--size 1000000]

Wall time on a shared machine moves by tenths of a second between runs; the
instructions a run executes do not (a fixed hash seed, about 0.1%). Each copy
(this one, and REF's `annotator/` and `resources/` taken with `git archive`) runs
the same script under valgrind's callgrind three times, stopping after a later
step each time; a step's count is the difference between two runs:

- the compile: `prepare_rules` (every pattern, the gazetteer's index), as the
  window's preparing job does once the session's first suggestions are shown;
- the article: `suggest()` over the samples repeated to `--size` characters (the
  article of bench_suggest.py), after the compile and a 5 KB warm-up. The warm-up is
  the samples' text that follows the article, never the article's own first 5 KB: the
  rules keep some results per process (`lru_cache`s keyed by words and phrases), and a
  5,000-character article warmed up on itself was counted as a second run of the same
  text (a cache over parsed phrases showed -4.6 % there and nothing at 100 KB).

Every run of a copy starts from the same state: before counting, one uncounted run
(outside valgrind) writes the copy's bytecode and fills a cache folder of its own
(`XDG_CACHE_HOME`: the gazetteer's kept index; no compiled patterns are kept there, as
these scripts never call `patterns_kept`, so every run compiles them the same way), so
no counted run pays a first step the others do not (which made a step's difference
negative).

Needs valgrind; at 1 MB a copy takes 2 to 5 minutes.

With `--article-only`, each copy runs once: valgrind starts with instrumentation off
(the imports and the compile run at its lighter speed), `callgrind_control` turns it on
after the warm-up, and callgrind dumps its counts as the article starts and as it ends
(at `os.getppid`, called only there), so the article's count is one dump's total: about a
fifth of the time, for a bisect over commits (`--against` may be given more than once;
`--skip-this-copy` leaves this copy out). The count is the article's alone (no compile);
compare counts made the same way (b4aa5f5's 20 KB article: 272.4 M here, counted
before the warm-up moved off the article's first 5 KB).
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Final

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import (  # noqa: E402
    article_and_copies,
    copy_of,
    record,
    repeated_samples,
    run_in_copy,
)

COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")

# argv[1]: the article; argv[2]: how far to go (0 imports, 1 also compiles, 2 also suggests).
_STEPS = """
import sys
from annotator.core.suggest import prepare_rules, suggest
from annotator.services.suggesting import load_gazetteer
text = open(sys.argv[1], encoding="utf-8").read()
warm = open(sys.argv[1] + ".warm", encoding="utf-8").read()
gazetteer = load_gazetteer()
if int(sys.argv[2]) >= 1:
    prepare_rules(gazetteer=gazetteer)
    suggest(warm, gazetteer=gazetteer)
if int(sys.argv[2]) >= 2:
    suggest(text, gazetteer=gazetteer)
"""

# The article alone (`--article-only`): instrumentation on after the warm-up, then a dump
# before and after the article (callgrind's --dump-before=getppid; nothing else calls it).
_ARTICLE_ONLY = """
import os, subprocess, sys, time
from annotator.core.suggest import prepare_rules, suggest
from annotator.services.suggesting import load_gazetteer
text = open(sys.argv[1], encoding="utf-8").read()
warm = open(sys.argv[1] + ".warm", encoding="utf-8").read()
gazetteer = load_gazetteer()
prepare_rules(gazetteer=gazetteer)
suggest(warm, gazetteer=gazetteer)
if sys.argv[2] == "counted":
    subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], capture_output=True)
    time.sleep(0.5)  # (callgrind reads the command at its next check)
os.getppid()
suggest(text, gazetteer=gazetteer)
os.getppid()
"""
_WARM_CHARS: Final = 5000
_PART: Final = re.compile(r"^part:\s*(\d+)", re.MULTILINE)
_TOTAL: Final = re.compile(r"^(?:summary|totals):\s*(\d+)", re.MULTILINE)


def _environment(copy: Path, tmp: Path) -> dict[str, str]:
    """The same settings for every run of `copy`: hash seed, bytecode written, its own cache."""
    cache = tmp / f"cache-{copy.name}"
    cache.mkdir(exist_ok=True)
    return {"PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "", "XDG_CACHE_HOME": str(cache)}


def _warm(copy: Path, article: Path, tmp: Path) -> None:
    """One uncounted run of every step: bytecode and kept patterns in place for the counted runs."""
    run_in_copy(copy, _STEPS, str(article), "2", env=_environment(copy, tmp))


def _count(copy: Path, article: Path, step: int, tmp: Path) -> int:
    ran = run_in_copy(
        copy,
        _STEPS,
        str(article),
        str(step),
        before=["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/callgrind.out"],
        env=_environment(copy, tmp),
    )
    found = COLLECTED.search(ran.stderr)
    if found is None:
        sys.exit(f"suggest_instructions: no instruction count ({copy}):\n{ran.stderr[-2000:]}")
    return int(found.group(1))


def _count_article(copy: Path, article: Path, tmp: Path) -> int:
    """The article's instructions in one run of `copy` (see `--article-only`)."""
    env = _environment(copy, tmp)
    run_in_copy(copy, _ARTICLE_ONLY, str(article), "warm", env=env)
    out = tmp / f"article-{copy.name}.out"
    run_in_copy(
        copy,
        _ARTICLE_ONLY,
        str(article),
        "counted",
        before=[
            "valgrind",
            "--tool=callgrind",
            "--instr-atstart=no",
            "--dump-before=getppid",
            f"--callgrind-out-file={out}",
        ],
        env=env,
    )
    parts = {}
    for dump in tmp.glob(f"{out.name}*"):
        body = dump.read_text("utf-8", "replace")
        part, total = _PART.search(body), _TOTAL.search(body)
        if part is not None and total is not None:
            parts[int(part.group(1))] = int(total.group(1))
        dump.unlink()
    if 2 not in parts:
        sys.exit(f"suggest_instructions: no dump of the article ({copy}): {sorted(parts)}")
    return parts[2]  # (part 1 ends as the article starts, part 2 as it ends)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--against", metavar="REF", action="append", default=[], help="also count REF's rules"
    )
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument(
        "--article-only", action="store_true", help="the article alone, one run per copy"
    )
    parser.add_argument(
        "--skip-this-copy", action="store_true", help="with --article-only: the REFs alone"
    )
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("suggest_instructions: needs valgrind (callgrind) on PATH")
    if args.article_only and shutil.which("callgrind_control") is None:
        sys.exit("suggest_instructions: --article-only needs callgrind_control on PATH")
    refs: list[str] = args.against
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        article, copies = article_and_copies(tmp, args.size, refs[0] if refs else None)
        # The warm-up: the 5 KB of the samples after the article (see the docstring).
        Path(f"{article}.warm").write_text(
            repeated_samples(args.size + _WARM_CHARS)[args.size :], "utf-8"
        )
        for number, ref in enumerate(refs[1:], 2):
            copies[ref] = copy_of(ref, tmp / f"against{number}")
        if args.article_only:
            if args.skip_this_copy:
                del copies["this copy"]
            articles = {}
            for what, copy in copies.items():
                articles[what] = _count_article(copy, article, tmp)
                print(f"  {what}: article {articles[what] / 1e6:,.1f} M instructions", flush=True)
            for ref in refs if "this copy" in articles else ():
                record(
                    f"suggest one {args.size:,}-character article alone, instructions (M), "
                    "this copy against an earlier commit",
                    articles["this copy"] / 1e6,
                    articles[ref] / 1e6,
                    unit="M",
                    baseline_name=f"{ref}'s copy, same article, callgrind",
                )
            return
        counts = {}
        for what, copy in copies.items():
            _warm(copy, article, tmp)
            steps = [_count(copy, article, step, tmp) for step in range(3)]
            counts[what] = (steps[1] - steps[0], steps[2] - steps[1])
            print(
                f"  {what}: compile {counts[what][0] / 1e6:,.0f} M, "
                f"article {counts[what][1] / 1e6:,.0f} M instructions",
                flush=True,
            )
    for ref in refs:
        for index, what in ((1, f"suggest one {args.size:,}-character article"), (0, "compile")):
            record(
                f"{what}, instructions (M), this copy against an earlier commit",
                counts["this copy"][index] / 1e6,
                counts[ref][index] / 1e6,
                unit="M",
                baseline_name=f"{ref}'s copy, same article, callgrind",
            )


if __name__ == "__main__":
    main()
