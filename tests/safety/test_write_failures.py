"""Writes refused by the environment: the window says so, keeps the edit, saves it later.

Disk full and a removed file are simulated by a fault-injecting connection
(tests/safety/faults.py); permission loss is real (PRAGMA query_only makes
SQLite refuse with SQLITE_READONLY) and so is a lock (another connection holds
the write lock).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.core.model import Span, new_id
from annotator.services.operations import TagSpan
from annotator.store.backup import database_file
from annotator.ui.commands import push
from tests.safety.conftest import stored_spans
from tests.safety.faults import clear, inject

pytestmark = pytest.mark.gui


def _fault(window: object, kind: str) -> Callable[[], None]:
    """Start failure `kind` on the window's connection; returns the function that ends it."""
    db = window.repo.db  # type: ignore[attr-defined]
    if kind == "permission":
        db.execute("PRAGMA query_only = ON")
        return lambda: db.execute("PRAGMA query_only = OFF")
    if kind == "locked":
        db.execute("PRAGMA busy_timeout = 50")
        other = sqlite3.connect(database_file(db), isolation_level=None)
        other.execute("BEGIN IMMEDIATE")

        def release() -> None:
            other.execute("ROLLBACK")
            other.close()

        return release
    inject(db, kind)
    return lambda: clear(db)


def _tag(window: object, start: int, end: int, label: str = "ACTOR") -> Span:
    session = window.session  # type: ignore[attr-defined]
    span = Span(new_id(), session.document_id, start, end, label, "ana", {}, "manual")
    push(window.undo_stack, session, TagSpan(span))  # type: ignore[attr-defined]
    return span


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("disk_full", "disk is full"),
        ("removed", "cannot be reached"),
        ("permission", "cannot be written"),
        ("locked", "locked"),
    ],
)
def test_refused_write_is_shown_kept_and_saved_once_the_fault_clears(
    qtbot, gui_window, kind: str, words: str
) -> None:
    window = gui_window
    path = database_file(window.repo.db)
    end_fault = _fault(window, kind)
    span = _tag(window, 0, 8)
    banner = window.safety.banner
    assert banner.isVisible()
    assert words in banner.label.text()
    assert "kept in memory" in banner.label.text()
    assert window.saved_label.text().startswith("Not saved")
    assert span.id in {s.id for s in window.session.spans()}  # still shown
    assert span.id in window.article.spans  # and painted in the article
    assert span.id not in stored_spans(path)  # not in the file yet
    second = _tag(window, 10, 16)  # a later edit queues behind the first
    assert len(window.session.edits.pending) == 2
    window.safety.retry()  # still failing: still kept
    assert len(window.session.edits.pending) == 2
    end_fault()
    qtbot.waitUntil(lambda: not window.session.edits.pending, timeout=5000)
    stored = stored_spans(path)
    assert span.id in stored
    assert second.id in stored
    qtbot.waitUntil(lambda: not banner.isVisible())
    assert window.saved_label.text() == "All changes saved"


def test_undo_of_a_kept_edit_is_kept_in_order(qtbot, gui_window) -> None:
    window = gui_window
    path = database_file(window.repo.db)
    window.safety.retry_timer.setInterval(60_000)
    end_fault = _fault(window, "disk_full")
    span = _tag(window, 0, 8)
    window.undo_stack.undo()
    assert span.id not in {s.id for s in window.session.spans()}
    window.undo_stack.redo()
    assert span.id in {s.id for s in window.session.spans()}
    end_fault()
    qtbot.mouseClick(window.safety.banner.retry_button, Qt.MouseButton.LeftButton)
    assert not window.session.edits.pending
    assert span.id in stored_spans(path)


def test_save_a_copy_elsewhere_holds_the_kept_edits(qtbot, gui_window, tmp_path: Path) -> None:
    window = gui_window
    path = database_file(window.repo.db)
    window.safety.retry_timer.setInterval(60_000)
    _fault(window, "removed")
    span = _tag(window, 0, 8)
    copy = tmp_path / "elsewhere" / "rescued.db"
    copy.parent.mkdir()
    with qtbot.waitSignal(window.safety.messageShown) as said:
        assert window.safety.save_copy(copy)
    assert "with the 1 edits kept in memory" in said.args[0]
    assert span.id in stored_spans(copy)
    assert span.id not in stored_spans(path)
    assert window.session.edits.pending  # the original still needs them


def test_a_user_error_still_raises_and_is_not_queued(gui_window) -> None:
    from annotator.core.errors import AnnotatorError

    window = gui_window
    _fault(window, "disk_full")
    document = window.session.document
    bad = Span(new_id(), document.id, 0, len(document.text) + 5, "ACTOR", "ana", {}, "manual")
    with pytest.raises(AnnotatorError):
        window.session.add_span(bad)
    assert not window.session.edits.pending
