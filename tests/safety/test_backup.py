"""Rotating snapshots: taken on open, kept by the policy, listed, restored all-or-nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from annotator.core.errors import StoreError
from annotator.core.model import Span, new_id
from annotator.paths import data_dir
from annotator.store.backup import (
    backup_folder,
    list_snapshots,
    open_with_backup,
    restore_snapshot,
    take_snapshot,
)
from annotator.store.db import open_db
from annotator.store.repository import Repository
from tests.safety.conftest import stored_spans


def _tag(repo: Repository, start: int = 0) -> Span:
    document_id = repo.document_ids()[0]
    return repo.add_span(
        Span(new_id(), document_id, start, start + 7, "ACTOR", "ana", {}, "manual")
    )


def test_opening_takes_a_snapshot_in_the_documented_folder(corpus_path: Path) -> None:
    db = open_with_backup(corpus_path)
    snapshots = list_snapshots(corpus_path)
    assert len(snapshots) == 1
    folder = backup_folder(corpus_path)
    assert folder.parent == data_dir() / "backups"
    assert folder.name.startswith("corpus-")
    assert snapshots[0].path.parent == folder
    # Unchanged since the last snapshot: no new one, so old ones are not pushed out.
    db.close()
    open_with_backup(corpus_path).close()
    assert len(list_snapshots(corpus_path)) == 1
    repo = Repository(open_with_backup(corpus_path))
    _tag(repo)
    repo.db.close()
    open_with_backup(corpus_path).close()
    assert len(list_snapshots(corpus_path)) == 2


def test_rotation_keeps_the_last_five_and_one_a_day_for_a_week(corpus_path: Path) -> None:
    repo = Repository(open_db(corpus_path))
    start = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
    taken = []
    for day in range(10):
        for hour in range(3):
            when = start + timedelta(days=day, hours=hour)
            _tag(repo, start=day * 3 + hour)
            snap = take_snapshot(repo.db, now=when)
            assert snap is not None
            taken.append(when)
    kept = sorted(s.taken for s in list_snapshots(corpus_path))
    last_five = taken[-5:]
    last_day = taken[-1].date()
    daily = [max(t for t in taken if t.date() == last_day - timedelta(days=n)) for n in range(7)]
    assert kept == sorted(set(last_five) | set(daily))
    repo.db.close()


def test_restore_brings_back_the_snapshot_and_can_itself_be_undone(corpus_path: Path) -> None:
    repo = Repository(open_with_backup(corpus_path))
    first = list_snapshots(corpus_path)[0]
    span = _tag(repo)
    watcher_conn = Repository(open_db(corpus_path))  # another open connection sees it too
    before = restore_snapshot(repo.db, first.path)
    assert span.id not in stored_spans(corpus_path)
    assert watcher_conn.spans(repo.document_ids()[0]) == []
    assert before is not None
    restore_snapshot(repo.db, before.path)
    assert span.id in stored_spans(corpus_path)
    watcher_conn.db.close()
    repo.db.close()


def test_a_damaged_snapshot_is_refused_and_nothing_changes(corpus_path: Path) -> None:
    repo = Repository(open_with_backup(corpus_path))
    _tag(repo)
    snapshot = list_snapshots(corpus_path)[0].path
    data = bytearray(snapshot.read_bytes())
    for page in range(1, len(data) // 4096):  # break every b-tree page header but the first
        data[page * 4096 : page * 4096 + 12] = b"\x0d\xff" * 6
    snapshot.write_bytes(bytes(data))
    dump = list(repo.db.conn.iterdump())
    with pytest.raises(StoreError):
        restore_snapshot(repo.db, snapshot)
    assert list(repo.db.conn.iterdump()) == dump
    repo.db.close()


@pytest.mark.gui
def test_file_menu_restore_lists_snapshots_and_restores(qtbot, gui_window) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    window = gui_window
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    texts = [a.text() for a in file_menu.actions()]
    assert "Restore &backup…" in texts
    assert "Save a &copy elsewhere…" in texts
    document_id = window.session.document_id
    span = window.session.add_span(Span(new_id(), document_id, 0, 8, "ACTOR", "ana", {}, "manual"))
    window.safety.restore_action.trigger()
    dialog = window.safety.last_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.list.count() == 1
    dialog.list.setCurrentRow(0)
    with qtbot.waitSignal(window.safety.messageShown):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.session.span(span.id) is None
    assert span.id not in window.article.spans
    assert not window.undo_stack.canUndo()


# -- restoring every listed snapshot; kills; consistent copies (issue 12) -----------------


def _span_ids(path: Path) -> set[str]:
    return set(stored_spans(path))


def test_every_listed_snapshot_restores_including_the_oldest(corpus_path: Path) -> None:
    from annotator.store.backup import KEEP_LAST

    repo = Repository(open_db(corpus_path))
    start = datetime.now(UTC) - timedelta(days=3)
    expected: dict[Path, set[str]] = {}
    for n in range(KEEP_LAST + 3):  # more than the newest five: the list is full
        _tag(repo, start=n)
        snap = take_snapshot(repo.db, now=start + timedelta(hours=5 * n))
        assert snap is not None
        expected[snap.path] = _span_ids(corpus_path)
    listed = list_snapshots(corpus_path)
    assert len(listed) >= KEEP_LAST
    for snapshot in reversed(listed):  # the oldest first: it used to be pruned by the restore
        restore_snapshot(repo.db, snapshot.path)
        assert _span_ids(corpus_path) == expected[snapshot.path], snapshot.path.name
        assert snapshot.path.exists()
    repo.db.close()


def test_a_restore_deletes_no_snapshot(corpus_path: Path) -> None:
    """Restoring one snapshot leaves every other listed one restorable, whatever the clock.

    All on one day: only the newest five are kept by the policy, so the snapshot of the
    state before a restore used to push the oldest listed one out and delete it.
    """
    from annotator.store.backup import KEEP_LAST

    repo = Repository(open_db(corpus_path))
    day = (datetime.now(UTC) - timedelta(days=2)).replace(hour=1, minute=0)
    for n in range(KEEP_LAST + 3):
        _tag(repo, start=n)
        assert take_snapshot(repo.db, now=day + timedelta(minutes=5 * n)) is not None
    listed = [s.path for s in list_snapshots(corpus_path)]
    assert len(listed) == KEEP_LAST
    restore_snapshot(repo.db, listed[0])  # the newest
    assert all(path.exists() for path in listed)
    restore_snapshot(repo.db, listed[-1])  # still there to try next
    assert all(path.exists() for path in listed)
    repo.db.close()


def test_restoring_a_snapshot_that_vanished_is_a_store_error(corpus_path: Path) -> None:
    repo = Repository(open_with_backup(corpus_path))
    snapshot = list_snapshots(corpus_path)[0].path
    snapshot.unlink()
    with pytest.raises(StoreError, match="no longer exists"):
        restore_snapshot(repo.db, snapshot)
    repo.db.close()


def _wal_writer(path: Path, spans: int) -> tuple[Repository, set[str]]:
    """A connection that wrote `spans` spans that are still only in the -wal."""
    writer = Repository(open_db(path))
    writer.db.execute("PRAGMA wal_autocheckpoint = 0")
    ids = {_tag(writer, start=n).id for n in range(spans)}
    return writer, ids


def test_cli_backup_copies_edits_still_in_the_wal(corpus_path: Path, tmp_path: Path) -> None:
    import shutil

    from click.testing import CliRunner

    from annotator.cli import cli

    writer, ids = _wal_writer(corpus_path, 40)
    assert Path(f"{corpus_path}-wal").stat().st_size > 0
    by_hand = tmp_path / "by-hand.db"
    shutil.copyfile(corpus_path, by_hand)  # what users did: misses the -wal
    assert not ids <= _span_ids(by_hand)
    out = tmp_path / "copy.db"

    result = CliRunner().invoke(cli, ["backup", "--db", str(corpus_path), "--out", str(out)])

    assert result.exit_code == 0, result.output
    assert ids <= _span_ids(out)
    assert not Path(f"{out}-wal").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".copy")] == []
    again = CliRunner().invoke(cli, ["backup", "--db", str(corpus_path), "--out", str(out)])
    assert again.exit_code == 1
    assert "--force" in again.output
    forced = CliRunner().invoke(
        cli, ["backup", "--db", str(corpus_path), "--out", str(out), "--force"]
    )
    assert forced.exit_code == 0, forced.output
    writer.db.close()


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_backup_onto_the_database_itself_is_refused(corpus_path: Path, suffix: str) -> None:
    from click.testing import CliRunner

    from annotator.cli import cli

    writer, _ = _wal_writer(corpus_path, 3)
    before = _span_ids(corpus_path)
    target = f"{corpus_path}{suffix}"
    result = CliRunner().invoke(
        cli, ["backup", "--db", str(corpus_path), "--out", target, "--force"]
    )
    assert result.exit_code == 1
    assert "open database itself" in result.output
    assert "Traceback" not in result.output
    assert _span_ids(corpus_path) == before
    writer.db.close()


def test_checkpoint_moves_the_wal_into_the_file(corpus_path: Path, tmp_path: Path) -> None:
    import shutil

    from annotator.store.backup import checkpoint_wal

    writer, ids = _wal_writer(corpus_path, 25)
    assert checkpoint_wal(writer.db) is True
    by_hand = tmp_path / "by-hand.db"
    shutil.copyfile(corpus_path, by_hand)
    assert ids <= _span_ids(by_hand)
    writer.db.close()


def test_cli_lists_and_restores_snapshots(corpus_path: Path) -> None:
    from click.testing import CliRunner

    from annotator.cli import cli

    repo = Repository(open_with_backup(corpus_path))
    span = _tag(repo)
    repo.db.close()
    listing = CliRunner().invoke(cli, ["backups", "--db", str(corpus_path)])
    assert listing.exit_code == 0
    assert "   1  " in listing.output
    restored = CliRunner().invoke(cli, ["restore", "1", "--yes", "--db", str(corpus_path)])
    assert restored.exit_code == 0, restored.output
    assert span.id not in _span_ids(corpus_path)
    missing = CliRunner().invoke(cli, ["restore", "99", "--yes", "--db", str(corpus_path)])
    assert missing.exit_code == 2
    assert "no snapshot" in missing.output


# -- SIGKILL while a copy is written -----------------------------------------------------

_SNAPSHOT_LOOP = """
import sys
from pathlib import Path
from annotator.store.backup import take_snapshot
from annotator.store.db import open_db
db = open_db(Path(sys.argv[1]))
print("ready", flush=True)
while True:
    snap = take_snapshot(db, force=True)
    print("done", snap.path.name, flush=True)
