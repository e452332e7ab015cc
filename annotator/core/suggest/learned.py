"""A learned ACTOR tagger that fills the rules' gaps (rule `actor_learned`).

An averaged perceptron over tokens, trained on the development gold by
`scripts/train_actor_model.py`, tags each token O, B-<type> or I-<type> (one pair per
ACTOR type of the gold: person, organisation, state, armed group, media). Decoding is
greedy, left to right, and only ever yields a valid sequence: an I-<type> follows a
B-<type> or an I-<type> of the same type. Features: the word, its shape and affixes, the
two words and shapes either side, the start of a sentence, whether the word is seen in
lower case elsewhere in the article, a headline or a line in capitals, the rules' word
lists (titles, roles, speech verbs, body nouns, given names) as classes, membership in the
gazetteer's names (as the rules see it, `SuggestContext.gazetteer`), and the tag before.

It is a gap filler (`fills_gaps=True`): `suggest()` keeps its spans only where no rule
proposed an overlapping ACTOR span, and drops those in page furniture and credit lines as
it does every rule's. It reads only the gaps: the other rules' ACTOR extents, which
`suggest()` leaves in `ctx.memo[RULE_ACTOR_EXTENTS]`, and the page furniture are tagged O
without being scored, and so is every token after an O that cannot open a name (no
capital). A span is kept when each of its tokens' tags won by more than `margin`. The
weights ship in `resources/models/actor_model.json.gz`, read
once per process on the rule's first use. Pure Python: no dependency beyond the standard
library. Offsets are code points, end exclusive.
"""

from __future__ import annotations

import gzip
import io
import json
import random
import re
import zlib
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, pairwise
from typing import TYPE_CHECKING, Any, Final, TypeVar

from annotator.core.errors import InputError
from annotator.core.packaged import packaged_files
from annotator.core.suggest.actors import (
    GIVEN_NAMES,
    ORGANISATION_WORDS,
    ROLE_WORDS,
    SPEECH_VERBS,
    TITLES,
)
from annotator.core.suggest.base import (
    RULE_ACTOR_EXTENTS,
    GazetteerEntry,
    Rule,
    SuggestContext,
    Suggestion,
    register,
)
from annotator.core.tokenize import token_offsets

if TYPE_CHECKING:
    from importlib.abc import Traversable

T = TypeVar("T")

RULE_NAME: Final = "actor_learned"
MODEL_PATH: Final = ("models", "actor_model.json.gz")
FORMAT: Final = 1
SCALE: Final = 1000  # weights are stored in thousandths
# A model file larger than this once unpacked is refused (the shipped one is under 1 MB):
# a replaced file must not fill the memory.
MAX_MODEL_BYTES: Final = 64_000_000
# A span is proposed only when each of its tokens' tags beat the best other allowed tag by
# this much (in the model's own units); chosen on development articles 462-469 alone.
DEFAULT_MARGIN: Final = 12.0
# What the rule asks of a span (a name, not Final: the measuring scripts vary it).
margin = DEFAULT_MARGIN

# The project's tokens, split further at hyphens and before a possessive "'s", so that
# "Russia's" and "Houthi-run" hold a span's edge between two tokens (every ACTOR edge of
# the development gold falls on one of these tokens' edges).
_SPLIT: Final = re.compile(r"['\u2019][sS]$|[-\u2010\u2011]")
_JOINER: Final = re.compile(r"[-'\u2019\u2010\u2011]")
_LINE_BREAK: Final = re.compile(r"\n")
_HYPHENS: Final = frozenset("-\u2010\u2011")
_SENTENCE_OPENERS: Final = frozenset('.!?":\u201d')
_NEVER_INSIDE: Final = frozenset(',:;!?"|\u201c\u201d\u201e\u00ab\u00bb')
# The rules' word lists, as classes of words: a model that has never seen a word still
# knows that a listed given name opens a person's name and a title precedes one.
_CLASSES: Final = (
    ("title", TITLES),
    ("role", ROLE_WORDS),
    ("speech", SPEECH_VERBS),
    ("body", ORGANISATION_WORDS),
    ("given", GIVEN_NAMES),
)


def _word_class(word: str) -> str:
    for name, listed in _CLASSES:
        if word in listed:
            return name
    return ""


