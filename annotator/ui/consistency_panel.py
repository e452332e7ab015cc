"""The consistency panel: the checker's problems as a list walked with N and P.

F fixes the current problem with one key (tag the untagged text with its
usual label, or relabel the differently tagged span); D dismisses it, and the
dismissal is remembered in the database. Both are undoable. Rule problems
(a quote without speaker, empty counts, a span inside a word) are opened for
the analyst to fix by hand.

The check runs in a BackgroundJob on its own read-only connection, so the
window stays responsive on a large corpus; the list then grows a page at a
time as the analyst scrolls or steps (a big corpus has hundreds of thousands
of places), while the status line already names how many there are.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.consistency import Problem, Report
from annotator.services.operations import DismissProblem, Relabel, TagSpans
from annotator.store.consistency_store import check_corpus
from annotator.store.repository import Repository
from annotator.store.search import Hit
from annotator.ui.article_view import plain_tooltip
from annotator.ui.commands import push
from annotator.ui.corpus_commands import plan_spans
from annotator.ui.session import Session
from annotator.ui.table_model import ColumnsModel
from annotator.ui.workers import BackgroundJob, Progress, on_own_connection

_Index = QModelIndex | QPersistentModelIndex
KIND_NAMES = {
    "untagged": "untagged",
    "other_label": "tagged differently",
    "quote_without_speaker": "quote without speaker",
    "casualty_without_count": "casualty without count",
    "casualty_counts_reversed": "casualty counts reversed",
    "inside_word": "inside a word",
}


class ProblemsModel(ColumnsModel):
    """The problems found; rows are shown a page at a time (`fetchMore`)."""

    COLUMNS = ("Problem", "Text", "Document", "Details")
    PAGE = 500

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.problems: list[Problem] = []  # all of them; the first `shown` are rows
        self.titles: dict[str, str] = {}
        self.shown = 0

    def set_problems(self, problems: list[Problem], titles: dict[str, str]) -> None:
        self.beginResetModel()
        self.problems = problems
        self.titles = titles
        self.shown = min(len(problems), self.PAGE)
        self.endResetModel()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.problems[row]
        self.shown -= 1
        self.endRemoveRows()

    def show_up_to(self, row: int) -> None:
        """Make sure `row` is one of the model's rows (stepping past the last page)."""
        while row >= self.shown and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self.shown < len(self.problems)

    def fetchMore(self, parent: _Index) -> None:
        if not self.canFetchMore(parent):
            return
        more = min(len(self.problems), self.shown + self.PAGE)
        self.beginInsertRows(QModelIndex(), self.shown, more - 1)
        self.shown = more
        self.endInsertRows()

    def row_total(self) -> int:
        return self.shown

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self.problems[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            kind = KIND_NAMES.get(problem.kind, problem.kind)
            if problem.kind == "other_label":
                kind = f"{problem.found}, usually {problem.label}"
            elif problem.kind == "untagged":
                kind = f"untagged {problem.label}"
            return (
                kind,
                problem.text.replace("\n", " "),
                self.titles.get(problem.document_id, problem.document_id),
                problem.message,
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(problem.message)
        return None


class ConsistencyPanel(QWidget):
    openHit = Signal(str, int, int)  # document id, start, end (code points)
    checked = Signal(int)  # problems found, once they are shown

    def __init__(self, session: Session, undo_stack: QUndoStack, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack
        self.job: BackgroundJob | None = None
        self.report: Report | None = None
        self.model = ProblemsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.check_button = QPushButton("Check corpus")
        self.status = QLabel("N / P: next / previous · F: fix · D: dismiss")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # messages quote stored text
        top = QHBoxLayout()
        top.addWidget(self.check_button)
        top.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.check_button.clicked.connect(self.refresh)
        self.table.activated.connect(lambda index: self.go(index.row()))
        # Keys on the list itself: a table takes letters for its type-ahead search, and the
        # window's own N / P / label keys must not win while the list has the focus.
        self._keys: dict[str, Callable[[], object]] = {
            "n": lambda: self.step(1),
            "p": lambda: self.step(-1),
            "f": self.fix_current,
            "d": self.dismiss_current,
        }
        self.table.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type()
            in (
                QEvent.Type.ShortcutOverride,
                QEvent.Type.KeyPress,
            )
        ):
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            action = self._keys.get(event.text().lower()) if plain else None
            if action is not None:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    action()
                return True
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        """Run the checker (the analysts' layers) off the GUI thread; `checked` when shown.

        A database without a file (in memory) cannot be opened a second time,
        so its check runs here, at once.
        """
        if self.running():
            return
        db_file = self.session.repo.path
        if not db_file:
            self._show(_check(self.session.repo, None))
            return

        job = BackgroundJob(on_own_connection(db_file, _check, readonly=True), self)
        # Bound methods of this widget: Qt queues the calls to the GUI thread.
        job.progressed.connect(self._progressed)
        job.succeeded.connect(self._show)
        job.failed.connect(self._failed)
        job.finished.connect(self._job_finished)
        self.job = job
        self.check_button.setEnabled(False)
        self.status.setText("Checking the corpus…")
        job.start()

    def running(self) -> bool:
        return self.job is not None

    def stop(self) -> None:
        """Cancel a running check and wait for its thread (before the panel goes away)."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait()

    def _progressed(self, done: int, total: int, what: str) -> None:
        if total:
            self.status.setText(f"Checking the corpus… {what} {done:,} of {total:,}")
        else:
            self.status.setText(f"Checking the corpus… {what}")

    def _let_job_go(self) -> None:
        # The result is in, so the thread is returning: wait the moment that takes, so
        # that no QThread is ever deleted while it runs.
        job, self.job = self.job, None
        if job is not None:
            job.wait()
            job.deleteLater()
        self.check_button.setEnabled(True)

    def _show(self, result: tuple[Report, dict[str, str]]) -> None:
        self._let_job_go()
        report, titles = result
        self.report = report
        self.model.set_problems(report.problems, titles)
        self._count()
        if report.problems:
            self.table.selectRow(0)
        self.checked.emit(len(report.problems))

    def _failed(self, message: str) -> None:
        self._let_job_go()
        self.status.setText(message)

    def _job_finished(self) -> None:
        if self.job is not None and self.job.isFinished():  # ended without a result: a bug
            self._let_job_go()
            self.status.setText("The check stopped unexpectedly.")

    def _count(self) -> None:
        problems = len(self.model.problems)
        texts = len(self.report.summaries) if self.report else 0
        self.status.setText(f"{problems:,} problems ({texts:,} texts tagged inconsistently)")

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def current(self) -> Problem | None:
        row = self.current_row()
        return self.model.problems[row] if 0 <= row < len(self.model.problems) else None

    def go(self, row: int) -> None:
        if not 0 <= row < len(self.model.problems):
            return
        self.model.show_up_to(row)
        self.table.selectRow(row)
        problem = self.model.problems[row]
        self.openHit.emit(problem.document_id, problem.start, problem.end)

    def step(self, step: int) -> None:
        """N and P: the next or previous problem, opened in the article."""
        if not self.model.problems:
            return
        row = self.current_row()
        self.go(max(0, min(len(self.model.problems) - 1, row + step if row >= 0 else 0)))

    def _done_with(self, row: int) -> None:
        self.model.remove(row)
        self._count()
        if self.model.problems:
            self.go(min(row, len(self.model.problems) - 1))

    def fix_current(self) -> bool:
        """Tag it (untagged) or relabel it (tagged differently); False if no one-key fix."""
        row = self.current_row()
        problem = self.current()
        if problem is None:
            return False
        if problem.kind == "untagged":
            hit = Hit(problem.document_id, "", problem.start, problem.end, "", problem.text, "")
            spans = plan_spans(self.session.edits, [hit], problem.label)
            if spans:
                push(self.undo_stack, self.session, TagSpans(spans))
        elif problem.kind == "other_label" and problem.span_id:
            push(self.undo_stack, self.session, Relabel(problem.span_id, problem.label))
        else:
            self.status.setText("Fix this one in the article (Enter opens it).")
            return False
        self._done_with(row)
        return True

    def dismiss_current(self) -> None:
        row = self.current_row()
        problem = self.current()
        if problem is None:
            return
        push(self.undo_stack, self.session, DismissProblem(problem.key, problem.document_id))
        self._done_with(row)


def _check(repo: Repository, progress: Progress | None) -> tuple[Report, dict[str, str]]:
    report = check_corpus(repo, progress=progress)
    titles = repo.document_titles()
    return report, titles
