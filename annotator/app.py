"""Start-up, in order: paths -> open store -> QApplication -> name -> MainWindow -> exec()."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

from annotator import __version__, kept_support_code, logs, quick_enums
from annotator.core.errors import AnnotatorError
from annotator.core.names import reserved_name_reason
from annotator.core.packaged import packaged_files
from annotator.launch import resume_collector
from annotator.paths import (
    annotator_name_from,
    refuse_reserved_name,
    resolve_db_path,
)
from annotator.services.edits import environment_problem
from annotator.store.backup import open_with_backup, read_only_reason, snapshot_file
from annotator.store.db import (
    background_check,
    damaged_error,
    record_clean_check,
    refuse_damaged,
    startup_check,
)
from annotator.store.repository import Repository

# The background check starts with the first painted document, or after this long.
CHECK_AT_THE_LATEST_MS = 2000


# Modules of annotator.ui that never mention PySide6 (see `pyside_usage`).
_QT_FREE_UI = frozenset({"annotator.ui.corpus_commands", "annotator.ui.review_classes"})


def pyside_usage(names: list[str]) -> dict[str, int]:
    """PySide6's `__feature__` entry for each of `names` whose answer we know.

    0 for a module that uses PySide6 (annotator.app and annotator.ui's modules
    but `_QT_FREE_UI`, the only ones that mention it: tests/ui/test_startup_imports.py
    checks each answer against PySide's own),
    -1 for the standard library and annotator's Qt-free modules; names we
    cannot vouch for (third-party packages, PySide6's own) are left out.
    """
    stdlib = sys.stdlib_module_names
    usage: dict[str, int] = {}
    for name in names:
        top = name.partition(".")[0]
        if name in _QT_FREE_UI:
            usage[name] = -1
        elif name == "annotator.app" or name == "annotator.ui" or name.startswith("annotator.ui."):
            usage[name] = 0
        elif top in stdlib or top == "annotator":
            usage[name] = -1
    return usage


def spare_pyside_source_scans() -> None:
    """Tell PySide6 up front which modules use it, so that it does not read their source.

    Once imported, PySide6 hooks `import`: every module imported or named in an
    import statement afterwards is checked once for its `__feature__` switches
    by reading the module's whole source and looking for "PySide6"
    (`shibokensupport.feature._mod_uses_pyside`): about 76 modules before the
    first frame, some 3% of the start-up's instructions (issue 16). Known
    entries are not checked again, so the same answers are registered here
    first; entries PySide already made are kept. No annotator code selects a
    feature, so nothing but the reading changes. With a PySide6 that keeps no
    such table, nothing is done.
    """
    feature = sys.modules.get("shibokensupport.feature")
    known = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(known, dict):
        return
    names = [*sys.stdlib_module_names, *sys.modules]
    for package in ("core", "store", "services", "ui"):
        names.append(f"annotator.{package}")
        try:
            with os.scandir(Path(__file__).parent / package) as entries:
                files = [e.name for e in entries if e.name.endswith(".py")]
        except OSError:  # not a folder on disk: PySide reads what it can, as before
            continue
        names += [f"annotator.{package}.{f[:-3]}" for f in files if f != "__init__.py"]
    for name, usage in pyside_usage(names).items():
        known.setdefault(name, usage)


# Set, Qt paints on the GUI thread only: it reads it once, at its first large fill.
NO_PAINT_THREADS = "QT_NO_GUI_THREADPOOL"


def paint_on_the_gui_thread() -> None:
    """Have Qt's raster painter fill everything on the GUI thread (unless the user chose).

    Qt cuts a fill taller than about 96 lines into 64-line strips and hands them to
    a pool of threads, then waits for them all. The window's scroll bars (Fusion's
    groove gradient and outlines, some 15 px wide) are such fills: 244 strips of a
    microsecond's work each before the first frame, each a thread to wake and wait
    for, about 480 context switches against the bare window's 40 (issue 16). On a
    busy machine each wake-up waits for a free core, and so does every scroll
    bar repaint while the user scrolls. The pixels are the same either way.
    """
    os.environ.setdefault(NO_PAINT_THREADS, "1")


def configure_application(app: object, *, style: bool = True) -> None:
    """Names that must be set before any QSettings or window exists, and (unless
    `style` is false) the style sheet (see `apply_style`)."""
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    app.setOrganizationName("annotator")
    app.setOrganizationDomain("annotator.invalid")
    app.setApplicationName("annotator")
    app.setApplicationVersion(__version__)
    if style:
        apply_style(app)


def apply_style(app: object) -> None:
    """Give the application its style sheet (once; again does nothing).

    `run` sets it once the main window is built and before it is shown: while an
    application style sheet is set, every widget put into a parent makes Qt
    re-polish and send a StyleChange to its whole subtree (inheritStyle), and the
    window is built from parentless panes, so its deepest widgets went through
    that once per level, about 6% of the start-up's instructions (issue 16).
    Shown widgets are polished when they are first shown either way.
    """
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    if not app.styleSheet():
        app.setStyleSheet(packaged_files().joinpath("style.qss").read_text("utf-8"))


def install_crash_handlers(app: object) -> None:
    """Unexpected exceptions, in the GUI thread or any other, are logged and shown.

    `sys.excepthook` and `threading.excepthook` write the traceback to the log
    and show an error dialog naming the log file, instead of the process dying
    silently. The dialog is raised in the GUI thread (a queued signal), and
    never more than one at a time.
    """
    import threading

    from PySide6.QtCore import QObject, Qt, Signal
    from PySide6.QtWidgets import QApplication

    # QMessageBox is imported when a box is shown (a Python class and its enum types
    # built before the first frame for nothing).
    if TYPE_CHECKING:
        from PySide6.QtWidgets import QMessageBox

    assert isinstance(app, QApplication)
    application: QApplication = app

    class CrashReporter(QObject):
        crashed = Signal(str)

        def __init__(self) -> None:
            super().__init__(application)
            self.dialog: QMessageBox | None = None
            self.crashed.connect(self.show)

        def show(self, line: str) -> None:
            from PySide6.QtWidgets import QMessageBox

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
            self.dialog.setTextFormat(Qt.TextFormat.PlainText)  # the error may quote stored text
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


def start_integrity_check(
    window: object, path: Path, repo: Repository, *, snapshot: bool = False
) -> None:
    """After the window shows: check the file on a thread of its own; refuse it if damaged.

    With `snapshot`, a file found sound is then copied into its backup folder
    on the same thread (the opening snapshot, see `store.backup.snapshot_file`);
    a snapshot that cannot be written is said in the status bar of a main window.

    The full `integrity_check` when the file changed since its last clean check
    (recorded in the database), else the quick one; closing the window
    interrupts it. A damaged file gets a dialog saying how to restore a backup,
    and the window closes when it is dismissed, as before it would not open.
    """
    import threading

    from PySide6.QtCore import QObject, Qt, Signal
    from PySide6.QtWidgets import QMainWindow, QWidget

    if TYPE_CHECKING:
        from PySide6.QtWidgets import QMessageBox

    assert isinstance(window, QWidget)
    shown: QWidget = window
    connection: list[Any] = []

    class IntegrityCheck(QObject):
        finished = Signal(object)
        unsaved = Signal(str)

        def __init__(self) -> None:
            super().__init__(shown)
            self.dialog: QMessageBox | None = None
            self.finished.connect(self.report)
            self.unsaved.connect(self.warn)

        def warn(self, message: str) -> None:
            if isinstance(shown, QMainWindow):
                shown.statusBar().showMessage(message)

        def run(self) -> None:
            try:
                result: object = background_check(path, on_connection=connection.append)
            except AnnotatorError as exc:
                result = exc
            with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
                self.finished.emit(result)
            if snapshot and isinstance(result, tuple) and result[1] is None:
                try:
                    snapshot_file(path)
                except AnnotatorError as exc:
                    logs.logger.warning("opening snapshot not taken: %s", exc)
                    with contextlib.suppress(RuntimeError):
                        self.unsaved.emit(f"No backup snapshot of this database was taken: {exc}")

        def report(self, result: object) -> None:
            if result is None:
                return
            if isinstance(result, AnnotatorError):
                logs.logger.warning("integrity check not run: %s", result)
                return
            assert isinstance(result, tuple)
            level: str = result[0]
            problem: str | None = result[1]
            taken: str = result[2]
            if problem is None:
                logs.logger.info("%s check of %s: ok", level, path)
                if level == "full":
                    try:
                        record_clean_check(repo.db, taken)
                    except AnnotatorError as exc:  # read-only file: checked again next time
                        logs.logger.info("clean check not recorded: %s", exc)
                return
            logs.logger.error("%s check of %s: %s", level, path, problem)
            from PySide6.QtWidgets import QMessageBox

            self.dialog = QMessageBox(
                QMessageBox.Icon.Critical,
                "annotator: damaged database",
                str(damaged_error(path, problem)),
                QMessageBox.StandardButton.Close,
                shown,
            )
            self.dialog.setTextFormat(Qt.TextFormat.PlainText)
            self.dialog.setObjectName("damaged_dialog")
            self.dialog.finished.connect(shown.close)
            self.dialog.open()

    check = IntegrityCheck()

    def interrupt() -> None:
        # The check may have ended and closed its connection just now: nothing to stop.
        for conn in connection:
            with contextlib.suppress(Exception):
                conn.interrupt()

    shown.destroyed.connect(interrupt)
    threading.Thread(target=check.run, name="integrity-check", daemon=True).start()


def read_fonts_beside_the_start() -> Callable[[], None]:
    """Have Qt read the system's fonts (fontconfig) on a thread of its own; returns the
    function that waits for it. Needs the application.

    The window's first widget with text would otherwise do it on the window's thread
    (about 28 M instructions, the bare window pays it too). PySide releases the
    interpreter while Qt reads, and Qt's font database takes its own lock, so it runs
    on another core while the window's modules are imported (issue 16); a widget that
    needs a font meanwhile waits for the lock, as it would have waited for the reading.
    """
    import threading

    from PySide6.QtGui import QFontDatabase

    thread = threading.Thread(target=QFontDatabase.families, name="read-fonts", daemon=True)
    thread.start()
    return thread.join


def check_beside_the_start(path: Path) -> Callable[[], None]:
    """Run the start-up's check of the file at `path` (`db.startup_check`: quick for a
    small file, none for a large one) on a thread of its own; returns the function that
    waits for it and raises what the check raised (a damaged file's StoreDamaged).

    The check reads the file on a read-only connection of its own, which it closes; the
    file is opened for the window only once it has passed, as before. SQLite parses the
    schema and checks the pages without holding the interpreter, so most of its work
    (about 5 M instructions on a small file) runs on another core while the window's
    modules are imported (issue 16).
    """
    import threading

    failed: list[BaseException] = []

    def check() -> None:
        try:
            refuse_damaged(path, startup_check(path))
        except BaseException as exc:  # raised again on the window's thread
            failed.append(exc)

    thread = threading.Thread(target=check, name="startup-check", daemon=True)
    thread.start()

    def wait() -> None:
        thread.join()
        if failed:
            raise failed[0]

    return wait


def ask_name(default: str) -> str | None:
    """Ask the analyst's name; a reserved one (the gold layer's, the suggestions')
    is refused with the reason and asked again. None if the dialog is cancelled."""
    from PySide6.QtWidgets import QInputDialog

    from annotator.ui import messages

    while True:
        name, ok = QInputDialog.getText(
            None,
            "Welcome to annotator",
            "Your name as annotator (stored with every span you make):",
            text=default,
        )
        if not ok or not name.strip():
            return None
        reason = reserved_name_reason(name)
        if reason is None:
            return name.strip()
        messages.warning(None, "annotator", f"{name.strip()!r} cannot be your name: {reason}.")
        default = ""


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
    # Before PySide6 is imported: it makes its Qt enum types as it goes.
    quick_enums.install()
    with kept_support_code.kept_while_importing():  # shiboken's own modules, compiled once
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

    spare_pyside_source_scans()  # before the window's modules are imported
    paint_on_the_gui_thread()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    fonts_read = read_fonts_beside_the_start()  # while the window's modules are imported
    if not logs.configured():
        logs.configure()
    path = resolve_db_path(db_path)
    # A quick check of a small file, meanwhile too; the full one runs after the window shows.
    checked = check_beside_the_start(path)
    from annotator.ui import messages
    from annotator.ui.main_window import MainWindow
    from annotator.ui.workers import BackgroundJob

    configure_application(app, style=False)  # styled once the window is built
    install_crash_handlers(app)
    fonts_read()  # done by now; nothing leaves the thread running behind a message box
    try:
        checked()  # the file is opened once it passed
        # The opening snapshot is taken after the first frame, once the full check passes.
        repo = Repository(open_with_backup(path, check="none", snapshot=False))
    except AnnotatorError as exc:
        resume_collector()
        if screenshot is not None:
            raise  # nobody is there to close a message box: the command prints it, exit 1
        apply_style(app)
        messages.critical(None, "annotator", str(exc))  # plain text: it names the file
        return 1
    name, explicit, source = annotator_name_from(annotator, repo.setting("annotator"))
    if not explicit and screenshot is None:
        resume_collector()  # a dialog first: the start-up waits for the user anyway
        apply_style(app)
        asked = ask_name(name)
        if asked is None:
            return 0
        name, explicit, source = asked, True, "the name you typed"
    try:
        # An analyst named like the gold layer or the suggestions would write into it.
        refuse_reserved_name(name, source, repo.annotator_kind(name))
    except AnnotatorError as exc:
        repo.db.close()
        resume_collector()
        if screenshot is not None:
            raise  # nobody is there to close a message box: the command prints it, exit 1
        apply_style(app)
        messages.critical(None, "annotator", str(exc))
        return 1
    # A screenshot run asks nothing (no one is there to answer) and stores no name
    # that nobody confirmed: the next interactive start still asks.
    if explicit and repo.setting("annotator") != name:
        try:
            repo.set_setting("annotator", name)
        except Exception as exc:  # a preference for next time: never worth stopping for
            if environment_problem(exc) is None:
                raise
    window = MainWindow(repo, name, db_label=str(path))
    apply_style(app)
    if paths:
        window.files.import_paths([str(p) for p in paths], wait=True)
    window.show()
    # Keys act on the article from the first press: left to Qt, the focus went to the first
    # field of the window (the document filter), which took N, A or 1 as typed text.
    window.article.setFocus()
    # The full check (or the quick one when the file is unchanged since its last clean
    # check), then the opening snapshot, run on a thread while the user works. The
    # thread starts once the first document is on screen (the article's first frame
    # painted, when the suggestions start too): its imports, reads and snapshot would
    # otherwise take turns with the first frame for the interpreter. With no document
    # to show, or a window that is not painted (minimised), it starts anyway.
    snapshot = read_only_reason(repo.db) is None
    begun: list[bool] = []

    def begin_check() -> None:
        if not begun:
            begun.append(True)
            resume_collector()  # paused by annotator.launch for the start-up
            start_integrity_check(window, path, repo, snapshot=snapshot)

    if window.session.document is None:
        QTimer.singleShot(0, begin_check)
    else:
        window.article.documentPainted.connect(begin_check)
        QTimer.singleShot(CHECK_AT_THE_LATEST_MS, begin_check)
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
