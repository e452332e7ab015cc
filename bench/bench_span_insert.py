"""Adding one span to a huge article costs what it costs on a small one.

Times `Repository.add_span` (one write transaction, as the window makes it:
offsets checked against the text's length, the span row inserted, whose
trigger checks the same) on a 10 MB article, next to a baseline measured in
the same run on a 10 KB article in the same database. Before migration m007
both the check and the trigger computed `length(text)`, reading and scanning
the whole text once each per span; the goal is that the 10 MB article costs
at most twice the 10 KB one.

Usage: python bench/bench_span_insert.py [--quick]   (--quick: 1 MB and 15 spans)
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.store.db import open_db
from annotator.store.repository import Repository
from bench.common import record

SEED = 20251130
WORDS = ("the", "minister", "said", "civilians", "were", "killed", "Lópes", "😢", "market")


def article(size: int, rng: random.Random, tag: str) -> Document:
    words: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(WORDS)
        words.append(word)
        length += len(word) + 1
    return Document.from_text(f"{tag}\n\n" + " ".join(words), tag)


def per_span(repo: Repository, document: Document, spans: int, rng: random.Random) -> float:
    """Median seconds of one `add_span` on `document`."""
    times = []
    for _ in range(spans):
        start = rng.randrange(0, len(document.text) - 20)
        span = Span(new_id(), document.id, start, start + 10, "ACTOR", "ana")
        began = time.perf_counter()
        repo.add_span(span)
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    huge_size = 1_000_000 if args.quick else 10_000_000
    spans = 15 if args.quick else 60
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory() as folder:
        repo = Repository(open_db(Path(folder) / "corpus.db"))
        small = article(10_000, rng, "small")
        huge = article(huge_size, rng, "huge")
        repo.import_documents([AnnotatedDocument(small), AnnotatedDocument(huge)], "ana")
        repo.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        # Alternate so that both see the same cache and file state.
        small_times, huge_times = [], []
        for _ in range(3):
            small_times.append(per_span(repo, small, spans // 3, rng))
            huge_times.append(per_span(repo, huge, spans // 3, rng))
        repo.db.close()
    megabytes = huge_size // 1_000_000
    record(
        f"add one span to a {megabytes} MB article",
        statistics.median(huge_times) * 1000,
        statistics.median(small_times) * 1000,
        unit="ms",
        max_ratio=2.0,
        baseline_name="one span on a 10 KB article",
    )


if __name__ == "__main__":
    main()
