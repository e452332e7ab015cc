"""The open document's objects are frozen for the garbage collector once it is open, so
that a full collection while the user types does not walk them (0.1-0.5 s at 50,000 spans
with a long article's suggestions, issue 16); the next open gives them back, so the last
document's cycles are freed."""

from __future__ import annotations

import gc
import weakref

import pytest

from annotator.core import collector
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
        with qtbot.waitSignal(window.article.documentPainted, timeout=5_000):
            window.open_document(corpus.document_ids()[1])
            assert gc.get_freeze_count() > 0  # the new document's objects are frozen
            assert keeper() is not None  # collected after the first frame, not before
        assert keeper() is None
        assert gc.get_freeze_count() > 0
    finally:
        if enabled:
            gc.enable()


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
