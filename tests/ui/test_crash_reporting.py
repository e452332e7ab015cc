"""An unexpected exception in the window: an error dialog naming the log, the traceback logged."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator

import pytest

from annotator import logs
from annotator.app import install_crash_handlers

pytestmark = pytest.mark.gui


@pytest.fixture
def crash_handlers(qapp) -> Iterator[None]:
    """Install the app's hooks for one test and put back whatever was there before."""
    before = sys.excepthook, threading.excepthook
    logs.configure()
    install_crash_handlers(qapp)
    yield
    sys.excepthook, threading.excepthook = before
    for handler in list(logs.logger.handlers):
        if getattr(handler, "_annotator", False):
            logs.logger.removeHandler(handler)
            handler.close()


def _crash_dialog(qapp):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    found = [
        w
        for w in qapp.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "crash_dialog" and w.isVisible()
    ]
    return found[0] if found else None


def _raise_in_a_handler() -> None:
    try:
        {}["missing key"]
    except KeyError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]


@pytest.mark.usefixtures("crash_handlers")
def test_an_exception_in_the_gui_thread_shows_a_dialog_naming_the_log(qtbot, qapp) -> None:
    _raise_in_a_handler()
    qtbot.waitUntil(lambda: _crash_dialog(qapp) is not None, timeout=3000)
    dialog = _crash_dialog(qapp)
    assert "KeyError: 'missing key'" in dialog.text()
    assert str(logs.log_file()) in dialog.text()
    assert "Traceback" not in dialog.text()
    text = logs.log_file().read_text("utf-8")
    assert "unexpected error in the window" in text
    assert "Traceback (most recent call last)" in text
    assert "in _raise_in_a_handler" in text
    dialog.close()


@pytest.mark.usefixtures("crash_handlers")
def test_an_exception_in_another_thread_shows_the_dialog_in_the_gui_thread(qtbot, qapp) -> None:
    def job() -> None:
        raise ValueError("background job broke")

    worker = threading.Thread(target=job, name="import-job")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: _crash_dialog(qapp) is not None, timeout=3000)
    dialog = _crash_dialog(qapp)
    assert "ValueError: background job broke" in dialog.text()
    assert str(logs.log_file()) in dialog.text()
    text = logs.log_file().read_text("utf-8")
    assert "unexpected error in thread import-job" in text
    assert "in job" in text
    dialog.close()


@pytest.mark.usefixtures("crash_handlers")
def test_a_burst_of_exceptions_shows_one_dialog_and_logs_each(qtbot, qapp) -> None:
    from PySide6.QtWidgets import QMessageBox

    for _ in range(3):
        _raise_in_a_handler()
    qtbot.waitUntil(lambda: _crash_dialog(qapp) is not None, timeout=3000)
    qapp.processEvents()
    shown = [
        w
        for w in qapp.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "crash_dialog" and w.isVisible()
    ]
    assert len(shown) == 1
    assert logs.log_file().read_text("utf-8").count("KeyError: 'missing key'") == 3
    shown[0].close()
