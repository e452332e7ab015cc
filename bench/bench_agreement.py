"""Agreement over 10,000 documents, two and three annotators, 30 spans each: goal 1.5x a
bare pass (and under 3 s for two annotators).

Builds the database with executemany in one transaction (about 2,500
characters per article, the length of a short news story; ben and cleo each
differ from ana in their own way), then times, in the same process and
interleaved, the bare pass (the baseline: read the same spans and texts, and
match spans exactly and by overlap for every pair of annotators; no tokens, no
kappa) and `corpus_agreement`, which reads the same rows and computes every
figure overall and per label, with its helper processes (what the window and
`annotator agreement` run) and in one process. CPU seconds are printed beside
the wall-clock medians: on a shared machine they move less.

    python bench/bench_agreement.py [--quick] [--documents N] [--runs 5] [--annotators 2,3]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from itertools import combinations, groupby
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
ANNOTATORS = ("ana", "ben", "cleo")


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
            for annotator in ANNOTATORS:
                s, e, lab = start, end, label
                roll = rng.random()
                if annotator == "ben":
                    if roll < 0.15:
                        e = starts[k + 7] - 1  # a longer extent
                    elif roll < 0.25:
                        lab = rng.choice(labels)
                    elif roll < 0.30:
                        s = starts[k + 1]  # a shorter extent
                elif annotator == "cleo":
                    if roll < 0.10:
                        s = starts[k + 1]  # a shorter extent
                    elif roll < 0.22:
                        lab = rng.choice(labels)
                    elif roll < 0.27:
                        continue  # not marked at all
                span_id = imported_span_id(doc_id, s, e, lab, annotator)
                span_rows.append(
                    [span_id, doc_id, s, e, lab, annotator, "{}", "manual", stamp, stamp]
                )
    conn = repo.db.conn
    with repo.db.atomic():
        conn.executemany(
            "INSERT OR IGNORE INTO annotators (name, kind, created) VALUES (?, 'human', ?)",
            [[name, stamp] for name in ANNOTATORS],
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
            [[row[0], name, stamp] for row in doc_rows for name in ANNOTATORS],
        )
    repo.db.close()


def bare_span_f1(conn: Any, annotators: Sequence[str]) -> float:
    """The baseline: read the same rows and texts, exact and overlap span F1 per document.

    What any agreement figure must at least do: read every span and text of
    the layers, group them by document, and match spans exactly and by overlap
    of the same label, for every pair of annotators. No tokens, no kappa.
    Returns the exact F1 of the first pair.
    """
    marks = ", ".join("?" for _ in annotators)
    texts = dict(conn.execute("SELECT id, text FROM documents"))
    rows = conn.execute(
        'SELECT document_id, start, "end", label, annotator FROM spans '
        f"WHERE annotator IN ({marks}) ORDER BY document_id",
        list(annotators),
    )
    pairs = list(combinations(range(len(annotators)), 2))
    exact = [0] * len(pairs)
    overlap = [0] * len(pairs)
    totals = [0] * len(annotators)
    index = {name: i for i, name in enumerate(annotators)}
    for document_id, group in groupby(rows, key=itemgetter(0)):
        assert document_id in texts
        layers: list[set[tuple[int, int, str]]] = [set() for _ in annotators]
        for _, start, end, label, who in group:
            layers[index[who]].add((start, end, label))
        for i, layer in enumerate(layers):
            totals[i] += len(layer)
        for k, (i, j) in enumerate(pairs):
            a, b = layers[i], layers[j]
            exact[k] += len(a & b)
            overlap[k] += sum(
                1 for s, e, lab in a if any(lab == l2 and s < e2 and s2 < e for s2, e2, l2 in b)
            )
    first = totals[0] + totals[1]
    return 2 * exact[0] / first if first else 0.0


def measure(repo: Repository, names: list[str], runs: int, documents: int) -> None:
    """Time the bare pass and `corpus_agreement` (helpers, one process), interleaved."""
    corpus_agreement(repo, names)  # warm-up: page cache, imports, helper start-up
    walls: dict[str, list[float]] = {"base": [], "figures": [], "alone": []}
    cpus: dict[str, list[float]] = {"base": [], "figures": [], "alone": []}

    def timed(kind: str, work: Any) -> Any:
        started, used = time.perf_counter(), time.process_time()
        result = work()
        walls[kind].append(time.perf_counter() - started)
        cpus[kind].append(time.process_time() - used)
        return result

    workers = review.MAX_AGREEMENT_WORKERS
    for _ in range(runs):
        timed("base", lambda: bare_span_f1(repo.db.conn, names))
        report = timed("figures", lambda: corpus_agreement(repo, names))
        # The same in one process (no helper processes), to show what they bring.
        review.MAX_AGREEMENT_WORKERS = 1
        try:
            timed("alone", lambda: corpus_agreement(repo, names))
        finally:
            review.MAX_AGREEMENT_WORKERS = workers
    cpu = {kind: median(values) for kind, values in cpus.items()}
    print(
        f"  {len(names)} annotators: CPU of this process (helpers not counted): bare pass "
        f"{cpu['base']:.2f} s, agreement in one process {cpu['alone']:.2f} s "
        f"({cpu['alone'] / cpu['base']:.2f}x); run by run, one process / bare: "
        f"{sorted(round(a / b, 2) for a, b in zip(walls['alone'], walls['base'], strict=True))}",
        flush=True,
    )
    base = median(walls["base"])
    what = f"agreement, {documents:,} documents, {len(names)} annotators"
    record(
        f"{what}, one process",
        median(walls["alone"]),
        base,
        baseline_name="bare span-F1 pass over the same rows",
        note="for comparison: no helper processes",
    )
    record(
        f"{what} (every figure)",
        median(walls["figures"]),
        base,
        baseline_name="bare span-F1 pass over the same rows",
        max_ratio=1.5,
        max_value=3.0 if documents >= 10_000 and len(names) == 2 else None,
    )
    overall = report.pair(names[0], names[1])
    print(
        f"  exact F1 {overall.exact_f1:.3f}, overlap F1 {overall.overlap_f1:.3f}, "
        f"Cohen kappa {overall.cohen_kappa:.3f}, "
        f"Krippendorff alpha {report.group().krippendorff_alpha:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--spans", type=int, default=30)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--annotators", default="2,3", help="how many annotators, e.g. 2,3")
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
        for count in (int(n) for n in args.annotators.split(",")):
            measure(repo, list(ANNOTATORS[:count]), args.runs, args.documents)
        repo.db.close()


if __name__ == "__main__":
    main()