def _line_starts(text: str, tokens: Sequence[tuple[int, int]]) -> list[int]:
    """Indexes of the tokens with a line break before them, in order (found from the
    line breaks, not by looking between every two tokens)."""
    starts = [s for s, _e in tokens]
    found = sorted({bisect_left(starts, m.start()) for m in _LINE_BREAK.finditer(text)})
    return [i for i in found if 0 < i < len(tokens)]


def _line_kinds(words: Sequence[str], line_starts: Sequence[int]) -> list[str]:
    """Per token, "tc" on a line whose words are nearly all capitalised (a headline, a
    title-case heading), "uc" on a line in capitals, else ""."""
    kinds = [""] * len(words)
    edges = [0, *line_starts, len(words)]
    for i, j in pairwise(edges):
        letters = [w for w in words[i:j] if len(w) > 3 and w[:1].isalpha()]
        if len(letters) < 3:
            continue
        upper = sum(1 for w in letters if w.isupper())
        capital = sum(1 for w in letters if w[:1].isupper())
        kind = "uc" if upper >= 0.8 * len(letters) else ""
        if not kind and capital >= 0.8 * len(letters):
            kind = "tc"
        if kind:
            kinds[i:j] = [kind] * (j - i)
    return kinds


def model_tokens(text: str) -> list[tuple[int, int]]:
    """(start, end) of the tagger's tokens: `token_offsets(text)`, each split at its
    hyphens (a hyphen is a token) and before a final possessive "'s"."""
    tokens = token_offsets(text)
    # Only the tokens holding a hyphen or an apostrophe are looked at again.
    starts = [s for s, _e in tokens]
    marked = sorted({bisect_right(starts, m.start()) - 1 for m in _JOINER.finditer(text)})
    if not marked:
        return tokens
    out: list[tuple[int, int]] = []
    done = 0
    for index in marked:
        if index < 0:
            continue
        out.extend(tokens[done:index])
        done = index + 1
        start, end = tokens[index]
        at = start
        for m in _SPLIT.finditer(text, start, end):
            if m.start() > at:
                out.append((at, m.start()))
            out.append((m.start(), m.end()))
            at = m.end()
        if at < end:
            out.append((at, end))
    out.extend(tokens[done:])
    return out


_SHAPES: dict[str, str] = {}


def padded(words: Sequence[str], i: int, read: Callable[[str], str]) -> str:
    """`read(words[i])`, or the padding both models read past either end: "<s>" before the
    first word, "</s>" after the last."""
    if i < 0:
        return "<s>"
    if i >= len(words):
        return "</s>"
    return read(words[i])


def shape(word: str) -> str:
    """The word's shape (`_make_shape`), kept per word (a text repeats its words; the
    table is bounded)."""
    found = _SHAPES.get(word)
    if found is None:
        found = _make_shape(word)
        if len(_SHAPES) < 100_000:
            _SHAPES[word] = found
    return found


def _make_shape(word: str) -> str:
    """Xx, X, XxXx, d, x-Xx ...: each run of one character class written once (a run of
    three or more written twice, "Xxx" -> "Xxx" stays distinct from "Xx" by length)."""
    out: list[str] = []
    for ch in word[:12]:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if len(out) >= 2 and out[-1] == c and out[-2] == c:
            continue
        out.append(c)
    return "".join(out)


def _has_upper(word: str) -> bool:
    return word != word.lower()


@dataclass(frozen=True)
class _Lexicon:
    """The gazetteer's names as token sequences, by first token."""

    by_first: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]
    longest: int


_LEXICONS: dict[int, tuple[Mapping[str, GazetteerEntry], _Lexicon]] = {}


def _lexicon(gazetteer: Mapping[str, GazetteerEntry]) -> _Lexicon:
    """The name index of `gazetteer`, kept per object (the suggester passes the same
    mapping for every document of a corpus)."""
    kept = _LEXICONS.get(id(gazetteer))
    if kept is not None and kept[0] is gazetteer:
        return kept[1]
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    longest = 1
    for name in sorted(gazetteer):
        entry = gazetteer[name]
        parts = tuple(name[s:e] for s, e in model_tokens(name))
        if not parts:
            continue
        kind = entry.type if not entry.role else f"{entry.type}:{entry.role}"
        by_first.setdefault(parts[0], []).append((parts, kind))
        longest = max(longest, len(parts))
    lexicon = _Lexicon(
        {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in by_first.items()}, longest
    )
    if len(_LEXICONS) > 4:
        _LEXICONS.clear()
    _LEXICONS[id(gazetteer)] = (gazetteer, lexicon)
    return lexicon


