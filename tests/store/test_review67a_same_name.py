"""Two files naming the same analyst: the second merge takes nothing of the first away
(review67a).

The name the window stores defaults to the login name, so two colleagues on machines
with the same account ("analyst", "user") both name the analyst "analyst". merge67
made our copy of that layer what each file held: merging the second file removed
every span and speaker link the first had brought in the documents both hold. A span
or link is now removed only where their file records deleting it (its event log).
"""

from __future__ import annotations

from pathlib import Path

from annotator.core.model import AnnotatedDocument, Document, Relation, Span, new_id
from annotator.store.db import open_db
from annotator.store.merge import merge_database
from annotator.store.repository import Repository

TEXT = 'Minister Ana Lopes said: "We counted 408 dead in Kharvelo." Rebels shelled Davra.'


def _open(path: Path) -> Repository:
    return Repository(open_db(path))


def test_a_second_file_naming_the_same_analyst_removes_nothing_of_the_first(
    tmp_path: Path,
) -> None:
    doc = Document.from_text(TEXT, title="one")
    first = tmp_path / "pc1.db"
    repo = _open(first)
    repo.import_documents([AnnotatedDocument(doc)], "analyst")
    repo.set_setting("annotator", "analyst")
    actor = repo.add_span(Span(new_id(), doc.id, 9, 18, "ACTOR", "analyst")).id
    quote = repo.add_span(Span(new_id(), doc.id, 25, 58, "QUOTE", "analyst")).id
    repo.add_relation(Relation(new_id(), quote, actor, "speaker", "analyst"))
    repo.db.close()
    second = tmp_path / "pc2.db"
    repo = _open(second)
    repo.import_documents([AnnotatedDocument(doc)], "analyst")
    repo.set_setting("annotator", "analyst")
    rebels = repo.add_span(Span(new_id(), doc.id, 60, 66, "ACTOR", "analyst")).id
    repo.db.close()

    lead = _open(tmp_path / "lead.db")
    lead.import_documents([AnnotatedDocument(doc)], "lead")
    merge_database(lead, first, by="lead", snapshot=False)
    report = merge_database(lead, second, by="lead", snapshot=False)
    assert {s.id for s in lead.spans(doc.id) if s.annotator == "analyst"} == {
        actor,
        quote,
        rebels,
    }
    assert len(lead.relations(doc.id)) == 1
    assert report.replaced == {doc.id: (1, 0, 0)}

    # What the first file's analyst deletes later is still removed.
    repo = _open(first)
    repo.delete_span(quote, by="analyst")
    repo.db.close()
    again = merge_database(lead, first, by="lead", snapshot=False)
    assert again.replaced == {doc.id: (0, 0, 1)}
    assert {s.id for s in lead.spans(doc.id) if s.annotator == "analyst"} == {actor, rebels}
    assert lead.relations(doc.id) == []
    lead.db.close()


def test_a_stale_copy_of_her_layer_from_a_third_file_is_cleaned_by_her_next_file(
    tmp_path: Path,
) -> None:
    """Ana merged into Ben's file, Ben's into ours; Ana edits; Ben's stale copy of her
    span comes in again as a conflict copy in her layer; her next file removes it."""
    doc = Document.from_text(TEXT, title="one")
    files = {}
    for who in ("ana", "ben", "lead"):
        files[who] = tmp_path / f"{who}.db"
        repo = _open(files[who])
        repo.import_documents([AnnotatedDocument(doc)], who)
        repo.set_setting("annotator", who)
        repo.db.close()
    repo = _open(files["ana"])
    actor = repo.add_span(Span(new_id(), doc.id, 9, 18, "ACTOR", "ana")).id
    repo.db.close()
    ben = _open(files["ben"])
    merge_database(ben, files["ana"], by="ben", snapshot=False)
    ben.db.close()
    lead = _open(files["lead"])
    merge_database(lead, files["ben"], by="lead", snapshot=False)
    repo = _open(files["ana"])
    repo.update_span(actor, by="ana", start=9, end=12)
    repo.db.close()
    merge_database(lead, files["ana"], by="lead", snapshot=False)
    stale = merge_database(lead, files["ben"], by="lead", snapshot=False)
    assert len(stale.conflicts) == 1  # Ben's old version of her span, kept beside hers
    merge_database(lead, files["ana"], by="lead", snapshot=False)
    assert [(s.id, s.start, s.end) for s in lead.spans(doc.id) if s.annotator == "ana"] == [
        (actor, 9, 12)
    ]
    lead.db.close()
