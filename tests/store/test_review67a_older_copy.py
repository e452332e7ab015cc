"""Monday's copy of a colleague's file merged after Tuesday's, where she only deleted
a span and marked the document done (review67a).

merge67 told an older copy only by a span of ours edited after the file's last edit;
edits that leave no span behind (a deletion, a status) went unnoticed, so Monday's
copy "replaced" her layer: her status went back to in progress, and the summary said
her layer was made what Monday's copy holds. The merge that made our copy records
the file's last edit; a file edited before it replaces nothing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.store.db import open_db
from annotator.store.merge import merge_database
from annotator.store.repository import Repository

TEXT = 'Minister Ana Lopes said: "We counted 408 dead in Kharvelo." Rebels shelled Davra.'


def _open(path: Path) -> Repository:
    return Repository(open_db(path))


def test_monday_after_tuesday_replaces_nothing_when_tuesday_only_deleted(
    tmp_path: Path,
) -> None:
    doc = Document.from_text(TEXT, title="one")
    theirs = tmp_path / "cara.db"
    repo = _open(theirs)
    repo.import_documents([AnnotatedDocument(doc)], "cara")
    repo.set_setting("annotator", "cara")
    repo.add_span(Span(new_id(), doc.id, 9, 18, "ACTOR", "cara"))
    toll = repo.add_span(Span(new_id(), doc.id, 37, 45, "CASUALTY", "cara")).id
    repo.set_status(doc.id, "cara", "in_progress")
    repo.db.close()
    monday = tmp_path / "cara-monday.db"
    shutil.copyfile(theirs, monday)

    repo = _open(theirs)  # Tuesday: she deletes the figure and marks the document done
    repo.delete_span(toll, by="cara")
    repo.set_status(doc.id, "cara", "done")
    repo.db.close()

    ours = tmp_path / "lead.db"
    lead = _open(ours)
    lead.import_documents([AnnotatedDocument(doc)], "lead")
    lead.set_setting("annotator", "lead")
    tuesday = merge_database(lead, theirs, by="lead", snapshot=False)
    assert tuesday.layer_replaced == "cara"
    assert lead.status(doc.id, "cara") == "done"

    report = merge_database(lead, monday, by="lead", snapshot=False)
    assert report.layer_replaced is None
    assert "is older than your copy of cara's layer" in report.replacement_lines()[0]
    assert lead.status(doc.id, "cara") == "done"
    lead.db.close()

    # Her newer file still replaces as before.
    repo = _open(theirs)
    repo.add_span(Span(new_id(), doc.id, 66, 72, "ACTOR", "cara"))
    repo.db.close()
    lead = _open(ours)
    again = merge_database(lead, theirs, by="lead", snapshot=False)
    assert again.layer_replaced == "cara"
    assert [s.id for s in lead.spans(doc.id) if s.annotator == "cara" and s.id == toll] == []
    lead.db.close()
