"""Every kind of edit the analyst makes, as `Edit` objects run by `EditService`.

Each edit computes its result in `prepare` (ids are made here, so a queued
edit and the ones after it agree on them), writes it in one transaction in
`write`, and reverses it in `unwrite`. `facts` tell the service what to show.
Adding an operation means adding a fault test for it too
(tests/services/test_edit_faults.py enumerates this module).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from annotator.core.errors import SchemaError, SpanError
from annotator.core.model import Relation, Span, check_offsets, new_id, now
from annotator.core.spans import changed_span, new_span
from annotator.services.edits import (
    Edit,
    EditService,
    Fact,
    RelationFact,
    SpanFact,
    StatusFact,
    SuggestionFact,
    Touched,
    suggestion_id_at,
)
from annotator.store import boilerplate as furniture
from annotator.store import review
from annotator.store.repository import Repository

# The rules compile many patterns, the actor and consistency stores are for a few
# edits: they are imported when used, which keeps them out of the window's start.
if TYPE_CHECKING:
    from annotator.core.suggest import Suggestion
    from annotator.store import actors as registry


def _checked(edits: EditService, span: Span) -> Span:
    """`span` validated against its text and the schema, with its creation time."""
    check_offsets(span.start, span.end, len(edits.text(span.document_id)))
    attributes = edits.repo.schema().validate_attributes(span.label, span.attributes)
    stamp = now()
    return replace(span, attributes=attributes, created=span.created or stamp, updated=stamp)


# -- spans ------------------------------------------------------------------------------------


class TagSpan(Edit):
    """Tag a new span (built by `annotator.core.spans.new_span`)."""

    def __init__(self, span: Span) -> None:
        self.span = span
        self.document_id = span.document_id
        self.title = f"Tag {span.label}"

    def prepare(self, edits: EditService) -> None:
        self.span = _checked(edits, self.span)
        self.by = edits.annotator
        self.text_length = len(edits.text(self.span.document_id))
        # Tagging the very words of a suggestion with its label confirms it: the suggestion
        # goes (N no longer stops at it, the table no longer lists it twice); undo brings it back.
        span = self.span
        shown = edits.suggestions_by_id() if edits.document_id == span.document_id else {}
        same = shown.get(suggestion_id_at(span.start, span.end, span.label))
        self.confirmed = [] if same is None else [same]

    def facts(self) -> list[Fact]:
        hidden = [SuggestionFact(self.span.document_id, s, False) for s in self.confirmed]
        return [SpanFact(None, self.span), *hidden]

    def write(self, repo: Repository) -> None:
        repo.add_span(self.span, text_length=self.text_length)

    def unwrite(self, repo: Repository) -> None:
        repo.delete_span(self.span.id, by=self.by)


class TagSpans(Edit):
    """Tag many spans as one step (annotate every search hit): one transaction, one undo."""

    opens_document = False

    def __init__(self, spans: Sequence[Span], title: str = "") -> None:
        self.spans = list(spans)
        label = self.spans[0].label if self.spans else ""
        self.title = title or f"Tag {len(self.spans)} hits {label}".strip()
        self.document_id = None

    def prepare(self, edits: EditService) -> None:
        self.spans = [_checked(edits, span) for span in self.spans]
        self.by = edits.annotator

    def facts(self) -> list[Fact]:
        return [SpanFact(None, span) for span in self.spans]

    def write(self, repo: Repository) -> None:
        for span in self.spans:
            repo.add_span(span)

    def unwrite(self, repo: Repository) -> None:
        for span in reversed(self.spans):
            repo.delete_span(span.id, by=self.by)


class DeleteSpan(Edit):
    """Delete a span and the relations that touch it (undo puts both back)."""

    def __init__(self, span_id: str) -> None:
        self.span_id = span_id
        self.title = "Delete span"

    def prepare(self, edits: EditService) -> None:
        self.span = edits.find_span(self.span_id)
        self.document_id = self.span.document_id
        self.title = f"Delete {self.span.label}"
        self.by = edits.annotator
        if edits.is_open(self.document_id):
            # From the index of relations by their ends: a key press, thousands of links.
            self.relations = edits.relations_touching(self.span_id)
        else:
            relations = edits.repo.relations(self.document_id)
            self.relations = [r for r in relations if self.span_id in (r.head_id, r.tail_id)]

    def facts(self) -> list[Fact]:
        dropped: list[Fact] = [RelationFact(self.span.document_id, r, None) for r in self.relations]
        return [*dropped, SpanFact(self.span, None)]

    def write(self, repo: Repository) -> None:
        repo.delete_span(self.span_id, by=self.by)

    def unwrite(self, repo: Repository) -> None:
        repo.restore_span(self.span, self.relations, by=self.by)


class UpdateSpan(Edit):
    """Change a span's label, extent or attributes (None leaves a field alone)."""

    title = "Change span"

    def __init__(
        self,
        span_id: str,
        *,
        label: str | None = None,
        start: int | None = None,
        end: int | None = None,
        attributes: dict[str, Any] | None = None,
        title: str = "",
    ) -> None:
        self.span_id = span_id
        self.changes: dict[str, Any] = {
            "label": label,
            "start": start,
            "end": end,
            "attributes": attributes,
        }
        if title:
            self.title = title

    def prepare(self, edits: EditService) -> None:
        self.old = edits.find_span(self.span_id)
        self.document_id = self.old.document_id
        self.text_length = len(edits.text(self.document_id))
        self.new = changed_span(edits.repo.schema(), self.old, self.text_length, **self.changes)
        self.by = edits.annotator

    def facts(self) -> list[Fact]:
        return [SpanFact(self.old, self.new)]

    def _store(self, repo: Repository, span: Span) -> None:
        repo.update_span(
            self.span_id,
            by=self.by,
            label=span.label,
            start=span.start,
            end=span.end,
            attributes=span.attributes,
            text_length=self.text_length,
        )

    def write(self, repo: Repository) -> None:
        self._store(repo, self.new)

    def unwrite(self, repo: Repository) -> None:
        self._store(repo, self.old)


