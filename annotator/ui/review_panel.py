"""The review mode's side panel: whose work to compare, the clusters to decide, the
selected cluster's versions side by side, comments.

The panel only shows and reports (signals); the review controller decides,
through the edit service, into the gold layer kept by annotator.store.review.
In the article the annotators' spans keep their label colours and each
cluster's class is a marker in the margin (and an outline when selected).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QStandardItem,
    QStandardItemModel,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Span
from annotator.store import review
from annotator.ui.article_view import plain_tooltip, shade, tint
from annotator.ui.keys import KeyNames
from annotator.ui.review_classes import CLASS_COLORS, CLASS_TEXT
from annotator.ui.table_model import ColumnsModel

if TYPE_CHECKING:
    from annotator.core.agreement import AgreementReport, Comparison, Version

Index = QModelIndex | QPersistentModelIndex


class ClusterModel(ColumnsModel):
    COLUMNS = ("Class", "Text", "Versions", "Decision")

    def __init__(self) -> None:
        super().__init__()
        self.clusters: list[review.ReviewCluster] = []
        self.text = ""
        # row -> the decision waiting to be written ("accept", "reject"): shown, not hidden
        self.pending: dict[int, str] = {}
        self.compared = True

    def set_clusters(
        self,
        text: str,
        clusters: Sequence[review.ReviewCluster],
        pending: dict[int, str] | None = None,
        *,
        compared: bool = True,
    ) -> None:
        self.beginResetModel()
        self.text = text
        self.clusters = list(clusters)
        self.pending = dict(pending or {})
        self.compared = compared
        self.endResetModel()

    def update_decisions(
        self, clusters: Sequence[review.ReviewCluster], pending: dict[int, str]
    ) -> None:
        """The same clusters with new decisions: rows change in place, nothing is reset."""
        assert len(clusters) == len(self.clusters)
        self.clusters = list(clusters)
        self.pending = dict(pending)
        if self.clusters:
            last = len(self.clusters) - 1
            self.dataChanged.emit(self.index(0, 0), self.index(last, len(self.COLUMNS) - 1))

    def update_rows(self, rows: dict[int, review.ReviewCluster], pending: dict[int, str]) -> None:
        """Some clusters with new decisions (one decision): only their rows change."""
        changed = set(rows) | (set(self.pending) ^ set(pending))
        for row, item in rows.items():
            self.clusters[row] = item
        self.pending = dict(pending)
        last = len(self.COLUMNS) - 1
        for row in sorted(changed):
            if 0 <= row < len(self.clusters):
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def decision_text(self, row: int) -> str:
        """What the Decision column says for `row` ('' when undecided)."""
        item = self.clusters[row]
        if row in self.pending:
            return f"{self.pending[row]} (not saved yet)"
        return ", ".join(d.decision for d in item.decisions) if item.decisions else ""

    def row_total(self) -> int:
        return len(self.clusters)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.clusters):
            return None
        item = self.clusters[index.row()]
        cluster = item.cluster
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                if not self.compared:
                    return "one annotator"
                return CLASS_TEXT.get(cluster.kind, cluster.kind)
            if index.column() == 1:
                return " ".join(self.text[cluster.start : cluster.end].split())[:60]
            if index.column() == 2:
                versions = [f"{s.annotator}: {s.label}" for s in cluster.spans]
                versions += [f"{name}: —" for name in cluster.missing]
                return ", ".join(versions)
            return self.decision_text(index.row())
        if role == Qt.ItemDataRole.FontRole and index.row() in self.pending:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 0:
            decided = item.decided or index.row() in self.pending
            key = "decided" if decided else cluster.kind if self.compared else "only_in_one"
            return QBrush(tint(QColor(CLASS_COLORS.get(key, "#888888")), 0.7))
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(
                "\n".join(
                    f"{s.annotator}: {s.label} “{self.text[s.start : s.end]}” {s.attributes or ''}"
                    for s in cluster.spans
                )
            )
        return None


# How the versions show what differs: characters only some versions cover.
DIFFERING_BACKGROUND = "#FFD54A"
_SHARED_KEEP = 70  # a long stretch every version shares is shortened to its two ends


def _pieces(
    start: int, end: int, version: Version, comparison: Comparison
) -> list[tuple[int, int, str]]:
    """[start, end) cut into (a, b, look): 'in' (shared), 'extra' (this version only
    covers it, or some do not), 'out' (other versions cover it, this one does not)."""
    cuts = {start, end, version.start, version.end}
    for a, b in comparison.differing:
        cuts.update((a, b))
    edges = sorted(c for c in cuts if start <= c <= end)
    pieces = []
    for a, b in pairwise(edges):
        if a >= b:
            continue
        inside = version.start <= a and b <= version.end
        differing = any(x <= a and b <= y for x, y in comparison.differing)
        pieces.append((a, b, ("extra" if differing else "in") if inside else "out"))
    return pieces


def _shown(text: str, look: str) -> str:
    """A piece of the article as the versions list shows it: one line, visible edges."""
    flat = text.replace("\n", "↵")
    if look == "in" and len(flat) > 2 * _SHARED_KEEP + 5:
        flat = f"{flat[:_SHARED_KEEP]} … {flat[-_SHARED_KEEP:]}"
    if look != "in" and flat.strip() == "":
        flat = flat.replace(" ", "␣")  # a differing space must be seen
    return flat


_CONTEXT = 16  # characters of the article shown (grey) on each side of the versions


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    """A few characters before and after [start, end), within their line."""
    low = max(0, start - _CONTEXT)
    line_start = text.rfind("\n", low, start)
    before = text[(line_start + 1 if line_start >= 0 else low) : start]
    if low > 0 and line_start < 0:
        before = "…" + before
    high = min(len(text), end + _CONTEXT)
    line_end = text.find("\n", end, high)
    after = text[end : line_end if line_end >= 0 else high]
    if high < len(text) and line_end < 0:
        after += "…"
    return before, after


class VersionsView(QTextEdit):
    """A cluster's competing versions, one under the other, with what differs marked.

    Each version: its number (the key that accepts it), its label in the
    label's colour, who chose it, its attributes; then its text, where the
    characters only some versions cover are highlighted and the characters
    this version leaves out (that another covers) are struck through. Built
    with QTextCursor.insertText: stored text is never read as markup.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionsView")
        self.setReadOnly(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() + 1.5)  # one comma must be visible
        self.setFont(font)
        self.comparison: Comparison | None = None
        # The accept key in effect: a lone version's chip names it (the panel sets it).
        self.accept_key = KeyNames().name("accept")
        # Per version, its text line as (shown text, look) pieces: what the reviewer reads.
        self.pieces: list[list[tuple[str, str]]] = []

    def show_message(self, message: str) -> None:
        self.comparison = None
        self.pieces = []
        self.clear()
        cursor = QTextCursor(self.document())
        fmt = QTextCharFormat()
        fmt.setForeground(QColor("#5b6270"))
        cursor.insertText(message, fmt)

    def show_versions(
        self,
        text: str,
        comparison: Comparison,
        spans: Sequence[Span],
        colors: dict[str, QColor],
    ) -> None:
        self.comparison = comparison
        self.pieces = []
        self.clear()
        cursor = QTextCursor(self.document())
        by_id = {s.id: s for s in spans}
        labels = {v.label for v in comparison.versions}
        plain = QTextCharFormat()
        dim = QTextCharFormat()
        dim.setForeground(QColor("#6b7280"))
        key = QTextCharFormat()
        key.setFontWeight(QFont.Weight.Bold)
        key.setForeground(QColor("white"))
        key.setBackground(QColor("#374151"))
        extra = QTextCharFormat()
        extra.setBackground(QColor(DIFFERING_BACKGROUND))
        extra.setFontWeight(QFont.Weight.Bold)
        extra.setFontUnderline(True)
        out = QTextCharFormat()
        out.setForeground(QColor("#b4474b"))
        out.setFontStrikeOut(True)
        looks = {"in": plain, "extra": extra, "out": out}
        around = QTextCharFormat()
        around.setForeground(QColor("#a3a8b0"))
        before, after = _context(text, comparison.start, comparison.end)
        several = len(comparison.versions) > 1
        for number, version in enumerate(comparison.versions, 1):
            block = QTextBlockFormat()
            block.setTopMargin(0 if number == 1 else 8)
            if number > 1:
                cursor.insertBlock(block)
            else:
                cursor.setBlockFormat(block)
            # A lone version: the accept key takes it (so does 1, which takes it unbound).
            cursor.insertText(f" {number} " if several else f" {self.accept_key or 1} ", key)
            color = colors.get(version.label, QColor("#888888"))
            chip = QTextCharFormat()
            chip.setBackground(tint(color, 0.55))
            chip.setForeground(shade(color, 0.55))
            chip.setFontWeight(QFont.Weight.Bold if len(labels) > 1 else QFont.Weight.DemiBold)
            cursor.insertText("  ", plain)
            cursor.insertText(f" {version.label} ", chip)
            cursor.insertText("  " + ", ".join(version.annotators), plain)
            members = [by_id[i] for i in version.span_ids if i in by_id]
            attributes = {
                m.annotator: ", ".join(f"{k}={v}" for k, v in m.attributes.items()) for m in members
            }
            if len(set(attributes.values())) > 1:
                described = "; ".join(f"{name}: {a or '—'}" for name, a in attributes.items())
            else:
                described = next(iter(attributes.values()), "")
            if described:
                cursor.insertText("   " + described, dim)
            cursor.insertBlock(QTextBlockFormat())
            line = []
            cursor.insertText(before, around)
            for a, b, look in _pieces(comparison.start, comparison.end, version, comparison):
                shown = _shown(text[a:b], look)
                cursor.insertText(shown, looks[look])
                line.append((shown, look))
            cursor.insertText(after, around)
            self.pieces.append(line)
        self.moveCursor(QTextCursor.MoveOperation.Start)


