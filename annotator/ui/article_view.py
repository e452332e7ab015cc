"""The article: a read-only QPlainTextEdit with spans painted by a QSyntaxHighlighter.

QPlainTextEdit lays out only what is on screen, and the highlighter looks up
spans per text block in an index, so a 1 MB article with 10,000 spans opens
fast and adding a span repaints only the blocks it touches (see
../shared/MEASURED.md). This module is the widget boundary: Qt positions are
UTF-16 code units and are converted to and from code points here, through
`Utf16Map`, and nowhere else.

Reading: the text sits in a centred column of about 80 characters, with room
under every line and a gap between paragraphs (`ReadingLayout`), whether the
paragraphs are separated by a blank line or by a single line break.

Nesting: the outermost span tints the background; under the text every span
has a thin bar in its label's colour, stacked so that a span sits one row
below the spans nested inside it (brat's label bars, turned upside down).
Three levels (an ACTOR inside a QUOTE inside a CASUALTY) are three bars.
Suggestions are dashed bars. Hovering shows small label tags at the start of
the spans under the pointer. Bars and tags are painted only for the blocks on
screen, so they cost nothing when an article opens.

Links and review: a quote's speaker link and the review clusters' classes are
drawn in the left margin (`Gutter`), never across the text.

Every string the view shows from stored data (tooltips, tags) is plain text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping, Sequence
from contextlib import contextmanager
from itertools import pairwise
from operator import attrgetter, itemgetter
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLayout,
    QTextLine,
)
from PySide6.QtWidgets import (
    QPlainTextDocumentLayout,
    QPlainTextEdit,
    QTextEdit,
    QToolTip,
    QWidget,
)

from annotator.core.document_spans import DocumentSpans, span_positions
from annotator.core.model import Span
from annotator.core.offsets import Utf16Map
from annotator.core.schema import LabelSchema
from annotator.core.snapping import snap_selection
from annotator.core.values import Value, set_field
from annotator.ui.viewport import own_viewport

# The reading column: about this many characters per line, centred.
COLUMN_CHARACTERS = 80
# The left margin is never narrower than this: it holds speaker links and review markers.
GUTTER_MIN = 40
# How far from the frame's left and right edges the viewport must stand to be clear of the
# frame's rounded corners (resources/style.qss: border 1px, border-radius 6px), where the
# frame shows through it: only then does it paint its own background (`_paint_background`).
CORNER_ROOM = 8
BAR_HEIGHT = 2.0
BAR_STEP = 3.0
PAPER = QColor("#fffefb")
_PROSE = (
    "Artillery fire struck a crowded market in the town on Tuesday, killing 14 people, "
    "local officials said, as the government rejected a fresh call for a ceasefire."
)


def tint(color: QColor, amount: float) -> QColor:
    """`color` mixed with white: amount 0 is the colour, 1 is white."""
    return QColor(
        round(color.red() + (255 - color.red()) * amount),
        round(color.green() + (255 - color.green()) * amount),
        round(color.blue() + (255 - color.blue()) * amount),
    )


def shade(color: QColor, amount: float) -> QColor:
    """`color` mixed with black."""
    return QColor(
        round(color.red() * (1 - amount)),
        round(color.green() * (1 - amount)),
        round(color.blue() * (1 - amount)),
    )


# What html.escape(text) replaces, as one translation (the html module, with its table of
# entities, is not worth importing for the first frame's tooltips).
_ESCAPED = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def plain_tooltip(text: str) -> str:
    """`text` as a tooltip that Qt shows literally, never interpreting markup in it.

    Qt guesses whether a tooltip is rich text; stored values (labels,
    descriptions, comments, provenance) must never be guessed as markup, so
    they are escaped into a paragraph that keeps line breaks and spaces.
    """
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{text.translate(_ESCAPED)}</p>"


class _Blocks(dict[int, list[Span]]):
    """Block number -> its spans; a block listed by span ids gets its Spans from `spans`
    when first asked for (a line coming on screen, an edit in it), else starts empty."""

    def __init__(self, pending: dict[int, list[str]], spans: Mapping[str, Span]) -> None:
        super().__init__()
        self.pending = pending
        self.spans = spans

    def __missing__(self, block: int) -> list[Span]:
        ids = self.pending.pop(block, ())
        spans = self.spans
        # A span removed since the open is in no block any more.
        made = [spans[i] for i in ids if i in spans]
        self[block] = made
        return made

    def get(self, block: int, default: Any = None) -> Any:
        if dict.__contains__(self, block) or block in self.pending:
            return self[block]
        return default

    def __contains__(self, block: object) -> bool:
        return dict.__contains__(self, block) or block in self.pending


class SpanIndex:
    """Spans per text block (one block per line), in code points."""

    def __init__(self, text: str) -> None:
        self.line_starts = [0]
        start = text.find("\n")
        while start != -1:
            self.line_starts.append(start + 1)
            start = text.find("\n", start + 1)
        self.by_block: dict[int, list[Span]] = defaultdict(list)

    def add_keys(self, keys: Iterable[tuple[int, int, str]], spans: Mapping[str, Span]) -> None:
        """Index the spans of `keys` ((start, -end, id), code points) before any other: a
        block's Spans are taken from `spans` when it is first asked for, so opening a
        document makes Spans for the lines on screen only. Keys in text order (the
        session's) are placed by walking the lines, half the time of a bisection each."""
        starts = self.line_starts
        # The start of the line after each line; a sentinel after the last.
        bounds = [*starts[1:], 1 << 62]
        pending: dict[int, list[str]] = {}
        block, block_start, next_start = -1, 0, -1
        ids: list[str] = []
        for start, minus_end, span_id in keys:
            if start >= next_start or start < block_start:
                block = bisect_right(starts, start) - 1
                block_start, next_start = starts[block], bounds[block]
                found = pending.get(block)
                ids = pending[block] = [] if found is None else found
            ids.append(span_id)
            if -minus_end > next_start:  # runs past its line: listed in those too
                for later in range(block + 1, bisect_right(starts, -minus_end - 1)):
                    pending.setdefault(later, []).append(span_id)
        self.by_block = _Blocks(pending, spans)

    def block_of(self, offset: int) -> int:
        return bisect_right(self.line_starts, offset) - 1

    def blocks(self, start: int, end: int) -> range:
        return range(self.block_of(start), self.block_of(max(start, end - 1)) + 1)

    def add_all(self, spans: Iterable[Span]) -> None:
        """Add many spans (opening a document): one bisect for a span within one line."""
        starts = self.line_starts
        by_block = self.by_block
        lines = len(starts)
        for span in spans:
            first = bisect_right(starts, span.start) - 1
            last_char = span.end - 1 if span.end > span.start else span.start
            if first + 1 >= lines or last_char < starts[first + 1]:
                by_block[first].append(span)
                continue
            for block in range(first, bisect_right(starts, last_char)):
                by_block[block].append(span)

    def add_many(self, spans: Iterable[Span]) -> set[int]:
        """`add` each of `spans` (one bisect for a span within one line); the blocks touched."""
        starts = self.line_starts
        by_block = self.by_block
        lines = len(starts)
        touched: set[int] = set()
        for span in spans:
            first = bisect_right(starts, span.start) - 1
            last_char = span.end - 1 if span.end > span.start else span.start
            if first + 1 >= lines or last_char < starts[first + 1]:
                by_block[first].append(span)
                touched.add(first)
                continue
            for block in range(first, bisect_right(starts, last_char)):
                by_block[block].append(span)
                touched.add(block)
        return touched

    def add(self, span: Span) -> range:
        blocks = self.blocks(span.start, span.end)
        for block in blocks:
            self.by_block[block].append(span)
        return blocks

    def remove(self, span_id: str, start: int, end: int) -> range:
        blocks = self.blocks(start, end)
        for block in blocks:
            spans = self.by_block.get(block)
            if spans:
                spans[:] = [s for s in spans if s.id != span_id]
        return blocks


def _x_of(line: QTextLine, position: int) -> float:
    """The x of a cursor at `position` (UTF-16, in the block) on `line`, in layout units."""
    found: tuple[float, int] = line.cursorToX(position)  # type: ignore[assignment]
    return found[0]


_START = itemgetter(0)  # the sort key of a block's clipped spans (start, end, span): start


def _nesting(span: Span) -> tuple[int, int]:
    # Longest first: the outermost span paints the background.
    return (span.start - span.end, span.start)


def _still_open(
    items: list[tuple[tuple[int, int, int], int, str]], at: int
) -> tuple[list[tuple[tuple[int, int, int], int, str]], int]:
    """The `items` ((order, end, label)) still open at `at`, and the first end among them."""
    if len(items) == 1:  # the one open closes (the usual suggestion, alone at a time)
        return [], 1 << 62
    kept = []
    first = 1 << 62
    for item in items:
        end = item[1]
        if end > at:
            kept.append(item)
            if end < first:
                first = end
    return kept, first


def stack_rows(spans: Sequence[Span], limit: int | None = None) -> dict[str, int]:
    """The bar row of each span: 0 right under the text, one row below anything nested in it.

    Shorter spans are placed first; a span takes the lowest row below every
    span it contains that no overlapping span already holds, so bars never
    overlap and an outer span's bar is always under its inner spans' bars.
    With `limit`, a row of `limit` or more is given as `limit` (where the bars are
    drawn, all rows from the last one down share it): the rows below are the same.
    """
    return _stack(spans, limit, {}, [], set())


# What a span of the bars is, for `restack_rows`: (id, start, end, provenance).
StackedSpan = tuple[str, int, int, str]
_ORDER_AND_EXTENT = tuple[tuple[int, int, str, str, int], int, int]


def _stack(
    spans: Sequence[Span],
    limit: int | None,
    known: Mapping[str, int],
    changed: list[_ORDER_AND_EXTENT],
    changed_ids: set[str],
) -> dict[str, int]:
    """`stack_rows`, where a span of `known` (its row before a change) keeps that row
    unless it is one of `changed_ids` or overlaps, placed before it, a span of `changed`
    ((order, start, end) of the spans added and removed) or a span whose row moved: its
    row depends on nothing else (the spans placed before it that overlap it, and theirs)."""
    rows: dict[str, int] = {}
    # The spans placed so far, by start (their ends and rows beside): every one is no
    # longer than the span being placed, so only those starting less than its length
    # before it can overlap it (a long block has dozens of spans: no pass over all of
    # them per span). Each placed span starts before the end of the span being placed.
    starts: list[int] = []
    ends: list[int] = []
    placed_rows: list[int] = []
    moved: list[tuple[int, int]] = []  # (start, end) of the spans given another row
    order = sorted(
        [(s.end - s.start, s.start, s.provenance, s.id, s.end) for s in spans],
    )
    for place in order:
        length, start, _provenance, span_id, end = place
        row = known.get(span_id)
        if row is not None:
            if span_id in changed_ids:
                row = None
            else:
                for other, a, b in changed:
                    if a < end and b > start and other < place:
                        row = None
                        break
                else:
                    for a, b in moved:
                        if a < end and b > start:
                            row = None
                            break
        if row is None:
            first = bisect_right(starts, start - length)
            last = bisect_left(starts, end, first)
            row = 0
            taken = set()
            for at in range(first, last):
                other_end = ends[at]
                if other_end > start:  # overlapping
                    other_row = placed_rows[at]
                    taken.add(other_row)
                    if other_end <= end and starts[at] >= start and other_row >= row:
                        row = other_row + 1  # nested in it: below it
            if limit is not None and row >= limit:
                row = limit
            else:
                while row in taken:
                    row += 1
                if limit is not None:
                    row = min(row, limit)
            if known and known.get(span_id) != row:
                moved.append((start, end))
        rows[span_id] = row
        at = bisect_right(starts, start)
        starts.insert(at, start)
        ends.insert(at, end)
        placed_rows.insert(at, row)
    return rows


_SPAN_START = attrgetter("start")
# What stacks a block's bars (`stack_rows`): each span's id, extent and provenance, in one
# C call per span (a generator over a long paragraph's spans, read at every paint of its
# lines, was a tenth of the bars' paint; issue 16).
_STACKED = attrgetter("id", "start", "end", "provenance")


def restack_rows(
    spans: Sequence[Span],
    known: Mapping[str, int],
    changed: Iterable[StackedSpan],
    limit: int | None = None,
) -> dict[str, int]:
    """`stack_rows(spans, limit)`, given `known`, the rows `stack_rows` gave the block's
    spans before a change: `changed` are the spans added and removed, as (id, start, end,
    provenance) (a span moved is both, at its old and its new extent).

    A span's row depends only on the shorter spans it overlaps and their rows. So the
    spans that overlap, through one another, no changed span keep their rows, without
    being placed at all; among the others a span is placed again only when a changed
    span, or a span whose row moved, overlaps it and comes before it. A tag in a
    paragraph of dozens of spans and suggestions moves few rows (issue 16)."""
    touched = list(changed)
    ranges = [(start, end) for _i, start, end, _p in touched]
    rows: dict[str, int] = {}
    again: list[Span] = []
    group: list[Span] = []
    group_start = group_end = -1
    for span in (*sorted(spans, key=_SPAN_START), None):
        if span is not None and span.start < group_end:
            group.append(span)
            if span.end > group_end:
                group_end = span.end
            continue
        if group:
            if any(a < group_end and b > group_start for a, b in ranges):
                again += group
            else:
                for kept in group:
                    row = known.get(kept.id)
                    if row is None:  # never stacked: the whole block is
                        return stack_rows(spans, limit)
                    rows[kept.id] = row
        if span is not None:
            group, group_start, group_end = [span], span.start, span.end
    if again:
        changed_order = [
            ((end - start, start, provenance, span_id, end), start, end)
            for span_id, start, end, provenance in touched
        ]
        ids = {span_id for span_id, _s, _e, _p in touched}
        rows.update(_stack(again, limit, known, changed_order, ids))
    return rows


# Blocks formatted by the last keys whose layouts keep their shaped glyphs (see
# `ArticleView._keep_glyphs`): a paragraph of 1,000 characters keeps about 35 kB.
GLYPHS_KEPT = 32


class ReadingLayout(QPlainTextDocumentLayout):
    """QPlainTextEdit's lazy layout with room under every line and between paragraphs.

    QPlainTextDocumentLayout ignores block margins and line heights, so the
    room is added here: each line of a laid-out block is moved down by
    `line_room` per line before it, and the block reports that much more
    height, plus `paragraph_gap` when the next line is text. An empty block
    (the blank line between paragraphs) is shortened to `blank_height`, so
    both ways of separating paragraphs look alike. Only blocks Qt asks about
    (those on screen) pay for this.
    """

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.line_room = 8.0
        self.paragraph_gap = 10.0
        self.blank_height = 10.0
        self.heights: dict[int, float] = {}  # block number -> the height last reported
        self.block_count = 0  # the document's blocks at the last change
        # Block number -> (the rectangle its lines cover, which changes when Qt lays the
        # block out again: their number, places, heights and widths; the rectangle
        # reported). Qt asks for a block's rectangle dozens of times per key press (its
        # own walk from the top of the view to a cursor's block, for every cursor and
        # selection rectangle); it is measured once.
        self.measured: dict[int, tuple[QRectF, QRectF]] = {}
        # Counts every change that can move a block: a block measured anew, a change of
        # the text or its formats, of the room. Unchanged, the blocks stand where they were.
        self.generation = 0
        # Given a block formatted again to the same height: whether it repainted the lines
        # that look different itself (else the whole block is repainted). Set by the view.
        self.repaint_changed: Callable[[QTextBlock], bool] | None = None
        # Inside `layouts_kept` (a Qt call that only reads where blocks stand): block number
        # -> the rectangle answered there, so Qt's repeated walks from the top of the view
        # to a cursor's block check each block's layout once per call, not once per walk.
        self._kept: dict[int, QRectF] | None = None
        # Set while a text is put into a view not yet shown: its width is not final, so
        # a block is not laid out for Qt's asking then (see `ArticleView.show_document`).
        self.unshown_text = False
        # Set while the view formats a block not laid out: the highlighter moves a text
        # cursor over it first, and Qt lays a block out for a cursor moved in it, though
        # the move to its end needs no lines; the formatting then lets go of them. Until
        # the change arrives (`documentChanged`), such a block is not laid out.
        self.formatting = False

    def set_metrics(self, line_height: float) -> None:
        """Scale the room to the font (zoom)."""
        self.line_room = max(7.0, round(line_height * 0.5))
        self.paragraph_gap = round(line_height * 0.6)
        self.blank_height = round(line_height * 0.6)
        self.measured.clear()
        if self._kept is not None:
            self._kept.clear()
        self.generation += 1

    @contextmanager
    def layouts_kept(self) -> Iterator[None]:
        """For the length of one Qt call that only reads where blocks stand (setting the
        text cursor, the extra selections): a block's rectangle, once answered, is answered
        again without checking its layout. Qt computes a rectangle for the old selection,
        the new one and each cursor, each by walking from the top of the view to the
        cursor's block (about 40 calls for 6 walks when a tag clears the text selection);
        no block is laid out anew meanwhile but through this layout, which forgets what it
        kept whenever it is told of a change (`documentChanged`, `set_metrics`). Across
        calls nothing is kept: Qt clears block layouts (at a paint) without telling it."""
        if self._kept is not None:  # nested: the outer call keeps
            yield
            return
        self._kept = {}
        try:
            yield
        finally:
            self._kept = None

    def documentChanged(self, position: int, removed: int, added: int) -> None:
        """A format change inside one block (the highlighter's) repaints that block only.

        Qt relayouts the block and compares its height before and after with its
        own measure, which does not count the room added here, so it would repaint
        the whole view after every change of a span; the height is compared here
        with the one this layout last reported for the block.
        """
        if self._kept is not None:
            self._kept.clear()
        self.formatting = False
        document = self.document()
        block = document.findBlock(position)
        number = block.blockNumber()
        before = self.heights.get(number)
        measured = self.measured.pop(number, None)
        blocks, self.block_count = self.block_count, document.blockCount()
        if (
            removed != added  # the text changed: blocks may have come or gone
            or blocks != self.block_count
            or document.findBlock(max(0, position + added - 1)) != block
        ):
            self.generation += 1
            self.heights.clear()
            self.measured.clear()
            super().documentChanged(position, removed, added)
            return
        if before is None:
            # A block this layout has not measured, formatted (as it first comes on
            # screen, before it is laid out: `ArticleView._highlight_visible`): it lets go
            # of its lines, if it has any, and is repainted, as in Qt's answer for one
            # block, but of this block's lines only (`_let_go_of_its_lines`); the blocks
            # measured keep their measures.
            self.generation += 1
            if self._let_go_of_its_lines(block):
                self.updateBlock.emit(block)
            else:
                super().documentChanged(position, removed, added)
            return
        generation = self.generation
        if not self._let_go_of_its_lines(block):
            self.blockSignals(True)  # its update of the whole view, for a height it misjudged
            try:
                super().documentChanged(position, removed, added)
            finally:
                self.blockSignals(False)
        rect = self.blockBoundingRect(block)
        if rect.height() == before:
            # Measured again to the very rectangle it had, and no other block measured
            # meanwhile (a span's formats): no block moved, and the blocks on screen are
            # not walked again at the next overlay or paint (issue 16).
            if self.generation > generation + 1 or measured is None or measured[1] != rect:
                self.generation += 1
            else:
                self.generation = generation
            if self.repaint_changed is None or not self.repaint_changed(block):
                self.updateBlock.emit(block)
        else:
            self.generation += 1
            margin = document.documentMargin()
            # The QRectF overload by name: PySide takes a bare `update.emit(rect)` for the
            # signal without arguments and raises (inside a C++ call: the process aborts).
            self.update[QRectF].emit(QRectF(0.0, -margin, 1e9, 1e9))  # type: ignore[index]

    @staticmethod
    def _let_go_of_its_lines(block: QTextBlock) -> bool:
        """Let go of the lines of `block`, whose formats changed, as Qt's plain text layout
        does, but of this block's only; False (nothing done) when its line count follows
        a change of its visibility, which needs Qt's own bookkeeping.

        Qt's layout reads a change as spanning `removed + added` characters from its
        position: for a format change in one block (the highlighter gives the block's
        length as both) it let go of the lines of the blocks after it too, as far again
        as the block is long, and those on screen were laid out anew at the next paint
        (one or two paragraphs a key press, 0.4-0.9 M instructions, issue 16)."""
        if block.isVisible() != (block.lineCount() > 0):
            return False
        block.clearLayout()
        return True

    def blockBoundingRect(self, block: QTextBlock) -> QRectF:
        kept = self._kept
        if kept is not None:
            answered = kept.get(block.blockNumber())
            if answered is not None:
                return answered
            rect = self._block_rect(block)
            kept[block.blockNumber()] = rect
            return rect
        return self._block_rect(block)

    def _block_rect(self, block: QTextBlock) -> QRectF:
        layout = block.layout()
        if (self.unshown_text or self.formatting) and (layout is None or not layout.lineCount()):
            # Qt asks for the cursor's rectangle (the end of the text, as it is inserted)
            # to repaint it; nothing is on screen, and the first show lays the text out
            # again at its own width: laying out here would be thrown away (issue 16).
            # Likewise for the highlighter's cursor over a block it formats (`formatting`).
            return QRectF()
        if layout is not None:
            # A block measured before, whose lines are where they were, is answered from
            # the measure: three calls into Qt (a line-by-line check made nine).
            known = self.measured.get(block.blockNumber())
            if known is not None and known[0] == layout.boundingRect():
                # Not copied: Qt copies what it is given, and nothing here changes it.
                return known[1]
        self.generation += 1
        rect = super().blockBoundingRect(block)
        layout = block.layout()
        lines = layout.lineCount() if layout is not None else 0
        if not lines or not block.isVisible():
            return rect
        number = block.blockNumber()
        following = block.next()
        last_margin = 0.0 if following.isValid() else self.document().documentMargin()
        if block.length() <= 1:
            height = self.blank_height + last_margin
        else:
            height = self._lines_height(layout, lines) + last_margin
            if following.isValid() and following.length() > 1:
                height += self.paragraph_gap
        self.heights[number] = height
        answer = QRectF(rect.x(), rect.y(), rect.width(), height)
        # Where the lines stand once placed (`_lines_height` moves them): Qt laying the
        # block out again (a new column width, font or text) moves or resizes them.
        self.measured[number] = (layout.boundingRect(), QRectF(answer))
        return answer

    def _lines_height(self, layout: QTextLayout, lines: int) -> float:
        """Place the block's lines `line_room` apart; their height with that room."""
        room = self.line_room
        if lines > 1:
            first, second = layout.lineAt(0), layout.lineAt(1)
            if abs(second.y() - (first.y() + first.height() + room)) > 0.5:
                y = first.y()
                for n in range(lines):
                    line = layout.lineAt(n)
                    line.setPosition(QPointF(line.x(), y))
                    y += line.height() + room
        # Qt's own height already counts moved lines, so the height is summed here.
        return sum(layout.lineAt(n).height() + room for n in range(lines))


class SpanHighlighter(QSyntaxHighlighter):
    """Span formats per block, set only for blocks that have been on screen.

    Qt runs `highlightBlock` over every block when the text is set; a block
    not yet shown returns at once, and `ArticleView` highlights the blocks on
    screen before painting them (`ready` holds the blocks done). Opening a
    long article therefore costs the blocks on screen, not the whole text.
    """

    def __init__(self, document: QTextDocument, schema: LabelSchema) -> None:
        super().__init__(document)
        self.index = SpanIndex("")
        self.map = Utf16Map("")
        self.ready: set[int] = set()
        # Page furniture (code points): greyed over whatever spans paint there.
        self.furniture: list[tuple[int, int]] = []
        self.furniture_blocks: set[int] = set()
        self.furniture_format = QTextCharFormat()
        self.furniture_format.setForeground(QColor("#9a9a9a"))
        self.furniture_format.setFontItalic(True)
        self.set_schema(schema)

    def set_schema(self, schema: LabelSchema) -> None:
        self.colors = {label.name: QColor(label.color) for label in schema.labels}
        self._formats: dict[tuple[str, ...], QTextCharFormat] = {}

    def _color(self, label: str) -> QColor:
        return self.colors.get(label, QColor("#888888"))

    def _format(self, labels: tuple[str, ...], suggested: str | None = None) -> QTextCharFormat:
        """The look of text covered by spans of `labels`, outermost first (cached).

        The outermost span tints the background; nested spans darken the text
        a little (their bars, painted by the view, say which they are).
        `suggested` is the label of a suggestion over the same text: a faint
        tint where no span paints the background.
        """
        key = (*labels, "?" + (suggested or ""))
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            if labels:
                fmt.setBackground(tint(self._color(labels[0]), 0.78))
            if len(labels) > 1:
                fmt.setForeground(shade(self._color(labels[-1]), 0.45))
            if suggested is not None and not labels:
                fmt.setBackground(tint(self._color(suggested), 0.9))
            self._formats[key] = fmt
        return fmt

    def highlightBlock(self, text: str) -> None:
        self._highlight_spans(text)
        if self.furniture:
            self._grey_furniture(text)

    def _grey_furniture(self, text: str) -> None:
        number = self.currentBlock().blockNumber()
        if number not in self.ready or number >= len(self.index.line_starts):
            return
        block_start = self.index.line_starts[number]
        block_end = block_start + len(text)
        to16 = self.map.to_utf16
        for a, b in self.furniture:
            a, b = max(a, block_start), min(b, block_end)
            if a < b:
                start16 = to16(a) - to16(block_start)
                self.setFormat(start16, to16(b) - to16(a), self.furniture_format)

    def _highlight_spans(self, text: str) -> None:
        number = self.currentBlock().blockNumber()
        if number not in self.ready:
            return  # formatted when it first comes on screen
        spans = self.index.by_block.get(number)
        if not spans or number >= len(self.index.line_starts):
            return
        block_start = self.index.line_starts[number]
        block_end = block_start + len(text)
        if self.map.is_identity:
            base16 = block_start

            def to16(offset: int) -> int:
                return offset
        else:
            to16 = self.map.to_utf16
            base16 = to16(block_start)
        if len(spans) == 1:
            span = spans[0]
            a, b = max(span.start, block_start), min(span.end, block_end)
            if a < b:
                start16 = to16(a) - base16
                fmt = (
                    self._format((), span.label)
                    if span.provenance == "suggested"
                    else self._format((span.label,))
                )
                self.setFormat(start16, to16(b) - base16 - start16, fmt)
            return
        # A sweep over the block: the spans open between two cuts decide the look of
        # that stretch; neighbouring stretches that look alike are set in one call.
        clipped = []
        cuts = set()
        for span in spans:
            a = span.start if span.start > block_start else block_start
            b = span.end if span.end < block_end else block_end
            if a < b:
                clipped.append((a, b, span))
                cuts.add(a)
                cuts.add(b)
        clipped.sort(key=_START)
        ordered = sorted(cuts)
        # The spans open at a cut, outermost first (`_nesting`, then the order they opened
        # in): kept in that order as they open, not sorted again at every cut (a long
        # article's block with its suggestions has dozens open at once; issue 16). The
        # analyst's spans and the suggestions are kept apart: a suggestion shows only where
        # no span is open, and a span looks the same with or without suggestions under it,
        # so a suggestion opening or closing inside a span changes nothing, and the span's
        # stretches either side of it are one run, set in one call.
        real: list[tuple[tuple[int, int, int], int, str]] = []
        hints: list[tuple[tuple[int, int, int], int, str]] = []
        waiting = 0
        pending = len(clipped)
        # The first end among the spans open, and among the suggestions open: none closes
        # before it (no pass over them all at every cut).
        real_closing = hints_closing = 1 << 62
        # Looks by the labels of the (up to) three outermost spans open, or by the label of
        # the outermost suggestion when no span is open.
        looks: dict[tuple[str, ...] | str, QTextCharFormat] = {}
        look: QTextCharFormat | None = None
        run_start = run_end = -1
        run_format: QTextCharFormat | None = None
        for a, b in pairwise(ordered):
            real_changed = hints_changed = False
            while waiting < pending and clipped[waiting][0] <= a:
                _start, end, span = clipped[waiting]
                # `_nesting`, written out: a call per span costs as much as the rest.
                item = ((span.start - span.end, span.start, waiting), end, span.label)
                if span.provenance == "suggested":
                    insort(hints, item)
                    if end < hints_closing:
                        hints_closing = end
                    hints_changed = True
                else:
                    insort(real, item)
                    if end < real_closing:
                        real_closing = end
                    real_changed = True
                waiting += 1
            if real_closing <= a:
                real, real_closing = _still_open(real, a)
                real_changed = True
            if hints_closing <= a:
                hints, hints_closing = _still_open(hints, a)
                hints_changed = True
            if real_changed or (hints_changed and not real):
                key: tuple[str, ...] | str
                if real:
                    count = len(real)
                    if count == 1:
                        key = (real[0][2],)
                    elif count == 2:
                        key = (real[0][2], real[1][2])
                    else:
                        key = (real[0][2], real[1][2], real[2][2])
                    look = looks.get(key)
                    if look is None:
                        look = looks[key] = self._format(key)
                elif hints:
                    key = hints[0][2]
                    look = looks.get(key)
                    if look is None:
                        look = looks[key] = self._format((), key)
                else:
                    look = None
            if look is run_format and a == run_end:
                run_end = b
                continue
            if run_format is not None:
                start16 = to16(run_start) - base16
                self.setFormat(start16, to16(run_end) - base16 - start16, run_format)
            run_start, run_end, run_format = a, b, look
        if run_format is not None:
            start16 = to16(run_start) - base16
            self.setFormat(start16, to16(run_end) - base16 - start16, run_format)


class ClusterMark(Value):
    """A review cluster as the article shows it: a margin marker and, when selected, an outline.

    `color` is the class colour (agreed, label conflict, ...); the spans
    inside keep their label colours.
    """

    __slots__ = __match_args__ = ("id", "start", "end", "kind", "color", "decided")
    id: str
    start: int
    end: int
    kind: str
    color: str
    decided: bool

    def __init__(
        self, id: str, start: int, end: int, kind: str, color: str, decided: bool = False
    ) -> None:
        set_field(self, "id", id)
        set_field(self, "start", start)
        set_field(self, "end", end)
        set_field(self, "kind", kind)
        set_field(self, "color", color)
        set_field(self, "decided", decided)


class Gutter(QWidget):
    """The left margin: review markers and the selected quote's link to its speaker."""

    def __init__(self, view: ArticleView) -> None:
        super().__init__(view)
        self.view = view
        self.setObjectName("articleGutter")
        self.marked = False  # whether the last paint drew a marker or a link

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        # Not fillRect: its overloads have PySide build QGradient (169 presets).
        painter.setBackground(PAPER)
        painter.eraseRect(event.rect())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.marked = self.view.paint_gutter(painter, self.width())
        painter.end()


class ArticleView(QPlainTextEdit):
    """Shows one document; reports clicks and hovers as span ids and code points.

    It handles no annotation key itself: Tab, the edge keys and Esc are the
    window's actions (ui/keys.py), bound by the keymap, so a key the user
    unbinds does nothing here either.
    """

    spanClicked = Signal(str)  # span id (repeated clicks cycle through overlapping spans)
    emptyClicked = Signal()
    documentShown = Signal()  # a text was put in the view (show_document, show_review)
    # That text's first frame is painted (sent once the paint is over).
    documentPainted = Signal()

    def __init__(self, schema: LabelSchema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article")
        # A viewport PySide knows already (see ui/viewport.py), with a text edit's cursor.
        own_viewport(self).setCursor(Qt.CursorShape.IBeamCursor)
        # A document of our own, so the reading layout is in place before any text.
        document = QTextDocument(self)
        self.reading_layout = ReadingLayout(document)
        document.setDocumentLayout(self.reading_layout)
        self.setDocument(document)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setUndoRedoEnabled(False)
        self.setMouseTracking(True)
        font = QFont()
        font.setFamilies(["Charter", "Georgia", "Noto Serif", "DejaVu Serif", "serif"])
        font.setPointSizeF(12.5)
        self.document().setDocumentMargin(24)
        self.highlighter = SpanHighlighter(self.document(), schema)
        self.schema = schema
        self.text = ""
        self.map = Utf16Map("")
        self.spans: MutableMapping[str, Span] = {}
        self._first_paint_due = False  # documentPainted is sent after the next paint
        self._format_walked = False  # the walk of the blocks on screen formats new ones
        self.suggestions: dict[str, Span] = {}
        self.clusters: dict[str, ClusterMark] = {}
        # The span ids `show_review` painted (None when the view shows one annotator's layer).
        self.review_spans: frozenset[str] | None = None
        self._columns_cache: tuple[dict[str, ClusterMark], list[tuple[ClusterMark, int]]] | None = (
            None
        )
        self._column_slots: dict[str, int] | None = None  # cluster id -> index in the cache
        self.selected_id: str | None = None
        self.related_ids: list[str] = []
        self._last_click: int | None = None
        self._hover_ids: list[str] = []
        self.hover_tag_rects: dict[str, QRectF] = {}  # where the last paint put each tag
        # callable(span list) -> plain text; the view shows it literally (set by the window).
        self.tooltip_for: Callable[[list[Span]], str] | None = None
        # Drag preview: the labels previewed (None: every label of the schema) and whether
        # selections snap to words (the window keeps this in step with its toggle).
        self.preview_labels: Sequence[str] | None = None
        self.snap_words = True
        self._preview: list[tuple[tuple[str, ...], int, int]] = []
        # Block number -> (its lines' shape, (span id, start, end) -> where its bar runs):
        # see `_paint_bars`. Emptied with each text shown.
        # (what the blocks on screen depend on, those blocks and their tops): see
        # `_visible_blocks`.
        self._visible: (
            tuple[tuple[int, int, int, int, int, float], list[tuple[QTextBlock, float]]] | None
        ) = None
        self._bar_places: dict[
            int, tuple[list[tuple[int, int, float, float]], dict[tuple[str, int, int], Any]]
        ] = {}
        # Block number -> ((the last bar row, its spans' ids, extents and provenance), the
        # bar row of each: `stack_rows`, made again only when the block's spans change).
        self._bar_rows: dict[int, tuple[tuple[int, tuple[Any, ...]], dict[str, int]]] = {}
        # What the overlays marked at the last selection or preview change (code points):
        # those lines, and the ones marked now, are what the next change repaints.
        self._overlaid: list[tuple[int, int]] = []
        # Inside `overlays_once`: how deep, whether an overlay changed meanwhile, and the
        # blocks whose spans changed (formatted once when the batch ends).
        self._batch = 0
        self._overlays_changed = False
        self._stale_blocks: set[int] = set()
        self._selection_stale = False  # the selected span's tint is set when the batch ends
        # Block number -> the text (code points) whose spans changed since it was last
        # formatted, when only spans changed there (None: something else changed too).
        # Formatted again, such a block repaints only its lines that look different
        # (`_repaint_changed`): a tag in a long paragraph repaints a line, not all of it.
        self._changed_text: dict[int, list[tuple[int, int]] | None] = {}
        self.reading_layout.repaint_changed = self._repaint_changed
        # Numbers of the blocks formatted by the last keys whose layouts keep their shaped
        # glyphs, oldest first (see `_keep_glyphs`).
        self._glyphs_kept: dict[int, None] = {}
        self._tag_text_height: float | None = None  # see `_tag_height`
        self.gutter = Gutter(self)
        self._margins = (GUTTER_MIN, 0)
        self.setViewportMargins(GUTTER_MIN, 0, 0, 0)
        self.updateRequest.connect(self._viewport_updated)
        self.selectionChanged.connect(self._update_preview)
        self.setFont(font)
        self._update_metrics()

    # -- reading column ------------------------------------------------------------

    def _update_metrics(self) -> None:
        self._tag_text_height = None
        metrics = QFontMetricsF(self.font())
        self.reading_layout.set_metrics(metrics.height())
        self._update_column()

    def _update_column(self) -> None:
        """Centre a column of about COLUMN_CHARACTERS characters; the rest is margin."""
        metrics = QFontMetricsF(self.font())
        # A font's "average character" is wider than news prose (spaces, lower case):
        # measure a sentence of it instead.
        per_character = metrics.horizontalAdvance(_PROSE) / len(_PROSE)
        column = per_character * COLUMN_CHARACTERS + 2 * self.document().documentMargin()
        left_now, right_now = self._margins
        available = self.viewport().width() + left_now + right_now
        spare = max(0.0, available - column)
        left = max(GUTTER_MIN, round(spare / 2))
        right = max(0, round(available - column - left))
        if (left, right) != self._margins:
            self._margins = (left, right)
            self.setViewportMargins(left, 0, right, 0)
            # Qt may not re-wrap the text for a margin change made while it handles a
            # resize: tell it the width changed.
            size = self.viewport().size()
            super().resizeEvent(QResizeEvent(size, QSize(0, size.height())))
        rect = self.contentsRect()
        self.gutter.setGeometry(QRect(rect.left(), rect.top(), left, rect.height()))

    def column_width(self) -> int:
        """The width of the text column in pixels (the viewport)."""
        return self.viewport().width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_column()
        self._update_opaque()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._update_metrics()

    def paintEvent(self, event: QPaintEvent) -> None:
        self._highlight_visible()
        self._paint_background(event.rect())
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_overlays(painter, event.rect())
        painter.end()
        if self._first_paint_due:
            self._first_paint_due = False
            # Queued: the rest of the window is painted in this same pass (and dropped if
            # the view is gone by then).
            QTimer.singleShot(0, self, self.documentPainted.emit)

    def _update_opaque(self) -> None:
        """Mark the viewport opaque while it stands clear of the frame's rounded corners
        (a scroll bar or a margin beside it): it then fills its own background
        (`_paint_background`), and Qt paints neither its background nor, under it, the
        frame's, the splitter's and the window's (style sheet backgrounds, each filled
        over the lines every key press repaints, issue 16). Touching a corner, the frame
        shows through it there: Qt paints what is behind it, as before."""
        viewport = self.viewport()
        place = viewport.geometry()
        clear = place.left() >= CORNER_ROOM and self.width() - 1 - place.right() >= CORNER_ROOM
        if viewport.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent) != clear:
            viewport.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, clear)
            viewport.update()

    def _paint_background(self, dirty: QRect) -> None:
        """Fill `dirty` with the viewport's background as Qt fills it (the same brush),
        when the viewport is opaque (`_update_opaque`)."""
        viewport = self.viewport()
        if not viewport.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent):
            return
        painter = QPainter(viewport)
        # Not fillRect: its overloads have PySide build QGradient (169 presets).
        painter.setBackground(viewport.palette().brush(viewport.backgroundRole()))
        painter.eraseRect(dirty)
        painter.end()

    def _viewport_updated(self, rect: QRect, dy: int) -> None:
        # The margin follows a scroll; otherwise it changes only where it draws something
        # (review markers, a link), not with every line the text repaints.
        if dy:
            self.gutter.update()
        elif self._gutter_marks():  # the band of the margin beside the lines repainted
            shift = self.viewport().y() - self.gutter.y()
            self.gutter.update(0, rect.y() + shift, self.gutter.width(), rect.height())

    def _gutter_marks(self) -> bool:
        """Whether the margin draws anything now, or drew something at its last paint."""
        return bool(self.clusters) or bool(self.related_ids) or self.gutter.marked

    # -- content -----------------------------------------------------------------

    def show_document(
        self,
        text: str,
        spans: Sequence[Span] | Mapping[str, Span],
        keys: Sequence[tuple[int, int, str]] | None = None,
    ) -> None:
        """Show `text` with `spans` (a list, or spans by id with their sort keys
        (start, -end, id) in `keys`); the index is built before setPlainText paints.

        Spans by id are kept as given (a `DocumentSpans` is copied, sharing its rows):
        only the lines on screen ask for their Spans.
        """
        self.text = text
        self.map = Utf16Map(text)
        index = SpanIndex(text)
        if isinstance(spans, Mapping):
            by_id: MutableMapping[str, Span] = (
                spans.copy() if isinstance(spans, DocumentSpans) else dict(spans)
            )
            if keys is None:
                keys = sorted((s, -e, i) for i, s, e, _label in span_positions(by_id))
            index.add_keys(keys, by_id)
            self.spans = by_id
        else:
            index.add_all(spans)
            self.spans = {s.id: s for s in spans}
        self.suggestions = {}
        self.clusters = {}
        self.review_spans = None
        self.highlighter.index = index
        self.highlighter.map = self.map
        self.highlighter.ready = self._blocks_at_the_top(index)
        self._bar_places = {}
        self._bar_rows = {}
        self._changed_text = {}
        self._glyphs_kept = {}  # the blocks go with the text
        self.selected_id = None
        self.related_ids = []
        self._last_click = None
        self._hover_ids = []
        self._preview = []
        self.highlighter.furniture = []
        self.highlighter.furniture_blocks = set()
        # Not shown yet (the window being built): the width changes when it is, and the
        # text is laid out then; a long last paragraph laid out here for the cursor's
        # rectangle was about a third of the first frame's layout work (issue 16).
        self.reading_layout.unshown_text = not self.isVisible()
        try:
            self.setPlainText(text)
        finally:
            self.reading_layout.unshown_text = False
        self._paint_selection()
        self._first_paint_due = True
        self.documentShown.emit()

    def _blocks_at_the_top(self, index: SpanIndex) -> set[int]:
        """The blocks a text opened at its top may show on its first frame (a generous
        estimate), to be formatted as the text is set.

        Formatted as they come on screen instead (`_highlight_visible`), those blocks were
        laid out twice for the first frame: once to find which are on screen, and again
        because their new formats make Qt lay them out anew (about 8 M instructions for
        the start-up's article, issue 16). Formatted with the text, before Qt lays anything
        out, they are laid out once. The estimate counts lines without the room between
        them, and half as many characters again per line as the column is made for; a
        block it leaves out is formatted when it comes on screen, as before, and one it
        takes in needlessly only costs its own formatting.
        """
        height = max(self.viewport().height(), self.window().height())
        lines = height / max(1.0, QFontMetricsF(self.font()).height()) + 1
        reach = int(lines * COLUMN_CHARACTERS * 1.5)
        return set(range(bisect_left(index.line_starts, reach)))

    def forget_document(self) -> None:
        """Let go of the spans and suggestions shown, and of what was worked out for their
        bars, before another document is read (`show_document` follows): they are freed
        by reference counting then, and the collection run before the read does not walk
        them (issue 16). The text stays on screen until then."""
        self.spans = {}
        self.suggestions = {}
        self.clusters = {}
        self.review_spans = None
        self.highlighter.index = SpanIndex("")
        self._bar_places = {}
        self._bar_rows = {}
        self._changed_text = {}
        self._glyphs_kept = {}
        self._hover_ids = []
        self._preview = []
        self.selected_id = None
        self.related_ids = []

    def show_review(
        self, text: str, spans: Sequence[Span], clusters: Sequence[ClusterMark]
    ) -> None:
        """Review mode: the annotators' `spans` in their label colours, and the clusters' marks.

        Spans with the same extent and label (annotators who agree) are shown
        once. `select_span(mark.id)` selects a cluster; a click on the text
        reports the innermost cluster under the pointer.
        """
        shown: dict[tuple[int, int, str], Span] = {}
        for span in spans:
            shown.setdefault((span.start, span.end, span.label), span)
        self.show_document(text, list(shown.values()))
        self.clusters = {mark.id: mark for mark in clusters}
        self.review_spans = frozenset(s.id for s in spans)
        self.gutter.update()

    def set_clusters(self, clusters: Sequence[ClusterMark]) -> None:
        """Replace the review markers only (a decision): the text is not painted again."""
        old = self._columns_cache
        self.clusters = {mark.id: mark for mark in clusters}
        if old is not None and len(old[1]) == len(self.clusters):
            # The same places (only decided or not changed): the margin columns stay.
            moved = [(self.clusters.get(mark.id), column) for mark, column in old[1]]
            if all(
                new is not None and (new.start, new.end) == (mark.start, mark.end)
                for (new, _column), (mark, _c) in zip(moved, old[1], strict=True)
            ):
                self._columns_cache = (
                    self.clusters,
                    [(new, column) for new, column in moved if new is not None],
                )
                self._column_slots = None
        if self.selected_id is not None and self.item(self.selected_id) is None:
            self.selected_id = None
        self.gutter.update()
        self.viewport().update()

    def update_clusters(self, changed: Sequence[ClusterMark]) -> None:
        """Replace some review markers in place (one decision): same places, new state.

        The margin columns are kept (a decision moves no marker), and only the part
        of the margin and the text beside the changed markers is repainted.
        """
        clusters = self.clusters
        fresh = [m for m in changed if m.id in clusters]
        if not fresh:
            return
        for mark in fresh:
            clusters[mark.id] = mark
        cached = self._columns_cache
        if cached is not None and cached[0] is clusters:
            placed = cached[1]
            if self._column_slots is None or len(self._column_slots) != len(placed):
                self._column_slots = {mark.id: n for n, (mark, _c) in enumerate(placed)}
            for mark in fresh:
                slot = self._column_slots.get(mark.id)
                if slot is not None:
                    placed[slot] = (mark, placed[slot][1])
        blocks = list(self._visible_blocks())
        for mark in fresh:
            extent = self._line_span(mark.start, mark.end, blocks) if blocks else None
            if extent is None:
                continue  # off screen: painted when scrolled to
            top, bottom = extent
            dy = self.viewport().y() - self.gutter.y()
            self.gutter.update(0, int(top + dy) - 2, self.gutter.width(), int(bottom - top) + 4)
            self.viewport().update(0, int(top) - 2, self.viewport().width(), int(bottom - top) + 4)

    def _highlight_visible(self) -> None:
        """Format the blocks on screen that have not been formatted since the text was set."""
        ready = self.highlighter.ready
        known = self._visible
        if (
            known is not None
            and known[0] == self._visible_key()
            and all(block.blockNumber() in ready for block, _top in known[1])
        ):
            return  # the blocks on screen, unmoved, are all formatted
        # Each block formatted before the walk measures it: formatting lets go of a
        # block's lines, so a block measured first was laid out twice (a third of the
        # layouts of a page of new text, issue 16).
        self._format_walked = True
        try:
            self._visible = None
            self._visible_blocks()
        finally:
            self._format_walked = False

    def _format_new(self, block: QTextBlock) -> None:
        """Format `block` if it has not been since the text was set (not laid out for the
        highlighter's cursor: `ReadingLayout.formatting`)."""
        highlighter = self.highlighter
        number = block.blockNumber()
        if number in highlighter.ready:
            return
        highlighter.ready.add(number)
        if highlighter.index.by_block.get(number) or number in highlighter.furniture_blocks:
            layout = self.reading_layout
            lines = block.layout()
            layout.formatting = lines is None or not lines.lineCount()
            try:
                highlighter.rehighlightBlock(block)
            finally:
                layout.formatting = False

    def set_furniture(self, ranges: Sequence[tuple[int, int]]) -> None:
        """Grey these ranges (code points) as page furniture; [] for none."""
        highlighter = self.highlighter
        old = highlighter.furniture
        highlighter.furniture = [(a, b) for a, b in ranges]
        index = highlighter.index
        highlighter.furniture_blocks = {
            n for a, b in highlighter.furniture for n in index.blocks(a, b)
        }
        for a, b in {*old, *highlighter.furniture}:
            self._rehighlight(index.blocks(a, b))

    def furniture(self) -> list[tuple[int, int]]:
        return list(self.highlighter.furniture)

    def _rehighlight(
        self, blocks: Iterable[int], spans_over: Sequence[tuple[int, int]] | None = None
    ) -> None:
        """Format `blocks` again (when the key press's batch ends, inside one); with
        `spans_over`, only the spans over that text (code points) changed there."""
        changed = self._changed_text
        blocks = list(blocks)
        for number in blocks:
            if spans_over is None:
                changed[number] = None
            else:
                known = changed.get(number, [])
                if known is not None:
                    changed[number] = [*known, *spans_over]
        if self._batch:
            self._stale_blocks.update(blocks)  # formatted when `overlays_once` ends
            return
        self._format_blocks(blocks)

    def _format_blocks(self, blocks: Iterable[int]) -> None:
        document = self.document()
        ready = self.highlighter.ready
        changed = self._changed_text
        for number in blocks:
            if number not in ready:
                changed.pop(number, None)
                continue  # not shown yet: formatted with the current spans when it is
            block = document.findBlockByNumber(number)
            if block.isValid():
                self._keep_glyphs(block)
                self.highlighter.rehighlightBlock(block)
            changed.pop(number, None)

    def _keep_glyphs(self, block: QTextBlock) -> None:
        """Have `block`'s layout keep the glyphs it shapes when it is laid out next (the
        formatting that follows), for the last GLYPHS_KEPT blocks formatted.

        Qt shapes a block's text to lay it out, then frees the glyphs; each later use of
        a line shapes it again: the two cursors of the selected span's tint, the text
        cursor drawn, the lines repainted. After a key press that was the tagged line
        shaped four times more (about 0.8 M instructions a press, issue 16). Kept glyphs
        are the same glyphs. They cost memory (about 35 bytes a character), so a block
        that drops out of the last GLYPHS_KEPT lets go of them: off screen, its lines go
        too (they are laid out again when it is shown, as after Qt's own relayout); on
        screen, at its next layout.
        """
        number = block.blockNumber()
        kept = self._glyphs_kept
        layout = block.layout()
        if layout is None:
            return
        kept.pop(number, None)
        kept[number] = None
        layout.setCacheEnabled(True)
        if len(kept) <= GLYPHS_KEPT:
            return
        oldest = next(iter(kept))
        del kept[oldest]
        old = self.document().findBlockByNumber(oldest)
        old_layout = old.layout() if old.isValid() else None
        if old_layout is None:
            return
        old_layout.setCacheEnabled(False)
        if all(shown != old for shown, _top in self._visible_blocks()):
            # Laying out nothing frees what the layout holds: it has no lines then, and
            # is laid out anew when next asked for (ReadingLayout measures it again).
            old_layout.beginLayout()
            old_layout.endLayout()

    def _repaint_changed(self, block: QTextBlock) -> bool:
        """Repaint the lines of `block` (just formatted again, to the same height) whose
        text or bars look different, when only spans changed in it; False, and nothing
        repainted, when the whole block is to be (anything else changed, its lines broke
        otherwise, its bars were never painted, or the margin or review marks follow).

        A line looks different where a changed span's text runs (its tint, its bar) and
        where another span's bar moved to another row; the rest of the block keeps its
        pixels. (Left of the text column, Qt draws a glyph's overhang, a pixel of a serif,
        only while its block holds no selection: a line kept can differ there from one
        painted now, as with Qt's own repaint of a selection.)
        """
        number = block.blockNumber()
        over = self._changed_text.pop(number, None)
        if not over or self.clusters or self._gutter_marks():
            return False
        known_rows = self._bar_rows.get(number)
        known_places = self._bar_places.get(number)
        layout = block.layout()
        if known_rows is None or known_places is None or layout is None:
            return False
        lines = [layout.lineAt(n) for n in range(layout.lineCount())]
        shape = [(ln.textStart(), ln.textLength(), ln.x(), ln.naturalTextWidth()) for ln in lines]
        if shape != known_places[0]:
            return False
        # The bar rows now (kept for the paint, as `_paint_bars` keeps them): a span whose
        # row moved repaints its lines too.
        spans = self.highlighter.index.by_block.get(number) or []
        (max_row, before), old_rows = known_rows
        stacked = tuple(map(_STACKED, spans))
        if stacked != before:
            changed = set(before) ^ set(stacked)
            # Only the spans overlapping what changed are stacked again (`restack_rows`).
            rows = restack_rows(spans, old_rows, changed, max_row) if spans else {}
            self._bar_rows[number] = ((max_row, stacked), rows)
            over = [*over, *((start, end) for _i, start, end, _p in changed)]
            over += [
                (s.start, s.end) for s in spans if old_rows.get(s.id, rows[s.id]) != rows[s.id]
            ]
        position = block.position()
        to16 = self.map.to_utf16
        # Where the block stands, from the walk of the blocks on screen (kept while no block
        # moved): Qt's geometry of a block walks from the top of the view to it, asking the
        # layout for every block on the way (about seven questions a key press, issue 16).
        top = next((y for shown, y in self._visible_blocks() if shown == block), None)
        if top is None:
            top = self.blockBoundingGeometry(block).translated(self.contentOffset()).top()
        room = self.reading_layout.line_room
        bands: list[tuple[float, float]] = []
        for start, end in over:
            a16, b16 = to16(start) - position, to16(end) - position
            for line in lines:
                line_start = line.textStart()
                if line_start >= b16 and not (a16 == b16 == line_start):
                    break
                if line_start + line.textLength() < a16:
                    continue
                y = top + line.y()
                bands.append((y - 2, y + line.height() + room + 2))
        viewport = self.viewport()
        width = viewport.width()
        for y0, y1 in sorted(set(bands)):
            viewport.update(QRect(0, int(y0), width, int(y1 - y0) + 2))
        return True

    def add_span(self, span: Span) -> None:
        self.spans[span.id] = span
        self._rehighlight(self.highlighter.index.add(span), [(span.start, span.end)])

    def remove_span(self, span_id: str, start: int, end: int) -> None:
        self.spans.pop(span_id, None)
        self._rehighlight(self.highlighter.index.remove(span_id, start, end), [(start, end)])
        if self.selected_id == span_id:
            self.select_span(None)

    def show_suggestions(self, suggestions: list[Span]) -> None:
        """Replace the suggestions shown (spans with provenance 'suggested')."""
        index = self.highlighter.index
        blocks: set[int] = set()
        fresh = {s.id: s for s in suggestions}
        before = self.suggestions
        # Only what changed is taken out and put in: a propagation adds a few to many.
        for old in before.values():
            if fresh.get(old.id) is not old:
                blocks.update(index.remove(old.id, old.start, old.end))
        blocks |= index.add_many(new for new in suggestions if before.get(new.id) is not new)
        self.suggestions = fresh
        # Only the blocks formatted already (on screen once) are formatted again; the
        # others take the new spans when they first come on screen.
        for number in sorted(blocks.intersection(self.highlighter.ready)):
            self._rehighlight(range(number, number + 1))
        if (
            self.selected_id
            and self.selected_id not in self.spans
            and (self.selected_id not in self.suggestions)
        ):
            self.selected_id = None
        self._paint_selection()

    def change_suggestions(self, added: Sequence[Span], removed: Sequence[Span]) -> None:
        """Show the suggestions `added` and take away those `removed`; the others stay."""
        index = self.highlighter.index
        blocks: set[int] = set()
        shown = self.suggestions
        over: list[tuple[int, int]] = []
        for gone in removed:
            if shown.get(gone.id) is gone:
                del shown[gone.id]
                blocks.update(index.remove(gone.id, gone.start, gone.end))
                over.append((gone.start, gone.end))
        for new in added:
            old = shown.get(new.id)
            if old is not None:
                blocks.update(index.remove(old.id, old.start, old.end))
                over.append((old.start, old.end))
            shown[new.id] = new
            blocks.update(index.add(new))
            over.append((new.start, new.end))
        # A few (a tag confirming one, a rejection): their lines; many (a propagation over
        # a name's mentions), whole blocks, not every range looked at in every block.
        spans_over = over if len(over) <= 16 else None
        for number in sorted(blocks):
            self._rehighlight(range(number, number + 1), spans_over)
        selected = self.selected_id
        if selected and selected not in self.spans and selected not in shown:
            self.selected_id = None
        self._paint_selection()

    def item(self, item_id: str | None) -> Span | None:
        """A span, a suggestion or a review cluster (as a span of its class) shown in the view."""
        if not item_id:
            return None
        mark = self.clusters.get(item_id)
        if mark is not None:
            return Span(mark.id, "", mark.start, mark.end, mark.kind, "")
        return self.spans.get(item_id) or self.suggestions.get(item_id)

    def change_span(self, span: Span, old_start: int, old_end: int) -> None:
        index = self.highlighter.index
        blocks = set(index.remove(span.id, old_start, old_end))
        blocks |= set(index.add(span))
        self.spans[span.id] = span
        self._rehighlight(
            range(min(blocks), max(blocks) + 1), [(old_start, old_end), (span.start, span.end)]
        )
        self._paint_selection()

    # -- selection ---------------------------------------------------------------

    def select_span(
        self, span_id: str | None, related: list[str] | None = None, *, scroll: bool = False
    ) -> None:
        self.selected_id = span_id
        self.related_ids = related or []
        if span_id is not None and scroll and self.item(span_id) is not None:
            span = self.item(span_id)
            assert span is not None
            # A span whose first line is on screen stays where it is (stepping through
            # review clusters keeps the text still and repaints only their lines); one
            # off screen is brought to the middle.
            shown = self._fragments(span.start, min(span.end, span.start + 1))
            height = self.viewport().height()
            still = bool(shown) and shown[0].top() >= 0 and shown[0].bottom() <= height
            cursor = self.textCursor()
            cursor.setPosition(self.map.to_utf16(span.start))
            self.setTextCursor(cursor)
            if not still:
                self.centerCursor()
        self._paint_selection()

    def _selection_for(self, span: Span, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        extra = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.map.to_utf16(span.start))
        cursor.setPosition(self.map.to_utf16(span.end), QTextCursor.MoveMode.KeepAnchor)
        extra.cursor = cursor
        extra.format = fmt
        return extra

    def _paint_selection(self) -> None:
        # ExtraSelections only for the selected span and its speaker: a handful, cheap.
        # A selected review cluster is outlined instead, so its label colours stay.
        if self._batch:
            # Set once when `overlays_once` ends: a tag selects the new span and may then
            # take away the suggestion it confirms, and each would set it again.
            self._selection_stale = True
            return
        extras = []
        span = None if self.selected_id in self.clusters else self.item(self.selected_id)
        if span is not None:
            color = self.highlighter._color(span.label)
            fmt = QTextCharFormat()
            if span.provenance == "suggested":
                # The suggestion being decided: strong tint, dashed, never solid like a span.
                fmt.setBackground(tint(color, 0.55))
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
                fmt.setUnderlineColor(shade(color, 0.2))
            else:
                # A strong tint and a frame (`_paint_selected_frame`), never a solid fill:
                # the text colour and the bars of the spans nested in it stay visible.
                fmt.setBackground(tint(color, 0.55))
            extras.append(self._selection_for(span, fmt))
        # Related spans (the speaker, or the quotes) are outlined by `_paint_related`,
        # so the colours of what is nested in them stay visible.
        with self.reading_layout.layouts_kept():
            self.setExtraSelections(extras)
        self._update_overlays()
        # A speaker link runs between two places in the margin: all of it is repainted.
        # (A review cluster's marker is repainted with its lines, by _update_overlays.)
        if self._gutter_marks() and not self.clusters:
            self.gutter.update()

    @contextmanager
    def overlays_once(self) -> Iterator[None]:
        """Work out the lines the overlays changed once, when the block ends: a key press
        that tags, clears the text selection and selects the new span (or deletes and
        deselects) measures the lines on screen once, not at every step. A block whose
        spans change more than once inside (a tag that also confirms the suggestion over
        its words) is formatted once, when the block ends."""
        self._batch += 1
        try:
            yield
        finally:
            self._batch -= 1
            if not self._batch:
                stale, self._stale_blocks = self._stale_blocks, set()
                self._format_blocks(sorted(stale))
                if self._selection_stale:
                    self._selection_stale = False
                    self._paint_selection()
                if self._overlays_changed:
                    self._overlays_changed = False
                    self._update_overlays()

    def _update_overlays(self) -> None:
        """Repaint the lines the overlays (selected frame, related outlines, preview, hover
        tags) marked before and mark now, not the whole view: a key press repaints the
        lines it changed."""
        if self._batch:
            self._overlays_changed = True
            return
        # Done now: the end of `overlays_once` (whose selection repaint comes here first)
        # does not work the same lines out again.
        self._overlays_changed = False
        ids = [self.selected_id, *self.related_ids, *self._hover_ids]
        items = [self.item(item_id) for item_id in ids if item_id]
        now = [(item.start, item.end) for item in items if item is not None]
        now += [(start, end) for _labels, start, end in self._preview]
        before, self._overlaid = self._overlaid, now
        viewport = self.viewport()
        # Frames, cluster outlines and preview outlines reach a few pixels past their
        # lines; hover tags stack above a span's first line; the bars sit in the room
        # under each line. In review, the margin beside a cluster shows its marker, drawn
        # larger while it is selected: that band of the margin is repainted too.
        tag = self._tag_height() + 3
        above = 12 + tag * len(self._hover_ids)
        below = 12 + self.reading_layout.line_room
        width, length = viewport.width(), len(self.text)
        review = bool(self.clusters)
        shift = viewport.y() - self.gutter.y()
        ranges = {*before, *now}
        blocks = list(self._visible_blocks()) if ranges else []
        for start, end in ranges:
            rects = self._fragments(min(start, length), min(end, length), blocks)
            if rects:
                top = min(r.top() for r in rects) - above
                bottom = max(r.bottom() for r in rects) + below
                band = QRect(0, int(top), width, int(bottom - top) + 1)
                viewport.update(band)
                if review:
                    self.gutter.update(0, band.y() + shift, self.gutter.width(), band.height())

    def selected_range(self) -> tuple[int, int] | None:
        """The text selection in code points, or None when nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.map.to_codepoint(cursor.selectionStart())
        end = self.map.to_codepoint(cursor.selectionEnd(), round_up=True)
        return (start, end) if start < end else None

    def cursor_offset(self) -> int:
        """The text cursor's position as a code-point offset."""
        return self.map.to_codepoint(self.textCursor().position())

    def select_text(self, start: int, end: int) -> None:
        """Select code points [start, end) as if the analyst had dragged over them."""
        cursor = self.textCursor()
        cursor.setPosition(self.map.to_utf16(start))
        cursor.setPosition(self.map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        with self.reading_layout.layouts_kept():
            self.setTextCursor(cursor)

    def clear_text_selection(self) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        with self.reading_layout.layouts_kept():
            self.setTextCursor(cursor)

    # -- the snapping preview ----------------------------------------------------

    def _update_preview(self) -> None:
        """Recompute the extents the selection would snap to, one per distinct result.

        The same function as the label keys use (`snap_selection`), so the
        frame shown while dragging is exactly what a label key stores.
        """
        previous = self._preview
        selection = self.selected_range()
        self._preview = []
        if selection is not None and self.text:
            labels = (
                list(self.preview_labels)
                if self.preview_labels is not None
                else [label.name for label in self.schema.labels]
            )
            extents: dict[tuple[int, int], list[str]] = {}
            for label in labels:
                start, end = snap_selection(self.text, *selection, label, words=self.snap_words)
                if start < end:
                    extents.setdefault((start, end), []).append(label)
            self._preview = [(tuple(names), a, b) for (a, b), names in extents.items()]
        if self._preview != previous:
            self._update_overlays()

    def preview(self, label: str | None = None) -> tuple[int, int] | None:
        """The extent previewed for `label` (None: the only extent, when all labels agree)."""
        for labels, start, end in self._preview:
            if label is None and len(self._preview) == 1:
                return start, end
            if label in labels:
                return start, end
        return None

    # -- geometry ------------------------------------------------------------------

    def point_of(self, offset: int) -> QPoint:
        """Viewport coordinates of the middle of the character at code point `offset`."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.map.to_utf16(offset))
        left = self.cursorRect(cursor)
        cursor.setPosition(self.map.to_utf16(offset + 1))
        right = self.cursorRect(cursor)
        x = (left.x() + right.x()) // 2 if right.y() == left.y() else left.x() + 3
        return QPoint(x, left.center().y())

    def offset_at(self, point: QPoint) -> int | None:
        """The code point of the character under `point` (viewport coordinates)."""
        cursor = self.cursorForPosition(point)
        position = cursor.position()
        rect = self.cursorRect(cursor)
        if point.x() < rect.x():
            position -= 1
        if position < 0 or position >= self.map.length_u16:
            return None
        block = cursor.block()
        if position >= block.position() + block.length() - 1 and point.x() > rect.x() + 2:
            return None  # past the end of the line
        return self.map.to_codepoint(position)

    def spans_at(self, offset: int) -> list[Span]:
        """Spans covering the character at `offset`, innermost (shortest) first."""
        block = self.highlighter.index.block_of(offset)
        hits = [
            s for s in self.highlighter.index.by_block.get(block, []) if s.start <= offset < s.end
        ]
        # Innermost first, so a suggestion inside an analyst's span is what a click on it
        # selects; at equal extent the analyst's span comes first.
        hits.sort(key=lambda s: (s.end - s.start, s.provenance == "suggested", s.start))
        return hits

    def clusters_at(self, offset: int) -> list[ClusterMark]:
        """Review clusters covering `offset`, innermost first."""
        hits = [m for m in self.clusters.values() if m.start <= offset < m.end]
        hits.sort(key=lambda m: (m.end - m.start, m.start))
        return hits

    def _visible_blocks(self) -> Iterator[tuple[QTextBlock, float]]:
        """The blocks on screen with their top in viewport coordinates.

        Asked three times per key press (the overlays' lines, the highlighting of new
        lines, the paint); walked again only when the view scrolled or resized or a
        block may have moved (`ReadingLayout.generation`).
        """
        key = self._visible_key()
        known = self._visible
        if known is not None and known[0] == key:
            return iter(known[1])
        blocks = list(self._walk_visible_blocks())
        # The walk may measure blocks: the key after it is the one they stand for.
        self._visible = (self._visible_key(), blocks)
        return iter(blocks)

    def _visible_key(self) -> tuple[int, int, int, int, int, float]:
        viewport = self.viewport()
        return (
            self.reading_layout.generation,
            self.verticalScrollBar().value(),
            self.horizontalScrollBar().value(),
            viewport.width(),
            viewport.height(),
            self.contentOffset().y(),
        )

    def _walk_visible_blocks(self) -> Iterator[tuple[QTextBlock, float]]:
        block = self.firstVisibleBlock()
        if not block.isValid():
            return
        # Formatting new blocks first (`_highlight_visible`): the blocks formatted already.
        ready = self.highlighter.ready if self._format_walked else None
        if ready is not None and block.blockNumber() not in ready:
            self._format_new(block)  # where the first block stands depends on its lines
        top = self.blockBoundingGeometry(block).translated(self.contentOffset()).top()
        bottom = self.viewport().height()
        while block.isValid() and top <= bottom:
            if ready is not None and block.blockNumber() not in ready:
                self._format_new(block)
            height = self.blockBoundingRect(block).height()
            if block.isVisible():
                yield block, top
            top += height
            block = block.next()

    def _fragments(
        self, start: int, end: int, blocks: Sequence[tuple[QTextBlock, float]] | None = None
    ) -> list[QRectF]:
        """Line rectangles (viewport coordinates, text height only) of [start, end) on screen."""
        if start >= end:
            return []
        a16, b16 = self.map.to_utf16(start), self.map.to_utf16(end)
        x0 = self.contentOffset().x()
        found = []
        for block, top in blocks if blocks is not None else self._visible_blocks():
            position = block.position()
            if position + block.length() <= a16 or position >= b16:
                continue
            layout = block.layout()
            for number in range(layout.lineCount()):
                line = layout.lineAt(number)
                line_start = position + line.textStart()
                line_end = line_start + line.textLength()
                lo, hi = max(a16, line_start), min(b16, line_end)
                if lo >= hi:
                    continue
                left = _x_of(line, lo - position)
                right = _x_of(line, hi - position)
                y = top + line.y()
                found.append(QRectF(x0 + left, y, right - left, line.height()))
        return found

    # -- painting over the text ------------------------------------------------------

    def _paint_overlays(self, painter: QPainter, dirty: QRect | None = None) -> None:
        blocks = list(self._visible_blocks())
        if not blocks:
            return
        # The bars stay inside their block: only the blocks Qt asked to repaint get theirs.
        if dirty is not None:
            bottoms = [top for _block, top in blocks[1:]] + [float(self.viewport().height())]
            self._paint_bars(
                painter,
                [
                    (block, top)
                    for (block, top), bottom in zip(blocks, bottoms, strict=True)
                    if bottom >= dirty.top() and top <= dirty.bottom()
                ],
                (dirty.top(), dirty.bottom()),
            )
        else:
            self._paint_bars(painter, blocks)
        self._paint_selected_frame(painter, blocks)
        self._paint_related(painter, blocks)
        self._paint_cluster_outline(painter, blocks)
        self._paint_preview(painter, blocks)
        self._paint_hover_tags(painter, blocks)

    def _paint_bars(
        self,
        painter: QPainter,
        blocks: list[tuple[QTextBlock, float]],
        band: tuple[int, int] | None = None,
    ) -> None:
        """The bars under the spans of `blocks` (each with its top); with `band`, the top
        and bottom y of the repainted rectangle, only the bars of the lines that reach
        into it are drawn (a key press repaints a line or two of a long paragraph; the
        painter's clip left the others' pixels alone anyway)."""
        index = self.highlighter.index
        room = self.reading_layout.line_room
        max_row = max(0, int((room - BAR_HEIGHT) // BAR_STEP))
        x0 = self.contentOffset().x()
        color_of = self.highlighter._color
        places_of = self._bar_places
        stacks = self._bar_rows
        reach = max_row * BAR_STEP + BAR_HEIGHT + 4
        dashed: dict[str, QPen] = {}  # label -> a suggestion's pen, made once per paint
        drawn_with: object = None  # the pen or brush set last: set again only on a change
        for block, top in blocks:
            number = block.blockNumber()
            spans = index.by_block.get(number)
            if not spans:
                continue
            # The bar rows stay while the block's spans do (a key press changes one block's).
            stacked = tuple(map(_STACKED, spans))
            known_rows = stacks.get(number)
            if known_rows is None or known_rows[0] != (max_row, stacked):
                known_rows = stacks[number] = ((max_row, stacked), stack_rows(spans, max_row))
            rows = known_rows[1]
            layout = block.layout()
            # Each line's extent and bar baseline, read once per block (not per span).
            lines = []
            shape = []
            shown = []  # by line: whether its bars can reach into the band
            for n in range(layout.lineCount()):
                line = layout.lineAt(n)
                line_start = line.textStart()
                length = line.textLength()
                below = top + line.y() + line.height() + 1
                lines.append((line, line_start, line_start + length, below))
                shape.append((line_start, length, line.x(), line.naturalTextWidth()))
                # A bar of the lowest row runs to `reach` below the line (a dashed pen's
                # width straddles its y; antialiasing touches a pixel more): kept wide.
                shown.append(band is None or (below - 4 <= band[1] and below + reach >= band[0]))
            # Where each span's bar runs on each line (x in the layout) stays right while
            # the block's lines break and measure as they did: a key press repaints the
            # block it changed, and only the span it added is measured.
            known = places_of.get(number)
            if known is None or known[0] != shape:
                known = places_of[number] = (shape, {})
            places = known[1]
            # The lines that reach into the band are one run (each line lies below the one
            # before): a span whose bar lines all fall before or after that run is passed
            # over with two comparisons, not a generator per span (a long paragraph has
            # dozens of spans, and a key press repaints a line or two of it; issue 16).
            # A span that passes draws only on its lines in the run, as below.
            first_shown = shown.index(True) if True in shown else len(shown)
            last_shown = len(shown) - 1 - shown[::-1].index(True) if True in shown else -1
            for span in spans:
                key = (span.id, span.start, span.end)
                segments = places.get(key)
                if segments is None:
                    segments = places[key] = self._bar_segments(span, block.position(), lines)
                if not segments or segments[-1][0] < first_shown or segments[0][0] > last_shown:
                    continue
                row = min(rows.get(span.id, 0), max_row)
                if span.provenance == "suggested":
                    pen = dashed.get(span.label)
                    if pen is None:
                        color = color_of(span.label)
                        pen = dashed[span.label] = QPen(
                            shade(color, 0.15), BAR_HEIGHT, Qt.PenStyle.DashLine
                        )
                        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                    if drawn_with is not pen:
                        painter.setPen(pen)
                        drawn_with = pen
                    for n, left, right in segments:
                        if shown[n]:
                            y = lines[n][3] + row * BAR_STEP + 1
                            painter.drawLine(QPointF(x0 + left, y), QPointF(x0 + right, y))
                else:
                    color = color_of(span.label)
                    if drawn_with is not color:
                        painter.setPen(Qt.PenStyle.NoPen)
                        painter.setBrush(color)
                        drawn_with = color
                    for n, left, right in segments:
                        if shown[n]:
                            y = lines[n][3] + row * BAR_STEP
                            painter.drawRect(QRectF(x0 + left, y, right - left, BAR_HEIGHT))
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _bar_segments(
        self, span: Span, position: int, lines: list[tuple[QTextLine, int, int, float]]
    ) -> list[tuple[int, float, float]]:
        """(line number in the block, left x, right x in the layout) of each piece of
        `span`'s bar in the block at `position` (UTF-16), whose `lines` are given."""
        a16 = self.map.to_utf16(span.start) - position
        b16 = self.map.to_utf16(span.end) - position
        first = max(0, bisect_right([entry[1] for entry in lines], a16) - 1)
        segments = []
        for n in range(first, len(lines)):
            line, line_start, line_end, _below = lines[n]
            if line_start >= b16:
                break
            lo = max(a16, line_start)
            hi = min(b16, line_end)
            if lo < hi:
                segments.append((n, _x_of(line, lo), _x_of(line, hi)))
        return segments

    def _paint_selected_frame(
        self, painter: QPainter, blocks: list[tuple[QTextBlock, float]]
    ) -> None:
        span = self.spans.get(self.selected_id or "")
        if span is None:
            return
        painter.setPen(QPen(shade(self.highlighter._color(span.label), 0.3), 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect in self._fragments(span.start, span.end, blocks):
            # Its bottom edge stays above the label bars.
            painter.drawRoundedRect(rect.adjusted(-2, -1, 2, -1), 3, 3)

    def _paint_related(self, painter: QPainter, blocks: list[tuple[QTextBlock, float]]) -> None:
        for related_id in self.related_ids:
            other = self.item(related_id)
            if other is None:
                continue
            pen = QPen(shade(self.highlighter._color(other.label), 0.15), 1.6, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for rect in self._fragments(other.start, other.end, blocks):
                # Its bottom edge stays above the label bars.
                painter.drawRoundedRect(rect.adjusted(-2, -1, 2, -1), 3, 3)

    def _paint_cluster_outline(
        self, painter: QPainter, blocks: list[tuple[QTextBlock, float]]
    ) -> None:
        mark = self.clusters.get(self.selected_id or "")
        if mark is None:
            return
        painter.setPen(QPen(QColor(mark.color), 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect in self._fragments(mark.start, mark.end, blocks):
            painter.drawRoundedRect(rect.adjusted(-2, -1, 2, 1), 3, 3)

    def _paint_preview(self, painter: QPainter, blocks: list[tuple[QTextBlock, float]]) -> None:
        if not self._preview:
            return
        several = len(self._preview) > 1
        for number, (labels, start, end) in enumerate(self._preview):
            color = shade(self.highlighter._color(labels[0]), 0.2) if several else QColor("#1d2330")
            pen = QPen(color, 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            grow = 1.5 + 2.5 * number
            fragments = self._fragments(start, end, blocks)
            for rect in fragments:
                painter.drawRoundedRect(rect.adjusted(-grow, -grow / 2, grow, grow / 2), 3, 3)
            if several and fragments:
                # Which labels store which frame, under its last line's end.
                self._draw_tag(
                    painter,
                    " · ".join(labels),
                    color,
                    QPointF(fragments[-1].right() + grow, fragments[-1].bottom() + 2),
                    anchor_right=True,
                )

    def _tag_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.62))
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _tag_height(self) -> float:
        """The height of a hover tag's text (`_tag_font`), measured once per view font
        (`_update_metrics` forgets it): every key press asks it (`_update_overlays`), and
        a font and its metrics made for each ask cost about 50,000 instructions."""
        if self._tag_text_height is None:
            self._tag_text_height = QFontMetricsF(self._tag_font()).height()
        return self._tag_text_height

    def _draw_tag(
        self,
        painter: QPainter,
        name: str,
        color: QColor,
        corner: QPointF,
        *,
        anchor_right: bool = False,
        avoid: list[QRectF] | None = None,
    ) -> QRectF:
        """A small label tag (plain text, white on `color`) with its bottom-left at `corner`.

        With `anchor_right` the tag's top-right sits at `corner` instead. A tag that
        would overlap one in `avoid` is lifted a row at a time: it stays above its own
        span's first character, so two spans starting at one word show two tags
        stacked over that word, never one of them pushed over another span's text.
        """
        font = self._tag_font()
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        width = metrics.horizontalAdvance(name) + 8
        height = metrics.height() + 2
        if anchor_right:
            tag = QRectF(corner.x() - width, corner.y(), width, height)
        else:
            tag = QRectF(corner.x(), corner.y() - height, width, height)
        while avoid is not None and any(tag.intersects(other) for other in avoid):
            tag.translate(0, -(height + 1))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(tag, 3, 3)
        painter.setPen(QColor("white"))
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, name)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        return tag

    def _paint_hover_tags(self, painter: QPainter, blocks: list[tuple[QTextBlock, float]]) -> None:
        hovered = [s for s in (self.item(i) for i in self._hover_ids) if s is not None]
        used: list[QRectF] = []
        self.hover_tag_rects = {}
        for span in hovered:
            fragments = self._fragments(span.start, span.end, blocks)
            if not fragments:
                continue
            first = fragments[0]
            name = span.label + (" (suggested)" if span.provenance == "suggested" else "")
            color = shade(self.highlighter._color(span.label), 0.1)
            corner = QPointF(first.left(), first.top() - 1)
            used.append(self._draw_tag(painter, name, color, corner, avoid=used))
            self.hover_tag_rects[span.id] = used[-1]

    def hovered_labels(self) -> list[str]:
        """The label tags shown for the spans under the pointer, innermost first."""
        return [s.label for s in (self.item(i) for i in self._hover_ids) if s is not None]

    # -- the margin: review markers and speaker links ---------------------------------

    def _line_span(
        self, start: int, end: int, blocks: Sequence[tuple[QTextBlock, float]]
    ) -> tuple[float, float] | None:
        """The vertical extent (top, bottom) of [start, end) on screen, in viewport y."""
        fragments = self._fragments(start, end, blocks)
        if not fragments:
            return None
        return fragments[0].top(), fragments[-1].bottom()

    def _clamped_y(
        self, offset: int, blocks: Sequence[tuple[QTextBlock, float]]
    ) -> tuple[float, bool]:
        """The middle of the line holding `offset` (viewport y), clamped to the screen.

        The flag says whether it was clamped (the line is off screen).
        """
        fragments = self._fragments(offset, offset + 1, blocks)
        if fragments:
            return fragments[0].center().y(), False
        first_block = blocks[0][0] if blocks else None
        above = first_block is not None and self.map.to_utf16(offset) < first_block.position()
        return (2.0 if above else self.viewport().height() - 2.0), True

    def paint_gutter(self, painter: QPainter, width: int) -> bool:
        """Draw the margin (called by `Gutter`, coordinates shared with the viewport's y);
        True when it drew a review marker or a link."""
        if not self.clusters and not self.related_ids:
            return False
        blocks = list(self._visible_blocks())
        if not blocks:
            return False
        dy = self.viewport().y() - self.gutter.y()
        painter.translate(0, dy)
        if self.clusters:
            self._paint_cluster_markers(painter, width, blocks)
        link = self.connector()
        if link is not None:
            self._paint_link(painter, link)
        return True

    def _paint_cluster_markers(
        self, painter: QPainter, width: int, blocks: Sequence[tuple[QTextBlock, float]]
    ) -> None:
        first, _top = blocks[0]
        last, _bottom = blocks[-1]
        low = self.map.to_codepoint(first.position())
        end16 = min(last.position() + last.length(), self.map.length_u16)
        high = self.map.to_codepoint(end16, round_up=True)
        for mark, column in self._cluster_columns():
            if mark.start >= high:
                break
            if mark.end <= low:
                continue  # only the markers beside the lines on screen are drawn
            extent = self._line_span(mark.start, mark.end, blocks)
            if extent is None:
                continue
            top, bottom = extent
            x = width - 9 - min(column, 3) * 7
            color = QColor(mark.color)
            rect = QRectF(x, top + 1, 5, max(6.0, bottom - top - 2))
            selected = mark.id == self.selected_id
            if mark.decided:
                painter.setPen(QPen(color, 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
            if selected:
                rect.adjust(-2, -2, 2, 2)
            painter.drawRoundedRect(rect, 2, 2)
            if selected:
                # A pointer towards the text.
                path = QPainterPath(QPointF(rect.right() + 1, rect.center().y() - 4))
                path.lineTo(QPointF(width - 1, rect.center().y()))
                path.lineTo(QPointF(rect.right() + 1, rect.center().y() + 4))
                path.closeSubpath()
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
                painter.drawPath(path)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _cluster_columns(self) -> list[tuple[ClusterMark, int]]:
        """The review markers in text order, each with its margin column (computed once
        per set of clusters: a marker's column does not depend on the scroll position)."""
        cached = self._columns_cache
        if cached is not None and cached[0] is self.clusters:
            return cached[1]
        placed: list[tuple[ClusterMark, int]] = []
        columns: list[int] = []  # per column, the end offset of its last marker
        for mark in sorted(self.clusters.values(), key=lambda m: (m.start, -m.end)):
            column = next((c for c, end in enumerate(columns) if end <= mark.start), None)
            if column is None:
                column = len(columns)
                columns.append(mark.end)
            else:
                columns[column] = mark.end
            placed.append((mark, column))
        self._columns_cache = (self.clusters, placed)
        self._column_slots = None  # built by the first `update_clusters`
        return placed

    def connector(self) -> tuple[QPoint, QPoint] | None:
        """The selected span's link to its first related span, as drawn in the margin.

        Returns (point at the selected span, point at the related span) in
        gutter coordinates, or None when nothing linked is selected. The link
        runs in the left margin, so it never crosses the text.
        """
        span = self.item(self.selected_id)
        other = self.item(self.related_ids[0]) if self.related_ids else None
        if span is None or other is None:
            return None
        blocks = list(self._visible_blocks())
        x = self.gutter.width() - 6
        a, _ = self._clamped_y(span.start, blocks)
        b, _ = self._clamped_y(other.start, blocks)
        return QPoint(x, round(a)), QPoint(x, round(b))

    def _paint_link(self, painter: QPainter, link: tuple[QPoint, QPoint]) -> None:
        span = self.item(self.selected_id)
        other = self.item(self.related_ids[0]) if self.related_ids else None
        if span is None or other is None:
            return
        if (span.label != "QUOTE" and other.label == "QUOTE") or (
            span.label == other.label and other.end - other.start > span.end - span.start
        ):
            # The bracket goes beside the quote, the dot at the speaker, whichever is selected.
            span, other = other, span
        blocks = list(self._visible_blocks())
        width = self.gutter.width()
        color = shade(self.highlighter._color(span.label), 0.1)
        pen = QPen(color, 2.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # A bracket beside the quote's lines ...
        extent = self._line_span(span.start, span.end, blocks)
        edge = width - 3.0
        spine = width - 10.0
        if extent is not None:
            top, bottom = extent
            bracket = QPainterPath(QPointF(edge, top + 2))
            bracket.lineTo(QPointF(spine, top + 2))
            bracket.lineTo(QPointF(spine, bottom - 2))
            bracket.lineTo(QPointF(edge, bottom - 2))
            painter.drawPath(bracket)
            start_y = (top + bottom) / 2
        else:
            start_y = float(link[0].y())
        # ... and a curve through the margin to a dot at the speaker's line.
        end_y, clamped = self._clamped_y(other.start, blocks)
        reach = max(6.0, min(spine - 4.0, 8.0 + abs(end_y - start_y) / 12))
        path = QPainterPath(QPointF(spine, start_y))
        path.cubicTo(spine - reach, start_y, spine - reach, end_y, edge - 2, end_y)
        painter.drawPath(path)
        speaker_color = shade(self.highlighter._color(other.label), 0.1)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(speaker_color)
        if clamped:
            # The speaker is off screen: an arrowhead says which way.
            sign = -1 if end_y < start_y else 1
            arrow = QPainterPath(QPointF(edge - 6, end_y - sign * 5))
            arrow.lineTo(QPointF(edge + 1, end_y - sign * 5))
            arrow.lineTo(QPointF(edge - 2.5, end_y))
            arrow.closeSubpath()
            painter.drawPath(arrow)
        else:
            painter.drawEllipse(QPointF(edge - 1, end_y), 3.2, 3.2)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    # -- events ------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if event.buttons() != Qt.MouseButton.NoButton:
            return
        offset = self.offset_at(event.position().toPoint())
        hovered = [s.id for s in self.spans_at(offset)][:4] if offset is not None else []
        if hovered != self._hover_ids:
            self._hover_ids = hovered
            self.viewport().update()

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        if self._hover_ids:
            self._hover_ids = []
            self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        offset = self.offset_at(event.position().toPoint())
        if self.clusters:
            ids = [m.id for m in self.clusters_at(offset)] if offset is not None else []
        else:
            ids = [s.id for s in self.spans_at(offset)] if offset is not None else []
        if not ids:
            self._last_click = None
            self.emptyClicked.emit()
            return
        if offset == self._last_click and self.selected_id in ids:
            chosen = ids[(ids.index(self.selected_id) + 1) % len(ids)]
        else:
            chosen = ids[0]
        self._last_click = offset
        self.spanClicked.emit(chosen)

    def tooltip_text(self, offset: int) -> str:
        """The plain text of the tooltip for the character at `offset` ('' for none)."""
        hits = self.spans_at(offset)
        if not hits or self.tooltip_for is None:
            return ""
        return self.tooltip_for(hits)

    def viewportEvent(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize or kind == QEvent.Type.Move:
            self._update_opaque()  # a scroll bar or a margin came or went beside it
        elif kind == QEvent.Type.ToolTip and self.tooltip_for is not None:
            pos = event.pos()  # type: ignore[attr-defined]
            offset = self.offset_at(pos)
            text = self.tooltip_text(offset) if offset is not None else ""
            if text:
                QToolTip.showText(event.globalPos(), plain_tooltip(text), self.viewport())  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)
