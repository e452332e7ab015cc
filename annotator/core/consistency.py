"""The consistency checker: the same text tagged one way here and another way there.

Pure functions over texts and spans (no SQL, no Qt); offsets are code points.

Text consistency: every span text is folded (lower case, whitespace runs to
one space, trimmed). For each folded text its usual label is the one most of
its spans carry. Every whole-word occurrence of the text in the corpus is then
checked: one with a span of exactly that extent and the usual label, or lying
inside a span of the usual label, is fine; one whose exact span has another
label is "tagged differently"; any other is "untagged". No text is skipped for
being short, a number or a common word: whatever an analyst tagged once is
checked everywhere. Only texts without a letter or digit are left out (they
have no whole-word occurrences).

Occurrences are found in one pass over each document. Every text is indexed
under its longest word (a cheap stand-in for its rarest), with that word's
offset in the text and the text's length. Each whole-word occurrence of an
indexed word in the document's folded copy proposes one slice per distinct
(offset, length) under that word, looked up in a set: the cost grows with the
corpus and its matches, not with texts x documents, and overlapping or nested
occurrences of different texts are all found. Limitation: words separated by
two or more whitespace characters are not matched.

Schema rules: a QUOTE without a speaker, a CASUALTY whose counts are empty
though its text states a number, a span that starts or ends inside a word.

Each problem has a stable `key`, so that dismissing it can be remembered.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from itertools import accumulate
from operator import itemgetter
from typing import Any, Final, NamedTuple

from annotator.core.casualty import parse_casualty
from annotator.core.collector import collector_paused
from annotator.core.errors import AnnotatorError
from annotator.core.snapping import snap_to_words

KINDS: Final = (
    "untagged",
    "other_label",
    "quote_without_speaker",
    "casualty_without_count",
    "casualty_counts_reversed",
    "inside_word",
)
_TOKEN = re.compile(r"[^\W_]+")
# Whitespace other than space, tab, newline and carriage return (those three are
# replaced with str.replace, which is several times faster than a regex scan).
_OTHER_SPACE = re.compile(
    "[\x0b\x0c\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)
# With more indexed words than this, listing a document's words first is cheaper
# than one `str.find` per indexed word (measured: about 1 us per find on 5,000
# characters, about 120 us to list the words).
_FIND_EACH_WORD_UP_TO: Final = 64
_PROGRESS_EVERY: Final = 250

Progress = Callable[[int, int, str], object]


class CheckCancelled(AnnotatorError):
    """The user stopped the check; nothing was reported."""


def fold(text: str) -> str:
    """Lower case, whitespace runs as one space, trimmed: how span texts are compared."""
    return " ".join(text.split()).lower()


def fold_in_place(text: str) -> str:
    """`text` lower-cased with every whitespace character made a space, offsets kept.

    A character whose lower case is longer than itself (such as U+0130) stays
    as it is, so that every offset into the result is an offset into `text`.
    """
    return _spaced(lower_in_place(text))


def lower_in_place(text: str) -> str:
    """`text` lower-cased, offsets kept (as `fold_in_place`, whitespace left as it is)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lowered


def _spaced(text: str) -> str:
    """`text` with every whitespace character made a space."""
    text = text.replace("\n", " ").replace("\t", " ").replace("\r", " ")
    return _OTHER_SPACE.sub(" ", text)


class CheckedSpan(NamedTuple):
    """The parts of a span the checker reads."""

    id: str
    document_id: str
    start: int
    end: int
    label: str
    attributes: Mapping[str, Any]


