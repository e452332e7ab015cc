"""Choices that every export shares: split, cancellation, no half-written files, CLI."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from annotator.core.errors import InputError
from annotator.services.exporting import ExportCancelled, export, plan_export, split_documents
from annotator.store.repository import Repository
from tests.formats.conftest import ExportCommand, manifest_of


def test_split_is_by_document_deterministic_and_complete() -> None:
    ids = [f"d{i}" for i in range(100)]
    first = split_documents(ids, [0.8, 0.1, 0.1], seed=7)
    again = split_documents(ids, [0.8, 0.1, 0.1], seed=7)
    other = split_documents(ids, [0.8, 0.1, 0.1], seed=8)
    assert first == again
    assert first != other
    assert [len(first[p]) for p in ("train", "dev", "test")] == [80, 10, 10]
    assert sorted(d for part in first.values() for d in part) == sorted(ids)


def test_split_writes_one_file_per_part(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "data.jsonl"
    result = export(repo, "jsonl", out, split=[0.5, 0.5, 0.0], seed=1)
    names = sorted(p.name for p in result.files)
    assert names == ["data.dev.jsonl", "data.test.jsonl", "data.train.jsonl"]
    lines = sum(len(p.read_text("utf-8").splitlines()) for p in result.files)
    assert lines == 2


def test_cancelled_export_leaves_nothing_behind(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "data.jsonl"
    with pytest.raises(ExportCancelled):
        export(repo, "jsonl", out, cancelled=lambda: True)
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("corpus.db")] == []


def test_failed_writer_leaves_the_previous_export_untouched(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "data.jsonl"
    out.write_text("previous\n", "utf-8")
    import annotator.formats.jsonl as jsonl

    def broken(item: Any) -> Any:
        raise OSError("disk full")

    monkeypatch.setattr(jsonl, "jsonl_record", broken)
    with pytest.raises(OSError, match="disk full"):
        export(repo, "jsonl", out, force=True)
    assert out.read_text("utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("corpus.db")) == [
        "data.jsonl"
    ]


def test_unknown_annotator_is_refused_before_writing(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path
) -> None:
    from annotator.services.exporting import Layer

    with pytest.raises(InputError, match="nobody"):
        export(repo, "jsonl", tmp_path / "x.jsonl", layer=Layer(("nobody",)))
    assert not (tmp_path / "x.jsonl").exists()


def test_gold_layer_selects_annotators_of_kind_gold(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path
) -> None:
    from annotator.services.exporting import Layer

    repo.db.execute("INSERT INTO annotators (name, kind, created) VALUES ('adj', 'gold', 'x')")
    repo.db.execute("UPDATE spans SET annotator = 'adj' WHERE annotator = 'ben'")
    plan = plan_export(repo, "jsonl", layer=Layer(gold=True))
    assert plan.annotators == ["adj"]
    assert plan.spans == 2


def test_cli_export_prints_warnings_and_writes_manifest(
    export_cli: ExportCommand, tmp_path: Path
) -> None:
    out = tmp_path / "data.conll"
    code, err = export_cli("--format", "conll", "--out", str(out))
    assert code == 0
    assert "warning: overlapping spans left out" in err
    assert "warning: relations not expressible in this format: 1" in err
    manifest = manifest_of(out)
    assert manifest["id2label"]["0"] == "O"
    assert any("overlapping" in w for w in manifest["warnings"])
    assert out.read_text("utf-8").startswith("-DOCSTART- -X- -X- O")


def test_cli_export_of_spacy_without_spacy_names_the_install_command(
    export_cli: ExportCommand, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "spacy", None)
    code, err = export_cli("--format", "spacy", "--out", str(tmp_path / "x.spacy"))
    assert code == 1
    assert 'pip install "conflict-annotator[spacy]"' in err
    assert not (tmp_path / "x.spacy").exists()
