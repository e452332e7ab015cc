"""The hotkey path made cheap (issue 16) shows and stores exactly what it did before."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QImage, QRegion
from PySide6.QtWidgets import QStyledItemDelegate, QToolBar

from annotator.core.model import Span, new_id
from annotator.ui.main_window import MainWindow
from annotator.ui.span_delegate import SpanCellDelegate
from annotator.ui.span_table_view import SpanTableView

pytestmark = pytest.mark.gui


def _grab(qtbot, window: MainWindow) -> QImage:  # type: ignore[no-untyped-def]
    viewport = window.tags.table.viewport()
    return viewport.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _differing_pixels(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(a.pixel(x, y) != b.pixel(x, y) for y in range(a.height()) for x in range(a.width()))


def test_span_table_cells_look_exactly_as_qts_own_delegate_paints_them(
    qtbot, window: MainWindow
) -> None:
    """Every state a row can be in (plain, alternate, label tint, selected with the table
    focused or not, a suggestion in italics, a long text elided) paints the same pixels
    as Qt's standard delegate."""
    document = window.session.document
    text = document.text
    for word, label in (("Marović", "ACTOR"), ("14 civilians", "CASUALTY"), ("Brezna", "ACTOR")):
        start = text.index(word)
        window.session.add_span(Span(new_id(), document.id, start, start + len(word), label, "ana"))
    quote = text.index("We will")
    window.session.add_span(Span(new_id(), document.id, 0, quote + 20, "QUOTE", "ana"))
    start = text.index("Free Valdor Front")
    suggestion = Span(
        "suggestion:1", document.id, start, start + 17, "ACTOR", "suggester", {}, "suggested"
    )
    window.tags.model.set_suggestions([suggestion])
    table = window.tags.table
    ours = table.itemDelegate()
    assert isinstance(ours, SpanCellDelegate)
    standard = QStyledItemDelegate(table)
    model = window.tags.model
    assert model.rowCount() == 5

    def compare(state: str) -> None:
        table.setItemDelegate(standard)
        expected = _grab(qtbot, window)
        table.setItemDelegate(ours)
        painted = _grab(qtbot, window)
        assert _differing_pixels(expected, painted) == 0, state

    compare("nothing selected")
    window.tags.select_row(model.spans[1].id)
    compare("a row selected, the article focused")
    window.tags.select_row("suggestion:1")
    compare("the suggestion selected")
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    compare("a row selected in the focused table")
    # Right-to-left text in a cell (the second article names a town in Arabic).
    window.open_document(window.repo.document_ids()[1])
    arabic = window.session.document
    start = arabic.text.index("تل قصرة")
    window.session.add_span(Span(new_id(), arabic.id, start, start + 7, "ACTOR", "ana"))
    start = arabic.text.index("A convoy")
    window.session.add_span(Span(new_id(), arabic.id, start, len(arabic.text) - 1, "QUOTE", "ana"))
    assert model.rowCount() == 2
    compare("right-to-left text")


