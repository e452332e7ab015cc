"""Label Studio JSON: tasks with annotations, and the labelling config that matches.

Offsets: Label Studio's Text tag stores region `start`/`end` in code points
(label-studio-frontend#308, "store code points instead of js length"; its
own test "Should calculate offsets by code points in text" expects 21 for
"test" in "🐱 Warning: This is a test text", where UTF-16 would say 22), so
they equal ours and are written unchanged. Its docs warn that "\\r\\n" counts
as two characters; our texts never hold "\\r".

Export: a JSON array of tasks {"data": {"text", "title", "document_id"},
"annotations": [one per annotator: {"result": [...], "annotator"}]}; machine
suggestions (the `suggester` layer, exported only when named) go under
"predictions" ({"result", "model_version"}), never "annotations". Import reads
"annotations" only: "predictions" are a model's pre-annotations, no analyst's
work; they are counted and named in a note, not imported (as an analyst's layer
they would be compared, reviewed and exported as someone's annotations; as our
`suggester` layer the next suggestion run would replace them). Each span
is a `labels` result whose id is our span id; each attribute a per-region
result on the same id (`choices`, `number` or `textarea`, from_name
"<LABEL>_<attribute>"); each relation a `relation` result (from_id = QUOTE,
to_id = ACTOR, labels [type]). `labelstudio_config` writes the <View> XML
to paste into the project's Labeling Interface.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path, PurePath
from typing import Any, BinaryIO

from annotator.core.errors import AnnotatorError, InputError
from annotator.core.model import (
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
    UnreadableFile,
    clean_json,
    dict_field,
    list_field,
    text_field,
    unexpected,
)
from annotator.formats.jsonarray import iter_array
from annotator.formats.tagging import WriteContext

FROM_NAME = "label"
TO_NAME = "text"


def labelstudio_config(schema: LabelSchema) -> str:
    """The labelling config (XML) for tasks written by `write_labelstudio_file`."""
    # Imported here: xml.sax.saxutils imports urllib.request (and http.client, email),
    # about 25 ms of every command's start-up when imported with this module.
    from xml.sax.saxutils import quoteattr

    lines = ["<View>", f'  <Labels name="{FROM_NAME}" toName="{TO_NAME}">']
    for label in schema.labels:
        lines.append(
            f"    <Label value={quoteattr(label.name)} background={quoteattr(label.color)}/>"
        )
    lines += ["  </Labels>", f'  <Text name="{TO_NAME}" value="$text"/>']
    if schema.relations:
        lines.append("  <Relations>")
        lines += [f"    <Relation value={quoteattr(r.name)}/>" for r in schema.relations]
        lines.append("  </Relations>")
    for label in schema.labels:
        for spec in label.attributes:
            name = quoteattr(f"{label.name}_{spec.name}")
            common = (
                f'name={name} toName="{TO_NAME}" perRegion="true" '
                f'visibleWhen="region-selected" whenLabelValue={quoteattr(label.name)}'
            )
            lines.append(f"  <Header value={quoteattr(f'{label.name}: {spec.name}')}/>")
            if spec.type in ("choice", "bool"):
                values = spec.choices if spec.type == "choice" else ("true", "false")
                lines.append(f'  <Choices {common} choice="single">')
                lines += [f"    <Choice value={quoteattr(v)}/>" for v in values]
                lines.append("  </Choices>")
            elif spec.type == "int":
                lines.append(f"  <Number {common}/>")
            else:
                lines.append(f'  <TextArea {common} maxSubmissions="1"/>')
    lines.append("</View>")
    return "\n".join(lines) + "\n"


def _task(
    item: AnnotatedDocument,
    schema: LabelSchema,
    number: int,
    suggesters: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    doc = item.document
    by_annotator: dict[str, list[dict[str, Any]]] = {}
    for span in item.spans:
        value = {"start": span.start, "end": span.end, "text": span.covered(doc.text)}
        results = by_annotator.setdefault(span.annotator, [])
        results.append(
            {
                "id": span.id,
                "from_name": FROM_NAME,
                "to_name": TO_NAME,
                "type": "labels",
                "origin": "prediction" if span.annotator in suggesters else "manual",
                "value": {**value, "labels": [span.label]},
            }
        )
        label = schema.label(span.label) if schema.has_label(span.label) else None
        for name, attr in span.attributes.items():
            spec = label.attribute(name) if label else None
            if spec is None:
                continue
            if spec.type in ("choice", "bool"):
                kind, payload = (
                    "choices",
                    {"choices": [str(attr).lower() if spec.type == "bool" else str(attr)]},
                )
            elif spec.type == "int":
                kind, payload = "number", {"number": attr}
            else:
                kind, payload = "textarea", {"text": [attr]}
            results.append(
                {
                    "id": span.id,
                    "from_name": f"{span.label}_{name}",
                    "to_name": TO_NAME,
                    "type": kind,
                    "value": {**value, **payload},
                }
            )
    owner = {span.id: span.annotator for span in item.spans}
    for relation in item.relations:
        by_annotator.setdefault(owner[relation.head_id], []).append(
            {
                "from_id": relation.head_id,
                "to_id": relation.tail_id,
                "type": "relation",
                "direction": "right",
                "labels": [relation.type],
                "id": relation.id,
            }
        )
    task: dict[str, Any] = {
        "id": number,
        "data": {"text": doc.text, "title": doc.title, "document_id": doc.id},
        "annotations": [
            {"result": results, "annotator": name, "was_cancelled": False}
            for name, results in by_annotator.items()
            if name not in suggesters
        ],
    }
    predictions = [
        {"result": results, "model_version": name}
        for name, results in by_annotator.items()
        if name in suggesters
    ]
    if predictions:
        task["predictions"] = predictions
    return task


def write_labelstudio_file(
    items: Iterable[AnnotatedDocument], path: Path, ctx: WriteContext
) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write("[\n")
        for number, item in enumerate(items, start=1):
            if number > 1:
                out.write(",\n")
            task = _task(item, ctx.schema, number, ctx.suggesters)
            out.write(json.dumps(task, ensure_ascii=False))
        out.write("\n]\n")


def labelstudio_extras(ctx: WriteContext, out: Path) -> dict[str, bytes]:
    return {f"{out.stem}.labelconfig.xml": labelstudio_config(ctx.schema).encode("utf-8")}


def is_labelstudio(data: Any) -> bool:
    return (
        isinstance(data, list)
        and bool(data)
        and isinstance(data[0], dict)
        and "data" in data[0]
        and ("annotations" in data[0] or "predictions" in data[0] or "completions" in data[0])
    )


def read_labelstudio(data: bytes, name: str, options: ReadOptions | None = None) -> ReadResult:
    """Tasks from a Label Studio JSON export; a bad task is reported by its number."""
    result = ReadResult()
    for entry in iter_labelstudio(io.BytesIO(data), name, options, result.notes):
        if isinstance(entry, UnreadableFile):
            return ReadResult(problems=[entry])  # nothing of a file that is not valid JSON
        if isinstance(entry, InputError):
            result.problems.append(entry)
        else:
            result.items.append(entry)
    return result


def iter_labelstudio_file(
    path: Path, name: str, options: ReadOptions | None = None, notes: list[str] | None = None
) -> Iterator[AnnotatedDocument | InputError]:
    """`read_labelstudio` one task at a time from the file: memory bounded by the largest task."""
    with path.open("rb") as handle:
        yield from iter_labelstudio(handle, name, options, notes)


def iter_labelstudio(
    handle: BinaryIO,
    name: str,
    options: ReadOptions | None = None,
    notes: list[str] | None = None,
) -> Iterator[AnnotatedDocument | InputError]:
    """Each task of a Label Studio export as a document, or an InputError for a bad one.

    A file that is not valid JSON ends with one UnreadableFile naming its line
    (tasks before it have been given out: the caller drops them); a file
    without tasks yields one InputError. Once the file is read, a note on the
    "predictions" left out (how many regions, in how many tasks, which model
    versions) is appended to `notes`.
    """
    options = options or ReadOptions()
    count = 0
    predicted = _Predictions()
    try:
        for number, line, task in iter_array(handle, name, options.encoding):
            count = number
            predicted.count(task)
            entry = _task_entry(task, name, number, options)
            if isinstance(entry, InputError):
                entry.line = line  # where the task starts: "line N" as for every reader
            yield entry
    except InputError as exc:  # the file itself: not JSON, not decodable
        yield UnreadableFile(exc.reason, name, exc.line)
        return
    if not count:
        yield InputError("the file holds no tasks", file=name)
    if notes is not None and predicted.regions:
        notes.append(predicted.note())


class _Predictions:
    """The predicted regions of a file's tasks, counted to be named in a note."""

    def __init__(self) -> None:
        self.regions = 0
        self.tasks = 0
        self.versions: set[str] = set()

    def count(self, task: Any) -> None:
        found = task.get("predictions") if isinstance(task, dict) else None
        if not isinstance(found, list):
            return
        regions = 0
        for prediction in found:
            if not isinstance(prediction, dict) or not isinstance(prediction.get("result"), list):
                continue
            version = prediction.get("model_version")
            if isinstance(version, str | int) and not isinstance(version, bool):
                self.versions.add(str(version)[:80])
            regions += sum(
                1
                for r in prediction["result"]
                if isinstance(r, dict) and r.get("type") in ("labels", "hypertextlabels")
            )
        if regions:
            self.regions += regions
            self.tasks += 1

    def note(self) -> str:
        shown = sorted(self.versions)
        versions = ", ".join(shown[:5]) + (f" and {len(shown) - 5} more" if len(shown) > 5 else "")
        model = (
            f" (model versions {versions})"
            if len(shown) > 1
            else (f" (model version {versions})" if shown else "")
        )
        regions = "region" if self.regions == 1 else "regions"
        tasks = "task" if self.tasks == 1 else "tasks"
        return (
            f"{self.regions} predicted {regions} in {self.tasks} {tasks}{model} not imported: "
            "Label Studio \"predictions\" are a model's pre-annotations, no analyst's work; "
            'only "annotations" are imported (the window suggests spans with its own rules)'
        )


