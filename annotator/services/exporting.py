"""Exporting training data: choose one layer and documents, check, write, describe.

Used alike by `annotator export` and the export dialog; Qt-free. Long runs
report through `progress(done, total)` and stop when `cancelled()` is true.

The contract (the same in the CLI and the window):
- An export takes ONE layer: the adjudicated gold layer (every annotator of
  kind 'gold'; the default once it holds a span), or annotators named by the
  caller. Without either, the default is the user's own layer (`Layer.me`),
  and the plan says so. The `suggester` layer is taken only when named.
- Several annotators into a token format (CoNLL, Hugging Face, spaCy) need an
  overlap policy (longest, first-annotator or refuse: see formats.tagging);
  span formats keep one record per document and annotator (JSONL, doccano,
  brat), one annotation per annotator in each task (Label Studio; machine
  suggestions go under `predictions`), or one row per span (CSV), and the plan
  says which.
- Documents the layer never touched (no span of it, not marked done by it) are
  left out unless `include_empty`; the manifest lists them.
- An export that would hold no span is refused with the reason.
- Output paths: an existing file is replaced only with `force`; the open
  database and its -wal/-shm/-journal never, not even with `force`.

Nothing half-written is ever left behind: every file is written under a
temporary name (`.NAME.part-PID`) beside its destination and renamed into
place when the whole export has succeeded; leftovers of killed runs are
recognised by that name and removed by the next export into the folder. A
manifest (`<out>.manifest.json`) records format, layer, policy, counts per
label and per annotator, documents skipped and why, the offset unit, the tool
version and a SHA-256 of the source database.
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import os
import random
import re
import shutil
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import itemgetter
from pathlib import Path
from typing import Any, Final, cast

from annotator import __version__
from annotator.core.boilerplate import cut, outside, shift
from annotator.core.errors import AnnotatorError, InputError
from annotator.core.model import (
    AnnotatedDocument,
    Document,
    DocumentRows,
    Relation,
    Span,
    text_sha256,
)
from annotator.formats import registry
from annotator.formats.jsonl import SpanFields
from annotator.formats.registry import FormatSpec, WriteContext
from annotator.formats.tagging import POLICIES, SEGMENTS
from annotator.paths import annotator_name
from annotator.store.boilerplate import boilerplate_of
from annotator.store.layers import (
    annotator_kinds,
    database_digest_started,
    done_document_ids,
    labels_in_use,
    layer_counts,
    layer_has_spans,
    layer_rows,
    layer_totals,
)
from annotator.store.repository import Repository
from annotator.store.transaction import read_transaction

SPLIT_NAMES: Final = ("train", "dev", "test")
MARKER: Final = ".annotator-export"
SUGGESTER_KIND: Final = "suggester"
UNTOUCHED: Final = "untouched by the layer (no span of it, not marked done by it)"
OFFSET_UNITS: Final = ("utf16", "codepoint")
_LEFTOVER = re.compile(r"^\.(?P<name>.+)\.(?:part|old)-(?P<pid>\d+)$")
_STALE_SECONDS = 24 * 3600

Progress = Callable[[int, int], object]
Row = tuple[Document, list[SpanFields], list[Relation], dict[str, dict[str, str]]]


class ExportCancelled(AnnotatorError):
    """The user cancelled; nothing was written."""


class ChoiceError(InputError):
    """The caller's choice cannot be exported as asked (a usage error: the CLI exits 2)."""


class EmptyExport(InputError):
    """The export would hold no span; the reason says why."""


@dataclass(frozen=True)
class Layer:
    """Whose spans to export.

    `annotators` named (in the order given), or `gold`, or neither: the
    default, which is the gold layer once it holds a span, else `me` (the
    user's own name; when None, `paths.annotator_name`: $ANNOTATOR_NAME, the
    name stored in the database, the OS user).
    """

    annotators: tuple[str, ...] | None = None
    gold: bool = False
    me: str | None = None


