"""ChunkedList behaves as a list (positions, insert, delete, bisection over sorted entries)
while an insert or a delete moves one chunk's entries, not every entry after it."""

from __future__ import annotations

import bisect
import random

import pytest

from annotator.core import chunked
from annotator.core.chunked import ChunkedList


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> int:
    """Chunks of a few entries, so that a few hundred splits and merges are exercised."""
    monkeypatch.setattr(chunked, "LOAD", 4)
    return 4


def test_it_reads_as_the_list_it_was_made_from(small_chunks: int) -> None:
    entries = list(range(0, 200, 3))
    kept = ChunkedList(entries)
    assert len(kept) == len(entries)
    assert list(kept) == entries
    assert kept == entries
    assert [kept[i] for i in range(len(entries))] == entries
    assert [kept[-i] for i in range(1, len(entries) + 1)] == [entries[-i] for i in range(1, 68)]
    assert kept[5:9] == entries[5:9]
    with pytest.raises(IndexError):
        kept[len(entries)]
    with pytest.raises(IndexError):
        kept[-len(entries) - 1]
    assert ChunkedList() == []
    assert not ChunkedList()


def test_inserts_deletes_and_sets_do_what_a_list_does(small_chunks: int) -> None:
    rng = random.Random(16)
    plain: list[int] = []
    kept: ChunkedList[int] = ChunkedList()
    for step in range(3000):
        action = rng.random()
        if action < 0.55 or not plain:
            at = rng.randint(-len(plain) - 2, len(plain) + 2)
            plain.insert(at, step)
            kept.insert(at, step)
        elif action < 0.95:
            at = rng.randrange(-len(plain), len(plain))
            del plain[at]
            del kept[at]
        else:
            at = rng.randrange(len(plain))
            plain[at] = -step
            kept[at] = -step
        assert len(kept) == len(plain)
        if step % 50 == 0:
            assert list(kept) == plain
            assert [kept[i] for i in range(len(plain))] == plain
    assert kept == plain
    while plain:  # down to nothing and up again
        del plain[0]
        del kept[0]
    assert kept == []
    assert len(kept) == 0
    kept.append(1)
    kept.insert(0, 0)
    assert kept == [0, 1]


def test_bisection_finds_the_places_bisect_finds_in_the_sorted_list(small_chunks: int) -> None:
    rng = random.Random(7)
    plain = sorted(rng.randrange(100) for _ in range(120))
    kept = ChunkedList(plain)
    for _ in range(400):  # kept sorted through inserts and deletes
        key = rng.randrange(-5, 105)
        assert kept.bisect_left(key) == bisect.bisect_left(plain, key)
        assert kept.bisect_right(key) == bisect.bisect_right(plain, key)
        if rng.random() < 0.5:
            at = bisect.bisect_right(plain, key)
            plain.insert(at, key)
            kept.insert(kept.bisect_right(key), key)
        elif plain:
            at = rng.randrange(len(plain))
            del plain[at]
            del kept[at]
        assert kept == plain
    assert ChunkedList().bisect_left(3) == ChunkedList().bisect_right(3) == 0


def test_an_insert_or_a_delete_moves_one_chunk_not_the_tail() -> None:
    """50,000 entries (a long article's spans): after inserts at the top and deletes,
    no chunk holds more than twice LOAD entries, so no edit moves more than that."""
    kept = ChunkedList(range(50_000))
    assert kept.largest_chunk() <= 2 * chunked.LOAD
    for n in range(3 * chunked.LOAD):
        kept.insert(10, -n)
    for _ in range(2 * chunked.LOAD):
        del kept[20]
    assert kept.largest_chunk() < 2 * chunked.LOAD
    assert len(kept) == 50_000 + chunked.LOAD
    assert kept[10] == -(3 * chunked.LOAD - 1)
    assert kept[-1] == 49_999
