"""`annotator gui --db THEIRS.db` refuses a file with a foreign trigger (merge67)."""

from __future__ import annotations

import sqlite3

import pytest

from annotator import app
from annotator.core.model import AnnotatedDocument, Document
from annotator.store.db import open_db
from annotator.store.repository import Repository

pytestmark = pytest.mark.gui


def test_the_window_refuses_a_database_with_a_foreign_trigger(qapp, tmp_path, monkeypatch) -> None:
    path = tmp_path / "theirs.db"
    repo = Repository(open_db(path))
    repo.import_documents([AnnotatedDocument(Document.from_text("Davra was shelled.", "t"))], "a")
    repo.db.close()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER evil AFTER INSERT ON events BEGIN DELETE FROM spans; END")
    conn.commit()
    conn.close()
    shown: list[str] = []
    monkeypatch.setattr(
        "annotator.ui.messages.critical", lambda _parent, _title, text: shown.append(text)
    )
    monkeypatch.setenv("ANNOTATOR_NAME", "lead")
    assert app.run(db_path=path) == 1
    assert "'evil' on 'events'" in shown[0]
    assert str(path) in shown[0]
