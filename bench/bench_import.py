"""Import speed and memory: `annotator import` of .txt folders, and of one JSONL file and
one Label Studio JSON array holding the same records.

Times the command the user runs (`python -m annotator import PATH --db NEW.db`, a
fresh process each run, so start-up is included) next to a baseline measured in
the same run: a plain sqlite3 `executemany` of the same document (and span) rows,
already in memory, into a database with the identical schema (built by our
migrations: indexes, search index triggers) and the same pragmas (WAL,
synchronous=FULL, foreign keys on), in one transaction. The importer also walks
the folder, reads and decodes every file, hashes each text, checks every span and
keeps each file all or nothing; the baseline does none of that.

Goals (issue 16): at most 1.5x the baseline, and peak RSS bounded and
independent of corpus size (100,000 articles under 500 MB). Prints medians of
3 runs (1 run at 100,000 documents) and the child's peak RSS.

Usage: python bench/bench_import.py [--quick] [--big] [--sizes 1000,10000,100000]
       (--quick: 1,000 documents, 1 run; default sizes: 1,000 and 10,000, about a
       minute; --big adds 100,000, about 10 minutes)
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from annotator.core.model import Document, imported_span_id, now
from annotator.store.db import open_db
from annotator.store.repository import _SPAN_COLUMNS, Repository, _dumps
from bench.common import median, record, run_measured

SEED = 20240302
WORDS = (
    "the", "minister", "said", "civilians", "were", "killed", "in", "shelling", "of",
    "Kharvelo", "market", "at", "least", "twenty-two", "people", "O'Brien", "Lópes", "army",
    "ceasefire", "talks", "resumed", "on", "Tuesday", "according", "to", "officials", "😢",
)  # fmt: skip
LABELS = ("QUOTE", "ACTOR", "CASUALTY")
REPO = Path(__file__).resolve().parent.parent


def article(n: int, rng: random.Random) -> str:
    """About 4.3 KB of text, as in issue 16's 10,000 articles = 43 MB."""
    paragraphs = []
    for _ in range(rng.randint(6, 8)):
        paragraphs.append(" ".join(rng.choices(WORDS, k=rng.randint(60, 90))).capitalize() + ".")
    return f"Report {n}: shelling in Kharvelo\n\n" + "\n\n".join(paragraphs) + "\n"


def write_txt_folder(folder: Path, count: int, rng: random.Random) -> int:
    folder.mkdir()
    size = 0
    for n in range(count):
        sub = folder / f"{n // 1000:03}"  # a thousand files a folder, as scrapers write them
        sub.mkdir(exist_ok=True)
        path = sub / f"article-{n:06}.txt"
        path.write_text(article(n, rng), "utf-8")
        size += path.stat().st_size
    return size


def write_jsonl(path: Path, count: int, rng: random.Random) -> int:
    """`count` records, each with 10 spans."""
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            text = article(n, rng)
            spans, seen = [], set()
            while len(spans) < 10:
                start = rng.randrange(0, len(text) - 40)
                end = start + rng.randint(3, 40)
                label = rng.choice(LABELS)
                if text[start:end].strip() and (start, end, label) not in seen:
                    seen.add((start, end, label))
                    spans.append({"start": start, "end": end, "label": label})
            record_ = {"text": text, "meta": {"title": f"Report {n}"}, "spans": spans}
            out.write(json.dumps(record_, ensure_ascii=False) + "\n")
    return path.stat().st_size


def write_labelstudio(path: Path, count: int, rng: random.Random) -> int:
    """The records of `write_jsonl` as one Label Studio array: a task each, 10 results."""
    jsonl = path.with_suffix(".source.jsonl")
    write_jsonl(jsonl, count, rng)
    with jsonl.open(encoding="utf-8") as lines, path.open("w", encoding="utf-8") as out:
        out.write("[\n")
        for n, line in enumerate(lines):
            raw = json.loads(line)
            text = raw["text"]
            results = [
                {"id": f"r{n}-{k}", "from_name": "label", "to_name": "text", "type": "labels",
                 "value": {"start": s["start"], "end": s["end"],
                           "text": text[s["start"] : s["end"]], "labels": [s["label"]]}}
                for k, s in enumerate(raw["spans"])
            ]  # fmt: skip
            task = {
                "id": n + 1,
                "data": {"text": text, "title": raw["meta"]["title"]},
                "annotations": [{"id": n + 1, "completed_by": 1, "result": results}],
            }
            out.write(("," if n else "") + json.dumps(task, ensure_ascii=False) + "\n")
        out.write("]\n")
    jsonl.unlink()
    return path.stat().st_size


