"""The article as the analyst sees it: snapping preview, reading column, nesting bars, links.

Assertions are on what is painted (pixels of the widget's own rendering) and on
what is stored, driven by real mouse and key events.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QMouseEvent,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QApplication

from annotator.core.model import Span, new_id
from annotator.core.schema import default_schema
from annotator.store import review
from annotator.ui.article_view import (
    ArticleView,
    plain_tooltip,
    restack_rows,
    shade,
    stack_rows,
    tint,
)
from annotator.ui.main_window import MainWindow
from annotator.ui.review_classes import CLASS_COLORS

pytestmark = pytest.mark.gui

SCHEMA = default_schema()
COLOR = {label.name: QColor(label.color) for label in SCHEMA.labels}


def _view(qtbot, text: str, spans: list[Span], width: int = 900, height: int = 500):
    view = ArticleView(SCHEMA)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    view.show_document(text, spans)
    QApplication.processEvents()
    return view


def _span(text: str, needle: str, label: str, *, provenance: str = "manual") -> Span:
    start = text.index(needle)
    return Span(new_id(), "d", start, start + len(needle), label, "ana", {}, provenance)


def _near(a: QColor, b: QColor, tolerance: int = 24) -> bool:
    return (
        abs(a.red() - b.red()) <= tolerance
        and abs(a.green() - b.green()) <= tolerance
        and abs(a.blue() - b.blue()) <= tolerance
    )


def _image(widget) -> QImage:
    return widget.grab().toImage()


def _column_colors(image: QImage, x: int, top: int, bottom: int) -> list[tuple[int, QColor]]:
    """The colours down one pixel column, as (y, colour), skipping repeats."""
    found: list[tuple[int, QColor]] = []
    for y in range(max(0, top), min(image.height(), bottom)):
        color = image.pixelColor(x, y)
        if not found or found[-1][1] != color:
            found.append((y, color))
    return found


def _first_y(found: list[tuple[int, QColor]], color: QColor, tolerance: int = 24) -> int | None:
    return next((y for y, c in found if _near(c, color, tolerance)), None)


def _drag(view: ArticleView, start: int, end: int) -> None:
    """Press at the character `start`, move to just past `end - 1`, keeping the button down."""
    viewport = view.viewport()
    a = view.point_of(start) - QPoint(3, 0)
    b = view.point_of(end - 1) + QPoint(3, 0)
    QApplication.sendEvent(
        viewport,
        QMouseEvent(
            QEvent.Type.MouseButtonPress,
            QPointF(a),
            QPointF(viewport.mapToGlobal(a)),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    for step in range(1, 5):
        point = a + (b - a) * step / 4
        QApplication.sendEvent(
            viewport,
            QMouseEvent(
                QEvent.Type.MouseMove,
                QPointF(point),
                QPointF(viewport.mapToGlobal(point)),
                Qt.MouseButton.NoButton,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            ),
        )


def _release(view: ArticleView, end: int) -> None:
    viewport = view.viewport()
    b = view.point_of(end - 1) + QPoint(3, 0)
    QApplication.sendEvent(
        viewport,
        QMouseEvent(
            QEvent.Type.MouseButtonRelease,
            QPointF(b),
            QPointF(viewport.mapToGlobal(b)),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )


# -- snapping you can see ------------------------------------------------------------


def test_dragging_previews_the_snapped_extent_and_the_key_stores_exactly_that(
    qtbot, window: MainWindow
) -> None:
    view = window.article
    text = window.session.document.text
    start = text.index("(FVF)")
    _drag(view, start, start + len("(FVF)"))
    # While the button is still down, the frame shows the acronym without its brackets.
    fvf = (start + 1, start + 4)
    assert view.preview("ACTOR") == fvf
    assert view.preview("CASUALTY") == fvf
    assert view.preview("QUOTE") == (start, start + 5)  # QUOTE keeps non-quote punctuation
    image = _image(view.viewport())
    frame = view._fragments(*fvf)[0]
    outline = _column_colors(
        image, round(frame.center().x()), round(frame.top()) - 6, round(frame.top()) + 2
    )
    assert any(c.value() < 200 for _y, c in outline), "no preview frame above the acronym"
    _release(view, start + len("(FVF)"))
    qtbot.keyClick(view, "3")
    stored = [(s.label, text[s.start : s.end]) for s in window.session.spans()]
    assert stored == [("ACTOR", "FVF")]
    assert view.preview("ACTOR") is None  # the selection is gone, and so is the frame


def test_dragging_over_a_quote_previews_both_conventions(qtbot, window: MainWindow) -> None:
    view = window.article
    text = window.session.document.text
    needle = '"We will not leave,"'
    start = text.index(needle)
    _drag(view, start, start + len(needle))
    quote = view.preview("QUOTE")
    actor = view.preview("ACTOR")
    assert quote is not None
    assert actor is not None
    assert text[slice(*quote)] == "We will not leave,"
    assert text[slice(*actor)] == "We will not leave"
    _release(view, start + len(needle))
    qtbot.keyClick(view, "1")
    assert [text[s.start : s.end] for s in window.session.spans()] == ["We will not leave,"]


def test_character_precision_is_previewed_too(qtbot) -> None:
    text = "said the spokesman, Ana Lopes, on Tuesday"
    view = _view(qtbot, text, [])
    view.snap_words = False
    start = text.index(", Ana Lo")
    _drag(view, start, start + len(", Ana Lo"))
    assert text[slice(*view.preview("ACTOR"))] == "Ana Lo"


# -- reading comfort -----------------------------------------------------------------


def _line_top(view: ArticleView, offset: int) -> int:
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.map.to_utf16(offset))
    return view.cursorRect(cursor).top()


def test_one_line_break_between_paragraphs_is_spaced_like_a_blank_line(qtbot) -> None:
    text = "First paragraph here.\nSecond paragraph here.\n\nThird paragraph here.\n"
    view = _view(qtbot, text, [])
    line = view.fontMetrics().height()
    first = _line_top(view, 0)
    second = _line_top(view, text.index("Second"))
    third = _line_top(view, text.index("Third"))
    single_break_gap = second - first - line
    blank_line_gap = third - second - line
    assert single_break_gap >= 0.8 * line, "paragraphs after one line break run together"
    # Both ways of separating paragraphs look alike (no double gap for a blank line).
    assert abs(single_break_gap - blank_line_gap) <= 0.2 * line


def test_lines_hold_about_80_characters_in_a_centred_column_and_zoom_keeps_it(qtbot) -> None:
    sentence = "Shells struck the market in Brezna on Tuesday, local officials said. "
    text = sentence * 40 + "\n"
    view = _view(qtbot, text, [], width=1600, height=700)

    def first_line_length() -> int:
        return view.document().firstBlock().layout().lineAt(0).textLength()

    assert 65 <= first_line_length() <= 95
    left = view.viewport().geometry().left()
    right = view.width() - view.viewport().geometry().right()
    assert left > 200
    assert abs(left - right) <= view.verticalScrollBar().width() + 4  # centred
    height = view.cursorRect().height()
    font = view.font()
    font.setPointSizeF(font.pointSizeF() + 4)
    view.setFont(font)  # zoom in, as Ctrl++ does
    QApplication.processEvents()
    assert view.cursorRect().height() > height
    assert 65 <= first_line_length() <= 95


def test_the_hover_tags_height_is_measured_once_per_font(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every selection change works out the lines its overlays mark, with the height of a
    hover tag's text: measured once for the view's font, and again after a zoom."""
    text = "Shells struck the market in Brezna on Tuesday, local officials said.\n"
    spans = [_span(text, "Shells", "ACTOR"), _span(text, "Brezna", "ACTOR")]
    view = _view(qtbot, text, spans)
    made = []
    tag_font = ArticleView._tag_font

    def counted(self):  # type: ignore[no-untyped-def]
        made.append(self.font().pointSizeF())
        return tag_font(self)

    monkeypatch.setattr(ArticleView, "_tag_font", counted)
    for _ in range(3):
        for span in spans:
            view.select_span(span.id, [])
    assert len(made) <= 1
    font = view.font()
    font.setPointSizeF(font.pointSizeF() + 4)
    view.setFont(font)  # zoom in, as Ctrl++ does
    made.clear()
    for span in spans:
        view.select_span(span.id, [])
    assert made == [font.pointSizeF()]
    assert view._tag_height() == QFontMetricsF(tag_font(view)).height()


