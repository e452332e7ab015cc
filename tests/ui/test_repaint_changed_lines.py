"""A tag, relabel or delete in a long paragraph repaints the lines that look different, not
the whole paragraph (issue 16): the changed span's lines, and those of every span whose
bar moved to another row. What is on screen stays what a full repaint shows."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.core.suggest import Suggestion
from annotator.ui.main_window import MainWindow
from tests.ui.conftest import open_window

pytestmark = pytest.mark.gui

WORDS = ("harbour", "convoy", "ministry", "villagers", "shelling", "ceasefire", "monitors")


class Paints(QObject):
    """The regions `widget` paints."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.rects: list[QRect] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.region().boundingRect())  # type: ignore[attr-defined]
        return False


def _on_screen(window: MainWindow) -> QImage:
    """The article's pixels as the window's backing store holds them (not painted anew)."""
    viewport = window.article.viewport()
    corner = viewport.mapTo(window, viewport.rect().topLeft())
    shot = window.screen().grabWindow(
        window.winId(), corner.x(), corner.y(), viewport.width(), viewport.height()
    )
    return shot.toImage().convertToFormat(QImage.Format.Format_RGB32)


def _differing(ours: QImage, expected: QImage, left: int) -> list[tuple[int, int]]:
    """The pixels that differ from column `left` on."""
    width, height = ours.width() - left, ours.height()
    if ours.copy(left, 0, width, height) == expected.copy(left, 0, width, height):
        return []
    return [
        (x, y)
        for y in range(height)
        for x in range(left, ours.width())
        if ours.pixel(x, y) != expected.pixel(x, y)
    ]


def _repainted(window: MainWindow) -> QImage:
    window.article.viewport().repaint()
    return _on_screen(window)


@pytest.fixture
def paragraph_window(qtbot, corpus):  # type: ignore[no-untyped-def]
    """A window on paragraphs of many lines, every fourth word tagged, a quote running over
    three lines of the first paragraph and suggestions over other words."""
    paragraphs = [" ".join(WORDS[(n + k) % len(WORDS)] for k in range(90)) + "." for n in range(6)]
    text = "\n\n".join(paragraphs) + "\n"
    document = Document.from_text(text, "Long paragraphs")
    labels = ("ACTOR", "CASUALTY", "QUOTE")
    words = list(re.finditer(r"\w+", text))
    spans = [
        Span(new_id(), document.id, m.start(), m.end(), labels[n % 3], "ana")
        for n, m in enumerate(words)
        if n % 4 == 0
    ]
    spans.append(Span(new_id(), document.id, words[20].start(), words[45].end(), "QUOTE", "ana"))
    corpus.import_documents([AnnotatedDocument(document, spans)], "ana")
    window = open_window(qtbot, corpus)
    window.resize(1000, 800)
    window.open_document(document.id)
    QApplication.processEvents()
    window.session.set_suggestions(
        document.id,
        [
            Suggestion(m.start(), m.end(), "ACTOR", {"type": "person"}, "test")
            for n, m in enumerate(words[:200])
            if n % 4 == 2
        ],
    )
    qtbot.wait(50)
    return window, words


def test_a_key_repaints_the_lines_that_changed_and_the_screen_shows_what_a_full_paint_does(
    qtbot, paragraph_window
) -> None:  # type: ignore[no-untyped-def]
    window, words = paragraph_window
    article = window.article
    block = article.document().findBlockByNumber(0)
    height = article.blockBoundingRect(block).height()
    lines = block.layout().lineCount()
    margin = article.document().documentMargin()
    assert lines >= 6
    assert _on_screen(window) == _repainted(window)  # the screen as a full paint shows it
    paints = Paints(article.viewport())
    # A word inside the quote (its bar moves a row down, on each of its lines), one
    # after it, and one under a suggestion (the tag confirms it).
    for word in (words[30], words[70], words[6]):
        article.select_text(word.start(), word.end())
        window.annotation.select_span(None)
        QApplication.processEvents()
        for key in (Qt.Key.Key_3, Qt.Key.Key_1, Qt.Key.Key_Delete):
            paints.rects.clear()
            qtbot.keyClick(article, key)
            QApplication.processEvents()
            assert paints.rects, key
            assert all(rect.height() < height * 0.8 for rect in paints.rects), key
            ours = _on_screen(window)
            expected = _repainted(window)
            # Left of the text column, a glyph's overhang (a pixel of a serif) is drawn or
            # not as the block holds a selection or none when Qt paints it (Qt clips the
            # text to the lines' rectangle then): a line painted before and one painted now
            # can differ there, with or without this change.
            assert _differing(ours, expected, int(margin)) == [], key
            assert len(_differing(ours, expected, 0)) < 20, key


def test_a_key_draws_the_bars_of_the_lines_it_repaints_only(
    qtbot, paragraph_window, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The bars of a long paragraph's other lines are not drawn when a key repaints a line
    or two of it (the painter's clip kept their pixels anyway; issue 16). The pixels are
    checked against a full paint by the test above."""
    from PySide6.QtGui import QPainter

    window, words = paragraph_window
    article = window.article
    drawn: list[int] = []
    draw_rect, draw_line = QPainter.drawRect, QPainter.drawLine

    def counted_rect(painter: QPainter, *args: object) -> None:
        drawn.append(1)
        draw_rect(painter, *args)  # type: ignore[arg-type]

    def counted_line(painter: QPainter, *args: object) -> None:
        drawn.append(1)
        draw_line(painter, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(QPainter, "drawRect", counted_rect)
    monkeypatch.setattr(QPainter, "drawLine", counted_line)
    block = article.document().findBlockByNumber(0)
    whole = article.blockBoundingGeometry(block).translated(article.contentOffset()).toRect()
    article.viewport().repaint(whole)
    drawn.clear()
    article.viewport().repaint(whole)
    paragraph = len(drawn)  # every bar of the first paragraph, and the overlays
    word = words[70]
    article.select_text(word.start(), word.end())
    window.annotation.select_span(None)
    QApplication.processEvents()
    drawn.clear()
    qtbot.keyClick(article, Qt.Key.Key_3)
    QApplication.processEvents()
    assert window.annotation.selected_span() is not None
    assert 0 < len(drawn) < paragraph / 2
