"""Repainting the lines a key changed takes the block's place from the walk of the blocks
on screen, not from Qt's geometry of the block, which walks from the top of the view to it
asking the layout about every block on the way (issue 16). What is repainted is the same:
the screen shows what a full paint shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui import test_repaint_changed_lines as changed_lines
from tests.ui.test_repaint_changed_lines import Paints, _differing, _on_screen, _repainted

pytestmark = pytest.mark.gui
paragraph_window = changed_lines.paragraph_window  # a window on paragraphs of many lines


def test_a_key_repaints_its_lines_without_asking_qt_where_the_block_stands(
    qtbot, paragraph_window, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window, words = paragraph_window
    article = window.article
    margin = article.document().documentMargin()
    # The second paragraph: Qt's walk to it would pass over the first.
    word = next(w for w in words if article.document().findBlock(w.start()).blockNumber() == 2)
    asked: list[int] = []
    geometry = article.blockBoundingGeometry

    def counted(block):  # type: ignore[no-untyped-def]
        asked.append(block.blockNumber())
        return geometry(block)

    monkeypatch.setattr(article, "blockBoundingGeometry", counted)
    article.select_text(word.start(), word.end())
    window.annotation.select_span(None)
    QApplication.processEvents()
    paints = Paints(article.viewport())
    for key in (Qt.Key.Key_3, Qt.Key.Key_1, Qt.Key.Key_Delete):
        asked.clear()
        paints.rects.clear()
        qtbot.keyClick(article, key)
        QApplication.processEvents()
        assert asked == [], key
        assert paints.rects, key  # the lines that changed were repainted
        assert _differing(_on_screen(window), _repainted(window), int(margin)) == [], key