def test_a_narrow_window_wraps_the_column_and_keeps_the_margin(qtbot) -> None:
    text = " ".join(["word"] * 200) + "\n"
    view = _view(qtbot, text, [], width=420, height=400)
    assert view.document().firstBlock().layout().lineAt(0).textLength() < 65
    assert view.viewport().geometry().left() >= 40  # room for links and review markers


# -- nesting and links -----------------------------------------------------------------

NEST = "Officials said that at least 12 Valdor Front fighters died in the raid on Tuesday.\n"


def _nest_spans() -> list[Span]:
    return [
        _span(NEST, "at least 12 Valdor Front fighters died in the raid", "CASUALTY"),
        _span(NEST, "12 Valdor Front fighters died", "QUOTE"),
        _span(NEST, "Valdor Front", "ACTOR"),
    ]


def test_a_selected_span_is_framed_and_what_is_nested_in_it_keeps_its_colours(qtbot) -> None:
    spans = _nest_spans()
    casualty, _quote, actor = spans
    view = _view(qtbot, NEST, spans)
    view.select_span(casualty.id)
    QApplication.processEvents()
    image = _image(view.viewport())
    # The nested ACTOR's bar still shows under its words, in the ACTOR colour.
    inner = view._fragments(actor.start, actor.end)[0]
    column = _column_colors(
        image, round(inner.center().x()), round(inner.bottom()) - 2, round(inner.bottom()) + 12
    )
    assert _first_y(column, COLOR["ACTOR"], 10) is not None
    # The selected span's frame: a line in its label's colour left of its first word.
    outer = view._fragments(casualty.start, casualty.end)[0]
    row = [
        image.pixelColor(x, round(outer.center().y()))
        for x in range(round(outer.left()) - 4, round(outer.left()) + 1)
    ]
    frame = shade(COLOR["CASUALTY"], 0.3)
    assert any(_near(c, frame, 40) for c in row), [c.name() for c in row]
    # Its text is not turned white: the selection only tints the background.
    (selection,) = view.extraSelections()
    assert not selection.format.hasProperty(QTextFormat.Property.ForegroundBrush)


