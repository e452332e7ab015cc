"""The window's first suggestion job compiles every rule pattern, in its worker thread and
after the first article is painted, so that no later article (a long one hits patterns a
short one never does) waits for a compile (issue 16)."""

from __future__ import annotations

import threading

import pytest

from tests.ui.conftest import open_window

pytestmark = pytest.mark.gui


def test_the_rules_are_prepared_once_in_the_worker_after_the_first_paint(
    qtbot, corpus, monkeypatch
) -> None:
    from PySide6.QtCore import QSettings

    import annotator.services.suggesting as service
    from annotator.ui.main_window import MainWindow

    events: list[str] = []
    on_gui_thread: list[bool] = []
    started, release = threading.Event(), threading.Event()
    real_prepare = service.prepare_rules

    def prepare(**kwargs) -> None:  # type: ignore[no-untyped-def]
        events.append("prepare")
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        started.set()
        release.wait(10)
        real_prepare(**kwargs)

    real_show = MainWindow.show

    def show(window: MainWindow) -> None:
        window.article.documentPainted.connect(lambda: events.append("painted"))
        real_show(window)

    # A fresh process as far as the rules are concerned: nothing prepared yet.
    monkeypatch.setattr(service, "_PREPARED", [])
    monkeypatch.setattr(service, "prepare_rules", prepare)
    monkeypatch.setattr(MainWindow, "show", show)
    QSettings().setValue("view/suggestions", True)
    try:
        window = open_window(qtbot, corpus)
        qtbot.waitUntil(started.is_set, timeout=10_000)
        # The window is up and shows its article while the rules are being prepared.
        first = corpus.document(corpus.document_ids()[0])
        assert window.article.toPlainText()[:40] == first.text[:40]
        assert window.session.suggestions() == []
    finally:
        release.set()
    qtbot.waitUntil(lambda: bool(window.session.suggestions()), timeout=10_000)
    assert events[:2] == ["painted", "prepare"]
    assert on_gui_thread == [False]

    # The next article's job finds them prepared: no second compile.
    window.open_document(corpus.document_ids()[1])
    window.suggestions.wait()  # starts its job and waits for it to end
    assert window.session.document_id == corpus.document_ids()[1]
    assert events.count("prepare") == 1


def test_the_spans_shown_for_a_documents_suggestions_are_built_in_the_worker(
    qtbot, corpus, monkeypatch
) -> None:
    """A 1 MB article has about 13,500 suggestions: each dressed as a span for the article
    view and the span table in the job's thread, not on the GUI thread when they arrive."""
    from PySide6.QtCore import QSettings

    import annotator.ui.suggestions_controller as controller
    from annotator.ui.session import suggestion_id

    built_on_gui_thread: list[str] = []
    real_span = controller.suggestion_span

    def suggestion_span(document_id, suggestion, key=None):  # type: ignore[no-untyped-def]
        if threading.current_thread() is threading.main_thread():
            built_on_gui_thread.append(suggestion.label)
        return real_span(document_id, suggestion, key)

    monkeypatch.setattr(controller, "suggestion_span", suggestion_span)
    QSettings().setValue("view/suggestions", True)
    window = open_window(qtbot, corpus)
    seen = 0
    for document_id in corpus.document_ids():
        window.open_document(document_id)
        window.suggestions.wait()
        shown = window.session.suggestions()
        seen += len(shown)
        # The span table shows every suggestion the job found.
        for suggestion in shown:
            assert window.tags.model.row_of(suggestion_id(suggestion)) is not None
    assert seen >= 3  # a quote, a casualty figure and actors in the Brezna article
    assert built_on_gui_thread == []


def test_a_jobs_suggestions_are_shown_without_making_their_ids_again(
    qtbot, corpus, monkeypatch
) -> None:
    """The job hands the window each suggestion's id with it: the GUI thread makes none of
    a long article's tens of thousands again when they arrive (issue 16)."""
    from PySide6.QtCore import QSettings

    import annotator.services.edits as edits
    import annotator.ui.suggestions_controller as controller
    from annotator.ui.session import suggestion_id

    QSettings().setValue("view/suggestions", True)
    window = open_window(qtbot, corpus)
    window.suggestions.wait()
    document_id = window.session.document_id
    assert document_id is not None
    found = window.session.suggestions()
    assert len(found) >= 3
    window.session.set_suggestions(document_id, [])
    result = controller.dress_suggestions(document_id, window.session.document.text, found)
    made: list[str] = []
    real_id = edits.suggestion_id

    def counted(suggestion):  # type: ignore[no-untyped-def]
        made.append(suggestion.label)
        return real_id(suggestion)

    monkeypatch.setattr(edits, "suggestion_id", counted)
    monkeypatch.setattr(controller, "suggestion_id", counted)
    window.suggestions._ready(result)
    assert made == []
    assert [suggestion_id(s) for s in window.session.suggestions()] == [
        suggestion_id(s) for s in found
    ]
    for suggestion in found:
        assert window.tags.model.row_of(suggestion_id(suggestion)) is not None
