"""The store against real SQLite files: spans, relations, status, events, guarantees."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from annotator.core.errors import SchemaError, SpanError, StoreConstraint
from annotator.core.model import AnnotatedDocument, Document, Relation, Span, new_id
from annotator.store.db import open_db
from annotator.store.repository import Repository

TEXT = 'Minister Ana Lópes said: "We counted 408 dead 😢 in Kharvelo."\n'


def _doc(repo: Repository, text: str = TEXT) -> Document:
    doc = Document.from_text(text, title="Shelling")
    repo.import_documents([AnnotatedDocument(doc)], "ana")
    return doc


def _span(doc: Document, start: int, end: int, label: str, **attributes: object) -> Span:
    return Span(new_id(), doc.id, start, end, label, "ana", dict(attributes))


def test_added_span_is_read_back_with_code_point_offsets(repo: Repository) -> None:
    doc = _doc(repo)
    start = TEXT.index("Kharvelo")
    repo.add_span(_span(doc, start, start + 8, "ACTOR", type="state"))
    (span,) = repo.spans(doc.id)
    assert doc.text[span.start : span.end] == "Kharvelo"
    row = repo.db.execute("SELECT text FROM span_view WHERE id = ?", [span.id]).fetchone()
    assert row[0] == "Kharvelo"  # SQLite's substr counts code points too, emoji before it


def test_span_past_the_text_is_refused_by_code_and_by_the_database(repo: Repository) -> None:
    doc = _doc(repo)
    with pytest.raises(SpanError):
        repo.add_span(_span(doc, 0, len(TEXT) + 1, "QUOTE"))
    with pytest.raises(sqlite3.IntegrityError):
        repo.db.execute(
            'INSERT INTO spans (id, document_id, start, "end", label, annotator, created, '
            "updated) VALUES ('x', ?, 0, ?, 'QUOTE', 'ana', '', '')",
            [doc.id, len(TEXT) + 1],
        )
    assert repo.spans(doc.id) == []


def test_unknown_label_and_bad_attribute_are_refused(repo: Repository) -> None:
    doc = _doc(repo)
    with pytest.raises(SchemaError):
        repo.add_span(_span(doc, 0, 5, "WEAPON"))
    with pytest.raises(SchemaError):
        repo.add_span(_span(doc, 0, 5, "CASUALTY", count_low="many"))
    assert repo.spans(doc.id) == []


def test_relabel_drops_attributes_the_new_label_lacks(repo: Repository) -> None:
    doc = _doc(repo)
    span = repo.add_span(_span(doc, 0, 8, "ACTOR", type="person"))
    updated = repo.update_span(span.id, by="ana", label="CASUALTY")
    assert updated.label == "CASUALTY"
    assert updated.attributes == {}
    assert repo.span(span.id).label == "CASUALTY"


def test_delete_then_restore_brings_back_span_and_speaker(repo: Repository) -> None:
    doc = _doc(repo)
    quote = repo.add_span(_span(doc, TEXT.index("We"), TEXT.index('."'), "QUOTE"))
    actor = repo.add_span(_span(doc, 9, 18, "ACTOR"))
    repo.add_relation(Relation(new_id(), quote.id, actor.id, "speaker", "ana"))
    span, relations = repo.delete_span(actor.id, by="ana")
    assert repo.relations(doc.id) == []
    repo.restore_span(span, relations, by="ana")
    assert repo.span(actor.id) == span
    assert [r.tail_id for r in repo.relations(doc.id)] == [actor.id]


def test_speaker_must_go_from_quote_to_actor(repo: Repository) -> None:
    doc = _doc(repo)
    a = repo.add_span(_span(doc, 0, 8, "ACTOR"))
    b = repo.add_span(_span(doc, 9, 18, "ACTOR"))
    with pytest.raises(SchemaError):
        repo.add_relation(Relation(new_id(), a.id, b.id, "speaker", "ana"))


def test_every_edit_appends_an_event_and_events_are_append_only(repo: Repository) -> None:
    doc = _doc(repo)
    span = repo.add_span(_span(doc, 0, 8, "ACTOR"))
    repo.update_span(span.id, by="ana", end=12)
    repo.delete_span(span.id, by="ana")
    actions = [r[0] for r in repo.db.execute("SELECT action FROM events ORDER BY id")]
    assert actions == ["documents.import", "span.add", "span.update", "span.delete"]
    with pytest.raises(sqlite3.IntegrityError):
        repo.db.execute("DELETE FROM events")


def test_text_is_immutable_once_the_document_has_spans(repo: Repository) -> None:
    doc = _doc(repo)
    repo.db.execute("UPDATE documents SET title = 'New title' WHERE id = ?", [doc.id])
    repo.add_span(_span(doc, 0, 8, "ACTOR"))
    with pytest.raises(sqlite3.IntegrityError):
        repo.db.execute("UPDATE documents SET text = 'changed' WHERE id = ?", [doc.id])


def test_reimporting_the_same_text_adds_nothing(repo: Repository) -> None:
    first = repo.import_documents([AnnotatedDocument(Document.from_text(TEXT, "a"))], "ana")
    again = repo.import_documents([AnnotatedDocument(Document.from_text(TEXT, "b"))], "ana")
    assert (first.documents_added, again.documents_added, again.documents_existing) == (1, 0, 1)
    assert repo.stats().documents == 1


def test_first_edit_marks_in_progress_and_done_stays_done(repo: Repository) -> None:
    doc = _doc(repo)
    assert repo.status(doc.id, "ana") == "todo"
    repo.add_span(_span(doc, 0, 8, "ACTOR"))
    assert repo.status(doc.id, "ana") == "in_progress"
    repo.set_status(doc.id, "ana", "done")
    repo.add_span(_span(doc, 9, 12, "ACTOR"))
    assert repo.status(doc.id, "ana") == "done"
    assert repo.progress("ana") == (1, 1)


def test_a_failed_write_leaves_no_half_edit(repo: Repository) -> None:
    doc = _doc(repo)
    events_before = repo.db.execute("SELECT count(*) FROM events").fetchone()[0]
    good = _span(doc, 0, 8, "ACTOR")
    bad = Span(good.id, doc.id, 0, 8, "ACTOR", "ana")  # same id: the second insert fails
    repo.add_span(good)
    with pytest.raises(StoreConstraint, match="UNIQUE"):
        repo.add_span(bad)
    assert repo.db.execute("SELECT count(*) FROM events").fetchone()[0] == events_before + 1
    assert len(repo.spans(doc.id)) == 1


def test_edits_survive_reopening_the_file(db_path) -> None:
    repo = Repository(open_db(db_path))
    doc = _doc(repo)
    repo.add_span(_span(doc, 0, 8, "ACTOR"))
    # No close, no commit call: every write method already committed.
    other = Repository(open_db(db_path))
    assert len(other.spans(doc.id)) == 1


def test_spans_read_unordered_are_the_same_spans_as_read_in_order(repo: Repository) -> None:
    doc = Document.from_text("Ana Lopes said the market was shelled.", "t")
    spans = [
        Span(new_id(), doc.id, 19, 25, "ACTOR", "ana", {"type": "person"}),
        Span(new_id(), doc.id, 0, 9, "ACTOR", "ana"),
        Span(new_id(), doc.id, 0, 38, "QUOTE", "ana", provenance="imported"),
        Span(new_id(), doc.id, 10, 14, "ACTOR", "ben"),
    ]
    repo.import_documents([AnnotatedDocument(doc, spans)], "ana")
    ordered = repo.spans(doc.id)
    assert [(s.start, s.end) for s in ordered] == [(0, 38), (0, 9), (10, 14), (19, 25)]
    assert sorted(repo.spans(doc.id, ordered=False), key=lambda s: (s.start, -s.end)) == ordered
    mine = repo.spans(doc.id, ["ana"], ordered=False)
    assert {s.id for s in mine} == {s.id for s in spans if s.annotator == "ana"}
    by_id = {s.id: s for s in mine}
    for span in mine:
        # The spans read in bulk are ordinary frozen Spans, equal to one read alone.
        assert span == repo.span(span.id) == by_id[span.id]
        with pytest.raises(AttributeError):
            span.start = 3  # type: ignore[misc]
    actor = next(s for s in mine if s.start == 19)
    assert actor.attributes == {"type": "person"}
    assert replace(actor, end=24).end == 24


def test_a_documents_relations_are_read_from_an_index_not_every_span_row(
    repo: Repository,
) -> None:
    # Opening a document reads its relations; with 50,000 spans, visiting each span's
    # row to learn its id was 0.15 s (m008 adds the index that answers it).
    plan = repo.db.execute(
        "EXPLAIN QUERY PLAN SELECT r.id FROM relations r JOIN spans s ON s.id = r.head_id "
        "WHERE s.document_id = ?",
        ["d"],
    ).fetchall()
    assert any("COVERING INDEX spans_by_document_id" in row[-1] for row in plan), plan


def test_document_spans_are_the_stored_spans_made_when_asked_for(repo: Repository) -> None:
    doc = Document.from_text("Ana Lopes said the market was shelled.", "t")
    spans = [
        Span(new_id(), doc.id, 19, 25, "ACTOR", "ana", {"type": "person"}),
        Span(new_id(), doc.id, 0, 38, "QUOTE", "ana", provenance="imported"),
        Span(new_id(), doc.id, 10, 14, "ACTOR", "ben"),
    ]
    repo.import_documents([AnnotatedDocument(doc, spans)], "ana")
    by_id = repo.document_spans(doc.id, ["ana"])
    assert sorted(by_id.positions()) == sorted(
        (s.id, s.start, s.end, s.label) for s in spans if s.annotator == "ana"
    )
    assert by_id.made() == 0
    assert dict(by_id) == {s.id: s for s in repo.spans(doc.id, ["ana"])}
    assert by_id.made() == 2
    everyone = repo.document_spans(doc.id)
    assert dict(everyone) == {s.id: repo.span(s.id) for s in spans}
    assert {s.annotator for s in everyone.values()} == {"ana", "ben"}
