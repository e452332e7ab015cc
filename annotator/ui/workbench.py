"""Which controller a key acts through: review mode, a suggestion, or the analyst's spans.

`Workbench` is the one place that routes the mode-dependent keys (label keys,
Enter, Backspace, N / P, a click on the article, Ctrl+Enter, opening a
document) to the review, suggestions or annotation controller, so that a key
always acts on the current object the status bar names.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from annotator.store import review
from annotator.ui.annotation import AnnotationController
from annotator.ui.review_controller import ReviewController
from annotator.ui.session import Session
from annotator.ui.suggestions_controller import SuggestionsController


class Workbench(QObject):
    def __init__(
        self,
        session: Session,
        annotation: AnnotationController,
        suggestions: SuggestionsController,
        reviewing: ReviewController,
    ) -> None:
        super().__init__(annotation)
        self.session = session
        self.annotation = annotation
        self.suggestions = suggestions
        self.review = reviewing

    def document_opened(self, document_id: str) -> None:
        # The suggestions first: a long article's share for the worker processes goes
        # out before it is shown, so they work beside the rest of the open (issue 16).
        wants_suggestions = not self.review.active and self.suggestions.enabled
        if wants_suggestions:
            self.suggestions.compute_when_painted(document_id)
        self.annotation.show_document()
        if self.review.active:
            self.review.refresh()

    def label_key(self, label_name: str) -> None:
        """1/2/3: accept into gold (review), accept a suggestion as it, or tag/relabel."""
        if self.review.active:
            self.review.label_key(label_name)
        elif self.suggestions.current() is not None:
            self.suggestions.accept(label_name)
        else:
            self.annotation.apply_label(label_name)

    def digit_key(self, digit: int, repeated: bool = False) -> bool:
        """A plain digit 1-9 before its shortcut: in review mode it picks that version
        (`ReviewController.digit_key`); elsewhere it acts as the keymap says. Returns
        whether the key was taken."""
        return self.review.active and self.review.digit_key(digit, repeated)

    def accept_key(self) -> None:
        """Enter: accept the cluster (review) or the suggestion; on a span, show it."""
        if self.review.active:
            self.review.accept()
        elif self.suggestions.current() is None and self.annotation.selected_span() is not None:
            self.annotation.show_current()
        else:
            self.suggestions.accept()

    def reject_key(self) -> None:
        """Backspace: reject the cluster (review) or the suggestion, else delete the span.

        Which of these happens depends only on the current object, which the status
        bar names; a suggestion and a span are never both current.
        """
        if self.review.active:
            self.review.reject()
        elif self.suggestions.current() is not None:
            self.suggestions.reject()
        elif self.annotation.selected_span() is not None:
            self.annotation.delete_selected()
        else:
            steps = self.annotation.keys.either("next_suggestion", "next_span")
            self.annotation.say(
                f"Nothing selected: click a span{f' or step with {steps}' if steps else ''}.",
                3000,
            )

    def delete_key(self) -> None:
        """Delete: delete the current span; a current suggestion is rejected (not stored)."""
        if not self.review.active and self.suggestions.current() is not None:
            self.suggestions.reject()
        else:
            self.annotation.delete_selected()

    def escape_key(self) -> None:
        self.annotation.escape()

    def step_key(self, step: int) -> None:
        if self.review.active:
            self.review.step(step)
        else:
            self.suggestions.step(step)

    def span_clicked(self, item_id: str) -> None:
        if self.review.active:
            self.review.span_clicked(item_id)
        else:
            self.annotation.span_clicked(item_id)

    def done_key(self) -> str | None:
        """Ctrl+Enter: mark the document done (review: its gold layer); returns the next one."""
        current = self.session.document_id
        if current is None:
            return None
        repo = self.session.repo
        if self.review.active:
            self.review.mark_reviewed(current)
            target = repo.next_not_done(current, review.gold_annotator_name(repo))
            if not target:
                self.annotation.say("Every document is reviewed.", 6000)
            return target
        from annotator.services.operations import SetStatus

        self.annotation.push(SetStatus(current, "done"))
        target = repo.next_not_done(current, self.session.annotator)
        if not target:
            self.annotation.say("Every document is done. Well done!", 6000)
        return target
