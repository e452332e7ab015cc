"""Export speed: 1,000,000 spans over 10,000 documents to native JSONL.

Prints spans per second for `annotator.services.exporting.export(..., "jsonl")` next to
a baseline measured in the same run on the same database: a plain sqlite3
query of the same span rows plus json.dumps of each row, written to a file.
Goal: within 2x of the baseline and at least 100,000 spans/s. Medians of a
few runs. Usage: python bench/bench_export.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from annotator.services.exporting import export
from annotator.store.db import open_db
from annotator.store.repository import Repository

WORDS = (
    "shelling",
    "Kherson",
    "minister",
    "said",
    "civilians",
    "killed",
    "twenty-two",
    "O'Brien",
    "😢",
    "Lópes",
)


def build(path: Path, documents: int, spans_per_document: int) -> Repository:
    """A database filled with executemany in one transaction (the fast path)."""
    db = open_db(path)
    repo = Repository(db)
    conn = db.conn
    stamp = "2024-01-01T00:00:00.000+00:00"
    labels = ("QUOTE", "ACTOR", "CASUALTY")
    docs, spans = [], []
    for d in range(documents):
        words = [f"{WORDS[(d + i) % len(WORDS)]}{i}" for i in range(spans_per_document * 2)]
        text = " ".join(words) + "."
        doc_id = f"{d:016x}"
        docs.append((doc_id, d + 1, f"sha{d}", f"Article {d}", text, "bench", None, "{}", stamp))
        position = 0
        for i, word in enumerate(words):
            if i % 2 == 0:
                spans.append(
                    (
                        str(uuid.UUID(int=d * 1_000_000 + i)),
                        doc_id,
                        position,
                        position + len(word),
                        labels[i % 3],
                        "ana",
                        "{}",
                        "manual",
                        stamp,
                        stamp,
                    )
                )
            position += len(word) + 1
    with db.atomic():
        conn.execute(
            "INSERT OR IGNORE INTO annotators (name, kind, created) VALUES ('ana', 'human', ?)",
            [stamp],
        )
        conn.executemany(
            "INSERT INTO documents (id, seq, sha256, title, text, source, "
            "published, meta, imported) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            docs,
        )
        conn.executemany(
            'INSERT INTO spans (id, document_id, start, "end", label, annotator, '
            "attributes, provenance, created, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            spans,
        )
    return repo


def baseline(repo: Repository, out: Path) -> float:
    started = time.perf_counter()
    with out.open("w", encoding="utf-8") as f:
        for row in repo.db.conn.execute(
            'SELECT id, document_id, start, "end", label, annotator, attributes, provenance, '
            "created, updated FROM spans ORDER BY document_id, start"
        ):
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return time.perf_counter() - started


def ours(repo: Repository, out: Path) -> float:
    started = time.perf_counter()
    export(repo, "jsonl", out)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="1,000 documents, 100,000 spans")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    documents = 1_000 if args.quick else 10_000
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        started = time.perf_counter()
        repo = build(tmp / "bench.db", documents, 100)
        total = repo.db.conn.execute("SELECT count(*) FROM spans").fetchone()[0]
        print(
            f"built {documents:,} documents, {total:,} spans in "
            f"{time.perf_counter() - started:.1f} s"
        )
        base_times, our_times = [], []
        for _ in range(args.runs):
            base_times.append(baseline(repo, tmp / "baseline.jsonl"))
            our_times.append(ours(repo, tmp / "export.jsonl"))
        base, mine = statistics.median(base_times), statistics.median(our_times)
        print(f"baseline (sqlite3 + json.dumps): {total / base:>12,.0f} spans/s  ({base:.2f} s)")
        print(f"export jsonl (with tokens):      {total / mine:>12,.0f} spans/s  ({mine:.2f} s)")
        print(f"ratio: {mine / base:.2f}x the baseline's time (goal: <= 2x and >= 100,000 spans/s)")


if __name__ == "__main__":
    main()
