"""A batch of suggestion changes is painted as the session ends up holding it: the order
of the changes inside the batch (show then hide, or hide then show) does not matter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _painted(window: MainWindow, suggestion_id: str) -> tuple[bool, bool]:
    """Whether the suggestion is drawn in the article and listed in the span table."""
    return (
        suggestion_id in window.article.suggestions,
        window.tags.model.row_of(suggestion_id) is not None,
    )


def test_a_batch_showing_and_hiding_a_rejected_suggestion_leaves_it_hidden(
    qtbot, suggesting
) -> None:
    session = suggesting.session
    quote = next(s for s in session.suggestions() if s.label == "QUOTE")
    quote_id = f"suggestion:{quote.start}:{quote.end}:QUOTE"
    suggesting.annotation.select_span(quote_id)
    qtbot.keyClick(suggesting.article, Qt.Key.Key_Backspace)  # reject: the session drops it
    assert session.suggestion(quote_id) is None
    assert _painted(suggesting, quote_id) == (False, False)
    document_id = session.document_id
    # The two orders a batch can have told it in: both name it as shown and as hidden.
    suggesting.suggestions.update(document_id, [quote], [quote])
    assert _painted(suggesting, quote_id) == (False, False)
    suggesting.suggestions.update(document_id, [quote], [])
    assert _painted(suggesting, quote_id) == (False, False)


def test_a_batch_hiding_and_showing_a_held_suggestion_leaves_it_shown(qtbot, suggesting) -> None:
    session = suggesting.session
    quote = next(s for s in session.suggestions() if s.label == "QUOTE")
    quote_id = f"suggestion:{quote.start}:{quote.end}:QUOTE"
    rows = suggesting.tags.model.rowCount()
    document_id = session.document_id
    for shown, hidden in (([quote], [quote]), ([], [quote])):
        suggesting.suggestions.update(document_id, shown, hidden)
        assert session.suggestion(quote_id) is quote
        assert _painted(suggesting, quote_id) == (True, True)
        assert suggesting.tags.model.rowCount() == rows
    # After a reject and its undo, in one batch told either way, it is shown once.
    suggesting.annotation.select_span(quote_id)
    qtbot.keyClick(suggesting.article, Qt.Key.Key_Backspace)
    suggesting.undo_stack.undo()
    suggesting.suggestions.update(document_id, [quote], [quote])
    assert _painted(suggesting, quote_id) == (True, True)
    assert suggesting.tags.model.rowCount() == rows