@dataclass(frozen=True)
class ResolvedLayer:
    kind: str  # "gold" or "annotators"
    annotators: tuple[str, ...]
    chosen: str  # how: "named", "gold (default)", "your own layer (default: no gold layer yet)"
    suggesters: frozenset[str] = frozenset()

    def describe(self) -> str:
        names = ", ".join(self.annotators)
        return f"gold ({names})" if self.kind == "gold" else names


@dataclass
class Plan:
    """What an export will write, checked before anything is written."""

    format: str
    layer: ResolvedLayer
    document_ids: list[str]
    parts: dict[str, list[str]]
    overlap: str | None = None  # the policy for token formats
    per_annotator: bool = False  # one record per document and annotator
    spans: int = 0
    relations: int = 0
    labels: dict[str, int] = field(default_factory=dict)
    spans_per_annotator: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, list[str]] = field(default_factory=dict)  # reason -> document ids
    warnings: list[str] = field(default_factory=list)  # what the format cannot express
    notes: list[str] = field(default_factory=list)  # what the user should know it chose
    offset_unit: str = "codepoint"
    segment: str = "paragraph"
    include_empty: bool = False
    # Page furniture left out of the texts (its spans with it): {document id: ranges}.
    boilerplate: dict[str, list[tuple[int, int]]] | None = None
    limits_checked: bool = False  # warnings counted before writing (else while writing)
    labels_counted: bool = True  # `labels` filled before writing (else while writing)
    # The (document, annotator) pairs to write when per_annotator is set.
    pairs: set[tuple[str, str]] = field(default_factory=set)

    @property
    def annotators(self) -> list[str]:
        return list(self.layer.annotators)

    def summary(self) -> str:
        """One line: documents, spans, relations, layer.

        Once the format's losses are counted, relations it cannot hold (CoNLL, HF) are
        said to be left out: "exported … 1 relations … as conll" read as written.
        """
        relations = f"{self.relations} relations"
        if any(w.startswith("relations not expressible") for w in self.warnings):
            relations += " (not written: the format holds none)"
        return (
            f"{len(self.document_ids)} documents, {self.spans} spans, {relations} "
            f"of the layer {self.layer.describe()}"
        )


@dataclass
class ExportResult:
    plan: Plan
    files: list[Path]
    manifest: Path


def _unknown(name: str, known: Iterable[str]) -> ChoiceError:
    known = sorted(known)
    close = difflib.get_close_matches(name, known, n=1)
    hint = f"; did you mean {close[0]}?" if close else ""
    return ChoiceError(f"no annotator called {name!r}{hint} (known: {', '.join(known)})")


def resolve_layer(repo: Repository, layer: Layer) -> ResolvedLayer:
    """The annotators of the layer to export; ChoiceError for an unknown name."""
    kinds = annotator_kinds(repo)
    gold = tuple(sorted(name for name, kind in kinds.items() if kind == "gold"))
    if layer.gold:
        if layer.annotators:
            raise ChoiceError("choose the gold layer or annotators, not both")
        return ResolvedLayer("gold", gold, "named")
    if layer.annotators:
        names = tuple(dict.fromkeys(layer.annotators))
        for name in names:
            if name not in kinds:
                raise _unknown(name, kinds)
        suggesters = frozenset(n for n in names if kinds[n] == SUGGESTER_KIND)
        return ResolvedLayer("annotators", names, "named", suggesters)
    if gold and layer_has_spans(repo, gold):
        return ResolvedLayer("gold", gold, "the gold layer (default once it holds spans)")
    me = (layer.me or "").strip() or annotator_name(None, repo.setting("annotator"))[0]
    if me not in kinds or kinds[me] == SUGGESTER_KIND:
        raise ChoiceError(
            f"there is no gold layer yet and no layer of yours ({me!r}) to export by default: "
            f"name the annotators to export (known: {', '.join(sorted(kinds))})"
        )
    return ResolvedLayer("annotators", (me,), "your own layer (the default: no gold layer yet)")


def resolve_annotators(repo: Repository, layer: Layer) -> list[str]:
    """The annotator names of a layer (see `resolve_layer`)."""
    return list(resolve_layer(repo, layer).annotators)


