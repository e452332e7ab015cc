"""The log file, --verbose, and what the CLI and the importer do with a bug."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator import cli, logs
from annotator.core.errors import InputError
from annotator.formats.common import ReadOptions
from annotator.formats.readers import READERS
from annotator.services.importing import import_paths
from annotator.store.db import open_db
from annotator.store.repository import Repository
from tests.conftest import REPO


@pytest.fixture
def fresh_logging() -> Iterator[None]:
    """Each test configures logging itself; the handlers it added are closed after."""
    yield
    for handler in list(logs.logger.handlers):
        if getattr(handler, "_annotator", False):
            logs.logger.removeHandler(handler)
            handler.close()


@pytest.mark.usefixtures("fresh_logging")
def test_the_log_file_is_in_the_users_log_folder_and_takes_info_by_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(logs.LOG_ENV, raising=False)
    path = logs.configure()
    assert path is not None
    assert path.name == "annotator.log"
    assert path.parent == logs.log_dir()
    assert Path.home() in path.parents  # the test's own home, never the real one
    logs.logger.getChild("store").info("opened the corpus")
    logs.logger.getChild("store").debug("a detail only debug shows")
    text = path.read_text("utf-8")
    assert "INFO annotator.store: opened the corpus" in text
    assert "a detail only debug shows" not in text


@pytest.mark.usefixtures("fresh_logging")
def test_annotator_log_debug_turns_on_debug_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(logs.LOG_ENV, "debug")
    path = logs.configure()
    assert path is not None
    logs.logger.debug("a detail only debug shows")
    assert "a detail only debug shows" in path.read_text("utf-8")
    assert logs.logger.level == logging.DEBUG


@pytest.mark.usefixtures("fresh_logging")
def test_configuring_twice_does_not_write_each_message_twice() -> None:
    logs.configure()
    path = logs.configure()
    assert path is not None
    logs.logger.warning("once only")
    assert path.read_text("utf-8").count("once only") == 1


def test_verbose_copies_debug_messages_to_stderr(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "--verbose", "stats", "--db", str(tmp_path / "x.db")],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert "DEBUG annotator: logging to" in result.stderr
    quiet = subprocess.run(
        [sys.executable, "-m", "annotator", "stats", "--db", str(tmp_path / "x.db")],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert "DEBUG" not in quiet.stderr


@pytest.mark.usefixtures("fresh_logging")
def test_a_bug_in_a_command_prints_one_line_naming_the_log_and_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nSome text.\n", "utf-8")

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("an invariant broke")

    # The command imports its service when it runs (see test_light_import.py).
    monkeypatch.setattr("annotator.services.importing.import_paths", broken)
    code = cli.main(["import", str(article), "--db", str(tmp_path / "c.db"), "--annotator", "ana"])
    assert code == 1
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    log = logs.log_file()
    assert lines[0].startswith("annotator: unexpected error (RuntimeError: an invariant broke)")
    assert str(log) in lines[0]
    assert "Traceback" not in err
    text = log.read_text("utf-8")
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: an invariant broke" in text
    assert "in broken" in text


@pytest.mark.usefixtures("fresh_logging")
def test_a_bug_in_one_file_fails_that_file_and_the_others_are_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    logs.configure()
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(f"Article {n}\n\nDelegates met on day {n}.\n", "utf-8")
    real = READERS[".txt"]

    def reader_with_a_bug(data: bytes, name: str, options: ReadOptions):  # type: ignore[no-untyped-def]
        if name.endswith("1.txt"):
            raise KeyError("a reader bug")
        return real(data, name, options)

    monkeypatch.setitem(READERS, ".txt", reader_with_a_bug)
    repo = Repository(open_db(tmp_path / "c.db"))
    report = import_paths(repo, [folder], ReadOptions(annotator="ana"))
    assert report.imported == 2
    assert report.failed == 1
    (failed,) = [f for f in report.files if f.failed]
    assert failed.path.endswith("1.txt")
    (problem,) = failed.problems
    assert isinstance(problem, InputError)
    assert problem.file == failed.path
    assert "unexpected error (KeyError: 'a reader bug')" in problem.reason
    assert str(logs.log_file()) in problem.reason
    assert sorted(repo.document_titles().values()) == ["Article 0", "Article 2"]
    text = logs.log_file().read_text("utf-8")
    assert f"unexpected error in importing {failed.path}" in text
    assert "KeyError: 'a reader bug'" in text
    assert "Traceback (most recent call last)" in text
    repo.db.close()


@pytest.mark.usefixtures("fresh_logging")
def test_a_log_past_one_megabyte_is_rotated_at_the_next_start_keeping_three() -> None:
    path = logs.log_dir() / logs.LOG_FILE_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    for generation in range(5):
        path.write_text(f"generation {generation}\n" + "x" * logs.MAX_BYTES, "utf-8")
        assert logs.configure() == path
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == ["annotator.log", "annotator.log.1", "annotator.log.2", "annotator.log.3"]
    assert path.with_name("annotator.log.1").read_text("utf-8").startswith("generation 4")
    assert path.with_name("annotator.log.3").read_text("utf-8").startswith("generation 2")
    assert path.stat().st_size < 1000  # a fresh log
