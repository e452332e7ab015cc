"""Opening the database file: WAL, foreign keys, busy timeout, read-only, refusals."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from annotator.core.errors import StoreError
from annotator.store.db import BUSY_TIMEOUT_MS, open_db, schema_version
from annotator.store.migrations import migrations


def _pragma(db, name: str) -> object:
    return db.execute(f"PRAGMA {name}").fetchone()[0]


def test_new_database_uses_wal_foreign_keys_and_a_busy_timeout(db_path: Path) -> None:
    db = open_db(db_path)
    assert _pragma(db, "journal_mode") == "wal"
    assert _pragma(db, "foreign_keys") == 1
    assert _pragma(db, "busy_timeout") == BUSY_TIMEOUT_MS
    assert schema_version(db) == len(migrations._migrations)
    db.close()


def test_foreign_keys_are_enforced(db_path: Path) -> None:
    db = open_db(db_path)
    db.execute("INSERT INTO annotators (name, created) VALUES ('ana', 'now')")
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        db.execute(
            'INSERT INTO spans (id, document_id, start, "end", label, annotator, created, '
            "updated) VALUES ('s', 'no-such-document', 0, 1, 'QUOTE', 'ana', '', '')"
        )
    db.close()


def test_database_is_created_in_a_missing_folder(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "corpus.db"
    open_db(path).close()
    assert path.exists()


def test_read_only_open_reads_but_refuses_writes(db_path: Path) -> None:
    db = open_db(db_path)
    db.execute("INSERT INTO settings (key, value) VALUES ('annotator', 'ana')")
    db.conn.commit()
    db.close()
    ro = open_db(db_path, readonly=True)
    assert ro.execute("SELECT value FROM settings").fetchone()[0] == "ana"
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        ro.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')")
    ro.close()


def test_read_only_open_of_an_unmigrated_database_is_refused(db_path: Path) -> None:
    sqlite3.connect(db_path).close()
    with pytest.raises(StoreError, match="needs upgrading"):
        open_db(db_path, readonly=True)


def test_read_only_open_of_a_missing_file_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot read"):
        open_db(tmp_path / "missing.db", readonly=True)
    assert not (tmp_path / "missing.db").exists()


def test_sqlite_file_of_another_program_is_refused_and_untouched(db_path: Path) -> None:
    other = sqlite3.connect(db_path)
    other.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    other.commit()
    other.close()
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="not an annotator database"):
        open_db(db_path)
    assert db_path.read_bytes() == before


def test_switching_a_file_to_wal_waits_while_another_program_holds_the_write_lock(
    db_path: Path,
) -> None:
    """SQLite runs no busy handler for the switch to WAL; open_db waits itself.

    Two programs opening a new file at once meet this: one switches to WAL
    while the other is about to write. Here the file is in rollback-journal
    mode and another program holds its write lock for 0.3 s; the switch
    needs the file to itself. Without the retry the open fails at once with "database
    is locked".
    """
    open_db(db_path).close()
    rollback = sqlite3.connect(db_path)
    assert rollback.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    rollback.close()
    other = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # the other program is about to write
    release = threading.Timer(0.3, lambda: other.execute("COMMIT"))
    started = time.monotonic()
    release.start()
    try:
        db = open_db(db_path)
    finally:
        release.join()
    waited = time.monotonic() - started
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert 0.25 <= waited < BUSY_TIMEOUT_MS / 1000
    db.close()
    other.close()
