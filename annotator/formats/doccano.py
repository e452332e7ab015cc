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
from annotator.formats.common import ReadOptions, ReadResult, decode
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
            record = json.loads(line)
            result.items.append(_record(record, name, number, options))
        except json.JSONDecodeError as exc:
            result.problems.append(
                InputError(f"invalid JSON: {exc.msg} (column {exc.colno})", file=name, line=number)
            )
        except InputError as exc:
            exc.file, exc.line = name, number
            result.problems.append(exc)
        except RecursionError:
            result.problems.append(InputError("JSON nested too deeply", file=name, line=number))
    if not result.items and not result.problems:
        result.problems.append(InputError("the file holds no records", file=name))
    return result


def _int(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(f"{what} must be a whole number, not {value!r}")
    return value


def _record(raw: Any, name: str, number: int, options: ReadOptions) -> AnnotatedDocument:
    if not is_doccano(raw):
        raise InputError('a doccano record needs "text" and "label" or "entities"')
    raw_text: str = raw["text"]
    text, mapping = normalise_with_offsets(raw_text)
    title = (
        raw.get("title") or headline(text) or f"{title_from_filename(PurePath(name).stem)} {number}"
    )
    document = Document.from_text(text, title=str(title), source=name)
    schema = options.schema
    if "entities" in raw:
        entities = [
            (e.get("id"), e.get("start_offset"), e.get("end_offset"), e.get("label"), e)
            for e in raw.get("entities") or []
            if isinstance(e, dict)
        ]
    else:
        entities = []
        for n, entry in enumerate(raw["label"], start=1):
            if not isinstance(entry, list) or len(entry) != 3:
                raise InputError(f"label {n} must be [start, end, label]")
            entities.append((n, entry[0], entry[1], entry[2], {}))
    spans: dict[Any, Span] = {}
    for n, (eid, start_raw, end_raw, label, extra) in enumerate(entities, start=1):
        start, end = _int(start_raw, f"entity {n}: start"), _int(end_raw, f"entity {n}: end")
        if not 0 <= start < end <= len(raw_text):
            raise InputError(
                f"entity {n}: [{start}, {end}) is outside the text of {len(raw_text)} characters"
            )
        if not isinstance(label, str) or not schema.has_label(label):
            raise InputError(
                f"entity {n}: unknown label {label!r} (known: {', '.join(schema.names)})"
            )
        if mapping is not None:
            start, end = mapping[start], mapping[end]
        annotator = str(extra.get("annotator") or options.annotator)
        spans[eid] = Span(
            id=str(
                extra.get("span_id") or imported_span_id(document.id, start, end, label, annotator)
            ),
            document_id=document.id,
            start=start,
            end=end,
            label=label,
            annotator=annotator,
            provenance="imported",
        )
    relations = []
    for n, rel in enumerate(raw.get("relations") or [], start=1):
        if (
            not isinstance(rel, dict)
            or rel.get("from_id") not in spans
            or rel.get("to_id") not in spans
        ):
            raise InputError(f"relation {n}: from_id/to_id is not an entity of the record")
        head, tail = spans[rel["from_id"]], spans[rel["to_id"]]
        try:
            kind = schema.relation(str(rel.get("type")))
        except AnnotatorError as exc:
            raise InputError(f"relation {n}: {exc.reason}") from exc
        if head.label != kind.head or tail.label != kind.tail:
            raise InputError(
                f"relation {n}: a {kind.name} relation goes from {kind.head} to {kind.tail}"
            )
        relations.append(
            Relation(
                id=str(rel.get("relation_id") or imported_relation_id(head.id, tail.id, kind.name)),
                head_id=head.id,
                tail_id=tail.id,
                type=kind.name,
                annotator=str(rel.get("annotator") or head.annotator),
            )
        )
    return AnnotatedDocument(document, list(spans.values()), relations)
