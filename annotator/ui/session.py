"""The open document for the window: Qt signals over the Qt-free `EditService`.

`Session` owns the one `EditService` of the window (repository, annotator,
the open document in memory, the queue of refused writes). Every edit runs
through `do`/`undo`/`redo` (the undo stack's commands call them); the
service's change notices become signals carrying ids and code-point ranges,
so views repaint only what changed.
"""

from __future__ import annotations

import gc
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from annotator.core.chunked import ChunkedList
from annotator.core.collector import collect_closed
from annotator.core.collector import freeze as freeze_collector
from annotator.core.collector import freeze_opened as freeze_opened_document
from annotator.core.document_spans import span_positions
from annotator.core.model import Document, Relation, Span
from annotator.services.edits import (
    Change,
    DocumentState,
    Edit,
    EditService,
    is_suggestion_id,
    suggestion_id,
)
from annotator.services.operations import DeleteSpan, SetStatus, TagSpan, UpdateSpan
from annotator.store.repository import Repository

if TYPE_CHECKING:  # the rules compile many patterns; load them only when used
    from annotator.core.suggest import Suggestion

__all__ = ["Session", "is_suggestion_id", "suggestion_id", "suggestion_span"]


def suggestion_span(document_id: str, suggestion: Suggestion, key: str | None = None) -> Span:
    """A suggestion dressed as a span for the views (provenance 'suggested', not stored);
    `key`: its `suggestion_id`, when the caller has it."""
    return Span(
        id=suggestion_id(suggestion) if key is None else key,
        document_id=document_id,
        start=suggestion.start,
        end=suggestion.end,
        label=suggestion.label,
        annotator="suggester",
        attributes=dict(suggestion.attributes),
        provenance="suggested",
    )