def test_stacked_rows_put_nested_spans_above_the_spans_holding_them() -> None:
    casualty, quote, actor = _nest_spans()
    other = _span(NEST, "Officials", "ACTOR")
    rows = stack_rows([casualty, quote, actor, other])
    assert rows[actor.id] == 0
    assert rows[quote.id] == 1
    assert rows[casualty.id] == 2
    assert rows[other.id] == 0


def _rows_placed_one_by_one(spans: list[Span], limit: int | None) -> dict[str, int]:
    """stack_rows's rule written plainly: shortest first, each span one row below every
    span nested in it, then the first row no overlapping span holds (capped at `limit`)."""
    rows: dict[str, int] = {}
    placed: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.end - s.start, s.start, s.provenance, s.id)):
        overlapping = [p for p in placed if p.start < span.end and span.start < p.end]
        nested = [rows[p.id] for p in overlapping if span.start <= p.start and p.end <= span.end]
        row = 1 + max(nested, default=-1)
        if limit is not None and row >= limit:
            row = limit
        else:
            taken = {rows[p.id] for p in overlapping}
            while row in taken:
                row += 1
            if limit is not None:
                row = min(row, limit)
        rows[span.id] = row
        placed.append(span)
    return rows


@pytest.mark.parametrize("seed", range(40))
def test_stacked_rows_follow_the_placement_rule_on_crowded_random_lines(seed: int) -> None:
    import random

    rng = random.Random(seed)
    spans = []
    for n in range(rng.randint(1, 90)):
        # Few places to start from: spans often share a start or an end.
        start = rng.randrange(0, rng.choice([20, 300]))
        end = start + rng.choice([1, 2, 5, rng.randint(1, 40), rng.randint(1, 200)])
        provenance = rng.choice(["manual", "suggested"])
        spans.append(Span(f"s{n:03}", "d", start, end, "ACTOR", "ana", {}, provenance))
    for limit in (None, 0, 1, 3, 6):
        assert stack_rows(spans, limit) == _rows_placed_one_by_one(spans, limit), limit


@pytest.mark.parametrize("seed", range(150))
def test_rows_stacked_again_around_a_change_are_those_of_the_whole_block(seed: int) -> None:
    """A span added, removed or moved in a crowded block: `restack_rows` (only the spans
    overlapping the change, through one another, stacked again) gives every span the row
    `stack_rows` over the whole block gives."""
    import random

    rng = random.Random(seed)

    def random_span(n: int) -> Span:
        start = rng.randrange(0, rng.choice([60, 400]))
        end = start + rng.choice([1, 3, 6, rng.randint(1, 30), rng.randint(1, 120)])
        provenance = rng.choice(["manual", "suggested"])
        return Span(f"s{n:03}", "d", start, end, "ACTOR", "ana", {}, provenance)

    before = [random_span(n) for n in range(rng.randint(1, 80))]
    after = list(before)
    changed = []
    for n in range(rng.randint(1, 3)):
        kind = rng.choice(["add", "remove", "move"])
        if kind == "add" or not after:
            span = random_span(500 + n)
            after.append(span)
            changed.append(span)
        else:
            old = after.pop(rng.randrange(len(after)))
            changed.append(old)
            if kind == "move":
                moved = random_span(0)
                new = Span(old.id, "d", moved.start, moved.end, "ACTOR", "ana", {}, old.provenance)
                after.append(new)
                changed.append(new)
    stacked = [(s.id, s.start, s.end, s.provenance) for s in changed]
    for limit in (None, 0, 1, 3):
        known = stack_rows(before, limit)
        assert restack_rows(after, known, stacked, limit) == stack_rows(after, limit), limit


