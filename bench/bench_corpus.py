"""Corpus tools benchmark: search first page and consistency check, each next to a baseline.

100,000 articles of about 5,000 characters (500 MB) with 30 spans each by
default (--quick: 10,000). The word "okapi" is truly rare: it appears in
exactly three documents, the last of them imported last. Goals: the first page
of a search under 20 ms at 100,000 documents (issue 16), each query timed next
to the way it worked before in the same run (every matching document's seq
fetched before the first page) and a plain `LIKE '%...%'` scan; the
consistency check under 5 s.
Run: python bench/bench_corpus.py [--quick] [--documents N] [--spans-per-document M]
     [--keep FILE]   (build the corpus into FILE once and reuse it)
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from annotator.core.model import AnnotatedDocument, Document, Span, imported_span_id
from annotator.store.consistency_store import check_corpus
from annotator.store.db import open_db
from annotator.store.repository import Repository
from annotator.store.search import (
    SearchQuery,
    candidate_seqs,
    compile_query,
    like_scan,
    search,
)
from bench.common import record

RARE = "okapi"

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


def _rare_positions(documents: int) -> set[int]:
    """The three documents that hold the rare word: a third of the way, half way, the last."""
    return {documents // 3, documents // 2, documents - 1}


def _items(documents: int, per_doc: int, seed: int) -> Iterator[AnnotatedDocument]:
    rng = random.Random(seed)
    rare = _rare_positions(documents)
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
        if n in rare:
            pieces.append(f"an {RARE} was seen")
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
        yield AnnotatedDocument(doc, spans)


def build(path: Path, documents: int, per_doc: int, seed: int = 7) -> Repository:
    """The corpus at `path`, built in chunks (memory stays flat); an existing file is reused."""
    repo = Repository(open_db(path))
    if repo.document_ids():
        return repo
    items = _items(documents, per_doc, seed)
    chunks = iter(lambda: list(islice(items, 2000)), [])
    repo.import_document_chunks(chunks, "ana")
    return repo


def first_page_fetching_every_match(repo: Repository, query: SearchQuery, limit: int = 50) -> int:
    """The baseline: how the first page was found before (every candidate seq first)."""
    _match, pattern = compile_query(query)
    assert pattern is not None
    seqs = candidate_seqs(repo, query)
    found = 0
    for i in range(0, len(seqs), 40):
        chunk = seqs[i : i + 40]
        marks = ", ".join("?" * len(chunk))
        for (text,) in repo.db.execute(
            f"SELECT text FROM documents WHERE seq IN ({marks}) ORDER BY seq", chunk
        ):
            found += sum(1 for m in pattern.finditer(text) if m.start() != m.end())
            if found >= limit:
                return limit
    return found


def timed(fn: object, runs: int = 5) -> float:
    fn()  # type: ignore[operator]  # warm-up: page cache and prepared statements
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="10,000 documents")
    parser.add_argument("--documents", type=int, default=None)
    parser.add_argument("--spans-per-document", type=int, default=30)
    parser.add_argument("--keep", type=Path, default=None, help="build (or reuse) this file")
    args = parser.parse_args()
    documents = args.documents or (10_000 if args.quick else 100_000)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        repo = build(args.keep or Path(tmp) / "bench.db", documents, args.spans_per_document)
        documents = len(repo.document_ids())
        size = repo.db.execute("SELECT sum(length(text)) FROM documents").fetchone()[0]
        spans = repo.db.execute("SELECT count(*) FROM spans").fetchone()[0]
        print(
            f"corpus: {documents} documents, {size / 1e6:.1f} M characters, "
            f"{spans} spans (ready in {time.perf_counter() - t0:.1f} s)"
        )
        rare_docs = len(like_scan(repo, RARE, limit=10))
        for label, query, needle in (
            (f"truly rare word '{RARE}' ({rare_docs} documents)", SearchQuery(RARE), RARE),
            ("frequent word (an actor name): 'envoy'", SearchQuery("envoy"), "envoy"),
            ("common word: 'convoy'", SearchQuery("convoy"), "convoy"),
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
            before = timed(lambda q=query: first_page_fetching_every_match(repo, q))
            like = timed(lambda n=needle: like_scan(repo, n, limit=50), runs=3)
            record(
                f"search first page, {label}, {documents:,} documents",
                ours,
                before,
                unit="ms",
                max_value=20,
                baseline_name="every match fetched first, as before",
                note=f"LIKE scan: {like:.1f} ms",
            )
        # Reading the corpus is part of the figure: check_corpus is what the panel runs.
        if documents <= 20_000:
            start = time.perf_counter()
            report = check_corpus(repo)
            check_s = time.perf_counter() - start
            like = timed(lambda: like_scan(repo, "Syrian Observatory", limit=10**9), runs=3)
            record(
                f"consistency check, {documents:,} documents",
                check_s,
                like / 1000,
                max_value=5,
                baseline_name="LIKE scan of the corpus for one text",
                note=f"{len(report.problems)} problems",
            )
        repo.db.close()


if __name__ == "__main__":
    main()
