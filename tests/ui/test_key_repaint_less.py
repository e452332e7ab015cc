"""A key press repaints what changed on screen and nothing else (issue 16): the span table's
scroll bar only when its handle moves. What is on screen stays what a full repaint shows."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.ui.main_window import MainWindow
from annotator.ui.span_table_view import SpanScrollBar
from tests.ui.conftest import open_window

pytestmark = pytest.mark.gui

WORDS = ("harbour", "convoy", "ministry", "villagers", "shelling", "ceasefire", "monitors")


class Paints(QObject):
    """Counts the paint events `widget` receives, and keeps the rectangle each one paints."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.count = 0
        self.rects: list[QRect] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
            self.rects.append(event.region().boundingRect())  # type: ignore[attr-defined]
        return False


def _image(widget: QWidget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


@pytest.fixture
def long_window(qtbot, corpus):  # type: ignore[no-untyped-def]
    """A window on a long report whose every fifth word is tagged (about 2,000 rows: a row
    more or less moves the table's scroll handle by less than a pixel)."""
    paragraphs = [
        " ".join(WORDS[(n + k) % len(WORDS)] for k in range(60)) + "." for n in range(170)
    ]
    text = "\n\n".join(paragraphs) + "\n"
    document = Document.from_text(text, "A long report")
    labels = ("ACTOR", "CASUALTY", "QUOTE")
    spans = [
        Span(new_id(), document.id, m.start(), m.end(), labels[n % 3], "ana")
        for n, m in enumerate(re.finditer(r"\w+", text))
        if n % 5 == 0
    ]
    corpus.import_documents([AnnotatedDocument(document, spans)], "ana")
    window = open_window(qtbot, corpus)
    window.open_document(document.id)
    window.resize(1300, 800)
    QApplication.processEvents()
    window.tags.table.take_cell_delegate()  # as a loop turn after the first paint does
    QApplication.processEvents()
    return window


def _tag_word(qtbot, window: MainWindow, nth: int, key: str = "3") -> Span:  # type: ignore[no-untyped-def]
    """Tag the `nth` untagged word of the article with `key`; returns the new span."""
    text = window.session.document.text
    tagged = {(s.start, s.end) for s in window.session.spans()}
    words = [m for m in re.finditer(r"\w+", text) if (m.start(), m.end()) not in tagged]
    word = words[nth]
    window.annotation.select_span(None)
    window.article.select_text(word.start(), word.end())
    QApplication.processEvents()
    qtbot.keyClick(window.article, key)
    span = window.annotation.selected_span()
    assert span is not None
    assert (span.start, span.end) == (word.start(), word.end())
    return span


def test_a_tag_or_delete_that_leaves_the_scroll_handle_in_place_does_not_repaint_the_bar(
    qtbot, long_window: MainWindow
) -> None:
    window = long_window
    table, model = window.tags.table, window.tags.model
    bar = table.verticalScrollBar()
    assert isinstance(bar, SpanScrollBar)
    _tag_word(qtbot, window, 3)
    QApplication.processEvents()
    rows = model.rowCount()
    paints = Paints(bar)
    span = _tag_word(qtbot, window, 5)
    QApplication.processEvents()
    assert model.rowCount() == rows + 1
    assert paints.count == 0  # a range of thousands grew by one: the same pixels
    # The table shows the new span's row selected; the bar looks as a full repaint paints it.
    row = model.row_of(span.id)
    assert table.currentIndex().row() == row
    assert table.selectionModel().isRowSelected(row)
    assert table.visualRect(model.index(row, 1)).intersects(table.viewport().rect())
    shown = _image(bar)
    bar.repaint()
    assert _image(bar) == shown
    paints.count = 0  # grabbing and repainting paint too
    qtbot.keyClick(window.article, Qt.Key.Key_Delete)
    QApplication.processEvents()
    assert model.rowCount() == rows
    assert paints.count == 0
    # A change that moves the handle repaints it.
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    assert paints.count == 1
    window.annotation.undo_stack.undo()  # the deleted span is back
    QApplication.processEvents()
    assert model.row_of(span.id) is not None


def test_the_tag_panel_paints_the_pixels_the_window_paints_under_it(
    qtbot, window: MainWindow
) -> None:
    """The tag panel fills itself with the window's background: opaque, so a key press's
    repaint of a label button paints nothing of the window under it; the window looks
    exactly as without. The attribute editor's pages are not opaque: the editor's title
    changes with the selection and repaints the whole box, pages included."""
    tags = window.tags
    assert tags.autoFillBackground()
    assert not tags.editor.pages.autoFillBackground()
    text = window.session.document.text
    start = text.index("Marović")
    window.article.select_text(start, start + len("Marović"))
    qtbot.keyClick(window.article, "3")  # a label button's count and the ACTOR page change
    QApplication.processEvents()
    for state in ("an ACTOR selected", "nothing selected"):
        ours = _image(window)
        tags.setAutoFillBackground(False)
        window.repaint()
        theirs = _image(window)
        tags.setAutoFillBackground(True)
        assert ours == theirs, state
        window.annotation.select_span(None)
        QApplication.processEvents()


def test_a_tag_paints_the_attribute_page_once(qtbot, window: MainWindow) -> None:
    """The key that tags selects the new span: the editor's title and page change, and
    the page is painted once in the frame that shows them."""
    page_paints = Paints(window.tags.editor.pages)
    text = window.session.document.text
    for words in ("Marović", "Brezna"):  # the second finds the ACTOR page built
        window.annotation.select_span(None)
        start = text.index(words)
        window.article.select_text(start, start + len(words))
        QApplication.processEvents()
        page_paints.count = 0
        qtbot.keyClick(window.article, "3")
        QApplication.processEvents()
        assert window.tags.editor.title() == "Attributes of this ACTOR"
        assert page_paints.count == 1, words


def _rows_placed_against_all(spans: list[Span]) -> dict[str, int]:
    """The bar rows as stack_rows gave them before issue 16's change: each span looked
    against every span placed before it."""
    rows: dict[str, int] = {}
    placed: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.end - s.start, s.start, s.provenance, s.id)):
        overlapping = [p for p in placed if p.start < span.end and span.start < p.end]
        row = 1 + max(
            (rows[p.id] for p in overlapping if span.start <= p.start and p.end <= span.end),
            default=-1,
        )
        taken = {rows[p.id] for p in overlapping}
        while row in taken:
            row += 1
        rows[span.id] = row
        placed.append(span)
    return rows


