"""Document-local propagation: an ACTOR just tagged or accepted is suggested at its other mentions.

Once the analyst tags "Free Valdor Front" (or accepts it), its other mentions in
the open article, its acronym and a person's surname are offered at once as
suggestions (N/P step to them, Enter accepts), without running the whole
suggester again. Only while suggestions are shown; rejected ones stay rejected.

In an article of up to `INLINE_CHARS` code points (a news article) the mentions
are looked for on the GUI thread right after the frame that paints the tag: the
search takes a millisecond or two there, and the mentions are shown in the next
frame, without the analyst doing anything. In a longer article they are looked
for off the GUI thread, once the keys pause for a moment: there the search and
the thousands of mentions it may find take a while, and the analyst's next key
must not wait for it (issue 16). One search runs at a time, in the order of the
tags; what it finds is shown only when its span is still there, in the document
still open.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal

from annotator.store.boilerplate import boilerplate
from annotator.ui.session import Session

if TYPE_CHECKING:
    from annotator.core.model import Span
    from annotator.core.suggest import Suggestion

log = logging.getLogger(__name__)

# How long the keys must pause after a tag before its other mentions are searched (an
# article longer than INLINE_CHARS).
PAUSE_MS = 250
# The longest article (code points) whose mentions are searched on the GUI thread right
# after the tag's frame. The search takes about 0.3 ms at 5,000 and 3 ms at 100,000 code
# points (the bench article's text cut to those lengths); the search and the mentions it
# shows, about 8 ms of CPU at 5,000 and 20,000 (30 and 120 mentions), 13 ms at 50,000
# (300) and 21 ms at 100,000 (600), on a loaded machine (load 4.7): a key pressed then
# waits that long, so a longer article is searched once the keys pause.
INLINE_CHARS = 50_000
# At most this many tags searched at once right after a frame (keys pressed faster than
# the frames); more (accepting every ACTOR suggestion at once) are searched as a long
# article's are, in the worker thread once the keys pause: the window answers between them.
INLINE_TAGS = 4

# Posted below the priority of Qt's UpdateRequest (Qt.LowEventPriority), which paints the
# window: delivered in the same pass over the posted events, once the frame that shows the
# tag is painted.
_AFTER_FRAME = QEvent.Type(QEvent.registerEventType())
_AFTER_FRAME_PRIORITY = Qt.EventPriority.LowEventPriority.value - 1


class PropagationController(QObject):
    # (the span searched from, the suggestions found) from the worker thread
    _found = Signal(object, object)

    def __init__(
        self,
        session: Session,
        enabled: Callable[[], bool],
        say: Callable[[str], None],
        hints: Callable[[], list[str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.enabled = enabled
        self.say = say
        # "K does" for stepping, accepting and rejecting, with the keys in effect
        self.hints = hints
        self._waiting: list[str] = []  # span ids tagged, searched in turn
        self._running: threading.Thread | None = None
        self._found.connect(self._show)
        # The search starts once the keys pause: it shares the interpreter with this
        # thread, and the keys an analyst presses right after a tag (a relabel, Delete,
        # A) are served without it.
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self._next)
        self._after_frame_posted = False
        session.spanAdded.connect(self.span_added)
        session.spanRemoved.connect(self._postpone)
        session.spanChanged.connect(self._postpone)

    def span_added(self, span_id: str) -> None:
        """Look for the new span's other mentions once it is painted: right after that
        frame in an article of up to `INLINE_CHARS`, else once the keys pause, in a
        worker thread."""
        if not self.enabled():
            return
        self._waiting.append(span_id)
        self._schedule()

    def _schedule(self) -> None:
        """Search for the spans waiting right after the next frame (a short article) or
        once the keys pause (a long one)."""
        document = self.session.document
        if document is not None and len(document.text) <= INLINE_CHARS:
            if not self._after_frame_posted:
                self._after_frame_posted = True
                QCoreApplication.postEvent(self, QEvent(_AFTER_FRAME), _AFTER_FRAME_PRIORITY)
        else:
            self._pause.start()

    def event(self, event: QEvent) -> bool:
        if event.type() == _AFTER_FRAME:
            self._after_frame_posted = False
            # Each search checks that its span is still there (a Delete, an undo or
            # another document since the key: nothing is searched for it).
            if len(self._waiting) <= INLINE_TAGS:
                self._next(inline=True)
            elif self._running is None:
                self._pause.start()
            return True
        return super().event(event)

    def stop(self) -> None:
        """Drop the searches still waiting for the keys to pause (the window closes)."""
        self._pause.stop()
        self._waiting.clear()

    def busy(self) -> bool:
        """True while a search waits (for the frame or the keys to pause) or runs."""
        return bool(self._waiting) or self._running is not None

    def _postpone(self, *_args: object) -> None:
        if self._pause.isActive():
            self._pause.start()

    def wait(self, timeout: float = 60.0) -> None:
        """Run the searches asked for now, without the pause, and block until each has
        run and been shown (tests, benches); gives up after `timeout` seconds."""
        from PySide6.QtWidgets import QApplication

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._running is None:
                if not self._waiting:
                    return
                self._pause.stop()
                self._next()
                continue
            thread = self._running
            thread.join(max(0.0, deadline - time.monotonic()))
            QApplication.processEvents()  # its result is shown
            if self._running is thread and not thread.is_alive():
                QApplication.processEvents()
                if self._running is thread:  # its result never came (window closing)
                    self._running = None

    def _next(self, *, inline: bool = False) -> None:
        """Start the searches waiting, in turn: on this thread with `inline` (a short
        article, right after a frame), else one at a time in the worker thread."""
        if self._running is None and self._waiting:
            # Qt paints at low priority, after timers: a frame still due is painted now,
            # before the worker takes turns with this thread for the interpreter.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)
        while self._running is None and self._waiting:
            self._start(self._waiting.pop(0), inline=inline)

    def _start(self, span_id: str, *, inline: bool = False) -> None:
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

        if inline:
            work()  # shown by `_show` (the signal is delivered directly on this thread)
            return
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
            # An ACTOR tagged while the search ran (it searched a copy of the spans) may
            # cover a mention found: that mention is no longer a suggestion.
            found = _outside(found, session.extents("ACTOR"))
            if not found:
                return
            before = session.suggestion_count()
            session.add_suggestions(document.id, found)
            count = session.suggestion_count() - before
            if not count:
                return
            name = document.text[span.start : span.end]
            hints = self.hints()
            self.say(
                f"{count} more mention{'' if count == 1 else 's'} of \u201c{name}\u201d "
                f"suggested{': ' + ', '.join(hints) if hints else ''}."
            )
        finally:
            if self._waiting and self._running is None:
                self._schedule()


def _outside(found: list[Suggestion], extents: list[tuple[int, int]]) -> list[Suggestion]:
    """The suggestions of `found` that overlap none of `extents` ((start, end) pairs)."""
    if not extents:
        return found
    extents = sorted(extents)
    starts = [a for a, _ in extents]
    # The longest reach of the extents up to each one: an extent long before may cover.
    reach, furthest = [], -1
    for _, b in extents:
        furthest = max(furthest, b)
        reach.append(furthest)
    kept = []
    for s in found:
        i = bisect_left(starts, s.end) - 1  # the last extent starting before s ends
        if i < 0 or reach[i] <= s.start:
            kept.append(s)
    return kept
