"""Importing files and folders into a database, one transaction per file.

Used alike by `annotator import` and the window. Qt-free; long runs report
through a progress callback.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from annotator import logs
from annotator.core.errors import AnnotatorError, InputError, StoreDamaged, StoreUnavailable
from annotator.core.model import AnnotatedDocument
from annotator.formats.common import ReadOptions
from annotator.formats.detect import read_json_any, sniff
from annotator.formats.jsonl import iter_jsonl, read_jsonl
from annotator.formats.readers import READERS, Reader
from annotator.store.repository import ImportCounts, Repository

MAX_FILE_BYTES = 512 * 1024 * 1024
# Documents per chunk when parsing and writing overlap (native JSONL): small enough
# that little work is left unoverlapped at either end, large enough that the writer
# rarely has to win the GIL back from the parser.
CHUNK_DOCUMENTS = 500


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


@dataclass
class ImportReport:
    files: list[FileOutcome] = field(default_factory=list)

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
            f"{f.path}: read as {f.read_as} (from its content; --format chooses another)"
            for f in self.files
            if f.read_as is not None and f.read_as != DETECTED_NAMES["jsonl"]
        ]

    def problems(self) -> list[AnnotatorError]:
        return [p for f in self.files for p in f.problems]

    def summary(self) -> str:
        return (
            f"imported {self.imported} documents ({self.spans} spans), "
            f"{self.existing} already present, {self.skipped} records skipped, "
            f"{self.failed} files failed"
        )


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and the importable files inside folders (recursively, sorted)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in READERS:
                    # brat: the .txt of a .txt/.ann pair is read with its .ann.
                    if child.suffix.lower() == ".txt" and child.with_suffix(".ann").exists():
                        continue
                    yield child
        else:
            yield path


def _checks_spans(reader: Reader, data: bytes, name: str, options: ReadOptions) -> bool:
    """Whether `reader` has checked every item against `options.schema`.

    The native JSONL reader checks offsets, labels, attributes, provenance and
    relation types, so the store need not check them again.
    """
    if reader is read_jsonl:
        return True
    return reader is read_json_any and sniff(data, name, options) == "jsonl"


DETECTED_NAMES = {
    "jsonl": "native JSONL",
    "labelstudio": "Label Studio tasks",
    "doccano": "doccano JSONL",
}


class _FileFailed(Exception):
    """Raised into the import's transaction to roll back a file whose records failed."""


def _import_native(
    repo: Repository,
    data: bytes,
    name: str,
    options: ReadOptions,
    outcome: FileOutcome,
    strict: bool,
) -> ImportCounts | None:
    """Import native JSONL, parsing chunks in a worker thread while this thread writes.

    Same outcome as reading the whole file and then writing it: bad records are
    skipped (or, in strict mode, fail the file), and a failed file leaves
    nothing behind. Returns None when the file failed.
    """
    problems = outcome.problems
    documents = 0

    def chunks() -> Iterator[list[AnnotatedDocument]]:
        nonlocal documents
        good: list[AnnotatedDocument] = []
        for entry in iter_jsonl(data, name, options):
            if isinstance(entry, InputError):
                problems.append(entry)
                continue
            documents += 1
            # Strict and already failing: keep reading only to report every problem.
            if not (strict and problems):
                good.append(entry)
                if len(good) >= CHUNK_DOCUMENTS:
                    yield good
                    good = []
        if good and not (strict and problems):
            yield good
        if problems and (strict or not documents):
            raise _FileFailed

    try:
        counts = repo.import_document_chunks(
            chunks(), options.annotator, source=name, checked_with=options.schema
        )
    except _FileFailed:
        outcome.failed = True
        if strict and documents:
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
) -> FileOutcome:
    """Import one file in one transaction; problems of the file are returned, never raised.

    A database that refuses the write (StoreUnavailable: disk full, read-only,
    locked, gone; StoreDamaged) is not a problem of this file: that raises.

    In strict mode any bad record fails the whole file; otherwise bad records
    are skipped and the good ones import. Either way a file that fails leaves
    nothing of itself in the database.
    """
    outcome = FileOutcome(str(path))
    name = str(path)
    suffix = ("." + format_name.lower().lstrip(".")) if format_name else path.suffix.lower()
    reader = READERS.get(suffix)
    try:
        if reader is None:
            known = ", ".join(sorted(READERS))
            raise InputError(f"unknown file type {suffix or '(none)'!r}; known: {known}", file=name)
        if not path.exists():
            raise InputError("no such file", file=name)
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputError("the file is larger than 512 MB", file=name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read the file: {exc.strerror}", file=name) from exc
        if reader is read_json_any:
            outcome.read_as = DETECTED_NAMES[sniff(data, name, options)]
        if _checks_spans(reader, data, name, options):
            native = _import_native(repo, data, name, options, outcome, strict)
            if native is None:
                return outcome
            counts = native
        else:
            result = reader(data, name, options)
            outcome.problems.extend(result.problems)
            outcome.records_skipped = len(result.problems)
            if result.problems and (strict or not result.items):
                outcome.failed = True
                outcome.records_skipped = 0
                if strict and result.items:
                    outcome.problems.append(
                        InputError("--strict: the whole file was not imported", file=name)
                    )
                return outcome
            counts = repo.import_documents(result.items, options.annotator, source=name)
    except (StoreUnavailable, StoreDamaged):
        raise  # the database, not this file: the run stops with the reason
    except AnnotatorError as exc:
        if exc.file is None:
            exc = replace(exc, file=name)
        outcome.problems.append(exc)
        outcome.failed = True
        outcome.records_skipped = 0
        return outcome
    except Exception as exc:  # a bug: logged with its traceback, the other files go on
        line = logs.log_unexpected(type(exc), exc, exc.__traceback__, where=f"importing {name}")
        outcome.problems.append(InputError(line, file=name))
        outcome.failed = True
        outcome.records_skipped = 0
        return outcome
    outcome.documents_added = counts.documents_added
    outcome.documents_existing = counts.documents_existing
    outcome.spans_added = counts.spans_added
    return outcome


def import_paths(
    repo: Repository,
    paths: Iterable[str | Path],
    options: ReadOptions,
    *,
    strict: bool = False,
    format_name: str | None = None,
    progress: Callable[[int, int, str], bool | None] | None = None,
) -> ImportReport:
    """Import files and folders; `progress(done, total, path)` may return False to stop."""
    files = list(expand_paths(paths))
    report = ImportReport()
    for index, path in enumerate(files):
        if progress is not None and progress(index, len(files), str(path)) is False:
            break
        report.files.append(
            import_file(repo, path, options, strict=strict, format_name=format_name)
        )
    if progress is not None:
        progress(len(report.files), len(files), "")
    return report
