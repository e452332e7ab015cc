"""Choosing a quote's speaker by keyboard: a filterable list over the article.

S on a QUOTE opens `SpeakerChooser` beside the quote. It lists the ACTOR
spans outside the quote (a mention inside a quotation never said it), the
one the attribution grammar names first ("..., Marović told reporters"), then
the others by distance, each with the sentence around the mention. Typing
filters by name or actor type, ↑/↓ move, Enter links, Esc cancels; a click
on an ACTOR in the article still links it. The chooser only reports the
chosen span id: the annotation controller links it through the edit service
(one undoable edit).

Every string shown comes from the document and is drawn as plain text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Span

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
CONTEXT_ROLE = Qt.ItemDataRole.UserRole + 3
NOTE_ROLE = Qt.ItemDataRole.UserRole + 4
FILTER_ROLE = Qt.ItemDataRole.UserRole + 5


@dataclass(frozen=True)
class SpeakerChoice:
    """One row of the chooser: an ACTOR span and what is shown for it."""

    span_id: str
    name: str
    actor_type: str
    context: str
    attributed: bool
    distance: int
    current: bool = False


def speaker_choices(
    text: str, quote: Span, spans: Sequence[Span], current: str | None = None
) -> list[SpeakerChoice]:
    """The ACTOR spans that may have said `quote`, most likely first (see `rank_speakers`);
    `current` is the id of the speaker linked now, marked as such."""
    from annotator.core.suggest import Suggestion
    from annotator.core.suggest.speakers import rank_speakers

    actors = [s for s in spans if s.label == "ACTOR"]
    quotes = [
        Suggestion(s.start, s.end, "QUOTE") for s in spans if s.label == "QUOTE" and s != quote
    ]
    ranked = rank_speakers(
        text,
        (quote.start, quote.end),
        [Suggestion(a.start, a.end, "ACTOR", dict(a.attributes)) for a in actors],
        quotes,
    )
    return [
        SpeakerChoice(
            span_id=actors[c.index].id,
            name=" ".join(actors[c.index].covered(text).split()),
            actor_type=str(actors[c.index].attributes.get("type") or ""),
            context=c.context,
            attributed=c.attributed,
            distance=c.distance,
            current=actors[c.index].id == current,
        )
        for c in ranked
    ]


class _Filter(QSortFilterProxyModel):
    """Rows whose name or actor type holds every typed word (case-insensitive)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []

    def set_query(self, query: str) -> None:
        self.beginFilterChange()
        self.words = query.casefold().split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        haystack = str(index.data(FILTER_ROLE))
        return all(word in haystack for word in self.words)


