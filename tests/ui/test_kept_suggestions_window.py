"""The restored article's suggestions kept by the last session (issue 15/16: the session's
first suggestions waited for the rules to load): the window shows them at once, before
any rule runs, then runs the rules (which find the same: nothing is shown again); what
the job reads changed since, or a damaged file, means the rules' own suggestions."""

from __future__ import annotations

import json
import weakref
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from annotator.core import collector
from annotator.core.spans import read_span
from annotator.services import kept_suggestions, suggesting
from annotator.store.repository import Repository
from tests.ui.conftest import SUGGESTIONS_ARRIVE_MS, open_window
from tests.ui.test_first_job_kept_patterns import ONE_ARTICLE_CORPUS, WINDOW_ON_CORPUS, run_fresh

pytestmark = pytest.mark.gui


def _session_with_suggestions(qtbot, corpus: Repository) -> list[Any]:  # type: ignore[no-untyped-def]
    """An earlier session: the window, suggestions on, until the restored article's are
    shown; closed. Returns them."""
    QSettings().setValue("view/suggestions", True)
    window = open_window(qtbot, corpus)
    qtbot.waitUntil(lambda: bool(window.session.suggestions()), timeout=SUGGESTIONS_ARRIVE_MS)
    window.suggestions.wait()
    window.jobs.wait()  # the job keeping them
    shown = window.session.suggestions()
    window.close()
    return shown