def select_documents(
    repo: Repository, annotators: Sequence[str], documents: str | Sequence[str]
) -> list[str]:
    """Document ids in import order: 'all', 'done' (by an annotator of the layer) or ids."""
    if isinstance(documents, str):
        if documents == "all":
            return repo.document_ids()
        if documents != "done":
            raise ChoiceError(f"unknown document choice {documents!r}; use all, done or ids")
        return done_document_ids(repo, list(annotators))
    wanted = list(dict.fromkeys(documents))
    known = set(repo.document_ids())
    missing = [d for d in wanted if d not in known]
    if missing:
        raise ChoiceError(f"no document with id {', '.join(missing[:5])}")
    return wanted


def split_documents(
    ids: Sequence[str], ratios: Sequence[float] | None, seed: int
) -> dict[str, list[str]]:
    """Split by document: shuffle with `seed`, cut by `ratios` (train, dev, test).

    Deterministic for the same ids, ratios and seed; each part keeps import order.
    """
    if not ratios:
        return {"all": list(ids)}
    if len(ratios) not in (2, 3) or any(r < 0 for r in ratios) or sum(ratios) <= 0:
        raise ChoiceError("a split is two or three non-negative ratios, e.g. 0.8,0.1,0.1")
    total = sum(ratios)
    shares = [r / total for r in ratios]
    order = list(ids)
    random.Random(seed).shuffle(order)
    counts = [round(share * len(order)) for share in shares[:-1]]
    counts.append(len(order) - sum(counts))
    if counts[-1] < 0:
        counts[-2] += counts[-1]
        counts[-1] = 0
    position = {doc_id: i for i, doc_id in enumerate(ids)}
    parts: dict[str, list[str]] = {}
    start = 0
    for name, count in zip(SPLIT_NAMES, counts, strict=False):
        chosen = order[start : start + count]
        start += count
        parts[name] = sorted(chosen, key=position.__getitem__)
    return parts


# -- reading the layer ------------------------------------------------------------------


def _split_rows(row: Row, plan: Plan) -> Iterator[Row]:
    """One row per annotator of the layer that touched the document (see Plan.pairs)."""
    document, spans, relations, actors = row
    for name in plan.layer.annotators:
        if (document.id, name) not in plan.pairs:
            continue
        own = [s for s in spans if s[4] == name]
        ids = {s[0] for s in own}
        yield (
            document,
            own,
            [r for r in relations if r.head_id in ids and r.tail_id in ids],
            {k: v for k, v in actors.items() if k in ids},
        )


def _without_boilerplate(row: Row, ranges: Sequence[tuple[int, int]]) -> Row:
    """The row with its page furniture cut out of the text, and the spans inside it dropped."""
    document, spans, relations, actors = row
    text, pieces = cut(document.text, ranges)
    kept = [
        (f[0], shift(f[1], pieces), shift(f[2], pieces), *f[3:])
        for f in spans
        if outside(f[1], f[2], ranges)
    ]
    ids = {f[0] for f in kept}
    return (
        document.with_(text=text, sha256=text_sha256(text)),
        kept,
        [r for r in relations if r.head_id in ids and r.tail_id in ids],
        {k: v for k, v in actors.items() if k in ids},
    )


def _rows(repo: Repository, ids: Iterable[str], plan: Plan) -> Iterator[Row]:
    # Token formats write no span's provenance or times: they are not read for them.
    rows = layer_rows(repo, ids, plan.annotators, lean=registry.get(plan.format).token_level)
    furniture = plan.boilerplate
    if furniture:
        rows = (
            _without_boilerplate(row, furniture[row[0].id]) if row[0].id in furniture else row
            for row in rows
        )
    if not plan.per_annotator:
        return rows
    return (piece for row in rows for piece in _split_rows(row, plan))


_SPAN_FIELDS: Final = tuple(f.name for f in dataclasses.fields(Span))
_new_object = object.__new__
_set_attribute = object.__setattr__


