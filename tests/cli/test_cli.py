"""The `annotator` command as a user runs it: a real process, its output and exit code."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

TEXT = 'Minister Ana L\u00f3pes said: "We counted 408 dead in Kharvelo."'


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "annotator", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=full_env,
        timeout=60,
        check=False,
    )


def _jsonl(path: Path) -> Path:
    start = TEXT.index("Ana")
    record = {"text": TEXT, "spans": [{"start": start, "end": start + 9, "label": "ACTOR"}]}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def _span_annotators(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT annotator FROM spans ORDER BY annotator")]
    finally:
        conn.close()


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text("Shelling hits market\n\nAt least 12 killed.\n", "utf-8")
    _jsonl(folder / "two.jsonl")
    return folder


def both(articles: Path) -> list[str]:
    """The folder (its articles) and its annotation file, which a folder import leaves out."""
    return [str(articles), str(articles / "two.jsonl")]


def test_import_then_stats_report_what_was_imported(tmp_path: Path, articles: Path) -> None:
    db = tmp_path / "c.db"
    result = run("import", *both(articles), "--db", str(db), "--annotator", "ana")
    assert result.returncode == 0, result.stderr
    assert "imported 2 documents (1 spans)" in result.stdout
    assert "0 files failed" in result.stdout
    stats = run("stats", "--db", str(db))
    assert stats.returncode == 0, stats.stderr
    assert "documents: 2" in stats.stdout
    assert "spans:     1" in stats.stdout
    lines = [line.split() for line in stats.stdout.splitlines()]
    assert ["ACTOR", "1"] in lines
    assert ["ana", "1"] in lines


def test_stats_json_is_machine_readable(tmp_path: Path, articles: Path) -> None:
    db = tmp_path / "c.db"
    run("import", *both(articles), "--db", str(db), "--annotator", "ana")
    figures = json.loads(run("stats", "--db", str(db), "--json").stdout)
    assert figures["documents"] == 2
    assert figures["spans_per_label"] == {"ACTOR": 1}


def test_annotator_db_environment_variable_picks_the_database(
    tmp_path: Path, articles: Path
) -> None:
    env_db = tmp_path / "from-env.db"
    option_db = tmp_path / "from-option.db"
    assert run("import", *both(articles), env={"ANNOTATOR_DB": str(env_db)}).returncode == 0
    assert env_db.exists()
    result = run(
        "import", *both(articles), "--db", str(option_db), env={"ANNOTATOR_DB": str(env_db)}
    )
    assert result.returncode == 0
    assert option_db.exists()
    assert "documents: 2" in run("stats", env={"ANNOTATOR_DB": str(env_db)}).stdout


def test_annotator_option_beats_the_environment_on_imported_spans(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "a.jsonl")
    db = tmp_path / "c.db"
    env = {"ANNOTATOR_NAME": "from-env"}
    assert run("import", str(source), "--db", str(db), env=env).returncode == 0
    assert _span_annotators(db) == ["from-env"]
    db2 = tmp_path / "c2.db"
    result = run("import", str(source), "--db", str(db2), "--annotator", "from-option", env=env)
    assert result.returncode == 0
    assert _span_annotators(db2) == ["from-option"]


def test_some_input_failed_exits_1_without_a_traceback(tmp_path: Path, articles: Path) -> None:
    (articles / "bad.txt").write_bytes("na\u00efve".encode("cp1252"))
    (articles / "binary.txt").write_bytes(b"\x00\x01\x02")
    db = tmp_path / "c.db"
    result = run("import", *both(articles), "--db", str(db))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"annotator: {articles / 'bad.txt'}, line 1: " in result.stderr
    assert "--encoding" in result.stderr
    assert "binary" in result.stderr
    assert "imported 2 documents" in result.stdout
    assert "2 files failed" in result.stdout


def test_strict_makes_a_bad_record_fail_its_file(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "a.jsonl")
    with source.open("a", encoding="utf-8") as handle:
        handle.write("{broken\n")
    db = tmp_path / "c.db"
    result = run("import", str(source), "--db", str(db), "--strict")
    assert result.returncode == 1
    assert f"{source}, line 2: invalid JSON" in result.stderr
    assert "imported 0 documents" in result.stdout
    lenient = run("import", str(source), "--db", str(db))
    assert lenient.returncode == 1
    assert "imported 1 documents" in lenient.stdout
    assert "1 records skipped" in lenient.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("import",),
        ("import", "x.txt", "--no-such-option"),
        ("no-such-command",),
        ("import", "x.txt", "--format", "pdf"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert "Usage" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_database_file_that_is_not_sqlite_exits_1_and_is_untouched(tmp_path: Path) -> None:
    db = tmp_path / "notes.txt"
    db.write_text("my notes\n", "utf-8")
    result = run("stats", "--db", str(db))
    assert result.returncode == 1
    assert "not SQLite" in result.stderr
    assert "Traceback" not in result.stderr
    assert db.read_text("utf-8") == "my notes\n"


def test_a_missing_path_is_a_usage_error_and_creates_no_database(tmp_path: Path) -> None:
    result = run("import", str(tmp_path / "nowhere.txt"), "--db", str(tmp_path / "c.db"))
    assert result.returncode == 2
    assert "nowhere.txt' does not exist" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "c.db").exists()


def test_version_and_help_exit_0() -> None:
    assert run("--version").returncode == 0
    help_text = run("--help")
    assert help_text.returncode == 0
    assert "import" in help_text.stdout


def test_import_says_which_format_a_json_file_was_read_as(tmp_path) -> None:
    from tests.conftest import REPO

    db = tmp_path / "c.db"
    source = REPO / "tests" / "formats" / "data" / "known.labelstudio.json"
    target = tmp_path / "export.json"
    target.write_bytes(source.read_bytes())
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "import", str(target), "--db", str(db)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert f"{target}: read as Label Studio tasks" in result.stdout
