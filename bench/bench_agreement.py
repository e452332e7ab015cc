"""Agreement over 10,000 documents, two annotators, 30 spans each: goal 1.5x a bare pass, < 3 s.

Builds the database with executemany in one transaction (about 2,500
characters per article, the length of a short news story), then times, in the
same process, the plain SQL read of those spans and texts (the baseline: no
figure can be faster than reading its input) and `corpus_agreement`, which
reads the same rows and computes every figure overall and per label.

    python bench/bench_agreement.py [--quick] [--documents N] [--runs 5]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from annotator.core.model import document_id_for, imported_span_id, now, text_sha256
from annotator.store import review
from annotator.store.db import open_db
from annotator.store.repository import Repository
from annotator.store.review import corpus_agreement
from bench.common import median, record

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


def bare_span_f1(conn: Any, annotators: tuple[str, str]) -> float:
    """The baseline: read the same rows and texts, exact and overlap span F1 per document.

    What any agreement figure must at least do: read every span and text of
    the two layers, group them by document, and match spans exactly and by
    overlap of the same label. No tokens, no kappa.
    """
    a_name, _ = annotators
    texts = dict(conn.execute("SELECT id, text FROM documents"))
    rows = conn.execute(
        'SELECT document_id, start, "end", label, annotator FROM spans '
        "WHERE annotator IN (?, ?) ORDER BY document_id",
        annotators,
    )
    exact = overlap = total_a = total_b = 0
    for document_id, group in groupby(rows, key=itemgetter(0)):
        assert document_id in texts
        a, b = set(), set()
        for _, start, end, label, who in group:
            (a if who == a_name else b).add((start, end, label))
        total_a += len(a)
        total_b += len(b)
        exact += len(a & b)
        overlap += sum(
            1 for s, e, lab in a if any(lab == l2 and s < e2 and s2 < e for s2, e2, l2 in b)
        )
    return 2 * exact / (total_a + total_b) if total_a + total_b else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--spans", type=int, default=30)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="2,000 documents, 3 runs")
    args = parser.parse_args()
    if args.quick:
        args.documents, args.runs = 2_000, 3
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        started = time.perf_counter()
        build(path, args.documents, args.spans)
        print(f"built {args.documents} documents in {time.perf_counter() - started:.2f} s")
        repo = Repository(open_db(path))
        corpus_agreement(repo, ["ana", "ben"])  # warm-up: page cache, imports
        baseline, figures, alone = [], [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            bare_span_f1(repo.db.conn, ("ana", "ben"))
            baseline.append(time.perf_counter() - started)
            started = time.perf_counter()
            report = corpus_agreement(repo, ["ana", "ben"])
            figures.append(time.perf_counter() - started)
            # The same in one process (no helper processes), to show what they bring.
            review.MAX_AGREEMENT_WORKERS, workers = 1, review.MAX_AGREEMENT_WORKERS
            started = time.perf_counter()
            corpus_agreement(repo, ["ana", "ben"])
            alone.append(time.perf_counter() - started)
            review.MAX_AGREEMENT_WORKERS = workers
        record(
            f"agreement, {args.documents:,} documents, 2 annotators, one process",
            median(alone),
            median(baseline),
            baseline_name="bare span-F1 pass over the same rows",
            note="for comparison: no helper processes",
        )
        overall = report.pair("ana", "ben")
        record(
            f"agreement, {args.documents:,} documents, 2 annotators (every figure)",
            median(figures),
            median(baseline),
            baseline_name="bare span-F1 pass over the same rows",
            max_ratio=1.5,
            max_value=3.0 if args.documents >= 10_000 else None,
        )
        print(
            f"exact F1 {overall.exact_f1:.3f}, overlap F1 {overall.overlap_f1:.3f}, "
            f"Cohen kappa {overall.cohen_kappa:.3f}, "
            f"Krippendorff alpha {report.group().krippendorff_alpha:.3f}"
        )
        repo.db.close()


if __name__ == "__main__":
    main()
