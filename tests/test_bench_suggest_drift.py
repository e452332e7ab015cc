"""bench/suggest_drift.py counts the same texts early and late in one long run."""

from __future__ import annotations

import pytest

from bench.suggest_drift import _windows


def test_the_three_windows_hold_the_same_texts_in_run_order() -> None:
    windows = _windows(5000, 100, 550)
    assert windows == [[0, 100], [550, 650], [4400, 4500]]
    texts = [[n % 550 for n in range(first, end)] for first, end in windows]
    assert texts[0] == texts[1] == texts[2]


def test_a_run_too_short_for_a_third_sight_is_refused() -> None:
    assert _windows(1200, 100, 550)[2] == [1100, 1200]
    with pytest.raises(SystemExit, match="--documents >= 1200"):
        _windows(1199, 100, 550)
    with pytest.raises(SystemExit, match="--window <= 550"):
        _windows(5000, 551, 550)
