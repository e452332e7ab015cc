"""The window's merge lists what became of the colleague's layer, per document (merge67)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from annotator.core.model import Span, new_id
from annotator.store.db import open_db
from annotator.store.repository import Repository

pytestmark = pytest.mark.gui


def test_merging_a_colleague_again_lists_each_document_replaced(window, tmp_path: Path) -> None:
    doc_id = window.repo.document_ids()[0]
    title = window.repo.document_title(doc_id)
    window.repo.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    colleague = tmp_path / "cara.db"
    shutil.copyfile(window.repo.path, colleague)
    theirs = Repository(open_db(colleague))
    theirs.set_setting("annotator", "cara")
    span = theirs.add_span(Span(new_id(), doc_id, 0, 4, "ACTOR", "cara"))
    theirs.db.close()
    window.files.merge_database(str(colleague), wait=True)
    theirs = Repository(open_db(colleague))
    theirs.delete_span(span.id, by="cara")
    theirs.db.close()

    window.files.merge_database(str(colleague), wait=True)
    box = window.files.last_summary
    assert box is not None
    assert "cara's layer: 0 added, 0 changed, 1 removed in 1 documents" in box.text()
    assert f"{title!r} ({doc_id}): 0 added, 0 changed, 1 removed" in box.text()
    assert [s.id for s in window.repo.spans(doc_id) if s.annotator == "cara"] == []
