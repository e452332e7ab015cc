"""The open document's objects are frozen for the garbage collector once it is open, so
that a full collection while the user types does not walk them (0.1-0.5 s at 50,000 spans
with a long article's suggestions, issue 16); the next open gives them back, so the last
document's cycles are freed."""

from __future__ import annotations

import gc
import weakref

import pytest

from annotator.core import collector
from annotator.core.model import Span, new_id
from annotator.core.suggest import Suggestion
from annotator.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _alive(thing: object) -> bool:
    """Whether `thing` is among the objects the collector walks (not frozen)."""
    return any(o is thing for o in gc.get_objects())


class _Keeper:
    """An object in a reference cycle, holding what it is given."""

    def __init__(self, held: object) -> None:
        self.held = held
        self.me = self


def test_an_open_document_is_frozen(qtbot, window: MainWindow, corpus) -> None:  # type: ignore[no-untyped-def]
    before = window.session.edits.state
    window.open_document(corpus.document_ids()[1])
    state = window.session.edits.state
    assert state is not before
    assert gc.get_freeze_count() > 0
    assert not _alive(state)
    assert not _alive(state.document)


def test_the_next_open_gives_the_last_documents_objects_back_to_the_collector(
    qtbot, window: MainWindow, corpus
) -> None:  # type: ignore[no-untyped-def]
    first = window.session.edits.state
    enabled = gc.isenabled()
    gc.disable()  # no collection but the window's own between the steps
    try:
        # The first document's objects, held in a cycle, frozen as the window freezes them.
        keeper = weakref.ref(_Keeper(first))
        collector.freeze()
        gc.collect()
        assert keeper() is not None  # frozen: no collection frees it
        del first
        collections: list[int] = []

        def counted(phase: str, info: dict[str, int]) -> None:
            if phase == "start":
                collections.append(info["generation"])

        with qtbot.waitSignal(window.article.documentPainted, timeout=5_000):
            window.open_document(corpus.document_ids()[1])
            assert gc.get_freeze_count() > 0  # the new document's objects are frozen
            # Collected as the open let the first document go, before its first frame.
            assert keeper() is None
            gc.callbacks.append(counted)
        gc.callbacks.remove(counted)
        assert 2 not in collections  # no full collection is due after the first frame
        assert gc.get_freeze_count() > 0
    finally:
        if enabled:
            gc.enable()


def test_the_last_document_is_let_go_before_the_next_is_read(
    qtbot, suggesting: MainWindow, corpus, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The session, the article, the span table and the suggestions' spans let go of the
    last document before the next is read, so the collection run then walks neither
    (issue 16): only the program's own objects."""
    window = suggesting
    session = window.session
    document = session.document
    assert document is not None
    tagged = session.add_span(Span(new_id(), document.id, 0, 8, "ACTOR", "ana"))
    assert window.tags.model.items[tagged.id] is tagged  # the table shows that very Span
    suggestion = weakref.ref(session.suggestions()[0])  # held by the session's state
    shown = weakref.ref(next(iter(window.article.suggestions.values())))  # a view's Span
    span = weakref.ref(tagged)
    del document, tagged
    read = session.edits.open_document
    alive_at_read: list[bool] = []
    walked: list[int] = []

    def reading(document_id: str) -> bool:
        alive_at_read.extend(ref() is not None for ref in (suggestion, shown, span))
        return read(document_id)

    def counted(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            walked.append(len(gc.get_objects()))

    monkeypatch.setattr(session.edits, "open_document", reading)
    enabled = gc.isenabled()
    gc.disable()  # reference counting alone frees them, not a collection
    gc.callbacks.append(counted)
    try:
        with qtbot.waitSignal(window.article.documentPainted, timeout=5_000):
            window.open_document(corpus.document_ids()[1])
    finally:
        gc.callbacks.remove(counted)
        if enabled:
            gc.enable()
    assert alive_at_read == [False, False, False]
    assert len(walked) == 1  # one collection, before the read
    assert window.session.document_id == corpus.document_ids()[1]
    assert window.article.text == window.session.document.text


def test_a_failed_read_opens_the_last_document_again(
    qtbot, window: MainWindow, corpus, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    first = session.document_id
    spans = len(window.tags.model.spans)
    read = session.edits.open_document

    def failing(document_id: str) -> bool:
        if document_id != first:
            raise OSError("disk I/O error")
        return read(document_id)

    monkeypatch.setattr(session.edits, "open_document", failing)
    with pytest.raises(OSError, match="disk I/O"):
        window.open_document(corpus.document_ids()[1])
    assert session.document_id == first
    assert window.article.text == session.document.text
    assert len(window.tags.model.spans) == spans


def test_a_documents_suggestions_are_frozen_once_shown(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    document = window.session.document
    assert document is not None
    start = document.text.index("Marović")
    shown = [Suggestion(start, start + len("Marović"), "ACTOR", {"type": "person"}, "test")]
    assert _alive(shown[0])
    window.session.set_suggestions(document.id, shown)
    assert not _alive(shown[0])


def test_the_last_documents_suggestions_go_at_the_next_open_without_a_collection(
    qtbot, suggesting: MainWindow, corpus
) -> None:  # type: ignore[no-untyped-def]
    """Nothing keeps them (the name index an ACTOR key made, the views' spans): they go by
    reference counting, so the open's collection does not walk a long article's."""
    session = suggesting.session
    shown = session.suggestions()
    assert shown
    text = session.document.text
    assert session.suggestions_named(shown[0].label, text[shown[0].start : shown[0].end])
    gone = weakref.ref(shown[0])
    del shown
    enabled = gc.isenabled()
    gc.disable()
    try:
        suggesting.open_document(corpus.document_ids()[2])
        assert gone() is None
    finally:
        if enabled:
            gc.enable()


def test_showing_many_suggestions_runs_no_collection(qtbot, suggesting: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """They are made at once (with the views' spans and rows) and live as long as the
    document: a collection while they are made would walk them all again (several full
    ones on a long article)."""
    window = suggesting
    document = window.session.document
    assert document is not None
    text = document.text
    shown = [
        Suggestion(start, start + length, "ACTOR", {"type": "person"}, "test")
        for start in range(len(text) - 12)
        for length in range(1, 12)
        if text[start].isalpha()
    ]
    assert len(shown) > 1500
    collections: list[int] = []

    def counted(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.collect()
    gc.callbacks.append(counted)
    try:
        window.session.set_suggestions(document.id, shown)
    finally:
        gc.callbacks.remove(counted)
    assert window.session.suggestions()
    assert collections == []
