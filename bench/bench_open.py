"""Opening a database for the window: what runs before the first frame, and the checks after.

Builds a corpus of N articles (default 100,000, about 4 KB each with 10 spans;
--quick: 10,000) and a small one of 100 articles. Times, medians of 5 opens:
- before the first frame, as the window does it now (`startup_check`, then
  `open_db`): goal, independent of corpus size, at most 1.5x the same open of
  the 100-article file (the baseline, same run);
- the same before this change (a full `PRAGMA integrity_check`, then `open_db`),
  for comparison against the same baseline;
- the background check after show (`background_check`): full when the file
  changed since the last clean check, quick otherwise.
The start-up snapshot (store.backup.take_snapshot) is not part of these figures.
Run: python bench/bench_open.py [--quick] [--documents N] [--keep FILE]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from annotator.core.model import AnnotatedDocument, Document, Span, imported_span_id
from annotator.store.db import (
    background_check,
    file_size,
    open_db,
    record_clean_check,
    startup_check,
)
from annotator.store.repository import Repository
from bench.bench_corpus import WORDS as CORPUS_WORDS
from bench.common import median, record

WORDS = [*CORPUS_WORDS, "delegates", "ceasefire"]


def _chunks(documents: int, seed: int = 11, size: int = 2000) -> Iterator[list[AnnotatedDocument]]:
    rng = random.Random(seed)
    chunk: list[AnnotatedDocument] = []
    for n in range(documents):
        text = f"Article {n}\n\n" + " ".join(rng.choice(WORDS) for _ in range(650))
        doc = Document.from_text(text, f"Article {n}")
        spans = []
        for _ in range(10):
            start = rng.randrange(0, len(text) - 20)
            spans.append(
                Span(
                    imported_span_id(doc.id, start, start + 12, "ACTOR", "ana"),
                    doc.id,
                    start,
                    start + 12,
                    "ACTOR",
                    "ana",
                    {"type": "person"},
                )
            )
        chunk.append(AnnotatedDocument(doc, spans))
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def build(path: Path, documents: int) -> None:
    if path.exists():
        return
    started = time.perf_counter()
    repo = Repository(open_db(path))
    repo.import_document_chunks(_chunks(documents), "ana")
    repo.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    repo.db.close()
    print(
        f"built {documents} documents, {file_size(path) / 1e6:.0f} MB, "
        f"in {time.perf_counter() - started:.0f} s"
    )


def _full_check(path: Path) -> None:
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
    conn.close()


def open_now(path: Path) -> None:
    """What the window runs before its first frame (store side)."""
    open_db(path, check=startup_check(path)).close()


def open_before(path: Path) -> None:
    """What it ran before: the full integrity check, then the open."""
    _full_check(path)
    open_db(path).close()


def timed(fn: Callable[[], object], runs: int, *, warm: bool = True) -> float:
    if warm:
        fn()  # warm the file cache and the imports
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="10,000 documents, 3 runs")
    parser.add_argument("--documents", type=int, default=None)
    parser.add_argument("--keep", type=Path, default=None, help="build (or reuse) this file")
    args = parser.parse_args()
    documents = args.documents or (10_000 if args.quick else 100_000)
    runs = 3 if args.quick else 5
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small.db"
        big = args.keep or Path(tmp) / "big.db"
        build(small, 100)
        build(big, documents)
        size = f"{documents:,} documents ({file_size(big) / 1e6:.0f} MB)"

        base = timed(lambda: open_now(small), runs)
        now = timed(lambda: open_now(big), runs)
        record(
            f"open before the first frame, {size}",
            now * 1000,
            base * 1000,
            unit="ms",
            max_ratio=1.5,
            baseline_name="same open, 100 documents",
        )
        # One run: the full check of a large file takes about a minute here.
        before = timed(lambda: open_before(big), 1 if not args.quick else runs, warm=False)
        base_before = timed(lambda: open_before(small), runs)
        record(
            f"open before the first frame, BEFORE this change (full check), {size}",
            before * 1000,
            base_before * 1000,
            unit="ms",
            baseline_name="same open, 100 documents",
            note="for comparison; no goal",
        )

        # After show: the first check of a file is full; once recorded clean, quick.
        big_db = open_db(big)
        big_db.execute("DELETE FROM settings WHERE key = 'integrity_clean'")
        started = time.perf_counter()
        level, problem, taken = background_check(big)
        full = time.perf_counter() - started
        assert (level, problem) == ("full", None)
        record_clean_check(big_db, taken)
        started = time.perf_counter()
        level, problem, _ = background_check(big)
        quick = time.perf_counter() - started
        assert (level, problem) == ("quick", None)
        big_db.close()
        record(
            f"background check after show, unchanged file (quick_check), {size}",
            quick,
            full,
            unit="s",
            baseline_name="full integrity_check (file changed)",
            note="off the GUI thread; no goal",
        )


if __name__ == "__main__":
    main()
