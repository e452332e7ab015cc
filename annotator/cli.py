"""The `annotator` command: parse options, call the layers below, print.

Exit codes: 0 ok, 1 some input failed (or a check found problems), 2 usage.
User problems are printed as one line naming file, line and reason; bugs are
not caught.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from annotator import __version__
from annotator.core.errors import AnnotatorError
from annotator.formats.common import ReadOptions
from annotator.importing import READERS, import_paths
from annotator.paths import annotator_name, resolve_db_path
from annotator.store.db import open_db
from annotator.store.repository import Repository

F = TypeVar("F", bound=Callable[..., Any])

db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Database file (default: $ANNOTATOR_DB, else annotator.db in the user data folder).",
)
annotator_option = click.option(
    "--annotator",
    "annotator",
    default=None,
    help="Your name as annotator (default: $ANNOTATOR_NAME, the stored name, the OS user).",
)


class Failed(click.ClickException):
    """A user-caused problem: printed without a traceback, exit code 1."""

    exit_code = 1

    def show(self, file: Any = None) -> None:
        click.echo(f"annotator: {self.message}", err=True)


@contextmanager
def user_errors() -> Iterator[None]:
    try:
        yield
    except AnnotatorError as exc:
        raise Failed(str(exc)) from exc


def open_repository(db_path: Path | None) -> Repository:
    with user_errors():
        return Repository(open_db(resolve_db_path(db_path)))


def current_annotator(repo: Repository, option: str | None) -> str:
    name, _explicit = annotator_name(option, repo.setting("annotator"))
    return name


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="annotator")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Tag quotes, casualty figures and actors in conflict news.

    Without a command, opens the window on the default database.
    """
    if ctx.invoked_subcommand is None:
        ctx.invoke(gui)


@cli.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@annotator_option
@click.option("--strict", is_flag=True, help="Fail a whole file if any of its records is bad.")
@click.option("--encoding", default=None, help="Text encoding of the files (default: UTF-8).")
@click.option("--text-column", default="text", show_default=True,
              help="CSV column holding the article text.")
@click.option("--format", "format_name", type=click.Choice(sorted(s[1:] for s in READERS)),
              default=None, help="Read every file as this format (default: by extension).")
def import_command(
    paths: tuple[Path, ...],
    db_path: Path | None,
    annotator: str | None,
    strict: bool,
    encoding: str | None,
    text_column: str,
    format_name: str | None,
) -> None:
    """Import articles: .txt .md .html .jsonl .json .csv files, or folders of them."""
    repo = open_repository(db_path)
    name = current_annotator(repo, annotator)
    with user_errors():
        options = ReadOptions(annotator=name, encoding=encoding, schema=repo.schema(),
                              text_column=text_column)
        report = import_paths(repo, paths, options, strict=strict, format_name=format_name)
    for problem in report.problems():
        click.echo(f"annotator: {problem}", err=True)
    click.echo(report.summary())
    if not report.ok:
        sys.exit(1)


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
def stats(db_path: Path | None, as_json: bool) -> None:
    """Documents, spans per label and per annotator, documents done."""
    repo = open_repository(db_path)
    figures = repo.stats()
    if as_json:
        click.echo(json.dumps(figures.__dict__, indent=2, ensure_ascii=False))
        return
    click.echo(f"documents: {figures.documents}")
    click.echo(f"spans:     {figures.spans}")
    click.echo(f"relations: {figures.relations}")
    for title, table in (
        ("spans per label", figures.spans_per_label),
        ("spans per annotator", figures.spans_per_annotator),
        ("documents done", figures.done_per_annotator),
    ):
        click.echo(f"{title}:")
        if not table:
            click.echo("  (none)")
        for key, value in table.items():
            click.echo(f"  {key:<20} {value}")


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@db_option
@annotator_option
def gui(paths: tuple[Path, ...], db_path: Path | None, annotator: str | None) -> None:
    """Open the window (importing PATHS first, if given)."""
    # The only place the CLI touches Qt: imported here so other commands stay Qt-free.
    from annotator.app import run

    sys.exit(run(db_path=db_path, paths=list(paths), annotator=annotator))


def main(argv: list[str] | None = None) -> int:
    """Entry point for the console script and `python -m annotator`."""
    try:
        cli.main(args=argv, prog_name="annotator", standalone_mode=True)
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 1
    return 0
