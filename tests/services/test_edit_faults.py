"""Every edit kind survives every environment refusal: queued, retried in order, then saved.

Each operation of annotator.services.operations has a scenario here (the
enumeration test fails when a new operation has none). For each scenario and
each fault (disk full, locked beyond the busy timeout, read-only, file removed)
the edit is run while the database refuses writes: it is queued and not in the
file; a retry under the fault keeps it queued; once the fault clears the
retry writes it, and another connection sees it. The undo goes the same way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from annotator.core.errors import SpanError
from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.core.suggest import Suggestion
from annotator.services.edits import Edit, EditService, RegisterAnnotator
from annotator.services.operations import (
    AcceptAllAgreed,
    AcceptAllSuggestions,
    AcceptCluster,
    AcceptSuggestion,
    AddComment,
    DeleteSpan,
    DismissProblem,
    LinkActor,
    MarkGoldDone,
    MergeActors,
    MoveEdge,
    RejectCluster,
    RejectSuggestion,
    Relabel,
    RemoveSpeaker,
    SetAttributes,
    SetBoilerplate,
    SetSpeaker,
    SetStatus,
    TagSpan,
    TagSpans,
    UpdateSpan,
    operations,
)
from annotator.store import actors as registry
from annotator.store.db import open_db
from annotator.store.repository import Repository
from tests.safety.faults import clear, inject

TEXT = (
    "Defence Minister Ilse Marović said at least 14 civilians were killed. "
    '"We will not leave," Marović told reporters in Brezna.'
)
OTHER = "Delegates met in Geneva on Monday."
QUOTE = (71, 89)  # We will not leave,
MINISTER = (17, 29)  # Ilse Marović
COUNT = (33, 57)  # at least 14 civilians


def rows(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    """What another program sees in the file."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute(sql, params))
    finally:
        conn.close()


def span_row(path: Path, span_id: str) -> tuple[object, ...] | None:
    found = rows(path, 'SELECT label, start, "end", attributes FROM spans WHERE id = ?', span_id)
    return found[0] if found else None


@dataclass
class Corpus:
    path: Path
    repo: Repository
    edits: EditService
    document_id: str

    def span(self, extent: tuple[int, int], label: str, annotator: str = "ana") -> Span:
        """A span stored before any fault (set-up, not under test)."""
        span = Span(new_id(), self.document_id, *extent, label, annotator, {}, "manual")
        self.repo.add_span(span)
        return span


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    path = tmp_path / "corpus.db"
    repo = Repository(open_db(path))
    repo.import_documents(
        [
            AnnotatedDocument(Document.from_text(TEXT, "Brezna")),
            AnnotatedDocument(Document.from_text(OTHER, "Geneva")),
        ],
        "ana",
    )
    document_id = Document.from_text(TEXT, "Brezna").id
    edits = EditService(repo, "ana")
    edits.open_document(document_id)
    return Corpus(path, repo, edits, document_id)


# -- one scenario per operation: build the edit, and say whether its effect is in the file ----

Check = Callable[[], bool]


def tag_span(c: Corpus) -> tuple[Edit, Check]:
    span = Span(new_id(), c.document_id, *MINISTER, "ACTOR", "ana", {}, "manual")
    return TagSpan(span), lambda: span_row(c.path, span.id) is not None


def tag_spans(c: Corpus) -> tuple[Edit, Check]:
    spans = [
        Span(new_id(), c.document_id, *MINISTER, "ACTOR", "ana"),
        Span(new_id(), c.document_id, *COUNT, "CASUALTY", "ana"),
    ]
    return TagSpans(spans), lambda: all(span_row(c.path, s.id) for s in spans)


def delete_span(c: Corpus) -> tuple[Edit, Check]:
    span = c.span(MINISTER, "ACTOR")
    c.edits.reload()
    return DeleteSpan(span.id), lambda: span_row(c.path, span.id) is None


def update_span(c: Corpus) -> tuple[Edit, Check]:
    span = c.span(MINISTER, "ACTOR")
    c.edits.reload()
    edit = UpdateSpan(span.id, start=22, end=29)
    return edit, lambda: span_row(c.path, span.id)[1:3] == (22, 29)  # type: ignore[index]


def relabel(c: Corpus) -> tuple[Edit, Check]:
    span = c.span(COUNT, "ACTOR")
    c.edits.reload()
    return Relabel(span.id, "CASUALTY"), lambda: span_row(c.path, span.id)[0] == "CASUALTY"  # type: ignore[index]