class Problem(NamedTuple):
    """One finding, at one place (an immutable record: cheap to make by the hundred thousand).

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


# A finding before it becomes a Problem, sorted by its first four fields (start,
# end, kind, key); then label, found, span id, text, and either the folded text
# it is about (text problems: the message waits for the finished summary) or the
# message (rule problems).
_Raw = tuple[int, int, str, str, str, str | None, str | None, str, str | None, str | None]
_ORDER = itemgetter(0, 1, 2, 3)

# Indexed word -> [(offset of the word in the text, length of the text, texts)].
_Index = dict[str, list[tuple[int, int, frozenset[str]]]]


def _build_index(texts: Iterable[str]) -> _Index:
    groups: dict[str, dict[tuple[int, int], set[str]]] = defaultdict(lambda: defaultdict(set))
    for text in texts:
        word = max(_TOKEN.finditer(text), key=lambda m: len(m.group()))
        groups[word.group()][(word.start(), len(text))].add(text)
    return {
        word: [(offset, size, frozenset(keys)) for (offset, size), keys in by_shape.items()]
        for word, by_shape in groups.items()
    }


def _places(lowered: str, index: _Index) -> list[tuple[int, int, str]]:
    """(start, end, text) for every whole-word occurrence of an indexed text in
    `fold_in_place(text)`, given `lowered = lower_in_place(text)`.

    Only the slices looked up are made spaces (`_spaced`), not the whole text: an
    indexed word holds no whitespace, and whitespace is no letter or digit either way.
    """
    folded = lowered
    n = len(folded)
    words: Iterable[str] = index
    if len(index) > _FIND_EACH_WORD_UP_TO:
        words = index.keys() & set(_TOKEN.findall(folded))
    found: list[tuple[int, int, str]] = []
    for word in words:
        shapes = index[word]
        size = len(word)
        at = folded.find(word)
        while at >= 0:
            after = at + size
            if (at == 0 or not folded[at - 1].isalnum()) and (
                after == n or not folded[after].isalnum()
            ):
                for offset, length, keys in shapes:
                    start = at - offset
                    end = start + length
                    if (
                        start < 0
                        or end > n
                        # (whole words only: tested before a slice is made and looked up)
                        or (start != 0 and folded[start - 1].isalnum())
                        or (end != n and folded[end].isalnum())
                    ):
                        continue
                    candidate = folded[start:end]
                    if candidate not in keys:
                        # A folded text has single spaces: a slice holding another
                        # whitespace character (never printable) is looked up once that
                        # is a space.
                        if candidate.isprintable():
                            continue
                        candidate = _spaced(candidate)
                        if candidate not in keys:
                            continue
                    found.append((start, end, candidate))
            at = folded.find(word, at + 1)
    return found


class _Cover:
    """Whether some span of one label contains a range: bisect over spans sorted by start."""

    def __init__(self, extents: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(extents)
        self.starts = [start for start, _ in ordered]
        # The furthest end among the spans up to each one.
        self.reach = list(accumulate([end for _, end in ordered], max))

    def contains(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end


def _is_acronym(text: str) -> bool:
    return len(text) >= 2 and text.isupper() and " " not in text


def _usual_labels(
    texts: Mapping[str, str], by_doc: Mapping[str, list[CheckedSpan]], labels: set[str] | None
) -> tuple[dict[str, str], dict[tuple[str, str], set[str]], set[str]]:
    """(folded text -> its usual label, (folded text, label) -> documents tagged so, acronyms).

    Acronyms are folded texts only ever tagged in capitals ("WHO", "FVF"): they are
    matched case-sensitively, so the pronoun "who" is not taken for the agency.
    """
    # (folded text, label) -> how many spans, and in which documents; counted per pair
    # first (one lookup per span), then per text
    pair_counts: dict[tuple[str, str], int] = {}
    tagged_docs: dict[tuple[str, str], set[str]] = {}
    capitals: dict[str, bool] = {}
    # The same span texts recur across a corpus ("the Red Cross" thousands of times):
    # each is folded once.
    folded: dict[str, str] = {}
    for doc_id, doc_spans in by_doc.items():
        text = texts.get(doc_id)
        if text is None:
            continue
        for span in doc_spans:
            label = span.label
            if labels is not None and label not in labels:
                continue
            covered = text[span.start : span.end]
            key = folded.get(covered)
            if key is None:
                key = folded[covered] = fold(covered)
            if capitals.get(key, True):  # (once tagged in other than capitals, never again)
                capitals[key] = _is_acronym(covered)
            pair = (key, label)
            docs = tagged_docs.get(pair)
            if docs is None:
                tagged_docs[pair] = {doc_id}
                pair_counts[pair] = 1
            else:
                docs.add(doc_id)
                pair_counts[pair] += 1
    label_counts: dict[str, Counter[str]] = defaultdict(Counter)
    for (key, label), count in pair_counts.items():
        label_counts[key][label] = count
    usual = {
        key: min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        for key, counts in label_counts.items()
        if _TOKEN.search(key)
    }
    return usual, tagged_docs, {key for key, upper in capitals.items() if upper}


def _text_problems(
    doc_id: str,
    text: str,
    doc_spans: list[CheckedSpan],
    index: _Index,
    usual: Mapping[str, str],
    summaries: Mapping[str, TextSummary],
    skip: set[str],
    acronyms: frozenset[str] | set[str] = frozenset(),
) -> list[_Raw]:
    # The first span at each extent, every (extent, label) tagged, and the extents of
    # each label.
    first_at: dict[tuple[int, int], CheckedSpan] = {}
    tagged: set[tuple[int, int, str]] = set()
    extents: dict[str, list[tuple[int, int]]] = {}
    for span in doc_spans:
        extent = (span.start, span.end)
        first_at.setdefault(extent, span)
        tagged.add((*extent, span.label))
        extents.setdefault(span.label, []).append(extent)
    covers: dict[str, _Cover] = {}
    found: list[_Raw] = []
    for start, end, key in _places(lower_in_place(text), index):
        if key in acronyms and not text[start:end].isupper():
            continue
        label = usual[key]
        if (start, end, label) in tagged:
            continue
        other = first_at.get((start, end))
        if other is not None:
            kind, found_label, span_id = "other_label", other.label, other.id
        else:
            cover = covers.get(label)
            if cover is None:
                cover = covers[label] = _Cover(extents.get(label, ()))
            if cover.contains(start, end):
                continue
            kind, found_label, span_id = "untagged", None, None
        problem_key = f"{kind}|{label}|{key}|{doc_id}|{start}|{end}"
        if problem_key in skip:
            continue
        summary = summaries[key]
        if kind == "untagged":
            summary.untagged.add(doc_id)
        else:
            summary.other.setdefault(found_label or "", set()).add(doc_id)
        found.append(
            (
                start,
                end,
                kind,
                problem_key,
                label,
                found_label,
                span_id,
                text[start:end],
                key,
                None,
            )
        )
    return found


_HYPHENS = "-\u2010\u2011"


def _name_before_compound(text: str, end: int) -> bool:
    """An ACTOR ending at a hyphen that joins a lowercase word: the guideline tags the
    name inside "FVF-held", "US-backed", "Hamas-led" ("Guinea-Bissau" stays one name)."""
    return (
        end + 1 < len(text)
        and text[end] in _HYPHENS
        and text[end + 1].isalpha()
        and text[end + 1].islower()
    )


def _inside_word(text: str, start: int, end: int, label: str = "") -> bool:
    # Cheap test first: most spans have a non-word character on both sides.
    left = start > 0 and not text[start - 1].isspace()
    right = end < len(text) and not text[end].isspace()
    if not (left or right):
        return False
    snapped_start, snapped_end = snap_to_words(text, start, end)
    if label == "ACTOR" and snapped_end > end and _name_before_compound(text, end):
        snapped_end = end
    return snapped_start < start or snapped_end > end


def _reversed_counts(attributes: Mapping[str, Any]) -> bool:
    """A lowest count above the highest: no figure the text states fits it."""
    low, high = attributes.get("count_low"), attributes.get("count_high")
    return isinstance(low, int) and isinstance(high, int) and low > high


def _rule_problems(
    text: str,
    doc_spans: list[CheckedSpan],
    quotes_with_speaker: set[str],
    states_number: Callable[[str], bool],
    skip: set[str],
) -> list[_Raw]:
    found: list[_Raw] = []
    size = len(text)
    for span in doc_spans:
        start, end, label = span.start, span.end, span.label
        # Most spans have no problem: what they would need is made only for those that do.
        problems: list[tuple[str, str]] | None = None
        if label == "QUOTE":
            if span.id not in quotes_with_speaker:
                covered = text[start:end]
                problems = [("quote_without_speaker", f"QUOTE {_short(covered)} has no speaker")]
        elif label == "CASUALTY":
            attributes = span.attributes
            if (
                attributes.get("count_low") is None
                and attributes.get("count_high") is None
                and states_number(covered := text[start:end])
            ):
                problems = [
                    (
                        "casualty_without_count",
                        f"CASUALTY {_short(covered)} states a number but its counts are empty",
                    )
                ]
            elif _reversed_counts(attributes):
                covered = text[start:end]
                low, high = attributes["count_low"], attributes["count_high"]
                problems = [
                    (
                        "casualty_counts_reversed",
                        f"CASUALTY {_short(covered)} has count_low {low} above count_high {high}",
                    )
                ]
        if (
            # (the cheap test of _inside_word first: most spans have a non-word
            # character on both sides)
            (start > 0 and not text[start - 1].isspace())
            or (end < size and not text[end].isspace())
        ) and _inside_word(text, start, end, label):
            covered = text[start:end]
            inside = ("inside_word", f"{label} {_short(covered)} starts or ends inside a word")
            problems = [inside] if problems is None else [*problems, inside]
        if problems is None:
            continue
        for kind, message in problems:
            key = f"{kind}|{span.id}"
            if key not in skip:
                found.append((start, end, kind, key, label, label, span.id, covered, None, message))
    return found


def _short(text: str, size: int = 50) -> str:
    flat = " ".join(text.split())  # (whitespace runs as one space, trimmed: no regex pass)
    return repr(flat if len(flat) <= size else flat[: size - 1] + "…")


def check(
    texts: Mapping[str, str],
    spans: Iterable[CheckedSpan],
    quotes_with_speaker: set[str],
    *,
    labels: set[str] | None = None,
    dismissed: set[str] | None = None,
    progress: Progress | None = None,
) -> Report:
    """Every problem in the corpus, ordered by document (as `texts` is) then position.

    `texts`: document id -> text, in the order to report. `spans`: the layer
    to check (offsets in code points). `quotes_with_speaker`: ids of QUOTE
    spans that have a speaker. `labels`: only texts of these labels are
    compared (None: all). Problems whose key is in `dismissed` are left out.
    `progress(done, total, what)` is called now and then with documents
    done; when it returns False the check stops with CheckCancelled.
    """
    with collector_paused():
        return _check(texts, spans, quotes_with_speaker, labels, dismissed or set(), progress)


def _check(
    texts: Mapping[str, str],
    spans: Iterable[CheckedSpan],
    quotes_with_speaker: set[str],
    labels: set[str] | None,
    skip: set[str],
    progress: Progress | None,
) -> Report:
    by_doc: dict[str, list[CheckedSpan]] = defaultdict(list)
    for span in spans:
        by_doc[span.document_id].append(span)
    usual, tagged_docs, acronyms = _usual_labels(texts, by_doc, labels)
    summaries = {key: TextSummary(key, label) for key, label in usual.items()}
    for key, label in usual.items():
        summaries[key].tagged = tagged_docs[(key, label)]
    index = _build_index(usual)
    # parse_casualty costs tens of microseconds; the same casualty texts recur.
    number_stated: dict[str, bool] = {}

    def states_number(covered: str) -> bool:
        known = number_stated.get(covered)
        if known is None:
            count = parse_casualty(covered)
            known = number_stated[covered] = count.low is not None or count.high is not None
        return known

    total = len(texts)
    per_doc: list[tuple[str, list[_Raw]]] = []
    for done, (doc_id, text) in enumerate(texts.items()):
        if (
            progress is not None
            and done % _PROGRESS_EVERY == 0
            and progress(done, total, "checking documents") is False
        ):
            raise CheckCancelled("the check was cancelled")
        doc_spans = by_doc.get(doc_id, [])
        found = _text_problems(doc_id, text, doc_spans, index, usual, summaries, skip, acronyms)
        found += _rule_problems(text, doc_spans, quotes_with_speaker, states_number, skip)
        if found:
            found.sort(key=_ORDER)
            per_doc.append((doc_id, found))
    if progress is not None:
        progress(total, total, "checking documents")
    messages: dict[str, str] = {}
    problems: list[Problem] = []
    new = tuple.__new__
    for doc_id, found in per_doc:
        for start, end, kind, key, label, found_label, span_id, covered, text_key, message in found:
            if message is None:
                assert text_key is not None
                message = messages.get(text_key)
                if message is None:
                    message = messages[text_key] = summaries[text_key].describe()
            # (as Problem(...) makes it, without its Python-level __new__: one per problem)
            problems.append(
                new(
                    Problem,
                    (key, kind, doc_id, start, end, label, message, span_id, found_label, covered),
                )
            )
    flagged = [s for s in summaries.values() if s.untagged or s.other]
    return Report(problems, sorted(flagged, key=lambda s: (s.label, s.text)))
