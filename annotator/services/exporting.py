"""Exporting training data: choose a layer and documents, check, write, describe.

Used alike by `annotator export` and the export dialog; Qt-free. Long runs
report through `progress(done, total)` and stop when `cancelled()` is true.
Nothing half-written is ever left behind: every file is written under a
temporary name beside its destination and renamed into place only when the
whole export has succeeded. A manifest (`<out>.manifest.json`) describes
every export: format, time, layer, documents, counts per label, tool and
schema version, and the warnings about what the format could not express.

Layers: one or several annotators by name, all annotators (None), or the
adjudicated gold layer, which is every annotator whose `kind` in the
`annotators` table is 'gold'. Documents: all, 'done' (marked done by at least
one annotator of the layer; for the gold layer by a gold annotator) or a list
of document ids.
"""

from __future__ import annotations

import json
import os
import random
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, TypeVar

from annotator import __version__
from annotator.core.errors import AnnotatorError, InputError
from annotator.core.model import AnnotatedDocument, Document, Relation, Span
from annotator.formats import registry
from annotator.formats.jsonl import DocumentRows, SpanFields, write_jsonl
from annotator.formats.registry import FormatSpec, WriteContext
from annotator.store.layers import count_layer, done_document_ids, gold_annotators, layer_rows
from annotator.store.repository import Repository

SPLIT_NAMES: Final = ("train", "dev", "test")
MARKER: Final = ".annotator-export"

Progress = Callable[[int, int], object]
_Item = TypeVar("_Item", AnnotatedDocument, DocumentRows)


class ExportCancelled(AnnotatorError):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class Layer:
    """Whose spans to export: named annotators, all (annotators=None), or gold."""

    annotators: tuple[str, ...] | None = None
    gold: bool = False

    def describe(self) -> str:
        if self.gold:
            return "gold"
        return "all" if self.annotators is None else ", ".join(self.annotators)


@dataclass
class Plan:
    """What an export will write, checked before anything is written."""

    format: str
    document_ids: list[str]
    parts: dict[str, list[str]]
    annotators: list[str] | None
    spans: int = 0
    relations: int = 0
    labels: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@dataclass
class ExportResult:
    plan: Plan
    files: list[Path]
    manifest: Path


def resolve_annotators(repo: Repository, layer: Layer) -> list[str] | None:
    """The annotator names of a layer (None: every annotator)."""
    if layer.gold:
        return gold_annotators(repo)
    if layer.annotators is None:
        return None
    known = set(repo.annotators())
    missing = [name for name in layer.annotators if name not in known]
    if missing:
        raise InputError(
            f"no annotator called {', '.join(missing)} (known: {', '.join(sorted(known))})"
        )
    return list(layer.annotators)


def select_documents(
    repo: Repository, annotators: list[str] | None, documents: str | Sequence[str]
) -> list[str]:
    """Document ids in import order: 'all', 'done' or the given ids."""
    if isinstance(documents, str):
        if documents == "all":
            return repo.document_ids()
        if documents != "done":
            raise InputError(f"unknown document choice {documents!r}; use all, done or ids")
        return done_document_ids(repo, annotators)
    wanted = list(dict.fromkeys(documents))
    known = set(repo.document_ids())
    missing = [d for d in wanted if d not in known]
    if missing:
        raise InputError(f"no document with id {', '.join(missing[:5])}")
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
        raise InputError("a split is two or three non-negative ratios, e.g. 0.8,0.1,0.1")
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


def _layer_rows(
    repo: Repository, ids: Iterable[str], annotators: list[str] | None
) -> Iterator[tuple[Document, list[SpanFields], list[Relation], dict[str, dict[str, str]]]]:
    """(document, spans as SpanFields, relations, actors): see store.layers.layer_rows."""
    return layer_rows(repo, ids, annotators)


def load_documents(
    repo: Repository, ids: Iterable[str], annotators: list[str] | None
) -> Iterator[AnnotatedDocument]:
    """Each document with the layer's spans and the relations between them.

    Spans are ordered by start, longest first; relations whose two ends are
    both in the layer are kept.
    """
    for document, fields, relations, actors in _layer_rows(repo, ids, annotators):
        doc_id = document.id
        spans = [Span(f[0], doc_id, f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]) for f in fields]
        yield AnnotatedDocument(document, spans, relations, actors=actors)


def load_document_rows(
    repo: Repository, ids: Iterable[str], annotators: list[str] | None
) -> Iterator[DocumentRows]:
    """As `load_documents`, with spans as tuples: what the native JSONL writer takes."""
    for document, fields, relations, actors in _layer_rows(repo, ids, annotators):
        yield DocumentRows(document, fields, relations, actors)


def _context(repo: Repository, scheme: str, tokenizer: str) -> WriteContext:
    return WriteContext(schema=repo.schema(), scheme=scheme, tokenizer=tokenizer)


