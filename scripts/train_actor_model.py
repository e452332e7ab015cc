"""Train the learned ACTOR tagger (rule `actor_learned`) on the development gold.

Usage (from the repository root):

    python scripts/train_actor_model.py [GOLD] [--out FILE] [--exclude N-M ...]
        [--epochs N] [--seed N] [--prune X] [--date YYYY-MM-DD]

GOLD defaults to sample_articles/dev/realistic.jsonl and FILE to
resources/models/actor_model.json.gz. `--exclude 430-445` leaves out the articles whose
file number is in that range (to measure on them: leave one batch out). Deterministic: the
same gold, gazetteer, options and code give the same bytes (fixed seed, documents in the
gold's order, a gzip without a time stamp). The file records what it was trained on and
how (its `meta`): the gold file's sha256, the shipped gazetteer's sha256, the article
count and numbers left out, the epochs, seed and prune, a date (the gold's last commit
date, or `--date`), the commit the code was at (`source`, with "+changes" when the
training code, the gazetteer or the gold differed from it) and `command`, the command
line that makes the same file again from that commit. The held-out gold is refused: it is
never trained on.

The shipped file was made with the defaults, from a clean checkout:

    python scripts/train_actor_model.py

(read its command back with `python scripts/train_actor_model.py --show`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shlex
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.core.suggest import learned  # noqa: E402
from annotator.core.suggest.base import GazetteerEntry  # noqa: E402
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
    return _git(["log", "-1", "--format=%cs", "--", str(path)], path.parent)


# What the weights depend on besides the gold: a change here after the recorded commit is
# marked "+changes" in the file's `source`.
TRAINING_INPUTS = (
    "annotator/core/suggest/learned.py",
    "annotator/core/suggest/actors.py",
    "annotator/core/tokenize.py",
    "resources/gazetteers",
    "scripts/train_actor_model.py",
)


def source_state(gold: Path, inputs: tuple[str, ...] = TRAINING_INPUTS) -> str:
    """The commit the checkout is at, with "+changes" when the training code (`inputs`),
    the gazetteer or `gold` differ from it; "" outside a git checkout."""
    head = _git(["rev-parse", "HEAD"], ROOT)
    if not head:
        return ""
    paths = [*inputs, *([str(gold)] if gold.is_relative_to(ROOT) else [])]
    changed = _git(["status", "--porcelain", "--", *paths], ROOT)
    return head + ("+changes" if changed else "")


def _git(args: list[str], cwd: Path) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except OSError:
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def gazetteer_digest(gazetteer: Mapping[str, GazetteerEntry]) -> str:
    """sha256 of the gazetteer's names, types and roles, in name order."""
    lines = (f"{n}\t{gazetteer[n].type}\t{gazetteer[n].role or ''}\n" for n in sorted(gazetteer))
    return hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()


def command_line(args: argparse.Namespace) -> str:
    """The command that trains the same file again (every option spelled out)."""
    gold = args.gold.resolve()
    shown = str(gold.relative_to(ROOT)) if gold.is_relative_to(ROOT) else str(args.gold)
    parts = ["python", "scripts/train_actor_model.py", shown]
    for value in args.exclude:
        parts += ["--exclude", value]
    parts += ["--epochs", str(args.epochs), "--seed", str(args.seed)]
    parts += ["--prune", str(args.prune), "--date", args.date]
    return shlex.join(parts)


def training_parser(
    description: str, gold: Path, out: Path, epochs: int, seed: int
) -> argparse.ArgumentParser:
    """The options every training script takes: GOLD, --out, --exclude, --epochs, --seed,
    --date and --show (with these defaults)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("gold", nargs="?", type=Path, default=gold, help="gold JSONL")
    parser.add_argument("--out", type=Path, default=out, help="model file to write")
    parser.add_argument(
        "--exclude", action="append", default=[], metavar="N-M", help="leave these out"
    )
    parser.add_argument("--epochs", type=int, default=epochs, help="passes over the gold")
    parser.add_argument("--seed", type=int, default=seed, help="seed of the shuffling")
    parser.add_argument("--date", default=None, help="date to record (the gold's by default)")
    parser.add_argument(
        "--show", action="store_true", help="print the --out file's meta and train nothing"
    )
    return parser


def shown_or_refused(args: argparse.Namespace, meta_of: Callable[[bytes], object]) -> int | None:
    """With --show, print the --out file's meta (`meta_of` its bytes) and return the exit
    status; for the held-out gold, refuse (2); else None: go on and train."""
    if args.show:
        try:
            meta = meta_of(args.out.read_bytes())
        except (OSError, ValueError) as exc:
            print(f"{args.out}: {exc}", file=sys.stderr)
            return 1
        print(json.dumps(meta, indent=2, sort_keys=True))
        return 0
    if "heldout" in args.gold.resolve().parts:
        print(f"{args.gold}: the held-out gold is never trained on", file=sys.stderr)
        return 2
    return None


def main(argv: list[str] | None = None) -> int:
    parser = training_parser(__doc__.split("\n", 1)[0], DEFAULT_GOLD, DEFAULT_OUT, 8, 15)
    parser.add_argument("--prune", type=float, default=1.0, help="drop weights |w| <= X")
    args = parser.parse_args(argv)
    done = shown_or_refused(args, lambda data: learned.load(data).meta)
    if done is not None:
        return done
    data = args.gold.read_bytes()
    records = [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]
    documents, left_out = gold_documents(records, parse_ranges(args.exclude))
    if args.date is None:
        args.date = commit_date(args.gold.resolve())
    gazetteer = load_gazetteer()
    meta = {
        "trained_on": args.gold.name,
        "gold_sha256": hashlib.sha256(data).hexdigest(),
        "gazetteer_sha256": gazetteer_digest(gazetteer),
        "articles": len(documents),
        "left_out": left_out,
        "date": args.date,
        "epochs": args.epochs,
        "seed": args.seed,
        "prune": args.prune,
        "source": source_state(args.gold.resolve()),
        "command": command_line(args),
    }
    model = learned.train(
        documents,
        gazetteer,
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
