"""m010: a `suggester` layer stored as kind `imported` (before audit66) is the machine's.

Before audit66 a JSONL file holding our own export's suggestions (`--annotator NAME
--annotator suggester`), imported into a database, made `suggester` an analyst's
layer of kind `imported`, and audit66 kept that kind where it was stored. Review and
agreement then compared the suggestions as an analyst, and exports wrote them as an
analyst's. The file is built here as such a database left it: every migration up
to m009, the layer and its spans written by hand.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from annotator.core.model import Document
from annotator.store.db import open_db
from annotator.store.merge import merge_database
from annotator.store.migrations import migrations
from annotator.store.repository import Repository
from annotator.store.review import compared_annotators

STAMP = "2026-01-01T00:00:00Z"
DOCUMENT = Document.from_text("Ana Lopes said so.", title="t")
SPAN_IDS = [
    "0b6f1c1e-7d2a-4a57-9d4e-0c6f2a1b3c01",
    "0b6f1c1e-7d2a-4a57-9d4e-0c6f2a1b3c02",
    "0b6f1c1e-7d2a-4a57-9d4e-0c6f2a1b3c03",
]


def _old_database(path: Path) -> None:
    db = Database(path)
    migrations.apply(db, stop_before="m010_suggester_kind")
    db.close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO documents (id, seq, sha256, title, text, imported) "
            "VALUES (?, 1, ?, 't', ?, ?)",
            [DOCUMENT.id, DOCUMENT.sha256, DOCUMENT.text, STAMP],
        )
        conn.execute(
            "INSERT INTO labels (name, color, hotkey, description, attributes, position) "
            "VALUES ('ACTOR', '#112233', '3', '', '[]', 0)"
        )
        conn.executemany(
            "INSERT INTO annotators (name, kind, created) VALUES (?, ?, ?)",
            [("ana", "human", STAMP), ("suggester", "imported", STAMP), ("ref", "imported", STAMP)],
        )
        conn.executemany(
            'INSERT INTO spans (id, document_id, start, "end", label, annotator, provenance, '
            "created, updated) VALUES (?, ?, 0, 9, 'ACTOR', ?, ?, ?, ?)",
            [
                (SPAN_IDS[0], DOCUMENT.id, "ana", "manual", STAMP, STAMP),
                (SPAN_IDS[1], DOCUMENT.id, "suggester", "imported", STAMP, STAMP),
                (SPAN_IDS[2], DOCUMENT.id, "ref", "imported", STAMP, STAMP),
            ],
        )
    conn.close()


def test_m010_makes_an_imported_suggester_layer_the_machines(tmp_path: Path) -> None:
    path = tmp_path / "before-audit66.db"
    _old_database(path)
    repo = Repository(open_db(path))
    kinds = dict(repo.db.execute("SELECT name, kind FROM annotators").fetchall())
    assert kinds == {"ana": "human", "suggester": "suggester", "ref": "imported"}
    # Its spans stay; review no longer compares them as an analyst's.
    assert {s.id for s in repo.spans(DOCUMENT.id)} == set(SPAN_IDS)
    assert "suggester" not in compared_annotators(repo)
    assert "m010_suggester_kind" in {m.name for m in migrations.applied(repo.db)}
    repo.db.close()
    # Opening again changes nothing more.
    repo = Repository(open_db(path))
    assert repo.annotator_kind("suggester") == "suggester"
    repo.db.close()


def test_m010_leaves_a_human_layer_named_suggester_alone(tmp_path: Path) -> None:
    """An analyst's own work (kind human) is not the import this migration repairs."""
    path = tmp_path / "old.db"
    db = Database(path)
    migrations.apply(db, stop_before="m010_suggester_kind")
    db.close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO annotators (name, kind, created) VALUES ('suggester', 'human', ?)",
            [STAMP],
        )
    conn.close()
    repo = Repository(open_db(path))
    assert repo.annotator_kind("suggester") == "human"
    repo.db.close()


def test_a_colleagues_file_from_before_m010_merges_its_suggester_layer_as_the_machines(
    tmp_path: Path,
) -> None:
    theirs = tmp_path / "theirs.db"
    _old_database(theirs)
    ours = tmp_path / "ours.db"
    repo = Repository(open_db(ours))
    # Their file is read as it is: a merge never migrates it.
    report = merge_database(repo, theirs, by="lead", snapshot=False)
    assert not [r for r in report.rejected if r.table in ("annotator", "span")]
    assert repo.annotator_kind("suggester") == "suggester"
    repo.db.close()
