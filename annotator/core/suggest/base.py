"""What a suggestion is, what a rule is, and the registry that holds the rules.

A rule is a small named function from a `SuggestContext` (the article text,
its sentences, the gazetteer and the names analysts already tagged) to
suggestions. Rules never see the database or the file system: everything they
know is passed in. Offsets are code points into the document text, end
exclusive, exactly like `annotator.core.model.Span`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import Any

from annotator.core.suggest.text import (
    NameRun,
    Piece,
    PieceIndex,
    Sentence,
    Token,
    name_tokens,
    piece_index,
    pieces,
    runs_of_names,
    sentences,
    word_tokens,
)
from annotator.core.suggestion import LABELS as LABELS
from annotator.core.suggestion import Suggestion as Suggestion


@dataclass(frozen=True)
class GazetteerEntry:
    """A listed name and its actor type.

    `role` says how a rule may use it: "" (suggest it wherever it stands),
    "capital" (a capital: only where it stands for its government, as the
    subject of a verb), "institution" (a seat of government: never read as a
    place), "demonym" (never suggested alone: "Russian" starts "Russian forces"),
    "region" (a state's region: only where it acts, through its police, government or
    agents, and then where a government stands).
    """

    name: str
    type: str
    role: str = ""


@dataclass(frozen=True)
class SuggestContext:
    """Everything a rule may look at. Built once per document by `suggest()`.

    `known_actors` maps an ACTOR text tagged by analysts elsewhere in the
    corpus to its type (or None when unknown); `gazetteer` maps a name to its
    entry. `skip` lists (start, end) ranges no rule may propose inside (page
    furniture such as newsletter promotions). What several rules need (tokens,
    name runs, the people found) is computed once and kept in `memo`, so the
    whole pass stays linear in the length of the text.
    """

    text: str
    known_actors: Mapping[str, str | None] = field(default_factory=dict)
    gazetteer: Mapping[str, GazetteerEntry] = field(default_factory=dict)
    skip: tuple[tuple[int, int], ...] = ()
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences(self.text)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def tokens(self) -> list[Token]:
        return word_tokens(self.text)

    @cached_property
    def pieces(self) -> list[Piece]:
        """Letter-and-digit pieces of the text (hyphens and apostrophes split them)."""
        return pieces(self.text)

    @cached_property
    def piece_index(self) -> PieceIndex:
        """Where each piece of the text stands: names are looked up here, not scanned for."""
        return piece_index(self.text)

    @cached_property
    def name_tokens(self) -> list[Token]:
        """The name words of the text (capitalised, or "al-Wadi")."""
        return name_tokens(self.text)

    @cached_property
    def _both_runs(self) -> tuple[list[NameRun], list[NameRun]]:
        return runs_of_names(self.text, self.name_tokens)

    @property
    def runs(self) -> list[NameRun]:
        """Runs of name words that "of/for/the/and" may join."""
        return self._both_runs[0]

    @property
    def bare_runs(self) -> list[NameRun]:
        """Runs of name words joined by spaces and particles only."""
        return self._both_runs[1]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding `offset`, or None between sentences (bisect, not a scan)."""
        i = bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None


RuleFunction = Callable[[SuggestContext], Iterable[Suggestion]]

# `SuggestContext.memo` key: before the rules that only fill gaps run, `suggest()` puts
# there the sorted (start, end) extents of the ACTOR spans the other rules proposed, so
# that a gap filler may leave them unread (its spans there would be dropped anyway). A
# gap filler run without it reads the whole text.
RULE_ACTOR_EXTENTS = "actor extents of the rules"


@dataclass(frozen=True)
class Rule:
    """A named unit that proposes spans of one label.

    `enabled_by_default` is False for rules that need something optional
    (a spaCy pipeline); `available` is False when that something is missing,
    and `how_to_enable` then says what to install.
    """

    name: str
    label: str
    description: str
    find: RuleFunction
    enabled_by_default: bool = True
    available: bool = True
    how_to_enable: str = ""
    # A rule that only fills gaps: its suggestions are kept only where no other rule
    # proposed an overlapping span of the same label (the rules win on extent).
    fills_gaps: bool = False


_REGISTRY: dict[str, Rule] = {}


def register(rule: Rule) -> Rule:
    """Add `rule` to the registry (a later rule of the same name replaces the earlier)."""
    if rule.label not in LABELS:
        raise ValueError(f"unknown label {rule.label!r} for rule {rule.name!r}")
    _REGISTRY[rule.name] = rule
    return rule


def rule(
    name: str, label: str, description: str, *, enabled_by_default: bool = True
) -> Callable[[RuleFunction], RuleFunction]:
    """Decorator: register the function as a rule named `name` for `label`."""

    def wrap(function: RuleFunction) -> RuleFunction:
        register(Rule(name, label, description, function, enabled_by_default))
        return function

    return wrap


def registry() -> Mapping[str, Rule]:
    """Every known rule by name, the unavailable ones included (read-only view)."""
    return MappingProxyType(_REGISTRY)
