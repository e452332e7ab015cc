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

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from operator import attrgetter
from typing import Final, Protocol

from annotator.core.boilerplate import boilerplate_ranges
from annotator.core.collector import collector_paused
from annotator.core.suggest import (  # noqa: F401
    actors,
    casualties,
    learned,
    quotes,
    spacy_entities,
    speakers,
    state_check,
)
from annotator.core.suggest.base import (
    LABELS,
    RULE_ACTOR_EXTENTS,
    GazetteerEntry,
    Rule,
    SuggestContext,
    Suggestion,
    register,
    registry,
)
from annotator.core.suggest.propagate import propagate
from annotator.core.suggest.speakers import attribute_speakers
from annotator.core.text import normalise_with_offsets
from annotator.core.timeline import enabled as timeline_enabled
from annotator.core.timeline import mark

__all__ = [
    "LABELS",
    "GazetteerEntry",
    "Rule",
    "RuleShare",
    "Stopped",
    "SuggestContext",
    "Suggestion",
    "attribute_speakers",
    "boilerplate_ranges",
    "default_rules",
    "prepare_rules",
    "propagate",
    "register",
    "registry",
    "resolve_overlaps",
    "rules_for",
    "run_rules",
    "suggest",
]


class Stopped(Exception):
    """`suggest` was asked to stop (the analyst opened another article meanwhile)."""


class RuleShare(Protocol):
    """Rules of one document running elsewhere (another process) while `suggest` runs the
    others: what `suggest`'s `elsewhere` hands back (see `run_rules`)."""

    @property
    def names(self) -> Collection[str]:
        """The rules run elsewhere; `suggest` leaves them out of its own pass."""
        ...

    def result(self, stop: Callable[[], bool] | None) -> Mapping[str, list[Suggestion]] | None:
        """What each of `names` found (before any filtering), once done; None when it
        could not be had (a worker died), and `suggest` then runs them itself. Asks
        `stop` while it waits and gives up (None) when it returns true."""
        ...

    def cancel(self) -> None:
        """Stop the share's work: its result is not wanted (the local pass stopped)."""
        ...


def default_rules(labels: Iterable[str] = LABELS) -> list[str]:
    """Names of the rules that run when none are named: available and on by default."""
    wanted = set(labels)
    return [
        r.name
        for r in registry().values()
        # (`available` last: an optional rule looks for what it needs when asked)
        if r.label in wanted and r.enabled_by_default and r.available
    ]


def rules_for(label: str) -> list[Rule]:
    """Every registered rule of `label`, in registration order (unavailable ones too)."""
    return [r for r in registry().values() if r.label == label]


def resolve_overlaps(found: Iterable[Suggestion]) -> list[Suggestion]:
    """One suggestion per extent and label; within CASUALTY and within ACTOR no two overlap.

    QUOTE spans may nest (a quote inside a quote). Overlaps are settled by
    keeping the longer span; at equal length the earlier-registered rule
    wins. Result sorted by start, then longest first. O(n log n) plus the
    length of the kept spans: each label marks the characters its kept spans
    cover, so whether a candidate overlaps one is a search over its own extent.
    """
    order = {name: i for i, name in enumerate(registry())}
    last = len(order)
    rank = order.get
    # A suggestion of no extent or before the text is never kept, wherever it sorts.
    valid = [s for s in found if 0 <= s.start < s.end]
    if not valid:
        return []
    size = max(s.end for s in valid)
    # Longest first, then by rule rank, then by start, then in the order found: two stable
    # sorts on small integers (a long article has tens of thousands of candidates, and
    # tuples of the same compared several times slower).
    ranks = last + 1
    by_start = [s.start for s in valid]
    by_priority = [(s.start - s.end) * ranks + rank(s.rule, last) for s in valid]
    ranked = sorted(range(len(valid)), key=by_start.__getitem__)
    ranked.sort(key=by_priority.__getitem__)
    kept: list[Suggestion] = []
    seen: set[tuple[int, int]] = set()  # QUOTE extents kept (QUOTE spans may nest)
    # Per label (QUOTE aside): one byte per character, 1 where a kept span lies. A
    # candidate with the extent of one kept is refused by these marks too.
    covered: dict[str, bytearray] = {}
    ones = memoryview(b"\x01" * size)
    for index in ranked:
        s = valid[index]
        start, end, label = s.start, s.end, s.label
        if label == "QUOTE":
            if (start, end) in seen:
                continue
            seen.add((start, end))
        else:
            marks = covered.get(label)
            if marks is None:
                marks = covered[label] = bytearray(size)
            if marks.find(1, start, end) >= 0:
                continue
            marks[start:end] = ones[: end - start]
        kept.append(s)
    # By start, then longest first, then label (kept extents are distinct per label): three
    # stable sorts on keys made in C.
    kept.sort(key=_LABEL)
    kept.sort(key=_END, reverse=True)
    kept.sort(key=_START)
    return kept


