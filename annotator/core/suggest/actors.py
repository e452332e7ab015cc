"""ACTOR rules: people, organisations, states, armed groups and media outlets.

People are found by their titles ("Defence Minister X" -> X) and by the
places news prose puts a name (", a spokesman for", "said X", "X told"),
then every later mention of their surname. Organisations come from their
shape (a capitalised name holding "Front", "Committee", "Brigades"...), from
an acronym in brackets and its later mentions, from "Kharvelian army"-style
institutions, from the gazetteer, and from what analysts already tagged.
Titles and a leading "the" are never part of a span (the guideline).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Final

from annotator.core.suggest.base import GazetteerEntry, SuggestContext, Suggestion, rule
from annotator.core.suggest.text import (
    NameMatcher,
    NameRun,
    Token,
    is_sentence_start,
    words,
)

TITLES: Final = words(
    "President Vice Prime Minister Deputy Foreign Defence Defense Interior Health Justice "
    "Finance Information Secretary General Secretary-General Colonel Lieutenant Major "
    "Captain Brigadier Commander Sergeant Corporal Private Admiral Marshal Governor Mayor "
    "Ambassador Senator Judge Father Sheikh Imam Bishop Archbishop Rabbi Pope King Queen "
    "Prince Princess Dr Mr Mrs Ms Professor Prof Chief Spokesman Spokeswoman Envoy Special "
    "Lt Col Gen Maj Capt Sgt Brig Cmdr Gov Sen Rep Representative Commissioner Director "
    "Coordinator Chairman Chairwoman Speaker Emir Ayatollah Cardinal Sister Brother Rev "
    "Reverend Lawmaker MP"
)
# Lower-case roles written straight before a name ("regional governor Paweł Wróblewski").
ROLE_WORDS: Final = words(
    "spokesman spokeswoman spokesperson envoy lawmaker director coordinator commander "
    "official governor mayor minister president chief leader priest doctor journalist "
    "negotiator activist analyst researcher witness resident farmer survivor general "
    "colonel captain commissioner secretary ambassador representative chairman head "
    "mediator photographer correspondent reporter called named surgeon nurse teacher "
    "engineer farmer pilot driver volunteer monk"
)
SPEECH_VERBS: Final = words(
    "said says told tells added adds wrote writes denied denies declared declares insisted "
    "insists warned warns explained explains posted recalled recalls described describes "
    "accused accuses confirmed confirms called calls replied replies stated asked urged "
    "urges announced announces claimed claims argued argues noted notes estimated estimates "
    "blamed blames"
)
ORGANISATION_WORDS: Final = words(
    "Front Movement Brigades Brigade Guard Army Forces Mission Office Committee "
    "Organization Organisation Programme Program Council Party Union Agency Fund Crescent "
    "Cross Alliance Coalition Militia Battalion Battalions Corps Federation Institute "
    "Network Watch Commission Court Tribunal Society Association Service Services Ministry "
    "Police Frontières Group Authority Foundation Council Legion Division Regiment Command "
    "Bureau Centre Center International Nations Sentinelles Ansar Jaish Harakat Liga League "
    "Bank Assembly Parliament Government Administration Company Initiative Observatory "
    "Department"
)
_ARMED: Final = words(
    "Front Movement Brigades Brigade Militia Battalion Battalions Legion Sentinelles Ansar "
    "Jaish Harakat Guard Shield Liberation Resistance Rebels Tigers Army"
)
_STATE: Final = words("Ministry Government Armed Parliament Presidency Police")
_MEDIA: Final = words(
    "Radio TV Television News Press Wire Times Post Herald Gazette Daily Broadcasting"
)
# Capitalised only because they open a sentence, or never part of a name.
_NOT_NAMES: Final = words(
    "The A An In On At By For From To Of And But Or If As After Before During Since Until "
    "When While Where Why How What Who Whose Which That This These Those He She It They We "
    "I You His Her Its Their Our My Your There Here Asked Under Over Some Many Most Several "
    "Local Two Three Four Five Six Seven Eight Nine Ten Monday Tuesday Wednesday Thursday "
    "Friday Saturday Sunday January February March April May June July August September "
    "October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec According "
    "Meanwhile However Also Even Still Yet Only Just Then Now Today Yesterday Tomorrow "
    "Earlier Later Mass God State Public National Facebook Telegram Twitter WhatsApp "
    "Instagram YouTube TikTok X Reuters"
)
_LOCATIVE: Final = re.compile(
    r"(?:\b(?:in|into|inside|across|throughout|from|to|towards|near|around|outside|of|at|via"
    r"|central|northern|southern|eastern|western|north|south|east|west|the)\s+)$",
    re.IGNORECASE,
)
_PERSON_AFTER: Final = re.compile(
    r"^(?:,\s+\d{1,3},|,\s+(?:a|an|the|who|whose|head|chief|director|deputy|special|one|"
    r"spokes\w+|himself|herself|aged)\b|\s+\(\d{1,3}\))"
)
_PERSON_BEFORE: Final = re.compile(
    r"(?:\b(?:said|says|added|wrote|according\s+to|by|called|named|identified\s+(?:himself|"
    r"herself)\s+as|told|asked|quoted|quoting|dear|,\s+(?:a|an|the)\s+[\w-]+\s+(?:of|for)\s+\w+,)"
    r"\s+)$",
    re.IGNORECASE,
)
_SINGLE_NAME_BEFORE: Final = re.compile(
    r"\b(?:named|called|(?:gave|giving) (?:her|his|their) (?:first )?name(?: only)? as|"
    r"identified (?:only )?as|known (?:only )?as|identified (?:himself|herself) (?:only )?as)\s+$"
)
_ACRONYM: Final = re.compile(r"\(([A-Z][A-Z&.\-]{1,9})\)")


def _suggestion(start: int, end: int, kind: str, name: str) -> Suggestion:
    return Suggestion(start, end, "ACTOR", {"type": kind}, name)


def _strip_leading(run: NameRun, words: frozenset[str]) -> tuple[Token, ...]:
    tokens = run.tokens
    while tokens and (tokens[0].text in words or tokens[0].text.lower() in ("the", "of", "and")):
        tokens = tokens[1:]
    while tokens and not tokens[-1].text[:1].isupper():
        tokens = tokens[:-1]  # a run never ends on "of" or "al-"
    return tokens


def organisation_type(words: Iterable[str]) -> str:
    """'armed group', 'state', 'media' or 'organisation' from the words of a name."""
    found = set(words)
    if found & _MEDIA:
        return "media"
    if found & _STATE or {"Armed", "Forces"} <= found:
        return "state"
    if found & _ARMED:
        return "armed group"
    return "organisation"


def _runs(ctx: SuggestContext, *, connectors: bool = True) -> list[NameRun]:
    return ctx.runs if connectors else ctx.bare_runs


_MATCHERS: dict[int, tuple[object, NameMatcher]] = {}


def matcher_for(source: object, names: Callable[[], Iterable[str]]) -> NameMatcher:
    """A NameMatcher for the names of `source`, built once while `source` is alive.

    The same gazetteer or known-actor mapping is passed for every document of
    a corpus; building its matcher once keeps each document linear.
    """
    key = id(source)
    cached = _MATCHERS.get(key)
    if cached is not None and cached[0] is source:
        return cached[1]
    matcher = NameMatcher(names())
    if len(_MATCHERS) >= 8:
        _MATCHERS.clear()
    _MATCHERS[key] = (source, matcher)
    return matcher


def _is_locative(ctx: SuggestContext, start: int) -> bool:
    before = ctx.text[max(0, start - 20) : start]
    if re.search(r"\b(?:according|talked|spoke|speaking|listen|next|close)\s+to\s+$", before):
        return False
    return bool(_LOCATIVE.search(before))


# --------------------------------------------------------------------------- people


def _person_tokens(tokens: tuple[Token, ...]) -> tuple[Token, ...] | None:
    """The name part of a run that names a person, or None if it cannot be a person."""
    tokens = tuple(t for t in tokens)
    if not tokens or len(tokens) > 4:
        return None
    words = [t.text for t in tokens]
    if any(w in ORGANISATION_WORDS or w in _NOT_NAMES or w in TITLES or w in _MEDIA for w in words):
        return None
    if any(w.isupper() and len(w) > 1 for w in words):
        return None  # an acronym
    return tokens


@rule(
    "actor_titled_person",
    "ACTOR",
    "A person after a title, without it: 'Defence Minister Ilse Marović' -> 'Ilse Marović', "
    "'Dr. Ana Kis' -> 'Ana Kis'.",
)
def actor_titled_person(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    for run in _runs(ctx, connectors=False):
        tokens = run.tokens
        titled = False
        while tokens and (tokens[0].text in TITLES or tokens[0].text in _NOT_NAMES):
            titled = titled or tokens[0].text in TITLES
            tokens = tokens[1:]
        # "Dr. Anjali Karthikeyan": the abbreviation's full stop splits the run.
        before = text[max(0, run.start - 5) : run.start]
        if re.search(r"\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Capt|Maj|Sgt|Brig|Rev|St)\. $", before):
            titled = True
        if not titled:
            continue
        person = _person_tokens(tokens)
        if person:
            yield _suggestion(person[0].start, person[-1].end, "person", "actor_titled_person")


@rule(
    "actor_role_person",
    "ACTOR",
    "A person after a lower-case role: 'spokesman Dušan Velkov', 'a captain called Fadi Zayyat'.",
)
def actor_role_person(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    for run in _runs(ctx, connectors=False):
        previous = re.search(r"([a-z]+) $", text[max(0, run.start - 20) : run.start])
        if previous is None or previous.group(1) not in ROLE_WORDS:
            continue
        person = _person_tokens(run.tokens)
        if person and (len(person) >= 2 or not is_sentence_start(text, run.start)):
            yield _suggestion(person[0].start, person[-1].end, "person", "actor_role_person")


def _speech_follows(text: str, end: int) -> bool:
    after = re.match(r"(?:\s*,[^,.;\n]{1,60},)?,?\s+([a-z]+)", text[end : end + 90])
    return bool(after and after.group(1) in SPEECH_VERBS)


@rule(
    "actor_person_in_attribution",
    "ACTOR",
    "A two- to four-word name where news prose puts a person: 'X, 34,', 'X, a spokesman', "
    "'said X', 'according to X', 'X told'.",
)
def actor_person_in_attribution(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    for run in _runs(ctx, connectors=False):
        tokens = run.tokens
        while tokens and (tokens[0].text in _NOT_NAMES or tokens[0].text.lower() in ROLE_WORDS):
            tokens = tokens[1:]
        person = _person_tokens(tokens)
        if not person:
            continue
        start, end = person[0].start, person[-1].end
        if _is_locative(ctx, start):
            continue  # "in Tell Qasra, said": a place before the verb
        if len(person) < 2:
            # One name alone only where nothing else can stand: "gave her name as Vesna".
            if _SINGLE_NAME_BEFORE.search(text, max(0, start - 40), start):
                yield _suggestion(start, end, "person", "actor_person_in_attribution")
            continue
        if ctx.gazetteer.get(text[start:end]) is not None:
            continue
        after = text[end : end + 40]
        before = text[max(0, start - 60) : start]
        if (
            _PERSON_AFTER.match(after)
            or _PERSON_BEFORE.search(before)
            or _speech_follows(text, end)
        ):
            yield _suggestion(start, end, "person", "actor_person_in_attribution")


def _people(ctx: SuggestContext) -> list[Suggestion]:
    if "people" not in ctx.memo:
        found: list[Suggestion] = []
        for finder in (actor_titled_person, actor_role_person, actor_person_in_attribution):
            found.extend(finder(ctx))
        ctx.memo["people"] = found
    people: list[Suggestion] = ctx.memo["people"]
    return people


@rule(
    "actor_surname_mentions",
    "ACTOR",
    "Every mention of a person found by the rules above, by full name or by surname alone.",
)
def actor_surname_mentions(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    names: set[str] = set()
    for person in _people(ctx):
        full = text[person.start : person.end]
        names.add(full)
        parts = full.split()
        if len(parts) >= 2 and parts[-1][:1].isupper() and parts[-1] not in _NOT_NAMES:
            names.add(parts[-1])
    for start, end, _name in NameMatcher(names).finditer(text, ctx.pieces):
        yield _suggestion(start, end, "person", "actor_surname_mentions")


# --------------------------------------------------------------------------- organisations


def _acronym_definitions(ctx: SuggestContext) -> list[tuple[int, int, int, int, str]]:
    """(name start, name end, acronym start, acronym end, type) for "Full Name (ACR)"."""
    if "acronyms" not in ctx.memo:
        ctx.memo["acronyms"] = _find_acronym_definitions(ctx)
    found: list[tuple[int, int, int, int, str]] = ctx.memo["acronyms"]
    return found


def _find_acronym_definitions(ctx: SuggestContext) -> list[tuple[int, int, int, int, str]]:
    text = ctx.text
    runs = {run.end: run for run in _runs(ctx)}
    found = []
    for match in _ACRONYM.finditer(text):
        run = runs.get(match.start() - 1)
        if run is None or text[run.end : match.start()] != " ":
            continue
        tokens = _strip_leading(run, _NOT_NAMES)
        initials = "".join(t.text[0] for t in tokens if t.text[:1].isupper())
        acronym = match.group(1).replace(".", "")
        if len(tokens) < 2 or acronym[0] not in initials:
            continue
        kind = organisation_type(t.text for t in tokens)
        found.append((tokens[0].start, tokens[-1].end, match.start(1), match.end(1), kind))
    return found


@rule(
    "actor_acronym_definition",
    "ACTOR",
    "An organisation followed by its acronym in brackets: both are spans, "
    "'Free Valdor Front (FVF)' -> 'Free Valdor Front', 'FVF'.",
)
def actor_acronym_definition(ctx: SuggestContext) -> Iterator[Suggestion]:
    for start, end, acronym_start, acronym_end, kind in _acronym_definitions(ctx):
        yield _suggestion(start, end, kind, "actor_acronym_definition")
        yield _suggestion(acronym_start, acronym_end, kind, "actor_acronym_definition")


@rule(
    "actor_acronym_mentions",
    "ACTOR",
    "Every later mention of an acronym defined in brackets ('FVF', 'FVF's', 'FVF-held').",
)
def actor_acronym_mentions(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    kinds = {text[a:b]: kind for _s, _e, a, b, kind in _acronym_definitions(ctx)}
    for start, end, acronym in NameMatcher(kinds).finditer(text, ctx.pieces):
        yield _suggestion(start, end, kinds[acronym], "actor_acronym_mentions")


@rule(
    "actor_organisation_name",
    "ACTOR",
    "A capitalised name holding an organisation word: 'Northern Shield Brigades', "
    "'World Health Organization', 'Movement for Justice and Renewal'.",
)
def actor_organisation_name(ctx: SuggestContext) -> Iterator[Suggestion]:
    for run in _runs(ctx):
        tokens = _strip_leading(run, _NOT_NAMES)
        words = [t.text for t in tokens]
        capitalised = [w for w in words if w[:1].isupper()]
        if len(capitalised) < 2 or not set(words) & ORGANISATION_WORDS:
            continue
        if set(words) <= TITLES | ORGANISATION_WORDS | {"of", "the", "for", "and"}:
            continue  # "Army Chief of Staff", "Foreign Ministry" without a name
        yield _suggestion(
            tokens[0].start, tokens[-1].end, organisation_type(words), "actor_organisation_name"
        )


_INSTITUTION: Final = re.compile(
    r"\b(?P<name>(?:[A-Z][\w\u0300-\u036f]*(?:ian|an|ese|ish|i|ic|ch))\s+"
    r"(?:(?:foreign|defen[cs]e|interior|health|justice|information|finance)\s+ministry"
    r"|ministry\s+of\s+(?:foreign\s+affairs|defen[cs]e|the\s+interior|health|justice)"
    r"|government|army|military|navy|air\s+force|armed\s+forces|Armed\s+Forces|security\s+forces"
    r"|police|authorities|border\s+guards?|coast\s+guard|presidency|cabinet|parliament"
    r"|Red\s+Cross|Red\s+Crescent|Foreign\s+Ministry|Defen[cs]e\s+Ministry|Army|Navy))\b"
)


@rule(
    "actor_national_institution",
    "ACTOR",
    "A nationality with a state body: 'Kharvelian government', 'Wadiyan army', "
    "'Lenvian Red Cross' (national societies are organisations).",
)
def actor_national_institution(ctx: SuggestContext) -> Iterator[Suggestion]:
    for match in _INSTITUTION.finditer(ctx.text):
        start, end = match.span("name")
        covered = match.group("name")
        kind = "organisation" if re.search(r"Red\s+Cr", covered) else "state"
        yield _suggestion(start, end, kind, "actor_national_institution")


_MEDIA_BEFORE: Final = re.compile(
    r"\b(?:broadcaster|daily|newspaper|weekly|tabloid|news\s+agency|channel|news\s+site|outlet"
    r"|magazine|radio\s+station|television)\s+$"
)
_MEDIA_AFTER: Final = re.compile(
    r"^\s+(?:agency|news\s+agency|newspaper|daily|channel|broadcaster|television|TV|radio"
    r"|news\s+site|website)\b"
)


@rule(
    "actor_media_outlet",
    "ACTOR",
    "A media outlet named with its kind: 'state broadcaster KTV', 'the daily Kharvelska "
    "Zora', 'the EastPress agency', 'Radio Valdor Libre'.",
)
def actor_media_outlet(ctx: SuggestContext) -> Iterator[Suggestion]:
    text = ctx.text
    for run in _runs(ctx, connectors=False):
        tokens = _strip_leading(run, _NOT_NAMES - {"Radio"})
        if not tokens:
            continue
        start, end = tokens[0].start, tokens[-1].end
        if text[end - 2 : end] in ("'s", "\u2019s"):
            continue  # "the CLA's radio": the owner, not the outlet
        before = text[max(0, start - 30) : start]
        if (
            _MEDIA_BEFORE.search(before)
            or _MEDIA_AFTER.match(text[end : end + 20])
            or (tokens[0].text == "Radio" and len(tokens) >= 2)
        ):
            yield _suggestion(start, end, "media", "actor_media_outlet")


# --------------------------------------------------------------------------- lists


def _listed(
    ctx: SuggestContext, source: object, kinds: Mapping[str, str | None], rule_name: str
) -> Iterator[Suggestion]:
    text = ctx.text
    matcher = matcher_for(source, lambda: (name for name in kinds if name.strip()))
    for start, end, name in matcher.finditer(text, ctx.pieces):
        kind = kinds[name]
        # A country named as a place is not an actor: "fighting in Lenvia".
        if kind == "state" and " " not in name and _is_locative(ctx, start):
            continue
        yield _suggestion(start, end, kind or "other", rule_name)


@rule(
    "actor_gazetteer",
    "ACTOR",
    "Names from the gazetteer (states, armed groups, media, organisations); a state "
    "named as a place ('in Lenvia') is skipped.",
)
def actor_gazetteer(ctx: SuggestContext) -> Iterator[Suggestion]:
    gazetteer = ctx.gazetteer
    kinds = _gazetteer_kinds(gazetteer)
    yield from _listed(ctx, gazetteer, kinds, "actor_gazetteer")


_KINDS: dict[int, tuple[object, dict[str, str | None]]] = {}


def _gazetteer_kinds(gazetteer: Mapping[str, GazetteerEntry]) -> dict[str, str | None]:
    cached = _KINDS.get(id(gazetteer))
    if cached is not None and cached[0] is gazetteer:
        return cached[1]
    kinds: dict[str, str | None] = {e.name: e.type for e in gazetteer.values()}
    _KINDS.clear()
    _KINDS[id(gazetteer)] = (gazetteer, kinds)
    return kinds


@rule(
    "actor_known_elsewhere",
    "ACTOR",
    "Annotate all occurrences: every text the analysts tagged ACTOR elsewhere in the corpus.",
)
def actor_known_elsewhere(ctx: SuggestContext) -> Iterator[Suggestion]:
    yield from _listed(ctx, ctx.known_actors, ctx.known_actors, "actor_known_elsewhere")
