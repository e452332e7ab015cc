"""Exports list a document's spans by start, the longest first, then by id."""

from __future__ import annotations

from annotator.core.model import AnnotatedDocument, Document, Span
from annotator.services.exporting import Layer, load_documents, plan_export
from annotator.store.repository import Repository

STAMP = "2024-01-01T00:00:00.000+00:00"


def test_spans_sharing_a_start_come_longest_first_then_by_id(repo: Repository) -> None:
    doc = Document.from_text("Minister Ana Lopes said the town was shelled.", title="t")

    def span(span_id: str, start: int, end: int) -> Span:
        return Span(span_id, doc.id, start, end, "ACTOR", "ana", {}, "manual", STAMP, STAMP)

    # Stored in an order that is none of the expected one.
    spans = [span("b", 9, 12), span("z", 0, 8), span("c", 9, 18), span("a", 9, 12)]
    spans.append(span("y", 0, 18))
    repo.import_documents([AnnotatedDocument(doc, spans, [])], "ana")
    plan = plan_export(repo, "jsonl", layer=Layer(("ana",)))
    (item,) = load_documents(repo, plan.document_ids, plan)
    assert [(s.id, s.start, s.end) for s in item.spans] == [
        ("y", 0, 18),
        ("z", 0, 8),
        ("c", 9, 18),
        ("a", 9, 12),
        ("b", 9, 12),
    ]
