"""The store's one write path and its one error classifier.

Every write in `annotator.store` runs inside `write_transaction(db)`, which
starts with `BEGIN IMMEDIATE`: the write lock is taken before the first read,
so when another program is writing we wait out the busy timeout instead of
failing at our first write (a deferred `BEGIN` that read first fails at once
with SQLITE_BUSY_SNAPSHOT once the other program commits). Nested blocks are
savepoints of the outer transaction.

`store_error(exc)` turns a `sqlite3` or `OSError` failure into one of the
`StoreError` subclasses of `annotator.core.errors`, carrying one sentence the
user can act on; `write_transaction` raises those instead of the raw errors,
and `classified_reads` does the same for the store's public read functions
(the Repository's methods, and every public function of the store modules
the window and the CLI call), so no module outside the store sees `sqlite3`.
Errors that are bugs (bad SQL, a closed connection) are not classified and
propagate unchanged.
"""

from __future__ import annotations

import errno
import functools
import inspect
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import Any, ParamSpec, TypeVar

from annotator.core.errors import (
    StoreBusy,
    StoreConstraint,
    StoreDamaged,
    StoreError,
    StoreFull,
    StoreGone,
    StoreReadOnly,
)
from annotator.store.connection import Database, is_database

RESTORE_HINT = (
    "restore a backup (File > Restore backup… in the window, or copy a snapshot from "
    "the backup folder over the file)"
)
BUSY = "another program kept the database locked for too long; try again when it has finished"
FULL = "the disk is full; free some space and try again"
READ_ONLY = "the database file cannot be written (read-only disk or folder, or permission lost)"
GONE = "the database file cannot be reached (it was removed, moved or replaced, or the disk failed)"
DAMAGED = f"the database file is damaged; {RESTORE_HINT}"

# SQLite's primary result codes (the low byte of the extended code).
_BY_CODE: dict[int, tuple[type[StoreError], str]] = {
    5: (StoreBusy, BUSY),  # SQLITE_BUSY
    6: (StoreBusy, BUSY),  # SQLITE_LOCKED
    8: (StoreReadOnly, READ_ONLY),  # SQLITE_READONLY
    10: (StoreGone, GONE),  # SQLITE_IOERR
    11: (StoreDamaged, DAMAGED),  # SQLITE_CORRUPT
    13: (StoreFull, FULL),  # SQLITE_FULL
    14: (StoreGone, GONE),  # SQLITE_CANTOPEN
    26: (StoreDamaged, DAMAGED),  # SQLITE_NOTADB
}
# Extended codes that say more than their primary code.
_BY_EXTENDED: dict[int, tuple[type[StoreError], str]] = {
    1032: (StoreGone, GONE),  # SQLITE_READONLY_DBMOVED: the file was moved or deleted
}
# For errors raised without a code (older sqlite3, hand-made errors in tests).
_BY_MESSAGE: tuple[tuple[str, type[StoreError], str], ...] = (
    ("disk is full", StoreFull, FULL),
    ("readonly database", StoreReadOnly, READ_ONLY),
    ("database is locked", StoreBusy, BUSY),
    ("database table is locked", StoreBusy, BUSY),
    ("disk i/o error", StoreGone, GONE),
    ("unable to open", StoreGone, GONE),
    ("malformed", StoreDamaged, DAMAGED),
    # Python's sqlite3 says so (without a code) when stored text is not valid UTF-8.
    ("could not decode to utf-8", StoreDamaged, DAMAGED),
    ("not a database", StoreDamaged, DAMAGED),
)
_BY_ERRNO: dict[int, tuple[type[StoreError], str]] = {
    errno.ENOSPC: (StoreFull, FULL),
    errno.EDQUOT: (StoreFull, FULL),
    errno.EROFS: (StoreReadOnly, READ_ONLY),
    errno.EACCES: (StoreReadOnly, READ_ONLY),
    errno.EPERM: (StoreReadOnly, READ_ONLY),
    errno.ENOENT: (StoreGone, GONE),
    errno.ESTALE: (StoreGone, GONE),
    errno.EIO: (StoreGone, GONE),
    errno.ENXIO: (StoreGone, GONE),
}


