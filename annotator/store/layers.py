"""Reading a layer (some annotators' spans) for export: the bulk read path, plain cursors."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from annotator.core.model import Document, Relation, SpanRecord
from annotator.store.actors import span_actor_refs
from annotator.store.repository import Repository

SpanRow = SpanRecord  # see annotator.core.model

_SPAN_SQL = (
    'SELECT id, document_id, start, "end", label, annotator, attributes, provenance, created, '
    "updated FROM spans WHERE document_id = ?"
)


def _among(annotators: Sequence[str]) -> str:
    return f" AND annotator IN ({', '.join('?' for _ in annotators)})"


def gold_annotators(repo: Repository) -> list[str]:
    """Names of the annotators of kind 'gold' (the adjudicated layer)."""
    rows = repo.db.execute("SELECT name FROM annotators WHERE kind = 'gold' ORDER BY name")
    return [r[0] for r in rows]


def done_document_ids(repo: Repository, annotators: Sequence[str] | None) -> list[str]:
    """Documents marked done by any of `annotators` (by anyone if None), in import order."""
    sql = (
        "SELECT d.id FROM documents d WHERE EXISTS (SELECT 1 FROM document_status s "
        "WHERE s.document_id = d.id AND s.status = 'done'"
    )
    params: list[Any] = []
    if annotators is not None:
        sql += f" AND s.annotator IN ({', '.join('?' for _ in annotators)})"
        params = list(annotators)
    return [r[0] for r in repo.db.execute(sql + ") ORDER BY d.seq", params)]


def layer_rows(
    repo: Repository, ids: Iterable[str], annotators: Sequence[str] | None
) -> Iterator[tuple[Document, list[SpanRow], list[Relation], dict[str, dict[str, str]]]]:
    """(document, spans as SpanRows, relations, actors) of each document.

    Spans by start, longest first; relations only where both ends are in the
    layer; actors: the canonical actor {id, name} of each linked ACTOR span.
    """
    conn = repo.db.conn
    span_sql = _SPAN_SQL
    params: list[Any] = []
    if annotators is not None:
        span_sql += _among(annotators)
        params = list(annotators)
    span_sql += ' ORDER BY start, "end" DESC, id'
    doc_sql = "SELECT id, text, title, source, published, meta, sha256 FROM documents WHERE id = ?"
    rel_sql = (
        "SELECT r.id, r.head_id, r.tail_id, r.type, r.annotator, r.created FROM relations r "
        "JOIN spans s ON s.id = r.head_id WHERE s.document_id = ? ORDER BY r.created, r.id"
    )
    loads = json.loads
    for doc_id in ids:
        row = conn.execute(doc_sql, [doc_id]).fetchone()
        document = Document(row[0], row[1], row[2], row[3], row[4], loads(row[5]), row[6])
        spans: list[SpanRow] = [
            (r[0], r[2], r[3], r[4], r[5], {} if r[6] == "{}" else loads(r[6]), r[7], r[8], r[9])
            for r in conn.execute(span_sql, [doc_id, *params])
        ]
        relations: list[Relation] = []
        actors: dict[str, dict[str, str]] = {}
        if spans:
            present = {span[0] for span in spans}
            relations = [
                Relation(r[0], r[1], r[2], r[3], r[4], r[5])
                for r in conn.execute(rel_sql, [doc_id])
                if r[1] in present and r[2] in present
            ]
            actors = span_actor_refs(repo, [span[0] for span in spans if span[3] == "ACTOR"])
        yield document, spans, relations, actors


def count_layer(
    repo: Repository, ids: Sequence[str], annotators: Sequence[str] | None, labels: Counter[str]
) -> tuple[int, int]:
    """(relations, spans) of the layer in the documents; fills `labels` with span counts."""
    conn = repo.db.conn
    who = ""
    params: list[Any] = []
    if annotators is not None:
        who = _among(annotators)
        params = list(annotators)
    relation_sql = (
        "SELECT count(*) FROM relations r JOIN spans h ON h.id = r.head_id "
        "JOIN spans t ON t.id = r.tail_id WHERE h.document_id = ?"
    )
    if annotators is not None:
        marks = ", ".join("?" for _ in annotators)
        relation_sql += f" AND h.annotator IN ({marks}) AND t.annotator IN ({marks})"
    relations = 0
    for doc_id in ids:
        for label, count in conn.execute(
            f"SELECT label, count(*) FROM spans WHERE document_id = ?{who} GROUP BY label",
            [doc_id, *params],
        ):
            labels[label] += count
        relations += conn.execute(relation_sql, [doc_id, *params, *params]).fetchone()[0]
    return relations, sum(labels.values())
