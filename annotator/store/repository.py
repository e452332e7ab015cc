"""Typed reads and writes over the annotator database.

Every write method is one user action in one transaction (`action()`, which is
`write_transaction`: BEGIN IMMEDIATE, failures classified into StoreError), and
appends a row to the `events` table inside that same transaction, so a crash
leaves either the whole edit and its event or neither. Functions take and
return core dataclasses; offsets are code points.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import replace
from functools import lru_cache, partial
from typing import Any, Final

from annotator.core.document_spans import DocumentSpans
from annotator.core.errors import SchemaError, SpanError, StoreError
from annotator.core.model import (
    PROVENANCES,
    STATUSES,
    AnnotatedDocument,
    Document,
    Relation,
    Span,
    check_offsets,
    imported_relation_id,
    imported_span_id,
    now,
)
from annotator.core.schema import LabelSchema, default_schema, schema_from_dict
from annotator.core.spans import actor_types
from annotator.core.values import Record, Value, set_field
from annotator.store import known_actors
from annotator.store.boilerplate import INSERT_INTO as BOILERPLATE_INSERT
from annotator.store.boilerplate import detected_rows
from annotator.store.connection import Database
from annotator.store.transaction import (
    begin_long_transaction,
    classify_public_reads,
    end_long_transaction,
    write_transaction,
)

logger = logging.getLogger(__name__)

_SPAN_COLUMNS = (
    'id, document_id, start, "end", label, annotator, attributes, provenance, created, updated'
)


def _dumps(value: Any) -> str:
    if isinstance(value, dict) and not value:
        return "{}"  # most spans have no attributes: skip the encoder on the bulk path
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def stored_object(raw: str | None, column: str = "span attributes") -> dict[str, Any]:
    """A JSON-object column (a span's `attributes`, a document's `meta`) as a dictionary.

    {} for NULL, and for a value that is not a JSON object (a file edited by hand or by
    another program; m009 refuses such writes from then on), which is logged, never
    raised: one unreadable value must not keep a whole document, its export or the
    consistency check from the analyst.
    """
    if raw is None:
        return {}
    try:
        value = json.loads(raw)
    except (ValueError, TypeError):
        value = None
    if type(value) is dict:
        return value
    logger.warning("%s not a JSON object, read as none: %.60r", column, raw)
    return {}


def _span(row: Sequence[Any]) -> Span:
    # Positional, and no JSON decoding for the common "{}": a document's 10,000 spans
    # are read in a third less time.
    attributes = row[6]
    return Span(
        row[0],  # id
        row[1],  # document_id
        row[2],  # start
        row[3],  # end
        row[4],  # label
        row[5],  # annotator
        {} if attributes == "{}" else stored_object(attributes),
        row[7],  # provenance
        row[8],  # created
        row[9],  # updated
    )


_new_object = object.__new__
_give = object.__setattr__


def _stored_span(document_id: str, annotator: str | None, row: Sequence[Any]) -> Span:
    """The Span of a row (id, start, end, label, attributes or None for none,
    provenance, created, updated[, annotator]) of `document_id`, as stored (it was
    checked when written); the annotator is `annotator` when the row has no ninth column.

    Opening a long article reads every one of its spans: the frozen dataclass's
    `__init__` sets each of the ten fields through `object.__setattr__`, so here
    the span gets its finished `__dict__` at once, a third less time. The result
    is an ordinary `Span` (equal to one made by `Span(...)`, frozen).
    """
    attributes = row[4]
    span: Span = _new_object(Span)
    _give(
        span,
        "__dict__",
        {
            "id": row[0],
            "document_id": document_id,
            "start": row[1],
            "end": row[2],
            "label": row[3],
            "annotator": row[8] if annotator is None else annotator,
            "attributes": stored_object(attributes),
            "provenance": row[5],
            "created": row[6],
            "updated": row[7],
        },
    )
    return span


def _relation(row: Sequence[Any]) -> Relation:
    return Relation(
        id=row[0], head_id=row[1], tail_id=row[2], type=row[3], annotator=row[4], created=row[5]
    )


class DocumentRow(Value):
    """One line of the document list."""

    __slots__ = __match_args__ = ("id", "seq", "title", "status", "span_count")
    id: str
    seq: int
    title: str
    status: str
    span_count: int

    def __init__(self, id: str, seq: int, title: str, status: str, span_count: int) -> None:
        set_field(self, "id", id)
        set_field(self, "seq", seq)
        set_field(self, "title", title)
        set_field(self, "status", status)
        set_field(self, "span_count", span_count)


class SuggestionLayer(Value):
    """One document's suggester layer, as `Repository.replace_suggestion_layers` writes it.

    `text_length`: the document's length in code points when the caller holds its text
    (None: it is read)."""

    __slots__ = __match_args__ = ("document_id", "spans", "relations", "text_length")
    document_id: str
    spans: Sequence[Span]
    relations: Sequence[Relation]
    text_length: int | None

    def __init__(
        self,
        document_id: str,
        spans: Sequence[Span],
        relations: Sequence[Relation],
        text_length: int | None = None,
    ) -> None:
        set_field(self, "document_id", document_id)
        set_field(self, "spans", spans)
        set_field(self, "relations", relations)
        set_field(self, "text_length", text_length)


# A suggestion as `SuggestedRows` holds it: (id, start, end, label, attributes).
SuggestedSpan = tuple[str, int, int, str, Mapping[str, Any]]


class SuggestedRows(Value):
    """One document's suggester layer as plain rows: what `annotator suggest` writes.

    A `SuggestionLayer` whose spans are (id, start, end, label, attributes) tuples of
    provenance 'suggested' rather than Span objects (a frozen Span costs about 18,000
    instructions to build: a third of the Python of writing a suggestion). The ids are
    the caller's (`imported_span_id` of the span and the layer's annotator, as
    `read_span` gives them). Checked and written as a SuggestionLayer's spans are."""

    __slots__ = __match_args__ = ("document_id", "spans", "relations", "text_length")
    document_id: str
    spans: Sequence[SuggestedSpan]
    relations: Sequence[Relation]
    text_length: int | None

    def __init__(
        self,
        document_id: str,
        spans: Sequence[SuggestedSpan],
        relations: Sequence[Relation],
        text_length: int | None = None,
    ) -> None:
        set_field(self, "document_id", document_id)
        set_field(self, "spans", spans)
        set_field(self, "relations", relations)
        set_field(self, "text_length", text_length)


class ImportCounts(Value):
    __slots__ = __match_args__ = (
        "documents_added", "documents_existing", "spans_added", "relations_added",
        "renumbered", "spans_by_annotator",
    )  # fmt: skip
    documents_added: int
    documents_existing: int
    spans_added: int
    relations_added: int
    # "span id 'X' (line 4) is used by another document: stored as 'Y'", one per renumbering.
    renumbered: tuple[str, ...]
    # The spans added, counted by the annotator they were filed under.
    spans_by_annotator: tuple[tuple[str, int], ...]

    def __init__(
        self,
        documents_added: int = 0,
        documents_existing: int = 0,
        spans_added: int = 0,
        relations_added: int = 0,
        renumbered: tuple[str, ...] = (),
        spans_by_annotator: tuple[tuple[str, int], ...] = (),
    ) -> None:
        set_field(self, "documents_added", documents_added)
        set_field(self, "documents_existing", documents_existing)
        set_field(self, "spans_added", spans_added)
        set_field(self, "relations_added", relations_added)
        set_field(self, "renumbered", renumbered)
        set_field(self, "spans_by_annotator", spans_by_annotator)


class Stats(Value):
    __slots__ = __match_args__ = (
        "documents", "spans", "relations", "spans_per_label", "spans_per_annotator",
        "done_per_annotator",
    )  # fmt: skip
    documents: int
    spans: int
    relations: int
    spans_per_label: dict[str, int]
    spans_per_annotator: dict[str, int]
    done_per_annotator: dict[str, int]

    def __init__(
        self,
        documents: int,
        spans: int,
        relations: int,
        spans_per_label: dict[str, int],
        spans_per_annotator: dict[str, int],
        done_per_annotator: dict[str, int],
    ) -> None:
        set_field(self, "documents", documents)
        set_field(self, "spans", spans)
        set_field(self, "relations", relations)
        set_field(self, "spans_per_label", spans_per_label)
        set_field(self, "spans_per_annotator", spans_per_annotator)
        set_field(self, "done_per_annotator", done_per_annotator)


