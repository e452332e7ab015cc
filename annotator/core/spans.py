"""Spans are built here: the window, search, suggestions, review and the readers.

`new_span` gives a span its id, the schema's default attributes and what the
text itself says (a CASUALTY's counts, kind and victims), with its
provenance: every span an analyst makes. `read_span` is the span a file (or a
derived layer: suggestions, the gold layer) states, keeping its id,
provenance and times. `changed_span` is the span an edit (relabel, moved edge, new
attributes) leaves behind, computed exactly as the store will keep it, so that
an edit can be shown before (or without) the database accepting it.

Offsets are code points, end exclusive.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from functools import cache
from typing import Any

from annotator.core.errors import SchemaError, SpanError
from annotator.core.model import (
    PROVENANCES,
    Span,
    check_offsets,
    imported_span_id,
    new_id,
    now,
)
from annotator.core.schema import LabelSchema, default_schema


def actor_types(schema: LabelSchema | None = None) -> tuple[str, ...]:
    """The ACTOR types: the choices of the schema's ACTOR `type` attribute.

    The one definition of the actor vocabulary (the actor registry, importers,
    merge and the gazetteers all use it). Without a schema, or for a schema
    whose ACTOR label has no `type` choices, those of the shipped schema.
    """
    if schema is not None:
        try:
            spec = schema.label("ACTOR").attribute("type")
        except SchemaError:
            spec = None
        if spec is not None and spec.choices:
            return spec.choices
    return _shipped_actor_types()


@cache
def _shipped_actor_types() -> tuple[str, ...]:
    spec = default_schema().label("ACTOR").attribute("type")
    return spec.choices if spec is not None else ()


def read_attributes(label: str, covered: str) -> dict[str, Any]:
    """Attributes the text itself states: a CASUALTY's counts, kind and victims."""
    if label != "CASUALTY":
        return {}
    # Imported here: its patterns are compiled at import, which the window's start skips.
    from annotator.core.casualty import casualty_kind, casualty_victims, parse_casualty

    count = parse_casualty(covered)
    found: dict[str, Any] = {
        "count_low": count.low,
        "count_high": count.high,
        "kind": casualty_kind(covered),
        "victims": casualty_victims(covered),
    }
    return {k: v for k, v in found.items() if v is not None}


def starting_attributes(schema: LabelSchema, label: str, covered: str) -> dict[str, Any]:
    """What a new span of `label` over `covered` starts with: schema defaults, then the text."""
    attributes = schema.label(label).default_attributes()
    attributes.update(read_attributes(label, covered))
    return attributes


def span_starting_attributes(
    schema: LabelSchema, label: str, text: str, start: int, end: int
) -> dict[str, Any]:
    """What a new span of `label` over `text[start:end]` (code points) starts with:
    `starting_attributes`, and a CASUALTY's victims read as the guideline says, from
    the span's words, else from its sentence ("Among the villagers, nine were killed")."""
    attributes = starting_attributes(schema, label, text[start:end])
    spec = schema.label(label).attribute("victims") if label == "CASUALTY" else None
    if spec is not None:
        # Imported here: the rules' patterns are compiled at import (the window preloads
        # them in a thread once its first article is painted).
        from annotator.core.suggest.casualties import casualty_victims_at

        victims = casualty_victims_at(text, start, end)
        if not spec.choices or victims in spec.choices:  # a schema of other victims: its own
            attributes["victims"] = victims
    return attributes


def new_span(
    schema: LabelSchema,
    document_id: str,
    text: str,
    start: int,
    end: int,
    label: str,
    annotator: str,
    *,
    provenance: str = "manual",
    attributes: Mapping[str, Any] | None = None,
    span_id: str | None = None,
) -> Span:
    """A new span of `label` over `text[start:end]`, checked against the text and schema.

    Without `attributes` it starts with `span_starting_attributes`; given ones are
    validated as they are. Raises SpanError for offsets outside the text and
    SchemaError for an unknown label, attribute or provenance.
    """
    check_offsets(start, end, len(text))
    if provenance not in PROVENANCES:
        raise SchemaError(f"unknown provenance {provenance!r}")
    raw = (
        dict(attributes)
        if attributes is not None
        else span_starting_attributes(schema, label, text, start, end)
    )
    clean = schema.validate_attributes(label, raw)
    return Span(span_id or new_id(), document_id, start, end, label, annotator, clean, provenance)


def read_span(
    document_id: str,
    start: int,
    end: int,
    label: str,
    annotator: str,
    *,
    span_id: str | None = None,
    attributes: Mapping[str, Any] | None = None,
    provenance: str = "imported",
    created: str = "",
    updated: str = "",
) -> Span:
    """A span as a file or a derived layer states it: its id, provenance and times kept.

    The second constructor beside `new_span`, for spans that are not made by
    an analyst now: the readers (which keep the id, annotator, provenance and
    times a file records, and have checked `attributes` against the schema
    themselves), machine suggestions and adjudicated gold spans (whose ids
    derive from their content). Without `span_id` the id is the stable
    `imported_span_id` of the span's content, so that reading the same file
    twice gives the same ids. Nothing is read from the text: attributes are
    exactly the ones given. Raises SpanError unless 0 <= start < end (the
    text's length is the reader's and the store's check) and SchemaError for
    an unknown provenance.
    """
    if not 0 <= start < end:
        raise SpanError(f"span [{start}, {end}) is empty or starts before the text")
    if provenance not in PROVENANCES:
        raise SchemaError(f"unknown provenance {provenance!r}")
    return Span(
        span_id or imported_span_id(document_id, start, end, label, annotator),
        document_id,
        start,
        end,
        label,
        annotator,
        # A reader's own dict is taken as it is (the bulk import reads millions).
        attributes if type(attributes) is dict else dict(attributes or {}),
        provenance,
        created,
        updated,
    )


def changed_span(
    schema: LabelSchema,
    old: Span,
    text_length: int,
    *,
    label: str | None = None,
    start: int | None = None,
    end: int | None = None,
    attributes: Mapping[str, Any] | None = None,
) -> Span:
    """The span after an edit (None leaves a field alone), as the store keeps it.

    Relabelling drops attributes the new label does not have. Raises SpanError
    or SchemaError as `new_span` does.
    """
    new_label = label if label is not None else old.label
    new_start = start if start is not None else old.start
    new_end = end if end is not None else old.end
    check_offsets(new_start, new_end, text_length)
    target = schema.label(new_label)
    raw = dict(old.attributes if attributes is None else attributes)
    if label is not None and label != old.label:
        raw = {k: v for k, v in raw.items() if target.attribute(k) is not None}
    clean = schema.validate_attributes(new_label, raw)
    return replace(
        old, label=new_label, start=new_start, end=new_end, attributes=clean, updated=now()
    )
