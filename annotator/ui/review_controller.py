"""Review mode: clusters of the annotators' versions, decisions into the gold layer, comments.

`ReviewController` is built with the session, the annotation
controller (current object, messages, edits), the suggestions controller
(shown again when review ends), the article view, the review panel and the
document list model (the window calls `refresh` after every undo or redo).
Every decision is an edit of the session's edit service,
so it is undoable and kept (and retried) when the file refuses the write.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox, QWidget

from annotator.core.snapping import snap_selection
from annotator.services.edits import Edit
from annotator.services.operations import (
    AcceptAllAgreed,
    AcceptCluster,
    AddComment,
    MarkGoldDone,
    RejectCluster,
)
from annotator.store import review
from annotator.ui.annotation import AnnotationController
from annotator.ui.article_view import ArticleView, ClusterMark
from annotator.ui.document_model import DocumentListModel
from annotator.ui.review_panel import CLASS_COLORS, ReviewPanel, agreement_dialog
from annotator.ui.session import Session
from annotator.ui.suggestions_controller import SuggestionsController

CLUSTER_PREFIX = "cluster:"


class ReviewController(QObject):
    def __init__(
        self,
        session: Session,
        annotation: AnnotationController,
        suggestions: SuggestionsController,
        article: ArticleView,
        panel: ReviewPanel,
        documents: DocumentListModel,
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(annotation)
        self.session = session
        self.repo = session.repo
        self.annotation = annotation
        self.suggestions = suggestions
        self.article = article
        self.panel = panel
        self.documents = documents
        self.dialog_parent = dialog_parent
        self.active = False
        self.annotators: list[str] = []
        self.items: list[Any] = []
        article.highlighter.colors.update(
            {name: QColor(color) for name, color in CLASS_COLORS.items()}
        )
        panel.annotatorsChanged.connect(self._annotators_chosen)
        panel.clusterActivated.connect(self.select_cluster)
        panel.acceptRequested.connect(lambda: self.accept())
        panel.rejectRequested.connect(self.reject)
        panel.acceptAllRequested.connect(self.accept_all)
        panel.agreementRequested.connect(self.show_agreement)
        panel.commentAdded.connect(self.add_comment)

    @property
    def selected_id(self) -> str | None:
        return self.annotation.selection.current

    def _push(self, edit: Edit) -> None:
        self.annotation.push(edit, self.refresh)

    # -- entering and leaving ----------------------------------------------------------

    def toggle(self, checked: bool) -> None:
        """Switch between annotating (own layer) and reviewing (comparing annotators)."""
        self.active = checked
        if checked:
            available = review.compared_annotators(self.repo)
            chosen = self.annotators or available
            self.annotators = [a for a in chosen if a in available]
            self.panel.set_annotators(available, self.annotators)
            self.documents.set_review(self.annotators)
            self.refresh()
            self.annotation.say(
                "Review mode: N / P step through disagreements; Enter accepts, Backspace "
                "rejects, a label key accepts with that label (or the selected text)."
            )
        else:
            self.documents.set_review(None)
            self.annotation.status_bar.clearMessage()
            document = self.session.document
            if document is not None:
                self.article.show_document(document.text, self.session.spans())
                self.suggestions.show(document.id)

    def _annotators_chosen(self, chosen: list[str]) -> None:
        self.annotators = chosen
        self.documents.set_review(chosen)
        self.refresh()

    # -- clusters ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the clusters of the open document and show them coloured by class."""
        document = self.session.document
        if not self.active or document is None:
            return
        current = self.selected_id
        self.items = review.review_clusters(self.repo, document.id, self.annotators)
        # The annotators' spans keep their label colours; the class is a margin marker.
        marks = [
            ClusterMark(
                f"{CLUSTER_PREFIX}{number}",
                item.cluster.start,
                item.cluster.end,
                item.cluster.kind,
                CLASS_COLORS["decided" if item.decided else item.cluster.kind],
                item.decided,
            )
            for number, item in enumerate(self.items)
        ]
        spans = [span for item in self.items for span in item.cluster.spans]
        self.article.show_review(document.text, spans, marks)
        self.panel.model.set_clusters(document.text, self.items)
        open_items = [i for i in self.items if not i.decided]
        disagreements = [i for i in open_items if i.cluster.kind != "agreed"]
        self.panel.summary.setText(
            f"{len(self.items)} clusters · {len(open_items)} undecided · "
            f"{len(disagreements)} disagreements left · "
            f"{len(self.items) - len(open_items)} decided"
        )
        self.panel.comment_model.setStringList(
            [f"{c.author}: {c.text}" for c in review.comments(self.repo, document.id)]
        )
        self.documents.refresh_review(document.id)
        if current and current.startswith(CLUSTER_PREFIX):
            number = int(current.split(":")[1])
            if number < len(self.items):
                self.select_cluster(number)

    def span_clicked(self, item_id: str) -> None:
        if item_id.startswith(CLUSTER_PREFIX):
            self.select_cluster(int(item_id.split(":")[1]))

    def select_cluster(self, number: int) -> None:
        if not 0 <= number < len(self.items):
            return
        self.annotation.selection.current = f"{CLUSTER_PREFIX}{number}"
        self.article.select_span(self.annotation.selection.current, scroll=True)
        self.panel.select_row(number)
        item = self.items[number]
        versions = "; ".join(f"{s.annotator}: {s.label}" for s in item.cluster.spans)
        self.annotation.say(
            f"{item.cluster.kind.replace('_', ' ')} — {versions}"
            + (" — decided" if item.decided else "")
        )

    def current_cluster(self) -> Any:
        current = self.selected_id
        if current and current.startswith(CLUSTER_PREFIX):
            number = int(current.split(":")[1])
            if number < len(self.items):
                return self.items[number]
        return None

    def step(self, step: int) -> None:
        """N / P: the next undecided disagreement (then any undecided cluster)."""
        items = self.items
        candidates = [
            i for i, item in enumerate(items) if not item.decided and item.cluster.kind != "agreed"
        ]
        candidates = candidates or [i for i, item in enumerate(items) if not item.decided]
        if not candidates:
            self.annotation.say("Nothing left to decide in this document.", 4000)
            return
        current = self.current_cluster()
        here = items.index(current) if current is not None else -1
        if step > 0:
            later = [i for i in candidates if i > here]
            target = later[0] if later else candidates[0]
        else:
            earlier = [i for i in candidates if i < here] if here >= 0 else candidates
            target = earlier[-1] if earlier else candidates[-1]
        self.select_cluster(target)

    # -- decisions -----------------------------------------------------------------------

    def _undecided(self, item: Any) -> list[str]:
        return [
            s.id
            for s in item.cluster.spans
            if not any(s.id in d.source_span_ids for d in item.decisions)
        ]

    def accept(self, label_name: str | None = None) -> None:
        """Accept the cluster's first version; a label or a text selection makes it an edit."""
        item = self.current_cluster()
        document = self.session.document
        if item is None or document is None:
            self.annotation.say("Step to a cluster with N first.", 3000)
            return
        undecided = self._undecided(item)
        if not undecided:
            self.annotation.say("Already decided; undo to change it.", 3000)
            return
        extent: dict[str, Any] = {}
        selection = self.article.selected_range()
        if selection is not None:
            start, end = snap_selection(
                document.text, *selection, label_name, words=self.annotation.snap_words
            )
            if start < end:
                extent = {"start": start, "end": end}
            self.article.clear_text_selection()
        self._push(AcceptCluster(document.id, undecided, label=label_name, **extent))
        self.step(1)

    def reject(self) -> None:
        item = self.current_cluster()
        document = self.session.document
        if item is None or document is None:
            return
        undecided = self._undecided(item)
        if not undecided:
            return
        self._push(RejectCluster(document.id, undecided))
        self.step(1)

    def accept_all(self) -> None:
        document = self.session.document
        if document is None or not self.active:
            return
        self._push(AcceptAllAgreed(document.id, list(self.annotators)))

    def mark_reviewed(self, document_id: str) -> None:
        """Mark the gold layer of `document_id` done (Ctrl+Enter in review mode)."""
        self._push(MarkGoldDone(document_id))

    def add_comment(self, text: str) -> None:
        document = self.session.document
        if document is None:
            return
        item = self.current_cluster()
        span_id = item.cluster.spans[0].id if item is not None else None
        self._push(AddComment(document.id, text, span_id))

    def show_agreement(self) -> None:
        annotators = self.annotators or review.compared_annotators(self.repo)
        if len(annotators) < 2:
            QMessageBox.information(
                self.dialog_parent,
                "Agreement",
                "Agreement needs the work of two or more annotators.",
            )
            return
        report = review.corpus_agreement(self.repo, annotators)
        self.agreement = agreement_dialog(self.dialog_parent, report, "Whole corpus")
        self.agreement.show()
