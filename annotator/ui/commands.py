"""The undo stack's commands: thin Qt adapters over the edit service's `Edit`s.

`EditCommand` runs its edit through the Session on redo() and reverses it on
undo(); the edit itself (annotator.services.operations) knows what to write
and what to show. Undo and redo first open the document the edit belongs to,
so the analyst always sees what is being undone, even after moving on to
another article (corpus-wide edits that touch many documents do not).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QHelpEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QToolTip, QWidget

from annotator.core.errors import AnnotatorError
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
        # A user error the first write meets (a review decision another program made
        # first): kept here for `push`, which raises it once the stack has dropped us.
        self.refused: list[AnnotatorError] = []

    def _focus(self) -> None:
        document_id = self.edit.document_id
        if self._done_once and document_id is not None and self.edit.opens_document:
            self.session.open_document(document_id)

    def redo(self) -> None:
        self._focus()
        if self._done_once:
            self.session.redo(self.edit)
        else:
            try:
                self.session.do(self.edit)
            except AnnotatorError as exc:
                # Nothing was written. An exception cannot cross Qt's call of redo():
                # an obsolete command is dropped by push() instead of kept for Undo.
                self.refused.append(exc)
                self.setObsolete(True)
                return
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
    refused = command.refused  # the stack deletes a refused command
    stack.push(command)
    if refused:
        raise refused[0]
    return command


class UndoTips(QObject):
    """Tooltips that name what Undo and Redo would undo, read when the tooltip shows.

    The undo stack's own actions rename themselves on every edit; copying their
    text into a toolbar button's tooltip at each change made the button and its
    toolbar lay out and repaint at every key press.
    """

    def __init__(self, buttons: dict[QWidget, QAction], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.buttons = buttons
        for button in buttons:
            button.installEventFilter(self)

    def text(self, button: QWidget) -> str:
        """The tooltip `button` shows now: its action's text without the accelerator."""
        return self.buttons[button].text().replace("&", "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ToolTip
            and isinstance(watched, QWidget)
            and isinstance(event, QHelpEvent)
            and watched in self.buttons
        ):
            QToolTip.showText(event.globalPos(), self.text(watched), watched)
            return True
        return False
