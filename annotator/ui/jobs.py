"""The background-jobs runner: long work off the GUI thread, every failure logged and shown.

`JobRunner` starts `BackgroundJob`s (annotator.ui.workers) and reports on the
GUI thread: a problem the user can fix (AnnotatorError) as its message; any
other exception is logged with its traceback and shown with the log file's
name. File-by-file work (`import_job`) goes on with the remaining files when
one fails in an unexpected way, and ends with a summary naming each failure.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from annotator.core.errors import AnnotatorError
from annotator.ui.messages import message_box, plain_label
from annotator.ui.session import Session
from annotator.ui.workers import (
    BackgroundJob,
    Progress,
    on_own_connection,
    progress_dialog,
    unexpected,
)

# Message boxes and file dialogs are imported where one is opened: their Python classes
# (and enum types) cost the window's first frame, which opens neither.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QProgressDialog


def import_job(db_file: str, paths: list[str], options: Any) -> Callable[[Progress], Any]:
    """Import `paths` file by file on the job's own connection.

    A file that fails in an unexpected way is logged and counted as failed
    with a message naming it and the log; the other files still import.
    """
    from annotator.services import importing

    def task(repo: Any, progress: Progress) -> importing.ImportReport:
        files = list(importing.expand_paths(paths))
        report = importing.ImportReport()
        for index, path in enumerate(files):
            if progress(index, len(files), str(path)) is False:
                break
            try:
                outcome = importing.import_file(repo, path, options)
            except Exception as exc:  # a bug: logged, counted, and the next file goes on
                outcome = importing.FileOutcome(str(path), failed=True)
                outcome.problems.append(AnnotatorError(unexpected("import", exc), file=str(path)))
            report.files.append(outcome)
        progress(len(report.files), len(files), "")
        return report

    return on_own_connection(db_file, task)


class JobRunner(QObject):
    """Starts background jobs for one window and shows what went wrong, never silently."""

    failed = Signal(str, str)  # title, message (also shown in a message box)

    def __init__(self, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self.dialog_parent = dialog_parent
        self.jobs: list[BackgroundJob] = []
        self.last_message: QMessageBox | None = None

    def start(
        self,
        title: str,
        work: Callable[[Progress], Any],
        succeeded: Callable[[Any], None],
        *,
        failed: Callable[[str], None] | None = None,
        wait: bool = False,
    ) -> BackgroundJob:
        """Run `work(progress)` in a thread; `succeeded(result)` runs on the GUI thread.

        A failure goes to `failed(message)` when given, else to a message box.
        With `wait`, block until the job ends (start-up imports, tests).
        """
        job = BackgroundJob(work, self, title=title)
        job.succeeded.connect(succeeded)
        job.failed.connect(failed or (lambda message: self.show_failure(title, message)))
        job.finished.connect(lambda: self._forget(job))
        self.jobs.append(job)
        job.start()
        if wait:
            job.wait()
            QApplication.processEvents()
        return job

    def start_in_dialog(
        self,
        title: str,
        label: str,
        work: Callable[[Progress], Any],
        succeeded: Callable[[Any], None],
        *,
        progressed: Callable[[int, int, str], None],
        failed: Callable[[str], None] | None = None,
        cancel: Callable[[], None] | None = None,
    ) -> tuple[BackgroundJob, QProgressDialog]:
        """`start` with a window-modal progress dialog (shown after 0.4 s) that closes
        when the job ends; its Cancel calls `cancel` (default: the job's own cancel flag).
        `label` is shown as plain text (it may quote a file name)."""
        dialog = progress_dialog(self.dialog_parent, title, "")
        dialog.setLabel(plain_label(label))
        job = self.start(title, work, succeeded, failed=failed)
        # Bound methods of objects in the GUI thread: Qt queues the calls to this thread.
        job.progressed.connect(progressed)
        job.finished.connect(dialog.close)
        dialog.canceled.connect(cancel or job.cancel)
        return job, dialog

    def _forget(self, job: BackgroundJob) -> None:
        if job in self.jobs:
            self.jobs.remove(job)

    def wait(self, timeout_ms: int = 10_000) -> None:
        """Block until the running jobs end (tests and scripts)."""
        for job in list(self.jobs):
            job.wait(timeout_ms)
        QApplication.processEvents()

    def show_failure(self, title: str, message: str) -> QMessageBox:
        """A non-blocking warning (the user may go on working)."""
        from PySide6.QtWidgets import QMessageBox

        self.failed.emit(title, message)
        box = message_box(self.dialog_parent, QMessageBox.Icon.Warning, title, message)
        box.open()
        self.last_message = box
        return box


SHOWN_DETAILS: Final = 50  # lines of a summary box; the rest are counted
DETAIL_LENGTH: Final = 300  # characters of one line


def summary_box(
    parent: QWidget,
    title: str,
    text: str,
    details: list[str],
    icon: QMessageBox.Icon | None = None,
) -> QMessageBox:
    """A non-blocking summary in plain text; at most 50 lines listed, the rest counted.

    Lines quote stored and outside text (titles, file names, a colleague's
    rows), so the box never interprets markup, and each line is cut short. The icon
    is a warning unless `icon` says otherwise.
    """
    from PySide6.QtWidgets import QMessageBox

    body = text
    if details:
        shown = [shorten(line) for line in details[:SHOWN_DETAILS]]
        more = (
            f"\n… and {len(details) - SHOWN_DETAILS} more" if len(details) > SHOWN_DETAILS else ""
        )
        body += "\n\n" + "\n".join(shown) + more
    if icon is None:
        icon = QMessageBox.Icon.Warning
    box = message_box(parent, icon, title, body)
    box.open()
    return box


def shorten(line: str, limit: int = DETAIL_LENGTH) -> str:
    """One line of at most `limit` characters (line breaks become spaces)."""
    flat = " ".join(line.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def merge_details(report: Any, source: str) -> list[str]:
    """What a merge report lists for the user: what became of the file's analyst's layer,
    conflicts, actor merges not applied, refusals."""
    # Both versions, as the merge command lists them: the ids alone do not say what differs.
    replaced = report.replaced or report.relations_removed or report.decisions_reopened
    lines = list(report.replacement_lines()) if replaced else []
    lines += [f"conflict: {c.describe()}" for c in report.conflicts]
    lines += [
        f"not applied: {source} merged the actor {m.describe()}; "
        "merge them in the actor registry if you agree"
        for m in report.actor_merges_not_applied
    ]
    lines += [f"refused: {r.describe()}" for r in report.rejected]
    return lines


class FileJobs(QObject):
    """File > Import, Merge and Export: dialogs, background work, summaries.

    Built with the session (its repository file and annotator), the jobs
    runner and the widget that parents dialogs. `corpusChanged` tells the
    window to reload its document list after an import or a merge.
    """

    corpusChanged = Signal()
    statusMessage = Signal(str, int)

    def __init__(self, session: Session, runner: JobRunner, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self.session = session
        self.runner = runner
        self.dialog_parent = dialog_parent
        self.last_summary: QMessageBox | None = None

    # -- import ------------------------------------------------------------------------

    def import_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from annotator.formats.readers import FILE_SUFFIXES

        # Every file the import reads: brat .ann and CoNLL files too, not only articles.
        patterns = " ".join(f"*{suffix}" for suffix in FILE_SUFFIXES)
        paths, _filter = QFileDialog.getOpenFileNames(
            self.dialog_parent,
            "Import articles",
            "",
            f"Articles and annotations ({patterns});;All files (*)",
        )
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[str], *, wait: bool = False) -> None:
        """Import files in the background with a cancellable progress dialog.

        The job opens its own connection to the database file (SQLite
        connections belong to one thread); the list reloads when it is done.
        With `wait`, block until the import has finished (start-up imports).
        """
        from annotator.formats.common import ReadOptions

        options = ReadOptions(annotator=self.session.annotator, schema=self.session.repo.schema())
        self.import_job, self.import_dialog = self.runner.start_in_dialog(
            "Import",
            "Importing…",
            import_job(self.session.repo.path, paths, options),
            self._import_finished,
            progressed=self._import_progress,
        )
        if wait:
            self.runner.wait(24 * 3600 * 1000)

    def _import_progress(self, done: int, total: int, what: str) -> None:
        # File names are outside text: the dialog's label shows them literally.
        self.import_dialog.setMaximum(total)
        self.import_dialog.setValue(done)
        if what:
            self.import_dialog.setLabelText(f"Importing {Path(what).name}…")

    def _import_finished(self, report: Any) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.corpusChanged.emit()
        message = "\n".join([*report.detections(), report.summary()])
        problems = [str(p) for p in report.problems()]
        # Notes (a doccano file's offset unit, renumbered ids, files left out) are
        # shown as the CLI prints them, after the problems.
        details = problems + [f"note: {line}" for line in report.notes()]
        if details:
            icon = QMessageBox.Icon.Warning if problems else QMessageBox.Icon.Information
            self.last_summary = summary_box(self.dialog_parent, "Import", message, details, icon)
        else:
            self.statusMessage.emit(message, 8000)

    # -- merge -------------------------------------------------------------------------

    def merge_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getOpenFileName(
            self.dialog_parent,
            "Merge a colleague's database",
            "",
            "Annotator databases (*.db);;All files (*)",
        )
        if path:
            self.merge_database(path)

    def merge_database(self, path: str, *, wait: bool = False) -> None:
        """Merge another database file in the background, with a progress dialog and Cancel.

        Cancel stops the merge and leaves our database as it was (the merge is
        one transaction; store.merge raises MergeCancelled). Both files stay as
        they were when the other file is refused.
        """
        from annotator.store.merge import merge_database

        by = self.session.annotator
        cancel = threading.Event()
        self.merge_cancel = cancel

        def task(repo: Any, progress: Progress) -> Any:
            return merge_database(repo, path, by=by, cancel=cancel, progress=progress)

        # Closing the dialog emits canceled too; by then the merge has ended.
        self.merge_job, self.merge_progress = self.runner.start_in_dialog(
            "Merge",
            f"Merging {Path(path).name}…",
            on_own_connection(self.session.repo.path, task),
            self._merge_finished,
            progressed=self._merge_progressed,
            failed=self._merge_failed,
            cancel=cancel.set,
        )
        if wait:
            self.runner.wait(24 * 3600 * 1000)

    def _merge_progressed(self, done: int, total: int, _table: str) -> None:
        self.merge_progress.setMaximum(max(total, 1))
        self.merge_progress.setValue(min(done, max(total, 1) - 1))

    def _merge_failed(self, message: str) -> None:
        if self.merge_cancel.is_set():
            self.statusMessage.emit("Merge cancelled: nothing was changed.", 8000)
        else:
            self.runner.show_failure("Merge", message)

    def _merge_finished(self, report: Any) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.session.reload()
        self.corpusChanged.emit()
        message = report.summary()
        details = merge_details(report, report.source)
        if details:
            icon = QMessageBox.Icon.Warning if report.rejected else QMessageBox.Icon.Information
            self.last_summary = summary_box(self.dialog_parent, "Merge", message, details, icon)
        else:
            self.statusMessage.emit(message, 8000)

    # -- export ------------------------------------------------------------------------

    def export_dialog(self, *, review: bool = False) -> None:
        """The export dialog; in review mode it starts on the gold layer."""
        from annotator.ui.export_dialog import ExportDialog

        dialog = ExportDialog(
            self.session.repo, self.session.annotator, self.dialog_parent, review=review
        )
        dialog.exec()


__all__ = [
    "FileJobs",
    "JobRunner",
    "import_job",
    "merge_details",
    "shorten",
    "summary_box",
]
