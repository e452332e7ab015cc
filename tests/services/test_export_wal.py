"""What README says of a long export and the `-wal` file, on a real SQLite file: edits saved
while an export reads lengthen the `-wal` (its one state of the database keeps SQLite
from reusing it), the export holds the state it began with, and the first checkpoint
after the export cuts the `-wal` to zero bytes. (bench/bench_wal_export.py measures by
how much it grows.)"""

from __future__ import annotations

import json
import os
from pathlib import Path

from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.services.exporting import Layer, export
from annotator.store.backup import checkpoint_wal
from annotator.store.db import open_db
from annotator.store.repository import Repository

TEXT = "Rebels of the Northern Front shelled Davra; twelve civilians were killed. " * 40


def _wal(path: Path) -> int:
    return os.path.getsize(f"{path}-wal") if os.path.exists(f"{path}-wal") else 0


def test_edits_during_an_export_grow_the_wal_until_the_next_checkpoint(tmp_path: Path) -> None:
    path = tmp_path / "corpus.db"
    exporting = Repository(open_db(path))
    documents = [Document.from_text(f"{n}. {TEXT}", title=f"article {n}") for n in range(30)]
    exporting.import_documents([AnnotatedDocument(d) for d in documents], "ana")
    for document in documents:
        exporting.add_span(Span(new_id(), document.id, 0, 2, "ACTOR", "ana"))
    window = Repository(open_db(path))  # the window's own connection
    checkpoint_wal(window.db, truncate=True)
    assert _wal(path) == 0
    edits = 0

    def tag_while_exporting(_done: int, _total: int) -> None:
        # The window saves 120 spans and checkpoints (it cannot go past the export's view).
        nonlocal edits
        for k in range(120):
            window.add_span(Span(new_id(), documents[k % 30].id, 4, 5 + k % 9, "ACTOR", "ana"))
            edits += 1
        checkpoint_wal(window.db, truncate=True)

    out = tmp_path / "out.jsonl"
    export(exporting, "jsonl", out, layer=Layer(("ana",)), progress=tag_while_exporting)

    assert edits >= 120
    grown = _wal(path)
    assert grown > edits * 4096  # every edit's pages are still in the -wal
    # The file holds the state the export began with: one span per document.
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert sum(len(r["spans"]) for r in records) == len(documents)
    # The export has ended: the next checkpoint copies everything and cuts the -wal.
    assert checkpoint_wal(window.db, truncate=True)
    assert _wal(path) == 0
    assert window.db.execute("SELECT count(*) FROM spans").fetchone()[0] == len(documents) + edits
    exporting.db.close()
    window.db.close()
