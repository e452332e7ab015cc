"""Our native JSON Lines: reading (with optional spans and relations) and writing.

Each record: {"text": str, "meta": {...}?, "spans": [{"start", "end", "label",
"id"?, "annotator"?, "attributes"?, "provenance"?}]?, "relations": [{"label",
"head_span": {...}, "child_span": {...}} or {"label", "head_id", "child_id"}]?}.
Offsets are code points into `text` as given; if the text has "\\r\\n" or
other line breaks that normalisation changes, the offsets are moved with it.
A bad record is reported with its line number and skipped; the rest import.

`write_jsonl` writes the lossless native form (spaCy/Prodigy style): `text`,
`meta` (title, source, published, document_id, sha256 and the document's own
metadata, whose keys are listed in `meta_keys`), `tokens` [{text, start, end,
id}], `spans` [{id, start, end, label, token_start, token_end (inclusive, as in
Prodigy), annotator, attributes, provenance, created, updated}] and
`relations` [{id, head, child, label, annotator, created, head_span,
child_span}]. As in Prodigy, `head` and `child` are token indices; we use the
span's LAST token (`token_end`). For the speaker relation the head is the
QUOTE and the child the ACTOR. Reading a file we wrote gives back the same
documents, ids, annotators, attributes, provenance, times and relations.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Iterator
from json.encoder import encode_basestring as _encode_string  # the C escaper, non-ASCII kept
from operator import itemgetter
from pathlib import Path, PurePath
from typing import Any

from annotator.core.errors import AnnotatorError, InputError
from annotator.core.model import (
    PROVENANCES,
    AnnotatedDocument,
    Document,
    DocumentRows,
    Relation,
    Span,
    SpanRecord,
    imported_relation_id,
    span_records,
)
from annotator.core.spans import read_span
from annotator.core.text import headline, normalise_with_offsets, title_from_filename
from annotator.core.tokenize import token_offsets
from annotator.formats.common import (
    ENCODING_HINT,
    REMOVED_ONLY,
    ReadOptions,
    ReadResult,
    clean_json,
    clean_name,
    decode,
    dict_field,
    list_field,
    load_json,
    offsets_problem,
    text_field,
    unexpected,
)

MAX_DEPTH = 64
# UTF-16 and UTF-32 byte-order marks start with one of these: such files are read whole.
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)
_ARRAY_START = re.compile(r"\s*\[")


def _records(text: str, name: str) -> Iterator[tuple[int | None, Any] | InputError]:
    if _ARRAY_START.match(text) and PurePath(name).suffix.lower() == ".json":
        try:
            data = load_json(text)
        except InputError as exc:
            exc.file = name
            yield exc
            return
        for record in data if isinstance(data, list) else [data]:
            yield (None, record)
        return
    for number, line in enumerate(text.split("\n"), start=1):
        if not line or line.isspace():
            continue
        try:
            yield number, load_json(line)
        except InputError as exc:
            exc.file, exc.line = name, number
            yield exc


def _int(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(f"{what} must be a whole number, not {_short(value)}")
    return value


def _record(raw: Any, name: str, line: int | None, options: ReadOptions) -> AnnotatedDocument:
    if not isinstance(raw, dict):
        raise InputError('a record must be a JSON object with a "text" field')
    text_raw = raw.get("text")
    if not isinstance(text_raw, str):
        raise InputError('the record has no "text" string')
    text, mapping = normalise_with_offsets(text_raw)
    if not text or text.isspace():
        raise InputError('the "text" is empty')
    meta = dict_field(raw.get("meta") or None, '"meta"')
    # Title, source and date are descriptive: one of an unusable type is ignored.
    title = _optional(meta.get("title"))[:1000] or _optional(raw.get("title"))[:1000]
    title = title or headline(text) or ""
    if not title:
        stem = title_from_filename(PurePath(name).stem)
        title = f"{stem} {line}" if line is not None else stem
    published = _optional(meta.get("published") or raw.get("published"))[:100]
    source = _optional(meta.get("source") or meta.get("url")) or name
    own_keys = raw.get("meta_keys")
    if isinstance(own_keys, list):
        # Our own export: source, published and the document's metadata verbatim.
        source = _optional(meta.get("source"))
        published = _optional(meta.get("published"))[:100]
        meta = {k: meta[k] for k in own_keys if isinstance(k, str) and k in meta}
    document = Document.from_text(
        text,
        title=title,
        source=source,
        published=published or None,
        meta=clean_json(meta, '"meta"'),
    )
    schema = options.schema
    spans: list[Span] = []
    by_key: dict[tuple[int, int, str], Span] = {}
    by_id: dict[str, Span] = {}
    actors: dict[str, dict[str, str]] = {}
    raw_spans = list_field(raw.get("spans"), '"spans"')
    for index, item in enumerate(raw_spans, start=1):
        where = f"span {index}"
        if not isinstance(item, dict):
            raise InputError(f"{where} is not an object")
        start, end = item.get("start"), item.get("end")
        if type(start) is not int or type(end) is not int:  # the bulk path skips the messages
            start = _int(start, f"{where}: start")
            end = _int(end, f"{where}: end")
        if not 0 <= start < end <= len(text_raw):
            raise InputError(f"{where}: {offsets_problem(start, end, len(text_raw))}")
        if mapping is not None:
            start, end = mapping[start], mapping[end]
            if start >= end:
                raise InputError(f"{where}: {REMOVED_ONLY}")
        label = item.get("label")
        if not isinstance(label, str) or not schema.has_label(label):
            raise InputError(
                f"{where}: unknown label {_short(label)} (known: {', '.join(schema.names)})"
            )
        attributes = dict_field(item.get("attributes") or None, f"{where}: attributes")
        try:
            # No attributes (most spans) need no checking: the label is known.
            attributes = schema.validate_attributes(label, attributes) if attributes else {}
        except AnnotatorError as exc:
            raise InputError(f"{where}: {exc.reason}") from exc
        if attributes:
            attributes = clean_json(attributes, f"{where}: attributes")
        annotator = item.get("annotator")
        if type(annotator) is not str or not annotator.isprintable() or not annotator.strip():
            annotator = text_field(annotator, f"{where}: annotator", options.annotator)
        provenance = item.get("provenance") or "imported"
        if provenance not in PROVENANCES:
            raise InputError(f"{where}: unknown provenance {_short(provenance)}")
        span_id = item.get("id")
        if type(span_id) is not str or not span_id.isprintable():
            span_id = text_field(span_id, f"{where}: id")
        span = read_span(
            document.id,
            start,
            end,
            label,
            annotator,
            span_id=span_id,
            attributes=attributes,
            provenance=provenance,
            created=text_field(item.get("created"), f"{where}: created"),
            updated=text_field(item.get("updated"), f"{where}: updated"),
        )
        spans.append(span)
        by_key.setdefault((span.start, span.end, span.label), span)
        by_id.setdefault(span.id, span)
        actor = item.get("actor")
        if actor is not None:
            # The canonical actor an ACTOR span is linked to (the registry of issue 8).
            if (
                not isinstance(actor, dict)
                or not isinstance(actor.get("id"), str)
                or not isinstance(actor.get("name"), str)
                or not actor["name"].strip()
            ):
                raise InputError(f'{where}: "actor" must be an object with an id and a name')
            actors[span.id] = {
                "id": text_field(actor["id"], f"{where}: actor id"),
                "name": text_field(actor["name"], f"{where}: actor name"),
            }
    relations: list[Relation] = []
    raw_relations = list_field(raw.get("relations"), '"relations"')
    for index, item in enumerate(raw_relations, start=1):
        where = f"relation {index}"
        if not isinstance(item, dict):
            raise InputError(f"{where} is not an object")
        ends = []
        for id_key, span_key in (("head_id", "head_span"), ("child_id", "child_span")):
            found = None
            ref_span = dict_field(item.get(span_key), f"{where}: {span_key}")
            ref = item.get(id_key) or ref_span.get("id")
            if isinstance(ref, str | int) and not isinstance(ref, bool):
                found = by_id.get(text_field(ref, f"{where}: {id_key}"))
            if found is None and ref_span:
                s = _int(ref_span.get("start"), f"{where}: {span_key}.start")
                e = _int(ref_span.get("end"), f"{where}: {span_key}.end")
                if mapping is not None and 0 <= s < e <= len(text_raw):
                    s, e = mapping[s], mapping[e]
                found = by_key.get((s, e, str(ref_span.get("label"))))
            if found is None:
                raise InputError(f"{where}: its {span_key} is not among the record's spans")
            ends.append(found)
        type_ = item.get("label") or item.get("type") or ""
        if not isinstance(type_, str):
            raise InputError(f"{where}: the relation type must be text")
        try:
            kind = schema.relation(type_)
        except AnnotatorError as exc:
            raise InputError(f"{where}: {exc.reason}") from exc
        head, tail = ends
        if head.label != kind.head or tail.label != kind.tail:
            raise InputError(
                f"{where}: a {kind.name} relation goes from {kind.head} to {kind.tail}"
            )
        rel_id = text_field(item.get("id"), f"{where}: id")
        relations.append(
            Relation(
                id=rel_id or imported_relation_id(head.id, tail.id, kind.name),
                head_id=head.id,
                tail_id=tail.id,
                type=kind.name,
                annotator=text_field(item.get("annotator"), f"{where}: annotator", head.annotator),
                created=text_field(item.get("created"), f"{where}: created"),
            )
        )
    return AnnotatedDocument(document, spans, relations, line=line, actors=actors)


def _optional(value: Any) -> str:
    """A descriptive text field as clean text; "" when absent or of an unusable type."""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return clean_name(str(value))
    return ""


def _short(value: Any) -> str:
    """A value quoted for a message, cut to a readable length."""
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def iter_jsonl(
    data: bytes, name: str, options: ReadOptions | None = None
) -> Iterator[AnnotatedDocument | InputError]:
    """Documents from JSON Lines (or a .json array) one by one, in file order.

    A bad record is yielded as an InputError carrying the file and line
    instead of a document; a file without records yields one InputError.
    Raises InputError (on the first `next`) for a file that cannot be decoded.
    """
    options = options or ReadOptions()
    yield from _documents(_records(decode(data, name, options.encoding), name), name, options)


def iter_jsonl_file(
    path: Path, name: str, options: ReadOptions | None = None
) -> Iterator[AnnotatedDocument | InputError]:
    """`iter_jsonl` reading the file line by line: memory bounded by the largest record.

    Only UTF-8 JSON Lines stream (the common case, and the only one that is large
    in practice); a .json array, a UTF-16/32 file or another `options.encoding`
    is read whole through `iter_jsonl`. A line that is not valid UTF-8 is a
    problem of that line.
    """
    options = options or ReadOptions()
    if not streams_by_line(path, options):
        yield from iter_jsonl(path.read_bytes(), name, options)
        return
    yield from _documents(streamed_records(path, name), name, options)


def streams_by_line(path: Path, options: ReadOptions) -> bool:
    """Whether a JSON Lines file can be read line by line (UTF-8, not a .json array).

    Otherwise it is read whole: another encoding, a UTF-16/32 byte-order mark, an
    empty or binary file (whose whole-file message is clearer), or a .json array.
    """
    with path.open("rb") as handle:
        head = handle.read(8192)
    return not (
        options.encoding not in (None, "utf-8", "utf8", "utf-8-sig")
        or head.startswith(_WIDE_BOMS)
        or (_ARRAY_START.match(head.decode("latin-1")) and path.suffix.lower() == ".json")
        or not head.strip()
        or b"\x00" in head
    )


def streamed_records(path: Path, name: str) -> Iterator[tuple[int | None, Any] | InputError]:
    """(line, parsed JSON) of each non-blank line, or an InputError naming the line."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield InputError(
                    f"byte 0x{raw[exc.start]:02x} is not valid utf-8{ENCODING_HINT}",
                    file=name,
                    line=number,
                )
                continue
            try:
                yield number, load_json(line)
            except InputError as exc:
                exc.file, exc.line = name, number
                yield exc


