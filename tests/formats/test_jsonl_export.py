"""Native JSONL: the lossless format. Export, import into a new database, compare."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from annotator.services.exporting import Layer, export
from annotator.store.repository import Repository
from tests.formats.conftest import documents_of, import_into, relations_of, spans_of


def test_jsonl_round_trip_reproduces_every_annotation_exactly(
    repo: Repository, corpus: dict[str, Any], fresh_repo: Repository, tmp_path: Path
) -> None:
    out = tmp_path / "corpus.jsonl"
    export(repo, "jsonl", out, layer=Layer(("ana", "ben")))
    outcome = import_into(fresh_repo, out)
    assert not outcome.problems, outcome.problems
    assert spans_of(fresh_repo) == spans_of(repo)
    assert relations_of(fresh_repo) == relations_of(repo)
    assert documents_of(fresh_repo) == documents_of(repo)


def test_jsonl_tokens_and_relation_heads_follow_prodigy(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "corpus.jsonl"
    export(repo, "jsonl", out)
    record = json.loads(out.read_text("utf-8").splitlines()[0])
    text = record["text"]
    for token in record["tokens"]:
        assert text[token["start"] : token["end"]] == token["text"]
    tokens = record["tokens"]
    for span in record["spans"]:
        assert tokens[span["token_start"]]["start"] == span["start"]
        assert tokens[span["token_end"]]["end"] == span["end"]
    (relation, *_) = [r for r in record["relations"] if r["annotator"] == "ana"]
    assert relation["head_span"]["label"] == "QUOTE"
    assert relation["child_span"]["label"] == "ACTOR"
    assert relation["head"] == relation["head_span"]["token_end"]
    assert relation["child"] == relation["child_span"]["token_end"]
    assert record["meta"]["document_id"] == corpus["a"].id
    assert record["meta"]["desk"] == "east"


def test_layer_of_one_annotator_exports_only_their_spans_and_relations(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "ben.jsonl"
    export(repo, "jsonl", out, layer=Layer(("ben",)))
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert {s["annotator"] for r in records for s in r["spans"]} == {"ben"}
    assert [r["label"] for r in records[0]["relations"]] == ["speaker"]
    assert len(records) == 1  # ben never touched the second document


def test_done_only_exports_documents_marked_done(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "done.jsonl"
    export(repo, "jsonl", out, documents="done")
    lines = out.read_text("utf-8").splitlines()
    assert [json.loads(line)["meta"]["document_id"] for line in lines] == [corpus["a"].id]


def test_manifest_describes_the_export(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "corpus.jsonl"
    result = export(repo, "jsonl", out, layer=Layer(("ana", "ben")))
    manifest = json.loads(result.manifest.read_text("utf-8"))
    assert result.manifest == tmp_path / "corpus.jsonl.manifest.json"
    assert manifest["format"] == "jsonl"
    assert manifest["spans"] == 9
    assert manifest["labels"] == {"ACTOR": 4, "CASUALTY": 2, "QUOTE": 3}
    assert manifest["schema_version"] >= 1
    assert manifest["tool_version"]