def store_error(exc: BaseException, *, file: str | None = None) -> StoreError | None:
    """The StoreError a `sqlite3`/`OSError` failure means to the user, or None for a bug.

    Busy or locked beyond the timeout -> StoreBusy; disk full -> StoreFull;
    read-only -> StoreReadOnly; file removed, moved, replaced or unreachable ->
    StoreGone; corrupt -> StoreDamaged; a constraint (foreign key, unique,
    trigger) -> StoreConstraint. A StoreError is returned as it is. Anything
    else (a syntax error, a closed connection, a non-storage exception) is a
    bug and gives None: the caller re-raises it unchanged.
    """
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, sqlite3.IntegrityError):
        return StoreConstraint(f"the database refused the change: {exc}", file=file)
    if isinstance(exc, sqlite3.DatabaseError):
        code = getattr(exc, "sqlite_errorcode", None)
        found = None
        if isinstance(code, int):
            found = _BY_EXTENDED.get(code) or _BY_CODE.get(code & 0xFF)
        if found is None:
            text = str(exc).lower()
            found = next(((k, m) for n, k, m in _BY_MESSAGE if n in text), None)
        if found is None:
            return None
        kind, message = found
        return kind(message, file=file)
    if isinstance(exc, OSError):
        found = _BY_ERRNO.get(exc.errno or -1)
        if found is None:
            return StoreGone(f"{GONE[:-1]} ({exc.strerror or exc})", file=file)
        kind, message = found
        return kind(message, file=file)
    return None


def database_path(conn: sqlite3.Connection) -> str | None:
    """The file behind `conn`, or None (in memory, or the connection is unusable)."""
    try:
        row = conn.execute("PRAGMA database_list").fetchone()
    except sqlite3.Error:
        return None
    return str(row[2]) if row and row[2] else None


def _raise_classified(exc: BaseException, conn: sqlite3.Connection) -> None:
    classified = store_error(exc, file=database_path(conn))
    if classified is not None and classified is not exc:
        raise classified from exc


# -- reads -------------------------------------------------------------------------

P = ParamSpec("P")
R = TypeVar("R")
C = TypeVar("C", bound=type)


def _file_of(args: tuple[Any, ...]) -> str | None:
    """The database file of the first argument that is a Database or holds one (`.db`)."""
    for value in args[:2]:
        db = value if is_database(value) else getattr(value, "db", None)
        if is_database(db):
            return database_path(db.conn)
    return None


def _classify_read(exc: sqlite3.Error, args: tuple[Any, ...]) -> None:
    classified = store_error(exc, file=_file_of(args))
    if classified is not None:
        raise classified from exc