class Relabel(UpdateSpan):
    """Give a span another label (a CASUALTY reads its counts from the text)."""

    def __init__(self, span_id: str, label: str, attributes: dict[str, Any] | None = None) -> None:
        super().__init__(span_id, label=label, attributes=attributes, title=f"Relabel as {label}")


class MoveEdge(UpdateSpan):
    """Move a span's start or end."""

    def __init__(self, span_id: str, start: int, end: int) -> None:
        super().__init__(span_id, start=start, end=end, title="Move span edge")


class SetAttributes(UpdateSpan):
    def __init__(self, span_id: str, attributes: dict[str, Any]) -> None:
        super().__init__(span_id, attributes=attributes, title="Edit attributes")


# -- speakers ---------------------------------------------------------------------------------


def _check_relation(edits: EditService, relation: Relation) -> None:
    kind = edits.repo.schema().relation(relation.type)
    head, tail = edits.find_span(relation.head_id), edits.find_span(relation.tail_id)
    if head.label != kind.head or tail.label != kind.tail:
        raise SchemaError(
            f"a {kind.name} relation goes from {kind.head} to {kind.tail}, "
            f"not from {head.label} to {tail.label}"
        )
    if head.document_id != tail.document_id:
        raise SchemaError("both ends of a relation must be in the same document")


class SetSpeaker(Edit):
    """Link a QUOTE to the ACTOR who said it (replacing an earlier speaker)."""

    title = "Set speaker"

    def __init__(self, quote_id: str, actor_id: str) -> None:
        self.quote_id = quote_id
        self.actor_id = actor_id

    def prepare(self, edits: EditService) -> None:
        quote = edits.find_span(self.quote_id)
        self.document_id = quote.document_id
        self.replaces = edits.speaker_relation(self.quote_id)
        self.relation = Relation(
            new_id(), self.quote_id, self.actor_id, "speaker", edits.annotator, now()
        )
        _check_relation(edits, self.relation)
        self.by = edits.annotator

    def facts(self) -> list[Fact]:
        assert self.document_id is not None
        facts: list[Fact] = []
        if self.replaces is not None:
            facts.append(RelationFact(self.document_id, self.replaces, None))
        facts.append(RelationFact(self.document_id, None, self.relation))
        return facts

    def write(self, repo: Repository) -> None:
        if self.replaces is not None:
            repo.delete_relation(self.replaces.id, by=self.by)
        repo.add_relation(self.relation)

    def unwrite(self, repo: Repository) -> None:
        repo.delete_relation(self.relation.id, by=self.by)
        if self.replaces is not None:
            repo.add_relation(self.replaces)