def _documents(
    records: Iterable[tuple[int | None, Any] | InputError], name: str, options: ReadOptions
) -> Iterator[AnnotatedDocument | InputError]:
    empty = True
    for entry in records:
        empty = False
        if isinstance(entry, InputError):
            yield entry
            continue
        line, raw = entry
        try:
            item = _record(raw, name, line, options)
        except InputError as exc:
            exc.file, exc.line = name, line
            yield exc
            continue
        except RecursionError:
            yield InputError("record nested too deeply", file=name, line=line)
            continue
        except Exception as exc:  # a check we did not foresee: this record, not the run
            problem = unexpected(exc, "the record")
            problem.file, problem.line = name, line
            yield problem
            continue
        yield item
    if empty:
        yield InputError("the file holds no records", file=name)


def read_jsonl(data: bytes, name: str, options: ReadOptions | None = None) -> ReadResult:
    """Documents from JSON Lines (or a .json array); bad records become problems."""
    result = ReadResult()
    for entry in iter_jsonl(data, name, options):
        if isinstance(entry, InputError):
            result.problems.append(entry)
        else:
            result.items.append(entry)
    return result


RESERVED_META = ("title", "source", "published", "document_id", "sha256")


def _token_index(offsets: list[tuple[int, int]]) -> tuple[dict[int, int], dict[int, int]]:
    # Built in C: a comprehension costs about twice as much on the export's hot path.
    indices = range(len(offsets))
    starts = dict(zip(map(itemgetter(0), offsets), indices, strict=True))
    ends = dict(zip(map(itemgetter(1), offsets), indices, strict=True))
    return starts, ends