class _Page(QScrollArea):
    """A vertical scroll area as wide as its page needs: the page's buttons are never cut
    (the splitter keeps the pane at least this wide), only its height scrolls."""

    def minimumSizeHint(self) -> QSize:
        page = self.widget()
        width = page.minimumSizeHint().width() if page is not None else 0
        return QSize(width + self.verticalScrollBar().sizeHint().width(), 160)


class ReviewPanel(QWidget):
    annotatorsChanged = Signal(list)
    clusterActivated = Signal(int)
    acceptRequested = Signal()
    rejectRequested = Signal()
    acceptAllRequested = Signal()
    agreementRequested = Signal()
    commentAdded = Signal(str)
    versionChosen = Signal(int)  # 1-based: accept version k of the selected cluster

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The panel's parts scroll as one page when the pane is short (an 800x600 window):
        # each keeps a usable height (the cluster list five rows, the versions five
        # lines) instead of all being squeezed to a row or a clipped line.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.pages = _Page()
        self.pages.setWidgetResizable(True)
        self.pages.setFrameShape(QScrollArea.Shape.NoFrame)
        self.pages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.pages)
        page = QWidget()
        self.pages.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 6, 6, 6)
        title = QLabel("Compare annotators")
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        self._filling = False
        self.annotator_model = QStandardItemModel(self)
        self.annotator_view = QListView()
        self.annotator_view.setModel(self.annotator_model)
        self.annotator_view.setMaximumHeight(72)
        self.annotator_model.itemChanged.connect(lambda _item: self._emit_annotators())
        layout.addWidget(self.annotator_view)

        # Two buttons a row: in one row of four they held the panel, and the window's
        # right pane, at 422 px, leaving an 800 px window's article under 200 px.
        buttons = QGridLayout()
        self.accept_button = QPushButton()
        self.reject_button = QPushButton()
        self.accept_all_button = QPushButton("Accept all agreed")
        self.agreement_button = QPushButton("Agreement…")
        for place, (button, signal) in enumerate(
            (
                (self.accept_button, self.acceptRequested),
                (self.reject_button, self.rejectRequested),
                (self.accept_all_button, self.acceptAllRequested),
                (self.agreement_button, self.agreementRequested),
            )
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(signal.emit)
            buttons.addWidget(button, place // 2, place % 2)
        layout.addLayout(buttons)

        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        # "Nothing to compare": said once, plainly, instead of a list of "disagreements".
        self.notice = QLabel()
        self.notice.setObjectName("reviewNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setStyleSheet(
            "QLabel#reviewNotice { background: #FFF4D6; border: 1px solid #E6C766;"
            " border-radius: 4px; padding: 6px; color: #5a4300; }"
        )
        self.notice.hide()
        layout.addWidget(self.notice)
        self.model = ClusterModel()
        self.table = QTableView()
        self.table.setObjectName("clusterTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        # The columns always fit (the text stretches): no scroll bar for a pixel of rounding.
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        # Wide enough for the longest class name, so no class is ever elided ("boundary co…").
        metrics = self.table.fontMetrics()
        longest = max(metrics.horizontalAdvance(text) for text in CLASS_TEXT.values())
        header.resizeSection(0, longest + 3 * metrics.averageCharWidth())
        # The text and the versions share what is left (with the versions at a fixed 110 px,
        # a 1280 px window's panel showed six letters of each cluster's text).
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Fixed, not sized to contents: that would read every row on each change.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 90)
        self._class_width = longest + 3 * metrics.averageCharWidth()
        row = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + 5 * row + 4)
        self.table.installEventFilter(self)
        self.model.modelReset.connect(self._fit_columns)  # a reset puts sections back
        self.table.clicked.connect(lambda index: self.clusterActivated.emit(index.row()))
        layout.addWidget(self.table, 3)

        versions_title = QLabel("Versions of the selected cluster")
        versions_title.setObjectName("sectionTitle")
        layout.addWidget(versions_title)
        self.versions = VersionsView()
        self.versions.setMinimumHeight(5 * self.versions.fontMetrics().lineSpacing() + 12)
        layout.addWidget(self.versions, 2)
        self.version_buttons_row = QHBoxLayout()
        self.version_buttons: list[QPushButton] = []
        layout.addLayout(self.version_buttons_row)
        self.set_keys(KeyNames())

        comments_title = QLabel("Comments")
        comments_title.setObjectName("sectionTitle")
        comments_title.setToolTip("Everyone who opens this document sees them")
        layout.addWidget(comments_title)
        self.comment_model = QStringListModel(self)
        self.comment_view = QListView()
        self.comment_view.setModel(self.comment_model)
        self.comment_view.setMaximumHeight(72)
        self.comment_view.setWordWrap(True)
        # No empty box where there are no comments: the list shows once there is one.
        self.comment_view.hide()
        self.comment_model.modelReset.connect(self._show_comments)
        self.comment_model.rowsInserted.connect(self._show_comments)
        self.comment_model.rowsRemoved.connect(self._show_comments)
        layout.addWidget(self.comment_view)
        self.comment_box = QLineEdit()
        self.comment_box.setPlaceholderText("Comment on the selected cluster or the document…")
        self.comment_box.setToolTip("Everyone who opens this document sees the comments")
        self.comment_box.returnPressed.connect(self._comment)
        layout.addWidget(self.comment_box)

    def _show_comments(self) -> None:
        self.comment_view.setVisible(self.comment_model.rowCount() > 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        """Columns for the table's width: in a narrow pane the Versions column (the view
        below shows them) goes, and Class and Decision give up room to the text."""
        width = self.table.viewport().width()
        header = self.table.horizontalHeader()
        narrow = width < 420
        self.table.setColumnHidden(2, narrow)
        header.resizeSection(0, min(self._class_width, max(96, width * 2 // 5)))
        title = self.table.fontMetrics().horizontalAdvance("Decision") + 18
        header.resizeSection(3, min(90, max(title, width * 22 // 100)))

    def set_keys(self, keys: KeyNames) -> None:
        """Name the keys in effect (the keymap's) on the buttons and in the hints; an
        action without a key gets a button without one."""
        self.keys = keys
        for button, word, action in (
            (self.accept_button, "Accept", "accept"),
            (self.reject_button, "Reject", "reject"),
        ):
            key = keys.name(action)
            button.setText(f"{word} ({key})" if key else word)
        self.versions.accept_key = keys.name("accept")
        if self.versions.comparison is None:
            self.show_no_cluster()

    def how_to_step(self) -> str:
        """ "Step to a cluster with N", naming the key in effect (a click without one)."""
        step = self.keys.name("next_suggestion")
        return f"Step to a cluster with {step}" if step else "Click a cluster in the list"

    def show_no_cluster(self, message: str = "") -> None:
        """No cluster selected: `message`, else how to step to one."""
        self.versions.show_message(message or f"{self.how_to_step()} to compare its versions.")

    def set_annotators(self, available: Sequence[str], chosen: Sequence[str]) -> None:
        # Not blockSignals(): the view must hear about the rows; a flag mutes itemChanged.
        self._filling = True
        self.annotator_model.clear()
        for name in available:
            item = QStandardItem(name)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
            self.annotator_model.appendRow(item)
        self._filling = False
        # As tall as its names (up to four), so the cluster list keeps the room; with
        # nobody to compare, no empty box (the notice says why).
        self.annotator_view.setVisible(bool(available))
        rows = max(1, min(4, len(available)))
        row_height = self.annotator_view.sizeHintForRow(0) if available else 18
        self.annotator_view.setMaximumHeight(rows * max(row_height, 16) + 6)

    def chosen(self) -> list[str]:
        model = self.annotator_model
        return [
            model.item(row).text()
            for row in range(model.rowCount())
            if model.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _emit_annotators(self) -> None:
        if not self._filling:
            self.annotatorsChanged.emit(self.chosen())

    def _comment(self) -> None:
        text = self.comment_box.text().strip()
        if text:
            self.commentAdded.emit(text)
            self.comment_box.clear()

    def set_versions(self, count: int) -> None:
        """One "Accept k" button per version (the digit k does the same, whatever the keymap)."""
        for button in self.version_buttons:
            self.version_buttons_row.removeWidget(button)
            button.deleteLater()
        self.version_buttons = []
        if count < 2:
            return
        for number in range(1, count + 1):
            button = QPushButton(f"Accept {number}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            key = f" (key {number})" if number < 10 else ""
            button.setToolTip(f"Accept version {number} into gold{key}")
            button.clicked.connect(lambda _c=False, k=number: self.versionChosen.emit(k))
            self.version_buttons_row.addWidget(button)
            self.version_buttons.append(button)

    def set_accept_enabled(self, enabled: bool, reason: str = "") -> None:
        """Enter's button: off where the versions differ, with the reason as its tooltip."""
        self.accept_button.setEnabled(enabled)
        self.accept_button.setToolTip("" if enabled else reason)

    def set_summary(self, summary: str) -> None:
        """The counts line; none at all when there is nothing to count."""
        self.summary.setText(summary)
        self.summary.setVisible(bool(summary))

    def set_notice(self, message: str) -> None:
        self.notice.setText(message)
        self.notice.setVisible(bool(message))

    def select_row(self, row: int | None) -> None:
        if row is None:
            self.table.clearSelection()
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))


def agreement_dialog(parent: QWidget, report: AgreementReport, scope: str) -> QDialog:
    """A table of agreement figures: each pair, and all together, per label and overall."""
    from PySide6.QtGui import QStandardItemModel as Model

    def fmt(value: float | None) -> str:
        return "—" if value is None else f"{value:.3f}"

    model = Model()
    model.setHorizontalHeaderLabels(
        [
            "Annotators",
            "Label",
            "Exact F1",
            "Overlap F1",
            "Cohen's κ",
            "Fleiss' κ",
            "Krippendorff's α",
            "Spans",
        ]
    )
    for figures in report.pairs:
        row = [
            " ↔ ".join(figures.annotators),
            figures.label or "all labels",
            fmt(figures.exact_f1),
            fmt(figures.overlap_f1),
            fmt(figures.cohen_kappa),
            "",
            "",
            f"{figures.spans_a} / {figures.spans_b}",
        ]
        model.appendRow([QStandardItem(cell) for cell in row])
    for group in report.groups:
        row = [
            "all: " + ", ".join(group.annotators),
            group.label or "all labels",
            "",
            "",
            "",
            fmt(group.fleiss_kappa),
            fmt(group.krippendorff_alpha),
            "",
        ]
        model.appendRow([QStandardItem(cell) for cell in row])
    dialog = QDialog(parent)
    dialog.setWindowTitle("Agreement")
    layout = QVBoxLayout(dialog)
    layout.addWidget(
        QLabel(
            f"{scope}: {report.documents} documents, {report.tokens} tokens. Token-level figures "
            "tag each token with its label or O."
        )
    )
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    layout.addWidget(view)
    from PySide6.QtWidgets import QDialogButtonBox  # here: the first frame shows no dialog

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(820, 420)
    dialog.model = model  # type: ignore[attr-defined]
    return dialog
