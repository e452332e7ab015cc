"""Suggestions for the open document: computed in the background, stepped, accepted, rejected.

`SuggestionsController` is built with the session, the annotation controller
(whose current object a suggestion becomes), the article view, the tag panel,
the jobs runner and the "Show suggestions" action.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from annotator.core.model import Span
from annotator.core.schema import LabelSchema
from annotator.core.timeline import mark
from annotator.services.operations import (
    AcceptAllSuggestions,
    AcceptSuggestion,
    RejectSuggestion,
)
from annotator.ui.annotation import AnnotationController, short_text
from annotator.ui.article_view import ArticleView
from annotator.ui.jobs import JobRunner
from annotator.ui.session import (
    Session,
    is_suggestion_id,
    name_index,
    suggestion_id,
    suggestion_span,
)
from annotator.ui.tag_panel import TagPanel
from annotator.ui.workers import on_own_connection

# What a suggestion job hands back: the document, its suggestions (None when cancelled),
# their name index by label, and each suggestion with its span for the views by id.
_Found = tuple[str, list[Any] | None, dict[str, Any], dict[str, tuple[Any, Span]]]

log = logging.getLogger(__name__)


def dress_suggestions(document_id: str, text: str, found: list[Any]) -> _Found:
    """What a suggestion job hands the window for `found` (the suggestions of `text`), made
    in the job's thread: the index an ACTOR key looks its type up in (rather than built by
    the first ACTOR key: a long article has tens of thousands of suggestions), and each
    suggestion by its id with its span for the views, which `show` reuses (on the GUI
    thread they took about 0.2 s for a 1 MB article's 13,500)."""
    names = {"ACTOR": name_index(text, found, "ACTOR")}
    made: dict[str, tuple[Any, Span]] = {}
    for s in found:
        key = suggestion_id(s)
        made[key] = (s, suggestion_span(document_id, s, key))
    return document_id, found, names, made


class SuggestionsController(QObject):
    # How long after the session's first suggestions every rule is prepared (ms).
    PREPARE_AFTER_MS = 1500
    # How long an article's suggestions are shown before they are kept (ms).
    KEEP_AFTER_MS = 500

    def __init__(
        self,
        session: Session,
        annotation: AnnotationController,
        article: ArticleView,
        tags: TagPanel,
        jobs: JobRunner,
        shown_action: QAction,
    ) -> None:
        super().__init__(annotation)
        self.session = session
        self.annotation = annotation
        self.article = article
        self.tags = tags
        self.jobs = jobs
        self.shown_action = shown_action
        self.running: list[Any] = []
        # A document just opened whose suggestions start once its article is painted.
        self.pending: str | None = None
        self.pending_timer = QTimer(self)  # or after a while, if the article is not shown
        self.pending_timer.setSingleShot(True)
        self.pending_timer.setInterval(1000)
        self.pending_timer.timeout.connect(self._start_pending)
        article.documentPainted.connect(self._start_pending)
        # suggestion id -> (the suggestion, its span for the views), for `_made_for`.
        self._made: dict[str, tuple[Any, Span]] = {}
        self._made_for: str | None = None
        # Whether the job preparing every rule (`_prepare_rules`) was started, and the
        # timer that starts it (made with the first suggestions: after the first frame).
        self._prepare_started = False
        self.prepare_timer: QTimer | None = None
        # Whether the session's first job looked for kept suggestions (only it does).
        self._kept_tried = False
        # What waits to be kept (`_keep`): the database, and what a job read and found.
        # (Its timer is made with the first: nothing more before the first frame.)
        self._to_keep: tuple[str, tuple[Any, list[Any]]] | None = None
        self.keep_timer: QTimer | None = None
        # The document and the job inputs of the suggestions last kept (`_keep_now`).
        self._kept_last: tuple[str, Any] | None = None
        session.documentClosing.connect(self._closing)
        session.documentOpened.connect(self._forget_made)
        session.suggestionsChanged.connect(self.show)
        session.suggestionsEdited.connect(self.update)

    @property
    def enabled(self) -> bool:
        return self.shown_action.isChecked()

    def _forget_made(self, document_id: str) -> None:
        """Another document is open: the last one's spans are dropped with it, not kept
        (tens of thousands for a long article) until its suggestions are replaced."""
        if self._made_for != document_id:
            self._made, self._made_for = {}, None

    def _closing(self, _document_id: str) -> None:
        # Before the next document is read (`Session.open_document`): freed by then. An
        # article left before its suggestions were kept is not kept (`_keep`).
        self._made, self._made_for = {}, None
        self._to_keep = None
        if self.keep_timer is not None:
            self.keep_timer.stop()

    # -- computing -----------------------------------------------------------------

    def compute(self, document_id: str, *, shown: list[Any] | None = None) -> None:
        """Compute suggestions for a document in the background; shown when they arrive.

        A job still working for another document is cancelled first: it stops at
        its next rule instead of running on beside the new one (on a long article
        several would pile up and slow every later open), and what it found is
        never shown. The session's first job shows the suggestions an earlier session
        kept for the document when everything they came from is unchanged
        (`services.kept_suggestions`), without loading the rules, then runs them as
        usual (`shown`: those kept suggestions, not shown again when the rules find the
        same).
        """
        annotator = self.session.annotator
        db_file = self.session.repo.path
        for old in self.running:
            old.cancel()
        try_kept, self._kept_tried = not self._kept_tried, True
        # What the job hands over besides its result ("kept": it shows kept suggestions;
        # "keep": what it read and found, to keep), and `shown`: emptied once it ended,
        # so that nothing of the document outlives it (the job object lives on).
        handed: dict[str, Any] = {"shown": shown}

        def task(repo: Any, progress: Any) -> _Found:
            from annotator.services import kept_suggestions as kept

            # What the job reads, read once: the key it keeps its suggestions under
            # says exactly these.
            mark("suggestion job started")
            inputs = kept.read_inputs(repo, document_id, annotator)
            text = inputs.text  # a document's text never changes
            # (The key only when there is an entry: a first article without one, as a
            # session after an install has, pays one stat for looking.)
            has_entry = try_kept and kept.has_entry(db_file, document_id)
            key = kept.key_of(inputs) if has_entry else None
            if key is not None:
                earlier = kept.read_kept(db_file, document_id, key, text)
                if earlier is not None:
                    handed["kept"] = True
                    return dress_suggestions(document_id, text, earlier)

            # Imported here, in the worker: the rules compile many patterns on first use.
            # Stopped too comes through services.suggesting, which imports the rules with
            # the patterns an earlier process kept: imported bare first, they compiled
            # every one of them again (about 0.5 s of the first article's wait) and the
            # kept file lost them.
            from annotator.services.long_articles import PARALLEL_FROM
            from annotator.services.suggesting import (
                Stopped,
                rule_workers_for,
                suggest_document,
                warm_rule_workers,
            )

            def stop() -> bool:
                return progress(0, 0, "") is False  # the job was cancelled

            # The worker processes that share out a long article's rules: started by the
            # session's first job when the corpus holds a long article, or by the first
            # long article (each compiles the rules in its own process and takes a share
            # once it is ready), kept warm for the next, ended at exit. They start before
            # this job's own compile, so that they compile beside it, on the other core:
            # started after it, they were still compiling when a long article was opened
            # right after the first one, and the window waited for them. A corpus of
            # short articles never starts them (each would compile every rule for
            # nothing), and never before the first frame: this job starts once the
            # article is painted.
            long = len(text) >= PARALLEL_FROM
            workers = rule_workers_for(repo) if long else None
            if not long:
                warm_rule_workers(repo)  # a long article elsewhere in the corpus
            # The rules compile the patterns they use as they run; every other one is
            # compiled a while after the session's first suggestions are shown
            # (`_prepare_rules`), not on the analyst's wait for an article.
            try:
                found = suggest_document(
                    repo,
                    document_id,
                    analyst=annotator,
                    stop=stop,
                    workers=workers,
                    inputs=inputs,
                )
            except Stopped:
                return document_id, None, {}, {}
            if stop():
                return document_id, None, {}, {}
            handed["keep"] = inputs, found
            mark("suggestions found")
            dressed = dress_suggestions(document_id, text, found)
            mark("suggestions dressed")
            return dressed

        def ready(result: _Found) -> None:
            mark("suggestions arrive in the window")
            earlier, keep = handed.pop("shown", None), handed.pop("keep", None)
            self._ready(result, shown=earlier, kept=handed.pop("kept", False))
            mark("suggestions set in the window")
            if keep is not None and keep[1] != earlier:  # (else kept already)
                self._keep(db_file, keep)

        def failed(message: str) -> None:
            handed.clear()
            self.annotation.say(message, 6000)

        job = self.jobs.start("Suggestions", on_own_connection(db_file, task), ready, failed=failed)
        self.running = [j for j in self.running if j.isRunning()]
        self.running.append(job)

    def _keep(self, db_file: str, keep: tuple[Any, list[Any]]) -> None:
        """Keep what a job read and found (`services.kept_suggestions`) once the analyst
        has had them a while (`KEEP_AFTER_MS`), in a job of its own: not on the wait for
        them, nor beside an article opened straight after; an article left before then
        is not kept (the one the window reopens is the one open at its close)."""
        self._to_keep = db_file, keep
        if self.keep_timer is None:
            self.keep_timer = QTimer(self)
            self.keep_timer.setSingleShot(True)
            self.keep_timer.setInterval(self.KEEP_AFTER_MS)
            self.keep_timer.timeout.connect(self._keep_now)
        self.keep_timer.start()

    def _keep_now(self, *, here: bool = False) -> None:
        """Write what waits to be kept: in a job, or `here` (the window closes)."""
        if self._to_keep is None:
            return
        box = [self._to_keep]  # emptied by the job: the job object outlives it
        inputs = self._to_keep[1][0]
        self._kept_last = inputs.document_id, inputs
        self._to_keep = None
        if self.keep_timer is not None:
            self.keep_timer.stop()

        def work(_progress: Any) -> None:
            from annotator.services.kept_suggestions import keep_found

            db_file, (inputs, found) = box.pop()
            keep_found(db_file, inputs, found)

        if here:
            work(None)
            return
        self.jobs.start(
            "Keeping suggestions",
            work,
            lambda _result: None,
            failed=lambda message: self.annotation.say(message, 6000),
        )

    def compute_when_painted(self, document_id: str) -> None:
        """Compute suggestions for a document just opened, once its article is painted.

        The rules run in a worker thread, but in Python: they hold the interpreter lock
        for most of their work, and a job started with the open made opening a 1 MB
        article with 10,000 spans about three times slower. A job for the document
        before is cancelled now.
        """
        for old in self.running:
            old.cancel()
        self.pending = document_id
        self.pending_timer.start()
        self._hand_out_early(document_id)
        mark("opened; share handed out early, if any")

    def _hand_out_early(self, document_id: str | None) -> None:
        """A long article's share for the warm worker processes goes out now, before the
        paint (they run on the other cores, beside it), not with the job (issue 16);
        None: cancel the one handed out. Only once a job has loaded the rules: before
        that no worker runs, and loading them here would hold up the paint."""
        suggesting = sys.modules.get("annotator.services.suggesting")
        document = self.session.document
        if suggesting is None:
            return
        if document_id is None or document is None or document.id != document_id:
            suggesting.cancel_early()
        else:
            suggesting.hand_out_early(self.session.repo, document_id, document.text)

    def _start_pending(self) -> None:
        mark("article painted")
        document_id, self.pending = self.pending, None
        self.pending_timer.stop()
        if document_id is not None and document_id == self.session.document_id and self.enabled:
            self.compute(document_id)
        elif document_id is not None:
            self._hand_out_early(None)  # not wanted after all

    def _ready(self, result: _Found, *, shown: list[Any] | None, kept: bool) -> None:
        """A job's suggestions arrived. `shown`: those already shown (kept ones), not
        shown again when the same; `kept`: these were kept by an earlier session, and
        the rules run now (for the next article, and in case they find otherwise)."""
        document_id, suggestions, names, made = result
        if suggestions is not None and self.enabled and (shown is None or suggestions != shown):
            if document_id == self.session.document_id:
                # The spans the job built: `show` paints these for the suggestions shown.
                self._made, self._made_for = made, document_id
            # The ids the job made, in the suggestions' order (not made again here).
            ids = list(made) if len(made) == len(suggestions) else None
            self.session.set_suggestions(document_id, suggestions, names, ids)
        if kept and suggestions is not None:
            # The rules run once the suggestions are painted (queued after the paint the
            # change asked for): started now, their imports took turns with the paint.
            QTimer.singleShot(0, self, lambda: self._rules_after_kept(document_id, suggestions))
        elif not self._prepare_started:
            self._prepare_later()

    def _rules_after_kept(self, document_id: str, shown: list[Any]) -> None:
        """After kept suggestions are shown: the rules run for them as the session's first
        job does (loading them for the next article), unless another article is open."""
        if self.enabled and document_id == self.session.document_id and self.pending is None:
            self.compute(document_id, shown=shown)
        elif not self._prepare_started:
            self._prepare_later()

    def _prepare_later(self) -> None:
        if self.prepare_timer is None:
            self.prepare_timer = QTimer(self)
            self.prepare_timer.setSingleShot(True)
            self.prepare_timer.setInterval(self.PREPARE_AFTER_MS)
            self.prepare_timer.timeout.connect(self._prepare_rules)
        if not self.prepare_timer.isActive():
            self.prepare_timer.start()

    def stop_preparing(self) -> None:
        """The window closes: the preparing job is not started, and the suggestions
        waiting to be kept are written now (a few ms; the article the next session
        reopens is this one)."""
        if self.prepare_timer is not None:
            self.prepare_timer.stop()
        self._keep_now(here=True)
        self._keep_again_at_close()

    def _keep_again_at_close(self) -> None:
        """The window closes on an article whose suggestions were kept: when what its job
        read has changed since (the analyst tagged or rejected in it, an ACTOR was tagged
        anywhere), its suggestions are found again from what it reads now and kept, so
        that the next session, which reopens this article, finds them under its key. Only
        with the rules loaded, no job running and a short article (tens of ms); else the
        next session runs the rules as usual."""
        document_id, last = self.session.document_id, self._kept_last
        if not self.enabled or document_id is None or last is None or last[0] != document_id:
            return
        if "annotator.core.suggest" not in sys.modules or any(
            job.isRunning() for job in self.jobs.jobs
        ):
            return
        from annotator.services import kept_suggestions as kept
        from annotator.services.long_articles import PARALLEL_FROM
        from annotator.services.suggesting import suggest_document

        repo, annotator = self.session.repo, self.session.annotator
        try:
            inputs = kept.read_inputs(repo, document_id, annotator)
            if inputs == last[1] or len(inputs.text) >= PARALLEL_FROM:
                return
            found = suggest_document(repo, document_id, analyst=annotator, inputs=inputs)
            kept.keep_found(repo.path, inputs, found)
        except Exception:  # a cache only: the window closes whatever happens here
            log.info("suggestions not kept at the close", exc_info=True)
            return
        self._kept_last = document_id, inputs

    def _prepare_rules(self) -> None:
        """Compile every rule pattern and index the gazetteer in a background job, once
        per window, a while after the session's first suggestions are shown (while the
        analyst reads them): so that a later article (a long one hits patterns a short
        one never does) rarely compiles, and no article waits for patterns it does not
        use. The session's first article waited for every pattern (with none kept by an
        earlier session, about 0.2 s more than its own rules use), and so did, once this
        ran right after it, an article opened straight after the first. Put off again
        while a suggestion job runs or waits for its article's paint."""
        if self._prepare_started:
            return
        if self.pending is not None or any(job.isRunning() for job in self.running):
            self._prepare_later()
            return
        self._prepare_started = True

        def task(repo: Any, _progress: Any) -> None:
            from annotator.services.suggesting import prepare_suggestions

            prepare_suggestions(repo)

        self.jobs.start(
            "Preparing suggestions",
            on_own_connection(self.session.repo.path, task),
            lambda _result: None,
            failed=lambda message: self.annotation.say(message, 6000),
        )

    def wait(self, timeout_ms: int = 10_000) -> None:
        """Block until running suggestion jobs end (tests and scripts); one waiting for
        the article to be painted starts first."""
        if self.pending is not None:
            self._start_pending()
        for job in self.running:
            job.wait(timeout_ms)
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()

    def toggle(self, checked: bool) -> None:
        QSettings().setValue("view/suggestions", checked)
        # The keys the keymap gives (README: the status bar's hints name the keys in effect).
        hints = self.annotation.keys.hints(
            [
                ("next_suggestion", "steps through them"),
                ("accept", "accepts"),
                ("reject", "rejects"),
            ]
        )
        self.annotation.say(
            f"Suggestions on: {', '.join(hints)} (Ctrl+H switches them off)."
            if checked
            else "Suggestions off (Ctrl+H switches them on).",
            5000,
        )
        document_id = self.session.document_id
        if document_id is None:
            return
        if checked:
            self.compute(document_id)
        else:
            self.session.set_suggestions(document_id, [])

    def show(self, document_id: str | None = None) -> None:
        """Paint the open document's suggestions (none when switched off)."""
        document_id = document_id or self.session.document_id
        if document_id is None or document_id != self.session.document_id:
            return
        shown: list[Span] = []
        if self.enabled:
            # The view's spans of suggestions already shown are reused: a long article
            # has tens of thousands, and a propagation adds a handful.
            made = self._made if self._made_for == document_id else {}
            fresh: dict[str, tuple[Any, Span]] = {}
            # By the ids they are stored under (the views sort): none is made again.
            for key, suggestion in self.session.suggestions_by_id().items():
                known = made.get(key)
                if known is None or known[0] is not suggestion:
                    known = (suggestion, suggestion_span(document_id, suggestion, key))
                fresh[key] = known
                shown.append(known[1])
            self._made, self._made_for = fresh, document_id
        self.article.show_suggestions(shown)
        self.tags.set_suggestions(shown)
        self._forget_current()

    def update(self, document_id: str, shown: list[Any], hidden: list[Any]) -> None:
        """Paint the suggestions that appeared and take away those that went (an accept,
        a reject, a propagation): O(changed), the others stay as they are.

        `shown` and `hidden` only name the suggestions a batch touched; what is painted
        for each is what the session holds now, so a batch that shows and hides the same
        suggestion (in either order) leaves it as the session has it."""
        if document_id != self.session.document_id:
            return
        if not self.enabled or self._made_for != document_id:
            self.show(document_id)
            return
        made = self._made
        touched = dict.fromkeys(suggestion_id(s) for s in (*hidden, *shown))
        gone: list[Span] = []
        added: list[Span] = []
        for key in touched:
            now = self.session.suggestion(key)
            known = made.get(key)
            if now is None:
                if known is not None:
                    del made[key]
                    gone.append(known[1])
            elif known is None or known[0] is not now:
                # New, or replaced by another suggestion over the same words (the views
                # replace a row or a bar of the same id).
                span = suggestion_span(document_id, now)
                made[key] = (now, span)
                added.append(span)
        self.article.change_suggestions(added, gone)
        self.tags.model.change_suggestions(added, [span.id for span in gone])
        self._forget_current()

    def _forget_current(self) -> None:
        current = self.annotation.selection.current
        if current and is_suggestion_id(current) and self.session.suggestion(current) is None:
            self.annotation.selection.current = None
            self.tags.select_row(None)

    # -- the current suggestion ------------------------------------------------------

    def current(self) -> Any:
        return self.session.suggestion(self.annotation.selection.current)

    def step(self, step: int) -> None:
        suggestions = self.session.suggestions()
        if not suggestions:
            self.annotation.say("No suggestions in this document.", 3000)
            return
        ids = [suggestion_id(s) for s in suggestions]
        current = self.annotation.selection.current
        if current in ids:
            index = (ids.index(current) + step) % len(ids)
        else:
            # From the selected span, else from the top of the document (not the caret,
            # which a click left anywhere).
            anchor = self.session.span(current) if current else None
            cursor = anchor.start if anchor else 0
            after = [i for i, s in enumerate(suggestions) if s.start >= cursor]
            index = (
                (after[0] if after else 0)
                if step > 0
                else ((after[0] - 1) if after else len(ids) - 1)
            )
        self.annotation.move_to(ids[index], scroll=True)

    def accept(self, label_name: str | None = None) -> None:
        suggestion = self.current()
        if suggestion is None:
            keys = self.annotation.keys
            step, accept = keys.name("next_suggestion"), keys.name("accept")
            how = f"Step to a suggestion with {step}" if step else "Click a suggestion"
            self.annotation.say(f"{how}{f', then {accept} accepts it' if accept else ''}.", 3000)
            return
        edit = AcceptSuggestion(suggestion, label_name)
        if self.annotation.push(edit) is not None:
            self.annotation.select_span(edit.span.id)

    def reject(self) -> None:
        """Reject the current suggestion and step to the next one."""
        suggestion = self.current()
        if suggestion is None:
            return
        following = [
            s
            for s in self.session.suggestions()
            if s.start >= suggestion.start and s is not suggestion
        ]
        if self.annotation.push(RejectSuggestion(suggestion)) is None:
            return
        self.annotation.select_span(suggestion_id(following[0]) if following else None, scroll=True)
        document = self.session.document
        covered = suggestion.covered(document.text) if document is not None else ""
        self.annotation.say(
            f"Rejected the suggested {suggestion.label} “{short_text(covered, 40)}”"
            " (your spans are untouched).",
            5000,
        )

    def fill_accept_all_menu(self, menu: QMenu, schema: LabelSchema) -> dict[str, QAction]:
        """One "accept all of LABEL" entry per label in `menu`; returns them by label."""
        actions = {}
        for label in schema.labels:
            action = menu.addAction(f"{label.name} in this document")
            action.triggered.connect(lambda _c=False, name=label.name: self.accept_all(name))
            actions[label.name] = action
        return actions

    def accept_all(self, label_name: str) -> None:
        """Accept every open suggestion of `label_name` in this document: one undo step."""
        pending = [s for s in self.session.suggestions() if s.label == label_name]
        if not pending:
            self.annotation.say(f"No {label_name} suggestions here.", 3000)
            return
        self.annotation.push(AcceptAllSuggestions(label_name))
        self.annotation.say(f"Accepted {len(pending)} {label_name} suggestions.", 4000)
