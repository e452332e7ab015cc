"""Merging the same colleague again replaces our copy of their layer (merge67).

A colleague's file names its analyst (`settings.annotator`, stored by the window);
merging it makes our copy of that analyst's layer, per document the file holds,
what the file holds now: edited spans updated, deleted ones removed, new ones added.
Other layers, the gold layer and our own spans are never touched.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.model import AnnotatedDocument, Document, Relation, Span, new_id
from annotator.store import actors
from annotator.store.db import open_db
from annotator.store.merge import merge_database
from annotator.store.repository import Repository
from annotator.store.review import add_comment, adjudicate_accept, adjudicate_reject

TEXT = 'Minister Ana Lopes said: "We counted 408 dead in Kharvelo." Rebels shelled Davra.'
OTHER_TEXT = "Twelve civilians were killed in Davra on Monday."


def _open(path: Path) -> Repository:
    return Repository(open_db(path))


def _span(doc: Document, start: int, end: int, label: str, who: str) -> Span:
    return Span(new_id(), doc.id, start, end, label, who)


def _setup(tmp_path: Path) -> tuple[Path, Path, Document, Document, dict[str, str]]:
    """Cara's file (named in its settings) with three spans and a speaker link in
    `doc`, one span in `other`; the lead's file: the same documents, one own span."""
    doc = Document.from_text(TEXT, title="one")
    other = Document.from_text(OTHER_TEXT, title="two")
    theirs = tmp_path / "cara.db"
    repo = _open(theirs)
    repo.import_documents([AnnotatedDocument(doc), AnnotatedDocument(other)], "cara")
    repo.set_setting("annotator", "cara")
    ids = {}
    for key, (start, end, label) in {
        "actor": (9, 18, "ACTOR"),
        "quote": (25, 58, "QUOTE"),
        "toll": (37, 45, "CASUALTY"),
    }.items():
        ids[key] = repo.add_span(_span(doc, start, end, label, "cara")).id
    ids["other"] = repo.add_span(_span(other, 0, 16, "CASUALTY", "cara")).id
    repo.add_relation(Relation(new_id(), ids["quote"], ids["actor"], "speaker", "cara"))
    repo.db.close()
    ours = tmp_path / "lead.db"
    repo = _open(ours)
    repo.import_documents([AnnotatedDocument(doc), AnnotatedDocument(other)], "lead")
    repo.set_setting("annotator", "lead")
    ids["lead"] = repo.add_span(_span(doc, 9, 18, "ACTOR", "lead")).id
    repo.db.close()
    return theirs, ours, doc, other, ids


