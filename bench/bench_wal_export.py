"""How large the `-wal` file grows while a long export reads and another program writes.

An export reads one state of the database from its plan to its manifest (one read
transaction). While it runs, SQLite cannot copy the frames committed after that state
back into the database file, nor start the `-wal` again from its beginning, so every
edit made meanwhile makes the `-wal` longer until the export ends. This measures by how
much, on the path the user takes:

- the database: N documents with 100 spans each (10,000: one million spans);
- the export: `annotator export --format jsonl` in a fresh process;
- the writer: another process adding a span through the window's write path
  (`Repository.add_span`, one `BEGIN IMMEDIATE` transaction each) every --interval ms,
  with SQLite's automatic checkpoint as the window has it, sampling the `-wal` size;
- the baseline, in the same run: the same writer for as long, with no export running.

Printed: the export's time, the edits made, the largest `-wal` with and without the
export (medians of --runs), and the `-wal` once the export ended and the writer's next
checkpoint ran (what is left of the growth).
Usage: python bench/bench_wal_export.py [--quick] [--documents N] [--interval MS] [--runs N]
(--quick: 1,000 documents, one run.)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from annotator.core.model import Span, new_id
from annotator.store.backup import checkpoint_wal
from annotator.store.db import open_db
from annotator.store.repository import Repository
from bench.bench_export import build
from bench.common import median, record

REPO = Path(__file__).resolve().parent.parent


def wal_size(db_path: Path) -> int:
    try:
        return os.path.getsize(f"{db_path}-wal")
    except OSError:
        return 0


def writer(db_path: Path, interval: float, stop: Path, report: Path) -> None:
    """Add a span every `interval` seconds until `stop` exists, then once more after a
    checkpoint; write "edits largest_wal wal_after" to `report`."""
    repo = Repository(open_db(db_path))
    document = repo.document_ids()[0]
    edits, largest = 0, 0
    while not stop.exists():
        start = edits % 50
        repo.add_span(Span(new_id(), document, start, start + 1, "ACTOR", "ana"))
        edits += 1
        largest = max(largest, wal_size(db_path))
        time.sleep(interval)
    # What the window does three seconds after the last edit: a checkpoint that never
    # waits, cutting the -wal to zero bytes when nobody else reads.
    checkpoint_wal(repo.db, truncate=True)
    after = wal_size(db_path)
    repo.db.close()
    report.write_text(f"{edits} {largest} {after}", "utf-8")


def _start_writer(
    db_path: Path, interval: float, folder: Path
) -> tuple[subprocess.Popen[bytes], Path, Path]:
    stop, report = folder / "stop", folder / "report"
    stop.unlink(missing_ok=True)
    report.unlink(missing_ok=True)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.bench_wal_export", "--writer", str(db_path),
         str(interval), str(stop), str(report)],
        cwd=REPO,
        env=env,
    )  # fmt: skip
    while wal_size(db_path) == 0:  # its first edit is in
        time.sleep(0.01)
    return process, stop, report


def _finish_writer(process: subprocess.Popen[bytes], stop: Path, report: Path) -> list[int]:
    stop.touch()
    if process.wait(60) != 0:
        raise SystemExit("the writer failed")
    return [int(v) for v in report.read_text("utf-8").split()]


def one_run(db_path: Path, interval: float, folder: Path) -> tuple[float, list[int], list[int]]:
    """(export seconds, writer figures during the export, writer figures without one)."""
    checkpoint = Repository(open_db(db_path))
    checkpoint_wal(checkpoint.db, truncate=True)
    checkpoint.db.close()
    process, stop, report = _start_writer(db_path, interval, folder)
    out = folder / "out.jsonl"
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "annotator", "export", "--format", "jsonl", "--out", str(out),
         "--db", str(db_path), "--annotator", "ana", "--force", "--quiet"],
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        check=True,
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    during = _finish_writer(process, stop, report)
    process, stop, report = _start_writer(db_path, interval, folder)
    time.sleep(seconds)
    alone = _finish_writer(process, stop, report)
    return seconds, during, alone


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--interval", type=float, default=20.0, help="ms between edits")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--writer", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.quick:
        args.documents, args.runs = 1_000, 1
    if args.writer:
        db, interval, stop, report = args.writer
        writer(Path(db), float(interval), Path(stop), Path(report))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db_path = folder / "corpus.db"
        build(db_path, args.documents, 100)
        runs = [one_run(db_path, args.interval / 1000, folder) for _ in range(args.runs)]
    mb = 1024 * 1024
    seconds = median([r[0] for r in runs])
    edits = median([r[1][0] for r in runs])
    during = median([r[1][1] for r in runs]) / mb
    alone = median([r[2][1] for r in runs]) / mb
    after = median([r[1][2] for r in runs]) / mb
    print(
        f"export of {args.documents * 100:,} spans: {seconds:.1f} s; "
        f"{edits:.0f} edits meanwhile (one every {args.interval:g} ms)"
    )
    for run, (s, d, a) in enumerate(runs, 1):
        print(
            f"  run {run}: export {s:.1f} s, {d[0]} edits, largest -wal {d[1] / mb:.2f} MB "
            f"(without the export: {a[1] / mb:.2f} MB), after the checkpoint {d[2] / mb:.2f} MB"
        )
    record(
        "largest -wal during the export",
        during,
        alone,
        unit="MB",
        baseline_name="the same writer without an export",
        note=f"{during * mb / max(edits, 1) / 1024:.1f} KB per edit; "
        f"{after:.2f} MB after the next checkpoint",
    )


if __name__ == "__main__":
    main()
