"""With suggestions on, an ACTOR key in a news article paints its tag first and shows the
name's other mentions right after that frame, without the analyst doing anything; a key,
an undo or another article before then leaves no stale or doubled proposal (issue 16)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from annotator.ui.main_window import MainWindow
from tests.ui.conftest import open_titled, propagated, stored_tags

pytestmark = pytest.mark.gui


class _Paints(QObject):
    """What the article showed at each of its paints: (tag ids painted, mentions shown)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.seen: list[tuple[set[str], list[tuple[int, int]]]] = []

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        if event.type() == QEvent.Type.Paint:
            article = self.window.article
            self.seen.append((set(article.spans), propagated(self.window)))
        return False


def _select_second_geneva(window: MainWindow) -> tuple[str, int, int]:
    text = window.session.document.text
    second = text.rindex("Geneva")
    window.article.select_text(second, second + len("Geneva"))
    first = text.index("Geneva")
    return text, first, first + len("Geneva")


def test_the_tag_is_painted_first_and_its_mentions_in_the_next_frame(qtbot, suggesting) -> None:
    """Fails on the code before: the mentions waited for the keys to pause (250 ms) and a
    worker thread, so two turns of the event loop after the key showed none."""
    open_titled(suggesting, "Talks in Geneva")
    _text, first, first_end = _select_second_geneva(suggesting)
    QApplication.processEvents()
    paints = _Paints(suggesting)
    suggesting.article.viewport().installEventFilter(paints)
    qtbot.keyClick(suggesting.article, "3")
    tag = suggesting.annotation.selected_span()
    assert tag is not None
    assert stored_tags(suggesting) == [("ACTOR", "Geneva")]  # stored at the key
    for _ in range(2):  # the tag's frame, then the mentions' (no wait, no further key)
        QApplication.processEvents()
    suggesting.article.viewport().removeEventFilter(paints)
    assert propagated(suggesting) == [(first, first_end)]
    assert f"suggestion:{first}:{first_end}:ACTOR" in suggesting.article.suggestions
    # The first paint after the key showed the tag and no mention yet; a later one both.
    assert paints.seen, "the article was not painted"
    painted_ids, mentions = paints.seen[0]
    assert tag.id in painted_ids
    assert mentions == []
    assert any(tag.id in ids and shown == [(first, first_end)] for ids, shown in paints.seen)


def test_the_mentions_are_proposed_without_further_input(qtbot, suggesting) -> None:
    open_titled(suggesting, "Talks in Geneva")
    _text, first, first_end = _select_second_geneva(suggesting)
    qtbot.keyClick(suggesting.article, "3")
    qtbot.waitUntil(lambda: propagated(suggesting) == [(first, first_end)], timeout=1000)
    model = suggesting.tags.model
    rows = [
        tuple(str(model.data(model.index(row, column))) for column in (0, 1, 4))
        for row in range(model.rowCount())
    ]
    assert rows.count(("ACTOR", "Geneva", "suggested")) == 1
    assert rows.count(("ACTOR", "Geneva", "ana")) == 1


@pytest.mark.parametrize("then", ["delete", "undo"])
def test_delete_or_undo_right_after_the_key_leaves_no_proposal(qtbot, suggesting, then) -> None:
    open_titled(suggesting, "Talks in Geneva")
    _text, first, first_end = _select_second_geneva(suggesting)
    before = {(s.start, s.end, s.label) for s in suggesting.session.suggestions()}
    qtbot.keyClick(suggesting.article, "3")
    # Before the event loop turns: the search for the mentions is still to come.
    if then == "delete":
        qtbot.keyClick(suggesting.article, Qt.Key.Key_Delete)
    else:
        qtbot.keyClick(suggesting.article, "z", Qt.KeyboardModifier.ControlModifier)
    assert stored_tags(suggesting) == []
    for _ in range(3):
        QApplication.processEvents()
    suggesting.propagation.wait()
    assert propagated(suggesting) == []
    assert {(s.start, s.end, s.label) for s in suggesting.session.suggestions()} == before
    assert f"suggestion:{first}:{first_end}:ACTOR" not in suggesting.article.suggestions


