"""SQLite storage through sqlite-utils: opening, migrations, the repository. All SQL lives here."""

import sys


def _import_sqlite_utils_without_dataframes() -> None:
    """Import sqlite-utils without its optional pandas/numpy imports.

    sqlite_utils.db imports pandas and numpy when they are installed (a test or
    export extra may bring them), only to map their scalar types to column
    types, which we never use. That costs about half a second at every start
    of the window. Blocking them during this one import keeps start-up fast;
    they stay importable afterwards for code that needs them.
    """
    blocked = [name for name in ("pandas", "numpy") if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import sqlite_utils.db  # noqa: F401
    finally:
        for name in blocked:
            del sys.modules[name]


_import_sqlite_utils_without_dataframes()
