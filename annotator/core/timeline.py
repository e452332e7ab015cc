"""Timestamps of a long article's suggestion work, from every process that takes part.

`mark("what")` logs one line at DEBUG on the `annotator.timeline` logger: the monotonic
clock (the same clock in every process of the machine), the process id, the thread
(name/native id) and what happened. Nothing is logged unless that logger is enabled for
DEBUG: the benches switch it on (`bench/bench_suggest.py --timeline FILE`, through
`services.rule_workers.log_timeline_to`, which a worker process started with
ANNOTATOR_TIMELINE set does too), so that the window's wait for a 1 MB article's
suggestions can be read as one timeline (issue 16). Off, a mark costs one level check.
"""

from __future__ import annotations

import logging
import os
import threading
import time

_log = logging.getLogger("annotator.timeline")


def mark(what: str) -> None:
    """Log `what` with the time, process and thread, when the timeline is switched on."""
    if _log.isEnabledFor(logging.DEBUG):
        _log.debug(
            "%.4f %d %s %s",
            time.monotonic(),
            os.getpid(),
            # (names alone repeat: Qt's threads are all "Dummy-N" to Python)
            f"{threading.current_thread().name}/{threading.get_native_id()}",
            what,
        )


def enabled() -> bool:
    """Whether marks are logged (a caller that must compute what it marks asks first)."""
    return _log.isEnabledFor(logging.DEBUG)