def _resolved_order(s: Suggestion) -> tuple[int, int, str]:
    """The order of `resolve_overlaps`' result: by start, longest first, then label."""
    return (s.start, -s.end, s.label)


_START: Final = attrgetter("start")
_END: Final = attrgetter("end")
_LABEL: Final = attrgetter("label")


def suggest(
    document_text: str,
    *,
    known_actors: Mapping[str, str | None] | Iterable[str] = (),
    gazetteer: Mapping[str, GazetteerEntry] | Iterable[GazetteerEntry] = (),
    labels: Collection[str] = LABELS,
    rules: Collection[str] | None = None,
    boilerplate: Sequence[tuple[int, int]] | None = None,
    stop: Callable[[], bool] | None = None,
    elsewhere: Callable[[str, tuple[tuple[int, int], ...], list[str]], RuleShare | None]
    | None = None,
) -> list[Suggestion]:
    """Suggestions for one document, sorted by start (longest first at equal start).

    `known_actors`: texts analysts tagged ACTOR elsewhere, with their type if
    known ("annotate all occurrences"). `gazetteer`: names with types (see
    `annotator.services.suggesting.load_gazetteer`). `labels`: which labels to propose.
    `rules`: names of the rules to run (default: `default_rules(labels)`);
    unknown names raise KeyError. QUOTE suggestions carry a `speaker` extent
    whenever one is found; the speaker is itself among the ACTOR suggestions
    when ACTOR is among `labels`. `boilerplate`: the page furniture ranges,
    where nothing is suggested (default: what `boilerplate_ranges` finds; a
    stored document passes its stored ranges, which the analyst may have
    adjusted). `stop`, asked before each rule, ends the work early by raising
    `Stopped` when it returns true (a long article's suggestions no longer
    wanted). `elsewhere(text, page furniture, rule names)`, when given, may start a
    share of the rules elsewhere (`RuleShare`, e.g. in another process, which runs
    them with `run_rules`) while this call runs the rest; what each rule found is
    then put together in rule order, so the result is the same as without it. Never
    raises on any text. A text our importers would not store as it is (with "\\r\\n",
    "\\r" or U+2028 line breaks, NUL or other control characters) is read as they store it
    (`normalise_text`), and the offsets returned are the given text's.
    """
    table = registry()
    names = list(rules) if rules is not None else default_rules(labels)
    for name in names:
        if name not in table:
            raise KeyError(f"no suggestion rule named {name!r}; known: {', '.join(table)}")
    # The rules read "\n" line breaks only ("By Taruni\r\n" ended no byline): a caller's
    # raw text is normalised here, and what is found mapped back to its offsets.
    normalised, mapping = normalise_with_offsets(document_text)
    if mapping is not None:
        if boilerplate is not None:
            boilerplate = [(mapping[start], mapping[end]) for start, end in boilerplate]
        document_text = normalised
    with collector_paused():
        found = _suggest(
            document_text,
            known_actors,
            gazetteer,
            labels,
            table,
            names,
            boilerplate,
            stop,
            elsewhere,
        )
    if mapping is None:
        return found

    # A start maps to the last given offset that lands on it, an end to the first: a
    # character dropped just before or after a span ("\x00Ahmed Ali") stays out of it.
    def old_start(offset: int) -> int:
        return bisect_right(mapping, offset) - 1

    def old_end(offset: int) -> int:
        return bisect_left(mapping, offset)

    return [
        replace(
            s,
            start=old_start(s.start),
            end=old_end(s.end),
            speaker=None if s.speaker is None else (old_start(s.speaker[0]), old_end(s.speaker[1])),
        )
        for s in found
    ]


