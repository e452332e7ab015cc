"""What a first key press would load, loaded in a worker thread once the window has settled.

The first ACTOR key of a session looks its words up in the actor registry and the
gazetteer, whose loader comes with the suggestion rules: importing them (about 120
patterns compiled) and reading the lists stalled that key for 175 to 360 ms when
suggestions were off (issue 16). They are loaded a moment after the first article is
painted, in a thread, so that neither the first frame nor the key waits for them. A
key pressed while they load waits only for the import already under way (Python's
import lock), never for a second one.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)


def first_actor_key() -> None:
    """Load what the first ACTOR key's type lookup uses (`known_actor_type`): the
    modules, and the shipped gazetteer (a folder of the user's own is read when asked)."""
    from annotator.services import actor_types  # noqa: F401
    from annotator.services.suggesting import load_gazetteer

    load_gazetteer(None)


def preload_later(parent: QObject, work: Callable[[], None], delay_ms: int) -> None:
    """Run `work` in a worker thread `delay_ms` after now (not once `parent` is gone)."""
    QTimer.singleShot(delay_ms, parent, lambda: preload(work))


def preload(work: Callable[[], None]) -> threading.Thread:
    """Run `work` in a daemon thread and return it. A failure is logged: the first real
    use of what failed to load says why, to the user."""

    def run() -> None:
        try:
            work()
        except Exception:
            log.exception("preloading failed")

    thread = threading.Thread(target=run, name="preload", daemon=True)
    thread.start()
    return thread
