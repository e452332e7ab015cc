"""Importing files and folders into a database, all or nothing per file.

Used alike by `annotator import` and the window. Qt-free; long runs report
through a progress callback. Many files share one write transaction (each
file a savepoint inside it), so a folder of small articles costs one commit
per half second rather than one per file. A reader never stops the run: any
problem, foreseen or not, becomes a problem report naming the file (and the
line), and the other files go on.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import stat
import threading
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from annotator import logs
from annotator.core.errors import AnnotatorError, InputError, StoreDamaged, StoreUnavailable
from annotator.core.model import AnnotatedDocument, Document
from annotator.formats.common import ReadOptions, ReadResult, UnreadableFile
from annotator.formats.detect import read_json_any, sniff_file
from annotator.formats.doccano import iter_doccano_file, read_doccano
from annotator.formats.jsonl import iter_jsonl_file, read_jsonl
from annotator.formats.labelstudio import iter_labelstudio_file, read_labelstudio
from annotator.formats.readers import FILE_SUFFIXES, READERS, Reader
from annotator.store.repository import ImportCounts, Repository

_log = logging.getLogger(__name__)

MAX_FILE_BYTES = 512 * 1024 * 1024
# Documents per chunk when parsing and writing overlap (native JSONL): small enough
# that little work is left unoverlapped at either end, large enough that the writer
# rarely has to win the GIL back from the parser.
CHUNK_DOCUMENTS = 500
# Formats whose file is one article without spans. Consecutive such files share one
# savepoint and one multi-row insert (each file stays all or nothing: it is one row),
# and they are read and decoded in a worker thread while this thread writes.
ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
ARTICLE_BATCH = 250  # files a savepoint
ARTICLE_BATCH_CHARS = 8_000_000  # or fewer, when they are long


@dataclass
class FileOutcome:
    path: str
    documents_added: int = 0
    documents_existing: int = 0
    spans_added: int = 0
    records_skipped: int = 0
    failed: bool = False
    problems: list[AnnotatorError] = field(default_factory=list)
    read_as: str | None = None  # the format told from the content of a .json/.jsonl file
    # Renumbered span or relation ids, and other things the user should know.
    notes: list[str] = field(default_factory=list)
    # Spans added, by the annotator they were filed under.
    spans_by_annotator: dict[str, int] = field(default_factory=dict)


@dataclass
class ImportReport:
    files: list[FileOutcome] = field(default_factory=list)
    # Files in folders that were left out on purpose, with the reason (README, exports...).
    skipped_files: list[str] = field(default_factory=list)
    # Files in folders in a format annotator does not read.
    unsupported: list[str] = field(default_factory=list)

    @property
    def imported(self) -> int:
        return sum(f.documents_added for f in self.files)

    @property
    def existing(self) -> int:
        return sum(f.documents_existing for f in self.files)

    @property
    def skipped(self) -> int:
        return sum(f.records_skipped for f in self.files)

    @property
    def failed(self) -> int:
        return sum(1 for f in self.files if f.failed)

    @property
    def spans(self) -> int:
        return sum(f.spans_added for f in self.files)

    @property
    def ok(self) -> bool:
        return not self.failed and not self.skipped

    def detections(self) -> list[str]:
        """'FILE: read as FORMAT' for .json/.jsonl files told apart by their content."""
        return [
            f"{f.path}: read as {f.read_as} "
            "(from its content; `annotator import --format NAME` chooses another)"
            for f in self.files
            if f.read_as is not None and f.read_as != DETECTED_NAMES["jsonl"]
        ]

    def problems(self) -> list[AnnotatorError]:
        return [p for f in self.files for p in f.problems]

    def notes(self) -> list[str]:
        """What the user should know besides problems: renumbered ids, files left out."""
        lines = [f"{f.path}: {note}" for f in self.files for note in f.notes]
        lines += [f"skipped {line}" for line in self.skipped_files]
        if self.unsupported:
            shown = ", ".join(self.unsupported[:10])
            more = f" and {len(self.unsupported) - 10} more" if len(self.unsupported) > 10 else ""
            lines.append(
                f"not a format annotator reads ({len(self.unsupported)} files): {shown}{more}"
            )
        return lines

    def spans_by_annotator(self) -> dict[str, int]:
        total: dict[str, int] = {}
        for f in self.files:
            for name, count in f.spans_by_annotator.items():
                total[name] = total.get(name, 0) + count
        return total

    def failures(self) -> list[str]:
        """One line per failed file: its path and the first reason."""
        return [
            f"{f.path}: {f.problems[0].reason if f.problems else 'failed'}"
            for f in self.files
            if f.failed
        ]

    def summary(self) -> str:
        owners = self.spans_by_annotator()
        whose = ""
        if owners:
            whose = "; spans filed under " + ", ".join(
                f"{name} ({count})" for name, count in sorted(owners.items())
            )
        return (
            f"imported {self.imported} documents ({self.spans} spans), "
            f"{self.existing} already present, {self.skipped} records skipped, "
            f"{self.failed} files failed{whose}"
        )


# Files in a folder that are about the folder, not articles in it (matched on the stem).
_NOT_ARTICLES = frozenset(
    {"readme", "license", "licence", "changelog", "changes", "contributing", "copying",
     "notice", "authors", "history", "code_of_conduct", "security"}
)  # fmt: skip
# Files brat keeps beside its documents: configuration, not articles.
_BRAT_CONFIG = frozenset({"annotation.conf", "visual.conf", "tools.conf", "kb_shortcuts.conf"})
MANIFEST_SUFFIX = ".manifest.json"


@dataclass(frozen=True)
class Planned:
    """A file to import, and the name its documents keep as their source."""

    path: Path
    source: str  # relative to the folder it was found in; the bare name for a file given


@dataclass
class Plan:
    files: list[Planned] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)
    empty_folders: list[str] = field(default_factory=list)


def _annotation_file(path: Path) -> str | None:
    """Why a .json/.jsonl file found in a folder is not a batch of articles, or None.

    Our own exports (a manifest beside them, or native records listing `meta_keys`)
    and files whose records carry spans (gold annotations) are left to be named on
    purpose; a folder import takes articles only.
    """
    try:
        with path.open("rb") as handle:
            first = handle.readline(1_000_000).strip()
    except OSError:
        return None
    if not first.startswith(b"{"):
        return None
    try:
        record = json.loads(first)
    except (ValueError, RecursionError):
        return None
    if not isinstance(record, dict):
        return None
    if "meta_keys" in record:
        return "an export of annotator"
    if record.get("spans"):
        return "holds annotations (gold or an export)"
    return None


def plan_paths(paths: Iterable[str | Path]) -> Plan:
    """The files to import: files named directly, and the article files inside folders.

    In folders (searched recursively, sorted, hidden entries left out) only the
    formats in READERS are taken; README/LICENSE/CHANGELOG-like files, export
    manifests, files with a manifest beside them and annotation files of this
    tool are skipped with a reason; other files are listed as unsupported. A
    file named directly is always taken, whatever its name.
    """
    plan = Plan()
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            plan.files.append(Planned(path, path.name))
            continue
        found = Plan()
        # One listing per folder (os.walk), names looked up in sets: no stat per file.
        for folder, dirs, names in os.walk(path):
            here = Path(folder)
            # Where the folder is inside `path`, as the documents' sources name it.
            inside = here.relative_to(path).as_posix()
            prefix = "" if inside == "." else inside + "/"
            present = set(names)
            kept_dirs = []
            for name in sorted(dirs):
                if name.startswith("."):
                    continue
                if name + MANIFEST_SUFFIX in present:  # an export folder (brat) of ours
                    found.skipped.append(
                        f"{here / name}: an export of annotator (a manifest is beside it); "
                        "name the folder to import it"
                    )
                    continue
                kept_dirs.append(name)
            dirs[:] = kept_dirs
            for name in names:
                _plan_file(found, prefix, here, name, present)
        if not found.files:
            plan.empty_folders.append(str(path))
        plan.files += sorted(found.files, key=lambda planned: planned.source)
        plan.skipped += sorted(found.skipped)
        plan.unsupported += sorted(found.unsupported)
    return plan


def _plan_file(plan: Plan, prefix: str, folder: Path, name: str, present: set[str]) -> None:
    """Take, skip (with a reason) or list as unsupported one file found in a folder.

    `prefix` is the folder's path inside the folder the user named ("" or "a/b/").
    Called once per file of a corpus: string work only, one Path per file taken.
    """
    lower = name.lower()
    if name.startswith(".") or lower.endswith(MANIFEST_SUFFIX) or lower in _BRAT_CONFIG:
        return
    stem, dot, suffix = lower.rpartition(".")
    suffix = dot + suffix if dot else ""
    if suffix not in READERS or not stem:
        plan.unsupported.append(str(folder / name))
        return
    if stem.split(".")[0] in _NOT_ARTICLES:
        plan.skipped.append(f"{folder / name}: not an article (name it to import it anyway)")
        return
    # brat: the .txt of a .txt/.ann pair is read with its .ann.
    if suffix == ".txt" and name[: -len(suffix)] + ".ann" in present:
        return
    if name + MANIFEST_SUFFIX in present:
        plan.skipped.append(
            f"{folder / name}: an export of annotator (a manifest is beside it); "
            "name the file to import it"
        )
        return
    child = folder / name
    if suffix in (".json", ".jsonl") and (why := _annotation_file(child)):
        plan.skipped.append(
            f"{child}: {why}; name the file to import its spans "
            "(`annotator import FILE --annotator NAME` says whose they are)"
        )
        return
    plan.files.append(Planned(child, prefix + name))


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and the importable files inside folders (see `plan_paths`)."""
    for planned in plan_paths(paths).files:
        yield planned.path


