"""The window compiles every rule pattern once, in a background job, a while after the
session's first article is painted and its suggestions are shown, when no suggestion job
runs: so that a later article (a long one hits patterns a short one never does) rarely
waits for a compile, and no article waits for patterns its own rules do not use (issue 16)."""

from __future__ import annotations

import threading

import pytest

from tests.ui.conftest import SUGGESTIONS_ARRIVE_MS, open_window

pytestmark = pytest.mark.gui


def test_the_rules_are_prepared_once_off_the_gui_thread_after_the_first_suggestions(
    qtbot, corpus, monkeypatch
) -> None:
    """Fails before session 34: the first job prepared every rule before the first
    article's own rules, and its suggestions waited for it (with no pattern kept by an
    earlier session, about 0.2 s of compiling the first article never uses)."""
    from PySide6.QtCore import QSettings

    import annotator.services.suggesting as service
    from annotator.ui.main_window import MainWindow
    from annotator.ui.suggestions_controller import SuggestionsController

    events: list[str] = []
    on_gui_thread: list[bool] = []
    real_prepare = service.prepare_rules

    def prepare(**kwargs) -> None:  # type: ignore[no-untyped-def]
        events.append("prepare")
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        real_prepare(**kwargs)

    real_show = MainWindow.show

    def show(window: MainWindow) -> None:
        window.article.documentPainted.connect(lambda: events.append("painted"))
        window.session.suggestionsChanged.connect(
            lambda _id: events.append("suggestions") if window.session.suggestions() else None
        )
        real_show(window)

    # A fresh process as far as the rules are concerned: nothing prepared yet.
    monkeypatch.setattr(service, "_PREPARED", [])
    monkeypatch.setattr(service, "prepare_rules", prepare)
    monkeypatch.setattr(MainWindow, "show", show)
    monkeypatch.setattr(SuggestionsController, "PREPARE_AFTER_MS", 0)
    QSettings().setValue("view/suggestions", True)
    window = open_window(qtbot, corpus)
    qtbot.waitUntil(lambda: "prepare" in events, timeout=10_000)
    window.suggestions.jobs.wait()
    assert events.index("painted") < events.index("suggestions") < events.index("prepare")
    assert on_gui_thread == [False]

    # The next articles' jobs find them prepared: no second compile.
    for document_id in corpus.document_ids()[1:]:
        window.open_document(document_id)
        window.suggestions.wait()  # starts its job and waits for it to end
        assert window.session.document_id == document_id
    window.suggestions.jobs.wait()
    assert events.count("prepare") == 1


def test_the_rules_are_prepared_only_while_no_suggestion_job_runs(
    qtbot, corpus, monkeypatch
) -> None:
    """An article opened before the preparing job starts (one right after the first, a
    long one) runs its rules without waiting for every pattern, nor beside their compile:
    the preparing job is put off while a suggestion job runs or waits for its paint."""
    from PySide6.QtCore import QSettings

    import annotator.services.suggesting as service
    from annotator.ui.suggestions_controller import SuggestionsController

    events: list[str] = []
    real_prepare = service.prepare_rules
    real_suggest = service.suggest

    def prepare(**kwargs) -> None:  # type: ignore[no-untyped-def]
        events.append("prepare")
        real_prepare(**kwargs)

    def suggest(text, **kwargs):  # type: ignore[no-untyped-def]
        events.append("suggest")
        return real_suggest(text, **kwargs)

    monkeypatch.setattr(service, "_PREPARED", [])
    monkeypatch.setattr(service, "prepare_rules", prepare)
    monkeypatch.setattr(service, "suggest", suggest)
    monkeypatch.setattr(SuggestionsController, "PREPARE_AFTER_MS", 60_000)
    QSettings().setValue("view/suggestions", True)
    window = open_window(qtbot, corpus)
    controller = window.suggestions
    qtbot.waitUntil(lambda: bool(window.session.suggestions()), timeout=SUGGESTIONS_ARRIVE_MS)
    assert controller.prepare_timer is not None
    assert controller.prepare_timer.isActive()
    window.open_document(corpus.document_ids()[1])
    assert controller.pending is not None  # its job waits for the article's paint
    controller._prepare_rules()  # the timer's time is up: put off
    assert controller.prepare_timer.isActive()
    controller.wait()  # the next article's job starts and ends
    assert events == ["suggest", "suggest"]
    controller.prepare_timer.setInterval(0)
    controller._prepare_rules()  # no job now: the rules are prepared
    controller.jobs.wait()
    assert events == ["suggest", "suggest", "prepare"]
    assert not controller.prepare_timer.isActive()
