"""brat standoff: one `.txt` and one `.ann` per document, plus `annotation.conf`.

brat's server reads the `.txt` as UTF-8 into a Unicode string and checks each
text-bound annotation by slicing that string (`text[start:end]`), so its
offsets are code points, like ours, and no conversion is needed.
Written per document as `<title>-<hash of id>.txt/.ann` (formats.filenames: never a
stored value as a path; with several annotators, one pair per annotator,
`-<annotator>` added):
- `T<n>\\tLABEL START END\\tTEXT` for each span; a span that crosses a line
  break is written as brat's discontinuous form (`START END;START END`), split
  at the line breaks, because an .ann line cannot hold one;
- `R<n>\\tspeaker Arg1:T<quote> Arg2:T<actor>` (head = QUOTE, tail = ACTOR);
- `A<n>\\tNAME T<n> VALUE` for choice and true/false attributes;
- `#<n>\\tAnnotatorNotes T<n>\\t{json}`: span id, annotator, provenance,
  times, every attribute, so that re-import is exact.
The folder also gets annotation.conf (entities, relations, attributes) and
visual.conf (label colours), so brat opens it as a collection.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Mapping
from itertools import pairwise
from pathlib import Path, PurePath
from typing import Any

from annotator.core.errors import AnnotatorError, InputError
from annotator.core.model import (
    PROVENANCES,
    AnnotatedDocument,
    Document,
    Relation,
    Span,
    imported_relation_id,
)
from annotator.core.schema import LabelSchema
from annotator.core.spans import read_span
from annotator.core.text import headline, normalise_with_offsets, title_from_filename
from annotator.formats.common import (
    REMOVED_ONLY,
    ReadOptions,
    ReadResult,
    clean_json,
    decode,
    dict_field,
    load_json,
    text_field,
    unexpected,
)
from annotator.formats.filenames import document_stem, inside
from annotator.formats.tagging import WriteContext

_T = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$")
_R = re.compile(r"^(R\d+)\t(\S+) Arg1:(T\d+) Arg2:(T\d+)\s*$")
_A = re.compile(r"^([AM]\d+)\t(\S+) (T\d+)(?: (\S+))?\s*$")
_NOTE = re.compile(r"^(#\d+)\tAnnotatorNotes ([TR]\d+)\t(.*)$")


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) cut at line breaks, dropping the breaks and empty pieces."""
    pieces: list[tuple[int, int]] = []
    position = start
    for line in text[start:end].split("\n"):
        if line:
            pieces.append((position, position + len(line)))
        position += len(line) + 1
    return pieces or [(start, end)]


def _brat_value(value: object) -> str:
    # brat splits .ann and .conf lines on spaces: "armed group" is written "armed_group".
    return str(value).replace(" ", "_")


def ann_text(item: AnnotatedDocument, schema: LabelSchema) -> str:
    text = item.document.text
    lines: list[str] = []
    numbers: dict[str, str] = {}
    a_count = 0
    for n, span in enumerate(item.spans, start=1):
        tid = f"T{n}"
        numbers[span.id] = tid
        pieces = _fragments(text, span.start, span.end)
        where = ";".join(f"{s} {e}" for s, e in pieces)
        covered = " ".join(text[s:e] for s, e in pieces)
        lines.append(f"{tid}\t{span.label} {where}\t{covered}")
        label = schema.label(span.label) if schema.has_label(span.label) else None
        for name, value in span.attributes.items():
            spec = label.attribute(name) if label else None
            if spec is not None and spec.type == "choice":
                a_count += 1
                lines.append(f"A{a_count}\t{name} {tid} {_brat_value(value)}")
            elif spec is not None and spec.type == "bool" and value is True:
                a_count += 1
                lines.append(f"A{a_count}\t{name} {tid}")
    for n, relation in enumerate(item.relations, start=1):
        lines.append(
            f"R{n}\t{relation.type} Arg1:{numbers[relation.head_id]} "
            f"Arg2:{numbers[relation.tail_id]}"
        )
    # The canonical actor of an ACTOR span, as a brat normalisation (N) annotation.
    linked = [(n, span) for n, span in enumerate(item.spans, start=1) if span.id in item.actors]
    for k, (n, span) in enumerate(linked, start=1):
        ref = item.actors[span.id]
        lines.append(f"N{k}\tReference T{n} annotator:{ref['id']}\t{ref['name']}")
    for n, span in enumerate(item.spans, start=1):
        note = {
            "id": span.id,
            "annotator": span.annotator,
            "provenance": span.provenance,
            "created": span.created,
            "updated": span.updated,
            "attributes": span.attributes,
        }
        lines.append(f"#{n}\tAnnotatorNotes T{n}\t{json.dumps(note, ensure_ascii=False)}")
    for n, relation in enumerate(item.relations, start=1):
        note = {"id": relation.id, "annotator": relation.annotator, "created": relation.created}
        lines.append(
            f"#{len(item.spans) + n}\tAnnotatorNotes R{n}\t{json.dumps(note, ensure_ascii=False)}"
        )
    return "".join(line + "\n" for line in lines)


