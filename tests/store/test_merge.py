"""Merging another database: idempotent, order-independent, conflicts kept, bad files refused."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from annotator.core.errors import StoreError
from annotator.core.model import AnnotatedDocument, Document, Relation, Span, new_id
from annotator.store.db import open_db
from annotator.store.merge import merge_database
from annotator.store.repository import Repository

TEXTS = [
    'Minister Ana Lópes said: "We counted 408 dead in Kharvelo."',
    "Rebels of the Northern Front shelled Davra; twelve civilians were killed.",
]
LABELS = ["ACTOR", "CASUALTY", "QUOTE"]


def _open(path: Path) -> Repository:
    return Repository(open_db(path))


def _base(path: Path) -> list[Document]:
    repo = _open(path)
    docs = [Document.from_text(t, title=f"doc {i}") for i, t in enumerate(TEXTS)]
    repo.import_documents([AnnotatedDocument(d) for d in docs], "ana")
    repo.db.close()
    return docs


def _contents(path: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """What the annotations are, whatever ids conflict copies got: spans and relations."""
    conn = sqlite3.connect(path)
    spans = sorted(
        conn.execute(
            'SELECT d.sha256, start, "end", label, annotator, attributes, provenance '
            "FROM spans JOIN documents d ON d.id = spans.document_id"
        ).fetchall()
    )
    relations = sorted(
        conn.execute(
            'SELECT h.start, h."end", h.label, t.start, t."end", t.label, r.type, r.annotator '
            "FROM relations r JOIN spans h ON h.id = r.head_id JOIN spans t ON t.id = r.tail_id"
        ).fetchall()
    )
    conn.close()
    return spans, relations


def _dump(path: Path) -> list[str]:
    """Every table but the append-only event log and sqlite bookkeeping, row by row."""
    conn = sqlite3.connect(path)
    lines = [line for line in conn.iterdump() if 'INSERT INTO "events"' not in line]
    conn.close()
    return lines


# A shared span id edited in either copy: (annotator, doc, start, end, label), per side.
edit = st.tuples(
    st.sampled_from(["ana", "ben"]),
    st.integers(0, 1),
    st.integers(0, 20),
    st.integers(1, 15),
    st.sampled_from(LABELS),
)


def _apply(repo: Repository, docs: list[Document], shared: list[str], edits, own) -> None:
    for span_id, change in zip(shared, edits, strict=False):
        if change is None:
            continue
        annotator, d, start, length, label = change
        if any(s.id == span_id for s in repo.spans(docs[0].id) + repo.spans(docs[1].id)):
            repo.update_span(span_id, by=annotator, start=start, end=start + length, label=label)
    for annotator, d, start, length, label in own:
        repo.add_span(Span(new_id(), docs[d].id, start, start + length, label, annotator))


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    shared=st.lists(edit, min_size=0, max_size=3),
    edits_a=st.lists(st.one_of(st.none(), edit), max_size=3),
    edits_b=st.lists(st.one_of(st.none(), edit), max_size=3),
    own_a=st.lists(edit, max_size=3),
    own_b=st.lists(edit, max_size=3),
    done_a=st.booleans(),
)
# Found by a random run: two identical shared spans, one moved in A, and A's own spans
# identical to the other; a second merge reported a conflict the first had resolved.
@example(
    shared=[("ben", 1, 3, 8, "ACTOR"), ("ben", 1, 3, 8, "ACTOR")],
    edits_a=[("ben", 0, 11, 12, "CASUALTY"), None],
    edits_b=[None, None, None],
    own_a=[("ben", 1, 3, 8, "ACTOR"), ("ben", 1, 3, 8, "ACTOR")],
    own_b=[],
    done_a=False,
)
def test_merging_is_idempotent_and_order_independent(
    tmp_path_factory: pytest.TempPathFactory,
    shared,
    edits_a,
    edits_b,
    own_a,
    own_b,
    done_a: bool,
) -> None:
    folder = tmp_path_factory.mktemp("merge")
    base = folder / "base.db"
    docs = _base(base)
    repo = _open(base)
    ids = []
    for annotator, d, start, length, label in shared:
        ids.append(
            repo.add_span(Span(new_id(), docs[d].id, start, start + length, label, annotator)).id
        )
    if len(ids) >= 2:
        q = repo.add_span(Span(new_id(), docs[0].id, 25, 57, "QUOTE", "ana"))
        a = repo.add_span(Span(new_id(), docs[0].id, 9, 18, "ACTOR", "ana"))
        repo.add_relation(Relation(new_id(), q.id, a.id, "speaker", "ana"))
    repo.db.close()
    a_path, b_path = folder / "a.db", folder / "b.db"
    shutil.copy(base, a_path)
    shutil.copy(base, b_path)
    repo_a, repo_b = _open(a_path), _open(b_path)
    _apply(repo_a, docs, ids, edits_a, own_a)
    _apply(repo_b, docs, ids, edits_b, own_b)
    if done_a:
        repo_a.set_status(docs[0].id, "ana", "done")
    repo_a.db.close()
    repo_b.db.close()
    a_copy, b_copy = folder / "a2.db", folder / "b2.db"
    shutil.copy(a_path, a_copy)
    shutil.copy(b_path, b_copy)
    b_bytes = b_path.read_bytes()

    merged_a = _open(a_copy)
    merge_database(merged_a, b_path, by="ana")
    assert b_path.read_bytes() == b_bytes  # the other file is only read
    once = _dump(a_copy)
    again = merge_database(merged_a, b_path, by="ana")
    assert not again.changed
    assert not again.conflicts
    merged_a.db.close()
    assert _dump(a_copy) == once  # idempotent

    merged_b = _open(b_copy)
    merge_database(merged_b, a_path, by="ben")
    merged_b.db.close()
    assert _contents(a_copy) == _contents(b_copy)  # order-independent

    # Merging the merged results back into each other adds nothing more.
    back = _open(a_copy)
    merge_database(back, b_copy, by="ana")
    back.db.close()
    assert _contents(a_copy) == _contents(b_copy)
    if done_a:
        conn = sqlite3.connect(b_copy)
        status = conn.execute(
            "SELECT status FROM document_status WHERE document_id = ? AND annotator = 'ana'",
            [docs[0].id],
        ).fetchone()[0]
        conn.close()
        assert status == "done"  # done wins


def test_a_conflict_keeps_both_versions_and_is_reported(tmp_path: Path) -> None:
    docs = _base(tmp_path / "base.db")
    repo = _open(tmp_path / "base.db")
    span = repo.add_span(Span(new_id(), docs[0].id, 9, 18, "ACTOR", "ana"))
    repo.db.close()
    shutil.copy(tmp_path / "base.db", tmp_path / "other.db")
    other = _open(tmp_path / "other.db")
    other.update_span(span.id, by="ana", start=0)
    other.db.close()
    ours = _open(tmp_path / "base.db")
    ours.update_span(span.id, by="ana", end=12)

    report = merge_database(ours, tmp_path / "other.db", by="ana")

    (conflict,) = report.conflicts
    assert conflict.original_id == span.id
    assert (conflict.ours["start"], conflict.ours["end"]) == (9, 12)
    assert (conflict.theirs["start"], conflict.theirs["end"]) == (0, 18)
    versions = {(s.id, s.start, s.end) for s in ours.spans(docs[0].id)}
    assert versions == {(span.id, 9, 12), (conflict.copy_id, 0, 18)}
    row = ours.db.execute(
        "SELECT original_id, copy_id, kind, source FROM merge_conflicts"
    ).fetchone()
    assert row == (span.id, conflict.copy_id, "span", "other.db")
    event = ours.db.execute("SELECT data FROM events WHERE action = 'database.merge'").fetchone()[0]
    assert conflict.copy_id in event


def test_new_documents_labels_and_annotators_come_across(tmp_path: Path) -> None:
    docs = _base(tmp_path / "ours.db")
    other = _open(tmp_path / "other.db")
    extra = Document.from_text("Another article entirely.", title="extra")
    other.import_documents([AnnotatedDocument(extra)], "ben")
    other.db.execute(
        "INSERT INTO labels (name, color, hotkey, description, attributes, position) "
        "VALUES ('WEAPON', '#123456', '', '', '[]', 99)"
    )
    other._schema = None
    other.add_span(Span(new_id(), extra.id, 0, 7, "WEAPON", "ben"))
    other.db.close()
    ours = _open(tmp_path / "ours.db")

    report = merge_database(ours, tmp_path / "other.db", by="ana")

    assert report.documents_added == 1
    assert report.spans_added == 1
    assert report.labels_added == ["WEAPON"]
    assert "ben" in report.annotators_added
    assert ours.schema().has_label("WEAPON")
    assert [s.label for s in ours.spans(extra.id)] == ["WEAPON"]
    assert len(ours.document_ids()) == len(docs) + 1


# -- refused files ------------------------------------------------------------------------


def _refused(tmp_path: Path, other: Path) -> None:
    ours_path = tmp_path / "ours.db"
    _base(ours_path)
    before = ours_path.read_bytes()
    other_before = other.read_bytes()
    repo = _open(ours_path)
    with pytest.raises(StoreError) as caught:
        merge_database(repo, other, by="ana")
    repo.db.close()
    assert caught.value.file == str(other)
    assert ours_path.read_bytes() == before
    assert other.read_bytes() == other_before


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "notes.db"
    other.write_text("just some notes\n")
    _refused(tmp_path, other)


def test_a_damaged_database_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "damaged.db"
    _base(other)
    repo = _open(other)
    repo.add_span(Span(new_id(), Document.from_text(TEXTS[0], "x").id, 0, 8, "ACTOR", "ana"))
    repo.db.close()
    conn = sqlite3.connect(other)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'spans'").fetchone()[0]
    conn.close()
    data = bytearray(other.read_bytes())
    at = (root - 1) * page_size
    data[at : at + 8] = b"\xff" * 8  # an invalid b-tree page header
    other.write_bytes(bytes(data))
    _refused(tmp_path, other)


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "newer.db"
    _base(other)
    conn = sqlite3.connect(other)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('annotator', 'm999_from_the_future', 'now')"
    )
    conn.commit()
    conn.close()
    _refused(tmp_path, other)


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "foreign.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE things (x)")
    conn.commit()
    conn.close()
    _refused(tmp_path, other)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    repo = _open(tmp_path / "ours.db")
    with pytest.raises(StoreError, match="no such"):
        merge_database(repo, tmp_path / "absent.db", by="ana")
