"""With suggestions on, an ACTOR key paints its tag at once and the next key never waits
for the search of the name's other mentions; suggestion changes repaint only what changed
(issue 16)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from annotator.ui.main_window import MainWindow
from tests.ui.conftest import open_titled, propagated, stored_tags

pytestmark = pytest.mark.gui


def _table(window: MainWindow) -> list[tuple[str, str, str]]:
    model = window.tags.model
    return [
        tuple(str(model.data(model.index(row, column))) for column in (0, 1, 4))
        for row in range(model.rowCount())
    ]


def _tag_geneva_while_searching(qtbot, window: MainWindow, started: threading.Event) -> str:
    """Open "Talks in Geneva", tag its second "Geneva" with the ACTOR key and wait until the
    search for the other mentions has started (and is held); returns the article's text."""
    open_titled(window, "Talks in Geneva")
    text = window.session.document.text
    second = text.rindex("Geneva")
    window.article.select_text(second, second + len("Geneva"))
    qtbot.keyClick(window.article, "3")
    qtbot.waitUntil(started.is_set, timeout=2000)
    return text


@pytest.fixture
def held(monkeypatch):
    """The search for other mentions, held in its worker thread until released (the
    test articles are searched as a long article is: in a worker thread)."""
    import importlib

    import annotator.ui.propagation as propagation

    monkeypatch.setattr(propagation, "INLINE_CHARS", 0)
    # (The package exports a function of the same name: the module itself is wanted.)
    module = importlib.import_module("annotator.core.suggest.propagate")
    started, release = threading.Event(), threading.Event()
    search = module.propagate

    def held_search(*args, **kwargs):  # type: ignore[no-untyped-def]
        started.set()
        assert release.wait(10), "the test never released the search"
        return search(*args, **kwargs)

    monkeypatch.setattr(module, "propagate", held_search)
    yield started, release
    release.set()


def test_the_actor_key_paints_its_tag_while_the_other_mentions_are_searched(
    qtbot, suggesting, held
) -> None:
    started, release = held
    text = _tag_geneva_while_searching(qtbot, suggesting, started)
    # The search has not ended, and the tag is stored, in the table and in the article.
    assert stored_tags(suggesting) == [("ACTOR", "Geneva")]
    assert ("ACTOR", "Geneva", "ana") in _table(suggesting)
    tagged = suggesting.annotation.selected_span()
    assert tagged is not None
    assert tagged.id in suggesting.article.spans
    assert propagated(suggesting) == []
    release.set()
    suggesting.propagation.wait()
    first = text.index("Geneva")
    assert propagated(suggesting) == [(first, first + len("Geneva"))]
    assert ("ACTOR", "Geneva", "suggested") in _table(suggesting)
    assert f"suggestion:{first}:{first + 6}:ACTOR" in suggesting.article.suggestions


def test_a_key_pressed_during_the_search_is_served_and_a_deleted_tag_gets_no_mentions(
    qtbot, suggesting, held
) -> None:
    started, release = held
    _tag_geneva_while_searching(qtbot, suggesting, started)
    qtbot.keyClick(suggesting.article, Qt.Key.Key_Delete)  # while the search still runs
    assert stored_tags(suggesting) == []
    assert ("ACTOR", "Geneva", "ana") not in _table(suggesting)
    release.set()
    suggesting.propagation.wait()
    assert propagated(suggesting) == []
    assert not any(row[2] == "suggested" and row[1] == "Geneva" for row in _table(suggesting))


def test_a_mention_the_analyst_tagged_during_the_search_is_not_suggested(
    qtbot, suggesting, held
) -> None:
    started, release = held
    text = _tag_geneva_while_searching(qtbot, suggesting, started)
    # While the search runs, the analyst tags the headline's "in Geneva" as ACTOR: a
    # longer extent over the mention the search is about to find.
    first = text.index("Geneva")
    suggesting.article.select_text(first - 3, first + len("Geneva"))
    qtbot.keyClick(suggesting.article, "3")
    assert ("ACTOR", "in Geneva") in stored_tags(suggesting)
    release.set()
    suggesting.propagation.wait()
    assert (first, first + len("Geneva")) not in propagated(suggesting)
    assert f"suggestion:{first}:{first + 6}:ACTOR" not in suggesting.article.suggestions


