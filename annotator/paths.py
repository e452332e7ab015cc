"""Where the default database lives, and the environment overrides."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "annotator"
DB_ENV = "ANNOTATOR_DB"
NAME_ENV = "ANNOTATOR_NAME"


def data_dir() -> Path:
    """The per-user data folder (e.g. ~/.local/share/annotator on Linux)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """The per-user cache folder (e.g. ~/.cache/annotator on Linux): what can be made
    again, kept to spare the work (the rules' compiled patterns)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """$ANNOTATOR_DB if set, else annotator.db in the user data folder."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    return data_dir() / "annotator.db"


def resolve_db_path(option: str | os.PathLike[str] | None) -> Path:
    """--db beats $ANNOTATOR_DB beats the default."""
    return Path(option).expanduser() if option else default_db_path()


def uncreatable_db_reason(path: Path) -> str | None:
    """Why a database cannot be made at `path`, or None when it can (or already exists).

    A folder given as the file, or a path through an existing file
    (`corpus.db/x.db`), cannot; missing folders are fine, they are created.
    """
    if path.is_dir():
        return f"{path} is a folder, not a database file"
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                return f"{path} cannot be made: {parent} is a file, not a folder"
            break
    return None


def os_user_name() -> str:
    import getpass  # here: only a first start without a name asks for it (loads termios)

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "analyst"


def annotator_name(option: str | None, stored: str | None) -> tuple[str, bool]:
    """The annotator's name and whether it was given explicitly.

    Order: --annotator, then $ANNOTATOR_NAME, then the name stored in the
    database, then the OS user name (returned with False so the window can ask
    once).
    """
    for candidate in (option, os.environ.get(NAME_ENV), stored):
        if candidate and candidate.strip():
            return candidate.strip(), True
    return os_user_name(), False
