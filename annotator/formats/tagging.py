"""Token-level views of spans, shared by CoNLL, Hugging Face and spaCy exports.

Every token format tokenizes a document with its span edges as extra split
points (see annotator.core.tokenize), so each span covers whole tokens
exactly. Formats with one tag per token cannot hold overlapping spans; which
spans are kept is the export's overlap policy:
- `longest` (the default for one annotator): the longest span wins, then the
  earliest start;
- `first-annotator`: spans of the annotator named first win, then the next
  annotator's, each annotator's own overlaps by the longest rule;
- `refuse`: spans of two annotators that overlap fail the export, naming them.
Spans with the same start, end and label from several annotators are one
span under every policy. The others are left out and counted in the warnings.

Everything here runs in time linear in the document (plus a sort of its
spans), and tokens are produced lazily a chunk at a time, so a 200 MB text
never holds a list of its tens of millions of tokens.

Segments (sentence, paragraph, document) are where a token format may start a
new block. A segment break is never placed inside a kept span: the span is
carried across, so no block ever opens with I- or E-, and every tag
sequence is valid IOB2 or BIOES.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import compress, repeat
from operator import gt, itemgetter, le, ne, sub
from typing import NamedTuple, cast

from annotator.core.errors import InputError
from annotator.core.model import Span, SpanRecord, span_record
from annotator.core.packaged import INSTALL_SPACY
from annotator.core.schema import LabelSchema, default_schema
from annotator.core.tokenize import token_offsets

Tokenizer = Callable[[str, Sequence[int]], list[tuple[int, int]]]

POLICIES = ("longest", "first-annotator", "refuse")
SEGMENTS = ("sentence", "paragraph", "document")
# Tokens are made this many characters at a time (cut at whitespace, which no token spans).
CHUNK = 1 << 20
_WHITESPACE = re.compile(r"\s")
_SENTENCE_END = frozenset(".!?")
_CLOSERS = frozenset("\"'\u201d\u2019)]\u00bb")
_NEVER = 1 << 62  # past the end of any text
_CONTINUING = frozenset("IE")  # the first letter of the tag of a span's later token


@dataclass
class WriteContext:
    """What the user chose for an export, handed to every writer."""

    schema: LabelSchema = field(default_factory=default_schema)
    scheme: str = "iob2"
    tokenizer: str = "default"
    labels: list[str] = field(default_factory=list)
    overlap: str = "longest"
    annotators: list[str] = field(default_factory=list)  # the layer, in the order named
    segment: str = "paragraph"
    offset_unit: str = "codepoint"  # doccano: "utf16" or "codepoint"
    suggesters: frozenset[str] = frozenset()  # annotators whose spans are machine suggestions
    per_annotator: bool = False  # several annotators: one record per document and annotator

    def tokens(self, text: str, cuts: Sequence[int]) -> list[tuple[int, int]]:
        """Token offsets of `text`, cut at `cuts` (span edges)."""
        if self.tokenizer == "spacy":
            return spacy_token_offsets(text, cuts)
        return token_offsets(text, cuts)

    def label_names(self) -> list[str]:
        return self.labels or [label.name for label in self.schema.labels]


_SPACY_NLP: list[object] = []


def spacy_token_offsets(text: str, cuts: Sequence[int]) -> list[tuple[int, int]]:
    """spaCy's English tokenizer (spacy.blank("en")), whitespace dropped, cut at `cuts`."""
    try:
        import spacy
    except ImportError as exc:
        raise InputError(f"the spaCy tokenizer needs spaCy: {INSTALL_SPACY}") from exc
    if not _SPACY_NLP:
        _SPACY_NLP.append(spacy.blank("en"))
    nlp = _SPACY_NLP[0]
    pieces = [
        (t.idx, t.idx + len(t.text))
        for t in nlp.tokenizer(text)  # type: ignore[attr-defined]
        if not t.is_space
    ]
    edges = sorted(set(cuts))
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        index = bisect_right(edges, start)
        while index < len(edges) and edges[index] < end:
            out.append((start, edges[index]))
            start = edges[index]
            index += 1
        out.append((start, end))
    return out


