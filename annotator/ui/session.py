"""The open document for the window: Qt signals over the Qt-free `EditService`.

`Session` owns the one `EditService` of the window (repository, annotator,
the open document in memory, the queue of refused writes). Every edit runs
through `do`/`undo`/`redo` (the undo stack's commands call them); the
service's change notices become signals carrying ids and code-point ranges,
so views repaint only what changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

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


class Session(QObject):
    documentOpened = Signal(str)  # document id
    spanAdded = Signal(str)  # span id
    spanRemoved = Signal(str, int, int)  # span id, old start, old end
    spanChanged = Signal(str, int, int)  # span id, old start, old end
    relationsChanged = Signal()
    statusChanged = Signal(str, str)  # document id, status
    suggestionsChanged = Signal(str)  # document id
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
        return self.edits.spans()

    def span(self, span_id: str) -> Span | None:
        return self.edits.span(span_id)

    def relations(self) -> list[Relation]:
        return self.edits.relations()

    def speaker_of(self, quote_id: str) -> Span | None:
        return self.edits.speaker_of(quote_id)

    def suggestions(self) -> list[Suggestion]:
        return self.edits.suggestions()

    def suggestion(self, item_id: str | None) -> Suggestion | None:
        return self.edits.suggestion(item_id)

    def set_suggestions(self, document_id: str, suggestions: list[Suggestion]) -> None:
        self.edits.set_suggestions(document_id, suggestions)

    def open_document(self, document_id: str) -> None:
        if self.edits.open_document(document_id):
            self.documentOpened.emit(document_id)

    def reload(self) -> None:
        """Read the open document again (after a change made outside this session)."""
        document_id = self.document_id
        if document_id is None:
            return
        self.edits.reload()
        self.documentOpened.emit(document_id)

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
        for change in changes:
            kind = change.kind
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
                self.suggestionsChanged.emit(change.document_id)
            elif kind == "reloaded":
                assert change.document_id is not None
                self.documentOpened.emit(change.document_id)
            else:
                self.edited.emit(kind, change.document_id or "")
        if relations:
            self.relationsChanged.emit()
