"""Export speed and memory, timed on the path the user takes: `annotator export ...`.

On N documents with 100 spans each (one annotator, the default layer), each
measure runs the real command in this process (`annotator.cli.main`: name checks,
plan, warnings, streaming write, manifest with the database hash) and, in the same
run on the same database, a baseline that does the bare work:
- jsonl: a raw cursor over the spans grouped by document + json.dumps of each row;
- conll: the same rows, the plain tokenizer (core.tokenize.token_offsets) and a tag
  loop writing one token a line, a blank line at each paragraph break: the same bytes
  as the export, without its checks (the bench says whether the two files are equal);
- spacy: the same tokens (and words_and_spaces, which keeps the line breaks) into
  spaCy `Doc`s with `ents`, the same spans in
  `doc.spans["annotator"]` and the same `user_data`, added to a `DocBin(store_user_data=True)`:
  the same content as the export (the bench compares the decompressed files). spaCy's
  `to_disk` compresses at zlib level 6, our streaming writer at level 3; spaCy's msgpack
  looks its encoders up for every document's user data, our writer once per export
  (see formats.spacy_docbin): that is why ours can be faster than this baseline.
Goals, as issue 16 states them: JSONL at most 1.5x its baseline and at least 300,000
spans/s; CoNLL and DocBin at most 1.5x theirs. Then memory: the CoNLL export of ONE
document of 20 MB (200 MB with --big) in a fresh process, peak RSS under 1 GB.
Medians of --runs runs after a warm-up. Misses are printed as MISSED.
Scaling: 1,000 and 3,000 documents by default (about 2 minutes), 10,000 more with
--big (and the 200 MB text instead of 20 MB); each size also runs each export once in
a fresh process for its peak RSS.
Usage: python bench/bench_export.py [--quick] [--big] [--sizes N,N] [--runs N]
       [--only jsonl,conll,spacy,big]
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import re
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from annotator.cli import main as cli_main
from annotator.core.tokenize import token_offsets
from annotator.formats.spacy_docbin import words_and_spaces
from annotator.store.db import open_db
from annotator.store.repository import Repository
from bench.common import median, record, run_measured

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
REPO = Path(__file__).resolve().parent.parent
STAMP = "2024-01-01T00:00:00.000+00:00"
LABELS = ("QUOTE", "ACTOR", "CASUALTY")
SPAN_SQL = (
    'SELECT id, document_id, start, "end", label, annotator, attributes, provenance, '
    "created, updated FROM spans WHERE annotator = 'ana' ORDER BY document_id, start"
)


def build(path: Path, documents: int, spans_per_document: int) -> None:
    """A database filled with executemany in one transaction (the fast path)."""
    db = open_db(path)
    docs, spans = [], []
    for d in range(documents):
        words = [f"{WORDS[(d + i) % len(WORDS)]}{i}" for i in range(spans_per_document * 2)]
        # A paragraph break every 40 words, as in news text.
        text = "".join(w + ("\n" if i % 40 == 39 else " ") for i, w in enumerate(words)) + "."
        doc_id = f"{d:016x}"
        docs.append((doc_id, d + 1, f"sha{d}", f"Article {d}", text, "bench", None, "{}", STAMP))
        position = 0
        for i, word in enumerate(words):
            if i % 2 == 0:
                spans.append(
                    (
                        str(uuid.UUID(int=d * 1_000_000 + i)),
                        doc_id,
                        position,
                        position + len(word),
                        LABELS[i % 3],
                        "ana",
                        "{}",
                        "manual",
                        STAMP,
                        STAMP,
                    )
                )
            position += len(word) + 1
    _fill(db, docs, spans)
    db.close()


def _fill(db: object, docs: list[tuple[object, ...]], spans: list[tuple[object, ...]]) -> None:
    Repository(db)  # type: ignore[arg-type]  # writes the default label schema
    conn = db.conn  # type: ignore[attr-defined]
    with db.atomic():  # type: ignore[attr-defined]
        conn.execute(
            "INSERT OR IGNORE INTO annotators (name, kind, created) VALUES ('ana', 'human', ?)",
            [STAMP],
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


# -- baselines: the bare work, no checks, no manifest ----------------------------------------


def _grouped(conn: object) -> object:
    """(document id, text, [(start, end, label)]) per document, from two plain cursors."""
    texts = conn.execute("SELECT id, text FROM documents ORDER BY id")  # type: ignore[attr-defined]
    rows = conn.execute(  # type: ignore[attr-defined]
        "SELECT document_id, start, \"end\", label FROM spans WHERE annotator = 'ana' "
        "ORDER BY document_id, start"
    )
    pending = next(rows, None)
    for doc_id, text in texts:
        spans = []
        while pending is not None and pending[0] == doc_id:
            spans.append(pending[1:])
            pending = next(rows, None)
        yield doc_id, text, spans


def baseline_jsonl(db_path: Path, out: Path) -> None:
    db = open_db(db_path)
    with out.open("w", encoding="utf-8") as f:
        for row in db.conn.execute(SPAN_SQL):
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    db.close()


def _tags(offsets: list[tuple[int, int]], spans: list[tuple[int, int, str]]) -> list[str]:
    starts = {s: i for i, (s, _e) in enumerate(offsets)}
    ends = {e: i for i, (_s, e) in enumerate(offsets)}
    tags = ["O"] * len(offsets)
    for start, end, label in spans:
        first, last = starts[start], ends[end]
        tags[first] = "B-" + label
        for i in range(first + 1, last + 1):
            tags[i] = "I-" + label
    return tags


def baseline_conll(db_path: Path, out: Path) -> None:
    db = open_db(db_path)
    with out.open("w", encoding="utf-8", newline="\n") as f:
        for _doc_id, text, spans in _grouped(db.conn):  # type: ignore[attr-defined]
            offsets = token_offsets(text, [x for s in spans for x in s[:2]])
            tags = _tags(offsets, spans)
            f.write("-DOCSTART- -X- -X- O\n\n")
            lines = [f"{text[s:e]} -X- _ {t}\n" for (s, e), t in zip(offsets, tags, strict=True)]
            # A blank line before the first token after each line break (a paragraph).
            starts = [s for s, _e in offsets]
            for found in re.finditer("\n", text):
                i = bisect.bisect_right(starts, found.start())
                if 0 < i < len(lines) and not lines[i - 1].endswith("\n\n"):
                    lines[i - 1] += "\n"
            f.write("".join(lines) + "\n")
    db.close()


def _span_rows(conn: object) -> object:
    """(document id, text, [(id, start, end, label, annotator, attributes)]) per document."""
    texts = conn.execute("SELECT id, text, title FROM documents ORDER BY id")  # type: ignore[attr-defined]
    rows = conn.execute(  # type: ignore[attr-defined]
        'SELECT document_id, id, start, "end", label, annotator, attributes FROM spans '
        "WHERE annotator = 'ana' ORDER BY document_id, start"
    )
    pending = next(rows, None)
    for doc_id, text, title in texts:
        spans = []
        while pending is not None and pending[0] == doc_id:
            spans.append(pending[1:])
            pending = next(rows, None)
        yield doc_id, text, title, spans


_USER_DATA_KEYS = ("id", "start", "end", "label", "annotator", "attributes")


def baseline_spacy(db_path: Path, out: Path) -> None:
    import spacy
    from spacy.tokens import Doc, DocBin, Span

    nlp = spacy.blank("en")
    db = open_db(db_path)
    docbin = DocBin(store_user_data=True)
    for doc_id, text, title, spans in _span_rows(db.conn):  # type: ignore[attr-defined]
        offsets = token_offsets(text, [x for s in spans for x in s[1:3]])
        # Words and spaces that give back the text, line breaks included (our helper).
        words, spaces, index = words_and_spaces(text, offsets)
        doc = Doc(nlp.vocab, words=words, spaces=spaces)
        starts = {s: index[i] for i, (s, _e) in enumerate(offsets)}
        ends = {e: index[i] for i, (_s, e) in enumerate(offsets)}
        made = [Span(doc, starts[s[1]], ends[s[2]] + 1, label=s[3]) for s in spans]
        # What the export writes besides the entities: every span in a span group, and
        # the ids, annotators and attributes in user_data.
        doc.spans["annotator"] = made
        doc.ents = made
        doc.user_data["annotator"] = {
            "document_id": doc_id,
            "title": title,
            "spans": [
                dict(zip(_USER_DATA_KEYS, (i, s, e, lab, who, json.loads(a)), strict=True))
                for i, s, e, lab, who, a in spans
            ],
            "relations": [],
        }
        docbin.add(doc)
    docbin.to_disk(out)
    db.close()


def same_content(format_name: str, ours_path: Path, base_path: Path) -> bool:
    """Whether our export and the baseline wrote the same content (the same work)."""
    if format_name == "spacy":
        import zlib

        return zlib.decompress(ours_path.read_bytes()) == zlib.decompress(base_path.read_bytes())
    return ours_path.read_bytes() == base_path.read_bytes()


# -- ours: the command the user types -----------------------------------------------------


def ours(format_name: str) -> Callable[[Path, Path], None]:
    def run(db_path: Path, out: Path) -> None:
        args = ["export", "--db", str(db_path), "--format", format_name, "--out", str(out)]
        code = cli_main([*args, "--force", "--quiet"])
        if code != 0:
            raise SystemExit(f"annotator export --format {format_name} exited {code}")

    return run


def timed(
    work: Callable[[Path, Path], None], db_path: Path, out: Path, cpu: list[float] | None = None
) -> float:
    """Wall seconds of one run; appends its CPU seconds (all threads) to `cpu`."""
    started, used = time.perf_counter(), time.process_time()
    work(db_path, out)
    if cpu is not None:
        cpu.append(time.process_time() - used)
    return time.perf_counter() - started


def compare(
    name: str,
    db_path: Path,
    folder: Path,
    spans: int,
    runs: int,
    baseline: Callable[[Path, Path], None],
    suffix: str,
) -> tuple[float, float]:
    mine = ours(name)
    for work in (baseline, mine):  # warm-up: page cache, imports, spaCy's vocab
        work(db_path, folder / f"warm-{work is mine}{suffix}")
    if name != "jsonl":  # the JSONL baseline writes bare rows, not records
        same = same_content(name, folder / f"warm-True{suffix}", folder / f"warm-False{suffix}")
        print(f"  {name}: the baseline wrote the same content as the export: "
              f"{'yes' if same else 'NO (not the same work)'}", flush=True)  # fmt: skip
    base_times, our_times = [], []
    base_cpu: list[float] = []
    our_cpu: list[float] = []
    for _ in range(runs):  # interleaved, so that a load swing hits both alike
        base_times.append(timed(baseline, db_path, folder / f"base{suffix}", base_cpu))
        our_times.append(timed(mine, db_path, folder / f"ours{suffix}", our_cpu))
    base, mine_t = median(base_times), median(our_times)
    pairs = sorted(round(o / b, 2) for o, b in zip(our_times, base_times, strict=True))
    print(
        f"  {name}: ours {spans / mine_t:,.0f} spans/s ({mine_t:.2f} s), "
        f"baseline {spans / base:,.0f} spans/s ({base:.2f} s); run by run {pairs}; "
        f"CPU ours {median(our_cpu):.2f} s, baseline {median(base_cpu):.2f} s "
        f"({median(our_cpu) / median(base_cpu):.2f}x)",
        flush=True,
    )
    return mine_t, base


def big_document(folder: Path, megabytes: int) -> tuple[float, float]:
    """Peak RSS (MB) of `annotator export --format conll` of one document of `megabytes` MB,
    and of a process that only reads that text (the baseline).

    Built, exported and read in fresh processes (bench_conll_huge.measure): this process
    never holds the text, so neither figure nor the runner's peak-RSS column is its own.
    """
    from bench.bench_conll_huge import measure

    seconds, exported, baseline = measure(folder, megabytes)
    print(f"  big document: {megabytes} MB text in {seconds:.1f} s")
    return exported, baseline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="1,000 documents, one run")
    parser.add_argument(
        "--big", action="store_true", help="also 10,000 documents (1M spans) and a 200 MB text"
    )
    parser.add_argument("--sizes", help="document counts, comma separated (100 spans each)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", default="jsonl,conll,spacy,big")
    args = parser.parse_args()
    os.environ["ANNOTATOR_NAME"] = "ana"  # the user whose layer the default export takes
    only = set(args.only.split(","))
    if args.sizes:
        sizes = [int(n) for n in args.sizes.split(",")]
    else:
        sizes = [1_000] if args.quick else [1_000, 3_000] + ([10_000] if args.big else [])
    runs = 1 if args.quick else args.runs
    formats = [
        ("jsonl", baseline_jsonl, ".jsonl", "raw grouped cursor + json.dumps"),
        ("conll", baseline_conll, ".conll", "plain tokenizer + tag writer"),
        ("spacy", baseline_spacy, ".spacy", "spaCy Doc + DocBin built directly"),
    ]
    try:
        import spacy  # noqa: F401
    except ImportError:
        print("  spacy: not installed, skipped")
        only.discard("spacy")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for documents in sizes:
            db_path = folder / f"bench-{documents}.db"
            started = time.perf_counter()
            build(db_path, documents, 100)
            spans = documents * 100
            print(f"built {documents:,} documents, {spans:,} spans in "
                  f"{time.perf_counter() - started:.1f} s", flush=True)  # fmt: skip
            for format_name, baseline, suffix, baseline_name in formats:
                if format_name not in only:
                    continue
                mine, base = compare(format_name, db_path, folder, spans, runs, baseline, suffix)
                what = f"export {format_name}, {documents:,} documents / {spans:,} spans"
                rate = f"{spans / mine:,.0f} spans/s"
                if format_name == "jsonl":
                    record(what, mine, base, max_ratio=1.5, max_value=spans / 300_000,
                           baseline_name=baseline_name,
                           note=f"{rate}; goal >= 300,000 spans/s")  # fmt: skip
                else:
                    record(what, mine, base, max_ratio=1.5, baseline_name=baseline_name,
                           note=rate)  # fmt: skip
                # Peak memory of the same export as the user runs it: a fresh process.
                args_ = ["export", "--db", str(db_path), "--format", format_name,
                         "--out", str(folder / f"rss{suffix}"), "--force", "--quiet"]  # fmt: skip
                _seconds, peak = run_measured("annotator", args_, cwd=REPO)
                record(f"{what}: peak RSS", peak, unit="MB", note="annotator export process")
            db_path.unlink()
        if "big" in only:
            megabytes = 200 if args.big else 20
            rss, reading = big_document(folder, megabytes)
            record(f"export conll of one {megabytes} MB text, peak RSS", rss, reading,
                   unit="MB", max_value=1024,
                   baseline_name="a process that only reads the text")  # fmt: skip


if __name__ == "__main__":
    main()
