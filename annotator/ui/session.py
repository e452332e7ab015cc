"""The open document and the one path every edit takes.

`Session` owns the repository, the annotator's name and the current
document's spans in memory. Every change, whether from a key, a button, a
table edit or an undo, goes through its methods, which write to SQLite at once
(one transaction each) and then emit signals carrying ids and code-point
ranges so that views repaint only what changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from annotator.core.model import Document, Relation, Span
from annotator.store.repository import Repository

SUGGESTION_PREFIX = "suggestion:"

if TYPE_CHECKING:  # the rules compile many patterns; load them only when used
    from annotator.core.suggest import Suggestion


def suggestion_id(suggestion: Suggestion) -> str:
    """A display id for a suggestion: it is not a stored span until accepted."""
    return f"{SUGGESTION_PREFIX}{suggestion.start}:{suggestion.end}:{suggestion.label}"


def is_suggestion_id(item_id: str | None) -> bool:
    return bool(item_id) and str(item_id).startswith(SUGGESTION_PREFIX)


def suggestion_span(document_id: str, suggestion: Suggestion) -> Span:
    """A suggestion dressed as a span for the views (provenance 'suggested', not stored)."""
    return Span(
        id=suggestion_id(suggestion),
        document_id=document_id,
        start=suggestion.start,
        end=suggestion.end,
        label=suggestion.label,
        annotator="suggester",
        attributes=dict(suggestion.attributes),
        provenance="suggested",
    )


@dataclass
class DocumentState:
    document: Document
    spans: dict[str, Span]
    relations: dict[str, Relation]
    suggestions: dict[str, Suggestion] = field(default_factory=dict)


class Session(QObject):
    documentOpened = Signal(str)  # document id
    spanAdded = Signal(str)  # span id
    spanRemoved = Signal(str, int, int)  # span id, old start, old end
    spanChanged = Signal(str, int, int)  # span id, old start, old end
    relationsChanged = Signal()
    statusChanged = Signal(str, str)  # document id, status
    suggestionsChanged = Signal(str)  # document id
    saved = Signal()

    def __init__(self, repo: Repository, annotator: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.annotator = annotator
        repo.ensure_annotator(annotator)
        self.state: DocumentState | None = None

    # -- reading -----------------------------------------------------------------

    @property
    def document(self) -> Document | None:
        return self.state.document if self.state else None

    @property
    def document_id(self) -> str | None:
        return self.state.document.id if self.state else None

    def spans(self) -> list[Span]:
        """This annotator's spans in the open document, by start then longest first."""
        if self.state is None:
            return []
        return sorted(self.state.spans.values(), key=lambda s: (s.start, -s.end, s.id))

    def span(self, span_id: str) -> Span | None:
        return self.state.spans.get(span_id) if self.state else None

    def relations(self) -> list[Relation]:
        return list(self.state.relations.values()) if self.state else []

    def speaker_of(self, quote_id: str) -> Span | None:
        if self.state is None:
            return None
        for relation in self.state.relations.values():
            if relation.head_id == quote_id and relation.type == "speaker":
                return self.state.spans.get(relation.tail_id)
        return None

    def suggestions(self) -> list[Suggestion]:
        """Open suggestions for this document, in text order (not yet accepted or rejected)."""
        if self.state is None:
            return []
        return sorted(self.state.suggestions.values(), key=lambda s: (s.start, -s.end, s.label))

    def suggestion(self, item_id: str | None) -> Suggestion | None:
        if self.state is None or not item_id:
            return None
        return self.state.suggestions.get(item_id)

    def set_suggestions(self, document_id: str, suggestions: list[Suggestion]) -> None:
        """Show `suggestions` for the open document, minus what the analyst already tagged."""
        if not self._is_open(document_id):
            return
        assert self.state is not None
        have = {(s.start, s.end, s.label) for s in self.state.spans.values()}
        self.state.suggestions = {
            suggestion_id(s): s for s in suggestions if (s.start, s.end, s.label) not in have
        }
        self.suggestionsChanged.emit(document_id)

    def drop_suggestion(self, document_id: str, suggestion: Suggestion) -> None:
        if self._is_open(document_id):
            assert self.state is not None
            if self.state.suggestions.pop(suggestion_id(suggestion), None) is not None:
                self.suggestionsChanged.emit(document_id)

    def restore_suggestion(self, document_id: str, suggestion: Suggestion) -> None:
        if self._is_open(document_id):
            assert self.state is not None
            self.state.suggestions[suggestion_id(suggestion)] = suggestion
            self.suggestionsChanged.emit(document_id)

    def reject_suggestion(self, document_id: str, suggestion: Suggestion) -> None:
        """Remember that the analyst rejected it (never shown again for this document)."""
        self.repo.reject_suggestion(
            document_id, suggestion.start, suggestion.end, suggestion.label, self.annotator
        )
        self.drop_suggestion(document_id, suggestion)
        self.saved.emit()

    def unreject_suggestion(self, document_id: str, suggestion: Suggestion) -> None:
        self.repo.unreject_suggestion(
            document_id, suggestion.start, suggestion.end, suggestion.label, self.annotator
        )
        self.restore_suggestion(document_id, suggestion)
        self.saved.emit()

    def open_document(self, document_id: str) -> None:
        if self.document_id == document_id:
            return
        document = self.repo.document(document_id)
        spans = {s.id: s for s in self.repo.spans(document_id, [self.annotator])}
        relations = {
            r.id: r
            for r in self.repo.relations(document_id)
            if r.head_id in spans and r.tail_id in spans
        }
        self.state = DocumentState(document, spans, relations)
        self.documentOpened.emit(document_id)

    def reload(self) -> None:
        """Read the open document again (after a change made outside this session)."""
        if self.state is None:
            return
        document_id = self.state.document.id
        self.state = None
        self.open_document(document_id)

    # -- writing: every method is one transaction ----------------------------------

    def _is_open(self, document_id: str) -> bool:
        return self.state is not None and self.state.document.id == document_id

    def add_span(self, span: Span) -> Span:
        stored = self.repo.add_span(span)
        if self._is_open(stored.document_id):
            assert self.state is not None
            self.state.spans[stored.id] = stored
            self.spanAdded.emit(stored.id)
        self.saved.emit()
        return stored

    def delete_span(self, span_id: str) -> tuple[Span, list[Relation]]:
        span, relations = self.repo.delete_span(span_id, by=self.annotator)
        if self._is_open(span.document_id):
            assert self.state is not None
            self.state.spans.pop(span_id, None)
            for relation in relations:
                self.state.relations.pop(relation.id, None)
            self.spanRemoved.emit(span_id, span.start, span.end)
            if relations:
                self.relationsChanged.emit()
        self.saved.emit()
        return span, relations

    def restore_span(self, span: Span, relations: list[Relation]) -> None:
        self.repo.restore_span(span, relations, by=self.annotator)
        if self._is_open(span.document_id):
            assert self.state is not None
            self.state.spans[span.id] = span
            for relation in relations:
                self.state.relations[relation.id] = relation
            self.spanAdded.emit(span.id)
            if relations:
                self.relationsChanged.emit()
        self.saved.emit()

    def update_span(self, span_id: str, **changes: Any) -> Span:
        old = self.repo.span(span_id)
        new = self.repo.update_span(span_id, by=self.annotator, **changes)
        if self._is_open(new.document_id):
            assert self.state is not None
            self.state.spans[span_id] = new
            self.spanChanged.emit(span_id, old.start, old.end)
        self.saved.emit()
        return new

    def add_relation(self, relation: Relation) -> Relation:
        stored = self.repo.add_relation(relation)
        if self.state is not None and stored.head_id in self.state.spans:
            self.state.relations[stored.id] = stored
            self.relationsChanged.emit()
        self.saved.emit()
        return stored

    def delete_relation(self, relation_id: str) -> Relation:
        relation = self.repo.delete_relation(relation_id, by=self.annotator)
        if self.state is not None and self.state.relations.pop(relation_id, None) is not None:
            self.relationsChanged.emit()
        self.saved.emit()
        return relation

    def set_status(self, document_id: str, status: str) -> str:
        previous = self.repo.set_status(document_id, self.annotator, status)
        self.statusChanged.emit(document_id, status)
        self.saved.emit()
        return previous
