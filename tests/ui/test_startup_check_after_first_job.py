"""SPEED62: with suggestions on, `annotator gui` starts its integrity check once the session's
first suggestion job has ended (and the next article's, when one is opened at once), not
beside them; and it still starts, without waiting for its late timer, when that job fails or
is cancelled, and at the first paint when no job starts (suggestions off)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.store.test_integrity import _corpus

pytestmark = pytest.mark.gui


def _corpus_with_suggestions(tmp_path: Path, *, shown: bool) -> Path:
    from PySide6.QtCore import QSettings

    QSettings().setValue("view/suggestions", shown)
    path = tmp_path / "corpus.db"
    repo = _corpus(path, documents=3)
    repo.set_setting("annotator", "ana")
    repo.db.close()
    return path


def _run_window(
    qtbot, path: Path, monkeypatch: pytest.MonkeyPatch, *, open_next: bool = False
) -> list[str]:
    """Run `annotator gui`'s start-up on `path` until its integrity check starts; what
    happened before, in order: "painted" (the first article), "suggestions" (handed to
    the session), "check". `open_next`: another article is opened as soon as the first
    one's suggestions are handed over. Only the window's own events may start the check
    here: its late timer is put out of reach."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from annotator import app as app_module
    from annotator.ui.main_window import MainWindow

    events: list[str] = []
    monkeypatch.setattr(app_module, "CHECK_AT_THE_LATEST_MS", 600_000)
    monkeypatch.setattr(
        app_module, "start_integrity_check", lambda *_a, **_k: events.append("check")
    )
    real_show = MainWindow.show
    shown: list[MainWindow] = []

    def show(window: MainWindow) -> None:
        def handed(document_id: str) -> None:
            events.append("suggestions")
            if open_next and events.count("suggestions") == 1:
                other = next(d for d in window.repo.document_ids() if d != document_id)
                QTimer.singleShot(0, lambda: window.open_document(other))

        # (connected before run() connects the check: recorded first)
        window.article.documentPainted.connect(lambda: events.append("painted"))
        window.session.suggestionsChanged.connect(handed)
        shown.append(window)
        real_show(window)

    def exec_until_checked(_app: QApplication) -> int:
        qtbot.waitUntil(lambda: "check" in events, timeout=10_000)
        for window in shown:
            window.close()
        return 0

    monkeypatch.setattr(MainWindow, "show", show)
    monkeypatch.setattr(QApplication, "exec", exec_until_checked)
    assert app_module.run(path, annotator="ana") == 0
    return events[: events.index("check") + 1]


def test_with_suggestions_on_the_check_starts_after_the_first_suggestions_are_shown(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _corpus_with_suggestions(tmp_path, shown=True)
    # (on main it started at the paint, beside the job)
    assert _run_window(qtbot, path, monkeypatch) == ["painted", "suggestions", "check"]


def test_with_suggestions_off_the_check_starts_at_the_first_paint(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _corpus_with_suggestions(tmp_path, shown=False)
    assert _run_window(qtbot, path, monkeypatch) == ["painted", "check"]


def test_a_first_job_that_fails_still_starts_the_check_without_the_late_timer(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator.services import suggesting

    def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("a rule broke on this article")

    monkeypatch.setattr(suggesting, "suggest_document", broken)
    path = _corpus_with_suggestions(tmp_path, shown=True)
    assert _run_window(qtbot, path, monkeypatch) == ["painted", "check"]


def test_a_first_job_that_is_cancelled_still_starts_the_check_without_the_late_timer(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator.services import suggesting

    def stopped(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise suggesting.Stopped

    monkeypatch.setattr(suggesting, "suggest_document", stopped)
    path = _corpus_with_suggestions(tmp_path, shown=True)
    assert _run_window(qtbot, path, monkeypatch) == ["painted", "check"]


def test_an_article_opened_at_once_after_the_first_suggestions_is_not_shared_with_the_check(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The analyst opens the next article as soon as the first one's suggestions show: the
    check waits for that article's job too (started beside it, it slowed that job)."""
    path = _corpus_with_suggestions(tmp_path, shown=True)
    events = _run_window(qtbot, path, monkeypatch, open_next=True)
    assert events == ["painted", "suggestions", "painted", "suggestions", "check"]


def test_the_controller_is_busy_while_a_job_runs_and_says_when_none_does(qtbot, suggesting) -> None:
    controller = suggesting.suggestions
    qtbot.waitUntil(lambda: not controller.busy, timeout=10_000)
    idle: list[bool] = []
    controller.idle.connect(lambda: idle.append(True))
    controller.compute(suggesting.session.document_id)
    assert controller.busy
    qtbot.waitUntil(lambda: bool(idle), timeout=10_000)
    assert not controller.busy
    assert idle == [True]
