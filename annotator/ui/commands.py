"""Undoable edits. Each command calls the same Session method the CLI's store call would,
records ids on its first redo(), and inverts itself in undo().

Undo and redo first open the document the command belongs to, so the analyst
always sees what is being undone, even after moving on to another article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from annotator.core.model import Relation, Span, new_id
from annotator.ui.session import Session

if TYPE_CHECKING:  # the rules compile many patterns; load them only when used
    from annotator.core.suggest import Suggestion


class _Command(QUndoCommand):
    def __init__(self, session: Session, document_id: str, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.document_id = document_id
        self._done_once = False

    def _focus(self) -> None:
        if self._done_once:
            self.session.open_document(self.document_id)


class AddSpanCommand(_Command):
    def __init__(self, session: Session, span: Span) -> None:
        super().__init__(session, span.document_id, f"Tag {span.label}")
        self.span = span
        self.stored: Span | None = None

    def redo(self) -> None:
        self._focus()
        if self.stored is None:
            self.stored = self.session.add_span(self.span)
        else:
            self.session.restore_span(self.stored, [])
        self._done_once = True

    def undo(self) -> None:
        self._focus()
        assert self.stored is not None
        self.session.delete_span(self.stored.id)


class DeleteSpanCommand(_Command):
    def __init__(self, session: Session, span: Span) -> None:
        super().__init__(session, span.document_id, f"Delete {span.label}")
        self.span_id = span.id
        self.deleted: tuple[Span, list[Relation]] | None = None

    def redo(self) -> None:
        self._focus()
        self.deleted = self.session.delete_span(self.span_id)
        self._done_once = True

    def undo(self) -> None:
        self._focus()
        assert self.deleted is not None
        span, relations = self.deleted
        self.session.restore_span(span, relations)


class UpdateSpanCommand(_Command):
    """Relabel, move an edge or edit attributes: whatever fields are given."""

    def __init__(self, session: Session, span: Span, text: str, **changes: Any) -> None:
        super().__init__(session, span.document_id, text)
        self.span_id = span.id
        self.changes = changes
        self.before = {
            "label": span.label,
            "start": span.start,
            "end": span.end,
            "attributes": dict(span.attributes),
        }

    def redo(self) -> None:
        self._focus()
        self.session.update_span(self.span_id, **self.changes)
        self._done_once = True

    def undo(self) -> None:
        self._focus()
        self.session.update_span(self.span_id, **self.before)


class AddRelationCommand(_Command):
    def __init__(
        self,
        session: Session,
        document_id: str,
        relation: Relation,
        replaces: Relation | None = None,
    ) -> None:
        super().__init__(session, document_id, f"Set {relation.type}")
        self.relation = relation
        self.replaces = replaces

    def redo(self) -> None:
        self._focus()
        if self.replaces is not None:
            self.session.delete_relation(self.replaces.id)
        self.session.add_relation(self.relation)
        self._done_once = True

    def undo(self) -> None:
        self._focus()
        self.session.delete_relation(self.relation.id)
        if self.replaces is not None:
            self.session.add_relation(self.replaces)


class DeleteRelationCommand(_Command):
    def __init__(self, session: Session, document_id: str, relation: Relation) -> None:
        super().__init__(session, document_id, f"Remove {relation.type}")
        self.relation = relation

    def redo(self) -> None:
        self._focus()
        self.session.delete_relation(self.relation.id)
        self._done_once = True

    def undo(self) -> None:
        self._focus()
        self.session.add_relation(self.relation)


class SetStatusCommand(_Command):
    def __init__(self, session: Session, document_id: str, status: str) -> None:
        super().__init__(session, document_id, f"Mark {status.replace('_', ' ')}")
        self.status = status
        self.previous: str | None = None

    def redo(self) -> None:
        previous = self.session.set_status(self.document_id, self.status)
        if self.previous is None:
            self.previous = previous
        self._done_once = True

    def undo(self) -> None:
        assert self.previous is not None
        self.session.set_status(self.document_id, self.previous)


class AcceptSuggestionCommand(_Command):
    """Accept a suggestion as the analyst's own span (provenance suggested-accepted).

    A suggested QUOTE brings its speaker: the analyst's ACTOR at the proposed
    extent is linked, and created first when the analyst has none there.
    """

    def __init__(
        self,
        session: Session,
        document_id: str,
        suggestion: Suggestion,
        span: Span,
        speaker: Span | None,
        speaker_is_new: bool,
    ) -> None:
        super().__init__(session, document_id, f"Accept suggested {span.label}")
        self.suggestion = suggestion
        self.span = span
        self.speaker = speaker
        self.speaker_is_new = speaker_is_new
        self.relation: Relation | None = None
        if speaker is not None:
            self.relation = Relation(new_id(), span.id, speaker.id, "speaker", span.annotator)
        self.stored: list[Span] = []

    def _hidden(self) -> list[Suggestion]:
        hidden = [self.suggestion]
        if self.speaker is not None and self.speaker_is_new:
            for other in self.session.suggestions():
                if (other.start, other.end, other.label) == (
                    self.speaker.start,
                    self.speaker.end,
                    "ACTOR",
                ):
                    hidden.append(other)
        return hidden

    def redo(self) -> None:
        self._focus()
        self.hidden = self._hidden()
        created = [self.span]
        if self.speaker is not None and self.speaker_is_new:
            created.insert(0, self.speaker)
        if not self.stored:
            self.stored = [self.session.add_span(span) for span in created]
        else:
            for span in self.stored:
                self.session.restore_span(span, [])
        if self.relation is not None:
            self.relation = self.session.add_relation(self.relation)
        for suggestion in self.hidden:
            self.session.drop_suggestion(self.document_id, suggestion)
        self._done_once = True

    def undo(self) -> None:
        self._focus()
        if self.relation is not None:
            self.session.delete_relation(self.relation.id)
        for span in reversed(self.stored):
            self.session.delete_span(span.id)
        for suggestion in self.hidden:
            self.session.restore_suggestion(self.document_id, suggestion)


class RejectSuggestionCommand(_Command):
    def __init__(self, session: Session, document_id: str, suggestion: Suggestion) -> None:
        super().__init__(session, document_id, f"Reject suggested {suggestion.label}")
        self.suggestion = suggestion

    def redo(self) -> None:
        self._focus()
        self.session.reject_suggestion(self.document_id, self.suggestion)
        self._done_once = True

    def undo(self) -> None:
        self._focus()
        self.session.unreject_suggestion(self.document_id, self.suggestion)
