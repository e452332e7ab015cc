"""As an article opens with suggestions on, its share for the warm worker processes goes
out before it is shown and painted (they work on the other core meanwhile; issue 16),
and is cancelled when the job it was for does not start."""

from __future__ import annotations

import pytest

import annotator.services.suggesting as suggesting_service
from annotator.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_the_share_goes_out_before_the_article_is_shown(
    qtbot, suggesting: MainWindow, corpus, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = suggesting
    handed: list[tuple[str, str, bool]] = []

    def recording(repo, document_id: str, text: str) -> bool:  # type: ignore[no-untyped-def]
        handed.append((document_id, text, window.article.text == text))
        return False

    monkeypatch.setattr(suggesting_service, "hand_out_early", recording)
    other = corpus.document_ids()[1]
    with qtbot.waitSignal(window.article.documentPainted, timeout=5_000):
        window.open_document(other)
        assert handed == [(other, corpus.document(other).text, False)]  # not shown yet
    assert window.article.text == corpus.document(other).text


def test_a_share_not_taken_up_is_cancelled(
    qtbot, suggesting: MainWindow, corpus, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = suggesting
    cancelled: list[int] = []
    monkeypatch.setattr(suggesting_service, "hand_out_early", lambda *_a: True)
    monkeypatch.setattr(suggesting_service, "cancel_early", lambda: cancelled.append(1))
    with qtbot.waitSignal(window.article.documentPainted, timeout=5_000):
        window.open_document(corpus.document_ids()[1])
        window.suggestions_action.setChecked(False)  # before the job would start
    qtbot.waitUntil(lambda: cancelled == [1], timeout=5_000)
    window.suggestions_action.setChecked(True)


def test_nothing_goes_out_with_suggestions_off(
    qtbot, suggesting: MainWindow, corpus, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = suggesting
    window.suggestions_action.setChecked(False)
    handed: list[str] = []
    monkeypatch.setattr(
        suggesting_service, "hand_out_early", lambda _r, document_id, _t: handed.append(document_id)
    )
    with qtbot.waitSignal(window.article.documentPainted, timeout=5_000):
        window.open_document(corpus.document_ids()[1])
    assert handed == []
