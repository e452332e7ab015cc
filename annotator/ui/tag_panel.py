"""The right-hand panel: label buttons, the document's spans, the selected span's attributes."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence
from itertools import pairwise
from operator import itemgetter
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QModelRoleData,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIntValidator, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core.chunked import ChunkedList
from annotator.core.document_spans import DocumentSpans
from annotator.core.model import Span
from annotator.core.schema import AttributeSpec, Label, LabelSchema, empty_meaning
from annotator.services.edits import SUGGESTION_PREFIX
from annotator.ui.article_view import plain_tooltip, tint
from annotator.ui.slot import Slot
from annotator.ui.span_delegate import Cell, SpanCellDelegate
from annotator.ui.span_table_view import SpanTableView
from annotator.ui.table_model import (
    BACKGROUND_AT,
    DISPLAY_AT,
    FONT_AT,
    FOREGROUND_AT,
    PaintedCellsModel,
)

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ID = int(Qt.ItemDataRole.UserRole) + 1
_SOLID = Qt.BrushStyle.SolidPattern  # QBrush(QColor, style): see document_model._SOLID
_SORT = int(Qt.ItemDataRole.UserRole) + 2
_SUGGESTED: dict[str, Any] = {}  # the italic font and grey brush, made once (after the app)


_EMPTY_ROW: tuple[Cell, ...] = (("", None, None, None),) * 5  # past the end (5 COLUMNS)


def _suggested_look(role: int) -> Any:
    if not _SUGGESTED:
        font = QFont()
        font.setItalic(True)
        _SUGGESTED["font"] = font
        _SUGGESTED["brush"] = QBrush(QColor("#7a808a"), _SOLID)
    return _SUGGESTED["font" if role == Qt.ItemDataRole.FontRole else "brush"]


def fill_with(widget: QWidget, color: QColor) -> None:
    """Have `widget` fill its own background with `color`, as an opaque widget.

    Widgets that change at a key press (a label button's count, a status bar label) are
    not opaque (rounded corners, no background), so Qt paints every widget under them
    first, down to the window's style-sheet background (about a sixth of the instructions
    of a button's repaint, issue 16). Given the colour those show there, an opaque widget
    between paints the same pixels with one fill, and Qt paints nothing under it. Not for
    a widget whose parent repaints whole with it: Qt paints an opaque widget on its own
    first, then again inside its parent's repaint.
    """
    palette = widget.palette()
    if palette.color(widget.backgroundRole()) != color:
        palette.setColor(widget.backgroundRole(), color)
        widget.setPalette(palette)
    widget.setAutoFillBackground(True)


def format_attributes(attributes: dict[str, Any]) -> str:
    """Attributes in full, for tooltips: "count_low=14, kind=killed"."""
    return ", ".join(f"{k}={v}" for k, v in attributes.items())


def compact_attributes(attributes: dict[str, Any]) -> str:
    """Attributes at a glance, for the table: "14–20 · killed · civilian"."""
    values = dict(attributes)
    parts = []
    if "count_low" in values or "count_high" in values:
        low, high = values.pop("count_low", None), values.pop("count_high", None)
        if low is not None and high is not None:
            parts.append(str(low) if low == high else f"{low}–{high}")
        elif low is not None:
            parts.append(f"{low}+")
        elif high is not None:
            parts.append(f"≤{high}")
    parts += [str(v) for v in values.values()]
    return " · ".join(parts)


# The span table's columns (SpanTableModel.COLUMNS) and their widths in pixels. The Text
# column stretches and has the priority: before it gets less than TEXT_WANTS (about 25
# characters), an empty Speaker column is hidden, then Attributes and Speaker shrink alike
# down to their least width (at 800 px the Text column had 40 px while the others kept 176).
LABEL_COLUMN, TEXT_COLUMN, ATTRIBUTES_COLUMN, SPEAKER_COLUMN, ANNOTATOR_COLUMN = range(5)
LABEL_WIDTH = 72
TEXT_WANTS = 180
SHRINKING = {ATTRIBUTES_COLUMN: (100, 56), SPEAKER_COLUMN: (76, 48)}  # (preferred, least)


def span_column_widths(room: int, *, speakers: bool) -> dict[int, int]:
    """The widths of the Attributes and Speaker columns when `room` pixels are left beside
    the Label column (the Text column takes what they leave; 0 hides a column).

    They keep their preferred widths while Text gets TEXT_WANTS; short of that, a Speaker
    column with nothing in it (`speakers` false) gives its width up first, then both
    shrink in proportion to what they can spare, never below their least widths.
    """
    widths = {column: preferred for column, (preferred, _least) in SHRINKING.items()}
    if room - sum(widths.values()) >= TEXT_WANTS:
        return widths
    if not speakers:
        widths[SPEAKER_COLUMN] = 0
    short = TEXT_WANTS - (room - sum(widths.values()))
    spare = {c: widths[c] - SHRINKING[c][1] for c in widths if widths[c]}
    total = sum(spare.values())
    if short > 0 and total > 0:
        taken = min(short, total)
        for column, can in spare.items():
            widths[column] -= round(taken * can / total)
    return widths


def _key(span: Span) -> tuple[int, int, str]:
    return (span.start, -span.end, span.id)


class _Rows(ChunkedList[Span | str]):
    """The table's rows: each entry a Span, or the id of a span in `items` whose Span is
    made when the row is first shown (a document just opened makes the rows on screen
    only); indexing and iteration always give Spans. In chunks: a row inserted or
    removed moves one chunk of rows, not every row after it (`ChunkedList`)."""

    __slots__ = ("items",)

    def __init__(self, entries: Iterable[Span | str], items: Mapping[str, Span]) -> None:
        super().__init__(entries)
        self.items = items

    def __getitem__(self, row: Any) -> Any:
        # Asked for every row painted: one lookup and one type check on the common path.
        if isinstance(row, slice):
            return [self[n] for n in range(*row.indices(len(self)))]
        chunk, at = self._locate(row)
        entries = self._chunks[chunk]
        entry = entries[at]
        if type(entry) is str:
            entry = entries[at] = self.items[entry]
        return entry

    def __iter__(self) -> Iterator[Span]:
        items = self.items
        for entries in self._chunks:
            for at, entry in enumerate(entries):
                if isinstance(entry, str):
                    entry = entries[at] = items[entry]
                yield entry

    def entries(self) -> Iterator[Span | str]:
        """The rows as kept: a row not shown yet is still its span's id."""
        return super().__iter__()


class SpanTableModel(PaintedCellsModel):
    """The document's spans and suggestions in text order, filtered by `show`.

    Rows stay in text order (start, longest first, id): a new, accepted or
    rejected item moves no other row relative to its neighbours. Every update
    is a single-row insert, remove or change found by bisection (no proxy, no
    scan); the display text of a row is computed once and cached.
    """

    COLUMNS = ("Label", "Text", "Attributes", "Speaker", "Annotator")
    IdRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2
    SHOW = ("all", "mine", "suggestions")
    # At most this many suggestion rows replaced by `set_suggestions` go in one by one
    # (each moves the rows on screen below it); more, one reset: a 5,000-character
    # article's 60-odd suggestions, inserted one by one as it opened, cost the window
    # about 4 ms of its 60 (issue 16).
    FEW_ROWS = 16

    def __init__(self, schema: LabelSchema) -> None:
        super().__init__()
        self.schema = schema
        self.items: MutableMapping[str, Span] = {}  # every span and suggestion by id
        self.spans: _Rows = _Rows([], self.items)  # the rows shown, in text order
        # Their sort keys, for bisection.
        self.keys: ChunkedList[tuple[int, int, str]] = ChunkedList()
        self.text = ""
        self.speakers: dict[str, str] = {}
        self.show = "all"
        self._cache: dict[str, tuple[str, ...]] = {}
        self._brushes: dict[str, QBrush] = {}
        # True while a row is inserted or removed: the table's current row then moves by
        # itself, which is not the analyst choosing a span.
        self.moving = False

    def _shown(self, span: Span) -> bool:
        suggested = span.provenance == "suggested"
        return self.show == "all" or (self.show == "suggestions") == suggested

    def _reset(self) -> None:
        self.beginResetModel()
        rows = sorted((s for s in self.items.values() if self._shown(s)), key=_key)
        self.spans = _Rows(rows, self.items)
        self.keys = ChunkedList([_key(s) for s in rows])
        self._cache = {}
        self.endResetModel()

    def set_spans(
        self,
        text: str,
        spans: Sequence[Span] | Mapping[str, Span],
        speakers: dict[str, str],
        keys: list[tuple[int, int, str]] | None = None,
    ) -> None:
        """A newly opened document: `spans` in text order (the session's index), or by id
        (a `DocumentSpans` is copied, sharing its rows: only the rows on screen make
        Spans); `keys`, when given, are their sort keys in text order (the session has
        them), and are needed with spans by id."""
        self.beginResetModel()
        self.text = text
        self.speakers = dict(speakers)
        self._cache = {}
        if isinstance(spans, Mapping):
            self.items = spans.copy() if isinstance(spans, DocumentSpans) else dict(spans)
            if keys is None:
                keys = sorted(_key(s) for s in self.items.values())
            if self.show == "all":
                # Every row shown, in the session's order: rows by id, keys sorted already.
                self.spans = _Rows([key[2] for key in keys], self.items)
                self.keys = ChunkedList(keys)
                self.endResetModel()
                return
            spans = [self.items[key[2]] for key in keys]
        else:
            self.items = {s.id: s for s in spans}
        if keys is not None and self.show == "all" and len(keys) == len(spans):
            # Every row shown, in the session's order: its keys are sorted already.
            self.spans = _Rows(spans, self.items)
            self.keys = ChunkedList(keys)
            self.endResetModel()
            return
        shown = [s for s in spans if self._shown(s)]
        keys = [_key(s) for s in shown]
        if any(a > b for a, b in pairwise(keys)):
            order = sorted(range(len(keys)), key=keys.__getitem__)
            shown = [shown[i] for i in order]
            keys = [keys[i] for i in order]
        self.spans = _Rows(shown, self.items)
        self.keys = ChunkedList(keys)
        self.endResetModel()

    def set_show(self, show: str) -> None:
        """Show "all" rows, only the analyst's ("mine") or only "suggestions"."""
        if show != self.show:
            self.show = show
            self._reset()

    def row_of(self, span_id: str) -> int | None:
        span = self.items.get(span_id)
        if span is None:
            return None
        key = _key(span)
        row = self.keys.bisect_left(key)
        return row if row < len(self.keys) and self.keys[row] == key else None

    def _insert(self, span: Span) -> None:
        key = _key(span)
        row = self.keys.bisect_left(key)
        self.moving = True
        try:
            self.beginInsertRows(QModelIndex(), row, row)
            # Chunked lists: the rows after `row` in its chunk move, not every row after
            # it (a tag near the top of a long article's 130,000 rows, issue 16).
            self.spans.insert(row, span)
            self.keys.insert(row, key)
            self.endInsertRows()
        finally:
            self.moving = False

    def _remove_row(self, row: int) -> None:
        self.moving = True
        try:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.spans[row]
            del self.keys[row]
            self.endRemoveRows()
        finally:
            self.moving = False

    def upsert(self, span: Span) -> None:
        row = self.row_of(span.id)
        old = self.items.get(span.id)
        self.items[span.id] = span
        self._cache.pop(span.id, None)
        if row is not None and old is not None and _key(old) == _key(span):
            self.spans[row] = span
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
            return
        if row is not None:
            self._remove_row(row)
        if self._shown(span):
            self._insert(span)

    def remove(self, span_id: str) -> None:
        row = self.row_of(span_id)
        if row is not None:
            self._remove_row(row)
        self.items.pop(span_id, None)
        self._cache.pop(span_id, None)

    def set_suggestions(self, suggestions: list[Span]) -> bool:
        """Replace the suggestion rows (shown in italics, annotator 'suggested'): the rows
        that went are removed and the new ones inserted, one by one when they are few (up
        to `FEW_ROWS`), else merged in with one reset. Returns whether the model was reset
        (the view's selection then went: `TagPanel.set_suggestions` puts it back)."""
        # By id (a suggestion's starts with "suggestion:"): no Span made for every span.
        old = {i for i in self.items if i.startswith(SUGGESTION_PREFIX)}
        new = {s.id: s for s in suggestions}
        gone, added = old - set(new), [s for i, s in new.items() if i not in old]
        if len(gone) + len(added) > self.FEW_ROWS:
            self._replace_many(new, gone)
            return True
        for item_id in gone:
            self.remove(item_id)
        for suggestion in added:
            self.upsert(suggestion)
        return False

    def change_suggestions(self, added: Sequence[Span], removed: Iterable[str]) -> None:
        """Add the suggestion rows `added` and remove those with the ids `removed`; the
        other rows stay (one by one when few change, merged in once when many do)."""
        gone = {i for i in removed if i in self.items}
        if len(gone) + len(added) > 200:
            self._replace_many({s.id: s for s in added}, gone)
            return
        for item_id in gone:
            self.remove(item_id)
        for suggestion in added:
            self.upsert(suggestion)

    def _replace_many(self, new: dict[str, Span], gone: set[str]) -> None:
        """Many suggestion rows change at once (a propagation on a long article): the rows
        that stay keep their order and the new ones, sorted among themselves, are merged in;
        the whole table is never sorted again."""
        before = self.items
        changed = {i for i, s in new.items() if before.get(i) is not s}
        self.beginResetModel()
        for item_id in gone:
            del before[item_id]
            self._cache.pop(item_id, None)
        for item_id in changed:
            self._cache.pop(item_id, None)
        before.update(new)
        # The rows as kept (a row not shown yet stays an id): key[2] is the row's id.
        staying = [
            (key, entry)
            for key, entry in zip(self.keys, self.spans.entries(), strict=True)
            if key[2] not in gone and key[2] not in changed
        ]
        incoming = sorted(
            ((_key(s), s) for i, s in new.items() if i in changed and self._shown(s)),
            key=itemgetter(0),
        )
        merged = list(heapq.merge(staying, incoming, key=itemgetter(0)))
        self.keys = ChunkedList([key for key, _span in merged])
        self.spans = _Rows([span for _key_, span in merged], self.items)
        self.endResetModel()

    def set_speakers(self, speakers: dict[str, str]) -> None:
        if speakers == self.speakers:
            return
        changed = {
            k
            for k in speakers.keys() | self.speakers.keys()
            if speakers.get(k) != self.speakers.get(k)
        }
        self.speakers = dict(speakers)
        for span_id in changed:
            self._cache.pop(span_id, None)
            row = self.row_of(span_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 3), self.index(row, 3))

    def set_speaker(self, quote_id: str, speaker: str) -> None:
        """One quote's speaker shown as `speaker` ("" for none): its cell repainted."""
        if self.speakers.get(quote_id, "") == speaker:
            return
        if speaker:
            self.speakers[quote_id] = speaker
        else:
            self.speakers.pop(quote_id, None)
        self._cache.pop(quote_id, None)
        row = self.row_of(quote_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 3), self.index(row, 3))

    def row_total(self) -> int:
        return len(self.spans)

    def _label_brush(self, label: str) -> QBrush | None:
        brush = self._brushes.get(label)
        if brush is None and self.schema.has_label(label):
            brush = QBrush(tint(QColor(self.schema.label(label).color), 0.7), _SOLID)
            self._brushes[label] = brush
        return brush

    def _display(self, span: Span) -> tuple[str, ...]:
        cached = self._cache.get(span.id)
        if cached is None:
            covered = " ".join(span.covered(self.text).split())
            if len(covered) > 80:
                covered = covered[:77] + "..."
            suggested = span.provenance == "suggested"
            cached = (
                span.label,
                covered,
                compact_attributes(span.attributes),
                self.speakers.get(span.id, ""),
                "suggested" if suggested else span.annotator,
            )
            self._cache[span.id] = cached
        return cached

    def cell(self, row: int, column: int) -> Cell:
        """What the table paints in a cell (`SpanCellDelegate`): its text, its background
        (the label column's tint), and the font and pen of a suggestion (else None), the
        same as `data` gives for those roles."""
        return self.row_cells(row)[column]

    def row_cells(self, row: int) -> tuple[Cell, ...]:
        """Every cell of a row, as `cell` gives each: the row's span and its texts are
        looked up once for the whole row (a screen of rows is about a hundred cells)."""
        if row < 0 or row >= len(self.spans):
            return _EMPTY_ROW
        span = self.spans[row]
        texts = self._display(span)
        if span.provenance == "suggested":
            font, pen = _suggested_look(_FONT), _suggested_look(_FOREGROUND)
        else:
            font = pen = None
        return (
            (texts[0], self._label_brush(span.label), font, pen),
            (texts[1], None, font, pen),
            (texts[2], None, font, pen),
            (texts[3], None, font, pen),
            (texts[4], None, font, pen),
        )

    def fill_painted_cell(self, roles: Sequence[QModelRoleData], index: Index, row: int) -> None:
        # A cell painted by Qt's standard delegate (the table's first frame): what `cell`
        # gives, the same as `data` (see table_model.CELL_ROLES).
        text, background, font, pen = self.cell(row, index.column())
        roles[DISPLAY_AT].setData(text)
        roles[BACKGROUND_AT].setData(background)
        roles[FONT_AT].setData(font)
        roles[FOREGROUND_AT].setData(pen)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Asked for every visible cell and role at each repaint: plain int roles, no
        # enum lookups (an invalid index has row -1).
        row = index.row()
        if row < 0 or row >= len(self.spans):
            return None
        span = self.spans[row]
        if role == _DISPLAY:
            return self._display(span)[index.column()]
        if role == _BACKGROUND:
            return self._label_brush(span.label) if index.column() == 0 else None
        if role == _TOOLTIP:
            values = list(self._display(span))
            values[1] = span.covered(self.text)
            values[2] = format_attributes(span.attributes)
            return plain_tooltip(values[index.column()])
        if role in (_FONT, _FOREGROUND) and span.provenance == "suggested":
            return _suggested_look(role)
        if role == _SORT:
            column = index.column()
            return span.start if column == 1 else self._display(span)[column]
        if role == _ID:
            return span.id
        return None


