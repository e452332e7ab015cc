"""NaN and Infinity in a JSON or JSONL file: Python's json reads them, JSON has none.

Found by the reader fuzz test (a random JSONL whose meta held Infinity): the record got
as far as the database, whose JSON check refused it with a message naming the database
instead of the file and line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.errors import InputError
from annotator.formats.common import ReadOptions
from annotator.services.importing import import_file
from annotator.store.db import open_db
from annotator.store.repository import Repository

OPTIONS = ReadOptions(annotator="ana")


@pytest.fixture
def repo(tmp_path: Path) -> Repository:
    return Repository(open_db(tmp_path / "a.db"))


@pytest.mark.parametrize("constant", ["Infinity", "-Infinity", "NaN"])
def test_a_jsonl_line_with_a_number_constant_is_refused_with_its_file_and_line(
    repo: Repository, tmp_path: Path, constant: str
) -> None:
    path = tmp_path / "colleague.jsonl"
    path.write_text(
        '{"text": "Ana said the road was shut."}\n'
        f'{{"text": "Ben said 12 were hurt.", "meta": {{"score": {constant}}}}}\n',
        "utf-8",
    )
    outcome = import_file(repo, path, OPTIONS, format_name="jsonl")
    [problem] = outcome.problems
    assert problem.file == str(path)
    assert problem.line == 2
    assert constant in problem.reason
    assert "not a JSON value" in problem.reason
    texts = [row[0] for row in repo.db.execute("SELECT text FROM documents")]
    assert texts == ["Ana said the road was shut."]


def test_a_json_file_with_nan_in_an_attribute_changes_nothing(
    repo: Repository, tmp_path: Path
) -> None:
    path = tmp_path / "colleague.json"
    path.write_text(
        '[{"text": "Ben said 12 were hurt.", "spans": [{"start": 9, "end": 21, '
        '"label": "CASUALTY", "attributes": {"count_low": NaN}}]}]',
        "utf-8",
    )
    outcome = import_file(repo, path, OPTIONS, format_name="json")
    assert outcome.failed
    [problem] = outcome.problems
    assert problem.file == str(path)
    assert "NaN" in problem.reason
    assert repo.db.execute("SELECT count(*) FROM documents").fetchone() == (0,)
    assert repo.db.execute("SELECT count(*) FROM spans").fetchone() == (0,)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("big.jsonl", '{"text": "Ben said 12 were hurt.", "meta": {"score": 1e999}}\n'),
        ("big.json", '[{"text": "Ben said 12 were hurt.", "meta": {"score": -1e999}}]'),
    ],
)
def test_a_number_too_large_for_a_float_is_refused_by_the_reader(
    repo: Repository, tmp_path: Path, name: str, content: str
) -> None:
    # review62c F9: 1e999 became inf, which the database's JSON check refused
    path = tmp_path / name
    path.write_text(content, "utf-8")
    outcome = import_file(repo, path, OPTIONS)
    [problem] = outcome.problems
    assert problem.file == str(path)
    assert "too large a number" in problem.reason
    assert repo.db.execute("SELECT count(*) FROM documents").fetchone() == (0,)


def test_the_streaming_json_reader_refuses_nan_with_its_line(tmp_path: Path) -> None:
    from annotator.formats.jsonarray import iter_array

    path = tmp_path / "tasks.json"
    path.write_text('[\n{"a": 1},\n{"a": NaN}\n]', "utf-8")
    with pytest.raises(InputError) as caught, path.open("rb") as handle:
        list(iter_array(handle, str(path)))
    assert caught.value.line == 3
    assert "NaN is not a JSON value" in caught.value.reason
