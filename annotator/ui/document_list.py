"""The document list pane: filter box, status filter, progress line and the lazy table.

It shows `DocumentListModel` rows, keeps the open document's row selected
and tells which document the user chose (`documentChosen`); it never opens
one itself.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPainter, QPaintEvent, QRegion, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.document_model import DocumentListModel
from annotator.ui.viewport import own_viewport

STATUS_WIDTH, SPANS_WIDTH = 86, 54  # the status and span-count columns, in pixels
STATUS_FILTERS = (
    ("All documents", None),
    ("To do", "todo"),
    ("In progress", "in_progress"),
    ("Done", "done"),
)

# The viewport's bottom corners left to the table's frame (resources/style.qss: border
# 1px, border-radius 4px): a square this wide at each holds every pixel outside the
# rounded background Qt's style sheet draws there. (Its top corners are under the header.)
CORNER = 5


class DocumentTableView(QTableView):
    """The document list's table: its viewport fills its own background.

    Under the style sheet, Qt draws the viewport's background through the table's rule,
    its rounded border worked out whole at every repaint, and paints the frame, the pane
    and the splitter under it first: a tag's new span count, one cell, cost about 0.9 M
    instructions of a key press (issue 16). Here the viewport is opaque and fills the
    rectangles it repaints with the same brush, and a mask leaves its two bottom corner
    squares to the frame, which paints them as before. While the selected or current row
    reaches into those squares (Qt paints the row over them), the viewport is left to Qt
    as before. The same pixels.
    """

    def __init__(self) -> None:
        super().__init__()
        own_viewport(self)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            for signal in (
                model.rowsInserted,
                model.rowsRemoved,
                model.layoutChanged,
                model.modelReset,
            ):
                signal.connect(self.update_corners)

    def setSelectionModel(self, selection: QItemSelectionModel) -> None:
        super().setSelectionModel(selection)
        selection.selectionChanged.connect(self.update_corners)
        selection.currentChanged.connect(self.update_corners)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.update_corners()
        return super().viewportEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.update_corners()

    def update_corners(self, *_args: object) -> None:
        """Opaque, its bottom corners masked, unless a row Qt paints reaches into them."""
        viewport = self.viewport()
        width, height = viewport.width(), viewport.height()
        clear = width > 2 * CORNER and height > CORNER and not self._row_in_corners(height)
        if clear:
            shown = QRegion(0, 0, width, height)
            shown -= QRegion(0, height - CORNER, CORNER, CORNER)
            shown -= QRegion(width - CORNER, height - CORNER, CORNER, CORNER)
            if viewport.mask() != shown:
                viewport.setMask(shown)
        elif not viewport.mask().isEmpty():
            viewport.clearMask()
        if viewport.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent) != clear:
            viewport.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, clear)
            viewport.update()

    def _row_in_corners(self, height: int) -> bool:
        """Whether the selected or the current row reaches the bottom CORNER pixels."""
        rows = {self.currentIndex().row()}
        selection = self.selectionModel()
        if selection is not None:
            rows.update(index.row() for index in selection.selectedIndexes())
        for row in rows:
            if row < 0:
                continue
            top = self.rowViewportPosition(row)
            if top < height and top + self.rowHeight(row) > height - CORNER:
                return True
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        viewport = self.viewport()
        if viewport.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent):
            painter = QPainter(viewport)
            # Not fillRect: its overloads have PySide build QGradient (169 presets).
            painter.setBackground(viewport.palette().brush(viewport.backgroundRole()))
            painter.eraseRect(event.rect())
            painter.end()
        super().paintEvent(event)


class DocumentListPane(QWidget):
    documentChosen = Signal(str)  # document id

    def __init__(self, documents: DocumentListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsPane")
        self.documents = documents
        self.current_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText("Filter by title or text…")
        self.filter_box.setClearButtonEnabled(True)
        self.status_box = QComboBox()
        for text, value in STATUS_FILTERS:
            self.status_box.addItem(text, value)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progress")
        view = self.view = DocumentTableView()
        view.setObjectName("documentList")
        # Hidden, and its rows' height set, before the model: else the row header measures
        # every row of the first page from its data (some 260 Python calls, issue 16).
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(26)
        view.setModel(documents)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setShowGrid(False)
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: ResizeToContents would ask every loaded row for its size.
        for column, width in ((1, STATUS_WIDTH), (2, SPANS_WIDTH)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # The titles stay readable in a narrow window: the pane keeps room for about 12
        # characters of title beside the status (at 800 px it had 124 px, titles cut to a
        # few letters and a sideways scroll bar), and gives up the span count first.
        self.title_room = 12 * view.fontMetrics().averageCharWidth()
        self.setMinimumWidth(layout.contentsMargins().left() + STATUS_WIDTH + self.title_room + 24)
        for widget in (self.filter_box, self.status_box, self.progress_label):
            layout.addWidget(widget)
        layout.addWidget(view, 1)
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(200)
        self.filter_box.textChanged.connect(lambda _t: self.filter_timer.start())
        self.filter_timer.timeout.connect(self.apply_filter)
        self.status_box.currentIndexChanged.connect(lambda _i: self.apply_filter())
        view.selectionModel().currentRowChanged.connect(self._chosen)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The span count goes when there is no room for it beside a readable title.
        narrow = event.size().width() < self.minimumWidth() + SPANS_WIDTH
        if self.view.isColumnHidden(2) != narrow:
            self.view.setColumnHidden(2, narrow)

    def apply_filter(self) -> None:
        self.documents.set_filter(self.filter_box.text().strip(), self.status_box.currentData())
        self.select_row(self.current_id)

    def select_row(self, document_id: str | None) -> None:
        """Show `document_id` (the open document) as the selected row, without choosing it."""
        self.current_id = document_id
        if document_id is None:
            return
        row = self.documents.row_of(document_id)
        selection = self.view.selectionModel()
        if row is None:
            selection.clearSelection()
            return
        index = self.documents.index(row, 0)
        if self.view.currentIndex().row() != row:
            selection.blockSignals(True)
            self.view.setCurrentIndex(index)
            selection.blockSignals(False)
            self.view.selectRow(row)
        self.view.scrollTo(index)

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        document_id = self.documents.data(current, DocumentListModel.IdRole)
        if document_id:
            self.documentChosen.emit(document_id)

    def focus_filter(self) -> None:
        self.filter_box.setFocus()
        self.filter_box.selectAll()
