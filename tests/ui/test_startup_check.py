"""The window's background integrity check: a damaged file is refused after the first frame."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.app import start_integrity_check
from annotator.store.backup import backup_folder
from annotator.store.db import CLEAN_CHECK_SETTING, open_db
from annotator.store.repository import Repository
from tests.store.test_integrity import _corpus, damage

pytestmark = pytest.mark.gui


def _dialog(qapp):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    for widget in qapp.allWidgets():
        if (
            isinstance(widget, QMessageBox)
            and widget.objectName() == "damaged_dialog"
            and widget.isVisible()
        ):
            return widget
    return None


def test_a_clean_check_in_the_background_is_remembered(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    path = tmp_path / "corpus.db"
    repo = _corpus(path)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    start_integrity_check(window, path, repo)
    qtbot.waitUntil(lambda: repo.setting(CLEAN_CHECK_SETTING) is not None, timeout=10_000)
    assert window.isVisible()
    repo.db.close()


def test_a_damaged_file_found_after_the_first_frame_is_refused_with_how_to_restore(
    qtbot, qapp, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    path = tmp_path / "corpus.db"
    _corpus(path).db.close()
    damage(path)
    ours = Repository(open_db(tmp_path / "ours.db"))
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    start_integrity_check(window, path, ours)
    qtbot.waitUntil(lambda: _dialog(qapp) is not None, timeout=10_000)
    dialog = _dialog(qapp)
    assert "this database is damaged" in dialog.text()
    assert str(backup_folder(path)) in dialog.text()
    dialog.button(QMessageBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    ours.db.close()


def test_the_window_takes_its_opening_snapshot_after_the_first_frame(
    qtbot, qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`annotator gui`'s own start-up: open without a copy, show, check, then snapshot."""
    from PySide6.QtWidgets import QApplication

    from annotator import app as app_module
    from annotator.store.backup import list_snapshots

    path = tmp_path / "corpus.db"
    repo = _corpus(path)
    repo.set_setting("annotator", "ana")
    repo.db.close()
    calls: list[str] = []
    real_open, real_snapshot = app_module.open_with_backup, app_module.snapshot_file

    def opened(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(f"open snapshot={kwargs.get('snapshot', True)}")
        return real_open(*args, **kwargs)

    def snapshot(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append("snapshot")
        return real_snapshot(*args, **kwargs)

    def exec_until_snapshot(self: QApplication) -> int:
        calls.append("first frame" if any(w.isVisible() for w in self.topLevelWidgets()) else "")
        qtbot.waitUntil(lambda: len(list_snapshots(path)) == 1, timeout=20_000)
        for window in self.topLevelWidgets():
            window.close()
        return 0

    monkeypatch.setattr(app_module, "open_with_backup", opened)
    monkeypatch.setattr(app_module, "snapshot_file", snapshot)
    monkeypatch.setattr(QApplication, "exec", exec_until_snapshot)
    assert app_module.run(path, annotator="ana") == 0
    assert calls[0] == "open snapshot=False"
    assert sorted(calls[1:]) == ["first frame", "snapshot"]
    assert len(list_snapshots(path)) == 1


def _exec_until_the_check_began(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """app.run's event loop: until the window has begun its background check (stood in
    for: no thread), then the windows close; no timer of this run is left to fire in
    another test."""
    from PySide6.QtWidgets import QApplication

    from annotator import app as app_module

    began: list[bool] = []
    monkeypatch.setattr(app_module, "start_integrity_check", lambda *_a, **_k: began.append(True))

    def exec_until_the_check_began(self: QApplication) -> int:
        qtbot.waitUntil(lambda: bool(began), timeout=10_000)
        for window in self.topLevelWidgets():
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_until_the_check_began)


def test_the_fonts_are_read_on_a_thread_of_their_own_and_awaited_before_the_file_opens(
    qtbot, qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Qt reads the system's fonts (fontconfig) while the window's modules are imported,
    # on another core (issue 16); the thread has ended before anything else happens.
    import threading

    from PySide6.QtGui import QFontDatabase

    from annotator import app as app_module

    path = tmp_path / "corpus.db"
    _corpus(path).db.close()
    events: list[str] = []
    real_families, real_open = QFontDatabase.families, app_module.open_with_backup

    def families(*args):  # type: ignore[no-untyped-def]
        events.append(f"fonts read on {threading.current_thread().name}")
        return real_families(*args)

    def opened(*args, **kwargs):  # type: ignore[no-untyped-def]
        alive = [t.name for t in threading.enumerate() if t.name == "read-fonts"]
        events.append(f"open, reading threads left: {alive}")
        return real_open(*args, **kwargs)

    monkeypatch.setattr(QFontDatabase, "families", staticmethod(families))
    monkeypatch.setattr(app_module, "open_with_backup", opened)
    _exec_until_the_check_began(qtbot, monkeypatch)
    assert app_module.run(path, annotator="ana") == 0
    assert events[:2] == ["fonts read on read-fonts", "open, reading threads left: []"]


def test_the_start_up_check_runs_on_a_thread_of_its_own_and_the_file_opens_after_it(
    qtbot, qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The quick check of a small file reads it on a thread while the window's modules are
    # imported (issue 16); the file is opened for the window once the check has passed.
    import threading

    from annotator import app as app_module

    path = tmp_path / "corpus.db"
    _corpus(path).db.close()
    events: list[str] = []
    real_refuse, real_open = app_module.refuse_damaged, app_module.open_with_backup

    def refuse(*args):  # type: ignore[no-untyped-def]
        events.append(f"{args[1]} check on {threading.current_thread().name}")
        return real_refuse(*args)

    def opened(*args, **kwargs):  # type: ignore[no-untyped-def]
        alive = [t.name for t in threading.enumerate() if t.name == "startup-check"]
        events.append(f"open (check {kwargs.get('check')}), checking threads left: {alive}")
        return real_open(*args, **kwargs)

    monkeypatch.setattr(app_module, "refuse_damaged", refuse)
    monkeypatch.setattr(app_module, "open_with_backup", opened)
    _exec_until_the_check_began(qtbot, monkeypatch)
    assert app_module.run(path, annotator="ana") == 0
    assert events == [
        "quick check on startup-check",
        "open (check none), checking threads left: []",
    ]


def test_a_damaged_small_file_is_refused_before_the_window_with_how_to_restore(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Found by the start-up check on its thread, it is said on the window's thread, as
    # before: a message naming the backup folder, no window, the file untouched.
    from annotator import app as app_module

    path = tmp_path / "corpus.db"
    _corpus(path).db.close()
    damage(path)
    before = path.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(
        "annotator.ui.messages.critical", lambda _parent, _title, text: shown.append(text)
    )
    monkeypatch.setattr(app_module, "open_with_backup", lambda *_a, **_k: pytest.fail("opened"))
    assert app_module.run(path, annotator="ana") == 1
    assert "this database is damaged" in shown[0]
    assert str(backup_folder(path)) in shown[0]
    assert path.read_bytes() == before
