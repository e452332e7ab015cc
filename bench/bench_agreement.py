"""Agreement over 10,000 documents, two annotators, 30 spans each: goal under 3 s.

Builds the database with executemany in one transaction (about 2,500
characters per article, the length of a short news story), then times, in the
same process, the plain SQL read of those spans and texts (the baseline: no
figure can be faster than reading its input) and `corpus_agreement`, which
reads the same rows and computes every figure overall and per label.

    python bench/bench_agreement.py [--documents N] [--runs 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from annotator.core.model import document_id_for, imported_span_id, now, text_sha256
from annotator.store.db import open_db
from annotator.store.repository import Repository
from annotator.store.review import corpus_agreement

WORDS = [
    "the",
    "minister",
    "said",
    "forty-two",
    "people",
    "were",
    "killed",
    "in",
    "Kharvelo",
    "on",
    "Tuesday",
    "according",
    "to",
    "officials",
    "and",
    "the",
    "army",
    "denied",
    "that",
    "1,000",
    "civilians",
    "had",
    "fled",
    "the",
    "shelling",
    "near",
    "the",
    "border",
]
LABELS = ("ACTOR", "CASUALTY", "QUOTE", "LOCATION")


def build(path: Path, documents: int, spans_per_annotator: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    repo = Repository(open_db(path))
    labels = [name for name in LABELS if repo.schema().has_label(name)] or repo.schema().names
    stamp = now()
    doc_rows, span_rows = [], []
    for seq in range(1, documents + 1):
        text = " ".join(rng.choice(WORDS) for _ in range(420)) + f" ({seq})"
        doc_id = document_id_for(text)
        doc_rows.append([doc_id, seq, text_sha256(text), f"Article {seq}", text, stamp])
        # Word starts, so spans begin and end on word edges as a person would mark them.
        starts = [i for i in range(len(text)) if i == 0 or text[i - 1] == " "]
        chosen = sorted(rng.sample(range(len(starts) - 8), spans_per_annotator))
        for k in chosen:
            start = starts[k]
            end = starts[k + rng.randint(1, 6)] - 1
            label = rng.choice(labels)
            for annotator in ("ana", "ben"):
                s, e, lab = start, end, label
                if annotator == "ben":
                    roll = rng.random()
                    if roll < 0.15:
                        e = starts[k + 7] - 1  # a longer extent
                    elif roll < 0.25:
                        lab = rng.choice(labels)
                    elif roll < 0.30:
                        s = starts[k + 1]  # a shorter extent
                span_id = imported_span_id(doc_id, s, e, lab, annotator)
                span_rows.append(
                    [span_id, doc_id, s, e, lab, annotator, "{}", "manual", stamp, stamp]
                )
    conn = repo.db.conn
    with repo.db.atomic():
        conn.executemany(
            "INSERT OR IGNORE INTO annotators (name, kind, created) VALUES (?, 'human', ?)",
            [["ana", stamp], ["ben", stamp]],
        )
        conn.executemany(
            "INSERT INTO documents (id, seq, sha256, title, text, imported) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            doc_rows,
        )
        conn.executemany(
            'INSERT OR IGNORE INTO spans (id, document_id, start, "end", label, annotator, '
            "attributes, provenance, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            span_rows,
        )
        conn.executemany(
            "INSERT INTO document_status (document_id, annotator, status, updated) "
            "VALUES (?, ?, 'done', ?)",
            [[row[0], name, stamp] for row in doc_rows for name in ("ana", "ben")],
        )
    repo.db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--spans", type=int, default=30)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        started = time.perf_counter()
        build(path, args.documents, args.spans)
        print(f"built {args.documents} documents in {time.perf_counter() - started:.2f} s")
        repo = Repository(open_db(path))
        baseline, figures = [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            spans = repo.db.conn.execute(
                'SELECT document_id, start, "end", label, annotator FROM spans '
                "WHERE annotator IN ('ana', 'ben')"
            ).fetchall()
            texts = repo.db.conn.execute("SELECT id, text FROM documents").fetchall()
            baseline.append(time.perf_counter() - started)
            started = time.perf_counter()
            report = corpus_agreement(repo, ["ana", "ben"])
            figures.append(time.perf_counter() - started)
        overall = report.pair("ana", "ben")
        print(f"spans read: {len(spans)}, texts read: {len(texts)}, tokens: {report.tokens}")
        print(f"baseline (plain SQL read of spans and texts): {statistics.median(baseline):.2f} s")
        print(
            f"corpus agreement (all figures, overall and {len(report.labels)} labels): "
            f"{statistics.median(figures):.2f} s   (goal < 3 s)"
        )
        print(
            f"exact F1 {overall.exact_f1:.3f}, overlap F1 {overall.overlap_f1:.3f}, "
            f"Cohen kappa {overall.cohen_kappa:.3f}, "
            f"Krippendorff alpha {report.group().krippendorff_alpha:.3f}"
        )
        repo.db.close()


if __name__ == "__main__":
    main()
