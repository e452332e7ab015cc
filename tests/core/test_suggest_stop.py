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


@pytest.mark.parametrize("enabled_before", [True, False])
def test_the_collector_is_paused_while_the_rules_run_and_left_as_it_was(
    enabled_before: bool,
) -> None:
    import gc

    text = (SAMPLES / "01-valdor-market-shelling.txt").read_text("utf-8")
    during: list[bool] = []

    def watch() -> bool:
        during.append(gc.isenabled())
        return False

    def stop_at_once() -> bool:
        return True

    was = gc.isenabled()
    try:
        (gc.enable if enabled_before else gc.disable)()
        assert suggest(text, stop=watch)
        assert during
        assert not any(during)  # no collection walks the rules' objects
        assert gc.isenabled() is enabled_before
        with pytest.raises(Stopped):
            suggest(text, stop=stop_at_once)
        assert gc.isenabled() is enabled_before  # a stopped run leaves it as it was too
    finally:
        (gc.enable if was else gc.disable)()
