"""Opening a database file: checks, WAL, backup before migrating, migrations, pragmas."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from annotator.core.errors import StoreDamaged, StoreError
from annotator.store.connection import Database
from annotator.store.copies import clean_partials, copy_database
from annotator.store.migrations import migrations
from annotator.store.transaction import store_error, write_transaction

BUSY_TIMEOUT_MS = 5000


def schema_version(db: Database) -> int:
    """How many of our migrations this database has applied."""
    return len(migrations.applied(db))


def _check_file(path: Path) -> None:
    """Refuse a file that is not SQLite, reading its header through SQLite itself.

    Never open() the database file from Python: on POSIX, closing any file
    descriptor of a file drops every lock this process holds on it, so a
    connection already open here (the window's, while a background job opens
    its own) would lose its locks and another process could reset the WAL
    under it. SQLite's own VFS shares one lock table per file and defers such
    closes.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        probe = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot read this file: {exc}", file=str(path)) from exc
    try:
        probe.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise StoreError(
                "this file is not an annotator database (not SQLite)", file=str(path)
            ) from exc
        raise StoreError(f"cannot read this database: {exc}", file=str(path)) from exc
    finally:
        probe.close()


def up_to_date(db: Database) -> bool:
    """True when the file has applied exactly this version's migrations, no more, no fewer.

    Read with plain SQL, without sqlite-utils (see store.connection): opening
    an up-to-date file, as every open but the first after an upgrade does,
    needs neither the checks below nor the migrations.
    """
    table = migrations.migrations_table
    if not db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
    ).fetchone():
        return False
    rows = db.execute(f"SELECT name FROM {table} WHERE migration_set = ?", [migrations.name])
    applied = [row[0] for row in rows]
    names = migrations.names()
    return len(applied) == len(names) and set(applied) == set(names)


def _check_known(db: Database, path: Path) -> None:
    known = {m.name for m in migrations._migrations}
    unknown = [m.name for m in migrations.applied(db) if m.name not in known]
    if unknown:
        raise StoreError(
            f"this database was written by a newer version of annotator (schema step "
            f"{unknown[-1]!r} is unknown here); upgrade annotator to open it",
            file=str(path),
        )


def _check_triggers(db: Database | sqlite3.Connection, path: Path) -> None:
    """Refuse a file holding a trigger our migrations did not make (or one of ours rewritten).

    A trigger runs on our own writes: one planted in a colleague's file opened with
    `--db` (`AFTER INSERT ON events BEGIN DELETE FROM spans; END`) deleted every span
    at the first tag. Read from the catalogue only, before anything is written; a
    trigger of ours that is missing is no reason (m009 makes none without JSON).
    Views are left: annotator never reads one, and users add their own to browse.
    """
    from annotator.store.known_schema import OUR_TABLES, OUR_TRIGGERS, users_index_trigger

    foreign = [
        (name, table, str(sql))
        for name, table, sql in db.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"
        )
        if " ".join(str(sql).split()) not in OUR_TRIGGERS.get(name, ())
    ]
    if foreign:
        # A user's own full-text index or row counts, kept by sqlite-utils' triggers
        # (`enable-fts --create-triggers`, `enable-counts`), write into nothing of ours.
        virtual = {
            str(name).casefold(): str(sql)
            for name, sql in db.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                "AND sql LIKE 'CREATE VIRTUAL TABLE%'"
            )
        }
        ours = frozenset(name.casefold() for name in (*OUR_TABLES, "documents_fts"))
        foreign = [f for f in foreign if not users_index_trigger(f[2], virtual, ours)]
    if not foreign:
        return
    named = ", ".join(
        f"{str(name)[:60]!r} on {str(table)[:60]!r}" for name, table, _sql in foreign[:5]
    )
    more = f" and {len(foreign) - 5} more" if len(foreign) > 5 else ""
    raise StoreError(
        f"this database holds a trigger {named}{more} that annotator did not make: a "
        "trigger runs on every edit and could change or delete annotations, so annotator "
        "does not open the file. A colleague's database comes in with `annotator merge "
        "FILE` (File > Merge database…), which never runs its triggers; a trigger you "
        "made yourself can be dropped with `sqlite3 FILE 'DROP TRIGGER name'`",
        file=str(path),
    )


