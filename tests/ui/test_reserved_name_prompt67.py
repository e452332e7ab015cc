"""The window's name prompt refuses the gold layer's and the suggestions' names (merge67)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog

from annotator import app
from annotator.store.db import open_db
from annotator.store.repository import Repository

pytestmark = pytest.mark.gui


def test_the_prompt_asks_again_after_a_reserved_name(qapp, monkeypatch) -> None:
    answers = iter([("gold", True), ("Suggester", True), ("Lina", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: next(answers))
    warned: list[str] = []
    monkeypatch.setattr(
        "annotator.ui.messages.warning", lambda _parent, _title, text: warned.append(text)
    )
    assert app.ask_name("gold") == "Lina"
    assert len(warned) == 2
    assert "'gold' cannot be your name: that name is reserved for the gold layer" in warned[0]
    assert "machine suggestions" in warned[1]


def test_the_window_refuses_a_reserved_name_from_the_environment(
    qapp, tmp_path, monkeypatch
) -> None:
    db_path = tmp_path / "corpus.db"
    shown: list[str] = []
    monkeypatch.setattr(
        "annotator.ui.messages.critical", lambda _parent, _title, text: shown.append(text)
    )
    monkeypatch.setenv("ANNOTATOR_NAME", "gold")
    assert app.run(db_path=db_path) == 1
    assert "'gold' ($ANNOTATOR_NAME) cannot be your name as annotator" in shown[0]
    assert Repository(open_db(db_path)).setting("annotator") is None