class RemoveSpeaker(Edit):
    title = "Remove speaker"

    def __init__(self, relation: Relation) -> None:
        self.relation = relation

    def prepare(self, edits: EditService) -> None:
        self.document_id = edits.find_span(self.relation.head_id).document_id
        self.by = edits.annotator

    def facts(self) -> list[Fact]:
        assert self.document_id is not None
        return [RelationFact(self.document_id, self.relation, None)]

    def write(self, repo: Repository) -> None:
        repo.delete_relation(self.relation.id, by=self.by)

    def unwrite(self, repo: Repository) -> None:
        repo.add_relation(self.relation)


# -- suggestions ------------------------------------------------------------------------------


class AcceptSuggestion(Edit):
    """Accept a suggestion as the analyst's own span (provenance suggested-accepted).

    With another `label` it is accepted as that label (a CASUALTY reads its
    counts from the text). A suggested QUOTE brings its speaker: the analyst's
    ACTOR at the proposed extent is linked, and created first when there is none.
    """

    def __init__(self, suggestion: Suggestion, label: str | None = None) -> None:
        self.suggestion = suggestion
        self.label = label or suggestion.label
        self.title = f"Accept suggested {self.label}"

    def prepare(self, edits: EditService) -> None:
        self.document_id = edits.document_id
        self.created, self.relation, self.hidden = _plan_accept(
            edits, self.suggestion, self.label, {}
        )
        self.by = edits.annotator

    @property
    def span(self) -> Span:
        return self.created[-1]

    def facts(self) -> list[Fact]:
        assert self.document_id is not None
        facts: list[Fact] = [SpanFact(None, span) for span in self.created]
        if self.relation is not None:
            facts.append(RelationFact(self.document_id, None, self.relation))
        facts += [SuggestionFact(self.document_id, s, False) for s in self.hidden]
        return facts

    def write(self, repo: Repository) -> None:
        for span in self.created:
            repo.add_span(span)
        if self.relation is not None:
            repo.add_relation(self.relation)

    def unwrite(self, repo: Repository) -> None:
        if self.relation is not None:
            repo.delete_relation(self.relation.id, by=self.by)
        for span in reversed(self.created):
            repo.delete_span(span.id, by=self.by)


def _plan_accept(
    edits: EditService,
    suggestion: Suggestion,
    label: str,
    new_actors: dict[tuple[int, int], Span],
) -> tuple[list[Span], Relation | None, list[Suggestion]]:
    """The spans accepting `suggestion` creates (speaker first), its relation, what it hides.

    `new_actors` holds ACTOR spans created earlier in the same batch, by extent.
    """
    document = edits.document
    if document is None:
        raise SpanError("open the document of the suggestion first")
    schema = edits.repo.schema()
    attributes = dict(suggestion.attributes) if label == suggestion.label else None
    span = new_span(
        schema,
        document.id,
        document.text,
        suggestion.start,
        suggestion.end,
        label,
        edits.annotator,
        provenance="suggested-accepted",
        attributes=attributes,
    )
    created = [_checked(edits, span)]
    hidden = [suggestion]
    relation = None
    if label == "QUOTE" and suggestion.speaker is not None:
        start, end = suggestion.speaker
        speaker = new_actors.get((start, end)) or next(
            (s for s in edits.spans() if (s.start, s.end, s.label) == (start, end, "ACTOR")), None
        )
        if speaker is None:
            proposed = [
                s for s in edits.suggestions() if (s.start, s.end, s.label) == (start, end, "ACTOR")
            ]
            speaker = new_span(
                schema,
                document.id,
                document.text,
                start,
                end,
                "ACTOR",
                edits.annotator,
                provenance="suggested-accepted",
                attributes=dict(proposed[0].attributes) if proposed else {},
            )
            speaker = _checked(edits, speaker)
            new_actors[(start, end)] = speaker
            created.insert(0, speaker)
            hidden += proposed
        relation = Relation(new_id(), span.id, speaker.id, "speaker", edits.annotator, now())
    return created, relation, hidden