def _check_tables(db: Database | sqlite3.Connection, path: Path) -> None:
    """Refuse an up-to-date file whose tables are not the ones our migrations made.

    A table that is missing, is a view or a virtual table, lacks a column or
    declares one with another type (a file made or changed by another program,
    or crafted) failed later with "unexpected error … this is a bug" on the
    first query that read it, or read values of the wrong type. Columns added
    to a table are let through. Catalogue reads only.
    """
    from annotator.store.known_schema import OUR_TABLES

    kinds = {
        str(name): (str(kind), str(sql or ""))
        for kind, name, sql in db.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'view')"
        )
    }
    # The columns of our own tables, in one statement (about 0.6 ms an open).
    held: dict[str, dict[str, str]] = {}
    names = list(OUR_TABLES)
    marks = ", ".join("?" * len(names))
    for table, column, declared in db.execute(
        "SELECT m.name, p.name, p.type FROM sqlite_master m, pragma_table_xinfo(m.name) p "
        f"WHERE m.type = 'table' AND m.name IN ({marks}) AND p.hidden = 0",
        names,
    ):
        held.setdefault(str(table), {})[str(column)] = str(declared).upper()
    for table, columns in OUR_TABLES.items():
        kind, sql = kinds.get(table, ("", ""))
        problem = ""
        if not kind:
            problem = f"it has no table {table!r}"
        elif kind != "table" or sql.lstrip().upper().startswith("CREATE VIRTUAL"):
            problem = f"its {table!r} is a {'view' if kind == 'view' else 'virtual table'}"
        else:
            found = held.get(table, {})
            for column, declared in columns:
                if column not in found:
                    problem = f"its table {table!r} lacks the column {column!r}"
                elif found[column] != declared:
                    problem = (
                        f"its column {table}.{column} is declared {found[column][:40]!r}, "
                        f"not {declared!r}"
                    )
                if problem:
                    break
        if problem:
            raise StoreError(
                f"this database is not as annotator made it ({problem}), so annotator does "
                "not open it. A colleague's database comes in with `annotator merge FILE` "
                "(File > Merge database…), which checks every row",
                file=str(path),
            )


def _check_ours(db: Database, path: Path) -> None:
    """Refuse an SQLite file that belongs to another program: migrating would change it."""
    if migrations.applied(db):
        return
    tables = {
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
            "AND name NOT LIKE 'sqlite_%'"
        )
    }
    if tables - {migrations.migrations_table}:
        raise StoreError(
            "this SQLite file is not an annotator database (it holds other tables)",
            file=str(path),
        )


def backup_to(db: Database, target: Path) -> Path:
    """Copy the whole database to `target` with SQLite's online backup API.

    Written under a temporary name and renamed when complete (store.copies):
    a killed process never leaves a file at `target` that looks like a backup.
    Raises StoreError.
    """
    return copy_database(db.conn, target)


def _upgrade_backup(db: Database, path: Path, version: int) -> Path:
    """Back `path` up as `NAME.before-vN-TIMESTAMP.db` before migrating it.

    Leftovers of killed earlier attempts are removed first: temporary copies
    (`.NAME.before-v….partial-PID`) and, from versions that wrote in place, a
    `NAME.before-v….db` with a `-journal` beside it (an uncommitted copy).
    """
    folder = path.parent
    prefix = f"{path.stem}.before-v"
    clean_partials(folder, prefix)
    for journal in folder.glob(f"{prefix}*{path.suffix}-journal"):
        with contextlib.suppress(OSError):
            Path(str(journal)[: -len("-journal")]).unlink(missing_ok=True)
            journal.unlink()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return copy_database(db.conn, path.with_name(f"{prefix}{version + 1}-{stamp}{path.suffix}"))


