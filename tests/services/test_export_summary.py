"""The export's closing line says what was written, not what the layer holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.services.exporting import Layer, export
from annotator.store.repository import Repository
from tests.formats.conftest import build_corpus


@pytest.mark.parametrize("format_name", ["conll", "hf"])
def test_relations_a_token_format_cannot_hold_are_said_to_be_left_out(
    repo: Repository, tmp_path: Path, format_name: str
) -> None:
    build_corpus(repo)
    result = export(repo, format_name, tmp_path / "out.jsonl", layer=Layer(("ben",)))
    assert "relations not expressible in this format: 1" in result.plan.warnings
    assert result.plan.summary() == (
        "1 documents, 2 spans, 1 relations (not written: the format holds none) of the layer ben"
    )


def test_a_format_with_relations_counts_them_as_written(repo: Repository, tmp_path: Path) -> None:
    build_corpus(repo)
    result = export(repo, "jsonl", tmp_path / "out.jsonl", layer=Layer(("ben",)))
    assert result.plan.summary() == "1 documents, 2 spans, 1 relations of the layer ben"
