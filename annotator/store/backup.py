"""Rotating snapshots of a database, taken with SQLite's online backup API.

Where they live: `<user data dir>/backups/<db stem>-<first 12 hex of sha256 of the
resolved db path>/`, e.g. `~/.local/share/annotator/backups/corpus-3f2a9c0d1b7e/` on
Linux. Each snapshot is a complete, ordinary SQLite file named
`<UTC time>-e<last event id>.db`. Kept: the newest 5, plus the newest of each of
the last 7 days. A snapshot is taken whenever the window opens a database (and by
`restore_snapshot` before it overwrites anything); it is skipped when the newest
snapshot already holds the same last event, so opening a file ten times without
editing it does not push older snapshots out.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import weakref
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from annotator.core.errors import StoreError
from annotator.core.values import Value, set_field
from annotator.paths import data_dir
from annotator.store.connection import Database
from annotator.store.copies import clean_partials, copy_database
from annotator.store.db import (
    BUSY_TIMEOUT_MS,
    Check,
    _check_known,
    enable_wal,
    open_db,
    refuse_damaged,
    up_to_date,
)
from annotator.store.migrations import migrations

KEEP_LAST = 5
KEEP_DAYS = 7
_STAMP = "%Y%m%dT%H%M%S%fZ"

# Databases that open_with_backup had to open read-only, with the reason in words.
_READ_ONLY: weakref.WeakKeyDictionary[Database, str] = weakref.WeakKeyDictionary()


class Snapshot(Value):
    __slots__ = __match_args__ = ("path", "taken", "last_event")
    path: Path
    taken: datetime  # UTC
    last_event: int

    def __init__(self, path: Path, taken: datetime, last_event: int) -> None:
        set_field(self, "path", path)
        set_field(self, "taken", taken)
        set_field(self, "last_event", last_event)

    @property
    def size(self) -> int:
        return self.path.stat().st_size

    def describe(self) -> str:
        local = self.taken.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        return f"{local} · {self.size / 1024:,.0f} KB · {self.last_event} edits recorded"


def database_file(db: Database) -> Path:
    """The file behind an open connection (main database)."""
    row = db.execute("PRAGMA database_list").fetchone()
    return Path(row[2])


def backup_folder(db_path: str | Path, root: Path | None = None) -> Path:
    """The folder holding the snapshots of the database at `db_path` (not created)."""
    import hashlib  # here: it loads OpenSSL, which opening the window never needs

    resolved = Path(db_path).expanduser().resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:12]
    return (root or data_dir() / "backups") / f"{resolved.stem}-{digest}"


def _last_event(conn: sqlite3.Connection) -> int:
    try:
        row = conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()
    except sqlite3.DatabaseError:
        return 0
    return int(row[0])


def _parse(path: Path) -> Snapshot | None:
    stamp, _, rest = path.stem.partition("-e")
    try:
        taken = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
        return Snapshot(path, taken, int(rest))
    except ValueError:
        return None


def list_snapshots(db_path: str | Path, root: Path | None = None) -> list[Snapshot]:
    """The snapshots of `db_path`, newest first."""
    folder = backup_folder(db_path, root)
    if not folder.is_dir():
        return []
    found = [s for s in (_parse(p) for p in folder.glob("*.db")) if s is not None]
    return sorted(found, key=lambda s: s.taken, reverse=True)


def prune(
    db_path: str | Path,
    root: Path | None = None,
    *,
    today: datetime | None = None,
    keep: Path | None = None,
) -> None:
    """Delete snapshots outside the policy: keep the newest 5 and one a day for 7 days.

    `keep` (a snapshot about to be restored) is never deleted, whatever its age.
    """
    snapshots = list_snapshots(db_path, root)
    kept = {s.path for s in snapshots[:KEEP_LAST]}
    horizon = (today or datetime.now(UTC)).date() - timedelta(days=KEEP_DAYS - 1)
    seen_days: set[object] = set()
    for snap in snapshots:  # newest first: the first of each day is that day's newest
        day = snap.taken.date()
        if day >= horizon and day not in seen_days:
            seen_days.add(day)
            kept.add(snap.path)
    protected = keep.resolve() if keep is not None else None
    for snap in snapshots:
        if snap.path in kept or snap.path.resolve() == protected:
            continue
        with contextlib.suppress(OSError):
            snap.path.unlink(missing_ok=True)


def take_snapshot(
    db: Database,
    root: Path | None = None,
    *,
    force: bool = False,
    now: datetime | None = None,
    keep: Path | None = None,
    prune_old: bool = True,
) -> Snapshot | None:
    """Copy the open database into its backup folder; None when skipped as unchanged.

    The copy is written under a temporary name and renamed when complete
    (store.copies), so a crash never leaves a half snapshot that looks
    complete; temporary files left by killed processes are removed here.
    `keep` is passed to `prune`; with `prune_old` False nothing is pruned (a
    restore). Raises StoreError when the snapshot cannot be written (disk
    full, folder not writable).
    """
    source = database_file(db)
    folder = backup_folder(source, root)
    last = _last_event(db.conn)
    existing = list_snapshots(source, root)
    if existing and existing[0].last_event == last and not force:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot make the backup folder ({exc})", file=str(folder)) from exc
    clean_partials(folder)
    taken = now or datetime.now(UTC)
    final = folder / f"{taken.strftime(_STAMP)}-e{last}.db"
    copy_database(db.conn, final)
    if prune_old:
        prune(source, root, today=taken, keep=keep)
    return Snapshot(final, taken, last)


def _check_snapshot(path: Path) -> None:
    if not path.is_file():
        raise StoreError("this snapshot no longer exists", file=str(path))
    try:
        conn = _connect_read_only(path)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot read this snapshot: {exc}", file=str(path)) from exc
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise StoreError(f"this snapshot is damaged: {problems[0]}", file=str(path))
        known = {m.name for m in migrations._migrations}
        names = {r[0] for r in conn.execute(f"SELECT name FROM {migrations.migrations_table}")}
        if names - known:
            raise StoreError("this snapshot is from a newer annotator", file=str(path))
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot read this snapshot: {exc}", file=str(path)) from exc
    finally:
        conn.close()


def restore_snapshot(db: Database, snapshot: Path, root: Path | None = None) -> Snapshot | None:
    """Make the open database a copy of `snapshot`, after snapshotting its current state.

    All or nothing: the snapshot is checked first (integrity, schema), and the
    backup API writes it into the live database in one transaction, so other
    connections see either the old or the restored content. A restore deletes
    no snapshot: the state before it is added beside the others (pruning them
    then could delete the one restored, or another the analyst means to try
    next; the next regular snapshot applies the policy). Returns the snapshot
    taken of the state before the restore. Raises StoreError, never a raw
    sqlite3 error.
    """
    _check_snapshot(snapshot)
    before = take_snapshot(db, root, force=True, keep=snapshot, prune_old=False)
    try:
        source = _connect_read_only(snapshot)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot read this snapshot: {exc}", file=str(snapshot)) from exc
    try:
        source.backup(db.conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"the restore failed, nothing changed: {exc}", file=str(snapshot)) from exc
    finally:
        source.close()
    try:
        enable_wal(db.conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"restored, but cannot switch back to WAL: {exc}") from exc
    return before


def save_copy(db: Database, target: str | Path, *, force: bool = False) -> Path:
    """Write a consistent single-file copy of the open database to `target`.

    Uses the backup API, so changes still in the `-wal` (another program's
    window, not yet checkpointed) are in the copy. `target` may never be the
    database itself or its `-wal`/`-shm`/`-journal`, even with `force`; an
    existing file is replaced only with `force`. Raises StoreError.
    """
    target = Path(target).expanduser()
    source = database_file(db).resolve()
    resolved = target.resolve()
    own = {Path(f"{source}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")}
    if resolved in own or (target.exists() and source.exists() and target.samefile(source)):
        raise StoreError("this is the open database itself; choose another file", file=str(target))
    if target.is_dir():
        raise StoreError("this is a folder; give a file name", file=str(target))
    if target.exists() and not force:
        raise StoreError("the file exists; use --force to replace it", file=str(target))
    if not target.parent.is_dir():
        raise StoreError("the folder does not exist", file=str(target))
    clean_partials(target.parent, target.name)
    return copy_database(db.conn, target)


def checkpoint_wal(db: Database, *, truncate: bool = False) -> bool:
    """Copy what the `-wal` holds into the database file, without waiting for anyone.

    A PASSIVE checkpoint: it never blocks other programs and never waits out
    the busy timeout, so the window may call it when idle and on document
    change. Afterwards the `.db` file alone holds every committed change,
    unless a reader kept some frames in use; returns True when everything was
    copied. With `truncate`, a TRUNCATE checkpoint with the busy timeout off
    for that one statement: when no other program is reading or writing, the
    `-wal` file is also cut to zero bytes; when one is, SQLite falls back to
    copying what it can, still without waiting. Raises StoreError when the
    file cannot be written.
    """
    timeout_ms: int | None = None
    try:
        if truncate:
            timeout_ms = int(db.execute("PRAGMA busy_timeout").fetchone()[0])
            db.execute("PRAGMA busy_timeout = 0")
            row = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        else:
            row = db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot checkpoint the database: {exc}") from exc
    finally:
        if timeout_ms is not None:
            with contextlib.suppress(sqlite3.Error):
                db.execute(f"PRAGMA busy_timeout = {int(timeout_ms)}")
    if row is None:
        return True
    busy, frames, copied = (int(v) for v in row)
    # frames == -1: not in WAL mode; nothing to copy.
    return busy == 0 and (frames == -1 or frames == copied)


def read_only_reason(db: Database) -> str | None:
    """Why `db` was opened read-only by open_with_backup, or None when it is writable."""
    return _READ_ONLY.get(db)


def snapshot_file(path: Path, root: Path | None = None) -> Snapshot | None:
    """`take_snapshot` of the database file at `path` on a read-only connection of its own.

    Safe on any thread while the window writes: the copy is one consistent
    state. Raises StoreError when the snapshot cannot be written.
    """
    try:
        conn = _connect_read_only(Path(path))
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot read the database to back it up: {exc}", file=str(path)) from exc
    try:
        return take_snapshot(Database(conn), root)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot back up the database: {exc}", file=str(path)) from exc
    finally:
        conn.close()


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection; `immutable` when the folder cannot hold WAL's -shm file.

    SQLite needs to create `-shm` beside a WAL database even to read it; on a
    read-only medium it cannot, and `immutable=1` is the documented way to read
    such a file (nobody can change it there anyway).
    """
    uri = f"file:{quote(path.resolve().as_posix())}?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        if not getattr(exc, "sqlite_errorname", "").startswith("SQLITE_CANTOPEN"):
            raise
    return sqlite3.connect(uri + "&immutable=1", uri=True)


