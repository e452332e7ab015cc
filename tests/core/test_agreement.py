"""Agreement figures against reference implementations and hand-computed answers; clusters."""

from __future__ import annotations

import random
import warnings
from collections import Counter

import krippendorff
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import aggregate_raters
from statsmodels.stats.inter_rater import fleiss_kappa as sm_fleiss_kappa

from annotator.core.agreement import (
    AGREED,
    BOUNDARY_CONFLICT,
    LABEL_CONFLICT,
    MIXED,
    ONLY_IN_ONE,
    ONLY_IN_SOME,
    OUTSIDE,
    AgreementCounter,
    DocumentLayers,
    _count_pair,
    _PairCounts,
    _segments,
    _tag_tokens,
    agreement,
    classify,
    cohen_kappa,
    compare_versions,
    fleiss_kappa,
    krippendorff_alpha,
)
from annotator.core.model import Span
from annotator.core.tokenize import token_offsets

TEXT = "Minister Ana Lopes said forty-two people died in Kharvelo, and 1,000 fled north."


def _naive_tags(text: str, layers: list[list[tuple[int, int, str]]], label: str | None):
    """Tag every token one by one: the definition the fast path must equal."""
    edges = {p for spans in layers for s, e, _ in spans for p in (s, e)}
    rows = []
    for start, end in token_offsets(text, edges):
        row = []
        for spans in layers:
            covering = [t for t in spans if t[0] <= start and end <= t[1]]
            if label is None:
                inner = min(covering, key=lambda t: t[1] - t[0], default=None)
                # Equal lengths: the one sorted last by the stable longest-first order.
                ties = [t for t in covering if inner and t[1] - t[0] == inner[1] - inner[0]]
                row.append(ties[-1][2] if ties else OUTSIDE)
            else:
                row.append(label if any(t[2] == label for t in covering) else OUTSIDE)
        rows.append(tuple(row))
    return rows


def _random_layers(rng: random.Random, text: str, annotators: int, labels: str = "ABC"):
    layers = []
    for _ in range(annotators):
        spans = set()
        for _ in range(rng.randint(0, 6)):
            start = rng.randrange(0, len(text) - 1)
            end = rng.randint(start + 1, min(len(text), start + 20))
            spans.add((start, end, rng.choice(labels)))
        layers.append(sorted(spans))
    return layers


# -- the figures against the reference packages ------------------------------------------


@pytest.mark.parametrize("seed", range(40))
def test_cohen_kappa_equals_scikit_learn_on_token_tags(seed: int) -> None:
    rng = random.Random(seed)
    layers = _random_layers(rng, TEXT, 2, labels="AB")
    report = agreement([DocumentLayers("d", TEXT, {"a": layers[0], "b": layers[1]})], ["a", "b"])
    for label in (None, *report.labels):
        rows = _naive_tags(TEXT, layers, label)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            expected = cohen_kappa_score([r[0] for r in rows], [r[1] for r in rows])
        got = report.pair("a", "b", label).cohen_kappa
        if np.isnan(expected):
            assert got is None
        else:
            assert got == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize("seed", range(40))
def test_fleiss_kappa_and_krippendorff_alpha_equal_the_reference_packages(seed: int) -> None:
    rng = random.Random(seed)
    names = ["a", "b", "c", "d"][: rng.randint(3, 4)]
    layers = _random_layers(rng, TEXT, len(names))
    report = agreement([DocumentLayers("d", TEXT, dict(zip(names, layers, strict=True)))], names)
    for label in (None, *report.labels):
        rows = _naive_tags(TEXT, layers, label)
        categories = sorted({t for r in rows for t in r})
        matrix = np.array([[categories.index(t) for t in r] for r in rows])
        table, _ = aggregate_raters(matrix)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            expected_fleiss = sm_fleiss_kappa(table)
        figures = report.group(label)
        if np.isnan(expected_fleiss):
            assert figures.fleiss_kappa is None
        else:
            assert figures.fleiss_kappa == pytest.approx(expected_fleiss, abs=1e-12)
        if len(categories) > 1:
            expected_alpha = krippendorff.alpha(
                reliability_data=matrix.T, level_of_measurement="nominal"
            )
            assert figures.krippendorff_alpha == pytest.approx(expected_alpha, abs=1e-12)
        else:
            assert figures.krippendorff_alpha is None