def labelstudio_rows(path: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    stamp = now()
    documents, spans = [], []
    for seq, task in enumerate(json.loads(path.read_text("utf-8")), start=1):
        d = Document.from_text(task["data"]["text"], title=task["data"]["title"], source=path.name)
        documents.append((d.id, seq, d.sha256, d.title, d.text, d.source, None, "{}", stamp))
        for result in task["annotations"][0]["result"]:
            v = result["value"]
            span_id = imported_span_id(d.id, v["start"], v["end"], v["labels"][0], "bench")
            spans.append(
                (span_id, d.id, v["start"], v["end"], v["labels"][0], "bench", _dumps({}),
                 "imported", stamp, stamp)
            )  # fmt: skip
    return documents, spans


def txt_rows(folder: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The document rows a .txt import writes, prepared outside the timing."""
    stamp = now()
    documents = []
    for seq, path in enumerate(sorted(folder.rglob("*.txt")), start=1):
        text = path.read_text("utf-8")
        d = Document.from_text(text, title=text.split("\n", 1)[0], source=path.name)
        documents.append((d.id, seq, d.sha256, d.title, d.text, d.source, None, "{}", stamp))
    return documents, []


def jsonl_rows(path: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    stamp = now()
    documents, spans = [], []
    with path.open(encoding="utf-8") as lines:
        for seq, line in enumerate(lines, start=1):
            raw = json.loads(line)
            d = Document.from_text(raw["text"], title=raw["meta"]["title"], source=path.name)
            documents.append((d.id, seq, d.sha256, d.title, d.text, d.source, None, "{}", stamp))
            for s in raw["spans"]:
                span_id = imported_span_id(d.id, s["start"], s["end"], s["label"], "bench")
                spans.append(
                    (span_id, d.id, s["start"], s["end"], s["label"], "bench", _dumps({}),
                     "imported", stamp, stamp)
                )  # fmt: skip
    return documents, spans


def run_cli(source: Path, target: Path) -> tuple[float, float]:
    """(seconds, the import process's own peak RSS in MB) of `annotator import SOURCE`."""
    args = [str(source), "--db", str(target), "--annotator", "bench", "--quiet"]
    return run_measured("annotator", ["import", *args], cwd=REPO)


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


def _remove(db: Path) -> None:
    for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        path.unlink(missing_ok=True)


def measure(kind: str, count: int, folder: Path, runs: int) -> None:
    rng = random.Random(SEED)
    if kind == "txt":
        source = folder / f"txt-{count}"
        size = write_txt_folder(source, count, rng)
        what = f"{count:,} .txt articles ({size / 1e6:.0f} MB)"
    elif kind == "jsonl":
        source = folder / f"corpus-{count}.jsonl"
        size = write_jsonl(source, count, rng)
        what = f"{count:,} JSONL records, {count * 10:,} spans ({size / 1e6:.0f} MB)"
    else:
        source = folder / f"tasks-{count}.json"
        size = write_labelstudio(source, count, rng)
        what = f"{count:,} Label Studio tasks, {count * 10:,} spans ({size / 1e6:.0f} MB)"
    template = folder / "template.db"
    if not template.exists():
        Repository(open_db(template)).db.close()  # schema and default labels, nothing else
    ours, peaks = [], []
    for n in range(runs):
        seconds, peak = run_cli(source, folder / f"ours-{kind}-{count}-{n}.db")
        ours.append(seconds)
        peaks.append(peak)
        _remove(folder / f"ours-{kind}-{count}-{n}.db")
    rows = {"txt": txt_rows, "jsonl": jsonl_rows, "labelstudio": labelstudio_rows}[kind]
    documents, spans = rows(source)
    base = []
    for n in range(runs):
        base.append(
            run_baseline(template, folder / f"base-{kind}-{count}-{n}.db", documents, spans)
        )
        _remove(folder / f"base-{kind}-{count}-{n}.db")
    del documents, spans
    record(
        f"import {what}",
        median(ours),
        median(base),
        max_ratio=1.5,
        baseline_name="executemany of the same rows",
        note=f"{count / median(ours):,.0f} documents/s; CLI process, start-up included",
    )
    record(
        f"import {what}: peak RSS",
        max(peaks),
        unit="MB",
        max_value=500,
        note="the annotator import process",
    )
    if kind == "txt":
        shutil.rmtree(source)
    else:
        source.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 documents, one run")
    parser.add_argument(
        "--sizes", default="1000,10000", help="document counts, comma separated (e.g. 100000)"
    )
    parser.add_argument("--big", action="store_true", help="1,000, 10,000 and 100,000 documents")
    parser.add_argument("--kinds", default="txt,jsonl,labelstudio", help="what to import")
    args = parser.parse_args()
    sizes = [1_000] if args.quick else [int(s) for s in args.sizes.split(",")]
    if args.big:
        sizes = [1_000, 10_000, 100_000]
    with tempfile.TemporaryDirectory() as tmp:
        for count in sizes:
            runs = 1 if args.quick or count >= 100_000 else 3
            for kind in args.kinds.split(","):
                measure(kind, count, Path(tmp), runs)


if __name__ == "__main__":
    main()
