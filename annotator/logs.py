"""The log file: standard `logging` into a rotating file in the user's log folder.

Configured once by the CLI (`cli.main`) and once by the window (`app.run`).
Everything under the `annotator` logger goes to `annotator.log` in
platformdirs' user log folder (on Linux ~/.local/state/annotator/log), which
rotates at 1 MB and keeps three old files. The level is INFO, or DEBUG with
`--verbose` or `ANNOTATOR_LOG=debug` (`ANNOTATOR_LOG` also takes info, warning
and error); `--verbose` copies the messages to stderr as well. Unexpected
exceptions are logged with their traceback by `log_unexpected`, so a message to
the user can name the file where the details are.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path
from types import TracebackType

import platformdirs

from annotator.paths import APP_NAME

LOG_ENV = "ANNOTATOR_LOG"
LOG_FILE_NAME = "annotator.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
_FORMAT = "%(asctime)s %(process)d %(threadName)s %(levelname)s %(name)s: %(message)s"
_LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "error": logging.ERROR,
}

logger = logging.getLogger("annotator")


def log_dir() -> Path:
    """The per-user log folder."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    """The current log file (the one `configure` writes to)."""
    for handler in logger.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    return log_dir() / LOG_FILE_NAME


def _level(verbose: bool) -> int:
    if verbose:
        return logging.DEBUG
    return _LEVELS.get(os.environ.get(LOG_ENV, "").strip().lower(), logging.INFO)


def configure(*, verbose: bool = False) -> Path | None:
    """Send the `annotator` logger to the rotating log file; returns its path.

    Calling it again replaces the handlers it added (a later `--verbose` adds
    the stderr copy). When the log folder cannot be written, logging goes
    nowhere and None is returned: a missing log never stops the program.
    """
    for handler in list(logger.handlers):
        if getattr(handler, "_annotator", False):
            logger.removeHandler(handler)
            handler.close()
    level = _level(verbose)
    logger.setLevel(level)
    logger.propagate = False
    path: Path | None = log_dir() / LOG_FILE_NAME
    try:
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:
        path = None
        file_handler = logging.NullHandler()
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    _mark(file_handler)
    if verbose:
        echo = logging.StreamHandler(sys.stderr)
        echo.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        _mark(echo)
    logger.debug("logging to %s at level %s", path, logging.getLevelName(level))
    return path


def _mark(handler: logging.Handler) -> None:
    handler._annotator = True  # type: ignore[attr-defined]
    logger.addHandler(handler)


def configured() -> bool:
    """Whether `configure` has run in this process."""
    return any(getattr(h, "_annotator", False) for h in logger.handlers)


def where_details_are() -> str:
    """'the details are in FILE' (or a plain note when there is no log file)."""
    for handler in logger.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return f"the details are in {handler.baseFilename}"
    return "no log file could be written"


def log_unexpected(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    *,
    where: str,
) -> str:
    """Log an exception nobody expected, with its traceback; returns one line for the user.

    The line names the exception and the log file, never the traceback.
    """
    logger.critical("unexpected error in %s", where, exc_info=(exc_type, exc, tb))
    detail = " ".join(str(exc).split())
    if len(detail) > 200:
        detail = detail[:199] + "…"
    summary = f"{exc_type.__name__}: {detail}" if detail else exc_type.__name__
    return f"unexpected error ({summary}); this is a bug, {where_details_are()}"
