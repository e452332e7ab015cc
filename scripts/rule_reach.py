"""Which rule patterns reach more than one gold sentence: the issue's "no rule that fires
only on one sentence of the gold", answered for every pattern of the suggester at once.

    python -m scripts.rule_reach --gold sample_articles/dev/realistic.jsonl --out /tmp/reach.json

How (dev gold only; never point it at sample_articles/dev/heldout/):

1. Instrument. Before the rule modules are imported, `re.compile` (and `re._compile`,
   which `re.search(r"...", text)` and the other module-level functions use) is routed
   through a hook: a pattern compiled from a rule module (`annotator.core.*` except the
   compiling machinery, `compiled_patterns` and `prefiltered`) is handed out as a
   `RecordingPattern`, which delegates every method and records where it MATCHED. Being
   there from the start, the proxy is what every container, closure, `PrefilteredPattern`
   and `LazyPattern` holds. Kept compiled forms are switched off for the run (patterns
   built from them bypass `re.compile`). Each pattern is named by its module and variable
   (with the index or key inside a container); one compiled inside a function is named
   by its site, `module:function@line#hash`.
2. Run the suggester over the gold texts as `annotator evaluate` does (leave-one-out known
   actors, the shipped gazetteer) and map each match to a sentence (`sentence_starts`: a
   break at a line break, or after . ! ? and closing quotes before a capital, digit or
   opening quote, except after a short list of abbreviations and single initials). A
   match in a string other than the document (a word, a lowered piece) is placed where
   that string first occurs in the document, lowered if need be; else it counts as one
   unplaced sentence of its document.
3. Ablate each pattern matching in at most `--threshold` sentences: it never matches, the
   documents where it matched are suggested again and the suggestions (extent, label,
   attributes, speaker) diffed with the first run. A changed suggestion agrees with the
   gold when the rule was right: it made a suggestion the gold holds (same extent, label,
   speaker of a quote, casualty fields and actor type), or it kept out one the gold lacks.

Word caches of the rules (`functools.lru_cache` of more than one entry, module-level
dicts and sets that start empty) and one-text memos (globals named `_last*`) are emptied
before every document (`caches_of`), so that a
pattern seen through a cache is seen in each document and an ablation is not hidden.
"""

from __future__ import annotations

import argparse
import bisect
import functools
import hashlib
import importlib
import itertools
import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import FrameType, ModuleType
from typing import Any

_REAL_INNER = re._compile  # type: ignore[attr-defined]
_REAL_COMPILE = re.compile
_NEVER = _REAL_COMPILE(r"(?!)")

# Modules whose frames are skipped when asking who compiled a pattern: `re` itself, the
# caches, the compiling machinery of ours and this script.
_SKIPPED = frozenset(
    {
        "re",
        "functools",
        "annotator.core.compiled_patterns",
        "annotator.core.prefiltered",
        __name__,
    }
)
# Sentences matched beyond which a pattern is no longer recorded (it is far from one).
CAP = 2000

# (no break after these: "Mr. Khan", "Gen. Smith", "Jan. 5")
# fmt: off
_ABBREVIATIONS = frozenset((
    "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Col", "Lt", "Capt", "Sgt", "Maj", "Rev", "Prof", "No",
    "Jr", "Sr", "Gov", "Sen", "Rep", "Brig", "Cpl", "Pvt", "Adm", "Mt", "Ft", "Inc", "Ltd", "Co",
    "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
))
# fmt: on
_SENTENCE_BREAK = _REAL_COMPILE(
    r"\n+|(?<=[.!?])[\"'\u201d\u2019)\]]*[ \t]+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])"
)
_WORD_BEFORE = _REAL_COMPILE(r"([A-Za-z][A-Za-z.-]*)\.$")