def test_three_nesting_levels_are_three_bars_in_their_label_colours(qtbot) -> None:
    view = _view(qtbot, NEST, _nest_spans())
    image = _image(view.viewport())
    actor = view._fragments(NEST.index("Valdor"), NEST.index("Valdor") + 6)[0]
    x = round(actor.center().x())
    column = _column_colors(image, x, round(actor.bottom()) - 2, round(actor.bottom()) + 16)
    ys = [_first_y(column, COLOR[name], 10) for name in ("ACTOR", "QUOTE", "CASUALTY")]
    assert None not in ys, f"missing a bar: {ys}"
    assert ys == sorted(ys), "inner spans' bars sit above the outer spans' bars"
    # Under "at least", only the CASUALTY covers the text: one bar, in its colour.
    only = view._fragments(NEST.index("least"), NEST.index("least") + 5)[0]
    column = _column_colors(
        image, round(only.center().x()), round(only.bottom()) - 2, round(only.bottom()) + 16
    )
    assert _first_y(column, COLOR["CASUALTY"], 10) is not None
    assert _first_y(column, COLOR["ACTOR"], 10) is None
    assert _first_y(column, COLOR["QUOTE"], 10) is None


def test_a_suggestion_inside_a_quote_is_a_visible_dashed_bar(qtbot) -> None:
    text = 'He said: "The Valdor Front will never leave Brezna." Then he left.\n'
    quote = _span(text, "The Valdor Front will never leave Brezna.", "QUOTE")
    suggestion = _span(text, "Valdor Front", "ACTOR", provenance="suggested")
    view = _view(qtbot, text, [quote])
    view.show_suggestions([suggestion])
    QApplication.processEvents()
    image = _image(view.viewport())
    frame = view._fragments(suggestion.start, suggestion.end)[0]
    dash = shade(COLOR["ACTOR"], 0.15)
    band = range(round(frame.bottom()), round(frame.bottom()) + 10)
    x_mid = round(frame.center().x())
    hits = [
        y for y in band for dx in range(-6, 7) if _near(image.pixelColor(x_mid + dx, y), dash, 12)
    ]
    y = hits[0] if hits else None
    assert y is not None, "no suggestion bar under the suggested words"
    row = [
        _near(image.pixelColor(x, y), dash, 12)
        for x in range(round(frame.left()), round(frame.right()))
    ]
    assert any(row), "no suggestion bar along the suggested words"
    assert not all(row), "the suggestion's bar is dashed"


def test_hovering_shows_label_tags_of_the_spans_under_the_pointer(qtbot) -> None:
    view = _view(qtbot, NEST, _nest_spans())
    point = view.point_of(NEST.index("Valdor") + 2)
    qtbot.mouseMove(view.viewport(), point)
    qtbot.waitUntil(lambda: view.hovered_labels() == ["ACTOR", "QUOTE", "CASUALTY"])
    image = _image(view.viewport())
    frame = view._fragments(NEST.index("Valdor"), NEST.index("Valdor") + 6)[0]
    above = _column_colors(
        image, round(frame.left()) + 3, round(frame.top()) - 16, round(frame.top())
    )
    assert _first_y(above, shade(COLOR["ACTOR"], 0.1), 16) is not None, "no ACTOR tag"
    qtbot.mouseMove(view.viewport(), view.point_of(NEST.index("Officials") + 2))
    qtbot.waitUntil(lambda: view.hovered_labels() == [])


def test_hover_tags_never_overlap_and_each_sits_over_its_own_span(qtbot) -> None:
    spans = [
        _span(NEST, "12 Valdor Front fighters died in the raid", "QUOTE"),
        _span(NEST, "12 Valdor Front fighters died", "CASUALTY"),
        _span(NEST, "Valdor Front", "ACTOR"),
    ]
    view = _view(qtbot, NEST, spans)
    qtbot.mouseMove(view.viewport(), view.point_of(NEST.index("Valdor") + 2))
    qtbot.waitUntil(lambda: len(view.hover_tag_rects) == 3)
    rects = view.hover_tag_rects
    for span in spans:  # each tag starts over its span's first character
        first = view._fragments(span.start, span.end)[0]
        assert abs(rects[span.id].left() - first.left()) < 1, span.label
        assert rects[span.id].bottom() <= first.top()
    placed = list(rects.values())
    assert not any(a.intersects(b) for i, a in enumerate(placed) for b in placed[i + 1 :])
    quote, casualty, _actor = spans  # both start at "12": stacked over it
    assert rects[quote.id].top() != rects[casualty.id].top()