class AcceptAllSuggestions(Edit):
    """Accept every open suggestion of one label in the open document: one step."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.title = f"Accept suggested {label}"

    def prepare(self, edits: EditService) -> None:
        self.document_id = edits.document_id
        new_actors: dict[tuple[int, int], Span] = {}
        self.created: list[Span] = []
        self.relations: list[Relation] = []
        self.hidden: list[Suggestion] = []
        taken = {(s.start, s.end, s.label) for s in edits.spans()}
        for suggestion in edits.suggestions():
            if suggestion.label != self.label or suggestion in self.hidden:
                continue
            if (suggestion.start, suggestion.end, suggestion.label) in taken:
                continue
            created, relation, hidden = _plan_accept(edits, suggestion, self.label, new_actors)
            self.created += created
            self.hidden += [s for s in hidden if s not in self.hidden]
            taken |= {(s.start, s.end, s.label) for s in created}
            if relation is not None:
                self.relations.append(relation)
        self.title = f"Accept {len(self.hidden)} suggested {self.label}"
        self.by = edits.annotator

    def facts(self) -> list[Fact]:
        assert self.document_id is not None
        facts: list[Fact] = [SpanFact(None, span) for span in self.created]
        facts += [RelationFact(self.document_id, None, r) for r in self.relations]
        facts += [SuggestionFact(self.document_id, s, False) for s in self.hidden]
        return facts

    def write(self, repo: Repository) -> None:
        for span in self.created:
            repo.add_span(span)
        for relation in self.relations:
            repo.add_relation(relation)

    def unwrite(self, repo: Repository) -> None:
        for relation in reversed(self.relations):
            repo.delete_relation(relation.id, by=self.by)
        for span in reversed(self.created):
            repo.delete_span(span.id, by=self.by)


class RejectSuggestion(Edit):
    """Reject a suggestion: never shown again for this document."""

    def __init__(self, suggestion: Suggestion) -> None:
        self.suggestion = suggestion
        self.title = f"Reject suggested {suggestion.label}"

    def prepare(self, edits: EditService) -> None:
        self.document_id = edits.document_id
        self.by = edits.annotator

    def facts(self) -> list[Fact]:
        assert self.document_id is not None
        return [SuggestionFact(self.document_id, self.suggestion, False)]

    def _key(self) -> tuple[str, int, int, str, str]:
        assert self.document_id is not None
        s = self.suggestion
        return self.document_id, s.start, s.end, s.label, self.by

    def write(self, repo: Repository) -> None:
        repo.reject_suggestion(*self._key())

    def unwrite(self, repo: Repository) -> None:
        repo.unreject_suggestion(*self._key())


# -- document status --------------------------------------------------------------------------


class SetStatus(Edit):
    opens_document = False

    def __init__(self, document_id: str, status: str) -> None:
        self.document_id = document_id
        self.status = status
        self.title = f"Mark {status.replace('_', ' ')}"

    def prepare(self, edits: EditService) -> None:
        self.annotator = edits.annotator
        self.previous = edits.status(self.status_document)

    @property
    def status_document(self) -> str:
        assert self.document_id is not None
        return self.document_id

    def facts(self) -> list[Fact]:
        return [StatusFact(self.status_document, self.annotator, self.previous, self.status)]

    def write(self, repo: Repository) -> None:
        repo.set_status(self.status_document, self.annotator, self.status)

    def unwrite(self, repo: Repository) -> None:
        repo.set_status(self.status_document, self.annotator, self.previous)


# -- review: decisions, the gold layer, comments ------------------------------------------------


class _Decide(Edit):
    """A review decision (or a batch of them): the first write decides, a redo restores."""

    opens_document = False

    def __init__(self, document_id: str) -> None:
        self.document_id = document_id
        self.made: list[review.Decision] | None = None

    def prepare(self, edits: EditService) -> None:
        self.reviewer = edits.annotator

    def facts(self) -> list[Fact]:
        return [Touched("review", self.document_id)]

    def decide(self, repo: Repository) -> list[review.Decision]:
        raise NotImplementedError

    def write(self, repo: Repository) -> None:
        if self.made is None:
            self.made = self.decide(repo)
        else:
            review.restore_adjudications(repo, self.made, by=self.reviewer)

    def unwrite(self, repo: Repository) -> None:
        assert self.made is not None
        if self.made:
            review.undo_adjudications(repo, [d.id for d in self.made], by=self.reviewer)


class AcceptCluster(_Decide):
    """Accept a cluster's first version into gold; a label or extent makes it a gold edit."""

    title = "Accept into gold"

    def __init__(
        self,
        document_id: str,
        span_ids: Sequence[str],
        *,
        label: str | None = None,
        start: int | None = None,
        end: int | None = None,
    ) -> None:
        super().__init__(document_id)
        self.span_ids = list(span_ids)
        self.label, self.start, self.end = label, start, end

    def decide(self, repo: Repository) -> list[review.Decision]:
        assert self.document_id is not None
        return [
            review.adjudicate_accept(
                repo,
                self.document_id,
                self.span_ids,
                self.reviewer,
                label=self.label,
                start=self.start,
                end=self.end,
            )
        ]


