"""Documents, spans and relations: immutable values with code-point offsets.

Offsets are Python code-point indices into `Document.text`, end exclusive, as
in spaCy's `Doc`/`Span`. Qt's UTF-16 positions never reach this module.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import ModuleType
from typing import Any, Final

from annotator.core.errors import SpanError
from annotator.core.values import Record, Value, set_field

PROVENANCES: Final = ("manual", "suggested", "suggested-accepted", "imported", "adjudicated")
STATUSES: Final = ("todo", "in_progress", "done")


def now() -> str:
    """The current UTC time as ISO 8601 with milliseconds, the form stored everywhere."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def new_id() -> str:
    """A fresh UUID4 as text: span and relation ids are stable across databases."""
    return str(_uuid().uuid4())


@functools.cache
def _uuid() -> ModuleType:
    """uuid, imported on first use: it loads `platform`, which opening the window never needs
    (and kept: an import statement at every new id goes through PySide's import hook, about
    as costly as the id itself)."""
    import uuid

    return uuid


@functools.cache
def _hashlib() -> ModuleType:
    """hashlib, imported on first use: it loads OpenSSL, which opening the window never needs."""
    import hashlib

    return hashlib


def text_sha256(text: str) -> str:
    """The hex SHA-256 of the UTF-8 text: how a re-imported article is recognised."""
    digest: str = _hashlib().sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return digest


def document_id_for(text: str) -> str:
    """The document id derived from its text, so importing the same text twice is a no-op."""
    return text_sha256(text)[:16]


class Document(Value):
    __slots__ = __match_args__ = ("id", "text", "title", "source", "published", "meta", "sha256")
    id: str
    text: str
    title: str
    source: str
    published: str | None
    meta: dict[str, Any]
    sha256: str

    def __init__(
        self,
        id: str,
        text: str,
        title: str,
        source: str = "",
        published: str | None = None,
        meta: dict[str, Any] | None = None,
        sha256: str = "",
    ) -> None:
        set_field(self, "id", id)
        set_field(self, "text", text)
        set_field(self, "title", title)
        set_field(self, "source", source)
        set_field(self, "published", published)
        set_field(self, "meta", {} if meta is None else meta)
        set_field(self, "sha256", sha256)

    @classmethod
    def from_text(
        cls,
        text: str,
        title: str,
        source: str = "",
        published: str | None = None,
        meta: dict[str, Any] | None = None,
    ) -> Document:
        """A document whose id and sha256 are derived from `text` (already normalised)."""
        digest = text_sha256(text)
        return cls(
            id=digest[:16],
            text=text,
            title=title,
            source=source,
            published=published,
            meta=dict(meta or {}),
            sha256=digest,
        )


@dataclass(frozen=True)
class Span:
    """A labelled range `text[start:end]` of one document, in code points."""

    id: str
    document_id: str
    start: int
    end: int
    label: str
    annotator: str
    attributes: dict[str, Any] = field(default_factory=dict)
    provenance: str = "manual"
    created: str = ""
    updated: str = ""

    def covered(self, text: str) -> str:
        """The text this span marks."""
        return text[self.start : self.end]

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


class Relation(Value):
    """A typed link from a head span to a tail span (first type: QUOTE -speaker-> ACTOR)."""

    __slots__ = __match_args__ = ("id", "head_id", "tail_id", "type", "annotator", "created")
    id: str
    head_id: str
    tail_id: str
    type: str
    annotator: str
    created: str

    def __init__(
        self, id: str, head_id: str, tail_id: str, type: str, annotator: str, created: str = ""
    ) -> None:
        set_field(self, "id", id)
        set_field(self, "head_id", head_id)
        set_field(self, "tail_id", tail_id)
        set_field(self, "type", type)
        set_field(self, "annotator", annotator)
        set_field(self, "created", created)


# (id, start, end, label, annotator, attributes, provenance, created, updated): a span as
# bulk paths (export, the JSONL writer) carry it straight from its database row, because a
# million Span objects cost more than writing them out. The one definition of that record.
SpanRecord = tuple[str, int, int, str, str, dict[str, Any], str, str, str]


def check_offsets(start: int, end: int, text_length: int) -> None:
    """Raise SpanError unless 0 <= start < end <= text_length."""
    if not (0 <= start < end <= text_length):
        raise SpanError(
            f"span [{start}, {end}) does not fit a text of {text_length} characters "
            "(need 0 <= start < end <= length)"
        )