def test_the_speaker_link_runs_in_the_margin_not_over_the_text(qtbot, window) -> None:
    text = window.session.document.text
    for needle, key in (("We will not leave,", "1"), ("Ilse Marović", "3")):
        start = text.index(needle)
        window.article.select_text(start, start + len(needle))
        qtbot.keyClick(window.article, key)
    quote = next(s for s in window.session.spans() if s.label == "QUOTE")
    actor = next(s for s in window.session.spans() if s.label == "ACTOR")
    window.annotation.select_span(quote.id)
    window.annotation.set_speaker(actor.id)
    link = window.article.connector()
    assert link is not None
    gutter = window.article.gutter
    for point in link:
        assert 0 <= point.x() < gutter.width()  # in the margin, left of the text column
    assert gutter.geometry().right() < window.article.viewport().geometry().left()
    image = _image(gutter)
    link_color = shade(COLOR["QUOTE"], 0.1)
    assert any(
        _near(image.pixelColor(x, y), link_color, 30)
        for x in range(image.width())
        for y in range(0, image.height(), 2)
    ), "no link drawn in the margin"


# -- review keeps label colours ----------------------------------------------------------


@pytest.fixture
def reviewing(qtbot, corpus):
    document = corpus.document(corpus.document_ids()[0])
    text = document.text
    for annotator, label in (("ana", "ACTOR"), ("ben", "CASUALTY")):
        start = text.index("Free Valdor Front")
        corpus.add_span(Span(new_id(), document.id, start, start + 17, label, annotator))
    win = MainWindow(corpus, "lead", db_label="test")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.review_action.trigger()
    return win


def _background_at(view: ArticleView, offset: int) -> QColor | None:
    block = view.document().findBlock(view.map.to_utf16(offset))
    position = view.map.to_utf16(offset) - block.position()
    for found in block.layout().formats():
        if found.start <= position < found.start + found.length:
            return found.format.background().color()
    return None


def test_review_keeps_label_colours_and_marks_the_class_in_the_margin(qtbot, reviewing) -> None:
    view = reviewing.article
    text = reviewing.session.document.text
    start = text.index("Free Valdor Front")
    background = _background_at(view, start + 2)
    assert background is not None
    label_tints = [tint(COLOR[name], 0.78) for name in ("ACTOR", "CASUALTY")]
    assert any(_near(background, t, 3) for t in label_tints), background.name()
    conflict = QColor(CLASS_COLORS["label_conflict"])
    assert not _near(background, tint(conflict, 0.78), 3)
    # Both versions' bars: ACTOR and CASUALTY colours under the words.
    image = _image(view.viewport())
    frame = view._fragments(start, start + 17)[0]
    column = _column_colors(
        image, round(frame.center().x()), round(frame.bottom()) - 2, round(frame.bottom()) + 14
    )
    assert _first_y(column, COLOR["ACTOR"], 10) is not None
    assert _first_y(column, COLOR["CASUALTY"], 10) is not None
    # The class is a marker in the margin beside that line.
    gutter = _image(view.gutter)
    y = round(frame.center().y() + view.viewport().y() - view.gutter.y())
    assert any(_near(gutter.pixelColor(x, y), conflict, 10) for x in range(gutter.width()))


def test_clicking_a_conflict_in_review_selects_its_cluster_and_outlines_it(
    qtbot, reviewing
) -> None:
    view = reviewing.article
    text = reviewing.session.document.text
    start = text.index("Free Valdor Front")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.point_of(start + 3))
    assert reviewing.review.current_cluster().cluster.kind == "label_conflict"
    image = _image(view.viewport())
    frame = view._fragments(start, start + 17)[0]
    conflict = QColor(CLASS_COLORS["label_conflict"])
    left_edge = [
        image.pixelColor(round(frame.left()) - 2 + dx, round(frame.center().y()))
        for dx in (-1, 0, 1)
    ]
    assert any(_near(c, conflict, 40) for c in left_edge), "no outline around the cluster"


