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

Each record we write names its unit ("offset_unit", an extra key doccano
keeps as metadata), so our own files are read back exactly. Reading any
other file, its unit is told from the file itself unless the user names it
(`ReadOptions.offsets`, `annotator import --offsets`): only characters
outside the Basic Multilingual Plane (emoji, some scripts) make the two
readings differ, and where they do, every span edge is read both ways and
the reading that puts more edges inside the text on word boundaries wins; a
tie goes to UTF-16, the unit of doccano's current version. The result notes
which reading was used and why.
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
)
from annotator.core.offsets import Utf16Map
from annotator.core.spans import read_span
from annotator.core.text import headline, normalise_with_offsets, title_from_filename
from annotator.formats.common import (
    REMOVED_ONLY,
    ReadOptions,
    ReadResult,
    decode,
    list_field,
    load_json,
    offsets_problem,
    text_field,
    unexpected,
)
from annotator.formats.jsonl import streamed_records, streams_by_line
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
        # Our own mark of the unit: reading the file back never has to guess it.
        "offset_unit": unit,
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


OFFSET_UNITS = ("utf16", "codepoint")
_UNIT_NAMES = {"utf16": "UTF-16 units", "codepoint": "code points"}


def _entity_offsets(raw: Any) -> Iterator[tuple[int, int]]:
    """The (start, end) pairs of a record's entities that are whole numbers."""
    if "entities" in raw:
        entries = raw.get("entities")
        pairs = (
            (e.get("start_offset"), e.get("end_offset"))
            for e in (entries if isinstance(entries, list) else [])
            if isinstance(e, dict)
        )
    else:
        entries = raw.get("label")
        pairs = (
            (e[0], e[1])
            for e in (entries if isinstance(entries, list) else [])
            if isinstance(e, list) and len(e) == 3
        )
    for start, end in pairs:
        if type(start) is int and type(end) is int:
            yield start, end


def _on_boundary(text: str, offset: int | None) -> bool:
    """Whether code-point `offset` lies inside `text` and not between two word characters."""
    if offset is None or not 0 <= offset <= len(text):
        return False
    if offset in (0, len(text)):
        return True
    return not (text[offset - 1].isalnum() and text[offset].isalnum())


def _from_utf16(umap: Utf16Map, position: int) -> int | None:
    """The code point at UTF-16 `position`, or None outside the text or inside a pair."""
    if not 0 <= position <= umap.length_u16:
        return None
    offset = umap.to_codepoint(position)
    return offset if umap.to_utf16(offset) == position else None


def detect_offset_unit(records: Iterable[Any]) -> tuple[str, str | None]:
    """The offset unit of doccano `records` (parsed JSON) and a note saying how it was told.

    Only texts with characters outside the BMP are evidence. Each span edge
    scores for a reading when, read that way, it lies inside the text on a
    word boundary; the higher score wins, a tie goes to "utf16". The note is
    None when no text made the readings differ (either unit gives the same spans).
    """
    scores = {"utf16": 0, "codepoint": 0}
    edges = 0
    for raw in records:
        if not is_doccano(raw):
            continue
        text: str = raw["text"]
        umap = Utf16Map(text)
        if umap.is_identity:
            continue
        for start, end in _entity_offsets(raw):
            edges += 2
            for edge in (start, end):
                scores["codepoint"] += _on_boundary(text, edge)
                scores["utf16"] += _on_boundary(text, _from_utf16(umap, edge))
    if edges == 0 or scores["utf16"] == scores["codepoint"]:
        if edges == 0:
            return "utf16", None
        why = "the two readings fit equally well, so doccano's current unit"
    else:
        why = "more span edges fall on word boundaries that way"
    unit = "codepoint" if scores["codepoint"] > scores["utf16"] else "utf16"
    other = "codepoint" if unit == "utf16" else "utf16"
    note = (
        f"doccano offsets read as {_UNIT_NAMES[unit]}: {why} ({scores[unit]} of {edges} "
        f"edges, against {scores[other]} as {_UNIT_NAMES[other]}); "
        f"`annotator import --offsets {other}` reads them as {_UNIT_NAMES[other]}"
    )
    return unit, note


