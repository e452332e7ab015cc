"""The consistency checker: the same text tagged one way here and another way there.

Pure functions over texts and spans (no SQL, no Qt); offsets are code points.

Text consistency: every span text is folded (lower case, whitespace runs to
one space). For each folded text its usual label is the one most of its spans
carry. Every whole-word occurrence of the text in the corpus is then checked:
one with a span of exactly that extent and the usual label, or lying inside a
span of the usual label, is fine; one whose exact span has another label is
"tagged differently"; any other is "untagged". Occurrences are found per
document through a word index (the candidate texts whose rarest-looking word
the document contains), then by `str.find` on the lower-cased text, so the
cost grows with the corpus and the matches, not with (texts x documents).
Limitations: words separated by two or more spaces are not matched, and a
text that lower-cases to a different length is matched case-sensitively only.

Schema rules: a QUOTE without a speaker, a CASUALTY whose counts are empty
though its text states a number, a span that starts or ends inside a word.

Each problem has a stable `key`, so that dismissing it can be remembered.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Final, NamedTuple

from annotator.core.casualty import parse_casualty
from annotator.core.snapping import snap_to_words

KINDS: Final = (
    "untagged",
    "other_label",
    "quote_without_speaker",
    "casualty_without_count",
    "inside_word",
)
_TOKEN = re.compile(r"[^\W_]+")
_SPACE = re.compile(r"\s+")
_WHITESPACE_TO_SPACE = {ord(c): " " for c in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u2028\u2029"}


def fold(text: str) -> str:
    """Lower case, whitespace runs as one space, trimmed: how span texts are compared."""
    return _SPACE.sub(" ", text).strip().lower()


class CheckedSpan(NamedTuple):
    """The parts of a span the checker reads."""

    id: str
    document_id: str
    start: int
    end: int
    label: str
    attributes: Mapping[str, Any]


@dataclass(frozen=True)
class Problem:
    """One finding, at one place.

    `label`: the label the text usually has (text problems) or the span's own
    label (rule problems). `span_id`: the span concerned, if any (for
    'other_label', the span with the unusual label). `found`: that span's label.
    """

    key: str
    kind: str
    document_id: str
    start: int
    end: int
    label: str
    message: str
    span_id: str | None = None
    found: str | None = None
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "kind": self.kind,
            "document_id": self.document_id,
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "found": self.found,
            "span_id": self.span_id,
            "text": self.text,
            "message": self.message,
        }


@dataclass
class TextSummary:
    """How one folded text is tagged across the corpus."""

    text: str
    label: str
    tagged: set[str] = field(default_factory=set)  # document ids
    untagged: set[str] = field(default_factory=set)
    other: dict[str, set[str]] = field(default_factory=dict)  # label -> document ids

    def describe(self) -> str:
        parts = [f"{self.label} {self.text!r} tagged in {_documents(len(self.tagged))}"]
        if self.untagged:
            parts.append(f"untagged in {len(self.untagged)}")
        for label, docs in sorted(self.other.items()):
            parts.append(f"tagged {label} in {len(docs)}")
        return ", ".join(parts)


def _documents(n: int) -> str:
    return f"{n} document" if n == 1 else f"{n} documents"


@dataclass
class Report:
    problems: list[Problem]
    summaries: list[TextSummary]

    def counts(self) -> dict[str, int]:
        found = Counter(p.kind for p in self.problems)
        return {kind: found.get(kind, 0) for kind in KINDS}


def _occurrences(text: str, lowered: str, needle: str) -> Iterable[tuple[int, int]]:
    """Whole-word occurrences of the single-spaced lower-case `needle` in `lowered`."""
    size = len(needle)
    at = lowered.find(needle)
    while at >= 0:
        end = at + size
        before_ok = at == 0 or not _word_char(text[at - 1])
        after_ok = end >= len(text) or not _word_char(text[end])
        if before_ok and after_ok:
            yield at, end
        at = lowered.find(needle, at + 1)


def _word_char(ch: str) -> bool:
    return ch.isalnum()


def _text_problems(
    texts: Mapping[str, str], spans: list[CheckedSpan], labels: set[str] | None
) -> tuple[list[Problem], list[TextSummary]]:
    label_counts: dict[str, Counter[str]] = defaultdict(Counter)
    tagged_docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    by_doc: dict[str, list[CheckedSpan]] = defaultdict(list)
    for span in spans:
        by_doc[span.document_id].append(span)
        if labels is not None and span.label not in labels:
            continue
        text = texts.get(span.document_id)
        if text is None:
            continue
        key = fold(text[span.start : span.end])
        if not _TOKEN.search(key):
            continue
        label_counts[key][span.label] += 1
        tagged_docs[(key, span.label)].add(span.document_id)
    usual = {
        key: sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        for key, counts in label_counts.items()
    }
    # Index each text under its longest word: a cheap stand-in for its rarest.
    index: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
    for key in usual:
        key_words = tuple(_TOKEN.findall(key))
        index[max(key_words, key=len)].append((key, key_words))
    summaries = {key: TextSummary(key, label) for key, label in usual.items()}
    for key, label in usual.items():
        summaries[key].tagged = set(tagged_docs[(key, label)])
    problems: list[tuple[str, Problem]] = []
    for doc_id, text in texts.items():
        lowered = text.translate(_WHITESPACE_TO_SPACE).lower()
        exact = len(lowered) == len(text)
        words = set(_TOKEN.findall(lowered))
        doc_spans = by_doc.get(doc_id, [])
        at_extent: dict[tuple[int, int], list[CheckedSpan]] = defaultdict(list)
        for span in doc_spans:
            at_extent[(span.start, span.end)].append(span)
        for word in words:
            for key, key_words in index.get(word, ()):
                if len(key_words) > 1 and not all(w in words for w in key_words):
                    continue
                label = usual[key]
                places = (
                    _occurrences(text, lowered, key)
                    if exact
                    else ((m.start(), m.end()) for m in re.finditer(re.escape(key), text))
                )
                for start, end in places:
                    here = at_extent.get((start, end), [])
                    if any(s.label == label for s in here):
                        continue
                    if here:
                        other = here[0]
                        summaries[key].other.setdefault(other.label, set()).add(doc_id)
                        kind, found, span_id = "other_label", other.label, other.id
                    elif any(
                        s.label == label and s.start <= start and end <= s.end for s in doc_spans
                    ):
                        continue
                    else:
                        summaries[key].untagged.add(doc_id)
                        kind, found, span_id = "untagged", None, None
                    problems.append(
                        (
                            key,
                            Problem(
                                key=f"{kind}|{label}|{key}|{doc_id}|{start}|{end}",
                                kind=kind,
                                document_id=doc_id,
                                start=start,
                                end=end,
                                label=label,
                                message="",
                                span_id=span_id,
                                found=found,
                                text=text[start:end],
                            ),
                        )
                    )
    described = [replace(p, message=summaries[key].describe()) for key, p in problems]
    flagged = [s for s in summaries.values() if s.untagged or s.other]
    return described, sorted(flagged, key=lambda s: (s.label, s.text))


def _inside_word(text: str, start: int, end: int) -> bool:
    # Cheap test first: most spans have a non-word character on both sides.
    left = start > 0 and not text[start - 1].isspace()
    right = end < len(text) and not text[end].isspace()
    if not (left or right):
        return False
    snapped_start, snapped_end = snap_to_words(text, start, end)
    return snapped_start < start or snapped_end > end


def _rule_problems(
    texts: Mapping[str, str], spans: list[CheckedSpan], quotes_with_speaker: set[str]
) -> list[Problem]:
    problems: list[Problem] = []
    for span in spans:
        text = texts.get(span.document_id)
        if text is None:
            continue
        covered = text[span.start : span.end]

        def add(kind: str, message: str, span: CheckedSpan = span, covered: str = covered) -> None:
            problems.append(
                Problem(
                    key=f"{kind}|{span.id}",
                    kind=kind,
                    document_id=span.document_id,
                    start=span.start,
                    end=span.end,
                    label=span.label,
                    message=message,
                    span_id=span.id,
                    found=span.label,
                    text=covered,
                )
            )

        if span.label == "QUOTE" and span.id not in quotes_with_speaker:
            add("quote_without_speaker", f"QUOTE {_short(covered)} has no speaker")
        elif (
            span.label == "CASUALTY"
            and span.attributes.get("count_low") is None
            and span.attributes.get("count_high") is None
        ):
            count = parse_casualty(covered)
            if count.low is not None or count.high is not None:
                add(
                    "casualty_without_count",
                    f"CASUALTY {_short(covered)} states a number but its counts are empty",
                )
        if _inside_word(text, span.start, span.end):
            add("inside_word", f"{span.label} {_short(covered)} starts or ends inside a word")
    return problems


def _short(text: str, size: int = 50) -> str:
    flat = _SPACE.sub(" ", text).strip()
    return repr(flat if len(flat) <= size else flat[: size - 1] + "…")


def check(
    texts: Mapping[str, str],
    spans: Iterable[CheckedSpan],
    quotes_with_speaker: set[str],
    *,
    labels: set[str] | None = None,
    dismissed: set[str] | None = None,
    progress: Callable[[str], object] | None = None,
) -> Report:
    """Every problem in the corpus, ordered by document (as `texts` is) then position.

    `texts`: document id -> text, in the order to report. `spans`: the layer
    to check. `quotes_with_speaker`: ids of QUOTE spans that have a speaker.
    `labels`: only texts of these labels are compared (None: all). Problems
    whose key is in `dismissed` are left out.
    """
    span_list = list(spans)
    if progress:
        progress("comparing texts")
    text_found, summaries = _text_problems(texts, span_list, labels)
    if progress:
        progress("checking rules")
    rule_found = _rule_problems(texts, span_list, quotes_with_speaker)
    order = {doc_id: i for i, doc_id in enumerate(texts)}
    skip = dismissed or set()
    problems = sorted(
        (p for p in [*text_found, *rule_found] if p.key not in skip),
        key=lambda p: (order.get(p.document_id, 0), p.start, p.end, p.kind, p.key),
    )
    return Report(problems, summaries)
