"""A span's formats change in one paragraph only: the paragraphs after it keep their lines
(issue 16). Qt's plain text layout reads the highlighter's change of a block as spanning
twice the block's length, and let go of the lines of the paragraphs after it, which were
laid out again at the next paint; `ReadingLayout` lets go of the changed block's lines
only. What is painted is what a fresh layout of every block paints."""

from __future__ import annotations

import pytest

from annotator.core.model import Span, new_id
from tests.ui import test_layouts_kept as layouts_kept
from tests.ui.test_glyphs_kept import _tag, _word_in
from tests.ui.test_layouts_kept import assert_paints_and_measures_as_a_fresh_layout

pytestmark = pytest.mark.gui
view = layouts_kept.view  # an article of 80 short paragraphs, 620 x 700, painted


def test_a_tag_leaves_the_lines_of_the_paragraphs_after_it_as_they_were(view) -> None:  # type: ignore[no-untyped-def]
    document = view.document()
    before = {n: document.findBlockByNumber(n).layout().lineCount() for n in range(2, 8)}
    assert all(before.values())
    start, end = _word_in(view, 2)
    view.add_span(Span(new_id(), "d", start, end, "ACTOR", "ana"))  # formatted, not painted
    after = {n: document.findBlockByNumber(n).layout().lineCount() for n in range(2, 8)}
    assert after == before


def test_the_blocks_after_a_tag_are_not_laid_out_at_the_next_paint(
    view, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    laid_out: list[int] = []
    measure = type(view.reading_layout)._block_rect

    def counted(self, block):  # type: ignore[no-untyped-def]
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            laid_out.append(block.blockNumber())
        return measure(self, block)

    monkeypatch.setattr(type(view.reading_layout), "_block_rect", counted)
    for number in (2, 4, 6):
        laid_out.clear()
        _tag(view, number)
        view.viewport().repaint()
        assert laid_out == [number]


def test_after_tags_the_view_paints_and_measures_as_a_fresh_layout(view) -> None:  # type: ignore[no-untyped-def]
    for number in (0, 2, 4, 2):
        _tag(view, number)
    view.viewport().repaint()
    assert_paints_and_measures_as_a_fresh_layout(view)