def move_edge(c: Corpus) -> tuple[Edit, Check]:
    span = c.span(MINISTER, "ACTOR")
    c.edits.reload()
    return MoveEdge(span.id, 17, 21), lambda: span_row(c.path, span.id)[1:3] == (17, 21)  # type: ignore[index]


def set_attributes(c: Corpus) -> tuple[Edit, Check]:
    span = c.span(MINISTER, "ACTOR")
    c.edits.reload()
    edit = SetAttributes(span.id, {"type": "person"})
    return edit, lambda: "person" in str(span_row(c.path, span.id)[3])  # type: ignore[index]


def set_speaker(c: Corpus) -> tuple[Edit, Check]:
    quote, actor = c.span(QUOTE, "QUOTE"), c.span(MINISTER, "ACTOR")
    c.edits.reload()
    sql = "SELECT 1 FROM relations WHERE head_id = ? AND tail_id = ?"
    return SetSpeaker(quote.id, actor.id), lambda: bool(rows(c.path, sql, quote.id, actor.id))


def remove_speaker(c: Corpus) -> tuple[Edit, Check]:
    quote, actor = c.span(QUOTE, "QUOTE"), c.span(MINISTER, "ACTOR")
    c.edits.reload()
    c.edits.do(SetSpeaker(quote.id, actor.id))
    relation = c.edits.speaker_relation(quote.id)
    assert relation is not None
    sql = "SELECT 1 FROM relations WHERE id = ?"
    return RemoveSpeaker(relation), lambda: not rows(c.path, sql, relation.id)


def _suggested(c: Corpus, *suggestions: Suggestion) -> None:
    c.edits.set_suggestions(c.document_id, list(suggestions))


def _accepted(c: Corpus, extent: tuple[int, int], label: str) -> bool:
    sql = (
        'SELECT 1 FROM spans WHERE document_id = ? AND start = ? AND "end" = ? AND label = ? '
        "AND provenance = 'suggested-accepted'"
    )
    return bool(rows(c.path, sql, c.document_id, *extent, label))


def accept_suggestion(c: Corpus) -> tuple[Edit, Check]:
    quote = Suggestion(*QUOTE, "QUOTE", {"kind": "direct"}, "rule", speaker=MINISTER)
    _suggested(c, quote, Suggestion(*MINISTER, "ACTOR", {"type": "person"}, "rule"))
    check = lambda: _accepted(c, QUOTE, "QUOTE") and _accepted(c, MINISTER, "ACTOR")  # noqa: E731
    return AcceptSuggestion(quote), check


def accept_all_suggestions(c: Corpus) -> tuple[Edit, Check]:
    _suggested(
        c,
        Suggestion(*MINISTER, "ACTOR", {"type": "person"}, "rule"),
        Suggestion(99, 106, "ACTOR", {}, "rule"),
    )
    check = lambda: _accepted(c, MINISTER, "ACTOR") and _accepted(c, (99, 106), "ACTOR")  # noqa: E731
    return AcceptAllSuggestions("ACTOR"), check


def reject_suggestion(c: Corpus) -> tuple[Edit, Check]:
    suggestion = Suggestion(*MINISTER, "ACTOR", {}, "rule")
    _suggested(c, suggestion)
    sql = "SELECT 1 FROM rejected_suggestions WHERE document_id = ? AND start = ?"
    return RejectSuggestion(suggestion), lambda: bool(rows(c.path, sql, c.document_id, 17))


def set_status(c: Corpus) -> tuple[Edit, Check]:
    sql = "SELECT status FROM document_status WHERE document_id = ? AND annotator = 'ana'"
    return SetStatus(c.document_id, "done"), lambda: rows(c.path, sql, c.document_id) == [("done",)]


def _decisions(c: Corpus, kind: str) -> int:
    sql = "SELECT count(*) FROM adjudications WHERE document_id = ? AND decision = ?"
    return int(rows(c.path, sql, c.document_id, kind)[0][0])  # type: ignore[call-overload]


def accept_cluster(c: Corpus) -> tuple[Edit, Check]:
    ben = c.span(MINISTER, "ACTOR", "ben")
    return AcceptCluster(c.document_id, [ben.id]), lambda: _decisions(c, "accept") == 1


def accept_cluster_edited(c: Corpus) -> tuple[Edit, Check]:
    ben = c.span(MINISTER, "ACTOR", "ben")
    edit = AcceptCluster(c.document_id, [ben.id], start=22, end=29)
    return edit, lambda: _decisions(c, "edit") + _decisions(c, "accept") == 1


def reject_cluster(c: Corpus) -> tuple[Edit, Check]:
    ben = c.span(MINISTER, "ACTOR", "ben")
    return RejectCluster(c.document_id, [ben.id]), lambda: _decisions(c, "reject") == 1


