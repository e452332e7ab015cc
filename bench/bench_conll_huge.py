"""Memory of the CoNLL export of ONE huge text, next to the memory of just reading it.

Issue 12 asks that exports of very large documents stream: memory bounded by the
largest document, not by a multiple of it. One document of 200 MB (`--quick`:
20 MB) with 100 spans is exported with `annotator export --format conll` in a
fresh process, whose peak RSS is measured. The baseline, in the same run on the
same database, is a fresh process that only opens the database and reads that
document (`Repository.document`): what holding the text costs at least. Goal:
the export at most 2x the baseline (and under 1 GB, bench_export's ceiling).

The database is built in a child process too, so this process never holds the
text: every peak is the child's own VmHWM (`bench.common.run_measured`), and the
runner's own peak-RSS column (`python -m bench`, which reads this process's peak)
is not the text's size either. `bench_export.py` measures its big document here.

Usage: python bench/bench_conll_huge.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import record, run_measured

ROOT = Path(__file__).resolve().parent.parent
PIECE = "Shelling hit Kherson on Monday, the minister said. Twenty-two civilians died.\n"


def read_only(db_path: Path) -> int:
    """The baseline's work: open the database and read the big document's text."""
    from annotator.store.db import open_db
    from annotator.store.repository import Repository

    return len(Repository(open_db(db_path)).document("big").text)


def build(db_path: Path, megabytes: int) -> None:
    """The database: one document "big" of `megabytes` MB and 100 ACTOR spans (in a child)."""
    from annotator.store.db import open_db
    from bench.bench_export import STAMP, _fill

    text = PIECE * (megabytes * 1_000_000 // len(PIECE))
    step = len(text) // 100 // len(PIECE) * len(PIECE)
    spans = [
        (str(uuid.UUID(int=n)), "big", start + 13, start + 20, "ACTOR", "ana", "{}",
         "manual", STAMP, STAMP)
        for n, start in enumerate(range(0, len(text) - len(PIECE), step))
    ]  # fmt: skip
    db = open_db(db_path)
    _fill(db, [("big", 1, "sha-big", "Big", text, "bench", None, "{}", STAMP)], spans)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def measure(folder: Path, megabytes: int) -> tuple[float, float, float]:
    """(seconds, export's peak RSS, reader's peak RSS) in MB, every process a fresh child.

    The database is built in a child as well, so the caller never holds the text.
    """
    db_path = folder / "big.db"
    env = dict(os.environ, ANNOTATOR_NAME="ana")
    run_measured("bench.bench_conll_huge", ["--build", str(db_path), str(megabytes)],
                 cwd=ROOT, env=env)  # fmt: skip
    args = ["export", "--db", str(db_path), "--format", "conll",
            "--out", str(folder / "big.conll"), "--force", "--quiet"]  # fmt: skip
    seconds, exported = run_measured("annotator", args, cwd=ROOT, env=env)
    _seconds, baseline = run_measured("bench.bench_conll_huge", ["--read", str(db_path)],
                                      cwd=ROOT, env=env)  # fmt: skip
    return seconds, exported, baseline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a 20 MB text")
    parser.add_argument("--build", nargs=2, metavar=("DB", "MB"), help=argparse.SUPPRESS)
    parser.add_argument("--read", metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        build(Path(args.build[0]), int(args.build[1]))
        return
    if args.read:
        print(read_only(Path(args.read)))
        return
    megabytes = 20 if args.quick else 200
    with tempfile.TemporaryDirectory() as name:
        seconds, exported, baseline = measure(Path(name), megabytes)
    print(f"  export of the {megabytes} MB text: {seconds:.1f} s")
    record(
        f"export conll of one {megabytes} MB text, peak RSS",
        exported,
        baseline,
        unit="MB",
        max_ratio=2.0,
        max_value=1024,
        baseline_name="a process that only reads the text",
    )


if __name__ == "__main__":
    main()
