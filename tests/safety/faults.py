"""Simulated write failures, injected under a real Database for tests.

`inject(db, kind)` swaps the connection under `db` for a proxy that lets
reads through and makes every write statement fail the way SQLite does for
`kind` (same exception class, message and error name), until `clear(db)`.
Permission loss can also be made real with `PRAGMA query_only`, and a lock with
a second connection holding a write transaction; both are used in the tests.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlite_utils import Database

FAULTS = {
    "disk_full": ("database or disk is full", "SQLITE_FULL", 13),
    "removed": ("disk I/O error", "SQLITE_IOERR_WRITE", 778),
    "permission": ("attempt to write a readonly database", "SQLITE_READONLY", 8),
    "locked": ("database is locked", "SQLITE_BUSY", 5),
}
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "COMMIT")


def _error(kind: str) -> sqlite3.OperationalError:
    message, name, code = FAULTS[kind]
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorname = name
    exc.sqlite_errorcode = code
    return exc


class FaultyConnection:
    """Forwards to a real sqlite3.Connection; write statements raise while a fault is set."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.fault: str | None = None
        self.refused = 0

    def _check(self, sql: str) -> None:
        if self.fault is not None and sql.lstrip().upper().startswith(_WRITES):
            self.refused += 1
            raise _error(self.fault)

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        self._check(sql)
        return self._conn.execute(sql, *args)

    def executemany(self, sql: str, *args: Any) -> sqlite3.Cursor:
        self._check(sql)
        return self._conn.executemany(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def inject(db: Database, kind: str) -> FaultyConnection:
    if not isinstance(db.conn, FaultyConnection):
        db.conn = FaultyConnection(db.conn)  # type: ignore[assignment]
    db.conn.fault = kind  # type: ignore[attr-defined]
    return db.conn  # type: ignore[return-value]


def clear(db: Database) -> None:
    if isinstance(db.conn, FaultyConnection):
        db.conn.fault = None