def _spans_of(doc_id: str, fields: Sequence[SpanFields]) -> list[Span]:
    """Span objects of one document's rows: what `Span(...)` makes, about 3x faster.

    A token export builds a million of them; the frozen dataclass's __init__
    sets its ten fields one guarded call at a time, while here each Span gets
    its attribute dictionary whole. Equal, hashed and compared exactly as the
    constructor's (a test holds this, and that the fields are still these).
    """
    spans = []
    for f in fields:
        span = _new_object(Span)
        _set_attribute(
            span,
            "__dict__",
            {
                "id": f[0], "document_id": doc_id, "start": f[1], "end": f[2], "label": f[3],
                "annotator": f[4], "attributes": f[5], "provenance": f[6], "created": f[7],
                "updated": f[8],
            },
        )  # fmt: skip
        spans.append(span)
    return spans


def _as_document(row: Row) -> AnnotatedDocument:
    document, fields, relations, actors = row
    return AnnotatedDocument(document, _spans_of(document.id, fields), relations, actors=actors)


def load_documents(repo: Repository, ids: Iterable[str], plan: Plan) -> Iterator[AnnotatedDocument]:
    """Each document (or document and annotator) with the layer's spans and relations.

    Spans are ordered by start, longest first; relations whose two ends are
    both in the record are kept.
    """
    return map(_as_document, _rows(repo, ids, plan))


def load_document_rows(repo: Repository, ids: Iterable[str], plan: Plan) -> Iterator[DocumentRows]:
    """As `load_documents`, with spans as SpanRecords: what the bulk writers take
    (FormatSpec.rows: native JSONL and the token formats)."""
    for document, fields, relations, actors in _rows(repo, ids, plan):
        yield DocumentRows(document, fields, relations, actors)


_LABEL: Final = itemgetter(3)  # of a SpanRecord


def _labels_of(item: AnnotatedDocument | DocumentRows) -> Iterator[str]:
    if isinstance(item, DocumentRows):
        return map(_LABEL, item.spans)
    return (span.label for span in item.spans)


def _load_for(
    spec: FormatSpec, repo: Repository, ids: Iterable[str], plan: Plan
) -> Iterator[AnnotatedDocument]:
    """What the format's writer and limitations take: DocumentRows when `spec.rows`."""
    if spec.rows:
        # Those writers take DocumentRows too (FormatSpec.rows): no Span object per span.
        return cast(Iterator[AnnotatedDocument], load_document_rows(repo, ids, plan))
    return load_documents(repo, ids, plan)


# -- planning ---------------------------------------------------------------------------


def _context(repo: Repository, plan: Plan, scheme: str, tokenizer: str) -> WriteContext:
    return WriteContext(
        schema=repo.schema(),
        scheme=scheme,
        tokenizer=tokenizer,
        overlap=plan.overlap or "longest",
        annotators=plan.annotators,
        segment=plan.segment,
        offset_unit=plan.offset_unit,
        suggesters=plan.layer.suggesters,
        per_annotator=plan.per_annotator,
    )


def _records_note(spec: FormatSpec, layer: ResolvedLayer) -> str | None:
    if len(layer.annotators) < 2 or layer.kind == "gold":
        return None
    how = {
        "record": "one record per document and annotator",
        "annotation": "one annotation per annotator in each task",
        "row": "one row per span, with its annotator",
    }.get(spec.multi)
    if how is None:
        return None
    return f"{len(layer.annotators)} annotators ({', '.join(layer.annotators)}): {how}"


