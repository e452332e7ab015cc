"""A list kept in chunks, so that an insert or a delete moves one chunk, not the whole tail.

A Python list moves every entry after the place of an insert or a delete. The
window keeps a long article's spans in text order in such lists (the session's
index, the span table's rows and their sort keys): at 50,000 spans a tag near the
top moved about 400 kB per list, at every key press (issue 16). `ChunkedList`
holds the same entries in chunks of fewer than `2 * LOAD`: an insert or a delete
moves the entries of one chunk and shifts the start positions of the chunks after
it (a few dozen integers at 50,000 entries); a split or a join has them summed
again when next asked for.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from itertools import accumulate, chain
from operator import itemgetter
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")

# A chunk is split when it reaches twice this, and joined with a neighbour when it
# falls below a quarter of it: about a thousand entries each, so an insert moves a few
# kilobytes and a position is found with one bisection over a few dozen chunk starts.
LOAD = 1024


_last = itemgetter(-1)  # a chunk's last entry (chunks are never empty but in an empty list)


class ChunkedList(Generic[T]):
    """A sequence that inserts and deletes in O(LOAD + entries / LOAD), not O(entries).

    Indexing by position (negative too), setting an entry, `insert`, `del` of one
    entry, `len`, iteration and equality with any sequence behave as a list's.
    For entries kept in sorted order, `bisect_left`/`bisect_right` find a place as
    the `bisect` functions do on a list, in O(log entries).
    """

    __slots__ = ("_chunks", "_length", "_starts")

    def __init__(self, entries: Iterable[T] = ()) -> None:
        items = entries if isinstance(entries, list) else list(entries)
        # Never an empty chunk, but for the one of an empty list.
        self._chunks: list[list[T]] = [
            items[at : at + LOAD] for at in range(0, len(items), LOAD)
        ] or [[]]
        self._length = len(items)
        # Where each chunk starts, then the length; None until asked for (and after a
        # chunk is split, joined or dropped).
        self._starts: list[int] | None = None

    def __len__(self) -> int:
        return self._length

    def _chunk_starts(self) -> list[int]:
        starts = self._starts
        if starts is None:
            starts = self._starts = list(accumulate(map(len, self._chunks), initial=0))
        return starts

    def _locate(self, index: int) -> tuple[int, int]:
        """(chunk, place in it) of position `index`, negative counted from the end
        (IndexError outside the list)."""
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("ChunkedList index out of range")
        # `_chunk_starts` written out: asked for every table row painted.
        starts = self._starts
        if starts is None:
            starts = self._starts = list(accumulate(map(len, self._chunks), initial=0))
        chunk = bisect_right(starts, index) - 1
        return chunk, index - starts[chunk]

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return list(self)[index]
        chunk, at = self._locate(index)
        return self._chunks[chunk][at]

    def __setitem__(self, index: int, value: T) -> None:
        chunk, at = self._locate(index)
        self._chunks[chunk][at] = value

    def __delitem__(self, index: int) -> None:
        chunk, at = self._locate(index)
        chunks = self._chunks
        entries = chunks[chunk]
        del entries[at]
        self._length -= 1
        if len(entries) < LOAD // 4 and len(chunks) > 1:
            # Joined with a neighbour (or dropped when empty): chunks stay few. The
            # starts are summed again when next asked for.
            self._starts = None
            if not entries:
                del chunks[chunk]
                return
            first = chunk if chunk + 1 < len(chunks) else chunk - 1
            if len(chunks[first]) + len(chunks[first + 1]) < 2 * LOAD:
                chunks[first].extend(chunks[first + 1])
                del chunks[first + 1]
            return
        starts = self._starts
        if starts is not None:  # the chunks after this one start one place earlier
            starts[chunk + 1 :] = [start - 1 for start in starts[chunk + 1 :]]

    def insert(self, index: int, value: T) -> None:
        """Put `value` before position `index` (clamped to 0..len, as list.insert)."""
        if index < 0:
            index = max(0, index + self._length)
        if index >= self._length:
            chunk = len(self._chunks) - 1
            at = len(self._chunks[chunk])
        else:
            chunk, at = self._locate(index)
        entries = self._chunks[chunk]
        entries.insert(at, value)
        self._length += 1
        if len(entries) >= 2 * LOAD:
            self._chunks.insert(chunk + 1, entries[LOAD:])
            del entries[LOAD:]
            self._starts = None  # summed again when next asked for
            return
        starts = self._starts
        if starts is not None:  # the chunks after this one start one place later
            starts[chunk + 1 :] = [start + 1 for start in starts[chunk + 1 :]]

    def append(self, value: T) -> None:
        self.insert(self._length, value)

    def __iter__(self) -> Iterator[T]:
        return chain.from_iterable(self._chunks)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ChunkedList | list | tuple):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, as a list

    def __repr__(self) -> str:
        return f"ChunkedList({list(self)!r})"

    def bisect_left(self, key: Any) -> int:
        """Where `key` goes before its equals, the entries being in sorted order
        (`bisect.bisect_left` on the same entries as a list)."""
        if not self._length:
            return 0
        # The first chunk whose last entry is not below `key` holds the place.
        chunk = bisect_left(self._chunks, key, key=_last)
        if chunk == len(self._chunks):
            return self._length
        return self._chunk_starts()[chunk] + bisect_left(self._chunks[chunk], key)

    def bisect_right(self, key: Any) -> int:
        """Where `key` goes after its equals, the entries being in sorted order
        (`bisect.bisect_right` on the same entries as a list)."""
        if not self._length:
            return 0
        # The first chunk whose last entry is above `key` holds the place.
        chunk = bisect_right(self._chunks, key, key=_last)
        if chunk == len(self._chunks):
            return self._length
        return self._chunk_starts()[chunk] + bisect_right(self._chunks[chunk], key)

    def largest_chunk(self) -> int:
        """How many entries the largest chunk holds (what one insert or delete moves
        at most)."""
        return max(len(entries) for entries in self._chunks)
