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
