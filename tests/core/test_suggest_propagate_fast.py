"""Propagation's fast paths give exactly what the plain computation gives.

`propagate` finds mentions through a cached piece index and tests overlaps by
bisection; the reference here walks every piece and tests every taken extent.
"""

from __future__ import annotations

import random

from annotator.core.boilerplate import boilerplate_ranges
from annotator.core.suggest.propagate import _related_names, propagate
from annotator.core.suggest.text import NameMatcher, pieces

WORDS = ["the", "Free", "Valdor", "Front", "(FVF)", "FVF", "said", "FVF's", "army", "Ilse"]
WORDS += ["Marović", "Marović's", "-", "FVF-held", "in", "Brezna", ".", "\n\n", "Free Valdor"]


def _plain(text, accepted, attributes, existing):  # type: ignore[no-untyped-def]
    name = text[accepted[0] : accepted[1]].strip()
    taken = [accepted, *existing, *boilerplate_ranges(text)]
    matcher = NameMatcher(_related_names(text, name, attributes.get("type")))
    found = []
    for a, b, _mention in matcher.finditer(text, pieces(text)):
        if any(a < y and x < b for x, y in taken):
            continue
        taken.append((a, b))
        found.append((a, b))
    return sorted(found, key=lambda e: (e[0], -e[1]))


def test_propagation_equals_the_plain_computation_on_random_texts() -> None:
    rng = random.Random(16)
    for _trial in range(300):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 120)))
        names = [n for n in ("Free Valdor Front", "FVF", "Ilse Marović", "Brezna") if n in text]
        if not names:
            continue
        name = rng.choice(names)
        start = text.index(name)
        accepted = (start, start + len(name))
        attributes = {"type": rng.choice(["armed group", "person", None])}
        existing = []
        for _ in range(rng.randint(0, 6)):
            a = rng.randrange(len(text))
            existing.append((a, min(len(text), a + rng.randint(1, 30))))
        got = [
            (s.start, s.end)
            for s in propagate(text, accepted, attributes=attributes, existing=existing)
        ]
        assert got == _plain(text, accepted, attributes, existing), (text, name, existing)


def test_a_second_text_is_not_searched_with_the_first_texts_index() -> None:
    first = "The FVF said. FVF fighters left.\n"
    second = "Nothing here but the FVF in one place, and FVF again.\n"
    assert [(s.start, s.end) for s in propagate(first, (4, 7))] == [(14, 17)]
    found = [(s.start, s.end) for s in propagate(second, (21, 24))]
    assert found == [(second.index("FVF again"), second.index("FVF again") + 3)]
