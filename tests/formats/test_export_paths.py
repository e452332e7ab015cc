"""Output paths never come from stored values; the database and existing files are safe;
leftovers of killed exports are recognised and removed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from annotator.core.model import AnnotatedDocument, Document, Span
from annotator.formats.filenames import document_stem, inside
from annotator.services.exporting import ChoiceError, Layer, clean_leftovers, export
from annotator.store.repository import Repository
from tests.formats.conftest import ExportCommand

HOSTILE = [
    "../../../escaped",
    "/tmp/absolute/x",
    "..\\..\\windows",
    "CON",
    "NUL",
    "com1",
    "x" * 5000,
    "Київ 😀 نزاع",
    ".hidden",
    "",
    "a/../../b",
]


def _hostile_corpus(repo: Repository) -> list[Document]:
    """Documents whose ids AND titles are hostile (as a merged file could make them)."""
    items = []
    for n, value in enumerate(HOSTILE):
        text = f"Document {n}: Ana spoke."
        doc = Document(id=value or f"empty{n}", text=text, title=value, sha256=f"{n:064x}")
        span = Span(f"span-{n}", doc.id, text.index("Ana"), text.index("Ana") + 3, "ACTOR", "ana")
        items.append(AnnotatedDocument(doc, [span], []))
    repo.db.execute(
        "INSERT OR IGNORE INTO annotators (name, kind, created) VALUES ('ana', 'human', 'x')"
    )
    for n, item in enumerate(items):
        doc = item.document
        repo.db.execute(
            "INSERT INTO documents (id, seq, sha256, title, text, source, published, meta, "
            "imported) VALUES (?, ?, ?, ?, ?, '', NULL, '{}', 'x')",
            [doc.id, 1000 + n, doc.sha256, doc.title, doc.text],
        )
        span = item.spans[0]
        repo.db.execute(
            'INSERT INTO spans (id, document_id, start, "end", label, annotator, attributes, '
            "provenance, created, updated) VALUES (?, ?, ?, ?, 'ACTOR', 'ana', '{}', 'manual', "
            "'x', 'x')",
            [span.id, doc.id, span.start, span.end],
        )
    return [item.document for item in items]


def _tree(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*")}


def test_brat_file_names_stay_inside_the_folder_whatever_the_ids_and_titles(
    repo: Repository, tmp_path: Path
) -> None:
    documents = _hostile_corpus(repo)
    work = tmp_path / "work"
    work.mkdir()
    before = _tree(tmp_path) - _tree(work)
    out = work / "brat"
    export(repo, "brat", out, layer=Layer(("ana",)))
    written = sorted(p.name for p in out.iterdir())
    assert len([n for n in written if n.endswith(".ann")]) == len(documents)
    for path in out.iterdir():
        assert path.parent == out
        assert path.resolve().parent == out.resolve()
        stem = path.name.split(".")[0]
        assert stem.upper() not in {"CON", "NUL", "COM1", "PRN", "AUX"}
        assert len(path.name) <= 80
        assert path.name.isascii()
        assert not path.name.startswith(".") or path.name == ".annotator-export"
    # nothing appeared anywhere else in the test's folder, nor in /tmp/absolute
    assert _tree(tmp_path) - _tree(work) == before
    assert not Path("/tmp/absolute/x.txt").exists()


@pytest.mark.parametrize("value", HOSTILE)
def test_document_stem_is_a_plain_short_ascii_name(value: str, tmp_path: Path) -> None:
    stem = document_stem(value, value)
    assert inside(tmp_path, stem + ".ann").parent == tmp_path
    assert stem.isascii()
    assert len(stem) <= 52
    assert not {"/", "\\", ".."} & {stem[i : i + k] for k in (1, 2) for i in range(len(stem))}
    assert not stem.startswith((".", "-"))


@pytest.mark.parametrize("name", ["../x", "/etc/passwd", "", ".", "..", "a/b", "a\\b"])
def test_inside_refuses_anything_but_a_plain_name(name: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unsafe"):
        inside(tmp_path, name)


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_out_onto_the_open_database_is_refused_even_with_force(
    repo: Repository, export_cli: ExportCommand, db_path: Path, suffix: str
) -> None:
    target = db_path.with_name(db_path.name + suffix)
    spans = repo.db.execute("SELECT count(*) FROM spans").fetchone()[0]
    code, err = export_cli("--format", "jsonl", "--out", str(target), "--force")
    assert code == 2
    assert "open database" in err
    assert not target.exists() or not target.read_bytes().startswith(b'{"text"')
    assert repo.db.execute("SELECT count(*) FROM spans").fetchone()[0] == spans
    with pytest.raises(ChoiceError, match="open database"):
        export(repo, "jsonl", target, force=True)


def test_an_existing_file_is_replaced_only_with_force(
    export_cli: ExportCommand, tmp_path: Path
) -> None:
    out = tmp_path / "data.jsonl"
    out.write_text("precious\n", "utf-8")
    args = ["--format", "jsonl", "--out", str(out)]
    code, err = export_cli(*args)
    assert code == 2
    assert "--force" in err
    assert out.read_text("utf-8") == "precious\n"
    assert export_cli(*args, "--force")[0] == 0
    assert out.read_text("utf-8").startswith('{"text"')


def test_an_earlier_brat_export_is_replaced_only_with_force_and_a_foreign_folder_never(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "brat"
    export(repo, "brat", out)
    with pytest.raises(ChoiceError, match="--force"):
        export(repo, "brat", out)
    export(repo, "brat", out, force=True)
    foreign = tmp_path / "photos"
    foreign.mkdir()
    (foreign / "holiday.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(ChoiceError, match="not an earlier export"):
        export(repo, "brat", foreign, force=True)
    assert (foreign / "holiday.jpg").read_bytes() == b"\xff\xd8"


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_leftovers_of_a_killed_export_are_removed_by_the_next_one(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path
) -> None:
    dead = _dead_pid()
    stale_file = tmp_path / f".data.jsonl.part-{dead}"
    stale_file.write_text("half", "utf-8")
    stale_dir = tmp_path / f".brat.part-{dead}"
    stale_dir.mkdir()
    (stale_dir / "x.ann").write_text("half", "utf-8")
    alive = tmp_path / f".other.jsonl.part-{os.getppid()}"  # a running export's file
    alive.write_text("in progress", "utf-8")
    unrelated = tmp_path / ".config.part"
    unrelated.write_text("keep", "utf-8")
    export(repo, "jsonl", tmp_path / "data.jsonl")
    assert not stale_file.exists()
    assert not stale_dir.exists()
    assert alive.exists()
    assert unrelated.exists()
    assert clean_leftovers(tmp_path) == []