def run_rules(
    document_text: str,
    names: Sequence[str],
    *,
    known_actors: Mapping[str, str | None] | Iterable[str] = (),
    gazetteer: Mapping[str, GazetteerEntry] | Iterable[GazetteerEntry] = (),
    boilerplate: Sequence[tuple[int, int]] = (),
    stop: Callable[[], bool] | None = None,
    kept: list[SuggestContext] | None = None,
    found_by_rule: Callable[[str, list[Suggestion]], None] | None = None,
) -> dict[str, list[Suggestion]]:
    """What each rule of `names` finds in `document_text`, by name, unfiltered: the
    share of `suggest`'s rules another process runs (see `RuleShare`). `boilerplate`:
    the ranges `suggest` skips, as it computed them. Raises KeyError for an unknown
    name and `Stopped` when `stop` returns true (asked before each rule). `kept`: the
    context the rules read is added to it, so that the caller frees it when it likes
    (a worker, after its reply is sent: a long article's takes some 10-20 ms to free).
    `found_by_rule(name, found)` is called as each rule is done (a worker sends it on).
    """
    table = registry()
    chosen = [table[name] for name in names]
    ctx = SuggestContext(
        document_text,
        known_actors=_known(known_actors),
        gazetteer=_gazetteer(gazetteer),
        skip=tuple(boilerplate),
    )
    if kept is not None:
        kept.append(ctx)
    found: dict[str, list[Suggestion]] = {}
    with collector_paused():
        for chosen_rule in chosen:
            if stop is not None and stop():
                raise Stopped
            found[chosen_rule.name] = list(chosen_rule.find(ctx))
            if found_by_rule is not None:
                found_by_rule(chosen_rule.name, found[chosen_rule.name])
    return found