def test_kappa_functions_on_a_textbook_table() -> None:
    # Cohen (1960)-style 2x2: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no.
    table = {("y", "y"): 20, ("y", "n"): 5, ("n", "y"): 10, ("n", "n"): 15}
    # p_o = 0.7, p_e = 0.5*0.6 + 0.5*0.4 = 0.5, kappa = 0.4
    assert cohen_kappa(table) == pytest.approx(0.4)
    rows = [r for r, n in table.items() for _ in range(n)]
    assert cohen_kappa(table) == pytest.approx(
        cohen_kappa_score([r[0] for r in rows], [r[1] for r in rows])
    )
    # Fleiss with two raters (Scott's pi): p_bar = 0.7, p_e = 0.55^2 + 0.45^2 = 0.505.
    assert fleiss_kappa(Counter(rows)) == pytest.approx((0.7 - 0.505) / (1 - 0.505))
    matrix = np.array([["yn".index(x) for x in r] for r in rows])
    assert fleiss_kappa(Counter(rows)) == pytest.approx(
        sm_fleiss_kappa(aggregate_raters(matrix)[0])
    )


def test_undefined_figures_are_none() -> None:
    assert cohen_kappa({}) is None
    assert cohen_kappa({("O", "O"): 10}) is None
    assert fleiss_kappa({("O", "O", "O"): 5}) is None
    assert krippendorff_alpha({("O", "O"): 5}) is None


# -- hand-computed span figures -----------------------------------------------------------


def test_exact_and_overlap_f1_by_hand() -> None:
    a = [(0, 8, "ACTOR"), (9, 18, "ACTOR"), (24, 33, "CASUALTY")]
    b = [(0, 8, "ACTOR"), (13, 18, "ACTOR"), (24, 33, "ACTOR")]
    report = agreement([DocumentLayers("d", TEXT, {"a": a, "b": b})], ["a", "b"])
    overall = report.pair("a", "b")
    # One exact match out of 3 + 3 spans: 2*1/6.
    assert overall.exact_matches == 1
    assert overall.exact_f1 == pytest.approx(1 / 3)
    # Overlap, same label: A's (0,8) and (9,18) are matched, (24,33) CASUALTY is not: R = 2/3.
    # B's (0,8), (13,18) matched, (24,33) ACTOR not: P = 2/3. F1 = 2/3.
    assert overall.overlap_f1 == pytest.approx(2 / 3)
    actor = report.pair("a", "b", "ACTOR")
    assert (actor.spans_a, actor.spans_b, actor.exact_matches) == (2, 3, 1)
    assert actor.exact_f1 == pytest.approx(2 / 5)
    # ACTOR: R = 2/2, P = 2/3 -> F1 = 0.8
    assert actor.overlap_f1 == pytest.approx(0.8)
    casualty = report.pair("a", "b", "CASUALTY")
    assert casualty.exact_f1 == 0.0
    assert casualty.overlap_f1 == 0.0


def test_token_kappa_by_hand() -> None:
    text = "a b c d"
    # a tags tokens 1-2 as X; b tags token 1 as X: 4 tokens, tables
    # (X,X)=1, (X,O)=1, (O,O)=2 -> p_o = 3/4, p_e = (2/4)(1/4) + (2/4)(3/4) = 1/2, kappa 1/2.
    report = agreement(
        [DocumentLayers("d", text, {"a": [(0, 3, "X")], "b": [(0, 1, "X")]})], ["a", "b"]
    )
    assert report.tokens == 4
    assert report.pair("a", "b").cohen_kappa == pytest.approx(0.5)


def test_identical_annotations_agree_perfectly() -> None:
    spans = [(0, 8, "ACTOR"), (24, 33, "CASUALTY")]
    report = agreement([DocumentLayers("d", TEXT, {"a": spans, "b": spans})], ["a", "b"])
    pair = report.pair("a", "b")
    assert (pair.exact_f1, pair.overlap_f1, pair.cohen_kappa) == (1.0, 1.0, 1.0)
    assert report.group().krippendorff_alpha == pytest.approx(1.0)


def test_counters_of_parts_combine_to_the_whole() -> None:
    rng = random.Random(5)
    docs = [
        DocumentLayers(str(i), TEXT, dict(zip("ab", _random_layers(rng, TEXT, 2), strict=True)))
        for i in range(6)
    ]
    whole = agreement(docs, ["a", "b"])
    first, second = AgreementCounter(["a", "b"]), AgreementCounter(["a", "b"])
    for doc in docs[:2]:
        first.add(doc)
    for doc in docs[2:]:
        second.add(doc)
    first.update(second)
    assert first.report() == whole


