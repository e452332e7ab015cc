"""The store's one write path: BEGIN IMMEDIATE, savepoints, and every failure classified."""

from __future__ import annotations

import errno
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from annotator.core.errors import (
    StoreBusy,
    StoreConstraint,
    StoreDamaged,
    StoreError,
    StoreFull,
    StoreGone,
    StoreReadOnly,
)
from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.store import actors, review
from annotator.store.db import open_db
from annotator.store.repository import Repository
from annotator.store.transaction import store_error, write_transaction
from tests.safety.faults import clear, inject

TEXT = "Minister Ana Kovac said the talks would resume on Monday."


def _repo(path: Path) -> tuple[Repository, str]:
    repo = Repository(open_db(path))
    doc = Document.from_text(TEXT, "Talks")
    repo.import_documents([AnnotatedDocument(doc)], "ana")
    return repo, doc.id


def _span(document_id: str, start: int = 9, end: int = 18) -> Span:
    return Span(new_id(), document_id, start, end, "ACTOR", "ana", {"type": "person"})


def test_a_write_waits_for_another_programs_transaction_instead_of_failing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "corpus.db"
    ours, document_id = _repo(path)
    old = ours.add_span(_span(document_id))
    theirs = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    theirs.execute("BEGIN IMMEDIATE")
    theirs.execute("INSERT INTO settings (key, value) VALUES ('their', 'edit')")

    def commit_later() -> None:
        time.sleep(0.3)
        theirs.execute("COMMIT")

    other = threading.Thread(target=commit_later)
    other.start()
    started = time.monotonic()
    # Read, then write, in one action: with a deferred BEGIN the read takes a
    # snapshot, and the write fails at once when the other program commits.
    with ours.action():
        (count,) = ours.db.execute("SELECT count(*) FROM spans").fetchone()
        ours.db.execute("DELETE FROM spans WHERE id = ?", [old.id])
        ours.set_setting("spans_seen", str(count))
    waited = time.monotonic() - started
    other.join()
    assert waited >= 0.2
    assert ours.spans(document_id) == []
    assert ours.setting("spans_seen") == "1"
    assert ours.setting("their") == "edit"
    theirs.close()
    ours.db.close()


def test_a_lock_held_beyond_the_timeout_is_store_busy_and_nothing_is_written(
    tmp_path: Path,
) -> None:
    path = tmp_path / "corpus.db"
    ours, document_id = _repo(path)
    ours.db.execute("PRAGMA busy_timeout = 100")
    theirs = sqlite3.connect(path, isolation_level=None)
    theirs.execute("BEGIN IMMEDIATE")
    with pytest.raises(StoreBusy, match="locked") as raised:
        ours.add_span(_span(document_id))
    assert raised.value.file == str(path)
    theirs.execute("ROLLBACK")
    theirs.close()
    assert ours.spans(document_id) == []
    assert not ours.db.conn.in_transaction
    ours.db.close()


def test_a_read_only_connection_gives_store_read_only(tmp_path: Path) -> None:
    repo, document_id = _repo(tmp_path / "corpus.db")
    repo.db.execute("PRAGMA query_only = 1")
    with pytest.raises(StoreReadOnly, match="cannot be written"):
        review.add_comment(repo, document_id, "ana", "check the second quote")
    repo.db.execute("PRAGMA query_only = 0")
    assert review.comments(repo, document_id) == []
    repo.db.close()


@pytest.mark.parametrize(
    ("fault", "kind"),
    [
        ("disk_full", StoreFull),
        ("removed", StoreGone),
        ("permission", StoreReadOnly),
        ("locked", StoreBusy),
    ],
)
def test_every_store_module_raises_the_classified_error_for_each_fault(
    tmp_path: Path, fault: str, kind: type[StoreError]
) -> None:
    # The writes that used to bypass the guard: actors, review comments, statuses.
    repo, document_id = _repo(tmp_path / "corpus.db")
    span = repo.add_span(_span(document_id))
    inject(repo.db, fault)
    with pytest.raises(kind):
        actors.create_actor(repo, "Ana Kovac", "person", by="ana")
    with pytest.raises(kind):
        review.add_comment(repo, document_id, "ana", "a note")
    with pytest.raises(kind):
        repo.set_status(document_id, "ana", "done")
    with pytest.raises(kind):
        repo.delete_span(span.id, by="ana")
    clear(repo.db)
    assert not repo.db.conn.in_transaction
    assert actors.actors(repo) == []
    assert review.comments(repo, document_id) == []
    assert repo.status(document_id, "ana") != "done"
    assert [s.id for s in repo.spans(document_id)] == [span.id]
    repo.db.close()


def _write(repo: Repository, *statements: str) -> None:
    with repo.action():
        for statement in statements:
            repo.db.execute(statement)


def _divide_by_zero_while_writing(repo: Repository) -> None:
    with repo.action():
        repo.db.execute("INSERT INTO settings (key, value) VALUES ('x', '1')")
        _ = 1 / 0


def test_a_constraint_failure_is_store_constraint_and_rolls_back_the_whole_action(
    tmp_path: Path,
) -> None:
    repo, _ = _repo(tmp_path / "corpus.db")
    events = repo.db.execute("SELECT count(*) FROM events").fetchone()[0]
    with pytest.raises(StoreConstraint, match="UNIQUE"):
        _write(
            repo,
            "INSERT INTO settings (key, value) VALUES ('a', '1')",
            "INSERT INTO settings (key, value) VALUES ('a', '2')",
        )
    assert repo.setting("a") is None
    assert repo.db.execute("SELECT count(*) FROM events").fetchone()[0] == events
    repo.db.close()


