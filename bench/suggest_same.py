"""Check that a change left every suggestion as it was: this copy against an earlier commit.

A speed change to the rules or to `annotator suggest` must not move a single
suggestion. This script runs both copies (this one and REF's `annotator/` and
`resources/`, taken with `git archive`), each in a fresh process, over the same
inputs, and compares what they produce:

1. `suggest()` over every sample and dev article (`sample_articles/*.txt`,
   `sample_articles/dev/*.txt`), whole, cut to 3,000 and 700 characters, and all of
   them joined into one long article, with the shipped gazetteer, once without
   known actors and once with the gold files' ACTOR texts as known actors:
   extent, label, attributes, rule and speaker of every suggestion;
2. `annotator import` of those articles (twice each, under other titles) and
   and of the samples' gold as an analyst's layer (what she tagged is never suggested),
   `annotator suggest` with `--jobs 1` and `--jobs 2`, then a second
   `annotator suggest` over the result (the re-run path): every row of the
   suggester layer (ids, extents, labels, attributes, provenance) and its speaker
   relations.

With `--parallel N`, this copy's `suggest()` runs share its rules out with N warm worker
processes (the window's path for long articles), on every input whatever its length.

Exit 0 when everything is identical; otherwise exit 1 naming the first input that
differs. Prints what it compared.

    python bench/suggest_same.py [--against main] [--skip-db] [--parallel N] [--list]

With `--list`, every input that differs is named with the suggestions only one copy
makes (`+` here, `-` only in REF), so a rule change shows where it reaches.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import copy_of  # noqa: E402

# Run in a fresh process with PYTHONPATH set to the copy under test: prints one JSON
# line per input, {"name": ..., "found": [...]}, for the articles listed in argv[1].
_RULES = r"""
import json, sys
from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
spec = json.loads(open(sys.argv[1], encoding="utf-8").read())
gazetteer = load_gazetteer()
workers = None
if len(sys.argv) > 2 and sys.argv[2] == "parallel":
    from annotator.services.rule_workers import RuleWorkers
    workers = RuleWorkers(int(sys.argv[3])).start()
    getattr(workers, "wait_ready", lambda: True)()  # else the first inputs run here alone
for known_name, known in (("none", {}), ("gold", spec["known"])):
    for name, text in spec["texts"]:
        hook = {}
        if workers is not None:
            hook["elsewhere"] = workers.elsewhere(known_actors=known, parallel_from=0)
        found = suggest(text, known_actors=known, gazetteer=gazetteer, **hook)
        rows = [
            [s.start, s.end, s.label, dict(s.attributes), s.rule,
             list(s.speaker) if s.speaker else None]
            for s in found
        ]
        print(json.dumps({"name": f"{name} (known actors: {known_name})", "found": rows},
                         sort_keys=True))
"""

# Prints the suggester layer of the database in argv[1], one JSON line per row, sorted.
_LAYER = r"""
import json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute(
    'SELECT d.title, s.id, s.start, s."end", s.label, s.attributes, s.provenance '
    "FROM spans s JOIN documents d ON d.id = s.document_id WHERE s.annotator = 'suggester' "
    "ORDER BY d.title, s.start, s.\"end\", s.label"
).fetchall()
for row in rows:
    print(json.dumps(["span", *row]))
for row in conn.execute(
    "SELECT id, head_id, tail_id, type FROM relations WHERE annotator = 'suggester' ORDER BY id"
):
    print(json.dumps(["relation", *row]))