def _task_entry(
    task: Any, name: str, number: int, options: ReadOptions
) -> AnnotatedDocument | InputError:
    try:
        return _read_task(task, name, number, options)
    except InputError as exc:
        exc.file = name
        exc.reason = f"task {number}: {exc.reason}"
        return exc
    except RecursionError:
        return InputError(f"task {number}: nested too deeply", file=name)
    except Exception as exc:  # a check we did not foresee: this task, not the file
        problem = unexpected(exc, f"task {number}")
        problem.file = name
        return problem


def _annotator_name(annotation: dict[str, Any], default: str) -> str:
    name = annotation.get("annotator")
    if isinstance(name, str) and name.strip():
        return text_field(name, "the annotator", default)
    by = annotation.get("completed_by")
    if isinstance(by, dict):
        by = by.get("email") or by.get("username") or by.get("id")
    if isinstance(by, str | int) and not isinstance(by, bool) and by != "":
        return "labelstudio-" + text_field(by, "completed_by")
    return default


_ATTRIBUTE_TYPES = ("choices", "number", "textarea")


def _read_task(task: Any, name: str, number: int, options: ReadOptions) -> AnnotatedDocument:
    if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
        raise InputError('a task must be an object with a "data" object')
    payload = task["data"]
    raw_text = payload.get("text")
    if not isinstance(raw_text, str):
        texts = [v for v in payload.values() if isinstance(v, str)]
        if len(texts) != 1:
            raise InputError('the task data has no "text" field')
        raw_text = texts[0]
    text, mapping = normalise_with_offsets(raw_text)
    if not text.strip():
        raise InputError('the task\'s "text" is empty')
    title_raw = payload.get("title")
    title = (
        (
            text_field(title_raw, "the title", max_length=None)[:1000]
            if isinstance(title_raw, str)
            else ""
        )
        or headline(text)
        or (f"{title_from_filename(PurePath(name).stem)} {number}")
    )
    document = Document.from_text(text, title=title, source=name)
    schema = options.schema
    # Keyed by (annotation, region id): Label Studio keeps a prediction's region ids in
    # every annotation made from it, so two annotators' regions may share an id.
    spans: dict[tuple[int, str], Span] = {}
    relations: list[Relation] = []
    annotations = list_field(
        task.get("annotations") or task.get("completions") or None, '"annotations"'
    )
    # Relations are resolved after every annotation is read: a relation may link
    # regions of two annotators (in our exports, a QUOTE and another's ACTOR).
    pending: list[tuple[dict[str, Any], str, int]] = []
    for number_in_task, annotation in enumerate(annotations):
        if not isinstance(annotation, dict) or annotation.get("was_cancelled"):
            continue
        annotator = _annotator_name(annotation, options.annotator)
        results = list_field(annotation.get("result") or None, '"result"')
        attributes: dict[str, dict[str, Any]] = {}
        for r in results:
            if not isinstance(r, dict):
                raise InputError("a result is not an object")
            kind = r.get("type")
            if kind == "relation":
                pending.append((r, annotator, number_in_task))
                continue
            region = text_field(r.get("id"), "a region id")
            value = dict_field(r.get("value") or None, f"region {region}: value")
            if kind in ("labels", "hypertextlabels") and "labels" in value:
                spans[number_in_task, region] = _span(
                    region, value, raw_text, mapping, document, annotator, schema
                )
            elif kind in _ATTRIBUTE_TYPES and "_" in str(r.get("from_name")):
                attr = str(r["from_name"]).split("_", 1)[1]
                if kind == "choices":
                    got: Any = _first(value.get("choices"), f"region {region}: choices")
                elif kind == "number":
                    got = value.get("number")
                else:
                    got = _first(value.get("text"), f"region {region}: text")
                attributes.setdefault(region, {})[attr] = got
        for region, values in attributes.items():
            span = spans.get((number_in_task, region))
            if span is None:
                continue
            label = schema.label(span.label)
            clean: dict[str, Any] = {}
            for attr, got in values.items():
                spec = label.attribute(attr)
                if spec is not None and spec.type == "bool":
                    got = str(got).lower() == "true"
                clean[attr] = got
            try:
                checked = clean_json(schema.validate_attributes(span.label, clean), "attributes")
            except AnnotatorError as exc:
                raise InputError(f"region {region}: {exc.reason}") from exc
            spans[number_in_task, region] = replace(span, attributes=checked)
    holders: dict[str, list[Span]] = {}
    for (_, region), span in spans.items():
        holders.setdefault(region, []).append(span)
    for r, annotator, number_in_task in pending:
        ends = [
            spans.get((number_in_task, region)) or _held_once(holders, region)
            for region in (
                text_field(r.get("from_id"), "a relation's from_id"),
                text_field(r.get("to_id"), "a relation's to_id"),
            )
        ]
        head, tail = ends
        if r.get("direction") == "left":
            head, tail = tail, head
        type_ = _first(r.get("labels"), "a relation's labels") or "speaker"
        try:
            kind = schema.relation(str(type_))
        except AnnotatorError as exc:
            raise InputError(exc.reason) from exc
        if head.label != kind.head or tail.label != kind.tail:
            if tail.label == kind.head and head.label == kind.tail:
                head, tail = tail, head  # drawn the other way round in the tool
            else:
                raise InputError(f"a {kind.name} relation goes from {kind.head} to {kind.tail}")
        relations.append(
            Relation(
                id=text_field(r.get("id"), "a relation id")
                or imported_relation_id(head.id, tail.id, kind.name),
                head_id=head.id,
                tail_id=tail.id,
                type=kind.name,
                annotator=annotator,
            )
        )
    return AnnotatedDocument(document, list(spans.values()), relations)


