"""Background jobs never fail silently: every failure is logged and shown, other files go on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator import logs
from annotator.services import importing

pytestmark = pytest.mark.gui


@pytest.fixture
def log_path() -> Iterator[Path]:
    """The application's log file, configured as app.py does (in the test's own folders)."""
    path = logs.configure()
    assert path is not None
    yield path
    for handler in list(logs.logger.handlers):
        if getattr(handler, "_annotator", False):
            logs.logger.removeHandler(handler)
            handler.close()


def test_an_unexpected_error_in_one_file_names_it_and_the_log_and_the_others_import(
    window, tmp_path: Path, log_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    for name in ("first", "broken", "last"):
        (folder / f"{name}.txt").write_text(f"{name.title()} report\n\nText of {name}.\n")
    real = importing.import_file

    def import_file(repo, path, options, **kw):  # type: ignore[no-untyped-def]
        if path.name == "broken.txt":
            raise RuntimeError("the parser fell over")
        return real(repo, path, options, **kw)

    monkeypatch.setattr(importing, "import_file", import_file)
    window.files.import_paths([str(folder)], wait=True)
    box = window.files.last_summary
    assert box is not None
    assert box.isVisible()
    assert "broken.txt" in box.text()
    assert str(log_path) in box.text()
    assert "1 files failed" in box.text()
    logged = log_path.read_text("utf-8")
    assert "Traceback" in logged
    assert "the parser fell over" in logged
    titles = set(window.repo.document_titles().values())
    assert {"First report", "Last report"} <= titles
    assert "Broken report" not in titles
    assert (
        window.documents.row_of(
            next(i for i, t in window.repo.document_titles().items() if t == "Last report")
        )
        is not None
    )  # the list shows the new documents


def test_a_job_that_breaks_shows_a_message_naming_the_log(
    window, tmp_path: Path, log_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import annotator.store.merge as merge

    def merge_database(*_args, **_kw):  # type: ignore[no-untyped-def]
        raise KeyError("conflicts")

    monkeypatch.setattr(merge, "merge_database", merge_database)
    window.files.merge_database(str(tmp_path / "colleague.db"), wait=True)
    box = window.jobs.last_message
    assert box is not None
    assert box.isVisible()
    assert box.windowTitle() == "Merge"
    assert "unexpected error" in box.text()
    assert str(log_path) in box.text()
    assert "KeyError" in log_path.read_text("utf-8")
