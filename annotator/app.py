"""Start-up, in order: paths -> open store -> QApplication -> name -> MainWindow -> exec()."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

from annotator import __version__, logs
from annotator.core.errors import AnnotatorError
from annotator.core.packaged import packaged_files
from annotator.paths import annotator_name, resolve_db_path
from annotator.store.backup import open_with_backup
from annotator.store.pending import GuardedRepository


def configure_application(app: object) -> None:
    """Names and style that must be set before any QSettings or window exists."""
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    app.setOrganizationName("annotator")
    app.setOrganizationDomain("annotator.invalid")
    app.setApplicationName("annotator")
    app.setApplicationVersion(__version__)
    style = packaged_files().joinpath("style.qss").read_text("utf-8")
    app.setStyleSheet(style)


def install_crash_handlers(app: object) -> None:
    """Unexpected exceptions, in the GUI thread or any other, are logged and shown.

    `sys.excepthook` and `threading.excepthook` write the traceback to the log
    and show an error dialog naming the log file, instead of the process dying
    silently. The dialog is raised in the GUI thread (a queued signal), and
    never more than one at a time.
    """
    import threading

    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QMessageBox

    assert isinstance(app, QApplication)
    application: QApplication = app

    class CrashReporter(QObject):
        crashed = Signal(str)

        def __init__(self) -> None:
            super().__init__(application)
            self.dialog: QMessageBox | None = None
            self.crashed.connect(self.show)

        def show(self, line: str) -> None:
            if self.dialog is not None and self.dialog.isVisible():
                return
            self.dialog = QMessageBox(
                QMessageBox.Icon.Critical,
                "annotator: unexpected error",
                "Something went wrong that annotator did not expect. Your saved work is in "
                f"the database.\n\n{line}",
                QMessageBox.StandardButton.Ok,
                application.activeWindow(),
            )
            self.dialog.setObjectName("crash_dialog")
            self.dialog.open()

    reporter = CrashReporter()

    def on_exception(
        exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        reporter.crashed.emit(logs.log_unexpected(exc_type, exc, tb, where="the window"))

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        where = f"thread {args.thread.name}" if args.thread is not None else "a thread"
        line = logs.log_unexpected(args.exc_type, args.exc_value, args.exc_traceback, where=where)
        reporter.crashed.emit(line)

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception


def ask_name(default: str) -> str | None:
    from PySide6.QtWidgets import QInputDialog

    name, ok = QInputDialog.getText(
        None,
        "Welcome to annotator",
        "Your name as annotator (stored with every span you make):",
        text=default,
    )
    return name.strip() if ok and name.strip() else None


def run(
    db_path: Path | None = None,
    paths: list[Path] | None = None,
    annotator: str | None = None,
    screenshot: Path | None = None,
) -> int:
    """Open the window; returns the process exit code.

    With `screenshot`, the window is saved as an image once it is shown and the
    application quits (exit 1 if the image could not be written).
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from annotator.ui.main_window import MainWindow
    from annotator.ui.workers import BackgroundJob

    if not logs.configured():
        logs.configure()
    path = resolve_db_path(db_path)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    configure_application(app)
    install_crash_handlers(app)
    try:
        repo = GuardedRepository(open_with_backup(path))  # snapshot; read-only fallback
    except AnnotatorError as exc:
        QMessageBox.critical(None, "annotator", str(exc))
        return 1
    name, explicit = annotator_name(annotator, repo.setting("annotator"))
    if not explicit:
        asked = ask_name(name)
        if asked is None:
            return 0
        name = asked
    if repo.setting("annotator") != name:
        repo.set_setting("annotator", name)
    window = MainWindow(repo, name, db_label=str(path))
    if paths:
        window.import_paths([str(p) for p in paths], wait=True)
    window.show()
    if screenshot is not None:

        def save_and_quit() -> None:
            app.exit(0 if window.grab().save(str(screenshot)) else 1)

        QTimer.singleShot(0, save_and_quit)
    code = int(app.exec())
    # A job still running (the current document's suggestions, a check) must end
    # before Python deletes its QThread, or Qt aborts the process on the way out.
    for job in window.findChildren(BackgroundJob):
        job.cancel()
        job.wait()
    return code