# The window checks a larger file only in the background (which runs after the first
# frame for every file, so a check before it is a second one). quick_check reads the
# whole file, about 4-6 M instructions per MB: at 2 MB at most about 1% of the
# start-up's, where 16 MB cost 6% and made the start-up grow with the corpus up to
# that size (issue 16: 9.5 MB took 39 M instructions, 1,000 documents 1.03x of 100).
QUICK_CHECK_BEFORE_SHOW_BYTES = 2 * 1024 * 1024
CLEAN_CHECK_SETTING = "integrity_clean"
_SQLITE_INTERRUPT = 9
_SQLITE_BUSY = 5


def file_size(path: Path) -> int:
    """Bytes of the database file and its write-ahead log (0 if absent)."""
    total = 0
    for part in (path, path.with_name(path.name + "-wal")):
        with contextlib.suppress(OSError):
            total += part.stat().st_size
    return total


def startup_check(path: Path) -> Check:
    """The check to run before the window's first frame: quick for small files, else none.

    Whatever is skipped here runs in the background after the window shows
    (`background_check`); the first frame never waits for a check that grows
    with the corpus.
    """
    size = file_size(path)
    return "quick" if 0 < size <= QUICK_CHECK_BEFORE_SHOW_BYTES else "none"


def fingerprint(conn: sqlite3.Connection) -> str:
    """What changes whenever the file's content does: pages, schema, the last event.

    Every edit, import and merge appends an event, so an unchanged fingerprint
    means nothing was written through annotator since it was taken.
    """
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    free = conn.execute("PRAGMA freelist_count").fetchone()[0]
    schema = conn.execute("PRAGMA schema_version").fetchone()[0]
    event = conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]
    return f"{pages}/{free}/{schema}/{event}"


def background_check(
    path: Path, on_connection: Callable[[sqlite3.Connection], None] | None = None
) -> tuple[Check, str | None, str] | None:
    """Check the file on a read-only connection of its own: (level, problem or None, fingerprint).

    The full `integrity_check` runs when the file changed since the last clean
    full check (remembered in the settings table by `record_clean_check`),
    else the quick one. Reads one snapshot, so the fingerprint is that of the
    content checked. `on_connection` receives the connection before the long
    read starts, so that a caller can `interrupt()` it (the window closing);
    an interrupted check returns None. Raises StoreError when the file cannot
    be read at all.
    """
    try:
        conn = sqlite3.connect(
            f"file:{path.resolve().as_posix()}?mode=ro", uri=True, check_same_thread=False
        )
    except sqlite3.DatabaseError as exc:
        raise store_error(exc, file=str(path)) or StoreError(str(exc), file=str(path)) from exc
    try:
        conn.isolation_level = None
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if on_connection is not None:
            on_connection(conn)
        conn.execute("BEGIN")  # one snapshot for the fingerprint and the check
        try:
            taken = fingerprint(conn)
            row = conn.execute(
                "SELECT value FROM settings WHERE key = ?", [CLEAN_CHECK_SETTING]
            ).fetchone()
            level: Check = "quick" if row is not None and row[0] == taken else "full"
            problem = damage(conn, level)
        finally:
            conn.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", None) == _SQLITE_INTERRUPT:
            return None
        classified = store_error(exc, file=str(path))
        if isinstance(classified, StoreDamaged):
            return "full", str(exc), ""
        if classified is None:
            raise
        raise classified from exc
    finally:
        conn.close()
    return level, problem, taken


def record_clean_check(db: Database, taken: str) -> None:
    """Remember that the content with fingerprint `taken` passed the full check."""
    with write_transaction(db):
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [CLEAN_CHECK_SETTING, taken],
        )


def refuse_damaged(path: Path, check: Check) -> None:
    """Raise StoreError unless the file at `path` is an SQLite file that passes `check`.

    Read-only: the file is never modified. A missing or empty file passes (it
    will be created). StoreDamaged names the backup folder to restore from.
    """
    _check_file(path)
    if check != "none" and path.exists() and path.stat().st_size > 0:
        _refuse_damaged(path, check)