def _suggest(
    document_text: str,
    known_actors: Mapping[str, str | None] | Iterable[str],
    gazetteer: Mapping[str, GazetteerEntry] | Iterable[GazetteerEntry],
    labels: Collection[str],
    table: Mapping[str, Rule],
    names: list[str],
    boilerplate: Sequence[tuple[int, int]] | None,
    stop: Callable[[], bool] | None,
    elsewhere: Callable[[str, tuple[tuple[int, int], ...], list[str]], RuleShare | None] | None,
) -> list[Suggestion]:
    chosen = [table[n] for n in names if table[n].label in labels and table[n].available]
    skip = tuple(boilerplate_ranges(document_text) if boilerplate is None else boilerplate)
    ctx = SuggestContext(
        document_text,
        known_actors=_known(known_actors),
        gazetteer=_gazetteer(gazetteer),
        skip=skip,
    )
    # Gap fillers run here, after the others (they read what the others found), never
    # elsewhere.
    fillers = [r for r in chosen if r.fills_gaps]
    offered = [r.name for r in chosen if not r.fills_gaps]
    share = None if elsewhere is None or not offered else elsewhere(document_text, skip, offered)
    away = frozenset(share.names) if share is not None else frozenset()
    if timeline_enabled():  # (the text made only when the timeline is on)
        mark(f"rules: {len(chosen) - len(away)} here, {len(away)} elsewhere")
    by_rule: dict[str, list[Suggestion]] = {}
    try:
        for chosen_rule in chosen:
            if stop is not None and stop():
                raise Stopped
            if chosen_rule.name not in away and not chosen_rule.fills_gaps:
                by_rule[chosen_rule.name] = list(chosen_rule.find(ctx))
    except BaseException:
        if share is not None:
            share.cancel()  # stopped, or a rule failed: the other share is not wanted
        raise
    # A wire's credit line names its staff, never an actor (the guideline): found here,
    # while a share of the rules may still be running elsewhere.
    credits = actors.credit_lines(document_text) if "ACTOR" in labels else []
    if "ACTOR" in labels:
        credits += actors.named_laws(document_text)  # a law's title names no actor
        # "the MV Sea Star", "the rescue ship Ocean Viking": a ship (ACT31, ACT68)
        credits += actors.named_ships(document_text, ctx.gazetteer)
        credits += actors.photo_credits(document_text)  # "(Carlos Nhantumbo/Al Jazeera)"
        credits += actors.author_lines(document_text)  # "X Y is a researcher on ..."
        # "the Policía Nacional (National Police)": the translation names no actor again
        credits += actors.gloss_extents(document_text)
    mark("rules here done")
    if share is not None:
        shared = share.result(stop)
        mark("rules elsewhere in" if shared is not None else "rules elsewhere failed")
        if stop is not None and stop():
            raise Stopped
        for chosen_rule in chosen:
            if chosen_rule.name in away:
                # What the share found, or (it failed) what this pass finds itself.
                got = shared.get(chosen_rule.name) if shared is not None else None
                if got is None:
                    if stop is not None and stop():
                        raise Stopped
                    got = list(chosen_rule.find(ctx))
                by_rule[chosen_rule.name] = got
    if fillers:
        ctx.memo[RULE_ACTOR_EXTENTS] = sorted(
            {
                (s.start, s.end)
                for found_by in by_rule.values()
                for s in found_by
                if s.label == "ACTOR"
            }
        )
        for chosen_rule in fillers:
            if stop is not None and stop():
                raise Stopped
            by_rule[chosen_rule.name] = list(chosen_rule.find(ctx))
    # Put together in rule order: the same lists, in the same order, as one pass.
    found: list[Suggestion] = []
    gap_fillers: list[Suggestion] = []
    for chosen_rule in chosen:
        (gap_fillers if chosen_rule.fills_gaps else found).extend(by_rule[chosen_rule.name])
    if skip:
        # Nothing is suggested in page furniture (newsletter promotions, share buttons).
        outside_skip = _outside_of(skip)
        found = [s for s in found if outside_skip(s)]
        gap_fillers = [s for s in gap_fillers if outside_skip(s)]
    if credits:
        outside_credits = _outside_of(credits)
        found = [s for s in found if s.label != "ACTOR" or outside_credits(s)]
        gap_fillers = [s for s in gap_fillers if s.label != "ACTOR" or outside_credits(s)]
    if "ACTOR" in labels:
        # A newsletter's or a bulletin's title names no actor ("Sahel Weekly Bulletin").
        found = [
            s
            for s in found
            if s.label != "ACTOR" or not actors.names_a_publication(document_text, s.start, s.end)
        ]
        gap_fillers = [
            s
            for s in gap_fillers
            if s.label != "ACTOR" or not actors.names_a_publication(document_text, s.start, s.end)
        ]
        # An outlet after the last sentence of its line, in a credit's tail, names no actor
        # ("... on Thursday. Photo: Naw Eh Wah / Frontier", "... (Anadolu photo)").
        found = [s for s in found if not _credited_outlet(document_text, s)]
        gap_fillers = [s for s in gap_fillers if not _credited_outlet(document_text, s)]
        if any(_is_media(s) for s in (*found, *gap_fillers)):
            # ... or on a line of no sentence after the story's last sentence: the page's
            # closing furniture ("(With inputs from PTI)", "dpa ch/mb xx a3 kle").
            end = actors.story_end(document_text, [*skip, *credits])
            if end is not None:
                found = [s for s in found if not (_is_media(s) and s.start >= end)]
                gap_fillers = [s for s in gap_fillers if not (_is_media(s) and s.start >= end)]
        masthead = actors.masthead_extent(document_text, skip)
        if masthead is not None and any(_is_masthead(document_text, s, masthead) for s in found):
            # The site's name heading the page is furniture (the guideline): no actor in it
            # ("Kenya" in "Kenya Today" neither).
            inside = _inside_of(masthead)
            found = [s for s in found if s.label != "ACTOR" or not inside(s)]
            gap_fillers = [s for s in gap_fillers if s.label != "ACTOR" or not inside(s)]
    if "ACTOR" in labels:
        # A person's name without the office's words a rule took in ("Junior Sergeant")
        found = actors.person_extents(ctx, found)
        # "Aegean Bulk Management said": a company's name, never a person's
        found = actors.companies_typed(document_text, found)
    if "CASUALTY" in labels:
        # Counted groups joined by "and" are one figure (the guideline), whichever rule
        # found the first of them
        found = casualties.with_coordinated_groups(ctx, found)
    result = resolve_overlaps(found)
    mark("overlaps resolved")
    if gap_fillers:
        # (perf67) The fillers in the gaps overlap no kept suggestion of their label, so
        # resolving them with the kept ones keeps every kept one and those of them that
        # resolving them alone keeps; all are then in the order resolve_overlaps gives
        # (by start, longest first, then label: no two share all three), the few kept
        # fillers put in place rather than the whole text's suggestions resolved again.
        for filler in resolve_overlaps(_in_gaps(result, gap_fillers)):
            insort(result, filler, key=_resolved_order)
    if "CASUALTY" in labels:
        # A bare count takes the victims of the figure before it in its sentence ("383 aid
        # workers were killed, while 308 were wounded"), whichever rules found the two
        result = casualties.with_elliptical_victims(ctx, result)
    if "ACTOR" in labels and any(r.name == state_check.RULE_NAME for r in chosen):
        # The rules' one-word state suggestions a learned check reads as places.
        result = state_check.vetoed(
            document_text,
            result,
            ctx.gazetteer,
            defaulted=ctx.memo.get(actors.DEFAULTED_STATES, ()),
            # (the rules' piece index, when they made one: not made for this alone)
            pieces=ctx.__dict__.get("piece_index"),
        )
    if "ACTOR" in labels and "-" in document_text:
        # "Lakeside Front-linked": the name inside a hyphen's compound, as elsewhere
        result = actors.compound_mentions(document_text, result)
    if "ACTOR" in labels and ", " in document_text:
        # "the Ministry of Foreign Affairs, National Community Abroad and African Affairs":
        # the parts a body's name lists are in it
        result = actors.listed_name_parts(document_text, result, ctx.gazetteer)
    if "ACTOR" in labels and " to " in document_text:
        # "the State Commission for Attention to Victims": the " to" part of a body's name
        result = actors.bodies_named_to(document_text, result, ctx.gazetteer)
    if "ACTOR" in labels and " of " in document_text:
        # "the Public Defender of Georgia": a body named with its state is one name
        result = actors.bodies_of_states(document_text, result, ctx.gazetteer)
    if "ACTOR" in labels:
        # "the Kurdistan Region Presidency": a listed body's name with its opening words
        result = actors.listed_bodies_opened(document_text, result, ctx.gazetteer)
    if "ACTOR" in labels and " of the " in document_text:
        # "the Emergency Medicine Centre of the Ministry of Health": a unit, then its body
        result = actors.units_of_bodies(document_text, result)
    if "ACTOR" in labels and " (" in document_text:
        # "the UPDF (Prasit)": a faction's qualifier in brackets is in its group's name
        result = actors.qualified_acronyms(document_text, result, ctx.gazetteer)
    if "ACTOR" in labels and ('"' in document_text or "\u201c" in document_text):
        # 'Halima Omar "Mama Redio" Said': a nickname in marks inside one person's name
        result = actors.nicknamed_people(document_text, result)
    if "CASUALTY" in labels and "ACTOR" in labels:
        result = _members_of_armed_groups(document_text, result)
    quotes_found = [s for s in result if s.label == "QUOTE"]
    if not quotes_found:
        return result
    actor_rules = [r for r in chosen if r.label == "ACTOR"]
    if not actor_rules:
        # Speakers need ACTOR mentions even when only quotes are wanted.
        actor_rules = [table[n] for n in default_rules(["ACTOR"])]
    if stop is not None and stop():
        raise Stopped
    mentions = [s for s in result if s.label == "ACTOR"]
    if not mentions:
        outside_skip = _outside_of(skip)
        mentions = resolve_overlaps(s for r in actor_rules for s in r.find(ctx) if outside_skip(s))
    with_speakers = {
        q.key: q
        for q in attribute_speakers(
            document_text, quotes_found, mentions, text_sentences=ctx.sentences
        )
    }
    mark("speakers attributed")
    return [with_speakers.get(s.key, s) if s.label == "QUOTE" else s for s in result]


