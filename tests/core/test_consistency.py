"""The consistency checker on a small corpus with known inconsistencies."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.consistency import CheckCancelled, CheckedSpan, check, fold

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


def test_an_actor_named_inside_a_hyphenated_compound_is_not_inside_a_word() -> None:
    # The guideline tags the name in "FVF-held", "US-backed"; not the half of a name or
    # of a number.
    docs = {
        "h1": "Shells hit FVF-held Brezna. The US-backed force and Guinea-Bissau met.",
        "h2": "Twenty-two people died in al-Hamdani's village.",
    }
    spans = [
        CheckedSpan("f", "h1", 11, 14, "ACTOR", {}),  # FVF
        CheckedSpan("u", "h1", 32, 34, "ACTOR", {}),  # US
        CheckedSpan("g", "h1", 52, 58, "ACTOR", {}),  # Guinea, of Guinea-Bissau
        CheckedSpan("h", "h2", 29, 36, "ACTOR", {}),  # Hamdani, of al-Hamdani
        CheckedSpan("t", "h2", 0, 6, "CASUALTY", {}),  # Twenty, of Twenty-two
    ]
    assert [docs["h1"][s.start : s.end] for s in spans[:3]] == ["FVF", "US", "Guinea"]
    assert [docs["h2"][s.start : s.end] for s in spans[3:]] == ["Hamdani", "Twenty"]
    report = check(docs, spans, set())
    inside = sorted(p.span_id for p in report.problems if p.kind == "inside_word")
    assert inside == ["g", "h", "t"]


def test_a_casualty_whose_lowest_count_exceeds_its_highest_is_a_problem() -> None:
    # Typed into the attribute editor one field at a time, 30 then 20: no figure fits.
    spans = [
        _span("r1", "d1", "5 people died", "CASUALTY", count_low=30, count_high=20),
        _span("r2", "d1", "5 people died", "CASUALTY", count_low=20, count_high=30),
        _span("r3", "d1", "5 people died", "CASUALTY", count_low=20),
    ]
    report = check(DOCS, spans, set())
    found = [p for p in report.problems if p.kind == "casualty_counts_reversed"]
    assert [p.span_id for p in found] == ["r1"]
    assert "count_low 30 above count_high 20" in found[0].message
    assert report.counts()["casualty_counts_reversed"] == 1


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


def test_nested_and_overlapping_texts_are_all_found() -> None:
    docs = {
        "a": "Free Valdor said so.",
        "b": "Valdor Front fighters",
        "c": "The Free Valdor Front spoke.",
    }
    spans = [
        CheckedSpan("s1", "a", 0, 11, "ACTOR", {}),  # "Free Valdor"
        CheckedSpan("s2", "b", 0, 12, "ACTOR", {}),  # "Valdor Front"
    ]
    report = check(docs, spans, set())
    untagged = sorted((p.document_id, p.text) for p in report.problems if p.kind == "untagged")
    assert untagged == [("c", "Free Valdor"), ("c", "Valdor Front")]


def test_words_across_a_line_break_and_a_leading_quote_mark_match() -> None:
    docs = {"a": "\u00abUN envoy\u00bb arrived.", "b": "The \u00abUN\nenvoy\u00bb left."}
    spans = [CheckedSpan("s", "a", 0, 10, "ACTOR", {})]  # «UN envoy»
    report = check(docs, spans, set())
    assert [(p.document_id, p.start, p.end) for p in report.problems] == [("b", 4, 14)]


def test_offsets_hold_after_a_letter_whose_lower_case_is_longer() -> None:
    docs = {"a": "\u0130stanbul police said.", "b": "Police said."}
    spans = [CheckedSpan("s", "b", 0, 6, "ACTOR", {})]
    (problem,) = check(docs, spans, set()).problems
    assert (problem.document_id, problem.text) == ("a", "police")


def test_progress_is_reported_and_returning_false_cancels() -> None:
    seen: list[tuple[int, int, str]] = []
    check(DOCS, SPANS, set(), progress=lambda d, t, w: seen.append((d, t, w)))
    assert seen[0] == (0, 5, "checking documents")
    assert seen[-1] == (5, 5, "checking documents")
    with pytest.raises(CheckCancelled):
        check(DOCS, SPANS, set(), progress=lambda d, t, w: False)


def test_many_texts_take_the_word_listing_path_with_the_same_findings() -> None:
    # Above _FIND_EACH_WORD_UP_TO indexed words each document's words are listed first.
    names = [f"Name{n} Person" for n in range(80)]
    docs = {f"d{n}": f"{name} met {names[(n + 1) % 80]}." for n, name in enumerate(names)}
    spans = [
        CheckedSpan(f"s{n}", f"d{n}", 0, len(name), "ACTOR", {}) for n, name in enumerate(names)
    ]
    report = check(docs, spans, set())
    assert len(report.problems) == 80
    assert {p.kind for p in report.problems} == {"untagged"}


# A brute-force reference: every text searched for everywhere, one regex at a time.
def _reference(docs: dict[str, str], spans: list[CheckedSpan]) -> set[tuple[str, str, int, int]]:
    counts: dict[str, Counter[str]] = {}
    capitals: dict[str, bool] = {}
    for s in spans:
        covered = docs[s.document_id][s.start : s.end]
        counts.setdefault(fold(covered), Counter())[s.label] += 1
        is_acronym = len(covered) >= 2 and covered.isupper() and " " not in covered
        capitals[fold(covered)] = capitals.get(fold(covered), True) and is_acronym
    usual = {
        k: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        for k, c in counts.items()
        if re.search(r"[^\W_]", k)
    }
    found = set()
    for doc_id, text in docs.items():
        folded = re.sub(r"\s", " ", text.lower())
        here = [s for s in spans if s.document_id == doc_id]
        for key, label in usual.items():
            for m in re.finditer(f"(?=(?<![^\\W_]){re.escape(key)}(?![^\\W_]))", folded):
                start, end = m.start(), m.start() + len(key)
                if capitals.get(key) and not text[start:end].isupper():
                    continue  # a text only ever tagged in capitals is an acronym
                exact = [s for s in here if (s.start, s.end) == (start, end)]
                if any(s.label == label for s in exact):
                    continue
                if exact:
                    found.add(("other_label", doc_id, start, end))
                elif not any(s.label == label and s.start <= start and end <= s.end for s in here):
                    found.add(("untagged", doc_id, start, end))
    return found


_WORDS = st.sampled_from(["ab", "b", "ab b", "x1", "b-ab", "AB", "ba"])
# (whitespace other than a space: found as a space, through the lookup of slices that hold it)
_GAPS = st.sampled_from([" ", "  ", "\n", ", ", "-", "_", "\t", "\u00a0", "\u2028", " \r\n"])


@given(
    st.lists(st.lists(st.tuples(_WORDS, _GAPS), min_size=1, max_size=8), min_size=1, max_size=4),
    st.data(),
)
@settings(max_examples=300, deadline=None)
def test_text_findings_match_a_brute_force_search(pieces, data) -> None:
    docs = {f"d{i}": "".join(w + g for w, g in doc) for i, doc in enumerate(pieces)}
    spans = []
    for doc_id, text in docs.items():
        for n in range(data.draw(st.integers(0, 3))):
            start = data.draw(st.integers(0, len(text) - 1))
            end = data.draw(st.integers(start + 1, len(text)))
            label = data.draw(st.sampled_from(["ACTOR", "PLACE"]))
            spans.append(CheckedSpan(f"{doc_id}s{n}", doc_id, start, end, label, {}))
    report = check(docs, spans, set())
    ours = {
        (p.kind, p.document_id, p.start, p.end)
        for p in report.problems
        if p.kind in ("untagged", "other_label")
    }
    assert ours == _reference(docs, spans)


def test_an_acronym_is_matched_in_capitals_only() -> None:
    from annotator.core.consistency import CheckedSpan, check

    texts = {
        "a": "The WHO said the clinic was hit.\n",
        "b": "A nurse who saw it called the WHO.\n",
    }
    spans = [CheckedSpan("s1", "a", 4, 7, "ACTOR", {})]
    report = check(texts, spans, set())
    untagged = [p for p in report.problems if p.kind == "untagged"]
    assert [(p.document_id, texts[p.document_id][p.start : p.end]) for p in untagged] == [
        ("b", "WHO")
    ]
