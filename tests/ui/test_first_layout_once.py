"""A text put into an article view that is not shown yet (the window being built, issue 16)
is not laid out until the view is shown at its own width: Qt's question about the cursor's
rectangle as the text goes in would lay out the last paragraph at a width about to change.
Once shown, the view answers and paints as it always did."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from annotator.core.model import Span, new_id
from annotator.core.schema import default_schema
from annotator.ui.article_view import ArticleView

pytestmark = pytest.mark.gui

LONG = "Title line\n\n" + "Officials in Brezna said 40 trucks reached the market. " * 70


def _lines_of_last_block(view: ArticleView) -> int:
    layout = view.document().lastBlock().layout()
    return layout.lineCount() if layout is not None else 0


def test_text_set_before_show_is_not_laid_out_at_a_stale_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    # Fails on the old code: the long last paragraph was laid out (60-odd lines) for it.
    view = ArticleView(default_schema())
    qtbot.addWidget(view)
    view.resize(400, 500)
    asked = []
    # Qt asks where the cursor stands as the text goes in (in the window, through a
    # QTextCursor.select on the cursor's block): asked here the same way.
    view.document().contentsChange.connect(
        lambda *_: asked.append(view.blockBoundingRect(view.document().lastBlock()))
    )
    view.show_document(LONG, [Span(new_id(), "d", 0, 5, "ACTOR", "ana")])
    # Answered without laying the paragraph out (Qt clears what it lays out then anyway:
    # the insertion's own change notice comes after): nothing measured, nothing kept.
    assert asked
    assert all(rect.isEmpty() for rect in asked)
    assert _lines_of_last_block(view) == 0
    assert not view.reading_layout.unshown_text


def test_text_set_before_show_lays_out_and_paints_when_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = ArticleView(default_schema())
    qtbot.addWidget(view)
    view.show_document(LONG, [Span(new_id(), "d", 0, 5, "ACTOR", "ana")])
    view.resize(620, 700)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    view.viewport().repaint()
    assert _lines_of_last_block(view) > 1
    block = view.document().lastBlock()
    width = block.layout().boundingRect().width()
    assert 0 < width <= view.viewport().width()
    # The same rectangle as a view given the text once shown.
    shown = ArticleView(default_schema())
    qtbot.addWidget(shown)
    shown.resize(620, 700)
    shown.show()
    qtbot.waitExposed(shown)
    shown.show_document(LONG, [Span(new_id(), "d", 0, 5, "ACTOR", "ana")])
    QApplication.processEvents()
    shown.viewport().repaint()
    assert view.blockBoundingRect(block) == shown.blockBoundingRect(shown.document().lastBlock())
    assert view.point_of(len(LONG) - 1) == shown.point_of(len(LONG) - 1)


def test_text_set_while_shown_is_answered_as_before(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = ArticleView(default_schema())
    qtbot.addWidget(view)
    view.resize(620, 700)
    view.show()
    qtbot.waitExposed(view)
    view.show_document(LONG, [])
    assert view.blockBoundingRect(view.document().lastBlock()).height() > 0