# Readers whose files are imported record by record (see _import_streamed).
_STREAMED: dict[Reader, str] = {
    read_jsonl: "jsonl",
    read_labelstudio: "labelstudio",
    read_doccano: "doccano",
}
_STREAMING_READERS = {"jsonl": iter_jsonl_file, "labelstudio": iter_labelstudio_file}

DETECTED_NAMES = {
    "jsonl": "native JSONL",
    "labelstudio": "Label Studio tasks",
    "doccano": "doccano JSONL",
}


class _FileFailed(Exception):
    """Raised into the import's transaction to roll back a file whose records failed."""


def _with_source(item: AnnotatedDocument, name: str, source: str) -> AnnotatedDocument:
    """`item` with a source that was the file's path replaced by `source` (never a local path)."""
    doc = item.document
    if doc.source == name:
        new = source
    elif doc.source == str(Path(name).with_suffix(".txt")):  # brat: the .txt beside the .ann
        new = Path(source).with_suffix(".txt").as_posix()
    else:
        return item
    # The constructor, not dataclasses.replace: this runs once per imported document.
    item.document = Document(doc.id, doc.text, doc.title, new, doc.published, doc.meta, doc.sha256)
    return item


def _import_streamed(
    repo: Repository,
    entries: Iterable[AnnotatedDocument | InputError],
    name: str,
    source: str,
    options: ReadOptions,
    outcome: FileOutcome,
    strict: bool,
) -> ImportCounts | None:
    """Import a file read record by record, parsing in a worker thread while this one writes.

    Same outcome as reading the whole file and then writing it: bad records are
    skipped (or, in strict mode, fail the file), a file that cannot be read as a
    whole (UnreadableFile) fails, and a failed file leaves nothing behind.
    Returns None when the file failed.
    """
    problems = outcome.problems
    documents = 0
    unreadable = False

    def chunks() -> Iterator[list[AnnotatedDocument]]:
        nonlocal documents, unreadable
        good: list[AnnotatedDocument] = []
        for entry in entries:
            if isinstance(entry, InputError):
                problems.append(entry)
                unreadable |= isinstance(entry, UnreadableFile)
                continue
            documents += 1
            # Strict and already failing: keep reading only to report every problem.
            if not (strict and problems):
                good.append(_with_source(entry, name, source))
                if len(good) >= CHUNK_DOCUMENTS:
                    yield good
                    good = []
        if good and not (strict and problems) and not unreadable:
            yield good
        if unreadable or (problems and (strict or not documents)):
            raise _FileFailed

    try:
        counts = repo.import_document_chunks(
            chunks(), options.annotator, source=source, checked_with=options.schema
        )
    except _FileFailed:
        outcome.failed = True
        if strict and documents and not unreadable:
            problems.append(InputError("--strict: the whole file was not imported", file=name))
        return None
    outcome.records_skipped = len(problems)
    return counts


