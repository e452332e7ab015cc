"""A window and the CLI on one database: both work, nothing corrupts, the window notices."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.services.operations import TagSpan
from annotator.store.backup import database_file
from annotator.store.db import backup_to, open_db
from annotator.store.repository import Repository
from annotator.store.watch import ChangeWatcher
from annotator.ui.commands import push
from tests.conftest import REPO
from tests.safety.conftest import integrity, stored_spans


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "annotator", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_watcher_reports_documents_changed_by_another_connection(corpus_path: Path) -> None:
    ours = Repository(open_db(corpus_path))
    watcher = ChangeWatcher(ours.db, corpus_path)
    assert watcher.poll() is None
    theirs = Repository(open_db(corpus_path))
    document_id = theirs.document_ids()[1]
    theirs.add_span(Span(new_id(), document_id, 0, 7, "ACTOR", "ben", {}, "manual"))
    changes = watcher.poll()
    assert changes is not None
    assert changes.documents == [document_id]
    assert not changes.everything
    assert watcher.poll() is None
    # Our own commits are not reported as someone else's.
    ours.add_span(Span(new_id(), document_id, 8, 12, "ACTOR", "ana", {}, "manual"))
    watcher.own_write_done()
    assert watcher.poll() is None
    theirs.import_documents([AnnotatedDocument(Document.from_text("A new one.", "New"))], "ben")
    changes = watcher.poll()
    assert changes is not None
    assert changes.everything
    assert theirs.document_ids()[-1] in changes.documents
    ours.db.close()
    theirs.db.close()


def test_after_our_own_write_the_watcher_reads_its_marks_in_one_statement(
    corpus_path: Path,
) -> None:
    """What follows every saved edit: the data version, then the last event and the last
    rows of the watched tables in one statement (issue 16); a poll then reports nothing
    of ours, and a later write by another connection, to the new marks, is reported."""
    ours = Repository(open_db(corpus_path))
    watcher = ChangeWatcher(ours.db, corpus_path)
    document_id = ours.document_ids()[0]
    ours.add_span(Span(new_id(), document_id, 0, 7, "ACTOR", "ana", {}, "manual"))
    statements: list[str] = []
    ours.db.conn.set_trace_callback(statements.append)
    watcher.own_write_done()
    ours.db.conn.set_trace_callback(None)
    assert len(statements) == 2, statements
    assert statements[0] == "PRAGMA data_version"
    last_event = ours.db.execute("SELECT max(id) FROM events").fetchone()[0]
    assert watcher.last_event == last_event
    assert watcher.last_rowids == {
        table: ours.db.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0]
        for table in ("documents", "spans", "document_status")
    }
    assert watcher.poll() is None
    theirs = Repository(open_db(corpus_path))
    other = theirs.document_ids()[1]
    theirs.add_span(Span(new_id(), other, 0, 7, "ACTOR", "ben", {}, "manual"))
    changes = watcher.poll()
    assert changes is not None
    assert changes.documents == [other]
    ours.db.close()
    theirs.db.close()


def test_watcher_notices_the_file_being_removed(corpus_path: Path) -> None:
    repo = Repository(open_db(corpus_path))
    watcher = ChangeWatcher(repo.db, corpus_path)
    assert watcher.file_problem() is None
    corpus_path.rename(corpus_path.with_name("moved.db"))
    assert "removed" in (watcher.file_problem() or "")
    repo.db.close()


@pytest.mark.gui
def test_cli_import_while_the_window_is_open_is_seen_and_writing_goes_on(
    qtbot, gui_window, tmp_path: Path
) -> None:
    window = gui_window
    path = database_file(window.repo.db)
    open_id = window.session.document_id
    assert open_id is not None
    before_rows = window.documents.rowCount()

    # Import from the CLI while the window holds the file open.
    article = tmp_path / "new.txt"
    article.write_text("Ceasefire talks\n\nDelegates met in Vienna on Tuesday.\n", "utf-8")
    with qtbot.waitSignal(window.safety.documentsChanged, timeout=5000) as changed:
        result = cli("import", str(article), "--db", str(path), "--annotator", "ben")
        assert result.returncode == 0, result.stderr
    new_id_ = Repository(open_db(path)).document_ids()[-1]
    assert new_id_ in changed.args[0]
    qtbot.waitUntil(lambda: window.documents.rowCount() == before_rows + 1)

    # The window still writes, and the file is sound.
    span = Span(new_id(), open_id, 10, 16, "ACTOR", "ana", {}, "manual")
    push(window.undo_stack, window.session, TagSpan(span))
    assert not window.session.edits.pending
    assert span.id in stored_spans(path)
    assert integrity(path) == ["ok"]


def test_two_writers_interleave_without_losing_anything(corpus_path: Path) -> None:
    """Two connections alternately holding write transactions: WAL and the busy timeout."""
    first = Repository(open_db(corpus_path))
    second = Repository(open_db(corpus_path))
    document_id = first.document_ids()[0]
    made = []
    for n in range(40):
        repo = first if n % 2 else second
        made.append(
            repo.add_span(Span(new_id(), document_id, n, n + 3, "ACTOR", "ana", {}, "manual")).id
        )
    reader = sqlite3.connect(corpus_path)
    assert {r[0] for r in reader.execute("SELECT id FROM spans")} == set(made)
    reader.close()
    first.db.close()
    second.db.close()
    assert integrity(corpus_path) == ["ok"]


@pytest.mark.gui
def test_cli_merge_into_the_open_document_is_shown(qtbot, gui_window, tmp_path: Path) -> None:
    window = gui_window
    path = database_file(window.repo.db)
    open_id = window.session.document_id
    assert open_id is not None
    # Another program writes first (as in a day's work), then a colleague's file is merged.
    article = tmp_path / "new.txt"
    article.write_text("Ceasefire talks\n\nDelegates met in Vienna on Tuesday.\n", "utf-8")
    with qtbot.waitSignal(window.safety.documentsChanged, timeout=5000):
        assert cli("import", str(article), "--db", str(path)).returncode == 0
    # A colleague's copy with a new span by "ana" in the open document, merged by the CLI.
    other = tmp_path / "colleague.db"
    backup_to(window.repo.db, other)
    colleague = Repository(open_db(other))
    merged = colleague.add_span(Span(new_id(), open_id, 0, 8, "ACTOR", "ana", {}, "manual"))
    colleague.db.close()
    with qtbot.waitSignal(window.safety.documentsChanged, timeout=3000) as changed:
        result = cli("merge", str(other), "--db", str(path), "--annotator", "ben")
        assert result.returncode == 0, result.stderr
    assert open_id in changed.args[0]
    qtbot.waitUntil(lambda: window.session.span(merged.id) is not None)
    assert merged.id in window.article.spans