def read_doccano(data: bytes, name: str, options: ReadOptions | None = None) -> ReadResult:
    """Documents from doccano JSONL (either form); a bad line is reported and skipped.

    Offsets are read in `options.offsets` ("utf16" or "codepoint"), or in the
    unit `detect_offset_unit` tells from the file, noted in `result.notes`.
    """
    options = options or ReadOptions()
    result = ReadResult()
    parsed: list[tuple[int, Any]] = []
    for number, line in enumerate(decode(data, name, options.encoding).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            parsed.append((number, load_json(line)))
        except Exception as exc:
            result.problems.append(_line_problem(exc, name, number))
    marked = {_unit_mark(raw) for _number, raw in parsed if isinstance(raw, dict)}
    if options.offsets in OFFSET_UNITS:
        unit = options.offsets
    elif len(marked) == 1 and (only := next(iter(marked))) in OFFSET_UNITS:
        unit = only  # every record says its unit (annotator's own export)
    else:
        try:
            unit, note = detect_offset_unit(raw for _number, raw in parsed)
        except Exception as exc:  # a shape the detection did not foresee: the file's reading
            problem = unexpected(exc, "the offsets")
            problem.file = name
            result.problems.append(problem)
            return result
        if note is not None:
            result.notes.append(note)
    for number, raw in parsed:
        try:
            result.items.append(_record(raw, name, number, options, unit))
        except Exception as exc:
            result.problems.append(_line_problem(exc, name, number))
    if not result.items and not result.problems:
        result.problems.append(InputError("the file holds no records", file=name))
    return result


def iter_doccano_file(
    path: Path, name: str, options: ReadOptions | None = None, notes: list[str] | None = None
) -> Iterator[AnnotatedDocument | InputError]:
    """`read_doccano` a line at a time from the file: memory bounded by the largest record.

    The file is read twice: once to tell the offset unit (unless `options.offsets`
    names it or every record marks it), once to read the records. The note on the
    unit is appended to `notes`. A file that is not UTF-8 JSON Lines (another
    encoding, a byte-order mark of UTF-16/32, empty or binary) is read whole.
    """
    options = options or ReadOptions()
    if not streams_by_line(path, options):
        result = read_doccano(path.read_bytes(), name, options)
        if notes is not None:
            notes.extend(result.notes)
        yield from result.problems
        yield from result.items
        return
    unit = options.offsets if options.offsets in OFFSET_UNITS else None
    if unit is None:
        marked: set[Any] = set()

        def records() -> Iterator[Any]:
            for entry in streamed_records(path, name):
                if not isinstance(entry, InputError):
                    if isinstance(entry[1], dict):
                        marked.add(_unit_mark(entry[1]))
                    yield entry[1]

        seen = records()
        failure: Exception | None = None
        try:
            detected, note = detect_offset_unit(seen)
        except Exception as exc:  # a shape the detection did not foresee
            failure = exc
            for _ in seen:  # the marks of the remaining records
                pass
        if len(marked) == 1 and (only := next(iter(marked))) in OFFSET_UNITS:
            unit = only  # every record says its unit (annotator's own export)
        elif failure is not None:  # the file's reading, as read_doccano says it
            problem = unexpected(failure, "the offsets")
            problem.file = name
            yield problem
            return
        else:
            unit = detected
            if note is not None and notes is not None:
                notes.append(note)
    empty = True
    for entry in streamed_records(path, name):
        empty = False
        if isinstance(entry, InputError):
            yield entry
            continue
        number, raw = entry
        try:
            yield _record(raw, name, number or 0, options, unit)
        except Exception as exc:
            yield _line_problem(exc, name, number or 0)
    if empty:
        yield InputError("the file holds no records", file=name)


def _unit_mark(record: dict[str, Any]) -> str | None:
    """The unit a record says it counts in, as a set member: None unless a string (a
    list or an object someone wrote there is no unit, and must not break the set)."""
    value = record.get("offset_unit")
    return value if isinstance(value, str) else None


def _line_problem(exc: Exception, name: str, number: int) -> InputError:
    """What went wrong with one line: its own error, too deep, or a check not foreseen."""
    if isinstance(exc, InputError):
        exc.file, exc.line = name, number
        return exc
    if isinstance(exc, RecursionError):
        return InputError("JSON nested too deeply", file=name, line=number)
    problem = unexpected(exc, "the record")  # a check we did not foresee: this line, not the file
    problem.file, problem.line = name, number
    return problem


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


def _record(
    raw: Any, name: str, number: int, options: ReadOptions, unit: str = "codepoint"
) -> AnnotatedDocument:
    if not is_doccano(raw):
        raise InputError('a doccano record needs "text" and "label" or "entities"')
    raw_text: str = raw["text"]
    umap = Utf16Map(raw_text) if unit == "utf16" else None
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
        if umap is not None and not umap.is_identity:
            if not 0 <= start < end <= umap.length_u16:
                problem = offsets_problem(start, end, umap.length_u16, "UTF-16 units")
                raise InputError(f"entity {n}: {problem}")
            start_cp, end_cp = _from_utf16(umap, start), _from_utf16(umap, end)
            if start_cp is None or end_cp is None:
                raise InputError(
                    f"entity {n}: [{start}, {end}) splits a character in two "
                    "(read as UTF-16 units; `annotator import --offsets codepoint` reads "
                    "code points)"
                )
            start, end = start_cp, end_cp
        if not 0 <= start < end <= len(raw_text):
            raise InputError(f"entity {n}: {offsets_problem(start, end, len(raw_text))}")
        if not isinstance(label, str) or not schema.has_label(label):
            shown = repr(label)[:60]
            raise InputError(
                f"entity {n}: unknown label {shown} (known: {', '.join(schema.names)})"
            )
        if mapping is not None:
            start, end = mapping[start], mapping[end]
            if start >= end:
                raise InputError(f"entity {n}: {REMOVED_ONLY}")
        annotator = text_field(extra.get("annotator"), f"entity {n}: annotator", options.annotator)
        span_id = text_field(extra.get("span_id"), f"entity {n}: span_id")
        if eid in spans:
            raise InputError(f"entity {n}: the id {eid!r} is used twice in the record")
        spans[eid] = read_span(document.id, start, end, label, annotator, span_id=span_id)
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
