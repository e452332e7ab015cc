"""CLI writes: a damaged file is refused; disk full, read-only, locked give one line, exit 1."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator import cli
from annotator.core.model import AnnotatedDocument, Document
from annotator.store.backup import backup_folder
from annotator.store.db import open_db
from annotator.store.repository import Repository
from tests.conftest import REPO
from tests.safety.faults import inject


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "annotator", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )


def _corpus(path: Path, documents: int = 40) -> None:
    repo = Repository(open_db(path))
    repo.import_documents(
        [
            AnnotatedDocument(Document.from_text("Delegates met. " * 200 + str(n), f"Report {n}"))
            for n in range(documents)
        ],
        "ana",
    )
    repo.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    repo.db.close()


def _damage_the_documents_table(path: Path) -> None:
    """Overwrite the root page of the documents table: SQLite opens the file, quick_check fails."""
    conn = sqlite3.connect(path)
    (root,) = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'documents'"
    ).fetchone()
    (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start + 8 : start + page_size] = bytes(range(256)) * ((page_size - 8) // 256) + bytes(
        (page_size - 8) % 256
    )
    path.write_bytes(bytes(data))


def _article(tmp_path: Path) -> Path:
    article = tmp_path / "new.txt"
    article.write_text("Ceasefire talks\n\nDelegates met in Vienna on Tuesday.\n", "utf-8")
    return article


@pytest.mark.parametrize("command", ["import", "suggest", "merge"])
def test_a_writing_command_refuses_a_damaged_file_and_says_how_to_restore(
    tmp_path: Path, command: str
) -> None:
    path = tmp_path / "corpus.db"
    _corpus(path)
    _damage_the_documents_table(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    other = tmp_path / "other.db"
    _corpus(other, documents=1)
    args = {
        "import": ["import", str(_article(tmp_path)), "--annotator", "ana"],
        "suggest": ["suggest"],
        "merge": ["merge", str(other), "--annotator", "ana"],
    }[command]
    result = run_cli(*args, "--db", str(path))
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"annotator: {path}: this database is damaged")
    assert "restore a backup" in lines[0]
    assert str(backup_folder(path)) in lines[0]
    assert "Traceback" not in result.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        ("disk_full", "the disk is full"),
        ("permission", "cannot be written"),
        ("locked", "locked"),
        ("removed", "cannot be reached"),
    ],
)
def test_a_refused_write_during_import_is_one_line_and_exit_1(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fault: str,
    words: str,
) -> None:
    path = tmp_path / "corpus.db"
    _corpus(path, documents=1)
    real_open = cli.open_db

    def open_then_fail(*args, **kwargs):  # type: ignore[no-untyped-def]
        db = real_open(*args, **kwargs)
        Repository(db)  # the schema is in place before the fault starts
        inject(db, fault)
        return db

    monkeypatch.setattr(cli, "open_db", open_then_fail)
    code = cli.main(["import", str(_article(tmp_path)), "--db", str(path), "--annotator", "ana"])
    assert code == 1
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"annotator: {path}: ")
    assert words in lines[0]
    assert "unexpected" not in err
    check = Repository(open_db(path))
    assert len(check.document_ids()) == 1
    check.db.close()


def test_a_lock_held_by_another_program_beyond_the_timeout_is_one_line_and_exit_1(
    tmp_path: Path,
) -> None:
    path = tmp_path / "corpus.db"
    _corpus(path, documents=1)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = run_cli("import", str(_article(tmp_path)), "--db", str(path), "--annotator", "x")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "another program kept the database locked" in lines[0]
