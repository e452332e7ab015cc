"""What a key press repaints asks for little (issue 16): the status bar no new measure of
its line, and it still shows what it showed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_the_status_line_names_a_long_span_without_measuring_its_text_again(
    qtbot, window: MainWindow
) -> None:
    """The line naming the current object goes from empty to a long line naming a span;
    its size hints (what the status bar lays itself out by at each key) do not follow
    the text, and the line and the bar keep their heights."""
    line = window.annotation.current_label
    bar = window.statusBar()
    assert line.text() == ""
    hint, minimum = line.sizeHint(), line.minimumSizeHint()
    place, height = line.geometry(), bar.height()
    text = window.session.document.text
    window.article.select_text(0, min(len(text), 400))
    qtbot.keyClick(window.article, Qt.Key.Key_1)  # QUOTE over the first 400 characters
    qtbot.waitUntil(lambda: line.text().startswith("QUOTE “"))
    assert line.fontMetrics().horizontalAdvance(line.text()) > 400  # a long line, not ""
    assert line.sizeHint() == hint
    assert line.minimumSizeHint() == minimum
    qtbot.wait(10)
    assert line.geometry().height() == place.height()  # its width follows its neighbours'
    assert bar.height() == height
    assert line.sizeHint().height() >= line.fontMetrics().height()
