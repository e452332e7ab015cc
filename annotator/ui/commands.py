"""Undoable edits. Each command calls the same Session method the CLI's store call would,
records ids on its first redo(), and inverts itself in undo().

Undo and redo first open the document the command belongs to, so the analyst
always sees what is being undone, even after moving on to another article.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from annotator.core.model import Relation, Span
from annotator.ui.session import Session


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
