"""A new database file is built without sqlite-utils, exactly as sqlite-utils would build it."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from sqlite_utils import Migrations

from annotator.core.errors import StoreError
from annotator.store import db as store_db
from annotator.store.connection import Database
from annotator.store.db import open_db, up_to_date
from annotator.store.migrations import migrations

STAMP = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}\+00:00")


def _contents(path: Path) -> tuple[list[Any], dict[str, list[Any]]]:
    """Every schema object and every table's rows, the migrations' timestamps left out."""
    conn = sqlite3.connect(path)
    try:
        schema = sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
        rows = {}
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            if table == "_sqlite_migrations":
                # In the order applied: sorted by repr, m010's (10, …) came before (2, …).
                query = "SELECT id, migration_set, name FROM _sqlite_migrations ORDER BY id"
                rows[table] = conn.execute(query).fetchall()
                continue
            query = f'SELECT * FROM "{table}"'  # names from our own schema
            rows[table] = sorted(conn.execute(query).fetchall(), key=repr)
    finally:
        conn.close()
    return schema, rows


def _by_sqlite_utils(path: Path) -> None:
    """The same steps applied by sqlite-utils' own Migrations, as before this change."""
    db = sqlite_utils.Database(path)
    migrations.real.apply(db)
    db.close()


def test_a_new_file_holds_what_sqlite_utils_builds_from_the_same_steps(tmp_path: Path) -> None:
    ours, theirs = tmp_path / "ours.db", tmp_path / "theirs.db"
    open_db(ours).close()
    _by_sqlite_utils(theirs)
    assert _contents(ours) == _contents(theirs)
    conn = sqlite3.connect(ours)
    stamps = [row[0] for row in conn.execute("SELECT applied_at FROM _sqlite_migrations")]
    conn.close()
    assert len(stamps) == len(migrations.names())
    assert all(STAMP.fullmatch(stamp) for stamp in stamps)


def test_sqlite_utils_reads_the_new_file_as_its_own(tmp_path: Path) -> None:
    path = tmp_path / "corpus.db"
    open_db(path).close()
    before = _contents(path)
    db = sqlite_utils.Database(path)
    assert [m.name for m in migrations.applied(db)] == migrations.names()
    assert migrations.pending(db) == []
    assert db["_sqlite_migrations"].pks == ["id"]
    migrations.real.ensure_migrations_table(db)  # finds nothing to mend
    db.close()
    assert _contents(path) == before


def test_opening_a_new_file_does_not_import_sqlite_utils(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    script = textwrap.dedent(
        f"""
        import sys
        from annotator.store.db import open_db
        from annotator.store.repository import Repository
        repo = Repository(open_db({str(path)!r}))
        assert repo.document_ids() == []
        print("sqlite_utils" in sys.modules)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
    db = Database(path)
    assert up_to_date(db)
    db.close()


def test_a_failing_step_leaves_the_new_file_blank(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "corpus.db"

    def m999_broken(db: Database) -> None:
        db.execute("CREATE TABLE half_done (id INTEGER)")
        db.execute("THIS IS NOT SQL")

    step = Migrations._Migration("m999_broken", m999_broken)
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "_migrations", [*migrations._migrations, step])
        with pytest.raises(StoreError):
            open_db(path)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone() == (0,)
    conn.close()
    open_db(path).close()  # and it is built whole the next time
    assert _contents(path)[1]["_sqlite_migrations"] == [
        (n, "annotator", name) for n, name in enumerate(migrations.names(), start=1)
    ]
    assert list(tmp_path.glob("*.before-*")) == []


def test_a_file_another_program_built_meanwhile_is_opened_not_built_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "corpus.db"
    _by_sqlite_utils(path)  # the other program, between our look and our write lock
    before = _contents(path)
    looks = iter([True])
    real_blank = store_db._blank
    monkeypatch.setattr(store_db, "_blank", lambda db: next(looks, None) or real_blank(db))
    db = open_db(path)
    assert up_to_date(db)
    db.close()
    assert _contents(path) == before
    assert list(tmp_path.glob("*.before-*")) == []


def test_a_step_that_cannot_run_in_a_transaction_is_applied_by_sqlite_utils(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "corpus.db"

    def m999_outside(db: Database) -> None:
        db.execute("CREATE TABLE outside (id INTEGER)")

    step = Migrations._Migration("m999_outside", m999_outside, transactional=False)
    monkeypatch.setattr(migrations, "_migrations", [*migrations._migrations, step])
    db = open_db(path)
    assert [m.name for m in migrations.applied(db)] == [*migrations.names()]
    assert db["outside"].exists()
    db.close()
