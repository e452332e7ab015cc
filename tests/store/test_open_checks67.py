"""Opening any database refuses triggers and tables annotator did not make (merge67).

`annotator merge` reads a colleague's file as hostile data; opening one with
`--db` (the window, export, review…) ran it as our own. A trigger in it ran on
our writes: one `AFTER INSERT ON events` deleted every span at the analyst's
first tag, silently. Every open now compares the file's triggers with those
our migrations make and refuses a file with another, before writing to it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlite_utils import Database

from annotator.cli import cli
from annotator.core.errors import StoreError
from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.store.db import open_db
from annotator.store.known_schema import OUR_TABLES, OUR_TRIGGERS
from annotator.store.migrations import migrations
from annotator.store.repository import Repository

NAMES = [m.name for m in migrations._migrations]


def _corpus(path: Path) -> None:
    repo = Repository(open_db(path))
    doc = Document.from_text("Rebels shelled Davra; twelve civilians were killed.", title="t")
    repo.import_documents([AnnotatedDocument(doc)], "ana")
    repo.add_span(Span(new_id(), doc.id, 0, 6, "ACTOR", "ana"))
    repo.db.close()


def _with(path: Path, sql: str) -> bytes:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")  # one file, compared byte for byte
    conn.execute(sql)
    conn.commit()
    conn.close()
    return path.read_bytes()


def test_a_foreign_trigger_is_refused_and_the_file_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "theirs.db"
    _corpus(path)
    before = _with(path, "CREATE TRIGGER evil AFTER INSERT ON events BEGIN DELETE FROM spans; END")
    with pytest.raises(StoreError) as raised:
        open_db(path)
    message = str(raised.value)
    assert str(path) in message
    assert "trigger 'evil' on 'events' that annotator did not make" in message
    assert "annotator merge" in message
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()
    with pytest.raises(StoreError, match="'evil'"):
        open_db(path, readonly=True)


def test_one_of_our_triggers_rewritten_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "theirs.db"
    _corpus(path)
    _with(path, "DROP TRIGGER spans_fit_text_update")
    _with(
        path,
        "CREATE TRIGGER spans_fit_text_update BEFORE UPDATE ON spans BEGIN DELETE FROM spans; END",
    )
    with pytest.raises(StoreError, match="'spans_fit_text_update' on 'spans'"):
        open_db(path)


def test_the_commands_refuse_it_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "theirs.db"
    _corpus(path)
    _with(path, "CREATE TRIGGER evil AFTER INSERT ON events BEGIN DELETE FROM spans; END")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        cli,
        ["export", "--db", str(path), "--format", "jsonl", "--annotator", "ana", "--out", str(out)],
    )
    assert result.exit_code == 1, result.output
    assert "'evil'" in result.output
    assert "Traceback" not in result.output
    assert not out.exists()


def test_a_dropped_trigger_of_ours_is_no_reason_to_refuse(tmp_path: Path) -> None:
    """m009 makes no triggers on an SQLite without JSON functions: fewer is fine."""
    path = tmp_path / "ours.db"
    _corpus(path)
    _with(path, "DROP TRIGGER spans_attributes_object_insert")
    open_db(path).close()


@pytest.mark.parametrize("version", range(1, len(NAMES) + 1))
def test_the_known_triggers_are_what_every_version_makes(tmp_path: Path, version: int) -> None:
    path = tmp_path / f"v{version}.db"
    db = Database(path)
    if version < len(NAMES):
        migrations.apply(db, stop_before=NAMES[version])
    else:
        migrations.apply(db)
    made = {
        name: " ".join(sql.split())
        for name, sql in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    }
    db.close()
    for name, sql in made.items():
        assert sql in OUR_TRIGGERS.get(name, ()), f"{name}: {sql}"
    open_db(path).close()  # an older version's triggers open, and the file migrates


def test_the_known_tables_are_what_the_migrations_make(tmp_path: Path) -> None:
    db = open_db(tmp_path / "fresh.db")
    made = {
        name: tuple((r[1], r[2]) for r in db.execute(f'PRAGMA table_xinfo("{name}")'))
        for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'documents_fts%' AND name != '_sqlite_migrations'"
        ).fetchall()
    }
    db.close()
    assert made == OUR_TABLES


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (
            ["DROP VIEW span_view", "ALTER TABLE spans DROP COLUMN provenance"],
            "its table 'spans' lacks the column 'provenance'",
        ),
        (
            ["DROP TABLE dismissed_problems", "CREATE VIEW dismissed_problems AS SELECT 1 AS key"],
            "its 'dismissed_problems' is a view",
        ),
        (
            [
                "DROP TABLE rejected_suggestions",
                'CREATE TABLE rejected_suggestions (document_id TEXT, start TEXT, "end" INTEGER, '
                "label TEXT, annotator TEXT, rejected TEXT)",
            ],
            "its column rejected_suggestions.start is declared 'TEXT', not 'INTEGER'",
        ),
    ],
)
def test_a_table_not_as_we_made_it_is_refused_with_a_message(
    tmp_path: Path, change: list[str], said: str
) -> None:
    path = tmp_path / "theirs.db"
    _corpus(path)
    for sql in change:
        _with(path, sql)
    with pytest.raises(StoreError) as raised:
        open_db(path)
    assert said in str(raised.value)
    result = CliRunner().invoke(cli, ["stats", "--db", str(path)])
    assert result.exit_code == 1, result.output
    assert said in result.output
    assert "this is a bug" not in result.output


def test_a_column_someone_added_is_let_through(tmp_path: Path) -> None:
    path = tmp_path / "ours.db"
    _corpus(path)
    _with(path, "ALTER TABLE documents ADD COLUMN my_note TEXT")
    open_db(path).close()