def plan_export(
    repo: Repository,
    format_name: str,
    *,
    layer: Layer = Layer(),
    documents: str | Sequence[str] = "all",
    split: Sequence[float] | None = None,
    seed: int = 0,
    scheme: str = "iob2",
    tokenizer: str = "default",
    overlap: str | None = None,
    segment: str = "paragraph",
    include_empty: bool = False,
    offsets: str | None = None,
    drop_boilerplate: bool = False,
    check_limits: bool = True,
    count_labels: bool = True,
) -> Plan:
    """Check an export before writing: the layer, documents, counts, and what is lost.

    With `check_limits=False` only the counts are made (grouped SQL, no
    document is read): what a dialog shows while the user chooses, and what
    the CLI uses, `export` then counting the losses while it writes (one read
    of each document instead of two). With `count_labels=False` (the CLI),
    `labels` is left empty and `export` counts the spans per label as it
    writes them, instead of a grouped query that reads every span row first.
    With `drop_boilerplate`, each text is written without its page furniture
    ranges (the `boilerplate` table) and without the spans touching them; the
    offsets of the rest follow.

    Raises ChoiceError for a choice that cannot be exported as asked (unknown
    annotator or option, several annotators into a token format without an
    overlap policy), EmptyExport when nothing would be written, and
    InputError under the `refuse` policy when annotators' spans overlap.
    """
    spec = registry.get(format_name)
    if scheme not in ("iob2", "bioes"):
        raise ChoiceError(f"unknown tagging scheme {scheme!r}; use iob2 or bioes")
    if tokenizer not in ("default", "spacy"):
        raise ChoiceError(f"unknown tokenizer {tokenizer!r}; use default or spacy")
    if overlap is not None and overlap not in POLICIES:
        raise ChoiceError(f"unknown overlap policy {overlap!r}; use {', '.join(POLICIES)}")
    if segment not in SEGMENTS:
        raise ChoiceError(f"unknown segment {segment!r}; use {', '.join(SEGMENTS)}")
    if offsets is not None and offsets not in OFFSET_UNITS:
        raise ChoiceError(f"unknown offset unit {offsets!r}; use utf16 or codepoint")
    if spec.requires is not None:
        spec.requires()
    resolved = resolve_layer(repo, layer)
    several = len(resolved.annotators) > 1 and resolved.kind != "gold"
    if spec.token_level and several and overlap is None:
        raise ChoiceError(
            f"{len(resolved.annotators)} annotators into {spec.name}, which has one tag per "
            "token: name how to merge them with --overlap longest|first-annotator|refuse, "
            "or export the gold layer"
        )
    ids = select_documents(repo, resolved.annotators, documents)
    per_annotator = several and spec.multi == "record"
    spans_by_doc: Mapping[str, Mapping[str, Counter[str] | int]]
    if count_labels:
        spans_by_doc, relations_by_doc, done = layer_counts(
            repo, resolved.annotators, per_annotator, without_boilerplate=drop_boilerplate
        )
    else:
        spans_by_doc, relations_by_doc, done = layer_totals(
            repo, resolved.annotators, per_annotator, without_boilerplate=drop_boilerplate
        )
    kept: list[str] = []
    untouched: list[str] = []
    pairs: set[tuple[str, str]] = set()
    for doc_id in ids:
        counts = spans_by_doc.get(doc_id, {})
        touched = [n for n in resolved.annotators if n in counts or (doc_id, n) in done]
        if not touched and not include_empty:
            untouched.append(doc_id)
            continue
        kept.append(doc_id)
        pairs.update((doc_id, n) for n in (resolved.annotators if include_empty else touched))
    plan = Plan(
        spec.name,
        resolved,
        kept,
        split_documents(kept, split, seed),
        overlap=(overlap or "longest") if spec.token_level else None,
        per_annotator=per_annotator,
        offset_unit=(offsets or spec.offset_unit),
        segment=segment,
        include_empty=include_empty,
        pairs=pairs,
    )
    if drop_boilerplate:
        plan.boilerplate = boilerplate_of(repo, kept)
        plan.notes.append(
            f"page furniture left out of {len(plan.boilerplate)} "
            f"document{'' if len(plan.boilerplate) == 1 else 's'}"
        )
    if untouched:
        plan.skipped[UNTOUCHED] = untouched
    labels: Counter[str] = Counter()
    per_annotator_counts: Counter[str] = Counter()
    for doc_id in kept:
        for name, count in spans_by_doc.get(doc_id, {}).items():
            if isinstance(count, Counter):
                labels.update(count)
                count = sum(count.values())
            per_annotator_counts[name] += count
        plan.relations += relations_by_doc.get(doc_id, 0)
    plan.spans = sum(per_annotator_counts.values())
    plan.labels = dict(sorted(labels.items()))
    plan.labels_counted = count_labels
    plan.spans_per_annotator = {n: per_annotator_counts[n] for n in resolved.annotators}
    if resolved.chosen != "named":
        plan.notes.append(f"layer: {resolved.describe()}, {resolved.chosen}")
    note = _records_note(spec, resolved)
    if note:
        plan.notes.append(note)
    if plan.spans == 0:
        raise EmptyExport(_empty_reason(repo, plan, ids, documents))
    if spec.limitations is not None and check_limits:
        ctx = _context(repo, plan, scheme, tokenizer)
        notes: Counter[str] = Counter()
        for item in _load_for(spec, repo, kept, plan):
            notes.update(spec.limitations(item, ctx))
        plan.warnings = _warnings(notes)
    plan.limits_checked = check_limits
    return plan


