"""`annotator gui` starts its integrity check once the first document is painted (issue 16),
and at once when there is no document to paint."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.store.db import open_db
from annotator.store.repository import Repository
from tests.store.test_integrity import _corpus

pytestmark = pytest.mark.gui


def _run_recording(
    qtbot, path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[str], list[bool]]:
    """Run the window; record when the check starts and whether a document was painted."""
    from PySide6.QtWidgets import QApplication

    from annotator import app as app_module
    from annotator.ui.main_window import MainWindow

    events: list[str] = []
    painted_before_check: list[bool] = []
    # Only the paint (or an empty corpus) may start the check within this test.
    monkeypatch.setattr(app_module, "CHECK_AT_THE_LATEST_MS", 600_000)

    def started(window, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        events.append("check")
        painted_before_check.append("painted" in events)

    real_show = MainWindow.show
    shown: list[MainWindow] = []

    def show(window: MainWindow) -> None:
        # Connected before run() connects the check: the paint is recorded first.
        window.article.documentPainted.connect(lambda: events.append("painted"))
        shown.append(window)
        real_show(window)

    def exec_until_checked(self: QApplication) -> int:
        qtbot.waitUntil(lambda: "check" in events, timeout=10_000)
        # Only the window this run showed: a top-level window an earlier test left to
        # deleteLater may be deleted while the loop above runs.
        for window in shown:
            window.close()
        return 0

    monkeypatch.setattr(app_module, "start_integrity_check", started)
    monkeypatch.setattr(MainWindow, "show", show)
    monkeypatch.setattr(QApplication, "exec", exec_until_checked)
    assert app_module.run(path, annotator="ana") == 0
    return events, painted_before_check


def test_the_integrity_check_starts_once_the_first_document_is_painted(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "corpus.db"
    repo = _corpus(path, documents=3)
    repo.set_setting("annotator", "ana")
    repo.db.close()

    events, painted_before_check = _run_recording(qtbot, path, monkeypatch)

    assert events.count("check") == 1
    assert painted_before_check == [True]


def test_with_no_document_the_integrity_check_starts_without_waiting_for_a_paint(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "empty.db"
    repo = Repository(open_db(path))
    repo.set_setting("annotator", "ana")
    repo.db.close()

    events, painted_before_check = _run_recording(qtbot, path, monkeypatch)

    assert events.count("check") == 1
    assert painted_before_check == [False]