_DOCUMENT_INSERT = (
    "INSERT OR IGNORE INTO documents (id, seq, sha256, title, text, source, published, meta, "
    "imported)"
)
_SPAN_INSERT = f"INSERT OR IGNORE INTO spans ({_SPAN_COLUMNS})"
_SUGGESTION_INSERT = f"INSERT INTO spans ({_SPAN_COLUMNS})"
_SUGGESTED_RELATION_INSERT = (
    "INSERT INTO relations (id, head_id, tail_id, type, annotator, created)"
)
# One row of the audit log (`_event`, and a batch of suggester layers at once).
_INSERT_EVENT = (
    "INSERT INTO events (at, annotator, action, document_id, span_id, relation_id, data) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)
# PRAGMA temp_store takes no parameter: the statement restoring each value it can have.
_TEMP_STORE = (
    "PRAGMA temp_store = DEFAULT",
    "PRAGMA temp_store = FILE",
    "PRAGMA temp_store = MEMORY",
)
# The page cache of a long run of bulk writes (`Repository.larger_page_cache`): 32 MiB
# (a negative size is in KiB).
_BULK_PAGE_CACHE = "PRAGMA cache_size = -32768"
_RELATION_INSERT = (
    "INSERT OR IGNORE INTO relations (id, head_id, tail_id, type, annotator, created)"
)


def _insert_rows(
    conn: sqlite3.Connection, insert: str, width: int, flat: list[Any], *, reused: bool = False
) -> int:
    """Run `insert` for rows given as one flat parameter list; returns the rows it added.

    Many rows go in each statement, which SQLite runs in one step with the GIL
    released. executemany takes the GIL back after every row, and while another
    thread holds it (the import's parser) each of those waits is a switch interval.
    With `reused` (for callers that insert a few hundred rows many times over), the
    rows left after the full statements go in statements of a power of two rows each
    (540 rows: 512, 16, 8, 4), so that few distinct statement texts exist and
    sqlite3's statement cache keeps each one prepared: a text of its own per call was
    parsed and compiled every time (a seventh of `annotator suggest`'s writing CPU).
    Without it the rows left go in one statement (the import's documents: the
    full-text index's segments follow the statements, and stay as they were).
    """
    if not flat:
        return 0
    most = max(1, conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // width)
    added = 0
    at = 0
    left = -(-len(flat) // width)
    while left:
        rows = left if left < most and not reused else most
        if rows > left:
            rows = 1 << (left.bit_length() - 1)
        params = flat[at : at + rows * width]
        # rowcount counts the rows this statement inserted, not what triggers
        # (e.g. a search index kept in step) did besides.
        added += max(0, conn.execute(_rows_statement(insert, width, rows), params).rowcount)
        at += rows * width
        left -= rows
    return added


@lru_cache(maxsize=64)
def _rows_statement(insert: str, width: int, rows: int) -> str:
    """`insert` with VALUES for `rows` rows of `width` parameters (built once per size)."""
    row = "(" + ", ".join("?" * width) + ")"
    return f"{insert} VALUES {', '.join([row] * rows)}"


SUGGESTER_LAYER: Final = "suggester"  # the layer machine suggestions are written to


def _import_kind(name: str, importer: str) -> str:
    """The kind an import records for annotator `name`: the suggester layer of a file
    (our export of it, say) stays machine suggestions, never an analyst's layer compared
    in review and agreement; the importing analyst is human, anyone else imported."""
    if name == SUGGESTER_LAYER:
        return "suggester"
    return "human" if name == importer else "imported"


class _ImportRows:
    """The rows one import (or one chunk of it) writes, as flat parameter lists."""

    def __init__(self) -> None:
        self.annotators: set[tuple[str, str]] = set()
        self.documents: list[Any] = []  # 9 values a document
        self.spans: list[Any] = []  # 10 values a span
        self.relations: list[Any] = []  # 6 values a relation
        self.actors: list[Any] = []  # 5 values a canonical actor
        self.span_actors: list[Any] = []  # 4 values a link from an ACTOR span to its actor
        self.boilerplate: list[Any] = []  # rows of page furniture ranges (store/boilerplate.py)
        self.relation_documents: list[str] = []  # the document of each relation row
        self.actor_documents: list[str] = []  # the document of each span_actors row
        self.lines: dict[str, int | None] = {}  # the file line each document came from
        self.documents_seen = 0

    @classmethod
    def of(
        cls,
        items: Iterable[AnnotatedDocument],
        annotator: str,
        schema: LabelSchema,
        checked: bool,
        now_: str,
        seq: int,
    ) -> _ImportRows:
        """Rows for `items`, numbered from seq + 1; SchemaError or SpanError if one does not fit.

        Touches no database, so it can run in another thread than the writes.
        """
        rows = cls()
        annotators = rows.annotators
        annotators.add((annotator, _import_kind(annotator, annotator)))
        documents, spans, relations = rows.documents, rows.spans, rows.relations
        for item in items:
            doc = item.document
            doc_id = doc.id
            seq += 1
            rows.documents_seen += 1
            documents += (
                doc_id, seq, doc.sha256, doc.title, doc.text, doc.source, doc.published,
                _dumps(doc.meta), now_,
            )  # fmt: skip
            rows.lines.setdefault(doc_id, item.line)
            rows.boilerplate += detected_rows(doc_id, doc.text, now_)
            for span in item.spans:
                if checked:
                    attributes = span.attributes
                else:
                    check_offsets(span.start, span.end, len(doc.text))
                    attributes = schema.validate_attributes(span.label, span.attributes)
                    if span.provenance not in PROVENANCES:
                        raise SchemaError(f"unknown provenance {span.provenance!r}")
                span_annotator = span.annotator
                annotators.add((span_annotator, _import_kind(span_annotator, annotator)))
                spans += (
                    span.id, doc_id, span.start, span.end, span.label, span_annotator,
                    "{}" if not attributes else _dumps(attributes), span.provenance,
                    span.created or now_, span.updated or now_,
                )  # fmt: skip
            for span_id, actor in item.actors.items():
                span_type = next(
                    (s.attributes.get("type") for s in item.spans if s.id == span_id), None
                )
                rows.actors += (
                    actor["id"], actor["name"],
                    span_type if span_type in actor_types() else "other", now_, annotator,
                )  # fmt: skip
                rows.span_actors += (span_id, actor["id"], annotator, now_)
                rows.actor_documents.append(doc_id)
            for relation in item.relations:
                if not checked:
                    schema.relation(relation.type)
                annotators.add((relation.annotator, _import_kind(relation.annotator, annotator)))
                relations += (
                    relation.id, relation.head_id, relation.tail_id, relation.type,
                    relation.annotator, relation.created or now_,
                )  # fmt: skip
                rows.relation_documents.append(doc_id)
        return rows

    def write(
        self, conn: sqlite3.Connection, now_: str, known: set[tuple[str, str]], since: _Since
    ) -> tuple[int, int, int]:
        """Insert the rows inside the caller's transaction; (documents, spans, relations) added.

        `known` holds the annotators this import has already inserted; new ones are added to it.
        A span or relation whose id is taken by a different one (in another document, or
        earlier in this import) is stored under a new id derived from it, and the
        renumbering is added to `since.renumbered`; links inside its record follow it.
        """
        new = sorted(self.annotators - known)
        if new:
            conn.executemany(
                "INSERT OR IGNORE INTO annotators (name, kind, created) VALUES (?, ?, ?)",
                [(name, kind, now_) for name, kind in new],
            )
            known.update(new)
        documents = _insert_rows(conn, _DOCUMENT_INSERT, 9, self.documents)
        if documents and self.boilerplate:
            self._write_boilerplate(conn)
        spans = _insert_rows(conn, _SPAN_INSERT, 10, self.spans)
        if spans < len(self.spans) // 10:  # some ids were there already: find out whose
            spans += self._renumber_spans(conn, since)
        relations = _insert_rows(conn, _RELATION_INSERT, 6, self.relations)
        if relations < len(self.relations) // 6:
            relations += self._renumber_relations(conn, since)
        # Links to canonical actors travel with the spans (an actor already here is kept).
        _insert_rows(
            conn,
            "INSERT OR IGNORE INTO actors (id, name, type, created, created_by)",
            5,
            self.actors,
        )
        _insert_rows(
            conn,
            "INSERT OR IGNORE INTO span_actors (span_id, actor_id, linked_by, linked)",
            4,
            self.span_actors,
        )
        return documents, spans, relations

    def _write_boilerplate(self, conn: sqlite3.Connection) -> None:
        """Page furniture rows of the documents this write added (not of those already here)."""
        seqs = self.documents[1::9]
        added = {
            row[0]
            for row in conn.execute(
                "SELECT id FROM documents WHERE seq BETWEEN ? AND ?", [min(seqs), max(seqs)]
            )
        }
        rows = [value for row in self.boilerplate if row[0] in added for value in row]
        _insert_rows(conn, BOILERPLATE_INSERT, 5, rows)

    def _renumber_spans(self, conn: sqlite3.Connection, since: _Since) -> int:
        """Store the spans that INSERT OR IGNORE left out because their id belongs to another.

        A stored span with the same id is the same span when it has the same document,
        offsets, label and annotator, and also when it is in the same document and was
        there before this import (re-importing a file never undoes a later edit). Any
        other holder of the id (another document, or another span of this import) makes
        ours a new span under an id derived from its content and its old id.
        """
        flat = self.spans
        stored = _stored_rows(
            conn,
            'SELECT id, rowid, document_id, start, "end", label, annotator FROM spans',
            flat[0::10],
        )
        moved: dict[tuple[str, str], str] = {}
        kept: set[tuple[str, str]] = set()
        extra: list[Any] = []
        for at in range(0, len(flat), 10):
            span_id, doc_id = flat[at], flat[at + 1]
            holder = stored.get(span_id)
            if holder is None:
                continue
            rowid, held_doc, start, end, label, annotator = holder
            same = (held_doc, start, end, label, annotator) == tuple(flat[at + 1 : at + 6])
            if same or (held_doc == doc_id and rowid <= since.span_rowid):
                kept.add((doc_id, span_id))
                continue
            new_id = imported_span_id(
                doc_id, flat[at + 2], flat[at + 3], flat[at + 4], f"{flat[at + 5]}\x00{span_id}"
            )
            if (doc_id, span_id) not in kept:
                moved.setdefault((doc_id, span_id), new_id)
            extra += [new_id, *flat[at + 1 : at + 10]]
            line = self.lines.get(doc_id)
            where = f" (line {line})" if line is not None else ""
            whose = "another document" if held_doc != doc_id else "another span of this file"
            since.renumbered.append(
                f"span id {span_id!r}{where} is already used by {whose}: stored as {new_id!r}"
            )
        if moved:
            _follow(self.relations, 6, self.relation_documents, moved, (1, 2))
            _follow(self.span_actors, 4, self.actor_documents, moved, (0,))
        return _insert_rows(conn, _SPAN_INSERT, 10, extra)

    def _renumber_relations(self, conn: sqlite3.Connection, since: _Since) -> int:
        """As `_renumber_spans`, for relations: another relation holding the id makes ours
        a new one whose id is derived from its ends and type."""
        flat = self.relations
        stored = _stored_rows(
            conn, "SELECT id, rowid, head_id, tail_id, type FROM relations", flat[0::6]
        )
        extra: list[Any] = []
        for at in range(0, len(flat), 6):
            relation_id = flat[at]
            holder = stored.get(relation_id)
            if holder is None:
                continue
            rowid, head, tail, type_ = holder
            if (head, tail, type_) == tuple(flat[at + 1 : at + 4]) or (
                rowid <= since.relation_rowid and head == flat[at + 1]
            ):
                continue
            new_id = imported_relation_id(flat[at + 1], flat[at + 2], flat[at + 3])
            extra += [new_id, *flat[at + 1 : at + 6]]
            since.renumbered.append(
                f"relation id {relation_id!r} is already used by another relation: "
                f"stored as {new_id!r}"
            )
        return _insert_rows(conn, _RELATION_INSERT, 6, extra)


class _Since(Record):
    """Where this import began (the largest rowids then) and what it renumbered."""

    __slots__ = __match_args__ = ("span_rowid", "relation_rowid", "renumbered")

    def __init__(self, span_rowid: int, relation_rowid: int, renumbered: list[str]) -> None:
        self.span_rowid = span_rowid
        self.relation_rowid = relation_rowid
        self.renumbered = renumbered

    @classmethod
    def now(cls, conn: sqlite3.Connection) -> _Since:
        span = conn.execute("SELECT coalesce(max(rowid), 0) FROM spans").fetchone()[0]
        relation = conn.execute("SELECT coalesce(max(rowid), 0) FROM relations").fetchone()[0]
        return cls(int(span), int(relation), [])


def _stored_rows(
    conn: sqlite3.Connection, select: str, ids: Sequence[Any]
) -> dict[Any, tuple[Any, ...]]:
    """Rows of `select` (id first) whose id is among `ids`, by id."""
    found: dict[Any, tuple[Any, ...]] = {}
    unique = list(dict.fromkeys(ids))
    for at in range(0, len(unique), 500):
        part = unique[at : at + 500]
        placeholders = ", ".join("?" * len(part))
        for row in conn.execute(f"{select} WHERE id IN ({placeholders})", part):
            found[row[0]] = tuple(row[1:])
    return found


def _follow(
    flat: list[Any],
    width: int,
    documents: list[str],
    moved: dict[tuple[str, str], str],
    columns: tuple[int, ...],
) -> None:
    """Point the span ids in `columns` of each row at their new ids, within its document."""
    for row, doc_id in enumerate(documents):
        for column in columns:
            at = row * width + column
            new_id = moved.get((doc_id, flat[at]))
            if new_id is not None:
                flat[at] = new_id


_DONE = object()


class _Failed:
    """What the preparing thread hands over instead of rows when it raised."""

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


def _ahead(produce: Iterator[_ImportRows], depth: int = 3) -> Iterator[_ImportRows]:
    """The items of `produce`, computed by a worker thread up to `depth` ahead of the caller.

    An exception in the worker is raised here, in the caller's thread; closing
    this generator early stops the worker.
    """
    import queue  # here: imports only (the window's first frame never needs it)

    handover: queue.Queue[object] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(value: object) -> bool:
        while not stop.is_set():
            try:
                handover.put(value, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            for value in produce:
                if not put(value):
                    return
            put(_DONE)
        except BaseException as exc:  # handed over and raised in the caller's thread
            put(_Failed(exc))

    worker = threading.Thread(target=work, name="annotator-import", daemon=True)
    worker.start()
    try:
        while True:
            got = handover.get()
            if got is _DONE:
                return
            if isinstance(got, _Failed):
                raise got.exc
            assert isinstance(got, _ImportRows)
            yield got
    finally:
        stop.set()
        worker.join()


class BulkImport:
    """The open transaction of `Repository.bulk_import` (see there)."""

    def __init__(self, repo: Repository, annotator: str, commit_seconds: float) -> None:
        self.repo = repo
        self.annotator = annotator
        self.commit_seconds = commit_seconds
        self.since = _Since(0, 0, [])
        self.started = 0.0
        self.sources = 0
        self.added = [0, 0, 0]
        self.known: set[tuple[str, str]] = set()  # annotators inserted in this transaction
        self.seq: int | None = None  # the last documents.seq used in this transaction

    def begin(self) -> None:
        conn = self.repo.db.conn
        begin_long_transaction(conn)  # waits out another program's write, polling
        self.since = _Since.now(conn)
        self.known = set()
        self.seq = None
        self.started = time.monotonic()
        self.sources = 0
        self.added = [0, 0, 0]

    def add(self, source: str, added: Sequence[int], *, files: int = 1) -> None:
        self.sources += files
        self.added = [a + b for a, b in zip(self.added, added, strict=True)]

    @property
    def broken(self) -> bool:
        """True when SQLite ended the transaction itself (disk full, I/O error)."""
        return not self.repo.db.conn.in_transaction

    def save(self) -> None:
        """Commit what the files so far imported, with one event for them."""
        if self.broken:
            return
        if any(self.added):
            self.repo._event(
                self.annotator,
                "documents.import",
                data={
                    "files": self.sources,
                    "documents_added": self.added[0],
                    "spans_added": self.added[1],
                    "relations_added": self.added[2],
                },
            )
        end_long_transaction(self.repo.db.conn, keep=True)

    def abandon(self) -> None:
        end_long_transaction(self.repo.db.conn, keep=False)

    def file_done(self) -> bool:
        """Commit when the transaction has been open long enough; True if it committed."""
        if time.monotonic() - self.started < self.commit_seconds or self.broken:
            return False
        self.save()
        # Leave the write lock free for a moment: a window saving an edit polls for it
        # every few milliseconds and would otherwise keep missing the gap.
        time.sleep(0.01)
        self.begin()
        return True


@classify_public_reads  # reads raise StoreError (damaged, gone, busy), never sqlite3's errors
class Repository:
    """The annotator database seen through core types."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._schema: LabelSchema | None = None
        self._bulk: BulkImport | None = None
        # `_attributes_json`'s checked attribute sets, for the schema they were checked by.
        self._attributes_schema: LabelSchema | None = None
        self._attributes_cache: dict[tuple[Any, ...], str] = {}
        if not self.db.execute("SELECT 1 FROM labels LIMIT 1").fetchone():
            self.save_schema(default_schema())

    @property
    def path(self) -> str:
        """The database file, for another thread's own connection (SQLite connections
        belong to one thread)."""
        return str(self.db.execute("PRAGMA database_list").fetchone()[2])

    def has_document_of(self, characters: int) -> bool:
        """Whether some document is at least `characters` code points long."""
        row = self.db.execute(
            "SELECT EXISTS (SELECT 1 FROM document_lengths WHERE characters >= ?)", [characters]
        ).fetchone()
        return bool(row[0])

    def document_titles(self) -> dict[str, str]:
        """Every document's title by id."""
        return dict(self.db.execute("SELECT id, title FROM documents").fetchall())

    # -- transactions and events -------------------------------------------------

    def action(self) -> AbstractContextManager[None]:
        """One user action: everything inside commits together or not at all.

        Starts with BEGIN IMMEDIATE (waits out another program's write instead
        of failing); raises the StoreError subclasses of `store_error`.
        """
        return write_transaction(self.db)

    def _event(
        self,
        annotator: str,
        action: str,
        *,
        document_id: str | None = None,
        span_id: str | None = None,
        relation_id: str | None = None,
        data: dict[str, Any] | None = None,
    ) -> None:
        self.db.execute(
            _INSERT_EVENT,
            [now(), annotator, action, document_id, span_id, relation_id, _dumps(data or {})],
        )

    # -- settings and annotators -----------------------------------------------------

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.action():
            self.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    def ensure_annotator(self, name: str, kind: str = "human") -> None:
        """Record `name` as an annotator (idempotent). Names are stored verbatim."""
        with self.action():
            self._insert_annotator(name, kind)

    def _insert_annotator(self, name: str, kind: str = "human") -> None:
        # Inside a transaction already (no savepoint of its own: one statement).
        if not name.strip():
            raise SchemaError("an annotator needs a name")
        self.db.execute(
            "INSERT OR IGNORE INTO annotators (name, kind, created) VALUES (?, ?, ?)",
            [name, kind, now()],
        )

    def annotators(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT name FROM annotators ORDER BY name")]

    def annotator_kind(self, name: str) -> str | None:
        """The kind of the layer `name` (human, gold, suggester, imported), None if unknown."""
        row = self.db.execute("SELECT kind FROM annotators WHERE name = ?", [name]).fetchone()
        return None if row is None else str(row[0])

    # -- schema ----------------------------------------------------------------------

    def schema(self) -> LabelSchema:
        """The label schema stored in this database."""
        if self._schema is None:
            labels = [
                {
                    "name": r[0],
                    "color": r[1],
                    "hotkey": r[2],
                    "description": r[3],
                    "attributes": json.loads(r[4]),
                }
                for r in self.db.execute(
                    "SELECT name, color, hotkey, description, attributes FROM labels "
                    "ORDER BY position"
                )
            ]
            relations = [
                {"name": r[0], "head": r[1], "tail": r[2], "description": r[3]}
                for r in self.db.execute(
                    "SELECT name, head_label, tail_label, description FROM relation_types"
                )
            ]
            self._schema = schema_from_dict({"labels": labels, "relations": relations}, "database")
        return self._schema

    def forget_schema(self) -> None:
        """Read the schema again on next use (the file was replaced, e.g. by a restore)."""
        self._schema = None

    def save_schema(self, schema: LabelSchema) -> None:
        """Store `schema`, adding and updating labels; labels in use are never removed."""
        with self.action():
            for position, label in enumerate(schema.labels):
                self.db.execute(
                    "INSERT INTO labels (name, color, hotkey, description, attributes, position) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
                    "color = excluded.color, hotkey = excluded.hotkey, "
                    "description = excluded.description, attributes = excluded.attributes, "
                    "position = excluded.position",
                    [
                        label.name,
                        label.color,
                        label.hotkey,
                        label.description,
                        _dumps([a.to_dict() for a in label.attributes]),
                        position,
                    ],
                )
            for relation in schema.relations:
                self.db.execute(
                    "INSERT INTO relation_types (name, head_label, tail_label, description) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
                    "head_label = excluded.head_label, tail_label = excluded.tail_label, "
                    "description = excluded.description",
                    [relation.name, relation.head, relation.tail, relation.description],
                )
        self._schema = None

    # -- documents -------------------------------------------------------------------

    def document(self, document_id: str) -> Document:
        row = self.db.execute(
            "SELECT id, text, title, source, published, meta, sha256 FROM documents WHERE id = ?",
            [document_id],
        ).fetchone()
        if row is None:
            raise StoreError(f"no document with id {document_id!r}")
        return Document(
            id=row[0],
            text=row[1],
            title=row[2],
            source=row[3],
            published=row[4],
            meta=stored_object(row[5], "document meta"),
            sha256=row[6],
        )

    def document_texts(self, document_ids: Sequence[str]) -> list[str]:
        """The texts of `document_ids`, in that order, in one read (what `document(id).text`
        gives for each; `annotator suggest` reads its batches so). Raises StoreError for an
        id that no document has, as `document` does."""
        found = dict(
            self.db.execute(
                "SELECT id, text FROM documents WHERE id IN (SELECT value FROM json_each(?))",
                [json.dumps(list(document_ids))],
            ).fetchall()
        )
        try:
            return [found[document_id] for document_id in document_ids]
        except KeyError as missing:
            raise StoreError(f"no document with id {missing.args[0]!r}") from None

    def document_title(self, document_id: str) -> str:
        row = self.db.execute("SELECT title FROM documents WHERE id = ?", [document_id]).fetchone()
        return str(row[0]) if row else ""

    def _document_filter(
        self, annotator: str, text_filter: str | None, status: str | None
    ) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if text_filter:
            needle = (
                "%"
                + text_filter.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%"
            )
            clauses.append("(d.title LIKE ? ESCAPE '\\' OR d.text LIKE ? ESCAPE '\\')")
            params += [needle, needle]
        if status:
            if status not in STATUSES:
                raise SchemaError(f"unknown status {status!r}")
            clauses.append(
                "coalesce((SELECT status FROM document_status s WHERE s.document_id = d.id "
                "AND s.annotator = ?), 'todo') = ?"
            )
            params += [annotator, status]
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def document_count(
        self, annotator: str = "", text_filter: str | None = None, status: str | None = None
    ) -> int:
        where, params = self._document_filter(annotator, text_filter, status)
        row = self.db.execute(f"SELECT count(*) FROM documents d{where}", params).fetchone()
        return int(row[0])

    def document_rows(
        self,
        annotator: str,
        offset: int,
        limit: int,
        text_filter: str | None = None,
        status: str | None = None,
    ) -> list[DocumentRow]:
        """A page of the document list in import order, with `annotator`'s status."""
        where, params = self._document_filter(annotator, text_filter, status)
        sql = (
            "SELECT d.id, d.seq, d.title, "
            "coalesce((SELECT status FROM document_status s WHERE s.document_id = d.id "
            "AND s.annotator = ?), 'todo'), "
            "(SELECT count(*) FROM spans WHERE spans.document_id = d.id AND spans.annotator = ?) "
            f"FROM documents d{where} ORDER BY d.seq LIMIT ? OFFSET ?"
        )
        rows = self.db.execute(sql, [annotator, annotator, *params, limit, offset])
        return [DocumentRow(r[0], r[1], r[2], r[3], r[4]) for r in rows]

    def document_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM documents ORDER BY seq")]

    def document_position(self, document_id: str) -> tuple[int, int]:
        """(1-based position in import order, total documents)."""
        row = self.db.execute(
            "SELECT (SELECT count(*) FROM documents WHERE seq <= d.seq), "
            "(SELECT count(*) FROM documents) FROM documents d WHERE id = ?",
            [document_id],
        ).fetchone()
        return (int(row[0]), int(row[1])) if row else (0, 0)

    def neighbour_document(self, document_id: str, step: int) -> str | None:
        """The document before (step -1) or after (step +1) `document_id` in import order."""
        if step > 0:
            sql = (
                "SELECT id FROM documents WHERE seq > (SELECT seq FROM documents WHERE id = ?) "
                "ORDER BY seq LIMIT 1"
            )
        else:
            sql = (
                "SELECT id FROM documents WHERE seq < (SELECT seq FROM documents WHERE id = ?) "
                "ORDER BY seq DESC LIMIT 1"
            )
        row = self.db.execute(sql, [document_id]).fetchone()
        return str(row[0]) if row else None

    def next_not_done(self, document_id: str, annotator: str) -> str | None:
        """The next document after `document_id` (wrapping round) that `annotator` has not done."""
        sql = (
            "SELECT d.id FROM documents d WHERE d.id != ? AND coalesce((SELECT status FROM "
            "document_status s WHERE s.document_id = d.id AND s.annotator = ?), 'todo') != 'done' "
            "ORDER BY d.seq <= (SELECT seq FROM documents WHERE id = ?), d.seq LIMIT 1"
        )
        row = self.db.execute(sql, [document_id, annotator, document_id]).fetchone()
        return str(row[0]) if row else None

    def import_documents(
        self,
        items: Iterable[AnnotatedDocument],
        annotator: str,
        *,
        source: str = "",
        checked_with: LabelSchema | None = None,
    ) -> ImportCounts:
        """Add documents with their spans and relations in ONE transaction.

        A document whose text is already stored (same sha256) is not added
        again, but its new spans are; spans and relations already stored are
        skipped, so re-importing a file changes nothing (and records no event).
        A span or relation whose id is held by a different one is stored under
        a new id and listed in `ImportCounts.renumbered`. Labels and
        attributes must fit the schema (SchemaError otherwise; nothing is
        written). Uses multi-row inserts: this is the bulk path.

        `checked_with` is the schema a reader has already checked every item
        against (offsets, labels, attributes, provenance, relation types, as
        the native JSONL reader does); when it equals the database's schema
        those checks are not repeated. Inside `bulk_import` this is one
        savepoint of the bulk transaction.
        """
        schema = self.schema()
        checked = checked_with is not None and checked_with == schema
        now_ = now()
        # Every item is checked before the transaction starts.
        items = list(items)
        with self._forget_on_failure(), self.action():
            since = self._since()
            # Only needed to count the added spans by annotator (articles come without).
            first_rowid = self._last_span_rowid() if any(i.spans for i in items) else 0
            rows = _ImportRows.of(items, annotator, schema, checked, now_, self._next_seq())
            self._used_seq(rows.documents_seen)
            added = rows.write(self.db.conn, now_, self._known_annotators(), since)
            return self._import_done(
                annotator, source, rows.documents_seen, added, since, first_rowid
            )

    def import_articles(
        self, items: Sequence[AnnotatedDocument], annotator: str, *, files: int = 1
    ) -> list[bool]:
        """`import_documents` for documents without spans (articles), from `files` files;
        for each item, whether it was added (False: its text was already stored, or is
        earlier in `items`).

        One savepoint and one multi-row insert for all of them: the bulk path of a
        folder of articles. Raises ValueError for an item with spans or relations.
        """
        if any(item.spans or item.relations or item.actors for item in items):
            raise ValueError("import_articles takes documents without spans")
        schema = self.schema()
        now_ = now()
        with self._forget_on_failure(), self.action():
            stored = _stored_rows(
                self.db.conn, "SELECT id FROM documents", [i.document.id for i in items]
            )
            added = []
            for item in items:
                doc_id = item.document.id
                added.append(doc_id not in stored)
                stored[doc_id] = ()
            # Every item takes a seq, added or not, as `import_documents` numbers them.
            rows = _ImportRows.of(items, annotator, schema, True, now_, self._next_seq())
            self._used_seq(rows.documents_seen)
            since = self._since()
            counts = rows.write(self.db.conn, now_, self._known_annotators(), since)
            if self._bulk is not None:
                self._bulk.add("", counts, files=files)
            elif any(counts):
                self._event(
                    annotator,
                    "documents.import",
                    data={
                        "files": files,
                        "documents": rows.documents_seen,
                        "documents_added": counts[0],
                        "spans_added": 0,
                        "relations_added": 0,
                    },
                )
        return added

    def import_document_chunks(
        self,
        chunks: Iterable[Iterable[AnnotatedDocument]],
        annotator: str,
        *,
        source: str = "",
        checked_with: LabelSchema | None = None,
    ) -> ImportCounts:
        """`import_documents` for items that arrive in chunks, still in ONE transaction.

        `chunks` is iterated, and each chunk checked and turned into rows, in a
        worker thread while this thread writes the previous chunk (sqlite3
        releases the GIL while SQLite works), so `chunks` must not use this
        repository. Any exception, from the checks or raised by `chunks`
        itself, rolls back every chunk already written.
        """
        schema = self.schema()
        checked = checked_with is not None and checked_with == schema
        now_ = now()
        conn = self.db.conn
        added = [0, 0, 0]
        seen = 0
        known = self._known_annotators()
        with self._forget_on_failure(), self.action():
            first_seq = self._next_seq()
            since = self._since()
            first_rowid = self._last_span_rowid()

            def prepared() -> Iterator[_ImportRows]:
                seq = first_seq
                for chunk in chunks:
                    rows = _ImportRows.of(chunk, annotator, schema, checked, now_, seq)
                    seq += rows.documents_seen
                    yield rows

            for rows in _ahead(prepared()):
                counts = rows.write(conn, now_, known, since)
                self._used_seq(rows.documents_seen)
                seen += rows.documents_seen
                added = [a + b for a, b in zip(added, counts, strict=True)]
            return self._import_done(annotator, source, seen, added, since, first_rowid)

    @contextmanager
    def _forget_on_failure(self) -> Iterator[None]:
        try:
            yield
        except BaseException:
            if self._bulk is not None:
                self._bulk.known.clear()
            raise

    def _known_annotators(self) -> set[tuple[str, str]]:
        """Annotators already inserted by this bulk import (a fresh set outside one).

        Forgotten when a file fails: its savepoint took its annotator rows with it.
        """
        return self._bulk.known if self._bulk is not None else set()

    def _next_seq(self) -> int:
        """The last `seq` in use: numbers after it are free for this import.

        Inside a bulk transaction it is read once and then counted on (a file that
        fails leaves a gap, which is harmless: seq orders documents, it need not be dense).
        """
        if self._bulk is None:
            return self._last_seq()
        if self._bulk.seq is None:
            self._bulk.seq = self._last_seq()
        return self._bulk.seq

    def _used_seq(self, count: int) -> None:
        if self._bulk is not None and self._bulk.seq is not None:
            self._bulk.seq += count

    def _last_seq(self) -> int:
        return int(self.db.execute("SELECT coalesce(max(seq), 0) FROM documents").fetchone()[0])

    def _since(self) -> _Since:
        # Inside a bulk import the start of the whole run counts: a span imported from
        # an earlier file of the run is "another span", not a stored one to keep.
        if self._bulk is not None:
            since = self._bulk.since
            return _Since(since.span_rowid, since.relation_rowid, [])
        return _Since.now(self.db.conn)

    def _last_span_rowid(self) -> int:
        return int(self.db.execute("SELECT coalesce(max(rowid), 0) FROM spans").fetchone()[0])

    def _import_done(
        self,
        annotator: str,
        source: str,
        documents: int,
        added: Sequence[int],
        since: _Since,
        first_rowid: int,
    ) -> ImportCounts:
        added_docs, added_spans, added_relations = added
        owners: tuple[tuple[str, int], ...] = ()
        if added_spans:  # the rows this call inserted are the ones past first_rowid
            owners = tuple(
                (str(r[0]), int(r[1]))
                for r in self.db.execute(
                    "SELECT annotator, count(*) FROM spans WHERE rowid > ? GROUP BY annotator",
                    [first_rowid],
                )
            )
        if self._bulk is not None:
            self._bulk.add(source, added)
        elif any(added):  # re-importing a known file changes nothing and records nothing
            self._event(
                annotator,
                "documents.import",
                data={
                    "source": source,
                    "documents": documents,
                    "documents_added": added_docs,
                    "spans_added": added_spans,
                    "relations_added": added_relations,
                },
            )
        return ImportCounts(
            added_docs,
            documents - added_docs,
            added_spans,
            added_relations,
            tuple(since.renumbered),
            owners,
        )

    @contextmanager
    def bulk_import(self, annotator: str, *, commit_seconds: float = 0.5) -> Iterator[BulkImport]:
        """One write transaction (BEGIN IMMEDIATE) for many `import_documents` calls.

        Each call inside is a savepoint, so a file that fails still leaves nothing
        of itself, while many small files share one commit. `BulkImport.file_done()`
        commits and begins anew once `commit_seconds` have passed since the last
        commit, so another program waits at most about that long for the write
        lock. One `documents.import` event is recorded per commit that added
        anything, not one per file.
        """
        if self._bulk is not None:
            raise RuntimeError("bulk_import does not nest")
        bulk = BulkImport(self, annotator, commit_seconds)
        self._bulk = bulk
        try:
            bulk.begin()
            yield bulk
            bulk.save()
        except BaseException:
            bulk.abandon()
            raise
        finally:
            self._bulk = None

    # -- spans -----------------------------------------------------------------------

    def spans(
        self, document_id: str, annotators: Sequence[str] | None = None, *, ordered: bool = True
    ) -> list[Span]:
        """The document's spans, ordered by start then longest first; all annotators if None.

        `ordered=False` returns them in no particular order, for a caller that
        indexes them itself: SQLite's sort of whole rows is about half the time of
        reading a long article's spans.
        """
        sql, params, annotator = self._document_spans_sql(document_id, annotators)
        if ordered:
            sql += ' ORDER BY start, "end" DESC, id'
        return [_stored_span(document_id, annotator, row) for row in self.db.execute(sql, params)]

    def document_spans(
        self, document_id: str, annotators: Sequence[str] | None = None
    ) -> DocumentSpans:
        """The document's spans by id (all annotators if None), each made into a `Span`
        only when first asked for; `positions()` reads where they are without that.

        Opening an article reads them this way: the article's index and the span
        table's order need positions and labels, and the Spans on screen.
        """
        sql, params, annotator = self._document_spans_sql(document_id, annotators)
        rows: dict[str, Sequence[Any] | Span] = {
            row[0]: row for row in self.db.execute(sql, params)
        }
        return DocumentSpans(rows, partial(_stored_span, document_id, annotator))

    @staticmethod
    def _document_spans_sql(
        document_id: str, annotators: Sequence[str] | None
    ) -> tuple[str, list[Any], str | None]:
        """The query of a document's span rows for `_stored_span`, its parameters, and
        the annotator of every row when there is one (the column is then not read)."""
        # Fewer objects per row on the open of a long article: no "{}" string for the
        # spans without attributes (most), no annotator column for one annotator's layer.
        one = annotators[0] if annotators is not None and len(annotators) == 1 else None
        sql = (
            "SELECT id, start, \"end\", label, NULLIF(attributes, '{}'), provenance, created, "
            "updated FROM spans WHERE document_id = ?"
            if one is not None
            else "SELECT id, start, \"end\", label, NULLIF(attributes, '{}'), provenance, "
            "created, updated, annotator FROM spans WHERE document_id = ?"
        )
        params: list[Any] = [document_id]
        if annotators is not None:
            sql += f" AND annotator IN ({', '.join('?' for _ in annotators)})"
            params += list(annotators)
        return sql, params, one

    def span(self, span_id: str) -> Span:
        row = self.db.execute(
            f"SELECT {_SPAN_COLUMNS} FROM spans WHERE id = ?", [span_id]
        ).fetchone()
        if row is None:
            raise SpanError(f"no span with id {span_id!r}")
        return _span(row)

    def _text_length(self, document_id: str) -> int:
        # The length kept by m007's triggers; counting the text itself reads all of it.
        row = self.db.execute(
            "SELECT coalesce((SELECT characters FROM document_lengths WHERE document_id = ?), "
            "(SELECT length(text) FROM documents WHERE id = ?))",
            [document_id, document_id],
        ).fetchone()
        if row is None or row[0] is None:
            raise SpanError(f"no document with id {document_id!r}")
        return int(row[0])

    def _mark_in_progress(self, document_id: str, annotator: str) -> None:
        # The first edit of a 'todo' document makes it 'in progress'; 'done' stays done.
        self.db.execute(
            "INSERT INTO document_status (document_id, annotator, status, updated) "
            "VALUES (?, ?, 'in_progress', ?) ON CONFLICT DO NOTHING",
            [document_id, annotator, now()],
        )

    def add_span(self, span: Span, *, text_length: int | None = None) -> Span:
        """Store a new span (offsets, label and attributes checked) and return it as stored.

        `text_length`: the document's length in code points when the caller holds its
        text (the window's open document), which saves reading it; the database refuses
        a span past the text either way.
        """
        if text_length is None:
            text_length = self._text_length(span.document_id)
        check_offsets(span.start, span.end, text_length)
        attributes = self.schema().validate_attributes(span.label, span.attributes)
        if span.provenance not in PROVENANCES:
            raise SchemaError(f"unknown provenance {span.provenance!r}")
        stamp = now()
        stored = replace(span, attributes=attributes, created=span.created or stamp, updated=stamp)
        with self.action():
            self._insert_annotator(span.annotator)
            self.db.execute(
                f"INSERT INTO spans ({_SPAN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    stored.id,
                    stored.document_id,
                    stored.start,
                    stored.end,
                    stored.label,
                    stored.annotator,
                    _dumps(stored.attributes),
                    stored.provenance,
                    stored.created,
                    stored.updated,
                ],
            )
            self._mark_in_progress(span.document_id, span.annotator)
            self._event(
                span.annotator,
                "span.add",
                document_id=span.document_id,
                span_id=span.id,
                data={
                    "start": span.start,
                    "end": span.end,
                    "label": span.label,
                    "attributes": attributes,
                    "provenance": span.provenance,
                },
            )
        return stored

    def update_span(
        self,
        span_id: str,
        *,
        by: str,
        label: str | None = None,
        start: int | None = None,
        end: int | None = None,
        attributes: dict[str, Any] | None = None,
        text_length: int | None = None,
    ) -> Span:
        """Change a span's label, extent or attributes (None leaves a field alone).

        Relabelling drops attributes the new label does not have. `by` names
        who made the change (recorded in the event). Returns the span as stored.
        `text_length` as for `add_span`.
        """
        old = self.span(span_id)
        new_label = label if label is not None else old.label
        new_start = start if start is not None else old.start
        new_end = end if end is not None else old.end
        if text_length is None:
            text_length = self._text_length(old.document_id)
        check_offsets(new_start, new_end, text_length)
        target = self.schema().label(new_label)
        raw = dict(old.attributes if attributes is None else attributes)
        if label is not None and label != old.label:
            raw = {k: v for k, v in raw.items() if target.attribute(k) is not None}
        clean = self.schema().validate_attributes(new_label, raw)
        new = replace(
            old, label=new_label, start=new_start, end=new_end, attributes=clean, updated=now()
        )
        with self.action():
            self.db.execute(
                'UPDATE spans SET label = ?, start = ?, "end" = ?, attributes = ?, updated = ? '
                "WHERE id = ?",
                [new.label, new.start, new.end, _dumps(new.attributes), new.updated, span_id],
            )
            self._event(
                by,
                "span.update",
                document_id=old.document_id,
                span_id=span_id,
                data={
                    "before": {
                        "start": old.start,
                        "end": old.end,
                        "label": old.label,
                        "attributes": old.attributes,
                    },
                    "after": {
                        "start": new.start,
                        "end": new.end,
                        "label": new.label,
                        "attributes": new.attributes,
                    },
                },
            )
        return new

    def delete_span(self, span_id: str, *, by: str) -> tuple[Span, list[Relation]]:
        """Remove a span and the relations that touch it; returns both, for undo."""
        span = self.span(span_id)
        relations = [
            _relation(r)
            for r in self.db.execute(
                "SELECT id, head_id, tail_id, type, annotator, created FROM relations "
                "WHERE head_id = ? OR tail_id = ?",
                [span_id, span_id],
            )
        ]
        with self.action():
            self.db.execute(
                "DELETE FROM relations WHERE head_id = ? OR tail_id = ?", [span_id, span_id]
            )
            self.db.execute("DELETE FROM spans WHERE id = ?", [span_id])
            self._event(
                by,
                "span.delete",
                document_id=span.document_id,
                span_id=span_id,
                data={
                    "start": span.start,
                    "end": span.end,
                    "label": span.label,
                    "relations": [r.id for r in relations],
                },
            )
        return span, relations

    def restore_span(self, span: Span, relations: Sequence[Relation], *, by: str) -> None:
        """Put back a deleted span exactly as it was, with its relations (undo of delete)."""
        with self.action():
            self.db.execute(
                f"INSERT INTO spans ({_SPAN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    span.id,
                    span.document_id,
                    span.start,
                    span.end,
                    span.label,
                    span.annotator,
                    _dumps(span.attributes),
                    span.provenance,
                    span.created,
                    span.updated,
                ],
            )
            for relation in relations:
                self._insert_relation(relation)
            self._event(by, "span.restore", document_id=span.document_id, span_id=span.id)

    # -- relations -------------------------------------------------------------------

    def relations(self, document_id: str) -> list[Relation]:
        """Relations whose head span belongs to the document."""
        rows = self.db.execute(
            "SELECT r.id, r.head_id, r.tail_id, r.type, r.annotator, r.created FROM relations r "
            "JOIN spans s ON s.id = r.head_id WHERE s.document_id = ? ORDER BY r.created, r.id",
            [document_id],
        )
        return [_relation(r) for r in rows]

    def _insert_relation(self, relation: Relation) -> None:
        self.db.execute(
            "INSERT INTO relations (id, head_id, tail_id, type, annotator, created) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                relation.id,
                relation.head_id,
                relation.tail_id,
                relation.type,
                relation.annotator,
                relation.created or now(),
            ],
        )

    def add_relation(self, relation: Relation) -> Relation:
        """Store a relation after checking its type and the labels of both ends."""
        kind = self.schema().relation(relation.type)
        head, tail = self.span(relation.head_id), self.span(relation.tail_id)
        if head.label != kind.head or tail.label != kind.tail:
            raise SchemaError(
                f"a {kind.name} relation goes from {kind.head} to {kind.tail}, "
                f"not from {head.label} to {tail.label}"
            )
        if head.document_id != tail.document_id:
            raise SchemaError("both ends of a relation must be in the same document")
        stored = relation.with_(created=relation.created or now())
        with self.action():
            self.ensure_annotator(relation.annotator)
            self._insert_relation(stored)
            self._event(
                relation.annotator,
                "relation.add",
                document_id=head.document_id,
                span_id=head.id,
                relation_id=relation.id,
                data={"type": relation.type, "head": head.id, "tail": tail.id},
            )
        return stored

    def delete_relation(self, relation_id: str, *, by: str) -> Relation:
        row = self.db.execute(
            "SELECT id, head_id, tail_id, type, annotator, created FROM relations WHERE id = ?",
            [relation_id],
        ).fetchone()
        if row is None:
            raise SpanError(f"no relation with id {relation_id!r}")
        relation = _relation(row)
        with self.action():
            self.db.execute("DELETE FROM relations WHERE id = ?", [relation_id])
            self._event(
                by,
                "relation.delete",
                span_id=relation.head_id,
                relation_id=relation_id,
                data={"type": relation.type, "head": relation.head_id, "tail": relation.tail_id},
            )
        return relation

    # -- status and statistics -------------------------------------------------------

    def status(self, document_id: str, annotator: str) -> str:
        row = self.db.execute(
            "SELECT status FROM document_status WHERE document_id = ? AND annotator = ?",
            [document_id, annotator],
        ).fetchone()
        return str(row[0]) if row else "todo"

    def set_status(self, document_id: str, annotator: str, status: str) -> str:
        """Set `annotator`'s status of a document; returns the previous status."""
        if status not in STATUSES:
            raise SchemaError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
        previous = self.status(document_id, annotator)
        with self.action():
            self.ensure_annotator(annotator)
            self.db.execute(
                "INSERT INTO document_status (document_id, annotator, status, updated) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(document_id, annotator) DO UPDATE SET "
                "status = excluded.status, updated = excluded.updated",
                [document_id, annotator, status, now()],
            )
            self._event(
                annotator,
                "status.set",
                document_id=document_id,
                data={"from": previous, "to": status},
            )
        return previous

    def progress(self, annotator: str) -> tuple[int, int]:
        """(documents `annotator` has marked done, all documents)."""
        done = self.db.execute(
            "SELECT count(*) FROM document_status WHERE annotator = ? AND status = 'done'",
            [annotator],
        ).fetchone()[0]
        total = self.db.execute("SELECT count(*) FROM documents").fetchone()[0]
        return int(done), int(total)

    def label_counts(self, document_id: str, annotator: str | None = None) -> dict[str, int]:
        sql = "SELECT label, count(*) FROM spans WHERE document_id = ?"
        params: list[Any] = [document_id]
        if annotator is not None:
            sql += " AND annotator = ?"
            params.append(annotator)
        return {r[0]: r[1] for r in self.db.execute(sql + " GROUP BY label", params)}

    def stats(self) -> Stats:
        one = self.db.execute
        return Stats(
            documents=int(one("SELECT count(*) FROM documents").fetchone()[0]),
            spans=int(one("SELECT count(*) FROM spans").fetchone()[0]),
            relations=int(one("SELECT count(*) FROM relations").fetchone()[0]),
            spans_per_label=dict(
                one("SELECT label, count(*) FROM spans GROUP BY label ORDER BY label").fetchall()
            ),
            spans_per_annotator=dict(
                one(
                    "SELECT annotator, count(*) FROM spans GROUP BY annotator ORDER BY annotator"
                ).fetchall()
            ),
            done_per_annotator=dict(
                one(
                    "SELECT annotator, count(*) FROM document_status WHERE status = 'done' "
                    "GROUP BY annotator ORDER BY annotator"
                ).fetchall()
            ),
        )

    # -- suggestions -----------------------------------------------------------------

    def reject_suggestion(
        self, document_id: str, start: int, end: int, label: str, annotator: str
    ) -> bool:
        """Remember that `annotator` rejected the suggestion `label` at [start, end).

        Returns False when it was already rejected (nothing changes then).
        """
        check_offsets(start, end, self._text_length(document_id))
        with self.action():
            self.ensure_annotator(annotator)
            cursor = self.db.execute(
                'INSERT OR IGNORE INTO rejected_suggestions (document_id, start, "end", label, '
                "annotator, rejected) VALUES (?, ?, ?, ?, ?, ?)",
                [document_id, start, end, label, annotator, now()],
            )
            added = cursor.rowcount > 0
            if added:
                self._event(
                    annotator,
                    "suggestion.reject",
                    document_id=document_id,
                    data={"start": start, "end": end, "label": label},
                )
        return added

    def unreject_suggestion(
        self, document_id: str, start: int, end: int, label: str, annotator: str
    ) -> bool:
        """Forget a rejection (undo); returns False when there was none."""
        with self.action():
            cursor = self.db.execute(
                "DELETE FROM rejected_suggestions WHERE document_id = ? AND start = ? "
                'AND "end" = ? AND label = ? AND annotator = ?',
                [document_id, start, end, label, annotator],
            )
            removed = cursor.rowcount > 0
            if removed:
                self._event(
                    annotator,
                    "suggestion.unreject",
                    document_id=document_id,
                    data={"start": start, "end": end, "label": label},
                )
        return removed

    def rejected_suggestions(
        self, document_id: str, annotator: str | None = None
    ) -> set[tuple[int, int, str]]:
        """(start, end, label) of the suggestions rejected in a document; by anyone if None."""
        sql = 'SELECT start, "end", label FROM rejected_suggestions WHERE document_id = ?'
        params: list[Any] = [document_id]
        if annotator is not None:
            sql += " AND annotator = ?"
            params.append(annotator)
        return {(r[0], r[1], r[2]) for r in self.db.execute(sql, params)}

    def actor_texts(
        self, exclude_annotator_kinds: Sequence[str] = ("suggester",)
    ) -> dict[str, str | None]:
        """The distinct texts tagged ACTOR across the corpus, with their most used type.

        Spans by annotators of the excluded kinds (the suggester) do not count,
        so suggestions never feed themselves. The type is None when no span of
        that text has one.

        Every suggestion job asks for them: this process keeps what it read, and reads
        again only the documents written to since (see `store.known_actors`). While
        nothing changed, the very same dict is returned (the rules' name matcher built
        for it is kept too): do not modify it.
        """
        return known_actors.actor_texts(self, exclude_annotator_kinds)

    def kept_actor_texts(
        self, exclude_annotator_kinds: Sequence[str] = ("suggester",)
    ) -> dict[str, str | None] | None:
        """What `actor_texts` last gave in this process for this file, without reading the
        corpus (about 0.2 s to bring up to date after tags in a long article): out of
        date if anything was written since; None when never read here."""
        return known_actors.kept_actor_texts(self, exclude_annotator_kinds)

    def replace_suggestions(
        self,
        document_id: str,
        spans: Sequence[Span],
        relations: Sequence[Relation],
        annotator: str = "suggester",
        *,
        text_length: int | None = None,
    ) -> tuple[int, int]:
        """Make `spans` and `relations` the whole of `annotator`'s layer in one document.

        The layer's previous spans (and their relations) in that document go;
        `annotator` is recorded with kind 'suggester'. One transaction (a
        savepoint inside the caller's). `text_length`: the document's length in
        code points when the caller holds its text (else it is read). Raises
        SpanError for a span outside the text or of another document or layer,
        SchemaError for attributes the schema refuses; nothing is written then.
        Returns (spans written, relations written).
        """
        return self.replace_suggestion_layers(
            [SuggestionLayer(document_id, spans, relations, text_length)], annotator
        )[0]

    def replace_suggestion_layers(
        self, layers: Sequence[SuggestionLayer | SuggestedRows], annotator: str = "suggester"
    ) -> list[tuple[int, int]]:
        """`replace_suggestions` for several documents at once, all of them or none.

        The same rows in the same order as one call per document, but written with a
        handful of statements for all of them (a statement per document and span costs
        more than the rows: each opens its own statement journal). One transaction (a
        savepoint inside the caller's). Raises as `replace_suggestions`, before writing
        anything. Returns (spans written, relations written) per layer, in order.
        """
        if len({layer.document_id for layer in layers}) < len(layers):
            # A document named twice: one after the other, the later layer wins.
            with self.action():
                return [self.replace_suggestion_layers([layer], annotator)[0] for layer in layers]
        schema = self.schema()
        stamp = now()
        rows: list[Any] = []
        relation_rows: list[Any] = []
        events: list[Any] = []
        counts = []
        for layer in layers:
            document_id = layer.document_id
            length = (
                self._text_length(document_id) if layer.text_length is None else layer.text_length
            )
            if isinstance(layer, SuggestedRows):
                attributes_json = self._attributes_json
                for span_id, start, end, label, attributes in layer.spans:
                    if not 0 <= start < end <= length:
                        check_offsets(start, end, length)  # raises, naming the extent
                    rows += (
                        span_id,
                        document_id,
                        start,
                        end,
                        label,
                        annotator,
                        attributes_json(schema, label, attributes),
                        "suggested",
                        stamp,
                        stamp,
                    )
            else:
                for span in layer.spans:
                    if not 0 <= span.start < span.end <= length:
                        check_offsets(span.start, span.end, length)  # raises, naming the extent
                    if span.document_id != document_id or span.annotator != annotator:
                        raise SpanError("a suggestion belongs to another document or layer")
                    rows += (
                        span.id,
                        document_id,
                        span.start,
                        span.end,
                        span.label,
                        annotator,
                        self._attributes_json(schema, span.label, span.attributes),
                        span.provenance,
                        span.created or stamp,
                        stamp,
                    )
            for r in layer.relations:
                relation_rows += (
                    r.id,
                    r.head_id,
                    r.tail_id,
                    r.type,
                    r.annotator,
                    r.created or stamp,
                )
            spans_relations = (len(layer.spans), len(layer.relations))
            counts.append(spans_relations)
            events.append(
                (
                    stamp,
                    annotator,
                    "suggestions.replace",
                    document_id,
                    None,
                    None,
                    _dumps({"spans": spans_relations[0], "relations": spans_relations[1]}),
                )
            )
        chosen = json.dumps([layer.document_id for layer in layers])
        with self.action():
            self.db.execute(
                "INSERT OR IGNORE INTO annotators (name, kind, created) VALUES (?, 'suggester', ?)",
                [annotator, stamp],
            )
            self.db.execute(
                "DELETE FROM relations WHERE annotator = ? AND head_id IN "
                "(SELECT id FROM spans WHERE annotator = ? "
                "AND document_id IN (SELECT value FROM json_each(?)))",
                [annotator, annotator, chosen],
            )
            self.db.execute(
                "DELETE FROM spans WHERE annotator = ? "
                "AND document_id IN (SELECT value FROM json_each(?))",
                [annotator, chosen],
            )
            # Many rows per statement: a trigger or constraint that can abort makes SQLite
            # journal the pages each statement changes, once per statement.
            _insert_rows(self.db.conn, _SUGGESTION_INSERT, 10, rows, reused=True)
            _insert_rows(self.db.conn, _SUGGESTED_RELATION_INSERT, 6, relation_rows, reused=True)
            self.db.conn.executemany(_INSERT_EVENT, events)
        return counts

    @contextmanager
    def temporary_files_in_memory(self) -> Iterator[None]:
        """SQLite's temporary files in memory inside the block (as before after it).

        For a long run of bulk writes (`annotator suggest`): each write statement inside a
        transaction keeps the pages it changes in a statement journal, a temporary file
        once past 64 KiB; on disk that was about a millisecond of system time per document
        suggested (a write call per page). In memory it is a few megabytes at most, freed
        at each commit. Not for every connection: a large sort (an export's) would then
        grow in memory too. Call it outside a transaction (SQLite refuses the change
        inside one); the connection's temporary tables are dropped.
        """
        before = int(self.db.execute("PRAGMA temp_store").fetchone()[0])
        self.db.execute("PRAGMA temp_store = MEMORY")
        try:
            yield
        finally:
            self.db.execute(_TEMP_STORE[before])

    @contextmanager
    def larger_page_cache(self) -> Iterator[None]:
        """A page cache of 32 MiB for this connection inside the block (as before after it).

        For a long run of bulk writes (`annotator suggest`): each span's random id lands
        on its own page of the id index, and with SQLite's default cache (2 MB) those
        pages were read back from the file over and over (about 170 reads per document
        suggested, 5,000 articles of ~3 KB). The cache fills only as pages are used, and
        is freed when the block ends.
        """
        (pages,) = self.db.execute("PRAGMA cache_size").fetchone()
        self.db.execute(_BULK_PAGE_CACHE)
        try:
            yield
        finally:
            self.db.execute(f"PRAGMA cache_size = {int(pages)}")  # read back above

    def _attributes_json(self, schema: LabelSchema, label: str, attributes: Any) -> str:
        """`attributes` checked against `schema` for `label`, as the JSON stored.

        Raises SchemaError as `LabelSchema.validate_attributes` does. The bulk
        paths write a few attribute sets over and over ({"type": "state"}): each
        distinct set (values told apart by type too, so True is not 1) is checked
        and encoded once per schema, then looked up.
        """
        if self._attributes_schema is not schema:
            self._attributes_schema, self._attributes_cache = schema, {}
        try:
            key = (label, *((k, type(v), v) for k, v in attributes.items()))
            found = self._attributes_cache.get(key)
        except TypeError:  # an unhashable value: checked and encoded each time
            return _dumps(schema.validate_attributes(label, attributes))
        if found is None:
            found = _dumps(schema.validate_attributes(label, attributes))
            if len(self._attributes_cache) < 50_000:
                self._attributes_cache[key] = found
        return found

    def hidden_suggestion_keys(
        self, document_ids: Sequence[str], annotator: str = "suggester"
    ) -> dict[str, set[tuple[int, int, str]]]:
        """(start, end, label) that must not be suggested, per document of `document_ids`:
        the spans of every layer but `annotator`'s that were not themselves suggested,
        and the suggestions anyone rejected. Two queries, whatever the number of documents;
        a document with nothing hidden is left out."""
        chosen = json.dumps(list(document_ids))
        hidden: dict[str, set[tuple[int, int, str]]] = {}
        for document_id, start, end, label in self.db.execute(
            'SELECT document_id, start, "end", label FROM spans '
            "WHERE document_id IN (SELECT value FROM json_each(?)) "
            "AND annotator != ? AND provenance != 'suggested' "
            'UNION ALL SELECT document_id, start, "end", label FROM rejected_suggestions '
            "WHERE document_id IN (SELECT value FROM json_each(?))",
            [chosen, annotator, chosen],
        ):
            hidden.setdefault(document_id, set()).add((start, end, label))
        return hidden

    def documents_by_sha256(self) -> dict[str, str]:
        """Document ids keyed by the SHA-256 of their text, to match files to stored documents."""
        return {r[0]: r[1] for r in self.db.execute("SELECT sha256, id FROM documents")}