def iter_tokens(text: str, cuts: Sequence[int], ctx: WriteContext) -> Iterator[tuple[int, int]]:
    """The tokens of `text` cut at `cuts`, made a chunk of about CHUNK characters at a time.

    Chunks end at a whitespace character, which no token contains, so the
    tokens are exactly those of tokenizing the whole text at once.
    """
    if len(text) <= CHUNK:
        return iter(ctx.tokens(text, cuts))
    return _chunked_tokens(text, cuts, ctx)


def _chunked_tokens(text: str, cuts: Sequence[int], ctx: WriteContext) -> Iterator[tuple[int, int]]:
    edges = sorted(set(cuts))
    start = 0
    while start < len(text):
        found = _WHITESPACE.search(text, start + CHUNK) if start + CHUNK < len(text) else None
        stop = found.end() if found else len(text)
        lo, hi = bisect_left(edges, start), bisect_right(edges, stop)
        local = [e - start for e in edges[lo:hi]]
        for s, e in ctx.tokens(text[start:stop], local):
            yield s + start, e + start
        start = stop


def token_extent(text: str, start: int, end: int) -> tuple[int, int] | None:
    """[start, end) without whitespace at either edge: what the span's tokens cover.

    None when the span covers no token (only whitespace). Tokens never hold
    whitespace and are cut at span edges, so two spans share a token exactly
    when their extents overlap.
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


Spans = Sequence[Span] | Sequence[SpanRecord]  # what the functions below accept


def span_rows(spans: Spans) -> Sequence[SpanRecord]:
    """`spans` as SpanRecords: the very sequence when it holds records (the export's case)."""
    if spans and isinstance(spans[0], Span):
        return [span_record(span) for span in cast(Sequence[Span], spans)]
    return cast(Sequence[SpanRecord], spans)


def span_edges(rows: Sequence[SpanRecord]) -> list[int]:
    """Every span's start and end: the tokenizer's extra cuts (in no particular order)."""
    return [*map(_START, rows), *map(_END, rows)]


class Placed(NamedTuple):
    """A span kept for one tag per token: its label and the characters its tokens cover."""

    start: int
    end: int
    label: str
    span: SpanRecord


_FIRST = itemgetter(0)  # of a token's (start, end), or a Placed
_SECOND = itemgetter(1)
_LABEL_OF_PLACED = itemgetter(2)
_START = itemgetter(1)  # SpanRecord fields
_END = itemgetter(2)
_LABEL = itemgetter(3)
# Placed(...) made in C, without the Python frame of its __new__.
_placed_of = partial(tuple.__new__, Placed)


class Placement:
    """The spans of one document under an overlap policy.

    `placed`: the kept spans, by start, never overlapping; `dropped`: those
    overlapping a kept span, or covering no token; `duplicates`: spans with
    the same start, end and label as a kept span of another annotator.
    """

    __slots__ = ("_columns", "_placed", "dropped", "duplicates")

    def __init__(
        self, placed: list[Placed], dropped: list[SpanRecord], duplicates: int = 0
    ) -> None:
        self._placed: list[Placed] | None = placed
        self._columns: tuple[list[int], list[int], list[str], Sequence[SpanRecord]] | None = None
        self.dropped = dropped
        self.duplicates = duplicates

    @classmethod
    def every_span(
        cls, starts: list[int], ends: list[int], labels: list[str], rows: Sequence[SpanRecord]
    ) -> Placement:
        """Every span kept as it is (in order, disjoint): held as columns, Placed made on demand.

        The CoNLL writer reads the columns only, so the common document makes
        no Placed tuple at all.
        """
        placement = cls([], [])
        placement._placed = None
        placement._columns = (starts, ends, labels, rows)
        return placement

    @property
    def placed(self) -> list[Placed]:
        if self._placed is None:
            assert self._columns is not None
            self._placed = list(map(_placed_of, zip(*self._columns, strict=True)))
        return self._placed

    def columns(self) -> tuple[list[int], list[int], list[str]]:
        """(starts, ends, labels) of the kept spans, in `placed` order."""
        if self._columns is not None:
            return self._columns[:3]
        placed = self.placed
        return (
            list(map(_FIRST, placed)),
            list(map(_SECOND, placed)),
            list(map(_LABEL_OF_PLACED, placed)),
        )


def _overlaps(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    # `starts`/`ends` hold disjoint intervals sorted by start: check the neighbours only.
    i = bisect_right(starts, start)
    if i and ends[i - 1] > start:
        return True
    return i < len(starts) and starts[i] < end


# The last placement made: an export asks twice for each document (its warnings, then
# its tags), with the same list of spans. (spans, text, policy, placement), one tuple
# (replaced whole, so a second thread never sees half of one).
_LAST_PLACEMENT: list[tuple[Spans, str, tuple[str, tuple[str, ...]], Placement]] = []


def place_spans(text: str, spans: Spans, ctx: WriteContext, where: str = "") -> Placement:
    """Which spans get tags, under `ctx.overlap` (see the module docstring).

    `spans` are Span objects or SpanRecords (the export's rows); the Placement
    holds SpanRecords. Raises InputError under the `refuse` policy when two
    annotators' spans overlap, naming the document (`where`) and both spans.
    Asked again for the same sequence of spans and text under the same policy,
    gives the same Placement (callers never change one).
    """
    policy = (ctx.overlap, tuple(ctx.annotators))
    if _LAST_PLACEMENT:
        last = _LAST_PLACEMENT[0]
        if last[0] is spans and last[1] is text and last[2] == policy:
            return last[3]
    placement = _place(text, span_rows(spans), ctx, where)
    # Kept only for texts of a chunk or less: never hold on to a huge document.
    _LAST_PLACEMENT[:] = [(spans, text, policy, placement)] if len(text) <= CHUNK else []
    return placement


def _place(text: str, rows: Sequence[SpanRecord], ctx: WriteContext, where: str) -> Placement:
    # The common case first, checked in C over the whole list: spans in start order (as
    # the store gives them), none overlapping the one before, none starting or ending in
    # whitespace. Then all are kept.
    if not rows:
        return Placement([], [])
    starts = list(map(_START, rows))
    ends = list(map(_END, rows))
    cut = text.__getitem__
    if (
        all(map(le, ends[:-1], starts[1:]))
        and not _WHITESPACE.search("".join(map(cut, starts)))
        and not _WHITESPACE.search("".join(map(cut, map(sub, ends, repeat(1)))))
    ):
        return Placement.every_span(starts, ends, list(map(_LABEL, rows)), rows)
    return _place_overlapping(text, rows, ctx, where)


def _place_overlapping(
    text: str, rows: Sequence[SpanRecord], ctx: WriteContext, where: str
) -> Placement:
    rank = {name: i for i, name in enumerate(ctx.annotators)}
    by_rank = ctx.overlap == "first-annotator"
    seen: dict[tuple[int, int, str], SpanRecord] = {}
    candidates: list[tuple[tuple[int, int, int, str], SpanRecord, tuple[int, int]]] = []
    dropped: list[SpanRecord] = []
    duplicates = 0
    for span in rows:
        span_id, span_start, span_end, label, annotator = span[:5]
        key = (span_start, span_end, label)
        if key in seen:
            if seen[key][4] != annotator:
                duplicates += 1
            else:
                dropped.append(span)
            continue
        seen[key] = span
        extent = token_extent(text, span_start, span_end)
        if extent is None:
            dropped.append(span)
            continue
        first = rank.get(annotator, len(rank)) if by_rank else 0
        candidates.append(((first, span_start - span_end, span_start, span_id), span, extent))
    candidates.sort(key=itemgetter(0))
    starts: list[int] = []
    ends: list[int] = []
    owners: list[SpanRecord] = []
    placed: list[Placed] = []
    for _key, span, (start, end) in candidates:
        if _overlaps(starts, ends, start, end):
            if ctx.overlap == "refuse":
                i = bisect_right(starts, start)
                near = [owners[j] for j in (i - 1, i) if 0 <= j < len(owners)]
                other = next(
                    (o for o in near if o[1] < span[2] and span[1] < o[2] and o[4] != span[4]),
                    None,
                )
                if other is not None:
                    raise InputError(
                        f"{where or 'a document'}: {other[4]}'s {other[3]} "
                        f"[{other[1]}, {other[2]}) overlaps {span[4]}'s {span[3]} "
                        f"[{span[1]}, {span[2]}) (--overlap refuse); choose longest or "
                        "first-annotator, or resolve it in review"
                    )
            dropped.append(span)
            continue
        i = bisect_left(starts, start)
        starts.insert(i, start)
        ends.insert(i, end)
        owners.insert(i, span)
        placed.append(Placed(start, end, span[3], span))
    placed.sort(key=itemgetter(0))
    return Placement(placed, dropped, duplicates)


def _sentence_ends(text: str, end: int) -> bool:
    """Whether the token ending at `end` closes a sentence (., ! or ?, maybe then a quote)."""
    i = end - 1
    while i >= 0 and text[i] in _CLOSERS:
        i -= 1
    return i >= 0 and text[i] in _SENTENCE_END


def tagged_segments(
    text: str, spans: Spans, ctx: WriteContext, where: str = ""
) -> tuple[Iterator[Iterator[tuple[int, int, str]]], Placement]:
    """The segments of a document, each an iterator of (start, end, tag) per token.

    `spans`: Span objects or SpanRecords. Segments follow `ctx.segment` but
    never break inside a kept span. Consume each segment before asking for
    the next. Also returns the Placement.
    """
    placement = place_spans(text, spans, ctx, where)
    cuts = span_edges(span_rows(spans))
    listed = listed_tags(text, cuts, placement, ctx)
    if listed is not None:
        offsets, tags, breaks = listed
        starts, ends = map(itemgetter(0), offsets), map(itemgetter(1), offsets)
        rows = list(zip(starts, ends, tags, strict=True))
        parts = [rows[a:b] for a, b in zip([0, *breaks], [*breaks, len(rows)], strict=True)]
        return iter([iter(part) for part in parts if part]), placement
    walk = _Walk(text, iter_tokens(text, cuts, ctx), placement.placed, ctx)
    return walk.segments(), placement


_NEWLINE = re.compile("\n")


def listed_tags(
    text: str, cuts: Sequence[int], placed: Placement | list[Placed], ctx: WriteContext
) -> tuple[list[tuple[int, int]], list[str], list[int]] | None:
    """(tokens, tag of each token, the tokens that begin a segment), or None.

    `placed`: the kept spans, as a Placement or its `placed` list.

    What `tagged_segments` yields, computed with lists: tags are set span by
    span (each kept span's edges are token edges) instead of token by token,
    and paragraph breaks are found from the text's line breaks. Only for a
    document of at most CHUNK characters in paragraph or document segments:
    None for longer texts, sentences, or a kept span's edge that is not a
    token edge (a tokenizer that does not cut there), which the token walk
    handles. A property test holds the two equal.
    """
    if len(text) > CHUNK or ctx.segment == "sentence":
        return None
    offsets = ctx.tokens(text, cuts)
    count = len(offsets)
    tags = ["O"] * count
    if isinstance(placed, Placement):
        span_starts, span_ends, labels = placed.columns()
    else:
        span_starts, span_ends = list(map(_FIRST, placed)), list(map(_SECOND, placed))
        labels = list(map(_LABEL_OF_PLACED, placed))
    if span_starts:
        # Each span's first and last token, looked up by its edges in C for the whole list
        # at once (a dict of the token edges costs half as much as a bisection per span);
        # a span edge that is no token edge (a tokenizer that does not cut there) leaves
        # the document to the walk.
        first_of = dict(zip(map(_FIRST, offsets), range(count), strict=True))
        last_of = dict(zip(map(_SECOND, offsets), range(count), strict=True))
        found_firsts = list(map(first_of.get, span_starts))
        found_lasts = list(map(last_of.get, span_ends))
        if None in found_firsts or None in found_lasts:
            return None
        firsts = cast(list[int], found_firsts)
        lasts = cast(list[int], found_lasts)
        if any(map(gt, firsts, lasts)):
            return None
        bioes = ctx.scheme == "bioes"
        # Every span's first tag, as if each covered one token (most do) ...
        deque(map(tags.__setitem__, firsts, map(("S-" if bioes else "B-").__add__, labels)), 0)
        # ... then the spans of several tokens, one at a time.
        several = compress(zip(firsts, lasts, labels, strict=True), map(ne, firsts, lasts))
        for first, last, label in several:
            tags[first] = "B-" + label
            tags[first + 1 : last + 1] = ["I-" + label] * (last - first)
            if bioes:
                tags[last] = "E-" + label
    breaks: list[int] = []
    if ctx.segment == "document" or count < 2:
        return offsets, tags, breaks
    # A segment starts at a token with a line break between it and the token before,
    # unless the token continues a span (I- or E-: a break never falls inside a kept span).
    for found in _NEWLINE.finditer(text):
        at = found.start()
        i = bisect_right(offsets, (at, _NEVER))  # the first token after the line break
        if (
            0 < i < count
            and (not breaks or breaks[-1] != i)
            and tags[i][0] not in _CONTINUING
            and offsets[i - 1][1] <= at  # in the gap, not inside a token
        ):
            breaks.append(i)
    return offsets, tags, breaks


class _Walk:
    """One pass over a document's tokens, handing out one segment at a time."""

    def __init__(
        self, text: str, tokens: Iterator[tuple[int, int]], placed: list[Placed], ctx: WriteContext
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.placed = placed
        self.bioes = ctx.scheme == "bioes"
        self.mode = ctx.segment
        self.pending: tuple[int, int] | None = next(tokens, None)
        self.k = 0  # the first kept span that does not end before the pending token

    def segments(self) -> Iterator[Iterator[tuple[int, int, str]]]:
        while self.pending is not None:
            yield self.segment()

    def segment(self) -> Iterator[tuple[int, int, str]]:
        # The hot loop of every token export: locals only, one span looked at a time.
        text, placed, tokens = self.text, self.placed, self.tokens
        count = len(placed)
        splitting = self.mode != "document"
        sentences = self.mode == "sentence"
        bioes = self.bioes
        find = text.find
        k = self.k
        span_start, span_end = placed[k][:2] if k < count else (_NEVER, _NEVER)
        previous_end = -1
        pending = self.pending
        while pending is not None:
            start, end = pending
            while span_end <= start:  # spans are disjoint and sorted: move to the next one
                k += 1
                span_start, span_end = placed[k][:2] if k < count else (_NEVER, _NEVER)
            inside = span_start < end
            carried = inside and span_start < start  # the span began in an earlier token
            if (
                splitting
                and not carried
                and previous_end >= 0
                and start > previous_end
                and (
                    find("\n", previous_end, start) >= 0
                    or (sentences and _sentence_ends(text, previous_end))
                )
            ):
                self.pending, self.k = pending, k
                return  # the next segment starts with this token
            pending = next(tokens, None)
            if not inside:
                tag = "O"
            else:
                label = placed[k][2]
                last = pending is None or pending[0] >= span_end
                if not bioes:
                    tag = ("I-" if carried else "B-") + label
                elif not carried and last:
                    tag = "S-" + label
                else:
                    tag = ("I-" if not last else "E-") + label if carried else "B-" + label
            yield start, end, tag
            previous_end = end
        self.pending, self.k = None, k


def tag_names(ctx: WriteContext) -> list[str]:
    """The tag list, O first: what ner_tags integers index and id2label describes."""
    prefixes = ("B", "I", "E", "S") if ctx.scheme == "bioes" else ("B", "I")
    return ["O"] + [f"{p}-{label}" for label in ctx.label_names() for p in prefixes]


def valid_sequence(tags: Sequence[str], scheme: str) -> bool:
    """Whether `tags` is a valid IOB2 or BIOES sequence (every span opened, closed, one label)."""
    open_label: str | None = None
    for tag in tags:
        prefix, _sep, label = tag.partition("-")
        if tag == "O":
            if scheme == "bioes" and open_label is not None:
                return False
            open_label = None
        elif prefix in ("B", "S"):
            if scheme == "bioes" and open_label is not None:
                return False
            open_label = label if prefix == "B" or scheme != "bioes" else None
            if scheme != "bioes" and prefix == "S":
                return False
        elif prefix in ("I", "E"):
            if open_label != label or (scheme != "bioes" and prefix == "E"):
                return False
            if prefix == "E":
                open_label = None
        else:
            return False
    return scheme != "bioes" or open_label is None


def spans_from_tags(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """(label, first, last inclusive) from IOB1, IOB2 or BIOES tags.

    An I- or E- that does not continue a span of its label starts one, as the
    CoNLL evaluation script reads it. Raises ValueError naming a bad tag.
    """
    found: list[tuple[str, int, int]] = []
    open_label: str | None = None
    for i, tag in enumerate(tags):
        if tag == "O":
            open_label = None
            continue
        prefix, sep, label = tag.partition("-")
        if not sep or prefix not in ("B", "I", "E", "S") or not label:
            raise ValueError(f"tag {tag!r} is not O or B-/I-/E-/S- and a label")
        if prefix in ("B", "S") or open_label != label:
            found.append((label, i, i))
        else:
            found[-1] = (label, found[-1][1], i)
        open_label = None if prefix in ("E", "S") else label
    return found


WHITE_SPACE_ONLY = "spans of white space only left out"
WHITE_SPACE_EDGE = "spans with white space at an edge written without it"


def white_space_edged(text: str, rows: Iterable[SpanRecord]) -> int:
    """How many of `rows` begin or end with white space but hold a token: a token
    format writes them over their tokens (`token_extent`), without that white space."""
    count = 0
    for row in rows:
        start, end = row[1], row[2]
        if (text[start].isspace() or text[end - 1].isspace()) and token_extent(
            text, start, end
        ) is not None:
            count += 1
    return count


def token_limitations(text: str, spans: Spans, ctx: WriteContext) -> Iterable[str]:
    """Warnings for one document of a token format: spans left out (overlapping, or of
    white space only), spans written without the white space at an edge, duplicates
    merged."""
    # Placed here, and the writer that asks next for the same spans gets this placement.
    placement = place_spans(text, spans, ctx)
    for span in placement.dropped:
        if token_extent(text, span[1], span[2]) is None:
            yield WHITE_SPACE_ONLY
            continue
        yield (
            f"overlapping spans left out (one tag per token; {ctx.overlap} policy)"
            if ctx.overlap != "longest"
            else "overlapping spans left out (one tag per token; longest wins, then earliest)"
        )
    if placement._columns is None:  # the fast path found no span edge in white space
        for placed in placement.placed:
            if (placed.start, placed.end) != (placed.span[1], placed.span[2]):
                yield WHITE_SPACE_EDGE
    for _ in range(placement.duplicates):
        yield "identical spans of several annotators written once"