def test_bar_rows_of_dense_blocks_are_those_a_pass_over_every_span_gives() -> None:
    """Blocks of 1 to 80 spans, nested, overlapping, of one length or many, empty ones,
    suggestions among them: the rows found by looking only near each span are the rows;
    with a last row, every row beyond it is that row."""
    import random

    from annotator.ui.article_view import stack_rows

    rng = random.Random(11)
    for _ in range(300):
        count = rng.randint(1, 80)
        longest = rng.choice((1, 5, 40, 150))
        spans = []
        for n in range(count):
            start = rng.randrange(0, 400)
            end = start + rng.randint(0, longest)
            provenance = rng.choice(("manual", "suggested"))
            spans.append(Span(f"s{n}", "d", start, end, rng.choice(WORDS), "ana", {}, provenance))
        expected = _rows_placed_against_all(spans)
        assert stack_rows(spans) == expected
        limit = rng.randint(0, 4)
        assert stack_rows(spans, limit) == {k: min(v, limit) for k, v in expected.items()}


def test_the_status_bar_labels_paint_the_pixels_the_bar_paints_under_them(
    qtbot, window: MainWindow
) -> None:
    """The status bar's labels fill themselves with the bar's colour: a new current-object
    line or message repaints the label alone, and the window looks exactly as without."""
    from annotator.ui.annotation import BarLabel

    labels = [window.annotation.current_label, window.annotator_label, window.saved_label]
    assert all(isinstance(label, BarLabel) and label.autoFillBackground() for label in labels)
    text = window.session.document.text
    start = text.index("Marović")
    window.article.select_text(start, start + len("Marović"))
    qtbot.keyClick(window.article, "3")  # the current-object line names the new ACTOR
    QApplication.processEvents()
    assert window.annotation.current_label.text().startswith("ACTOR")
    window.statusBar().clearMessage()
    QApplication.processEvents()
    bar = window.statusBar()
    for state in ("the current object named", "a message shown"):
        ours = _image(bar)
        for label in labels:
            label.setAutoFillBackground(False)
        bar.repaint()
        theirs = _image(bar)
        for label in labels:
            label.setAutoFillBackground(True)
        assert ours == theirs, state
        if not window.statusBar().currentMessage():
            qtbot.keyClick(window.article, Qt.Key.Key_Delete)  # says what was deleted
            QApplication.processEvents()
            assert window.statusBar().currentMessage().startswith("Deleted ACTOR")


