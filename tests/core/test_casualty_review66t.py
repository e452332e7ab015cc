"""review66t: guards on TOLL66's coordinated groups, times before a count and wild animals.

An adversarial review's probes, in ordinary news prose; each sentence is our own.
"""

from __future__ import annotations

import time

import pytest

from annotator.core.suggest import suggest
from tests.core.suggest_probes import suggested_figures


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        suggest(text, gazetteer=(), labels=["CASUALTY"])
        best = min(best, time.perf_counter() - started)
    return best


def test_a_long_text_without_and_is_read_in_linear_time() -> None:
    # (the coordinated-groups pass looked for " and " in the whole text once per figure)
    piece = "Gunmen killed 12 soldiers; "
    small = _seconds(piece * (40_000 // len(piece)))
    large = _seconds(piece * (160_000 // len(piece)))
    assert large < small * 7  # linear: about 4 times; quadratic: about 16
