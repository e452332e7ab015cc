"""Document-local propagation: once a mention is tagged, suggest its other mentions.

Called by the window the moment an analyst tags or accepts an ACTOR, without
running the whole suggester: the other whole-word mentions of the same text
in that document, its bracketed acronym ("Free Valdor Front (FVF)" -> every
"FVF") or, for an acronym, the full name it was defined from, and a person's
surname alone. Offsets are code points, end exclusive.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Collection, Mapping
from typing import Any, Final

from annotator.core.boilerplate import boilerplate_ranges
from annotator.core.suggest.base import Suggestion
from annotator.core.suggest.text import NameMatcher, PieceIndex, piece_index

RULE: Final = "actor_propagated"

# The piece index of the last text propagated in: the analyst tags one article many
# times, and cutting a long article into pieces again at every tag cost half a second.
_last_index: tuple[str, PieceIndex] | None = None


def _index(text: str) -> PieceIndex:
    global _last_index
    if _last_index is None or _last_index[0] is not text:
        _last_index = (text, piece_index(text))
    return _last_index[1]


def _related_names(text: str, name: str, kind: str | None) -> set[str]:
    related = {name}
    # "Free Valdor Front (FVF)": the acronym; "(FVF)" defined after a name: that name.
    after = re.search(re.escape(name) + r" \(([A-Z][A-Z&.\-]{1,9})\)", text)
    if after:
        related.add(after.group(1))
    if name.isupper():
        before = re.search(r"([A-Z][^\n()]{2,120}?) \(" + re.escape(name) + r"\)", text)
        if before:
            words = before.group(1).split()
            # The defining name: as many trailing words as the acronym has letters or more.
            letters = sum(1 for c in name if c.isalpha())
            for size in range(min(len(words), letters + 4), 1, -1):
                candidate = " ".join(words[-size:])
                if candidate[:1].isupper() and candidate.split()[0].lower() not in ("the", "a"):
                    related.add(candidate)
                    break
    if kind == "person":
        parts = name.split()
        if len(parts) >= 2 and parts[-1][:1].isupper():
            related.add(parts[-1])
    return related


def propagate(
    document_text: str,
    accepted: tuple[int, int],
    *,
    label: str = "ACTOR",
    attributes: Mapping[str, Any] | None = None,
    existing: Collection[tuple[int, int]] = (),
    boilerplate: Collection[tuple[int, int]] | None = None,
) -> list[Suggestion]:
    """Other mentions in `document_text` of the span `accepted` (start, end).

    Every result carries `label` and `attributes` (the accepted span's, e.g.
    {"type": "armed group"}) and the rule name "actor_propagated". Mentions
    overlapping `accepted`, any extent in `existing` (spans already in the
    layer) or page furniture (`boilerplate`, default what `boilerplate_ranges`
    finds) are left out. Sorted
    by start. Never raises on any text; an empty extent gives nothing.
    """
    start, end = accepted
    name = document_text[start:end].strip()
    if not name or start < 0 or end > len(document_text):
        return []
    kind = (attributes or {}).get("type")
    furniture = boilerplate_ranges(document_text) if boilerplate is None else boilerplate
    # What may not be suggested over, sorted by start with the furthest end so far: an
    # extent overlaps one of them when one starting before its end reaches past its start.
    # (A scan of every taken extent per mention made a long article quadratic.)
    blocked = sorted([accepted, *existing, *furniture])
    starts = [x for x, _y in blocked]
    reach: list[int] = []
    for _x, y in blocked:
        reach.append(max(y, reach[-1]) if reach else y)
    kept: list[tuple[int, int]] = []  # the mentions found: disjoint, sorted by start
    matcher = NameMatcher(_related_names(document_text, name, kind))
    found = []
    for a, b, _mention in matcher.find_all(document_text, _index(document_text)):
        before = bisect_left(starts, b)
        if before and reach[before - 1] > a:
            continue
        # Disjoint: only the last one starting before b can reach past a.
        at = bisect_left(kept, (b, -1))
        if at and kept[at - 1][1] > a:
            continue
        insort(kept, (a, b))
        found.append(Suggestion(a, b, label, dict(attributes or {}), RULE))
    return sorted(found, key=lambda s: (s.start, -s.end))
