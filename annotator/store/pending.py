"""What the edit queue needs from the store: which failures are the environment's, and copies.

The queue itself is `annotator.services.edits.EditService`. Store writes raise
`StoreUnavailable` for a refusal that may clear (disk full, locked beyond the
timeout, read-only, file gone); `unavailable_reason` also classifies a raw
sqlite3/OSError failure (through `store.transaction.store_error`), so that no
caller outside `store/` needs to know sqlite3.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator.core.errors import StoreError, StoreUnavailable
from annotator.store.connection import Database
from annotator.store.db import backup_to, open_db
from annotator.store.repository import Repository
from annotator.store.transaction import store_error


def unavailable_reason(exc: BaseException) -> str | None:
    """A plain sentence when `exc` is a write the environment refused for now, else None.

    Damaged files, constraint failures and bugs are not retried: None.
    """
    classified = store_error(exc)
    if isinstance(classified, StoreUnavailable):
        return classified.reason
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
