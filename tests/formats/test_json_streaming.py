"""Label Studio arrays and doccano lines are read one record at a time, with the same checks."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from annotator.core.errors import InputError
from annotator.formats import jsonarray
from annotator.formats.common import ReadOptions, UnreadableFile
from annotator.formats.detect import sniff_file
from annotator.formats.doccano import iter_doccano_file, read_doccano
from annotator.formats.jsonarray import iter_array
from annotator.formats.labelstudio import iter_labelstudio_file, read_labelstudio
from annotator.services.importing import import_file
from annotator.store.repository import Repository


class CountingReader(io.BytesIO):
    """A binary file that remembers how many bytes were read from it."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.taken = 0

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.taken += len(data)
        return data


def _task(n: int, text: str = "Ana met Ben in Kyiv") -> dict[str, Any]:
    return {
        "id": n,
        "data": {"text": f"{text} {n}"},
        "annotations": [
            {
                "completed_by": 1,
                "result": [
                    {
                        "id": f"r{n}",
                        "from_name": "label",
                        "to_name": "text",
                        "type": "labels",
                        "value": {"start": 0, "end": 3, "text": "Ana", "labels": ["ACTOR"]},
                    }
                ],
            }
        ],
    }


def _elements(data: bytes) -> list[tuple[int, int, Any]] | str:
    try:
        return list(iter_array(io.BytesIO(data), "f.json"))
    except InputError as exc:
        return f"{exc.file}, line {exc.line}: {exc.reason}"


@pytest.fixture(params=[7, 1 << 20], ids=["tiny chunks", "one chunk"])
def chunk(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(jsonarray, "CHUNK", request.param)
    return int(request.param)


def test_elements_come_with_their_number_and_line(chunk: int) -> None:
    data = (
        b'[1, 22, {"a": "x\\ny"},\n  [3,4], 12345678901234567890,\n "caf\xc3\xa9 \xf0\x9f\x98\x80"]'
    )
    assert _elements(data) == [
        (1, 1, 1),
        (2, 1, 22),
        (3, 1, {"a": "x\ny"}),
        (4, 2, [3, 4]),
        (5, 2, 12345678901234567890),
        (6, 3, "caf\u00e9 \U0001f600"),
    ]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"  [ ]  ", []),
        (b'{"single": 1}', [(1, 1, {"single": 1})]),
        (b"\xef\xbb\xbf[1]", [(1, 1, 1)]),
        ('[1, "\u00e9"]'.encode("utf-16"), [(1, 1, 1), (2, 1, "\u00e9")]),
    ],
)
def test_empty_single_and_byte_order_marked_files(
    chunk: int, data: bytes, expected: list[Any]
) -> None:
    assert _elements(data) == expected


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'[1, 2,\n {"a": tru}]', "f.json, line 2: invalid JSON: Expecting value (column 8)"),
        (b"[1, 2\n 3]", "f.json, line 2: invalid JSON: Expecting ',' delimiter (column 2)"),
        (b"[1, 2] x", "f.json, line 1: invalid JSON: Extra data (column 8)"),
        (b"", "f.json, line None: the file is empty"),
        (b"\x00\x01[", "f.json, line None: this looks like a binary file, not text"),
        (b'[1,\n "caf\xff"]', "f.json, line 2: byte 0xff is not valid utf-8"),
    ],
)
def test_bad_files_are_named_with_the_line_and_the_reason(
    chunk: int, data: bytes, message: str
) -> None:
    assert str(_elements(data)).startswith(message)


def test_the_first_element_is_given_before_the_file_is_read_to_its_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(jsonarray, "CHUNK", 4096)
    data = json.dumps([_task(n, "x" * 500) for n in range(2000)]).encode()
    handle = CountingReader(data)
    elements = iter_array(handle, "big.json")
    assert next(elements)[2]["id"] == 0
    assert handle.taken <= 4096
    assert sum(1 for _ in elements) == 1999
    assert handle.taken == len(data)


def test_streamed_label_studio_file_reads_as_the_whole_file_reads(tmp_path: Path) -> None:
    tasks = [_task(n) for n in range(5)]
    tasks[2]["annotations"][0]["result"][0]["value"]["labels"] = ["NOPE"]
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps(tasks, indent=2), "utf-8")
    whole = read_labelstudio(path.read_bytes(), str(path))
    streamed = list(iter_labelstudio_file(path, str(path)))
    documents = [e for e in streamed if not isinstance(e, InputError)]
    problems = [e for e in streamed if isinstance(e, InputError)]
    assert [d.document for d in documents] == [d.document for d in whole.items]
    assert [d.spans for d in documents] == [d.spans for d in whole.items]
    assert [str(p) for p in problems] == [str(p) for p in whole.problems]
    assert "task 3" in str(problems[0])


