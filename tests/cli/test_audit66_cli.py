"""What a demanding user saw at the command line (audit66)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.cli.test_cli import _jsonl, run


def test_importing_a_database_file_points_to_merge(tmp_path: Path) -> None:
    ours = tmp_path / "ours.db"
    assert run("import", str(_jsonl(tmp_path / "a.jsonl")), "--db", str(ours)).returncode == 0
    colleague = tmp_path / "colleague.db"
    shutil.copy(ours, colleague)

    result = run("import", str(colleague), "--db", str(ours))

    assert result.returncode == 1
    assert "annotator merge" in result.stderr


def test_an_unknown_file_type_lists_the_suffixes_of_files_the_import_reads(
    tmp_path: Path,
) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4")

    result = run("import", str(pdf), "--db", str(tmp_path / "c.db"))

    assert result.returncode == 1
    assert ".ann" in result.stderr
    assert ".native" not in result.stderr  # a --format name, no file's suffix