def span_tokens(
    span: Span, starts: dict[int, int], ends: dict[int, int], offsets: list[tuple[int, int]]
) -> tuple[int, int]:
    """(token_start, token_end inclusive) of a span whose edges are token edges.

    Tokens are cut at every span edge, so both lookups normally hit; a span
    that starts or ends in whitespace falls back to the tokens it overlaps.
    """
    first = starts.get(span.start)
    last = ends.get(span.end)
    if first is None or last is None:
        return _overlapped_tokens(span.start, span.end, offsets)
    return first, last


def _overlapped_tokens(start: int, end: int, offsets: list[tuple[int, int]]) -> tuple[int, int]:
    """(first, last) token overlapping [start, end), or (-1, -1) if none does."""
    inside = [i for i, (s, e) in enumerate(offsets) if s < end and start < e]
    if not inside:
        return -1, -1
    return inside[0], inside[-1]


SpanFields = SpanRecord  # see annotator.core.model
_span_fields = span_records


def jsonl_record(item: AnnotatedDocument | DocumentRows) -> dict[str, Any]:
    """The native JSONL record of one document (see the module docstring)."""
    doc = item.document
    spans = _span_fields(item)
    cuts = [edge for span in spans for edge in (span[1], span[2])]
    offsets = token_offsets(doc.text, cuts)
    starts, ends = _token_index(offsets)
    text = doc.text
    meta = dict(doc.meta)
    meta.update(
        title=doc.title,
        source=doc.source,
        published=doc.published,
        document_id=doc.id,
        sha256=doc.sha256,
    )
    spans_out: list[dict[str, Any]] = []
    by_id: dict[str, dict[str, Any]] = {}
    actors = item.actors
    for span_id, start, end, label, annotator, attributes, provenance, created, updated in spans:
        first = starts.get(start)
        last = ends.get(end)
        if first is None or last is None:
            first, last = _overlapped_tokens(start, end, offsets)
        entry = {
            "id": span_id,
            "start": start,
            "end": end,
            "label": label,
            "token_start": first,
            "token_end": last,
            "annotator": annotator,
            "attributes": attributes,
            "provenance": provenance,
            "created": created,
            "updated": updated,
        }
        if span_id in actors:
            entry["actor"] = dict(actors[span_id])  # the canonical actor: {id, name}
        spans_out.append(entry)
        by_id[span_id] = entry
    relations_out = []
    for relation in item.relations:
        head, child = by_id[relation.head_id], by_id[relation.tail_id]
        relations_out.append(
            {
                "id": relation.id,
                "head": head["token_end"],
                "child": child["token_end"],
                "label": relation.type,
                "annotator": relation.annotator,
                "created": relation.created,
                "head_span": _span_ref(head),
                "child_span": _span_ref(child),
            }
        )
    return {
        "text": text,
        "meta": meta,
        "meta_keys": list(doc.meta),
        "tokens": [
            {"text": text[s:e], "start": s, "end": e, "id": i} for i, (s, e) in enumerate(offsets)
        ],
        "spans": spans_out,
        "relations": relations_out,
    }


