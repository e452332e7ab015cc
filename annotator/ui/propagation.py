"""Document-local propagation: an ACTOR just tagged or accepted is suggested at its other mentions.

Once the analyst tags "Free Valdor Front" (or accepts it), its other mentions in
the open article, its acronym and a person's surname are offered at once as
suggestions (N/P step to them, Enter accepts), without running the whole
suggester again. Only while suggestions are shown; rejected ones stay rejected.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from annotator.store.boilerplate import boilerplate
from annotator.ui.session import Session


class PropagationController(QObject):
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
        session.spanAdded.connect(self.span_added)

    def span_added(self, span_id: str) -> None:
        """After the new span is painted (the next turn of the event loop): on a long
        article finding the other mentions takes a moment, and the tag shows first."""
        if self.enabled():
            QTimer.singleShot(0, self, lambda: self.propagate(span_id))

    def propagate(self, span_id: str) -> None:
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
        # The rules are loaded by then: suggestions are shown, so they have run.
        from annotator.core.suggest.propagate import propagate

        shown = session.suggestions(ordered=False)
        taken = session.extents("ACTOR")
        taken += [(s.start, s.end) for s in shown if s.label == "ACTOR"]
        rejected = session.repo.rejected_suggestions(document.id, session.annotator)
        found = [
            s
            for s in propagate(
                document.text,
                (span.start, span.end),
                attributes=span.attributes,
                existing=taken,
                boilerplate=boilerplate(session.repo, document.id),
            )
            if s.key not in rejected
        ]
        if not found:
            return
        session.add_suggestions(document.id, found)
        name = document.text[span.start : span.end]
        count = len(found)
        self.say(
            f"{count} more mention{'' if count == 1 else 's'} of \u201c{name}\u201d suggested: "
            "N steps to them, Enter accepts, Backspace rejects."
        )
