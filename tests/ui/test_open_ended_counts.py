"""An open-ended count ("at least 14": count_high empty) reads as open-ended, in the
attribute chooser and the attribute panel, never as a blank that looks like missing data;
and it can be entered: emptying the high count in the chooser leaves it open-ended."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from annotator.core.schema import AttributeSpec, default_schema, empty_meaning
from annotator.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

FIGURE = "at least 14 civilians were killed"


def _tag_figure(qtbot, window: MainWindow) -> None:
    text = window.session.document.text
    start = text.index(FIGURE)
    window.article.select_text(start, start + len(FIGURE))
    qtbot.keyClick(window.article, "2")


def _stored(window: MainWindow) -> dict[str, object]:
    rows = window.repo.db.execute("SELECT attributes FROM span_view WHERE text = ?", [FIGURE])
    return dict(json.loads(next(iter(rows))[0]))


def _rows(window: MainWindow) -> dict[str, str]:
    chooser = window.annotation.attribute_chooser
    assert chooser is not None
    return {spec.name: row.text() for spec, row in zip(chooser.specs, chooser.rows, strict=True)}


def test_the_schema_says_what_an_empty_count_means() -> None:
    casualty = default_schema().label("CASUALTY")
    assert empty_meaning(casualty.attribute("count_high")) == "open-ended"
    assert empty_meaning(casualty.attribute("count_low")) == "not stated"
    assert empty_meaning(AttributeSpec("n", "int", description="how many")) == ""


def test_the_chooser_shows_an_open_ended_count_as_open_ended(qtbot, window: MainWindow) -> None:
    _tag_figure(qtbot, window)
    assert "count_high" not in _stored(window)
    qtbot.keyClick(window.article, "a")
    rows = _rows(window)
    assert "count high: open-ended" in rows["count_high"]
    assert "—" not in rows["count_high"]
    assert "count low: 14" in rows["count_low"]


def test_emptying_the_high_count_in_the_chooser_makes_it_open_ended(
    qtbot, window: MainWindow
) -> None:
    _tag_figure(qtbot, window)
    qtbot.keyClick(window.article, "a")
    chooser = window.annotation.attribute_chooser
    qtbot.keyClick(chooser, Qt.Key.Key_Down)  # count_high
    qtbot.keyClicks(chooser, "20")
    assert "count high: 20" in _rows(window)["count_high"]
    qtbot.keyClick(chooser, Qt.Key.Key_Return)
    assert _stored(window)["count_high"] == 20
    qtbot.keyClick(window.article, "a")
    qtbot.keyClick(chooser, Qt.Key.Key_Down)
    qtbot.keyClick(chooser, Qt.Key.Key_Backspace)
    qtbot.keyClick(chooser, Qt.Key.Key_Backspace)
    assert "count high: open-ended" in _rows(window)["count_high"]
    qtbot.keyClick(chooser, Qt.Key.Key_Return)
    assert "count_high" not in _stored(window)
    assert _stored(window)["count_low"] == 14


def test_the_attribute_panel_names_what_an_empty_count_means(qtbot, window: MainWindow) -> None:
    _tag_figure(qtbot, window)
    widgets = window.tags.editor.widgets
    high, low = widgets["count_high"], widgets["count_low"]
    assert isinstance(high, QLineEdit)
    assert isinstance(low, QLineEdit)
    assert high.text() == ""
    assert high.placeholderText() == "open-ended"
    assert low.text() == "14"
    assert low.placeholderText() == "not stated"
