"""Train the learned check of one-word state suggestions (rule `actor_state_check`).

Usage (from the repository root):

    python scripts/train_state_check.py [GOLD] [--out FILE] [--exclude N-M ...]
        [--epochs N] [--seed N] [--date YYYY-MM-DD]
    python scripts/train_state_check.py --show [--out FILE]

GOLD defaults to sample_articles/dev/realistic.jsonl and FILE to
resources/models/state_check.json.gz. The examples are every one-word state mention of
the gold (`state_check.examples_of`): an actor where a gold ACTOR span has exactly its
extent, a place where no gold ACTOR touches it. `--exclude 430-445` leaves out the
articles whose file number is in that range (to measure on them). Deterministic: the same
gold, gazetteer, options and code give the same bytes. The file's `meta` records what it
was trained on and how (the gold's and the gazetteer's sha256, the articles left out, the
options, the commit and the command that makes the same file again), as
scripts/train_actor_model.py does. The held-out gold is refused: it is never trained on.

The shipped file was made with the defaults, from a clean checkout:

    python scripts/train_state_check.py
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shlex
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.core.suggest import state_check  # noqa: E402
from annotator.core.suggest.base import GazetteerEntry  # noqa: E402
from annotator.services.suggesting import load_gazetteer  # noqa: E402
from scripts import train_actor_model as actor_script  # noqa: E402

DEFAULT_GOLD = ROOT / "sample_articles" / "dev" / "realistic.jsonl"
DEFAULT_OUT = ROOT / "resources" / "models" / "state_check.json.gz"
# What the weights depend on besides the gold (a change after the recorded commit is
# marked "+changes" in the file's `source`).
TRAINING_INPUTS = (
    "annotator/core/suggest/state_check.py",
    "annotator/core/suggest/learned.py",
    "annotator/core/tokenize.py",
    "resources/gazetteers",
    "scripts/train_state_check.py",
)

Example = tuple[int, int, int, list[str], bool]  # article number, start, end, features, actor


def examples(
    records: list[dict[str, object]], gazetteer: Mapping[str, GazetteerEntry]
) -> list[Example]:
    """Every one-word state mention of the gold `records`, in their order."""
    out = []
    for record in records:
        number = actor_script.article_number(record) or 0
        actors = [
            (int(s["start"]), int(s["end"]))
            for s in record.get("spans") or []  # type: ignore[attr-defined]
            if s.get("label") == "ACTOR"
        ]
        for start, end, features, actor in state_check.examples_of(
            str(record["text"]), actors, gazetteer
        ):
            out.append((number, start, end, features, actor))
    return out


def left_in(found: list[Example], exclude: list[tuple[int, int]]) -> list[Example]:
    return [e for e in found if not any(a <= e[0] <= b for a, b in exclude)]


def train(
    found: list[Example], epochs: int, seed: int, meta: Mapping[str, object]
) -> state_check.Model:
    return state_check.train(
        [(features, actor) for _n, _s, _e, features, actor in found],
        epochs=epochs,
        seed=seed,
        meta=meta,
    )


def command_line(args: argparse.Namespace) -> str:
    """The command that trains the same file again (every option spelled out)."""
    gold = args.gold.resolve()
    shown = str(gold.relative_to(ROOT)) if gold.is_relative_to(ROOT) else str(args.gold)
    parts = ["python", "scripts/train_state_check.py", shown]
    for value in args.exclude:
        parts += ["--exclude", value]
    parts += ["--epochs", str(args.epochs), "--seed", str(args.seed), "--date", args.date]
    return shlex.join(parts)


def read_records(gold: Path) -> tuple[bytes, list[dict[str, object]]]:
    data = gold.read_bytes()
    lines = data.decode("utf-8").splitlines()
    return data, [json.loads(line) for line in lines if line.strip()]


def main(argv: list[str] | None = None) -> int:
    description = __doc__.split("\n", 1)[0]
    parser = actor_script.training_parser(description, DEFAULT_GOLD, DEFAULT_OUT, 10, 20)
    args = parser.parse_args(argv)
    done = actor_script.shown_or_refused(args, lambda data: state_check.load(data).meta)
    if done is not None:
        return done
    data, records = read_records(args.gold)
    exclude = actor_script.parse_ranges(args.exclude)
    gazetteer = load_gazetteer()
    found = examples(records, gazetteer)
    kept = left_in(found, exclude)
    numbers = [actor_script.article_number(r) for r in records]
    left_out = sorted(n for n in numbers if n is not None and any(a <= n <= b for a, b in exclude))
    if args.date is None:
        args.date = actor_script.commit_date(args.gold.resolve())
    meta = {
        "trained_on": args.gold.name,
        "gold_sha256": hashlib.sha256(data).hexdigest(),
        "gazetteer_sha256": actor_script.gazetteer_digest(gazetteer),
        "examples": len(kept),
        "actors": sum(1 for e in kept if e[4]),
        "left_out": left_out,
        "date": args.date,
        "epochs": args.epochs,
        "seed": args.seed,
        "runs": state_check.RUNS,
        "source": actor_script.source_state(args.gold.resolve(), TRAINING_INPUTS),
        "command": command_line(args),
    }
    model = train(kept, args.epochs, args.seed, meta)
    blob = state_check.dump(model)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(blob)
    print(
        f"{args.out}: {len(model.weights)} features, {len(blob):,} bytes; "
        f"{len(kept)} mentions ({meta['actors']} actors), {len(left_out)} articles left out"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
