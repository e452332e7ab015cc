"""The pure span model: content-derived ids, offsets, overlap."""

from __future__ import annotations

import hashlib
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.errors import SpanError
from annotator.core.model import (
    Document,
    Span,
    check_offsets,
    document_id_for,
    imported_relation_id,
    imported_span_id,
    new_id,
    now,
    text_sha256,
)

# The namespace of imported ids: stored ids depend on it, so it never changes.
_IMPORT_NAMESPACE = uuid.UUID("5b0e4a52-6f1e-4c59-9d2a-6a1f4f0f5e11")


def test_the_same_text_gets_the_same_document_id_whatever_its_title() -> None:
    a = Document.from_text("Shelling in Kharvelo.\n", title="A")
    b = Document.from_text("Shelling in Kharvelo.\n", title="B", source="other.txt")
    assert a.id == b.id == document_id_for(a.text)
    assert a.sha256 == text_sha256(a.text)
    assert a.sha256.startswith(a.id)
    assert Document.from_text("Shelling in Kharvelo!\n", title="A").id != a.id


def test_document_copies_its_meta() -> None:
    meta = {"url": "http://example.org"}
    doc = Document.from_text("text", title="t", meta=meta)
    meta["url"] = "changed"
    assert doc.meta == {"url": "http://example.org"}


def test_span_covers_code_points_past_an_emoji() -> None:
    text = "Post: 😢 408 dead"
    start = text.index("408")
    span = Span(new_id(), "d", start, start + 3, "CASUALTY", "ana")
    assert span.covered(text) == "408"
    assert start == 8  # a code point index, not a UTF-16 position (9)


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        ((0, 5), (5, 9), False),
        ((0, 5), (4, 9), True),
        ((2, 3), (0, 9), True),
        ((6, 9), (0, 6), False),
    ],
)
def test_spans_overlap_only_when_they_share_a_character(
    a: tuple[int, int], b: tuple[int, int], overlap: bool
) -> None:
    span = Span("s", "d", a[0], a[1], "ACTOR", "ana")
    assert span.overlaps(*b) is overlap


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (3, 3), (4, 3), (0, 11)])
def test_check_offsets_refuses_empty_reversed_and_out_of_range_spans(start: int, end: int) -> None:
    with pytest.raises(SpanError, match="does not fit"):
        check_offsets(start, end, 10)


def test_check_offsets_accepts_the_whole_text() -> None:
    check_offsets(0, 10, 10)


def test_imported_ids_are_stable_uuids_that_depend_on_what_the_span_is() -> None:
    first = imported_span_id("doc", 0, 4, "ACTOR", "ana")
    assert first == imported_span_id("doc", 0, 4, "ACTOR", "ana")
    assert uuid.UUID(first).version == 5
    assert first != imported_span_id("doc", 0, 4, "ACTOR", "bob")
    assert first != imported_span_id("doc", 0, 5, "ACTOR", "ana")
    assert imported_relation_id("h", "t", "speaker") != imported_relation_id("t", "h", "speaker")


def test_new_ids_are_unique_uuid4_and_times_are_utc_iso() -> None:
    assert new_id() != new_id()
    assert uuid.UUID(new_id()).version == 4
    stamp = now()
    assert stamp.endswith("+00:00")
    assert "T" in stamp


@given(document_id=st.text(max_size=20), start=st.integers(0, 10**6), label=st.text(max_size=8))
def test_imported_span_ids_equal_the_standard_uuid5(
    document_id: str, start: int, label: str
) -> None:
    """The fast id function must never drift: ids in existing databases depend on it."""
    key = f"{document_id}:{start}:{start + 1}:{label}:ana"
    expected = str(uuid.uuid5(_IMPORT_NAMESPACE, key))
    assert imported_span_id(document_id, start, start + 1, label, "ana") == expected
    assert imported_relation_id(document_id, label, "speaker") == str(
        uuid.uuid5(_IMPORT_NAMESPACE, f"{document_id}->speaker->{label}")
    )


def test_imported_ids_keep_every_version_and_variant_digit_as_uuid5_gives_them() -> None:
    # Names whose digests give the variant digit (the 17th) each of its sixteen values.
    seen: set[str] = set()
    for n in range(400):
        name = f"doc{n}:{n}:{n + 3}:ACTOR:suggester"
        expected = str(uuid.uuid5(_IMPORT_NAMESPACE, name))
        assert imported_span_id(f"doc{n}", n, n + 3, "ACTOR", "suggester") == expected
        seen.add(hashlib.sha1(_IMPORT_NAMESPACE.bytes + name.encode()).hexdigest()[16])
    assert len(seen) == 16


def test_imported_ids_are_the_same_without_cpythons_own_sha1(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import importlib

    from annotator.core import model

    real = importlib.import_module

    def without_sha1(name: str, *args: object) -> object:
        if name == "_sha1":
            raise ImportError(name)
        return real(name, *args)

    monkeypatch.setattr(importlib, "import_module", without_sha1)
    monkeypatch.setattr(model, "_SHA1", None)
    name = "0a1b2c3d4e5f6789:12:19:ACTOR:suggester"
    assert imported_span_id("0a1b2c3d4e5f6789", 12, 19, "ACTOR", "suggester") == str(
        uuid.uuid5(_IMPORT_NAMESPACE, name)
    )
    assert model._SHA1 is hashlib.sha1
