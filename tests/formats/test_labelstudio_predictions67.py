"""Label Studio `predictions` are not imported, and the import says so (merge67).

A Label Studio export carries a model's pre-annotations under "predictions" beside
the analysts' "annotations". They were dropped without a word; the import now names
the file, how many predicted regions in how many tasks were left out, and why.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from annotator.cli import cli
from annotator.formats.labelstudio import read_labelstudio

TEXT = "Rebels shelled Davra; twelve civilians were killed."


def _region(region: str, start: int, end: int, label: str) -> dict[str, object]:
    return {
        "id": region,
        "from_name": "label",
        "to_name": "text",
        "type": "labels",
        "value": {"start": start, "end": end, "text": TEXT[start:end], "labels": [label]},
    }


def _tasks() -> list[dict[str, object]]:
    annotated = {
        "id": 1,
        "data": {"text": TEXT},
        "annotations": [{"annotator": "ana", "result": [_region("r1", 0, 6, "ACTOR")]}],
        "predictions": [
            {
                "model_version": "ner-v2",
                "result": [_region("p1", 0, 6, "ACTOR"), _region("p2", 22, 38, "CASUALTY")],
            }
        ],
    }
    predicted_only = {
        "id": 2,
        "data": {"text": TEXT + " Again."},
        "predictions": [{"model_version": "ner-v3", "result": [_region("p3", 0, 6, "ACTOR")]}],
    }
    return [annotated, predicted_only]


def test_the_reader_notes_the_predictions_it_leaves_out() -> None:
    result = read_labelstudio(json.dumps(_tasks()).encode(), "project.json")
    assert [s.annotator for item in result.items for s in item.spans] == ["ana"]
    (note,) = result.notes
    assert note.startswith("3 predicted regions in 2 tasks (model versions ner-v2, ner-v3)")
    assert "not imported" in note


def test_the_import_command_names_the_file_and_the_count(tmp_path: Path) -> None:
    path = tmp_path / "project.json"
    path.write_text(json.dumps(_tasks()), encoding="utf-8")
    db = tmp_path / "corpus.db"
    result = CliRunner().invoke(cli, ["import", str(path), "--db", str(db), "--annotator", "lead"])
    assert result.exit_code == 0, result.output
    assert f"note: {path}: 3 predicted regions in 2 tasks" in result.output
    conn = sqlite3.connect(db)
    layers = conn.execute("SELECT DISTINCT annotator FROM spans").fetchall()
    conn.close()
    assert layers == [("ana",)]


def test_no_note_without_predictions() -> None:
    tasks = _tasks()[:1]
    del tasks[0]["predictions"]
    assert read_labelstudio(json.dumps(tasks).encode(), "project.json").notes == []