def _layer(path: Path, annotator: str) -> set[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    rows = conn.execute(
        'SELECT id, document_id, start, "end", label FROM spans WHERE annotator = ?', [annotator]
    ).fetchall()
    conn.close()
    return set(rows)


def test_merging_again_replaces_the_colleagues_layer(tmp_path: Path) -> None:
    theirs, ours, doc, other, ids = _setup(tmp_path)
    lead = _open(ours)
    first = merge_database(lead, theirs, by="lead", snapshot=False)
    assert first.spans_added == 4
    lead.db.close()

    # Cara moves her ACTOR span, deletes the casualty figure and adds a new span.
    repo = _open(theirs)
    repo.update_span(ids["actor"], by="cara", start=9, end=12)
    repo.delete_span(ids["toll"], by="cara")
    added = repo.add_span(_span(doc, 66, 72, "ACTOR", "cara"))
    repo.db.close()

    lead = _open(ours)
    report = merge_database(lead, theirs, by="lead", snapshot=False)
    assert not report.conflicts
    assert _layer(ours, "cara") == {
        (ids["actor"], doc.id, 9, 12, "ACTOR"),
        (ids["quote"], doc.id, 25, 58, "QUOTE"),
        (added.id, doc.id, 66, 72, "ACTOR"),
        (ids["other"], other.id, 0, 16, "CASUALTY"),
    }
    assert _layer(ours, "lead") == {(ids["lead"], doc.id, 9, 18, "ACTOR")}
    assert report.layer_replaced == "cara"
    assert report.replaced == {doc.id: (1, 1, 1)}
    assert "cara's layer: 1 added, 1 changed, 1 removed in 1 documents" in report.summary()
    lines = report.replacement_lines()
    assert lines[0] == "cara's layer made what cara.db holds now:"
    assert f"  'one' ({doc.id}): 1 added, 1 changed, 1 removed" in lines
    # The speaker link is still there (its ends are still Cara's).
    assert len(lead.relations(doc.id)) == 1
    lead.db.close()

    # Merging the same file once more changes nothing.
    lead = _open(ours)
    again = merge_database(lead, theirs, by="lead", snapshot=False)
    assert not again.changed
    assert again.replaced == {}
    lead.db.close()


def test_a_deleted_speaker_link_is_removed_too(tmp_path: Path) -> None:
    theirs, ours, doc, _other, _ids = _setup(tmp_path)
    lead = _open(ours)
    merge_database(lead, theirs, by="lead", snapshot=False)
    lead.db.close()
    repo = _open(theirs)
    (link,) = repo.relations(doc.id)
    repo.delete_relation(link.id, by="cara")
    repo.db.close()
    lead = _open(ours)
    report = merge_database(lead, theirs, by="lead", snapshot=False)
    assert lead.relations(doc.id) == []
    assert report.relations_removed == 1
    lead.db.close()


def test_decisions_on_a_changed_or_removed_span_are_reopened_and_gold_kept(
    tmp_path: Path,
) -> None:
    theirs, ours, doc, _other, ids = _setup(tmp_path)
    lead = _open(ours)
    merge_database(lead, theirs, by="lead", snapshot=False)
    accepted = adjudicate_accept(lead, doc.id, [ids["actor"], ids["lead"]], "lead")
    rejected = adjudicate_reject(lead, doc.id, [ids["toll"]], "lead")
    add_comment(lead, doc.id, "lead", "check the figure", span_id=ids["toll"])
    gold_before = _layer(ours, "gold")
    lead.db.close()

    repo = _open(theirs)
    repo.update_span(ids["actor"], by="cara", start=9, end=12)
    repo.delete_span(ids["toll"], by="cara")
    repo.db.close()

    lead = _open(ours)
    report = merge_database(lead, theirs, by="lead", snapshot=False)
    assert report.decisions_reopened == 2
    conn = lead.db.conn
    sources = set(conn.execute("SELECT adjudication_id, span_id FROM adjudication_sources"))
    # The gold span stays as decided; Cara's new version is undecided again.
    assert sources == {(accepted.id, ids["lead"])}
    assert _layer(ours, "gold") == gold_before
    # A decision left settling nothing is gone; no reference names a removed span.
    assert (
        conn.execute("SELECT 1 FROM adjudications WHERE id = ?", [rejected.id]).fetchone() is None
    )
    assert conn.execute("SELECT span_id FROM comments").fetchall() == [(None,)]
    lead.db.close()


def test_a_file_naming_no_analyst_is_merged_as_before(tmp_path: Path) -> None:
    theirs, ours, _doc, _other, ids = _setup(tmp_path)
    conn = sqlite3.connect(theirs)
    conn.execute("DELETE FROM settings WHERE key = 'annotator'")
    conn.commit()
    conn.close()
    lead = _open(ours)
    merge_database(lead, theirs, by="lead", snapshot=False)
    lead.db.close()
    repo = _open(theirs)
    repo.delete_span(ids["toll"], by="cara")
    repo.db.close()
    lead = _open(ours)
    report = merge_database(lead, theirs, by="lead", snapshot=False)
    assert report.layer_replaced is None
    assert any(row[0] == ids["toll"] for row in _layer(ours, "cara"))
    assert "names no analyst" in report.replacement_lines()[0]
    lead.db.close()


def test_a_file_naming_us_or_gold_replaces_nothing(tmp_path: Path) -> None:
    theirs, ours, _doc, _other, _ids = _setup(tmp_path)
    for name in ("lead", "gold"):
        conn = sqlite3.connect(theirs)
        conn.execute("UPDATE settings SET value = ? WHERE key = 'annotator'", [name])
        conn.commit()
        conn.close()
        lead = _open(ours)
        report = merge_database(lead, theirs, by="lead", snapshot=False)
        assert report.layer_replaced is None
        assert _layer(ours, "lead")  # our own span is untouched
        lead.db.close()


def test_dry_run_reports_the_same_and_writes_nothing(tmp_path: Path) -> None:
    theirs, ours, doc, _other, ids = _setup(tmp_path)
    lead = _open(ours)
    merge_database(lead, theirs, by="lead", snapshot=False)
    lead.db.close()
    repo = _open(theirs)
    repo.delete_span(ids["toll"], by="cara")
    repo.db.close()
    before = tmp_path / "before.db"
    shutil.copyfile(ours, before)
    lead = _open(ours)
    report = merge_database(lead, theirs, by="lead", snapshot=False, dry_run=True)
    assert report.replaced == {doc.id: (0, 0, 1)}
    assert report.snapshot is None
    lead.db.close()
    assert _layer(ours, "cara") == _layer(before, "cara")


def test_a_refused_row_of_the_layer_leaves_that_document_as_it_was(tmp_path: Path) -> None:
    theirs, ours, doc, _other, ids = _setup(tmp_path)
    lead = _open(ours)
    merge_database(lead, theirs, by="lead", snapshot=False)
    lead.db.close()
    conn = sqlite3.connect(theirs)
    # The deletion of one span and a crafted row with an unknown label in the same document.
    conn.execute("DELETE FROM relations")
    conn.execute("DELETE FROM spans WHERE id = ?", [ids["toll"]])
    conn.execute(
        'INSERT INTO spans (id, document_id, start, "end", label, annotator, created, updated) '
        "VALUES (?, ?, 0, 3, 'NOPE', 'cara', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
        [new_id(), doc.id],
    )
    conn.commit()
    conn.close()
    lead = _open(ours)
    report = merge_database(lead, theirs, by="lead", snapshot=False)
    assert report.rejected
    assert doc.id not in report.replaced
    assert any(row[0] == ids["toll"] for row in _layer(ours, "cara"))
    lead.db.close()


def test_an_older_copy_of_their_file_never_takes_spans_away(tmp_path: Path) -> None:
    theirs, ours, doc, _other, ids = _setup(tmp_path)
    monday = tmp_path / "cara-monday.db"
    shutil.copyfile(theirs, monday)
    repo = _open(theirs)
    repo.update_span(ids["actor"], by="cara", start=9, end=12)
    repo.db.close()
    lead = _open(ours)
    merge_database(lead, theirs, by="lead", snapshot=False)  # Tuesday's file first
    report = merge_database(lead, monday, by="lead", snapshot=False)
    assert report.layer_replaced is None
    assert "is older than your copy of cara's layer" in report.replacement_lines()[0]
    assert (ids["actor"], doc.id, 9, 12, "ACTOR") in _layer(ours, "cara")
    lead.db.close()


# Cara's edits between two merges: per span of hers, keep, move, relabel or delete;
# then a few new spans.
_EDIT = st.sampled_from(["keep", "move", "relabel", "delete"])


@settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    edits=st.lists(_EDIT, min_size=4, max_size=4),
    added=st.lists(st.tuples(st.integers(0, 40), st.integers(1, 10)), max_size=3),
)
def test_after_merging_again_our_copy_of_her_layer_is_her_layer(
    tmp_path_factory, edits: list[str], added: list[tuple[int, int]]
) -> None:
    tmp_path = tmp_path_factory.mktemp("again")
    theirs, ours, doc, _other, ids = _setup(tmp_path)
    lead = _open(ours)
    merge_database(lead, theirs, by="lead", snapshot=False)
    lead.db.close()
    repo = _open(theirs)
    for key, edit in zip(["actor", "quote", "toll", "other"], edits, strict=True):
        if edit == "move":
            span = repo.span(ids[key])
            repo.update_span(ids[key], by="cara", start=span.start, end=span.end - 1)
        elif edit == "relabel":
            repo.update_span(ids[key], by="cara", label="ACTOR")
        elif edit == "delete":
            repo.delete_span(ids[key], by="cara")
    for start, length in added:
        repo.add_span(_span(doc, start, start + length, "CASUALTY", "cara"))
    repo.db.close()
    lead = _open(ours)
    merge_database(lead, theirs, by="lead", snapshot=False)
    lead.db.close()
    assert _layer(ours, "cara") == _layer(theirs, "cara")
    assert _layer(ours, "lead") == {(ids["lead"], doc.id, 9, 18, "ACTOR")}