def test_fewer_than_two_annotators_is_refused() -> None:
    with pytest.raises(ValueError, match="two or more"):
        agreement([], ["a"])


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet="ab1,-' .é\u0301😀\n", min_size=1, max_size=40),
    seed=st.integers(0, 10_000),
)
def test_counting_tokens_by_segment_equals_tagging_every_token(text: str, seed: int) -> None:
    rng = random.Random(seed)
    layers = []
    for _ in range(2):
        spans = []
        for _ in range(rng.randint(0, 4)):
            start = rng.randrange(0, len(text))
            spans.append((start, rng.randint(start + 1, len(text)), rng.choice("XY")))
        layers.append(spans)
    total, tags = _tag_tokens(text, layers)
    rows = _naive_tags(text, layers, None)
    assert total == len(rows)
    fast = Counter({(OUTSIDE, OUTSIDE): total - sum(tags.values())})
    for key, n in tags.items():
        fast[tuple(t[-1] if t else OUTSIDE for t in key)] += n
    assert +fast == Counter(rows)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet="ab1,-' .é\n", min_size=1, max_size=40),
    seed=st.integers(0, 10_000),
)
def test_every_label_of_a_token_is_counted_however_one_annotators_spans_nest_or_cross(
    text: str, seed: int
) -> None:
    # Per label a token is that label when ANY span of the label covers it, so a span
    # set over an earlier, longer one must keep that one's label in every segment.
    rng = random.Random(seed)
    layers = []
    for _ in range(2):
        spans = []
        for _ in range(rng.randint(0, 7)):
            start = rng.randrange(0, len(text))
            spans.append((start, rng.randint(start + 1, len(text)), rng.choice("XYZ")))
        layers.append(spans)
    counter = AgreementCounter(["a", "b"])
    counter.add(DocumentLayers("d", text, {"a": layers[0], "b": layers[1]}))
    for label in "XYZ":
        assert +counter._table(label) == Counter(_naive_tags(text, layers, label))


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet="ab1,-' .é\u0301😀\n", min_size=1, max_size=40),
    seed=st.integers(0, 10_000),
)
def test_overlaps_found_by_segment_equal_those_found_by_extent(text: str, seed: int) -> None:
    rng = random.Random(seed)
    layers = []
    for _ in range(3):
        spans = []
        for _ in range(rng.randint(0, 5)):
            start = rng.randrange(0, len(text))
            # Now and then an empty span, which has no segment: the fallback counts it.
            end = start if rng.random() < 0.1 else rng.randint(start + 1, len(text))
            spans.append((start, end, rng.choice("XY")))
        layers.append(spans)
    segments = _segments(text, layers)
    for i, j in ((0, 1), (0, 2), (1, 2)):
        by_segment, by_extent = _PairCounts(), _PairCounts()
        _count_pair(by_segment, layers[i], layers[j], segments, (i, j))
        _count_pair(by_extent, layers[i], layers[j])
        assert by_segment == by_extent


# -- clusters -----------------------------------------------------------------------------


def _s(span_id: str, annotator: str, start: int, end: int, label: str) -> Span:
    return Span(span_id, "d", start, end, label, annotator)


def test_clusters_are_classified_by_extent_and_label() -> None:
    spans = [
        _s("a1", "ana", 0, 8, "ACTOR"),
        _s("b1", "ben", 0, 8, "ACTOR"),  # agreed
        _s("a2", "ana", 9, 18, "ACTOR"),
        _s("b2", "ben", 9, 18, "CASUALTY"),  # label conflict
        _s("a3", "ana", 24, 33, "CASUALTY"),
        _s("b3", "ben", 24, 40, "CASUALTY"),  # boundary conflict
        _s("a4", "ana", 50, 58, "ACTOR"),  # only in one
        _s("q", "ana", 60, 80, "QUOTE"),
        _s("b5", "ben", 62, 66, "ACTOR"),  # nested, other label: its own cluster
        _s("c", "carl", 0, 8, "ACTOR"),  # not chosen: ignored
    ]
    clusters = classify(spans, ["ana", "ben"])
    kinds = {c.span_ids: c.kind for c in clusters}
    assert kinds == {
        ("a1", "b1"): AGREED,
        ("a2", "b2"): LABEL_CONFLICT,
        ("a3", "b3"): BOUNDARY_CONFLICT,
        ("a4",): ONLY_IN_ONE,
        ("q",): ONLY_IN_ONE,
        ("b5",): ONLY_IN_ONE,
    }
    assert [c.start for c in clusters] == sorted(c.start for c in clusters)
    assert clusters[0].missing == ()
    assert next(c for c in clusters if c.span_ids == ("a4",)).missing == ("ben",)


def test_mixed_and_only_in_some_clusters() -> None:
    spans = [
        _s("a", "ana", 0, 8, "ACTOR"),
        _s("b", "ben", 0, 8, "CASUALTY"),
        _s("c", "cy", 0, 12, "ACTOR"),
        _s("a2", "ana", 20, 25, "ACTOR"),
        _s("b2", "ben", 20, 25, "ACTOR"),
    ]
    kinds = {c.span_ids: c.kind for c in classify(spans, ["ana", "ben", "cy"])}
    assert kinds == {("a", "b", "c"): MIXED, ("a2", "b2"): ONLY_IN_SOME}