def sentence_starts(text: str) -> list[int]:
    """The offset where each sentence of `text` begins (the first is 0): see the module
    docstring for where a sentence breaks."""
    starts = [0]
    for found in _SENTENCE_BREAK.finditer(text):
        if found.group().startswith("\n"):
            starts.append(found.end())
            continue
        before = _WORD_BEFORE.search(text, max(0, found.start() - 12), found.start())
        if before is not None:
            word = before.group(1)
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isupper()) or "." in word:
                continue  # "Mr. Khan", "J. Smith", "U.S. forces"
        starts.append(found.end())
    return starts


class Recorder:
    """Where the patterns match within the document being suggested."""

    def __init__(self) -> None:
        self.active = False
        # (while a document is suggested again, for an ablation or the control: no notes)
        self.quiet = False
        self.doc = -1
        self.text = ""
        self._lowered: str | None = None
        self.starts: list[int] = [0]
        self._placed: dict[int, tuple[str, int]] = {}

    def begin(self, doc: int, text: str, starts: list[int]) -> None:
        self.active = True
        self.doc, self.text, self.starts = doc, text, starts
        self._lowered = None
        self._placed = {}

    def end(self) -> None:
        self.active = False
        self._placed = {}

    def place(self, string: str) -> int:
        """Where `string` stands in the document (-1: nowhere found)."""
        if string is self.text:
            return 0
        placed = self._placed.get(id(string))
        if placed is not None and placed[0] is string:
            return placed[1]
        at = self.text.find(string)
        if at < 0:
            if self._lowered is None:
                self._lowered = self.text.lower()
            at = self._lowered.find(string.lower())
        self._placed[id(string)] = (string, at)  # (kept: its id is not reused meanwhile)
        return at

    def note(self, pattern: RecordingPattern, found: re.Match[str]) -> None:
        if self.quiet:
            return
        pattern.matches += 1
        if not self.active:
            pattern.outside += 1
            return
        at = self.place(found.string)
        if at < 0:
            key = (self.doc, -1)
        else:
            key = (self.doc, bisect.bisect_right(self.starts, at + found.start()) - 1)
        pattern.sentences.add(key)
        if len(pattern.sentences) > CAP:
            pattern.saturated = True


RECORDER = Recorder()


