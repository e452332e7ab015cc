"""An export is one state of the database, even while another program (the window) writes."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest

from annotator.cli import main
from annotator.core.model import AnnotatedDocument, Document, Span
from annotator.services import exporting
from annotator.services.exporting import ExportCancelled, export
from annotator.store.db import open_db
from annotator.store.repository import Repository
from tests.formats.conftest import manifest_of

STAMP = "2024-05-01T10:00:00.000+00:00"
DOCUMENTS = 120  # progress is reported every 50 documents: the writes land half-way


def _actor(doc: Document, word: str, label: str = "ACTOR") -> Span:
    start = doc.text.index(word)
    key = f"{doc.id}-{start}-{label}"
    return Span(
        str(uuid.uuid5(uuid.NAMESPACE_URL, key)),
        doc.id,
        start,
        start + len(word),
        label,
        "ana",
        {},
        "manual",
        STAMP,
        STAMP,
    )


def _corpus(repo: Repository) -> list[tuple[Document, Span]]:
    """DOCUMENTS articles, each with one ACTOR span of ana's on its first word."""
    made = []
    for n in range(DOCUMENTS):
        doc = Document.from_text(f"Minister{n} said the shelling went on.", title=f"Article {n}")
        made.append((doc, _actor(doc, f"Minister{n}")))
    repo.import_documents([AnnotatedDocument(d, [s], []) for d, s in made], "ana")
    return made


def _window_writes(db_path: Path, made: list[tuple[Document, Span]]) -> None:
    """What the window does meanwhile, on its own connection: a span added to the last
    article, the span of the one before it deleted; both committed."""
    window = Repository(open_db(db_path))
    try:
        last, _span = made[-1]
        window.add_span(_actor(last, "shelling", "QUOTE"))
        window.delete_span(made[-2][1].id, by="ana")
    finally:
        window.db.close()


def _tags(out: Path) -> list[str]:
    """Every tag other than O in a CoNLL file, in order."""
    lines = out.read_text("utf-8").splitlines()
    tags = [line.rsplit(" ", 1)[1] for line in lines if line and not line.startswith("-DOCSTART-")]
    return [tag for tag in tags if tag != "O"]


def test_an_export_writes_the_database_as_it_was_when_it_began(
    repo: Repository, db_path: Path, tmp_path: Path
) -> None:
    made = _corpus(repo)
    wrote: list[int] = []

    def meanwhile(done: int, total: int) -> None:
        if not wrote and done < total:  # half-way through, another program commits
            _window_writes(db_path, made)
            wrote.append(done)

    out = tmp_path / "data.conll"
    export(repo, "conll", out, progress=meanwhile)

    assert wrote, "the other program's writes never happened during the export"
    # Every article's ACTOR, the deleted one included, and not the QUOTE added since.
    assert _tags(out) == ["B-ACTOR"] * DOCUMENTS
    manifest = manifest_of(out)
    assert manifest["spans"] == DOCUMENTS
    assert manifest["labels"] == {"ACTOR": DOCUMENTS}
    # The other program's commits were not held back: they are in the database now.
    assert repo.label_counts(made[-1][0].id) == {"ACTOR": 1, "QUOTE": 1}
    assert repo.label_counts(made[-2][0].id) == {}
    # And the export's view ended with it: the next read sees them.
    assert not repo.db.conn.in_transaction


def test_the_export_command_plans_and_writes_one_state_of_the_database(
    repo: Repository, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = _corpus(repo)
    planned = exporting.plan_export

    def plan_then_window_writes(*args: Any, **kwargs: Any) -> exporting.Plan:
        plan = planned(*args, **kwargs)
        _window_writes(db_path, made)  # between the plan and the first document written
        return plan

    monkeypatch.setattr(exporting, "plan_export", plan_then_window_writes)
    out = tmp_path / "data.conll"
    code = main(["export", "--db", str(db_path), "--format", "conll", "--out", str(out)])

    assert code == 0
    assert _tags(out) == ["B-ACTOR"] * DOCUMENTS
    manifest = manifest_of(out)
    assert manifest["spans"] == DOCUMENTS  # counted by the plan
    assert manifest["labels"] == {"ACTOR": DOCUMENTS}  # counted while writing


def test_a_cancelled_export_ends_its_view_of_the_database(
    repo: Repository, db_path: Path, tmp_path: Path
) -> None:
    made = _corpus(repo)
    with pytest.raises(ExportCancelled):
        export(repo, "conll", tmp_path / "data.conll", cancelled=lambda: True)
    assert not repo.db.conn.in_transaction
    _window_writes(db_path, made)
    assert repo.label_counts(made[-1][0].id) == {"ACTOR": 1, "QUOTE": 1}