def _watched_rules(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """For each run of the rules in the window's job: whether suggestions were shown
    before it."""
    runs: list[bool] = []
    real = suggesting.suggest_document

    def watched(repo: Any, document_id: str, **kwargs: Any) -> Any:
        runs.append(shown[0])
        return real(repo, document_id, **kwargs)

    shown = [False]
    monkeypatch.setattr(suggesting, "suggest_document", watched)
    return shown, runs  # type: ignore[return-value]


def _second_session(qtbot, corpus: Repository, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    shown, runs = _watched_rules(monkeypatch)
    window = open_window(qtbot, corpus)
    changes: list[list[Any]] = []

    def changed(_document_id: str) -> None:
        shown[0] = True
        changes.append(window.session.suggestions())

    window.session.suggestionsChanged.connect(changed)
    qtbot.waitUntil(lambda: bool(runs), timeout=SUGGESTIONS_ARRIVE_MS)  # the rules ran
    window.suggestions.wait()
    window.jobs.wait()
    return window, runs, changes


def test_the_restored_article_shows_its_kept_suggestions_before_any_rule_runs(
    qtbot, corpus: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    earlier = _session_with_suggestions(qtbot, corpus)
    assert earlier
    window, runs, changes = _second_session(qtbot, corpus, monkeypatch)
    # Shown once, before the rules ran, and the rules (run after, for the next article)
    # found the same: not shown again.
    assert runs == [True]
    assert changes == [earlier]
    assert window.session.suggestions() == earlier
    # On screen: the article and the span table show them.
    assert len(window.article.suggestions) == len(earlier)
    suggested_rows = [
        r
        for r in range(window.tags.model.rowCount())
        if window.tags.model.data(window.tags.model.index(r, 4)) == "suggested"
    ]
    assert len(suggested_rows) == len(earlier)


def test_the_kept_suggestions_go_with_their_article(
    qtbot, corpus: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing of the jobs (which live as long as the window) holds on to an article's
    suggestions once another article is open (test_collector_freeze, for kept ones)."""
    _session_with_suggestions(qtbot, corpus)
    window, runs, _changes = _second_session(qtbot, corpus, monkeypatch)
    assert runs == [True]
    _changes.clear()  # (what the test itself recorded)
    monkeypatch.setattr(collector, "COLLECT_CLOSED_AFTER", 0)  # every close collects
    shown = weakref.ref(window.session.suggestions()[0])
    other = next(i for i in corpus.document_ids() if i != window.session.document_id)
    with qtbot.waitSignal(window.article.documentPainted, timeout=5_000):
        window.open_document(other)
    assert shown() is None


def test_an_actor_tagged_since_means_the_rules_suggestions(
    qtbot, corpus: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    earlier = _session_with_suggestions(qtbot, corpus)
    other = [str(r[0]) for r in corpus.db.execute("SELECT id FROM documents ORDER BY seq")][-1]
    text = corpus.document(other).text
    at = text.index("Brezna") if "Brezna" in text else 0
    corpus.add_span(read_span(other, at, at + 6, "ACTOR", "ana", provenance="manual"))
    window, runs, changes = _second_session(qtbot, corpus, monkeypatch)
    assert runs == [False]  # nothing shown before the rules ran
    assert len(changes) == 1
    assert window.session.suggestions() == changes[0]
    assert earlier  # (what was kept was not used)


def test_a_damaged_kept_file_means_the_rules_suggestions(
    qtbot, corpus: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    earlier = _session_with_suggestions(qtbot, corpus)
    (entry,) = kept_suggestions.kept_folder().glob("*.json")
    data = entry.read_bytes()
    entry.write_bytes(data.replace(b'"ACTOR"', b'"ACTOX"'))
    _window, runs, changes = _second_session(qtbot, corpus, monkeypatch)
    assert runs == [False]
    assert changes == [earlier]  # the rules' own, the same as the session before


def test_an_article_is_kept_once_read_a_while_or_open_at_the_close(
    qtbot, corpus: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator.ui.suggestions_controller import SuggestionsController

    monkeypatch.setattr(SuggestionsController, "KEEP_AFTER_MS", 60_000)  # not read yet
    QSettings().setValue("view/suggestions", True)
    window = open_window(qtbot, corpus)
    qtbot.waitUntil(lambda: bool(window.session.suggestions()), timeout=SUGGESTIONS_ARRIVE_MS)
    first = window.session.document_id
    other = next(i for i in corpus.document_ids() if i != first)
    with qtbot.waitSignal(window.session.suggestionsChanged, timeout=SUGGESTIONS_ARRIVE_MS):
        window.open_document(other)
    window.suggestions.wait()
    window.jobs.wait()
    assert not kept_suggestions.has_entry(corpus.path, first)  # left before it was kept
    assert not kept_suggestions.has_entry(corpus.path, other)  # not yet
    timer = window.suggestions.keep_timer
    assert timer is not None
    timer.setInterval(0)  # read a while
    timer.start()
    qtbot.waitUntil(lambda: kept_suggestions.has_entry(corpus.path, other), timeout=10_000)
    timer.setInterval(60_000)
    window.open_document(first)
    qtbot.waitUntil(lambda: bool(window.session.suggestions()), timeout=SUGGESTIONS_ARRIVE_MS)
    window.suggestions.wait()
    window.jobs.wait()
    assert not kept_suggestions.has_entry(corpus.path, first)
    window.close()  # the article open at the close is kept
    assert kept_suggestions.has_entry(corpus.path, first)


# The window on it, suggestions on: prints how many suggestions were shown first, whether
# the rules were loaded then, and how many are shown once every job has ended.
_WINDOW = (
    WINDOW_ON_CORPUS
    + """
first = []
def changed(_document_id):
    if not first:
        first.append([len(window.session.suggestions()), "annotator.core.suggest" in sys.modules])
        loop.quit()
loop = QEventLoop()
window.session.suggestionsChanged.connect(changed)
QTimer.singleShot(120_000, loop.quit)
window.show()
loop.exec()
window.suggestions.wait(120_000)
window.jobs.wait(120_000)
window.close()
print(json.dumps([*first[0], len(window.session.suggestions())]))
"""
)


def test_a_new_process_shows_the_kept_suggestions_without_loading_the_rules(
    tmp_path: Path,
) -> None:
    cache = tmp_path / "cache"
    run_fresh(ONE_ARTICLE_CORPUS, cache, str(tmp_path))
    shown, rules_loaded, at_end = json.loads(run_fresh(_WINDOW, cache, str(tmp_path)))
    assert shown > 0
    assert rules_loaded  # nothing kept yet: the rules found them
    shown_again, rules_loaded, at_end = json.loads(run_fresh(_WINDOW, cache, str(tmp_path)))
    assert (shown_again, rules_loaded) == (shown, False)
    assert at_end == shown  # the rules ran after, and found the same


def test_an_article_tagged_in_before_the_close_is_kept_under_what_its_job_reads_then(
    qtbot, corpus: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The analyst tags in the open article (an ACTOR: what the job reads changes twice,
    the analyst's spans there and the corpus's ACTOR texts) and closes the window: its
    suggestions are found again at the close and kept under what the job reads now, so
    the next session shows them before any rule runs, and the rules find the same."""
    QSettings().setValue("view/suggestions", True)
    window = open_window(qtbot, corpus)
    qtbot.waitUntil(lambda: bool(window.session.suggestions()), timeout=SUGGESTIONS_ARRIVE_MS)
    window.suggestions.wait()
    window.jobs.wait()
    document_id = window.session.document_id
    assert document_id is not None
    before = window.session.suggestions()
    tagged = next(s for s in before if s.label == "ACTOR")
    corpus.add_span(
        read_span(document_id, tagged.start, tagged.end, "ACTOR", "ana", provenance="manual")
    )
    window.close()
    window, runs, changes = _second_session(qtbot, corpus, monkeypatch)
    assert window.session.document_id == document_id
    assert runs == [True]  # shown before the rules ran
    assert len(changes) == 1  # the rules found the same: not shown again
    assert changes[0] == window.session.suggestions()
    # What was kept is what the rules find now: the tagged mention is no longer suggested.
    assert all((s.start, s.end, s.label) != (tagged.start, tagged.end, "ACTOR") for s in changes[0])
