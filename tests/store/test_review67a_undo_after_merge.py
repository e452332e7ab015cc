"""A review decision stays undoable after a merge changed or removed what it settled (review67a).

merge67 makes our copy of a colleague's layer what her file holds, and takes a span
she changed or removed out of the decisions that settled it: a decision that settled
only her span then settles none, and a rejection of it is dropped. Undo looked the
decisions up through the spans they settle and raised "no decision with id …" (in the
window, from the undo stack's Undo). A decision is found by its id; one no longer
stored is withdrawn already.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.store.db import open_db
from annotator.store.merge import merge_database
from annotator.store.repository import Repository
from annotator.store.review import adjudicate_accept, adjudicate_reject, undo_adjudications

TEXT = 'Minister Ana Lopes said: "We counted 408 dead in Kharvelo." Rebels shelled Davra.'


def _open(path: Path) -> Repository:
    return Repository(open_db(path))


def test_decisions_on_her_removed_and_changed_spans_can_be_undone(tmp_path: Path) -> None:
    doc = Document.from_text(TEXT, title="one")
    theirs = tmp_path / "cara.db"
    repo = _open(theirs)
    repo.import_documents([AnnotatedDocument(doc)], "cara")
    repo.set_setting("annotator", "cara")
    actor = repo.add_span(Span(new_id(), doc.id, 9, 18, "ACTOR", "cara")).id
    toll = repo.add_span(Span(new_id(), doc.id, 37, 45, "CASUALTY", "cara")).id
    rebels = repo.add_span(Span(new_id(), doc.id, 60, 66, "ACTOR", "cara")).id
    repo.db.close()
    ours = tmp_path / "lead.db"
    lead = _open(ours)
    lead.import_documents([AnnotatedDocument(doc)], "lead")
    lead.set_setting("annotator", "lead")
    merge_database(lead, theirs, by="lead", snapshot=False)
    accepted = adjudicate_accept(lead, doc.id, [toll], "lead")
    moved = adjudicate_accept(lead, doc.id, [actor], "lead")
    rejected = adjudicate_reject(lead, doc.id, [rebels], "lead")
    lead.db.close()

    repo = _open(theirs)  # she deletes the figure, moves the actor, relabels the rebels
    repo.delete_span(toll, by="cara")
    repo.update_span(actor, by="cara", start=9, end=12)
    repo.update_span(rebels, by="cara", label="QUOTE")
    repo.db.close()
    lead = _open(ours)
    merge_database(lead, theirs, by="lead", snapshot=False)

    undone = undo_adjudications(lead, [accepted.id, moved.id, rejected.id], by="lead")
    assert sorted(d.id for d in undone) == sorted([accepted.id, moved.id])
    conn = sqlite3.connect(ours)
    assert conn.execute("SELECT count(*) FROM adjudications").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM spans WHERE annotator = 'gold'").fetchone() == (0,)
    conn.close()
    lead.db.close()


def test_undo_of_our_actor_link_on_her_span_a_merge_removed(tmp_path: Path) -> None:
    from annotator.services.operations import LinkActor
    from annotator.store import actors

    doc = Document.from_text(TEXT, title="one")
    theirs = tmp_path / "cara.db"
    repo = _open(theirs)
    repo.import_documents([AnnotatedDocument(doc)], "cara")
    repo.set_setting("annotator", "cara")
    span = repo.add_span(Span(new_id(), doc.id, 9, 18, "ACTOR", "cara")).id
    repo.db.close()
    lead = _open(tmp_path / "lead.db")
    lead.import_documents([AnnotatedDocument(doc)], "lead")
    merge_database(lead, theirs, by="lead", snapshot=False)
    actor = actors.create_actor(lead, "Ana Lopes", "person", by="lead")
    edit = LinkActor(span, actor.id)
    edit.by = "lead"  # as EditService.prepare sets it
    edit.write(lead)
    repo = _open(theirs)
    repo.delete_span(span, by="cara")
    repo.db.close()
    merge_database(lead, theirs, by="lead", snapshot=False)
    edit.unwrite(lead)  # the window's Undo of the link: nothing left to unlink
    assert actors.actor(lead, actor.id).name == "Ana Lopes"
    lead.db.close()
