"""The consistency checker on a small corpus with known inconsistencies."""

from __future__ import annotations

from annotator.core.consistency import CheckedSpan, check, fold

DOCS = {
    "d1": "The Syrian Observatory said 5 people died.",
    "d2": "According to the Syrian  Observatory, nobody died.",  # two spaces: not matched
    "d3": "The syrian observatory reported it. Syrian Observatory again.",
    "d4": "Syrian Observatory was tagged CASUALTY here.",
    "d5": '"We stay," said Ana. Ana left.',
}


def _span(
    sid: str, doc: str, needle: str, label: str, nth: int = 0, **attrs: object
) -> CheckedSpan:
    text = DOCS[doc]
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    return CheckedSpan(sid, doc, at, at + len(needle), label, dict(attrs))


SPANS = [
    _span("a1", "d1", "Syrian Observatory", "ACTOR"),
    _span("a3", "d3", "syrian observatory", "ACTOR"),
    _span("c4", "d4", "Syrian Observatory", "CASUALTY"),
    _span("c1", "d1", "5 people died", "CASUALTY"),  # counts empty though 5 is stated
    _span("q5", "d5", "We stay,", "QUOTE"),  # no speaker
    _span("n5", "d5", "Ana", "ACTOR"),
    _span("w1", "d1", "bservatory", "ACTOR"),  # starts inside a word
]


def test_fold_ignores_case_and_whitespace() -> None:
    assert fold("  Syrian\n Observatory ") == "syrian observatory"


def test_same_text_untagged_or_tagged_differently_is_found() -> None:
    report = check(DOCS, SPANS, set())
    untagged = [(p.document_id, p.text) for p in report.problems if p.kind == "untagged"]
    assert ("d3", "Syrian Observatory") in untagged
    assert ("d5", "Ana") in untagged  # the second Ana
    other = [p for p in report.problems if p.kind == "other_label"]
    assert [(p.document_id, p.label, p.found, p.span_id) for p in other] == [
        ("d4", "ACTOR", "CASUALTY", "c4")
    ]
    summary = next(s for s in report.summaries if s.text == "syrian observatory")
    assert summary.describe() == (
        "ACTOR 'syrian observatory' tagged in 2 documents, untagged in 1, tagged CASUALTY in 1"
    )
    assert "tagged CASUALTY in 1" in other[0].message


def test_schema_rules() -> None:
    report = check(DOCS, SPANS, set())
    kinds = {(p.kind, p.span_id) for p in report.problems if p.span_id}
    assert ("quote_without_speaker", "q5") in kinds
    assert ("casualty_without_count", "c1") in kinds
    assert ("inside_word", "w1") in kinds
    assert ("inside_word", "a1") not in kinds


def test_a_speaker_and_counts_satisfy_the_rules() -> None:
    spans = [s for s in SPANS if s.id not in ("c1", "w1")]
    spans.append(_span("c1", "d1", "5 people died", "CASUALTY", count_low=5, count_high=5))
    report = check(DOCS, spans, {"q5"})
    assert not {p.kind for p in report.problems} & {
        "quote_without_speaker",
        "casualty_without_count",
        "inside_word",
    }


def test_dismissed_problems_are_left_out_and_keys_are_stable() -> None:
    first = check(DOCS, SPANS, set())
    again = check(DOCS, SPANS, set())
    assert [p.key for p in first.problems] == [p.key for p in again.problems]
    gone = first.problems[0].key
    assert gone not in {p.key for p in check(DOCS, SPANS, set(), dismissed={gone}).problems}


def test_occurrence_inside_a_span_of_the_usual_label_is_fine() -> None:
    docs = {"x": "Free Valdor Front fighters", "y": "Valdor is a place"}
    spans = [
        CheckedSpan("f", "x", 0, 17, "ACTOR", {}),
        CheckedSpan("v", "y", 0, 6, "ACTOR", {}),
    ]
    report = check(docs, spans, set())
    assert [p for p in report.problems if p.kind == "untagged"] == []
