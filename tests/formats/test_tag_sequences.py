"""Every IOB2 and BIOES sequence a token format writes is valid, whatever the spans
(over paragraph and sentence breaks, nested, overlapping, from two annotators), and
decoding it gives back exactly the spans the overlap policy kept."""

from __future__ import annotations

from itertools import accumulate
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.model import Span
from annotator.core.tokenize import token_offsets
from annotator.formats import tagging
from annotator.formats.tagging import (
    WriteContext,
    iter_tokens,
    place_spans,
    spans_from_tags,
    tagged_segments,
    valid_sequence,
)

PIECES = ["Ana", "said", "twenty-two", "😀", "\n", "\n\n", ". ", "! ", " ", " ", '"', "O'Brien"]
LABELS = ["QUOTE", "ACTOR", "CASUALTY"]


@st.composite
def cases(draw: st.DrawFn) -> tuple[str, list[Span], WriteContext]:
    text = "".join(draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40)))
    spans = []
    for n in range(draw(st.integers(0, 8))):
        a = draw(st.integers(0, len(text) - 1))
        b = draw(st.integers(a + 1, len(text)))
        spans.append(
            Span(
                f"s{n}",
                "d",
                a,
                b,
                draw(st.sampled_from(LABELS)),
                draw(st.sampled_from(["ana", "ben"])),
            )
        )
    ctx = WriteContext(
        scheme=draw(st.sampled_from(["iob2", "bioes"])),
        overlap=draw(st.sampled_from(["longest", "first-annotator"])),
        annotators=["ben", "ana"],
        segment=draw(st.sampled_from(["sentence", "paragraph", "document"])),
    )
    return text, spans, ctx


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_every_segment_is_a_valid_sequence_that_decodes_to_the_kept_spans(case: Any) -> None:
    text, spans, ctx = case
    segments, placement = tagged_segments(text, spans, ctx)
    tokens: list[tuple[int, int]] = []
    tags: list[str] = []
    for segment in segments:
        rows = list(segment)
        assert rows, "a segment is never empty"
        seg_tags = [tag for _s, _e, tag in rows]
        assert valid_sequence(seg_tags, ctx.scheme), seg_tags
        tokens += [(s, e) for s, e, _tag in rows]
        tags += seg_tags
    cuts = [edge for span in spans for edge in (span.start, span.end)]
    assert tokens == token_offsets(text, cuts)  # every token, once, in order
    decoded = [(label, tokens[a][0], tokens[b][1]) for label, a, b in spans_from_tags(tags)]
    assert decoded == [(p.label, p.start, p.end) for p in placement.placed]
    kept = {p.span[0] for p in placement.placed}  # span ids
    assert len(kept) + len(placement.dropped) + placement.duplicates == len(spans)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_the_listed_segments_of_a_short_document_are_those_of_the_token_walk(case: Any) -> None:
    text, spans, ctx = case
    placement = place_spans(text, spans, ctx)
    cuts = [edge for span in spans for edge in (span.start, span.end)]
    walked = [list(segment) for segment in tagging._Walk(
        text, iter_tokens(text, cuts, ctx), placement.placed, ctx
    ).segments()]  # fmt: skip
    segments, _ = tagged_segments(text, spans, ctx)
    assert [list(segment) for segment in segments] == walked
    listed = tagging.listed_tags(text, cuts, placement.placed, ctx)
    assert (listed is None) == (ctx.segment == "sentence")  # sentences are left to the walk
    if listed is not None:
        offsets, tags, breaks = listed
        assert [s for segment in walked for s, _e, _t in segment] == [s for s, _e in offsets]
        assert [t for segment in walked for _s, _e, t in segment] == tags
        assert breaks == list(accumulate(len(segment) for segment in walked[:-1]))


