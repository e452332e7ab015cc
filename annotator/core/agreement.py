"""Comparing annotators: disagreement clusters for review, and agreement figures.

Pure Python; offsets are code points, end exclusive. Nothing here needs
scikit-learn, statsmodels or `krippendorff`: the tests compare against them.

Clusters (one document, two or more annotators). Two spans belong to one
cluster when they have the same extent, or when spans of two different
annotators overlap and carry the same label (transitively). A QUOTE and an
ACTOR nested inside it are therefore separate clusters. One annotator's spans
of one label that nest ("Lenvia" inside "the Lenvia-led Coalition") are
never a conflict with each other: each of them competes only with the other
annotators' spans it fits best, so a second annotator who marked the same two
spans agrees on both, and one who marked only the outer one leaves the inner
one "only in one". Each cluster has one kind:
- `agreed`: every chosen annotator has exactly one span, all with the same
  start, end and label;
- `label_conflict`: one extent, two or more labels;
- `boundary_conflict`: one label, overlapping but different extents;
- `mixed`: different extents and different labels (linked through a third span);
- `only_in_one`: one annotator only (everyone else marked nothing there);
- `only_in_some`: several but not all annotators, otherwise in agreement.

Figures. Span figures are pairwise and symmetric: exact-match F1 is
2·|A∩B| / (|A|+|B|) over (start, end, label) triples, micro-averaged over
labels; overlap F1 counts a span as matched when the other annotator has a
span of the same label overlapping it (precision over B, recall over A,
harmonic mean). Token figures use annotator.core.tokenize with every span
edge as an extra split point, so spans cover whole tokens. For the overall
figures a token's tag is the label of the shortest span covering it (nested
spans: innermost wins) or O; for a label's own figures a token is that label
if any span of that label covers it, else O (one binary question per label).
Cohen's kappa is for pairs; Fleiss' kappa and Krippendorff's alpha (nominal,
no missing values) for all annotators together. A figure that is undefined
(nothing to compare, or no variation at all) is None.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, combinations, compress
from operator import ge, itemgetter, sub
from typing import Any, Final

from annotator.core.model import Span
from annotator.core.tokenize import token_counts_at

AGREED: Final = "agreed"
LABEL_CONFLICT: Final = "label_conflict"
BOUNDARY_CONFLICT: Final = "boundary_conflict"
MIXED: Final = "mixed"
ONLY_IN_ONE: Final = "only_in_one"
ONLY_IN_SOME: Final = "only_in_some"
KINDS: Final = (AGREED, LABEL_CONFLICT, BOUNDARY_CONFLICT, MIXED, ONLY_IN_ONE, ONLY_IN_SOME)

OUTSIDE: Final = "O"

# (start, end, label): a span as the figures see it.
SpanTuple = tuple[int, int, str]
# One annotator's view of one token: the labels of the spans covering it, longest
# first, so the innermost is last; () is O.
_Tag = tuple[str, ...]


# -- clusters ------------------------------------------------------------------------


@dataclass(frozen=True)
class Cluster:
    """Spans of several annotators that the reviewer decides on together."""

    kind: str
    start: int
    end: int
    spans: tuple[Span, ...]
    annotators: tuple[str, ...]
    missing: tuple[str, ...]

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(sorted({s.label for s in self.spans}))

    @property
    def span_ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.spans)

    @property
    def is_disagreement(self) -> bool:
        return self.kind != AGREED

    def by_annotator(self, name: str) -> list[Span]:
        return [s for s in self.spans if s.annotator == name]


def _kind(members: Sequence[Span], annotators: Sequence[str], present: Sequence[str]) -> str:
    extents = {(s.start, s.end) for s in members}
    labels = {s.label for s in members}
    if len(extents) == 1 and len(labels) > 1:
        return LABEL_CONFLICT
    if len(extents) > 1:
        return BOUNDARY_CONFLICT if len(labels) == 1 else MIXED
    # One extent, one label from here on.
    if len(present) == 1:
        return ONLY_IN_ONE
    if len(present) < len(annotators):
        return ONLY_IN_SOME
    # Someone marked the same span twice: not a clean agreement.
    return AGREED if len(members) == len(annotators) else BOUNDARY_CONFLICT


def _fit(a: Span, b: Span) -> float:
    """How well two overlapping spans match: shared characters over covered characters."""
    shared = min(a.end, b.end) - max(a.start, b.start)
    covered = max(a.end, b.end) - min(a.start, b.start)
    return shared / covered if covered else 1.0


def _nested(a: Span, b: Span) -> bool:
    return (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)


def _outfitted(
    chosen: Sequence[Span], rivals: Mapping[int, Mapping[str, Sequence[int]]], i: int, j: int
) -> bool:
    """True when span i's annotator has another span, nested with i, that fits span j better.

    Then i and j are not competing versions: i is one level of a nest whose
    other level is the counterpart of j.
    """
    mine, theirs = chosen[i], chosen[j]
    fit = _fit(mine, theirs)
    for k in rivals.get(j, {}).get(mine.annotator, ()):
        other = chosen[k]
        if k != i and _nested(other, mine) and _fit(other, theirs) > fit:
            return True
    return False


def classify(spans: Iterable[Span], annotators: Sequence[str]) -> list[Cluster]:
    """Group one document's spans by the chosen `annotators` into clusters.

    Spans of other annotators are ignored. Clusters come in text order (start,
    then end); spans inside a cluster in the order of `annotators`, then by
    start. See the module docstring for the kinds.
    """
    order = {name: i for i, name in enumerate(annotators)}
    chosen = sorted(
        (s for s in spans if s.annotator in order),
        key=lambda s: (s.start, s.end, order[s.annotator], s.label, s.id),
    )
    parent = list(range(len(chosen)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    # Sweep in start order: a span can only link to spans that started earlier
    # and are still open, so the active list stays short.
    active: list[int] = []
    # Same label, different annotators, different extents: linked after the sweep,
    # once every span's competitors are known.
    candidates: list[tuple[int, int]] = []
    # span -> annotator -> that annotator's same-label spans overlapping it
    rivals: dict[int, dict[str, list[int]]] = {}
    for j, span in enumerate(chosen):
        active = [i for i in active if chosen[i].end > span.start]
        for i in active:
            other = chosen[i]
            same_extent = other.start == span.start and other.end == span.end
            if same_extent:
                union(i, j)
            if other.label != span.label or other.annotator == span.annotator:
                continue
            rivals.setdefault(i, {}).setdefault(span.annotator, []).append(j)
            rivals.setdefault(j, {}).setdefault(other.annotator, []).append(i)
            if not same_extent:
                candidates.append((i, j))
        active.append(j)
    for i, j in candidates:
        if not _outfitted(chosen, rivals, i, j) and not _outfitted(chosen, rivals, j, i):
            union(i, j)
    groups: dict[int, list[Span]] = {}
    for i, span in enumerate(chosen):
        groups.setdefault(find(i), []).append(span)
    clusters = []
    for members in groups.values():
        members.sort(key=lambda s: (order[s.annotator], s.start, s.end, s.label, s.id))
        present = tuple(dict.fromkeys(s.annotator for s in members))
        clusters.append(
            Cluster(
                kind=_kind(members, annotators, present),
                start=min(s.start for s in members),
                end=max(s.end for s in members),
                spans=tuple(members),
                annotators=present,
                missing=tuple(a for a in annotators if a not in present),
            )
        )
    clusters.sort(key=lambda c: (c.start, c.end, c.spans[0].id))
    return clusters


# -- competing versions of a cluster -------------------------------------------------

Range = tuple[int, int]


def _subtract(outer: Range, holes: Iterable[Range]) -> tuple[Range, ...]:
    """The parts of `outer` that none of `holes` covers, in text order."""
    pieces: list[Range] = []
    cursor, end = outer
    for start, stop in sorted(holes):
        if stop <= cursor or start >= end:
            continue
        if start > cursor:
            pieces.append((cursor, start))
        cursor = max(cursor, stop)
    if cursor < end:
        pieces.append((cursor, end))
    return tuple(pieces)


def _union(ranges: Iterable[Range]) -> tuple[Range, ...]:
    merged: list[Range] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


@dataclass(frozen=True)
class Version:
    """One reading of a cluster (an extent and a label) with the annotators who chose it.

    `extra`: characters this version covers that some other version does not;
    `missing`: characters some other version covers that this one does not.
    Both are code-point ranges, end exclusive, in text order; both are empty
    when every version has the same extent (a label conflict).
    """

    start: int
    end: int
    label: str
    annotators: tuple[str, ...]
    span_ids: tuple[str, ...]
    extra: tuple[Range, ...]
    missing: tuple[Range, ...]


@dataclass(frozen=True)
class Comparison:
    """A cluster's competing versions side by side, for the review view.

    `shared` is the stretch every version covers (None when they do not all
    overlap); `differing` the characters covered by some versions but not all.
    """

    start: int
    end: int
    versions: tuple[Version, ...]
    shared: Range | None
    differing: tuple[Range, ...]

    @property
    def differ_in_extent(self) -> bool:
        return bool(self.differing)


def compare_versions(cluster: Cluster) -> Comparison:
    """Group a cluster's spans into versions (same extent and label) and mark what differs.

    Versions come in the order of their first span in the cluster (the
    annotators' order given to `classify`); a version chosen by several
    annotators lists all of them.
    """
    grouped: dict[tuple[int, int, str], list[Span]] = {}
    for span in cluster.spans:
        grouped.setdefault((span.start, span.end, span.label), []).append(span)
    extents = [(start, end) for start, end, _label in grouped]
    low = max(start for start, _ in extents)
    high = min(end for _, end in extents)
    shared = (low, high) if low < high else None
    covered = _union(extents)
    versions = []
    for (start, end, label), members in grouped.items():
        others = [e for e in extents if e != (start, end)]
        extra = _subtract((start, end), [shared] if shared else []) if others else ()
        missing = tuple(piece for block in covered for piece in _subtract(block, [(start, end)]))
        versions.append(
            Version(
                start=start,
                end=end,
                label=label,
                annotators=tuple(dict.fromkeys(s.annotator for s in members)),
                span_ids=tuple(s.id for s in members),
                extra=extra,
                missing=missing,
            )
        )
    differing = tuple(
        piece for block in covered for piece in _subtract(block, [shared] if shared else [])
    )
    return Comparison(cluster.start, cluster.end, tuple(versions), shared, differing)


# -- the input of the figures --------------------------------------------------------


@dataclass(frozen=True)
class DocumentLayers:
    """One document's text and each annotator's spans, as the figures need them."""

    document_id: str
    text: str
    spans: Mapping[str, Sequence[SpanTuple]]

    @classmethod
    def from_spans(cls, document_id: str, text: str, spans: Iterable[Span]) -> DocumentLayers:
        layers: dict[str, list[SpanTuple]] = {}
        for span in spans:
            layers.setdefault(span.annotator, []).append((span.start, span.end, span.label))
        return cls(document_id, text, layers)


# -- counting --------------------------------------------------------------------------


@dataclass
class _PairCounts:
    """Span counts of one pair of annotators, per label."""

    a: Counter[str] = field(default_factory=Counter)
    b: Counter[str] = field(default_factory=Counter)
    exact: Counter[str] = field(default_factory=Counter)
    overlap_a: Counter[str] = field(default_factory=Counter)  # A's spans B overlaps
    overlap_b: Counter[str] = field(default_factory=Counter)


def _overlapped(spans: Iterable[SpanTuple], others: Sequence[SpanTuple]) -> Counter[str]:
    """Per label, how many of `spans` overlap a span of `others` with the same label."""
    by_label: dict[str, list[tuple[int, int]]] = {}
    for start, end, label in others:
        by_label.setdefault(label, []).append((start, end))
    index: dict[str, tuple[list[int], list[int]]] = {}
    for label, extents in by_label.items():
        extents.sort()
        starts = [s for s, _ in extents]
        # The furthest end among the spans that start at or before each one.
        reach = list(accumulate((e for _, e in extents), max))
        index[label] = (starts, reach)
    found: Counter[str] = Counter()
    for start, end, label in spans:
        entry = index.get(label)
        if entry is None:
            continue
        starts, reach = entry
        k = bisect_left(starts, end)  # others starting before this span ends
        if k and reach[k - 1] > start:
            found[label] += 1
    return found


@dataclass(frozen=True)
class _Segments:
    """One document cut at every span edge, shared by all the figures.

    `columns[i][k]` is the tag annotator i gives the tokens of segment k
    (from edge k to edge k+1): the labels covering it, longest span first.
    """

    total: int  # tokens of `token_offsets(text, span edges)`
    position: dict[int, int]  # edge offset -> its index
    columns: list[list[_Tag]]
    tokens: list[int]  # tokens overlapping each segment
    has_empty_spans: bool  # spans with no segment at all (start >= end)


_STARTS = itemgetter(0)
_ENDS = itemgetter(1)
_LABELS = itemgetter(2)


def _segments(text: str, layers: Sequence[Sequence[SpanTuple]]) -> _Segments:
    edge_set: set[int] = set()
    has_empty_spans = False
    extents = []
    for spans in layers:
        starts, ends = list(map(_STARTS, spans)), list(map(_ENDS, spans))
        extents.append((starts, ends))
        edge_set.update(starts, ends)
        has_empty_spans |= any(map(ge, starts, ends))
    edges = sorted(edge_set)
    total, started, ended = token_counts_at(text, edges)
    # Every edge strictly inside a token splits it in two.
    total += sum(started) - sum(ended)
    empty: _Tag = ()
    position = dict(zip(edges, range(len(edges)), strict=True))
    width = max(len(edges) - 1, 0)
    columns: list[list[_Tag]] = []
    for spans, (starts, ends) in zip(layers, extents, strict=True):
        column = [empty] * width
        firsts = list(map(position.__getitem__, starts))
        lasts = list(map(position.__getitem__, ends))
        labels = list(map(_LABELS, spans))
        # A stable sort, so of two spans of one length the later one is inner.
        longest_first = list(map(sub, starts, ends))
        for i in sorted(range(len(spans)), key=longest_first.__getitem__):
            a, b = firsts[i], lasts[i]
            covered = column[a:b]
            if any(covered):  # inside a longer span of this annotator
                column[a:b] = [(*tag, labels[i]) for tag in covered]
            else:
                column[a:b] = [(labels[i],)] * (b - a)
        columns.append(column)
    # Tokens overlapping [edge k, edge k+1): each leaves one piece inside it, and
    # a token split by edge k+1 starts before it, so it counts here too.
    tokens = list(map(sub, started[1:], ended))
    return _Segments(total, position, columns, tokens, has_empty_spans)


def _tag_tokens(
    text: str, layers: Sequence[Sequence[SpanTuple]]
) -> tuple[int, Counter[tuple[_Tag, ...]]]:
    """(number of tokens, how many tokens carry each combination of tags).

    Tokens are those of `token_offsets(text, span edges)`. Between two
    neighbouring span edges every token has the same tags, so tokens are
    counted per such segment from the token starts (`token_counts_at`), never
    listed one by one; tokens that no span covers are only counted. A
    property test checks this against tagging every token.
    """
    return _count_tags(_segments(text, layers))


def _count_tags(segments: _Segments) -> tuple[int, Counter[tuple[_Tag, ...]]]:
    found: dict[tuple[_Tag, ...], int] = {}
    for key, n in zip(zip(*segments.columns, strict=True), segments.tokens, strict=False):
        found[key] = found.get(key, 0) + n
    found.pop(((),) * len(segments.columns), None)
    return segments.total, Counter({key: n for key, n in found.items() if n})


def _count_pair(
    counts: _PairCounts,
    a: Sequence[SpanTuple],
    b: Sequence[SpanTuple],
    segments: _Segments | None = None,
    pair: tuple[int, int] = (0, 1),
) -> None:
    """Add the span counts of `a` against `b`.

    With the document's `segments` (`pair` says which columns are a and b),
    overlaps are found by looking at the segments a span covers.
    """
    set_a, set_b = set(a), set(b)
    both = set_a & set_b
    label_of = itemgetter(2)
    counts.a.update(map(label_of, set_a))
    counts.b.update(map(label_of, set_b))
    matched = list(map(label_of, both))
    counts.exact.update(matched)
    # An exact match overlaps trivially; only the rest need looking up.
    counts.overlap_a.update(matched)
    counts.overlap_b.update(matched)
    for rest, others, found, column in (
        (set_a - both, b, counts.overlap_a, pair[1]),
        (set_b - both, a, counts.overlap_b, pair[0]),
    ):
        if not rest:
            continue
        if segments is None or segments.has_empty_spans:
            found.update(_overlapped(rest, others))
            continue
        # Spans are whole segments, so two overlap exactly when they share one.
        position, tags = segments.position, segments.columns[column]
        for start, end, label in rest:
            for k in range(position[start], position[end]):
                if label in tags[k]:
                    found[label] += 1
                    break


# -- the figures themselves -----------------------------------------------------------


def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def cohen_kappa(table: Mapping[tuple[str, str], int]) -> float | None:
    """Cohen's kappa from counts of (tag by A, tag by B) pairs; None if undefined."""
    n = sum(table.values())
    if not n:
        return None
    a: Counter[str] = Counter()
    b: Counter[str] = Counter()
    agree = 0
    for (x, y), count in table.items():
        a[x] += count
        b[y] += count
        if x == y:
            agree += count
    expected = sum(a[k] * b[k] for k in a) / (n * n)
    observed = agree / n
    if math.isclose(expected, 1.0):
        return None
    return (observed - expected) / (1 - expected)


def fleiss_kappa(items: Mapping[tuple[str, ...], int]) -> float | None:
    """Fleiss' kappa from counts of items by the tuple of tags the raters gave.

    Every tuple must have the same length (raters per item), at least 2.
    """
    n_items = sum(items.values())
    if not n_items:
        return None
    raters = len(next(iter(items)))
    if raters < 2:
        return None
    per_category: Counter[str] = Counter()
    p_sum = 0.0
    for tags, count in items.items():
        row = Counter(tags)
        per_category.update({k: v * count for k, v in row.items()})
        p_sum += count * (sum(v * v for v in row.values()) - raters) / (raters * (raters - 1))
    p_bar = p_sum / n_items
    p_e = sum((v / (n_items * raters)) ** 2 for v in per_category.values())
    if math.isclose(p_e, 1.0):
        return None
    return (p_bar - p_e) / (1 - p_e)


def krippendorff_alpha(items: Mapping[tuple[str, ...], int]) -> float | None:
    """Krippendorff's alpha, nominal, from counts of items by their tuple of tags.

    No missing values: each tuple holds one tag per coder (at least 2).
    """
    coincidence: dict[tuple[str, str], float] = {}
    for tags, count in items.items():
        m = len(tags)
        if m < 2:
            continue
        row = Counter(tags)
        for c, n_c in row.items():
            for k, n_k in row.items():
                pairs = n_c * (n_k - 1) if c == k else n_c * n_k
                coincidence[(c, k)] = coincidence.get((c, k), 0.0) + count * pairs / (m - 1)
    marginals: dict[str, float] = {}
    for (c, _), value in coincidence.items():
        marginals[c] = marginals.get(c, 0.0) + value
    n = sum(marginals.values())
    if n <= 1:
        return None
    disagree = sum(v for (c, k), v in coincidence.items() if c != k)
    expected = sum(marginals[c] * marginals[k] for c in marginals for k in marginals if c != k)
    if not expected:
        return None
    return 1 - (n - 1) * disagree / expected


# -- the report ------------------------------------------------------------------------


@dataclass(frozen=True)
class PairFigures:
    """Two annotators compared, over all labels (`label` None) or one label."""

    annotators: tuple[str, str]
    label: str | None
    spans_a: int
    spans_b: int
    exact_matches: int
    exact_f1: float | None
    overlap_f1: float | None
    cohen_kappa: float | None
    tokens: int


@dataclass(frozen=True)
class GroupFigures:
    """All chosen annotators together (Fleiss' kappa is for three or more)."""

    annotators: tuple[str, ...]
    label: str | None
    fleiss_kappa: float | None
    krippendorff_alpha: float | None
    tokens: int


@dataclass(frozen=True)
class AgreementReport:
    annotators: tuple[str, ...]
    labels: tuple[str, ...]
    documents: int
    tokens: int
    pairs: tuple[PairFigures, ...]
    groups: tuple[GroupFigures, ...]

    def pair(self, a: str, b: str, label: str | None = None) -> PairFigures:
        for figures in self.pairs:
            if figures.label == label and set(figures.annotators) == {a, b}:
                return figures
        raise KeyError((a, b, label))

    def group(self, label: str | None = None) -> GroupFigures:
        for figures in self.groups:
            if figures.label == label:
                return figures
        raise KeyError(label)

    def to_dict(self) -> dict[str, Any]:
        return {
            "annotators": list(self.annotators),
            "labels": list(self.labels),
            "documents": self.documents,
            "tokens": self.tokens,
            "pairs": [{**f.__dict__, "annotators": list(f.annotators)} for f in self.pairs],
            "groups": [{**f.__dict__, "annotators": list(f.annotators)} for f in self.groups],
        }


def _f1(pair: _PairCounts, labels: Iterable[str] | None) -> tuple[int, int, int, Any, Any]:
    keys = list(labels) if labels is not None else list(set(pair.a) | set(pair.b))
    n_a = sum(pair.a[k] for k in keys)
    n_b = sum(pair.b[k] for k in keys)
    exact = sum(pair.exact[k] for k in keys)
    recall = _ratio(sum(pair.overlap_a[k] for k in keys), n_a)
    precision = _ratio(sum(pair.overlap_b[k] for k in keys), n_b)
    if recall is None or precision is None:
        # One side marked nothing: F1 is 0 if the other did, undefined if neither.
        overlap = 0.0 if (n_a or n_b) else None
    else:
        overlap = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return n_a, n_b, exact, _ratio(2 * exact, n_a + n_b), overlap


class AgreementCounter:
    """Counts gathered document by document; `report()` turns them into figures.

    Counters of separate parts of a corpus can be combined with `update`, so
    long runs can be split (threads, processes, progress) without changing
    the result.
    """

    def __init__(self, annotators: Sequence[str]) -> None:
        if len(annotators) < 2 or len(set(annotators)) != len(annotators):
            raise ValueError("agreement needs two or more different annotators")
        self.annotators = tuple(annotators)
        self._pairs = list(combinations(range(len(self.annotators)), 2))
        self._pair_counts = [_PairCounts() for _ in self._pairs]
        self._tags: Counter[tuple[_Tag, ...]] = Counter()
        self.tokens = 0
        self.documents = 0

    def add(self, doc: DocumentLayers) -> None:
        layers = [doc.spans.get(name, ()) for name in self.annotators]
        # One tokenization and one cut at the span edges serve every figure.
        segments = _segments(doc.text, layers)
        for counts, (i, j) in zip(self._pair_counts, self._pairs, strict=True):
            _count_pair(counts, layers[i], layers[j], segments, (i, j))
        # What _count_tags counts, added straight to the corpus's counter (same order).
        tags = self._tags
        get = tags.get
        found = zip(zip(*segments.columns, strict=True), segments.tokens, strict=False)
        for key, n in compress(found, segments.tokens):  # segments with tokens
            tags[key] = get(key, 0) + n
        blank = ((),) * len(layers)
        if blank in tags:
            del tags[blank]  # tokens no span covers are only counted
        self.tokens += segments.total
        self.documents += 1

    def update(self, other: AgreementCounter) -> None:
        if other.annotators != self.annotators:
            raise ValueError("counters of different annotators cannot be combined")
        for mine, theirs in zip(self._pair_counts, other._pair_counts, strict=True):
            for name in ("a", "b", "exact", "overlap_a", "overlap_b"):
                getattr(mine, name).update(getattr(theirs, name))
        self._tags.update(other._tags)
        self.tokens += other.tokens
        self.documents += other.documents

    def _table(self, label: str | None) -> Counter[tuple[str, ...]]:
        """Tokens counted by the tuple of tags the annotators gave them."""
        table: Counter[tuple[str, ...]] = Counter()
        unmarked = self.tokens - sum(self._tags.values())
        if unmarked:
            table[(OUTSIDE,) * len(self.annotators)] = unmarked
        for key, n in self._tags.items():
            if label is None:
                row = tuple(tag[-1] if tag else OUTSIDE for tag in key)
            else:
                row = tuple(label if label in tag else OUTSIDE for tag in key)
            table[row] += n
        return table

    def report(self) -> AgreementReport:
        names = self.annotators
        labels = sorted(
            {label for key in self._tags for tag in key for label in tag}
            | {label for c in self._pair_counts for label in (*c.a, *c.b)}
        )
        pair_rows: list[PairFigures] = []
        group_rows: list[GroupFigures] = []
        for label in [None, *labels]:
            table = self._table(label)
            for counts, (i, j) in zip(self._pair_counts, self._pairs, strict=True):
                two: Counter[tuple[str, str]] = Counter()
                for row, n in table.items():
                    two[(row[i], row[j])] += n
                n_a, n_b, exact, exact_f1, overlap_f1 = _f1(
                    counts, None if label is None else [label]
                )
                pair_rows.append(
                    PairFigures(
                        annotators=(names[i], names[j]),
                        label=label,
                        spans_a=n_a,
                        spans_b=n_b,
                        exact_matches=exact,
                        exact_f1=exact_f1,
                        overlap_f1=overlap_f1,
                        cohen_kappa=cohen_kappa(two),
                        tokens=self.tokens,
                    )
                )
            group_rows.append(
                GroupFigures(
                    annotators=names,
                    label=label,
                    fleiss_kappa=fleiss_kappa(table),
                    krippendorff_alpha=krippendorff_alpha(table),
                    tokens=self.tokens,
                )
            )
        return AgreementReport(
            annotators=names,
            labels=tuple(labels),
            documents=self.documents,
            tokens=self.tokens,
            pairs=tuple(pair_rows),
            groups=tuple(group_rows),
        )


def agreement(
    documents: Iterable[DocumentLayers],
    annotators: Sequence[str],
    *,
    progress: Callable[[int], object] | None = None,
    workers: int = 1,
) -> AgreementReport:
    """Agreement of `annotators` (two or more) over `documents`, overall and per label.

    `progress(n)` is called after every 500 documents with the number done
    (with `workers`, as runs of documents are counted). Labels reported are
    those any of the annotators used. Raises ValueError for fewer than two
    annotators. With `workers` > 1, up to `workers - 1` helper processes count
    runs of documents while this one counts too (see core.agreement_pool); the
    figures are exactly those of one process.
    """
    if workers > 1:
        from annotator.core.agreement_pool import count_in_processes

        return count_in_processes(documents, annotators, workers, progress).report()
    counter = AgreementCounter(annotators)
    for doc in documents:
        counter.add(doc)
        if progress is not None and counter.documents % 500 == 0:
            progress(counter.documents)
    return counter.report()