def annotation_conf(schema: LabelSchema) -> str:
    out = ["[entities]", *schema.names, "", "[relations]"]
    out += [f"{r.name}\tArg1:{r.head}, Arg2:{r.tail}" for r in schema.relations]
    out += [
        "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>",
        "",
        "[events]",
        "",
        "[attributes]",
    ]
    attributes: dict[str, tuple[list[str], list[str], str]] = {}
    for label in schema.labels:
        for spec in label.attributes:
            if spec.type not in ("choice", "bool"):
                continue
            owners, values, kind = attributes.setdefault(spec.name, ([], [], spec.type))
            owners.append(label.name)
            values += [_brat_value(v) for v in spec.choices if _brat_value(v) not in values]
    for name, (owners, values, kind) in attributes.items():
        line = f"{name}\tArg:{'|'.join(owners)}"
        if kind == "choice":
            line += f", Value:{'|'.join(values)}"
        out.append(line)
    return "\n".join(out) + "\n"


def visual_conf(schema: LabelSchema) -> str:
    out = ["[labels]", *schema.names, "", "[drawing]"]
    out += [f"{label.name}\tbgColor:{label.color}" for label in schema.labels]
    return "\n".join(out) + "\n"


def write_brat_dir(
    parts: Mapping[str, Iterable[AnnotatedDocument]], folder: Path, ctx: WriteContext
) -> None:
    for part, items in parts.items():
        target = folder if part == "all" else folder / part
        target.mkdir(exist_ok=True)
        (target / "annotation.conf").write_text(annotation_conf(ctx.schema), "utf-8")
        (target / "visual.conf").write_text(visual_conf(ctx.schema), "utf-8")
        used: set[str] = set()
        for item in items:
            # One record per annotator when several are exported: the name says whose.
            owner = item.spans[0].annotator if ctx.per_annotator and item.spans else ""
            base = document_stem(item.document.title, item.document.id, owner)
            stem, n = base, 1
            while stem in used:  # two titles alike and a hash collision: rare, never silent
                n += 1
                stem = f"{base}-{n}"
            used.add(stem)
            inside(target, f"{stem}.txt").write_text(item.document.text, "utf-8", newline="\n")
            inside(target, f"{stem}.ann").write_text(
                ann_text(item, ctx.schema), "utf-8", newline="\n"
            )


def read_brat(data: bytes, name: str, options: ReadOptions | None = None) -> ReadResult:
    """One document from an .ann file and the .txt beside it; errors name the .ann line."""
    options = options or ReadOptions()
    result = ReadResult()
    txt_path = Path(name).with_suffix(".txt")
    try:
        raw_bytes = txt_path.read_bytes()
        raw_text = decode(raw_bytes, str(txt_path), options.encoding)
    except OSError:
        result.problems.append(
            InputError(f"no readable text file beside it ({txt_path.name})", file=name)
        )
        return result
    except AnnotatorError as exc:
        result.problems.append(InputError(str(exc), file=name))
        return result
    ann = decode(data, name, options.encoding) if data.strip() else ""
    # brat reads the .txt without dropping a UTF-8 byte-order mark (Notepad writes one),
    # so its offsets count the mark; a tool that dropped it first counts without.
    marked = raw_bytes.startswith(codecs.BOM_UTF8) and not raw_text.startswith("\ufeff")
    try:
        try:
            result.items.append(_parse(ann, raw_text, name, options, marked=marked))
        except InputError as as_brat:
            if not marked:
                raise
            try:
                result.items.append(_parse(ann, raw_text, name, options))
            except InputError:
                raise as_brat from None
    except InputError as exc:
        exc.file = name
        result.problems.append(exc)
    except Exception as exc:  # a check we did not foresee: this file, not the run
        problem = unexpected(exc, "the .ann file")
        problem.file = name
        result.problems.append(problem)
    return result


