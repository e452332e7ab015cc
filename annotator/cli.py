"""The `annotator` command: parse options, call the layers below, print.

Exit codes (see annotator.cli_contract): 0 ok, 1 some input failed, problems
were found or the environment refused, 2 usage (including unknown names, a
number out of range, and a missing database for a command that only reads).
User problems are printed as one line naming file, line and reason; bugs are
not caught.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from annotator import __version__, logs
from annotator.cli_contract import (
    EXIT_PROBLEMS,
    check_annotators,
    check_documents,
    check_labels,
    counting,
    did_you_mean,
    keep_going,
    progress_reporter,
    quiet_option,
    require_creatable_db,
    require_existing_db,
)
from annotator.core.errors import AnnotatorError
from annotator.paths import annotator_name_from, refuse_reserved_name, resolve_db_path
from annotator.store.db import open_db
from annotator.store.repository import Repository

F = TypeVar("F", bound=Callable[..., Any])

# The names click offers, without importing every reader and writer: `annotator gui`
# starts faster without them. A command imports its formats when it runs, and
# tests/cli/test_light_import.py keeps these equal to formats.readers.READERS and
# formats.registry.FORMATS.
IMPORT_FORMATS = (
    "ann", "bio", "brat", "conll", "csv", "doccano", "htm", "html", "iob", "json", "jsonl",
    "labelstudio", "markdown", "md", "native", "txt",
)  # fmt: skip
EXPORT_FORMATS = ("jsonl", "spacy", "conll", "hf", "brat", "labelstudio", "doccano", "csv")


def export_formats() -> list[str]:
    return list(EXPORT_FORMATS)


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


def open_repository(
    db_path: Path | None, *, create: bool = False, write: bool = False
) -> Repository:
    """The database of --db / $ANNOTATOR_DB / the default location.

    Only commands that add work (import, gui, merge) pass `create`: every other
    command refuses a missing file with exit 2 rather than creating an empty
    database (and its folders) and reporting on nothing. Commands that write
    (`create` or `write`) first run a quick check and refuse a damaged file.
    """
    path = resolve_db_path(db_path)
    option = "--db" if db_path else None
    if create:
        require_creatable_db(path, option)
    else:
        require_existing_db(path, option)
    with user_errors():
        try:
            return Repository(open_db(path, check="quick" if create or write else "none"))
        except OSError as exc:
            # The store classifies SQLite's failures; the file system can still refuse
            # before SQLite starts (permissions, a full disk when creating folders).
            raise Failed(f"{path}: cannot open the database: {exc.strerror or exc}") from exc


def current_annotator(repo: Repository, option: str | None, *, layer: bool = False) -> str:
    """Who works: --annotator, $ANNOTATOR_NAME, the stored name or the OS user.

    The names of the gold layer and of the machine suggestions are refused
    (Failed, naming where the name came from): an analyst so named would write
    into them. With `layer` (import), --annotator names the layer the file's
    spans go to and may be one of them (a reference file as `gold`, our own
    export's suggestions as `suggester`).
    """
    name, _explicit, source = annotator_name_from(option, repo.setting("annotator"))
    if not (layer and source == "--annotator"):
        with user_errors():
            refuse_reserved_name(name, source, repo.annotator_kind(name))
    return name


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="annotator")
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="Log debug messages, to stderr as well as to the log file ($ANNOTATOR_LOG=debug).",
)
@click.pass_context
def cli(ctx: click.Context, verbose: bool) -> None:
    """Tag quotes, casualty figures and actors in conflict news.

    Without a command, opens the window on the default database.
    """
    if verbose:
        logs.configure(verbose=True)
    if ctx.invoked_subcommand is None:
        ctx.invoke(gui)


@cli.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@db_option
@annotator_option
@click.option("--strict", is_flag=True, help="Fail a whole file if any of its records is bad.")
@click.option("--encoding", default=None, help="Text encoding of the files (default: UTF-8).")
@click.option(
    "--text-column", default="text", show_default=True, help="CSV column holding the article text."
)
@click.option(
    "--format",
    "format_name",
    type=click.Choice(IMPORT_FORMATS),
    default=None,
    help="Read every file as this format (default: by extension).",
)
@click.option(
    "--offsets",
    type=click.Choice(["utf16", "codepoint"]),
    default=None,
    help="Offset unit of doccano files (default: told from each file, and said).",
)
@quiet_option
def import_command(
    paths: tuple[Path, ...],
    db_path: Path | None,
    annotator: str | None,
    strict: bool,
    encoding: str | None,
    text_column: str,
    format_name: str | None,
    offsets: str | None,
    quiet: bool,
) -> None:
    """Import articles and annotations, files or folders.

    By extension: .txt .md .html .csv; .jsonl/.json (native JSONL, Label Studio
    or doccano, told apart by content); .conll/.iob/.bio; brat .ann (with its
    .txt). Or name the format with --format.
    """
    from annotator.formats.common import ReadOptions
    from annotator.services.importing import import_paths

    repo = open_repository(db_path, create=True)
    name = current_annotator(repo, annotator, layer=True)
    with user_errors(), progress_reporter("importing", quiet=quiet) as bar:
        options = ReadOptions(
            annotator=name,
            encoding=encoding,
            schema=repo.schema(),
            text_column=text_column,
            offsets=offsets,
        )
        report = import_paths(
            repo,
            paths,
            options,
            strict=strict,
            format_name=format_name,
            progress=keep_going(bar),
        )
    for problem in report.problems():
        click.echo(f"annotator: {_shown(str(problem))}", err=True)
    for line in report.notes():
        click.echo(f"annotator: note: {_shown(line)}", err=True)
    for line in report.detections():
        click.echo(_shown(line))
    click.echo(_shown(report.summary()))
    failures = report.failures()
    if failures:
        click.echo("failed files:", err=True)
        for line in failures:
            click.echo(f"  {_shown(line)}", err=True)
    if not report.ok:
        sys.exit(1)


def _shown(text: str) -> str:
    """Text safe to print whatever the terminal's encoding: a file name that is not
    valid UTF-8 reaches us with lone surrogates, which cannot be encoded."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _ratios(value: str | None) -> list[float] | None:
    if not value:
        return None
    try:
        ratios = [float(part) for part in value.split(",")]
    except ValueError:
        ratios = []
    if (
        len(ratios) not in (2, 3)
        or not all(0 <= r < float("inf") for r in ratios)
        or sum(ratios) <= 0
    ):
        raise click.BadParameter(
            "give two or three non-negative ratios like 0.8,0.1,0.1", param_hint="--split"
        )
    return ratios


@cli.command("export")
@click.option(
    "--format",
    "format_name",
    required=True,
    type=click.Choice(list(export_formats())),
    help="Output format.",
)
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(path_type=Path),
    help="File (or, for brat, folder) to write; a manifest is written beside it.",
)
@db_option
@click.option(
    "--annotator",
    "annotators",
    multiple=True,
    help="Export this annotator's layer (repeat for several; 'suggester' only when named). "
    "Default: the gold layer once it has spans, else your own layer.",
)
@click.option("--gold", is_flag=True, help="Export the adjudicated gold layer.")
@click.option(
    "--overlap",
    type=click.Choice(["longest", "first-annotator", "refuse"]),
    default=None,
    help="How several annotators merge into a token format (conll, hf, spacy).",
)
@click.option(
    "--include-empty",
    is_flag=True,
    help="Also write documents the layer never touched (no span, not marked done).",
)
@click.option(
    "--drop-boilerplate",
    is_flag=True,
    help="Leave page furniture (newsletter promotions, share lines: the boilerplate table) "
    "out of the texts, with any span touching it.",
)
@click.option(
    "--status",
    type=click.Choice(["done"]),
    default=None,
    help="Only documents marked done (by an annotator of the layer).",
)
@click.option("--document", "document_ids", multiple=True, help="Only this document id.")
@click.option("--split", default=None, help="Train/dev/test ratios by document, e.g. 0.8,0.1,0.1.")
@click.option("--seed", default=0, show_default=True, type=int, help="Seed for the split.")
@click.option(
    "--scheme",
    type=click.Choice(["iob2", "bioes"]),
    default="iob2",
    show_default=True,
    help="Tagging scheme for CoNLL and Hugging Face.",
)
@click.option(
    "--tokenizer",
    type=click.Choice(["default", "spacy"]),
    default="default",
    show_default=True,
    help="Tokenizer for token-level formats.",
)
@click.option(
    "--segment",
    type=click.Choice(["sentence", "paragraph", "document"]),
    default="paragraph",
    show_default=True,
    help="Rows of hf and blocks of conll: a sentence, a paragraph or the whole document.",
)
@click.option(
    "--offsets",
    type=click.Choice(["utf16", "codepoint"]),
    default=None,
    help="Offset unit for doccano (default utf16, what its current UI counts).",
)
@click.option("--force", is_flag=True, help="Replace an existing output file or earlier export.")
@quiet_option
def export_command(
    format_name: str,
    out: Path,
    db_path: Path | None,
    annotators: tuple[str, ...],
    gold: bool,
    overlap: str | None,
    include_empty: bool,
    drop_boilerplate: bool,
    status: str | None,
    document_ids: tuple[str, ...],
    split: str | None,
    seed: int,
    scheme: str,
    tokenizer: str,
    segment: str,
    offsets: str | None,
    force: bool,
    quiet: bool,
) -> None:
    """Export training data: jsonl, spacy, conll, hf, brat, labelstudio, doccano or csv.

    One layer: the gold layer (the default once it has spans), or the
    annotators named; without either, your own layer. Exits 1 when the
    export would hold no span, 2 for a choice that cannot be exported.
    """
    from annotator.services.exporting import ChoiceError, Layer, export, plan_export
    from annotator.store.transaction import read_transaction

    if gold and annotators:
        raise click.UsageError("choose --gold or --annotator, not both")
    if status and document_ids:
        raise click.UsageError("choose --status or --document, not both")
    if offsets and format_name != "doccano":
        raise click.UsageError("--offsets applies to doccano only")
    repo = open_repository(db_path)
    check_annotators(repo.annotators(), annotators)
    check_documents(repo.document_ids(), document_ids)
    me = current_annotator(repo, None)
    layer = Layer(tuple(annotators) or None, gold=gold, me=me)
    documents: str | list[str] = list(document_ids) if document_ids else (status or "all")
    choices: dict[str, Any] = {
        "layer": layer,
        "documents": documents,
        "split": _ratios(split),
        "seed": seed,
        "scheme": scheme,
        "tokenizer": tokenizer,
        "overlap": overlap,
        "segment": segment,
        "include_empty": include_empty,
        "offsets": offsets,
        "drop_boilerplate": drop_boilerplate,
    }
    try:
        # One view of the database for the plan and the export (see read_transaction).
        with user_errors(), read_transaction(repo.db):
            # The format's losses are counted while writing and printed after it.
            plan = plan_export(repo, format_name, check_limits=False, count_labels=False, **choices)
            for note in plan.notes:
                click.echo(f"annotator: {note}", err=True)
            for reason, skipped in plan.skipped.items():
                click.echo(f"annotator: left out {len(skipped)} documents {reason}", err=True)
            with progress_reporter("exporting", quiet=quiet) as bar:
                result = export(
                    repo,
                    format_name,
                    out,
                    force=force,
                    plan=plan,
                    progress=lambda done, total: bar.update(done, total),
                    **choices,
                )
    except Failed as exc:
        if isinstance(exc.__cause__, ChoiceError):
            raise click.UsageError(str(exc.__cause__)) from exc
        raise
    for warning in plan.warnings:
        click.echo(f"annotator: warning: {warning}", err=True)
    click.echo(
        f"exported {plan.summary()} as {format_name}: "
        + ", ".join(str(path) for path in result.files)
    )
    click.echo(f"manifest: {result.manifest}")


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
def stats(db_path: Path | None, as_json: bool) -> None:
    """Documents, spans per label and per annotator, documents done."""
    repo = open_repository(db_path)
    figures = repo.stats()
    if as_json:
        click.echo(json.dumps(figures.field_dict(), indent=2, ensure_ascii=False))
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
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@db_option
@annotator_option
@click.option(
    "--screenshot",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Save a picture of the window to this PNG file once it is open, then quit.",
)
def gui(
    paths: tuple[Path, ...], db_path: Path | None, annotator: str | None, screenshot: Path | None
) -> None:
    """Open the window (importing PATHS first, if given)."""
    require_creatable_db(resolve_db_path(db_path), "--db" if db_path else None)
    # The only place the CLI touches Qt: imported here so other commands stay Qt-free.
    from annotator.app import run

    sys.exit(run(db_path=db_path, paths=list(paths), annotator=annotator, screenshot=screenshot))