def import_file(
    repo: Repository,
    path: Path,
    options: ReadOptions,
    *,
    strict: bool = False,
    format_name: str | None = None,
    source: str | None = None,
) -> FileOutcome:
    """Import one file, all or nothing; problems of the file are returned, never raised.

    A database that refuses the write (StoreUnavailable: disk full, read-only,
    locked, gone; StoreDamaged) is not a problem of this file: that raises.

    In strict mode any bad record fails the whole file; otherwise bad records
    are skipped and the good ones import. Either way a file that fails leaves
    nothing of itself in the database. `source` is the name its documents
    keep (default: the file's name without its folder).
    """
    outcome = FileOutcome(str(path))
    try:
        _import_file(repo, path, options, strict, format_name, source or path.name, outcome)
    except (StoreUnavailable, StoreDamaged):
        raise  # the database, not this file: the run stops with the reason
    except Exception as exc:  # a problem of this file (or a bug): the other files go on
        _unforeseen(outcome, path, exc)
    if outcome.failed:
        _failed(outcome)
    return outcome


def _import_file(
    repo: Repository,
    path: Path,
    options: ReadOptions,
    strict: bool,
    format_name: str | None,
    source: str,
    outcome: FileOutcome,
) -> None:
    name = str(path)
    reader = _reader(path, format_name)
    _check_file(path)
    try:
        kind = _STREAMED.get(reader)
        if reader is read_json_any:
            kind = sniff_file(path, name, options)
            outcome.read_as = DETECTED_NAMES[kind]
        if kind is not None:
            # JSON formats stream from the file, record by record; their readers check
            # every span.
            notes: list[str] = []
            entries = (
                iter_doccano_file(path, name, options, notes)
                if kind == "doccano"
                else iter_labelstudio_file(path, name, options, notes)
                if kind == "labelstudio"
                else _STREAMING_READERS[kind](path, name, options)
            )
            counts = _import_streamed(repo, entries, name, source, options, outcome, strict)
            if counts is not None:
                outcome.notes.extend(notes)
                _counted(outcome, counts)
            return
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", file=name) from exc
    result = reader(data, name, options)
    del data
    items = _kept_items(result, name, source, strict, outcome)
    if items is not None:
        _counted(outcome, repo.import_documents(items, options.annotator, source=source))


