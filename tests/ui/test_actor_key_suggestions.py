"""The ACTOR key in a paragraph crowded with spans and suggestions costs what the tag
touches, not what the paragraph holds (issue 16), and paints what a fresh paint shows."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.ui import article_view
from tests.ui.conftest import open_window
from tests.ui.test_layouts_kept import assert_paints_and_measures_as_a_fresh_layout

pytestmark = pytest.mark.gui

WORDS = ("envoy", "harbour", "militia", "ministry", "convoy", "villagers", "monitors")


@pytest.fixture
def crowded(qtbot, corpus):  # type: ignore[no-untyped-def]
    """A window with suggestions shown on an article whose first paragraph has a span on
    every third word and a suggestion on the word after each span (a long article's
    paragraph holds dozens of both); returns the window and the paragraph's free words."""
    from annotator.core.suggest import Suggestion

    paragraph = " ".join(WORDS[n % len(WORDS)] for n in range(90)) + "."
    text = f"Crowded\n\n{paragraph}\n\nA second paragraph.\n"
    document = Document.from_text(text, "Crowded")
    words = [m for m in re.finditer(r"[a-z]+", text) if m.start() > len("Crowded")]
    labels = ("ACTOR", "QUOTE", "CASUALTY")
    spans = [
        Span(new_id(), document.id, m.start(), m.end(), labels[n % 3], "ana")
        for n, m in enumerate(words[0:90:3])
    ]
    corpus.import_documents([AnnotatedDocument(document, spans)], "ana")
    window = open_window(qtbot, corpus)
    window.open_document(document.id)
    window.suggestions_action.setChecked(True)  # shown, without a suggestion job
    shown = [Suggestion(m.start(), m.end(), "ACTOR", {}, "test") for m in words[1:90:3]]
    window.session.set_suggestions(document.id, shown)
    QApplication.processEvents()
    window.article.viewport().repaint()  # every bar of the paragraph painted once
    return window, words[2:90:3]


def test_an_actor_key_stacks_again_only_the_bars_over_what_it_tagged(
    crowded, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fails on the code before: a tag stacked the bar rows of every span and suggestion
    of its paragraph again (60 here, dozens in a long article's), not only the new span's."""
    window, free = crowded
    number = window.article.highlighter.index.block_of(free[10].start())
    assert len(window.article.highlighter.index.by_block[number]) == 60
    # How many spans each stacking of bar rows is given (stack_rows, or the stacking of
    # the spans around a change).
    stacked: list[int] = []
    stack_rows = article_view.stack_rows
    stack_again = getattr(article_view, "_stack", None)

    def counted(spans, limit=None):  # type: ignore[no-untyped-def]
        stacked.append(len(spans))
        return stack_rows(spans, limit)

    def counted_again(spans, *args):  # type: ignore[no-untyped-def]
        stacked.append(len(spans))
        assert stack_again is not None
        return stack_again(spans, *args)

    monkeypatch.setattr(article_view, "stack_rows", counted)
    monkeypatch.setattr(article_view, "_stack", counted_again, raising=False)
    # The name's other mentions, proposed after the tag's frame, change their own lines
    # (test_propagation_after_frame.py): counted here is the tag and its frame.
    monkeypatch.setattr(window.propagation, "enabled", lambda: False)
    for word in (free[10], free[20]):
        window.annotation.select_span(None)
        window.article.select_text(word.start(), word.end())
        QApplication.processEvents()
        stacked.clear()
        window.annotation.apply_label("ACTOR")
        QApplication.processEvents()  # the frame: the bars painted
        tag = window.annotation.selected_span()
        assert tag is not None
        assert (tag.start, tag.end) == word.span()
        assert stacked == [1], stacked  # the new span alone: it overlaps nothing
    monkeypatch.undo()
    assert_paints_and_measures_as_a_fresh_layout(window.article)
    # A fresh stacking of the whole paragraph gives the rows the key left.
    spans = window.article.highlighter.index.by_block[number]
    (_key, rows) = window.article._bar_rows[number]
    assert rows == article_view.stack_rows(spans, _key[0])
