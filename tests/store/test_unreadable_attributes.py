"""A span's attributes or a document's meta that is not a JSON object (a file edited by
hand before m009) is read as none: the document still opens, exports and is checked; and
m009's triggers refuse such a value written from then on."""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

import pytest

from annotator.core.model import AnnotatedDocument, Document
from annotator.core.spans import read_span
from annotator.store.consistency_store import check_corpus
from annotator.store.db import open_db
from annotator.store.layers import layer_rows
from annotator.store.repository import Repository

TEXT = "Army says 14 civilians were killed in Brezna.\n"


def _corpus(path: Path) -> tuple[str, list[str]]:
    repo = Repository(open_db(path))
    document = Document.from_text(TEXT, "Brezna")
    spans = [
        read_span(document.id, 10, 22, "CASUALTY", "ana", attributes={"count_low": 14}),
        read_span(document.id, 0, 4, "ACTOR", "ana", attributes={"type": "state"}),
        read_span(document.id, 37, 43, "ACTOR", "ana"),
    ]
    repo.import_documents([AnnotatedDocument(document, spans)], "ana")
    repo.db.close()
    return document.id, [s.id for s in spans]


def _damage(path: Path, span_values: dict[str, str], meta: str | None = None) -> None:
    """Write values m009 refuses, as a file edited before it would hold them."""
    conn = sqlite3.connect(path)
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")]
    for name in names:
        if name.endswith(("_object_insert", "_object_update")):
            conn.execute(f"DROP TRIGGER {name}")
    for span_id, value in span_values.items():
        conn.execute("UPDATE spans SET attributes = ? WHERE id = ?", [value, span_id])
    if meta is not None:
        conn.execute("UPDATE documents SET meta = ?", [meta])
    conn.commit()
    conn.close()


def test_a_document_with_unreadable_attributes_reads_them_as_none(
    db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    document_id, (casualty, actor, plain) = _corpus(db_path)
    _damage(db_path, {casualty: "not json {", actor: "[1, 2]"}, meta='"a string"')
    repo = Repository(open_db(db_path))
    with caplog.at_level(logging.WARNING, logger="annotator"):
        spans = {s.id: s for s in repo.spans(document_id)}
        lazy = repo.document_spans(document_id)
        document = repo.document(document_id)
    assert spans[casualty].attributes == {}
    assert spans[actor].attributes == {}
    assert spans[plain].attributes == {}
    assert lazy[casualty].attributes == {}
    assert lazy[actor].start == 0
    assert repo.span(casualty).attributes == {}
    assert document.meta == {}
    assert document.text == TEXT
    assert "not a JSON object" in caplog.text


def test_export_and_check_go_on_past_unreadable_attributes(db_path: Path) -> None:
    document_id, (casualty, actor, _plain) = _corpus(db_path)
    _damage(db_path, {casualty: "{broken", actor: "7"})
    repo = Repository(open_db(db_path))
    documents = list(layer_rows(repo, [document_id], ["ana"]))
    assert len(documents) == 1
    _document, spans, _relations, _actors = documents[0]
    attributes = {span[0]: span[5] for span in spans}
    assert attributes[casualty] == {}
    assert attributes[actor] == {}
    report = check_corpus(repo)
    # The CASUALTY whose counts could not be read is listed for the analyst to fix.
    assert [p.kind for p in report.problems if p.span_id == casualty] == ["casualty_without_count"]


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        ("UPDATE spans SET attributes = 'not json'", "spans.attributes must be a JSON object"),
        ("UPDATE spans SET attributes = '[1, 2]'", "spans.attributes must be a JSON object"),
        ("UPDATE documents SET meta = '3'", "documents.meta must be a JSON object"),
        (
            'INSERT INTO spans (id, document_id, start, "end", label, annotator, attributes, '
            "created, updated) SELECT 'x', id, 0, 4, 'ACTOR', 'ana', 'nope', '', '' FROM documents",
            "spans.attributes must be a JSON object",
        ),
    ],
)
def test_m009_refuses_attributes_that_are_not_an_object(
    db_path: Path, sql: str, message: str
) -> None:
    _corpus(db_path)
    conn = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.IntegrityError, match=message):
        conn.execute(sql)
    conn.close()


def test_m009_lets_objects_through(db_path: Path) -> None:
    document_id, (casualty, *_rest) = _corpus(db_path)
    conn = sqlite3.connect(db_path)
    value = json.dumps({"count_low": 3, "victims": "civilian"})
    conn.execute("UPDATE spans SET attributes = ? WHERE id = ?", [value, casualty])
    conn.execute("UPDATE spans SET attributes = '{}' WHERE id != ?", [casualty])
    conn.execute('UPDATE documents SET meta = \'{"source": "wire"}\'')
    conn.commit()
    conn.close()
    repo = Repository(open_db(db_path))
    assert repo.span(casualty).attributes == {"count_low": 3, "victims": "civilian"}
    assert repo.document(document_id).meta == {"source": "wire"}


@pytest.mark.gui
def test_the_window_shows_a_document_whose_attributes_are_unreadable(qtbot, db_path: Path) -> None:
    from tests.ui.conftest import open_window

    document_id, (casualty, actor, _plain) = _corpus(db_path)
    _damage(db_path, {casualty: "not json", actor: "[]"})
    repo = Repository(open_db(db_path))
    window = open_window(qtbot, repo)
    window.open_document(document_id)
    assert window.article.toPlainText() == TEXT
    assert window.tags.model.rowCount() == 3
    assert {s.id for s in window.session.spans()} >= {casualty, actor}
