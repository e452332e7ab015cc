# ruff: noqa: E501
"""The tables and triggers annotator's migrations make, to tell a foreign file on opening.

Generated from the migrations (triggers: every version m001 ... the latest, white
space collapsed; tables: the latest); tests/store/test_open_checks67.py checks both
against them. A migration that adds or changes a table or a trigger adds it here
(the test names what is missing).
"""

from __future__ import annotations

from typing import Final

# Trigger name -> the texts it may have (an older version's too, until its file is migrated).
OUR_TRIGGERS: Final[dict[str, frozenset[str]]] = {
    "documents_fts_delete": frozenset(
        {
            "CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', OLD.seq, OLD.title, OLD.text); END",
        }
    ),
    "documents_fts_insert": frozenset(
        {
            "CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN INSERT INTO documents_fts (rowid, title, text) VALUES (NEW.seq, NEW.title, NEW.text); END",
        }
    ),
    "documents_fts_update": frozenset(
        {
            "CREATE TRIGGER documents_fts_update AFTER UPDATE OF seq, title, text ON documents BEGIN INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', OLD.seq, OLD.title, OLD.text); INSERT INTO documents_fts (rowid, title, text) VALUES (NEW.seq, NEW.title, NEW.text); END",
        }
    ),
    "documents_length_delete": frozenset(
        {
            "CREATE TRIGGER documents_length_delete AFTER DELETE ON documents BEGIN DELETE FROM document_lengths WHERE document_id = OLD.id; END",
        }
    ),
    "documents_length_insert": frozenset(
        {
            "CREATE TRIGGER documents_length_insert AFTER INSERT ON documents BEGIN INSERT OR REPLACE INTO document_lengths (document_id, characters) VALUES (NEW.id, length(NEW.text)); END",
        }
    ),
    "documents_length_update": frozenset(
        {
            "CREATE TRIGGER documents_length_update AFTER UPDATE OF id, text ON documents BEGIN DELETE FROM document_lengths WHERE document_id = OLD.id; INSERT OR REPLACE INTO document_lengths (document_id, characters) VALUES (NEW.id, length(NEW.text)); END",
        }
    ),
    "documents_meta_object_insert": frozenset(
        {
            "CREATE TRIGGER documents_meta_object_insert BEFORE INSERT ON documents WHEN NEW.meta != '{}' AND CASE WHEN json_valid(NEW.meta) THEN json_type(NEW.meta) != 'object' ELSE 1 END BEGIN SELECT RAISE(ABORT, 'documents.meta must be a JSON object'); END",
        }
    ),
    "documents_meta_object_update": frozenset(
        {
            "CREATE TRIGGER documents_meta_object_update BEFORE UPDATE OF meta ON documents WHEN NEW.meta != '{}' AND CASE WHEN json_valid(NEW.meta) THEN json_type(NEW.meta) != 'object' ELSE 1 END BEGIN SELECT RAISE(ABORT, 'documents.meta must be a JSON object'); END",
        }
    ),
    "documents_text_immutable": frozenset(
        {
            "CREATE TRIGGER documents_text_immutable BEFORE UPDATE OF text ON documents WHEN NEW.text IS NOT OLD.text AND EXISTS (SELECT 1 FROM spans WHERE document_id = OLD.id) BEGIN SELECT RAISE(ABORT, 'a document''s text cannot change once it has spans'); END",
        }
    ),
    "events_append_only_delete": frozenset(
        {
            "CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END",
        }
    ),
    "events_append_only_update": frozenset(
        {
            "CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END",
        }
    ),
    "spans_attributes_object_insert": frozenset(
        {
            "CREATE TRIGGER spans_attributes_object_insert BEFORE INSERT ON spans WHEN NEW.attributes != '{}' AND CASE WHEN json_valid(NEW.attributes) THEN json_type(NEW.attributes) != 'object' ELSE 1 END BEGIN SELECT RAISE(ABORT, 'spans.attributes must be a JSON object'); END",
        }
    ),
    "spans_attributes_object_update": frozenset(
        {
            "CREATE TRIGGER spans_attributes_object_update BEFORE UPDATE OF attributes ON spans WHEN NEW.attributes != '{}' AND CASE WHEN json_valid(NEW.attributes) THEN json_type(NEW.attributes) != 'object' ELSE 1 END BEGIN SELECT RAISE(ABORT, 'spans.attributes must be a JSON object'); END",
        }
    ),
    "spans_fit_text_insert": frozenset(
        {
            "CREATE TRIGGER spans_fit_text_insert BEFORE INSERT ON spans WHEN NEW.\"end\" > (SELECT length(text) FROM documents WHERE id = NEW.document_id) BEGIN SELECT RAISE(ABORT, 'span end is past the end of its document'); END",
            "CREATE TRIGGER spans_fit_text_insert BEFORE INSERT ON spans WHEN NEW.\"end\" > coalesce( (SELECT characters FROM document_lengths WHERE document_id = NEW.document_id), (SELECT length(text) FROM documents WHERE id = NEW.document_id)) BEGIN SELECT RAISE(ABORT, 'span end is past the end of its document'); END",
        }
    ),
    "spans_fit_text_update": frozenset(
        {
            'CREATE TRIGGER spans_fit_text_update BEFORE UPDATE OF start, "end" ON spans WHEN NEW."end" > (SELECT length(text) FROM documents WHERE id = NEW.document_id) BEGIN SELECT RAISE(ABORT, \'span end is past the end of its document\'); END',
            'CREATE TRIGGER spans_fit_text_update BEFORE UPDATE OF start, "end" ON spans WHEN NEW."end" > coalesce( (SELECT characters FROM document_lengths WHERE document_id = NEW.document_id), (SELECT length(text) FROM documents WHERE id = NEW.document_id)) BEGIN SELECT RAISE(ABORT, \'span end is past the end of its document\'); END',
        }
    ),
}