class RejectCluster(_Decide):
    title = "Reject"

    def __init__(self, document_id: str, span_ids: Sequence[str]) -> None:
        super().__init__(document_id)
        self.span_ids = list(span_ids)

    def decide(self, repo: Repository) -> list[review.Decision]:
        assert self.document_id is not None
        return [review.adjudicate_reject(repo, self.document_id, self.span_ids, self.reviewer)]


class AcceptAllAgreed(_Decide):
    title = "Accept all agreed"

    def __init__(self, document_id: str, annotators: Sequence[str]) -> None:
        super().__init__(document_id)
        self.annotators = list(annotators)

    def decide(self, repo: Repository) -> list[review.Decision]:
        assert self.document_id is not None
        return review.accept_all_agreed(repo, self.document_id, self.annotators, self.reviewer)


class MarkGoldDone(Edit):
    """Mark a document's gold layer done (reviewed), so `export --gold --status done` takes it."""

    opens_document = False

    title = "Mark reviewed"

    def __init__(self, document_id: str) -> None:
        self.document_id = document_id
        self.previous: str | None = None

    def facts(self) -> list[Fact]:
        return [Touched("review", self.document_id)]

    def write(self, repo: Repository) -> None:
        assert self.document_id is not None
        gold = review.ensure_gold_annotator(repo)
        previous = repo.set_status(self.document_id, gold, "done")
        if self.previous is None:
            self.previous = previous

    def unwrite(self, repo: Repository) -> None:
        assert self.document_id is not None
        assert self.previous is not None
        repo.set_status(self.document_id, review.gold_annotator_name(repo), self.previous)


class AddComment(Edit):
    """A comment on a document or one of its spans (undo removes it)."""

    opens_document = False

    title = "Add comment"

    def __init__(self, document_id: str, text: str, span_id: str | None = None) -> None:
        self.document_id = document_id
        self.text = text
        self.span_id = span_id

    def prepare(self, edits: EditService) -> None:
        if not self.text.strip():
            raise SchemaError("a comment needs some text")
        assert self.document_id is not None
        edits.text(self.document_id)  # raises for an unknown document
        if self.span_id is not None and edits.find_span(self.span_id).document_id != (
            self.document_id
        ):
            raise SpanError(f"span {self.span_id} belongs to another document")
        self.comment = review.Comment(
            new_id(), self.document_id, self.span_id, edits.annotator, self.text, now()
        )

    def facts(self) -> list[Fact]:
        return [Touched("comments", self.document_id)]

    def write(self, repo: Repository) -> None:
        review.restore_comment(repo, self.comment, by=self.comment.author, action="comment.add")

    def unwrite(self, repo: Repository) -> None:
        review.delete_comment(repo, self.comment.id, by=self.comment.author)


# -- corpus tools: actors, consistency ------------------------------------------------------