def _held_once(holders: dict[str, list[Span]], region: str) -> Span:
    """The span of `region` where one annotation of the task holds it (a relation to
    another annotator's region); InputError when none or several do."""
    found = holders.get(region, [])
    if not found:
        raise InputError(f"a relation refers to region {region[:40]!r}, which is not in the task")
    if len(found) > 1:
        raise InputError(
            f"a relation refers to region {region[:40]!r}, which several annotations hold"
        )
    return found[0]


def _first(value: Any, what: str) -> Any:
    """The first element of a Label Studio value list (None when empty or absent)."""
    values = list_field(value, what)
    return values[0] if values else None


def _span(
    region: str,
    value: dict[str, Any],
    raw_text: str,
    mapping: list[int] | None,
    document: Document,
    annotator: str,
    schema: LabelSchema,
) -> Span:
    start, end = value.get("start"), value.get("end")
    if type(start) is not int or type(end) is not int or not 0 <= start < end <= len(raw_text):
        raise InputError(
            f"region {region}: offsets {_short(start)}..{_short(end)} do not fit the text"
        )
    labels = list_field(value.get("labels"), f"region {region}: labels")
    if len(labels) != 1 or not isinstance(labels[0], str) or not schema.has_label(labels[0]):
        raise InputError(
            f"region {region}: unknown label {_short(labels)} (known: {', '.join(schema.names)})"
        )
    if isinstance(value.get("text"), str) and value["text"] != raw_text[start:end]:
        raise InputError(
            f"region {region}: text {_short(value['text'])} is not what "
            f"[{start}, {end}) covers; offsets must be code points"
        )
    if mapping is not None:
        start, end = mapping[start], mapping[end]
        if start >= end:
            raise InputError(f"region {region}: {REMOVED_ONLY}")
    label = labels[0]
    return read_span(
        document.id, start, end, label, annotator, span_id=region if len(region) == 36 else None
    )


def _short(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."
