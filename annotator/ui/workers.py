"""Long work off the GUI thread: a QThread that runs a Qt-free function with progress.

The function gets `progress(done, total, what) -> bool` (False means the user
cancelled) and returns a result; SQLite connections are per thread, so a job
that writes opens its own connection to the same file (WAL lets both work).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt, QThread, Signal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], bool]
T = TypeVar("T")


class BackgroundJob(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(
        self, work: Callable[[Progress], Any], parent: Any = None, *, title: str = "Background job"
    ) -> None:
        super().__init__(parent)
        self.work = work
        self.title = title
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def _progress(self, done: int, total: int, what: str) -> bool:
        self.progressed.emit(done, total, what)
        return not self.cancelled

    def run(self) -> None:
        from annotator.core.errors import AnnotatorError

        try:
            result = self.work(self._progress)
        except AnnotatorError as exc:
            log.warning("%s: %s", self.title, exc)
            self.failed.emit(str(exc))
            return
        except Exception as exc:
            # A bug: logged with its traceback, and told to the user (never silent).
            self.failed.emit(unexpected(self.title, exc))
            return
        self.succeeded.emit(result)


def on_own_connection(
    db_file: str, task: Callable[[Any, Progress], T], *, readonly: bool = False
) -> Callable[[Progress], T]:
    """A job's work: open `db_file` afresh in the worker thread, run `task(repo, progress)`.

    SQLite connections belong to the thread that made them, and WAL lets this
    second connection read (and write) beside the window's.
    """
    from annotator.store.db import open_db
    from annotator.store.repository import Repository

    def work(progress: Progress) -> T:
        repo = Repository(open_db(db_file, readonly=readonly))
        try:
            return task(repo, progress)
        finally:
            repo.db.close()

    return work


def progress_dialog(parent: Any, title: str, text: str) -> QProgressDialog:
    """A window-modal, cancellable progress dialog that shows only for longer work."""
    # Imported here: its class (a dialog's, with their enum types) is built on first use.
    from PySide6.QtWidgets import QProgressDialog

    dialog = QProgressDialog(text, "Cancel", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(400)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    return dialog


def unexpected(what: str, exc: BaseException) -> str:
    """Log a bug met while doing `what`, with its traceback; returns the line for the user.

    The line names the exception and the log file (annotator.logs), never the traceback.
    """
    from annotator import logs

    line = logs.log_unexpected(type(exc), exc, exc.__traceback__, where=what)
    return f"{what}: {line}"
