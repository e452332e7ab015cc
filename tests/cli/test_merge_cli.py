"""`annotator merge` on the command line: what it prints about conflicts."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from annotator.cli import cli
from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.store.db import open_db
from annotator.store.repository import Repository

TEXT = "Shelling in Brezna\n\nShelling killed 14 civilians in Brezna on Monday.\n"


def test_a_conflict_line_shows_the_attributes_that_tell_the_two_versions_apart(
    tmp_path: Path,
) -> None:
    ours_path, theirs_path = tmp_path / "ours.db", tmp_path / "theirs.db"
    repo = Repository(open_db(ours_path))
    repo.import_documents([AnnotatedDocument(Document.from_text(TEXT, "Brezna"))], "ana")
    document_id = repo.document_ids()[0]
    start = TEXT.index("14 civilians")
    attributes = {"count_low": 14, "count_high": 14, "kind": "killed", "victims": "civilian"}
    span = repo.add_span(
        Span(new_id(), document_id, start, start + 12, "CASUALTY", "ana", attributes)
    )
    repo.db.close()
    shutil.copy(ours_path, theirs_path)
    theirs = Repository(open_db(theirs_path))
    theirs.update_span(span.id, by="ana", attributes={"victims": "unknown"})
    theirs.db.close()

    result = CliRunner().invoke(
        cli, ["merge", str(theirs_path), "--db", str(ours_path), "--annotator", "ana"]
    )

    assert result.exit_code == 0, result.output
    (line,) = [row for row in result.output.splitlines() if row.startswith("conflict:")]
    ours_part, theirs_part = line.split(", theirs ")
    # The same words and label in both: only the attributes differ, and both are shown.
    assert f"[{start}, {start + 12}) CASUALTY by ana" in ours_part
    assert f"[{start}, {start + 12}) CASUALTY by ana" in theirs_part
    assert '"victims": "civilian"' in ours_part
    assert '"victims": "unknown"' in theirs_part


def _colleague(tmp_path: Path) -> tuple[Path, Path, str, str]:
    """Our database and cara's (her window stored her name), both with one document,
    merged once; then cara deletes her span."""
    ours_path, theirs_path = tmp_path / "ours.db", tmp_path / "cara.db"
    document = Document.from_text(TEXT, "Brezna")
    theirs = Repository(open_db(theirs_path))
    theirs.import_documents([AnnotatedDocument(document)], "cara")
    theirs.set_setting("annotator", "cara")
    span = theirs.add_span(Span(new_id(), document.id, 0, 8, "CASUALTY", "cara"))
    theirs.db.close()
    ours = Repository(open_db(ours_path))
    ours.import_documents([AnnotatedDocument(document)], "lead")
    ours.db.close()
    merged = CliRunner().invoke(
        cli, ["merge", str(theirs_path), "--db", str(ours_path), "--annotator", "lead"]
    )
    assert merged.exit_code == 0, merged.output
    theirs = Repository(open_db(theirs_path))
    theirs.delete_span(span.id, by="cara")
    theirs.db.close()
    return ours_path, theirs_path, document.id, span.id


def test_merging_again_prints_what_became_of_the_colleagues_layer(tmp_path: Path) -> None:
    ours_path, theirs_path, document_id, _span_id = _colleague(tmp_path)
    result = CliRunner().invoke(
        cli, ["merge", str(theirs_path), "--db", str(ours_path), "--annotator", "lead"]
    )
    assert result.exit_code == 0, result.output
    assert "cara's layer: 0 added, 0 changed, 1 removed in 1 documents" in result.output
    assert f"'Brezna' ({document_id}): 0 added, 0 changed, 1 removed" in result.output
    repo = Repository(open_db(ours_path))
    assert [s.id for s in repo.spans(document_id)] == []
    repo.db.close()


def test_merge_dry_run_prints_the_summary_and_writes_nothing(tmp_path: Path) -> None:
    ours_path, theirs_path, document_id, span_id = _colleague(tmp_path)
    result = CliRunner().invoke(
        cli,
        ["merge", str(theirs_path), "--db", str(ours_path), "--annotator", "lead", "--dry-run"],
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("dry run, nothing written: ")
    assert f"'Brezna' ({document_id}): 0 added, 0 changed, 1 removed" in result.output
    assert "snapshot" not in result.output
    repo = Repository(open_db(ours_path))
    assert [s.id for s in repo.spans(document_id)] == [span_id]
    repo.db.close()