def test_a_nested_block_that_fails_rolls_back_only_itself(tmp_path: Path) -> None:
    repo, _ = _repo(tmp_path / "corpus.db")
    with write_transaction(repo.db):
        repo.db.execute("INSERT INTO settings (key, value) VALUES ('outer', '1')")
        with pytest.raises(StoreConstraint):
            _write(
                repo,
                "INSERT INTO settings (key, value) VALUES ('inner', '1')",
                "INSERT INTO settings (key, value) VALUES ('inner', '2')",
            )
    assert repo.setting("outer") == "1"
    assert repo.setting("inner") is None
    assert not repo.db.conn.in_transaction
    repo.db.close()


def test_savepoints_nested_two_deep_roll_back_only_the_innermost(tmp_path: Path) -> None:
    """Every savepoint has one name: a failure two levels in undoes that level only, and
    the level around it still commits or rolls back by itself."""
    repo, _ = _repo(tmp_path / "corpus.db")

    def insert(key: str) -> str:
        return f"INSERT INTO settings (key, value) VALUES ('{key}', '1')"

    with write_transaction(repo.db):
        repo.db.execute(insert("outer"))
        with write_transaction(repo.db):
            repo.db.execute(insert("middle"))
            with pytest.raises(StoreConstraint):
                _write(repo, insert("inner"), insert("inner"))
            repo.db.execute(insert("middle after"))
        with pytest.raises(StoreConstraint):
            _write(repo, insert("second middle"), insert("outer"))
    stored = {row[0] for row in repo.db.execute("SELECT key FROM settings")}
    assert {"outer", "middle", "middle after"} <= stored
    assert not {"inner", "second middle"} & stored
    assert not repo.db.conn.in_transaction
    repo.db.close()


def test_edits_run_the_same_savepoint_statements_each_time(tmp_path: Path) -> None:
    """A span added inside a user action (a savepoint in its transaction) runs the same
    statement texts at every edit: the connection's statement cache keeps them, and the
    texts the keys use are not pushed out of it by new ones (issue 16)."""
    repo, document_id = _repo(tmp_path / "corpus.db")
    statements: list[str] = []
    repo.db.conn.set_trace_callback(statements.append)
    for start, end in ((0, 8), (9, 12), (13, 18)):
        with repo.action():
            repo.add_span(_span(document_id, start, end))
    repo.db.conn.set_trace_callback(None)
    savepoints = [s for s in statements if "SAVEPOINT" in s]
    assert len(savepoints) == 6  # SAVEPOINT and RELEASE SAVEPOINT, three times
    assert len(set(savepoints)) == 2
    repo.db.close()


def test_a_bug_is_not_dressed_up_as_a_store_problem(tmp_path: Path) -> None:
    repo, _ = _repo(tmp_path / "corpus.db")
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        _write(repo, "INSERT INTO no_such_table VALUES (1)")
    with pytest.raises(ZeroDivisionError):
        _divide_by_zero_while_writing(repo)
    assert repo.setting("x") is None
    assert not repo.db.conn.in_transaction
    repo.db.close()


def test_a_damaged_file_is_store_damaged_with_how_to_restore(tmp_path: Path) -> None:
    path = tmp_path / "corpus.db"
    repo, _ = _repo(path)
    repo.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    repo.db.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page, len(data), page):  # every page after the header page
        data[offset : offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    with pytest.raises(StoreDamaged, match="restore a backup"):
        _write(Repository(open_db(path)), "INSERT INTO settings (key, value) VALUES ('x', '1')")


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (errno.ENOSPC, StoreFull),
        (errno.EROFS, StoreReadOnly),
        (errno.EACCES, StoreReadOnly),
        (errno.ENOENT, StoreGone),
        (errno.EIO, StoreGone),
    ],
)
def test_os_errors_are_classified_by_errno(code: int, kind: type[StoreError]) -> None:
    found = store_error(OSError(code, "refused"), file="x.db")
    assert isinstance(found, kind)
    assert str(found).startswith("x.db: ")


def test_classified_errors_carry_one_sentence_for_the_user() -> None:
    for exc in (
        sqlite3.OperationalError("database or disk is full"),
        sqlite3.OperationalError("database is locked"),
        sqlite3.OperationalError("attempt to write a readonly database"),
        sqlite3.OperationalError("disk I/O error"),
        sqlite3.DatabaseError("database disk image is malformed"),
    ):
        found = store_error(exc)
        assert found is not None, exc
        assert "\n" not in found.reason
        assert found.reason[0].islower()
        assert "sqlite" not in found.reason.lower()
    assert store_error(ValueError("not ours")) is None
    assert store_error(sqlite3.ProgrammingError("closed")) is None


def test_no_module_starts_a_transaction_except_the_chokepoint() -> None:
    """Every write goes through write_transaction: no db.atomic(), BEGIN or commit elsewhere."""
    package = Path(__file__).resolve().parents[2] / "annotator"
    allowed = {
        # A read-only connection's snapshot for the background integrity check.
        ("store/db.py", 'conn.execute("BEGIN")  # one snapshot for the fingerprint and the check'),
    }
    found = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package).as_posix()
        if relative == "store/transaction.py":
            continue
        for line in path.read_text("utf-8").splitlines():
            text = line.strip()
            starts = any(w in text for w in (".atomic(", '"BEGIN', "'BEGIN", ".commit()"))
            if starts and (relative, text) not in allowed:
                found.append(f"{relative}: {text}")
    assert found == []
