"""A key press lays out the right pane's contents, not the window around them (issue 16).

The tag panel holds its contents in a `Slot`: the layout request a new count, a row
inserted or removed, or another page of attributes makes reaches the splitter and the
window only when the pane's size hints change. The session's text-order index keeps a
relabelled span's entry where it is."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from annotator.ui.main_window import MainWindow
from annotator.ui.session import Session
from tests.ui import test_key_repaint_less as key_repaint_less
from tests.ui.test_key_repaint_less import _tag_word

pytestmark = pytest.mark.gui
long_window = key_repaint_less.long_window  # a report of 170 paragraphs, ~2,000 spans


class LayoutRequests(QObject):
    """Counts the layout requests each widget of the application receives (a widget with
    a layout lays it out at each; the splitter places its panes)."""

    def __init__(self) -> None:
        super().__init__()
        self.by_widget: Counter[QObject] = Counter()
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.by_widget[watched] += 1
        return False

    def stop(self) -> None:
        QApplication.instance().removeEventFilter(self)


def _image(widget: QWidget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_tag_relabel_and_delete_lay_out_the_pane_not_the_window(
    qtbot,
    long_window: MainWindow,
) -> None:
    """No press asks the pane's place (the stack of right-hand pages) to lay itself out, as
    each did: from there the request went on to the splitter and the window."""
    window = long_window
    tags = window.tags
    # The first presses show "Saved ..." in the status bar and each label's page of
    # attributes once (the window is laid out for those, as it must be). No CASUALTY key:
    # its chooser opens over the window.
    _tag_word(qtbot, window, 3, "3")
    for key in ("1", Qt.Key.Key_Delete):
        qtbot.keyClick(window.article, key)
    QApplication.processEvents()
    rows = tags.model.rowCount()
    text = window.session.document.text
    for word, key in ((text.index("convoy", 400), "3"), (text.index("harbour", 40_000), "3")):
        window.annotation.select_span(None)
        window.article.select_text(word, word + 6)
        QApplication.processEvents()
        requests = LayoutRequests()
        try:
            qtbot.keyClick(window.article, key)
            QApplication.processEvents()
            span = window.annotation.selected_span()
            assert span is not None
            assert span.start == word
            tagged = requests.by_widget[window.right]
            requests.by_widget.clear()
            qtbot.keyClick(window.article, "1")
            QApplication.processEvents()
            relabelled = requests.by_widget[window.right]
            requests.by_widget.clear()
            qtbot.keyClick(window.article, Qt.Key.Key_Delete)
            QApplication.processEvents()
            deleted = requests.by_widget[window.right]
            inside = sum(n for w, n in requests.by_widget.items() if tags.isAncestorOf(w))
        finally:
            requests.stop()
        assert window.session.span(span.id) is None
        assert tags.model.rowCount() == rows
        assert (tagged, relabelled, deleted) == (0, 0, 0)
        assert inside > 0  # the pane's contents were laid out
    # What is on screen is what the window shows once every layout is worked out anew.
    ours = _image(window)
    for widget in (window, *window.findChildren(QWidget)):
        if widget.layout() is not None:
            widget.layout().invalidate()
        widget.updateGeometry()
    QApplication.processEvents()
    window.repaint()
    assert tags.held.geometry() == tags.rect()
    assert _image(window) == ours


def test_the_window_is_laid_out_again_when_the_pane_needs_other_room(
    qtbot,
    long_window: MainWindow,
) -> None:
    """A button naming a much longer key wants a wider pane: the splitter hears of it."""
    window = long_window
    tags = window.tags
    before = tags.sizeHint()
    requests = LayoutRequests()
    try:
        tags.set_keys(dict.fromkeys(tags.keys, "Ctrl+Alt+Shift+Meta+F12 Ctrl+Alt+Shift+F11"))
        # One layout a loop turn: the contents, the pane, its place, then the splitter.
        qtbot.waitUntil(lambda: requests.by_widget[window.splitter] > 0)
    finally:
        requests.stop()
    assert tags.sizeHint().width() > before.width()
    assert tags.held.geometry() == tags.rect()


def test_a_relabel_keeps_the_spans_place_in_the_text_order_index(
    qtbot,
    long_window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The span's offsets do not change: no entry of the index is removed or inserted (each
    moved every entry after it), and the order, the labels and the counts are what a
    rebuild from the document gives."""
    window = long_window
    session = window.session
    span = _tag_word(qtbot, window, 20, "3")
    QApplication.processEvents()
    order = session.span_keys()
    removed: list[str] = []
    unindex = Session._unindex

    def counted(self: Session, span_id: str) -> None:
        removed.append(span_id)
        unindex(self, span_id)

    monkeypatch.setattr(Session, "_unindex", counted)
    qtbot.keyClick(window.article, "1")
    QApplication.processEvents()
    assert removed == []
    assert session.span(span.id).label == "QUOTE"  # type: ignore[union-attr]
    assert session.span_keys() == order
    labels, counts = session.span_labels(), session.label_counts()
    session._indexed = None  # a rebuild from the document, to compare with
    assert session.span_labels() == labels
    assert session.label_counts() == counts
    assert session.span_keys() == order