def test_mentions_found_are_told_as_the_suggestions_added(qtbot, suggesting) -> None:
    """The views get the suggestions added, not a notice that all of them changed."""
    open_titled(suggesting, "Talks in Geneva")
    session = suggesting.session
    text = session.document.text
    second = text.rindex("Geneva")
    suggesting.article.select_text(second, second + len("Geneva"))
    rows = suggesting.tags.model.rowCount()
    with (
        qtbot.assertNotEmitted(session.suggestionsChanged),
        qtbot.waitSignal(session.suggestionsEdited, timeout=2000) as told,
    ):
        qtbot.keyClick(suggesting.article, "3")
    document_id, shown, hidden = told.args
    first = text.index("Geneva")
    assert document_id == session.document_id
    assert [(s.start, s.end, s.rule) for s in shown] == [(first, first + 6, "actor_propagated")]
    assert hidden == []
    assert suggesting.tags.model.rowCount() == rows + 2  # the tag and its other mention


def test_accepting_rejecting_and_undoing_change_only_that_suggestions_row(
    qtbot, suggesting
) -> None:
    session = suggesting.session
    model = suggesting.tags.model
    quote = next(s for s in session.suggestions() if s.label == "QUOTE")
    quote_id = f"suggestion:{quote.start}:{quote.end}:QUOTE"
    others = [s for s in session.suggestions() if s is not quote]
    rows = model.rowCount()
    suggesting.annotation.select_span(quote_id)
    with (
        qtbot.assertNotEmitted(session.suggestionsChanged),
        qtbot.waitSignal(session.suggestionsEdited) as told,
    ):
        qtbot.keyClick(suggesting.article, Qt.Key.Key_Backspace)  # reject
    assert told.args[1:] == [[], [quote]]
    assert model.row_of(quote_id) is None
    assert quote_id not in suggesting.article.suggestions
    assert model.rowCount() == rows - 1
    with qtbot.waitSignal(session.suggestionsEdited) as told:
        suggesting.undo_stack.undo()
    assert told.args[1:] == [[quote], []]
    assert model.row_of(quote_id) is not None
    assert quote_id in suggesting.article.suggestions
    assert model.rowCount() == rows
    # Enter accepts it: its row gives way to the span's (and its speaker's, if new).
    suggesting.annotation.select_span(quote_id)
    qtbot.keyClick(suggesting.article, Qt.Key.Key_Return)
    assert model.row_of(quote_id) is None
    assert quote_id not in suggesting.article.suggestions
    accepted = suggesting.annotation.selected_span()
    assert accepted is not None
    assert model.row_of(accepted.id) is not None
    # The other suggestions are all still shown, in the table and in the article.
    for other in others:
        if (other.start, other.end) in {(s.start, s.end) for s in session.spans()}:
            continue  # accepted with the quote (its speaker)
        other_id = f"suggestion:{other.start}:{other.end}:{other.label}"
        assert model.row_of(other_id) is not None
        assert other_id in suggesting.article.suggestions


def test_the_search_starts_once_the_keys_pause(qtbot, corpus, monkeypatch, held) -> None:
    """Keys pressed right after a tag (a relabel, Delete, A) never share the interpreter
    with the search: it starts once the keys pause."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    import annotator.ui.propagation as propagation
    from tests.ui.conftest import open_window

    started, release = held
    monkeypatch.setattr(propagation, "PAUSE_MS", 60_000)  # a pause longer than the test
    QSettings().setValue("view/suggestions", True)
    window = open_window(qtbot, corpus)
    open_titled(window, "Talks in Geneva")
    text = window.session.document.text
    second = text.rindex("Geneva")
    window.article.select_text(second, second + len("Geneva"))
    qtbot.keyClick(window.article, "3")
    for _ in range(3):
        QApplication.processEvents()
    assert not started.is_set()
    assert propagated(window) == []
    release.set()
    window.propagation.wait()  # runs what waits for the pause, now
    first = text.index("Geneva")
    assert propagated(window) == [(first, first + len("Geneva"))]


def test_the_actor_name_index_comes_with_the_suggestions(qtbot, suggesting, monkeypatch) -> None:
    """The first ACTOR key after a document's suggestions arrive finds their name index
    built (by the suggestion job, off the GUI thread) and still takes a suggestion's type."""
    import annotator.ui.session as session_module

    built: list[str] = []
    real = session_module.name_index

    def counted(text, suggestions, label):  # type: ignore[no-untyped-def]
        built.append(label)
        return real(text, suggestions, label)

    monkeypatch.setattr(session_module, "name_index", counted)
    session = suggesting.session
    text = session.document.text
    named = next(
        s
        for s in session.suggestions()
        if s.label == "ACTOR" and s.attributes.get("type") and text[s.start : s.end] == "FVF"
    )
    suggesting.annotation.select_span(None)
    suggesting.article.select_text(named.start, named.end)
    qtbot.keyClick(suggesting.article, "3")
    tagged = suggesting.annotation.selected_span()
    assert tagged is not None
    assert tagged.attributes.get("type") == named.attributes["type"]
    assert built == []  # no pass over every suggestion on the GUI thread
