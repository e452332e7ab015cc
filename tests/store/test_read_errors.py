"""Reads of a damaged or removed database: StoreError subclasses, never sqlite3's errors.

The window and the CLI read through the Repository and the store modules'
public functions; those classify SQLite's failures (store.transaction
`classified_reads`), so nothing outside the store sees `sqlite3`.
"""

from __future__ import annotations

import inspect
import os
import random
import sqlite3
from pathlib import Path

import pytest

from annotator.core.errors import StoreDamaged
from annotator.core.model import AnnotatedDocument, Document
from annotator.store import actors, boilerplate, consistency_store, layers, review
from annotator.store import search as search_module
from annotator.store.db import open_db
from annotator.store.repository import Repository
from annotator.store.transaction import classified_reads
from tests.cli.test_cli import run


def _corpus(path: Path) -> Repository:
    repo = Repository(open_db(path))
    documents = [
        Document.from_text(f"Report {n}\n\n" + "Shelling near the market. " * 800, f"Report {n}")
        for n in range(200)
    ]
    repo.import_documents([AnnotatedDocument(d) for d in documents], "ana")
    return repo


def _damage(path: Path) -> None:
    """Overwrite a third of the file after its middle (its header and schema stay readable)."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(random.Random(7).randbytes(size // 3))


@pytest.fixture
def damaged(tmp_path: Path) -> Repository:
    path = tmp_path / "corpus.db"
    _corpus(path).db.close()
    _damage(path)
    return Repository(open_db(path))


def test_reads_of_a_damaged_file_raise_store_damaged_naming_it(damaged: Repository) -> None:
    for read in (damaged.document_ids, damaged.document_titles):
        with pytest.raises(StoreDamaged, match="damaged; restore a backup") as caught:
            read()
        assert caught.value.file == damaged.path
        assert isinstance(caught.value.__cause__, sqlite3.DatabaseError)


def test_every_public_read_of_the_store_modules_is_classified() -> None:
    for module in (actors, boilerplate, consistency_store, layers, review, search_module):
        public = [
            name
            for name, value in vars(module).items()
            if not name.startswith("_")
            and inspect.isfunction(value)
            and getattr(value, "__module__", "") == module.__name__
        ]
        assert public, module.__name__
        unwrapped = [name for name in public if not hasattr(vars(module)[name], "__wrapped__")]
        assert unwrapped == [], module.__name__
    methods = [n for n, v in vars(Repository).items() if inspect.isfunction(v) and n[0] != "_"]
    assert all(hasattr(getattr(Repository, n), "__wrapped__") for n in methods)


def test_a_removed_file_still_answers_from_the_open_connection(tmp_path: Path) -> None:
    path = tmp_path / "corpus.db"
    repo = _corpus(path)
    ids = repo.document_ids()
    for leftover in tmp_path.glob("corpus.db*"):
        os.remove(leftover)
    # SQLite keeps the open file: what was saved can still be read (and copied away).
    assert repo.document_ids() == ids
    assert repo.document(ids[3]).title == "Report 3"
    # A new command on the removed path refuses it instead of creating a new database.
    result = run("stats", "--db", str(path))
    assert result.returncode == 2
    assert "no database at" in result.stderr
    assert not path.exists()


def test_bugs_are_not_hidden_as_store_errors(tmp_path: Path) -> None:
    repo = Repository(open_db(tmp_path / "corpus.db"))

    @classified_reads
    def misspelt(r: Repository) -> object:
        return r.db.execute("SELECT * FROM no_such_table").fetchall()

    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        misspelt(repo)


def test_read_commands_on_a_damaged_file_print_one_line_and_exit_1(tmp_path: Path) -> None:
    path = tmp_path / "corpus.db"
    _corpus(path).db.close()
    _damage(path)
    out = tmp_path / "out" / "corpus.jsonl"
    for command in (
        ["check"],
        ["export", "--format", "jsonl", "--out", str(out), "--annotator", "ana", "--include-empty"],
    ):
        result = run(*command, "--db", str(path))
        assert result.returncode == 1, (command, result.stderr)
        assert "Traceback" not in result.stderr
        assert "unexpected error" not in result.stderr
        assert "the database file is damaged" in result.stderr
        assert result.stderr.count("\n") == 1
