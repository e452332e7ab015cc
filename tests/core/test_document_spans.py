"""DocumentSpans: a document's spans by id, made into Spans only when asked for."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from annotator.core.document_spans import DocumentSpans, span_positions
from annotator.core.model import Span

ROWS = [
    ("s1", 0, 9, "ACTOR", "ana"),
    ("s2", 0, 38, "QUOTE", "ana"),
    ("s3", 19, 25, "CASUALTY", "ben"),
]


def _spans() -> tuple[DocumentSpans, list[str]]:
    made: list[str] = []

    def make(row: Sequence[Any]) -> Span:
        made.append(row[0])
        return Span(row[0], "d", row[1], row[2], row[3], row[4])

    rows: dict[str, Sequence[Any] | Span] = {row[0]: row for row in ROWS}
    return DocumentSpans(rows, make), made


def test_positions_and_membership_make_no_span() -> None:
    spans, made = _spans()
    assert sorted(spans.positions()) == [(r[0], r[1], r[2], r[3]) for r in ROWS]
    assert sorted(span_positions(spans)) == sorted(spans.positions())
    assert "s2" in spans
    assert "s9" not in spans
    assert len(spans) == 3
    assert sorted(spans) == ["s1", "s2", "s3"]
    assert made == []
    assert spans.made() == 0


def test_a_span_is_made_once_when_first_asked_for() -> None:
    spans, made = _spans()
    first = spans["s3"]
    assert first == Span("s3", "d", 19, 25, "CASUALTY", "ben")
    assert spans["s3"] is first
    assert spans.get("s3") is first
    assert made == ["s3"]
    assert spans.made() == 1
    assert spans.get("nothing") is None
    with pytest.raises(KeyError):
        spans["nothing"]


def test_it_changes_like_a_dict_and_positions_follow() -> None:
    spans, _made = _spans()
    moved = Span("s1", "d", 2, 9, "ACTOR", "ana")
    spans["s1"] = moved
    del spans["s2"]
    spans["s4"] = Span("s4", "d", 30, 33, "ACTOR", "ana")
    assert spans.pop("s3").label == "CASUALTY"
    assert sorted(spans.positions()) == [("s1", 2, 9, "ACTOR"), ("s4", 30, 33, "ACTOR")]
    assert spans["s1"] is moved
    assert dict(spans) == {"s1": moved, "s4": Span("s4", "d", 30, 33, "ACTOR", "ana")}


def test_a_copy_shares_what_was_made_and_changes_apart() -> None:
    spans, made = _spans()
    shown = spans["s1"]
    copy = spans.copy()
    assert copy["s1"] is shown  # made before the copy: shared
    del copy["s2"]
    assert "s2" in spans
    copy["s3"]
    assert made == ["s1", "s3"]
    assert spans.made() == 1  # the copy's Span is its own


def test_span_positions_of_a_plain_dict() -> None:
    plain = {"a": Span("a", "d", 1, 4, "ACTOR", "ana")}
    assert list(span_positions(plain)) == [("a", 1, 4, "ACTOR")]
