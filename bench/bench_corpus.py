"""Corpus tools benchmark: search first page and consistency check, next to a LIKE scan.

10,000 articles of about 5,000 characters (50 MB) with 300,000 spans. Goals:
first page of a search under 100 ms; the consistency check under 5 s. Each is
printed next to a plain `LIKE '%...%'` scan over the same table, same run.
Run: python bench/bench_corpus.py [--documents N] [--spans-per-document M]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from annotator.core.model import AnnotatedDocument, Document, Span, imported_span_id
from annotator.store.consistency_store import check_corpus
from annotator.store.db import open_db
from annotator.store.repository import Repository
from annotator.store.search import SearchQuery, like_scan, search

ACTORS = [
    "Syrian Observatory",
    "Free Valdor Front",
    "Ilse Marović",
    "the Red Cross",
    "Defence Ministry",
    "Brezna council",
    "UN envoy",
    "Tell Qasra militia",
]
WORDS = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "said",
    "was",
    "were",
    "people",
    "market",
    "city",
    "forces",
    "talks",
    "convoy",
    "reported",
    "according",
    "officials",
    "town",
    "morning",
    "attack",
    "shelling",
    "aid",
    "trucks",
]


def build(path: Path, documents: int, per_doc: int, seed: int = 7) -> Repository:
    rng = random.Random(seed)
    repo = Repository(open_db(path))
    items = []
    for n in range(documents):
        pieces: list[str] = []
        marks: list[tuple[int, int, str]] = []
        size = 0
        while size < 5000:
            if rng.random() < 0.08:
                name = rng.choice(ACTORS)
                marks.append((size, size + len(name), "ACTOR"))
                piece = name
            elif rng.random() < 0.02:
                piece = f"at least {rng.randint(2, 400)} civilians"
                marks.append((size, size + len(piece), "CASUALTY"))
            else:
                piece = rng.choice(WORDS)
            pieces.append(piece)
            size += len(piece) + 1
        text = f"Article {n}\n\n" + " ".join(pieces)
        offset = len(f"Article {n}\n\n")
        doc = Document.from_text(text, f"Article {n}")
        spans = [
            Span(
                imported_span_id(doc.id, s + offset, e + offset, label, "ana"),
                doc.id,
                s + offset,
                e + offset,
                label,
                "ana",
            )
            for s, e, label in marks[:per_doc]
        ]
        items.append(AnnotatedDocument(doc, spans))
    repo.import_documents(items, "ana")
    return repo


def timed(fn: object, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--spans-per-document", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        repo = build(Path(tmp) / "bench.db", args.documents, args.spans_per_document)
        size = repo.db.execute("SELECT sum(length(text)) FROM documents").fetchone()[0]
        spans = repo.db.execute("SELECT count(*) FROM spans").fetchone()[0]
        print(
            f"corpus: {args.documents} documents, {size / 1e6:.1f} M characters, "
            f"{spans} spans (built in {time.perf_counter() - t0:.1f} s)"
        )
        for label, query, needle in (
            ("word (rare: 'envoy')", SearchQuery("envoy"), "envoy"),
            (
                "phrase 'Free Valdor Front'",
                SearchQuery("Free Valdor Front", "phrase"),
                "Free Valdor Front",
            ),
            (
                r"regex 'at least \d+ civilians'",
                SearchQuery(r"at least \d+ civilians", "regex"),
                "at least",
            ),
            ("word absent: 'zebra'", SearchQuery("zebra"), "zebra"),
        ):
            ours = timed(lambda q=query: search(repo, q, limit=50))
            like = timed(lambda n=needle: like_scan(repo, n, limit=50))
            print(f"search first page, {label}: {ours:.1f} ms   (LIKE scan: {like:.1f} ms)")
        # Reading the corpus is part of the figure: check_corpus is what the panel runs.
        start = time.perf_counter()
        report = check_corpus(repo)
        check_s = time.perf_counter() - start
        like = timed(lambda: like_scan(repo, "Syrian Observatory", limit=10**9), runs=3)
        print(
            f"consistency check (goal < 5 s): {check_s:.2f} s, {len(report.problems)} problems, "
            f"{len(report.summaries)} texts tagged inconsistently "
            f"(LIKE scan of the whole corpus for one text: {like:.0f} ms)"
        )
        if report.summaries:
            print(f"  e.g. {report.summaries[0].describe()}")


if __name__ == "__main__":
    main()
