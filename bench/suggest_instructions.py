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
import json
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
    callgrind_parts,
    copy_of,
    record,
    repeated_samples,
    run_in_copy,
    sample_texts,
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

# `--corpus N`: N articles of `annotator suggest`'s bench corpus (bench_suggest.py's
# measure 3), each with the page furniture its import stores, through `suggest()` as a
# corpus worker runs them (the shipped gazetteer, no known actors), after a warm-up over
# other articles of the corpus, with what is then alive frozen out of garbage collection as
# in a worker; counted from the first to the last (dumps as above).
_CORPUS = """
import gc, json, os, subprocess, sys, time
from annotator.core.suggest import prepare_rules, suggest
from annotator.services.suggesting import load_gazetteer
articles = json.load(open(sys.argv[1], encoding="utf-8"))
warm = json.load(open(sys.argv[1] + ".warm", encoding="utf-8"))
gazetteer = load_gazetteer()
known = {}
prepare_rules(known_actors=known, gazetteer=gazetteer)
for text, furniture in warm:
    suggest(text, known_actors=known, gazetteer=gazetteer, boilerplate=furniture)
# As a corpus worker runs (`suggest_corpus` freezes what is alive once the rules are
# prepared): unfrozen, a full collection walking the rules' objects fell inside the counted
# articles or not as allocations happened to fall, which moved the figure by ~0.5 %.
gc.collect()
gc.freeze()
if sys.argv[2] == "counted":
    subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], capture_output=True)
    time.sleep(0.5)  # (callgrind reads the command at its next check)
os.getppid()
for text, furniture in articles:
    suggest(text, known_actors=known, gazetteer=gazetteer, boilerplate=furniture)
os.getppid()
"""
# Articles of the corpus mode's warm-up: texts none of the counted articles repeats.
_CORPUS_WARM: Final = 16


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


def _count_article(copy: Path, article: Path, tmp: Path, script: str = _ARTICLE_ONLY) -> int:
    """The article's instructions in one run of `copy` (see `--article-only`; `script`:
    `_CORPUS` counts the corpus articles of `--corpus`)."""
    env = _environment(copy, tmp)
    run_in_copy(copy, script, str(article), "warm", env=env)
    out = tmp / f"article-{copy.name}.out"
    parts = callgrind_parts(copy, script, str(article), "counted", out=out, env=env)
    if 2 not in parts:
        sys.exit(f"suggest_instructions: no dump of the article ({copy}): {sorted(parts)}")
    return parts[2]  # (part 1 ends as the article starts, part 2 as it ends)


def _corpus_articles(first: int, count: int) -> list[tuple[str, list[tuple[int, int]]]]:
    """Articles `first` to `first + count` of bench_suggest's corpus (the samples cut to
    3,000 characters under a title line), with the page furniture their import stores."""
    from annotator.core.boilerplate import boilerplate_ranges

    samples = sample_texts()
    texts = [
        f"Article {n}\n\n{samples[n % len(samples)][:3000]}\n" for n in range(first, first + count)
    ]
    return [(text, [list(r) for r in boilerplate_ranges(text)]) for text in texts]


# The corpus articles whose texts differ: as many as there are samples, less the warm-up's.
_CORPUS_MAX: Final = 400


def _count_corpus(count: int, refs: list[str], skip_this_copy: bool) -> None:
    """`--corpus`: instructions per article over `count` corpus articles, each copy once."""
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        articles = tmp / "corpus.json"
        articles.write_text(json.dumps(_corpus_articles(0, count)), "utf-8")
        # The warm-up: articles of the corpus after the counted ones (other texts).
        warm = _corpus_articles(len(sample_texts()) - _CORPUS_WARM, _CORPUS_WARM)
        Path(f"{articles}.warm").write_text(json.dumps(warm), "utf-8")
        copies = {} if skip_this_copy else {"this copy": ROOT}
        for number, ref in enumerate(refs, 1):
            copies[ref] = copy_of(ref, tmp / f"against{number}")
        counted = {}
        for what, copy in copies.items():
            counted[what] = _count_article(copy, articles, tmp, _CORPUS) / count
            print(f"  {what}: {counted[what] / 1e6:,.2f} M instructions per article", flush=True)
    for ref in refs if "this copy" in counted else ():
        record(
            f"suggest {count} corpus articles of ~3 KB, instructions per article (M), "
            "this copy against an earlier commit",
            counted["this copy"] / 1e6,
            counted[ref] / 1e6,
            unit="M",
            baseline_name=f"{ref}'s copy, same articles, callgrind",
        )


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
        "--skip-this-copy",
        action="store_true",
        help="with --article-only or --corpus: the REFs alone",
    )
    parser.add_argument(
        "--corpus",
        type=int,
        metavar="N",
        help="N articles of ~3 KB of bench_suggest's corpus (each counted once, as "
        "`annotator suggest`'s workers run them), per article; at most "
        f"{_CORPUS_MAX} (distinct texts)",
    )
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("suggest_instructions: needs valgrind (callgrind) on PATH")
    if (args.article_only or args.corpus) and shutil.which("callgrind_control") is None:
        sys.exit("suggest_instructions: --article-only and --corpus need callgrind_control")
    refs: list[str] = args.against
    if args.corpus:
        if not 1 <= args.corpus <= _CORPUS_MAX:
            sys.exit(f"suggest_instructions: --corpus takes 1 to {_CORPUS_MAX} articles")
        _count_corpus(args.corpus, refs, args.skip_this_copy)
        return
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
