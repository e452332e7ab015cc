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


def _titles_readable(window: MainWindow) -> None:
    view = window.documents_pane.view
    # About 12 characters of every title, and no sideways scrolling (at 800 px the list
    # was 124 px wide: titles cut to a few letters, and a horizontal scroll bar).
    assert view.columnWidth(0) >= 11 * view.fontMetrics().averageCharWidth()
    assert view.horizontalScrollBar().maximum() == 0


def test_an_800px_window_keeps_document_titles_and_the_article_readable(
    qtbot, window: MainWindow
) -> None:
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    _titles_readable(window)
    # The span count gives way to the title; the status stays.
    assert window.documents_pane.view.isColumnHidden(2)
    assert not window.documents_pane.view.isColumnHidden(1)
    documents, article, panel = window.splitter.sizes()
    assert article >= 0.38 * (documents + article + panel)
    # More of the article than before the list had its minimum (24 characters; 20 then).
    view = window.article
    assert view.viewport().width() >= view.fontMetrics().horizontalAdvance("n" * 24)


def test_review_mode_at_800px_keeps_the_article_readable(qtbot, window: MainWindow) -> None:
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    tagging_height = window.minimumSizeHint().height()
    panel = window.review_panel
    window.review_action.trigger()
    qtbot.waitUntil(lambda: panel.isVisible())
    _titles_readable(window)
    # Review mode holds the window to no greater height: the panel's page scrolls, and
    # each part keeps a usable height (it had the cluster list at one row).
    assert window.minimumSizeHint().height() <= max(tagging_height, 600)
    assert window.height() == 600
    table = panel.table
    rows = table.verticalHeader().defaultSectionSize()
    assert table.height() >= table.horizontalHeader().height() + 5 * rows
    assert panel.versions.height() >= 5 * panel.versions.fontMetrics().lineSpacing()
    # In the narrow pane the Versions column (the view below shows them) gives its room
    # to the text (columns of about 25 px each before).
    assert table.isColumnHidden(2)
    assert table.columnWidth(1) >= 8 * table.fontMetrics().averageCharWidth()
    assert sum(table.columnWidth(c) for c in range(4)) <= table.viewport().width()
    panel.set_notice("Nobody has tagged this document yet. " * 4)
    qtbot.waitUntil(
        lambda: panel.notice.height() >= panel.notice.heightForWidth(panel.notice.width())
    )
    # The review panel's long comments title wraps and its four buttons take two rows:
    # it held the right pane at 422 px and left the article 192 of 800.
    qtbot.waitUntil(lambda: window.splitter.sizes()[2] >= panel.minimumSizeHint().width())
    documents, article, right = window.splitter.sizes()
    assert article >= 0.38 * (documents + article + right)
    view = window.article
    assert view.viewport().width() >= view.fontMetrics().horizontalAdvance("n" * 24)
    window.review_action.trigger()  # back to tagging: the tag panel has its room
    qtbot.waitUntil(lambda: window.tags.isVisible())
    assert window.tags.width() >= window.tags.minimumSizeHint().width()


def test_at_1280px_the_document_list_shows_titles_status_and_span_counts(
    qtbot, window: MainWindow
) -> None:
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    _titles_readable(window)
    view = window.documents_pane.view
    assert not any(view.isColumnHidden(column) for column in range(3))
    assert view.columnWidth(0) >= 14 * view.fontMetrics().averageCharWidth()


def test_at_1280px_the_review_clusters_show_their_text(qtbot, window: MainWindow) -> None:
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    window.review_action.trigger()
    table = window.review_panel.table
    qtbot.waitUntil(table.isVisible)
    # About ten characters of each cluster's text (it had about six, "Brez…").
    assert table.columnWidth(1) >= 10 * table.fontMetrics().averageCharWidth()
    assert table.horizontalScrollBar().maximum() == 0