def test_another_article_opened_right_after_the_key_gets_no_proposal(qtbot, suggesting) -> None:
    open_titled(suggesting, "Talks in Geneva")
    _select_second_geneva(suggesting)
    qtbot.keyClick(suggesting.article, "3")
    # Another article opens before the event loop turns (a click in the list, say).
    other = next(
        i
        for i in suggesting.repo.document_ids()
        if suggesting.repo.document_title(i) == "Convoy reaches Tell Qasra"
    )
    suggesting.open_document(other)
    for _ in range(3):
        QApplication.processEvents()
    suggesting.propagation.wait()
    suggesting.suggestions.wait()
    assert propagated(suggesting) == []
    assert not any(s.rule == "actor_propagated" for s in suggesting.session.suggestions())


def test_two_tags_of_one_name_before_the_frame_propose_each_mention_once(qtbot, suggesting) -> None:
    """Both searches run after the frame, one after the other: the second sees the first's
    mention shown and proposes nothing twice."""
    from annotator.core.model import AnnotatedDocument, Document

    # A name the rules do not suggest: only the tags propose its mentions.
    name = "Lake Orrin"
    doc = Document.from_text(
        f"Talks again\n\nDelegates met near {name}. {name} was calm. They swam in {name}.\n",
        "Talks again",
    )
    suggesting.repo.import_documents([AnnotatedDocument(doc)], "ana")
    suggesting.open_document(doc.id)
    suggesting.suggestions.wait()
    text = suggesting.session.document.text
    starts = [i for i in range(len(text)) if text.startswith(name, i)]
    assert len(starts) == 3
    assert not suggesting.session.suggestions()
    for start in starts[:2]:  # no turn of the event loop between the two keys
        suggesting.annotation.select_span(None)
        suggesting.article.select_text(start, start + len(name))
        qtbot.keyClick(suggesting.article, "3")
    qtbot.waitUntil(lambda: bool(propagated(suggesting)), timeout=1000)
    for _ in range(3):
        QApplication.processEvents()
    assert propagated(suggesting) == [(starts[2], starts[2] + len(name))]
    model = suggesting.tags.model
    suggested = [
        row
        for row in range(model.rowCount())
        if str(model.data(model.index(row, 4))) == "suggested"
    ]
    assert len(suggested) == 1


def test_one_tag_is_searched_on_the_gui_thread_and_accepting_all_in_the_worker(
    qtbot, suggesting, monkeypatch
) -> None:
    """A key's search runs right after its frame on the GUI thread; accepting every ACTOR
    suggestion at once tags many, whose searches go to the worker thread once the keys
    pause, so that the window answers between them."""
    import importlib
    import threading

    from annotator.core.model import AnnotatedDocument, Document

    module = importlib.import_module("annotator.core.suggest.propagate")
    search = module.propagate
    threads: list[str] = []

    def spied(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return search(*args, **kwargs)

    monkeypatch.setattr(module, "propagate", spied)
    doc = Document.from_text(
        "Talks in Geneva\n\nDelegates met in Geneva on Monday. The United Nations, the "
        "African Union, the European Union, NATO and the Red Cross sent envoys to Geneva.\n",
        "Talks in Geneva again",
    )
    suggesting.repo.import_documents([AnnotatedDocument(doc)], "ana")
    suggesting.open_document(doc.id)
    suggesting.suggestions.wait()
    actors = [s for s in suggesting.session.suggestions() if s.label == "ACTOR"]
    assert len(actors) > 4  # more than INLINE_TAGS
    text = suggesting.session.document.text
    lake = text.index("Delegates")
    suggesting.article.select_text(lake, lake + len("Delegates"))
    qtbot.keyClick(suggesting.article, "3")
    for _ in range(2):
        QApplication.processEvents()
    assert threads == [threading.main_thread().name]
    threads.clear()
    suggesting.suggestions.accept_all("ACTOR")
    for _ in range(2):
        QApplication.processEvents()
    assert threads == []  # not searched at once: waiting for the keys to pause
    suggesting.propagation.wait()
    assert threads
    assert threading.main_thread().name not in threads