def _parse(
    ann: str, raw_text: str, name: str, options: ReadOptions, *, marked: bool = False
) -> AnnotatedDocument:
    """The document of `ann` over `raw_text`; with `marked`, the offsets count a
    byte-order mark before the text (as brat reads a .txt that has one)."""
    text, mapping = normalise_with_offsets(raw_text)
    shift = 1 if marked else 0

    def moved(offset: int) -> int:
        offset = max(offset - shift, 0)
        return mapping[offset] if mapping is not None else offset

    counted = "\ufeff" + raw_text if marked else raw_text  # what brat's offsets index

    title = headline(text) or title_from_filename(PurePath(name).stem)
    document = Document.from_text(text, title=title, source=str(Path(name).with_suffix(".txt")))
    schema = options.schema
    raw_spans: dict[str, tuple[str, int, int, int]] = {}
    raw_relations: list[tuple[str, str, str, str, int]] = []
    choices: dict[str, dict[str, Any]] = {}
    notes: dict[str, dict[str, Any]] = {}
    for number, line in enumerate(ann.split("\n"), start=1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        if m := _T.match(line):
            tid, label, where, covered = m.groups()
            if any(len(x) > 15 for x in re.split(r"[ ;]", where)):
                raise InputError(f"{tid}: offsets {where[:40]!r} are too large", line=number)
            pieces = [tuple(int(x) for x in piece.split()) for piece in where.split(";")]
            start, end = pieces[0][0], pieces[-1][1]
            if not 0 <= start < end <= len(counted) or any(s > e for s, e in pieces):
                raise InputError(
                    f"{tid}: offsets {where} do not fit the text of {len(counted)} characters",
                    line=number,
                )
            expected = " ".join(counted[s:e] for s, e in pieces)
            if covered != expected and covered.strip() != expected.strip():
                raise InputError(
                    f"{tid}: the text {covered!r} is not what the offsets cover ({expected!r})",
                    line=number,
                )
            # A span is one extent: fragments may be cut only where the text between
            # them is white space (brat's own fragments at line breaks, as we write them).
            for (_, gap_start), (gap_end, _) in pairwise(pieces):
                if gap_end < gap_start or counted[gap_start:gap_end].strip():
                    raise InputError(
                        f"{tid}: a discontinuous span ({where}) whose fragments leave out or "
                        "repeat text cannot be read: annotator spans are one extent",
                        line=number,
                    )
            if not schema.has_label(label):
                raise InputError(
                    f"{tid}: unknown label {label!r} (known: {', '.join(schema.names)})",
                    line=number,
                )
            if tid in raw_spans:
                raise InputError(
                    f"{tid} is defined twice (first on line {raw_spans[tid][3]})", line=number
                )
            if moved(start) >= moved(end):
                raise InputError(f"{tid}: {REMOVED_ONLY}", line=number)
            raw_spans[tid] = (label, moved(start), moved(end), number)
        elif m := _R.match(line):
            rid, type_, arg1, arg2 = m.groups()
            raw_relations.append((rid, type_, arg1, arg2, number))
        elif m := _A.match(line):
            _aid, attr, target, value = m.groups()
            choices.setdefault(target, {})[attr] = True if value is None else value
        elif m := _NOTE.match(line):
            _nid, target, body = m.groups()
            try:
                note = load_json(body)
            except InputError:
                note = None  # a free-text note someone wrote in brat: not ours
            if isinstance(note, dict):
                notes[target] = note
        elif line[0] in "#ENM*":
            continue  # free-text notes, events, normalisations, equivalences: not ours
        else:
            raise InputError(f"cannot read this line as brat standoff: {line[:60]!r}", line=number)
    spans: dict[str, Span] = {}
    for tid, (label, start, end, number) in raw_spans.items():
        note = notes.get(tid, {})
        try:
            attributes = dict(dict_field(note.get("attributes") or None, "its note's attributes"))
            spec_label = schema.label(label)
            for attr, value in choices.get(tid, {}).items():
                spec = spec_label.attribute(attr)
                if spec is not None and spec.type == "choice" and value not in spec.choices:
                    value = next((c for c in spec.choices if _brat_value(c) == value), value)
                attributes[attr] = value
            annotator = text_field(note.get("annotator"), "its note's annotator", options.annotator)
            provenance = note.get("provenance") or "imported"
            attributes = clean_json(schema.validate_attributes(label, attributes), "attributes")
            if provenance not in PROVENANCES:
                raise InputError(f"unknown provenance {str(provenance)[:40]!r}")
            span_id = text_field(note.get("id"), "its note's id")
            created = text_field(note.get("created"), "its note's created")
            updated = text_field(note.get("updated"), "its note's updated")
        except AnnotatorError as exc:
            raise InputError(f"{tid}: {exc.reason}", line=number) from exc
        spans[tid] = read_span(
            document.id,
            start,
            end,
            label,
            annotator,
            span_id=span_id,
            attributes=attributes,
            provenance=provenance,
            created=created,
            updated=updated,
        )
    relations: list[Relation] = []
    for rid, type_, arg1, arg2, number in raw_relations:
        if arg1 not in spans or arg2 not in spans:
            raise InputError(
                f"{rid}: refers to a text-bound annotation that is not defined", line=number
            )
        try:
            kind = schema.relation(type_)
        except AnnotatorError as exc:
            raise InputError(f"{rid}: {exc.reason}", line=number) from exc
        head, tail = spans[arg1], spans[arg2]
        if head.label != kind.head or tail.label != kind.tail:
            raise InputError(
                f"{rid}: a {kind.name} relation goes from {kind.head} to {kind.tail}", line=number
            )
        note = notes.get(rid, {})
        try:
            rel_id = text_field(note.get("id"), "its note's id")
            rel_annotator = text_field(
                note.get("annotator"), "its note's annotator", head.annotator
            )
            rel_created = text_field(note.get("created"), "its note's created")
        except AnnotatorError as exc:
            raise InputError(f"{rid}: {exc.reason}", line=number) from exc
        relations.append(
            Relation(
                id=rel_id or imported_relation_id(head.id, tail.id, kind.name),
                head_id=head.id,
                tail_id=tail.id,
                type=kind.name,
                annotator=rel_annotator,
                created=rel_created,
            )
        )
    return AnnotatedDocument(document, list(spans.values()), relations)