def test_a_quote_over_two_paragraphs_is_carried_across_instead_of_opening_with_i() -> None:
    text = 'He said: "We stay.\n\nWe fight." Then he left.\n\nNext day.'
    start = text.index("We stay")
    quote = Span("q", "d", start, text.index(" Then"), "QUOTE", "ana")
    for scheme in ("iob2", "bioes"):
        segments, _ = tagged_segments(text, [quote], WriteContext(scheme=scheme))
        blocks = [[tag for _s, _e, tag in segment] for segment in segments]
        assert len(blocks) == 2  # the break inside the quote is not taken; the later one is
        assert all(valid_sequence(block, scheme) for block in blocks)
        assert blocks[1] == ["O", "O", "O"]


def test_sentence_segments_break_after_a_full_stop_but_not_inside_a_span() -> None:
    text = "Ana spoke. Ben left. Cleo stayed."
    span = Span("a", "d", text.index("left"), text.index("Cleo") + 4, "ACTOR", "ana")
    segments, _ = tagged_segments(text, [span], WriteContext(segment="sentence"))
    firsts = []
    for segment in segments:
        rows = list(segment)  # each segment is read to its end before the next
        firsts.append(text[rows[0][0] : rows[0][1]])
    assert firsts == ["Ana", "Ben"]


@pytest.mark.parametrize(
    ("tags", "scheme", "ok"),
    [
        (["B-X", "I-X", "O"], "iob2", True),
        (["I-X"], "iob2", False),
        (["B-X", "I-Y"], "iob2", False),
        (["B-X", "E-X"], "iob2", False),
        (["B-X", "E-X", "S-Y", "O"], "bioes", True),
        (["B-X", "O"], "bioes", False),
        (["B-X", "I-X"], "bioes", False),
        (["E-X"], "bioes", False),
        (["S-X", "I-X"], "bioes", False),
    ],
)
def test_valid_sequence_rejects_what_seqeval_would_misread(
    tags: list[str], scheme: str, ok: bool
) -> None:
    assert valid_sequence(tags, scheme) is ok


def test_tokens_made_in_chunks_are_the_tokens_of_the_whole_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = ("Ana Lo\u0301pes said 👨\u200d👩\u200d👧 twenty-two.\n" * 50).strip()
    cuts = [3, 17, 400, 401, len(text)]
    monkeypatch.setattr(tagging, "CHUNK", 64)
    assert list(iter_tokens(text, cuts, WriteContext())) == token_offsets(text, cuts)


def test_placement_of_many_nested_spans_keeps_each_longest() -> None:
    # 30,000 spans; bench/bench_export.py times this path (no timed unit tests).
    text = "word " * 40_000
    spans = [Span(f"s{i}", "d", 5 * i, 5 * i + 4, "ACTOR", "ana") for i in range(20_000)]
    spans += [Span(f"n{i}", "d", 5 * i, 5 * i + 9, "QUOTE", "ana") for i in range(0, 20_000, 2)]
    placement = place_spans(text, spans, WriteContext())
    assert len(placement.placed) == 10_000  # each two-word QUOTE beats the words inside
    assert len(placement.dropped) == 20_000


def test_placement_is_made_once_for_a_document_and_anew_for_other_spans_or_policy() -> None:
    text = "Ana met Ben in Kyiv."
    spans = [
        Span("a", "d", 0, 3, "ACTOR", "ana"),
        Span("b", "d", 0, 7, "QUOTE", "ben"),
        Span("c", "d", 8, 11, "ACTOR", "ben"),
    ]
    longest = WriteContext(annotators=["ana", "ben"])
    first = place_spans(text, spans, longest)
    assert place_spans(text, spans, longest) is first  # the writer after the warnings
    assert [p.span[0] for p in first.placed] == ["b", "c"]
    by_annotator = WriteContext(annotators=["ana", "ben"], overlap="first-annotator")
    assert [p.span[0] for p in place_spans(text, spans, by_annotator).placed] == ["a", "c"]
    fewer = spans[2:]
    assert [p.span[0] for p in place_spans(text, fewer, longest).placed] == ["c"]
