"""What the edit queue needs from the store: which failures are the environment's, and copies.

The queue itself is `annotator.services.edits.EditService`. Store writes raise
`StoreUnavailable` for a refusal that may clear (disk full, locked beyond the
timeout, read-only, file gone); `unavailable_reason` also recognises the raw
sqlite3/OSError forms of those refusals, for writes that do not go through the
store's classifier yet, so that no caller outside `store/` sees sqlite3.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from annotator.core.errors import StoreError, StoreUnavailable
from annotator.store.db import backup_to, open_db
from annotator.store.repository import Repository

_FULL = "the disk is full"
_READ_ONLY = "the database file cannot be written (read-only, or permission lost)"
_LOCKED = "the database is locked by another program"
_GONE = "the database file cannot be reached (removed, moved or a disk error)"

_BY_NAME = (
    ("SQLITE_FULL", _FULL),
    ("SQLITE_READONLY", _READ_ONLY),
    ("SQLITE_BUSY", _LOCKED),
    ("SQLITE_LOCKED", _LOCKED),
    ("SQLITE_IOERR", _GONE),
    ("SQLITE_CANTOPEN", "the database file cannot be reached (removed or moved)"),
)
_BY_MESSAGE = (
    ("disk is full", _FULL),
    ("readonly database", _READ_ONLY),
    ("database is locked", _LOCKED),
    ("disk i/o error", _GONE),
    ("unable to open", "the database file cannot be reached (removed or moved)"),
)


def unavailable_reason(exc: BaseException) -> str | None:
    """A plain sentence when `exc` is a write the environment refused for now, else None.

    Damaged files and constraint failures are not retried: None.
    """
    if isinstance(exc, StoreUnavailable):
        return exc.reason
    if isinstance(exc, StoreError):
        return None
    if isinstance(exc, OSError):
        return f"the disk refused the write ({exc.strerror or exc})"
    if not isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError):
        return None
    name = getattr(exc, "sqlite_errorname", "") or ""
    for prefix, words in _BY_NAME:
        if name.startswith(prefix):
            return words
    text = str(exc).lower()
    for needle, words in _BY_MESSAGE:
        if needle in text:
            return words
    return None


def open_copy(db: Database, target: Path) -> Repository:
    """Copy `db` to `target` (backup API, consistent with its WAL) and open the copy.

    Raises StoreError naming `target` when the copy cannot be written.
    """
    try:
        target.unlink(missing_ok=True)
        backup_to(db, target)
        return Repository(open_db(target))
    except (sqlite3.DatabaseError, OSError) as exc:
        raise StoreError(f"cannot write the copy: {exc}", file=str(target)) from exc
