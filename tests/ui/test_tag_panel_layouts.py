"""The session's text-order index keeps a relabelled span's entry where it is (issue 16)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from annotator.ui.main_window import MainWindow
from annotator.ui.session import Session
from tests.ui.test_key_repaint_less import _tag_word, long_window  # noqa: F401 (fixture)

pytestmark = pytest.mark.gui


def test_a_relabel_keeps_the_spans_place_in_the_text_order_index(
    qtbot,
    long_window: MainWindow,  # noqa: F811 (fixture)
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The span's offsets do not change: no entry of the index is removed or inserted (each
    moved every entry after it), and the order, the labels and the counts are what a
    rebuild from the document gives."""
    window = long_window
    session = window.session
    span = _tag_word(qtbot, window, 20, "3")
    QApplication.processEvents()
    order = session.span_keys()
    removed: list[str] = []
    unindex = Session._unindex

    def counted(self: Session, span_id: str) -> None:
        removed.append(span_id)
        unindex(self, span_id)

    monkeypatch.setattr(Session, "_unindex", counted)
    qtbot.keyClick(window.article, "1")
    QApplication.processEvents()
    assert removed == []
    assert session.span(span.id).label == "QUOTE"  # type: ignore[union-attr]
    assert session.span_keys() == order
    labels, counts = session.span_labels(), session.label_counts()
    session._indexed = None  # a rebuild from the document, to compare with
    assert session.span_labels() == labels
    assert session.label_counts() == counts
    assert session.span_keys() == order
