"""Every command keeps one contract: usage mistakes exit 2, name no file, and create nothing.

Each command is run with an unknown annotator, label or document, a database
path that does not exist, and a number out of range. A new command without a
case here fails `test_every_command_has_contract_cases`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from tests.conftest import SAMPLES

# {db}: an existing corpus with annotator "ana"; {missing}: a path in a folder that does
# not exist; {gold}: a gold JSONL file; {other}: a second existing database.
UNKNOWN_NAMES: list[tuple[str, list[str], str]] = [
    (
        "export",
        ["export", "--db", "{db}", "--format", "jsonl", "--out", "{out}", "--annotator", "anna"],
        "did you mean 'ana'?",
    ),
    (
        "export",
        ["export", "--db", "{db}", "--format", "jsonl", "--out", "{out}", "--document", "nope"],
        "no document called 'nope'",
    ),
    ("check", ["check", "--db", "{db}", "--annotator", "anna"], "did you mean 'ana'?"),
    (
        "evaluate",
        ["evaluate", "--gold", "{gold}", "--db", "{db}", "--annotator", "nobody"],
        "no annotator called 'nobody'",
    ),
    ("search", ["search", "x", "--db", "{db}", "--label", "FOO"], "no label called 'FOO'"),
    ("search", ["search", "x", "--db", "{db}", "--label", "quote"], "did you mean 'QUOTE'?"),
    ("search", ["search", "x", "--db", "{db}", "--no-label", "FOO"], "no label called 'FOO'"),
    ("search", ["search", "x", "--db", "{db}", "--annotator", "anna"], "did you mean 'ana'?"),
    ("search", ["search", "(", "--regex", "--db", "{db}"], "not a valid regular expression"),
    (
        "agreement",
        ["agreement", "--db", "{db}", "--annotators", "ana,nobody"],
        "no annotator called 'nobody'",
    ),
    ("agreement", ["agreement", "--db", "{db}", "--label", "FOO"], "no label called 'FOO'"),
    ("agreement", ["agreement", "--db", "{db}", "--document", "nope"], "no document called 'nope'"),
    ("suggest", ["suggest", "--db", "{db}", "--document", "nope"], "no document called 'nope'"),
    (
        "suggest",
        ["suggest", "--db", "{db}", "--label", "FOO"],
        "this database's labels are QUOTE, CASUALTY, ACTOR",
    ),
    ("suggest", ["suggest", "--db", "{db}", "--label", "quote"], "did you mean 'QUOTE'?"),
    ("suggest", ["suggest", "--db", "{db}", "--rule", "nope"], "unknown rule 'nope'"),
    (
        "export",
        ["export", "--db", "{db}", "--format", "nope", "--out", "{out}"],
        "'nope' is not one of",
    ),
    ("import", ["import", "{gold}", "--db", "{db}", "--format", "nope"], "'nope' is not one of"),
]

MISSING_DATABASE: list[tuple[str, list[str]]] = [
    ("stats", ["stats", "--db", "{missing}"]),
    ("export", ["export", "--db", "{missing}", "--format", "jsonl", "--out", "{out}"]),
    ("search", ["search", "x", "--db", "{missing}"]),
    ("check", ["check", "--db", "{missing}"]),
    ("agreement", ["agreement", "--db", "{missing}"]),
    ("evaluate", ["evaluate", "--gold", "{gold}", "--db", "{missing}", "--annotator", "ana"]),
    ("actors", ["actors", "--db", "{missing}"]),
    ("suggest", ["suggest", "--db", "{missing}"]),
    # The colleague's file, not ours, is the one missing here.
    ("merge", ["merge", "{missing}", "--db", "{db}"]),
    ("evaluate", ["evaluate", "--gold", "{missing}"]),
    ("backup", ["backup", "--db", "{missing}", "--out", "{out}"]),
    ("backups", ["backups", "--db", "{missing}"]),
    ("restore", ["restore", "1", "--yes", "--db", "{missing}"]),
    ("import", ["import", "{missing}", "--db", "{db}"]),
    ("gui", ["gui", "{missing}", "--db", "{db}"]),
    # A database path through an existing file cannot be created.
    ("import", ["import", "{gold}", "--db", "{gold}/x.db"]),
    ("merge", ["merge", "{db}", "--db", "{gold}/x.db"]),
    ("gui", ["gui", "--db", "{gold}/x.db"]),
]

BAD_NUMBERS: list[tuple[str, list[str]]] = [
    ("search", ["search", "x", "--db", "{db}", "--limit", "-1"]),
    ("search", ["search", "x", "--db", "{db}", "--limit", "0"]),
    ("search", ["search", "x", "--db", "{db}", "--limit", "ten"]),
    ("suggest", ["suggest", "--db", "{db}", "--jobs", "-1"]),
    (
        "export",
        [
            "export",
            "--db",
            "{db}",
            "--format",
            "jsonl",
            "--out",
            "{out}",
            "--split",
            "0.8,-0.1,0.3",
        ],
    ),
    (
        "export",
        ["export", "--db", "{db}", "--format", "jsonl", "--out", "{out}", "--split", "nan,1"],
    ),
    ("export", ["export", "--db", "{db}", "--format", "jsonl", "--out", "{out}", "--seed", "x"]),
    ("restore", ["restore", "0", "--yes", "--db", "{db}"]),
    ("restore", ["restore", "99", "--yes", "--db", "{db}"]),
]

# Commands whose only usage mistakes are click's own (no names, no numbers, no reading).
OTHER_USAGE: list[tuple[str, list[str]]] = [
    ("import", ["import", "--db", "{db}"]),
    ("gui", ["gui", "--no-such-option"]),
    ("stats", ["stats", "--db", "{db}", "extra"]),
    ("actors", ["actors", "--db", "{db}", "--nope"]),
    ("merge", ["merge", "{db}", "{db}", "--db", "{db}"]),
    # Merging our own database into itself, by its name or through a link.
    ("merge", ["merge", "{db}", "--db", "{db}"]),
    ("merge", ["merge", "{link}", "--db", "{db}"]),
    ("backup", ["backup", "--db", "{db}"]),
    ("backups", ["backups", "--db", "{db}", "extra"]),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("contract")
    db = folder / "corpus.db"
    article = next(SAMPLES.glob("*.txt"))
    result = CliRunner().invoke(
        cli, ["import", str(article), "--db", str(db), "--annotator", "ana"]
    )
    assert result.exit_code == 0, result.output
    gold = folder / "gold.jsonl"
    gold.write_text(json.dumps({"text": "Ana said it.", "spans": []}) + "\n", "utf-8")
    links = tmp_path_factory.mktemp("links")
    (links / "colleague.db").symlink_to(db)
    return {"db": db, "gold": gold, "folder": folder, "link": links / "colleague.db"}


def _fill(args: list[str], corpus: dict[str, Path], tmp_path: Path) -> list[str]:
    values = {
        "db": str(corpus["db"]),
        "gold": str(corpus["gold"]),
        "link": str(corpus["link"]),
        "missing": str(tmp_path / "typo" / "corpus.db"),
        "out": str(tmp_path / "out" / "data.jsonl"),
    }
    return [arg.format(**values) for arg in args]


def _files(folder: Path) -> list[str]:
    # SQLite's -wal/-shm come and go with an open connection; they are not new files.
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm")))


def _assert_usage_error(args: list[str], tmp_path: Path, corpus: dict[str, Path]) -> str:
    before = _files(corpus["folder"])
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2, (args, result.output)
    assert isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert result.output.count("\n") < 8, result.output  # a usage line and the reason
    assert list(tmp_path.iterdir()) == [], "a usage error created a file or folder"
    assert _files(corpus["folder"]) == before
    return result.output


@pytest.mark.parametrize(("command", "args", "expected"), UNKNOWN_NAMES)
def test_unknown_names_are_usage_errors_that_suggest_the_known_one(
    command: str, args: list[str], expected: str, corpus: dict[str, Path], tmp_path: Path
) -> None:
    output = _assert_usage_error(_fill(args, corpus, tmp_path), tmp_path, corpus)
    assert expected in output


@pytest.mark.parametrize(("command", "args"), MISSING_DATABASE)
def test_a_missing_file_is_a_usage_error_and_is_not_created(
    command: str, args: list[str], corpus: dict[str, Path], tmp_path: Path
) -> None:
    output = _assert_usage_error(_fill(args, corpus, tmp_path), tmp_path, corpus)
    assert "corpus.db" in output or "does not exist" in output or "is a file" in output
    assert not (tmp_path / "typo").exists()


@pytest.mark.parametrize(("command", "args"), BAD_NUMBERS)
def test_numbers_out_of_range_are_usage_errors(
    command: str, args: list[str], corpus: dict[str, Path], tmp_path: Path
) -> None:
    _assert_usage_error(_fill(args, corpus, tmp_path), tmp_path, corpus)


@pytest.mark.parametrize(("command", "args"), OTHER_USAGE)
def test_other_usage_mistakes_exit_2(
    command: str, args: list[str], corpus: dict[str, Path], tmp_path: Path
) -> None:
    _assert_usage_error(_fill(args, corpus, tmp_path), tmp_path, corpus)


def test_the_default_database_is_not_created_by_a_read_only_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = tmp_path / "data" / "annotator.db"
    monkeypatch.setenv("ANNOTATOR_DB", str(default))
    result = CliRunner().invoke(cli, ["stats"])
    assert result.exit_code == 2
    assert f"no database at {default}" in result.output
    assert not default.parent.exists()


def test_every_command_has_contract_cases() -> None:
    covered = {
        command
        for table in (UNKNOWN_NAMES, MISSING_DATABASE, BAD_NUMBERS, OTHER_USAGE)
        for command, *_ in table
    }
    missing = sorted(set(cli.commands) - covered)
    assert not missing, f"add usage-error cases for {missing} to tests/cli/test_contract.py"