class ChoiceBox(QComboBox):
    """A combo box that tells a choice made in its popup from a step with the arrow keys."""

    chosenFromPopup = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._popup_closed = False
        self.activated.connect(self._activated)

    def showPopup(self) -> None:
        self._popup_closed = False
        super().showPopup()

    def hidePopup(self) -> None:
        self._popup_closed = True  # Qt hides the popup, then emits activated at once
        super().hidePopup()
        QTimer.singleShot(0, self._forget_popup)  # closed without a choice (Esc, a click away)

    def _forget_popup(self) -> None:
        self._popup_closed = False

    def _activated(self, _index: int) -> None:
        if self._popup_closed:
            self._popup_closed = False
            self.chosenFromPopup.emit()


NOTHING_SELECTED = "Attributes — nothing selected"


class AttributeEditor(QGroupBox):
    """Typed widgets for the selected span's attributes; every change is one edit.

    One page of widgets per label, built the first time a span of that label is
    selected and reused after (values are set in place), in a stack that keeps
    the height of its tallest page: selecting another span never resizes the
    editor, so the span table under it and the window around it are not laid
    out and repainted on every key press.
    """

    attributesEdited = Signal(str, dict)  # span id, new attributes
    choiceMade = Signal()  # a choice was made with a click or Enter: back to the article

    def __init__(self, schema: LabelSchema, parent: QWidget | None = None) -> None:
        super().__init__(NOTHING_SELECTED, parent)
        self.schema = schema
        self.span: Span | None = None
        self.pages = QStackedWidget()
        QVBoxLayout(self).addWidget(self.pages)
        self.placeholder = QLabel()
        self.placeholder.setObjectName("hint")
        # One line, never wrapped: a wrapped hint's height follows the width, and would
        # make the editor (and the span table under it) change size with the page shown.
        self.placeholder.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.pages.addWidget(self.placeholder)
        # label name -> (its page, its widgets by attribute name)
        self.label_pages: dict[str, tuple[QWidget, dict[str, QWidget]]] = {}
        self.widgets: dict[str, QWidget] = {}
        self._hint("Select a span to edit its attributes.")

    # The pages are not made opaque (fill_with): the title changes with nearly every
    # selection, which repaints the whole box, and an opaque page would then be painted
    # twice, once on its own and once inside the box (issue 16).

    def _hint(self, text: str) -> None:
        self.widgets = {}
        self.placeholder.setText(text)
        self.pages.setCurrentWidget(self.placeholder)

    def show_suggestion(self, label: str, accept_key: str) -> None:
        """A suggestion is current: its attributes are set by accepting it (with
        `accept_key`, the key in effect; "" when the keymap leaves accept without one)."""
        self.span = None
        self.setTitle(f"Attributes — a suggested {label} is selected")
        key = f" ({accept_key})" if accept_key else ""
        self._hint(f"Accept it{key} to edit its attributes.")

    def show_span(self, span: Span | None) -> None:
        if (
            span is not None
            and self.span is not None
            and span.id == self.span.id
            and span.label == self.span.label
        ):
            # The same span edited (often by one of these widgets, still inside its
            # signal): update the values in place, never touch the widget under it.
            if span.attributes != self.span.attributes:
                self._set_values(span.attributes)
            self.span = span
            return
        self.span = span
        if span is None or not self.schema.has_label(span.label):
            self.setTitle(NOTHING_SELECTED)
            self._hint("Select a span to edit its attributes.")
            return
        label = self.schema.label(span.label)
        self.setTitle(f"Attributes of this {label.name}")
        page, self.widgets = self._page(label)
        self._set_values(span.attributes)
        self.pages.setCurrentWidget(page)

    def _page(self, label: Label) -> tuple[QWidget, dict[str, QWidget]]:
        built = self.label_pages.get(label.name)
        if built is not None:
            return built
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        widgets: dict[str, QWidget] = {}
        for spec in label.attributes:
            widget = self._widget(spec, None)
            widget.setToolTip(plain_tooltip(spec.description))
            widgets[spec.name] = widget
            form.addRow(spec.name.replace("_", " ") + ":", widget)
        if not label.attributes:
            form.addRow(QLabel("This label has no attributes."))
        self.pages.addWidget(page)
        self.label_pages[label.name] = (page, widgets)
        return page, widgets

    def _widget(self, spec: AttributeSpec, value: Any) -> QWidget:
        if spec.type == "choice":
            combo = ChoiceBox()
            combo.addItem("—", None)
            for choice in spec.choices:
                combo.addItem(choice, choice)
            combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)
            combo.activated.connect(lambda _i: self._emit())
            # Chosen in the popup: the keys go back to the article (no Tab into other panels).
            combo.chosenFromPopup.connect(self.choiceMade.emit)
            return combo
        if spec.type == "bool":
            box = QCheckBox()
            box.setChecked(bool(value))
            box.toggled.connect(lambda _c: self._emit())
            box.clicked.connect(lambda _c: self.choiceMade.emit())
            return box
        line = QLineEdit("" if value is None else str(value))
        if spec.type == "int":
            line.setValidator(QIntValidator(0, 2_000_000_000))
            # What empty means for this count: "open-ended" for a high count.
            line.setPlaceholderText(empty_meaning(spec) or "not stated")
        line.editingFinished.connect(self._emit)
        line.returnPressed.connect(self.choiceMade.emit)
        return line

    def _set_values(self, attributes: dict[str, Any]) -> None:
        for name, widget in self.widgets.items():
            value = attributes.get(name)
            widget.blockSignals(True)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)) if value is not None else 0)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QLineEdit):
                widget.setText("" if value is None else str(value))
            widget.blockSignals(False)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        assert self.span is not None
        label = self.schema.label(self.span.label)
        for spec in label.attributes:
            widget = self.widgets[spec.name]
            value: Any
            if isinstance(widget, QComboBox):
                value = widget.currentData()
            elif isinstance(widget, QCheckBox):
                value = widget.isChecked()
            else:
                assert isinstance(widget, QLineEdit)
                text = widget.text().strip()
                value = (int(text) if spec.type == "int" else text) if text else None
            if value is not None:
                out[spec.name] = value
        return out

    def _emit(self) -> None:
        if self.span is None:
            return
        values = self.values()
        if values != self.span.attributes:
            self.attributesEdited.emit(self.span.id, values)