# "the Lenvia-led Coalition": Lenvia at 4-10, the coalition's name at 4-24.
NEST_TEXT = "the Lenvia-led Coalition said"


def test_one_annotators_nested_spans_are_not_a_conflict_with_themselves() -> None:
    spans = [
        _s("outer", "ana", 4, 24, "ACTOR"),
        _s("inner", "ana", 4, 10, "ACTOR"),
    ]
    clusters = classify(spans, ["ana", "ben"])
    assert {c.span_ids: c.kind for c in clusters} == {
        ("outer",): ONLY_IN_ONE,
        ("inner",): ONLY_IN_ONE,
    }
    assert not any(c.kind == BOUNDARY_CONFLICT for c in classify(spans, ["ana"]))


def test_two_annotators_with_the_same_nest_agree_on_both_levels() -> None:
    spans = [
        _s("a_out", "ana", 4, 24, "ACTOR"),
        _s("a_in", "ana", 4, 10, "ACTOR"),
        _s("b_out", "ben", 4, 24, "ACTOR"),
        _s("b_in", "ben", 4, 10, "ACTOR"),
    ]
    kinds = {c.span_ids: c.kind for c in classify(spans, ["ana", "ben"])}
    assert kinds == {("a_out", "b_out"): AGREED, ("a_in", "b_in"): AGREED}


def test_a_nest_against_one_span_pairs_the_best_fitting_level() -> None:
    # Ben marked only the coalition, with a comma: a boundary conflict with Ana's outer
    # span; Ana's inner span is hers alone.
    spans = [
        _s("a_out", "ana", 4, 24, "ACTOR"),
        _s("a_in", "ana", 4, 10, "ACTOR"),
        _s("b_out", "ben", 4, 25, "ACTOR"),
    ]
    kinds = {c.span_ids: c.kind for c in classify(spans, ["ana", "ben"])}
    assert kinds == {("a_out", "b_out"): BOUNDARY_CONFLICT, ("a_in",): ONLY_IN_ONE}


def test_split_versus_whole_stays_one_cluster() -> None:
    # Ana: one span; Ben: the same stretch in two pieces. Ben's pieces do not nest.
    spans = [
        _s("a", "ana", 0, 20, "ACTOR"),
        _s("b1", "ben", 0, 9, "ACTOR"),
        _s("b2", "ben", 10, 20, "ACTOR"),
    ]
    kinds = {c.span_ids: c.kind for c in classify(spans, ["ana", "ben"])}
    assert kinds == {("a", "b1", "b2"): BOUNDARY_CONFLICT}


def test_a_boundary_conflict_shows_both_versions_and_the_differing_characters() -> None:
    text = "said the spokesman, Ana Lopes, on Tuesday"
    start = text.index("Ana")
    spans = [
        _s("a", "ana", start, start + len("Ana Lopes,"), "ACTOR"),
        _s("b", "ben", start, start + len("Ana Lopes"), "ACTOR"),
        _s("c", "cy", start, start + len("Ana Lopes"), "ACTOR"),
    ]
    (cluster,) = classify(spans, ["ana", "ben", "cy"])
    comparison = compare_versions(cluster)
    assert comparison.differ_in_extent
    first, second = comparison.versions
    assert (first.annotators, text[first.start : first.end]) == (("ana",), "Ana Lopes,")
    assert (second.annotators, text[second.start : second.end]) == (("ben", "cy"), "Ana Lopes")
    assert [text[a:b] for a, b in first.extra] == [","]
    assert first.missing == ()
    assert second.extra == ()
    assert [text[a:b] for a, b in second.missing] == [","]
    assert [text[a:b] for a, b in comparison.differing] == [","]
    assert comparison.shared is not None
    assert text[slice(*comparison.shared)] == "Ana Lopes"


def test_versions_that_differ_at_both_ends_mark_both_ends() -> None:
    text = 'the "Free Valdor Front" said'
    spans = [
        _s("a", "ana", 4, 23, "ACTOR"),  # with the quote marks
        _s("b", "ben", 5, 22, "ACTOR"),  # without
    ]
    comparison = compare_versions(classify(spans, ["ana", "ben"])[0])
    with_marks, without = comparison.versions
    assert [text[a:b] for a, b in with_marks.extra] == ['"', '"']
    assert [text[a:b] for a, b in without.missing] == ['"', '"']


def test_a_label_conflict_has_versions_without_differing_characters() -> None:
    spans = [_s("a", "ana", 0, 8, "ACTOR"), _s("b", "ben", 0, 8, "CASUALTY")]
    comparison = compare_versions(classify(spans, ["ana", "ben"])[0])
    assert [v.label for v in comparison.versions] == ["ACTOR", "CASUALTY"]
    assert not comparison.differ_in_extent
    assert all(v.extra == () and v.missing == () for v in comparison.versions)