# Table -> its columns and their declared types, as the latest migration leaves them
# (FTS5's own tables left out: SQLite makes them). Other columns may be added.
OUR_TABLES: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "actor_aliases": (
        ("actor_id", "TEXT"),
        ("alias", "TEXT"),
        ("folded", "TEXT"),
        ("created", "TEXT"),
    ),
    "actor_links": (
        ("actor_id", "TEXT"),
        ("target_id", "TEXT"),
        ("type", "TEXT"),
        ("created", "TEXT"),
    ),
    "actors": (
        ("id", "TEXT"),
        ("name", "TEXT"),
        ("type", "TEXT"),
        ("merged_into", "TEXT"),
        ("created", "TEXT"),
        ("created_by", "TEXT"),
    ),
    "adjudication_sources": (("adjudication_id", "TEXT"), ("span_id", "TEXT")),
    "adjudications": (
        ("id", "TEXT"),
        ("document_id", "TEXT"),
        ("decision", "TEXT"),
        ("gold_span_id", "TEXT"),
        ("reviewer", "TEXT"),
        ("decided", "TEXT"),
    ),
    "annotators": (("name", "TEXT"), ("kind", "TEXT"), ("created", "TEXT")),
    "boilerplate": (
        ("document_id", "TEXT"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("origin", "TEXT"),
        ("updated", "TEXT"),
    ),
    "comments": (
        ("id", "TEXT"),
        ("document_id", "TEXT"),
        ("span_id", "TEXT"),
        ("author", "TEXT"),
        ("text", "TEXT"),
        ("created", "TEXT"),
    ),
    "dismissed_problems": (
        ("key", "TEXT"),
        ("document_id", "TEXT"),
        ("dismissed_by", "TEXT"),
        ("dismissed", "TEXT"),
    ),
    "document_lengths": (("document_id", "TEXT"), ("characters", "INTEGER")),
    "document_status": (
        ("document_id", "TEXT"),
        ("annotator", "TEXT"),
        ("status", "TEXT"),
        ("updated", "TEXT"),
    ),
    "documents": (
        ("id", "TEXT"),
        ("seq", "INTEGER"),
        ("sha256", "TEXT"),
        ("title", "TEXT"),
        ("text", "TEXT"),
        ("source", "TEXT"),
        ("published", "TEXT"),
        ("meta", "TEXT"),
        ("imported", "TEXT"),
    ),
    "events": (
        ("id", "INTEGER"),
        ("at", "TEXT"),
        ("annotator", "TEXT"),
        ("action", "TEXT"),
        ("document_id", "TEXT"),
        ("span_id", "TEXT"),
        ("relation_id", "TEXT"),
        ("data", "TEXT"),
    ),
    "labels": (
        ("name", "TEXT"),
        ("color", "TEXT"),
        ("hotkey", "TEXT"),
        ("description", "TEXT"),
        ("attributes", "TEXT"),
        ("position", "INTEGER"),
    ),
    "merge_conflicts": (
        ("original_id", "TEXT"),
        ("copy_id", "TEXT"),
        ("document_id", "TEXT"),
        ("kind", "TEXT"),
        ("source", "TEXT"),
        ("merged", "TEXT"),
    ),
    "rejected_suggestions": (
        ("document_id", "TEXT"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("label", "TEXT"),
        ("annotator", "TEXT"),
        ("rejected", "TEXT"),
    ),
    "relation_types": (
        ("name", "TEXT"),
        ("head_label", "TEXT"),
        ("tail_label", "TEXT"),
        ("description", "TEXT"),
    ),
    "relations": (
        ("id", "TEXT"),
        ("head_id", "TEXT"),
        ("tail_id", "TEXT"),
        ("type", "TEXT"),
        ("annotator", "TEXT"),
        ("created", "TEXT"),
    ),
    "settings": (("key", "TEXT"), ("value", "TEXT")),
    "span_actors": (
        ("span_id", "TEXT"),
        ("actor_id", "TEXT"),
        ("linked_by", "TEXT"),
        ("linked", "TEXT"),
    ),
    "spans": (
        ("id", "TEXT"),
        ("document_id", "TEXT"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("label", "TEXT"),
        ("annotator", "TEXT"),
        ("attributes", "TEXT"),
        ("provenance", "TEXT"),
        ("created", "TEXT"),
        ("updated", "TEXT"),
    ),
}
