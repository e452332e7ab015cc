"""Memory of the CoNLL export of ONE huge text, next to the memory of just reading it.

Issue 12 asks that exports of very large documents stream: memory bounded by the
largest document, not by a multiple of it. One document of 200 MB (`--quick`:
20 MB) with 100 spans is exported with `annotator export --format conll` in a
fresh process, whose peak RSS is measured. The baseline, in the same run on the
same database, is a fresh process that only opens the database and reads that
document (`Repository.document`): what holding the text costs at least. Goal:
the export at most 2x the baseline (and under 1 GB, bench_export's ceiling).

The database is built in a child process too: on Linux a child's peak RSS
(`wait4`) includes the peak of the parent it was forked from, so a parent that
once held the 200 MB text would inflate both figures to its own.

Usage: python bench/bench_conll_huge.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_export import STAMP, _fill
from bench.common import record

ROOT = Path(__file__).resolve().parent.parent
PIECE = "Shelling hit Kherson on Monday, the minister said. Twenty-two civilians died.\n"

READ_ONLY = (
    "import sys\n"
    "from annotator.store.db import open_db\n"
    "from annotator.store.repository import Repository\n"
    "text = Repository(open_db(sys.argv[1])).document('big').text\n"
    "print(len(text))\n"
)


def build(db_path: Path, megabytes: int) -> None:
    """The database: one document "big" of `megabytes` MB and 100 ACTOR spans (in a child)."""
    from annotator.store.db import open_db

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


def child_rss(command: list[str]) -> float:
    """Peak RSS (MB) of `command` run in a fresh process from this (small) one."""
    env = dict(os.environ, ANNOTATOR_NAME="ana")
    child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}")
    return float(usage.ru_maxrss / 1024)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a 20 MB text")
    parser.add_argument("--build", nargs=2, metavar=("DB", "MB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        build(Path(args.build[0]), int(args.build[1]))
        return
    megabytes = 20 if args.quick else 200
    with tempfile.TemporaryDirectory() as name:
        db_path = Path(name) / "big.db"
        child_rss([sys.executable, __file__, "--build", str(db_path), str(megabytes)])
        started = time.perf_counter()
        exported = child_rss(
            [sys.executable, "-m", "annotator", "export", "--db", str(db_path), "--format",
             "conll", "--out", str(Path(name) / "big.conll"), "--force", "--quiet"]
        )  # fmt: skip
        print(f"  export of the {megabytes} MB text: {time.perf_counter() - started:.1f} s")
        baseline = child_rss([sys.executable, "-c", READ_ONLY, str(db_path)])
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
