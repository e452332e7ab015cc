"""Migrations: a blank database and every earlier version reach the latest schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database, Migrations

from annotator.core.errors import StoreError
from annotator.store.db import open_db, schema_version
from annotator.store.migrations import migrations

NAMES = [m.name for m in migrations._migrations]

COLUMNS = {
    "settings": ["key", "value"],
    "annotators": ["name", "kind", "created"],
    "labels": ["name", "color", "hotkey", "description", "attributes", "position"],
    "relation_types": ["name", "head_label", "tail_label", "description"],
    "documents": [
        "id", "seq", "sha256", "title", "text", "source", "published", "meta", "imported",
    ],
    "spans": [
        "id", "document_id", "start", "end", "label", "annotator", "attributes", "provenance",
        "created", "updated",
    ],
    "relations": ["id", "head_id", "tail_id", "type", "annotator", "created"],
    "document_status": ["document_id", "annotator", "status", "updated"],
    "events": [
        "id", "at", "annotator", "action", "document_id", "span_id", "relation_id", "data",
    ],
}  # fmt: skip

FOREIGN_KEYS = {
    "relation_types": {("head_label", "labels", "name"), ("tail_label", "labels", "name")},
    "spans": {
        ("document_id", "documents", "id"),
        ("label", "labels", "name"),
        ("annotator", "annotators", "name"),
    },
    "relations": {
        ("head_id", "spans", "id"),
        ("tail_id", "spans", "id"),
        ("type", "relation_types", "name"),
        ("annotator", "annotators", "name"),
    },
    "document_status": {("document_id", "documents", "id"), ("annotator", "annotators", "name")},
}

INDEXES = {
    "spans_by_document": ("spans", ["document_id", "start"]),
    "spans_by_annotator": ("spans", ["annotator", "document_id"]),
    "spans_by_label": ("spans", ["label"]),
    "spans_by_document_id": ("spans", ["document_id", "id"]),
    "relations_by_head": ("relations", ["head_id"]),
    "relations_by_tail": ("relations", ["tail_id"]),
    "document_status_by_annotator": ("document_status", ["annotator", "status"]),
    "events_by_document": ("events", ["document_id", "id"]),
    "events_by_span": ("events", ["span_id"]),
}

TRIGGERS = {
    "spans_fit_text_insert",
    "spans_fit_text_update",
    "documents_text_immutable",
    "events_append_only_update",
    "events_append_only_delete",
    "documents_length_insert",
    "documents_length_update",
    "documents_length_delete",
    "spans_attributes_object_insert",
    "spans_attributes_object_update",
    "documents_meta_object_insert",
    "documents_meta_object_update",
}
VIEWS = {"span_view", "speaker_view", "document_view"}


def _schema(path: Path) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return sorted(
            conn.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master "
                "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
            )
        )
    finally:
        conn.close()


def _database_at_version(path: Path, version: int) -> None:
    """A database with the first `version` migrations applied, as an older annotator left it."""
    db = Database(path)
    if version < len(NAMES):
        migrations.apply(db, stop_before=NAMES[version])
    else:
        migrations.apply(db)
    db.close()


def _assert_latest_schema(db: Database) -> None:
    assert [m.name for m in migrations.applied(db)] == NAMES
    for table, columns in COLUMNS.items():
        assert [row[1] for row in db.execute(f"PRAGMA table_info({table})")] == columns, table
    for table, expected in FOREIGN_KEYS.items():
        found = {
            (row[3], row[2], row[4]) for row in db.execute(f"PRAGMA foreign_key_list({table})")
        }
        assert found == expected, table
    for index, (table, columns) in INDEXES.items():
        names = [row[1] for row in db.execute(f"PRAGMA index_list({table})")]
        assert index in names, index
        assert [row[2] for row in db.execute(f"PRAGMA index_info({index})")] == columns
    triggers = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert triggers >= TRIGGERS
    views = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}
    assert views >= VIEWS
    for view in VIEWS:
        db.execute(f"SELECT * FROM {view} LIMIT 1").fetchall()  # the view compiles


def test_blank_database_gets_every_migration(db_path: Path) -> None:
    db = open_db(db_path)
    _assert_latest_schema(db)
    assert schema_version(db) == len(NAMES)
    db.close()


@pytest.mark.parametrize("version", range(len(NAMES)))
def test_every_earlier_version_opens_and_reaches_the_latest_schema(
    tmp_path: Path, version: int
) -> None:
    reference = tmp_path / "reference.db"
    open_db(reference).close()
    old = tmp_path / f"v{version}.db"
    _database_at_version(old, version)
    db = open_db(old)
    _assert_latest_schema(db)
    db.close()
    assert _schema(old) == _schema(reference)


def test_latest_database_opens_without_migrating_or_backing_up(db_path: Path) -> None:
    open_db(db_path).close()
    schema = _schema(db_path)
    db = open_db(db_path)
    assert schema_version(db) == len(NAMES)
    db.close()
    assert _schema(db_path) == schema
    assert sorted(p.name for p in db_path.parent.glob("*.before-*")) == []


def test_a_backup_is_written_before_migrating_a_database_with_earlier_migrations(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_db(db_path)
    db.execute("INSERT INTO settings (key, value) VALUES ('annotator', 'ana')")
    db.conn.commit()
    db.close()

    def m999_next_step(db: Database) -> None:
        db.execute("CREATE TABLE next_step (id INTEGER PRIMARY KEY)")

    step = Migrations._Migration("m999_next_step", m999_next_step)
    monkeypatch.setattr(migrations, "_migrations", [*migrations._migrations, step])
    db = open_db(db_path)
    assert db["next_step"].exists()
    db.close()
    (backup,) = db_path.parent.glob(f"corpus.before-v{len(NAMES) + 1}-*.db")
    old = sqlite3.connect(backup)
    try:
        assert old.execute("SELECT value FROM settings").fetchone() == ("ana",)
        tables = {r[0] for r in old.execute("SELECT name FROM sqlite_master")}
        assert "next_step" not in tables
    finally:
        old.close()


def test_a_blank_database_is_not_backed_up(db_path: Path) -> None:
    open_db(db_path).close()
    assert list(db_path.parent.glob("*.before-*")) == []


def test_a_non_sqlite_file_is_refused_and_left_byte_for_byte(db_path: Path) -> None:
    db_path.write_bytes(b"Shelling hits Kharvelo market\n" * 100)
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="not SQLite") as info:
        open_db(db_path)
    assert info.value.file == str(db_path)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_a_database_from_a_newer_annotator_is_refused_and_left_byte_for_byte(
    db_path: Path,
) -> None:
    open_db(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = DELETE")  # no -wal file, so bytes tell the whole story
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('annotator', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="newer version"):
        open_db(db_path)
    with pytest.raises(StoreError, match="newer version"):
        open_db(db_path, readonly=True)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_a_failing_migration_leaves_nothing_behind(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_db(db_path).close()

    def m999_broken(db: Database) -> None:
        db.execute("CREATE TABLE half_done (id INTEGER)")
        db.execute("THIS IS NOT SQL")

    step = Migrations._Migration("m999_broken", m999_broken)
    monkeypatch.setattr(migrations, "_migrations", [*migrations._migrations, step])
    with pytest.raises(StoreError):
        open_db(db_path)
    monkeypatch.undo()
    db = open_db(db_path)
    assert not db["half_done"].exists()
    assert [m.name for m in migrations.applied(db)] == NAMES
    db.close()


def test_m007_keeps_each_document_length_and_the_span_checks_use_it(tmp_path: Path) -> None:
    old = tmp_path / "v6.db"
    _database_at_version(old, NAMES.index("m007_document_lengths"))
    with sqlite3.connect(old) as conn:
        conn.execute(
            "INSERT INTO documents (id, seq, sha256, title, text, imported) "
            "VALUES ('d1', 1, 'h1', 't', 'Ana said 😢 so.', '2026-01-01')"
        )
    conn.close()
    db = open_db(old)
    lengths = dict(db.execute("SELECT document_id, characters FROM document_lengths").fetchall())
    assert lengths == {"d1": len("Ana said 😢 so.")}  # code points, like the offsets
    db.execute(
        "INSERT INTO documents (id, seq, sha256, title, text, imported) "
        "VALUES ('d2', 2, 'h2', 't', 'Short.', '2026-01-01')"
    )
    db.execute(
        "INSERT OR IGNORE INTO annotators (name, kind, created) VALUES ('ana', 'human', 'x')"
    )
    db.execute(
        "INSERT OR IGNORE INTO labels (name, color, hotkey, description, attributes, position) "
        "VALUES ('ACTOR', '#112233', '3', '', '[]', 0)"
    )
    insert = (
        'INSERT INTO spans (id, document_id, start, "end", label, annotator, created, updated) '
        "VALUES (?, ?, 0, ?, 'ACTOR', 'ana', 'x', 'x')"
    )
    db.execute(insert, ["s1", "d2", 6])
    with pytest.raises(sqlite3.IntegrityError, match="past the end of its document"):
        db.execute(insert, ["s2", "d2", 7])
    with pytest.raises(sqlite3.IntegrityError, match="past the end of its document"):
        db.execute('UPDATE spans SET "end" = 7 WHERE id = ?', ["s1"])
    db.execute("DELETE FROM spans")
    db.execute("DELETE FROM documents WHERE id = 'd2'")
    assert [r[0] for r in db.execute("SELECT document_id FROM document_lengths")] == ["d1"]
    db.close()
