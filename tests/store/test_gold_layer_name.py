"""A gold file imported as `--annotator gold` (README's own example) and the adjudicated
gold layer stay two layers: decisions never go into the imported spans, the imported
spans can be accepted into the gold layer, and `export --gold` holds the decisions only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.formats.common import ReadOptions
from annotator.services.exporting import EmptyExport, Layer, plan_export, resolve_layer
from annotator.services.importing import import_paths
from annotator.store import review
from annotator.store.repository import Repository

TEXT = 'Minister Ana Lópes said: "We counted 408 dead in Kharvelo."'


def _imported_gold_file(repo: Repository, tmp_path: Path) -> Document:
    """The article, then a gold file for it imported under the annotator "gold"."""
    document = Document.from_text(TEXT, title="Shelling")
    repo.import_documents([AnnotatedDocument(document)], "ana")
    path = tmp_path / "gold.jsonl"
    record = {"text": TEXT, "spans": [{"start": 9, "end": 18, "label": "ACTOR"}]}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = import_paths(repo, [path], ReadOptions(annotator="gold", schema=repo.schema()))
    assert report.spans == 1
    return document


def _spans_of(repo: Repository, document: Document, annotator: str) -> list[tuple]:
    return [(s.start, s.end, s.label, s.provenance) for s in repo.spans(document.id, [annotator])]


def test_decisions_never_go_into_a_layer_imported_as_gold(repo: Repository, tmp_path: Path) -> None:
    document = _imported_gold_file(repo, tmp_path)
    mine = repo.add_span(Span(new_id(), document.id, 49, 57, "ACTOR", "ana"))

    decision = review.adjudicate_accept(repo, document.id, [mine.id], "lead")

    assert decision.gold_span is not None
    assert decision.gold_span.annotator == "gold-adjudicated"
    kinds = dict(repo.db.execute("SELECT name, kind FROM annotators").fetchall())
    assert kinds["gold"] == "human"
    assert kinds["gold-adjudicated"] == "gold"
    assert _spans_of(repo, document, "gold") == [(9, 18, "ACTOR", "imported")]
    assert _spans_of(repo, document, "gold-adjudicated") == [(49, 57, "ACTOR", "adjudicated")]
    # The export's gold layer is the adjudicated one, not the imported file.
    layer = resolve_layer(repo, Layer(gold=True))
    assert layer.annotators == ("gold-adjudicated",)


def test_a_span_of_the_layer_imported_as_gold_can_be_accepted_into_the_gold_layer(
    repo: Repository, tmp_path: Path
) -> None:
    document = _imported_gold_file(repo, tmp_path)
    (imported,) = repo.spans(document.id, ["gold"])

    decision = review.adjudicate_accept(repo, document.id, [imported.id], "lead")

    assert decision.gold_span is not None
    assert decision.gold_span.annotator == "gold-adjudicated"
    assert _spans_of(repo, document, "gold-adjudicated") == [(9, 18, "ACTOR", "adjudicated")]
    review.undo_adjudications(repo, [decision.id], by="lead")
    assert _spans_of(repo, document, "gold-adjudicated") == []
    assert _spans_of(repo, document, "gold") == [(9, 18, "ACTOR", "imported")]


def test_the_gold_layer_keeps_its_name_when_no_other_layer_holds_it(repo: Repository) -> None:
    document = Document.from_text(TEXT, title="Shelling")
    repo.import_documents([AnnotatedDocument(document)], "ana")
    mine = repo.add_span(Span(new_id(), document.id, 9, 18, "ACTOR", "ana"))
    decision = review.adjudicate_accept(repo, document.id, [mine.id], "lead")
    assert decision.gold_span is not None
    assert decision.gold_span.annotator == "gold"
    assert review.gold_annotator_name(repo) == "gold"


def test_an_empty_export_lists_the_layers_that_hold_spans(repo: Repository, tmp_path: Path) -> None:
    _imported_gold_file(repo, tmp_path)
    with pytest.raises(EmptyExport) as refused:
        plan_export(repo, "jsonl", layer=Layer(gold=True))
    assert str(refused.value).startswith("nothing to export: there is no gold layer yet")
    assert (
        "; layers with spans: gold (1) (export one with `--annotator NAME`, "
        "or Layer: Chosen annotators in the export dialog)"
    ) in str(refused.value)
    repo.ensure_annotator("dan")
    with pytest.raises(EmptyExport) as refused:
        plan_export(repo, "jsonl", layer=Layer(("dan",)))
    assert "the layer dan holds no span; layers with spans: gold (1)" in str(refused.value)