def _link(path: Path) -> dict[str, tuple[str, str]]:
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT span_id, actor_id, linked_by FROM span_actors").fetchall()
    conn.close()
    return {span: (actor, by) for span, actor, by in rows}


def test_her_actor_links_follow_hers_and_ours_stay(tmp_path: Path) -> None:
    theirs, ours, _doc, _other, ids = _setup(tmp_path)
    repo = _open(theirs)
    first = actors.create_actor(repo, "Ana Lopes", "person", by="cara")
    second = actors.create_actor(repo, "Ana López", "person", by="cara")
    actors.link_span(repo, ids["actor"], first.id, by="cara")
    repo.db.close()
    lead = _open(ours)
    merge_database(lead, theirs, by="lead", snapshot=False)
    mine = actors.create_actor(lead, "Minister", "person", by="lead")
    actors.link_span(lead, ids["lead"], mine.id, by="lead")
    lead.db.close()
    assert _link(ours)[ids["actor"]] == (first.id, "cara")

    repo = _open(theirs)
    actors.link_span(repo, ids["actor"], second.id, by="cara")
    repo.db.close()
    lead = _open(ours)
    merge_database(lead, theirs, by="lead", snapshot=False)
    lead.db.close()
    assert _link(ours)[ids["actor"]] == (second.id, "cara")

    repo = _open(theirs)
    actors.link_span(repo, ids["actor"], None, by="cara")
    repo.db.close()
    lead = _open(ours)
    merge_database(lead, theirs, by="lead", snapshot=False)
    lead.db.close()
    assert _link(ours) == {ids["lead"]: (mine.id, "lead")}
