"""Long work off the GUI thread: a QThread that runs a Qt-free function with progress.

The function gets `progress(done, total, what) -> bool` (False means the user
cancelled) and returns a result; SQLite connections are per thread, so a job
that writes opens its own connection to the same file (WAL lets both work).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal

Progress = Callable[[int, int, str], bool]


class BackgroundJob(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[Progress], Any], parent: Any = None) -> None:
        super().__init__(parent)
        self.work = work
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
            self.failed.emit(str(exc))
            return
        self.succeeded.emit(result)
