"""Start-up through app.run, as `annotator gui` does it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from annotator import app
from annotator.store.db import open_db
from annotator.store.repository import Repository
from tests.conftest import SAMPLES

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def shown_windows(monkeypatch) -> list:
    """Replace app.exec(): record the windows shown, close them, return 0."""
    shown: list = []

    def fake_exec(_app=None) -> int:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                shown.append(widget)
                widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    return shown


def test_gui_imports_paths_stores_the_name_and_opens(
    qapp, db_path, monkeypatch, shown_windows
) -> None:
    monkeypatch.setenv("ANNOTATOR_NAME", "Mariam")
    code = app.run(db_path=db_path, paths=sorted(SAMPLES.glob("*.txt"))[:3])
    assert code == 0
    (window,) = shown_windows
    assert window.session.document is not None  # opened on the first imported article
    assert window.documents.rowCount() == 3
    repo = Repository(open_db(db_path))
    assert repo.stats().documents == 3
    assert repo.setting("annotator") == "Mariam"
    assert repo.annotators() == ["Mariam"]


def test_first_start_asks_for_the_name_once(qapp, db_path, monkeypatch) -> None:
    asked = []
    monkeypatch.setattr(app, "ask_name", lambda default: asked.append(default) or "Lina")
    assert app.run(db_path=db_path) == 0
    assert asked  # no --annotator, no $ANNOTATOR_NAME, nothing stored: asked once
    assert app.run(db_path=db_path) == 0
    assert len(asked) == 1  # the stored name is used from now on
    assert Repository(open_db(db_path)).setting("annotator") == "Lina"


def test_a_file_that_is_not_a_database_gets_a_message_not_a_traceback(
    qapp, tmp_path, monkeypatch
) -> None:
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"these are my notes, not SQLite")
    shown = []
    monkeypatch.setattr(
        "annotator.ui.messages.critical", lambda _parent, _title, text: shown.append(text)
    )
    monkeypatch.setenv("ANNOTATOR_NAME", "Mariam")
    assert app.run(db_path=bad) == 1
    assert "not an annotator database" in shown[0]
    assert bad.read_bytes() == b"these are my notes, not SQLite"


def test_the_window_is_shown_with_the_style_sheet_and_the_name_prompt_too(
    qapp, db_path, monkeypatch
) -> None:
    """`run` sets the style sheet after building the window (issue 16): it must still be
    in place when the window shows, and for a prompt that comes before the window."""
    from annotator.core.packaged import packaged_files

    style = packaged_files().joinpath("style.qss").read_text("utf-8")
    seen: list[tuple[str, str]] = []

    def exec_and_note(_app=None) -> int:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                seen.append((widget.objectName(), qapp.styleSheet()))
                widget.close()
        return 0

    def ask(default: str) -> str:
        seen.append(("name prompt", qapp.styleSheet()))
        return "Lina"

    monkeypatch.setattr(QApplication, "exec", exec_and_note)
    monkeypatch.setattr(app, "ask_name", ask)
    kept = qapp.styleSheet()
    qapp.setStyleSheet("")  # as a fresh process starts
    try:
        assert app.run(db_path=db_path) == 0
    finally:
        qapp.setStyleSheet(kept)
    assert seen == [("name prompt", style), ("mainWindow", style)]


def test_the_window_has_pyside_make_its_enum_types_the_quick_way(
    qapp, db_path, monkeypatch, shown_windows
) -> None:
    from annotator import quick_enums

    if not quick_enums.installable():
        pytest.skip("another Python's enum: quick_enums stays out")
    quick_enums.uninstall()
    monkeypatch.setenv("ANNOTATOR_NAME", "Mariam")
    try:
        assert app.run(db_path=db_path) == 0
        assert quick_enums.installed()  # from before PySide6 is imported (issue 16)
    finally:
        quick_enums.uninstall()
