"""What the rules suggest for a test's own sentence, with the shipped gazetteer.

Shared by the generalisation tests (tests/core/test_suggest_generalise*.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer


def suggested_texts(text: str, label: str = "ACTOR") -> list[str]:
    """The covered text of every suggestion of `label`, in text order."""
    found = suggest(text, gazetteer=load_gazetteer())
    return [text[s.start : s.end] for s in found if s.label == label]


def suggested_types(text: str) -> dict[str, str]:
    """Each suggested ACTOR's text and its type."""
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return {text[s.start : s.end]: str(s.attributes.get("type")) for s in found}


def suggested_actors(text: str) -> list[tuple[str, str]]:
    """Each suggested ACTOR's text and type, in text order (a list: the same text may stand
    twice)."""
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return [(text[s.start : s.end], str(s.attributes.get("type"))) for s in found]


def suggested_people(text: str) -> list[str]:
    """Each suggested ACTOR of type person, its text, in text order."""
    return [span for span, kind in suggested_actors(text) if kind == "person"]


def suggested_casualties(text: str) -> list[tuple[str, object, object, object, object]]:
    """Each suggested CASUALTY: its text, count_low, count_high, kind and victims."""
    found = suggest(text, gazetteer=load_gazetteer(), labels=["CASUALTY"])
    return [
        (
            text[s.start : s.end],
            s.attributes.get("count_low"),
            s.attributes.get("count_high"),
            s.attributes.get("kind"),
            s.attributes.get("victims"),
        )
        for s in found
        if s.label == "CASUALTY"
    ]


def suggested_speaker(text: str, quote_words: str) -> str | None:
    """The text of the speaker suggested for the quote that starts with `quote_words`."""
    for s in suggest(text, gazetteer=load_gazetteer()):
        if s.label == "QUOTE" and text[s.start : s.end].startswith(quote_words):
            return None if s.speaker is None else text[s.speaker[0] : s.speaker[1]]
    raise AssertionError(f"no quote starting {quote_words!r}")


def suggested_figures(
    text: str, *, gazetteer: bool = True
) -> list[tuple[str, object, object, object]]:
    """Each suggested CASUALTY: its text, count_low, count_high and kind (with the shipped
    gazetteer, or with none when `gazetteer` is False)."""
    found = suggest(text, gazetteer=load_gazetteer() if gazetteer else (), labels=["CASUALTY"])
    return [
        (
            text[s.start : s.end],
            s.attributes.get("count_low"),
            s.attributes.get("count_high"),
            s.attributes.get("kind"),
        )
        for s in found
        if s.label == "CASUALTY"
    ]


def cpu_seconds(work: Callable[[], object], repeats: int = 3) -> float:
    """The least processor time `work` took over `repeats` runs.

    For the tests that check a rule's cost grows with the text in proportion (a ratio of two
    sizes in one process), not for speed figures, which bench/ measures. Processor time of this
    process, not the wall clock: other processes on a busy machine do not count, and the least
    of a few runs drops a garbage collection or a cold cache.
    """
    best = float("inf")
    for _ in range(repeats):
        began = time.process_time()
        work()
        best = min(best, time.process_time() - began)
    return best
