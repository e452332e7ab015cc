"""The window compiles every rule pattern once, in a background job, after the session's
first article is painted and its suggestions are shown: so that no later article (a
long one hits patterns a short one never does) waits for a compile, and the first
article waits only for the patterns its own rules use (issue 16)."""

from __future__ import annotations

import threading

import pytest

from tests.ui.conftest import open_window

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


def test_a_long_articles_job_prepares_the_rules_before_its_own(qtbot, corpus, monkeypatch) -> None:
    """A long article opened first: its job prepares every rule before running them (it
    hits patterns a short article never does, and never compiles beside its rules), or
    waits for the preparing job to be done; once only."""
    from PySide6.QtCore import QSettings

    import annotator.services.suggesting as service
    from annotator.core.model import AnnotatedDocument, Document
    from annotator.services import rule_workers
    from tests.conftest import SAMPLES

    events: list[str] = []
    real_prepare = service.prepare_rules
    real_suggest = service.suggest

    def prepare(**kwargs) -> None:  # type: ignore[no-untyped-def]
        events.append("prepare")
        real_prepare(**kwargs)

    def suggest(text, **kwargs):  # type: ignore[no-untyped-def]
        events.append("long" if len(text) >= rule_workers.PARALLEL_FROM else "short")
        return real_suggest(text, **kwargs)

    samples = [f.read_text("utf-8") for f in sorted(SAMPLES.glob("*.txt"))]
    text = "Long digest\n\n" + "\n\n".join(samples * 8)
    assert len(text) >= rule_workers.PARALLEL_FROM
    long_document = Document.from_text(text, "A long digest")
    corpus.import_documents([AnnotatedDocument(long_document)], "ana")
    monkeypatch.setattr(service, "_PREPARED", [])
    monkeypatch.setattr(service, "prepare_rules", prepare)
    monkeypatch.setattr(service, "suggest", suggest)
    monkeypatch.setattr(rule_workers, "worker_count", lambda: 0)  # one process here
    QSettings().setValue("view/suggestions", False)
    window = open_window(qtbot, corpus)
    window.open_document(long_document.id)
    window.suggestions_action.trigger()  # suggestions on: its job starts
    window.suggestions.wait(60_000)
    window.suggestions.jobs.wait(60_000)
    assert window.session.suggestions()
    assert events == ["prepare", "long"]