class _ChoiceDelegate(QStyledItemDelegate):
    """Two lines per actor: the name (bold) with its type and note, then the context."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        return bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        bold, small = self._fonts(option)
        height = QFontMetrics(bold).height() + QFontMetrics(small).height() + 10
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            painter.fillRect(rect, palette.highlight())
        text_color = palette.highlightedText().color() if selected else palette.text().color()
        dim = QColor(text_color)
        dim.setAlpha(170)
        bold, small = self._fonts(option)
        inner = rect.adjusted(8, 4, -8, -4)
        name = str(index.data(NAME_ROLE))
        note = str(index.data(NOTE_ROLE))
        painter.setFont(bold)
        painter.setPen(text_color)
        metrics = QFontMetrics(bold)
        top = QRect(inner.left(), inner.top(), inner.width(), metrics.height())
        shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
        used = metrics.horizontalAdvance(shown)
        if note:
            painter.setFont(small)
            painter.setPen(dim)
            rest = QRect(top.left() + used + 10, top.top(), inner.width() - used - 10, top.height())
            painter.drawText(
                rest,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QFontMetrics(small).elidedText(note, Qt.TextElideMode.ElideRight, rest.width()),
            )
        painter.setFont(small)
        painter.setPen(dim)
        small_metrics = QFontMetrics(small)
        line = QRect(inner.left(), top.bottom() + 2, inner.width(), small_metrics.height())
        context = small_metrics.elidedText(
            str(index.data(CONTEXT_ROLE)), Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, context)
        painter.restore()


class _FilterBox(QLineEdit):
    """The filter field: ↑/↓/Page keys move in the list, Esc cancels, losing focus closes."""

    moveRequested = Signal(int)
    escaped = Signal()
    focusLost = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -5,
            Qt.Key.Key_PageDown: 5,
        }
        if event.key() in steps:
            self.moveRequested.emit(steps[Qt.Key(event.key())])
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # Tab would leave the chooser with the list still open: it moves down instead.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Tab:
                self.moveRequested.emit(1)
                return True
            if event.key() == Qt.Key.Key_Backtab:
                self.moveRequested.emit(-1)
                return True
        return super().event(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in (
            Qt.FocusReason.PopupFocusReason,
            Qt.FocusReason.ActiveWindowFocusReason,
        ):
            self.focusLost.emit()


class SpeakerChooser(QFrame):
    """A keyboard list of a quote's possible speakers, shown over the article."""

    chosen = Signal(str)  # the ACTOR span id to link as speaker
    cancelled = Signal()  # Esc

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("speakerChooser")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        # The title and the hint wrap in a narrow article (they were cut at its edge).
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.filter_box = _FilterBox()
        self.filter_box.setPlaceholderText("Type to filter by name or type…")
        self.filter_box.setClearButtonEnabled(True)
        layout.addWidget(self.filter_box)
        self.model = QStandardItemModel(self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QListView()
        self.view.setObjectName("speakerList")
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(_ChoiceDelegate(self.view))
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(True)
        layout.addWidget(self.view, 1)
        self.hint = QLabel("↑/↓ choose · Enter links · Esc cancels · or click an ACTOR")
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.filter_box.textChanged.connect(self._filter)
        self.filter_box.moveRequested.connect(self.step_choice)
        self.filter_box.returnPressed.connect(self.choose_current)
        self.filter_box.escaped.connect(self._cancel)
        self.filter_box.focusLost.connect(self.hide)
        self.view.clicked.connect(self._clicked)
        self.hide()

    # -- filling -----------------------------------------------------------------

    def open_for(self, quote_text: str, choices: Sequence[SpeakerChoice], anchor: QPoint) -> None:
        """Offer `choices` (most likely first) for the quote, near `anchor` (parent coords)."""
        words = " ".join(quote_text.split())
        if len(words) > 60:
            words = words[:57] + "…"
        self.title.setText(f"Speaker of “{words}”")
        self.model.clear()
        for choice in choices:
            notes = [
                n
                for n in (
                    choice.actor_type,
                    "named by the text" * choice.attributed,
                    "linked now" * choice.current,
                )
                if n
            ]
            item = QStandardItem(choice.name)
            item.setData(choice.span_id, ID_ROLE)
            item.setData(choice.name, NAME_ROLE)
            item.setData(choice.context, CONTEXT_ROLE)
            item.setData(" · ".join(notes), NOTE_ROLE)
            item.setData(f"{choice.name} {choice.actor_type}".casefold(), FILTER_ROLE)
            item.setToolTip("")  # the context line is plain text, never a tooltip guess
            item.setEditable(False)
            self.model.appendRow(item)
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        self.filter_box.blockSignals(False)
        self.proxy.set_query("")
        self._place(anchor)
        self.show()
        self.raise_()
        self._select(0)
        self.filter_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _place(self, anchor: QPoint) -> None:
        parent = self.parentWidget()
        assert parent is not None
        width = min(560, max(280, parent.width() - 16))
        rows = min(7, max(1, self.model.rowCount()))
        row_height = self.view.sizeHintForRow(0) if self.model.rowCount() else 36
        # The lines the title and the hint wrap into beyond one each.
        inner = width - 16
        wrapped = sum(
            max(0, label.heightForWidth(inner) - label.fontMetrics().height())
            for label in (self.title, self.hint)
        )
        height = min(parent.height() - 16, 110 + wrapped + rows * max(row_height, 30))
        x = min(max(8, anchor.x()), max(8, parent.width() - width - 8))
        y = anchor.y() + 18
        if y + height > parent.height() - 8:
            y = max(8, anchor.y() - height - 8)
        self.setGeometry(x, y, width, height)

    # -- keys --------------------------------------------------------------------

    def shown_names(self) -> list[str]:
        """The names listed now, top to bottom (after filtering)."""
        return [
            str(self.proxy.index(row, 0).data(NAME_ROLE)) for row in range(self.proxy.rowCount())
        ]

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def _select(self, row: int) -> None:
        if self.proxy.rowCount() == 0:
            self.view.setCurrentIndex(QModelIndex())
            return
        row = min(max(0, row), self.proxy.rowCount() - 1)
        index = self.proxy.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def step_choice(self, step: int) -> None:
        current = self.view.currentIndex()
        self._select((current.row() if current.isValid() else -1) + step)

    def _filter(self, query: str) -> None:
        self.proxy.set_query(query)
        self._select(0)
        matches = self.proxy.rowCount()
        self.hint.setText(
            "No actor matches: Esc cancels."
            if not matches
            else "↑/↓ choose · Enter links · Esc cancels · or click an ACTOR"
        )

    def choose_current(self) -> None:
        span_id = self.current_id()
        if span_id is None:
            return
        self.hide()
        self.chosen.emit(span_id)

    def _clicked(self, index: QModelIndex) -> None:
        self.view.setCurrentIndex(index)
        self.choose_current()

    def _cancel(self) -> None:
        self.hide()
        self.cancelled.emit()