def accept_all_agreed(c: Corpus) -> tuple[Edit, Check]:
    c.span(MINISTER, "ACTOR", "ben")
    c.span(MINISTER, "ACTOR", "cleo")
    edit = AcceptAllAgreed(c.document_id, ["ben", "cleo"])
    return edit, lambda: _decisions(c, "accept") == 1


def mark_gold_done(c: Corpus) -> tuple[Edit, Check]:
    sql = "SELECT status FROM document_status WHERE document_id = ? AND annotator = 'gold'"
    return MarkGoldDone(c.document_id), lambda: rows(c.path, sql, c.document_id) == [("done",)]


def add_comment(c: Corpus) -> tuple[Edit, Check]:
    sql = "SELECT text FROM comments WHERE document_id = ?"
    edit = AddComment(c.document_id, "the count is disputed")
    return edit, lambda: rows(c.path, sql, c.document_id) == [("the count is disputed",)]


def link_actor(c: Corpus) -> tuple[Edit, Check]:
    span = c.span(MINISTER, "ACTOR")
    sql = "SELECT a.name FROM span_actors l JOIN actors a ON a.id = l.actor_id WHERE span_id = ?"
    edit = LinkActor(span.id, None, ("Ilse Marović", "person"))
    return edit, lambda: rows(c.path, sql, span.id) == [("Ilse Marović",)]


def merge_actors(c: Corpus) -> tuple[Edit, Check]:
    source = registry.create_actor(c.repo, "I. Marović", "person", by="ana")
    target = registry.create_actor(c.repo, "Ilse Marović", "person", by="ana")
    sql = "SELECT merged_into FROM actors WHERE id = ?"
    return MergeActors(source.id, target.id), lambda: rows(c.path, sql, source.id) == [(target.id,)]


def dismiss_problem(c: Corpus) -> tuple[Edit, Check]:
    sql = "SELECT 1 FROM dismissed_problems WHERE key = ?"
    edit = DismissProblem("untagged:marović", c.document_id)
    return edit, lambda: bool(rows(c.path, sql, "untagged:marović"))


def set_boilerplate(c: Corpus) -> tuple[Edit, Check]:
    sql = 'SELECT start, "end", origin FROM boilerplate WHERE document_id = ?'
    edit = SetBoilerplate(c.document_id, [(0, 8)])
    return edit, lambda: rows(c.path, sql, c.document_id) == [(0, 8, "ana")]


def register_annotator(c: Corpus) -> tuple[Edit, Check]:
    sql = "SELECT kind FROM annotators WHERE name = ?"
    return RegisterAnnotator("dana"), lambda: rows(c.path, sql, "dana") == [("human",)]


SCENARIOS: dict[str, list[Callable[[Corpus], tuple[Edit, Check]]]] = {
    "TagSpan": [tag_span],
    "TagSpans": [tag_spans],
    "DeleteSpan": [delete_span],
    "UpdateSpan": [update_span],
    "Relabel": [relabel],
    "MoveEdge": [move_edge],
    "SetAttributes": [set_attributes],
    "SetSpeaker": [set_speaker],
    "RemoveSpeaker": [remove_speaker],
    "AcceptSuggestion": [accept_suggestion],
    "AcceptAllSuggestions": [accept_all_suggestions],
    "RejectSuggestion": [reject_suggestion],
    "SetStatus": [set_status],
    "AcceptCluster": [accept_cluster, accept_cluster_edited],
    "RejectCluster": [reject_cluster],
    "AcceptAllAgreed": [accept_all_agreed],
    "MarkGoldDone": [mark_gold_done],
    "AddComment": [add_comment],
    "LinkActor": [link_actor],
    "MergeActors": [merge_actors],
    "SetBoilerplate": [set_boilerplate],
    "DismissProblem": [dismiss_problem],
    "RegisterAnnotator": [register_annotator],
}
NOT_UNDONE = {"RegisterAnnotator"}  # an annotator's name stays


def start_fault(repo: Repository, kind: str) -> Callable[[], None]:
    """Make the database refuse writes the way `kind` does; returns the function ending it."""
    db = repo.db
    if kind == "read-only":
        db.execute("PRAGMA query_only = ON")
        return lambda: db.execute("PRAGMA query_only = OFF") and None
    if kind == "locked":
        db.execute("PRAGMA busy_timeout = 50")
        path = db.execute("PRAGMA database_list").fetchone()[2]
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")

        def release() -> None:
            other.execute("ROLLBACK")
            other.close()

        return release
    inject(db, {"disk full": "disk_full", "file removed": "removed"}[kind])
    return lambda: clear(db)


