"""The export contract: one layer (gold by default, else your own, or named annotators),
suggestions only when named, several annotators merged only under a named policy,
untouched documents left out, empty exports refused, and a manifest that says all of it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from annotator.core.errors import InputError
from annotator.core.model import Span
from annotator.services.exporting import (
    UNTOUCHED,
    ChoiceError,
    EmptyExport,
    Layer,
    export,
    plan_export,
)
from annotator.store.repository import Repository
from tests.formats.conftest import ExportCommand, jsonl_records, manifest_of

STAMP = "2024-06-01T00:00:00.000+00:00"


def _add(repo: Repository, doc_id: str, start: int, end: int, label: str, who: str, n: int) -> Span:
    kind = {"adj": "gold", "suggester": "suggester"}.get(who, "human")
    repo.db.execute(
        "INSERT OR IGNORE INTO annotators (name, kind, created) VALUES (?, ?, ?)",
        [who, kind, STAMP],
    )
    span = Span(
        f"00000000-0000-0000-0000-{n:012d}",
        doc_id,
        start,
        end,
        label,
        who,
        {},
        "suggested" if who == "suggester" else "manual",
        STAMP,
        STAMP,
    )
    repo.db.execute(
        'INSERT INTO spans (id, document_id, start, "end", label, annotator, attributes, '
        "provenance, created, updated) VALUES (?, ?, ?, ?, ?, ?, '{}', ?, ?, ?)",
        [span.id, doc_id, start, end, label, who, span.provenance, STAMP, STAMP],
    )
    return span


# -- which layer -------------------------------------------------------------------------


def test_gold_layer_is_the_default_once_it_holds_spans(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path
) -> None:
    a = corpus["a"]
    start = a.text.index("Kharvelo")
    _add(repo, a.id, start, start + len("Kharvelo"), "ACTOR", "adj", 1)
    out = tmp_path / "gold.jsonl"
    export(repo, "jsonl", out)
    (record,) = jsonl_records(out)
    assert [(s["label"], s["annotator"]) for s in record["spans"]] == [("ACTOR", "adj")]
    manifest = manifest_of(out)
    assert manifest["layer"]["kind"] == "gold"
    assert manifest["layer"]["annotators"] == ["adj"]
    assert "default" in manifest["layer"]["chosen"]


def test_without_gold_the_default_is_your_own_layer_and_the_cli_says_so(
    export_cli: ExportCommand, tmp_path: Path
) -> None:
    out = tmp_path / "mine.jsonl"
    code, err = export_cli("--format", "jsonl", "--out", str(out))
    assert code == 0
    assert "layer: ana, your own layer" in err
    spans = [s for r in jsonl_records(out) for s in r["spans"]]
    assert spans
    assert {s["annotator"] for s in spans} == {"ana"}
    assert manifest_of(out)["layer"]["annotators"] == ["ana"]


def test_named_annotator_exports_only_that_layer(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "ben.jsonl"
    export(repo, "jsonl", out, layer=Layer(("ben",)))
    records = jsonl_records(out)
    assert len(records) == 1  # ben never touched document b
    assert {s["annotator"] for s in records[0]["spans"]} == {"ben"}
    assert [r["label"] for r in records[0]["relations"]] == ["speaker"]


def test_unknown_annotator_is_a_usage_error_with_a_suggestion(
    repo: Repository, export_cli: ExportCommand, tmp_path: Path
) -> None:
    with pytest.raises(ChoiceError, match=r"did you mean .?ben"):
        plan_export(repo, "jsonl", layer=Layer(("benn",)))
    out = tmp_path / "x.jsonl"
    code, err = export_cli("--format", "jsonl", "--out", str(out), "--annotator", "nobody")
    assert code == 2
    assert "nobody" in err
    assert not out.exists()


def test_suggestions_are_left_out_unless_the_suggester_is_named(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path
) -> None:
    a = corpus["a"]
    start = a.text.index("Kharvelo")
    _add(repo, a.id, start, start + len("Kharvelo"), "ACTOR", "suggester", 1)
    out = tmp_path / "default.jsonl"
    export(repo, "jsonl", out)
    assert "suggester" not in {s["annotator"] for r in jsonl_records(out) for s in r["spans"]}
    _add(repo, a.id, 0, len("Minister"), "ACTOR", "adj", 2)
    export(repo, "jsonl", out, layer=Layer(gold=True), force=True)
    assert {s["annotator"] for r in jsonl_records(out) for s in r["spans"]} == {"adj"}
    named = tmp_path / "suggested.jsonl"
    export(repo, "jsonl", named, layer=Layer(("suggester",)))
    assert {s["annotator"] for r in jsonl_records(named) for s in r["spans"]} == {"suggester"}


def test_label_studio_puts_suggestions_under_predictions_never_annotations(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path
) -> None:
    a = corpus["a"]
    start = a.text.index("Kharvelo")
    _add(repo, a.id, start, start + len("Kharvelo"), "ACTOR", "suggester", 1)
    out = tmp_path / "tasks.json"
    export(repo, "labelstudio", out, layer=Layer(("ana", "suggester")))
    task = next(t for t in json.loads(out.read_text("utf-8")) if t["data"]["document_id"] == a.id)
    assert [x["annotator"] for x in task["annotations"]] == ["ana"]
    assert all(r.get("origin") != "prediction" for r in task["annotations"][0]["result"])
    (prediction,) = task["predictions"]
    assert prediction["model_version"] == "suggester"
    assert [r["value"]["text"] for r in prediction["result"]] == ["Kharvelo"]
    assert prediction["result"][0]["origin"] == "prediction"


# -- several annotators ------------------------------------------------------------------


@pytest.mark.parametrize("format_name", ["conll", "hf", "spacy"])
def test_several_annotators_into_a_token_format_need_a_policy(
    repo: Repository, export_cli: ExportCommand, tmp_path: Path, format_name: str
) -> None:
    with pytest.raises(ChoiceError, match="--overlap"):
        plan_export(repo, format_name, layer=Layer(("ana", "ben")))
    out = tmp_path / f"x.{format_name}"
    assert export_cli("--format", format_name, "--out", str(out), "-h")[0] == 0
    args = ["--format", format_name, "--out", str(out), "--annotator", "ana", "--annotator", "ben"]
    code, err = export_cli(*args)
    assert code == 2
    assert "--overlap" in err
    assert not out.exists()


def _conll_spans(path: Path) -> list[tuple[str, str]]:
    """(label, covered tokens joined by spaces) of every span in a CoNLL file."""
    found: list[tuple[str, list[str]]] = []
    for line in path.read_text("utf-8").splitlines():
        if not line or line.startswith("-DOCSTART-"):
            continue
        token, *_rest, tag = line.split(" ")
        if tag.startswith("B-"):
            found.append((tag[2:], [token]))
        elif tag.startswith("I-"):
            found[-1][1].append(token)
    return [(label, " ".join(tokens)) for label, tokens in found]


def test_longest_policy_keeps_the_longest_of_overlapping_annotators(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "longest.conll"
    result = export(repo, "conll", out, layer=Layer(("ben", "ana")), overlap="longest")
    spans = _conll_spans(out)
    # ana's whole quote beats ben's shorter one; ana's casualty beats the nested one
    assert ("QUOTE", "We counted twenty-two dead in Kharvelo .") in spans
    assert ("QUOTE", "We counted twenty-two dead") not in spans
    assert ("ACTOR", "O'Brien") in spans  # ben's, overlapping nothing
    manifest = manifest_of(out)
    assert manifest["overlap_policy"] == "longest"
    assert manifest["spans_per_annotator"] == {"ben": 2, "ana": 7}
    assert any("overlapping spans left out" in w for w in result.plan.warnings)


def test_first_annotator_policy_prefers_the_first_named(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "first.conll"
    export(repo, "conll", out, layer=Layer(("ben", "ana")), overlap="first-annotator")
    spans = _conll_spans(out)
    assert ("QUOTE", "We counted twenty-two dead") in spans
    assert ("QUOTE", "We counted twenty-two dead in Kharvelo .") not in spans
    assert ("ACTOR", "Ana Lo\u0301pes") in spans  # ana's, where ben has nothing


def test_refuse_policy_names_the_overlapping_spans_and_writes_nothing(
    repo: Repository, export_cli: ExportCommand, tmp_path: Path
) -> None:
    out = tmp_path / "refuse.conll"
    with pytest.raises(InputError, match=r"ana's QUOTE .* overlaps ben's QUOTE"):
        export(repo, "conll", out, layer=Layer(("ana", "ben")), overlap="refuse")
    assert not out.exists()
    args = ["--format", "conll", "--out", str(out), "--overlap", "refuse"]
    code, err = export_cli(*args, "--annotator", "ana", "--annotator", "ben")
    assert code == 1
    assert "overlaps" in err


def test_refuse_policy_passes_when_annotators_agree(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path
) -> None:
    b = corpus["b"]
    start = b.text.index("=SUM(A1)")
    _add(repo, b.id, start, start + 8, "QUOTE", "ben", 7)  # the same span as ana's
    out = tmp_path / "agree.conll"
    result = export(
        repo, "conll", out, layer=Layer(("ana", "ben")), overlap="refuse", documents=[b.id]
    )
    assert _conll_spans(out).count(("QUOTE", "= SUM ( A1 )")) == 1
    assert any("identical spans of several annotators" in w for w in result.plan.warnings)


def test_span_formats_keep_one_record_per_annotator_and_say_so(
    export_cli: ExportCommand, tmp_path: Path
) -> None:
    out = tmp_path / "both.jsonl"
    args = ["--format", "jsonl", "--out", str(out), "--annotator", "ana", "--annotator", "ben"]
    code, err = export_cli(*args)
    assert code == 0
    assert "one record per document and annotator" in err
    records = jsonl_records(out)
    owners = [sorted({s["annotator"] for s in r["spans"]}) for r in records]
    assert owners == [["ana"], ["ben"], ["ana"]]  # document a twice, b only for ana
    assert all(r["relations"] for r in records[:2])
    assert manifest_of(out)["records"] == "one per document and annotator"


# -- documents ---------------------------------------------------------------------------


def test_untouched_documents_are_left_out_and_listed_unless_include_empty(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "ben.conll"
    export(repo, "conll", out, layer=Layer(("ben",)))
    assert out.read_text("utf-8").count("-DOCSTART-") == 1
    skipped = manifest_of(out)["documents_skipped"]
    assert skipped == {UNTOUCHED: {"count": 1, "ids": [corpus["b"].id]}}
    padded = tmp_path / "padded.conll"
    export(repo, "conll", padded, layer=Layer(("ben",)), include_empty=True)
    assert padded.read_text("utf-8").count("-DOCSTART-") == 2
    assert manifest_of(padded)["documents_skipped"] == {}


def test_a_document_marked_done_without_spans_counts_as_touched(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path
) -> None:
    a, b = corpus["a"], corpus["b"]
    start = a.text.index("Kharvelo")
    _add(repo, a.id, start, start + 8, "ACTOR", "cleo", 1)
    repo.set_status(b.id, "cleo", "done")  # read and found nothing: a real negative example
    out = tmp_path / "cleo.jsonl"
    export(repo, "jsonl", out, layer=Layer(("cleo",)))
    assert [r["meta"]["document_id"] for r in jsonl_records(out)] == [a.id, b.id]


def test_an_export_without_a_span_is_refused_with_the_reason(
    repo: Repository, export_cli: ExportCommand, tmp_path: Path
) -> None:
    with pytest.raises(EmptyExport, match="no gold layer"):
        plan_export(repo, "jsonl", layer=Layer(gold=True))
    out = tmp_path / "gold.jsonl"
    code, err = export_cli("--format", "jsonl", "--out", str(out), "--gold")
    assert code == 1
    assert "no gold layer" in err
    assert not out.exists()
    repo.ensure_annotator("dan")
    with pytest.raises(EmptyExport, match="holds no span"):
        plan_export(repo, "csv", layer=Layer(("dan",)))
    with pytest.raises(EmptyExport, match="no documents marked done"):
        plan_export(repo, "csv", layer=Layer(("ben",)), documents="done")


# -- the manifest ------------------------------------------------------------------------


def test_manifest_records_layer_counts_skips_unit_version_and_database_hash(
    repo: Repository, corpus: dict[str, Any], db_path: Path, tmp_path: Path
) -> None:
    import hashlib

    from annotator import __version__

    out = tmp_path / "doccano.jsonl"
    export(repo, "doccano", out, layer=Layer(("ana", "ben")))
    manifest = manifest_of(out)
    assert manifest["tool_version"] == __version__
    assert manifest["layer"] == {
        "kind": "annotators",
        "annotators": ["ana", "ben"],
        "chosen": "named",
        "suggestions": [],
    }
    assert manifest["labels"] == {"ACTOR": 4, "CASUALTY": 2, "QUOTE": 3}
    assert manifest["spans_per_annotator"] == {"ana": 7, "ben": 2}
    assert manifest["offset_unit"] == "utf16"
    assert manifest["offsets"].startswith("UTF-16 code units")
    digest = hashlib.sha256(db_path.read_bytes())
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        digest.update(wal.read_bytes())
    assert manifest["database"] == {"file": "corpus.db", "sha256": digest.hexdigest()}


@pytest.mark.parametrize(
    ("format_name", "choices"),
    [
        ("conll", ["--annotator", "ana", "--annotator", "ben", "--overlap", "longest"]),
        ("jsonl", ["--annotator", "ana", "--annotator", "ben", "--split", "0.5,0.5"]),
        ("csv", ["--annotator", "ana"]),
        ("brat", []),
    ],
)
def test_the_command_counts_labels_while_writing_as_the_plan_counts_them(
    export_cli: ExportCommand,
    repo: Repository,
    tmp_path: Path,
    format_name: str,
    choices: list[str],
) -> None:
    # The command skips the per-label query and counts the spans it writes instead.
    out = tmp_path / f"cli.{format_name}"
    code, _err = export_cli("--format", format_name, "--out", str(out), *choices)
    assert code == 0
    named = [choices[i + 1] for i, arg in enumerate(choices) if arg == "--annotator"]
    split = [0.5, 0.5] if "--split" in choices else None
    layer = Layer(tuple(named)) if named else Layer(me="ana")
    overlap = "longest" if "--overlap" in choices else None
    planned = plan_export(repo, format_name, layer=layer, split=split, overlap=overlap)
    manifest = manifest_of(out)
    assert planned.labels  # the plan's own grouped count, per label
    assert manifest["labels"] == planned.labels
    assert manifest["spans"] == planned.spans == sum(planned.labels.values())
    assert manifest["spans_per_annotator"] == planned.spans_per_annotator


def test_the_command_tags_a_label_missing_from_the_schema_as_the_plan_did(
    export_cli: ExportCommand, repo: Repository, corpus: dict[str, Any], tmp_path: Path
) -> None:
    # The README invites editing the file with the sqlite3 shell, which leaves foreign keys
    # off: a span may carry a label the schema does not list. The command counts labels
    # while writing, yet the Hugging Face tags of that label must still have an index.
    repo.db.execute("PRAGMA foreign_keys = OFF")
    _add(repo, corpus["b"].id, 0, 8, "WEAPON", "ana", 90)
    repo.db.execute("PRAGMA foreign_keys = ON")
    assert "WEAPON" not in repo.schema().names
    out = tmp_path / "hf.jsonl"
    code, err = export_cli("--format", "hf", "--out", str(out), "--annotator", "ana")
    assert code == 0, err
    assert "error" not in err
    tags = json.loads(out.with_name("hf.labels.json").read_text("utf-8"))
    assert tags[-2:] == ["B-WEAPON", "I-WEAPON"]
    rows = [r for r in jsonl_records(out) if r["document_id"] == corpus["b"].id]
    assert tags[rows[0]["ner_tags"][0]] == "B-WEAPON"  # "Shelling" opens the text
    assert manifest_of(out)["labels"]["WEAPON"] == 1
