"""bench/bench_suggest.py compares the window's suggestions with suggest()'s, whole."""

from __future__ import annotations

from annotator.core.suggest import Suggestion
from bench.bench_suggest import differing

QUOTE = Suggestion(10, 30, "QUOTE", {"kind": "direct"}, "quote_rule", speaker=(0, 8))
ACTOR = Suggestion(0, 8, "ACTOR", {"type": "person"}, "actor_rule")


def test_the_same_suggestions_in_another_order_do_not_differ() -> None:
    assert differing([QUOTE, ACTOR], [ACTOR, QUOTE]) is None


def test_a_missing_suggestion_and_another_speaker_are_told() -> None:
    other_speaker = Suggestion(10, 30, "QUOTE", {"kind": "direct"}, "quote_rule", speaker=None)
    told = differing([other_speaker], [ACTOR, QUOTE])
    assert told is not None
    assert "shows 1 suggestions, suggest() gives 2: 2 missing, 1 not from suggest()" in told