"""

_UPGRADE = """
import sys
from pathlib import Path
from annotator.store.db import open_db
print("ready", flush=True)
open_db(Path(sys.argv[1])).close()
print("done", flush=True)
"""


def _big_corpus(path: Path, documents: int = 1500) -> None:
    from annotator.core.model import AnnotatedDocument, Document

    repo = Repository(open_db(path))
    filler = "Shelling hit the market in Brezna; the governor counted the dead. " * 150
    repo.import_documents(
        [AnnotatedDocument(Document.from_text(f"{n} {filler}", f"a{n}")) for n in range(documents)],
        "ana",
    )
    repo.db.close()


def _run_and_kill(script: str, path: Path, delay: float) -> list[str]:
    import os
    import signal
    import subprocess
    import sys
    import time

    repo_root = Path(__file__).resolve().parents[2]
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=repo_root,
        env={**os.environ, "PYTHONPATH": str(repo_root)},
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    time.sleep(delay)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    return process.stdout.read().splitlines()


def _complete(path: Path, documents: int) -> bool:
    import sqlite3

    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        ok = [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
        return ok and conn.execute("SELECT count(*) FROM documents").fetchone()[0] == documents
    finally:
        conn.close()


def test_sigkill_during_snapshots_leaves_no_incomplete_backup(tmp_path: Path) -> None:
    import random

    from annotator.store.copies import is_partial

    path = tmp_path / "big.db"
    _big_corpus(path)
    folder = backup_folder(path)
    rng = random.Random(12)
    partial_seen = 0
    for _ in range(8):
        _run_and_kill(_SNAPSHOT_LOOP, path, rng.uniform(0.05, 0.6))
        listed = {s.path for s in list_snapshots(path)}
        for snapshot in listed:
            assert _complete(snapshot, 1500), snapshot.name
        others = [p for p in folder.iterdir() if p not in listed]
        assert all(is_partial(p) for p in others), others
        partial_seen += len(others)
    repo = Repository(open_db(path))
    take_snapshot(repo.db, force=True)
    repo.db.close()
    assert [p for p in folder.iterdir() if is_partial(p)] == []  # leftovers cleaned
    print(f"8 kills during snapshots, {partial_seen} temporary files left and later cleaned")


def test_sigkill_during_upgrade_leaves_no_incomplete_backup(tmp_path: Path) -> None:
    import random
    import shutil

    from annotator.store.copies import is_partial
    from annotator.store.migrations import migrations

    names = [m.name for m in migrations._migrations]
    from sqlite_utils import Database

    from annotator.core.model import Document

    template = tmp_path / "template.db"
    old = Database(template)
    old.enable_wal()
    migrations.apply(old, stop_before=names[-1])  # as the previous version left it
    filler = "Shelling hit the market in Brezna; the governor counted the dead. " * 150
    with old.conn:
        for n in range(1500):
            d = Document.from_text(f"{n} {filler}", f"a{n}")
            old.execute(
                "INSERT INTO documents (id, seq, sha256, title, text, imported) "
                "VALUES (?, ?, ?, ?, ?, '2025-01-01')",
                [d.id, n + 1, d.sha256, d.title, d.text],
            )
    old.close()
    path = tmp_path / "work" / "corpus.db"
    path.parent.mkdir()
    rng = random.Random(7)
    partials = complete = 0
    for _ in range(8):
        for leftover in path.parent.iterdir():
            leftover.unlink()
        shutil.copyfile(template, path)
        lines = _run_and_kill(_UPGRADE, path, rng.uniform(0.0, 0.5))
        backups = list(path.parent.glob("corpus.before-v*.db"))
        for backup in backups:
            assert _complete(backup, 1500), (backup.name, lines)
        looks_like_backup = [
            p for p in path.parent.iterdir() if ".before-v" in p.name and not is_partial(p)
        ]
        assert set(looks_like_backup) <= set(backups) | {Path(f"{b}-journal") for b in backups}
        assert not any(Path(f"{b}-journal").exists() for b in backups)
        partials += any(is_partial(p) for p in path.parent.iterdir())
        complete += bool(backups)
    print(f"8 kills during upgrade: {partials} left a temporary copy, {complete} a backup")
    # A later open cleans the temporary copies a killed upgrade left.
    open_db(path).close()
    assert [p for p in path.parent.iterdir() if is_partial(p)] == []


def test_backup_into_a_missing_folder_is_one_line_and_exit_1(
    corpus_path: Path, tmp_path: Path
) -> None:
    from click.testing import CliRunner

    from annotator.cli import cli

    target = tmp_path / "no-such-folder" / "copy.db"
    result = CliRunner().invoke(cli, ["backup", "--db", str(corpus_path), "--out", str(target)])
    assert result.exit_code == 1
    assert "the folder does not exist" in result.output
    assert "Traceback" not in result.output
    assert result.output.count("\n") == 1
    assert not target.parent.exists()
