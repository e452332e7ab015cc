"""A narrow window keeps the article readable: every pane gives up its share."""

from __future__ import annotations

import pytest

from annotator.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_a_half_screen_window_leaves_the_article_its_share(qtbot, window: MainWindow) -> None:
    window.resize(1400, 860)
    qtbot.waitUntil(lambda: window.width() == 1400)
    wide = window.splitter.sizes()
    window.resize(960, 720)
    qtbot.waitUntil(lambda: window.width() == 960)
    documents, article, panel = window.splitter.sizes()
    # The side panes shrink too (before, the article alone lost every pixel: 232 of 960).
    assert documents < wide[0]
    assert article >= 0.38 * sum((documents, article, panel))
    # What the reader sees: room for 30 characters of the reading font or more.
    view = window.article
    assert view.viewport().width() >= view.fontMetrics().horizontalAdvance("n" * 30)
