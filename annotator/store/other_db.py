"""Reading another annotator database as hostile data (a colleague's file, for merge).

A SQLite file is code as much as data: its views and triggers run when they
are queried (`trusted_schema` defaults to on), a "table" may be a view, a
virtual table or carry generated columns, and its values can be any type
and any size. `open_other` therefore:

- never creates anything beside the file: it is opened `mode=ro&immutable=1`
  (no locks, no `-wal`/`-shm`), which also works on a read-only medium. When
  a non-empty `-wal` lies beside it (the file is open in another program, or
  was not closed cleanly), the file and its `-wal` are copied into a private
  temporary folder beside OUR database and the copy is read instead;
- sets `PRAGMA trusted_schema = OFF` and `PRAGMA query_only = ON`, a length
  limit on every value, a small page cache and no memory mapping;
- installs an authorizer that allows only reading tables directly: anything
  reached through a view or trigger, and any write, is refused by SQLite;
- reads only objects whose `sqlite_master.type` is `table`, with a b-tree
  (not virtual), no hidden or generated columns, and every expected column;
- checks the file with `PRAGMA quick_check` and its migrations (known here);
- streams rows in chunks, calling the cancel hook between chunks and from
  SQLite's progress handler (so even one long statement stops promptly).

Every failure is a StoreError naming the file; cancelling raises MergeCancelled.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final
from urllib.parse import quote

from annotator.core.errors import StoreError
from annotator.store.copies import process_alive
from annotator.store.migrations import migrations

_SQLITE_MAGIC: Final = b"SQLite format 3\x00"
# Longest single value read (bytes): a longer one makes SQLite refuse the file.
MAX_VALUE_BYTES: Final = 256 * 1024 * 1024
_PROGRESS_STEPS: Final = 20_000

# What merge reads, per table: the columns it needs.
EXPECTED: Final[dict[str, tuple[str, ...]]] = {
    migrations.migrations_table: ("migration_set", "name"),
    "labels": ("name", "color", "hotkey", "description", "attributes", "position"),
    "relation_types": ("name", "head_label", "tail_label", "description"),
    "annotators": ("name", "kind", "created"),
    "documents": (
        "id",
        "seq",
        "sha256",
        "title",
        "text",
        "source",
        "published",
        "meta",
        "imported",
    ),
    "spans": (
        "id",
        "document_id",
        "start",
        "end",
        "label",
        "annotator",
        "attributes",
        "provenance",
        "created",
        "updated",
    ),
    "relations": ("id", "head_id", "tail_id", "type", "annotator", "created"),
    "document_status": ("document_id", "annotator", "status", "updated"),
    "comments": ("id", "document_id", "span_id", "author", "text", "created"),
    "adjudications": ("id", "document_id", "decision", "gold_span_id", "reviewer", "decided"),
    "adjudication_sources": ("adjudication_id", "span_id"),
    "merge_conflicts": ("original_id", "copy_id", "document_id", "kind", "source", "merged"),
    "actors": ("id", "name", "type", "merged_into", "created", "created_by"),
    "actor_aliases": ("actor_id", "alias", "folded", "created"),
    "actor_links": ("actor_id", "target_id", "type", "created"),
    "span_actors": ("span_id", "actor_id", "linked_by", "linked"),
    "dismissed_problems": ("key", "document_id", "dismissed_by", "dismissed"),
    # Only its `annotator` row is read: the analyst whose layer the file holds.
    "settings": ("key", "value"),
    # Only the time of that analyst's last edit (how recent the file is) and the ids of
    # the spans and links deleted in it (what a merge may remove from our copy) are read.
    "events": ("at", "annotator", "action", "span_id", "relation_id"),
}

# The cancel hook: a threading.Event (set means cancel) or a function returning True.
Cancel = threading.Event | Callable[[], bool] | None
# The progress hook: (rows read, rows to read, table being read); the result is ignored.
MergeProgress = Callable[[int, int, str], object] | None


class MergeCancelled(StoreError):
    """The user cancelled the merge; nothing was written."""


def cancelled(cancel: Cancel) -> bool:
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())


def _decode(raw: bytes) -> str:
    # Invalid UTF-8 must not abort a whole query: it becomes lone surrogates,
    # which every text check refuses, so the row is rejected with a reason.
    return raw.decode("utf-8", "surrogateescape")


def _authorise(
    action: int, arg1: str | None, arg2: str | None, db: str | None, via: str | None
) -> int:
    # `via` names the view or trigger through which the access happens: refuse all of them.
    if via is not None:
        return sqlite3.SQLITE_DENY
    if action in (sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION):
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA and arg1 in ("quick_check", "table_xinfo", "encoding"):
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


@dataclass
class OtherDatabase:
    """A read-only, checked connection to the other file and what it holds."""

    path: Path
    conn: sqlite3.Connection
    applied: set[str]
    tables: set[str]
    unusable: dict[str, str] = field(default_factory=dict)
    cancel: Cancel = None
    progress: MergeProgress = None
    rows_total: int = 0
    rows_read: int = 0

    def has(self, table: str) -> bool:
        return table in self.tables

    def count(self, table: str) -> int:
        """How many rows a usable `table` holds (0 for one that is not read)."""
        if table not in self.tables:
            return 0
        found = self.fetch(f'SELECT count(*) FROM main."{table}" NOT INDEXED')
        value = found[0][0] if found else 0
        return value if isinstance(value, int) else 0

    def plan(self, passes: dict[str, int], progress: MergeProgress) -> None:
        """Report progress to `progress` while reading; `passes`: how often each table is read."""
        self.progress = progress
        if progress is None:
            return
        self.rows_total = sum(self.count(t) * n for t, n in passes.items())
        self.rows_read = 0
        progress(0, self.rows_total, "")

    def rows(self, table: str, wanted: Sequence[str]) -> Iterator[list[tuple[Any, ...]]]:
        """The rows of a usable `table`, `wanted` columns only (names from EXPECTED), in
        chunks; checks cancel in between."""
        if table not in self.tables:
            return
        columns = ", ".join(f'"{c}"' for c in wanted if c in EXPECTED[table])
        # NOT INDEXED: a damaged or crafted index cannot change what is read.
        cursor = self.execute(f'SELECT {columns} FROM main."{table}" NOT INDEXED')
        while True:
            self.check_cancel()
            try:
                chunk = cursor.fetchmany(500)
            except sqlite3.Error as exc:
                raise self.error(exc) from exc
            if not chunk:
                return
            if self.progress is not None:
                self.rows_read += len(chunk)
                self.progress(min(self.rows_read, self.rows_total), self.rows_total, table)
            yield chunk

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        try:
            return self.conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise self.error(exc) from exc

    def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """All rows of a small query (the catalogue, pragmas)."""
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise self.error(exc) from exc

    def check_cancel(self) -> None:
        if cancelled(self.cancel):
            raise MergeCancelled(
                "the merge was cancelled; nothing was changed", file=str(self.path)
            )

    def error(self, exc: BaseException) -> StoreError:
        if cancelled(self.cancel):
            return MergeCancelled(
                "the merge was cancelled; nothing was changed", file=str(self.path)
            )
        return StoreError(f"cannot read this database: {exc}", file=str(self.path))


def _connect(path: Path, immutable: bool) -> sqlite3.Connection:
    uri = f"file:{quote(path.resolve().as_posix())}?mode=ro"
    if immutable:
        uri += "&immutable=1"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=True)
    conn.text_factory = _decode
    return conn


def _harden(conn: sqlite3.Connection, cancel: Cancel) -> None:
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA query_only = ON")
    conn.execute("PRAGMA mmap_size = 0")
    conn.execute("PRAGMA cache_size = -16384")  # KiB: a small page cache
    conn.execute("PRAGMA cell_size_check = ON")
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.set_authorizer(_authorise)
    conn.set_progress_handler(lambda: 1 if cancelled(cancel) else 0, _PROGRESS_STEPS)


def _usable_tables(other: OtherDatabase) -> None:
    objects = other.fetch("SELECT type, name, rootpage, coalesce(sql, '') FROM main.sqlite_master")
    kinds: dict[str, list[tuple[Any, ...]]] = {}
    for row in objects:
        if isinstance(row[1], str):
            kinds.setdefault(row[1].lower(), []).append(row)
    for table, columns in EXPECTED.items():
        found = kinds.get(table.lower(), [])
        if not found:
            continue
        kind, _name, rootpage, sql = found[0]
        if kind != "table":
            other.unusable[table] = f"it is a {kind}, not a table; not read"
            continue
        if (
            not isinstance(rootpage, int)
            or rootpage <= 0
            or str(sql).lstrip().upper().startswith("CREATE VIRTUAL")
        ):
            other.unusable[table] = "it is a virtual table; not read"
            continue
        info = other.fetch(f'PRAGMA main.table_xinfo("{table}")')
        if any(r[6] != 0 for r in info):
            other.unusable[table] = "it has hidden or generated columns; not read"
            continue
        present = {str(r[1]) for r in info}
        missing = [c for c in columns if c not in present]
        if missing:
            other.unusable[table] = f"it lacks the columns {', '.join(missing)}; not read"
            continue
        other.tables.add(table)


_PRIVATE: Final = re.compile(r"^\.merge-(\d+)-")


def _clean_private_copies(folder: Path) -> None:
    """Remove private copies (`.merge-PID-…` folders) left by merges that were killed."""
    for leftover in folder.glob(".merge-*"):
        match = _PRIVATE.match(leftover.name)
        if match and leftover.is_dir() and not process_alive(int(match[1])):
            shutil.rmtree(leftover, ignore_errors=True)


@contextmanager
def open_other(
    path: Path, ours: Path, ours_applied: Sequence[str], cancel: Cancel = None
) -> Iterator[OtherDatabase]:
    """Open the other database file `path` for reading as untrusted data (see module doc).

    `ours` is our database file (merging it into itself is refused; a private
    copy, when one is needed, is made beside it). Yields an OtherDatabase.
    Raises StoreError for a missing file, the same file as ours, not SQLite,
    damaged, not an annotator database, or written by a newer annotator.
    """
    where = str(path)
    if not path.is_file():
        raise StoreError("no such database file", file=where)
    try:
        if ours.exists() and os.path.samefile(path, ours):
            raise StoreError("this is the database you are merging into", file=where)
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"cannot read this file: {exc.strerror or exc}", file=where) from exc
    if header != _SQLITE_MAGIC:
        raise StoreError("this file is not an annotator database (not SQLite)", file=where)
    wal = Path(f"{path}-wal")
    private: tempfile.TemporaryDirectory[str] | None = None
    try:
        target, immutable = path, True
        if wal.is_file() and wal.stat().st_size > 0:
            # Changes still in their -wal: read a private copy of both files, so
            # that nothing (-shm, a checkpoint) is ever written beside theirs.
            _clean_private_copies(ours.parent)
            private = tempfile.TemporaryDirectory(prefix=f".merge-{os.getpid()}-", dir=ours.parent)
            target = Path(private.name) / "other.db"
            shutil.copyfile(path, target)
            shutil.copyfile(wal, Path(f"{target}-wal"))
            immutable = False
    except OSError as exc:
        if private is not None:
            private.cleanup()
        raise StoreError(f"cannot read this file: {exc.strerror or exc}", file=where) from exc
    try:
        conn = _connect(target, immutable)
    except sqlite3.Error as exc:
        if private is not None:
            private.cleanup()
        raise StoreError(f"cannot read this database: {exc}", file=where) from exc
    other = OtherDatabase(path, conn, set(), set(), cancel=cancel)
    try:
        try:
            _harden(conn, cancel)
        except sqlite3.Error as exc:
            raise other.error(exc) from exc
        problems = [r[0] for r in other.fetch("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise StoreError(f"this database is damaged: {str(problems[0])[:200]}", file=where)
        _usable_tables(other)
        table = migrations.migrations_table
        if table not in other.tables:
            raise StoreError("this SQLite file is not an annotator database", file=where)
        applied = {
            r[0]
            for r in other.fetch(
                f'SELECT name FROM main."{table}" NOT INDEXED WHERE migration_set = ?',
                [migrations.name],
            )
            if isinstance(r[0], str)
        }
        if not applied or "m001_initial" not in applied:
            raise StoreError("this SQLite file is not an annotator database", file=where)
        unknown = sorted(applied - set(ours_applied))
        if unknown:
            raise StoreError(
                f"this database was written by a newer version of annotator (schema step "
                f"{unknown[-1][:80]!r} is unknown here); upgrade annotator to merge it",
                file=where,
            )
        other.applied = applied
        yield other
    finally:
        conn.close()
        if private is not None:
            with contextlib.suppress(OSError):
                private.cleanup()
