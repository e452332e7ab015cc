"""Token formats and spans with white space at an edge (audit66).

Spans imported from other tools often carry a space or a line break at an edge
("Kyiv ", a quote opening with "\\n\\n"). Token formats cannot hold white space: such a
span is written over its tokens and one of white space only is left out, and the
export says so instead of calling it an overlap.
"""

from __future__ import annotations

import pytest

from annotator.core.model import AnnotatedDocument, Document, Span
from annotator.formats.spacy_docbin import spacy_limitations, to_doc
from annotator.formats.tagging import WriteContext, token_limitations

spacy = pytest.importorskip("spacy")

STAMP = "2024-01-01T00:00:00.000+00:00"
TEXT = "Zoe met the envoy here.\n\n  Ana  said it."


def _item() -> AnnotatedDocument:
    doc = Document.from_text(TEXT, title="t", source="t")

    def span(start: int, end: int, label: str) -> Span:
        return Span(f"s{start}-{end}", doc.id, start, end, label, "ana", {}, "manual", STAMP, STAMP)

    ana = TEXT.index("Ana")
    return AnnotatedDocument(
        doc,
        [
            span(0, 3, "ACTOR"),  # "Zoe"
            span(3, 4, "ACTOR"),  # " ": white space only
            span(ana - 4, ana + 3, "ACTOR"),  # "\n\n  Ana"
            span(ana + 3, ana + 10, "QUOTE"),  # "  said "
        ],
        [],
    )


def test_spacy_span_group_holds_each_span_over_its_tokens_and_no_empty_span() -> None:
    doc = to_doc(_item(), spacy.blank("en").vocab, WriteContext())
    group = [(s.start_char, s.end_char, s.label_) for s in doc.spans["annotator"]]
    ana = TEXT.index("Ana")
    said = TEXT.index("said")
    assert group == [(0, 3, "ACTOR"), (ana, ana + 3, "ACTOR"), (said, said + 4, "QUOTE")]
    assert [(e.start_char, e.end_char) for e in doc.ents] == [g[:2] for g in group]


def test_white_space_spans_are_not_reported_as_overlaps() -> None:
    item = _item()
    for warnings in (
        list(token_limitations(item.document.text, item.spans, WriteContext())),
        list(spacy_limitations(item, WriteContext())),
    ):
        assert not any("overlap" in w for w in warnings), warnings
        assert warnings.count("spans of white space only left out") == 1
        assert warnings.count("spans with white space at an edge written without it") == 2