# The bytes of the UUID 5b0e4a52-6f1e-4c59-9d2a-6a1f4f0f5e11, the namespace of imported ids.
_NAMESPACE_BYTES: Final = bytes.fromhex("5b0e4a526f1e4c599d2a6a1f4f0f5e11")


def _uuid5(name: str) -> str:
    """`str(uuid.uuid5(UUID(bytes=_NAMESPACE_BYTES), name))`, without building UUID objects.

    The bulk import and `annotator suggest` compute one per span; this gives exactly
    the same text (tests/core/test_model.py checks) for about a fifth of uuid5's cost.
    The hex digest's first 32 digits are the id's, with the version digit (13th) set
    to 5 and the top two bits of the variant digit (17th) to 10 (RFC 4122).
    """
    h = (_SHA1 or _sha1())(_NAMESPACE_BYTES + name.encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-5{h[13:16]}-{_VARIANT_DIGIT[h[16]]}{h[17:20]}-{h[20:32]}"


# Each hex digit with its top two bits set to 10: 0-3 -> 8-b, 4-7 -> 8-b, and so on.
_VARIANT_DIGIT: Final = {f"{n:x}": f"{(n & 0x3) | 0x8:x}" for n in range(16)}
_SHA1: Callable[[bytes], Any] | None = None


def _sha1() -> Callable[[bytes], Any]:
    """SHA-1, bound on first use: CPython's own (`_sha1`, built in by default) where there
    is one, else hashlib's. On a name of some 60 bytes OpenSSL's setting up of a digest
    costs more than the digest (hashlib.sha1 about 1,600 instructions more an id)."""
    global _SHA1
    import importlib

    try:
        _SHA1 = importlib.import_module("_sha1").sha1
    except ImportError:  # a build without it
        _SHA1 = _hashlib().sha1
    return _SHA1


def imported_span_id(document_id: str, start: int, end: int, label: str, annotator: str) -> str:
    """A UUID derived from what a span is, for imported spans that carry no id.

    Re-importing the same file therefore yields the same ids and adds nothing.
    """
    return _uuid5(f"{document_id}:{start}:{end}:{label}:{annotator}")


def imported_relation_id(head_id: str, tail_id: str, type_: str) -> str:
    """A UUID derived from a relation's ends and type, for relations imported without id."""
    return _uuid5(f"{head_id}->{type_}->{tail_id}")


class AnnotatedDocument(Record):
    """A document with the spans and relations that come with it, as readers produce them."""

    __slots__ = __match_args__ = ("document", "spans", "relations", "line", "actors")

    def __init__(
        self,
        document: Document,
        spans: list[Span] | None = None,
        relations: list[Relation] | None = None,
        line: int | None = None,
        # ACTOR span id -> {"id", "name"} of the canonical actor it is linked to (exports).
        actors: dict[str, dict[str, str]] | None = None,
    ) -> None:
        self.document = document
        self.spans: list[Span] = [] if spans is None else spans
        self.relations: list[Relation] = [] if relations is None else relations
        self.line = line
        self.actors: dict[str, dict[str, str]] = {} if actors is None else actors


class DocumentRows(Value):
    """One document to export with its spans as SpanRecords, in the order to write them.

    What the bulk export path hands every writer that reads spans by position
    (native JSONL and the token formats) instead of an AnnotatedDocument.
    """

    __slots__ = __match_args__ = ("document", "spans", "relations", "actors")
    document: Document
    spans: Sequence[SpanRecord]
    relations: Sequence[Relation]
    actors: Mapping[str, Mapping[str, str]]

    def __init__(
        self,
        document: Document,
        spans: Sequence[SpanRecord],
        relations: Sequence[Relation] = (),
        actors: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        set_field(self, "document", document)
        set_field(self, "spans", spans)
        set_field(self, "relations", relations)
        set_field(self, "actors", {} if actors is None else actors)


def span_record(span: Span) -> SpanRecord:
    """The SpanRecord of a Span (its fields, in SpanRecord order)."""
    return (
        span.id, span.start, span.end, span.label, span.annotator, span.attributes,
        span.provenance, span.created, span.updated,
    )  # fmt: skip


def span_records(item: AnnotatedDocument | DocumentRows) -> Sequence[SpanRecord]:
    """The spans of `item` as SpanRecords: DocumentRows' own, or built from Span objects."""
    if isinstance(item, DocumentRows):
        return item.spans
    return [span_record(span) for span in item.spans]
