"""Reading JSON Lines (and JSON arrays) of documents with optional spans and relations.

Each record: {"text": str, "meta": {...}?, "spans": [{"start", "end", "label",
"id"?, "annotator"?, "attributes"?, "provenance"?}]?, "relations": [{"label",
"head_span": {...}, "child_span": {...}} or {"label", "head_id", "child_id"}]?}.
Offsets are code points into `text` as given; if the text has "\\r\\n" or
other line breaks that normalisation changes, the offsets are moved with it.
A bad record is reported with its line number and skipped; the rest import.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import PurePath
from typing import Any

from annotator.core.errors import AnnotatorError, InputError
from annotator.core.model import (
    PROVENANCES,
    AnnotatedDocument,
    Document,
    Relation,
    Span,
    imported_relation_id,
    imported_span_id,
)
from annotator.core.text import headline, normalise_with_offsets, title_from_filename
from annotator.formats.common import ReadOptions, ReadResult, decode

MAX_DEPTH = 64


def _records(text: str, name: str) -> Iterator[tuple[int, Any] | InputError]:
    stripped = text.lstrip()
    if stripped.startswith("[") and PurePath(name).suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as exc:
            line = getattr(exc, "lineno", None)
            yield InputError(f"invalid JSON: {getattr(exc, 'msg', exc)}", file=name, line=line)
            return
        for record in data:
            yield (None, record)  # type: ignore[misc]
        return
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"invalid JSON: {exc.msg} (column {exc.colno})", file=name,
                             line=number)
        except RecursionError:
            yield InputError("JSON nested too deeply", file=name, line=number)


def _int(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(f"{what} must be a whole number, not {value!r}")
    return value


def _record(raw: Any, name: str, line: int | None, options: ReadOptions) -> AnnotatedDocument:
    if not isinstance(raw, dict):
        raise InputError("a record must be a JSON object with a \"text\" field")
    text_raw = raw.get("text")
    if not isinstance(text_raw, str):
        raise InputError('the record has no "text" string')
    text, mapping = normalise_with_offsets(text_raw)
    if not text.strip():
        raise InputError('the "text" is empty')
    meta = raw.get("meta") or {}
    if not isinstance(meta, dict):
        raise InputError('"meta" must be an object')
    title = meta.get("title") or raw.get("title") or headline(text)
    if not title:
        stem = title_from_filename(PurePath(name).stem)
        title = f"{stem} {line}" if line is not None else stem
    published = meta.get("published") or raw.get("published")
    source = str(meta.get("source") or meta.get("url") or name)
    document = Document.from_text(
        text,
        title=str(title),
        source=source,
        published=str(published) if published else None,
        meta=meta,
    )
    schema = options.schema
    spans: list[Span] = []
    by_key: dict[tuple[int, int, str], Span] = {}
    by_id: dict[str, Span] = {}
    raw_spans = raw.get("spans") or []
    if not isinstance(raw_spans, list):
        raise InputError('"spans" must be a list')
    for index, item in enumerate(raw_spans, start=1):
        where = f"span {index}"
        if not isinstance(item, dict):
            raise InputError(f"{where} is not an object")
        start = _int(item.get("start"), f"{where}: start")
        end = _int(item.get("end"), f"{where}: end")
        if not 0 <= start < end <= len(text_raw):
            raise InputError(
                f"{where}: [{start}, {end}) is outside the text of {len(text_raw)} characters"
            )
        if mapping is not None:
            start, end = mapping[start], mapping[end]
            if start >= end:
                raise InputError(f"{where}: holds only a line break")
        label = item.get("label")
        if not isinstance(label, str) or not schema.has_label(label):
            raise InputError(f"{where}: unknown label {label!r} (known: {', '.join(schema.names)})")
        attributes = item.get("attributes") or {}
        if not isinstance(attributes, dict):
            raise InputError(f"{where}: attributes must be an object")
        try:
            attributes = schema.validate_attributes(label, attributes)
        except AnnotatorError as exc:
            raise InputError(f"{where}: {exc.reason}") from exc
        annotator = str(item.get("annotator") or options.annotator)
        provenance = str(item.get("provenance") or "imported")
        if provenance not in PROVENANCES:
            raise InputError(f"{where}: unknown provenance {provenance!r}")
        span_id = item.get("id")
        span = Span(
            id=str(span_id) if span_id else imported_span_id(
                document.id, start, end, label, annotator
            ),
            document_id=document.id,
            start=start,
            end=end,
            label=label,
            annotator=annotator,
            attributes=attributes,
            provenance=provenance,
            created=str(item.get("created") or ""),
            updated=str(item.get("updated") or ""),
        )
        spans.append(span)
        by_key.setdefault((span.start, span.end, span.label), span)
        by_id[span.id] = span
    relations: list[Relation] = []
    raw_relations = raw.get("relations") or []
    if not isinstance(raw_relations, list):
        raise InputError('"relations" must be a list')
    for index, item in enumerate(raw_relations, start=1):
        where = f"relation {index}"
        if not isinstance(item, dict):
            raise InputError(f"{where} is not an object")
        ends = []
        for id_key, span_key in (("head_id", "head_span"), ("child_id", "child_span")):
            found = None
            ref = item.get(id_key) or (item.get(span_key) or {}).get("id")
            if ref is not None:
                found = by_id.get(str(ref))
            if found is None and isinstance(item.get(span_key), dict):
                ref_span = item[span_key]
                try:
                    s = _int(ref_span.get("start"), f"{where}: {span_key}.start")
                    e = _int(ref_span.get("end"), f"{where}: {span_key}.end")
                except InputError:
                    raise
                if mapping is not None and 0 <= s < e <= len(text_raw):
                    s, e = mapping[s], mapping[e]
                found = by_key.get((s, e, str(ref_span.get("label"))))
            if found is None:
                raise InputError(f"{where}: its {span_key} is not among the record's spans")
            ends.append(found)
        type_ = str(item.get("label") or item.get("type") or "")
        try:
            kind = schema.relation(type_)
        except AnnotatorError as exc:
            raise InputError(f"{where}: {exc.reason}") from exc
        head, tail = ends
        if head.label != kind.head or tail.label != kind.tail:
            raise InputError(
                f"{where}: a {kind.name} relation goes from {kind.head} to {kind.tail}"
            )
        rel_id = item.get("id")
        relations.append(
            Relation(
                id=str(rel_id) if rel_id else imported_relation_id(head.id, tail.id, kind.name),
                head_id=head.id,
                tail_id=tail.id,
                type=kind.name,
                annotator=str(item.get("annotator") or head.annotator),
                created=str(item.get("created") or ""),
            )
        )
    return AnnotatedDocument(document, spans, relations, line=line)


def read_jsonl(data: bytes, name: str, options: ReadOptions | None = None) -> ReadResult:
    """Documents from JSON Lines (or a .json array); bad records become problems."""
    options = options or ReadOptions()
    result = ReadResult()
    for entry in _records(decode(data, name, options.encoding), name):
        if isinstance(entry, InputError):
            result.problems.append(entry)
            continue
        line, raw = entry
        try:
            result.items.append(_record(raw, name, line, options))
        except InputError as exc:
            exc.file, exc.line = name, line
            result.problems.append(exc)
        except RecursionError:
            result.problems.append(InputError("record nested too deeply", file=name, line=line))
    if not result.items and not result.problems:
        result.problems.append(InputError("the file holds no records", file=name))
    return result
