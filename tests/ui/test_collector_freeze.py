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
    qtbot, window: MainWindow, corpus, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(collector, "COLLECT_CLOSED_AFTER", 0)  # every close collects
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
    monkeypatch.setattr(collector, "COLLECT_CLOSED_AFTER", 0)  # every close collects
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


def _open_counting_collections(qtbot, window: MainWindow, document_id: str) -> list[int]:  # type: ignore[no-untyped-def]
    """Open `document_id` with the automatic collections off; the generations of the
    collections the open itself runs."""
    collections: list[int] = []

    def counted(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    enabled = gc.isenabled()
    gc.disable()
    gc.callbacks.append(counted)
    try:
        with qtbot.waitSignal(window.article.documentPainted, timeout=5_000):
            window.open_document(document_id)
    finally:
        gc.callbacks.remove(counted)
        if enabled:
            gc.enable()
    return collections


def test_going_from_a_short_document_to_the_next_runs_no_collection(
    qtbot, window: MainWindow, corpus, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A news article's close leaves a few cycles: they wait, frozen, rather than every
    open paying 15-20 ms for a collection walking the program's objects (issue 16: a
    tenth of a 1,000-span article's open in the window)."""
    monkeypatch.setattr(collector, "_closed_weight", 0)
    first = window.session.edits.state
    keeper = weakref.ref(_Keeper(first))
    collector.freeze()
    del first
    ids = corpus.document_ids()
    assert _open_counting_collections(qtbot, window, ids[1]) == []
    assert keeper() is not None  # its cycle waits, frozen
    assert gc.get_freeze_count() > 0
    assert window.session.document_id == ids[1]


def test_closed_documents_are_collected_once_they_add_up(
    qtbot, window: MainWindow, corpus, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The closed documents' leftovers wait only until the documents closed since the
    last collection weigh `COLLECT_CLOSED_AFTER`: then a close collects, before the read."""
    ids = corpus.document_ids()
    weights = []
    for document_id in ids[:2]:
        window.open_document(document_id)
        weights.append(window.session._weight())
    assert all(w > 0 for w in weights)
    window.open_document(ids[0])  # the weight counted so far starts from a collection
    monkeypatch.setattr(collector, "_closed_weight", 0)
    monkeypatch.setattr(collector, "COLLECT_CLOSED_AFTER", weights[0] + weights[1])
    first = window.session.edits.state
    keeper = weakref.ref(_Keeper(first))
    collector.freeze()
    del first
    assert _open_counting_collections(qtbot, window, ids[1]) == []  # weights[0] so far
    assert keeper() is not None
    assert _open_counting_collections(qtbot, window, ids[0]) == [2]  # both: one full one
    assert keeper() is None
    assert gc.get_freeze_count() > 0  # the open document's objects frozen again


def test_a_long_documents_close_collects_at_once(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A long article (a 1 MB text, or thousands of spans) weighs enough alone."""
    from annotator.core.model import AnnotatedDocument, Document

    repo = window.repo
    text = "Shelling was reported near the border. " * 26_000  # about 1 MB
    long = Document.from_text(text, "long")
    repo.import_documents([AnnotatedDocument(long)], "ana")
    window.open_document(long.id)
    assert window.session._weight() >= collector.COLLECT_CLOSED_AFTER
    short = window.repo.document_ids()[0]
    first = window.session.edits.state
    keeper = weakref.ref(_Keeper(first))
    collector.freeze()
    del first
    assert _open_counting_collections(qtbot, window, short) == [2]
    assert keeper() is None
