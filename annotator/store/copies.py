"""Whole-database copies that are complete or absent: temporary names, then one rename.

Snapshots, upgrade backups (`NAME.before-vN-….db`) and `annotator backup --out`
all copy a live database with SQLite's online backup API. A copy is written
to a hidden temporary name beside its final name,
`.<final name>.partial-<process id>`, made self-contained (rollback journal,
no `-wal` beside it), synced, and only then renamed. A process killed half
way therefore leaves only a `.….partial-PID` file (and perhaps its
`-journal`), which nothing lists as a backup and `clean_partials` removes
once that process is gone.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from pathlib import Path
from typing import Final

from annotator.core.errors import StoreError
from annotator.store.transaction import store_error

_PARTIAL: Final = re.compile(r"^\.(?P<final>.+)\.partial-(?P<pid>\d+)(?:-journal|-wal|-shm)?$")
# A temporary copy this old is stale even if its process id has been reused.
STALE_SECONDS: Final = 6 * 3600


def partial_name(final: Path) -> Path:
    """The temporary name `final` is written under by this process."""
    return final.with_name(f".{final.name}.partial-{os.getpid()}")


def process_alive(pid: int) -> bool:
    """Whether a process with this id exists (ours counts)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # it exists but belongs to someone else
    return True


def is_partial(path: Path) -> bool:
    """Whether `path` is (a sidecar of) a temporary copy named by `partial_name`."""
    return _PARTIAL.match(path.name) is not None


def clean_partials(folder: Path, final_prefix: str = "") -> list[Path]:
    """Remove temporary copies left in `folder` by processes that are gone; returns them.

    Only names made by `partial_name` (and their `-journal`/`-wal`/`-shm`) whose
    final name starts with `final_prefix` are considered; a copy still being
    written by a live process is left alone unless it is older than
    STALE_SECONDS. Errors removing a file are ignored (the next run tries again).
    """
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    now = time.time()
    for path in entries:
        match = _PARTIAL.match(path.name)
        if match is None or not match["final"].startswith(final_prefix):
            continue
        try:
            age = now - path.stat().st_mtime
        except OSError:
            continue
        if process_alive(int(match["pid"])) and age < STALE_SECONDS:
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def _sync_folder(folder: Path) -> None:
    # Make the rename itself durable (POSIX); not possible (nor needed) everywhere.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def copy_database(source: sqlite3.Connection, final: Path) -> Path:
    """Copy the database open on `source` to `final`, complete or not at all.

    The backup API reads one consistent state (including changes still in
    the source's `-wal`), so the copy is right even while other connections
    write. The copy uses a rollback journal, so it is one self-contained file.
    An existing `final` is replaced only by the rename at the very end.
    Raises StoreError (naming `final`) when the copy cannot be written; the
    temporary file is then removed.
    """
    partial = partial_name(final)
    try:
        for leftover in (partial, Path(f"{partial}-journal")):
            leftover.unlink(missing_ok=True)
        dest = sqlite3.connect(str(partial))
        try:
            source.backup(dest)
            # A copy of a WAL database says "WAL" in its header: switch it back, so
            # that reading it needs no -wal/-shm beside it.
            dest.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            dest.close()
        fd = os.open(partial, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(partial, final)
    except (sqlite3.Error, OSError) as exc:
        for leftover in (partial, Path(f"{partial}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        raise _copy_error(exc, final) from exc
    _sync_folder(final.parent)
    return final


def _copy_error(exc: BaseException, final: Path) -> StoreError:
    classified = store_error(exc, file=str(final))
    if classified is not None:
        return classified
    text = str(exc).lower()
    errno_name = getattr(exc, "errno", None)
    if "disk is full" in text or errno_name == 28:
        reason = "the disk is full; free some space and try again"
    elif "readonly" in text or "read-only" in text or errno_name in (13, 30, 1):
        reason = "this folder cannot be written (read-only or no permission)"
    else:
        reason = f"cannot write the copy ({exc})"
    return StoreError(reason, file=str(final))
