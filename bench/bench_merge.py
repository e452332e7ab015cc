"""Merge speed and memory: a colleague's file of generated articles merged into a new database.

Times `annotator.store.merge.merge_database` (every row of the other file read
through the hardened read-only connection and checked with the importers'
validators, one write transaction) next to a baseline measured in the same
run: the same document and span rows read from the same file by a plain
sqlite3 connection and inserted with `executemany` into a database with the
identical schema, in one transaction, without any checks (what a merge that
trusts every row costs at least). Also prints the peak RSS of the process.
There is no goal from an issue: the figure and the ratio are for orientation.

Usage: python bench/bench_merge.py [--quick]   (--quick: 300 articles, 1 run)
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.store.db import open_db
from annotator.store.merge import merge_database
from annotator.store.repository import Repository
from bench.common import peak_rss_mb, record

SEED = 20251130
WORDS = (
    "the", "minister", "said", "civilians", "were", "killed", "in", "shelling", "of",
    "Kharvelo", "market", "at", "least", "twenty-two", "people", "Lópes", "army", "😢",
)  # fmt: skip
LABELS = ("QUOTE", "ACTOR", "CASUALTY")


def colleague(path: Path, articles: int, rng: random.Random) -> int:
    """A colleague's database with `articles` documents of about 3 KB and 10 spans each."""
    repo = Repository(open_db(path))
    records = []
    for n in range(articles):
        text = f"{n}. " + " ".join(rng.choices(WORDS, k=500))
        document = Document.from_text(text, f"article {n}")
        spans = []
        for _ in range(10):
            start = rng.randrange(0, len(text) - 20)
            end = start + rng.randint(3, 15)
            spans.append(Span(new_id(), document.id, start, end, rng.choice(LABELS), "ben"))
        records.append(AnnotatedDocument(document, spans))
    repo.import_documents(records, "ben")
    repo.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    repo.db.close()
    return articles * 10


def baseline(theirs: Path, empty: Path, target: Path) -> float:
    shutil.copyfile(empty, target)
    started = time.perf_counter()
    source = sqlite3.connect(f"file:{theirs.as_posix()}?mode=ro&immutable=1", uri=True)
    dest = sqlite3.connect(target, isolation_level=None)
    dest.execute("PRAGMA foreign_keys = ON")
    dest.execute("PRAGMA synchronous = FULL")
    dest.execute("BEGIN IMMEDIATE")
    dest.executemany(
        "INSERT OR IGNORE INTO annotators (name, kind, created) VALUES (?, ?, ?)",
        source.execute("SELECT name, kind, created FROM annotators"),
    )
    dest.executemany(
        "INSERT INTO documents (id, seq, sha256, title, text, source, published, meta, imported) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        source.execute(
            "SELECT id, seq, sha256, title, text, source, published, meta, imported FROM documents"
        ),
    )
    dest.executemany(
        'INSERT INTO spans (id, document_id, start, "end", label, annotator, attributes, '
        "provenance, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        source.execute(
            'SELECT id, document_id, start, "end", label, annotator, attributes, provenance, '
            "created, updated FROM spans"
        ),
    )
    dest.execute("COMMIT")
    seconds = time.perf_counter() - started
    source.close()
    dest.close()
    return seconds


def ours(theirs: Path, empty: Path, target: Path) -> float:
    shutil.copyfile(empty, target)
    repo = Repository(open_db(target))
    started = time.perf_counter()
    report = merge_database(repo, theirs, by="ana", snapshot=False)
    seconds = time.perf_counter() - started
    assert not report.rejected, report.rejected[:3]
    repo.db.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    articles, runs = (300, 1) if args.quick else (3000, 3)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        theirs = root / "theirs.db"
        spans = colleague(theirs, articles, random.Random(SEED))
        empty = root / "empty.db"
        Repository(open_db(empty)).db.close()
        plain, checked = [], []
        for run in range(runs):
            plain.append(baseline(theirs, empty, root / f"plain{run}.db"))
            checked.append(ours(theirs, empty, root / f"ours{run}.db"))
        record(
            f"merge {articles:,} articles, {spans:,} spans",
            statistics.median(checked),
            statistics.median(plain),
            baseline_name="unchecked executemany copy",
        )
        record("peak RSS of the merge process", peak_rss_mb(), unit="MB")


if __name__ == "__main__":
    main()