def _warnings(notes: Counter[str]) -> list[str]:
    return [f"{message}: {count}" for message, count in sorted(notes.items())]


def _layers_with_spans(repo: Repository) -> str:
    """'; layers with spans: …' for a refusal, so the analyst sees what can be named."""
    counts = repo.stats().spans_per_annotator
    if not counts:
        return ""
    listed = ", ".join(f"{name} ({count})" for name, count in sorted(counts.items()))
    # Read in the CLI and in the export dialog's counts alike: name both ways to choose.
    return (
        f"; layers with spans: {listed} (export one with `--annotator NAME`, "
        "or Layer: Chosen annotators in the export dialog)"
    )


def _empty_reason(
    repo: Repository, plan: Plan, ids: list[str], documents: str | Sequence[str]
) -> str:
    layer = plan.layer
    if layer.kind == "gold" and not layer.annotators:
        return (
            "nothing to export: there is no gold layer yet (adjudicate in review mode first)"
            + _layers_with_spans(repo)
        )
    if not layer_has_spans(repo, layer.annotators):
        return f"nothing to export: the layer {layer.describe()} holds no span" + (
            _layers_with_spans(repo)
        )
    if not ids:
        which = "marked done by the layer" if documents == "done" else "chosen"
        return f"nothing to export: no documents {which}"
    return f"nothing to export: the chosen documents hold no span of the layer {layer.describe()}"


# -- destinations -----------------------------------------------------------------------


def _temporary(path: Path) -> Path:
    return path.with_name(f".{path.name}.part-{os.getpid()}")


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    elif path.exists() or path.is_symlink():
        path.unlink()


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill(pid, 0) would end the process there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def clean_leftovers(folder: Path) -> list[Path]:
    """Remove `.NAME.part-PID` / `.NAME.old-PID` of exports that were killed; returns them.

    A leftover is removed when its process no longer runs (on Windows, when it
    is a day old).
    """
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for path in entries:
        match = _LEFTOVER.match(path.name)
        if not match:
            continue
        stale = not _running(int(match["pid"]))
        if sys.platform == "win32":
            try:
                stale = time.time() - path.lstat().st_mtime > _STALE_SECONDS
            except OSError:
                continue
        if stale:
            try:
                _remove(path)
            except OSError:
                continue
            removed.append(path)
    return removed


def _database_files(repo: Repository) -> list[Path]:
    path = repo.path
    if not path:
        return []
    base = Path(path)
    return [base.resolve()] + [
        base.with_name(base.name + suffix).resolve() for suffix in ("-wal", "-shm", "-journal")
    ]


def check_destination(
    repo: Repository, spec: FormatSpec, out: Path, plan: Plan, *, force: bool = False
) -> None:
    """Refuse an export that would overwrite the database, or a file without `force`."""
    if not out.parent.exists():
        raise InputError("the folder to write into does not exist", file=str(out.parent))
    protected = _database_files(repo)
    finals = [out] if spec.kind == "dir" else [part_path(out, part) for part in plan.parts]
    finals.append(out.with_name(out.name + ".manifest.json"))
    for final in finals:
        if final.resolve() in protected:
            raise ChoiceError(
                "refusing to write over the open database (or its -wal/-shm file), "
                "even with --force; choose another --out",
                file=str(final),
            )
    if spec.kind == "dir":
        if out.exists() and not out.is_dir():
            raise ChoiceError("a file of that name exists; brat writes a folder", file=str(out))
        if out.is_dir() and any(out.iterdir()):
            if not (out / MARKER).exists():
                raise ChoiceError(
                    "the folder exists and is not an earlier export; choose another",
                    file=str(out),
                )
            if not force:
                raise ChoiceError(
                    "an earlier export is in the way; replace it with --force", file=str(out)
                )
        return
    for final in finals[:-1]:
        if final.is_dir():
            raise ChoiceError("a folder of that name exists", file=str(final))
        if final.exists() and not force:
            raise ChoiceError("the file exists; replace it with --force", file=str(final))


