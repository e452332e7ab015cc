"""Undoable corpus-wide edits: annotate search hits, fix or dismiss problems, actor registry.

Each command calls the Session (spans) or the store functions the CLI uses
(actors, dismissals), records ids on its first redo() and inverts in undo().
Annotating many hits is ONE command that adds every span, so a single undo
removes them all. Unlike the window's own
commands these do not open each document on undo: a bulk edit may touch
hundreds of articles, and the Session keeps the open one in step anyway.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtGui import QUndoCommand

from annotator.core.casualty import casualty_kind, casualty_victims, parse_casualty
from annotator.core.model import Span, new_id
from annotator.core.snapping import snap_selection
from annotator.store import actors as registry
from annotator.store import consistency_store
from annotator.store.search import Hit
from annotator.ui.session import Session

Changed = Callable[[], object] | None


def starting_attributes(session: Session, label: str, covered: str) -> dict[str, Any]:
    """What a new span of `label` over `covered` starts with (as tagging by hand gives)."""
    if label != "CASUALTY":
        return session.repo.schema().label(label).default_attributes()
    count = parse_casualty(covered)
    attributes: dict[str, Any] = {
        "count_low": count.low,
        "count_high": count.high,
        "kind": casualty_kind(covered),
        "victims": casualty_victims(covered),
    }
    return {k: v for k, v in attributes.items() if v is not None}


def plan_spans(
    session: Session, hits: Iterable[Hit], label: str, *, words: bool = True
) -> list[Span]:
    """The spans annotating `hits` as `label` would add: snapped, without duplicates.

    A hit that snaps to nothing, or that the annotator already tagged with
    this label at the same extent, adds nothing.
    """
    repo = session.repo
    texts: dict[str, str] = {}
    existing: dict[str, set[tuple[int, int]]] = {}
    planned: list[Span] = []
    for hit in hits:
        if hit.document_id not in texts:
            texts[hit.document_id] = repo.document(hit.document_id).text
            existing[hit.document_id] = {
                (s.start, s.end)
                for s in repo.spans(hit.document_id, [session.annotator])
                if s.label == label
            }
        text = texts[hit.document_id]
        start, end = snap_selection(text, hit.start, hit.end, label, words=words)
        if start >= end or (start, end) in existing[hit.document_id]:
            continue
        existing[hit.document_id].add((start, end))
        attributes = starting_attributes(session, label, text[start:end])
        planned.append(
            Span(new_id(), hit.document_id, start, end, label, session.annotator, attributes)
        )
    return planned


class AnnotateHitsCommand(QUndoCommand):
    """Tag every planned span, as one undoable step (undo removes them all)."""

    def __init__(self, session: Session, spans: list[Span], changed: Changed = None) -> None:
        label = spans[0].label if spans else ""
        super().__init__(f"Tag {len(spans)} hits {label}".strip())
        self.session = session
        self.spans = spans
        self.stored: list[Span] = []
        self.changed = changed

    def redo(self) -> None:
        if not self.stored:
            self.stored = [self.session.add_span(span) for span in self.spans]
        else:
            for span in self.stored:
                self.session.restore_span(span, [])
        if self.changed:
            self.changed()

    def undo(self) -> None:
        for span in reversed(self.stored):
            self.session.delete_span(span.id)
        if self.changed:
            self.changed()


class DismissProblemCommand(QUndoCommand):
    def __init__(
        self, session: Session, key: str, document_id: str | None, changed: Changed = None
    ) -> None:
        super().__init__("Dismiss problem")
        self.session = session
        self.key = key
        self.document_id = document_id
        self.changed = changed

    def redo(self) -> None:
        consistency_store.dismiss(
            self.session.repo, self.key, self.document_id, by=self.session.annotator
        )
        if self.changed:
            self.changed()

    def undo(self) -> None:
        consistency_store.undismiss(self.session.repo, self.key, by=self.session.annotator)
        if self.changed:
            self.changed()


class LinkActorCommand(QUndoCommand):
    """Link an ACTOR span to an actor; with `new_actor` (name, type) create it first."""

    def __init__(
        self,
        session: Session,
        span_id: str,
        actor_id: str | None,
        new_actor: tuple[str, str] | None = None,
        changed: Changed = None,
    ) -> None:
        super().__init__("Link actor" if actor_id or new_actor else "Unlink actor")
        self.session = session
        self.span_id = span_id
        self.actor_id = actor_id or (new_id() if new_actor else None)
        self.new_actor = new_actor
        self.previous: str | None = None
        self.changed = changed

    def redo(self) -> None:
        repo, by = self.session.repo, self.session.annotator
        if self.new_actor is not None:
            name, kind = self.new_actor
            registry.create_actor(repo, name, kind, by=by, actor_id=self.actor_id)
        self.previous = registry.link_span(repo, self.span_id, self.actor_id, by=by)
        if self.changed:
            self.changed()

    def undo(self) -> None:
        repo, by = self.session.repo, self.session.annotator
        registry.link_span(repo, self.span_id, self.previous, by=by)
        if self.new_actor is not None and self.actor_id is not None:
            registry.delete_actor(repo, self.actor_id, by=by)
        if self.changed:
            self.changed()


class MergeActorsCommand(QUndoCommand):
    """Merge one actor into another, relinking all its mentions, as one step."""

    def __init__(
        self, session: Session, source_id: str, target_id: str, changed: Changed = None
    ) -> None:
        super().__init__("Merge actors")
        self.session = session
        self.source_id = source_id
        self.target_id = target_id
        self.record: registry.ActorMerge | None = None
        self.changed = changed

    def redo(self) -> None:
        self.record = registry.merge_actors(
            self.session.repo, self.source_id, self.target_id, by=self.session.annotator
        )
        if self.changed:
            self.changed()

    def undo(self) -> None:
        assert self.record is not None
        registry.unmerge_actors(self.session.repo, self.record, by=self.session.annotator)
        if self.changed:
            self.changed()
