"""Stopping a suggestion run early: the window cancels it when another article opens."""

from __future__ import annotations

import pytest

from annotator.core.suggest import Stopped, suggest
from tests.conftest import SAMPLES


def test_stop_is_asked_before_each_rule_and_ends_the_run() -> None:
    text = (SAMPLES / "01-valdor-market-shelling.txt").read_text("utf-8")
    asked: list[int] = []

    def stop_at_third() -> bool:
        asked.append(1)
        return len(asked) >= 3

    with pytest.raises(Stopped):
        suggest(text, stop=stop_at_third)
    assert len(asked) == 3  # no rule ran after the answer was yes


def test_a_stop_that_never_says_yes_changes_nothing() -> None:
    text = (SAMPLES / "02-timbara-village-raid.txt").read_text("utf-8")
    asked: list[int] = []

    def never() -> bool:
        asked.append(1)
        return False

    assert suggest(text, stop=never) == suggest(text)
    assert len(asked) > 3