def _gazetteer_tags(words: Sequence[str], lexicon: _Lexicon) -> list[str]:
    """Per token, "B-<kind>"/"I-<kind>" of the longest listed name starting there, or ""."""
    tags = [""] * len(words)
    by_first = lexicon.by_first
    upto = 0  # tokens before this are inside a name found
    for i in [i for i, w in enumerate(words) if w in by_first]:
        if i < upto:
            continue
        for parts, kind in by_first[words[i]]:
            k = len(parts)
            if tuple(words[i : i + k]) == parts:
                tags[i] = "B-" + kind
                for j in range(i + 1, i + k):
                    tags[j] = "I-" + kind
                upto = i + k
                break
    return tags


class Prepared:
    """A text's tokens and what the tagger reads of them. A token's features are made when
    it is first scored: most tokens (lower-case words outside names) never are."""

    def __init__(
        self,
        text: str,
        gazetteer: Mapping[str, GazetteerEntry],
        tokens: list[tuple[int, int]] | None = None,
        closed: Iterable[tuple[int, int]] = (),
    ) -> None:
        """`closed`: (start, end) ranges whose tokens are tagged O unread (the rules'
        spans, page furniture)."""
        self.text = text
        self.tokens = tokens = model_tokens(text) if tokens is None else tokens
        self.words = words = [text[s:e] for s, e in tokens]
        n = len(words)
        self._seen_lower = {w for w in words if w.islower()}
        self._gazetteer = _gazetteer_tags(words, _lexicon(gazetteer)) if gazetteer else [""] * n
        line_starts = _line_starts(text, tokens)
        self._lines = _line_kinds(words, line_starts)
        # Line breaks before each token (a sentence starts after one; no span crosses one).
        self._broken = [False] * n
        for i in line_starts:
            self._broken[i] = True
        # Whether the token may open a span: a capital, a number before a name or with
        # letters ("444 Brigade", "14th"; not "16,412", "6.20", "03.12.2026"), or "al"
        # before "-Qaeda".
        self.opens = opens = [w != w.lower() for w in words]
        for i in [i for i, w in enumerate(words) if w[:1].isdigit()]:
            w = words[i]
            opens[i] = opens[i] or (
                (not w.isdigit() or (i + 1 < n and _has_upper(words[i + 1])))
                and not any(ch in w for ch in ".,:/")
            )
        for i in [i for i, w in enumerate(words) if w in _HYPHENS]:
            if 0 < i < n - 1 and _has_upper(words[i + 1]) and tokens[i - 1][1] == tokens[i][0]:
                opens[i - 1] = True
        self._closed: set[int] = set()
        starts = [s for s, _e in tokens]
        for start, end in closed:
            first = max(bisect_right(starts, start) - 1, 0)
            for i in range(first, bisect_left(starts, end)):
                if tokens[i][1] > start:
                    opens[i] = False
                    self._closed.add(i)
        self._made: dict[int, list[str]] = {}

    def continues(self, i: int) -> bool:
        """Whether token `i` may continue a span: not after a line break, not a comma, colon
        or quotation mark, a full stop only right after an initial or a short abbreviation
        ("U.N.", "P."), and nothing closed."""
        if i == 0 or self._broken[i] or i in self._closed:
            return False
        w = self.words[i]
        if w in _NEVER_INSIDE:
            return False
        tokens = self.tokens
        return not (w == "." and (len(self.words[i - 1]) > 3 or tokens[i - 1][1] != tokens[i][0]))

    def __len__(self) -> int:
        return len(self.tokens)

    def _lower(self, i: int) -> str:
        return padded(self.words, i, str.lower)

    def _shape(self, i: int) -> str:
        return padded(self.words, i, shape)

    def _class(self, i: int) -> str:
        return _word_class(self.words[i]) if 0 <= i < len(self.words) else ""

    def features(self, i: int) -> list[str]:
        """The static features of token `i` (the tag before is added by the tagger)."""
        made = self._made.get(i)
        if made is not None:
            return made
        words = self.words
        n = len(words)
        w = words[i]
        lw = w.lower()
        sh = shape(w)
        p1, p2, n1, n2 = (
            self._lower(i - 1),
            self._lower(i - 2),
            self._lower(i + 1),
            self._lower(i + 2),
        )
        ps, ns = self._shape(i - 1), self._shape(i + 1)
        gaz = self._gazetteer
        start_of_sentence = i == 0 or self._broken[i] or words[i - 1] in _SENTENCE_OPENERS
        f = [
            "b",
            "w=" + lw,
            "s=" + sh,
            "p3=" + lw[:3],
            "x3=" + lw[-3:],
            "x2=" + lw[-2:],
            "w-1=" + p1,
            "w-2=" + p2,
            "w+1=" + n1,
            "w+2=" + n2,
            "s-1=" + ps,
            "s+1=" + ns,
            "s-1s=" + ps + "|" + sh,
            "ss+1=" + sh + "|" + ns,
            "w-1s=" + p1 + "|" + sh,
            "sw+1=" + sh + "|" + n1,
            "g=" + gaz[i],
            "g-1=" + (gaz[i - 1] if i > 0 else "<s>"),
            "g+1=" + (gaz[i + 1] if i + 1 < n else "</s>"),
        ]
        if start_of_sentence:
            f.append("ss|" + sh)
            f.append("ssw=" + lw)
        if w != lw and lw in self._seen_lower:
            f.append("lc-seen|" + ("ss" if start_of_sentence else "in"))
        if n1 in ("'s", "\u2019s"):
            f.append("poss")
        for offset, name in ((0, "c="), (-1, "c-1="), (1, "c+1="), (2, "c+2=")):
            kind = self._class(i + offset)
            if kind:
                f.append(name + kind)
        line = self._lines[i]
        if line:
            f.append("line=" + line)
            f.append("line|" + line + "|" + sh)
        self._made[i] = f
        return f