@cli.command()
@click.argument("other", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
@annotator_option
@quiet_option
@click.option(
    "--dry-run",
    is_flag=True,
    help="Work the merge out and print its summary, but write nothing.",
)
def merge(
    other: Path, db_path: Path | None, annotator: str | None, quiet: bool, dry_run: bool
) -> None:
    """Merge a colleague's database file OTHER into ours (it is only read).

    OTHER is read as untrusted data: every row is checked, and rows that fail
    are listed and left out (exit code 1). Documents are matched by their
    text, spans and relations by id; merging twice changes nothing. The layer
    of the analyst OTHER names (the name its window stores) is made, in each
    document OTHER holds, what OTHER holds now: spans they edited are updated,
    spans they deleted removed; the summary counts them per document. In other
    layers a span edited differently in both keeps both versions, and is listed
    here as a conflict. A snapshot of our database is taken first; Ctrl+C
    cancels and leaves our database unchanged.
    """
    import signal
    import threading

    from annotator.store.merge import MergeCancelled, merge_database

    _refuse_merging_into_itself(other, db_path)
    repo = open_repository(db_path, create=True)
    cancel = threading.Event()

    def interrupted(_signal: int, _frame: object) -> None:
        cancel.set()

    previous = signal.signal(signal.SIGINT, interrupted)
    try:
        with user_errors(), progress_reporter("merging rows", quiet=quiet) as bar:
            report = merge_database(
                repo,
                other,
                by=current_annotator(repo, annotator),
                cancel=cancel,
                progress=bar.update,
                dry_run=dry_run,
            )
    except Failed as exc:
        if isinstance(exc.__cause__, MergeCancelled):
            click.echo("annotator: merge cancelled; nothing was changed", err=True)
            raise SystemExit(130) from exc
        raise
    finally:
        signal.signal(signal.SIGINT, previous)
        repo.db.close()
    if report.snapshot is not None:
        click.echo(f"snapshot of our database before the merge: {report.snapshot.path}")
    click.echo(report.summary())
    for line in report.replacement_lines():
        click.echo(line)
    for conflict in report.conflicts:
        click.echo(f"conflict: {conflict.describe()}")
    for merge_of in report.actor_merges_not_applied:
        click.echo(
            f"not applied: {other.name} merged the actor {merge_of.describe()}; "
            "merge them in the actor registry if you agree"
        )
    for rejection in report.rejected:
        click.echo(f"refused: {other.name}: {rejection.describe()}", err=True)
    if report.rejected:
        raise SystemExit(1)


def _refuse_merging_into_itself(other: Path, db_path: Path | None) -> None:
    """OTHER naming our own database (by any path, link or hard link) is a usage error."""
    ours = resolve_db_path(db_path)
    try:
        same = ours.exists() and os.path.samefile(other, ours)
    except OSError:
        same = False
    if same:
        raise click.BadParameter(
            f"{other} is the database you are merging into ({ours}); "
            "name a colleague's file, or another database with --db",
            None,
            None,
            "OTHER",
        )


def _figure(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


@cli.command()
@db_option
@click.option(
    "--annotators",
    "annotator_names",
    multiple=True,
    help="Annotators to compare, comma-separated or repeated (default: everyone with spans).",
)
@click.option("--label", "label", default=None, help="Only this label's figures.")
@click.option("--document", "document_ids", multiple=True, help="Only this document id (repeat).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@quiet_option
def agreement(
    db_path: Path | None,
    annotator_names: tuple[str, ...],
    label: str | None,
    document_ids: tuple[str, ...],
    as_json: bool,
    quiet: bool,
) -> None:
    """Agreement between annotators: span F1, Cohen's and Fleiss' kappa, Krippendorff's alpha.

    By default over the documents every chosen annotator has worked on.
    """
    from annotator.store.review import (
        compared_annotators,
        compared_documents,
        corpus_agreement,
    )

    repo = open_repository(db_path)
    names = [n.strip() for value in annotator_names for n in value.split(",") if n.strip()]
    names = list(dict.fromkeys(names))
    check_annotators(repo.annotators(), names, "--annotators")
    if label is not None:
        check_labels(repo.schema().names, [label])
    check_documents(repo.document_ids(), document_ids)
    if len(names) == 1:
        raise click.BadParameter(
            "name two or more annotators to compare", None, None, "--annotators"
        )
    names = names or compared_annotators(repo)
    if len(names) < 2:
        raise Failed("agreement needs two or more annotators with spans (see --annotators)")
    with user_errors(), progress_reporter("comparing documents", quiet=quiet) as bar:
        # The documents are named here so that the bar knows its total.
        chosen = list(document_ids) or compared_documents(repo, names)
        report = corpus_agreement(repo, names, chosen, progress=counting(bar, len(chosen)))
    if not report.documents:
        raise Failed("no documents that all of " + ", ".join(names) + " worked on")
    rows = [f for f in report.pairs if label is None or f.label == label]
    groups = [g for g in report.groups if label is None or g.label == label]
    if as_json:
        data = report.to_dict()
        data["pairs"] = [p for p in data["pairs"] if label is None or p["label"] == label]
        data["groups"] = [g for g in data["groups"] if label is None or g["label"] == label]
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    click.echo(
        f"documents: {report.documents}   tokens: {report.tokens}   annotators: {', '.join(names)}"
    )
    click.echo(
        f"{'pair':<24} {'label':<12} {'spans':>11} {'exact F1':>9} {'overlap F1':>11} "
        f"{'Cohen κ':>8}"
    )
    for f in rows:
        click.echo(
            f"{' ~ '.join(f.annotators):<24} {f.label or '(all)':<12} "
            f"{f'{f.spans_a}/{f.spans_b}':>11} {_figure(f.exact_f1):>9} "
            f"{_figure(f.overlap_f1):>11} {_figure(f.cohen_kappa):>8}"
        )
    click.echo(f"{'all together':<24} {'label':<12} {'Fleiss κ':>11} {'Krippendorff α':>15}")
    for g in groups:
        click.echo(
            f"{f'{len(g.annotators)} annotators':<24} {g.label or '(all)':<12} "
            f"{_figure(g.fleiss_kappa):>11} {_figure(g.krippendorff_alpha):>15}"
        )


def _chosen_rules(names: tuple[str, ...], option: str) -> list[str]:
    """`names` as given, once each is known and can run here; else a usage error (exit 2)."""
    from annotator.core.suggest import registry

    for name in names:
        if name not in registry():
            raise click.BadParameter(
                f"unknown rule {name!r}; see `annotator suggest --list-rules`", param_hint=option
            )
        if not registry()[name].available:
            raise click.BadParameter(
                f"rule {name!r} is not available: {registry()[name].how_to_enable}",
                param_hint=option,
            )
    return list(names)


def _without(rules: list[str] | None, removed: tuple[str, ...]) -> list[str] | None:
    """`rules` (None: the default ones) less `removed`, each a known rule (else a usage
    error); None when nothing is removed."""
    from annotator.core.suggest import default_rules, registry

    if not removed:
        return rules
    for name in removed:
        if name not in registry():
            raise click.BadParameter(
                f"unknown rule {name!r}; see `annotator suggest --list-rules`",
                param_hint="--without-rule",
            )
    return [r for r in (rules or default_rules()) if r not in removed]


@cli.command("suggest")
@db_option
@click.option(
    "--label",
    "labels",
    multiple=True,
    help="Suggest only this label of the database's schema (repeat for several; default: all).",
)
@click.option("--document", "document_ids", multiple=True, help="Only this document id.")
@click.option(
    "--rule",
    "rule_names",
    multiple=True,
    help="Run only these rules (repeat); see `annotator suggest --list-rules`.",
)
@click.option(
    "--add-rule",
    "added_rules",
    multiple=True,
    help="Run this rule as well as the default ones, e.g. actor_spacy_entities (repeat).",
)
@click.option(
    "--without-rule",
    "removed_rules",
    multiple=True,
    help="Leave out this rule of the others run, e.g. actor_state_check (repeat).",
)
@click.option(
    "--gazetteer",
    "gazetteer_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Folder of gazetteer lists (*.txt) to use instead of the shipped ones.",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Worker processes for the rules (0: one per core).",
)
@click.option("--list-rules", is_flag=True, help="List the rules, and how to enable missing ones.")
@quiet_option
def suggest_command(
    db_path: Path | None,
    labels: tuple[str, ...],
    document_ids: tuple[str, ...],
    rule_names: tuple[str, ...],
    added_rules: tuple[str, ...],
    removed_rules: tuple[str, ...],
    gazetteer_dir: Path | None,
    jobs: int,
    list_rules: bool,
    quiet: bool,
) -> None:
    """Pre-annotate into the "suggester" layer (never into an analyst's layer).

    Suggestions an analyst already tagged or rejected are left out. Re-running
    replaces the layer of each document. The optional spaCy rule
    (actor_spacy_entities) needs spaCy and an installed pipeline such as
    en_core_web_sm; nothing is downloaded. `--add-rule actor_spacy_entities`
    combines it with the rules (they win on extent; the model fills gaps).
    """
    from annotator.services.kept_patterns import importing_rules

    with importing_rules():  # the rules' patterns built from the forms an earlier run kept
        from annotator.core.suggest import LABELS, registry
        from annotator.services.suggesting import suggest_corpus

    if list_rules:
        for found in registry().values():
            state = "" if found.available else f"  [not available: {found.how_to_enable}]"
            default = "" if found.enabled_by_default else "  (off unless named with --add-rule)"
            click.echo(f"{found.name:<36} {found.label:<9} {found.description}{default}{state}")
        return
    rules: list[str] | None = _chosen_rules(rule_names, "--rule")
    if _chosen_rules(added_rules, "--add-rule"):
        from annotator.core.suggest import default_rules

        rules = list(dict.fromkeys([*(rules or default_rules()), *added_rules]))
    rules = _without(rules, removed_rules)
    repo = open_repository(db_path, write=True)
    known_labels = repo.schema().names
    for label in labels:
        if label not in known_labels:
            hint = did_you_mean(label, known_labels)
            raise click.BadParameter(
                f"no label called {label!r}{hint if 'did you mean' in hint else ''}; "
                f"this database's labels are {', '.join(known_labels)}",
                None,
                None,
                "--label",
            )
    check_documents(repo.document_ids(), document_ids)
    with user_errors(), progress_reporter("suggesting", quiet=quiet) as bar:
        report = suggest_corpus(
            repo,
            document_ids=list(document_ids) or None,
            labels=labels or LABELS,
            rules=rules or None,
            gazetteer_dir=gazetteer_dir,
            progress=keep_going(bar),
            jobs=jobs or None,
        )
    click.echo(report.summary())
    if report.failed:
        # A rule that raised on a document is a defect of ours: the other documents are
        # written, these keep the layer they had.
        click.echo(
            f"annotator: the rules failed on {len(report.failed)} documents, whose suggestions "
            "were left as they were (a bug: please report it with the document):",
            err=True,
        )
        for document_id, reason in report.failed[:20]:
            click.echo(f"  {_shown(document_id)}: {_shown(reason)}", err=True)
        if len(report.failed) > 20:
            click.echo(f"  ... and {len(report.failed) - 20} more", err=True)
        raise SystemExit(1)


@cli.command("evaluate")
@click.option(
    "--gold",
    "gold_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Gold annotations as native JSONL.",
)
@db_option
@click.option(
    "--annotator",
    "annotator",
    default=None,
    help="Score this annotator's layer in the database (default: run the rules fresh).",
)
@click.option(
    "--gazetteer",
    "gazetteer_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Folder of gazetteer lists for the rules (default: the shipped ones).",
)
@click.option(
    "--add-rule",
    "added_rules",
    multiple=True,
    help="Run this rule too, e.g. actor_spacy_entities to compare the rules with and "
    "without a spaCy model (repeat; see `annotator suggest --list-rules`).",
)
@click.option(
    "--without-rule",
    "removed_rules",
    multiple=True,
    help="Leave out this rule of the others run, e.g. actor_state_check (repeat).",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@quiet_option
def evaluate_command(
    gold_path: Path,
    db_path: Path | None,
    annotator: str | None,
    gazetteer_dir: Path | None,
    added_rules: tuple[str, ...],
    removed_rules: tuple[str, ...],
    as_json: bool,
    quiet: bool,
) -> None:
    """Score the suggester (or an annotator's layer) against a gold file.

    Precision, recall and F1 per label, by exact and by overlapping extent,
    and speaker attribution accuracy over exactly matched quotes (the linked
    mention itself, and also counting another mention of the same speaker);
    over exactly matched CASUALTY spans, how often the counts, kind and
    victims agree with the gold, and over exactly matched ACTOR spans, how often
    the type does. Run fresh,
    the "known actors" rule sees only the OTHER gold documents (leave one
    out). With --annotator, documents are matched to the database by text.
    """
    from annotator.core.suggest import default_rules
    from annotator.services.suggesting import (
        evaluate_layer,
        evaluate_rules,
        load_gazetteer,
        load_gold,
    )

    _chosen_rules(added_rules, "--add-rule")
    rules = list(dict.fromkeys([*default_rules(), *added_rules])) if added_rules else None
    rules = _without(rules, removed_rules)
    repo = None
    if annotator is not None:
        repo = open_repository(db_path)
        check_annotators(repo.annotators(), [annotator])
    with user_errors(), progress_reporter("evaluating", quiet=quiet) as bar:
        gold = load_gold(gold_path)
        if repo is None or annotator is None:
            result = evaluate_rules(
                gold,
                gazetteer=load_gazetteer(gazetteer_dir),
                rules=rules,
                progress=keep_going(bar),
            )
        else:
            result = evaluate_layer(repo, gold, annotator)
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2))
    else:
        click.echo(result.table())


@cli.command("search")
@click.argument("query")
@click.option("--regex", "as_regex", is_flag=True, help="QUERY is a regular expression.")
@click.option("--phrase", "as_phrase", is_flag=True, help="QUERY is an exact phrase.")
@db_option
@click.option("--label", default=None, help="Only documents with a span of this label.")
@click.option("--no-label", default=None, help="Only documents without a span of this label.")
@click.option("--annotator", default=None, help="Only documents this annotator worked on.")
@click.option(
    "--status",
    type=click.Choice(["todo", "in_progress", "done"]),
    default=None,
    help="Only documents with this status (the --annotator's, else anyone's).",
)
@click.option("--case-sensitive", is_flag=True, help="Tell upper and lower case apart.")
@click.option(
    "--limit",
    default=50,
    show_default=True,
    type=click.IntRange(min=1),
    help="At most this many hits.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
def search_command(
    query: str,
    as_regex: bool,
    as_phrase: bool,
    db_path: Path | None,
    label: str | None,
    no_label: str | None,
    annotator: str | None,
    status: str | None,
    case_sensitive: bool,
    limit: int,
    as_json: bool,
) -> None:
    """Search every article: words (all must occur), --phrase or --regex.

    Prints keyword-in-context lines: document, code-point offsets, hit.
    """
    from annotator.store.search import SearchQuery, search

    if as_regex and as_phrase:
        raise click.UsageError("choose --regex or --phrase, not both")
    mode = "regex" if as_regex else "phrase" if as_phrase else "words"
    if as_regex:
        try:
            re.compile(query)
        except re.error as exc:
            raise click.BadParameter(
                f"not a valid regular expression: {exc}", param_hint="QUERY"
            ) from None
    repo = open_repository(db_path)
    check_labels(repo.schema().names, [n for n in (label,) if n is not None])
    check_labels(repo.schema().names, [n for n in (no_label,) if n is not None], "--no-label")
    check_annotators(repo.annotators(), [n for n in (annotator,) if n is not None])
    with user_errors():
        hits = search(
            repo,
            SearchQuery(query, mode, label, no_label, annotator, status, case_sensitive),
            limit=limit,
        )
    if as_json:
        click.echo(json.dumps([hit.to_dict() for hit in hits], ensure_ascii=False, indent=2))
        return
    for hit in hits:
        click.echo(
            f"{hit.document_id} {hit.start}-{hit.end}\t{hit.left[-40:]:>40} "
            f"[{hit.hit}] {hit.right[:40]}\t{hit.title}"
        )


@cli.command("check")
@db_option
@click.option("--annotator", "annotators", multiple=True, help="Only this layer (repeat).")
@click.option("--all", "include_dismissed", is_flag=True, help="Show dismissed problems too.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@quiet_option
def check_command(
    db_path: Path | None,
    annotators: tuple[str, ...],
    include_dismissed: bool,
    as_json: bool,
    quiet: bool,
) -> None:
    """Check consistency: the same text tagged differently, and broken schema rules.

    Exits 1 when problems exist, so it can gate an export.
    """
    from annotator.store.consistency_store import check_corpus

    repo = open_repository(db_path)
    check_annotators(repo.annotators(), annotators)
    with user_errors(), progress_reporter("checking", quiet=quiet) as bar:
        report = check_corpus(
            repo,
            list(annotators) or None,
            include_dismissed=include_dismissed,
            progress=keep_going(bar),
        )
    if as_json:
        data = {
            "counts": report.counts(),
            "summaries": [s.describe() for s in report.summaries],
            "problems": [p.to_dict() for p in report.problems],
        }
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for summary in report.summaries:
            click.echo(summary.describe())
        for problem in report.problems:
            title = repo.document_title(problem.document_id)
            click.echo(
                f"{problem.kind}\t{problem.document_id} {problem.start}-{problem.end}\t"
                f"{problem.text!r}\t{title}"
            )
        click.echo(f"{len(report.problems)} problems")
    if report.problems:
        raise SystemExit(EXIT_PROBLEMS)


@cli.command("actors")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
def actors_command(db_path: Path | None, as_json: bool) -> None:
    """The actor registry: actors with mention counts, documents and speaker statistics."""
    from annotator.store.actors import registry, speaker_statistics

    repo = open_repository(db_path)
    rows = registry(repo)
    speakers = speaker_statistics(repo)
    if as_json:
        data = {
            "actors": [
                {
                    "id": row.actor.id,
                    "name": row.actor.name,
                    "type": row.actor.type,
                    "aliases": list(row.actor.aliases),
                    "affiliated_with": list(row.affiliated_with),
                    "mentions": row.mentions,
                    "documents": row.documents,
                    "quotes": row.quotes,
                }
                for row in rows
            ],
            "speakers": [
                {
                    "actor_id": s.actor_id,
                    "name": s.name,
                    "quotes": s.quotes,
                    "documents": [
                        {"document_id": d, "title": t, "quotes": n} for d, t, n in s.documents
                    ],
                }
                for s in speakers
            ],
        }
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for row in rows:
        aliases = f" (also: {', '.join(row.actor.aliases)})" if row.actor.aliases else ""
        click.echo(
            f"{row.actor.name}\t{row.actor.type}\t{row.mentions} mentions in "
            f"{row.documents} documents, quoted {row.quotes} times{aliases}"
        )
    if speakers:
        click.echo("\nMost quoted:")
        for s in speakers:
            click.echo(f"{s.quotes:6}  {s.name}  ({len(s.documents)} documents)")


@cli.command("backup")
@db_option
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The file to write the copy to.",
)
@click.option("--force", is_flag=True, help="Replace OUT if it exists.")
def backup_command(db_path: Path | None, out: Path, force: bool) -> None:
    """Write a consistent single-file copy of the database to OUT.

    Safe while the window has the file open: edits not yet moved out of the
    -wal file are in the copy. Use this (or File > Save a copy) instead of
    copying the .db file by hand.
    """
    from annotator.store.backup import save_copy

    repo = open_repository(db_path)
    try:
        with user_errors():
            written = save_copy(repo.db, out, force=force)
    finally:
        repo.db.close()
    click.echo(f"copied the database to {written}")


@cli.command("backups")
@db_option
def backups_command(db_path: Path | None) -> None:
    """List the automatic snapshots of the database, newest first (numbers for restore)."""
    from annotator.store.backup import backup_folder, list_snapshots

    path = resolve_db_path(db_path)
    require_existing_db(path, "--db" if db_path else None)
    snapshots = list_snapshots(path)
    click.echo(f"snapshots in {backup_folder(path)}:")
    for number, snapshot in enumerate(snapshots, start=1):
        click.echo(f"{number:4}  {snapshot.path.name}  {snapshot.describe()}")
    if not snapshots:
        click.echo("  none yet")


@cli.command("restore")
@click.argument("which")
@db_option
@click.option("--yes", is_flag=True, help="Do not ask before restoring.")
def restore_command(which: str, db_path: Path | None, yes: bool) -> None:
    """Restore snapshot WHICH: its number in `annotator backups` (1 is the newest) or its
    file name.

    The current state is snapshotted first, so a restore can itself be undone.
    """
    from annotator.store.backup import list_snapshots, restore_snapshot

    path = resolve_db_path(db_path)
    require_existing_db(path, "--db" if db_path else None)
    snapshots = list_snapshots(path)
    chosen = None
    if which.isdigit() and 1 <= int(which) <= len(snapshots):
        chosen = snapshots[int(which) - 1]
    else:
        chosen = next((s for s in snapshots if which in (s.path.name, str(s.path))), None)
    if chosen is None:
        listed = f"1 to {len(snapshots)}" if snapshots else "there are none yet"
        raise click.BadParameter(
            f"no snapshot {which!r} ({listed}; `annotator backups` lists them)",
            param_hint="WHICH",
        )
    if not yes:
        click.confirm(
            f"Replace the content of {path} with the snapshot of "
            f"{chosen.describe()}? (the current state is snapshotted first)",
            abort=True,
        )
    repo = open_repository(db_path)
    try:
        with user_errors():
            before = restore_snapshot(repo.db, chosen.path)
    finally:
        repo.db.close()
    click.echo(f"restored {chosen.path.name}")
    if before is not None:
        click.echo(f"the state before the restore is kept as {before.path.name}")


def main(argv: list[str] | None = None) -> int:
    """Entry point for the console script and `python -m annotator`.

    An exception nobody expected (a bug) is logged with its traceback and
    reported as one line naming the log file; the exit code is then 1.
    """
    logs.configure()
    logs.logger.info(
        "annotator %s: %s", __version__, " ".join(sys.argv[1:] if argv is None else argv)
    )
    try:
        cli.main(args=argv, prog_name="annotator", standalone_mode=True)
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 1
    except AnnotatorError as exc:
        # A problem of the file or the environment met outside `user_errors` (a read of
        # a damaged database, for one): one line, exit 1, like every other.
        logs.logger.warning("%s", exc)
        click.echo(f"annotator: {exc}", err=True)
        return 1
    except Exception as exc:
        line = logs.log_unexpected(type(exc), exc, exc.__traceback__, where="the command")
        click.echo(f"annotator: {line}", err=True)
        return 1
    return 0
