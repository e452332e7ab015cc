"""Where the default database, the log and the key map live, and the environment overrides."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "annotator"
DB_ENV = "ANNOTATOR_DB"
NAME_ENV = "ANNOTATOR_NAME"


def _xdg_home(variable: str, default: str) -> str | None:
    """The XDG base folder `variable` names (`default` under an absolute $HOME when
    it is unset or empty), on Linux, where platformdirs answers the same; None
    elsewhere and in any case left to platformdirs (a relative value, no usable $HOME).

    Importing platformdirs cost the window's first frame about 20 M instructions
    (2% of its start-up; issue 16) for four folder names. Every platformdirs 4.x
    answers an absolute XDG value, or an unset one under an absolute $HOME, this
    way; `tests/cli/test_paths.py` checks each folder against platformdirs."""
    if sys.platform != "linux":
        return None
    value = os.environ.get(variable, "")
    if value.startswith("/"):
        return value
    home = os.environ.get("HOME", "")
    if value or not home.startswith("/"):
        return None
    return f"{home.rstrip('/')}/{default}"  # as os.path.expanduser joins them


def data_dir() -> Path:
    """The per-user data folder (e.g. ~/.local/share/annotator on Linux)."""
    base = _xdg_home("XDG_DATA_HOME", ".local/share")
    if base is not None:
        return Path(base, APP_NAME)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """The per-user cache folder (e.g. ~/.cache/annotator on Linux): what can be made
    again, kept to spare the work (the rules' compiled patterns)."""
    base = _xdg_home("XDG_CACHE_HOME", ".cache")
    if base is not None:
        return Path(base, APP_NAME)
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """The per-user configuration folder (e.g. ~/.config/annotator on Linux)."""
    base = _xdg_home("XDG_CONFIG_HOME", ".config")
    if base is not None:
        return Path(base, APP_NAME)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """The per-user log folder (e.g. ~/.local/state/annotator/log on Linux)."""
    base = _xdg_home("XDG_STATE_HOME", ".local/state")
    if base is not None:
        return Path(base, APP_NAME, "log")
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


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
    name, explicit, _source = annotator_name_from(option, stored)
    return name, explicit


# Where a name came from, as the messages about it say.
NAME_SOURCES = (
    "--annotator",
    f"${NAME_ENV}",
    "the name stored in the database (setting 'annotator')",
)


def annotator_name_from(option: str | None, stored: str | None) -> tuple[str, bool, str]:
    """`annotator_name`, and where the name came from (for messages about it)."""
    for candidate, source in zip(
        (option, os.environ.get(NAME_ENV), stored), NAME_SOURCES, strict=True
    ):
        if candidate and candidate.strip():
            return candidate.strip(), True, source
    return os_user_name(), False, "your user name on this computer"


def refuse_reserved_name(name: str, source: str, kind_here: str | None = None) -> None:
    """Raise InputError if `name` (from `source`) cannot be an analyst's name."""
    from annotator.core.names import reserved_name_reason

    reason = reserved_name_reason(name, kind_here)
    if reason is not None:
        from annotator.core.errors import InputError

        raise InputError(
            f"{name!r} ({source}) cannot be your name as annotator: {reason}; "
            f"choose another with --annotator NAME or ${NAME_ENV}"
        )
