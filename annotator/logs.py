"""The log file: standard `logging` into a rotating file in the user's log folder.

Configured once by the CLI (`cli.main`) and once by the window (`app.run`).
Everything under the `annotator` logger goes to `annotator.log` in
platformdirs' user log folder (on Linux ~/.local/state/annotator/log). A log
over 1 MB is rotated when a program starts (three old files are kept): rotating
at start instead of with `logging.handlers` keeps that module, and the socket
and pickle modules it loads, out of every start-up. The level is INFO, or DEBUG with
`--verbose` or `ANNOTATOR_LOG=debug` (`ANNOTATOR_LOG` also takes info, warning
and error); `--verbose` copies the messages to stderr as well. Unexpected
exceptions are logged with their traceback by `log_unexpected`, so a message to
the user can name the file where the details are.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path
from types import TracebackType

from annotator import paths

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
    """The per-user log folder (`paths.log_dir`)."""
    return paths.log_dir()


def log_file() -> Path:
    """The current log file (the one `configure` writes to)."""
    for handler in logger.handlers:
        if isinstance(handler, logging.FileHandler):
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
        _rotate(path)
        file_handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
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


def _rotate(path: Path) -> None:
    """annotator.log -> .1 -> .2 -> .3 when it has grown past MAX_BYTES."""
    try:
        if path.stat().st_size < MAX_BYTES:
            return
    except OSError:
        return
    # Another program may rotate at the same moment: whichever rename loses is skipped.
    with contextlib.suppress(OSError):
        for n in range(BACKUPS - 1, 0, -1):
            older = path.with_name(f"{path.name}.{n}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{n + 1}"))
        os.replace(path, path.with_name(f"{path.name}.1"))


def _mark(handler: logging.Handler) -> None:
    handler._annotator = True  # type: ignore[attr-defined]
    logger.addHandler(handler)


def configured() -> bool:
    """Whether `configure` has run in this process."""
    return any(getattr(h, "_annotator", False) for h in logger.handlers)


def where_details_are() -> str:
    """'the details are in FILE' (or a plain note when there is no log file)."""
    for handler in logger.handlers:
        if isinstance(handler, logging.FileHandler):
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