_DATABASE_SUFFIXES = frozenset({".db", ".sqlite", ".sqlite3"})


def _reader(path: Path, format_name: str | None) -> Reader:
    suffix = ("." + format_name.lower().lstrip(".")) if format_name else path.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        if suffix in _DATABASE_SUFFIXES:
            raise InputError(
                "a database file, not articles or annotations: bring a colleague's database "
                "in with `annotator merge FILE` (File > Merge database… in the window)",
                file=str(path),
            )
        known = ", ".join(sorted(FILE_SUFFIXES))
        raise InputError(
            f"unknown file type {suffix or '(none)'!r}; known: {known}", file=str(path)
        )
    return reader


def _check_file(path: Path) -> None:
    """InputError unless `path` is a readable file of at most MAX_FILE_BYTES."""
    name = str(path)
    try:
        status = path.stat()
    except FileNotFoundError:
        raise InputError("no such file", file=name) from None
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", file=name) from exc
    if stat.S_ISDIR(status.st_mode):
        raise InputError("a folder, not a file", file=name)
    if status.st_size > MAX_FILE_BYTES:
        raise InputError("the file is larger than 512 MB", file=name)


def _kept_items(
    result: ReadResult, name: str, source: str, strict: bool, outcome: FileOutcome
) -> list[AnnotatedDocument] | None:
    """The items of a file read whole to import, or None when the file fails (see import_file)."""
    outcome.notes.extend(result.notes)
    outcome.problems.extend(result.problems)
    outcome.records_skipped = len(result.problems)
    if result.problems and (strict or not result.items):
        outcome.failed = True
        if strict and result.items:
            outcome.problems.append(
                InputError("--strict: the whole file was not imported", file=name)
            )
        return None
    return [_with_source(item, name, source) for item in result.items]