def test_one_annotators_nested_spans_are_not_a_conflict_in_the_review_window(qtbot, corpus) -> None:
    document = corpus.document(corpus.document_ids()[0])
    text = document.text
    outer = text.index("Free Valdor Front")
    inner = text.index("Valdor Front")
    for annotator in ("ana", "ben"):
        corpus.add_span(Span(new_id(), document.id, outer, outer + 17, "ACTOR", annotator))
    corpus.add_span(Span(new_id(), document.id, inner, inner + 6, "ACTOR", "ana"))  # "Valdor"
    win = MainWindow(corpus, "lead", db_label="test")
    qtbot.addWidget(win)
    win.show()
    win.review_action.trigger()
    kinds = sorted(item.cluster.kind for item in win.review.items)
    assert kinds == ["agreed", "only_in_one"]


# -- plain text, never markup ---------------------------------------------------------------


def _rendered(tooltip: str) -> str:
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


def test_plain_tooltips_render_markup_literally() -> None:
    hostile = (
        '<b>bold</b> <img src="file:///etc/passwd"> & <a href="x">link</a>\nline two'
        " it's &lt;b&gt; &amp; &#60;"
    )
    assert _rendered(plain_tooltip(hostile)) == hostile


def test_span_tooltip_shows_stored_markup_as_text(qtbot, window: MainWindow) -> None:
    document = window.session.document
    text = document.text
    start = text.index("Brezna market")
    span = window.repo.add_span(
        Span(new_id(), document.id, start, start + 13, "ACTOR", "<i>Mallory</i>")
    )
    # A colleague's merged file can carry any provenance text: the store is not the guard.
    window.repo.db.execute(
        "UPDATE spans SET provenance = ? WHERE id = ?", ["<b>merged</b>", span.id]
    )
    window.open_document(document.id)
    view = window.article
    view.show_document(text, window.repo.spans(document.id, ["<i>Mallory</i>"]))
    point = view.point_of(start + 3)
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    tip = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "qtooltip_label")
    shown = _rendered(tip.text())
    assert "by <i>Mallory</i> · <b>merged</b>" in shown


def test_comment_tooltip_shows_stored_markup_as_text(qtbot, window: MainWindow) -> None:
    document_id = window.session.document_id
    review.add_comment(window.repo, document_id, "ana", "<b>check</b> the <u>count</u>")
    window.open_document(window.repo.document_ids()[1])
    window.open_document(document_id)
    assert "ana: <b>check</b> the <u>count</u>" in _rendered(window.meta_label.toolTip())


# -- a long article: spans are formatted as their lines come on screen ------------------------

LONG = "".join(
    f"Paragraph {n}: the convoy reached the town and officials said {n} trucks arrived.\n\n"
    for n in range(400)
)


def test_spans_far_down_a_long_article_are_coloured_when_scrolled_to(qtbot) -> None:
    first = _span(LONG, "officials said 0 trucks", "QUOTE")
    last = _span(LONG, "officials said 399 trucks", "CASUALTY")
    view = _view(qtbot, LONG, [first, last])
    assert _near(_background_at(view, first.start + 2), tint(COLOR["QUOTE"], 0.78), 3)
    view.select_span(last.id, scroll=True)
    view.select_span(None)
    qtbot.waitUntil(lambda: _background_at(view, last.start + 2) is not None)
    assert _near(_background_at(view, last.start + 2), tint(COLOR["CASUALTY"], 0.78), 3)
    # Seen on screen too, not only in the layout.
    image = _image(view.viewport())
    frame = view._fragments(last.start, last.end)[0]
    y = round(frame.center().y())
    row = [image.pixelColor(x, y) for x in range(round(frame.left()), round(frame.right()))]
    tinted = [c for c in row if _near(c, tint(COLOR["CASUALTY"], 0.78), 12)]
    assert len(tinted) > len(row) / 3, "the span's background is not painted"