"""


def _articles() -> list[tuple[str, str]]:
    folder = ROOT / "sample_articles"
    files = sorted(folder.glob("*.txt")) + sorted((folder / "dev").glob("*.txt"))
    return [(f.name, f.read_text("utf-8")) for f in files]


def _known_actors() -> dict[str, str | None]:
    known: dict[str, str | None] = {}
    folder = ROOT / "sample_articles"
    for gold in (folder / "gold.jsonl", folder / "dev" / "gold.jsonl"):
        if not gold.exists():
            continue
        for line in gold.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            text = record["text"]
            for span in record.get("spans", []):
                if span.get("label") == "ACTOR":
                    kind = (span.get("attributes") or {}).get("type")
                    known.setdefault(text[span["start"] : span["end"]], kind)
    return known


def _inputs() -> list[tuple[str, str]]:
    articles = _articles()
    texts = []
    for name, text in articles:
        texts += [(name, text), (f"{name}[:3000]", text[:3000]), (f"{name}[:700]", text[:700])]
    texts.append(("all articles joined", "\n\n".join(text for _, text in articles)))
    return texts


def _run(copy: Path, *args: str) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(copy))
    done = subprocess.run(
        [sys.executable, *args], cwd=copy, env=env, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(f"{copy}: {' '.join(args[:3])} failed:\n{done.stderr[-2000:]}")
    return done.stdout.splitlines()


def _rules(copy: Path, spec_file: Path, workers: int = 0) -> list[str]:
    """With `workers`, every input's rules are shared out between the process and that
    many warm worker processes (services.rule_workers), whatever its length."""
    extra = ["parallel", str(workers)] if workers else []
    return _run(copy, "-c", _RULES, str(spec_file), *extra)


def _layers(copy: Path, work: Path) -> dict[str, list[str]]:
    """The suggester layer after `annotator suggest` with --jobs 1, --jobs 2 and a re-run."""
    folder = work / "articles"
    if not folder.exists():
        folder.mkdir()
        for round_ in range(2):
            for n, (name, text) in enumerate(_articles()):
                (folder / f"{round_}-{n:03}-{name}").write_text(
                    f"Copy {round_} of {name}\n\n{text}\n", "utf-8"
                )
    out = {}
    for jobs in ("1", "2"):
        db = work / f"{copy.name}-{jobs}.db"
        _run(copy, "-m", "annotator", "import", str(folder), "--db", str(db), "--quiet")
        # The samples' gold as an analyst's layer: what she tagged is not suggested again.
        gold = ROOT / "sample_articles" / "gold.jsonl"
        _run(copy, "-m", "annotator", "import", str(gold), "--db", str(db), "--quiet",
             "--annotator", "ana")  # fmt: skip
        _run(copy, "-m", "annotator", "suggest", "--db", str(db), "--jobs", jobs, "--quiet")
        out[f"annotator suggest --jobs {jobs}"] = _run(copy, "-c", _LAYER, str(db))
        _run(copy, "-m", "annotator", "suggest", "--db", str(db), "--jobs", jobs, "--quiet")
        out[f"annotator suggest --jobs {jobs}, run twice"] = _run(copy, "-c", _LAYER, str(db))
    return out


def _digest(lines: list[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:12]


def _print_difference(name: str, ours: list, theirs: list, ref: str) -> None:
    """The suggestions of one input that only this copy or only REF makes."""
    mine = {json.dumps(row, sort_keys=True) for row in ours}
    other = {json.dumps(row, sort_keys=True) for row in theirs}
    for sign, rows in (("+", mine - other), ("-", other - mine)):
        for row in sorted(rows, key=lambda r: json.loads(r)[:2]):
            print(f"    {sign} {row}" + ("" if sign == "+" else f"  (only in {ref})"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--against", default="main", metavar="REF")
    parser.add_argument("--skip-db", action="store_true", help="compare suggest() only")
    parser.add_argument(
        "--parallel",
        type=int,
        default=0,
        metavar="N",
        help="this copy's rules shared out with N warm worker processes, on every input "
        "(the window's path for long articles), against REF's single pass",
    )
    parser.add_argument(
        "--list",
        action="store_true",
        help="go on past the first input that differs: every such input with the "
        "suggestions only one copy makes (a rule change's reach)",
    )
    args = parser.parse_args()
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        old = copy_of(args.against, work / "old")
        spec_file = work / "spec.json"
        texts = _inputs()
        spec_file.write_text(json.dumps({"texts": texts, "known": _known_actors()}), "utf-8")
        ours, theirs = _rules(ROOT, spec_file, args.parallel), _rules(old, spec_file)
        if args.parallel:
            print(f"this copy's rules shared out with {args.parallel} worker process(es)")
        if len(ours) != len(theirs):
            print(f"suggest(): {len(ours)} inputs here against {len(theirs)} in {args.against}")
            failed = True
        for mine, other in zip(ours, theirs, strict=False):
            if mine != other:
                name = json.loads(mine)["name"]
                a, b = json.loads(mine)["found"], json.loads(other)["found"]
                first = next(
                    (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                    min(len(a), len(b)),
                )
                print(
                    f"suggest() differs on {name}: {len(a)} suggestions here, {len(b)} in "
                    f"{args.against}; first difference at #{first}: "
                    f"{a[first] if first < len(a) else None} against "
                    f"{b[first] if first < len(b) else None}"
                )
                failed = True
                if not args.list:
                    break
                _print_difference(json.loads(mine)["name"], a, b, args.against)
        spans = sum(len(json.loads(line)["found"]) for line in ours)
        print(
            f"suggest(): {len(ours)} inputs, {spans} suggestions, digest {_digest(ours)} here "
            f"and {_digest(theirs)} in {args.against}: "
            + ("identical" if ours == theirs else "DIFFERENT")
        )
        if not args.skip_db:
            mine_layers = _layers(ROOT, work)
            other_layers = _layers(old, work)
            for what, lines in mine_layers.items():
                same = lines == other_layers[what]
                failed |= not same
                print(
                    f"{what}: {len(lines)} rows, digest {_digest(lines)} here and "
                    f"{_digest(other_layers[what])} in {args.against}: "
                    + ("identical" if same else "DIFFERENT")
                )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
