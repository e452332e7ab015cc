"""Suggestions in the window: shown apart from spans; Enter accepts, Backspace rejects."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.ui.main_window import MainWindow
from annotator.ui.session import is_suggestion_id
from tests.ui.conftest import SUGGESTIONS_ARRIVE_MS

pytestmark = pytest.mark.gui


def _stored(window: MainWindow) -> list[tuple[str, str, str]]:
    rows = window.repo.db.execute(
        "SELECT label, text, provenance FROM span_view WHERE document_id = ? "
        "AND annotator = 'ana' ORDER BY start",
        [window.session.document_id],
    )
    return [tuple(r) for r in rows]


def _suggested(window: MainWindow, label: str, text: str):
    document = window.session.document
    return next(
        s
        for s in window.session.suggestions()
        if s.label == label and document.text[s.start : s.end] == text
    )


def test_suggestions_are_shown_but_not_stored_as_the_analysts(suggesting) -> None:
    labels = {
        (s.label, suggesting.session.document.text[s.start : s.end])
        for s in suggesting.session.suggestions()
    }
    assert ("QUOTE", "We will not leave,") in labels
    assert ("ACTOR", "Ilse Marović") in labels
    assert _stored(suggesting) == []
    suggested_rows = [
        r
        for r in range(suggesting.tags.model.rowCount())
        if suggesting.tags.model.data(suggesting.tags.model.index(r, 4)) == "suggested"
    ]
    assert len(suggested_rows) == len(suggesting.session.suggestions())
    assert len(suggesting.article.suggestions) == len(suggesting.session.suggestions())


def test_enter_accepts_a_quote_with_its_speaker(qtbot, suggesting) -> None:
    quote = _suggested(suggesting, "QUOTE", "We will not leave,")
    assert quote.speaker is not None
    suggesting.annotation.select_span(f"suggestion:{quote.start}:{quote.end}:QUOTE")
    qtbot.keyClick(suggesting.article, Qt.Key.Key_Return)
    stored = _stored(suggesting)
    assert ("QUOTE", "We will not leave,", "suggested-accepted") in stored
    speaker_text = suggesting.session.document.text[slice(*quote.speaker)]
    assert ("ACTOR", speaker_text, "suggested-accepted") in stored
    rows = suggesting.repo.db.execute("SELECT quote, speaker FROM speaker_view").fetchall()
    assert rows == [("We will not leave,", speaker_text)]
    assert quote not in suggesting.session.suggestions()
    suggesting.undo_stack.undo()
    assert _stored(suggesting) == []
    assert quote in suggesting.session.suggestions()


def test_backspace_rejects_and_the_rejection_is_remembered(qtbot, suggesting, corpus) -> None:
    actor = _suggested(suggesting, "ACTOR", "Ilse Marović")
    suggesting.annotation.select_span(f"suggestion:{actor.start}:{actor.end}:ACTOR")
    qtbot.keyClick(suggesting.article, Qt.Key.Key_Backspace)
    assert actor not in suggesting.session.suggestions()
    assert _stored(suggesting) == []
    rejected = corpus.rejected_suggestions(suggesting.session.document_id, "ana")
    assert (actor.start, actor.end, "ACTOR") in rejected
    # Reopening the document does not bring it back...
    other = corpus.document_ids()[1]
    suggesting.open_document(other)
    suggesting.open_document(corpus.document_ids()[0])
    suggesting.suggestions.wait()
    qtbot.waitUntil(lambda: bool(suggesting.session.suggestions()))
    assert actor not in suggesting.session.suggestions()
    # ...and undo forgets the rejection.
    suggesting.undo_stack.undo()
    assert actor in suggesting.session.suggestions()
    assert (actor.start, actor.end, "ACTOR") not in corpus.rejected_suggestions(
        suggesting.session.document_id, "ana"
    )


def test_n_steps_through_suggestions_in_text_order(qtbot, suggesting) -> None:
    suggesting.article.select_text(0, 0)
    seen = []
    for _ in range(3):
        qtbot.keyClick(suggesting.article, "n")
        assert is_suggestion_id(suggesting.annotation.selection.current)
        seen.append(suggesting.session.suggestion(suggesting.annotation.selection.current).start)
    assert seen == sorted(seen)


def test_accept_all_of_a_label_is_one_undo_step(qtbot, suggesting) -> None:
    actors = [s for s in suggesting.session.suggestions() if s.label == "ACTOR"]
    assert len(actors) >= 2
    suggesting.accept_all_actions["ACTOR"].trigger()
    assert [s for s in suggesting.session.suggestions() if s.label == "ACTOR"] == []
    assert len([r for r in _stored(suggesting) if r[0] == "ACTOR"]) == len(actors)
    suggesting.undo_stack.undo()
    assert _stored(suggesting) == []
    assert len([s for s in suggesting.session.suggestions() if s.label == "ACTOR"]) == len(actors)


def test_a_label_key_accepts_a_suggestion_as_that_label(qtbot, suggesting) -> None:
    actor = _suggested(suggesting, "ACTOR", "Ilse Marović")
    suggesting.annotation.select_span(f"suggestion:{actor.start}:{actor.end}:ACTOR")
    qtbot.keyClick(suggesting.article, "1")
    assert ("QUOTE", "Ilse Marović", "suggested-accepted") in _stored(suggesting)


def test_tagging_a_suggestions_own_words_with_its_label_confirms_it(qtbot, suggesting) -> None:
    """Selecting exactly a suggestion's words and pressing its label key tags them and
    the suggestion goes: N no longer stops at it and the table lists the words once; undo
    brings the suggestion back with the tag gone."""
    actor = _suggested(suggesting, "ACTOR", "Ilse Marović")
    suggestion = f"suggestion:{actor.start}:{actor.end}:ACTOR"
    suggesting.article.select_text(actor.start, actor.end)
    qtbot.keyClick(suggesting.article, "3")
    assert ("ACTOR", "Ilse Marović", "manual") in _stored(suggesting)
    assert suggesting.session.suggestion(suggestion) is None
    texts = [
        suggesting.tags.model.data(suggesting.tags.model.index(r, 1))
        for r in range(suggesting.tags.model.rowCount())
    ]
    at = suggesting.session.document.text
    assert texts.count("Ilse Marović") == sum(
        1
        for s in [*suggesting.session.spans(), *suggesting.session.suggestions()]
        if at[s.start : s.end] == "Ilse Marović" and s.label == "ACTOR"
    )
    suggesting.undo_stack.undo()
    assert ("ACTOR", "Ilse Marović", "manual") not in _stored(suggesting)
    assert suggesting.session.suggestion(suggestion) is not None


def test_hiding_suggestions_clears_them_from_view_and_table(qtbot, suggesting) -> None:
    suggesting.suggestions_action.trigger()
    assert suggesting.article.suggestions == {}
    assert all(
        suggesting.tags.model.data(suggesting.tags.model.index(r, 4)) != "suggested"
        for r in range(suggesting.tags.model.rowCount())
    )


def _open_titled(window: MainWindow, title: str) -> None:
    doc_id = next(i for i in window.repo.document_ids() if window.repo.document_title(i) == title)
    window.open_document(doc_id)


def test_a_tagged_actor_is_suggested_at_its_other_mentions_at_once(qtbot, suggesting) -> None:
    _open_titled(suggesting, "Talks in Geneva")
    suggesting.suggestions.wait()  # the rules' own suggestions for this article are in
    text = suggesting.session.document.text
    assert not any(text[s.start : s.end] == "Geneva" for s in suggesting.session.suggestions())
    second = text.rindex("Geneva")
    suggesting.article.select_text(second, second + len("Geneva"))
    qtbot.keyClick(suggesting.article, "3")
    # The tag is painted first; its other mentions follow on the next turn of the loop.
    assert _stored(suggesting) == [("ACTOR", "Geneva", "manual")]
    qtbot.waitUntil(
        lambda: any(s.rule == "actor_propagated" for s in suggesting.session.suggestions()),
        timeout=2000,
    )
    propagated = [s for s in suggesting.session.suggestions() if s.rule == "actor_propagated"]
    assert [(s.start, s.end, s.label) for s in propagated] == [
        (text.index("Geneva"), text.index("Geneva") + 6, "ACTOR")
    ]
    assert (
        "1 more mention of \u201cGeneva\u201d suggested" in suggesting.statusBar().currentMessage()
    )
    # The analyst's layer holds only what they tagged: a suggestion is not a span.
    assert _stored(suggesting) == [("ACTOR", "Geneva", "manual")]


def test_no_propagation_while_suggestions_are_off(qtbot, window: MainWindow) -> None:
    _open_titled(window, "Talks in Geneva")
    text = window.session.document.text
    second = text.rindex("Geneva")
    window.article.select_text(second, second + len("Geneva"))
    qtbot.keyClick(window.article, "3")
    assert window.session.suggestions() == []


def test_opening_another_article_cancels_the_suggestions_still_running(
    qtbot, suggesting, corpus
) -> None:
    from annotator.core.model import AnnotatedDocument, Document
    from tests.conftest import SAMPLES

    # A long article (about 300 kB): its suggestions take a while.
    sample = (SAMPLES / "01-valdor-market-shelling.txt").read_text("utf-8")
    long_text = "Long report\n\n" + "\n\n".join([sample] * 60)
    long_document = Document.from_text(long_text, "Long report")
    corpus.import_documents([AnnotatedDocument(long_document)], "ana")
    long_id = long_document.id
    short_id = corpus.document_ids()[0]  # the Brezna article: it has suggestions
    controller = suggesting.suggestions
    suggesting.open_document(long_id)
    # The job starts once the article is painted.
    qtbot.waitUntil(lambda: any(job.isRunning() for job in controller.running))
    (first,) = [job for job in controller.running if job.isRunning()]
    results: list[object] = []
    first.succeeded.connect(results.append)
    suggesting.open_document(short_id)  # before the long article's suggestions arrive
    assert first.cancelled
    controller.wait()
    qtbot.waitUntil(lambda: bool(results))
    # It stopped, and nothing it found is shown (document id, no suggestions, no index,
    # no spans for the views).
    assert results == [(long_id, None, {}, {})]
    qtbot.waitUntil(lambda: bool(suggesting.session.suggestions()))
    text = suggesting.session.document.text
    assert all(s.end <= len(text) for s in suggesting.session.suggestions())
    assert suggesting.session.document_id == short_id
    assert not [job for job in controller.running if job.isRunning()]


def test_suggestions_start_once_the_opened_article_is_painted(qtbot, suggesting, corpus) -> None:
    # The rules hold the interpreter lock for most of their work: started with the open,
    # they made opening a long article about three times slower.
    from PySide6.QtCore import QEvent, QObject

    controller, article = suggesting.suggestions, suggesting.article
    order: list[str] = []

    class PaintSpy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                order.append("painted")
            return False

    spy = PaintSpy(article)
    article.viewport().installEventFilter(spy)
    compute = controller.compute

    def recorded(document_id: str) -> None:
        order.append("suggestions")
        compute(document_id)

    controller.compute = recorded  # type: ignore[method-assign]
    target = corpus.document_ids()[2]
    suggesting.open_document(target)
    assert controller.pending == target
    assert order == []
    qtbot.waitUntil(lambda: "suggestions" in order)
    assert order[0] == "painted"
    controller.wait()
    qtbot.waitUntil(lambda: controller.pending is None)
    assert suggesting.session.document_id == target


def test_suggestions_of_a_window_never_painted_start_all_the_same(qtbot, corpus) -> None:
    from PySide6.QtCore import QSettings

    from annotator.ui.main_window import MainWindow

    QSettings().setValue("view/suggestions", True)
    window = MainWindow(corpus, "ana", db_label="hidden")  # never shown
    qtbot.addWidget(window)
    window.open_document(corpus.document_ids()[0])
    qtbot.waitUntil(lambda: bool(window.session.suggestions()), timeout=SUGGESTIONS_ARRIVE_MS)


def test_a_suggested_quote_outlines_the_actor_tagged_as_its_speaker(qtbot, suggesting) -> None:
    from annotator.core.model import Span, new_id

    quote = _suggested(suggesting, "QUOTE", "We will not leave,")
    assert quote.speaker is not None
    document = suggesting.session.document
    actor = suggesting.session.add_span(Span(new_id(), document.id, *quote.speaker, "ACTOR", "ana"))
    other = suggesting.session.add_span(  # same words, another label: not the speaker
        Span(new_id(), document.id, *quote.speaker, "CASUALTY", "ana")
    )
    suggesting.annotation.select_span(f"suggestion:{quote.start}:{quote.end}:QUOTE")
    assert suggesting.article.related_ids == [actor.id]
    assert other.id not in suggesting.article.related_ids


def _watch_shares(monkeypatch) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """The rule names each long article hands to the worker processes, in order (an empty
    list where the window ran them all itself)."""
    from annotator.services import rule_workers

    handed: list[list[str]] = []
    real = rule_workers.RuleWorkers.elsewhere

    def watched(self, **kwargs):  # type: ignore[no-untyped-def]
        hook = real(self, **kwargs)

        def hand_out(text, skip, names):  # type: ignore[no-untyped-def]
            share = hook(text, skip, names)
            handed.append(sorted(share.names) if share is not None else [])
            return share

        return hand_out

    monkeypatch.setattr(rule_workers.RuleWorkers, "elsewhere", watched)
    return handed


def test_a_long_article_s_rules_are_shared_with_a_worker_and_show_the_same(
    qtbot, suggesting, corpus, monkeypatch
) -> None:
    from annotator.core.model import AnnotatedDocument, Document
    from annotator.services import rule_workers
    from annotator.services import suggesting as service
    from tests.conftest import SAMPLES

    # Over PARALLEL_FROM characters: the window hands a share of the rules to its worker.
    samples = [f.read_text("utf-8") for f in sorted(SAMPLES.glob("*.txt"))]
    long_text = "Long digest\n\n" + "\n\n".join(samples * 5)
    assert len(long_text) >= rule_workers.PARALLEL_FROM
    long_document = Document.from_text(long_text, "Long digest")
    corpus.import_documents([AnnotatedDocument(long_document)], "ana")
    handed = _watch_shares(monkeypatch)
    short_id = suggesting.session.document_id

    def open_long() -> None:
        suggesting.open_document(long_document.id)
        suggesting.suggestions.wait(120_000)
        qtbot.waitUntil(
            lambda: (
                suggesting.session.document_id == long_document.id
                and bool(suggesting.session.suggestions())
            ),
            timeout=120_000,
        )

    open_long()
    workers = service.rule_workers_for(corpus)
    assert workers is not None
    assert workers.pids  # kept warm for the next article
    # The first long article does not wait for the worker to compile its rules; once it
    # has, the next long article hands it a share.
    assert workers.wait_ready(120)
    suggesting.open_document(short_id)
    suggesting.suggestions.wait(120_000)
    open_long()
    assert handed
    assert handed[-1]  # a share of the rules ran in the worker
    one_pass = service.suggest_document(corpus, long_document.id, analyst="ana")
    shown = suggesting.session.suggestions()
    assert sorted(shown, key=lambda s: (s.start, s.end, s.label)) == sorted(
        one_pass, key=lambda s: (s.start, s.end, s.label)
    )


def test_a_corpus_with_a_long_article_has_its_rule_workers_ready_before_it_is_opened(
    qtbot, corpus, monkeypatch
) -> None:
    from PySide6.QtCore import QSettings

    from annotator.core.model import AnnotatedDocument, Document
    from annotator.services import rule_workers
    from annotator.services import suggesting as service
    from tests.conftest import SAMPLES
    from tests.ui.conftest import open_window

    started: list[rule_workers.RuleWorkers] = []
    monkeypatch.setattr(service, "_WINDOW_WORKERS", started)
    monkeypatch.setattr(service, "_LOOKED_AT", set())
    monkeypatch.setattr(rule_workers, "worker_count", lambda: 1)
    samples = [f.read_text("utf-8") for f in sorted(SAMPLES.glob("*.txt"))]
    long_document = Document.from_text("Long digest\n\n" + "\n\n".join(samples * 5), "Long")
    corpus.import_documents([AnnotatedDocument(long_document)], "ana")
    handed = _watch_shares(monkeypatch)
    try:
        QSettings().setValue("view/suggestions", True)
        window = open_window(qtbot, corpus)
        # A short article first: once its suggestions are in, the workers start.
        qtbot.waitUntil(lambda: bool(window.session.suggestions()), timeout=60_000)
        assert window.session.document_id != long_document.id
        window.suggestions.wait(60_000)
        assert len(started) == 1
        assert started[0].wait_ready(120)  # the analyst reads a while
        window.open_document(long_document.id)
        window.suggestions.wait(120_000)
        qtbot.waitUntil(
            lambda: (
                window.session.document_id == long_document.id
                and bool(window.session.suggestions())
            ),
            timeout=120_000,
        )
        assert handed == [handed[0]]
        assert handed[0]  # the first long article already shared its rules
    finally:
        for pool in started:
            pool.close()


def test_the_rule_workers_start_before_the_first_suggestion_job_compiles_its_rules(
    qtbot, corpus, monkeypatch
) -> None:
    # A long article opened right after the first one found its workers still compiling
    # (started after the first job's compile) and waited for them: they start first now,
    # and compile on the other core beside the window's own compile.
    from PySide6.QtCore import QSettings

    from annotator.core.model import AnnotatedDocument, Document
    from annotator.services import rule_workers
    from annotator.services import suggesting as service
    from tests.conftest import SAMPLES
    from tests.ui.conftest import open_window

    started: list[rule_workers.RuleWorkers] = []
    monkeypatch.setattr(service, "_WINDOW_WORKERS", started)
    monkeypatch.setattr(service, "_LOOKED_AT", set())
    monkeypatch.setattr(service, "_PREPARED", [])  # this process's first job, again
    monkeypatch.setattr(rule_workers, "worker_count", lambda: 1)
    samples = [f.read_text("utf-8") for f in sorted(SAMPLES.glob("*.txt"))]
    long_document = Document.from_text("Long digest\n\n" + "\n\n".join(samples * 5), "Long")
    corpus.import_documents([AnnotatedDocument(long_document)], "ana")
    workers_when_compiling: list[int] = []
    # (The job's rules compile the patterns they use as they run: session 34.)
    suggest_document = service.suggest_document

    def watched(repo, *args, **kwargs):  # type: ignore[no-untyped-def]
        workers_when_compiling.append(len(started))
        return suggest_document(repo, *args, **kwargs)

    monkeypatch.setattr(service, "suggest_document", watched)
    try:
        QSettings().setValue("view/suggestions", True)
        window = open_window(qtbot, corpus)
        qtbot.waitUntil(lambda: bool(window.session.suggestions()), timeout=60_000)
        window.suggestions.wait(60_000)
        assert window.session.document_id != long_document.id  # a short article first
        assert workers_when_compiling[0] == 1
        assert started[0].pids
    finally:
        for pool in started:
            pool.close()