def _install(temp: Path, final: Path) -> None:
    """Move a finished temporary file or folder into place."""
    if final.is_dir() and not final.is_symlink():
        old = final.with_name(f".{final.name}.old-{os.getpid()}")
        final.rename(old)
        temp.rename(final)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(temp, final)


def part_path(out: Path, part: str) -> Path:
    """Where one part of a split goes: data.jsonl -> data.train.jsonl."""
    if part == "all":
        return out
    return out.with_name(f"{out.stem}.{part}{out.suffix}") if out.suffix else out / part


# -- writing ----------------------------------------------------------------------------


def export(
    repo: Repository,
    format_name: str,
    out: str | Path,
    *,
    layer: Layer = Layer(),
    documents: str | Sequence[str] = "all",
    split: Sequence[float] | None = None,
    seed: int = 0,
    scheme: str = "iob2",
    tokenizer: str = "default",
    overlap: str | None = None,
    segment: str = "paragraph",
    include_empty: bool = False,
    offsets: str | None = None,
    drop_boilerplate: bool = False,
    force: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    plan: Plan | None = None,
) -> ExportResult:
    """Write an export and its manifest; returns what was written.

    Raises what `plan_export` raises, ChoiceError for a destination that is
    refused, ExportCancelled when `cancelled()` becomes true (nothing is left
    behind either way), and lets OSError (disk full, no permission) through
    after cleaning up.
    """
    # One view of the database from the plan to the manifest, whatever another program
    # (the window) commits meanwhile: the file holds exactly what the manifest counts.
    with read_transaction(repo.db):
        out = Path(out)
        spec = registry.get(format_name)
        if plan is None:
            plan = plan_export(
                repo,
                format_name,
                layer=layer,
                documents=documents,
                split=split,
                seed=seed,
                scheme=scheme,
                tokenizer=tokenizer,
                overlap=overlap,
                segment=segment,
                include_empty=include_empty,
                offsets=offsets,
                drop_boilerplate=drop_boilerplate,
            )
        check_destination(repo, spec, out, plan, force=force)
        clean_leftovers(out.parent)
        # The manifest's database digest is hashed on another core while the export writes.
        digest = database_digest_started(repo)
        ctx = _context(repo, plan, scheme, tokenizer)
        names = [label.name for label in ctx.schema.labels]
        # Every label written needs its place in the tag list (Hugging Face's ner_tags index
        # it): those the plan counted, or, when it counts while writing, every label in use.
        known = plan.labels if plan.labels_counted else labels_in_use(repo)
        ctx.labels = names + sorted(set(known) - set(names))
        total = len(plan.document_ids)
        done = 0
        last_document = ""

        def watched(items: Iterator[Any]) -> Iterator[Any]:
            nonlocal done, last_document
            for item in items:
                if cancelled is not None and cancelled():
                    raise ExportCancelled("the export was cancelled; nothing was written")
                yield item
                if item.document.id != last_document:
                    last_document = item.document.id
                    done += 1
                    if progress is not None and (done % 50 == 0 or done == total):
                        progress(done, total)

        # Without a check before writing, the format's losses are counted while writing:
        # each document is read once.
        limits = None if plan.limits_checked else spec.limitations
        notes: Counter[str] = Counter()

        # Without labels counted before writing, the spans written are counted per label.
        labels: Counter[str] | None = None if plan.labels_counted else Counter()

        def counted(items: Iterator[AnnotatedDocument]) -> Iterator[AnnotatedDocument]:
            for item in items:
                if limits is not None:
                    notes.update(limits(item, ctx))
                if labels is not None:
                    labels.update(_labels_of(item))
                yield item

        def stream(ids: list[str]) -> Iterator[AnnotatedDocument]:
            return counted(watched(_load_for(spec, repo, ids, plan)))

        pending: list[tuple[Path, Path]] = []
        try:
            if spec.kind == "dir":
                temp = _temporary(out)
                _remove(temp)
                temp.mkdir()
                (temp / MARKER).write_text(spec.name + "\n", "utf-8")
                pending.append((temp, out))
                spec.write_dir({p: stream(ids) for p, ids in plan.parts.items()}, temp, ctx)
            else:
                for part, ids in plan.parts.items():
                    final = part_path(out, part)
                    temp = _temporary(final)
                    pending.append((temp, final))
                    spec.write_file(stream(ids), temp, ctx)
            if limits is not None:
                plan.warnings = _warnings(notes)
                plan.limits_checked = True
            if labels is not None:
                plan.labels = dict(sorted(labels.items()))
                plan.labels_counted = True
            for name, data in (spec.extras(ctx, out) if spec.extras else {}).items():
                final = out.with_name(name)
                temp = _temporary(final)
                temp.write_bytes(data)
                pending.append((temp, final))
            manifest_path = out.with_name(out.name + ".manifest.json")
            temp = _temporary(manifest_path)
            manifest = _manifest(repo, plan, spec, ctx, pending, digest())
            temp.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", "utf-8")
            pending.append((temp, manifest_path))
            for temp, final in pending:
                _install(temp, final)
        except BaseException:
            for temp, _final in pending:
                _remove(temp)
            raise
        if progress is not None:
            progress(total, total)
        return ExportResult(plan, [final for _t, final in pending[:-1]], manifest_path)