def prepare(
    text: str,
    gazetteer: Mapping[str, GazetteerEntry],
    tokens: list[tuple[int, int]] | None = None,
    closed: Iterable[tuple[int, int]] = (),
) -> Prepared:
    """`text` ready to tag: its tokens and what the tagger reads of them."""
    return Prepared(text, gazetteer, tokens, closed)


class Model:
    """Weights of the averaged perceptron: feature -> ((tag index, weight), ...), weights
    in thousandths (integers: the file stays small and is read without conversion)."""

    def __init__(
        self,
        tags: Sequence[str],
        weights: Mapping[str, Sequence[Sequence[int]]],
        meta: Mapping[str, Any] | None = None,
    ) -> None:
        self.tags = list(tags)
        self.weights = dict(weights)
        width = len(self.tags)
        # Each feature's weights for every tag, zeros included: a token's scores are then
        # summed column by column in C (zip, sum) instead of pair by pair in Python.
        self._dense: dict[str, tuple[int, ...]] = {}
        for feature, pairs in self.weights.items():
            row = [0] * width
            for tag, weight in pairs:
                row[tag] = weight
            self._dense[feature] = tuple(row)
        self.meta = dict(meta or {})
        # For each tag, the tags allowed after it (index lists); index -1 is the start.
        self._allowed = self._transitions()
        self._type = [t[2:] if t != "O" else "" for t in self.tags]

    def _transitions(self) -> dict[int, list[int]]:
        begins = [i for i, t in enumerate(self.tags) if t == "O" or t.startswith("B-")]
        allowed: dict[int, list[int]] = {-1: begins}
        for i, t in enumerate(self.tags):
            inside = [] if t == "O" else [self.tags.index("I-" + t[2:])]
            allowed[i] = begins + inside
        return allowed

    def _scores(self, features: Iterable[str]) -> list[int]:
        rows = [row for row in map(self._dense.get, features) if row is not None]
        if not rows:
            return [0] * len(self.tags)
        return list(map(sum, zip(*rows, strict=True)))

    def tag(self, prepared: Prepared) -> tuple[list[int], list[float]]:
        """Tag indexes for each token and each tag's margin over the best other allowed
        tag (inf for a token never scored: after an O, a token that cannot open a span is
        O unread, and the tagger goes straight to the next one that can)."""
        n = len(prepared)
        o = self.tags.index("O")
        out = [o] * n
        margins = [float("inf")] * n
        openers = list(compress(range(n), prepared.opens))
        tags = self.tags
        prev = -1
        i = 0
        while i < n:
            if prev in (-1, o) and not prepared.opens[i]:
                k = bisect_left(openers, i)
                if k == len(openers):
                    break
                i = openers[k]
                prev = o  # the token before is O (or there is none: then i is 0)
                if i == 0:
                    prev = -1
            allowed = _allowed_here(self._allowed[prev], tags, prepared, i)
            if len(allowed) == 1:
                out[i] = prev = allowed[0]
                i += 1
                continue
            prev_tag = tags[prev] if prev >= 0 else "<s>"
            f = prepared.features(i)
            scores = self._scores([*f, "t-1=" + prev_tag, "t-1w=" + prev_tag + "|" + f[1]])
            best = max(allowed, key=lambda t: (scores[t], -t))
            rest = [scores[t] for t in allowed if t != best]
            if rest:
                margins[i] = scores[best] - max(rest)
            out[i] = prev = best
            i += 1
        return out, margins

    def spans(
        self,
        text: str,
        gazetteer: Mapping[str, GazetteerEntry],
        margin: float = DEFAULT_MARGIN,
        closed: Iterable[tuple[int, int]] = (),
    ) -> list[tuple[int, int, str]]:
        """(start, end, type) of the spans tagged in `text`, each of whose tokens' tags
        won by more than `margin`."""
        prepared = prepare(text, gazetteer, closed=closed)
        tagged, margins = self.tag(prepared)
        return [
            (prepared.tokens[a][0], prepared.tokens[b - 1][1], kind)
            for a, b, kind in _runs(tagged, self.tags, self._type)
            if min(margins[a:b]) > margin * SCALE
        ]


