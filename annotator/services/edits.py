"""The one path every edit takes, without Qt: edit objects, the open document, the queue.

An `Edit` (see `annotator.services.operations`) is prepared once against what
the analyst sees (its result is known before anything is written: ids, the
span as it will be stored, what a deletion takes with it), then written to
the repository in one transaction. Its `facts` say what it changes in memory
(spans, relations, statuses, shown suggestions); `EditService` applies them to
the open document and tells its listeners with `Change` notices (document id
and code-point ranges), so views repaint only what changed.

When the environment refuses a write (`StoreUnavailable`: disk full, locked
beyond the timeout, read-only, file gone) the edit is queued with its
direction and its facts still apply: the window shows it, says it is not saved
yet, and `retry()` writes the queue in order once the problem clears. Reading a
document while edits wait replays their facts over what the file holds. Undo of
an edit whose write is still queued just takes it off the queue. `save_copy`
writes the database plus the queue to another file. One mechanism for every
edit kind: no per-method twins.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.core.document_spans import span_positions
from annotator.core.errors import AnnotatorError, SchemaError, SpanError, StoreUnavailable
from annotator.core.model import Document, Relation, Span
from annotator.core.values import Record, Value, set_field
from annotator.store.repository import Repository

if TYPE_CHECKING:  # the rules compile many patterns; load them only when used
    from annotator.core.suggest import Suggestion

log = logging.getLogger(__name__)

SUGGESTION_PREFIX = "suggestion:"


def suggestion_id(suggestion: Suggestion) -> str:
    """A display id for a suggestion: it is not a stored span until accepted."""
    return suggestion_id_at(suggestion.start, suggestion.end, suggestion.label)


def suggestion_id_at(start: int, end: int, label: str) -> str:
    """The display id of a suggestion of `label` over start-end, were there one."""
    return f"{SUGGESTION_PREFIX}{start}:{end}:{label}"


def is_suggestion_id(item_id: str | None) -> bool:
    return bool(item_id) and str(item_id).startswith(SUGGESTION_PREFIX)


# -- facts: what an edit changes in memory, each invertible -------------------------------


class SpanFact(Value):
    """A span appears (before None), goes (after None) or changes."""

    __slots__ = __match_args__ = ("before", "after")
    before: Span | None
    after: Span | None

    def __init__(self, before: Span | None, after: Span | None) -> None:
        set_field(self, "before", before)
        set_field(self, "after", after)

    def inverse(self) -> SpanFact:
        return SpanFact(self.after, self.before)

    @property
    def document_id(self) -> str:
        span = self.after or self.before
        assert span is not None
        return span.document_id


class RelationFact(Value):
    __slots__ = __match_args__ = ("document_id", "before", "after")
    document_id: str
    before: Relation | None
    after: Relation | None

    def __init__(self, document_id: str, before: Relation | None, after: Relation | None) -> None:
        set_field(self, "document_id", document_id)
        set_field(self, "before", before)
        set_field(self, "after", after)

    def inverse(self) -> RelationFact:
        return RelationFact(self.document_id, self.after, self.before)


class StatusFact(Value):
    __slots__ = __match_args__ = ("document_id", "annotator", "before", "after")
    document_id: str
    annotator: str
    before: str
    after: str

    def __init__(self, document_id: str, annotator: str, before: str, after: str) -> None:
        set_field(self, "document_id", document_id)
        set_field(self, "annotator", annotator)
        set_field(self, "before", before)
        set_field(self, "after", after)

    def inverse(self) -> StatusFact:
        return StatusFact(self.document_id, self.annotator, self.after, self.before)


class SuggestionFact(Value):
    """A suggestion is shown (True) or hidden (False) after the edit."""

    __slots__ = __match_args__ = ("document_id", "suggestion", "shown")
    document_id: str
    suggestion: Suggestion
    shown: bool

    def __init__(self, document_id: str, suggestion: Suggestion, shown: bool) -> None:
        set_field(self, "document_id", document_id)
        set_field(self, "suggestion", suggestion)
        set_field(self, "shown", shown)

    def inverse(self) -> SuggestionFact:
        return SuggestionFact(self.document_id, self.suggestion, not self.shown)


class Touched(Value):
    """Something without an in-memory copy changed (review, comments, actors, problems)."""

    __slots__ = __match_args__ = ("kind", "document_id")
    kind: str
    document_id: str | None

    def __init__(self, kind: str, document_id: str | None = None) -> None:
        set_field(self, "kind", kind)
        set_field(self, "document_id", document_id)

    def inverse(self) -> Touched:
        return self


Fact = SpanFact | RelationFact | StatusFact | SuggestionFact | Touched


class Change(Value):
    """A change notice for views: kind, document and the old code-point range of a span.

    Kinds: span_added, span_removed, span_changed (span_id, start, end = old
    extent), relations, status (status), suggestions, spans (the spans of a document
    that is not open changed: a search tagged its hits, an undo took them back), and the
    `Touched` kinds
    (review, comments, actors, problems, setting). A suggestions notice with
    `partial` names the suggestions that appeared (`shown`) and went (`hidden`);
    without it, any of the document's suggestions may have changed.
    """

    __slots__ = __match_args__ = (
        "kind", "document_id", "span_id", "start", "end", "status", "shown", "hidden", "partial"
    )  # fmt: skip
    kind: str
    document_id: str | None
    span_id: str | None
    start: int
    end: int
    status: str
    shown: tuple[Suggestion, ...]
    hidden: tuple[Suggestion, ...]
    partial: bool

    def __init__(
        self,
        kind: str,
        document_id: str | None,
        span_id: str | None = None,
        start: int = 0,
        end: int = 0,
        status: str = "",
        shown: tuple[Suggestion, ...] = (),
        hidden: tuple[Suggestion, ...] = (),
        partial: bool = False,
    ) -> None:
        set_field(self, "kind", kind)
        set_field(self, "document_id", document_id)
        set_field(self, "span_id", span_id)
        set_field(self, "start", start)
        set_field(self, "end", end)
        set_field(self, "status", status)
        set_field(self, "shown", shown)
        set_field(self, "hidden", hidden)
        set_field(self, "partial", partial)


# -- edits ----------------------------------------------------------------------------------


class Edit:
    """One user edit: prepared once, then written forward (do/redo) or backward (undo).

    Subclasses set `title`, compute their result in `prepare` from `EditService`
    reads (raising AnnotatorError for a user error, before anything changes),
    and write it in `write`/`unwrite`, each one repository transaction.
    """

    title = "Edit"
    document_id: str | None = None
    prepared = False
    # Undo/redo in the window opens the edit's document first (not for corpus-wide edits).
    opens_document = True

    def prepare(self, edits: EditService) -> None:
        """Compute the result from what the analyst sees; raise for a user error."""

    def facts(self) -> list[Fact]:
        """What the edit changes in memory, forward."""
        return []

    def write(self, repo: Repository) -> None:
        raise NotImplementedError

    def unwrite(self, repo: Repository) -> None:
        raise NotImplementedError


class Entry(Record):
    """An edit waiting to be written, and in which direction."""

    __slots__ = __match_args__ = ("edit", "forward")

    def __init__(self, edit: Edit, forward: bool) -> None:
        self.edit = edit
        self.forward = forward

    @property
    def description(self) -> str:
        return self.edit.title if self.forward else f"undo {self.edit.title}"

    def run(self, repo: Repository) -> None:
        with repo.action():
            if self.forward:
                self.edit.write(repo)
            else:
                self.edit.unwrite(repo)

    def facts(self) -> list[Fact]:
        facts = self.edit.facts()
        return facts if self.forward else [f.inverse() for f in reversed(facts)]


class CopyReport(Record):
    __slots__ = __match_args__ = ("path", "applied", "refused")

    def __init__(self, path: Path, applied: int, refused: list[str] | None = None) -> None:
        self.path = path
        self.applied = applied
        self.refused: list[str] = [] if refused is None else refused


class DocumentState(Record):
    __slots__ = __match_args__ = ("document", "spans", "relations", "suggestions")

    def __init__(
        self,
        document: Document,
        # A DocumentSpans when read from the file: a Span is made when first asked for.
        spans: MutableMapping[str, Span],
        relations: dict[str, Relation],
        suggestions: dict[str, Suggestion] | None = None,
    ) -> None:
        self.document = document
        self.spans = spans
        self.relations = relations
        self.suggestions: dict[str, Suggestion] = {} if suggestions is None else suggestions


class RelationIndex:
    """The open document's relations by the spans at their ends, kept up to date one fact
    at a time: a key press finds a span's links without passing over every relation
    (issue 16: deleting a span looked at each of thousands of speaker links).

    Each span's relations come in the order of `DocumentState.relations`: a relation
    put in is last, one replaced under its id keeps its place, one taken out and put
    back is last again (as a dict does).
    """

    def __init__(self, relations: Iterable[Relation]) -> None:
        self.heads: dict[str, dict[str, Relation]] = {}  # head span id -> relations by id
        self.tails: dict[str, dict[str, Relation]] = {}  # tail span id -> relations by id
        self.places: dict[str, tuple[int, Relation]] = {}  # relation id -> (its place, it)
        self._next = 0
        for relation in relations:
            self.add(relation)

    def add(self, relation: Relation) -> None:
        """`relation` put in last, or in the place of the one of its id."""
        known = self.places.get(relation.id)
        if known is None:
            place = self._next
            self._next += 1
        else:
            place = known[0]
            self.remove(relation.id)
        self.places[relation.id] = (place, relation)
        self.heads.setdefault(relation.head_id, {})[relation.id] = relation
        self.tails.setdefault(relation.tail_id, {})[relation.id] = relation

    def remove(self, relation_id: str) -> None:
        """The relation with `relation_id` taken out (nothing when there is none)."""
        known = self.places.pop(relation_id, None)
        if known is None:
            return
        relation = known[1]
        for ends, span_id in ((self.heads, relation.head_id), (self.tails, relation.tail_id)):
            at = ends[span_id]
            del at[relation_id]
            if not at:
                del ends[span_id]

    def _ordered(self, relations: dict[str, Relation] | None) -> list[Relation]:
        if not relations:
            return []
        found = list(relations.values())
        if len(found) > 1:
            found.sort(key=lambda relation: self.places[relation.id][0])
        return found

    def at(self, span_id: str) -> tuple[list[Relation], list[Relation]]:
        """The relations whose head is `span_id`, and those whose tail is."""
        return self._ordered(self.heads.get(span_id)), self._ordered(self.tails.get(span_id))

    def touching(self, span_id: str) -> list[Relation]:
        """The relations with `span_id` at either end, each once, in their order."""
        heads, tails = self.at(span_id)
        if not tails or not heads:
            return heads or tails
        both = {relation.id: relation for relation in [*heads, *tails]}
        return sorted(both.values(), key=lambda relation: self.places[relation.id][0])


def environment_problem(exc: BaseException) -> str | None:
    """The user-facing sentence when `exc` is a write the environment refused, else None."""
    if isinstance(exc, StoreUnavailable):
        return exc.reason
    from annotator.store.pending import unavailable_reason

    return unavailable_reason(exc)


Listener = Callable[[list[Change]], None]


class EditService:
    """The open document in memory and the one place edits are run, undone and queued."""

    def __init__(self, repo: Repository, annotator: str) -> None:
        self.repo = repo
        self.annotator = annotator
        self.state: DocumentState | None = None
        self.pending: list[Entry] = []
        self.refused: list[tuple[Entry, str]] = []
        self.problem: str | None = None
        self.listeners: list[Listener] = []  # change notices
        self.saved_listeners: list[Callable[[], None]] = []  # a write reached the file
        self.queued_listeners: list[Callable[[], None]] = []  # a write was kept in memory
        # The open document's relations by their ends (`relation_index`), for `_links_for`.
        self._links: RelationIndex | None = None
        self._links_for: DocumentState | None = None
        self.do(RegisterAnnotator(annotator))

    # -- reading ------------------------------------------------------------------

    @property
    def document(self) -> Document | None:
        return self.state.document if self.state else None

    @property
    def document_id(self) -> str | None:
        return self.state.document.id if self.state else None

    def is_open(self, document_id: str | None) -> bool:
        return self.state is not None and self.state.document.id == document_id

    def spans(self) -> list[Span]:
        """This annotator's spans in the open document, by start then longest first."""
        if self.state is None:
            return []
        return sorted(self.state.spans.values(), key=lambda s: (s.start, -s.end, s.id))

    def span(self, span_id: str) -> Span | None:
        """A span of the open document (None when not there)."""
        return self.state.spans.get(span_id) if self.state else None

    def find_span(self, span_id: str) -> Span:
        """Any span, with queued edits applied; SpanError when there is none."""
        if self.state is not None and span_id in self.state.spans:
            return self.state.spans[span_id]
        found: Span | None = None
        known = False
        for fact in self._pending_facts():
            if isinstance(fact, SpanFact) and (fact.after or fact.before).id == span_id:  # type: ignore[union-attr]
                found, known = fact.after, True
        if known:
            if found is None:
                raise SpanError(f"no span with id {span_id!r}")
            return found
        return self.repo.span(span_id)

    def document_spans(
        self, document_id: str, annotators: Sequence[str] | None = None
    ) -> list[Span]:
        """Spans of any document as the analyst sees them (queued edits applied)."""
        spans, _relations = self._read(document_id, annotators)
        return sorted(spans.values(), key=lambda s: (s.start, -s.end, s.id))

    def text(self, document_id: str) -> str:
        if self.state is not None and self.state.document.id == document_id:
            return self.state.document.text
        return self.repo.document(document_id).text

    def relations(self) -> list[Relation]:
        return list(self.state.relations.values()) if self.state else []

    def relation_index(self) -> RelationIndex | None:
        """The open document's relations by their ends (None when no document is open):
        made when first asked for, then kept up to date by every relation fact."""
        state = self.state
        if state is None:
            return None
        if self._links is None or self._links_for is not state:
            self._links, self._links_for = RelationIndex(state.relations.values()), state
        return self._links

    def relations_at(self, span_id: str) -> tuple[list[Relation], list[Relation]]:
        """The open document's relations whose head is `span_id`, and those whose tail is
        (each in the order they were made); an index, no pass over every relation."""
        index = self.relation_index()
        return index.at(span_id) if index is not None else ([], [])

    def relations_touching(self, span_id: str) -> list[Relation]:
        """The open document's relations with `span_id` at either end, in their order."""
        index = self.relation_index()
        return index.touching(span_id) if index is not None else []

    def speaker_of(self, quote_id: str) -> Span | None:
        relation = self.speaker_relation(quote_id)
        if relation is None or self.state is None:
            return None
        return self.state.spans.get(relation.tail_id)

    def speaker_relation(self, quote_id: str) -> Relation | None:
        heads, _tails = self.relations_at(quote_id)
        return next((r for r in heads if r.type == "speaker"), None)

    def status(self, document_id: str) -> str:
        status = self.repo.status(document_id, self.annotator)
        for fact in self._pending_facts():
            if (
                isinstance(fact, StatusFact)
                and fact.document_id == document_id
                and fact.annotator == self.annotator
            ):
                status = fact.after
        return status

    def suggestions(self, *, ordered: bool = True) -> list[Suggestion]:
        """Open suggestions for this document (not yet accepted or rejected), in text order,
        or as stored with `ordered=False` (a long article has tens of thousands)."""
        if self.state is None:
            return []
        if not ordered:
            return list(self.state.suggestions.values())
        return sorted(self.state.suggestions.values(), key=lambda s: (s.start, -s.end, s.label))

    def suggestion(self, item_id: str | None) -> Suggestion | None:
        if self.state is None or not item_id:
            return None
        return self.state.suggestions.get(item_id)

    def _pending_facts(self) -> Iterable[Fact]:
        for entry in self.pending:
            yield from entry.facts()

    def _read(
        self, document_id: str, annotators: Sequence[str] | None
    ) -> tuple[MutableMapping[str, Span], dict[str, Relation]]:
        spans = self.repo.document_spans(document_id, annotators)
        relations = {r.id: r for r in self.repo.relations(document_id)}
        for fact in self._pending_facts():
            if isinstance(fact, SpanFact) and fact.document_id == document_id:
                if fact.after is None:
                    assert fact.before is not None
                    spans.pop(fact.before.id, None)
                elif annotators is None or fact.after.annotator in annotators:
                    spans[fact.after.id] = fact.after
            elif isinstance(fact, RelationFact) and fact.document_id == document_id:
                if fact.after is None:
                    assert fact.before is not None
                    relations.pop(fact.before.id, None)
                else:
                    relations[fact.after.id] = fact.after
        return spans, relations

    # -- the open document --------------------------------------------------------------

    def open_document(self, document_id: str) -> bool:
        """Read `document_id` (with queued edits); False when it was open already."""
        if self.document_id == document_id:
            return False
        document = self.repo.document(document_id)
        spans, relations = self._read(document_id, [self.annotator])
        relations = {
            k: r for k, r in relations.items() if r.head_id in spans and r.tail_id in spans
        }
        self.state = DocumentState(document, spans, relations)
        return True

    def close_document(self) -> None:
        """Let go of the open document (its spans, relations and suggestions, and the index
        of its relations); none is open until the next `open_document`."""
        self.state = None
        self._links = self._links_for = None

    def reload(self) -> None:
        """Read the open document again (after a change made outside this program)."""
        if self.state is None:
            return
        document_id = self.state.document.id
        self.close_document()
        self.open_document(document_id)

    def add_suggestions(
        self,
        document_id: str,
        more: list[Suggestion],
        *,
        tagged: Callable[[int, int, str], bool] | None = None,
    ) -> None:
        """Show `more` suggestions beside those shown (document-local propagation),
        minus what the analyst already tagged: `tagged(start, end, label)` says so when
        given (an index the caller keeps), else every span is looked at. The notice
        names the suggestions added."""
        state = self.state
        if state is None or not self.is_open(document_id):
            return
        if tagged is None:
            have = {(start, end, label) for _id, start, end, label in span_positions(state.spans)}

            def tagged(start: int, end: int, label: str) -> bool:
                return (start, end, label) in have

        shown = state.suggestions
        added = {
            suggestion_id(s): s
            for s in more
            if suggestion_id(s) not in shown and not tagged(s.start, s.end, s.label)
        }
        if added:
            shown.update(added)
            self._notify(
                [Change("suggestions", document_id, shown=tuple(added.values()), partial=True)]
            )

    def set_suggestions(
        self,
        document_id: str,
        suggestions: list[Suggestion],
        ids: Sequence[str] | None = None,
    ) -> None:
        """Show `suggestions` for the open document, minus what the analyst already tagged.
        `ids`: their `suggestion_id`s in the same order, when the caller has them (a long
        article's tens of thousands are not made again on the GUI thread)."""
        if self.state is None or not self.is_open(document_id):
            return
        have = {(start, end, label) for _id, start, end, label in span_positions(self.state.spans)}
        if ids is None or len(ids) != len(suggestions):
            ids = [suggestion_id(s) for s in suggestions]
        self.state.suggestions = {
            key: s
            for key, s in zip(ids, suggestions, strict=True)
            if not have or (s.start, s.end, s.label) not in have
        }
        self._notify([Change("suggestions", document_id)])

    def suggestions_by_id(self) -> Mapping[str, Suggestion]:
        """The open suggestions by their `suggestion_id` (read only; {} with no document)."""
        return {} if self.state is None else self.state.suggestions

    # -- running edits --------------------------------------------------------------------

    def prepare(self, edit: Edit) -> Edit:
        """Compute `edit`'s result once, from what the analyst sees now.

        Raises AnnotatorError for a user error (nothing changes then).
        """
        if not edit.prepared:
            edit.prepare(self)
            edit.prepared = True
        return edit

    def do(self, edit: Edit) -> Edit:
        """Run `edit` (prepared first if need be); an environment refusal queues it."""
        self._run(Entry(self.prepare(edit), True))
        return edit

    def undo(self, edit: Edit) -> None:
        self._run(Entry(edit, False))

    def redo(self, edit: Edit) -> None:
        self.do(edit)

    def _run(self, entry: Entry) -> None:
        tail = self.pending[-1] if self.pending else None
        if tail is not None and tail.edit is entry.edit and tail.forward != entry.forward:
            # Its write never happened: undoing (or redoing) it just drops it from the queue.
            self.pending.pop()
            self._apply(entry)
            self._after_queue_change()
            return
        if not self.pending:
            try:
                entry.run(self.repo)
            except Exception as exc:
                problem = environment_problem(exc)
                if problem is None:
                    raise
                log.warning("write refused (%s): %s kept in memory", problem, entry.description)
                self.problem = problem
                self.pending.append(entry)
            else:
                self._apply(entry)
                for listener in self.saved_listeners:
                    listener()
                return
        else:
            self.pending.append(entry)  # later edits wait behind earlier ones
        self._apply(entry)
        for listener in self.queued_listeners:
            listener()

    def _after_queue_change(self) -> None:
        listeners = self.queued_listeners if self.pending else self.saved_listeners
        if not self.pending:
            self.problem = None
        for listener in listeners:
            listener()

    def retry(self) -> bool:
        """Write the queued edits in order; True when none is left.

        Stops at the first environment problem (kept in `problem`). An edit the
        database now refuses for a user reason (its document was deleted by
        another program, say) moves to `refused` with the reason, and the open
        document is read again so that it shows what the file holds.
        """
        refused = len(self.refused)
        while self.pending:
            entry = self.pending[0]
            try:
                entry.run(self.repo)
            except Exception as exc:
                problem = environment_problem(exc)
                if problem is not None:
                    self.problem = problem
                    return False
                if not isinstance(exc, AnnotatorError):
                    raise
                log.warning("queued edit refused on retry: %s: %s", entry.description, exc)
                self.refused.append((entry, str(exc)))
            self.pending.pop(0)
        self.problem = None
        if len(self.refused) > refused and self.state is not None:
            document_id = self.state.document.id
            self.reload()
            self._notify([Change("reloaded", document_id)])
        for listener in self.saved_listeners:
            listener()
        return True

    def save_copy(self, target: str | Path) -> CopyReport:
        """Copy the database to `target` and write the queued edits into the copy.

        The queue stays: the original file still lacks those edits. Raises
        StoreError when the copy cannot be written.
        """
        from annotator.store.pending import open_copy

        target = Path(target)
        copy = open_copy(self.repo.db, target)
        report = CopyReport(target, 0)
        try:
            for entry in self.pending:
                try:
                    entry.run(copy)
                    report.applied += 1
                except AnnotatorError as exc:
                    report.refused.append(f"{entry.description}: {exc}")
        finally:
            copy.db.close()
        return report

    # -- applying facts -----------------------------------------------------------------

    def _apply(self, entry: Entry) -> None:
        changes: list[Change] = []
        elsewhere: dict[str, None] = {}  # documents not open whose spans changed, in order
        for fact in entry.facts():
            change = self._apply_fact(fact)
            if change is not None:
                changes.append(change)
            elif isinstance(fact, SpanFact) and not self.is_open(fact.document_id):
                elsewhere[fact.document_id] = None
        # One notice per such document (a search tags hits in many): its list row (span
        # count, status) is read again; nothing of it is held in memory.
        changes += [Change("spans", document_id) for document_id in elsewhere]
        if changes:
            self._notify(changes)

    def _apply_fact(self, fact: Fact) -> Change | None:
        state = self.state
        if isinstance(fact, Touched):
            return Change(fact.kind, fact.document_id)
        if isinstance(fact, StatusFact):
            return Change("status", fact.document_id, status=fact.after)
        if state is None or state.document.id != fact.document_id:
            return None
        if isinstance(fact, SpanFact):
            return self._apply_span(state, fact)
        if isinstance(fact, RelationFact):
            links = self._links if self._links_for is state else None
            if fact.before is not None:
                state.relations.pop(fact.before.id, None)
                if links is not None:
                    links.remove(fact.before.id)
            if fact.after is not None:
                state.relations[fact.after.id] = fact.after
                if links is not None:
                    links.add(fact.after)
            return Change("relations", fact.document_id)
        key = suggestion_id(fact.suggestion)
        if fact.shown:
            before = state.suggestions.get(key)
            state.suggestions[key] = fact.suggestion
            if before is fact.suggestion:
                return None
            went = () if before is None else (before,)
            return Change(
                "suggestions", fact.document_id, shown=(fact.suggestion,), hidden=went, partial=True
            )
        gone = state.suggestions.pop(key, None)
        if gone is None:
            return None
        return Change("suggestions", fact.document_id, hidden=(gone,), partial=True)

    def _apply_span(self, state: DocumentState, fact: SpanFact) -> Change | None:
        before, after = fact.before, fact.after
        if after is not None and after.annotator != self.annotator:
            return None  # another layer (gold): not shown in the analyst's document
        if after is None:
            assert before is not None
            if state.spans.pop(before.id, None) is None:
                return None
            return Change("span_removed", fact.document_id, before.id, before.start, before.end)
        state.spans[after.id] = after
        if before is None:
            return Change("span_added", fact.document_id, after.id, after.start, after.end)
        return Change("span_changed", fact.document_id, after.id, before.start, before.end)

    def _notify(self, changes: list[Change]) -> None:
        for listener in list(self.listeners):
            listener(changes)


class RegisterAnnotator(Edit):
    """Record the analyst's name in the database (idempotent; not undoable)."""

    title = "register the annotator"

    def __init__(self, name: str, kind: str = "human") -> None:
        if not name.strip():
            raise SchemaError("an annotator needs a name")
        self.name = name
        self.kind = kind

    def write(self, repo: Repository) -> None:
        repo.ensure_annotator(self.name, self.kind)

    def unwrite(self, repo: Repository) -> None:
        """Nothing: an annotator's name stays."""


__all__ = [
    "Change",
    "CopyReport",
    "DocumentState",
    "Edit",
    "EditService",
    "Entry",
    "Fact",
    "RegisterAnnotator",
    "RelationFact",
    "SpanFact",
    "StatusFact",
    "SuggestionFact",
    "Touched",
    "environment_problem",
    "is_suggestion_id",
    "suggestion_id",
]