def test_the_article_paints_the_pixels_qt_paints_under_it(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The article's viewport fills its own background and is opaque while it stands
    clear of the frame's rounded corners (a scroll bar or a margin beside it), so a key
    press's lines paint nothing of the frame, the splitter or the window under them; the
    window looks exactly as with Qt's own background (the style sheet's). Touching a
    corner (no scroll bar, no margin), Qt paints it as before. Wide and narrow, short
    and tall, scrolled, a span selected and a text selection shown."""
    from annotator.ui.article_view import ArticleView

    article = window.article
    viewport = article.viewport()
    text = window.session.document.text
    start = text.index("Marović")
    article.select_text(start, start + len("Marović"))
    qtbot.keyClick(article, "3")
    article.select_text(0, 12)
    opaque_seen = set()
    for width, height in ((1300, 700), (1300, 260), (700, 700), (700, 260), (1900, 700)):
        window.resize(width, height)
        QApplication.processEvents()
        bar = article.verticalScrollBar()
        place = viewport.geometry()
        clear = place.left() >= 8 and article.width() - 1 - place.right() >= 8
        opaque = viewport.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        assert opaque == clear, (width, height)
        opaque_seen.add(opaque)
        for scrolled in {0, bar.maximum()}:
            bar.setValue(scrolled)
            QApplication.processEvents()
            ours = _image(window)
            with monkeypatch.context() as patched:
                patched.setattr(ArticleView, "_paint_background", lambda _view, _dirty: None)
                viewport.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
                window.repaint()
                theirs = _image(window)
            viewport.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, opaque)
            assert ours == theirs, (width, height, scrolled)
    assert opaque_seen == {True, False}  # both ways were compared


def test_a_key_press_paints_nothing_behind_the_article(qtbot, window: MainWindow) -> None:
    """With a scroll bar beside the article's column, the lines a tag repaints are
    painted by the article's viewport alone: the frame around it gets no paint event."""
    article = window.article
    window.resize(1300, 260)  # the article scrolls: its scroll bar stands beside the text
    QApplication.processEvents()
    assert article.verticalScrollBar().isVisible()
    assert article.viewport().testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
    frame_paints = Paints(article)
    text = window.session.document.text
    start = text.index("Marović")
    article.select_text(start, start + len("Marović"))
    QApplication.processEvents()
    frame_paints.count = 0
    qtbot.keyClick(article, "3")
    QApplication.processEvents()
    assert window.annotation.selected_span() is not None
    assert frame_paints.count == 0


class _Clock:
    """Stands for `datetime` in the window: each save happens in a new second."""

    seconds = 0

    @classmethod
    def now(cls) -> datetime:
        cls.seconds += 1
        return datetime(2026, 12, 2, 10, 42) + timedelta(seconds=cls.seconds)


def test_a_new_current_object_line_repaints_the_line_alone(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The line naming the current object sits in a slot that ignores the layout request
    a new text makes: a tag and a relabel repaint the line, not the whole status bar (and
    the window under it), even as each save's "Saved 10:42:07" names a new second; the
    bar looks exactly as with the line placed in it directly."""
    from annotator.ui import main_window
    from annotator.ui.annotation import BarSlot

    monkeypatch.setattr(main_window, "datetime", _Clock)
    bar = window.statusBar()
    line = window.annotation.current_label
    holder = line.parentWidget()
    assert isinstance(holder, BarSlot)
    assert holder.parentWidget() is bar
    assert isinstance(window.saved_label.parentWidget(), BarSlot)
    bar_paints = Paints(bar)
    saved_paints = Paints(window.saved_label)
    text = window.session.document.text
    start = text.index("Marović")
    # A first tag shows "Saved ..." beside the line (the bar is laid out again for it,
    # as the text is longer than "All changes saved").
    window.article.select_text(start, start + len("Marović"))
    qtbot.keyClick(window.article, "1")
    qtbot.keyClick(window.article, Qt.Key.Key_Delete)
    QApplication.processEvents()
    bar.clearMessage()
    window.article.select_text(start, start + len("Marović"))
    QApplication.processEvents()
    bar_paints.rects.clear()
    saved_paints.count = 0
    before = window.saved_label.text()
    qtbot.keyClick(window.article, "1")  # a QUOTE: no message about a known type
    QApplication.processEvents()
    assert line.text().startswith("QUOTE")
    qtbot.keyClick(window.article, "3")  # relabelled
    QApplication.processEvents()
    assert line.text().startswith("ACTOR")
    assert bar.currentMessage() == ""
    # Both saves named a new second: the saved label repainted itself, the bar nothing.
    assert window.saved_label.text() not in (before, "All changes saved")
    assert saved_paints.count > 0
    assert bar_paints.rects == []
    ours, place = _image(bar), line.geometry().translated(holder.pos())
    # The line straight in the bar, as before the holder: the same place, the same pixels.
    bar.removeWidget(holder)
    bar.addWidget(line, 1)
    line.show()
    QApplication.processEvents()
    bar.repaint()
    assert line.geometry() == place
    assert _image(bar) == ours


def test_a_longer_status_text_still_gets_its_room_in_the_bar(qtbot, window: MainWindow) -> None:
    """A slot passes a label's request on when its size hints change: a longer text
    ("Not saved: N in memory"), set while the window shows or while it is hidden, is laid
    out in full, and the bar is laid out again for it (the labels beside it move)."""
    bar = window.statusBar()
    saved, position = window.saved_label, window.position_label
    for text in ("Not saved: 12 in memory, retrying every 5 seconds", "Saved 10:42:07"):
        saved.setText(text)
        # The slot's request reaches the bar in the next turn of the event loop.
        qtbot.waitUntil(lambda: saved.width() == saved.sizeHint().width(), timeout=2000)
        assert saved.parentWidget().geometry().right() <= bar.width()
        wide = saved.width()
    assert wide < 200  # the bar gave back the room once the text was short again
    window.hide()
    position.setText("Document 12,345 / 67,890 (filtered by annotator and label)")
    window.show()
    qtbot.waitUntil(lambda: position.width() == position.sizeHint().width(), timeout=2000)