# "members" right after a name inside a figure: "killed 10 PMF members".
_MEMBERS_NEXT: Final = re.compile(r"(?:['\u2019]s)?\s+members\b")


def _members_of_armed_groups(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """`found`, with a figure of people that counts an armed group's members by its name
    ("killed 10 PMF members", "the bodies of the three KNF members") `combatant` where its
    own words named no victims: the name's type says whose members they are, which the
    words alone cannot ("three PDP members", a party's, are civilians)."""
    groups = sorted(
        s.end for s in found if s.label == "ACTOR" and s.attributes.get("type") == "armed group"
    )
    if not groups:
        return found
    changed = []
    for s in found:
        if s.label == "CASUALTY" and s.attributes.get("victims") == "unknown":
            inside = groups[bisect_left(groups, s.start) : bisect_left(groups, s.end)]
            if any(
                (members := _MEMBERS_NEXT.match(text, end)) is not None and members.end() <= s.end
                for end in inside
            ):
                s = replace(s, attributes={**s.attributes, "victims": "combatant"})
        changed.append(s)
    return changed


def _is_media(found: Suggestion) -> bool:
    """`found` is an ACTOR suggestion typed media."""
    return found.label == "ACTOR" and found.attributes.get("type") == "media"


def _credited_outlet(text: str, found: Suggestion) -> bool:
    """`found` is an ACTOR suggestion typed media in a caption's credit after its line's
    last sentence (`actors.in_a_credit_tail`)."""
    return _is_media(found) and actors.in_a_credit_tail(text, found.start, found.end)


def _is_masthead(text: str, found: Suggestion, masthead: tuple[int, int]) -> bool:
    """`found` is an ACTOR suggestion of the whole masthead, or of all of it but its "The"."""
    start, end = masthead
    return (
        found.label == "ACTOR"
        and found.end == end
        and (found.start == start or text[start : found.start] in ("The ", "THE "))
    )


def _inside_of(extent: tuple[int, int]) -> Callable[[Suggestion], bool]:
    """A test that a suggestion lies within `extent`."""
    start, end = extent
    return lambda found: start <= found.start and found.end <= end


def _outside_of(ranges: Sequence[tuple[int, int]]) -> Callable[[Suggestion], bool]:
    """A test that a suggestion overlaps none of `ranges` (`s.start < b and a < s.end` for
    none of them, whatever their order, overlaps and emptiness), in O(log n) per
    suggestion: a long article has as many credit lines as suggestions to test."""
    ordered = sorted(ranges)
    starts = [a for a, _b in ordered]
    # reach[i]: the furthest end among the first i ranges (those starting before a point).
    reach: list[float] = [float("-inf")]
    for _a, b in ordered:
        reach.append(max(reach[-1], b))

    def outside(found: Suggestion) -> bool:
        # The ranges starting before found.end are a prefix of `ordered`; one of them
        # overlaps when it ends after found.start.
        return reach[bisect_left(starts, found.end)] <= found.start

    return outside


# An invented paragraph that sets every kind of rule to work (a quote with its speaker, a
# casualty figure, named actors), so that what the rules build on first use gets built.
_PREPARING_TEXT = (
    "Shelling kills 12 in Orvel as talks stall\n\n"
    "ORVEL, May 4 - At least 12 civilians were killed and dozens wounded on Monday, "
    'the Orvel Health Ministry said. "We will not leave," said Mara Lind, a teacher. '
    "The Free Orvel Front (FOF) denied the attack, according to Reuters."
)


def prepare_rules(
    *,
    known_actors: Mapping[str, str | None] | Iterable[str] = (),
    gazetteer: Mapping[str, GazetteerEntry] | Iterable[GazetteerEntry] = (),
    labels: Collection[str] = LABELS,
    rules: Collection[str] | None = None,
) -> None:
    """Build now what the rules otherwise build on their first use in this process: the
    compiled patterns `rules` use (all rules by default), and the name indexes of
    `gazetteer` and `known_actors`, which are kept per object (pass the very objects
    later given to `suggest`).

    A worker process calls it as it starts, with the rules it expects to run. Changes no
    suggestion. Optional rules (a spaCy pipeline) are
    left to load in each process, where they run.
    """
    table = registry()
    names = list(rules) if rules is not None else default_rules(labels)
    if any(name.startswith("casualty_") for name in names):
        # The casualty phrase patterns (about 5 G instructions to compile): only where
        # casualty rules run. A worker running only actor rules never compiles them.
        casualties.LazyPattern.compile_all()
    if any(name.startswith("quote_") for name in names):
        # The speaker rules' patterns made per head noun, role and kin noun: where quotes
        # are found, which the speakers of run after the rules.
        speakers.prepare_patterns()
    if state_check.RULE_NAME in names and isinstance(gazetteer, Mapping):
        # The state check's pattern of listed places (built per gazetteer object on the
        # first list of places read; the preparing text holds none).
        state_check.prepare_patterns(gazetteer)
    suggest(
        _PREPARING_TEXT,
        known_actors=known_actors,
        gazetteer=gazetteer,
        labels=labels,
        rules=[n for n in names if n in table and table[n].enabled_by_default],
    )


def _in_gaps(kept: list[Suggestion], fillers: list[Suggestion]) -> list[Suggestion]:
    """The `fillers` that overlap no kept suggestion of their label."""
    by_label: dict[str, list[tuple[int, int]]] = {}
    for s in kept:
        by_label.setdefault(s.label, []).append((s.start, s.end))
    for spans in by_label.values():
        spans.sort()
    out = []
    for s in fillers:
        spans = by_label.get(s.label, [])
        i = bisect_left(spans, (s.end, -1))
        # Kept spans of a label never overlap: only the one before s.end can touch s.
        if i > 0 and spans[i - 1][1] > s.start:
            continue
        out.append(s)
    return out


# The last known-actor dict found to hold only text keys: a corpus passes the same dict
# for every document, and checking thousands of keys per document cost more than
# matching them (its name matcher is likewise kept per object, in actors.matcher_for).
_CHECKED_KNOWN: list[Mapping[str, str | None]] = []


def _known(known: Mapping[str, str | None] | Iterable[str]) -> Mapping[str, str | None]:
    if _CHECKED_KNOWN and _CHECKED_KNOWN[0] is known:
        return _CHECKED_KNOWN[0]
    if isinstance(known, dict) and all(isinstance(k, str) for k in known):
        _CHECKED_KNOWN[:] = [known]
        return known  # the caller's own object, so its name matcher is built only once
    if isinstance(known, Mapping):
        return {str(k): v for k, v in known.items() if str(k).strip()}
    return {str(k): None for k in known if str(k).strip()}


def _gazetteer(
    entries: Mapping[str, GazetteerEntry] | Iterable[GazetteerEntry],
) -> Mapping[str, GazetteerEntry]:
    if isinstance(entries, Mapping):
        return entries  # the caller's own object, so its name matcher is built only once
    return {e.name: e for e in entries}
