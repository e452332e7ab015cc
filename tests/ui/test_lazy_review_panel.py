"""The review panel is built when review mode first opens, not for the first frame (issue 16).

Building it later must change nothing the analyst sees: the first frame is laid
out and painted exactly as with the panel built up front (a hidden page of the
right pane takes no room), and review mode works from its first key press.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from annotator.core.model import Span, new_id
from annotator.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _layout(window: MainWindow) -> dict[object, object]:
    """Where every visible widget of the window sits, and the sizes the window asks for."""
    QApplication.sendPostedEvents()  # pending layout requests first
    QApplication.processEvents()
    placed: dict[object, object] = {
        "minimum": window.minimumSizeHint(),
        "hint": window.sizeHint(),
        "splitter": window.splitter.sizes(),
    }
    for widget in window.findChildren(QWidget):
        if widget.isVisible():
            placed[widget] = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    return placed


@pytest.mark.parametrize("width", [800, 1400])
def test_the_first_frame_is_laid_out_and_painted_as_with_the_panel_built(
    qtbot, window: MainWindow, width: int
) -> None:
    window.resize(width, 700)
    qtbot.waitUntil(lambda: window.width() == width)
    window.article.setFocus()
    assert window.right.count() == 1  # the review page does not exist yet
    before = _layout(window)
    pixels = window.grab().toImage()

    panel = window.review_panel  # built now, as review mode would build it, but hidden
    assert window.right.count() == 2
    assert not panel.isVisible()
    assert window.right.currentWidget() is window.tags

    after = _layout(window)
    assert after == before  # the same widgets shown (none of the panel's), in the same places
    assert window.grab().toImage() == pixels


def test_review_mode_builds_its_panel_at_the_first_press_and_decides(
    qtbot, corpus, window: MainWindow
) -> None:
    document = corpus.document(corpus.document_ids()[0])
    start = document.text.index("Free Valdor Front")
    for annotator, label in (("ana", "ACTOR"), ("ben", "CASUALTY")):
        corpus.add_span(Span(new_id(), document.id, start, start + 17, label, annotator))
    assert window.right.count() == 1

    qtbot.keyClick(window.article, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)

    panel = window.review_panel
    qtbot.waitUntil(panel.isVisible)
    assert window.review.panel is panel  # the controller drives the page the window shows
    assert panel.model.rowCount() == 1
    qtbot.keyClick(window.article, Qt.Key.Key_N)  # to the label conflict
    assert [b.text() for b in panel.version_buttons] == ["Accept 1", "Accept 2"]
    # The panel's own buttons reach the controller: its signals were connected when built.
    qtbot.mouseClick(panel.version_buttons[0], Qt.MouseButton.LeftButton)
    gold = window.repo.db.execute(
        "SELECT label FROM span_view WHERE annotator = 'gold' AND document_id = ?",
        [document.id],
    ).fetchall()
    assert [tuple(row) for row in gold] == [("ACTOR",)]