def _allowed_here(allowed: list[int], tags: Sequence[str], prepared: Prepared, i: int) -> list[int]:
    """`allowed` (the tags a tag may be followed by) less those token `i` cannot take: a
    B- where it opens no span, an I- where it continues none. O is always left."""
    opens, continues = prepared.opens[i], prepared.continues(i)
    if opens and continues:
        return allowed
    return [
        t
        for t in allowed
        if (opens or not tags[t].startswith("B-")) and (continues or not tags[t].startswith("I-"))
    ]


def _runs(
    tagged: Sequence[int], tags: Sequence[str], types: Sequence[str]
) -> Iterator[tuple[int, int, str]]:
    """(first token, token after the last, type) of each B I* run (only the tokens not O
    are looked at)."""
    start = -1
    last = -1
    o = tags.index("O")
    for i in [i for i, t in enumerate(tagged) if t != o]:
        name = tags[tagged[i]]
        if start >= 0 and (i != last + 1 or not name.startswith("I-")):
            yield start, last + 1, types[tagged[start]]
            start = -1
        if name.startswith("B-"):
            start = i
        last = i
    if start >= 0:
        yield start, last + 1, types[tagged[start]]


# --------------------------------------------------------------------------- training


def gold_tags(
    tokens: Sequence[tuple[int, int]], spans: Iterable[tuple[int, int, str]]
) -> list[str]:
    """BIO tags of `tokens` for the (start, end, type) `spans`: a token starting at a
    span's start is B, one starting inside it I. Overlapping spans: the first wins."""
    tags = ["O"] * len(tokens)
    starts = [s for s, _e in tokens]
    for start, end, kind in sorted(spans):
        i = bisect_left(starts, start)
        j = i
        while j < len(tokens) and tokens[j][0] < end:
            j += 1
        if i >= len(tokens) or i == j or any(t != "O" for t in tags[i:j]):
            continue
        tags[i] = "B-" + kind
        for k in range(i + 1, j):
            tags[k] = "I-" + kind
    return tags


