"""A small corpus with everything that makes exports hard: astral characters,
combining marks, overlapping spans, attributes, relations, two annotators."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from annotator.cli import main
from annotator.core.model import AnnotatedDocument, Document, Relation, Span
from annotator.formats.common import ReadOptions
from annotator.services.importing import import_file
from annotator.store.db import open_db
from annotator.store.repository import Repository

TEXT_A = (
    'Minister Ana Lo\u0301pes 😢 said: "We counted twenty-two dead in Kharvelo."\n'
    "O'Brien of the 🇺🇦 Red Cross confirmed at least 408 civilians had died."
)
TEXT_B = "Shelling hit Kherson 👨\u200d👩\u200d👧 on Monday; =SUM(A1) was the rumour."


def _span(
    doc: Document, needle: str, label: str, annotator: str = "ana", nth: int = 0, **attributes: Any
) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(needle, start + 1)
    key = f"{doc.id}-{start}-{label}-{annotator}-{len(needle)}"
    import uuid

    return Span(
        str(uuid.uuid5(uuid.NAMESPACE_URL, key)),
        doc.id,
        start,
        start + len(needle),
        label,
        annotator,
        dict(attributes),
        "manual",
        "2024-05-01T10:00:00.000+00:00",
        "2024-05-02T11:00:00.000+00:00",
    )


def build_corpus(repo: Repository) -> dict[str, Any]:
    a = Document.from_text(
        TEXT_A,
        title="Shelling of Kharvelo",
        source="wire",
        published="2024-05-01",
        meta={"desk": "east", "n": 3},
    )
    b = Document.from_text(TEXT_B, title="Kherson", source="")
    quote = _span(a, "We counted twenty-two dead in Kharvelo.", "QUOTE", kind="direct")
    actor = _span(a, "Ana Lo\u0301pes", "ACTOR", type="person")
    casualty = _span(
        a,
        "at least 408 civilians had died",
        "CASUALTY",
        count_low=408,
        victims="civilian",
        kind="killed",
    )
    nested = _span(a, "408 civilians", "CASUALTY", count_low=408)
    red_cross = _span(a, "🇺🇦 Red Cross", "ACTOR", type="organisation")
    obrien = _span(a, "O'Brien", "ACTOR", annotator="ben", type="person")
    ben_quote = _span(a, "We counted twenty-two dead", "QUOTE", annotator="ben")
    kherson = _span(b, "Kherson 👨\u200d👩\u200d👧", "ACTOR", type="state")
    formula = _span(b, "=SUM(A1)", "QUOTE", kind="indirect")
    speaker = Relation(
        "11111111-2222-3333-4444-555555555555",
        quote.id,
        actor.id,
        "speaker",
        "ana",
        "2024-05-03T09:00:00.000+00:00",
    )
    ben_speaker = Relation(
        "21111111-2222-3333-4444-555555555555",
        ben_quote.id,
        obrien.id,
        "speaker",
        "ben",
        "2024-05-03T09:30:00.000+00:00",
    )
    items = [
        AnnotatedDocument(
            a,
            [quote, actor, casualty, nested, red_cross, obrien, ben_quote],
            [speaker, ben_speaker],
        ),
        AnnotatedDocument(b, [kherson, formula], []),
    ]
    repo.import_documents(items, "ana")
    repo.set_status(a.id, "ana", "done")
    return {"a": a, "b": b, "quote": quote, "actor": actor, "speaker": speaker}


@pytest.fixture(autouse=True)
def _ana_exports(monkeypatch: pytest.MonkeyPatch) -> None:
    """The user running these exports is ana (her layer is the default without gold)."""
    monkeypatch.setenv("ANNOTATOR_NAME", "ana")


@pytest.fixture
def corpus(repo: Repository) -> dict[str, Any]:
    return build_corpus(repo)


class ExportCommand:
    """`annotator export --db <the corpus database> ARGS`: its exit code and what it wrote
    to stderr (what the user sees)."""

    def __init__(self, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db_path = db_path
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str]:
        self.capsys.readouterr()  # only this command's output
        code = main(["export", "--db", str(self.db_path), *args])
        return code, self.capsys.readouterr().err


@pytest.fixture
def export_cli(
    corpus: dict[str, Any], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> ExportCommand:
    """The export command over the `corpus` database."""
    return ExportCommand(db_path, capsys)


def jsonl_records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def manifest_of(out: Path) -> dict[str, Any]:
    """The manifest written beside an export."""
    return dict(json.loads(out.with_name(out.name + ".manifest.json").read_text("utf-8")))


def spans_of(repo: Repository) -> list[tuple[Any, ...]]:
    rows = repo.db.execute(
        'SELECT id, document_id, start, "end", label, annotator, attributes, provenance, '
        "created, updated FROM spans ORDER BY id"
    ).fetchall()
    return [tuple(r) for r in rows]


def relations_of(repo: Repository) -> list[tuple[Any, ...]]:
    return [
        tuple(r)
        for r in repo.db.execute(
            "SELECT id, head_id, tail_id, type, annotator, created FROM relations ORDER BY id"
        )
    ]


def documents_of(repo: Repository) -> list[tuple[Any, ...]]:
    return [
        tuple(r)
        for r in repo.db.execute(
            "SELECT id, sha256, title, text, source, published, meta FROM documents ORDER BY id"
        )
    ]


@pytest.fixture
def fresh_repo(tmp_path: Path):
    db = open_db(tmp_path / "fresh.db")
    yield Repository(db)
    db.close()


def import_into(
    repo: Repository, path: Path, format_name: str | None = None, annotator: str = "importer"
):
    options = ReadOptions(annotator=annotator, schema=repo.schema())
    return import_file(repo, path, options, strict=True, format_name=format_name)
