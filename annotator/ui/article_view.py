"""The article: a read-only QPlainTextEdit with spans painted by a QSyntaxHighlighter.

QPlainTextEdit lays out only what is on screen, and the highlighter looks up
spans per text block in an index, so a 1 MB article with 10,000 spans opens
fast and adding a span repaints only the blocks it touches (see
../shared/MEASURED.md). This module is the widget boundary: Qt positions are
UTF-16 code units and are converted to and from code points here, through
`Utf16Map`, and nowhere else.

Nesting: where spans overlap, the longest covering span paints the background
tint, the next one a coloured underline and darker text, a third bold text,
so an ACTOR inside a QUOTE inside a CASUALTY still reads.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from itertools import pairwise

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from annotator.core.model import Span
from annotator.core.offsets import Utf16Map
from annotator.core.schema import LabelSchema


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


class SpanIndex:
    """Spans per text block (one block per line), in code points."""

    def __init__(self, text: str) -> None:
        self.line_starts = [0]
        start = text.find("\n")
        while start != -1:
            self.line_starts.append(start + 1)
            start = text.find("\n", start + 1)
        self.by_block: dict[int, list[Span]] = defaultdict(list)

    def block_of(self, offset: int) -> int:
        return bisect_right(self.line_starts, offset) - 1

    def blocks(self, start: int, end: int) -> range:
        return range(self.block_of(start), self.block_of(max(start, end - 1)) + 1)

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


def _nesting(span: Span) -> tuple[int, int]:
    # Longest first: the outermost span paints the background.
    return (span.start - span.end, span.start)


class SpanHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, schema: LabelSchema) -> None:
        super().__init__(document)
        self.index = SpanIndex("")
        self.map = Utf16Map("")
        self.set_schema(schema)

    def set_schema(self, schema: LabelSchema) -> None:
        self.colors = {label.name: QColor(label.color) for label in schema.labels}
        self._formats: dict[tuple[str, ...], QTextCharFormat] = {}

    def _color(self, label: str) -> QColor:
        return self.colors.get(label, QColor("#888888"))

    def _format(self, labels: tuple[str, ...], suggested: str | None = None) -> QTextCharFormat:
        """The look of text covered by spans of `labels`, outermost first (cached).

        `suggested` is the label of a suggestion over the same text: a dashed
        underline, and a faint tint where no span paints the background.
        """
        key = (*labels, "?" + (suggested or ""))
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            if labels:
                fmt.setBackground(tint(self._color(labels[0]), 0.78))
            if len(labels) > 1:
                inner = self._color(labels[1])
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(inner)
                fmt.setForeground(shade(inner, 0.35))
            if len(labels) > 2:
                fmt.setFontWeight(QFont.Weight.Bold)
                fmt.setForeground(shade(self._color(labels[2]), 0.45))
            if suggested is not None and len(labels) <= 1:
                color = self._color(suggested)
                if not labels:
                    fmt.setBackground(tint(color, 0.93))
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
                fmt.setUnderlineColor(color)
            self._formats[key] = fmt
        return fmt

    def highlightBlock(self, text: str) -> None:
        number = self.currentBlock().blockNumber()
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
        cuts = {block_start, block_end}
        for span in spans:
            cuts.add(min(max(span.start, block_start), block_end))
            cuts.add(min(max(span.end, block_start), block_end))
        for a, b in pairwise(sorted(cuts)):
            covering = [s for s in spans if s.start <= a and s.end >= b]
            if not covering:
                continue
            if len(covering) > 1:
                covering.sort(key=_nesting)
            real = tuple(s.label for s in covering if s.provenance != "suggested")[:3]
            suggested = next((s.label for s in covering if s.provenance == "suggested"), None)
            fmt = self._format(real, suggested)
            start16 = to16(a) - base16
            self.setFormat(start16, to16(b) - base16 - start16, fmt)


class ArticleView(QPlainTextEdit):
    """Shows one document; reports clicks, hovers and keys as span ids and code points."""

    spanClicked = Signal(str)  # span id (repeated clicks cycle through overlapping spans)
    emptyClicked = Signal()
    stepRequested = Signal(int)  # Tab: +1, Shift+Tab: -1
    escapePressed = Signal()
    edgeRequested = Signal(str, int)  # "start"/"end", -1 left / +1 right

    def __init__(self, schema: LabelSchema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article")
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
        self.setFont(font)
        self.document().setDocumentMargin(24)
        self.highlighter = SpanHighlighter(self.document(), schema)
        self.schema = schema
        self.text = ""
        self.map = Utf16Map("")
        self.spans: dict[str, Span] = {}
        self.suggestions: dict[str, Span] = {}
        self.selected_id: str | None = None
        self.related_ids: list[str] = []
        self._last_click: int | None = None
        self.tooltip_for: object = None  # callable(span list) -> html, set by the window

    # -- content -----------------------------------------------------------------

    def show_document(self, text: str, spans: list[Span]) -> None:
        """Show `text` with `spans`; the index is built before setPlainText paints."""
        self.text = text
        self.map = Utf16Map(text)
        index = SpanIndex(text)
        for span in spans:
            index.add(span)
        self.spans = {s.id: s for s in spans}
        self.suggestions = {}
        self.highlighter.index = index
        self.highlighter.map = self.map
        self.selected_id = None
        self.related_ids = []
        self._last_click = None
        self.setPlainText(text)
        self._paint_selection()

    def _rehighlight(self, blocks: range) -> None:
        document = self.document()
        for number in blocks:
            block = document.findBlockByNumber(number)
            if block.isValid():
                self.highlighter.rehighlightBlock(block)

    def add_span(self, span: Span) -> None:
        self.spans[span.id] = span
        self._rehighlight(self.highlighter.index.add(span))

    def remove_span(self, span_id: str, start: int, end: int) -> None:
        self.spans.pop(span_id, None)
        self._rehighlight(self.highlighter.index.remove(span_id, start, end))
        if self.selected_id == span_id:
            self.select_span(None)

    def show_suggestions(self, suggestions: list[Span]) -> None:
        """Replace the suggestions shown (spans with provenance 'suggested')."""
        index = self.highlighter.index
        blocks: set[int] = set()
        for old in self.suggestions.values():
            blocks |= set(index.remove(old.id, old.start, old.end))
        self.suggestions = {s.id: s for s in suggestions}
        for new in suggestions:
            blocks |= set(index.add(new))
        for number in sorted(blocks):
            self._rehighlight(range(number, number + 1))
        if (
            self.selected_id
            and self.selected_id not in self.spans
            and (self.selected_id not in self.suggestions)
        ):
            self.selected_id = None
        self._paint_selection()

    def item(self, item_id: str | None) -> Span | None:
        """A span or a suggestion shown in the view."""
        if not item_id:
            return None
        return self.spans.get(item_id) or self.suggestions.get(item_id)

    def change_span(self, span: Span, old_start: int, old_end: int) -> None:
        index = self.highlighter.index
        blocks = set(index.remove(span.id, old_start, old_end))
        blocks |= set(index.add(span))
        self.spans[span.id] = span
        self._rehighlight(range(min(blocks), max(blocks) + 1))
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
            cursor = self.textCursor()
            cursor.setPosition(self.map.to_utf16(span.start))
            self.setTextCursor(cursor)
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
        extras = []
        span = self.item(self.selected_id)
        if span is not None:
            color = self.highlighter._color(span.label)
            fmt = QTextCharFormat()
            if span.provenance == "suggested":
                # The suggestion being decided: strong tint, dashed, never solid like a span.
                fmt.setBackground(tint(color, 0.55))
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
                fmt.setUnderlineColor(shade(color, 0.2))
            else:
                fmt.setBackground(color)
                fmt.setForeground(QColor("white"))
            extras.append(self._selection_for(span, fmt))
        for related_id in self.related_ids:
            other = self.item(related_id)
            if other is None:
                continue
            fmt = QTextCharFormat()
            fmt.setBackground(tint(self.highlighter._color(other.label), 0.45))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            fmt.setUnderlineColor(self.highlighter._color(other.label))
            fmt.setProperty(QTextFormat.Property.FontUnderline, True)
            extras.append(self._selection_for(other, fmt))
        self.setExtraSelections(extras)
        self.viewport().update()

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
        self.setTextCursor(cursor)

    def clear_text_selection(self) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

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
        # Analysts' spans before suggestions, innermost first within each.
        hits.sort(key=lambda s: (s.provenance == "suggested", s.end - s.start, s.start))
        return hits

    # -- events ------------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        offset = self.offset_at(event.position().toPoint())
        hits = self.spans_at(offset) if offset is not None else []
        if not hits:
            self._last_click = None
            self.emptyClicked.emit()
            return
        ids = [s.id for s in hits]
        if offset == self._last_click and self.selected_id in ids:
            chosen = ids[(ids.index(self.selected_id) + 1) % len(ids)]
        else:
            chosen = ids[0]
        self._last_click = offset
        self.spanClicked.emit(chosen)

    def event(self, event: QEvent) -> bool:
        # Tab would move the focus away; here it steps through spans instead.
        if event.type() == QEvent.Type.KeyPress:
            key_event = event
            assert isinstance(key_event, QKeyEvent)
            if key_event.key() == Qt.Key.Key_Tab and not key_event.modifiers() & ~(
                Qt.KeyboardModifier.KeypadModifier
            ):
                self.stepRequested.emit(1)
                return True
            if key_event.key() == Qt.Key.Key_Backtab:
                self.stepRequested.emit(-1)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self.selected_id is not None and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            direction = -1 if event.key() == Qt.Key.Key_Left else 1
            shift, alt = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.AltModifier
            if modifiers == shift:
                self.edgeRequested.emit("start", direction)
                return
            if modifiers == shift | alt:
                self.edgeRequested.emit("end", direction)
                return
        if event.key() == Qt.Key.Key_Escape:
            self.clear_text_selection()
            self.escapePressed.emit()
            return
        super().keyPressEvent(event)

    def connector(self) -> tuple[QPoint, QPoint] | None:
        """Where the selected span's link to its first related span is drawn (viewport points)."""
        span = self.item(self.selected_id)
        other = self.item(self.related_ids[0]) if self.related_ids else None
        if span is None or other is None:
            return None
        # Join the nearer edges: a quote's end to a speaker after it, its start to one before.
        if other.start >= span.end:
            return self._anchor(span.end, -4), self._anchor(other.start, 4)
        return self._anchor(span.start, 4), self._anchor(other.end, -4)

    def _anchor(self, offset: int, nudge: int) -> QPoint:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.map.to_utf16(offset))
        rect = self.cursorRect(cursor)
        return QPoint(rect.x() + nudge, rect.top())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        # The quote -> speaker link as a light arc over the text, when one is selected.
        ends = self.connector()
        if ends is None:
            return
        (a, b) = ends
        span = self.item(self.selected_id)
        assert span is not None
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(self.highlighter._color(span.label))
        color.setAlpha(170)
        painter.setPen(QPen(color, 1.6, Qt.PenStyle.DashLine))
        lift = max(18, abs(a.x() - b.x()) // 6)
        top = min(a.y(), b.y()) - lift
        path = QPainterPath(a)
        path.cubicTo(a.x(), top, b.x(), top, b.x(), b.y())
        painter.drawPath(path)
        painter.setBrush(color)
        painter.drawEllipse(b, 3, 3)
        painter.end()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and callable(self.tooltip_for):
            pos = event.pos()  # type: ignore[attr-defined]
            offset = self.offset_at(pos)
            hits = self.spans_at(offset) if offset is not None else []
            if hits:
                QToolTip.showText(event.globalPos(), self.tooltip_for(hits), self.viewport())  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)