def train(
    documents: Sequence[tuple[str, Sequence[tuple[int, int, str]]]],
    gazetteer: Mapping[str, GazetteerEntry],
    *,
    epochs: int = 8,
    seed: int = 15,
    prune: float = 0.0,
    meta: Mapping[str, Any] | None = None,
) -> Model:
    """An averaged perceptron trained on `documents` ((text, [(start, end, type)])).

    Deterministic: the same documents, gazetteer, epochs and seed give the same weights.
    Weights whose averaged absolute value is at most `prune` are dropped.
    """
    kinds = sorted({kind for _text, spans in documents for _s, _e, kind in spans})
    tags = ["O"] + [f"{p}-{k}" for k in kinds for p in ("B", "I")]
    index = {t: i for i, t in enumerate(tags)}
    data = []
    for text, spans in documents:
        prepared = prepare(text, gazetteer)
        gold = [index[t] for t in gold_tags(prepared.tokens, spans)]
        data.append((prepared, gold))
    model = Model(tags, {}, meta)
    weights: dict[str, list[float]] = {}
    totals: dict[str, list[float]] = {}
    stamps: dict[str, list[int]] = {}
    clock = 0
    width = len(tags)
    o = index["O"]
    order = list(range(len(data)))
    rng = random.Random(seed)

    def update(features: list[str], truth: int, guess: int) -> None:
        for f in features:
            w = weights.get(f)
            if w is None:
                w = weights[f] = [0.0] * width
                totals[f] = [0.0] * width
                stamps[f] = [0] * width
            tot = totals[f]
            st = stamps[f]
            for t, delta in ((truth, 1.0), (guess, -1.0)):
                tot[t] += (clock - st[t]) * w[t]
                st[t] = clock
                w[t] += delta

    for _epoch in range(epochs):
        rng.shuffle(order)
        for d in order:
            prepared, gold = data[d]
            prev = -1
            for i in range(len(prepared)):
                if prev in (-1, o) and not prepared.opens[i]:
                    prev = o
                    continue
                clock += 1
                allowed = _allowed_here(model._allowed[prev], tags, prepared, i)
                if len(allowed) == 1:
                    prev = allowed[0]
                    continue
                prev_tag = tags[prev] if prev >= 0 else "<s>"
                f = prepared.features(i)
                full = [*f, "t-1=" + prev_tag, "t-1w=" + prev_tag + "|" + f[1]]
                scores = [0.0] * width
                for feat in full:
                    w = weights.get(feat)
                    if w is not None:
                        for t in range(width):
                            scores[t] += w[t]
                guess = max(allowed, key=lambda t: (scores[t], -t))
                truth = gold[i]
                if guess != truth:
                    update(full, truth, guess)
                # The tag before, as decoding will see it: the model's own guess.
                prev = guess
    averaged: dict[str, list[tuple[int, int]]] = {}
    for feature in sorted(weights):
        w, tot, st = weights[feature], totals[feature], stamps[feature]
        pairs = []
        for t in range(width):
            mean = (tot[t] + (clock - st[t]) * w[t]) / max(clock, 1)
            # Rounded so that the file holds short numbers and floats' last bits do not
            # depend on the summing order of another platform.
            kept = round(mean * SCALE)
            if abs(kept) > prune * SCALE and kept != 0:
                pairs.append((t, kept))
        if pairs:
            averaged[feature] = pairs
    return Model(tags, averaged, meta)


def dump(model: Model) -> bytes:
    """The model as gzip'd JSON, the same bytes for the same model (no time stamp)."""
    body = {
        "format": FORMAT,
        "meta": model.meta,
        "tags": model.tags,
        "weights": {f: [[t, w] for t, w in pairs] for f, pairs in model.weights.items()},
    }
    raw = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return gzip.compress(raw.encode("utf-8"), compresslevel=9, mtime=0)


def load(data: bytes) -> Model:
    """A model from `dump`'s bytes. Raises ValueError, saying what is wrong, for anything
    else: not gzip'd JSON, another format version, tags that are no BIO set, weights that
    are not (tag index, integer) pairs, or more than `MAX_MODEL_BYTES` once unpacked."""
    body = unpacked_json(data, "an actor model", MAX_MODEL_BYTES)
    if not isinstance(body, dict) or "format" not in body:
        raise ValueError("not an actor model (no format number)")
    if body["format"] != FORMAT:
        raise ValueError(
            f"an actor model of format {body['format']!r}; this version reads format {FORMAT}"
        )
    tags = _checked_tags(body.get("tags"))
    weights, meta = body.get("weights"), body.get("meta", {})
    if not isinstance(weights, dict):
        raise ValueError("not an actor model (no weights)")
    width = len(tags)
    for feature, pairs in weights.items():
        if not _pairs_of(pairs, width):
            raise ValueError(
                f"not an actor model (the weights of {feature[:40]!r} are not "
                f"[tag index, integer] pairs of its {width} tags)"
            )
    if not isinstance(meta, dict):
        raise ValueError("not an actor model (its meta is not an object)")
    return Model(tags, weights, meta)