def _open_read_only(path: Path) -> Database:
    try:
        conn = _connect_read_only(path)
        db = Database(conn)
        db.conn.isolation_level = None
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not up_to_date(db):
            _check_known(db, path)
            if migrations.pending(db):
                conn.close()
                raise StoreError("this database needs upgrading but is read-only", file=str(path))
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot read this database: {exc}", file=str(path)) from exc
    return db


def check_integrity(path: Path) -> None:
    """Raise StoreError if an existing database file fails PRAGMA integrity_check.

    Read through a read-only connection, so a damaged file is never modified.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        conn = _connect_read_only(path)
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
            raise StoreError(
                "this file is not an annotator database (not SQLite)", file=str(path)
            ) from exc
        raise StoreError(f"cannot read this database: {exc}", file=str(path)) from exc
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
            raise StoreError(
                "this file is not an annotator database (not SQLite)", file=str(path)
            ) from exc
        raise StoreError(
            f"this database is damaged ({exc}); restore a backup", file=str(path)
        ) from exc
    finally:
        conn.close()
    if problems != ["ok"]:
        raise StoreError(
            f"this database is damaged ({problems[0]}); restore a backup", file=str(path)
        )


def _unwritable(path: Path) -> str | None:
    if not path.exists():
        return None
    if not os.access(path, os.W_OK):
        return "the database file is read-only"
    if not os.access(path.parent, os.W_OK):
        return "the folder holding the database is read-only"
    return None


def open_with_backup(
    path: str | Path, root: Path | None = None, *, check: Check = "full", snapshot: bool = True
) -> Database:
    """Open a database for the window: migrated, snapshotted, read-only if it must be.

    A file on a read-only medium or without write permission is opened
    read-only (see read_only_reason) instead of failing. Files that are not
    ours, newer or damaged raise StoreError and are not modified (open_db
    checks before writing anything). `check`: the integrity check run first,
    "full" by default; the window passes `db.startup_check(path)` (quick for a
    small file, none for a large one) and checks fully in the background.
    `snapshot=False` leaves the opening snapshot to the caller: the window
    takes it with `snapshot_file` once the background check found the file
    sound, so a large corpus opens without waiting for its copy and a damaged
    file never becomes a snapshot.
    """
    path = Path(path)
    if check == "full":
        check_integrity(path)
    else:  # the window: a quick check or none here, the full one after it shows
        refuse_damaged(path, check)
    reason = _unwritable(path)
    if reason is None:
        try:
            db = open_db(path)
        except StoreError as exc:
            cause = exc.__cause__
            name = getattr(cause, "sqlite_errorname", "")
            if not (name.startswith("SQLITE_READONLY") or name.startswith("SQLITE_CANTOPEN")):
                raise
            if not path.exists():
                raise
            reason = "the database cannot be written here"
        else:
            if snapshot:
                take_snapshot(db, root)
            return db
    db = _open_read_only(path)
    _READ_ONLY[db] = reason
    return db
