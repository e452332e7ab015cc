"""Assisted annotation: rules that propose QUOTE, CASUALTY and ACTOR spans.

Pure Python (no Qt, no SQL, no I/O): everything a rule knows is passed in.
Offsets are code points into the document text, end exclusive.

    from annotator.core.suggest import suggest
    for s in suggest(text, known_actors={"Free Valdor Front": "armed group"}):
        print(s.label, text[s.start:s.end], s.attributes, s.rule, s.speaker)

Rules live one per function in `quotes`, `casualties` and `actors` and are
registered by name; `registry()` lists them, `default_rules()` says which run
when none are named.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from annotator.core.suggest import actors, casualties, quotes, spacy_entities  # noqa: F401
from annotator.core.suggest.base import (
    ACTOR_TYPES,
    LABELS,
    GazetteerEntry,
    Rule,
    SuggestContext,
    Suggestion,
    register,
    registry,
)
from annotator.core.suggest.speakers import attribute_speakers

__all__ = [
    "ACTOR_TYPES",
    "LABELS",
    "GazetteerEntry",
    "Rule",
    "SuggestContext",
    "Suggestion",
    "attribute_speakers",
    "default_rules",
    "register",
    "registry",
    "resolve_overlaps",
    "rules_for",
    "suggest",
]


def default_rules(labels: Iterable[str] = LABELS) -> list[str]:
    """Names of the rules that run when none are named: available and on by default."""
    wanted = set(labels)
    return [
        r.name
        for r in registry().values()
        if r.label in wanted and r.available and r.enabled_by_default
    ]


def rules_for(label: str) -> list[Rule]:
    """Every registered rule of `label`, in registration order (unavailable ones too)."""
    return [r for r in registry().values() if r.label == label]


def _priority(s: Suggestion) -> tuple[int, int, int]:
    # Longest first; at equal length the earlier-registered rule wins.
    names = list(registry())
    order = names.index(s.rule) if s.rule in names else len(names)
    return (-(s.end - s.start), order, s.start)


def resolve_overlaps(found: Iterable[Suggestion]) -> list[Suggestion]:
    """One suggestion per extent and label; within CASUALTY and within ACTOR no two overlap.

    QUOTE spans may nest (a quote inside a quote). Overlaps are settled by
    keeping the longer span. Result sorted by start, then longest first.
    """
    kept: list[Suggestion] = []
    seen: set[tuple[int, int, str]] = set()
    taken: dict[str, list[tuple[int, int]]] = {}
    for s in sorted(found, key=_priority):
        if s.key in seen or s.start >= s.end:
            continue
        if s.label != "QUOTE" and any(
            s.start < end and start < s.end for start, end in taken.get(s.label, [])
        ):
            continue
        seen.add(s.key)
        taken.setdefault(s.label, []).append((s.start, s.end))
        kept.append(s)
    return sorted(kept, key=lambda s: (s.start, -s.end, s.label))


def suggest(
    document_text: str,
    *,
    known_actors: Mapping[str, str | None] | Iterable[str] = (),
    gazetteer: Mapping[str, GazetteerEntry] | Iterable[GazetteerEntry] = (),
    labels: Collection[str] = LABELS,
    rules: Collection[str] | None = None,
) -> list[Suggestion]:
    """Suggestions for one document, sorted by start (longest first at equal start).

    `known_actors`: texts analysts tagged ACTOR elsewhere, with their type if
    known ("annotate all occurrences"). `gazetteer`: names with types (see
    `annotator.services.suggesting.load_gazetteer`). `labels`: which labels to propose.
    `rules`: names of the rules to run (default: `default_rules(labels)`);
    unknown names raise KeyError. QUOTE suggestions carry a `speaker` extent
    whenever one is found; the speaker is itself among the ACTOR suggestions
    when ACTOR is among `labels`. Never raises on any text.
    """
    table = registry()
    names = list(rules) if rules is not None else default_rules(labels)
    for name in names:
        if name not in table:
            raise KeyError(f"no suggestion rule named {name!r}; known: {', '.join(table)}")
    chosen = [table[n] for n in names if table[n].label in labels and table[n].available]
    ctx = SuggestContext(
        document_text,
        known_actors=_known(known_actors),
        gazetteer=_gazetteer(gazetteer),
    )
    found: list[Suggestion] = []
    for chosen_rule in chosen:
        found.extend(chosen_rule.find(ctx))
    result = resolve_overlaps(found)
    quotes_found = [s for s in result if s.label == "QUOTE"]
    if not quotes_found:
        return result
    actor_rules = [r for r in chosen if r.label == "ACTOR"]
    if not actor_rules:
        # Speakers need ACTOR mentions even when only quotes are wanted.
        actor_rules = [table[n] for n in default_rules(["ACTOR"])]
    mentions = [s for s in result if s.label == "ACTOR"]
    if not mentions:
        mentions = resolve_overlaps(s for r in actor_rules for s in r.find(ctx))
    with_speakers = {q.key: q for q in attribute_speakers(document_text, quotes_found, mentions)}
    return [with_speakers.get(s.key, s) for s in result]


def _known(known: Mapping[str, str | None] | Iterable[str]) -> dict[str, str | None]:
    if isinstance(known, Mapping):
        return {str(k): v for k, v in known.items() if str(k).strip()}
    return {str(k): None for k in known if str(k).strip()}


def _gazetteer(
    entries: Mapping[str, GazetteerEntry] | Iterable[GazetteerEntry],
) -> dict[str, GazetteerEntry]:
    if isinstance(entries, Mapping):
        return dict(entries)
    return {e.name: e for e in entries}
