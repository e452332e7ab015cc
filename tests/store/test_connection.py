"""The store's Database: a plain connection that serves sqlite-utils' API on demand."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlite_utils import Migrations

from annotator.core.errors import StoreError
from annotator.store.connection import Database, LazyMigrations, is_database
from annotator.store.db import open_db, up_to_date
from annotator.store.migrations import migrations

REPO = Path(__file__).resolve().parents[2]


def test_a_statement_that_opened_an_implicit_transaction_is_committed(tmp_path: Path) -> None:
    db = Database(tmp_path / "t.db")  # Python's default: sqlite3 opens transactions itself
    db.execute("CREATE TABLE t (x INTEGER)")
    db.execute("INSERT INTO t VALUES (1)")
    assert not db.conn.in_transaction
    other = sqlite3.connect(tmp_path / "t.db")
    assert other.execute("SELECT x FROM t").fetchall() == [(1,)]
    other.close()
    db.close()


def test_a_failed_statement_leaves_no_transaction_open(tmp_path: Path) -> None:
    db = Database(tmp_path / "t.db")
    db.execute("CREATE TABLE t (x INTEGER UNIQUE)")
    db.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO t VALUES (1)")
    assert not db.conn.in_transaction
    db.close()


def test_statements_inside_an_explicit_transaction_stay_in_it(tmp_path: Path) -> None:
    db = Database(sqlite3.connect(tmp_path / "t.db", isolation_level=None))
    db.execute("CREATE TABLE t (x INTEGER)")
    db.execute("  -- a comment first\n BEGIN IMMEDIATE")
    db.execute("INSERT INTO t VALUES (1)")
    assert db.conn.in_transaction
    db.execute("ROLLBACK")
    assert db.execute("SELECT count(*) FROM t").fetchone() == (0,)
    db.close()


def test_recursive_triggers_are_on_as_with_sqlite_utils(tmp_path: Path) -> None:
    db = Database(tmp_path / "t.db")
    assert db.execute("PRAGMA recursive_triggers").fetchone() == (1,)
    db.close()


def test_the_sqlite_utils_api_works_on_the_same_connection(tmp_path: Path) -> None:
    db = Database(sqlite3.connect(tmp_path / "t.db", isolation_level=None))
    db["people"].insert({"name": "Ana Lopes"})
    assert db["people"].exists()
    assert db.table_names() == ["people"]
    assert db.execute("SELECT name FROM people").fetchall() == [("Ana Lopes",)]
    assert db.utils.conn is db.conn
    assert is_database(db)
    assert is_database(db.utils)
    assert not is_database(db.conn)
    db.close()


def test_registered_steps_reach_the_real_migrations_in_order(tmp_path: Path) -> None:
    steps = LazyMigrations("demo")

    @steps()
    def m001_first(db: Database) -> None:
        db.execute("CREATE TABLE first (x INTEGER)")

    @steps()
    def m002_second(db: Database) -> None:
        db.execute("CREATE TABLE second (x INTEGER)")

    assert steps.names() == ["m001_first", "m002_second"]
    db = Database(sqlite3.connect(tmp_path / "t.db", isolation_level=None))
    assert [m.name for m in steps.pending(db)] == ["m001_first", "m002_second"]
    steps.apply(db)
    assert steps.pending(db) == []
    assert {"first", "second"} <= set(db.table_names())
    assert steps.migrations_table == steps.real.migrations_table
    db.close()


def test_up_to_date_means_exactly_the_steps_of_this_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "corpus.db"
    db = open_db(path)
    assert up_to_date(db)
    db.close()

    def m999_next_step(db: Database) -> None:
        db.execute("CREATE TABLE next_step (id INTEGER PRIMARY KEY)")

    step = Migrations._Migration("m999_next_step", m999_next_step)
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "_migrations", [*migrations._migrations, step])
        db = Database(path)
        assert not up_to_date(db)  # a step of this version is missing: open_db migrates
        db.close()
        db = open_db(path)
        assert up_to_date(db)
        assert db["next_step"].exists()
        db.close()
    db = Database(path)
    assert not up_to_date(db)  # a step this version does not know: open_db refuses
    db.close()
    with pytest.raises(StoreError, match="newer version"):
        open_db(path)


def test_opening_an_up_to_date_database_does_not_import_sqlite_utils(tmp_path: Path) -> None:
    path = tmp_path / "corpus.db"
    open_db(path).close()
    script = textwrap.dedent(
        f"""
        import sys
        from annotator.store.db import open_db
        from annotator.store.repository import Repository
        repo = Repository(open_db({str(path)!r}))
        repo.schema()
        repo.setting("annotator")
        loaded = sorted(m for m in ("sqlite_utils", "click", "dateutil") if m in sys.modules)
        print(",".join(loaded))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
