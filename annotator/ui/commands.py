"""The undo stack's commands: thin Qt adapters over the edit service's `Edit`s.

`EditCommand` runs its edit through the Session on redo() and reverses it on
undo(); the edit itself (annotator.services.operations) knows what to write
and what to show. Undo and redo first open the document the edit belongs to,
so the analyst always sees what is being undone, even after moving on to
another article (corpus-wide edits that touch many documents do not).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from annotator.services.edits import Edit
from annotator.ui.session import Session

After = Callable[[], object] | None


class EditCommand(QUndoCommand):
    def __init__(self, session: Session, edit: Edit, after: After = None) -> None:
        session.prepare(edit)  # raises AnnotatorError before anything is pushed
        super().__init__(edit.title)
        self.session = session
        self.edit = edit
        self.after = after
        self._done_once = False

    def _focus(self) -> None:
        document_id = self.edit.document_id
        if self._done_once and document_id is not None and self.edit.opens_document:
            self.session.open_document(document_id)

    def redo(self) -> None:
        self._focus()
        if self._done_once:
            self.session.redo(self.edit)
        else:
            self.session.do(self.edit)
        self._done_once = True
        if self.after is not None:
            self.after()

    def undo(self) -> None:
        self._focus()
        self.session.undo(self.edit)
        if self.after is not None:
            self.after()


def push(stack: QUndoStack, session: Session, edit: Edit, after: After = None) -> EditCommand:
    """Prepare `edit` and push it (it runs at once). Raises AnnotatorError for a user error,
    with nothing pushed."""
    command = EditCommand(session, edit, after)
    stack.push(command)
    return command
