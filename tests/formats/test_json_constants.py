"""NaN and Infinity in a JSON or JSONL file: Python's json reads them, JSON has none.

Found by the reader fuzz test (a random JSONL whose meta held Infinity): the record got
as far as the database, whose JSON check refused it with a message naming the database
instead of the file and line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

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
