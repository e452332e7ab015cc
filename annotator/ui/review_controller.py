"""Review mode: clusters of the annotators' versions, decisions into the gold layer, comments.

`ReviewController` is built with the session, the annotation
controller (current object, messages, edits), the suggestions controller
(shown again when review ends), the article view, the review panel and the
document list model (the window calls `refresh` after every undo or redo,
and `corpus_changed` when an import or merge brought in work).
Every decision is an edit of the session's edit service,
so it is undoable and kept (and retried) when the file refuses the write;
a decision or comment still waiting to be written is shown as pending.

Choosing is explicit: the panel shows the selected cluster's versions side by
side (annotators, label, attributes, the differing characters marked); the
key k (1, 2, ...) accepts version k; Enter accepts only where every version
is the same (one extent, one label) and otherwise says why it does nothing.
With fewer than two annotators who worked on the document there is nothing
to compare, and the panel says so instead of counting "disagreements".
A decision changes no span in the article: only the cluster markers and the
panel are repainted, never the text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

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
from annotator.ui.annotation import AnnotationController, short_text
from annotator.ui.article_view import ArticleView, ClusterMark
from annotator.ui.document_model import DocumentListModel
from annotator.ui.jobs import JobRunner
from annotator.ui.review_classes import CLASS_COLORS, CLASS_TEXT
from annotator.ui.session import Session
from annotator.ui.suggestions_controller import SuggestionsController
from annotator.ui.workers import Progress, on_own_connection

# core.agreement and the review panel are imported where they are used (review mode),
# never for the first frame.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from annotator.core.agreement import AgreementReport, Comparison
    from annotator.ui.review_panel import ReviewPanel

CLUSTER_PREFIX = "cluster:"


class ReviewController(QObject):
    def __init__(
        self,
        session: Session,
        annotation: AnnotationController,
        suggestions: SuggestionsController,
        article: ArticleView,
        panel: Callable[[], ReviewPanel],
        documents: DocumentListModel,
        dialog_parent: QWidget,
        jobs: JobRunner | None = None,
    ) -> None:
        super().__init__(annotation)
        self.jobs = jobs  # agreement over the corpus runs there (None: on this thread)
        self.agreement: QDialog | None = None
        self.session = session
        self.repo = session.repo
        self.annotation = annotation
        self.suggestions = suggestions
        self.article = article
        self._make_panel = panel
        self._panel: ReviewPanel | None = None
        self.documents = documents
        self.dialog_parent = dialog_parent
        self.active = False
        self.annotators: list[str] = []
        self.available: list[str] = []
        self.items: list[Any] = []
        self.overview: review.DocumentReview | None = None
        self.pending: dict[int, str] = {}  # cluster number -> decision not yet written
        self._number_of: dict[str, int] = {}  # span id -> its cluster's number
        self._reselect = True  # after a decision, select its cluster again (not when stepping)
        self._queued = 0  # queued writes at the last refresh
        self._by_command = False  # a review command refreshed before the undo stack moved
        self.label_colors = {
            name: QColor(color) for name, color in article.highlighter.colors.items()
        }
        article.highlighter.colors.update(
            {name: QColor(color) for name, color in CLASS_COLORS.items()}
        )
        annotation.describe_other = self.describe
        # A queued decision is written later: show it as saved once it is.
        session.saved.connect(self._writes_changed)
        session.queued.connect(self._writes_changed)

    @property
    def panel(self) -> ReviewPanel:
        """The review panel, made by `panel()` and connected the first time it is needed.

        Only review mode needs it: the window's first frame neither shows nor
        builds it, nor loads its module (about 1.5% of the start-up, issue 16).
        """
        if self._panel is None:
            panel = self._panel = self._make_panel()
            panel.annotatorsChanged.connect(self._annotators_chosen)
            panel.clusterActivated.connect(self.select_cluster)
            panel.acceptRequested.connect(lambda: self.accept())
            panel.rejectRequested.connect(self.reject)
            panel.acceptAllRequested.connect(self.accept_all)
            panel.agreementRequested.connect(self.show_agreement)
            panel.commentAdded.connect(self.add_comment)
            panel.versionChosen.connect(self.accept_version)
        return self._panel

    @property
    def selected_id(self) -> str | None:
        return self.annotation.selection.current

    def _push(self, edit: Edit, *, then_step: bool = False) -> None:
        """Do a review edit; with `then_step`, go on to the next undecided cluster (the
        decided cluster is then not selected again in between)."""
        touched = list(edit.span_ids) if isinstance(edit, AcceptCluster | RejectCluster) else None
        self._reselect = not then_step
        try:
            done = self.annotation.push(edit, lambda: self._decided(touched))
        finally:
            self._reselect = True
        if done is None:
            # Refused (another program decided this cluster first): show what the file holds.
            self.refresh(decisions_only=True)
            return
        if then_step:
            self.step(1)

    def _decided(self, touched: list[str] | None = None) -> None:
        """After a review edit is done or undone: decisions changed, the clusters did not.

        A decision on one cluster (`touched`: its span ids) re-reads and repaints that
        cluster only; anything wider re-reads every decision of the document.
        """
        self._by_command = True
        numbers = sorted({self._number_of.get(s, -1) for s in touched or ()} - {-1})
        if touched and numbers and self._refresh_clusters(numbers):
            return
        self.refresh(decisions_only=True)

    def _refresh_clusters(self, numbers: list[int]) -> bool:
        """Re-read the decisions of clusters `numbers` and repaint them; False if stale."""
        document = self.session.document
        overview = self.overview
        if (
            not self.active
            or document is None
            or overview is None
            or not self.items
            or self.items[0].cluster.spans[0].document_id != document.id
            or len(self.panel.model.clusters) != len(self.items)
        ):
            return False
        current = self.selected_id
        self._queued = len(self.session.edits.pending)
        fresh = review.with_decisions(
            self.repo, document.id, [self.items[n].cluster for n in numbers], few=True
        )
        for number, item in zip(numbers, fresh, strict=True):
            self.items[number] = item
        self.overview = overview.with_(clusters=tuple(self.items))
        pending_spans, _notes = self._pending_decisions(document.id)
        before = self.pending
        self.pending = self._pending_of(pending_spans)
        changed = sorted(set(numbers) | (set(before) ^ set(self.pending)))
        self.article.update_clusters([self._mark(n) for n in changed])
        self.panel.model.update_rows({n: self.items[n] for n in numbers}, self.pending)
        self.panel.set_summary(self._summary())
        self.documents.refresh_review(
            document.id, review.progress_of(self.repo, document.id, self.items)
        )
        again = self._cluster_number(current)
        if self._reselect and again is not None and again < len(self.items):
            self.select_cluster(again, announce=False)
        return True

    def _pending_of(self, pending_spans: dict[str, str]) -> dict[int, str]:
        """Cluster number -> its decisions not yet written ("accept", "accept/reject")."""
        kinds: dict[int, set[str]] = {}
        for span_id, kind in pending_spans.items():
            number = self._number_of.get(span_id)
            if number is not None:
                kinds.setdefault(number, set()).add(kind)
        return {number: "/".join(sorted(k)) for number, k in kinds.items()}

    def _mark(self, number: int) -> ClusterMark:
        item = self.items[number]
        return ClusterMark(
            f"{CLUSTER_PREFIX}{number}",
            item.cluster.start,
            item.cluster.end,
            item.cluster.kind,
            CLASS_COLORS[self._class_key(number)],
            item.decided or number in self.pending,
        )

    def undo_index_changed(self) -> None:
        """The undo stack moved: refresh, unless the command just refreshed (a review edit)."""
        if self._by_command:
            self._by_command = False
            return
        self.refresh()

    # -- entering and leaving ----------------------------------------------------------

    def toggle(self, checked: bool) -> None:
        """Switch between annotating (own layer) and reviewing (comparing annotators)."""
        self.active = checked
        if checked:
            available = review.compared_annotators(self.repo)
            chosen = self.annotators or available
            self.annotators = [a for a in chosen if a in available]
            self.available = available
            self.panel.set_annotators(available, self.annotators)
            self.documents.set_review(self.annotators)
            self.refresh()
            hints = self.annotation.keys.hints(
                [
                    (("next_suggestion", "previous_suggestion"), "step through disagreements"),
                    (None, "1, 2, … accept that version"),
                    ("accept", "accepts where all versions agree"),
                    ("reject", "rejects"),
                ]
            )
            self.annotation.say(f"Review mode: {'; '.join(hints)}.")
        else:
            self.documents.set_review(None)
            self.annotation.status_bar.clearMessage()
            document = self.session.document
            if document is not None:
                self.article.show_document(
                    document.text, self.session.spans_by_id(), self.session.span_keys()
                )
                self.suggestions.show(document.id)

    def _annotators_chosen(self, chosen: list[str]) -> None:
        self.annotators = chosen
        self.documents.set_review(chosen)
        self.refresh()

    def corpus_changed(self) -> None:
        """An import, merge or another program changed the corpus: new annotators appear.

        An annotator seen for the first time is ticked at once (their work came
        in to be reviewed); the ones the reviewer unticked stay unticked.
        """
        if not self.active:
            return
        available = review.compared_annotators(self.repo)
        new = [a for a in available if a not in self.available]
        self.annotators = [a for a in self.annotators if a in available] + new
        self.available = available
        self.panel.set_annotators(available, self.annotators)
        self.documents.set_review(self.annotators)
        self.refresh()
        if new:
            joined = ", ".join(new)
            self.annotation.say(f"New in the comparison: {joined}.", 6000)

    def _writes_changed(self) -> None:
        # Only when the queue grew or drained: a decision written at once refreshes anyway.
        if self.active and len(self.session.edits.pending) != self._queued:
            self.refresh(decisions_only=True)

    # -- clusters ----------------------------------------------------------------------

    def _pending_decisions(self, document_id: str) -> tuple[dict[str, str], list[str]]:
        """Decisions and comments on `document_id` the file has not taken yet.

        Returns (source span id -> "accept"/"reject", comment lines).
        """
        spans: dict[str, str] = {}
        notes: list[str] = []
        for entry in self.session.edits.pending:
            edit = entry.edit
            if edit.document_id != document_id:
                continue
            if isinstance(edit, AcceptCluster | RejectCluster):
                kind = "accept" if isinstance(edit, AcceptCluster) else "reject"
                for span_id in edit.span_ids:
                    if entry.forward:
                        spans[span_id] = kind
                    else:
                        spans[span_id] = "undo"
            elif isinstance(edit, AcceptAllAgreed) and entry.forward:
                from annotator.core.agreement import AGREED

                for item in self.items:
                    if item.cluster.kind == AGREED and not item.decisions:
                        for span_id in item.cluster.span_ids:
                            spans.setdefault(span_id, "accept")
            elif isinstance(edit, AddComment) and entry.forward:
                comment = edit.comment
                notes.append(f"{comment.author}: {comment.text} (not saved yet)")
        return spans, notes

    def unsaved_comments(self, document_id: str) -> list[str]:
        """Comments on `document_id` the file has not taken yet ("author: text (not saved yet)")."""
        return self._pending_decisions(document_id)[1]

    def refresh(self, *, decisions_only: bool = False) -> None:
        """Re-read the clusters of the open document; repaint markers, not the text.

        With `decisions_only` (after a decision, its undo, or a queued write) the
        clusters are kept and only the decisions are read again.
        """
        document = self.session.document
        if not self.active or document is None:
            return
        current = self.selected_id
        self._queued = len(self.session.edits.pending)
        previous = self.overview
        same_clusters = (
            decisions_only
            and previous is not None
            and previous.annotators == tuple(dict.fromkeys(self.annotators))
            and bool(self.items)
            and self.items[0].cluster.spans[0].document_id == document.id
            and self.panel.model.text == document.text
        )
        if same_clusters:
            assert previous is not None
            clusters = [item.cluster for item in self.items]
            overview = previous.with_(
                clusters=tuple(review.with_decisions(self.repo, document.id, clusters))
            )
        else:
            overview = review.document_review(self.repo, document.id, self.annotators)
        self.overview = overview
        self.items = list(overview.clusters)
        self._number_of = {
            span.id: number for number, item in enumerate(self.items) for span in item.cluster.spans
        }
        pending_spans, pending_notes = self._pending_decisions(document.id)
        self.pending = self._pending_of(pending_spans)
        # The annotators' spans keep their label colours; the class is a margin marker.
        marks = [self._mark(number) for number in range(len(self.items))]
        spans = [span for item in self.items for span in item.cluster.spans]
        same = self.article.review_spans == frozenset(s.id for s in spans)
        if same and self.article.text == document.text:
            self.article.set_clusters(marks)  # same spans: only the markers change
        else:
            self.article.show_review(document.text, spans, marks)
        if same_clusters and len(self.panel.model.clusters) == len(self.items):
            self.panel.model.update_decisions(self.items, self.pending)
        else:
            self.panel.model.set_clusters(
                document.text, self.items, self.pending, compared=not overview.nothing_to_compare
            )
        self.panel.set_notice(overview.message)
        self.panel.set_summary(self._summary())
        self.panel.comment_model.setStringList(
            [f"{c.author}: {c.text}" for c in review.comments(self.repo, document.id)]
            + pending_notes
        )
        self.documents.refresh_review(
            document.id, review.progress_of(self.repo, document.id, self.items)
        )
        again = self._cluster_number(current)
        if again is not None and again < len(self.items):
            self.select_cluster(again, announce=False)
        else:
            self._show_versions(None)

    def _class_key(self, number: int) -> str:
        item = self.items[number]
        if item.decided or number in self.pending:
            return "decided"
        if self.overview is not None and self.overview.nothing_to_compare:
            return "only_in_one"
        return str(item.cluster.kind)

    def _summary(self) -> str:
        from annotator.core.agreement import AGREED

        assert self.overview is not None
        undecided = [
            i for i, item in enumerate(self.items) if not item.decided and i not in self.pending
        ]
        decided = len(self.items) - len(undecided)
        waiting = f" · {len(self.pending)} not saved yet" if self.pending else ""
        if self.overview.nothing_to_compare:
            if not self.items:
                return ""  # the notice says why there is nothing: no "0 spans"
            return (
                f"{len(self.items)} span{'s' * (len(self.items) != 1)} of one annotator · "
                f"{len(undecided)} undecided · "
                f"{decided} decided{waiting}"
            )
        disagreements = [i for i in undecided if self.items[i].cluster.kind != AGREED]
        return (
            f"{len(self.items)} clusters · {len(undecided)} undecided · "
            f"{len(disagreements)} disagreements left · {decided} decided{waiting}"
        )

    @staticmethod
    def _cluster_number(item_id: str | None) -> int | None:
        if item_id and item_id.startswith(CLUSTER_PREFIX):
            return int(item_id.split(":")[1])
        return None

    def span_clicked(self, item_id: str) -> None:
        number = self._cluster_number(item_id)
        if number is not None:
            self.select_cluster(number)

    def comparison(self, number: int) -> Comparison:
        from annotator.core.agreement import compare_versions

        return compare_versions(self.items[number].cluster)

    def _show_versions(self, number: int | None) -> None:
        document = self.session.document
        if number is None or document is None:
            self.panel.set_versions(0)
            self.panel.set_accept_enabled(True)
            overview = self.overview
            nothing = overview is not None and overview.nothing_to_compare
            self.panel.show_no_cluster(overview.message if overview and nothing else "")
            return
        comparison = self.comparison(number)
        item = self.items[number]
        self.panel.versions.show_versions(
            document.text, comparison, item.cluster.spans, self.label_colors
        )
        self.panel.set_versions(len(comparison.versions))
        self.panel.set_accept_enabled(len(comparison.versions) < 2, self._why_not_enter(comparison))

    @staticmethod
    def _why_not_enter(comparison: Comparison) -> str:
        count = len(comparison.versions)
        keys = ", ".join(str(k) for k in range(1, count + 1))
        labels = len({v.label for v in comparison.versions}) > 1
        what = "label"
        if comparison.differ_in_extent:
            what = "extent and label" if labels else "extent"
        return f"The {count} versions differ in {what}: press {keys} to accept one."

    def select_cluster(self, number: int, *, announce: bool = True) -> None:
        if not 0 <= number < len(self.items):
            return
        self.annotation.selection.current = f"{CLUSTER_PREFIX}{number}"
        self.article.select_span(self.annotation.selection.current, scroll=announce)
        self.panel.select_row(number)
        self._show_versions(number)
        if announce:
            self.annotation.status_bar.clearMessage()  # the cluster's own line shows
        self.annotation.describe_current()

    def describe(self, item_id: str) -> str:
        """The status line of a cluster id (the current object): what it is and what keys do."""
        number = self._cluster_number(item_id)
        if number is None or number >= len(self.items):
            return ""
        return self._describe(number)

    def _describe(self, number: int) -> str:
        item = self.items[number]
        comparison = self.comparison(number)
        # The text all versions together cover: no one version's extent is "the" cluster.
        start = min(s.start for s in item.cluster.spans)
        end = max(s.end for s in item.cluster.spans)
        document = self.session.document
        covered = short_text(document.text[start:end]) if document is not None else ""
        labels = "/".join(dict.fromkeys(s.label for s in item.cluster.spans))
        what = f"{labels} “{covered}”"
        state = self._state(number)
        # Enter and Backspace as the keymap sets them; the digits are always the versions'.
        enter, back = self.annotation.keys.name("accept"), self.annotation.keys.name("reject")
        if self.overview is not None and self.overview.nothing_to_compare:
            who = ", ".join(item.cluster.annotators)
            # The key the panel's chip names for the lone version: accept's, else 1.
            return f"{who}'s {what} (nothing to compare) — {enter or 1} accepts it{state}"
        kind = CLASS_TEXT.get(item.cluster.kind, item.cluster.kind)
        who = ", ".join(item.cluster.annotators)
        if len(comparison.versions) > 1:
            off = f" {enter} is off here." if enter else ""
            return f"{kind}: {what} ({who}) — {self._why_not_enter(comparison)}{off}{state}"
        rejects = f", {back} rejects" if back else ""
        accepts = " or ".join(k for k in (enter, "1") if k)
        return f"{kind}: {what} ({who}) — {accepts} accepts it{rejects}.{state}"

    def _state(self, number: int) -> str:
        if number in self.pending:
            return f" — {self.pending[number]} not saved yet"
        return " — decided" if self.items[number].decided else ""

    def current_number(self) -> int | None:
        number = self._cluster_number(self.selected_id)
        if number is not None and number < len(self.items):
            return number
        return None

    def current_cluster(self) -> Any:
        number = self.current_number()
        return None if number is None else self.items[number]

    def step(self, step: int) -> None:
        """N / P: the next undecided disagreement (then any undecided cluster)."""
        from annotator.core.agreement import AGREED

        items = self.items
        open_ones = [
            i for i, item in enumerate(items) if not item.decided and i not in self.pending
        ]
        candidates = [i for i in open_ones if items[i].cluster.kind != AGREED]
        candidates = candidates or open_ones
        if not candidates:
            here = self.current_number()
            if here is not None:
                self.select_cluster(here, announce=False)  # its decided state shows
            if self.overview is not None and self.overview.nothing_to_compare and not items:
                self.annotation.say(self.overview.message, 6000)
            else:
                self.annotation.say("Nothing left to decide in this document.", 4000)
            return
        current = self.current_number()
        here = -1 if current is None else current
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

    def _decidable(self) -> tuple[int, str, list[str]] | None:
        """(cluster number, document id, undecided span ids) of the selected cluster, or
        None (having said why not)."""
        number = self.current_number()
        document = self.session.document
        if number is None or document is None:
            self.annotation.say(f"{self.panel.how_to_step()} first.", 3000)
            return None
        item = self.items[number]
        if number in self.pending:
            self.annotation.say("Already decided (not saved yet); undo to change it.", 3000)
            return None
        undecided = self._undecided(item)
        if not undecided:
            self.annotation.say("Already decided; undo to change it.", 3000)
            return None
        return number, document.id, undecided

    def _edited_extent(self, label_name: str | None) -> dict[str, int] | None:
        """The text selection snapped for `label_name`, as an extent for the gold span."""
        document = self.session.document
        selection = self.article.selected_range()
        if selection is None or document is None:
            return None
        start, end = snap_selection(
            document.text, *selection, label_name, words=self.annotation.snap_words
        )
        self.article.clear_text_selection()
        return {"start": start, "end": end} if start < end else None

    def accept(self) -> None:
        """Enter: accept the cluster where every version agrees; otherwise say why not."""
        found = self._decidable()
        if found is None:
            return
        number, document_id, undecided = found
        comparison = self.comparison(number)
        if len(comparison.versions) > 1:
            enter = self.annotation.keys.name("accept")
            off = f"{enter} is off here" if enter else "Accepting the cluster is off here"
            self.annotation.say(f"{off}. {self._why_not_enter(comparison)}", 6000)
            return
        self._push(AcceptCluster(document_id, undecided), then_step=True)

    def digit_key(self, digit: int, repeated: bool = False) -> bool:
        """The digit k picks version k, the number the versions list, its buttons and the
        status bar show, whatever the keymap binds to k. With text selected the digit
        acts as the keymap says (a label's key accepts the selection with that label).
        Returns whether the key was taken; a held key accepts once, not cluster after
        cluster."""
        if self.article.selected_range() is not None:
            return False
        if not repeated:
            self.accept_version(digit)
        return True

    def label_key(self, label_name: str) -> None:
        """A label's key (or button) in review: with a text selection, accept that extent
        with the label. Versions are picked by their numbers (`digit_key`), not by labels."""
        found = self._decidable()
        if found is None:
            return
        _number, document_id, undecided = found
        extent = self._edited_extent(label_name)
        if extent is not None:
            self._push(
                AcceptCluster(document_id, undecided, label=label_name, **extent), then_step=True
            )
            return
        self.annotation.say(
            f"Select the text to accept it as {label_name}; 1, 2, … accept a version.", 4000
        )

    def accept_version(self, version: int) -> None:
        """Accept version `version` (1-based) of the selected cluster, settling the others."""
        found = self._decidable()
        if found is None:
            return
        number, document_id, undecided = found
        versions = self.comparison(number).versions
        if not 1 <= version <= len(versions):
            keys = " or ".join(str(k) for k in range(1, len(versions) + 1))
            self.annotation.say(
                f"This cluster has {len(versions)} version{'s' * (len(versions) != 1)}: "
                f"press {keys}.",
                4000,
            )
            return
        chosen = [i for i in versions[version - 1].span_ids if i in undecided]
        if not chosen:
            self.annotation.say("That version is decided already; undo to change it.", 4000)
            return
        ordered = chosen + [i for i in undecided if i not in chosen]
        self._push(AcceptCluster(document_id, ordered), then_step=True)

    def reject(self) -> None:
        found = self._decidable()
        if found is None:
            return
        _number, document_id, undecided = found
        self._push(RejectCluster(document_id, undecided), then_step=True)

    def accept_all(self) -> None:
        document = self.session.document
        if document is None or not self.active:
            return
        if self.overview is not None and self.overview.nothing_to_compare:
            self.annotation.say(
                f"Nothing agreed to accept. {self.overview.message} Take spans one by one with 1.",
                6000,
            )
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
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                self.dialog_parent,
                "Agreement",
                "Agreement needs the work of two or more annotators.",
            )
            return
        if self.jobs is None:
            self._agreement_ready(review.corpus_agreement(self.repo, annotators))
            return

        def task(repo: Any, progress: Progress) -> AgreementReport:
            return review.corpus_agreement(
                repo, annotators, progress=lambda done: progress(done, 0, "")
            )

        # Off the GUI thread: over 10,000 documents it takes seconds, and the window
        # must stay responsive (a progress dialog shows after 0.4 s and can cancel).
        job, dialog = self.jobs.start_in_dialog(
            "Agreement",
            "Counting agreement over the corpus…",
            on_own_connection(self.repo.path, task, readonly=True),
            lambda report: None if job.cancelled else self._agreement_ready(report),
            progressed=lambda done, _total, _what: dialog.setLabelText(
                f"Counting agreement over the corpus… {done:,} documents"
            ),
        )
        self.agreement_job = job

    def _agreement_ready(self, report: AgreementReport) -> None:
        from annotator.ui.review_panel import agreement_dialog

        self.agreement = agreement_dialog(self.dialog_parent, report, "Whole corpus")
        self.agreement.show()