class TagPanel(Slot):
    """The right-hand pane: a label's buttons with their counts, the span table and the
    selected span's attributes.

    Its contents are laid out on a widget it holds (`Slot`): a new count on a button, a
    row inserted or removed, another page of attributes each ask for a layout, which the
    contents get, while the splitter, the window and the other panes are laid out again
    only when the pane's size hints change (a relabel or a delete laid out 11 widgets'
    layouts, 8 now; issue 16).
    """

    labelRequested = Signal(str)  # label name
    spanActivated = Signal(str)  # span id chosen in the table

    def __init__(self, schema: LabelSchema, parent: QWidget | None = None) -> None:
        super().__init__(QWidget(), parent)
        self.schema = schema
        layout = QVBoxLayout(self.held)
        layout.setContentsMargins(6, 6, 6, 6)
        buttons = QWidget()
        row = QVBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.buttons: dict[str, QPushButton] = {}
        # The key each button names: the schema's hotkey until the window applies the
        # keymap (set_keys), so a button never names a key that does not tag.
        self.keys: dict[str, str] = {label.name: label.hotkey for label in schema.labels}
        self._counts: dict[str, int] = {}
        for label in schema.labels:
            button = QPushButton()
            button.setObjectName("labelButton")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setStyleSheet(self._button_style(label))
            button.clicked.connect(lambda _c=False, name=label.name: self.labelRequested.emit(name))
            self.buttons[label.name] = button
            row.addWidget(button)
        self.set_keys(self.keys)
        layout.addWidget(buttons)

        header = QHBoxLayout()
        title = QLabel("Spans in this document")
        title.setObjectName("sectionTitle")
        header.addWidget(title, 1)
        # Mine / suggestions apart, so accepting or rejecting never moves the rows of the
        # other kind under the pointer.
        self.show_box = QComboBox()
        self.show_box.setObjectName("spanFilter")
        for text, value in (("All", "all"), ("Mine", "mine"), ("Suggestions", "suggestions")):
            self.show_box.addItem(text, value)
        self.show_box.setToolTip("Which rows the table shows")
        header.addWidget(self.show_box)
        layout.addLayout(header)
        self.current_id: str | None = None
        self.model = SpanTableModel(schema)
        # A row inserted or removed moves the rows below instead of repainting them.
        self.table = SpanTableView()
        self.table.setObjectName("spanTable")
        self.table.setModel(self.model)
        # Cells painted from text laid out once: a row inserted or removed repaints every
        # visible row, which the standard delegate lays out anew each time (issue 16). In
        # place once the first frame is painted (see SpanTableView).
        self.table.set_cell_delegate(SpanCellDelegate(self.model, self.table))
        # Rows are in text order (no header sort: a sort would move rows under the pointer).
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        # No alternating colours: a row looks the same at any index, so a row inserted
        # or removed repaints that row only (SpanTableView); the grid separates rows.
        self.table.setAlternatingRowColors(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Fixed row heights: the view never measures rows it does not show.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header_view = self.table.horizontalHeader()
        header_view.setMinimumSectionSize(40)
        # A narrowed column's title reads "Attri…", not a clipped "tribute".
        header_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Rows are selected whole, so the column titles would all turn bold whenever any
        # row is selected (no information) and repaint at every key press: the header
        # follows a selection of its own, which nothing changes.
        header_view.setHighlightSections(False)
        header_view.setSelectionModel(QItemSelectionModel(self.model, header_view))
        for column, width in (
            (LABEL_COLUMN, LABEL_WIDTH),
            *((c, preferred) for c, (preferred, _least) in SHRINKING.items()),
            (ANNOTATOR_COLUMN, 76),
        ):
            header_view.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header_view.resizeSection(column, width)
        header_view.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        # The text gets the room: who made a span is in the status bar and the tooltip;
        # suggestions are in italics. (The column stays in the model.)
        self.table.setColumnHidden(ANNOTATOR_COLUMN, True)
        # The other columns give way to Text as the table narrows (span_column_widths):
        # refitted when the table is resized and when the document gains or loses its
        # first speaker link, never per row.
        self._fitted: tuple[int, bool] | None = None
        self.table.installEventFilter(self)
        self.model.modelReset.connect(self.fit_columns)
        self.model.dataChanged.connect(self._speakers_maybe_changed)
        self.table.clicked.connect(self._clicked)
        # Moving in the table (arrows, a click) makes that row the current object, so
        # Enter, Backspace and the label keys act on the row the analyst sees selected.
        self._selecting = False
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.show_box.currentIndexChanged.connect(self._show_changed)
        layout.addWidget(self.table, 1)
        self.editor = AttributeEditor(schema)
        layout.addWidget(self.editor)

    def showEvent(self, event: QShowEvent) -> None:
        # The window's background (its style sheet's, in its palette once polished).
        fill_with(self, self.window().palette().color(QPalette.ColorRole.Window))
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return False

    def _speakers_maybe_changed(self, *_args: object) -> None:
        if self._fitted is not None and self._fitted[1] != bool(self.model.speakers):
            self.fit_columns()

    def fit_columns(self) -> None:
        """Size the Attributes and Speaker columns for the table's width (Text stretches)."""
        table = self.table
        # Room kept for the scroll bar whether it shows or not (Text takes it when not):
        # the widths then change with the table's width only, never at a tag or delete
        # that makes the bar come or go, which would repaint every row.
        bar = table.verticalScrollBar().sizeHint().width()
        room = table.width() - 2 * table.frameWidth() - bar - LABEL_WIDTH
        speakers = bool(self.model.speakers)
        if (room, speakers) == self._fitted:
            return
        self._fitted = (room, speakers)
        header = table.horizontalHeader()
        for column, width in span_column_widths(room, speakers=speakers).items():
            table.setColumnHidden(column, width == 0)
            if width:
                header.resizeSection(column, width)

    @staticmethod
    def _button_style(label: Label) -> str:
        color = QColor(label.color)
        return (
            f"QPushButton {{ text-align: left; padding: 6px 10px; border-radius: 5px;"
            f" border: 1px solid {color.name()}; background: {tint(color, 0.82).name()};"
            f" color: #1d2330; font-weight: 600; }}"
            f" QPushButton:hover {{ background: {tint(color, 0.62).name()}; }}"
            f" QPushButton:pressed {{ background: {tint(color, 0.45).name()}; }}"
        )

    def set_keys(self, keys: dict[str, str]) -> None:
        """Name on each label's button (text and tooltip) the key that tags with it:
        `keys` maps a label name to the key as the platform writes it ("" when the
        keymap leaves the label without a key)."""
        self.keys = {label.name: keys.get(label.name, "") for label in self.schema.labels}
        for label in self.schema.labels:
            key = self.keys[label.name]
            how = f"Key: {key}" if key else "No key: click to tag"
            self.buttons[label.name].setToolTip(plain_tooltip(f"{label.description}\n{how}"))
        self.set_counts(self._counts)

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = dict(counts)
        for label in self.schema.labels:
            count = counts.get(label.name, 0)
            key = self.keys[label.name]
            text = f"{key}   {label.name}   ·  {count}" if key else f"{label.name}   ·  {count}"
            self.buttons[label.name].setText(text)

    def _clicked(self, index: QModelIndex) -> None:
        span_id = self.model.data(index, SpanTableModel.IdRole)
        if span_id:
            self.spanActivated.emit(span_id)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # A row removed or inserted moves the current row by itself: not a choice (it
        # would select the neighbour of a deleted span and scroll the article to it).
        if not self._selecting and not self.model.moving and current.isValid():
            self._clicked(current)

    def _show_changed(self, _index: int) -> None:
        self.model.set_show(self.show_box.currentData())
        self.select_row(self.current_id)

    def set_suggestions(self, suggestions: list[Span]) -> None:
        """Show `suggestions` as the table's suggestion rows (`SpanTableModel.set_suggestions`);
        the row selected stays selected, and where it was on screen, when the rows are
        replaced by a reset."""
        selected = self.table.selectionModel().currentIndex()
        if not selected.isValid():
            self.model.set_suggestions(suggestions)
            return
        span_id = self.model.data(selected, SpanTableModel.IdRole)
        table = self.table
        bar = table.verticalScrollBar()
        # Where the row stands in the viewport: the rows inserted above it move the
        # others, not it. A scroll step is a row, or a pixel where the style scrolls by
        # pixels (macOS).
        by_row = table.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem
        below_top = selected.row() - bar.value()
        top = table.rowViewportPosition(selected.row())
        if not self.model.set_suggestions(suggestions) or not span_id:
            return
        row = self.model.row_of(span_id)
        if row is None:
            return
        self._selecting = True
        try:
            table.setCurrentIndex(self.model.index(row, 0))
        finally:
            self._selecting = False
        if by_row:
            bar.setValue(row - below_top)
        else:
            bar.setValue(bar.value() + table.rowViewportPosition(row) - top)

    def select_row(self, span_id: str | None) -> None:
        """Show `span_id` as the selected row, scrolled into view (no spanActivated)."""
        self.current_id = span_id
        self._selecting = True
        try:
            selection = self.table.selectionModel()
            if span_id is None:
                selection.clearSelection()
                return
            row = self.model.row_of(span_id)
            if row is None:
                selection.clearSelection()
                return
            index = self.model.index(row, 0)
            # Under single selection of rows, making the row current selects it: no
            # selectRow after it (which would select the same row again, issue 16).
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        finally:
            self._selecting = False
