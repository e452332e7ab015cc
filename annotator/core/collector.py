"""Pausing Python's cyclic garbage collector around work that makes many objects and keeps
them (the consistency check's records, the suggestion rules' tokens and candidates), and
freezing an open document's objects so that the collections while the user types do not
walk them (`collect_closed` once the last document is let go, before the next is read;
else `freeze_opened` at each open and `collect_owed` once it is painted)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block; reference counting still frees
    everything else. Long work that builds hundreds of thousands of objects that stay
    alive and hold no cycles (records, tokens, matches) paid for full collections that
    walked them all again: about a quarter of a consistency check, 14-20% of the CPU time
    of a 1 MB article's suggestions. The pause is the whole process's, so in the window
    the GUI thread's collections wait for the job too (a few seconds at most)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# True once `freeze` has frozen objects.
_frozen = False
# True from a document's open until `collect_owed`: the objects frozen before it may hold
# the last document's reference cycles, garbage that only a collection frees.
_owed = False


def freeze() -> None:
    """Move every object alive to the permanent generation, so that the collections
    while the user types no longer walk them; nothing is collected (a freeze is cheap).

    At 50,000 spans with a 1 MB article's suggestions about 590,000 objects are
    alive, and a full collection walking them took 0.4-0.5 s: one falling inside a
    key press was a visible stall (issue 16).
    """
    global _frozen
    _frozen = True
    gc.freeze()


def freeze_opened() -> None:
    """At the end of a document's open (its objects made, the last one's let go by
    reference counting): freeze what is alive, and owe the last document's cycles a
    collection, paid by `collect_owed` once the new one is painted, not before its
    first frame. One still owed from an open never painted is paid now (so at most one
    document's garbage waits)."""
    global _owed
    if _owed:
        collect_owed()
    _owed = _frozen
    freeze()


# How much the documents closed since the last collection may weigh (`collect_closed`)
# before a close collects what they left: about one long article's worth (a 1 MB text,
# or 5,000 spans and suggestions); a news article weighs 10-30,000.
COLLECT_CLOSED_AFTER = 1_000_000
# The weight of the documents closed since the last collection.
_closed_weight = 0


def collect_closed(weight: int | None = None) -> None:
    """Once the last document is let go (by the views too) and before the next is read:
    give what was frozen back to the collector and collect once, so that its cycles are
    freed and nothing is owed. The rest of it went by reference counting, so this walks
    the program's own objects only (about 50,000 in a window, 15-20 ms), not the next
    document's as well, as a collection after its first paint does (150,000 and more at
    50,000 spans, about 0.1 s: a key pressed then waited for it, issue 16). Then freeze
    what the open makes with `freeze`.

    `weight` says how much the closed document held (its text's length, and its spans,
    relations and suggestions, see `Session`): the collection runs only once the
    documents closed since the last one weigh `COLLECT_CLOSED_AFTER`, so that going
    from one news article to the next does not pay 15-20 ms each time for the few
    cycles a short document leaves (they wait, frozen, for a later collection). None:
    collect now."""
    global _owed, _closed_weight
    _owed = False
    if not _frozen:
        return
    if weight is not None:
        _closed_weight += weight
        if _closed_weight < COLLECT_CLOSED_AFTER:
            return
    _closed_weight = 0
    gc.unfreeze()
    gc.collect()


def collect_owed() -> None:
    """Once a document is painted: give what was frozen back to the collector, collect
    once (what `freeze_opened` owes, about 0.1-0.3 s at 50,000 spans, instead of
    the young collection the open's allocations set off before the paint), and
    freeze what is alive. With nothing owed, only freeze."""
    global _owed, _closed_weight
    if _owed:
        _owed = False
        _closed_weight = 0
        gc.unfreeze()
        gc.collect()
    freeze()
