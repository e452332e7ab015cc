"""Merging two copies of one database tagged apart: this copy's merge against an earlier commit's.

The case that folds duplicates most: a.db holds N articles with 100 spans each; b.db is
the same database in which every span got a new id (the same work tagged again on
another machine) and one span in ten moved by a character. `merge_database(b into a)`
runs in a fresh process on a copy of a.db, with this copy's `annotator/` and, in turns,
with REF's (`git archive REF annotator resources`), so both are timed on the same files
in the same run. REF's merge keeps every duplicate (400,000 spans for N=2,000), this
copy's keeps one of each (220,000): the ratio is what folding costs where it folds
everything. Medians of --runs turns; CPU seconds move less than wall time on a busy
machine.
Usage: python -m bench.bench_merge_copies [--quick] [--against REF] [--documents N] [--runs N]
(REF 8fb1aee is the last commit before duplicates were folded.)
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # `python bench/bench_merge_copies.py` from anywhere

from annotator.core.model import AnnotatedDocument, Document, Span  # noqa: E402
from annotator.store.db import open_db  # noqa: E402
from annotator.store.repository import Repository  # noqa: E402
from bench.common import copy_of, median, record  # noqa: E402

WORDS = ("the", "minister", "said", "civilians", "were", "killed", "in", "shelling", "of")

# Run in a fresh process with the tree to time first on sys.path.
MERGE = """
import shutil, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from annotator.store.db import open_db
from annotator.store.merge import merge_database
from annotator.store.repository import Repository
folder = Path(sys.argv[2])
target = folder / "target.db"
shutil.copyfile(folder / "a.db", target)
repo = Repository(open_db(target))
wall, cpu = time.perf_counter(), time.process_time()
merge_database(repo, folder / "b.db", by="ana", snapshot=False)
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
spans = repo.db.execute("SELECT count(*) FROM spans").fetchone()[0]
repo.db.close()
print(wall, cpu, spans)
"""


def build(folder: Path, documents: int) -> None:
    rng = random.Random(7)
    repo = Repository(open_db(folder / "a.db"))
    records = []
    for n in range(documents):
        text = f"{n}. " + " ".join(rng.choices(WORDS, k=600))
        document = Document.from_text(text, f"article {n}")
        spans = []
        for _ in range(100):
            start = rng.randrange(0, len(text) - 20)
            label = rng.choice(("ACTOR", "CASUALTY"))
            end = start + rng.randint(3, 15)
            span_id = str(uuid.UUID(int=rng.getrandbits(128)))
            spans.append(Span(span_id, document.id, start, end, label, "ana"))
        records.append(AnnotatedDocument(document, spans))
    repo.import_documents(records, "ana")
    repo.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    repo.db.close()
    shutil.copyfile(folder / "a.db", folder / "b.db")
    conn = sqlite3.connect(folder / "b.db")
    ids = [r[0] for r in conn.execute("SELECT id FROM spans")]
    renamed = [[str(uuid.UUID(int=rng.getrandbits(128))), i] for i in ids]
    conn.executemany("UPDATE spans SET id = ? WHERE id = ?", renamed)
    conn.execute("UPDATE spans SET start = start + 1 WHERE rowid % 10 = 0")
    conn.commit()
    conn.close()


def timed(tree: Path, folder: Path) -> tuple[float, float, int]:
    out = subprocess.run(
        [sys.executable, "-c", MERGE, str(tree), str(folder)],
        check=True,
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=""),
    ).stdout.split()
    return float(out[0]), float(out[1]), int(out[2])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--against", default="main")
    parser.add_argument("--documents", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if args.quick:
        args.documents, args.runs = 200, 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        earlier = copy_of(args.against, folder / "earlier")
        build(folder, args.documents)
        ours, theirs = [], []
        for _ in range(args.runs):
            theirs.append(timed(earlier, folder))
            ours.append(timed(REPO, folder))
    for n, (o, t) in enumerate(zip(ours, theirs, strict=True), 1):
        print(
            f"  turn {n}: this copy {o[0]:.1f} s ({o[1]:.1f} s CPU, {o[2]:,} spans), "
            f"{args.against} {t[0]:.1f} s ({t[1]:.1f} s CPU, {t[2]:,} spans)"
        )
    record(
        f"merge of a re-tagged copy, {args.documents * 100:,} spans (CPU)",
        median([o[1] for o in ours]),
        median([t[1] for t in theirs]),
        baseline_name=f"the merge at {args.against}",
        note=f"wall {median([o[0] for o in ours]):.1f} s against "
        f"{median([t[0] for t in theirs]):.1f} s",
    )


if __name__ == "__main__":
    main()
