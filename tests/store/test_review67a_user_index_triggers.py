"""A full-text index or row counts a user added with sqlite-utils still open (review67a).

The README gives the database to sqlite-utils and Datasette. `sqlite-utils enable-fts
corpus.db spans label --create-triggers` and `sqlite-utils enable-counts corpus.db`
add triggers that only keep the user's own index in step; the open check of merge67
refused every trigger our migrations did not make, so the file no longer opened.
A trigger that looks like one of them but writes anything else is still refused.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from annotator.core.errors import StoreError
from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.store.db import open_db
from annotator.store.repository import Repository

DOC = Document.from_text("Rebels shelled Davra; twelve civilians were killed.", title="t")


def _corpus(path: Path) -> str:
    repo = Repository(open_db(path))
    repo.import_documents([AnnotatedDocument(DOC)], "ana")
    span = repo.add_span(Span(new_id(), DOC.id, 0, 6, "ACTOR", "ana"))
    repo.db.close()
    return span.id


def test_a_users_full_text_index_with_triggers_opens_and_stays_in_step(tmp_path: Path) -> None:
    path = tmp_path / "corpus.db"
    span_id = _corpus(path)
    db = Database(path)
    db["spans"].enable_fts(["label", "annotator"], create_triggers=True)
    db["actors"].enable_fts(["name"], create_triggers=True)
    db.close()
    repo = Repository(open_db(path))
    repo.update_span(span_id, by="ana", label="CASUALTY")
    added = repo.add_span(Span(new_id(), DOC.id, 15, 20, "ACTOR", "ana"))
    repo.delete_span(added.id, by="ana")
    repo.db.close()
    conn = sqlite3.connect(path)
    hits = conn.execute("SELECT rowid FROM spans_fts WHERE spans_fts MATCH 'casualty'").fetchall()
    assert hits == conn.execute("SELECT rowid FROM spans WHERE id = ?", [span_id]).fetchall()
    conn.close()


def test_row_counts_kept_by_sqlite_utils_open(tmp_path: Path) -> None:
    path = tmp_path / "corpus.db"
    _corpus(path)
    db = Database(path)
    db["spans"].enable_counts()
    db.close()
    repo = Repository(open_db(path))
    repo.add_span(Span(new_id(), DOC.id, 15, 20, "ACTOR", "ana"))
    repo.db.close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count FROM _counts WHERE [table] = 'spans'").fetchone() == (2,)
    conn.close()


@pytest.mark.parametrize(
    "trigger",
    [
        # sqlite-utils' insert trigger with one more statement
        'CREATE TRIGGER "spans_ai" AFTER INSERT ON "spans" BEGIN INSERT INTO "spans_fts" '
        '(rowid, "label") VALUES (new.rowid, new."label"); DELETE FROM spans; END',
        # writing into our own full-text index
        'CREATE TRIGGER "documents_ai" AFTER INSERT ON "documents" BEGIN INSERT INTO '
        '"documents_fts" (rowid, "title") VALUES (new.rowid, new."title"); END',
        # a value that is not the row's column
        'CREATE TRIGGER "spans_ai" AFTER INSERT ON "spans" BEGIN INSERT INTO "spans_fts" '
        '(rowid, "label") VALUES (new.rowid, (SELECT count(*) FROM spans)); END',
        # the index of another table
        'CREATE TRIGGER "spans_ai" AFTER INSERT ON "spans" BEGIN INSERT INTO "actors_fts" '
        '(rowid, "name") VALUES (new.rowid, new."name"); END',
        # counts written into one of our tables
        'CREATE TRIGGER "spans_counts_insert" AFTER INSERT ON "spans" BEGIN INSERT OR REPLACE '
        'INTO "settings" VALUES (\'spans\', COALESCE((SELECT count FROM "settings" WHERE '
        "\"table\" = 'spans'), 0) + 1); END",
    ],
)
def test_a_trigger_only_looking_like_sqlite_utils_is_still_refused(
    tmp_path: Path, trigger: str
) -> None:
    path = tmp_path / "theirs.db"
    _corpus(path)
    db = Database(path)
    db["spans"].enable_fts(["label"])
    db["actors"].enable_fts(["name"])
    db.close()
    conn = sqlite3.connect(path)
    conn.execute(trigger)
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="that annotator did not make"):
        open_db(path)
