"""Malformed files in every importable format: an error naming file and line, no change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.store.repository import Repository
from tests.formats.conftest import import_into

CASES = [
    ("bad.conll", None, "-DOCSTART- -X- -X- O\n\nAna B-ACTOR\nsaid O\nwhat\n", 5),
    ("bad2.conll", None, "Ana B-WEAPON\nsaid O\n", 1),
    ("bad3.conll", None, "Ana X-ACTOR\n", None),
    (
        "bad.jsonl",
        "doccano",
        json.dumps({"text": "Ana", "label": [[0, 3, "ACTOR"]]})
        + "\n"
        + json.dumps({"text": "Ana", "label": [[0, 9, "ACTOR"]]})
        + "\n",
        2,
    ),
    (
        "bad2.jsonl",
        None,
        json.dumps(
            {
                "text": "Ana met Kyiv",
                "entities": [{"id": 1, "label": "ACTOR", "start_offset": 0, "end_offset": 3}],
                "relations": [{"id": 1, "from_id": 1, "to_id": 7, "type": "speaker"}],
            }
        )
        + "\n",
        1,
    ),
    (
        "bad.json",
        "labelstudio",
        json.dumps(
            [
                {
                    "data": {"text": "Ana 😀 met Kyiv today"},
                    "annotations": [
                        {
                            "result": [
                                {
                                    "id": "a",
                                    "from_name": "label",
                                    "to_name": "text",
                                    "type": "labels",
                                    "value": {
                                        "start": 11,
                                        "end": 15,
                                        "text": "Kyiv",
                                        "labels": ["ACTOR"],
                                    },
                                }
                            ]
                        }
                    ],
                }
            ]
        ),
        None,
    ),
]


@pytest.mark.parametrize(("name", "format_name", "content", "line"), CASES)
def test_malformed_file_names_file_and_line_and_changes_nothing(
    fresh_repo: Repository,
    tmp_path: Path,
    name: str,
    format_name: str | None,
    content: str,
    line: int | None,
) -> None:
    path = tmp_path / name
    path.write_text(content, "utf-8")
    before = fresh_repo.stats()
    outcome = import_into(fresh_repo, path, format_name)
    assert outcome.failed
    assert outcome.problems
    problem = outcome.problems[0]
    assert problem.file == str(path)
    if line is not None:
        assert problem.line == line
    assert fresh_repo.stats() == before


def test_labelstudio_utf16_offsets_are_refused_by_their_text(
    fresh_repo: Repository, tmp_path: Path
) -> None:
    path = tmp_path / "ls.json"
    path.write_text(CASES[-1][2], "utf-8")
    outcome = import_into(fresh_repo, path)
    assert "offsets must be code points" in str(outcome.problems[0])


def test_brat_ann_whose_text_does_not_match_names_the_line(
    fresh_repo: Repository, tmp_path: Path
) -> None:
    (tmp_path / "doc.txt").write_text("Ana 😀 met Kyiv", "utf-8")
    (tmp_path / "doc.ann").write_text("T1\tACTOR 0 3\tAna\nT2\tACTOR 11 15\tKyiv\n", "utf-8")
    outcome = import_into(fresh_repo, tmp_path / "doc.ann")
    assert outcome.failed
    assert outcome.problems[0].line == 2
    assert fresh_repo.document_ids() == []


def test_brat_relation_to_an_undefined_entity_names_the_line(
    fresh_repo: Repository, tmp_path: Path
) -> None:
    (tmp_path / "doc.txt").write_text("Ana said yes", "utf-8")
    (tmp_path / "doc.ann").write_text("T1\tQUOTE 9 12\tyes\nR1\tspeaker Arg1:T1 Arg2:T9\n", "utf-8")
    outcome = import_into(fresh_repo, tmp_path / "doc.ann")
    assert outcome.failed
    assert outcome.problems[0].line == 2
    assert fresh_repo.document_ids() == []