@pytest.mark.parametrize("shown_first", [False, True], ids=["at start-up", "next document"])
def test_the_lines_on_screen_are_formatted_with_the_text_and_laid_out_once(
    qtbot, shown_first: bool
) -> None:
    """The lines a text opened at its top shows are formatted as the text is set, before
    Qt lays them out: formatted at the first paint, after Qt had laid them out to find
    which are on screen, they were laid out a second time (issue 16). Whether the text
    comes before the view is shown (the window's start-up) or into a shown view."""
    first = _span(LONG, "officials said 0 trucks", "QUOTE")
    third = _span(LONG, "officials said 2 trucks", "ACTOR")
    view = ArticleView(SCHEMA)
    qtbot.addWidget(view)
    view.resize(900, 500)
    if shown_first:
        view.show()
        qtbot.waitExposed(view)
    view.show_document(LONG, [first, third])
    formatted: list[int] = []
    real = view.highlighter.rehighlightBlock

    def rehighlight(block: QTextBlock) -> None:
        formatted.append(block.blockNumber())
        real(block)

    view.highlighter.rehighlightBlock = rehighlight  # type: ignore[method-assign]
    laid_out = _count_layouts(view)
    with qtbot.waitSignal(view.documentPainted):
        view.show()
    assert formatted == []
    # Each block on screen laid out once, however often it was asked about.
    on_screen = [block.blockNumber() for block, _top in view._visible_blocks()]
    assert len(on_screen) > 4
    assert max(laid_out.get(number, 0) for number in on_screen) == 1, laid_out
    assert _near(_background_at(view, first.start + 2), tint(COLOR["QUOTE"], 0.78), 3)
    assert _near(_background_at(view, third.start + 2), tint(COLOR["ACTOR"], 0.78), 3)
    assert _background_at(view, LONG.index("officials said 1 trucks")) is None


def _count_layouts(view: ArticleView) -> dict[int, int]:
    """Block number -> how often Qt lays it out from now on (a block asked about with no
    lines laid out; a format change clears them)."""
    counts: dict[int, int] = {}
    layout = view.reading_layout
    real = layout._block_rect

    def block_rect(block: QTextBlock) -> QRectF:
        lines = block.layout()
        if lines is None or not lines.lineCount():
            counts[block.blockNumber()] = counts.get(block.blockNumber(), 0) + 1
        return real(block)

    layout._block_rect = block_rect  # type: ignore[method-assign]
    return counts


def test_a_span_added_off_screen_is_coloured_when_it_comes_on_screen(qtbot) -> None:
    view = _view(qtbot, LONG, [])
    later = _span(LONG, "officials said 350 trucks", "ACTOR")
    view.add_span(later)  # its line has never been on screen
    view.select_span(later.id, scroll=True)
    view.select_span(None)
    qtbot.waitUntil(lambda: _background_at(view, later.start + 2) is not None)
    assert _near(_background_at(view, later.start + 2), tint(COLOR["ACTOR"], 0.78), 3)
    view.remove_span(later.id, later.start, later.end)  # on screen now: repainted at once
    assert _background_at(view, later.start + 2) is None


def test_a_crowded_line_looks_as_its_outermost_spans_and_suggestions_say(
    qtbot, monkeypatch
) -> None:
    """Every character of a line with dozens of nested and overlapping spans and suggestions
    takes the look of the spans over it, outermost first (the three outermost spans' labels,
    and the outermost suggestion's where no span paints), and the nesting of each span is
    worked out once per highlight, not again at every place a span starts or ends."""
    import random

    import annotator.ui.article_view as article_view

    rng = random.Random(3)
    text = " ".join(f"word{n}" for n in range(120)) + "\n"
    labels = ["ACTOR", "QUOTE", "CASUALTY"]
    spans = []
    for _ in range(60):
        start = rng.randrange(0, len(text) - 40)
        end = start + rng.randint(1, 60)
        provenance = rng.choice(["manual", "suggested"])
        spans.append(Span(new_id(), "d", start, end, rng.choice(labels), "ana", {}, provenance))
    spans.append(Span(new_id(), "d", 5, 30, "ACTOR", "ana"))  # two alike: the first opened
    spans.append(Span(new_id(), "d", 5, 30, "QUOTE", "ana"))
    calls = []
    nesting = article_view._nesting
    monkeypatch.setattr(article_view, "_nesting", lambda s: calls.append(s) or nesting(s))
    view = _view(qtbot, text, spans)
    highlighter = view.highlighter
    block = view.document().firstBlock()
    assert len(calls) <= len(spans)
    from PySide6.QtGui import QTextCharFormat

    looks = {}
    ranges = block.layout().formats()
    for fmt in ranges:
        look = QTextCharFormat(fmt.format)
        for at in range(fmt.start, fmt.start + fmt.length):
            looks[at] = look
    line = highlighter.index.by_block[0]  # the spans in the order the line lists them
    for at in range(len(text) - 1):
        over = sorted((s for s in line if s.start <= at < s.end), key=nesting)
        if not over:
            assert at not in looks
            continue
        real = tuple(s.label for s in over if s.provenance != "suggested")[:3]
        suggested = next((s.label for s in over if s.provenance == "suggested"), None)
        assert looks[at] == highlighter._format(real, suggested), at


