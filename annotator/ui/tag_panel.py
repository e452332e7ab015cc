"""The right-hand panel: label buttons, the document's spans, the selected span's attributes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIntValidator
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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Span
from annotator.core.schema import AttributeSpec, Label, LabelSchema
from annotator.ui.article_view import plain_tooltip, tint
from annotator.ui.table_model import ColumnsModel

Index = QModelIndex | QPersistentModelIndex


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


class SpanTableModel(ColumnsModel):
    COLUMNS = ("Label", "Text", "Attributes", "Speaker", "Annotator")
    IdRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, schema: LabelSchema) -> None:
        super().__init__()
        self.schema = schema
        self.spans: list[Span] = []
        self.text = ""
        self.speakers: dict[str, str] = {}

    def set_spans(self, text: str, spans: list[Span], speakers: dict[str, str]) -> None:
        self.beginResetModel()
        self.text = text
        self.spans = list(spans)
        self.speakers = dict(speakers)
        self.endResetModel()

    def row_of(self, span_id: str) -> int | None:
        return next((i for i, s in enumerate(self.spans) if s.id == span_id), None)

    def upsert(self, span: Span) -> None:
        row = self.row_of(span.id)
        if row is None:
            row = len(self.spans)
            self.beginInsertRows(QModelIndex(), row, row)
            self.spans.append(span)
            self.endInsertRows()
        else:
            self.spans[row] = span
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def remove(self, span_id: str) -> None:
        row = self.row_of(span_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.spans[row]
            self.endRemoveRows()

    def set_suggestions(self, suggestions: list[Span]) -> None:
        """Replace the suggestion rows (shown in italics, annotator 'suggested')."""
        self.beginResetModel()
        self.spans = [s for s in self.spans if s.provenance != "suggested"] + list(suggestions)
        self.endResetModel()

    def set_speakers(self, speakers: dict[str, str]) -> None:
        self.speakers = dict(speakers)
        if self.spans:
            self.dataChanged.emit(self.index(0, 3), self.index(len(self.spans) - 1, 3))

    def row_total(self) -> int:
        return len(self.spans)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.spans):
            return None
        span = self.spans[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            covered = span.covered(self.text)
            if role == Qt.ItemDataRole.DisplayRole:
                covered = " ".join(covered.split())
                if len(covered) > 80:
                    covered = covered[:77] + "..."
            attributes = (
                compact_attributes(span.attributes)
                if role == Qt.ItemDataRole.DisplayRole
                else format_attributes(span.attributes)
            )
            suggested = span.provenance == "suggested"
            values = (
                span.label,
                covered,
                attributes,
                self.speakers.get(span.id, ""),
                "suggested" if suggested else span.annotator,
            )
            return (
                plain_tooltip(values[column])
                if role != Qt.ItemDataRole.DisplayRole
                else values[column]
            )
        if span.provenance == "suggested":
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#7a808a"))
        if role == self.SortRole:
            if column == 1:
                return span.start
            return str(self.data(index, Qt.ItemDataRole.DisplayRole))
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and column == 0
            and self.schema.has_label(span.label)
        ):
            return QBrush(tint(QColor(self.schema.label(span.label).color), 0.7))
        if role == self.IdRole:
            return span.id
        return None


class AttributeEditor(QGroupBox):
    """Typed widgets for the selected span's attributes; every change is one edit."""

    attributesEdited = Signal(str, dict)  # span id, new attributes

    def __init__(self, schema: LabelSchema, parent: QWidget | None = None) -> None:
        super().__init__("Attributes", parent)
        self.schema = schema
        self.span: Span | None = None
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.widgets: dict[str, QWidget] = {}
        self.placeholder = QLabel("Select a span to edit its attributes.")
        self.placeholder.setObjectName("hint")
        self.form.addRow(self.placeholder)

    def show_span(self, span: Span | None) -> None:
        if (
            span is not None
            and self.span is not None
            and span.id == self.span.id
            and span.label == self.span.label
            and span.attributes == self.span.attributes
        ):
            self.span = span
            return
        self.span = span
        while self.form.rowCount():
            self.form.removeRow(0)
        self.widgets = {}
        if span is None or not self.schema.has_label(span.label):
            self.placeholder = QLabel("Select a span to edit its attributes.")
            self.placeholder.setObjectName("hint")
            self.form.addRow(self.placeholder)
            return
        label = self.schema.label(span.label)
        self.setTitle(f"Attributes of this {label.name}")
        for spec in label.attributes:
            widget = self._widget(spec, span.attributes.get(spec.name))
            widget.setToolTip(plain_tooltip(spec.description))
            self.widgets[spec.name] = widget
            self.form.addRow(spec.name.replace("_", " ") + ":", widget)
        if not label.attributes:
            self.form.addRow(QLabel("This label has no attributes."))

    def _widget(self, spec: AttributeSpec, value: Any) -> QWidget:
        if spec.type == "choice":
            combo = QComboBox()
            combo.addItem("—", None)
            for choice in spec.choices:
                combo.addItem(choice, choice)
            combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)
            combo.activated.connect(lambda _i: self._emit())
            return combo
        if spec.type == "bool":
            box = QCheckBox()
            box.setChecked(bool(value))
            box.toggled.connect(lambda _c: self._emit())
            return box
        line = QLineEdit("" if value is None else str(value))
        if spec.type == "int":
            line.setValidator(QIntValidator(0, 2_000_000_000))
            line.setPlaceholderText("not stated")
        line.editingFinished.connect(self._emit)
        return line

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


class TagPanel(QWidget):
    labelRequested = Signal(str)  # label name
    spanActivated = Signal(str)  # span id chosen in the table

    def __init__(self, schema: LabelSchema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.schema = schema
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        buttons = QWidget()
        row = QVBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.buttons: dict[str, QPushButton] = {}
        for label in schema.labels:
            button = QPushButton()
            button.setObjectName("labelButton")
            button.setToolTip(plain_tooltip(f"{label.description}\nHotkey: {label.hotkey}"))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setStyleSheet(self._button_style(label))
            button.clicked.connect(lambda _c=False, name=label.name: self.labelRequested.emit(name))
            self.buttons[label.name] = button
            row.addWidget(button)
        self.set_counts({})
        layout.addWidget(buttons)

        header = QHBoxLayout()
        title = QLabel("Spans in this document")
        title.setObjectName("sectionTitle")
        header.addWidget(title)
        layout.addLayout(header)
        self.model = SpanTableModel(schema)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SpanTableModel.SortRole)
        self.table = QTableView()
        self.table.setObjectName("spanTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header_view = self.table.horizontalHeader()
        header_view.setMinimumSectionSize(40)
        for column, width in ((0, 76), (2, 104), (3, 80), (4, 76)):
            header_view.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header_view.resizeSection(column, width)
        header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)
        layout.addWidget(self.table, 1)
        self.editor = AttributeEditor(schema)
        layout.addWidget(self.editor)

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

    def set_counts(self, counts: dict[str, int]) -> None:
        for label in self.schema.labels:
            count = counts.get(label.name, 0)
            self.buttons[label.name].setText(f"{label.hotkey}   {label.name}   ·  {count}")

    def _clicked(self, index: QModelIndex) -> None:
        span_id = self.proxy.data(index, SpanTableModel.IdRole)
        if span_id:
            self.spanActivated.emit(span_id)

    def select_row(self, span_id: str | None) -> None:
        selection = self.table.selectionModel()
        if span_id is None:
            selection.clearSelection()
            return
        row = self.model.row_of(span_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