def test_the_span_tables_own_paint_of_a_scrolled_screen_of_rows_equals_qts(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The table paints its rows in one call (no delegate call per cell from Qt): a table
    scrolled to rows in the middle, with label tints, a selected row, suggestions in
    italics and empty cells, paints the same pixels as QTableView's own paint, whole
    and in part, and the one-call paint is the one that ran."""
    document = window.session.document
    text = document.text
    words = list(re.finditer(r"[A-Za-z]{3,}", text))
    assert len(words) >= 20
    labels = ("ACTOR", "CASUALTY", "QUOTE")
    for n in range(60):  # every word under one label, then under the next
        match, label = words[n % len(words)], labels[n // len(words) % 3]
        span = Span(new_id(), document.id, match.start(), match.end(), label, "ana")
        window.session.add_span(span)
    window.tags.model.set_suggestions(
        [
            Span(f"suggestion:{n}", document.id, m.start(), m.end(), "ACTOR", "suggester",
                 {}, "suggested")
            for n, m in enumerate(words[:30])
        ]
    )  # fmt: skip
    table = window.tags.table
    model = window.tags.model
    assert model.rowCount() > 80  # (a suggestion over an ACTOR of its extent is not listed)
    window.tags.select_row(model.spans[55].id)
    table.verticalScrollBar().setValue(40)
    qtbot.wait(10)
    delegate = table.itemDelegate()
    assert isinstance(delegate, SpanCellDelegate)
    own = 0
    paint_cells = SpanCellDelegate.paint_cells

    def counted(self, painter, cells):  # type: ignore[no-untyped-def]
        nonlocal own
        painted = paint_cells(self, painter, cells)
        own += painted
        return painted

    monkeypatch.setattr(SpanCellDelegate, "paint_cells", counted)
    viewport = table.viewport()
    part = QRect(30, 37, 200, 101)
    # Two bands, as a row removed in the middle of the screen leaves to repaint.
    bands = QRegion(QRect(0, 50, viewport.width(), 30)) + QRegion(QRect(0, 200, 300, 60))

    def render_bands() -> QImage:
        image = QImage(viewport.size(), QImage.Format.Format_RGB32)
        image.fill(0)
        viewport.render(image, QPoint(), bands)
        return image

    shots = (lambda: _grab(qtbot, window), lambda: viewport.grab(part).toImage(), render_bands)
    for shot in shots:
        ours = shot().convertToFormat(QImage.Format.Format_RGB32)
        assert own > 0
        own = 0
        with monkeypatch.context() as qt_only:
            qt_only.setattr(SpanTableView, "_paint_rows", lambda *_args: False)
            expected = shot().convertToFormat(QImage.Format.Format_RGB32)
        assert own == 0
        assert _differing_pixels(expected, ours) == 0
    # Another grid colour: the style's answers, remembered per look, are asked again.
    table.setStyleSheet("QTableView { gridline-color: #d03030; }")
    _grab(qtbot, window)  # Qt's paint measures the new look's text places first
    own = 0
    ours = _grab(qtbot, window)
    assert own > 0
    with monkeypatch.context() as qt_only:
        qt_only.setattr(SpanTableView, "_paint_rows", lambda *_args: False)
        expected = _grab(qtbot, window)
    assert _differing_pixels(expected, ours) == 0


def _block_heights(view) -> list[float]:  # type: ignore[no-untyped-def]
    layout = view.reading_layout
    document = view.document()
    return [
        layout.blockBoundingRect(document.findBlockByNumber(n)).height()
        for n in range(document.blockCount())
    ]


def test_a_format_change_that_changes_a_blocks_height_repaints_the_view(qtbot) -> None:
    """When re-highlighting one block changes its height (the lines below move), the layout
    asks for the whole view to be repainted, and the view's heights follow; the request
    is Qt's update(QRectF) signal (sent wrongly, PySide raised inside Qt's call)."""
    from PySide6.QtWidgets import QApplication

    from annotator.core.schema import default_schema
    from annotator.ui.article_view import ArticleView

    text = "Officials in Brezna said the convoy reached the market on Monday.\n\n" * 8
    view = ArticleView(default_schema())
    qtbot.addWidget(view)
    view.resize(600, 700)
    view.show()
    qtbot.waitExposed(view)
    view.show_document(text, [Span(new_id(), "d", 0, 9, "ACTOR", "ana")])
    QApplication.processEvents()
    layout = view.reading_layout
    block = view.document().firstBlock()
    before = layout.blockBoundingRect(block).height()
    whole: list[int] = []
    view.updateRequest.connect(lambda rect, _dy: whole.append(rect.height()))
    layout.line_room += 6  # the block measures taller at its next layout
    layout.documentChanged(block.position(), block.length(), block.length())
    QApplication.processEvents()
    assert layout.blockBoundingRect(block).height() > before
    assert whole
    assert max(whole) >= view.viewport().height()


def test_the_remembered_blocks_on_screen_follow_a_scroll_a_resize_a_zoom_and_tags(qtbot) -> None:
    """The blocks on screen, remembered between the overlays, the highlighting and the
    paint of one key press, are those (and at the tops) a fresh walk finds after the view
    scrolls, resizes, zooms, and a tag or delete is painted."""
    from PySide6.QtWidgets import QApplication

    from annotator.core.schema import default_schema
    from annotator.ui.article_view import ArticleView

    text = "".join(
        f"Paragraph {n}: officials in Brezna said {n} trucks reached the market. " * (1 + n % 4)
        + "\n\n"
        for n in range(120)
    )
    view = ArticleView(default_schema())
    qtbot.addWidget(view)
    view.resize(620, 700)
    view.show()
    qtbot.waitExposed(view)
    view.show_document(text, [Span(new_id(), "d", 0, 9, "ACTOR", "ana")])

    def check(step: str) -> None:
        QApplication.processEvents()
        view.viewport().repaint()
        remembered = [(b.blockNumber(), top) for b, top in view._visible_blocks()]
        walked = [(b.blockNumber(), top) for b, top in view._walk_visible_blocks()]
        assert remembered == walked, step
        assert remembered, step

    check("opened")
    view.verticalScrollBar().setValue(37)
    check("scrolled")
    view.verticalScrollBar().setValue(36)
    check("scrolled a line")
    view.resize(480, 640)
    check("narrower and shorter")
    view.zoomIn(2)
    check("zoomed")
    first = view.firstVisibleBlock().position()
    span = Span(new_id(), "d", first + 3, first + 40, "QUOTE", "ana")
    view.add_span(span)
    check("tagged")
    view.remove_span(span.id, span.start, span.end)
    check("deleted")


def test_a_tag_that_keeps_its_lines_height_does_not_walk_the_blocks_on_screen_again(
    qtbot,
) -> None:
    """A span's formats change its block's layout, not its height: the blocks on screen
    stay remembered through the tag's highlighting and overlays (no walk from the first
    block on screen before the paint), and stand where a fresh walk finds them after the
    paint; a change of height (a zoom) walks them again."""
    from PySide6.QtWidgets import QApplication

    from annotator.core.schema import default_schema
    from annotator.ui.article_view import ArticleView

    text = "".join(
        f"Paragraph {n}: officials in Brezna said {n} trucks reached the market. " * 3 + "\n\n"
        for n in range(60)
    )
    view = ArticleView(default_schema())
    qtbot.addWidget(view)
    view.resize(620, 700)
    view.show()
    qtbot.waitExposed(view)
    view.show_document(text, [Span(new_id(), "d", 0, 9, "ACTOR", "ana")])
    QApplication.processEvents()
    view.viewport().repaint()
    walks: list[int] = []
    walk = view._walk_visible_blocks

    def counted_walk():  # type: ignore[no-untyped-def]
        walks.append(1)
        return walk()

    view._walk_visible_blocks = counted_walk  # type: ignore[method-assign]
    view._visible_blocks()  # remembered
    walks.clear()
    first = view.firstVisibleBlock().next().next().position()
    span = Span(new_id(), "d", first + 3, first + 40, "QUOTE", "ana")
    with view.overlays_once():
        view.add_span(span)
        view.select_span(span.id)
    assert walks == []  # the block formatted, its overlays' lines found: nothing moved
    QApplication.processEvents()
    view.viewport().repaint()
    remembered = [(b.blockNumber(), top) for b, top in view._visible_blocks()]
    assert remembered == [(b.blockNumber(), top) for b, top in walk()]
    view.zoomIn(2)
    QApplication.processEvents()
    view.viewport().repaint()
    assert walks


def test_remembered_block_heights_match_a_fresh_measure_after_zoom_resize_and_tags(
    qtbot, window: MainWindow
) -> None:
    """The article's block heights, remembered between Qt's many questions per key press,
    are what measuring from scratch gives after zooming, resizing and tagging."""
    view = window.article

    def check() -> None:
        qtbot.wait(1)
        remembered = _block_heights(view)
        view.reading_layout.measured.clear()
        assert _block_heights(view) == remembered

    check()
    text = window.session.document.text
    start = text.index("Marović")
    view.select_text(start, start + len("Marović"))
    qtbot.keyClick(view, "3")
    check()
    window.zoom(3)
    check()
    window.resize(window.width() - 300, window.height())
    check()
    window.zoom(-3)
    check()
    qtbot.keyClick(view, "1")  # relabel the selected span
    check()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    check()


def test_tagging_a_done_document_keeps_it_done_and_the_progress_as_it_was(
    qtbot, window: MainWindow
) -> None:
    document_id = window.session.document_id
    window.session.set_status(document_id, "done")
    assert window.progress_label.text() == "1 / 3 done"
    text = window.session.document.text
    start = text.index("FVF")
    window.article.select_text(start, start + 3)
    qtbot.keyClick(window.article, "3")
    status, count = window.documents.index(0, 1), window.documents.index(0, 2)
    assert window.documents.data(status) == "done"
    assert window.documents.data(count) == 1
    qtbot.keyClick(window.article, Qt.Key.Key_Delete)
    assert window.documents.data(status) == "done"
    assert window.documents.data(count) == 0
    assert window.repo.status(document_id, "ana") == "done"
    assert window.progress_label.text() == "1 / 3 done"


def test_a_key_press_repaints_only_the_document_list_cells_it_changed(
    qtbot, window: MainWindow
) -> None:
    """The first tag changes the row's status and count; later tags and deletes the count
    only; a relabel nothing: the list repaints those cells, and shows the new values."""
    changed: list[tuple[int, int, int]] = []
    window.documents.dataChanged.connect(
        lambda top, bottom, *_: changed.append((top.row(), top.column(), bottom.column()))
    )
    text = window.session.document.text
    status, count = window.documents.index(0, 1), window.documents.index(0, 2)
    for word, expected in (("FVF", [(0, 0, 2)]), ("Marović", [(0, 2, 2)])):
        changed.clear()
        start = text.index(word)
        window.article.select_text(start, start + len(word))
        qtbot.keyClick(window.article, "3")
        assert changed == expected, word
    assert window.documents.data(status) == "in progress"
    assert window.documents.data(count) == 2
    changed.clear()
    qtbot.keyClick(window.article, "1")  # relabel: the same count
    assert window.annotation.selected_span().label == "QUOTE"
    assert changed == []
    qtbot.keyClick(window.article, Qt.Key.Key_Delete)
    assert changed == [(0, 2, 2)]
    assert window.documents.data(count) == 1


def test_the_first_tag_of_a_to_do_document_shows_it_in_progress(qtbot, window: MainWindow) -> None:
    status = window.documents.index(0, 1)
    assert window.documents.data(status) == "to do"
    text = window.session.document.text
    start = text.index("FVF")
    window.article.select_text(start, start + 3)
    qtbot.keyClick(window.article, "3")
    assert window.documents.data(status) == "in progress"
    assert window.repo.status(window.session.document_id, "ana") == "in_progress"
    assert window.progress_label.text() == "0 / 3 done"


def test_the_toolbar_undo_tooltip_names_what_it_would_undo(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    toolbar = window.findChild(QToolBar, "mainToolbar")
    undo = toolbar.widgetForAction(window.toolbar_undo)
    redo = toolbar.widgetForAction(window.toolbar_redo)
    text = window.session.document.text
    start = text.index("FVF")
    window.article.select_text(start, start + 3)
    qtbot.keyClick(window.article, "3")

    def tooltip(button) -> str:  # type: ignore[no-untyped-def]
        QToolTip.hideText()
        centre = button.rect().center()
        event = QHelpEvent(QEvent.Type.ToolTip, centre, button.mapToGlobal(centre))
        QApplication.sendEvent(button, event)
        return QToolTip.text()

    assert tooltip(undo) == "Undo Tag ACTOR"
    qtbot.keyClick(window.article, "1")
    assert tooltip(undo) == "Undo Relabel as QUOTE"
    window.undo_stack.undo()
    assert tooltip(redo) == "Redo Relabel as QUOTE"
    assert tooltip(undo) == "Undo Tag ACTOR"


class _Paints(QObject):
    def __init__(self, widget) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_the_margin_repaints_for_a_speaker_link_and_a_scroll_not_for_a_plain_tag(
    qtbot, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QApplication

    from annotator.services.operations import SetSpeaker

    view = window.article
    text = window.session.document.text
    QApplication.processEvents()
    paints = _Paints(view.gutter)
    start = text.index("Marović told")
    view.select_text(start, start + len("Marović"))
    qtbot.keyClick(view, "3")
    actor = window.annotation.selected_span()
    QApplication.processEvents()
    assert paints.count == 0  # a tag with no link leaves the margin alone
    quote_start = text.index("We will")
    view.select_text(quote_start, quote_start + len("We will not leave,"))
    qtbot.keyClick(view, "1")
    quote = window.annotation.selected_span()
    window.annotation.push(SetSpeaker(quote.id, actor.id))
    window.annotation.select_span(quote.id)
    QApplication.processEvents()
    assert paints.count > 0
    assert view.gutter.marked  # the link to the speaker is drawn
    paints.count = 0
    window.annotation.select_span(None)
    QApplication.processEvents()
    assert paints.count > 0  # the link is cleared
    assert not view.gutter.marked
    from annotator.core.model import AnnotatedDocument, Document

    paragraphs = "\n\n".join(f"Paragraph {n} of a long report." for n in range(300))
    long = Document.from_text(paragraphs, "Long")
    window.repo.import_documents([AnnotatedDocument(long)], "ana")
    window.open_document(long.id)
    QApplication.processEvents()
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    paints.count = 0
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    assert paints.count > 0  # a scroll moves the margin with the text


def _bars_as_before(view, painter, blocks) -> None:  # type: ignore[no-untyped-def]
    """The bars painted line by line for every span (the way before issue 16's change)."""
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QPen

    from annotator.ui.article_view import BAR_HEIGHT, BAR_STEP, shade, stack_rows

    index = view.highlighter.index
    max_row = max(0, int((view.reading_layout.line_room - BAR_HEIGHT) // BAR_STEP))
    x0 = view.contentOffset().x()
    for block, top in blocks:
        spans = index.by_block.get(block.blockNumber())
        if not spans:
            continue
        rows = stack_rows(spans)
        position = block.position()
        layout = block.layout()
        lines = [layout.lineAt(n) for n in range(layout.lineCount())]
        for span in spans:
            a16 = view.map.to_utf16(span.start) - position
            b16 = view.map.to_utf16(span.end) - position
            color = view.highlighter.colors[span.label]
            suggested = span.provenance == "suggested"
            if suggested:
                pen = QPen(shade(color, 0.15), BAR_HEIGHT, Qt.PenStyle.DashLine)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                painter.setPen(pen)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
            row = min(rows.get(span.id, 0), max_row)
            for line in lines:
                lo = max(a16, line.textStart())
                hi = min(b16, line.textStart() + line.textLength())
                if lo >= hi:
                    continue
                left = x0 + line.cursorToX(lo)[0]
                right = x0 + line.cursorToX(hi)[0]
                y = top + line.y() + line.height() + 1 + row * BAR_STEP
                if suggested:
                    painter.drawLine(QPointF(left, y + 1), QPointF(right, y + 1))
                else:
                    painter.drawRect(QRectF(left, y, right - left, BAR_HEIGHT))
    painter.setBrush(Qt.BrushStyle.NoBrush)


def test_span_bars_over_wrapped_lines_paint_as_a_line_by_line_walk_does(qtbot) -> None:
    """Bars of spans that start, end and run across wrapped lines (and emoji, which count
    two UTF-16 units) land on the same pixels as walking every line for every span."""
    import random

    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QApplication

    from annotator.core.schema import default_schema
    from annotator.ui.article_view import ArticleView

    sentence = "The delegates 😢 met in Geneva on Monday and talked about the convoy. "
    text = "\n\n".join(sentence * (3 + n % 5) for n in range(6)) + "\n"
    rng = random.Random(3)
    spans = []
    for n in range(120):
        start = rng.randrange(0, len(text) - 40)
        end = start + rng.randint(1, 160)
        end = min(end, len(text) - 1)
        provenance = "suggested" if n % 7 == 0 else "manual"
        label = ("QUOTE", "CASUALTY", "ACTOR")[n % 3]
        spans.append(Span(new_id(), "d", start, end, label, "ana", {}, provenance))
    view = ArticleView(default_schema())
    qtbot.addWidget(view)
    view.resize(520, 900)
    view.show()
    qtbot.waitExposed(view)
    view.show_document(text, spans)
    QApplication.processEvents()
    blocks = list(view._visible_blocks())
    assert any(block.layout().lineCount() > 2 for block, _top in blocks)

    def paint(how) -> QImage:  # type: ignore[no-untyped-def]
        image = QImage(view.viewport().size(), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        how(painter)
        painter.end()
        return image

    ours = paint(lambda painter: view._paint_bars(painter, blocks))
    walked = paint(lambda painter: _bars_as_before(view, painter, blocks))
    assert _differing_pixels(ours, walked) == 0
    assert ours != paint(lambda painter: None)  # bars were painted at all


def test_span_bars_remembered_between_paints_follow_a_resize_a_zoom_and_edits(qtbot) -> None:
    """Where each bar runs is remembered per block between paints; after the lines wrap
    anew (a narrower view), the font grows, a span is added, relabelled or removed, the
    bars still land where walking every line for every span puts them."""
    import random
    from dataclasses import replace

    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QApplication

    from annotator.core.schema import default_schema
    from annotator.ui.article_view import ArticleView

    sentence = "Officials 😢 in Brezna said the convoy reached the market on Monday. "
    text = "\n\n".join(sentence * (2 + n % 4) for n in range(5)) + "\n"
    rng = random.Random(8)
    spans = []
    for n in range(90):
        start = rng.randrange(0, len(text) - 40)
        end = min(start + rng.randint(1, 120), len(text) - 1)
        provenance = "suggested" if n % 6 == 0 else "manual"
        label = ("QUOTE", "CASUALTY", "ACTOR")[n % 3]
        spans.append(Span(new_id(), "d", start, end, label, "ana", {}, provenance))
    view = ArticleView(default_schema())
    qtbot.addWidget(view)
    view.resize(560, 900)
    view.show()
    qtbot.waitExposed(view)
    view.show_document(text, spans)
    QApplication.processEvents()

    def paint(how) -> QImage:  # type: ignore[no-untyped-def]
        image = QImage(view.viewport().size(), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        how(painter)
        painter.end()
        return image

    def check(step: str) -> None:
        QApplication.processEvents()
        view.viewport().repaint()  # the paint that remembers (or re-measures) the bars
        blocks = list(view._visible_blocks())
        ours = paint(lambda painter: view._paint_bars(painter, blocks))
        walked = paint(lambda painter: _bars_as_before(view, painter, blocks))
        assert _differing_pixels(ours, walked) == 0, step

    check("first paint")
    assert view._bar_places  # remembered
    view.resize(430, 900)
    check("narrower: the lines wrap anew")
    view.zoomIn(3)
    check("a larger font")
    added = Span(new_id(), "d", 10, 60, "ACTOR", "ana")
    view.add_span(added)
    check("a span added")
    view.change_span(replace(added, label="QUOTE"), added.start, added.end)
    check("relabelled")
    view.remove_span(added.id, added.start, added.end)
    check("removed")


@pytest.fixture
def long_review(qtbot, db_path):  # type: ignore[no-untyped-def]
    """A long article where two annotators disagree on the label of every town name."""
    from annotator.core.model import AnnotatedDocument, Document
    from annotator.store.db import open_db
    from annotator.store.repository import Repository
    from tests.ui.conftest import open_window

    text = "".join(
        f"Paragraph {n}: officials in Brezna said {n} trucks reached the market.\n\n"
        for n in range(150)
    )
    repo = Repository(open_db(db_path))
    document = Document.from_text(text, "Convoys")
    repo.import_documents([AnnotatedDocument(document)], "ana")
    at = 0
    for _ in range(150):
        at = text.index("Brezna", at + 1)
        for annotator, label in (("ana", "ACTOR"), ("ben", "CASUALTY")):
            repo.add_span(Span(new_id(), document.id, at, at + 6, label, annotator))
    window = open_window(qtbot, repo, "lead")
    window.review_action.trigger()
    window.article.setFocus()
    return window


def test_a_review_decision_repaints_the_lines_of_two_clusters_and_keeps_the_text_still(
    qtbot, long_review: MainWindow
) -> None:
    from PySide6.QtWidgets import QApplication

    window = long_review
    view = window.article
    window.review.select_cluster(60)  # mid-article: the text could move either way
    QApplication.processEvents()
    first = window.annotation.selection.current
    bar = view.verticalScrollBar()
    scrolled = bar.value()
    assert scrolled > 0
    window.repaint()  # whatever the scroll left to paint is painted before counting
    QApplication.processEvents()
    painted = _Heights(view.viewport())
    qtbot.keyClick(view, "1")  # accept the first version, go on to the next cluster
    QApplication.processEvents()
    assert window.annotation.selection.current not in (None, first)
    assert bar.value() == scrolled  # the next cluster was on screen: nothing moved
    assert 0 < painted.height < view.viewport().height() / 3


def test_stepping_to_a_cluster_off_screen_brings_it_to_the_middle(
    qtbot, long_review: MainWindow
) -> None:
    from PySide6.QtWidgets import QApplication

    window = long_review
    view = window.article
    far = len(window.review.items) // 2  # far below the first screen, far from the end
    bar = view.verticalScrollBar()
    assert bar.value() == 0
    window.review.select_cluster(far)
    QApplication.processEvents()
    assert bar.value() > 0
    mark = view.clusters[f"cluster:{far}"]
    (line,) = view._fragments(mark.start, mark.end)
    middle = view.viewport().height() / 2
    assert abs(line.center().y() - middle) < view.viewport().height() / 4


class _Heights(QObject):
    """The height of everything a widget is asked to paint."""

    def __init__(self, widget) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.height = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.height += sum(rect.height() for rect in event.region())
        return False


def test_a_new_actor_takes_the_type_of_the_first_suggestion_of_its_name(
    qtbot, window: MainWindow
) -> None:
    """Among the suggestions whose text (whitespace folded) is the tagged name, the first
    in the text with a type the schema allows gives its type, whatever order they are
    kept in; shorter or other names never do."""
    from annotator.core.suggest import Suggestion

    document = window.session.document
    text = document.text
    first = text.index("Marović")
    second = text.index("Marović", first + 1)
    name = len("Marović")
    shown = [
        Suggestion(second, second + name, "ACTOR", {"type": "organisation"}, "test"),
        Suggestion(first, first + name, "ACTOR", {"type": "nonsense"}, "test"),  # not allowed
        Suggestion(first + 1, first + name, "ACTOR", {"type": "state"}, "test"),  # "arović"
        Suggestion(text.index("Ilse"), first + name, "ACTOR", {"type": "media"}, "test"),
    ]
    window.session.set_suggestions(document.id, shown)
    window.article.select_text(second, second + name)
    window.annotation.select_span(None)
    qtbot.keyClick(window.article, "3")
    tagged = window.annotation.selected_span()
    assert tagged.attributes == {"type": "organisation"}
    assert "the suggestion" in window.statusBar().currentMessage()
    qtbot.keyClick(window.article, Qt.Key.Key_Delete)
    shown.append(Suggestion(first, first + name, "ACTOR", {"type": "person"}, "test"))
    window.session.set_suggestions(document.id, shown)
    window.article.select_text(second, second + name)
    window.annotation.select_span(None)
    qtbot.keyClick(window.article, "3")
    assert window.annotation.selected_span().attributes == {"type": "person"}


def test_tagging_and_deleting_leave_the_span_table_header_as_it_was(
    qtbot, window: MainWindow
) -> None:
    """Whole rows are selected, so the column titles never turn bold for a selection and
    the header is not repainted by a key press (once the table has rows)."""
    from PySide6.QtWidgets import QApplication

    text = window.session.document.text

    def tag(needle: str) -> None:
        start = text.index(needle)
        window.article.select_text(start, start + len(needle))
        qtbot.keyClick(window.article, "3")
        QApplication.processEvents()

    tag("FVF")
    window.annotation.select_span(None)
    header = window.tags.table.horizontalHeader()
    QApplication.processEvents()
    before = header.grab().toImage()
    QApplication.processEvents()
    paints = _Paints(header.viewport())
    tag("Marović")
    tag("Brezna")
    assert window.tags.table.selectionModel().hasSelection()
    qtbot.keyClick(window.article, "1")
    qtbot.keyClick(window.article, Qt.Key.Key_Delete)
    QApplication.processEvents()
    assert paints.count == 0
    tag("Marović")
    assert header.grab().toImage() == before  # no title in bold for the selected row


def test_the_session_knows_the_extents_of_each_label_through_edits_and_undo(
    qtbot, window: MainWindow
) -> None:
    session = window.session
    text = session.document.text

    def expected(label: str) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in session.edits.spans() if s.label == label]

    for needle, key in (("FVF", "3"), ("Marović", "3"), ("14 civilians", "2")):
        start = text.index(needle)
        window.article.select_text(start, start + len(needle))
        qtbot.keyClick(window.article, key)
    qtbot.keyClick(window.article, "3")  # relabel the CASUALTY as ACTOR
    assert session.extents("ACTOR") == expected("ACTOR")
    assert len(session.extents("ACTOR")) == 3
    qtbot.keyClick(window.article, Qt.Key.Key_Delete)
    window.undo_stack.undo()
    window.undo_stack.undo()
    for label in ("ACTOR", "CASUALTY", "QUOTE"):
        assert session.extents(label) == expected(label)
    assert session.extents("CASUALTY") == [(text.index("14 civilians"), text.index(" were"))]


def test_the_actor_type_follows_suggestions_added_by_propagation_and_rejected(
    qtbot, window: MainWindow
) -> None:
    """The name lookup an ACTOR key makes keeps up with the suggestions shown: one added
    later (propagation) earlier in the text wins, and a rejected one no longer counts."""
    from annotator.core.suggest import Suggestion
    from annotator.services.operations import RejectSuggestion

    session = window.session
    document = session.document
    text = document.text
    first = text.index("Marović")
    second = text.index("Marović", first + 1)
    name = len("Marović")
    later = Suggestion(second, second + name, "ACTOR", {"type": "organisation"}, "test")
    session.set_suggestions(document.id, [later])

    def tag_type() -> object:
        window.annotation.select_span(None)
        window.article.select_text(second, second + name)
        qtbot.keyClick(window.article, "3")
        tagged = window.annotation.selected_span()
        kind = tagged.attributes.get("type")
        # Undone, not deleted: tagging a suggestion's own words confirms it (it goes), and
        # undo brings it back.
        window.undo_stack.undo()
        return kind

    assert tag_type() == "organisation"
    earlier = Suggestion(first, first + name, "ACTOR", {"type": "person"}, "actor_propagated")
    session.add_suggestions(document.id, [earlier])
    assert tag_type() == "person"
    window.annotation.push(RejectSuggestion(earlier))
    assert session.suggestion(f"suggestion:{first}:{first + name}:ACTOR") is None
    assert tag_type() == "organisation"
    window.undo_stack.undo()  # the rejection
    assert session.suggestion(f"suggestion:{first}:{first + name}:ACTOR") is not None
    assert tag_type() == "person"


class _CountedGets(dict):  # type: ignore[type-arg]
    """A dict that counts the lookups made with `get`."""

    gets = 0

    def get(self, key, default=None):  # type: ignore[no-untyped-def]
        self.gets += 1
        return super().get(key, default)


def test_the_actor_key_looks_at_no_more_mentions_of_its_name_than_it_needs(qtbot, repo) -> None:
    """A name suggested at 400 places: the ACTOR key takes its type from the first of them
    (in text order) and looks no further, instead of checking all 400 are still shown."""
    from annotator.core.model import AnnotatedDocument, Document
    from annotator.core.suggest import Suggestion

    from .conftest import open_window

    text = "Raid on Valdor\n\n" + "Valdor said so. " * 400 + "\n"
    document = Document.from_text(text, "Raid on Valdor")
    repo.import_documents([AnnotatedDocument(document)], "ana")
    window = open_window(qtbot, repo)
    window.open_document(document.id)
    session = window.session
    mentions = [m.start() for m in re.finditer("Valdor", text)][1:]
    kinds = ["person"] + ["organisation"] * (len(mentions) - 1)
    session.set_suggestions(
        document.id,
        [
            Suggestion(at, at + 6, "ACTOR", {"type": kind}, "test")
            for at, kind in zip(mentions, kinds, strict=True)
        ],
    )
    session.suggestions_named("ACTOR", "")  # the name index, made as the suggestion job does
    counted = _CountedGets(session.edits.state.suggestions)
    session.edits.state.suggestions = counted
    window.annotation.select_span(None)
    window.article.select_text(8, 14)  # the title's "Valdor"
    qtbot.keyClick(window.article, "3")
    assert window.annotation.selected_span().attributes == {"type": "person"}
    assert counted.gets < 20
