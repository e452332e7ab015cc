"""Document-local propagation: an ACTOR just tagged or accepted is suggested at its other mentions.

Once the analyst tags "Free Valdor Front" (or accepts it), its other mentions in
the open article, its acronym and a person's surname are offered at once as
suggestions (N/P step to them, Enter accepts), without running the whole
suggester again. Only while suggestions are shown; rejected ones stay rejected.

The mentions are looked for off the GUI thread: on a long article that takes a
moment, and the analyst's next key must not wait for it (issue 16). One search
runs at a time, in the order of the tags; what it finds is shown only when its
span is still there, in the document still open.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from annotator.store.boilerplate import boilerplate
from annotator.ui.session import Session

if TYPE_CHECKING:
    from annotator.core.model import Span
    from annotator.core.suggest import Suggestion

log = logging.getLogger(__name__)


class PropagationController(QObject):
    # (the span searched from, the suggestions found) from the worker thread
    _found = Signal(object, object)

    def __init__(
        self,
        session: Session,
        enabled: Callable[[], bool],
        say: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.enabled = enabled
        self.say = say
        self._waiting: list[str] = []  # span ids tagged, searched in turn
        self._running: threading.Thread | None = None
        self._found.connect(self._show)
        session.spanAdded.connect(self.span_added)

    def span_added(self, span_id: str) -> None:
        """After the new span is painted (the next turn of the event loop), look for its
        other mentions in a worker thread."""
        if self.enabled():
            self._waiting.append(span_id)
            QTimer.singleShot(0, self, self._next)

    def wait(self, timeout: float = 60.0) -> None:
        """Block until every search asked for has run and been shown (tests, benches)."""
        while self._running is not None or self._waiting:
            if self._running is not None:
                self._running.join(timeout)
            from PySide6.QtWidgets import QApplication

            QApplication.processEvents()
            if self._running is not None and self._running.is_alive():
                return  # timed out

    def _next(self) -> None:
        if self._running is None and self._waiting:
            # Qt paints at low priority, after timers: the tag's frame is painted now,
            # before the worker takes turns with this thread for the interpreter.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)
        while self._running is None and self._waiting:
            self._start(self._waiting.pop(0))

    def _start(self, span_id: str) -> None:
        session = self.session
        span = session.span(span_id)
        document = session.document
        if (
            not self.enabled()
            or span is None
            or document is None
            or span.label != "ACTOR"
            or span.annotator != session.annotator
        ):
            return
        # What the search must not suggest over, as it stands now (copies: the GUI
        # thread goes on changing the session's own while the worker reads these).
        keys = session.span_keys()
        labels = session.span_labels()
        shown = session.suggestions(ordered=False)
        rejected = session.repo.rejected_suggestions(document.id, session.annotator)
        furniture = boilerplate(session.repo, document.id)
        text = document.text

        def work() -> None:
            try:
                # The rules are loaded by then: suggestions are shown, so they have run.
                from annotator.core.suggest.propagate import propagate

                taken = [(start, -end) for start, end, i in keys if labels.get(i) == "ACTOR"]
                taken += [(s.start, s.end) for s in shown if s.label == "ACTOR"]
                found = [
                    s
                    for s in propagate(
                        text,
                        (span.start, span.end),
                        attributes=span.attributes,
                        existing=taken,
                        boilerplate=furniture,
                    )
                    if s.key not in rejected
                ]
            except Exception:  # a bug: logged, and the tag stands without its mentions
                log.exception("looking for the other mentions of %r failed", span.id)
                found = []
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                self._found.emit(span, found)

        self._running = threading.Thread(target=work, name="propagation", daemon=True)
        self._running.start()

    def _show(self, span: Span, found: list[Suggestion]) -> None:
        self._running = None
        session = self.session
        document = session.document
        try:
            if (
                not found
                or not self.enabled()
                or document is None
                or document.id != span.document_id
                or session.span(span.id) != span
            ):
                return  # switched off, another document, or the span changed or went
            before = session.suggestion_count()
            session.add_suggestions(document.id, found)
            count = session.suggestion_count() - before
            if not count:
                return
            name = document.text[span.start : span.end]
            self.say(
                f"{count} more mention{'' if count == 1 else 's'} of \u201c{name}\u201d "
                "suggested: N steps to them, Enter accepts, Backspace rejects."
            )
        finally:
            self._next()
