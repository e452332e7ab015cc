"""No analyst may be named like the gold layer or the machine suggestions (merge67).

An analyst "gold" wrote straight into the adjudicated gold layer (the layer is
the name), and one named "suggester" into the machine layer that every
suggestion run replaces. Every way a name comes in refuses them, with where the
name came from.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.store.db import open_db
from annotator.store.merge import merge_database
from annotator.store.repository import Repository

TEXT = "Shelling killed 14 civilians in Brezna on Monday.\n"


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "brezna.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def _documents(db: Path) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.parametrize("name", ["gold", "Gold", "suggester", "gold-adjudicated"])
def test_annotator_name_from_the_environment_is_refused(tmp_path: Path, name: str) -> None:
    db = tmp_path / "corpus.db"
    result = CliRunner().invoke(
        cli, ["import", str(_article(tmp_path)), "--db", str(db)], env={"ANNOTATOR_NAME": name}
    )
    assert result.exit_code == 1, result.output
    assert f"{name!r} ($ANNOTATOR_NAME) cannot be your name as annotator" in result.output
    assert "Traceback" not in result.output
    assert _documents(db) == 0


def test_a_stored_name_that_is_reserved_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    repo = Repository(open_db(db))
    repo.set_setting("annotator", "suggester")
    repo.db.close()
    result = CliRunner().invoke(cli, ["import", str(_article(tmp_path)), "--db", str(db)])
    assert result.exit_code == 1, result.output
    assert "the name stored in the database" in result.output
    assert "machine suggestions" in result.output


def test_a_name_that_is_this_databases_gold_layer_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    repo = Repository(open_db(db))
    repo.set_setting("gold_annotator", "adjudicated")
    repo.ensure_annotator("adjudicated", kind="gold")
    repo.db.close()
    other = tmp_path / "other.db"
    Repository(open_db(other)).db.close()
    result = CliRunner().invoke(
        cli, ["merge", str(other), "--db", str(db), "--annotator", "adjudicated"]
    )
    assert result.exit_code == 1, result.output
    assert "reserved for the gold layer" in result.output


def test_import_may_still_name_a_reference_layer_gold(tmp_path: Path) -> None:
    """`import --annotator gold` files a reference file's spans (README): a layer, not an
    analyst; so does `--annotator suggester` for our own export's suggestions."""
    db = tmp_path / "corpus.db"
    result = CliRunner().invoke(
        cli, ["import", str(_article(tmp_path)), "--db", str(db), "--annotator", "gold"]
    )
    assert result.exit_code == 0, result.output
    assert _documents(db) == 1


def _their_file(tmp_path: Path, layer: str) -> tuple[Path, Path]:
    document = Document.from_text(TEXT, "Brezna")
    theirs = tmp_path / "theirs.db"
    repo = Repository(open_db(theirs))
    repo.import_documents([AnnotatedDocument(document)], "ana")
    repo.add_span(Span(new_id(), document.id, 0, 8, "CASUALTY", layer))
    repo.db.close()
    ours = tmp_path / "ours.db"
    Repository(open_db(ours)).db.close()
    return theirs, ours


@pytest.mark.parametrize("layer", ["gold", "suggester"])
def test_a_merged_analysts_layer_with_a_reserved_name_is_refused(
    tmp_path: Path, layer: str
) -> None:
    theirs, ours = _their_file(tmp_path, layer)
    repo = Repository(open_db(ours))
    report = merge_database(repo, theirs, by="lead", snapshot=False)
    refused = {(r.table, r.key): r.reason for r in report.rejected}
    assert "reserved" in refused[("annotator", layer)]
    assert any(r.table == "span" and "reserved" in r.reason for r in report.rejected)
    assert layer not in repo.annotators()
    repo.db.close()
