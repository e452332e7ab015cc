"""The fast JSON line writer gives exactly what the plain encoder gives."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.model import AnnotatedDocument, Document, Span
from annotator.formats.jsonl import encode_record, jsonl_record

_TEXT = st.text(
    alphabet=st.sampled_from(list("ab é\"\\\n\t\x01😀\u0301-'’,.\u2028")),
    min_size=1,
    max_size=40,
)
_NAME = st.text(alphabet=st.sampled_from(list('an"\\é\x02😀 ')), min_size=1, max_size=6)


@st.composite
def _documents(draw: st.DrawFn) -> AnnotatedDocument:
    text = draw(_TEXT)
    meta = draw(st.dictionaries(_NAME, _NAME, max_size=2))
    document = Document.from_text(text, title=draw(_NAME), source=draw(_NAME), meta=meta)
    spans = []
    for number in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        attributes = draw(st.sampled_from([{}, {"kind": "direct"}, {"count_low": 3, "x": 'é"'}]))
        spans.append(
            Span(
                f"id-{number}",
                document.id,
                start,
                end,
                draw(st.sampled_from(["QUOTE", "ACTOR"])),
                draw(_NAME),
                attributes,
                "manual",
                "2024-01-01",
                "2024-01-02",
            )
        )
    return AnnotatedDocument(document, spans)


@settings(max_examples=300)
@given(_documents())
def test_fast_record_equals_the_plain_encoding(item: AnnotatedDocument) -> None:
    plain = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode(jsonl_record(item))
    assert encode_record(item) == plain