OFFSET_DESCRIPTIONS: Final = {
    "codepoint": "Unicode code points, end exclusive",
    "utf16": "UTF-16 code units, end exclusive",
}


def _manifest(
    repo: Repository,
    plan: Plan,
    spec: FormatSpec,
    ctx: WriteContext,
    pending: list[tuple[Path, Path]],
    digest: str | None,
) -> dict[str, Any]:
    from annotator.store.db import schema_version

    data: dict[str, Any] = {
        "format": spec.name,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "tool": "annotator",
        "tool_version": __version__,
        "schema_version": schema_version(repo.db),
        "database": {"file": Path(repo.path).name if repo.path else None, "sha256": digest},
        "layer": {
            "kind": plan.layer.kind,
            "annotators": plan.annotators,
            "chosen": plan.layer.chosen,
            "suggestions": sorted(plan.layer.suggesters),
        },
        "records": "one per document and annotator" if plan.per_annotator else "one per document",
        "overlap_policy": plan.overlap,
        "documents": len(plan.document_ids),
        "documents_skipped": {
            reason: {"count": len(ids), "ids": ids} for reason, ids in plan.skipped.items()
        },
        "include_empty": plan.include_empty,
        "boilerplate_dropped": {
            "documents": len(plan.boilerplate or {}),
            "characters": sum(b - a for r in (plan.boilerplate or {}).values() for a, b in r),
        }
        if plan.boilerplate is not None
        else None,
        "spans": plan.spans,
        "relations": plan.relations,
        "labels": plan.labels,
        "spans_per_annotator": plan.spans_per_annotator,
        "parts": {name: len(ids) for name, ids in plan.parts.items()},
        "files": [final.name for _temp, final in pending],
        "warnings": plan.warnings,
        "notes": plan.notes,
        "offset_unit": plan.offset_unit,
        "offsets": OFFSET_DESCRIPTIONS[plan.offset_unit],
    }
    if spec.token_level:
        data["tokenizer"] = ctx.tokenizer
        data["scheme"] = ctx.scheme
        data["segment"] = ctx.segment
        data["id2label"] = dict(enumerate(registry.tag_names(ctx)))
    return data


def describe_formats() -> Mapping[str, str]:
    return {spec.name: spec.description for spec in registry.FORMATS.values()}
