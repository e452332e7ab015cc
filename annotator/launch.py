"""The entry point of `annotator` and `python -m annotator`: the window opens without the CLI.

Every command goes through click (annotator.cli), except `annotator gui` written
the usual way (existing PATHS, `--db`, `--annotator`, `--screenshot`) and
`annotator` alone, which open the window straight away: loading click and every
command's options would cost the first frame about as much as the rest of the
command line does.
Anything else about `gui` (`--help`, an unknown option, a path that does not
exist, a database path that cannot be made) goes to click, which gives its
usual message and exit code 2; so does every other command.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from annotator.core.values import Record

_GUI_OPTIONS = {"--db": "db_path", "--annotator": "annotator", "--screenshot": "screenshot"}


class GuiRequest(Record):
    """What `annotator gui ...` asked for, as the click command would receive it."""

    __slots__ = __match_args__ = ("paths", "db_path", "annotator", "screenshot")

    def __init__(
        self,
        paths: list[Path] | None = None,
        db_path: Path | None = None,
        annotator: str | None = None,
        screenshot: Path | None = None,
    ) -> None:
        self.paths: list[Path] = [] if paths is None else paths
        self.db_path = db_path
        self.annotator = annotator
        self.screenshot = screenshot


def gui_request(args: list[str]) -> GuiRequest | None:
    """`args` (the words after `annotator`) as a plain `gui` command, or None for click.

    No words at all is a plain `gui` (the CLI opens the window without a
    command). None whenever click could answer differently from opening the
    window: another command, an option other than the three (or given without a
    value), `--`, a word starting with `-`, an empty value, a PATH that does not
    exist or cannot be read, a `--db` or `--screenshot` that is a folder, or a
    database path that cannot be made (see `paths.uncreatable_db_reason`).
    """
    from annotator.paths import resolve_db_path, uncreatable_db_reason

    if args and args[0] != "gui":
        return None
    request = GuiRequest()  # `annotator` alone opens the window as `annotator gui` does
    words = iter(args[1:])
    for word in words:
        if word.startswith("-"):
            option, equals, value = word.partition("=")
            if option not in _GUI_OPTIONS:
                return None
            if not equals:
                value = next(words, "")
            if not value or value.startswith("-"):
                return None
            if option == "--annotator":
                request.annotator = value
            elif Path(value).is_dir():  # click.Path(dir_okay=False) refuses a folder
                return None
            else:
                setattr(request, _GUI_OPTIONS[option], Path(value))
        elif word and Path(word).exists() and os.access(word, os.R_OK):
            # click.Path(exists=True) refuses a path it cannot read, too (exit 2).
            request.paths.append(Path(word))
        else:
            return None
    if uncreatable_db_reason(resolve_db_path(request.db_path)) is not None:
        return None
    return request


# True while pause_collector has the garbage collector off.
_collector_paused = False


def pause_collector() -> None:
    """Switch Python's cyclic garbage collector off for the window's start-up.

    The start-up makes some 50,000 objects that live as long as the program
    (modules, classes, Qt's enum types, widgets' wrappers); the collector walked
    them again and again on the way to the first frame (about 2% of its
    instructions, issue 16) and found almost nothing to free (under 500
    objects). `resume_collector` turns it back on once the first document is
    painted (or a dialog comes first). Only the process's own start (`main`
    without arguments) pauses it.
    """
    global _collector_paused
    if gc.isenabled():
        gc.disable()
        _collector_paused = True


def resume_collector() -> None:
    """Turn the collector back on, if `pause_collector` turned it off (else nothing).

    What the start-up made is moved to the permanent generation first
    (`gc.freeze`), so that the first collections do not walk it all again.
    """
    global _collector_paused
    if _collector_paused:
        _collector_paused = False
        gc.freeze()
        gc.enable()


def open_window(request: GuiRequest, argv: list[str]) -> int:
    """Open the window for `request`; the exit code, reported as `annotator.cli.main` does."""
    from annotator import __version__, logs
    from annotator.core.errors import AnnotatorError

    logs.configure()
    logs.logger.info("annotator %s: %s", __version__, " ".join(argv))
    try:
        from annotator.app import run

        return run(
            db_path=request.db_path,
            paths=request.paths,
            annotator=request.annotator,
            screenshot=request.screenshot,
        )
    except KeyboardInterrupt:
        print("Aborted!", file=sys.stderr)
        return 1
    except AnnotatorError as exc:
        logs.logger.warning("%s", exc)
        print(f"annotator: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        line = logs.log_unexpected(type(exc), exc, exc.__traceback__, where="the command")
        print(f"annotator: {line}", file=sys.stderr)
        return 1


def main(argv: list[str] | None = None) -> int:
    """Run the `annotator` command with `argv` (default: the process's arguments)."""
    args = sys.argv[1:] if argv is None else list(argv)
    request = gui_request(args)
    if request is not None:
        if argv is None:  # this process is the program (not a test calling main)
            pause_collector()
        try:
            return open_window(request, args)
        finally:
            resume_collector()
    from annotator.cli import main as cli_main

    return cli_main(argv)
