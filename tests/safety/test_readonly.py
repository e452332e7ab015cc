"""Files we must not or cannot write: opened read-only with a banner, or refused unchanged."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.core.errors import StoreError
from annotator.core.model import Span, new_id
from annotator.store.backup import open_with_backup, read_only_reason
from annotator.store.db import open_db
from annotator.store.migrations import migrations
from annotator.store.repository import Repository
from tests.safety.conftest import file_state, make_corpus


def _lock_down(paths: list[Path]) -> list[Path]:
    """Make paths unwritable: chmod for a normal user, chattr +i for root."""
    if os.geteuid() != 0:
        for path in paths:
            path.chmod(0o555 if path.is_dir() else 0o444)
        return paths
    result = subprocess.run(["chattr", "+i", *map(str, paths)], capture_output=True, check=False)
    if result.returncode != 0:
        pytest.skip("cannot make a file read-only for root here (no chattr)")
    return paths


def _release(paths: list[Path]) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", *map(str, paths)], capture_output=True, check=False)
    else:
        for path in paths:
            path.chmod(0o755 if path.is_dir() else 0o644)


@pytest.fixture
def read_only_db(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "medium"
    folder.mkdir()
    path = folder / "corpus.db"
    make_corpus(path)
    locked = _lock_down([path, folder])
    yield path
    _release(locked)


@pytest.mark.gui
def test_read_only_database_opens_with_a_banner_and_refuses_writes_plainly(
    qtbot, qapp, read_only_db: Path
) -> None:
    from annotator.ui.main_window import MainWindow

    before = file_state(read_only_db)
    db = open_with_backup(read_only_db)
    assert read_only_reason(db)
    window = MainWindow(Repository(db), "ana", db_label=str(read_only_db))
    qtbot.addWidget(window)
    window.show()
    banner = window.safety.banner
    assert banner.isVisible()
    assert banner.label.text().startswith("Read-only")
    document_id = window.session.document_id
    span = window.session.add_span(Span(new_id(), document_id, 0, 8, "ACTOR", "ana", {}, "manual"))
    assert "kept in memory" in banner.label.text()
    assert window.session.span(span.id) is not None
    assert not window.safety.retry()
    assert file_state(read_only_db) == before
    window.safety.poll_timer.stop()
    window.safety.retry_timer.stop()


def test_a_file_that_is_not_sqlite_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"These are my notes, not a database.\n" * 100)
    before = file_state(path)
    with pytest.raises(StoreError, match="not SQLite") as error:
        open_with_backup(path)
    assert str(path) in str(error.value)
    assert file_state(path) == before


def test_a_newer_schema_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    make_corpus(path)
    conn = sqlite3.connect(path)
    conn.execute(
        f"INSERT INTO {migrations.migrations_table} (migration_set, name, applied_at) "
        "VALUES ('annotator', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    before = file_state(path)
    with pytest.raises(StoreError, match="newer version"):
        open_with_backup(path)
    assert file_state(path) == before


def test_a_damaged_file_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    make_corpus(path)
    data = bytearray(path.read_bytes())
    for page in range(2, len(data) // 4096):
        data[page * 4096 : page * 4096 + 12] = b"\x0d\xff" * 6
    path.write_bytes(bytes(data))
    before = file_state(path)
    with pytest.raises(StoreError, match="damaged") as error:
        open_with_backup(path)
    assert "restore a backup" in str(error.value)
    assert file_state(path) == before
    # The plain open (used by the CLI) refuses it too or at least leaves it alone.
    with contextlib.suppress(StoreError):
        open_db(path).close()