class RecordingPattern:
    """A compiled pattern that records where it matched (`RECORDER`) and never matches
    while `ablated`; otherwise every method and attribute is the pattern's own."""

    __slots__ = (
        "ablated",
        "ablated_calls",
        "matches",
        "names",
        "outside",
        "raw",
        "saturated",
        "sentences",
        "site",
    )

    def __init__(self, raw: re.Pattern[str], site: str) -> None:
        self.raw = raw
        self.site = site
        self.names: list[str] = []
        self.ablated = False
        self.ablated_calls = 0
        self.saturated = False
        self.matches = 0
        self.outside = 0
        self.sentences: set[tuple[int, int]] = set()

    @property
    def name(self) -> str:
        return self.names[0] if self.names else self.site

    # -- what the pattern is -------------------------------------------------------
    @property
    def pattern(self) -> Any:
        return self.raw.pattern

    @property
    def flags(self) -> int:
        return self.raw.flags

    @property
    def groups(self) -> int:
        return self.raw.groups

    @property
    def groupindex(self) -> Any:
        return self.raw.groupindex

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RecordingPattern):
            other = other.raw
        return self.raw == other

    def __hash__(self) -> int:
        return hash(self.raw)

    def __repr__(self) -> str:
        return f"RecordingPattern({self.raw!r})"

    def __copy__(self) -> RecordingPattern:
        return self

    def __deepcopy__(self, memo: Any) -> RecordingPattern:
        return self

    # -- matching ------------------------------------------------------------------
    def _noting(self, found: Iterable[re.Match[str]], limit: int | None = None) -> None:
        for one in itertools.islice(found, limit):
            RECORDER.note(self, one)
            if self.saturated:
                return

    def search(self, string: Any, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        if self.ablated:
            self.ablated_calls += 1
            return None
        found = self.raw.search(string, pos, endpos)
        if found is not None and not self.saturated:
            RECORDER.note(self, found)
        return found

    def match(self, string: Any, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        if self.ablated:
            self.ablated_calls += 1
            return None
        found = self.raw.match(string, pos, endpos)
        if found is not None and not self.saturated:
            RECORDER.note(self, found)
        return found

    def fullmatch(self, string: Any, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        if self.ablated:
            self.ablated_calls += 1
            return None
        found = self.raw.fullmatch(string, pos, endpos)
        if found is not None and not self.saturated:
            RECORDER.note(self, found)
        return found

    def finditer(self, string: Any, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        if self.ablated:
            self.ablated_calls += 1
            return iter(())
        found = self.raw.finditer(string, pos, endpos)
        return found if self.saturated else self._iterating(found)

    def _iterating(self, found: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
        for one in found:
            if not self.saturated:
                RECORDER.note(self, one)
            yield one

    def findall(self, string: Any, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        if self.ablated:
            self.ablated_calls += 1
            return []
        found = self.raw.findall(string, pos, endpos)
        if found and not self.saturated:
            self._noting(self.raw.finditer(string, pos, endpos))
        return found

    def subn(self, repl: Any, string: Any, count: int = 0) -> Any:
        if self.ablated:
            self.ablated_calls += 1
            return (string, 0)
        result = self.raw.subn(repl, string, count=count)
        if result[1] and not self.saturated:
            self._noting(self.raw.finditer(string), count or None)
        return result

    def sub(self, repl: Any, string: Any, count: int = 0) -> Any:
        return self.subn(repl, string, count)[0]

    def split(self, string: Any, maxsplit: int = 0) -> Any:
        if self.ablated:
            self.ablated_calls += 1
            return [string]
        parts = self.raw.split(string, maxsplit=maxsplit)
        if len(parts) > 1 and not self.saturated:
            self._noting(self.raw.finditer(string), maxsplit or None)
        return parts

    def scanner(self, string: Any, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        # (not recorded: no rule uses it; ablated, it scans with a pattern never matching)
        return (_NEVER if self.ablated else self.raw).scanner(string, pos, endpos)


class Instrumentation:
    """The compile hooks and every `RecordingPattern` they made. `prefixes`: the modules
    (by name) whose patterns are instrumented."""

    def __init__(self, prefixes: Sequence[str] = ("annotator.core.",)) -> None:
        self.prefixes = tuple(prefixes)
        self.patterns: dict[tuple[str, str, int, str], RecordingPattern] = {}

    def _module_of(self, frame: FrameType | None) -> FrameType | None:
        while frame is not None:
            module = frame.f_globals.get("__name__", "")
            if module not in _SKIPPED and not module.startswith("re."):
                return frame
            frame = frame.f_back
        return None

    def _wrapped(self, raw: Any, frame: FrameType | None) -> Any:
        if not isinstance(raw, re.Pattern) or not isinstance(raw.pattern, str):
            return raw
        frame = self._module_of(frame)
        if frame is None:
            return raw
        module = frame.f_globals.get("__name__", "")
        if module in _SKIPPED or not module.startswith(self.prefixes):
            return raw
        # A helper that compiles the source it is given (`_made(source)`) is named by
        # the rule that called it.
        code = frame.f_code
        caller = frame.f_back
        helper = code.co_argcount == 1 and code.co_varnames[0] in ("source", "pattern")
        if helper and caller is not None and caller.f_globals.get("__name__") == module:
            place = f"{caller.f_code.co_name}@{caller.f_lineno}>{code.co_name}"
        else:
            place = f"{code.co_name}@{frame.f_lineno}"
        key = (module, place, raw.flags, raw.pattern)
        proxy = self.patterns.get(key)
        if proxy is None:
            short = module.removeprefix("annotator.core.")
            digest = hashlib.sha1(raw.pattern.encode("utf-8", "surrogatepass")).hexdigest()[:6]
            site = f"{short}:{place}#{digest}"
            proxy = self.patterns[key] = RecordingPattern(raw, site)
        return proxy

    def compile(self, pattern: Any, flags: Any = 0) -> Any:
        if isinstance(pattern, RecordingPattern):
            pattern = pattern.raw
        return self._wrapped(_REAL_INNER(pattern, flags), sys._getframe(1))

    def inner(self, pattern: Any, flags: Any) -> Any:
        if isinstance(pattern, RecordingPattern):
            if flags:
                raise ValueError("cannot process flags argument with a compiled pattern")
            return pattern
        return self._wrapped(_REAL_INNER(pattern, flags), sys._getframe(1))

    @contextmanager
    def hooked(self) -> Iterator[Instrumentation]:
        """Within: patterns compiled from the instrumented modules are recorded."""
        re.compile = self.compile  # type: ignore[assignment]
        re._compile = self.inner  # type: ignore[attr-defined]
        try:
            yield self
        finally:
            re.compile = _REAL_COMPILE
            re._compile = _REAL_INNER  # type: ignore[attr-defined]

    # -- names ---------------------------------------------------------------------
    def modules(self) -> list[ModuleType]:
        return [
            module
            for name, module in sorted(sys.modules.items())
            if name.startswith(self.prefixes) and name not in _SKIPPED and module is not None
        ]

    def name_patterns(self) -> list[str]:
        """Name each pattern by the module variables holding it; returns the patterns a
        module holds that are NOT instrumented (compiled before the hooks, or otherwise)."""
        missed: list[str] = []
        for module in self.modules():
            short = module.__name__.removeprefix("annotator.core.")
            for var, value in list(vars(module).items()):
                if var.startswith("__"):
                    continue
                self._visit(value, f"{short}:{var}", 3, missed, module.__name__)
        for proxy in self.patterns.values():
            # the module defining it first ("casualty:_X" before "suggest.casualties:_X")
            module = proxy.site.split(":", 1)[0]
            proxy.names.sort(key=lambda n: (n.split(":", 1)[0] != module, n))
        return sorted(set(missed))

    def _visit(self, value: Any, name: str, depth: int, missed: list[str], module: str) -> None:
        if isinstance(value, RecordingPattern):
            if name not in value.names:
                value.names.append(name)
        elif isinstance(value, re.Pattern):
            if isinstance(value.pattern, str) and value is not _NEVER:
                missed.append(name)
        elif depth == 0 or isinstance(value, (str, bytes, int, float, type, ModuleType)):
            return
        elif isinstance(value, (tuple, list)):
            for index, item in enumerate(value):
                self._visit(item, f"{name}[{index}]", depth - 1, missed, module)
        elif isinstance(value, (set, frozenset)):
            items = [item for item in value if isinstance(item, (re.Pattern, RecordingPattern))]
            for index, item in enumerate(sorted(items, key=lambda p: str(p.pattern))):
                self._visit(item, f"{name}{{{index}}}", depth - 1, missed, module)
        elif isinstance(value, dict):
            for index, (key, item) in enumerate(list(value.items())):
                label = key if isinstance(key, (str, int)) and len(str(key)) <= 30 else index
                self._visit(key, f"{name}{{key {index}}}", depth - 1, missed, module)
                self._visit(item, f"{name}[{label!r}]", depth - 1, missed, module)
        elif type(value).__module__ == module or hasattr(value, "__slots__"):
            # a wrapper of ours (PrefilteredPattern, LazyPattern): its pattern inside
            for attribute in ("compiled", "_compiled"):
                inner = getattr(value, attribute, None)
                if isinstance(inner, (re.Pattern, RecordingPattern)):
                    self._visit(inner, f"{name}.{attribute}", 0, missed, module)


def caches_of(modules: Iterable[ModuleType]) -> list[Callable[[], None]]:
    """What empties the word caches and memos of `modules`, called before any suggestion
    (see the module docstring): each `lru_cache` of more than one entry (one entry holds a
    loaded model), each `_last*` tuple (reset to what it holds now), and each dict, set
    or list empty now (a memo filled as the rules run, "_WORD_BITS"), except a dict
    annotated with int keys: those hold what was built for one gazetteer (keyed by its
    id) and are kept, so a pattern only used to build them is seen once."""
    clears: list[Callable[[], None]] = []
    for module in modules:
        annotations = vars(module).get("__annotations__", {})
        for var, value in list(vars(module).items()):
            info = getattr(value, "cache_info", None)
            if callable(info) and hasattr(value, "cache_clear"):
                if info().maxsize is None or info().maxsize > 1:
                    clears.append(value.cache_clear)
            elif var.startswith("_last") and isinstance(value, tuple):
                clears.append(functools.partial(setattr, module, var, value))
            elif (
                isinstance(value, (dict, set, list))
                and not value
                and not var.startswith("__")
                and not str(annotations.get(var, "")).replace(" ", "").startswith("dict[int,")
            ):
                clears.append(value.clear)
    return clears


# One suggestion as diffed (`key`) and as judged against the gold (`judged`), and its start.
@dataclass(frozen=True)
class Item:
    key: tuple[Any, ...]
    judged: tuple[Any, ...]
    start: int


@dataclass
class Doc:
    name: str
    text: str
    gold: frozenset[tuple[Any, ...]]
    starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.starts:
            self.starts = sentence_starts(self.text)

    def sentence(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1


Runner = Callable[[int, str], list[Item]]


@dataclass
class Change:
    """What ablating one pattern did."""

    docs: int = 0
    changed: int = 0
    sentences: set[tuple[int, int]] = field(default_factory=set)
    agree: int = 0
    disagree: int = 0
    error: str = ""


def run_all(
    docs: Sequence[Doc],
    run: Runner,
    clears: Sequence[Callable[[], None]] = (),
    indices: Iterable[int] | None = None,
    record: bool = False,
) -> dict[int, frozenset[Item]]:
    """Suggest each document (a fresh copy of its text, caches emptied first)."""
    out: dict[int, frozenset[Item]] = {}
    for index in range(len(docs)) if indices is None else indices:
        for clear in clears:
            clear()
        text = (docs[index].text + ".")[:-1]  # (a new object: memos keyed by identity miss)
        if record:
            RECORDER.begin(index, text, docs[index].starts)
        RECORDER.quiet = not record
        try:
            out[index] = frozenset(run(index, text))
        finally:
            RECORDER.end()
            RECORDER.quiet = False
    return out


def ablate(
    pattern: RecordingPattern,
    docs: Sequence[Doc],
    run: Runner,
    first: dict[int, frozenset[Item]],
    clears: Sequence[Callable[[], None]] = (),
) -> Change:
    """Re-suggest the documents where `pattern` matched with it never matching; diff."""
    change = Change()
    indices = sorted({doc for doc, _ in pattern.sentences})
    change.docs = len(indices)
    pattern.ablated = True
    pattern.ablated_calls = 0
    try:
        again = run_all(docs, run, clears, indices)
    except Exception as exc:  # a rule that takes a match for granted
        change.error = f"{type(exc).__name__}: {exc}"
        return change
    finally:
        pattern.ablated = False
    for index in indices:
        before, after = first[index], again[index]
        gold = docs[index].gold
        for item in before ^ after:
            change.changed += 1
            change.sentences.add((index, docs[index].sentence(item.start)))
            in_gold = item.judged in gold
            # right: it made what the gold holds, or kept out what the gold lacks
            if (item in before) == in_gold:
                change.agree += 1
            else:
                change.disagree += 1
    return change


def reach(
    instrumentation: Instrumentation,
    docs: Sequence[Doc],
    run: Runner,
    *,
    threshold: int = 2,
    clears: Sequence[Callable[[], None]] = (),
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Run, record, ablate every pattern matching in 1..`threshold` sentences; the report."""
    began = time.monotonic()
    first = run_all(docs, run, clears, record=True)
    run_seconds = time.monotonic() - began
    if progress:
        progress(f"first run: {len(docs)} documents in {run_seconds:.0f} s")
    rows = []
    patterns = sorted(set(instrumentation.patterns.values()), key=lambda p: p.name)
    candidates = [p for p in patterns if 0 < len(p.sentences) <= threshold and not p.saturated]
    began = time.monotonic()
    for number, pattern in enumerate(candidates):
        change = ablate(pattern, docs, run, first, clears)
        if progress and number % 50 == 0:
            progress(f"ablated {number} of {len(candidates)}")
        changed_docs = sorted({docs[d].name for d, _ in change.sentences})
        rows.append(
            {
                "pattern": pattern.name,
                "aliases": pattern.names[1:],
                "source": str(pattern.pattern)[:160],
                "sentences_matched": len(pattern.sentences),
                "docs_matched": change.docs,
                "suggestions_changed": change.changed,
                "sentences_changed": len(change.sentences),
                "agree": change.agree,
                "disagree": change.disagree,
                "changed_in": changed_docs,
                "matched_in": sorted({docs[d].name for d, _ in pattern.sentences}),
                "one_sentence": len(change.sentences) == 1,
                # 0: the ablated pattern was not even asked (its match was not re-run)
                "calls_while_ablated": pattern.ablated_calls,
                "error": change.error,
            }
        )
    ablation_seconds = time.monotonic() - began
    # The control: the flagged patterns' documents suggested again with nothing ablated
    # (a change here would be noise of the run, not of an ablation).
    control = sorted(
        {d for p in candidates if p.name in flagged_names(rows) for d, _ in p.sentences}
    )
    again = run_all(docs, run, clears, control)
    control_changes = sum(len(first[i] ^ again[i]) for i in control)
    counts: dict[str, dict[str, int]] = {}
    for index, items in first.items():
        extents = {key[:3] for key in docs[index].gold}
        for item in items:
            label = counts.setdefault(str(item.judged[0]), {"suggested": 0, "exact": 0})
            label["suggested"] += 1
            label["exact"] += item.judged[:3] in extents
    rows.sort(key=lambda r: (r["sentences_changed"], r["sentences_matched"], r["pattern"]))
    never = [p.name for p in patterns if not p.sentences]
    return {
        "documents": len(docs),
        "first_run_counts": counts,
        "control_documents": len(control),
        "control_changes": control_changes,
        "sentences": sum(len(d.starts) for d in docs),
        "instrumented": len(patterns),
        "threshold": threshold,
        "first_run_seconds": round(run_seconds, 1),
        "ablation_seconds": round(ablation_seconds, 1),
        "matched": sum(1 for p in patterns if p.sentences),
        "never_matched": never,
        "matched_outside_documents_only": [
            p.name for p in patterns if p.outside and not p.sentences
        ],
        "ablated": rows,
        "flagged": [r for r in rows if r["one_sentence"]],
        "ablation_changes_nothing": [r["pattern"] for r in rows if not r["suggestions_changed"]],
    }


# -- the suggester ----------------------------------------------------------------------


def flagged_names(rows: Iterable[dict[str, Any]]) -> set[str]:
    return {row["pattern"] for row in rows if row["one_sentence"]}


def instrument_suggester(instrumentation: Instrumentation) -> list[str]:
    """Import the rules (within `instrumentation.hooked()`, which must last the whole run:
    some patterns are compiled as the rules run); returns the patterns missed."""
    if any(name.startswith("annotator.core.suggest") for name in sys.modules):
        raise RuntimeError("the rules were imported before the hooks")
    compiled_patterns = importlib.import_module("annotator.core.compiled_patterns")
    # (kept forms build patterns without re.compile: off for this run)
    compiled_patterns._ENGINE = None  # type: ignore[attr-defined]
    importlib.import_module("annotator.services.suggesting")
    casualties = importlib.import_module("annotator.core.suggest.casualties")
    casualties.LazyPattern.compile_all()
    return instrumentation.name_patterns()


def suggester_docs(gold_path: str) -> tuple[list[Doc], Runner]:
    from annotator.core.suggest import suggest
    from annotator.services.suggesting import (
        _gold_predicted,
        _predicted,
        known_actors_except,
        load_gazetteer,
        load_gold,
    )

    gold = load_gold(gold_path)
    gazetteer = load_gazetteer()

    def judged(p: Any) -> tuple[Any, ...]:
        speaker = p.speaker if p.label == "QUOTE" else None
        return (p.label, p.start, p.end, speaker, p.casualty, p.actor_type)

    docs = []
    for item in gold:
        meta = item.document.meta or {}
        name = str(meta.get("file") or item.document.title)
        keys = frozenset(judged(p) for p in _gold_predicted(item))
        docs.append(Doc(name, item.document.text, keys))

    def run(index: int, text: str) -> list[Item]:
        found = suggest(text, known_actors=known_actors_except(gold, index), gazetteer=gazetteer)
        items = []
        for s, p in zip(found, _predicted(text, found), strict=True):
            attributes = tuple(sorted((k, repr(v)) for k, v in s.attributes.items()))
            key = (s.label, s.start, s.end, s.speaker, attributes)
            items.append(Item(key, judged(p), s.start))
        return items

    return docs, run


def table(report: dict[str, Any]) -> str:
    lines = [
        f"{report['instrumented']} patterns instrumented ({len(report['not_instrumented'])} "
        f"not), {report['matched']} matched on {report['documents']} documents "
        f"({report['sentences']} sentences); first run {report['first_run_seconds']} s, "
        f"ablations {report['ablation_seconds']} s",
        f"ablated (matching in 1..{report['threshold']} sentences): {len(report['ablated'])}; "
        f"changing nothing: {len(report['ablation_changes_nothing'])}; "
        f"flagged (changes one sentence): {len(report['flagged'])}; control: "
        f"{report['control_changes']} changes re-running {report['control_documents']} "
        f"documents without ablation",
        f"first run: {report['first_run_counts']}",
        "",
        f"{'pattern':60} {'matched':>7} {'changed':>7} {'sugg':>5} {'agree':>5} {'dis':>4}  file",
    ]
    for row in report["ablated"]:
        if not row["suggestions_changed"] and not row["error"]:
            continue
        flag = "*" if row["one_sentence"] else " "
        files = ",".join(row["changed_in"])[:40]
        lines.append(
            f"{flag}{row['pattern'][:59]:59} {row['sentences_matched']:7} "
            f"{row['sentences_changed']:7} {row['suggestions_changed']:5} {row['agree']:5} "
            f"{row['disagree']:4}  {files}{'  ' + row['error'] if row['error'] else ''}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", default="sample_articles/dev/realistic.jsonl")
    parser.add_argument("--out", default="/tmp/reach.json")
    parser.add_argument("--threshold", type=int, default=2, help="ablate up to this many")
    parser.add_argument("--limit", type=int, default=0, help="first N documents only")
    args = parser.parse_args(argv)
    if "heldout" in args.gold.replace("\\", "/").split("/"):
        raise SystemExit("rule_reach reads the dev gold only, never the held-out set")
    instrumentation = Instrumentation()
    with instrumentation.hooked():
        missed = instrument_suggester(instrumentation)
        docs, run = suggester_docs(args.gold)
        if args.limit:
            docs = docs[: args.limit]
        clears = caches_of(instrumentation.modules())
        report = reach(
            instrumentation,
            docs,
            run,
            threshold=args.threshold,
            clears=clears,
            progress=lambda line: print(line, file=sys.stderr, flush=True),
        )
    report["not_instrumented"] = missed
    report["sentence_splitter"] = "scripts.rule_reach.sentence_starts"
    report["caches_emptied_per_document"] = len(clears)
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump(report, out, indent=1)
    print(table(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
