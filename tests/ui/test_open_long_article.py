"""Opening a long article: the article and the span table make Spans for what is on
screen only, and are still complete, in text order and in step with every edit."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.core.document_spans import DocumentSpans
from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.services.operations import DeleteSpan, MoveEdge, TagSpan
from annotator.store.db import open_db
from annotator.store.repository import Repository
from annotator.ui.commands import push
from annotator.ui.main_window import MainWindow
from tests.ui.conftest import open_window

pytestmark = pytest.mark.gui

COUNT = 3_000


def _long_text() -> str:
    rng = random.Random(5)
    words = ["Ana", "Lopes", "said", "408", "civilians", "died", "in", "Brezna", "😢", "today"]
    return "\n\n".join(
        " ".join(rng.choice(words) for _ in range(rng.randint(30, 60))) + "." for _ in range(400)
    )


def _spans(text: str, document_id: str) -> list[Span]:
    """Spans in no order, with ties: same start and different ends, same extent."""
    rng = random.Random(6)
    spans: list[Span] = []
    while len(spans) < COUNT:
        start = rng.randrange(0, len(text) - 60)
        end = start + rng.randint(1, 50)
        label = rng.choice(["QUOTE", "CASUALTY", "ACTOR"])
        spans.append(Span(new_id(), document_id, start, end, label, "ana"))
        if rng.random() < 0.1:  # the same extent again, and a longer one from there
            spans.append(Span(new_id(), document_id, start, end, "ACTOR", "ana"))
            spans.append(Span(new_id(), document_id, start, end + 3, "QUOTE", "ana"))
    rng.shuffle(spans)
    return spans


def _text_order(spans: list[Span]) -> list[Span]:
    return sorted(spans, key=lambda s: (s.start, -s.end, s.id))


@pytest.fixture
def long_article(qtbot, db_path: Path) -> tuple[MainWindow, list[Span]]:
    repo = Repository(open_db(db_path))
    text = _long_text()
    document = Document.from_text(text, "Long")
    short = Document.from_text("A short one.\n", "Short")
    spans = _spans(text, document.id)
    repo.import_documents([AnnotatedDocument(short), AnnotatedDocument(document, spans)], "ana")
    window = open_window(qtbot, repo)
    window.open_document(document.id)
    qtbot.waitUntil(lambda: window.session.document_id == document.id)
    return window, spans


def _table_ids(window: MainWindow) -> list[str]:
    model = window.tags.model
    return [model.data(model.index(row, 0), model.IdRole) for row in range(model.rowCount())]


def test_the_table_lists_every_span_in_text_order_making_only_the_rows_shown(
    qtbot, long_article: tuple[MainWindow, list[Span]]
) -> None:
    window, spans = long_article
    window.repaint()
    model = window.tags.model
    # What the first frame made: the rows and lines on screen, not every span.
    for made in (model.items, window.article.spans, window.session.spans_by_id()):
        assert isinstance(made, DocumentSpans)
        assert made.made() < 300, made
    expected = _text_order(spans)
    assert model.rowCount() == len(spans)
    assert _table_ids(window) == [s.id for s in expected]
    assert model.keys == [(s.start, -s.end, s.id) for s in expected]
    # The cells shown are the stored spans' own.
    first, last = expected[0], expected[-1]
    text = window.session.document.text
    assert model.data(model.index(0, 1)) == " ".join(text[first.start : first.end].split())[:80]
    assert model.data(model.index(len(spans) - 1, 0)) == last.label
    assert model.data(model.index(len(spans) - 1, 4)) == "ana"
    counts = window.session.label_counts()
    for label in ("QUOTE", "CASUALTY", "ACTOR"):
        assert counts[label] == sum(s.label == label for s in spans)
        assert f"·  {counts[label]}" in window.tags.buttons[label].text()


def test_choosing_a_row_far_down_selects_and_shows_that_span(
    qtbot, long_article: tuple[MainWindow, list[Span]]
) -> None:
    window, spans = long_article
    target = _text_order(spans)[-5]
    model, table = window.tags.model, window.tags.table
    table.setFocus()
    table.setCurrentIndex(model.index(len(spans) - 5, 1))
    assert window.annotation.selection.current == target.id
    assert window.article.selected_id == target.id
    assert window.article.item(target.id) == window.repo.span(target.id)
    cursor = window.article.cursorForPosition(window.article.viewport().rect().center())
    shown = window.article.map.to_codepoint(cursor.position())
    assert abs(shown - target.start) < 5_000  # scrolled there, not left at the top
    # And back: the article's Tab selects the next span, the table follows.
    window.article.setFocus()
    qtbot.keyClick(window.article, Qt.Key.Key_Tab)
    after = _text_order(spans)[-4]
    assert window.annotation.selection.current == after.id
    assert model.row_of(after.id) == len(spans) - 4
    assert table.currentIndex().row() == len(spans) - 4


def test_edits_on_lines_not_shown_yet_are_right_when_they_come_on_screen(
    qtbot, long_article: tuple[MainWindow, list[Span]]
) -> None:
    window, spans = long_article
    session, stack, article = window.session, window.undo_stack, window.article
    ordered = _text_order(spans)
    gone, moved = ordered[-1], ordered[-10]
    push(stack, session, DeleteSpan(gone.id))
    push(stack, session, MoveEdge(moved.id, moved.start, moved.end + 2))
    added = Span(new_id(), moved.document_id, gone.start, gone.start + 4, "ACTOR", "ana")
    push(stack, session, TagSpan(added))
    # Now show the end of the article: its lines ask for their Spans.
    bar = article.verticalScrollBar()
    bar.setValue(bar.maximum())
    article.repaint()
    assert gone.id not in {s.id for s in article.spans_at(gone.start)}
    assert added.id in {s.id for s in article.spans_at(gone.start)}
    at_new_end = {s.id: s for s in article.spans_at(moved.end + 1)}
    assert at_new_end[moved.id].end == moved.end + 2
    expected = _text_order([s for s in session.spans()])
    assert _table_ids(window) == [s.id for s in expected]
    assert window.tags.model.rowCount() == len(spans)  # one gone, one added
    stack.undo()
    stack.undo()
    stack.undo()
    assert _table_ids(window) == [s.id for s in ordered]
    assert gone.id in {s.id for s in article.spans_at(gone.start)}
    assert (article.spans[moved.id].start, article.spans[moved.id].end) == (moved.start, moved.end)


def test_reopening_after_review_mode_shows_the_same_table(
    qtbot, long_article: tuple[MainWindow, list[Span]]
) -> None:
    window, spans = long_article
    document_id = window.session.document_id
    assert document_id is not None
    window.review_action.trigger()
    window.review_action.trigger()
    # Back from review mode: the analyst's spans again, made for the screen only.
    article = window.article
    assert isinstance(article.spans, DocumentSpans)
    assert article.spans.made() < 300
    first = _text_order(spans)[0]
    assert first.id in {s.id for s in article.spans_at(first.start)}
    short = window.repo.document_ids()[0]
    window.open_document(short)
    window.open_document(document_id)
    assert _table_ids(window) == [s.id for s in _text_order(spans)]


@pytest.mark.parametrize("in_text_order", [True, False])
def test_the_article_index_by_id_lists_each_line_as_the_index_of_spans_does(
    in_text_order: bool,
) -> None:
    from annotator.ui.article_view import SpanIndex

    text = _long_text()
    rng = random.Random(8)
    spans = _spans(text, "d")
    for _ in range(200):  # spans over several lines, and one at the very end
        start = rng.randrange(0, len(text) - 2_000)
        spans.append(Span(new_id(), "d", start, start + rng.randint(200, 1_500), "QUOTE", "ana"))
    spans.append(Span(new_id(), "d", len(text) - 3, len(text), "ACTOR", "ana"))
    keys = [(s.start, -s.end, s.id) for s in _text_order(spans)]
    if not in_text_order:
        rng.shuffle(keys)
    by_id = {s.id: s for s in spans}
    lazy, eager = SpanIndex(text), SpanIndex(text)
    lazy.add_keys(keys, by_id)
    eager.add_all(by_id[key[2]] for key in keys)
    blocks = range(len(eager.line_starts))
    assert all(lazy.by_block.get(n) == eager.by_block.get(n) for n in blocks)
    assert sum(len(eager.by_block.get(n) or []) for n in blocks) > len(spans)