def test_a_label_studio_file_cut_short_imports_nothing_even_without_strict(
    repo: Repository, tmp_path: Path
) -> None:
    path = tmp_path / "cut.json"
    text = json.dumps([_task(n) for n in range(600)], indent=1)
    path.write_text(text[: len(text) * 3 // 4], "utf-8")
    documents = repo.db.execute("SELECT count(*) FROM documents").fetchone()[0]
    outcome = import_file(repo, path, ReadOptions(schema=repo.schema()))
    assert outcome.failed
    (problem,) = outcome.problems
    assert isinstance(problem, UnreadableFile)
    assert problem.file == str(path)
    assert problem.line is not None
    assert "invalid JSON" in problem.reason
    assert repo.db.execute("SELECT count(*) FROM documents").fetchone()[0] == documents
    assert read_labelstudio(path.read_bytes(), str(path)).items == []


def test_a_label_studio_array_is_told_by_its_first_task(tmp_path: Path) -> None:
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps([_task(0)]) [:-1] + ", {broken", "utf-8")  # fmt: skip
    assert sniff_file(path, str(path), ReadOptions()) == "labelstudio"
    other = tmp_path / "native.json"
    other.write_text(json.dumps([{"text": "Ana"}]), "utf-8")
    assert sniff_file(other, str(other), ReadOptions()) == "jsonl"


def test_a_label_studio_import_streams_into_the_database(repo: Repository, tmp_path: Path) -> None:
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps([_task(n) for n in range(1200)]), "utf-8")
    outcome = import_file(repo, path, ReadOptions(schema=repo.schema()))
    assert not outcome.failed, outcome.problems
    assert outcome.read_as == "Label Studio tasks"
    assert outcome.documents_added == 1200
    rows = repo.db.execute("SELECT count(*), count(DISTINCT document_id) FROM spans").fetchone()
    assert tuple(rows) == (1200, 1200)


def _doccano_lines(records: list[Any]) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def test_streamed_doccano_file_reads_as_the_whole_file_reads(tmp_path: Path) -> None:
    records: list[Any] = [
        {"text": "Ana \U0001f600 met Kyiv", "label": [[10, 14, "ACTOR"]]},  # code points
        "{not json",
        {"text": "Ben \U0001f600\U0001f600 went to Lviv", "label": [[15, 19, "ACTOR"]]},
        {"text": "Ana", "label": [[0, 9, "ACTOR"]]},  # past the end
    ]
    path = tmp_path / "d.jsonl"
    path.write_text(_doccano_lines(records), "utf-8")
    whole = read_doccano(path.read_bytes(), str(path))
    notes: list[str] = []
    streamed = list(iter_doccano_file(path, str(path), ReadOptions(), notes))
    documents = [e for e in streamed if not isinstance(e, InputError)]
    problems = [e for e in streamed if isinstance(e, InputError)]
    assert [d.spans for d in documents] == [d.spans for d in whole.items]
    assert sorted((p.line, p.reason) for p in problems) == sorted(
        (p.line, p.reason) for p in whole.problems
    )
    assert [p.line for p in problems] == [2, 4]
    assert notes == whole.notes
    assert "code points" in notes[0]
    assert [d.document.text[d.spans[0].start : d.spans[0].end] for d in documents] == [
        "Kyiv",
        "Lviv",
    ]


def test_doccano_import_keeps_the_offset_note_and_skips_a_bad_line(
    repo: Repository, tmp_path: Path
) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(
        _doccano_lines(
            [
                {"text": "Ana \U0001f600 met Kyiv", "label": [[10, 14, "ACTOR"]]},
                {"text": "Ben", "label": [[0, 9, "ACTOR"]]},
            ]
        ),
        "utf-8",
    )
    outcome = import_file(repo, path, ReadOptions(schema=repo.schema()))
    assert not outcome.failed
    assert outcome.read_as == "doccano JSONL"
    assert outcome.documents_added == 1
    assert [p.line for p in outcome.problems] == [2]
    assert any("code points" in note for note in outcome.notes)
    strict = import_file(repo, path, ReadOptions(schema=repo.schema()), strict=True)
    assert strict.failed