FAULTS = ("disk full", "locked", "read-only", "file removed")
CASES = [
    pytest.param(kind, scenario, id=f"{scenario.__name__}-{kind}")
    for scenarios in SCENARIOS.values()
    for scenario in scenarios
    for kind in FAULTS
]


def test_every_operation_has_a_fault_scenario() -> None:
    assert {kind.__name__ for kind in operations()} == set(SCENARIOS)


@pytest.mark.parametrize(("fault", "scenario"), CASES)
def test_a_refused_edit_is_queued_retried_and_saved_when_the_fault_clears(
    corpus: Corpus, fault: str, scenario: Callable[[Corpus], tuple[Edit, Check]]
) -> None:
    edit, saved = scenario(corpus)
    edits = corpus.edits
    assert not saved()
    end = start_fault(corpus.repo, fault)
    edits.do(edit)
    assert [e.edit for e in edits.pending] == [edit]
    assert edits.problem
    assert not saved()
    assert not edits.retry()  # still refused: still queued
    assert len(edits.pending) == 1
    end()
    assert edits.retry()
    assert not edits.pending
    assert not edits.refused
    assert saved()
    if type(edit).__name__ in NOT_UNDONE:
        return
    end = start_fault(corpus.repo, fault)
    edits.undo(edit)
    assert len(edits.pending) == 1
    assert saved()  # the undo is not in the file yet
    end()
    assert edits.retry()
    assert not saved()


def test_a_queued_edit_shows_at_once_and_in_a_reopened_document(corpus: Corpus) -> None:
    edits = corpus.edits
    end = start_fault(corpus.repo, "disk full")
    edit = TagSpan(Span(new_id(), corpus.document_id, *MINISTER, "ACTOR", "ana"))
    edits.do(edit)
    assert edits.span(edit.span.id) == edit.span
    other = Document.from_text(OTHER, "Geneva").id
    edits.open_document(other)
    edits.open_document(corpus.document_id)
    assert edit.span.id in {s.id for s in edits.spans()}
    assert edits.find_span(edit.span.id) == edit.span
    end()
    assert edits.retry()
    assert span_row(corpus.path, edit.span.id) is not None


def test_undo_of_a_queued_edit_takes_it_off_the_queue_and_writes_nothing(corpus: Corpus) -> None:
    edits = corpus.edits
    end = start_fault(corpus.repo, "disk full")
    first = TagSpan(Span(new_id(), corpus.document_id, *MINISTER, "ACTOR", "ana"))
    second = SetAttributes(first.span.id, {"type": "person"})
    edits.do(first)
    edits.do(second)
    assert edits.span(first.span.id).attributes == {"type": "person"}  # type: ignore[union-attr]
    edits.undo(second)
    edits.undo(first)
    assert not edits.pending
    assert edits.span(first.span.id) is None
    end()
    assert edits.retry()
    assert span_row(corpus.path, first.span.id) is None


def test_later_edits_wait_behind_a_refused_one_and_are_written_in_order(corpus: Corpus) -> None:
    edits = corpus.edits
    end = start_fault(corpus.repo, "locked")
    first = TagSpan(Span(new_id(), corpus.document_id, *MINISTER, "ACTOR", "ana"))
    edits.do(first)
    end()  # the lock is gone, but the second edit must not overtake the first
    second = MoveEdge(first.span.id, 22, 29)
    edits.do(second)
    assert [e.edit for e in edits.pending] == [first, second]
    assert edits.retry()
    assert span_row(corpus.path, first.span.id)[1:3] == (22, 29)  # type: ignore[index]


def test_a_user_error_is_raised_before_anything_changes(corpus: Corpus) -> None:
    edits = corpus.edits
    end = start_fault(corpus.repo, "disk full")
    bad = Span(new_id(), corpus.document_id, 0, len(TEXT) + 5, "ACTOR", "ana")
    with pytest.raises(SpanError):
        edits.do(TagSpan(bad))
    assert not edits.pending
    assert edits.spans() == []
    end()


def test_save_a_copy_holds_the_queued_edits(corpus: Corpus, tmp_path: Path) -> None:
    edits = corpus.edits
    start_fault(corpus.repo, "file removed")
    edit = TagSpan(Span(new_id(), corpus.document_id, *MINISTER, "ACTOR", "ana"))
    edits.do(edit)
    report = edits.save_copy(tmp_path / "rescued.db")
    assert report.applied == 1
    assert rows(tmp_path / "rescued.db", "SELECT id FROM spans") == [(edit.span.id,)]
    assert span_row(corpus.path, edit.span.id) is None
    assert edits.pending  # the original file still needs it
