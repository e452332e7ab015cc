"""doccano JSONL, both forms its import and export use.

- sequence labelling: {"text": ..., "label": [[start, end, "LABEL"], ...]}
- relation extraction: {"text": ..., "entities": [{"id", "label",
  "start_offset", "end_offset"}], "relations": [{"id", "from_id", "to_id",
  "type"}]}
We write the relation-extraction form (it holds everything the other does),
with the span's annotator as doccano's per-entity extra key "annotator".
doccano has no attributes: they are left out and counted in the warnings.
Offsets are written in UTF-16 code units by default: doccano's current
annotation view (v-annotator) counts in JavaScript string positions, so code
points would put every span after an emoji one unit early (doccano issues
#2290, #2484). Older versions counted code points: the export's `offsets`
option writes those instead. The manifest names the unit.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePath
from typing import Any

from annotator.core.errors import AnnotatorError, InputError
from annotator.core.model import (
    AnnotatedDocument,
    Document,
    Relation,
    Span,
    imported_relation_id,
    imported_span_id,
)
from annotator.core.offsets import Utf16Map
from annotator.core.text import headline, normalise_with_offsets, title_from_filename
from annotator.formats.common import (
    ReadOptions,
    ReadResult,
    decode,
    list_field,
    load_json,
    text_field,
    unexpected,
)
from annotator.formats.tagging import WriteContext


def doccano_record(item: AnnotatedDocument, number: int, unit: str = "utf16") -> dict[str, Any]:
    """One doccano record; offsets in UTF-16 code units (`unit="utf16"`) or code points."""
    index = {span.id: i for i, span in enumerate(item.spans, start=1)}
    convert = Utf16Map(item.document.text).to_utf16 if unit == "utf16" else int
    return {
        "id": number,
        "text": item.document.text,
        "title": item.document.title,
        "document_id": item.document.id,
        "entities": [
            {
                "id": index[s.id],
                "label": s.label,
                "start_offset": convert(s.start),
                "end_offset": convert(s.end),
                "annotator": s.annotator,
                "span_id": s.id,
            }
            for s in item.spans
        ],
        "relations": [
            {
                "id": n,
                "from_id": index[r.head_id],
                "to_id": index[r.tail_id],
                "type": r.type,
                "annotator": r.annotator,
                "relation_id": r.id,
            }
            for n, r in enumerate(item.relations, start=1)
        ],
    }


def write_doccano_file(items: Iterable[AnnotatedDocument], path: Path, ctx: WriteContext) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for number, item in enumerate(items, start=1):
            record = doccano_record(item, number, ctx.offset_unit)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def doccano_limitations(item: AnnotatedDocument, ctx: WriteContext) -> Iterator[str]:
    for span in item.spans:
        if span.attributes:
            yield "spans whose attributes doccano cannot hold (left out)"


def is_doccano(record: Any) -> bool:
    return (
        isinstance(record, dict)
        and isinstance(record.get("text"), str)
        and ("entities" in record or isinstance(record.get("label"), list))
        and "spans" not in record
    )


def read_doccano(data: bytes, name: str, options: ReadOptions | None = None) -> ReadResult:
    """Documents from doccano JSONL (either form); a bad line is reported and skipped."""
    options = options or ReadOptions()
    result = ReadResult()
    for number, line in enumerate(decode(data, name, options.encoding).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            result.items.append(_record(load_json(line), name, number, options))
        except InputError as exc:
            exc.file, exc.line = name, number
            result.problems.append(exc)
        except RecursionError:
            result.problems.append(InputError("JSON nested too deeply", file=name, line=number))
        except Exception as exc:  # a check we did not foresee: this line, not the file
            problem = unexpected(exc, "the record")
            problem.file, problem.line = name, number
            result.problems.append(problem)
    if not result.items and not result.problems:
        result.problems.append(InputError("the file holds no records", file=name))
    return result


def _int(value: Any, what: str) -> int:
    if type(value) is not int:
        shown = repr(value)
        shown = shown if len(shown) <= 60 else shown[:57] + "..."
        raise InputError(f"{what} must be a whole number, not {shown}")
    return value


def _key(value: Any, what: str) -> str:
    """An entity id as a key relations can refer to (doccano numbers them)."""
    if value is None:
        raise InputError(f"{what} has no id")
    return text_field(value, what)


def _record(raw: Any, name: str, number: int, options: ReadOptions) -> AnnotatedDocument:
    if not is_doccano(raw):
        raise InputError('a doccano record needs "text" and "label" or "entities"')
    raw_text: str = raw["text"]
    text, mapping = normalise_with_offsets(raw_text)
    if not text.strip():
        raise InputError('the "text" is empty')
    title_raw = raw.get("title")
    title = (
        (
            text_field(title_raw, "the title", max_length=None)[:1000]
            if isinstance(title_raw, str)
            else ""
        )
        or headline(text)
        or f"{title_from_filename(PurePath(name).stem)} {number}"
    )
    document = Document.from_text(text, title=title, source=name)
    schema = options.schema
    entities: list[tuple[str, Any, Any, Any, dict[str, Any]]] = []
    if "entities" in raw:
        for n, e in enumerate(list_field(raw.get("entities"), '"entities"'), start=1):
            if not isinstance(e, dict):
                raise InputError(f"entity {n} is not an object")
            entities.append(
                (
                    _key(e.get("id", n), f"entity {n}: id"),
                    e.get("start_offset"),
                    e.get("end_offset"),
                    e.get("label"),
                    e,
                )
            )
    else:
        for n, entry in enumerate(raw["label"], start=1):
            if not isinstance(entry, list) or len(entry) != 3:
                raise InputError(f"label {n} must be [start, end, label]")
            entities.append((str(n), entry[0], entry[1], entry[2], {}))
    spans: dict[str, Span] = {}
    for n, (eid, start_raw, end_raw, label, extra) in enumerate(entities, start=1):
        start, end = _int(start_raw, f"entity {n}: start"), _int(end_raw, f"entity {n}: end")
        if not 0 <= start < end <= len(raw_text):
            raise InputError(
                f"entity {n}: [{start}, {end}) is outside the text of {len(raw_text)} characters"
            )
        if not isinstance(label, str) or not schema.has_label(label):
            shown = repr(label)[:60]
            raise InputError(
                f"entity {n}: unknown label {shown} (known: {', '.join(schema.names)})"
            )
        if mapping is not None:
            start, end = mapping[start], mapping[end]
            if start >= end:
                raise InputError(f"entity {n}: holds only a line break")
        annotator = text_field(extra.get("annotator"), f"entity {n}: annotator", options.annotator)
        span_id = text_field(extra.get("span_id"), f"entity {n}: span_id")
        if eid in spans:
            raise InputError(f"entity {n}: the id {eid!r} is used twice in the record")
        spans[eid] = Span(
            id=span_id or imported_span_id(document.id, start, end, label, annotator),
            document_id=document.id,
            start=start,
            end=end,
            label=label,
            annotator=annotator,
            provenance="imported",
        )
    relations = []
    for n, rel in enumerate(list_field(raw.get("relations"), '"relations"'), start=1):
        if not isinstance(rel, dict):
            raise InputError(f"relation {n} is not an object")
        from_id, to_id = rel.get("from_id"), rel.get("to_id")
        head = spans.get(_key(from_id, f"relation {n}: from_id"))
        tail = spans.get(_key(to_id, f"relation {n}: to_id"))
        if head is None or tail is None:
            raise InputError(f"relation {n}: from_id/to_id is not an entity of the record")
        type_ = rel.get("type")
        if not isinstance(type_, str):
            raise InputError(f"relation {n}: the type must be text")
        try:
            kind = schema.relation(type_)
        except AnnotatorError as exc:
            raise InputError(f"relation {n}: {exc.reason}") from exc
        if head.label != kind.head or tail.label != kind.tail:
            raise InputError(
                f"relation {n}: a {kind.name} relation goes from {kind.head} to {kind.tail}"
            )
        relations.append(
            Relation(
                id=text_field(rel.get("relation_id"), f"relation {n}: relation_id")
                or imported_relation_id(head.id, tail.id, kind.name),
                head_id=head.id,
                tail_id=tail.id,
                type=kind.name,
                annotator=text_field(
                    rel.get("annotator"), f"relation {n}: annotator", head.annotator
                ),
            )
        )
    return AnnotatedDocument(document, list(spans.values()), relations)
