"""The contract every `annotator` command keeps: exit codes, name checks, progress.

Exit codes (README "Command line"):

- 0 `EXIT_OK`: done as asked.
- 1 `EXIT_PROBLEMS`: the work ran but some input failed or problems were found
  (a file that could not be imported, `check` found problems, a rejected merge
  row), or the environment refused (disk full, read-only, locked).
- 2 `EXIT_USAGE`: the command line itself is wrong: an unknown option, an
  unknown annotator, label or document, a number out of range, a database that
  does not exist for a command that only reads. Nothing was read or written.

Usage errors are click's own (`click.UsageError` and `click.BadParameter` exit 2
and print the usage line); names are checked here so that every command says
"did you mean ..." the same way.

Progress: long work reports `(done, total, what)` to `progress_reporter()`,
which draws a bar with counts and an ETA on stderr when stderr is a terminal,
and nothing when it is piped or `--quiet` was given.
"""

from __future__ import annotations

import difflib
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Final

import click

from annotator.paths import uncreatable_db_reason

EXIT_OK: Final = 0
EXIT_PROBLEMS: Final = 1
EXIT_USAGE: Final = 2

# Seconds of work before a bar appears, so quick commands never flash one.
# The environment variable exists for the pseudo-terminal test.
PROGRESS_DELAY_ENV: Final = "ANNOTATOR_PROGRESS_DELAY"
DEFAULT_PROGRESS_DELAY: Final = 1.0


# -- names -------------------------------------------------------------------------


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """' (did you mean 'x'?)' for the closest known name, else the known names, else ''."""
    choices = list(known)
    close = difflib.get_close_matches(name, choices, n=1, cutoff=0.6)
    if not close:
        # Case slips ("quote" for "QUOTE") are below difflib's cutoff.
        close = [c for c in choices if c.casefold() == name.casefold()][:1]
    if close:
        return f" (did you mean {close[0]!r}?)"
    if choices and len(choices) <= 12:
        return " (known: " + ", ".join(choices) + ")"
    return ""


def check_names(kind: str, names: Iterable[str], known: Sequence[str], option: str) -> None:
    """Raise a usage error (exit 2) for the first name not in `known`."""
    known_set = set(known)
    for name in names:
        if name not in known_set:
            if not known:
                raise click.BadParameter(
                    f"no {kind} called {name!r}: there are none yet", None, None, option
                )
            raise click.BadParameter(
                f"no {kind} called {name!r}{did_you_mean(name, known)}", None, None, option
            )


def check_annotators(
    known: Sequence[str], names: Iterable[str], option: str = "--annotator"
) -> None:
    """Every name must be an annotator (or layer: gold, suggester) of this database."""
    check_names("annotator", names, known, option)


def check_labels(known: Sequence[str], names: Iterable[str], option: str = "--label") -> None:
    """Every name must be a label of this database's schema."""
    check_names("label", names, known, option)


def check_documents(known: Sequence[str], ids: Iterable[str], option: str = "--document") -> None:
    """Every id must be a document of this database."""
    check_names("document", ids, known, option)


# -- database path -----------------------------------------------------------------


def require_existing_db(path: Path, option: str | None = "--db") -> None:
    """A command that only reads needs the database to exist; never create it (exit 2).

    `option` names where the path came from (None: $ANNOTATOR_DB or the default).
    """
    if path.is_dir():
        reason = f"{path} is a folder, not a database file"
    elif not path.exists():
        reason = f"no database at {path} (import articles first, or name another file with --db)"
    else:
        return
    if option is None:
        raise click.UsageError(reason)
    raise click.BadParameter(reason, None, None, option)


def require_creatable_db(path: Path, option: str | None = "--db") -> None:
    """A command that may create the database needs a file path whose folders can exist.

    Refuses (exit 2) a folder given as the file, or a path through an existing
    file (`corpus.db/x.db`); missing folders are fine, they are created.
    """
    reason = uncreatable_db_reason(path)
    if reason is None:
        return
    if option is None:
        raise click.UsageError(reason)
    raise click.BadParameter(reason, None, None, option)


# -- progress ----------------------------------------------------------------------


quiet_option = click.option(
    "--quiet",
    "-q",
    is_flag=True,
    help="No progress bar (the summary and any problems still print).",
)


def _format_seconds(seconds: float) -> str:
    seconds = max(0, int(seconds + 0.5))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class ProgressBar:
    """A one-line bar on a terminal: `label [#####.....] 120/5,000  2%  ETA 1:05`.

    Drawn only when `stream` is a terminal and `quiet` is false; appears after
    `delay` seconds of work and is erased at the end, so that the summary line
    that follows stands alone. Redraws at most ten times a second.
    """

    width: Final = 30

    def __init__(
        self,
        label: str,
        *,
        quiet: bool = False,
        stream: IO[str] | None = None,
        delay: float | None = None,
    ) -> None:
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = not quiet and _isatty(self.stream)
        if delay is None:
            try:
                delay = float(os.environ.get(PROGRESS_DELAY_ENV, DEFAULT_PROGRESS_DELAY))
            except ValueError:
                delay = DEFAULT_PROGRESS_DELAY
        self.delay = delay
        self.started = time.monotonic()
        self.last_draw = 0.0
        self.drawn = False

    def update(self, done: int, total: int, what: str = "") -> None:
        """Record progress: `done` of `total` items finished (total 0: unknown)."""
        if not self.enabled:
            return
        now = time.monotonic()
        elapsed = now - self.started
        if elapsed < self.delay or (now - self.last_draw < 0.1 and done < total):
            return
        self.last_draw = now
        self.stream.write("\r" + self.line(done, total, elapsed) + "\x1b[K")
        self.stream.flush()
        self.drawn = True

    def line(self, done: int, total: int, elapsed: float) -> str:
        """The text of the bar for `done` of `total` after `elapsed` seconds."""
        if total <= 0:
            return f"{self.label} {done:,} ({_format_seconds(elapsed)})"
        fraction = min(1.0, done / total)
        filled = int(self.width * fraction)
        bar = "#" * filled + "." * (self.width - filled)
        eta = "ETA --:--"
        if done > 0:
            eta = "ETA " + _format_seconds(elapsed * (total - done) / done)
        return f"{self.label} [{bar}] {done:,}/{total:,} {fraction:4.0%} {eta}"

    def close(self) -> None:
        """Erase the bar so that what is printed next starts on a clean line."""
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.drawn = False


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@contextmanager
def progress_reporter(label: str, *, quiet: bool = False) -> Iterator[ProgressBar]:
    """A `ProgressBar` for the duration of a block; pass `bar.update` as the progress callback."""
    bar = ProgressBar(label, quiet=quiet)
    try:
        yield bar
    finally:
        bar.close()


def counting(bar: ProgressBar, total: int) -> Callable[[int], None]:
    """Adapt a callback that reports only `done` (agreement) to the bar, with a known total."""

    def report(done: int) -> None:
        bar.update(done, total)

    return report


def keep_going(bar: ProgressBar) -> Callable[[int, int, str], bool]:
    """A `progress(done, total, what)` callback that draws and never asks to stop."""

    def report(done: int, total: int, what: str = "") -> bool:
        bar.update(done, total, what)
        return True

    return report
