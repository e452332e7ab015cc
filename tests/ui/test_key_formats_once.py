"""A key press formats each block it changed once, and sets the selection's tint once
(issue 16): a tag that also takes away the suggestion it confirms changes its block twice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_tagging_a_suggestions_words_formats_its_block_once_and_tints_the_selection_once(
    qtbot, suggesting: MainWindow
) -> None:
    window = suggesting
    article = window.article
    session = window.session
    suggestion = next(s for s in session.suggestions() if s.label == "ACTOR")
    block = article.highlighter.index.block_of(suggestion.start)
    formatted: list[int] = []
    tinted: list[int] = []
    highlight = article.highlighter.highlightBlock
    set_extras = article.setExtraSelections

    def counted_highlight(text: str) -> None:
        formatted.append(article.highlighter.currentBlock().blockNumber())
        highlight(text)

    def counted_extras(extras: list) -> None:  # type: ignore[type-arg]
        tinted.append(len(extras))
        set_extras(extras)

    article.highlighter.highlightBlock = counted_highlight  # type: ignore[method-assign]
    article.setExtraSelections = counted_extras  # type: ignore[method-assign]
    article.select_text(suggestion.start, suggestion.end)
    window.annotation.select_span(None)
    tinted.clear()
    qtbot.keyClick(article, "3")
    tagged = window.annotation.selected_span()
    assert (tagged.start, tagged.end, tagged.label) == (suggestion.start, suggestion.end, "ACTOR")
    assert session.suggestion(f"suggestion:{suggestion.start}:{suggestion.end}:ACTOR") is None
    assert formatted == [block]
    assert tinted == [1]  # the new span's tint, set once
    # What the block shows is the span, not the suggestion it replaced.
    article.highlighter.highlightBlock = highlight  # type: ignore[method-assign]
    layout = article.document().findBlockByNumber(block).layout()
    offset = suggestion.start - article.highlighter.index.line_starts[block]
    covering = [r for r in layout.formats() if r.start <= offset < r.start + r.length]
    assert covering
    expected = article.highlighter._format(("ACTOR",))
    assert covering[-1].format.background() == expected.background()
    # Undo brings the suggestion back.
    window.undo_stack.undo()
    assert session.suggestion(f"suggestion:{suggestion.start}:{suggestion.end}:ACTOR") is not None
    assert window.annotation.selected_span() is None


def test_a_tag_works_out_the_lines_its_overlays_change_once(qtbot, suggesting: MainWindow) -> None:
    # The end of the key's batch repainted the selection (which works the overlays'
    # lines out) and then worked them out again for the preview the tag cleared.
    window = suggesting
    article = window.article
    suggestion = next(s for s in window.session.suggestions() if s.label == "ACTOR")
    worked_out: list[int] = []
    update = article._update_overlays

    def counted() -> None:
        if not article._batch:
            worked_out.append(1)
        update()

    article._update_overlays = counted  # type: ignore[method-assign]
    article.select_text(suggestion.start, suggestion.end)
    window.annotation.select_span(None)
    worked_out.clear()
    qtbot.keyClick(article, "3")
    assert window.annotation.selected_span() is not None
    assert len(worked_out) == 1
    worked_out.clear()
    qtbot.keyClick(article, Qt.Key.Key_Delete)
    assert window.annotation.selected_span() is None
    assert len(worked_out) == 1
