"""The labels the spans carry, read from the label index alone (export's tag list)."""

from __future__ import annotations

from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.store.layers import labels_in_use
from annotator.store.repository import Repository


def test_labels_in_use_lists_each_label_once_whoever_tagged_it(repo: Repository) -> None:
    assert labels_in_use(repo) == []
    doc = Document.from_text("Ana Lopes said 14 civilians were killed.", "t")
    spans = [
        Span(new_id(), doc.id, 0, 9, "ACTOR", "ana"),
        Span(new_id(), doc.id, 15, 27, "CASUALTY", "ben"),
        Span(new_id(), doc.id, 15, 39, "CASUALTY", "ana"),
        Span(new_id(), doc.id, 10, 14, "ACTOR", "ben"),
    ]
    repo.import_documents([AnnotatedDocument(doc, spans)], "ana")
    assert labels_in_use(repo) == ["ACTOR", "CASUALTY"]


def test_labels_in_use_seeks_the_label_index_instead_of_reading_span_rows(
    repo: Repository,
) -> None:
    statements: list[str] = []
    repo.db.conn.set_trace_callback(statements.append)
    labels_in_use(repo)
    repo.db.conn.set_trace_callback(None)
    (sql,) = [s for s in statements if "spans" in s]
    details = [row[-1] for row in repo.db.execute(f"EXPLAIN QUERY PLAN {sql}")]
    assert "SEARCH spans USING COVERING INDEX spans_by_label (label>?)" in details, details
    assert not any(d.startswith("SCAN spans") for d in details), details
