"""Token-level views of spans, shared by CoNLL, Hugging Face and spaCy exports.

Every token format tokenizes a document with its span edges as extra split
points (see annotator.core.tokenize), so each span covers whole tokens
exactly. Formats with one tag per token cannot hold overlapping spans; the
documented rule is: the longest span wins, then the earliest; the others are
left out and counted in the export's warnings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from annotator.core.errors import InputError
from annotator.core.model import Span
from annotator.core.packaged import INSTALL_SPACY
from annotator.core.schema import LabelSchema, default_schema
from annotator.core.tokenize import token_offsets

Tokenizer = Callable[[str, Sequence[int]], list[tuple[int, int]]]


@dataclass
class WriteContext:
    """What the user chose for an export, handed to every writer."""

    schema: LabelSchema = field(default_factory=default_schema)
    scheme: str = "iob2"
    tokenizer: str = "default"
    labels: list[str] = field(default_factory=list)

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
        for cut in edges:
            if start < cut < end:
                out.append((start, cut))
                start = cut
        out.append((start, end))
    return out


def tokens_for(text: str, spans: Sequence[Span], ctx: WriteContext) -> list[tuple[int, int]]:
    return ctx.tokens(text, [edge for span in spans for edge in (span.start, span.end)])


def token_range(offsets: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """(first, last inclusive) token overlapping [start, end); (-1, -1) when none does."""
    first = last = -1
    for i, (s, e) in enumerate(offsets):
        if s < end and start < e:
            if first < 0:
                first = i
            last = i
        elif s >= end:
            break
    return first, last


def resolve_overlaps(
    spans: Sequence[Span], offsets: Sequence[tuple[int, int]]
) -> tuple[list[tuple[Span, int, int]], list[Span]]:
    """Spans that fit one tag per token, as (span, first, last token); and those left out.

    Rule: longest (in characters) wins, then the earliest start.
    """
    placed: list[tuple[Span, int, int]] = []
    dropped: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start, s.id)):
        first, last = token_range(offsets, span.start, span.end)
        if first < 0 or any(i in taken for i in range(first, last + 1)):
            dropped.append(span)
            continue
        taken.update(range(first, last + 1))
        placed.append((span, first, last))
    placed.sort(key=lambda p: p[1])
    return placed, dropped


def tags_for(
    count: int, placed: Sequence[tuple[Span, int, int]], scheme: str = "iob2"
) -> list[str]:
    """One tag per token: IOB2 (B-, I-, O) or BIOES (adds E- and S-)."""
    tags = ["O"] * count
    for span, first, last in placed:
        if scheme == "bioes":
            if first == last:
                tags[first] = f"S-{span.label}"
                continue
            tags[first] = f"B-{span.label}"
            for i in range(first + 1, last):
                tags[i] = f"I-{span.label}"
            tags[last] = f"E-{span.label}"
        else:
            tags[first] = f"B-{span.label}"
            for i in range(first + 1, last + 1):
                tags[i] = f"I-{span.label}"
    return tags


def tag_names(ctx: WriteContext) -> list[str]:
    """The tag list, O first: what ner_tags integers index and id2label describes."""
    prefixes = ("B", "I", "E", "S") if ctx.scheme == "bioes" else ("B", "I")
    return ["O"] + [f"{p}-{label}" for label in ctx.label_names() for p in prefixes]


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