def unpacked_json(data: bytes, what: str, limit: int) -> Any:
    """The JSON value gzip'd in `data`. Raises ValueError ("not <what> (...)") when it is
    not gzip'd JSON or unpacks to more than `limit` bytes (a replaced file must not fill
    the memory)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as unpacked:
            raw = unpacked.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise ValueError(f"not {what} (not gzip'd JSON: {exc})") from exc
    if len(raw) > limit:
        raise ValueError(f"not {what} (over {limit:,} bytes unpacked)")
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ValueError(f"not {what} (not gzip'd JSON: {exc})") from exc


def _pairs_of(pairs: object, width: int) -> bool:
    """Whether `pairs` is a list of [tag index below `width`, integer] (plain loops: this
    runs for every feature of the file, and generators cost the load about 40 ms more)."""
    if type(pairs) is not list:
        return False
    for pair in pairs:
        if type(pair) is not list or len(pair) != 2:
            return False
        tag, weight = pair
        if type(tag) is not int or type(weight) is not int or not 0 <= tag < width:
            return False
    return True


def _checked_tags(tags: object) -> list[str]:
    """`tags`, when it is "O" and a B- and I- tag for each type, each once; else raises
    ValueError."""
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ValueError("not an actor model (no list of tags)")
    kinds = {t[2:] for t in tags if t != "O"}
    wanted = {"O"} | {f"{p}-{k}" for k in kinds for p in ("B", "I")}
    if "O" not in tags or len(set(tags)) != len(tags) or set(tags) != wanted or "" in kinds:
        raise ValueError(
            "not an actor model (its tags must be O and a B- and I- tag for each type)"
        )
    return tags


@lru_cache(maxsize=1)
def packaged_model() -> Model:
    """The shipped model, read once per process on first use. Raises InputError, naming
    the file, when it is missing or not a model this version reads."""
    where = packaged_files().joinpath(*MODEL_PATH)
    return read_shipped(where, "actor model", load, "train_actor_model.py")


def read_shipped(where: Traversable, what: str, read: Callable[[bytes], T], script: str) -> T:
    """`read` of the bytes of the shipped file `where`. Raises InputError, naming the file,
    when it cannot be read ("cannot read the <what>") or `read` refuses it (ValueError),
    saying to reinstall or to retrain with scripts/`script`."""
    try:
        data = where.read_bytes()
    except OSError as exc:
        raise InputError(
            f"cannot read the {what} ({exc.strerror or exc}): reinstall annotator",
            file=str(where),
        ) from exc
    try:
        return read(data)
    except ValueError as exc:
        raise InputError(
            f"{exc}: reinstall annotator, or retrain the model with scripts/{script}",
            file=str(where),
        ) from exc


def _outside(ranges: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return all(end <= a or b <= start for a, b in ranges)


def actor_learned(ctx: SuggestContext) -> Iterator[Suggestion]:
    model = packaged_model()
    # Only the gaps are read: the other rules' ACTOR spans (when `suggest()` says them)
    # and the page furniture are tagged O unread.
    closed = [*ctx.memo.get(RULE_ACTOR_EXTENTS, ()), *ctx.skip]
    for start, end, kind in model.spans(ctx.text, ctx.gazetteer, margin, closed):
        if ctx.skip and not _outside(ctx.skip, start, end):
            continue
        yield Suggestion(start, end, "ACTOR", {"type": kind}, RULE_NAME)


register(
    Rule(
        RULE_NAME,
        "ACTOR",
        "Actors a small model trained on the development gold tags where no rule found "
        "one (names of shapes no rule knows).",
        actor_learned,
        enabled_by_default=False,
        fills_gaps=True,
    )
)
