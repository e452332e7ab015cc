"""Start-up checks: quick (or none) before the first frame, the full one in the background."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.core.errors import StoreDamaged, StoreError
from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.store import db as store_db
from annotator.store.backup import backup_folder, open_with_backup
from annotator.store.db import (
    background_check,
    file_size,
    open_db,
    record_clean_check,
    refuse_damaged,
    startup_check,
)
from annotator.store.repository import Repository


def _corpus(path: Path, documents: int = 30) -> Repository:
    repo = Repository(open_db(path))
    repo.import_documents(
        [
            AnnotatedDocument(Document.from_text("Delegates met. " * 300 + str(n), f"R{n}"))
            for n in range(documents)
        ],
        "ana",
    )
    return repo


def damage(path: Path) -> None:
    """Overwrite the documents table's root page: SQLite opens the file, the checks fail."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
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


def test_the_full_check_runs_only_when_the_file_changed_since_the_last_clean_one(
    tmp_path: Path,
) -> None:
    path = tmp_path / "corpus.db"
    repo = _corpus(path)
    level, problem, taken = background_check(path) or ("", "", "")
    assert (level, problem) == ("full", None)
    record_clean_check(repo.db, taken)
    again = background_check(path)
    assert again is not None
    assert again[:2] == ("quick", None)
    document_id = repo.document_ids()[0]
    repo.add_span(Span(new_id(), document_id, 0, 9, "ACTOR", "ana", {}, "manual"))
    changed = background_check(path)
    assert changed is not None
    assert changed[:2] == ("full", None)
    assert changed[2] != taken
    repo.db.close()


def test_the_background_check_finds_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "corpus.db"
    _corpus(path).db.close()
    damage(path)
    result = background_check(path)
    assert result is not None
    level, problem, _ = result
    assert level == "full"
    assert problem


def test_a_check_interrupted_by_the_window_closing_reports_nothing(tmp_path: Path) -> None:
    path = tmp_path / "corpus.db"
    _corpus(path).db.close()

    # A progress handler that answers "stop" ends the statement as interrupt() does.
    def stop_soon(conn: sqlite3.Connection) -> None:
        conn.set_progress_handler(lambda: 1, 1000)

    assert background_check(path, on_connection=stop_soon) is None


def test_small_files_are_checked_before_the_first_frame_large_ones_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "corpus.db"
    assert startup_check(path) == "none"  # a new file: nothing to check
    _corpus(path).db.close()
    assert startup_check(path) == "quick"
    monkeypatch.setattr(store_db, "QUICK_CHECK_BEFORE_SHOW_BYTES", 1000)
    assert startup_check(path) == "none"


def test_a_file_of_a_few_megabytes_is_checked_only_after_the_first_frame(
    tmp_path: Path,
) -> None:
    # The background check runs after the first frame whatever the size; a check
    # before it reads the whole file again, and the start-up would grow with it.
    path = tmp_path / "corpus.db"
    _corpus(path, documents=800).db.close()
    assert file_size(path) > 3 * 1024 * 1024
    assert startup_check(path) == "none"


def test_the_window_open_refuses_a_damaged_small_file_before_showing_anything(
    tmp_path: Path,
) -> None:
    path = tmp_path / "corpus.db"
    _corpus(path).db.close()
    damage(path)
    before = path.read_bytes()
    with pytest.raises(StoreDamaged, match="restore a backup") as refused:
        open_with_backup(path, check=startup_check(path))
    assert str(backup_folder(path)) in str(refused.value)
    assert path.read_bytes() == before


def test_refuse_damaged_tells_a_file_that_is_not_sqlite_from_a_damaged_one(
    tmp_path: Path,
) -> None:
    other = tmp_path / "notes.db"
    other.write_bytes(b"these are my notes, not a database" * 200)
    with pytest.raises(StoreError, match="not SQLite"):
        refuse_damaged(other, "quick")
    refuse_damaged(tmp_path / "new.db", "quick")  # a file to be created passes