def _failed(outcome: FileOutcome) -> FileOutcome:
    """`outcome` marked failed with nothing counted (a failed file leaves nothing)."""
    outcome.failed = True
    outcome.records_skipped = 0
    outcome.documents_added = outcome.documents_existing = outcome.spans_added = 0
    outcome.spans_by_annotator = {}
    outcome.notes = []
    return outcome


def _unforeseen(outcome: FileOutcome, path: Path, exc: BaseException) -> None:
    """Record an error of the file (AnnotatorError) or a bug (logged with its traceback)."""
    if isinstance(exc, AnnotatorError):
        if exc.file is None:
            exc = type(exc)(exc.reason, file=str(path), line=exc.line)
        outcome.problems.append(exc)
    else:
        line = logs.log_unexpected(type(exc), exc, exc.__traceback__, where=f"importing {path}")
        outcome.problems.append(InputError(line, file=str(path)))
    _failed(outcome)


@dataclass
class _Article:
    """One planned file of ARTICLE_SUFFIXES, read (or failed) ahead of its write."""

    planned: Planned
    outcome: FileOutcome
    items: list[AnnotatedDocument] | None  # None: the file failed while reading


def _read_article(
    planned: Planned, options: ReadOptions, strict: bool, format_name: str | None
) -> _Article:
    """Read and check one article file, touching no database (runs in a worker thread)."""
    path = planned.path
    outcome = FileOutcome(str(path))
    try:
        reader = _reader(path, format_name)
        _check_file(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read the file: {exc.strerror}", file=str(path)) from exc
        result = reader(data, str(path), options)
        items = _kept_items(result, str(path), planned.source, strict, outcome)
    except Exception as exc:  # a problem of this file (or a bug): the other files go on
        _unforeseen(outcome, path, exc)
        items = None
    if items is None:
        _failed(outcome)
    return _Article(planned, outcome, items)


def _is_article(planned: Planned, format_name: str | None) -> bool:
    if format_name:
        return "." + format_name.lower().lstrip(".") in ARTICLE_SUFFIXES
    return os.path.splitext(planned.source)[1].lower() in ARTICLE_SUFFIXES


def _prefetched(
    files: list[Planned], options: ReadOptions, strict: bool, format_name: str | None
) -> Generator[tuple[Planned, _Article | None], None, None]:
    """Each planned file with, for an article file, its read result, read ahead in a thread.

    Reading, decoding, normalising and hashing an article is pure Python work that
    overlaps the previous articles' inserts (SQLite releases the GIL). Other files
    come with None: they are read where they are written. Closing this generator
    early stops the thread.
    """
    articles = [p for p in files if _is_article(p, format_name)]
    if not articles:
        for planned in files:
            yield planned, None
        return
    handover: queue.Queue[_Article | BaseException] = queue.Queue()
    room = threading.Condition()
    buffered = 0  # characters read ahead and not yet taken: bounds the memory of long files
    stop = False

    def has_room() -> bool:
        return stop or buffered < ARTICLE_BATCH_CHARS

    def work() -> None:
        nonlocal buffered
        try:
            for planned in articles:
                with room:
                    room.wait_for(has_room)
                    if stop:
                        return
                article = _read_article(planned, options, strict, format_name)
                with room:
                    buffered += _chars(article)
                handover.put(article)
        except BaseException as exc:  # handed over, raised in the caller's thread
            handover.put(exc)

    worker = threading.Thread(target=work, name="annotator-read", daemon=True)
    worker.start()
    try:
        for planned in files:
            if not _is_article(planned, format_name):
                yield planned, None
                continue
            got = handover.get()
            if isinstance(got, BaseException):
                raise got
            with room:
                buffered -= _chars(got)
                room.notify()
            yield planned, got
    finally:
        with room:
            stop = True
            room.notify()
        worker.join()


def _chars(article: _Article) -> int:
    return sum(len(item.document.text) for item in article.items or ())


def _counted(outcome: FileOutcome, counts: ImportCounts) -> None:
    outcome.documents_added = counts.documents_added
    outcome.documents_existing = counts.documents_existing
    outcome.spans_added = counts.spans_added
    outcome.spans_by_annotator = dict(counts.spans_by_annotator)
    outcome.notes.extend(counts.renumbered)


def import_paths(
    repo: Repository,
    paths: Iterable[str | Path],
    options: ReadOptions,
    *,
    strict: bool = False,
    format_name: str | None = None,
    progress: Callable[[int, int, str], bool | None] | None = None,
) -> ImportReport:
    """Import files and folders; `progress(done, total, path)` may return False to stop.

    Files share write transactions (see the module docstring); the report
    counts only what was committed. An empty folder (nothing importable in it)
    is a failed entry of its own.
    """
    plan = plan_paths(paths)
    report = ImportReport(skipped_files=plan.skipped, unsupported=plan.unsupported)
    for folder in plan.empty_folders:
        outcome = FileOutcome(folder, failed=True)
        outcome.problems.append(
            InputError("the folder holds no file annotator can import", file=folder)
        )
        report.files.append(outcome)
    files = plan.files
    with repo.bulk_import(options.annotator) as bulk:
        pending: list[FileOutcome] = []  # imported since the last commit
        batch: list[_Article] = []  # article files read, not yet written
        batch_chars = 0

        def settle(outcomes: list[FileOutcome]) -> None:
            nonlocal pending
            if bulk.broken:  # SQLite gave up the transaction: nothing since the commit is kept
                _lost([*pending, *outcomes], outcomes[-1])
                bulk.begin()
                pending = []
                return
            pending += outcomes
            if bulk.file_done():
                pending = []

        def flush() -> None:
            nonlocal batch, batch_chars
            if batch:
                settle(_import_articles(repo, batch, options))
            batch, batch_chars = [], 0

        ahead = _prefetched(files, options, strict, format_name)
        try:
            for index, (planned, article) in enumerate(ahead):
                if progress is not None and progress(index, len(files), str(planned.path)) is False:
                    break
                if article is not None:
                    report.files.append(article.outcome)
                    if article.items is None:
                        continue  # failed while reading: nothing to write
                    batch.append(article)
                    batch_chars += _chars(article)
                    if len(batch) >= ARTICLE_BATCH or batch_chars >= ARTICLE_BATCH_CHARS:
                        flush()
                    continue
                flush()  # files are written in their order
                outcome = import_file(
                    repo,
                    planned.path,
                    options,
                    strict=strict,
                    format_name=format_name,
                    source=planned.source,
                )
                report.files.append(outcome)
                settle([outcome])
            flush()
        finally:
            ahead.close()
    if progress is not None:
        done = sum(1 for f in report.files if f.path not in plan.empty_folders)
        progress(done, len(files), "")
    return report


def _import_articles(
    repo: Repository, batch: list[_Article], options: ReadOptions
) -> list[FileOutcome]:
    """Write article files read ahead, all in one savepoint; their outcomes.

    Each file is one document without spans, so it is all or nothing however
    many share the statement. A database that refuses the write raises (as in
    `import_file`); any other failure fails every file of the batch, with the
    reason, and leaves none of them behind.
    """
    items = [item for article in batch for item in article.items or ()]
    outcomes = [article.outcome for article in batch]
    try:
        added = repo.import_articles(items, options.annotator, files=len(batch))
    except (StoreUnavailable, StoreDamaged):
        raise
    except Exception as exc:
        for article in batch:
            _unforeseen(article.outcome, article.planned.path, exc)
        return outcomes
    flags = iter(added)
    for article in batch:
        for _item in article.items or ():
            if next(flags):
                article.outcome.documents_added += 1
            else:
                article.outcome.documents_existing += 1
    return outcomes


def _lost(outcomes: list[FileOutcome], cause: FileOutcome) -> None:
    """Mark files whose savepoints were lost with the bulk transaction as failed."""
    reason = cause.problems[0].reason if cause.problems else "the database refused the write"
    for outcome in outcomes:
        if outcome.failed:
            continue
        outcome.failed = True
        outcome.documents_added = outcome.documents_existing = outcome.spans_added = 0
        outcome.records_skipped = 0
        outcome.spans_by_annotator = {}
        outcome.problems.append(
            InputError(
                f"not saved: the database ended the transaction ({reason})", file=outcome.path
            )
        )
