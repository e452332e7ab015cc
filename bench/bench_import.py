"""Import speed: 10,000 generated articles (about 50 MB) from one JSONL file.

Times `annotator.services.importing.import_paths` into a new database next to a
baseline measured in the same run: a plain sqlite3 `executemany` of the same
document and span rows, already in memory, into a database with the identical
schema (built by our migrations) and the same pragmas (WAL, synchronous=FULL,
foreign keys on), in one transaction. The importer also reads, decodes and
parses the file, hashes each text and checks every span; the baseline does
none of that. Goal: within 1.5x of the baseline. Prints medians of 3 runs.

Usage: python bench/bench_import.py [--quick]   (--quick: 1,000 articles, 1 run)
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from annotator.core.model import now
from annotator.formats.common import ReadOptions
from annotator.formats.jsonl import read_jsonl
from annotator.services.importing import import_paths
from annotator.store.db import open_db
from annotator.store.repository import _SPAN_COLUMNS, Repository, _dumps

SEED = 20240302
WORDS = (
    "the", "minister", "said", "civilians", "were", "killed", "in", "shelling", "of",
    "Kharvelo", "market", "at", "least", "twenty-two", "people", "O'Brien", "Lópes", "army",
    "ceasefire", "talks", "resumed", "on", "Tuesday", "according", "to", "officials", "😢",
)  # fmt: skip
LABELS = ("QUOTE", "ACTOR", "CASUALTY")


def generate(path: Path, articles: int, rng: random.Random) -> int:
    """Write `articles` JSONL records of about 5 KB, each with about 10 spans; returns bytes."""
    with path.open("w", encoding="utf-8") as out:
        for n in range(articles):
            paragraphs = []
            for _ in range(rng.randint(7, 10)):
                words = rng.choices(WORDS, k=rng.randint(60, 90))
                paragraphs.append(" ".join(words).capitalize() + ".")
            text = f"Report {n}: shelling in Kharvelo\n\n" + "\n\n".join(paragraphs) + "\n"
            spans, seen = [], set()
            while len(spans) < 10:
                start = rng.randrange(0, len(text) - 40)
                end = start + rng.randint(3, 40)
                label = rng.choice(LABELS)
                if text[start:end].strip() and (start, end, label) not in seen:
                    seen.add((start, end, label))
                    spans.append({"start": start, "end": end, "label": label})
            record = {"text": text, "meta": {"title": f"Report {n}", "url": f"https://x/{n}"}}
            record["spans"] = spans
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path.stat().st_size


def baseline_rows(path: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The document and span rows the importer writes, prepared outside the timing."""
    result = read_jsonl(path.read_bytes(), str(path), ReadOptions(annotator="bench"))
    stamp = now()
    documents, spans = [], []
    for seq, item in enumerate(result.items, start=1):
        d = item.document
        documents.append(
            (d.id, seq, d.sha256, d.title, d.text, d.source, d.published, _dumps(d.meta), stamp)
        )
        for s in item.spans:
            spans.append(
                (s.id, d.id, s.start, s.end, s.label, s.annotator, _dumps(s.attributes),
                 s.provenance, stamp, stamp)
            )  # fmt: skip
    return documents, spans


def run_ours(source: Path, target: Path) -> float:
    repo = Repository(open_db(target))
    options = ReadOptions(annotator="bench", schema=repo.schema())
    started = time.perf_counter()
    report = import_paths(repo, [source], options)
    elapsed = time.perf_counter() - started
    assert report.ok, report.problems()[:3]
    repo.db.close()
    return elapsed


def run_baseline(template: Path, target: Path, documents: list[Any], spans: list[Any]) -> float:
    shutil.copyfile(template, target)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO annotators (name, kind, created) VALUES ('bench', 'human', ?)", [now()]
    )
    conn.executemany(
        "INSERT INTO documents (id, seq, sha256, title, text, source, published, meta, "
        "imported) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        documents,
    )
    conn.executemany(
        f"INSERT INTO spans ({_SPAN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", spans
    )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 articles, one run")
    args = parser.parse_args()
    articles, runs = (1_000, 1) if args.quick else (10_000, 3)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "articles.jsonl"
        size = generate(source, articles, random.Random(SEED))
        template = folder / "template.db"
        Repository(open_db(template)).db.close()  # schema and default labels, nothing else
        documents, spans = baseline_rows(source)
        print(f"{articles:,} articles, {len(spans):,} spans, {size / 1e6:.1f} MB of JSONL")
        ours, base = [], []
        for n in range(runs):
            ours.append(run_ours(source, folder / f"ours-{n}.db"))
            base.append(run_baseline(template, folder / f"base-{n}.db", documents, spans))
        mine, theirs = statistics.median(ours), statistics.median(base)
        print(f"import_paths:          {mine:6.2f} s  ({articles / mine:,.0f} articles/s)")
        print(f"sqlite3 executemany:   {theirs:6.2f} s  (same rows, prepared in memory)")
        print(f"ratio: {mine / theirs:.2f}x (goal: within 1.5x)")


if __name__ == "__main__":
    main()
