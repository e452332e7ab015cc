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
