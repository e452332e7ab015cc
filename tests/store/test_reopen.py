"""Reopening an up-to-date file: the plain-sqlite3 path sets up the connection as the
migrating path does, and still refuses what a newer annotator wrote, read-only too."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.core.errors import StoreError
from annotator.store.connection import Database
from annotator.store.db import BUSY_TIMEOUT_MS, open_db, up_to_date

_FULL = 2  # PRAGMA synchronous


def _pragma(db: Database, name: str) -> object:
    return db.execute(f"PRAGMA {name}").fetchone()[0]


def test_reopening_an_up_to_date_file_sets_wal_foreign_keys_timeout_and_full_sync(
    db_path: Path,
) -> None:
    open_db(db_path).close()
    db = open_db(db_path)
    assert up_to_date(db)  # this open took the path that skips the migrations
    assert _pragma(db, "journal_mode") == "wal"
    assert _pragma(db, "foreign_keys") == 1
    assert _pragma(db, "busy_timeout") == BUSY_TIMEOUT_MS
    assert _pragma(db, "synchronous") == _FULL
    assert _pragma(db, "recursive_triggers") == 1
    assert db.conn.isolation_level is None  # no implicit transaction holds the lock
    db.execute("INSERT INTO annotators (name, created) VALUES ('ana', 'now')")
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        db.execute(
            'INSERT INTO spans (id, document_id, start, "end", label, annotator, created, '
            "updated) VALUES ('s', 'no-such-document', 0, 1, 'QUOTE', 'ana', '', '')"
        )
    assert not db.conn.in_transaction
    db.close()


def test_a_file_from_a_newer_annotator_is_refused_read_only_and_left_as_it_was(
    db_path: Path,
) -> None:
    open_db(db_path).close()
    raw = sqlite3.connect(db_path)
    raw.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('annotator', 'm999_from_the_future', '2030-01-01')"
    )
    raw.commit()
    raw.close()
    before = db_path.read_bytes()
    for readonly in (True, False):
        with pytest.raises(StoreError, match="newer version"):
            open_db(db_path, readonly=readonly)
    assert db_path.read_bytes() == before
