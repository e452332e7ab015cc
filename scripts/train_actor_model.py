"""Train the learned ACTOR tagger (rule `actor_learned`) on the development gold.

Usage (from the repository root):

    python scripts/train_actor_model.py [GOLD] [--out FILE] [--exclude N-M ...]
        [--epochs N] [--seed N] [--prune X] [--date YYYY-MM-DD]

GOLD defaults to sample_articles/dev/realistic.jsonl and FILE to
resources/models/actor_model.json.gz. `--exclude 430-445` leaves out the articles whose
file number is in that range (to measure on them: leave one batch out). Deterministic: the
same gold, options and code give the same bytes (fixed seed, documents in the gold's order,
a gzip without a time stamp). The file records what it was trained on: the gold file's
sha256, the article count and numbers left out, and a date (the gold's last commit date, or
`--date`). The held-out gold is refused: it is never trained on.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.core.suggest import learned  # noqa: E402
from annotator.services.suggesting import load_gazetteer  # noqa: E402

DEFAULT_GOLD = ROOT / "sample_articles" / "dev" / "realistic.jsonl"
DEFAULT_OUT = ROOT / "resources" / "models" / "actor_model.json.gz"


def article_number(record: dict[str, object]) -> int | None:
    """The number a gold record's file name starts with ("430-slug.txt" -> 430)."""
    meta = record.get("meta")
    name = meta.get("file") if isinstance(meta, dict) else None
    head = str(name or "").split("-", 1)[0]
    return int(head) if head.isdigit() else None


def parse_ranges(values: list[str]) -> list[tuple[int, int]]:
    ranges = []
    for value in values:
        low, _, high = value.partition("-")
        ranges.append((int(low), int(high or low)))
    return ranges


def gold_documents(
    records: list[dict[str, object]], exclude: list[tuple[int, int]]
) -> tuple[list[tuple[str, list[tuple[int, int, str]]]], list[int]]:
    """(text, ACTOR spans) of each record not excluded, and the numbers left out."""
    documents = []
    left_out = []
    for record in records:
        number = article_number(record)
        if number is not None and any(a <= number <= b for a, b in exclude):
            left_out.append(number)
            continue
        text = str(record["text"])
        spans = []
        for span in record.get("spans") or []:  # type: ignore[attr-defined]
            if span.get("label") == "ACTOR":
                kind = (span.get("attributes") or {}).get("type") or "other"
                spans.append((int(span["start"]), int(span["end"]), str(kind)))
        documents.append((text, spans))
    return documents, sorted(left_out)


def commit_date(path: Path) -> str:
    """The date of the last commit that changed `path`, or "" outside a git checkout."""
    try:
        done = subprocess.run(
            ["git", "log", "-1", "--format=%cs", "--", str(path)],
            cwd=path.parent,
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return ""
    return done.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--exclude", action="append", default=[], metavar="N-M")
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--prune", type=float, default=1.0)
    parser.add_argument("--date", default=None)
    args = parser.parse_args(argv)
    if "heldout" in args.gold.resolve().parts:
        print(f"{args.gold}: the held-out gold is never trained on", file=sys.stderr)
        return 2
    data = args.gold.read_bytes()
    records = [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]
    documents, left_out = gold_documents(records, parse_ranges(args.exclude))
    meta = {
        "trained_on": args.gold.name,
        "gold_sha256": hashlib.sha256(data).hexdigest(),
        "articles": len(documents),
        "left_out": left_out,
        "date": args.date if args.date is not None else commit_date(args.gold.resolve()),
        "epochs": args.epochs,
        "seed": args.seed,
        "prune": args.prune,
    }
    model = learned.train(
        documents,
        load_gazetteer(),
        epochs=args.epochs,
        seed=args.seed,
        prune=args.prune,
        meta=meta,
    )
    blob = learned.dump(model)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(blob)
    print(
        f"{args.out}: {len(model.weights)} features, {len(blob):,} bytes; "
        f"{len(documents)} articles, {len(left_out)} left out"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
