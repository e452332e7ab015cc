"""The open document and the one path every edit takes.

`Session` owns the repository, the annotator's name and the current
document's spans in memory. Every change, whether from a key, a button, a
table edit or an undo, goes through its methods, which write to SQLite at once
(one transaction each) and then emit signals carrying ids and code-point
ranges so that views repaint only what changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from annotator.core.model import Document, Relation, Span
from annotator.store.repository import Repository


@dataclass
class DocumentState:
    document: Document
    spans: dict[str, Span]
    relations: dict[str, Relation]


class Session(QObject):
    documentOpened = Signal(str)  # document id
    spanAdded = Signal(str)  # span id
    spanRemoved = Signal(str, int, int)  # span id, old start, old end
    spanChanged = Signal(str, int, int)  # span id, old start, old end
    relationsChanged = Signal()
    statusChanged = Signal(str, str)  # document id, status
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
        if self.state is not None and self.state.relations.pop(relation_id, None):
            self.relationsChanged.emit()
        self.saved.emit()
        return relation

    def set_status(self, document_id: str, status: str) -> str:
        previous = self.repo.set_status(document_id, self.annotator, status)
        self.statusChanged.emit(document_id, status)
        self.saved.emit()
        return previous
