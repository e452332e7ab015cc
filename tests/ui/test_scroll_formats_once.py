"""A paragraph that comes on screen for the first time (scrolled to) is formatted before it is
laid out, and laid out once (issue 16). It was laid out to find whether it was on screen,
formatted, which let go of its lines, and laid out again. A block formatted before this
layout measured it lets go of its own lines only: Qt reads the highlighter's change as
twice the block's length and let go of the lines of the paragraphs after it too. What is
painted and measured is what a fresh layout of every block gives."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtWidgets import QApplication

from annotator.core.model import Span, new_id
from annotator.core.schema import default_schema
from annotator.ui.article_view import ArticleView, ReadingLayout
from tests.ui.test_layouts_kept import assert_paints_and_measures_as_a_fresh_layout

pytestmark = pytest.mark.gui

PARAGRAPHS = [
    f"Paragraph {n}: officials in Brezna said {n} trucks reached the market at dawn. " * (1 + n % 4)
    for n in range(400)
]
TEXT = "\n\n".join(PARAGRAPHS)


def _spans() -> list[Span]:
    spans, start = [], 0
    for n, paragraph in enumerate(PARAGRAPHS):
        at = start + paragraph.index("officials")
        spans.append(Span(new_id(), "d", at, at + 9, "ACTOR", "ana"))
        if n % 3 == 0:
            at = start + paragraph.index("trucks")
            spans.append(Span(new_id(), "d", at, at + 6, "CASUALTY", "ana"))
        start += len(paragraph) + 2
    return spans


@pytest.fixture
def view(qtbot):  # type: ignore[no-untyped-def]
    view = ArticleView(default_schema())
    qtbot.addWidget(view)
    view.resize(620, 700)
    view.show()
    qtbot.waitExposed(view)
    view.show_document(TEXT, _spans())
    QApplication.processEvents()
    view.viewport().repaint()
    return view


@pytest.fixture
def laid_out(monkeypatch: pytest.MonkeyPatch) -> Counter[int]:
    """Block number -> times laid out (asked for with no lines, answered with lines)."""
    counts: Counter[int] = Counter()
    measure = ReadingLayout._block_rect

    def counted(self, block):  # type: ignore[no-untyped-def]
        layout = block.layout()
        unlaid = layout is None or layout.lineCount() == 0
        rect = measure(self, block)
        if unlaid and block.layout() is not None and block.layout().lineCount():
            counts[block.blockNumber()] += 1
        return rect

    monkeypatch.setattr(ReadingLayout, "_block_rect", counted)
    return counts


def _scroll(view: ArticleView, value: int) -> None:
    view.verticalScrollBar().setValue(value)
    QApplication.processEvents()
    view.viewport().repaint()


def _on_screen(view: ArticleView) -> list[int]:
    return [block.blockNumber() for block, _top in view._walk_visible_blocks()]


def test_paragraphs_coming_on_screen_are_laid_out_once(view, laid_out) -> None:  # type: ignore[no-untyped-def]
    bar = view.verticalScrollBar()
    _scroll(view, bar.maximum() // 2)  # text never on screen
    for _ in range(3):
        laid_out.clear()
        _scroll(view, bar.value() + bar.pageStep())
        shown = _on_screen(view)
        fresh = [n for n in shown if n in laid_out]
        assert len(fresh) >= 3  # new paragraphs came on screen (and were formatted)
        assert view.highlighter.ready.issuperset(shown)
        assert {n: laid_out[n] for n in fresh} == {n: 1 for n in fresh}


def test_a_block_formatted_before_it_is_measured_leaves_the_next_ones_their_lines(view) -> None:  # type: ignore[no-untyped-def]
    document = view.document()
    number = 4
    block = document.findBlockByNumber(number)
    following = {n: document.findBlockByNumber(n).layout().lineCount() for n in (5, 6, 7, 8)}
    assert all(following.values())
    view.reading_layout.heights.pop(number)  # not measured by this layout
    view.highlighter.rehighlightBlock(block)
    assert {n: document.findBlockByNumber(n).layout().lineCount() for n in (5, 6, 7, 8)} == (
        following
    )
    assert view.reading_layout.heights  # the others keep their measures


def test_after_scrolling_the_view_paints_and_measures_as_a_fresh_layout(view) -> None:  # type: ignore[no-untyped-def]
    bar = view.verticalScrollBar()
    for value in (bar.maximum() // 3, bar.maximum() // 3 + bar.pageStep(), bar.maximum() // 2):
        _scroll(view, value)
    # The walk kept for the paint and the overlays is the one made afresh.
    kept = [(block.blockNumber(), top) for block, top in view._visible_blocks()]
    assert kept == [(block.blockNumber(), top) for block, top in view._walk_visible_blocks()]
    assert_paints_and_measures_as_a_fresh_layout(view)