def _refuse_damaged(path: Path, check: Check) -> None:
    try:
        probe = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot read this database: {exc}", file=str(path)) from exc
    try:
        probe.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        problem = damage(probe, check)
    except sqlite3.DatabaseError as exc:
        classified = store_error(exc, file=str(path))
        if classified is None:
            raise
        raise classified from exc
    finally:
        probe.close()
    if problem is not None:
        raise damaged_error(path, problem)


def enable_wal(conn: sqlite3.Connection) -> None:
    """Put the file in WAL mode, waiting out another program that holds it.

    Switching the journal mode needs the file to itself, and SQLite does not
    run the busy handler for `PRAGMA journal_mode`: when two programs open a
    new file at once, one of them gets "database is locked" at once. So the
    switch is retried here, with a growing pause, for as long as the busy
    timeout. On a file already in WAL mode (every open after the first) the
    pragma is a no-op that takes no lock.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.002
    while True:
        try:
            row = conn.execute("PRAGMA journal_mode = wal").fetchone()
        except sqlite3.OperationalError as exc:
            if getattr(exc, "sqlite_errorcode", 0) & 0xFF != _SQLITE_BUSY:
                raise
            if time.monotonic() >= deadline:
                raise
        else:
            if row is not None and str(row[0]).lower() == "wal":
                return
            if time.monotonic() >= deadline:
                raise sqlite3.OperationalError("database is locked")
        time.sleep(pause)
        pause = min(pause * 2, 0.05)


def _migrate(db: Database, path: Path) -> None:
    """Back the file up (when it has data), then migrate it under the write lock.

    The backup runs outside the transaction (SQLite's backup API cannot copy
    from a connection in the middle of a write transaction). Under the lock,
    the pending steps are looked up again: when two programs open an old file
    at once, the second finds nothing left to do (both may leave a backup).
    """
    if migrations.applied(db):
        _upgrade_backup(db, path, schema_version(db))
    with write_transaction(db):
        if migrations.pending(db):
            migrations.apply(db)


# What sqlite-utils' `Migrations.ensure_migrations_table` creates (sqlite-utils 4), word for
# word, so that a file `_create` built is one sqlite-utils itself would have built: the
# `sqlite-utils migrate` command and `Migrations.applied` read it as theirs.
# tests/store/test_blank_file.py holds this equal to what the installed sqlite-utils writes.
_MIGRATIONS_TABLE_SQL = (
    'CREATE TABLE "{table}" (\n'
    '   "id" INTEGER PRIMARY KEY,\n'
    '   "migration_set" TEXT,\n'
    '   "name" TEXT,\n'
    '   "applied_at" TEXT\n'
    ")",
    'CREATE UNIQUE INDEX "idx_{table}_migration_set_name"\n'
    '    ON "{table}" ("migration_set", "name")',
)


def _blank(db: Database) -> bool:
    """True for a file with nothing in it yet: no table, index, view or trigger."""
    return db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is None


def _create(db: Database) -> bool:
    """Build this version's schema on a blank file, in one transaction; False if it is not blank.

    The same steps as `migrations.apply`, in the same order, each recorded as
    sqlite-utils records it (`migration_set`, `name`, `applied_at` as
    `str(datetime.now(UTC))`), but without importing sqlite-utils, which costs more than
    the steps (about 45 ms of the 0.1 s a new file took, issue 16). The check for a
    blank file is made again under the write lock: when two programs create the
    file at once, the second finds it built. False too when a step cannot run in a
    transaction (sqlite-utils then applies the steps one by one).
    """
    steps = migrations.steps()
    if not all(transactional for _name, _step, transactional in steps):
        return False
    table = migrations.migrations_table
    with write_transaction(db):
        if not _blank(db):
            return False
        for sql in _MIGRATIONS_TABLE_SQL:
            db.execute(sql.format(table=table))
        for name, step, _transactional in steps:
            step(db)
            db.execute(
                f'INSERT INTO "{table}" ("migration_set", "name", "applied_at") VALUES (?, ?, ?)',
                [migrations.name, name, str(datetime.now(UTC))],
            )
    return True


Check = Literal["none", "quick", "full"]


def damage(db: Database | sqlite3.Connection, check: Check = "quick") -> str | None:
    """The first problem `PRAGMA quick_check` (or `integrity_check` for "full") reports.

    None when the file is sound. quick_check reads every page but skips the
    index-against-table comparison, so it costs a fraction of the full check.
    """
    if check == "none":
        return None
    sql = "PRAGMA quick_check(1)" if check == "quick" else "PRAGMA integrity_check(1)"
    conn = db if isinstance(db, sqlite3.Connection) else db.conn
    try:
        rows = [str(r[0]) for r in conn.execute(sql)]
    except sqlite3.DatabaseError as exc:
        classified = store_error(exc)
        if isinstance(classified, StoreDamaged):
            return str(exc)
        raise
    return None if rows == ["ok"] else rows[0]


def damaged_error(path: Path, problem: str) -> StoreDamaged:
    """The message for a damaged file: what is wrong and how to restore a backup."""
    # Imported here: store.backup imports this module.
    from annotator.store.backup import backup_folder

    problem = " ".join(problem.replace("*** in database main ***", "").split())
    return StoreDamaged(
        f"this database is damaged ({problem}) and was not changed; restore a backup: "
        f"with no program using the file, copy the newest snapshot from "
        f"{backup_folder(path)} over it",
        file=str(path),
    )


def open_db(path: str | Path, *, readonly: bool = False, check: Check = "none") -> Database:
    """Open (creating if needed) the annotator database at `path`, migrated to this version.

    Order matters: WAL is enabled before any transaction (it refuses inside
    one); a file with pending migrations is first backed up beside itself as
    `NAME.before-vN-TIMESTAMP.db`; then migrations run, then foreign keys and
    the busy timeout are switched on. Raises StoreError for a file that is not
    SQLite or was written by a newer annotator; such a file is not modified.
    With `readonly`, the file is opened with SQLite's read-only mode and must
    already be migrated. With `check` "quick" (commands that write) or "full",
    an existing file is first checked and refused with StoreDamaged, naming
    the backup folder, when damaged; nothing is written to it.
    """
    path = Path(path)
    _check_file(path)
    if check != "none" and path.exists() and path.stat().st_size > 0:
        _refuse_damaged(path, check)
    if readonly:
        uri = f"file:{path.resolve().as_posix()}?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read this database: {exc}", file=str(path)) from exc
        try:
            db = Database(conn)
            db.conn.isolation_level = None
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            _check_triggers(db, path)
            if not up_to_date(db):
                _check_known(db, path)
                if migrations.pending(db):
                    raise StoreError(
                        "this database needs upgrading but is read-only", file=str(path)
                    )
            _check_tables(db, path)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(f"cannot read this database: {exc}", file=str(path)) from exc
        except StoreError:
            conn.close()
            raise
        return db

    path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(path)
    try:
        # No implicit transactions: sqlite3 would otherwise open one before a stray
        # INSERT and keep it (and the write lock) open. Every write we make is
        # inside an explicit BEGIN IMMEDIATE ... COMMIT (store.transaction).
        db.conn.isolation_level = None
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        current = up_to_date(db)
        blank = not current and _blank(db)
        if not current and not blank:
            # Refuse before writing anything: even switching to WAL rewrites the header.
            _check_known(db, path)
            _check_ours(db, path)
        if not blank:
            _check_triggers(db, path)
        if current:
            _check_tables(db, path)
        enable_wal(db.conn)
        if blank and not _create(db) and not up_to_date(db):
            # Another program wrote to the file since it was found blank (or a step must
            # run outside a transaction): open it as any existing file.
            _check_known(db, path)
            _check_ours(db, path)
            blank = False
        if not current and not blank and migrations.pending(db):
            _migrate(db, path)
            _check_tables(db, path)
        db.execute("PRAGMA foreign_keys = ON")
        # FULL: a commit survives a power cut too, not only a killed process.
        db.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as exc:
        db.close()
        classified = store_error(exc, file=str(path))
        if classified is not None:
            raise classified from exc
        raise StoreError(f"cannot open this database: {exc}", file=str(path)) from exc
    except StoreError:
        db.close()
        raise
    return db
