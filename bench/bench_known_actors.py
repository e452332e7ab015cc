"""The known actors every suggestion job reads first, on a corpus with many ACTOR tags.

    python bench/bench_known_actors.py [--documents 5000] [--runs 5] [--quick]
                                       (or: python -m bench known_actors)

Each suggestion job the window starts (one per article opened) asks for the corpus's
known actors (`Repository.actor_texts`: every ACTOR span and the text of every document
that has one) on a connection of its own, before any rule runs. The corpus: the dev
gold articles (116, 2,680 ACTOR tags) copied to `--documents` documents, each copy with
its own last line. Measured in one process, on fresh connections as the jobs open them:
the read of a corpus unchanged since the last job, against the full read (what every job
did before; now only the first, and after an import or a merge), in turns; then the read
after one new ACTOR tag (the tagged document is read again). Goal: an unchanged corpus
costs a job at most a tenth of the full read.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.common import median, record  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="1,000 documents, 3 runs")
    args = parser.parse_args()
    if args.quick:
        args.documents, args.runs = 1000, 3

    from annotator.core.model import AnnotatedDocument, Document, Span, new_id
    from annotator.services.suggesting import load_gold
    from annotator.store import known_actors
    from annotator.store.db import open_db
    from annotator.store.repository import Repository

    gold = load_gold(REPO / "sample_articles" / "dev" / "realistic.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.db"
        repo = Repository(open_db(path))
        batch: list[AnnotatedDocument] = []
        for n in range(args.documents):
            item = gold[n % len(gold)]
            document = Document.from_text(f"{item.document.text}\n\nCopy {n}.", f"copy {n}")
            spans = [replace(s, id=new_id(), document_id=document.id) for s in item.spans]
            batch.append(AnnotatedDocument(document, spans))
            if len(batch) == 500:
                repo.import_documents(batch, "ana")
                batch = []
        if batch:
            repo.import_documents(batch, "ana")
        tags = repo.db.execute("SELECT count(*) FROM spans WHERE label = 'ACTOR'").fetchone()[0]

        def job_read(forget: bool) -> float:
            if forget:  # as if the corpus had changed since the last job
                known_actors._READINGS.clear()
            job = Repository(open_db(path))  # the job's own connection
            try:
                started = time.perf_counter()
                job.actor_texts()
                return time.perf_counter() - started
            finally:
                job.db.close()

        job_read(True)
        full, unchanged = [], []
        for _ in range(args.runs):
            full.append(job_read(True))
            unchanged.append(job_read(False))
        after_tag = []
        for _ in range(args.runs):
            first = repo.db.execute("SELECT id FROM documents LIMIT 1").fetchone()[0]
            repo.add_span(Span(new_id(), first, 0, 6, "ACTOR", "ana", {}))
            after_tag.append(job_read(False))
        repo.db.close()
    record(
        f"known actors for a suggestion job, {args.documents:,} documents, "
        f"{tags:,} ACTOR tags, corpus unchanged",
        median(unchanged) * 1000,
        median(full) * 1000,
        unit="ms",
        max_ratio=0.1,
        baseline_name="the full read, same corpus, fresh connections in turns",
        note=f"after a new ACTOR tag: {median(after_tag) * 1000:.0f} ms; median of {args.runs}",
    )


if __name__ == "__main__":
    main()