def test_suggestions_under_a_span_leave_its_stretch_one_format_range(qtbot) -> None:
    """A span looks the same with or without suggestions under it (they show only where no
    span is open): its stretch is set in one call, not cut at every suggestion's edge (a
    long article's line with its suggestions set three to five times as many ranges)."""
    text = "The Free Valdor Front and the Brezna police met in Brezna today.\n"
    outer = _span(text, "Free Valdor Front and the Brezna police", "QUOTE")
    inner = _span(text, "Brezna police", "ACTOR")
    hints = [
        Span(f"suggestion:{at}", "d", at, at + len(words), "ACTOR", "suggester", {}, "suggested")
        for words in ("Valdor Front", "Brezna", "police")
        for at in [text.index(words)]
    ]
    alone = Span(
        "suggestion:alone",
        "d",
        text.rindex("Brezna"),
        text.rindex("Brezna") + 6,
        "ACTOR",
        "suggester",
        {},
        "suggested",
    )
    view = _view(qtbot, text, [outer, inner, *hints, alone])
    highlighter = view.highlighter
    calls: list[tuple[int, int]] = []
    set_format = highlighter.setFormat
    highlighter.setFormat = lambda start, length, fmt: (  # type: ignore[method-assign]
        calls.append((start, start + length)),
        set_format(start, length, fmt),
    )
    highlighter.rehighlightBlock(view.document().firstBlock())
    # The quote alone, the quote with the actor inside it, and the suggestion outside both.
    assert calls == [(outer.start, inner.start), (inner.start, inner.end), (alone.start, alone.end)]
    ranges = sorted(
        (r.start, r.start + r.length) for r in view.document().firstBlock().layout().formats()
    )
    assert ranges == calls


def test_a_crowded_line_is_formatted_without_a_python_call_for_each_span(qtbot) -> None:
    """A key press formats its line again, and a long article's line with its suggestions
    holds dozens of spans: the sweep calls no Python function for each span or each cut
    (a sort key, a nesting key, a comprehension), only to convert offsets for Qt, to look
    a format up, and to drop the spans that close (issue 16)."""
    import gc
    import sys

    text = " ".join(f"word{n}" for n in range(60)) + "\n"
    spans = [
        Span(new_id(), "d", at, at + length, label, "ana", {}, provenance)
        for n, (length, label, provenance) in enumerate(
            [(40, "QUOTE", "manual"), (12, "ACTOR", "manual"), (5, "ACTOR", "suggested")] * 12
        )
        for at in [n * 7]
    ]
    view = _view(qtbot, text, spans)
    called: list[str] = []

    def watch(frame, event, _arg):  # type: ignore[no-untyped-def]
        caller = frame.f_back
        if event == "call" and caller is not None and caller.f_code.co_name == "_highlight_spans":
            called.append(frame.f_code.co_name)

    # No collection inside the sweep: it would call other code's collector callbacks
    # (hypothesis registers one once its tests have run), which are not the sweep's calls.
    collecting = gc.isenabled()
    gc.disable()
    sys.setprofile(watch)
    try:
        view.highlighter.rehighlightBlock(view.document().firstBlock())
    finally:
        sys.setprofile(None)
        if collecting:
            gc.enable()
    assert called, "the line was not formatted"
    assert set(called) <= {"is_identity", "to16", "to_utf16", "_format", "_still_open"}, set(called)


def test_showing_many_suggestions_formats_again_only_the_lines_already_on_screen(qtbot) -> None:
    """A long article's suggestions fall on thousands of lines: only those formatted
    already (on screen once) are formatted again, the others when they come on screen
    (the lines off screen cost no step each, issue 16); the lines on screen show theirs."""
    text = "".join(f"Line {n} names the Valdor Front here.\n" for n in range(2000))
    view = _view(qtbot, text, [])
    ready = set(view.highlighter.ready)
    assert 0 < len(ready) < 200
    asked: list[int] = []
    real = view._rehighlight

    def rehighlight(blocks: range) -> None:
        asked.extend(blocks)
        real(blocks)

    view._rehighlight = rehighlight  # type: ignore[method-assign]
    suggestions = []
    start = 0
    for _ in range(2000):
        at = text.index("Valdor Front", start)
        suggestions.append(
            Span(f"suggestion:{at}", "d", at, at + 12, "ACTOR", "suggester", {}, "suggested")
        )
        start = at + 1
    view.show_suggestions(suggestions)
    assert sorted(asked) == sorted(ready)
    assert view.highlighter.index.by_block[1999][-1] is suggestions[-1]
    QApplication.processEvents()
    assert _background_at(view, suggestions[0].start) is not None