@contextmanager
def collection_paused() -> Iterator[None]:
    """Run the block without Python's cyclic garbage collector.

    Opening a long article makes hundreds of thousands of objects at once (its
    spans, the session's index, the views' indexes): each few hundred of them
    start a collection, and the full ones walk every object of the program,
    about a third of opening an article with 50,000 spans (bench/bench_gui.py).
    None of them is garbage; the collector runs once, afterwards.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _folded(text: str, suggestion: Suggestion) -> str:
    return " ".join(text[suggestion.start : suggestion.end].split())


def _text_order(suggestion: Suggestion) -> tuple[int, int]:
    return (suggestion.start, -suggestion.end)


def name_index(
    text: str, suggestions: Iterable[Suggestion], label: str
) -> dict[str, list[Suggestion]]:
    """The suggestions of `label` by their text with whitespace folded, each list in text
    order: what an ACTOR key looks its type up in (`Session.suggestions_named`). Pure
    Python, no Qt: a suggestion job builds it in its worker thread."""
    by_text: dict[str, list[Suggestion]] = {}
    for suggestion in suggestions:
        if suggestion.label == label:
            by_text.setdefault(_folded(text, suggestion), []).append(suggestion)
    for same in by_text.values():
        same.sort(key=_text_order)
    return by_text


_LOW = (1 << 32) - 1  # an end offset in Session._keys


class Session(QObject):
    documentOpened = Signal(str)  # document id
    # document id: it is let go (another opens next); the views drop what they show of it
    documentClosing = Signal(str)
    spanAdded = Signal(str)  # span id
    spanRemoved = Signal(str, int, int)  # span id, old start, old end
    spanChanged = Signal(str, int, int)  # span id, old start, old end
    relationsChanged = Signal()
    statusChanged = Signal(str, str)  # document id, status
    suggestionsChanged = Signal(str)  # document id: any of its suggestions may have changed
    # document id, the suggestions that appeared, those that went (lists of Suggestion)
    suggestionsEdited = Signal(str, list, list)
    edited = Signal(str, str)  # kind (review, comments, actors, problems), document id or ""
    saved = Signal()  # a write reached the file
    queued = Signal()  # a write was refused and kept in memory

    def __init__(self, repo: Repository, annotator: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.annotator = annotator
        self.edits = EditService(repo, annotator)
        self.edits.listeners.append(self._changed)
        self.edits.saved_listeners.append(self.saved.emit)
        self.edits.queued_listeners.append(self.queued.emit)
        # The open document's spans in text order, kept up to date from the change
        # notices so that a key press never sorts or scans every span (issue 16).
        self._indexed: DocumentState | None = None
        # (start, -end, id), in chunks: a tag or a delete moves one chunk of entries,
        # not every entry after it (issue 16).
        self._order: ChunkedList[tuple[int, int, str]] = ChunkedList()
        # id -> start << 32 | end: plain ints, so that the garbage collector never tracks
        # this dict. With tuples, each tag's new one made it tracked again, young, and a
        # young collection inside a key press walked all of it (about half of 5.7 M
        # instructions at 50,000 spans, issue 16). Offsets stay below 2**32.
        self._keys: dict[str, int] = {}
        self._labels: dict[str, str] = {}
        self._counts: Counter[str] = Counter()
        # Suggestions shown, by label and then by their text with whitespace folded, in
        # text order: what an ACTOR key looks up its type in, made once for a document's
        # suggestions and kept through the ones a propagation adds (issue 16).
        self._named: dict[str, dict[str, list[Suggestion]]] | None = None
        self._named_for: DocumentState | None = None

    # -- running edits -------------------------------------------------------------

    def prepare(self, edit: Edit) -> Edit:
        """Compute `edit`'s result now (raises AnnotatorError for a user error)."""
        return self.edits.prepare(edit)

    def do(self, edit: Edit) -> Edit:
        return self.edits.do(edit)

    def undo(self, edit: Edit) -> None:
        self.edits.undo(edit)

    def redo(self, edit: Edit) -> None:
        self.edits.redo(edit)

    # -- reading -----------------------------------------------------------------

    @property
    def state(self) -> DocumentState | None:
        return self.edits.state

    @property
    def document(self) -> Document | None:
        return self.edits.document

    @property
    def document_id(self) -> str | None:
        return self.edits.document_id

    def spans(self) -> list[Span]:
        """The open document's spans by start, longest first (no sort: an index)."""
        state = self._index()
        if state is None:
            return []
        return [state.spans[key[2]] for key in self._order]

    def spans_by_id(self) -> Mapping[str, Span]:
        """The open document's spans by id, not to be changed (a view copies it); a
        document just read makes each Span when first asked for (`DocumentSpans`)."""
        state = self._index()
        return state.spans if state is not None else {}

    def span_keys(self) -> list[tuple[int, int, str]]:
        """The open document's spans as (start, -end, id), in the order of `spans()`."""
        return list(self._order) if self._index() is not None else []

    def span_labels(self) -> dict[str, str]:
        """The open document's span labels by id (a copy, from the index)."""
        return dict(self._labels) if self._index() is not None else {}

    def suggestion_count(self) -> int:
        state = self.edits.state
        return len(state.suggestions) if state is not None else 0

    def extents(self, label: str) -> list[tuple[int, int]]:
        """(start, end) of the open document's spans of `label`, from the index (no Span
        is made: a long article just opened holds its spans as rows)."""
        if self._index() is None:
            return []
        labels = self._labels
        return [(start, -end) for start, end, span_id in self._order if labels[span_id] == label]

    def span_count(self) -> int:
        state = self._index()
        return len(state.spans) if state is not None else 0

    def label_counts(self) -> dict[str, int]:
        """How many spans of each label the open document has."""
        self._index()
        return {label: n for label, n in self._counts.items() if n}

    def find_span(self, start: int, end: int, label: str) -> Span | None:
        """The open document's span over exactly [start, end) with `label`, if any."""
        state = self._index()
        if state is None:
            return None
        at = self._order.bisect_left((start, -end, ""))
        while at < len(self._order) and self._order[at][:2] == (start, -end):
            span = state.spans[self._order[at][2]]
            if span.label == label:
                return span
            at += 1
        return None

    def spans_with_extent(self, start: int, end: int) -> list[Span]:
        """The open document's spans over exactly [start, end), any label (a bisection:
        no Span is made for the others)."""
        state = self._index()
        if state is None:
            return []
        found = []
        at = self._order.bisect_left((start, -end, ""))
        while at < len(self._order) and self._order[at][:2] == (start, -end):
            found.append(state.spans[self._order[at][2]])
            at += 1
        return found

    def step_from(self, span_id: str | None, offset: int, step: int) -> Span | None:
        """The span after (step 1) or before (-1) `span_id`, or after/before `offset` when
        `span_id` is not a span; wraps around; None when there are no spans."""
        state = self._index()
        if state is None or not self._order:
            return None
        key = self._key(span_id) if span_id else None
        if key is not None:
            at = (self._order.bisect_left(key) + step) % len(self._order)
        elif step > 0:
            at = self._order.bisect_left((offset, -(10**12), "")) % len(self._order)
        else:
            at = self._order.bisect_left((offset, -(10**12), "")) - 1
        return state.spans[self._order[at][2]]

    def _index(self) -> DocumentState | None:
        state = self.edits.state
        if state is not None and (
            self._indexed is not state or len(self._order) != len(state.spans)
        ):
            self._rebuild(state)
        return state

    def _rebuild(self, state: DocumentState) -> None:
        # From positions: a document just read makes no Span for this (DocumentSpans).
        positions = list(span_positions(state.spans))
        self._keys = {p[0]: p[1] << 32 | p[2] for p in positions}
        self._order = ChunkedList(sorted([(p[1], -p[2], p[0]) for p in positions]))
        self._labels = {p[0]: p[3] for p in positions}
        self._counts = Counter(self._labels.values())
        self._indexed = state

    def _key(self, span_id: str) -> tuple[int, int, str] | None:
        """(start, -end, id) of the open document's span `span_id` (its place in the
        order), from the index; None when it has no such span."""
        packed = self._keys.get(span_id)
        return None if packed is None else (packed >> 32, -(packed & _LOW), span_id)

    def _unindex(self, span_id: str) -> None:
        key = self._key(span_id)
        self._keys.pop(span_id, None)
        if key is not None:
            at = self._order.bisect_left(key)
            if at < len(self._order) and self._order[at] == key:
                del self._order[at]
        label = self._labels.pop(span_id, None)
        if label is not None:
            self._counts[label] -= 1

    def _reindex(self, change: Change) -> None:
        """Follow one span notice in the index (rebuilt instead when it is not current)."""
        state = self.edits.state
        if state is None or change.span_id is None:
            return
        if self._indexed is not state:
            self._rebuild(state)
            return
        span = state.spans.get(change.span_id)
        if (
            span is not None
            and change.kind == "span_changed"
            and self._keys.get(span.id) == span.start << 32 | span.end
        ):
            # Same offsets (a relabel, new attributes): its place in the order stays; a
            # removal and a new insert each moved the entries after it (issue 16).
            label = self._labels.get(span.id)
            if label != span.label:
                if label is not None:
                    self._counts[label] -= 1
                self._labels[span.id] = span.label
                self._counts[span.label] += 1
            return
        self._unindex(change.span_id)
        if span is not None and change.kind != "span_removed":
            key = (span.start, -span.end, span.id)
            self._order.insert(self._order.bisect_right(key), key)
            self._keys[span.id] = span.start << 32 | span.end
            self._labels[span.id] = span.label
            self._counts[span.label] += 1
        if len(self._order) != len(state.spans):
            self._rebuild(state)

    def span(self, span_id: str) -> Span | None:
        return self.edits.span(span_id)

    def relations(self) -> list[Relation]:
        return self.edits.relations()

    def relations_at(self, span_id: str) -> tuple[list[Relation], list[Relation]]:
        """The open document's relations whose head is `span_id`, and those whose tail is
        (each in the order they were made); found in an index, not by a pass over all."""
        return self.edits.relations_at(span_id)

    def relations_touching(self, span_id: str) -> list[Relation]:
        """The open document's relations with `span_id` at either end, in their order."""
        return self.edits.relations_touching(span_id)

    def extent(self, span_id: str) -> tuple[int, int] | None:
        """(start, end) of the open document's span `span_id` in code points, from the
        index (no Span is made); None when it has no such span."""
        self._index()
        packed = self._keys.get(span_id)
        return None if packed is None else (packed >> 32, packed & _LOW)

    def speaker_of(self, quote_id: str) -> Span | None:
        for relation in self.relations_at(quote_id)[0]:
            if relation.type == "speaker":
                return self.span(relation.tail_id)
        return None

    def suggestions(self, *, ordered: bool = True) -> list[Suggestion]:
        return self.edits.suggestions(ordered=ordered)

    def suggestion(self, item_id: str | None) -> Suggestion | None:
        return self.edits.suggestion(item_id)

    def suggestions_by_id(self) -> Mapping[str, Suggestion]:
        """The open suggestions by id, as stored (read only)."""
        return self.edits.suggestions_by_id()

    def set_suggestions(
        self,
        document_id: str,
        suggestions: list[Suggestion],
        names: Mapping[str, dict[str, list[Suggestion]]] | None = None,
        ids: Sequence[str] | None = None,
    ) -> None:
        """Show `suggestions` for the open document (minus what is tagged); `names`: their
        `name_index` by label, and `ids` their `suggestion_id`s in order, when already
        made (off the GUI thread)."""
        # A long article's suggestions are hundreds of thousands of objects that live as
        # long as the document, made at once: no collection walks them as they are made
        # (four full ones, 0.2-0.6 s each, at 50,000 spans), and frozen, none while the
        # user types does either (issue 16).
        with collection_paused():
            self.edits.set_suggestions(document_id, suggestions, ids)
            state = self.edits.state
            if names and state is not None and state.document.id == document_id:
                self._named, self._named_for = dict(names), state
            # Before the collector is back: its first young collection would walk them.
            freeze_collector()

    def add_suggestions(self, document_id: str, more: list[Suggestion]) -> None:
        """Show `more` beside the suggestions shown, minus what is tagged already (looked
        up in the index: no pass over every span)."""
        self._index()
        self.edits.add_suggestions(document_id, more, tagged=self._tagged)

    def _tagged(self, start: int, end: int, label: str) -> bool:
        order, labels = self._order, self._labels
        at = order.bisect_left((start, -end, ""))
        while at < len(order) and order[at][:2] == (start, -end):
            if labels[order[at][2]] == label:
                return True
            at += 1
        return False

    def _name_shown(self, shown: list[Suggestion]) -> None:
        """Put suggestions just shown in the name index (those that went are left in it:
        a lookup keeps only the suggestions still shown)."""
        named, state = self._named, self.edits.state
        if named is None or state is None or self._named_for is not state:
            return
        text = state.document.text
        for suggestion in shown:
            by_text = named.get(suggestion.label)
            if by_text is None:
                continue
            same = by_text.setdefault(_folded(text, suggestion), [])
            key = _text_order(suggestion)
            at = bisect_left(same, key, key=_text_order)
            end = bisect_right(same, key, lo=at, key=_text_order)
            if all(other is not suggestion for other in same[at:end]):  # shown again
                same.insert(end, suggestion)

    def suggestions_named(self, label: str, text: str) -> list[Suggestion]:
        """The suggestions shown with `label` whose text, whitespace folded, is `text`
        (folded too), in text order; no pass over every suggestion once they are known."""
        return list(self.each_suggestion_named(label, text))

    def each_suggestion_named(self, label: str, text: str) -> Iterator[Suggestion]:
        """`suggestions_named`, one at a time: a caller that stops at the first it wants
        looks at no more (a name can have thousands of mentions in a long article, and
        an ACTOR key wants the first with a type). The index is made by this call; the
        suggestions shown are not to change while the caller iterates."""
        state = self.edits.state
        if state is None:
            return iter(())
        if self._named is None or self._named_for is not state:
            self._named, self._named_for = {}, state
        by_text = self._named.get(label)
        if by_text is None:
            by_text = name_index(state.document.text, state.suggestions.values(), label)
            self._named[label] = by_text
        shown = state.suggestions
        return (s for s in by_text.get(text, ()) if shown.get(suggestion_id(s)) is s)

    def open_document(self, document_id: str) -> None:
        """Open `document_id` (nothing happens when it is open already). The last one is
        let go first, here and by the views (`documentClosing`), so it goes by reference
        counting, and what it left (its cycles) is collected before the next is read, once
        the documents closed since the last collection add up to a long article's worth:
        that collection walks the program's own objects only, and none is due after the
        first paint (`collect_closed`, issue 16). Should the read fail, the last document
        is opened again."""
        closing = self.document_id
        if closing == document_id:
            return
        with collection_paused():
            if closing is not None:
                weight = self._weight()
                self._close(closing)
                collect_closed(weight)
            try:
                self.edits.open_document(document_id)
            except BaseException:
                if closing is not None:
                    self.edits.open_document(closing)
                    self.documentOpened.emit(closing)
                    freeze_collector()
                raise
            self.documentOpened.emit(document_id)
            if closing is None:
                freeze_opened_document()
            else:
                freeze_collector()  # nothing owed: collected as the last one closed

    def _weight(self) -> int:
        """How much the open document holds, for `collect_closed`: its text's length and
        about 200 for each span, relation and suggestion (the objects each makes here and
        in the views)."""
        state = self.edits.state
        if state is None:
            return 0
        items = len(state.spans) + len(state.relations) + len(state.suggestions)
        return len(state.document.text) + 200 * items

    def _close(self, document_id: str) -> None:
        """Let go of the open document: the views first (`documentClosing`), then this
        session's indexes and the state."""
        self.documentClosing.emit(document_id)
        self._named = self._named_for = None
        self._indexed = None
        self._order, self._keys, self._labels = ChunkedList(), {}, {}
        self._counts = Counter()
        self.edits.close_document()

    def reload(self) -> None:
        """Read the open document again (after a change made outside this session)."""
        document_id = self.document_id
        if document_id is None:
            return
        self._named = self._named_for = None
        with collection_paused():
            self.edits.reload()
            self.documentOpened.emit(document_id)
            freeze_opened_document()

    # -- edits without the undo stack (scripts, tests) ---------------------------------

    def add_span(self, span: Span) -> Span:
        edit = TagSpan(span)
        self.do(edit)
        return edit.span

    def delete_span(self, span_id: str) -> None:
        self.do(DeleteSpan(span_id))

    def update_span(self, span_id: str, **changes: Any) -> Span:
        edit = UpdateSpan(span_id, **changes)
        self.do(edit)
        return edit.new

    def set_status(self, document_id: str, status: str) -> None:
        self.do(SetStatus(document_id, status))

    # -- change notices -> signals ------------------------------------------------------

    def _changed(self, changes: list[Change]) -> None:
        relations = False
        # The suggestions that appeared and went in this batch (an accept-all hides
        # hundreds): told once, after the spans; None when all may have changed.
        shown: list[Suggestion] | None = []
        hidden: list[Suggestion] = []
        suggestions_of: str | None = None
        for change in changes:
            kind = change.kind
            if kind in ("span_added", "span_removed", "span_changed"):
                self._reindex(change)
            if kind == "span_added":
                assert change.span_id is not None
                self.spanAdded.emit(change.span_id)
            elif kind == "span_removed":
                assert change.span_id is not None
                self.spanRemoved.emit(change.span_id, change.start, change.end)
            elif kind == "span_changed":
                assert change.span_id is not None
                self.spanChanged.emit(change.span_id, change.start, change.end)
            elif kind == "relations":
                relations = True
            elif kind == "status":
                assert change.document_id is not None
                self.statusChanged.emit(change.document_id, change.status)
            elif kind == "suggestions":
                assert change.document_id is not None
                if suggestions_of not in (None, change.document_id):
                    self._suggestions_changed(suggestions_of, shown, hidden)
                    shown, hidden = [], []
                suggestions_of = change.document_id
                if change.partial and shown is not None:
                    shown += change.shown
                    hidden += change.hidden
                else:
                    shown = None
            elif kind == "reloaded":
                assert change.document_id is not None
                self._named = None
                self.documentOpened.emit(change.document_id)
            else:
                self.edited.emit(kind, change.document_id or "")
        if suggestions_of is not None:
            self._suggestions_changed(suggestions_of, shown, hidden)
        if relations:
            self.relationsChanged.emit()

    def _suggestions_changed(
        self, document_id: str, shown: list[Suggestion] | None, hidden: list[Suggestion]
    ) -> None:
        if shown is None:
            self._named = None
            self.suggestionsChanged.emit(document_id)
            return
        self._name_shown(shown)
        self.suggestionsEdited.emit(document_id, shown, hidden)
