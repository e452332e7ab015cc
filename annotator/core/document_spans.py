"""One document's spans by id, kept as the rows they were read from until one is needed.

Opening a long article reads every one of its spans, but the first frame needs
only where each span is and its label: the article's index and the span
table's order are built from those, and a `Span` is made for a span the
first time something asks for it (the lines on screen, the table rows on
screen, a selection, an edit). On a 1 MB article with 50,000 spans, making
every Span up front was the largest part of the open after the SQL read
(bench/bench_gui.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, MutableMapping, Sequence
from typing import Any

from annotator.core.model import Span

# A stored row: (id, start, end, label, ...) followed by whatever its maker reads.
Row = Sequence[Any]
# (id, start, end, label) of one span, in code points.
Position = tuple[str, int, int, str]


class DocumentSpans(MutableMapping[str, Span]):
    """Span id -> `Span`, each made from its row by `make` when first asked for.

    Behaves as a dict of Spans (setting, deleting and iterating ids as usual);
    `positions()` gives every span's (id, start, end, label) without making
    Spans. `copy()` is a shallow copy sharing the rows and the Spans made so far.
    """

    __slots__ = ("_items", "_make")

    def __init__(self, rows: dict[str, Row | Span], make: Callable[[Row], Span]) -> None:
        # Each value is a row until its Span is made, then the Span (a row is a tuple
        # or list; a Span is neither).
        self._items = rows
        self._make = make

    def __getitem__(self, span_id: str) -> Span:
        item = self._items[span_id]
        if isinstance(item, Span):
            return item
        span = self._make(item)
        self._items[span_id] = span
        return span

    def get(self, span_id: str, default: Any = None) -> Any:
        if span_id in self._items:
            return self[span_id]
        return default

    def __contains__(self, span_id: object) -> bool:
        return span_id in self._items

    def __setitem__(self, span_id: str, span: Span) -> None:
        self._items[span_id] = span

    def __delitem__(self, span_id: str) -> None:
        del self._items[span_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"DocumentSpans({len(self._items)} spans)"

    def made(self) -> int:
        """How many of the spans have been made into Spans so far (the rest are rows)."""
        return sum(isinstance(item, Span) for item in self._items.values())

    def copy(self) -> DocumentSpans:
        return DocumentSpans(dict(self._items), self._make)

    def positions(self) -> Iterator[Position]:
        """(id, start, end, label) of every span, in no particular order; makes no Span."""
        for span_id, item in self._items.items():
            if isinstance(item, Span):
                yield span_id, item.start, item.end, item.label
            else:
                yield span_id, item[1], item[2], item[3]


def span_positions(spans: Mapping[str, Span]) -> Iterator[Position]:
    """(id, start, end, label) of every span of `spans`, without making a Span of a row."""
    if isinstance(spans, DocumentSpans):
        return spans.positions()
    return ((s.id, s.start, s.end, s.label) for s in spans.values())
