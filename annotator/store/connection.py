"""The database handle of the store: a SQLite connection with sqlite-utils loaded on demand.

The store works through `execute`, `conn` and `close` only, and those run here
on the plain `sqlite3` connection. Everything else sqlite-utils offers
(`db["table"]`, `db.table_names()`, its transactions, migrations) is served by a
`sqlite_utils.Database` over the same connection, built the first time it is
asked for. Importing sqlite-utils costs about as much as the rest of the
window's start-up together (it pulls in click, dateutil and pluggy), so the
window opens its database and paints its first frame without it.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

if TYPE_CHECKING:
    import sqlite_utils

_Step = TypeVar("_Step", bound=Callable[..., None])


def load_sqlite_utils() -> ModuleType:
    """Import sqlite-utils (once) without its optional pandas/numpy imports; return it.

    sqlite_utils.db imports pandas and numpy when they are installed (a test or
    export extra may bring them), only to map their scalar types to column
    types, which we never use. That costs about half a second. Blocking them
    during this one import keeps it short; they stay importable afterwards for
    code that needs them.
    """
    if "sqlite_utils.db" not in sys.modules:
        blocked = [name for name in ("pandas", "numpy") if name not in sys.modules]
        for name in blocked:
            sys.modules[name] = None  # type: ignore[assignment]
        try:
            import sqlite_utils.db  # noqa: F401
        finally:
            for name in blocked:
                del sys.modules[name]
    return sys.modules["sqlite_utils"]


class Database:
    """One SQLite connection, usable wherever a `sqlite_utils.Database` is.

    `Database(path)` connects with Python's defaults, `Database(conn)` wraps an
    open connection; both switch recursive triggers on, as sqlite-utils does.
    `execute` behaves as sqlite-utils' `Database.execute` (a statement that
    opened an implicit transaction is committed; one that failed rolls it
    back). Any other attribute or `db[name]` is looked up on `self.utils`.
    """

    def __init__(self, filename_or_conn: str | Path | sqlite3.Connection) -> None:
        if isinstance(filename_or_conn, sqlite3.Connection):
            self.conn = filename_or_conn
        else:
            self.conn = sqlite3.connect(str(filename_or_conn))
        self._utils: sqlite_utils.Database | None = None
        self.execute("PRAGMA recursive_triggers=on;")

    @property
    def utils(self) -> sqlite_utils.Database:
        """The sqlite-utils Database over this connection (imports sqlite-utils the first time)."""
        if self._utils is None:
            module = load_sqlite_utils()
            self._utils = module.Database(
                self.conn, execute_plugins=False, recursive_triggers=False
            )
        return self._utils

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        """Run one statement and return its cursor (sqlite-utils' `Database.execute`)."""
        conn = self.conn
        was_in_transaction = conn.in_transaction
        try:
            cursor = conn.execute(sql) if parameters is None else conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and conn.in_transaction:
                conn.execute("ROLLBACK")  # never leave an implicit transaction open
            raise
        if (
            not was_in_transaction
            and conn.in_transaction
            and cursor.description is None
            and _first_keyword(sql) not in _TRANSACTION_CONTROL
        ):
            conn.execute("COMMIT")
        return cursor

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __getitem__(self, table: str) -> Any:
        return self.utils[table]

    def __getattr__(self, name: str) -> Any:
        # Only reached for names this class lacks; private ones are never forwarded
        # (and a half-built object must not recurse into `utils`).
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.utils, name)


# The statements that sqlite-utils never commits after (they control transactions).
_TRANSACTION_CONTROL = frozenset(("commit", "rollback", "end", "savepoint", "release", "begin"))


def _first_keyword(sql: str) -> str:
    """The first word of a statement, lower-cased, after spaces, `;` and SQL comments."""
    text = sql
    while True:
        text = text.lstrip(" \t\r\n\f\v;\ufeff")
        if text.startswith("--"):
            text = text.partition("\n")[2]
        elif text.startswith("/*"):
            text = text.partition("*/")[2]
        else:
            break
    word = text.split(None, 1)[0] if text else ""
    return "".join(ch for ch in word if ch.isalpha()).lower()


class LazyMigrations:
    """`sqlite_utils.Migrations`, built (and sqlite-utils imported) only when it is used.

    `@migrations()` registers a step without importing sqlite-utils, and
    `names()` lists the registered steps, so that opening a database that is
    already up to date (`up_to_date` in store.db) reads one table with plain SQL.
    Every other attribute (`pending`, `applied`, `apply`, `_migrations`, …) is
    that of the real `sqlite_utils.Migrations`, which receives the same steps
    in the same order; assigning one (a test's monkeypatch) assigns it there.
    """

    migrations_table = "_sqlite_migrations"

    def __init__(self, name: str) -> None:
        self.__dict__["name"] = name
        self.__dict__["_steps"] = []
        self.__dict__["_real"] = None

    def __call__(self) -> Callable[[_Step], _Step]:
        def register(step: _Step) -> _Step:
            self._steps.append(step)
            if self._real is not None:
                self._real()(step)
            return step

        return register

    @property
    def real(self) -> sqlite_utils.Migrations:
        if self._real is None:
            real = load_sqlite_utils().Migrations(self.name)
            for step in self._steps:
                real()(step)
            self.__dict__["_real"] = real
        return self._real  # type: ignore[no-any-return]

    # A property, so that pytest's monkeypatch saves and restores the real list.
    @property
    def _migrations(self) -> list[Any]:
        return self.real._migrations

    @_migrations.setter
    def _migrations(self, steps: list[Any]) -> None:
        self.real._migrations = steps

    def names(self) -> list[str]:
        """The names of the registered steps, in order (as the real object holds them)."""
        if self._real is not None:
            return [m.name for m in self._real._migrations]
        return [step.__name__ for step in self._steps]

    def steps(self) -> list[tuple[str, Callable[..., None], bool]]:
        """(name, function, transactional) of each registered step, in order, as `names()`."""
        if self._real is not None:
            return [(m.name, m.fn, m.transactional) for m in self._real._migrations]
        return [(step.__name__, step, True) for step in self._steps]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.real, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(getattr(type(self), name, None), property):
            object.__setattr__(self, name, value)
        else:
            setattr(self.real, name, value)

    def __delattr__(self, name: str) -> None:
        delattr(self.real, name)


def is_database(value: object) -> TypeGuard[Database]:
    """True for our Database and for a sqlite_utils.Database (both have `conn` and `execute`)."""
    if isinstance(value, Database):
        return True
    utils = sys.modules.get("sqlite_utils.db")
    return utils is not None and isinstance(value, utils.Database)