def _count(
    repo: Repository, ids: Sequence[str], annotators: list[str] | None, labels: Counter[str]
) -> tuple[int, int]:
    """(relations, spans) of the layer in the documents; fills `labels` with span counts."""
    return count_layer(repo, ids, annotators, labels)


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
) -> Plan:
    """Check an export before writing: counts, and warnings with counts for what is lost."""
    spec = registry.get(format_name)
    if scheme not in ("iob2", "bioes"):
        raise InputError(f"unknown tagging scheme {scheme!r}; use iob2 or bioes")
    if tokenizer not in ("default", "spacy"):
        raise InputError(f"unknown tokenizer {tokenizer!r}; use default or spacy")
    if spec.requires is not None:
        spec.requires()
    annotators = resolve_annotators(repo, layer)
    ids = select_documents(repo, annotators, documents)
    plan = Plan(spec.name, ids, split_documents(ids, split, seed), annotators)
    labels: Counter[str] = Counter()
    notes: Counter[str] = Counter()
    ctx = _context(repo, scheme, tokenizer)
    if spec.limitations is None:
        # Nothing to check per document: count in SQL instead of loading everything twice.
        plan.relations, plan.spans = _count(repo, ids, annotators, labels)
    else:
        for item in load_documents(repo, ids, annotators):
            plan.spans += len(item.spans)
            plan.relations += len(item.relations)
            labels.update(span.label for span in item.spans)
            notes.update(spec.limitations(item, ctx))
    plan.labels = dict(sorted(labels.items()))
    plan.warnings = [f"{message}: {count}" for message, count in sorted(notes.items())]
    if not ids:
        plan.warnings.append("no documents match the choice; the export will be empty")
    return plan


def _temporary(path: Path) -> Path:
    return path.with_name(f".{path.name}.part-{os.getpid()}")


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    elif path.exists() or path.is_symlink():
        path.unlink()


def _install(temp: Path, final: Path) -> None:
    """Move a finished temporary file or folder into place."""
    if final.is_dir() and not final.is_symlink():
        if not (final / MARKER).exists() and any(final.iterdir()):
            raise InputError(
                "the folder exists and is not an earlier export; choose another", file=str(final)
            )
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
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    plan: Plan | None = None,
) -> ExportResult:
    """Write an export and its manifest; returns what was written.

    Raises InputError for a bad choice, ExportCancelled when `cancelled()`
    becomes true (nothing is left behind either way), and lets OSError (disk
    full, no permission) through after cleaning up.
    """
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
        )
    ctx = _context(repo, scheme, tokenizer)
    names = [label.name for label in ctx.schema.labels]
    ctx.labels = names + sorted(set(plan.labels) - set(names))
    total = len(plan.document_ids)
    done = 0

    annotators = plan.annotators

    def watched(items: Iterator[_Item]) -> Iterator[_Item]:
        nonlocal done
        for item in items:
            if cancelled is not None and cancelled():
                raise ExportCancelled("the export was cancelled; nothing was written")
            yield item
            done += 1
            if progress is not None and (done % 50 == 0 or done == total):
                progress(done, total)

    def stream(ids: list[str]) -> Iterator[AnnotatedDocument]:
        return watched(load_documents(repo, ids, annotators))

    if not out.parent.exists():
        raise InputError("the folder to write into does not exist", file=str(out.parent))
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
                if spec.name == "jsonl":
                    # Native JSONL is written from rows, without a Span object per span.
                    with temp.open("w", encoding="utf-8", newline="\n") as handle:
                        write_jsonl(watched(load_document_rows(repo, ids, annotators)), handle)
                else:
                    spec.write_file(stream(ids), temp, ctx)
        for name, data in (spec.extras(ctx, out) if spec.extras else {}).items():
            final = out.with_name(name)
            temp = _temporary(final)
            temp.write_bytes(data)
            pending.append((temp, final))
        manifest_path = out.with_name(out.name + ".manifest.json")
        temp = _temporary(manifest_path)
        temp.write_text(
            json.dumps(_manifest(repo, plan, spec, ctx, pending), indent=2, ensure_ascii=False)
            + "\n",
            "utf-8",
        )
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


def _manifest(
    repo: Repository,
    plan: Plan,
    spec: FormatSpec,
    ctx: WriteContext,
    pending: list[tuple[Path, Path]],
) -> dict[str, Any]:
    from annotator.store.db import schema_version

    data: dict[str, Any] = {
        "format": spec.name,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "tool": "annotator",
        "tool_version": __version__,
        "schema_version": schema_version(repo.db),
        "layer": "all" if plan.annotators is None else plan.annotators,
        "documents": len(plan.document_ids),
        "spans": plan.spans,
        "relations": plan.relations,
        "labels": plan.labels,
        "parts": {name: len(ids) for name, ids in plan.parts.items()},
        "files": [final.name for _temp, final in pending],
        "warnings": plan.warnings,
        "offsets": "Unicode code points, end exclusive",
    }
    if spec.token_level:
        data["tokenizer"] = ctx.tokenizer
        data["scheme"] = ctx.scheme
        data["id2label"] = dict(enumerate(registry.tag_names(ctx)))
    return data


def describe_formats() -> Mapping[str, str]:
    return {spec.name: spec.description for spec in registry.FORMATS.values()}