def _span_ref(entry: dict[str, Any]) -> dict[str, Any]:
    return {key: entry[key] for key in ("id", "start", "end", "token_start", "token_end", "label")}


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def encode_record(item: AnnotatedDocument | DocumentRows) -> str:
    """One native record as a JSON line: exactly `_dumps(jsonl_record(item))`, built faster.

    Tokens and spans are millions of small objects in a large export; writing
    them with a string template and json's own C string escaper costs about a
    third of building dicts for the encoder. A test holds the two equal.
    """
    doc = item.document
    spans = _span_fields(item)
    if item.relations or item.actors:
        return _dumps(jsonl_record(item))  # rare enough to take the plain path
    text = doc.text
    offsets = token_offsets(text, [edge for span in spans for edge in (span[1], span[2])])
    starts, ends = _token_index(offsets)
    meta = dict(doc.meta)
    meta.update(
        title=doc.title,
        source=doc.source,
        published=doc.published,
        document_id=doc.id,
        sha256=doc.sha256,
    )
    enc = _encode_string
    tokens = ",".join(
        [
            f'{{"text":{enc(text[s:e])},"start":{s},"end":{e},"id":{i}}}'
            for i, (s, e) in enumerate(offsets)
        ]
    )
    parts = []
    for span_id, start, end, label, annotator, attributes, provenance, created, updated in spans:
        first = starts.get(start)
        last = ends.get(end)
        if first is None or last is None:
            first, last = _overlapped_tokens(start, end, offsets)
        parts.append(
            f'{{"id":{enc(span_id)},"start":{start},"end":{end},"label":{enc(label)},'
            f'"token_start":{first},"token_end":{last},"annotator":{enc(annotator)},'
            f'"attributes":{_dumps(attributes) if attributes else "{}"},'
            f'"provenance":{enc(provenance)},"created":{enc(created)},'
            f'"updated":{enc(updated)}}}'
        )
    return (
        f'{{"text":{enc(text)},"meta":{_dumps(meta)},"meta_keys":{_dumps(list(doc.meta))},'
        f'"tokens":[{tokens}],"spans":[{",".join(parts)}],"relations":[]}}'
    )


def write_jsonl(items: Iterable[AnnotatedDocument | DocumentRows], out: Any) -> int:
    """Write one native record per line to the text stream `out`; returns the span count."""
    count = 0
    for item in items:
        out.write(encode_record(item) + "\n")
        count += len(item.spans)
    return count
