"""The blocks a key formats keep their shaped glyphs (issue 16): the selection's cursors,
the text cursor and the repainted lines do not shape the tagged line again. Only the last
GLYPHS_KEPT blocks formatted keep them; an older one off screen lets go of its layout and
is laid out anew when shown, looking as a fresh layout does."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from annotator.core.model import Span, new_id
from annotator.ui import article_view
from annotator.ui.article_view import ArticleView
from tests.ui import test_layouts_kept as layouts_kept

pytestmark = pytest.mark.gui
view = layouts_kept.view  # an article of 80 short paragraphs, 620 x 700, painted


def _word_in(view: ArticleView, number: int) -> tuple[int, int]:
    block = view.document().findBlockByNumber(number)
    match = re.search(r"[A-Za-z]{5,}", block.text())
    assert match is not None
    return block.position() + match.start(), block.position() + match.end()


def _tag(view: ArticleView, number: int) -> None:
    start, end = _word_in(view, number)
    view.add_span(Span(new_id(), "d", start, end, "ACTOR", "ana"))
    QApplication.processEvents()


def _shown(view: ArticleView) -> QImage:
    return view.viewport().grab().toImage()


def test_a_formatted_block_keeps_its_glyphs_and_paints_as_a_fresh_layout(view) -> None:  # type: ignore[no-untyped-def]
    _tag(view, 2)
    block = view.document().findBlockByNumber(2)
    assert block.layout().cacheEnabled()
    assert not view.document().findBlockByNumber(4).layout().cacheEnabled()
    ours = _shown(view)
    for n in range(view.document().blockCount()):
        view.document().findBlockByNumber(n).layout().clearLayout()
    view.reading_layout.measured.clear()
    view.viewport().repaint()
    assert _shown(view) == ours


def test_only_the_last_blocks_formatted_keep_glyphs_and_one_off_screen_is_laid_out_anew(
    view, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(article_view, "GLYPHS_KEPT", 2)
    document = view.document()
    assert document.blockCount() > 60
    for number in (0, 2):
        _tag(view, number)
    top = _shown(view)
    # Further down: block 0 goes off screen, and the blocks tagged there push it out.
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    QApplication.processEvents()
    shown = [block.blockNumber() for block, _top in view._visible_blocks()]
    assert 0 not in shown
    for number in [n for n in shown if document.findBlockByNumber(n).length() > 1][:2]:
        _tag(view, number)
    kept = [
        n
        for n in range(document.blockCount())
        if document.findBlockByNumber(n).layout().cacheEnabled()
    ]
    assert len(kept) == 2
    first = document.findBlockByNumber(0)
    assert first.layout().lineCount() == 0  # let go of, off screen
    bar.setValue(0)
    QApplication.processEvents()
    view.viewport().repaint()
    assert first.layout().lineCount() > 0  # laid out anew when shown
    assert _shown(view) == top
    fresh = [
        (r.width(), r.height())
        for r in (
            view.reading_layout.blockBoundingRect(document.findBlockByNumber(n)) for n in range(5)
        )
    ]
    assert fresh == layouts_kept._fresh_rects(view)[:5]