class LinkActor(Edit):
    """Link an ACTOR span to an actor (None unlinks); with `new_actor` (name, type) create it."""

    opens_document = False

    def __init__(
        self, span_id: str, actor_id: str | None, new_actor: tuple[str, str] | None = None
    ) -> None:
        self.span_id = span_id
        self.actor_id = actor_id or (new_id() if new_actor else None)
        self.new_actor = new_actor
        self.previous: str | None = None
        self.title = "Link actor" if actor_id or new_actor else "Unlink actor"

    def prepare(self, edits: EditService) -> None:
        span = edits.find_span(self.span_id)
        if span.label != "ACTOR":
            raise SpanError(f"only ACTOR spans link to actors, not {span.label}")
        self.document_id = span.document_id
        self.by = edits.annotator

    def facts(self) -> list[Fact]:
        return [Touched("actors", self.document_id)]

    def write(self, repo: Repository) -> None:
        from annotator.store import actors as registry

        if self.new_actor is not None:
            name, kind = self.new_actor
            registry.create_actor(repo, name, kind, by=self.by, actor_id=self.actor_id)
        self.previous = registry.link_span(repo, self.span_id, self.actor_id, by=self.by)

    def unwrite(self, repo: Repository) -> None:
        from annotator.store import actors as registry

        # A colleague's span that a merge since removed or made other than ACTOR
        # (merge67 makes our copy of her layer what her file holds) keeps no link.
        with contextlib.suppress(SpanError):
            registry.link_span(repo, self.span_id, self.previous, by=self.by)
        if self.new_actor is not None and self.actor_id is not None:
            registry.delete_actor(repo, self.actor_id, by=self.by)


class MergeActors(Edit):
    """Merge one actor into another, relinking all its mentions, as one step."""

    opens_document = False

    title = "Merge actors"

    def __init__(self, source_id: str, target_id: str) -> None:
        self.source_id = source_id
        self.target_id = target_id
        self.record: registry.ActorMerge | None = None

    def prepare(self, edits: EditService) -> None:
        if self.source_id == self.target_id:
            raise SchemaError("an actor cannot be merged into itself")
        self.by = edits.annotator

    def facts(self) -> list[Fact]:
        return [Touched("actors")]

    def write(self, repo: Repository) -> None:
        from annotator.store import actors as registry

        self.record = registry.merge_actors(repo, self.source_id, self.target_id, by=self.by)

    def unwrite(self, repo: Repository) -> None:
        from annotator.store import actors as registry

        assert self.record is not None
        registry.unmerge_actors(repo, self.record, by=self.by)


class DismissProblem(Edit):
    """Remember that a consistency problem is not one (undo brings it back)."""

    opens_document = False

    title = "Dismiss problem"

    def __init__(self, key: str, document_id: str | None) -> None:
        self.key = key
        self.document_id = document_id

    def prepare(self, edits: EditService) -> None:
        self.by = edits.annotator

    def facts(self) -> list[Fact]:
        return [Touched("problems", self.document_id)]

    def write(self, repo: Repository) -> None:
        from annotator.store import consistency_store

        consistency_store.dismiss(repo, self.key, self.document_id, by=self.by)

    def unwrite(self, repo: Repository) -> None:
        from annotator.store import consistency_store

        consistency_store.undismiss(repo, self.key, by=self.by)


class SetBoilerplate(Edit):
    """Set a document's page furniture ranges (the `boilerplate` table); undo restores them."""

    opens_document = True

    def __init__(self, document_id: str, ranges: Sequence[tuple[int, int]]) -> None:
        self.document_id = document_id
        self.target = document_id
        self.ranges = [(a, b) for a, b in ranges]
        self.title = "Mark page furniture" if ranges else "Clear page furniture"

    def prepare(self, edits: EditService) -> None:
        self.by = edits.annotator
        length = len(edits.text(self.target))
        for a, b in self.ranges:
            if not 0 <= a < b <= length:
                raise SpanError(f"page furniture range {a}-{b} is outside the text")
        self.previous = furniture.boilerplate(edits.repo, self.target)

    def facts(self) -> list[Fact]:
        return [Touched("boilerplate", self.document_id)]

    def write(self, repo: Repository) -> None:
        furniture.set_boilerplate(repo, self.target, self.ranges, by=self.by)

    def unwrite(self, repo: Repository) -> None:
        furniture.set_boilerplate(repo, self.target, self.previous, by=self.by)


def operations() -> list[type[Edit]]:
    """Every concrete edit kind (what the fault tests must cover)."""
    from annotator.services.edits import RegisterAnnotator

    found: list[type[Edit]] = []
    stack = list(Edit.__subclasses__())
    while stack:
        kind = stack.pop()
        stack.extend(kind.__subclasses__())
        if not kind.__name__.startswith("_"):
            found.append(kind)
    assert RegisterAnnotator in found
    return sorted(set(found), key=lambda k: k.__name__)
