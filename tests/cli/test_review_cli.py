"""`annotator merge` and `annotator agreement` as a user runs them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.store.db import open_db
from annotator.store.repository import Repository
from tests.cli.test_cli import run

TEXT = 'Minister Ana L\u00f3pes said: "We counted 408 dead in Kharvelo."'


def _two_annotators(path: Path) -> str:
    repo = Repository(open_db(path))
    doc = Document.from_text(TEXT, title="Shelling")
    repo.import_documents([AnnotatedDocument(doc)], "ana")
    repo.add_span(Span(new_id(), doc.id, 9, 18, "ACTOR", "ana"))
    repo.add_span(Span(new_id(), doc.id, 9, 18, "ACTOR", "ben"))
    repo.add_span(Span(new_id(), doc.id, 49, 57, "ACTOR", "ben"))
    repo.db.close()
    return doc.id


def test_agreement_prints_a_table_and_json(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    _two_annotators(db)
    table = run("agreement", "--db", str(db))
    assert table.returncode == 0, table.stderr
    assert "ana ~ ben" in table.stdout
    assert "Krippendorff" in table.stdout
    result = run("agreement", "--db", str(db), "--annotators", "ana,ben", "--json")
    data = json.loads(result.stdout)
    overall = next(p for p in data["pairs"] if p["label"] is None)
    assert overall["exact_f1"] == 2 / 3
    only = run("agreement", "--db", str(db), "--label", "ACTOR", "--json")
    assert {p["label"] for p in json.loads(only.stdout)["pairs"]} == {"ACTOR"}


def test_agreement_with_an_unknown_annotator_is_a_usage_error(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    _two_annotators(db)
    result = run("agreement", "--db", str(db), "--annotators", "ana", "--annotators", "zoe")
    assert result.returncode == 2
    assert "no annotator called 'zoe' (known: ana, ben)" in result.stderr


def test_merge_reports_what_was_added_and_conflicts(tmp_path: Path) -> None:
    ours = tmp_path / "ours.db"
    doc_id = _two_annotators(ours)
    theirs = tmp_path / "theirs.db"
    shutil.copy(ours, theirs)
    repo = Repository(open_db(theirs))
    span = repo.spans(doc_id, ["ana"])[0]
    repo.update_span(span.id, by="ana", start=0)
    repo.add_span(Span(new_id(), doc_id, 25, 57, "QUOTE", "ben"))
    repo.db.close()
    result = run("merge", str(theirs), "--db", str(ours), "--annotator", "ana")
    assert result.returncode == 0, result.stderr
    assert "2 spans" in result.stdout
    assert f"conflict: span {span.id}" in result.stdout
    again = run("merge", str(theirs), "--db", str(ours))
    assert "nothing new" in again.stdout


def test_merge_refuses_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    ours = tmp_path / "ours.db"
    _two_annotators(ours)
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    result = run("merge", str(other), "--db", str(ours))
    assert result.returncode == 1
    assert "not SQLite" in result.stderr


def test_merging_a_database_into_itself_is_refused_by_any_path(tmp_path: Path) -> None:
    ours = tmp_path / "ours.db"
    _two_annotators(ours)
    before = ours.read_bytes()
    (tmp_path / "sub").mkdir()
    (tmp_path / "link.db").symlink_to(ours)
    (tmp_path / "hard.db").hardlink_to(ours)
    for other in (
        ours,
        tmp_path / "sub" / ".." / "ours.db",
        tmp_path / "link.db",
        tmp_path / "hard.db",
    ):
        result = run("merge", str(other), "--db", str(ours))
        assert result.returncode == 2, (other, result.stderr)
        assert "is the database you are merging into" in result.stderr
        assert "Traceback" not in result.stderr
    assert ours.read_bytes() == before
    assert not (tmp_path / "ours.db-wal").exists()