def classified_reads(function: Callable[P, R]) -> Callable[P, R]:
    """`function` with its `sqlite3` failures raised as the StoreError `store_error` gives.

    For the store's read paths (writes already go through write_transaction):
    a damaged, unreadable or locked file becomes StoreDamaged, StoreGone or
    StoreBusy naming the file; bugs (bad SQL, a closed connection) propagate
    unchanged. A generator function is wrapped around its iteration.
    """
    if inspect.isgeneratorfunction(function):

        @functools.wraps(function)
        def rows(*args: P.args, **kwargs: P.kwargs) -> Any:
            try:
                yield from function(*args, **kwargs)
            except sqlite3.Error as exc:
                _classify_read(exc, args)
                raise

        return rows

    @functools.wraps(function)
    def call(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return function(*args, **kwargs)
        except sqlite3.Error as exc:
            _classify_read(exc, args)
            raise

    return call


def classify_public_reads(target: C) -> C:
    """Class decorator: `classified_reads` on every public method defined in the class."""
    for name, value in list(vars(target).items()):
        if not name.startswith("_") and inspect.isfunction(value):
            setattr(target, name, classified_reads(value))
    return target


def classify_module_reads(module_name: str) -> None:
    """`classified_reads` on every public function defined in the module `module_name`.

    Called once at the end of a store module; functions of the module calling
    each other then go through the wrapper too, which passes a StoreError on.
    """
    namespace = vars(sys.modules[module_name])
    for name, value in list(namespace.items()):
        if (
            not name.startswith("_")
            and inspect.isfunction(value)
            and value.__module__ == module_name
        ):
            namespace[name] = classified_reads(value)


# -- writes ------------------------------------------------------------------------

# Every savepoint takes this one name: SQLite's ROLLBACK TO and RELEASE act on the most
# recent savepoint of a name, which is the innermost open one, so nesting works as with
# a name per savepoint. One name keeps the three statements' texts the same from one
# edit to the next, as the connection's statement cache (128 texts, least recently used
# first out) needs: a name per savepoint made two new texts at every edit, each parsed
# anew, and pushed the texts the keys use out of the cache (the ACTOR key's registry
# lookup, about 1 M instructions to parse again; issue 16).
_SAVEPOINT = "SAVEPOINT annotator_savepoint"
_ROLLBACK_TO_SAVEPOINT = "ROLLBACK TO SAVEPOINT annotator_savepoint"
_RELEASE_SAVEPOINT = "RELEASE SAVEPOINT annotator_savepoint"


@contextmanager
def write_transaction(db: Database | sqlite3.Connection) -> Iterator[None]:
    """One write transaction: `BEGIN IMMEDIATE` … `COMMIT`, or `ROLLBACK` on any exception.

    Inside an open transaction it is a savepoint of that transaction: an
    exception rolls back only the inner block. `sqlite3` and `OSError`
    failures leave as the StoreError subclass `store_error` gives; bugs leave
    unchanged. The connection must be in autocommit mode
    (`isolation_level = None`, as `open_db` sets it).
    """
    conn = db if isinstance(db, sqlite3.Connection) else db.conn
    if conn.in_transaction:
        conn.execute(_SAVEPOINT)
        try:
            yield
        except BaseException as exc:
            # A failed statement may have ended the whole transaction already.
            if conn.in_transaction:
                conn.execute(_ROLLBACK_TO_SAVEPOINT)
                conn.execute(_RELEASE_SAVEPOINT)
            _raise_classified(exc, conn)
            raise
        conn.execute(_RELEASE_SAVEPOINT)
        return
    try:
        _begin_immediate(conn)
    except sqlite3.Error as exc:
        _raise_classified(exc, conn)
        raise
    try:
        yield
    except BaseException as exc:
        _rollback(conn)
        _raise_classified(exc, conn)
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        _rollback(conn)
        _raise_classified(exc, conn)
        raise


@contextmanager
def read_transaction(db: Database | sqlite3.Connection) -> Iterator[None]:
    """One consistent view of the database for every read inside: `BEGIN` … `COMMIT`.

    What a long read (an export) needs while another program writes: all its
    queries see the database as it was on entry, and the other program's
    commits (WAL) neither wait for it nor show up half-way through. Inside an
    open transaction it does nothing (that one already holds a view). Failures
    to begin leave as the StoreError `store_error` gives. Not for writes: a
    write inside fails when another program has committed since the view began.
    """
    conn = db if isinstance(db, sqlite3.Connection) else db.conn
    if conn.in_transaction:
        yield
        return
    try:
        conn.execute("BEGIN")
        # A deferred BEGIN takes its view at the first read: take it now, on entry.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        _rollback(conn)
        _raise_classified(exc, conn)
        raise
    try:
        yield
    except BaseException:
        _rollback(conn)
        raise
    if not conn.in_transaction:  # a failed statement inside may have ended it already
        return
    try:
        conn.execute("COMMIT")  # ends the view (and keeps a write made inside, if any)
    except sqlite3.Error as exc:
        _rollback(conn)
        _raise_classified(exc, conn)
        raise


POLL_SECONDS = 0.002


def _begin_immediate(conn: sqlite3.Connection) -> None:
    """BEGIN IMMEDIATE, waiting up to the connection's busy timeout for the write lock.

    We poll every 2 ms ourselves instead of leaving the wait to SQLite's busy
    handler, whose sleeps grow to 100 ms: a program writing one transaction
    after another (an import, one per file) leaves gaps of a millisecond or
    two between them, which those long sleeps nearly always miss, so a window
    tagging beside an import waited up to 1.4 s for one span.
    """
    (timeout_ms,) = conn.execute("PRAGMA busy_timeout").fetchone()
    deadline = time.monotonic() + timeout_ms / 1000
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc) or time.monotonic() >= deadline:
                    raise
            time.sleep(POLL_SECONDS)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout_ms)}")


def _is_busy(exc: sqlite3.Error) -> bool:
    return isinstance(store_error(exc), StoreBusy)


def _rollback(conn: sqlite3.Connection) -> None:
    # The original error matters more than a failed rollback (the file may be gone).
    if conn.in_transaction:
        with suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


# A transaction that spans many calls (the bulk import: many files, each a savepoint of
# it), begun and committed here like every other so the chokepoint stays the only place
# that starts or ends one.


def begin_long_transaction(conn: sqlite3.Connection) -> None:
    """BEGIN IMMEDIATE as `write_transaction` does it (polling, classified errors)."""
    try:
        _begin_immediate(conn)
    except sqlite3.Error as exc:
        _raise_classified(exc, conn)
        raise


def end_long_transaction(conn: sqlite3.Connection, *, keep: bool) -> None:
    """COMMIT (keep=True) or ROLLBACK a transaction begun by `begin_long_transaction`;
    a failed COMMIT rolls back and raises the classified StoreError."""
    if not keep:
        _rollback(conn)
        return
    try:
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        _rollback(conn)
        _raise_classified(exc, conn)
        raise
