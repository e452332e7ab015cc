"""Two programs writing one file at once: a CLI import beside a tagger, two CLI imports.

Real processes on a real file. Every write starts with BEGIN IMMEDIATE, so a
program that finds the file busy waits (the busy timeout) instead of failing:
no process errs, every document and every acknowledged span is stored, and
the file passes `PRAGMA integrity_check`. The full-size runs (2,000 and 2 ×
4,000 articles) are in the slow tier; the small ones always run.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.safety.conftest import integrity, make_corpus


def _articles(folder: Path, count: int, tag: str) -> Path:
    folder.mkdir()
    for n in range(count):
        (folder / f"{tag}-{n:05d}.txt").write_text(
            f"{tag} report {n}\n\nDelegates from {tag} met on day {n} in Vienna. "
            + f"Officials said {n} people attended the talks about the {tag} ceasefire. " * 6,
            "utf-8",
        )
    return folder


def _import(db: Path, folder: Path, annotator: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "annotator",
            "import",
            str(folder),
            "--db",
            str(db),
            "--annotator",
            annotator,
            "--quiet",
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _documents(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {r[0] for r in conn.execute("SELECT title FROM documents")}
    finally:
        conn.close()


def _span_ids(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {r[0] for r in conn.execute("SELECT id FROM spans")}
    finally:
        conn.close()


def import_while_tagging(tmp_path: Path, articles: int) -> dict[str, float]:
    db = tmp_path / "corpus.db"
    make_corpus(db)
    folder = _articles(tmp_path / "articles", articles, "import")
    stop = tmp_path / "stop"
    tagger = subprocess.Popen(
        [sys.executable, "-m", "tests.safety.tagger_process", str(db), str(stop)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert tagger.stdout is not None
    assert tagger.stdout.readline().strip() == "ready"
    started = time.monotonic()
    importer = _import(db, folder, "importer")
    out, err = importer.communicate(timeout=900)
    seconds = time.monotonic() - started
    stop.touch()
    tagged, tagger_err = tagger.communicate(timeout=60)

    assert importer.returncode == 0, err
    assert err == ""
    assert f"imported {articles} documents" in out
    assert tagger.returncode == 0, tagged + tagger_err
    acknowledged = [line.split() for line in tagged.splitlines() if line.startswith("saved ")]
    saved = {fields[1] for fields in acknowledged}
    waits = sorted(float(fields[2]) for fields in acknowledged)
    assert not [line for line in tagged.splitlines() if line.startswith("error")]
    assert saved
    assert saved <= _span_ids(db)
    titles = _documents(db)
    assert {f"import report {n}" for n in range(articles)} <= titles
    assert integrity(db) == ["ok"]
    return {
        "import_seconds": round(seconds, 1),
        "spans_saved": len(saved),
        "span_write_ms_median": waits[len(waits) // 2],
        "span_write_ms_max": waits[-1],
        "documents": len(titles),
    }


def two_imports_at_once(tmp_path: Path, articles: int, *, fresh: bool) -> dict[str, float]:
    """`fresh`: the file does not exist yet, so both create and migrate it at once."""
    db = tmp_path / "corpus.db"
    if not fresh:
        make_corpus(db)
    first = _articles(tmp_path / "first", articles, "first")
    second = _articles(tmp_path / "second", articles, "second")
    started = time.monotonic()
    one, two = _import(db, first, "one"), _import(db, second, "two")
    out_one, err_one = one.communicate(timeout=900)
    out_two, err_two = two.communicate(timeout=900)
    seconds = time.monotonic() - started
    assert (one.returncode, err_one) == (0, "")
    assert (two.returncode, err_two) == (0, "")
    assert f"imported {articles} documents" in out_one
    assert f"imported {articles} documents" in out_two
    titles = _documents(db)
    for tag in ("first", "second"):
        assert {f"{tag} report {n}" for n in range(articles)} <= titles
    assert len(titles) == 2 * articles + (0 if fresh else 3)
    assert integrity(db) == ["ok"]
    return {"seconds": seconds, "documents": len(titles)}


def test_a_cli_import_while_another_program_tags_loses_nothing(tmp_path: Path) -> None:
    import_while_tagging(tmp_path, 200)


def test_two_cli_imports_at_once_into_a_new_file_store_every_document(tmp_path: Path) -> None:
    two_imports_at_once(tmp_path, 300, fresh=True)


@pytest.mark.slow
def test_a_cli_import_of_2000_articles_while_another_program_tags_loses_nothing(
    tmp_path: Path,
) -> None:
    figures = import_while_tagging(tmp_path, 2000)
    print(f"\nimport 2,000 while tagging: {figures}")


@pytest.mark.slow
def test_two_cli_imports_of_4000_articles_at_once_store_every_document(tmp_path: Path) -> None:
    figures = two_imports_at_once(tmp_path, 4000, fresh=False)
    print(f"\ntwo imports of 4,000 at once: {figures}")
