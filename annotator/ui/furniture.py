"""Page furniture in the window: greyed in the article, marked or cleared by the analyst.

The ranges live in the `boilerplate` table (found at import and merge, see
store/boilerplate.py). Marking and clearing are `SetBoilerplate` edits: saved
at once, undoable, and the view follows every change (undo included).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from annotator.core.errors import AnnotatorError
from annotator.services.operations import SetBoilerplate
from annotator.store.boilerplate import boilerplate
from annotator.ui.article_view import ArticleView
from annotator.ui.commands import push
from annotator.ui.session import Session


class FurnitureController(QObject):
    """Keeps the article's grey page furniture in step with the database."""

    def __init__(
        self,
        session: Session,
        article: ArticleView,
        undo_stack: QUndoStack,
        say: Callable[[str], None],
        parent: QObject | None = None,
        *,
        undo_action: QAction | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_action = undo_action  # its key, read when said, names how to undo
        self.article = article
        self.undo_stack = undo_stack
        self.say = say
        # Text set apart from the constructor (see MainWindow._action: no QIcon type).
        self.mark_action = QAction(self)
        self.mark_action.setText("Mark selection as page furniture")
        self.mark_action.setStatusTip(
            "Grey the selected text as page furniture (newsletter promotions, share "
            "lines): no suggestions there, and `export --drop-boilerplate` leaves it out"
        )
        self.mark_action.triggered.connect(self.mark_selection)
        self.clear_action = QAction(self)
        self.clear_action.setText("Clear page furniture of this document")
        self.clear_action.triggered.connect(self.clear)
        article.documentShown.connect(self.refresh)
        session.edited.connect(self._edited)

    def refresh(self) -> None:
        document_id = self.session.document_id
        ranges = [] if document_id is None else boilerplate(self.session.repo, document_id)
        self.article.set_furniture(ranges)
        self.clear_action.setEnabled(bool(ranges))

    def _edited(self, kind: str, document_id: str) -> None:
        if kind == "boilerplate" and document_id == self.session.document_id:
            self.refresh()

    def _tell(self, message: str) -> None:
        self.say(message)

    def _undone_by(self) -> str:
        """ " (K undoes)" for the undo action's key in effect; "" when it has none."""
        if self.undo_action is None or not self.undo_action.shortcuts():
            return ""
        key = self.undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        return f" ({key} undoes)"

    def mark_selection(self) -> None:
        document_id = self.session.document_id
        chosen = self.article.selected_range()
        if document_id is None or chosen is None or chosen[0] >= chosen[1]:
            self._tell("Select the page furniture first, then mark it.")
            return
        ranges = [*boilerplate(self.session.repo, document_id), chosen]
        try:
            push(self.undo_stack, self.session, SetBoilerplate(document_id, ranges))
        except AnnotatorError as exc:
            self._tell(str(exc))
            return
        self._tell(f"Marked as page furniture{self._undone_by()}.")

    def clear(self) -> None:
        document_id = self.session.document_id
        if document_id is None:
            return
        try:
            push(self.undo_stack, self.session, SetBoilerplate(document_id, []))
        except AnnotatorError as exc:
            self._tell(str(exc))
            return
        self._tell(f"Page furniture cleared{self._undone_by()}.")
