"""Opening a database file: checks, WAL, backup before migrating, migrations, pragmas."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from annotator.core.errors import StoreError
from annotator.store.migrations import migrations

BUSY_TIMEOUT_MS = 5000
_SQLITE_MAGIC = b"SQLite format 3\x00"


def schema_version(db: Database) -> int:
    """How many of our migrations this database has applied."""
    return len(migrations.applied(db))


def _check_file(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        magic = handle.read(len(_SQLITE_MAGIC))
    if magic != _SQLITE_MAGIC:
        raise StoreError("this file is not an annotator database (not SQLite)", file=str(path))


def _check_known(db: Database, path: Path) -> None:
    known = {m.name for m in migrations._migrations}
    unknown = [m.name for m in migrations.applied(db) if m.name not in known]
    if unknown:
        raise StoreError(
            f"this database was written by a newer version of annotator (schema step "
            f"{unknown[-1]!r} is unknown here); upgrade annotator to open it",
            file=str(path),
        )


def backup_to(db: Database, target: Path) -> Path:
    """Copy the whole database to `target` with SQLite's online backup API."""
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target


def open_db(path: str | Path, *, readonly: bool = False) -> Database:
    """Open (creating if needed) the annotator database at `path`, migrated to this version.

    Order matters: WAL is enabled before any transaction (it refuses inside
    one); a file with pending migrations is first backed up beside itself as
    `NAME.before-vN-TIMESTAMP.db`; then migrations run, then foreign keys and
    the busy timeout are switched on. Raises StoreError for a file that is not
    SQLite or was written by a newer annotator; such a file is not modified.
    With `readonly`, the file is opened with SQLite's read-only mode and must
    already be migrated.
    """
    path = Path(path)
    _check_file(path)
    if readonly:
        uri = f"file:{path.resolve().as_posix()}?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True)
            db = Database(conn, execute_plugins=False)
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            _check_known(db, path)
            if migrations.pending(db):
                raise StoreError("this database needs upgrading but is read-only", file=str(path))
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read this database: {exc}", file=str(path)) from exc
        return db

    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        db = Database(path, execute_plugins=False)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.enable_wal()
        _check_known(db, path)
        pending = migrations.pending(db)
        if pending and migrations.applied(db):
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            version = schema_version(db)
            backup_to(db, path.with_name(f"{path.stem}.before-v{version + 1}-{stamp}{path.suffix}"))
        if pending:
            migrations.apply(db)
        db.execute("PRAGMA foreign_keys = ON")
        # FULL: a commit survives a power cut too, not only a killed process.
        db.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open this database: {exc}", file=str(path)) from exc
    return db
