"""The window copies its -wal into the .db file when idle and on document change.

So a copy of the .db file alone (what a user copies by hand) holds the spans
they just made, and the -wal is cut back to zero bytes, without the window
ever waiting for another program that is using the file.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from annotator.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _wal(window: MainWindow) -> Path:
    return Path(f"{window.repo.path}-wal")


def _tag_marovic(qtbot, window: MainWindow) -> None:
    text = window.session.document.text
    start = text.index("Marović said")
    window.article.select_text(start, start + len("Marović"))
    qtbot.keyClick(window.article, "3")


def _spans_in_a_copy_of_the_db_file_alone(window: MainWindow, tmp_path: Path) -> list[str]:
    copy = tmp_path / "copied-by-hand.db"
    shutil.copyfile(window.repo.path, copy)  # without its -wal, as a user copies it
    with sqlite3.connect(copy) as conn:
        rows = [r[0] for r in conn.execute("SELECT label FROM spans")]
    conn.close()
    return rows


def test_a_few_idle_seconds_after_an_edit_the_wal_is_truncated_into_the_db_file(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    window.safety.checkpoint_timer.setInterval(200)
    _tag_marovic(qtbot, window)
    assert _wal(window).stat().st_size > 0
    assert window.safety.checkpoint_timer.isActive()
    qtbot.waitUntil(lambda: _wal(window).stat().st_size == 0, timeout=5000)
    assert _spans_in_a_copy_of_the_db_file_alone(window, tmp_path) == ["ACTOR"]


def test_opening_another_document_checkpoints_at_once(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    window.safety.checkpoint_timer.setInterval(60_000)
    _tag_marovic(qtbot, window)
    assert _wal(window).stat().st_size > 0
    window.open_document(window.repo.document_ids()[1])
    assert _wal(window).stat().st_size == 0
    assert _spans_in_a_copy_of_the_db_file_alone(window, tmp_path) == ["ACTOR"]


def test_a_checkpoint_never_waits_for_another_program_holding_the_file(
    qtbot, window: MainWindow
) -> None:
    window.safety.checkpoint_timer.setInterval(60_000)
    _tag_marovic(qtbot, window)
    other = sqlite3.connect(window.repo.path, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program is writing
        started = time.monotonic()
        assert window.safety.checkpoint() is False
        # The busy timeout is 5 s; the checkpoint gave up at once instead.
        assert time.monotonic() - started < 2.0
        assert _wal(window).stat().st_size > 0
    finally:
        other.rollback()
        other.close()
    assert window.safety.checkpoint() is True
    assert _wal(window).stat().st_size == 0


def test_a_closed_window_runs_nothing_against_its_database_closed_after_it(
    qtbot, window: MainWindow
) -> None:
    # The window object outlives its close until Qt deletes it; its owner closes the
    # database next (a test's fixture, the application at exit). A poll, a retry or a
    # checkpoint firing then failed on the closed connection (a later test's event loop).
    safety = window.safety
    for timer in (safety.poll_timer, safety.retry_timer, safety.checkpoint_timer):
        timer.setInterval(10)
    _tag_marovic(qtbot, window)  # a checkpoint is due
    assert safety.checkpoint_timer.isActive()
    window.close()
    window.repo.db.close()
    qtbot.wait(100)  # pytest-qt fails the test on an exception raised in the event loop
    assert not any(t.isActive() for t in (safety.poll_timer, safety.checkpoint_timer))
    assert not window.suggestions.pending_timer.isActive()
