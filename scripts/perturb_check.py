"""Variants of the gold articles, each changing one thing real articles vary, scored untuned.

Usage: python -m scripts.perturb_check [GOLD] [--kinds K1,K2] [--seed N] [--broke]
       [--files GLOB] [--context N]      (from the repository root; GOLD: dev/realistic.jsonl)

Each kind of variant rewrites every gold article where it applies and carries the gold
along exactly (offsets recomputed, speaker links kept), then runs the suggester on the
original and on the variant as `annotator evaluate` does (known actors from the other
ORIGINAL documents only: an invented name is known nowhere, as a held-out name is not).
Kinds (see KINDS): people's names replaced, every mention consistently, by invented names
of another shape (particles, a mononym, a double surname, an honorific, initials); armed
groups' and organisations' names replaced by invented names of the same grammatical shape
that no list holds (`bodies`), or their acronyms by invented acronyms (`acronyms`);
media outlets' names by invented mastheads (`media`);
attributions rephrased by equivalent wire forms ("X said" <-> "said X", a role appositive,
a time phrase after the verb, "told <outlet>" <-> "told reporters"), or split by the
attribution at a comma inside the quote (`split`: '"A, b c," X said.' -> '"A," X said,
"b c."', the second half a new gold QUOTE linked to the same speaker); a capitalised
description put before a person's first full mention (`names-described`: "Mother-of-three
X Y said", "said Retired X Y"); a paragraph put between a speaker and a later quote
(`speaker-gap`, `speaker-gap-named`), or a crosshead put over the paragraph that names a
speaker and holds the quote (`crosshead`); each state the gold tags renamed, every mention,
by a real state of the same shape that dev never names, its demonym and capital with it
(`states`), or its capital alone (`capitals`): a rule that holds for dev's states and not
for others is a list in disguise.

Prints, per kind, the documents changed and ACTOR exact/overlap precision and recall and
speaker accuracy on the originals and on the variants of those documents. `--broke` also
lists what broke: a gold ACTOR span found in the original and missed in the variant, a
false ACTOR suggestion only the variant makes, a quote whose speaker was right in the
original and is wrong in the variant, and a quote only the variant has (`split`'s second
half) found with a wrong speaker. Variants are made on the fly from `--seed`; nothing
is written. Never give it a held-out file.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from fnmatch import fnmatch

from annotator.core.model import AnnotatedDocument, Document, Relation, Span
from annotator.core.suggest import Suggestion, suggest
from annotator.services.suggesting import (
    Evaluation,
    _gold_predicted,
    _predicted,
    known_actors_except,
    load_gazetteer,
    load_gold,
    score,
)

HELD_OUT = "heldout"
LABELS = ("ACTOR", "QUOTE")


# --------------------------------------------------------------------------- edits


@dataclass(frozen=True)
class Edit:
    """`text[start:end]` becomes `text`. A gold span inside the range must be the range
    itself (it then covers the new text), or be listed in `moves` (span id -> its start and
    end inside the new text) or in `drops`; `adds` are new gold spans inside the new text
    (start, end, label, attributes); `links` make an added span the head of a speaker
    relation (its index in `adds`, the id of the tail span)."""

    start: int
    end: int
    text: str
    moves: tuple[tuple[str, int, int], ...] = ()
    drops: tuple[str, ...] = ()
    adds: tuple[tuple[int, int, str, tuple[tuple[str, str], ...]], ...] = ()
    links: tuple[tuple[int, str], ...] = ()

    @property
    def delta(self) -> int:
        return len(self.text) - (self.end - self.start)


def _fits(edit: Edit, spans: Sequence[Span]) -> bool:
    """Whether no gold span has a boundary inside the edit that the edit does not carry."""
    carried = {m[0] for m in edit.moves} | set(edit.drops)
    for s in spans:
        if s.id in carried or (s.start, s.end) == (edit.start, edit.end):
            continue
        if edit.start < s.start < edit.end or edit.start < s.end < edit.end:
            return False
        if edit.start < edit.end and edit.start <= s.start and s.end <= edit.end:
            return False
    return True


def _renamed(found: re.Match[str], prefix: str, name: str, spans: Sequence[Span]) -> Edit:
    """A person's mention `found` replaced by `prefix` + `name`; the gold ACTOR span at
    its extent moves onto `name`."""
    return Edit(
        found.start(),
        found.end(),
        prefix + name,
        moves=tuple(
            (s.id, len(prefix), len(prefix) + len(name))
            for s in spans
            if (s.start, s.end) == found.span() and s.label == "ACTOR"
        ),
    )


def apply_edits(item: AnnotatedDocument, edits: Sequence[Edit]) -> AnnotatedDocument | None:
    """The article with the edits made and its gold carried along; None when none fits.

    Edits that overlap an earlier one or cut a gold span they do not carry are skipped.
    """
    text = item.document.text
    chosen: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if chosen and edit.start < chosen[-1].end + (chosen[-1].start == chosen[-1].end):
            continue
        if _fits(edit, item.spans):
            chosen.append(edit)
    if not chosen:
        return None

    def start_of(b: int) -> int:
        return b + sum(e.delta for e in chosen if e.end <= b)

    def end_of(b: int) -> int:
        return b + sum(e.delta for e in chosen if e.end < b or (e.end == b and e.start < b))

    pieces, at = [], 0
    for e in chosen:
        pieces += [text[at : e.start], e.text]
        at = e.end
    pieces.append(text[at:])
    new_text = "".join(pieces)
    moved = {m[0]: (e, m[1], m[2]) for e in chosen for m in e.moves}
    dropped = {d for e in chosen for d in e.drops}
    document = Document.from_text(
        new_text, title=item.document.title, meta=dict(item.document.meta)
    )
    spans = []
    for s in item.spans:
        if s.id in dropped:
            continue
        if s.id in moved:
            e, low, high = moved[s.id]
            base = start_of(e.start)
            spans.append(dataclasses.replace(s, start=base + low, end=base + high))
        else:
            spans.append(dataclasses.replace(s, start=start_of(s.start), end=end_of(s.end)))
    added_links: list[Relation] = []
    for number, (made, index, add) in enumerate(
        (e, k, a) for e in chosen for k, a in enumerate(e.adds)
    ):
        # where the edit's new text starts: after the earlier edits' shifts only (an
        # insertion's own end is its start)
        base = made.start + sum(e.delta for e in chosen[: chosen.index(made)])
        added_links += [
            Relation(f"perturb-link-{number}", f"perturb-{number}", tail, "speaker", "gold", "")
            for at, tail in made.links
            if at == index
        ]
        spans.append(
            Span(
                f"perturb-{number}",
                document.id,
                base + add[0],
                base + add[1],
                add[2],
                "gold",
                dict(add[3]),
            )
        )
    relations = [r for r in item.relations if r.head_id not in dropped and r.tail_id not in dropped]
    relations += added_links
    spans.sort(key=lambda s: (s.start, -s.end))
    return AnnotatedDocument(document, spans, relations)


def carried_problems(original: AnnotatedDocument, variant: AnnotatedDocument) -> list[str]:
    """What is wrong with a variant's gold: offsets out of range or on whitespace, a span
    whose kind of text changed (a label or type changed, an ACTOR that no longer starts with
    a capital or digit, a QUOTE that grew a quote mark at its edge), a speaker link to a
    missing span. Empty when the gold was carried along exactly."""
    text, problems = variant.document.text, []
    before = {s.id: s for s in original.spans}
    ids = {s.id for s in variant.spans}
    for s in variant.spans:
        if not 0 <= s.start < s.end <= len(text):
            problems.append(f"{s.id} out of range")
            continue
        covered = text[s.start : s.end]
        if covered != covered.strip():
            problems.append(f"{s.id} {covered!r} has whitespace at an edge")
        old = before.get(s.id)
        if old is None:
            continue
        if (old.label, old.attributes) != (s.label, s.attributes):
            problems.append(f"{s.id} label or attributes changed")
        was = old.covered(original.document.text)
        if s.label == "ACTOR" and covered[:1].isalnum() != was[:1].isalnum():
            problems.append(f"{s.id} {was!r} -> {covered!r}")
        if s.label == "QUOTE" and (covered[:1] in QUOTE_MARKS or covered[-1:] in QUOTE_MARKS):
            problems.append(f"{s.id} quote {covered[:20]!r} at a mark")
    problems += [
        f"relation {r.id} to a missing span"
        for r in variant.relations
        if r.head_id not in ids or r.tail_id not in ids
    ]
    return problems


QUOTE_MARKS = '"\u201c\u201d'


# --------------------------------------------------------------------------- names


def _names(text: str) -> list[str]:
    return text.split()


_MALE = _names(
    "Ousmane Moussa Ibrahim Tariq Kofi Thabo Arjun Dawit Hamza Yusuf Karim Emeka Rashid "
    "Bakary Lamine Ahmadou Sekou Idriss Olumide Hassan Salif Nasser Omar Bilal Jamal"
)
_FEMALE = _names(
    "Aminata Fatoumata Mariam Halima Nadia Leila Zainab Chiamaka Ngozi Priya Ayesha Hawa "
    "Rokia Salma Yasmin Esther Grace Dalia Nour Awa Kadiatou Rahma Samira Hiba"
)
_SURNAMES = _names(
    "Keita Diallo Sangare Mensah Okonkwo Haidari Nazari Suleiman Osei Kamara Bangura "
    "Tshibanda Mwangi Otieno Wanjiru Coulibaly Bamba Abubakar Danjuma Farouk Ghani Hamdan "
    "Jalloh Kebede Lemma Maiga Ndiaye Obi Rahimi Sissoko Tesfaye Umaru Yattara Zubairu "
    "Amri Shammari Tamimi Nuaimi Qahtani Dosari Harbi Mutairi Zahrani Ghamdi"
)
_ARABIC = _names("Amri Shammari Tamimi Nuaimi Qahtani Dosari Harbi Mutairi Zahrani Ghamdi")
_MONONYMS = _names("Sutrisno Harjono Wiranto Mulyadi Suparman Haryanto Setiawan Rusdiono")
_BURMESE = _names("Kyaw Min Htun Zaw Win Naing Aung Myint Thein Soe Lwin Tun")
_BURMESE_F = _names("Khin Sandar Nwe Yi Mar Thida Hnin Ei Phyu Su")
_SPANISH_M = _names("Carlos Julián Andrés Fabio Hernán Wilmer")
_SPANISH_F = _names("Luz Marina Yesenia Dora Alba Nelly")
_SPANISH_S = _names("Quintero Ospina Cárdenas Restrepo Villamizar Arango Zuluaga Bermúdez")


@dataclass(frozen=True)
class NewName:
    full: str  # replaces the fullest mention
    surname: str  # replaces a later surname mention
    given: str  # replaces a given-name mention
    before_first: str = ""  # an honorific written before the first mention, outside the span


def _particle(rng: random.Random, female: bool) -> NewName:
    given = rng.choice(_FEMALE if female else _MALE)
    kind = rng.choice(["ould", "ag", "bin", "al", "van der", "de la"])
    if kind == "al":
        family = "al-" + rng.choice(_ARABIC)
        return NewName(f"{given} {family}", family, given)
    if kind in ("ould", "ag", "bin") and female:
        kind = {"ould": "mint", "ag": "welet", "bin": "binti"}[kind]
    surname = rng.choice(_SURNAMES)
    if kind in ("van der", "de la"):
        given = rng.choice(
            ("Anouk", "Marieke", "Carmen") if female else ("Pieter", "Joris", "Diego")
        )
        surname = rng.choice(
            ("Berg", "Meulen", "Linde") if kind == "van der" else ("Cruz", "Torre", "Rosa")
        )
    family = f"{kind} {surname}"
    return NewName(f"{given} {family}", family[0].upper() + family[1:], given)


def _mononym(rng: random.Random, female: bool) -> NewName:
    name = rng.choice(_MONONYMS)
    return NewName(name, name, name)


def _double(rng: random.Random, female: bool) -> NewName:
    if rng.random() < 0.5:
        given = rng.choice(_FEMALE if female else _MALE)
        a, b = rng.sample(_SURNAMES, 2)
        return NewName(f"{given} {a}-{b}", f"{a}-{b}", given)
    given = " ".join(rng.sample(_SPANISH_F if female else _SPANISH_M, 2))
    a, b = rng.sample(_SPANISH_S, 2)
    return NewName(f"{given} {a} {b}", a, given.split()[0])


def _honorific(rng: random.Random, female: bool) -> NewName:
    kind = rng.choice(["burmese", "dr", "sheikh"] if not female else ["burmese", "dr"])
    if kind == "burmese":
        # Burmese honorifics belong to the name, inside the span, as dev has them ("Daw
        # Khin Myint", "Ko Zaw Lin Htet"): there is no surname to fall back on.
        name = ("Daw " if female else "U ") + " ".join(
            rng.sample(_BURMESE_F if female else _BURMESE, 2)
        )
        return NewName(name, name, name)
    if kind == "sheikh":
        given, family = rng.choice(_MALE), "al-" + rng.choice(_ARABIC)
        return NewName(f"{given} {family}", family, given, before_first="Sheikh ")
    given, family = rng.choice(_FEMALE if female else _MALE), rng.choice(_SURNAMES)
    return NewName(f"{given} {family}", family, given, before_first="Dr ")


def _initials(rng: random.Random, female: bool) -> NewName:
    letters = "ABDEHJKMNOPRSTY"
    first = ".".join(rng.sample(letters, rng.choice((1, 2)))) + "."
    family = rng.choice(_SURNAMES)
    return NewName(f"{first} {family}", family, family)


NAME_SHAPES: dict[str, Callable[[random.Random, bool], NewName]] = {
    "names-particle": _particle,
    "names-mononym": _mononym,
    "names-double": _double,
    "names-honorific": _honorific,
    "names-initials": _initials,
}

_HE = re.compile(r"\b(?:he|his|him)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:she|her|hers)\b", re.IGNORECASE)


def _people(item: AnnotatedDocument) -> list[tuple[str, dict[str, str]]]:
    """Each person of the article: (fullest mention, {mention text: "full"/"surname"/
    "given"}), grouping a mention that ends another's words or is its first word."""
    text = item.document.text
    mentions = sorted(
        {
            s.covered(text)
            for s in item.spans
            if s.label == "ACTOR" and s.attributes.get("type") == "person"
        },
        key=lambda t: (-len(t.split()), t),
    )
    people: list[tuple[str, dict[str, str]]] = []
    for mention in mentions:
        words = mention.split()
        for full, forms in people:
            known = full.split()
            if known[-len(words) :] == words:
                forms[mention] = "surname"
                break
            if len(words) == 1 and known[0] == words[0]:
                forms[mention] = "given"
                break
        else:
            people.append((mention, {mention: "full" if len(words) > 1 else "surname"}))
    return people


_PRONOUN_AFTER = re.compile(r"[,.!?]?[\"\u201d]?,? (he|she) (?:said|says|told|added)\b")


def _female(item: AnnotatedDocument, mentions: Sequence[str]) -> bool:
    """Whether the person is a woman: by the pronoun attributing a quote linked to one of
    her mentions ('"...," she said'), else by the pronouns after her mentions."""
    text = item.document.text
    by_id = {s.id: s for s in item.spans}
    votes = [0, 0]
    for r in item.relations:
        if (
            r.type == "speaker"
            and r.head_id in by_id
            and r.tail_id in by_id
            and by_id[r.tail_id].covered(text) in mentions
        ):
            said = _PRONOUN_AFTER.match(text, by_id[r.head_id].end)
            if said:
                votes[said.group(1) == "she"] += 1
    if votes != [0, 0]:
        return votes[1] > votes[0]
    he = she = 0
    for mention in mentions:
        for found in re.finditer(re.escape(mention), text):
            after = text[found.end() : found.end() + 250]
            he += len(_HE.findall(after))
            she += len(_SHE.findall(after))
    return she > he


def _sentence_start(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \u201c\"'")
    if _TITLE_STOP.search(before):
        return False  # "Col. X", "Mr. X": the full stop of a title ends no sentence
    return not before or before[-1] in ".!?\n:"


_TITLE_STOP = re.compile(
    r"(?<![\w.])(?:Mr|Mrs|Ms|Dr|Col|Gen|Maj|Brig|Lt|Capt|Cpl|Sgt|Rev|Fr|Prof|Sen|Gov|Rep|Hon"
    r"|Adm|Cdr|Insp|Supt|Cmdr|Sr|Jr|St)\.$"
)


def name_edits(item: AnnotatedDocument, shape: str, rng: random.Random) -> list[Edit]:
    """Every mention of each person (tagged or not, whole words) renamed consistently."""
    text, make, edits = item.document.text, NAME_SHAPES[shape], []
    used: set[str] = set()
    for _full, forms in _people(item):
        female = _female(item, list(forms))
        new = make(rng, female)
        for _ in range(5):
            if new.full not in used and new.full not in text:
                break
            new = make(rng, female)
        used.add(new.full)
        person_edits, first = [], True
        pattern = "|".join(re.escape(m) for m in sorted(forms, key=len, reverse=True))
        for found in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", text):
            form = forms[found.group()]
            words = {"full": new.full, "surname": new.surname, "given": new.given}[form]
            if words.startswith("al-") and _sentence_start(text, found.start()):
                words = "A" + words[1:]
            prefix = new.before_first if first else ""
            if prefix and text[: found.start()].endswith(prefix):
                prefix = ""
            first = False
            person_edits.append(_renamed(found, prefix, words, item.spans))
        if all(_fits(e, item.spans) for e in person_edits):
            edits += person_edits
    return edits


# --------------------------------------------------------------------------- bodies

_GROUP_NAMES = (
    "Patriotic Resistance Front",
    "Front for the Salvation of the Plains",
    "Popular Defence Front",
    "United Revolutionary Council",
    "Sons of the Valley Brigade",
    "Harakat Nasr al-Din",
    "Jamaat Ansar al-Haqq",
    "Guardians of the River Movement",
    "Liberation Army of the North",
    "Free Highlands Brigades",
    "National Salvation Movement",
    "Coalition of Patriots for Change",
)
_ORG_NAMES = (
    "Centre for Civilian Protection",
    "Network of Women for Peace",
    "Observatory for Human Rights and Justice",
    "Coalition for Victims of Violence",
    "Friends of the Displaced",
    "Association of Herders and Farmers",
    "Relief Alliance for the Sahel",
    "Council for Justice and Dignity",
    "Humanitarian Monitoring Group",
    "Voices of the Valley",
)
_SKIP = {"of", "the", "for", "and", "al", "din"}


def _acronym_of(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w.lower() not in _SKIP).upper()


def _bodies(item: AnnotatedDocument) -> Iterator[tuple[str, str | None, str]]:
    """(name, its bracketed acronym or None, type) for each armed group or organisation
    named in two or more capitalised words; (acronym, None, type) for an acronym alone."""
    text = item.document.text
    actors = [
        s
        for s in item.spans
        if s.label == "ACTOR" and s.attributes.get("type") in ("armed group", "organisation")
    ]
    starts = {s.start: s for s in actors}
    named: dict[str, tuple[str | None, str]] = {}
    acronyms: set[str] = set()
    for s in actors:
        covered = s.covered(text)
        words = covered.split()
        if len(words) < 2 or not all(w[0].isupper() or w in _SKIP for w in words):
            continue
        after = starts.get(s.end + 2) if text[s.end : s.end + 2] == " (" else None
        acronym = after.covered(text) if after is not None else None
        if acronym is not None and not acronym.isalpha():
            acronym = None
        old = named.get(covered)
        named[covered] = (acronym or (old[0] if old else None), str(s.attributes["type"]))
        if acronym:
            acronyms.add(acronym)
    for name, (acronym, kind) in named.items():
        yield name, acronym, kind
    # An acronym the article never spells out (none of its mentions in brackets).
    bracketed = {s.covered(text) for s in actors if text[s.start - 1 : s.start] == "("}
    alone = {
        s.covered(text): str(s.attributes["type"])
        for s in actors
        if re.fullmatch(r"[A-Z]{3,6}", s.covered(text))
        and s.covered(text) not in acronyms | bracketed
    }
    for acronym, kind in alone.items():
        yield acronym, None, kind


def _replace_all(item: AnnotatedDocument, old: str, new: str) -> list[Edit]:
    text = item.document.text
    return [
        Edit(found.start(), found.end(), new)
        for found in re.finditer(rf"(?<![\w-]){re.escape(old)}(?![\w])", text)
    ]


def _with_acronym(name: str, new_name: str, acronym: str | None) -> list[tuple[str, str]]:
    """(old, new) for a body renamed: its name, and its acronym when it has one."""
    pairs = [(name, new_name)]
    if acronym:
        pairs.append((acronym, _acronym_of(new_name)))
    return pairs


def _renamed_everywhere(
    item: AnnotatedDocument, pairs: list[tuple[str, str]], taken: set[str]
) -> list[Edit]:
    """Every mention of each old name replaced by its new one, and the new names taken;
    nothing when an edit would cut a gold span it does not carry."""
    body = [e for old, new in pairs for e in _replace_all(item, old, new)]
    if not all(_fits(e, item.spans) for e in body):
        return []
    taken.update(new for _, new in pairs)
    return body


def body_edits(
    item: AnnotatedDocument, kind: str, rng: random.Random, taken: set[str]
) -> list[Edit]:
    """Names (`bodies`) or lone acronyms (`acronyms`) of armed groups and organisations
    replaced by invented ones, every mention, the name's acronym with it."""
    edits: list[Edit] = []
    text = item.document.text
    for name, acronym, actor_type in _bodies(item):
        if (kind == "acronyms") != (" " not in name):
            continue
        if kind == "acronyms":
            new_acronym = ""
            while not new_acronym or new_acronym in taken or new_acronym in text:
                new_acronym = "".join(rng.choice("BCDFGKLMNPRSTVZ") for _ in name)
            pairs = [(name, new_acronym)]
        else:
            pool = _GROUP_NAMES if actor_type == "armed group" else _ORG_NAMES
            choices = [n for n in pool if n not in taken and n not in text]
            if not choices:
                continue
            new_name = rng.choice(choices)
            pairs = _with_acronym(name, new_name, acronym)
        edits += _renamed_everywhere(item, pairs, taken)
    return edits


# --------------------------------------------------------------------------- media

# Invented outlets of the shapes regional mastheads take: a place, then a masthead's word.
_MEDIA_NAMES = (
    "Kora Herald",
    "Mvita Standard",
    "Lakeside Courier",
    "Orvel Daily Monitor",
    "Tala Evening Star",
    "Highland Sentinel",
    "Savanna Voice",
    "Riverside Gazette",
    "Northern Dispatch",
    "Coastal Mirror",
)


def media_edits(item: AnnotatedDocument, rng: random.Random, taken: set[str]) -> list[Edit]:
    """Media outlets named in two or more capitalised words replaced by invented outlets of
    a masthead's shape that no list holds, every mention (an outlet the rules never met,
    as a held-out page's own outlet is)."""
    text, edits = item.document.text, []
    names = {
        s.covered(text)
        for s in item.spans
        if s.label == "ACTOR" and s.attributes.get("type") == "media"
    }
    for name in sorted(names):
        words = name.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        choices = [n for n in _MEDIA_NAMES if n not in taken and n not in text]
        if not choices:
            continue
        edits += _renamed_everywhere(item, [(name, rng.choice(choices))], taken)
    return edits


# --------------------------------------------------------------------------- bodies as nouns

# Invented names with no kind word ("Front", "Movement", "Council"...) in them, of the shapes
# real bodies take: "<Plural noun> of the <Noun>" and Arabic names. Names with three or more
# acronym letters stand in for a name that has a bracketed acronym.
_NOUN_GROUPS = (
    "Sons of the Valley",
    "Lions of the Desert",
    "Guardians of the Covenant",
    "Knights of the Plateau",
    "Defenders of the Free Homeland",
    "Jamaat Ansar al-Haqq",
    "Ansar al-Furqan",
    "Saraya al-Mukhtar",
    "Katibat Ahl al-Sunna",
)
_NOUN_ORGS = (
    "Voices of the Valley",
    "Friends of the Displaced",
    "Mothers of the Disappeared",
    "Hands of Hope",
    "Voices of the Valley Are Heard",
    "Friends of Displaced Families",
    "Women Working for Peace",
    "Witnesses of the North",
    "Doctors for the Wounded",
)
# A word after a name that makes the name a modifier ("<name> peacekeepers", "<name>
# resolution 1701"): only a name standing as a noun phrase is replaced.
_MODIFIED = frozenset(
    _names(
        "peacekeepers peacekeeping troops forces fighters militants members member official "
        "officials spokesman spokeswoman spokesperson resolution resolutions mission missions "
        "chief envoy envoys agency agencies report reports statement commander commanders leader "
        "leaders leadership personnel staff team teams convoy convoys data figures camp camps base "
        "bases position positions representative representatives delegation delegates worker "
        "workers volunteers monitors investigators office offices headquarters operation "
        "operations unit units soldiers police court sources source secretary-general charter "
        "council security member-states member-state force army flag flags insignia uniforms "
        "uniform logo website account accounts channel channels founder founders affiliate "
        "affiliates branch wing splinter faction factions"
    )
)
_ARTICLE_FREE = ("Jamaat", "Ansar", "Saraya", "Katibat")


def _as_noun(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] stands as a noun phrase (not "<name>-led",
    "<name> troops", "<name> 1701")."""
    after = text[end : end + 30]
    if after[:1] == "-" or re.match(r" \d", after):
        return False
    word = re.match(r" ([a-z][a-z-]*)", after)
    return not (word and word.group(1) in _MODIFIED)


def noun_body_edits(item: AnnotatedDocument, rng: random.Random, taken: set[str]) -> list[Edit]:
    """Armed groups' and organisations' names that no shipped list holds (so not widely
    known bodies), used only as noun phrases, replaced by invented names without a kind
    word; every mention, the bracketed acronym with them."""
    gazetteer = load_gazetteer()
    text, edits = item.document.text, []
    for name, acronym, actor_type in _bodies(item):
        if " " not in name or name in gazetteer:
            continue
        found = [m for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w])", text)]
        if not found or not all(_as_noun(text, m.start(), m.end()) for m in found):
            continue
        after_the = any(text[: m.start()].endswith(("the ", "The ")) for m in found)
        pool = _NOUN_GROUPS if actor_type == "armed group" else _NOUN_ORGS
        choices = [
            n
            for n in pool
            if n not in taken
            and n not in text
            and not (after_the and n.startswith(_ARTICLE_FREE))
            and (acronym is None or len(_acronym_of(n)) >= 3)
        ]
        if not choices:
            continue
        new_name = rng.choice(choices)
        pairs = _with_acronym(name, new_name, acronym)
        edits += _renamed_everywhere(item, pairs, taken)
    return edits


# --------------------------------------------------------------------------- one name, titled

# A capitalised title before one name, chosen by what the words around the first mention
# say the person does; the title stays outside the span, as the guideline has it.
_TITLES = (
    (re.compile(r"\bair force\b"), ("Air Commodore", "Air Vice Marshal", "Group Captain")),
    (re.compile(r"\bnavy\b|\bnaval\b"), ("Commodore", "Captain", "Rear Admiral")),
    (
        re.compile(r"\b(?:army|military|soldiers?|troops|brigade|battalion|defence)\b"),
        ("Colonel", "Lieutenant Colonel", "Major", "Brigadier General", "Captain"),
    ),
    (
        re.compile(r"\bpolice\b"),
        ("IG", "Inspector", "Superintendent", "Commissioner", "Deputy Inspector"),
    ),
    (
        re.compile(r"\b(?:mosque|imam|cleric|religious|church|preacher)\b"),
        ("Sheikh", "Imam", "Bishop"),
    ),
    (
        re.compile(r"\b(?:governor|mayor|senator|lawmaker|traditional ruler)\b"),
        ("Governor", "Mayor", "Senator"),
    ),
)
# Who the title would not fit: a civilian described in the same sentence.
_CIVILIAN = re.compile(
    r"\b(?:farmer|trader|researcher|analyst|resident|mother|father|wife|husband|teacher|medic|"
    r"doctor|nurse|campaigner|activist|student|journalist|correspondent|villager|survivor|"
    r"witness|shopkeeper|herder|fisherman|volunteer|son|daughter|brother|sister|widow|aid worker)\b"
)
_MALE_TITLES = frozenset({"Sheikh", "Imam"})


def titled_edits(item: AnnotatedDocument, rng: random.Random) -> list[Edit]:
    """Every mention of a person whose context names an army, police, a mosque or a local
    office renamed by one name (a mononym), with a fitting capitalised title before the
    first mention and before about half the later ones ("Colonel Harjono said")."""
    text, edits = item.document.text, []
    used: set[str] = set()
    for full, forms in _people(item):
        first = text.find(full)
        opens = max(text.rfind(mark, 0, first) for mark in (". ", "\n", "? ", "! "))
        closes = min(
            (at for at in (text.find(m, first) for m in (". ", "\n")) if at >= 0), default=-1
        )
        around = text[max(opens, first - 200) : closes if closes > 0 else None].lower()
        if _CIVILIAN.search(around) or text[:first].endswith(("By ", "by ")):
            continue
        female = _female(item, list(forms))
        titles: tuple[str, ...] = next((t for pattern, t in _TITLES if pattern.search(around)), ())
        titles = tuple(t for t in titles if not (female and t in _MALE_TITLES))
        if first < 0 or not titles:
            continue
        title = rng.choice(titles)
        name = next((n for n in rng.sample(_MONONYMS, len(_MONONYMS)) if n not in used), "")
        if not name or name in text:
            continue
        used.add(name)
        person_edits, first_mention = [], True
        pattern = "|".join(re.escape(m) for m in sorted(forms, key=len, reverse=True))
        for found in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", text):
            before = re.search(r"(\S+) $", text[max(0, found.start() - 30) : found.start()])
            # a capitalised word (a title, "Gen.") or an opening quote already before it
            titled = before is not None and (
                before.group(1)[:1].isupper() or before.group(1)[-1] in '"\u201c'
            )
            prefix = ""
            if not titled and (first_mention or rng.random() < 0.5):
                prefix = title + " "
            first_mention = False
            person_edits.append(_renamed(found, prefix, name, item.spans))
        if all(_fits(e, item.spans) for e in person_edits):
            edits += person_edits
    return edits


# Capitalised descriptions a feature or a regional page writes before a person's name,
# which no role list need hold ("Mother-of-three X Y said", "said Retired X Y").
_DESCRIPTIONS = ("Retired", "Veteran", "Motorcyclist", "Pharmacist", "Activist")
_DESCRIPTIONS_HER = ("Mother-of-three", "Grandmother", "Housewife", "Businesswoman")
_DESCRIPTIONS_HIM = ("Father-of-two", "Grandfather", "Businessman")


def described_edits(item: AnnotatedDocument, rng: random.Random) -> list[Edit]:
    """A capitalised description put before the first mention of each person named in full
    where it opens a sentence or follows "said" (issue 15, PEOPLE18: the held-out's person
    spans that took a capitalised word before the name); the name and its gold are kept."""
    text, edits = item.document.text, []
    for full, forms in _people(item):
        if " " not in full:
            continue
        found = re.search(rf"(?<![\w-]){re.escape(full)}(?![\w-])", text)
        if found is None:
            continue
        before = text[max(0, found.start() - 30) : found.start()]
        if not (_sentence_start(text, found.start()) or before.endswith(("said ", "says "))):
            continue
        if text[: found.start()].endswith(("By ", "by ")) or found.start() < 3:
            continue
        pool = _DESCRIPTIONS + (
            _DESCRIPTIONS_HER if _female(item, list(forms)) else _DESCRIPTIONS_HIM
        )
        edits.append(_renamed(found, rng.choice(pool) + " ", full, item.spans))
    return edits


# --------------------------------------------------------------------------- speaker far back

# Paragraphs a wire story puts between a speaker's introduction and a quote attributed by
# "he said" or "the commander said": background with no actor, or one naming a body that
# speaks no quote (its gold span added).
_NEUTRAL = (
    "The area has been hard to reach for weeks, and mobile phone networks are often down.",
    "The road from the regional capital was reopened only last month.",
    "Prices of food and fuel in local markets have more than doubled since January.",
    "The rainy season, which begins in June, usually cuts off many villages in the district.",
)
_NAMING = (
    ("Reuters could not independently verify the account.", "Reuters", "media"),
    (
        "The United Nations says the humanitarian situation in the area is deteriorating.",
        "United Nations",
        "organisation",
    ),
    (
        "The International Committee of the Red Cross has called on all sides to let aid through.",
        "International Committee of the Red Cross",
        "organisation",
    ),
)
_SENTENCE_END = re.compile(r"[.!?][\"\u201d]? ")


_ATTRIBUTED_AFTER = re.compile(
    r"[,.!?]?[\"\u201d]?,? (?:he|she|the (?:[a-z]+ ){0,2}[a-z]+) "
    r"(?:said|says|told|added|adds|wrote|warned|explained)\b"
)
_ATTRIBUTED_BEFORE = re.compile(
    r"(?:\b[Hh]e|\b[Ss]he|\b[Tt]he (?:[a-z]+ ){0,2}[a-z]+) "
    r"(?:said|says|told [a-z ]+|added|adds|wrote|warned|explained)[,:]? [\"\u201c]$"
)


def _attributed(text: str, quote: Span) -> bool:
    """Whether the quote's own sentence attributes it by a pronoun or "the <noun>" (so a
    reader still knows who speaks after a paragraph is put before it)."""
    closing = re.compile(r"[\"\u201d]").search(text, quote.end, quote.end + 3)
    after = closing.end() if closing else quote.end
    if _ATTRIBUTED_AFTER.match(text, quote.end) or _ATTRIBUTED_AFTER.match(text, after):
        return True
    return bool(_ATTRIBUTED_BEFORE.search(text[max(0, quote.start - 60) : quote.start]))


def gap_edits(item: AnnotatedDocument, kind: str, rng: random.Random) -> list[Edit]:
    """A paragraph inserted between a speaker's mention and a later sentence's quote linked
    to it: before the quote's paragraph when the mention is in an earlier one, else at the
    start of the quote's sentence, which then opens a paragraph. `speaker-gap` inserts
    background, `speaker-gap-named` a paragraph naming a body (only for a person's quote)."""
    text, edits, at_points = item.document.text, [], set()
    by_id = {s.id: s for s in item.spans}
    for r in item.relations:
        if r.type != "speaker" or r.head_id not in by_id or r.tail_id not in by_id:
            continue
        quote, speaker = by_id[r.head_id], by_id[r.tail_id]
        if speaker.end >= quote.start or not _attributed(text, quote):
            continue
        if kind == "speaker-gap-named" and speaker.attributes.get("type") != "person":
            continue
        ends = list(_SENTENCE_END.finditer(text, speaker.end, quote.start))
        paragraph = text.rfind("\n", 0, quote.start) + 1
        if paragraph > speaker.end:
            start = end = paragraph
            lead, tail = "", "\n\n"
        elif ends:
            start, end = ends[-1].end() - 1, ends[-1].end()
            lead, tail = "\n\n", "\n\n"
        else:
            continue
        if start in at_points:
            continue
        at_points.add(start)
        if kind == "speaker-gap":
            edits.append(Edit(start, end, lead + rng.choice(_NEUTRAL) + tail))
            continue
        sentence, name, actor_type = rng.choice(_NAMING)
        low = len(lead) + sentence.index(name)
        edits.append(
            Edit(
                start,
                end,
                lead + sentence + tail,
                adds=((low, low + len(name), "ACTOR", (("type", actor_type),)),),
            )
        )
    return edits


# Crossheads a page sets over a section, some naming a body or a description ("the
# government", "the army") that no sentence under them is about.
_CROSSHEADS = (
    "The government answers",
    "The army's account",
    "Rebels deny involvement",
    "Residents describe the night",
    "A disputed toll",
    "What the police say",
)


def crosshead_edits(item: AnnotatedDocument, rng: random.Random) -> list[Edit]:
    """A crosshead (a short line with no full stop, a blank line under it) put over the
    paragraph whose sentence names the speaker of a later quote in that paragraph: the
    speaker and the quote stay together under it, so who speaks does not change."""
    text, edits, at_points = item.document.text, [], set()
    by_id = {s.id: s for s in item.spans}
    for r in item.relations:
        if r.type != "speaker" or r.head_id not in by_id or r.tail_id not in by_id:
            continue
        quote, speaker = by_id[r.head_id], by_id[r.tail_id]
        if speaker.end >= quote.start:
            continue
        paragraph = text.rfind("\n", 0, speaker.start) + 1
        if paragraph == 0 or "\n" in text[speaker.end : quote.start] or paragraph in at_points:
            continue
        at_points.add(paragraph)
        edits.append(Edit(paragraph, paragraph, rng.choice(_CROSSHEADS) + "\n\n"))
    return edits


# --------------------------------------------------------------------------- states

# The states dev names, each as "names | demonyms | capitals" (facts). A state named by
# an acronym in prose (US, UK, UAE, DRC, CAR) or sharing its name with another (Congo,
# Guinea, Korea) is left out: renaming it consistently is not safe.
_DEV_STATES = """
Afghanistan|Afghan|Kabul; Algeria|Algerian|Algiers; Argentina|Argentine,Argentinian|;
Armenia|Armenian|; Australia|Australian|Canberra; Azerbaijan|Azerbaijani|Baku;
Bahrain|Bahraini|Manama; Belarus|Belarusian|Minsk; Benin|Beninese|; Bolivia|Bolivian|;
Brazil|Brazilian|Brasília; Burkina Faso|Burkinabe|Ouagadougou; Burundi|Burundian|Gitega;
Cambodia|Cambodian|Phnom Penh; Cameroon|Cameroonian|Yaoundé,Yaounde; Canada|Canadian|Ottawa;
Chad|Chadian|N'Djamena,Ndjamena; Chile|Chilean|Santiago; China|Chinese|Beijing;
Colombia|Colombian|Bogotá,Bogota; Costa Rica|Costa Rican|; Denmark|Danish|Copenhagen;
Djibouti|Djiboutian|; Dominican Republic|Dominican|Santo Domingo; Ecuador|Ecuadorian|Quito;
Egypt|Egyptian|Cairo; Eritrea|Eritrean|Asmara; Ethiopia|Ethiopian|Addis Ababa;
France|French|Paris; Greece|Greek|Athens; Guatemala|Guatemalan|;
Guyana|Guyanese|Georgetown; Haiti|Haitian|Port-au-Prince; Honduras|Honduran|Tegucigalpa;
Hungary|Hungarian|Budapest; India|Indian|New Delhi,Delhi; Indonesia|Indonesian|Jakarta;
Iran|Iranian|Tehran; Iraq|Iraqi|Baghdad; Israel|Israeli|; Italy|Italian|Rome;
Japan|Japanese|Tokyo; Jordan|Jordanian|Amman; Kenya|Kenyan|Nairobi; Kosovo|Kosovar|Pristina;
Kyrgyzstan|Kyrgyz|Bishkek; Lebanon|Lebanese|Beirut; Libya|Libyan|Tripoli;
Madagascar|Malagasy|Antananarivo; Malaysia|Malaysian|Kuala Lumpur; Mali|Malian|Bamako;
Mauritania|Mauritanian|Nouakchott; Mexico|Mexican|Mexico City; Morocco|Moroccan|Rabat;
Mozambique|Mozambican|Maputo; Myanmar,Burma|Burmese|Naypyitaw,Naypyidaw;
Nepal|Nepali,Nepalese|Kathmandu; Nicaragua|Nicaraguan|Managua; Niger|Nigerien|Niamey;
Nigeria|Nigerian|Abuja; Norway|Norwegian|Oslo; Oman|Omani|Muscat;
Pakistan|Pakistani|Islamabad; Panama|Panamanian|; Peru|Peruvian|Lima;
Philippines|Philippine,Filipino|Manila; Poland|Polish|Warsaw; Qatar|Qatari|Doha;
Russia|Russian|Moscow; Rwanda|Rwandan|Kigali; Saudi Arabia|Saudi|Riyadh;
Serbia|Serbian|Belgrade; Sierra Leone|Sierra Leonean|Freetown; Somalia|Somali|Mogadishu;
South Sudan|South Sudanese|Juba; Sri Lanka|Sri Lankan|Colombo; Sudan|Sudanese|Khartoum;
Syria|Syrian|Damascus; Taiwan|Taiwanese|Taipei; Tajikistan|Tajik|Dushanbe;
Tanzania|Tanzanian|Dodoma; Thailand|Thai|Bangkok; Togo|Togolese|Lomé,Lome;
Tunisia|Tunisian|Tunis; Turkey,Türkiye,Turkiye|Turkish|Ankara; Uganda|Ugandan|Kampala;
Ukraine|Ukrainian|Kyiv,Kiev; Uruguay|Uruguayan|Montevideo; Uzbekistan|Uzbek|Tashkent;
Venezuela|Venezuelan|Caracas; Vietnam|Vietnamese|Hanoi; Yemen|Yemeni|Sanaa,Sana'a
"""
# Real states dev never names, by shape: one word, one word after "the", two words, two
# words after "the"; each with its demonym and capital (facts; "" for none dev lacks).
_NEW_STATES = {
    ("one", False): """Gabon|Gabonese|Libreville; Namibia|Namibian|Windhoek;
        Zimbabwe|Zimbabwean|Harare; Moldova|Moldovan|Chisinau; Kazakhstan|Kazakh|Astana;
        Botswana|Botswanan|Gaborone; Romania|Romanian|Bucharest; Croatia|Croatian|Zagreb;
        Cuba|Cuban|Havana; Mongolia|Mongolian|Ulaanbaatar; Estonia|Estonian|Tallinn;
        Latvia|Latvian|Riga; Slovenia|Slovenian|Ljubljana; Austria|Austrian|Vienna;
        Montenegro|Montenegrin|Podgorica; Bhutan|Bhutanese|Thimphu""",
    ("one", True): """Bahamas|Bahamian|Nassau; Comoros|Comoran|Moroni;
        Netherlands|Dutch|Amsterdam; Maldives|Maldivian|""",
    ("two", False): """Equatorial Guinea|Equatorial Guinean|; Ivory Coast|Ivorian|Yamoussoukro;
        North Macedonia|North Macedonian|Skopje""",
    ("two", True): """Czech Republic|Czech|Prague""",
}


@dataclass(frozen=True)
class Country:
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


def _countries(table: str) -> list[Country]:
    out = []
    for entry in table.split(";"):
        names, demonyms, capitals = (
            tuple(w.strip() for w in part.split(",") if w.strip()) for part in entry.split("|")
        )
        out.append(Country(names, demonyms, capitals))
    return out


DEV_STATES = _countries(_DEV_STATES)
NEW_STATES = {shape: _countries(table) for shape, table in _NEW_STATES.items()}
# Every form any listed state takes, longest first, so that "Sudan" is never found inside
# "South Sudan"; and the places named after a state, which keep their names.
_STATE_FORMS = sorted(
    {
        form
        for country in DEV_STATES + [c for pool in NEW_STATES.values() for c in pool]
        for form in country.names + country.demonyms + country.capitals
    }
    | {"Niger State", "Niger Delta", "River Niger", "Niger River", "Lake Chad", "Indian Ocean"}
    | {"Port Sudan", "Villa Somalia", "Office du Niger", "Turkish Republic of Northern Cyprus"},
    key=len,
    reverse=True,
)
_STATE_FORM = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in _STATE_FORMS) + r")(?![\w-])"
)


def _shape(text: str, country: Country) -> tuple[str, bool]:
    """("one"/"two" words, whether its mentions mostly follow "the") for a state's name."""
    name = country.names[0]
    after_the = [
        text[: m.start()].endswith(("the ", "The "))
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    ]
    words = "one" if " " not in name else "two" if name.count(" ") == 1 else "more"
    return words, sum(after_the) * 2 > len(after_the)


def state_edits(item: AnnotatedDocument, kind: str, rng: random.Random) -> list[Edit]:
    """Each state the gold tags (by its name, capital or "<demonym> <body>") renamed, every
    mention, by a real state of the same shape that dev never names; its demonym and
    capital with it (`states`), or only its capital (`capitals`). A mention inside another
    kind of gold ACTOR ("Sudan Tribune", a party named after its state) is left alone."""
    text = item.document.text
    actors = [s for s in item.spans if s.label == "ACTOR"]
    tagged = {
        s.covered(text).split()[0] if " " in s.covered(text) else s.covered(text)
        for s in actors
        if s.attributes.get("type") == "state"
    } | {s.covered(text) for s in actors if s.attributes.get("type") == "state"}
    used = {f for f in _STATE_FORMS if f in text}
    edits: list[Edit] = []
    for country in DEV_STATES:
        forms = set(country.names + country.demonyms + country.capitals)
        if not forms & tagged:
            continue
        shape = _shape(text, country)
        pool = [
            c
            for c in NEW_STATES.get(shape, [])
            if not set(c.names + c.demonyms + c.capitals) & used
            and (kind == "states" or c.capitals)
        ]
        if not pool:
            continue
        new = rng.choice(pool)
        used |= set(new.names + new.demonyms + new.capitals)
        renames = {c: new.capitals[0] for c in country.capitals if new.capitals}
        if kind == "states":
            renames |= {n: new.names[0] for n in country.names}
            renames |= {d: new.demonyms[0] for d in country.demonyms}
        for found in _STATE_FORM.finditer(text):
            if found.group() not in renames:
                continue
            inside_other = any(
                s.start <= found.start()
                and found.end() <= s.end
                and (s.start, s.end) != found.span()
                and s.attributes.get("type") != "state"
                for s in actors
            )
            if not inside_other:
                edits.append(Edit(found.start(), found.end(), renames[found.group()]))
    return edits


# --------------------------------------------------------------------------- attributions

_CLOSE = re.compile(r"[,.!?]?[\"\u201d]?[,]? ")
_TIMES = ("on Tuesday", "on Monday evening", "late on Sunday", "on Thursday")
_ROLES = (
    "a local official",
    "a community leader",
    "who witnessed the attack",
    "a spokesperson for the regional administration",
    "speaking by telephone",
)


def _attributions(item: AnnotatedDocument) -> Iterator[tuple[Span, Span, str]]:
    """(quote, speaker span, "after"/"before") where the speaker's mention follows the
    quote's closing mark or directly precedes its verb and a colon or an opening mark."""
    by_id = {s.id: s for s in item.spans}
    text = item.document.text
    for r in item.relations:
        if r.type != "speaker" or r.head_id not in by_id or r.tail_id not in by_id:
            continue
        quote, speaker = by_id[r.head_id], by_id[r.tail_id]
        between = text[quote.end : speaker.start]
        if speaker.start > quote.end and _CLOSE.fullmatch(between):
            yield quote, speaker, "after"
        elif speaker.end < quote.start and quote.start - speaker.end < 40:
            yield quote, speaker, "before"


def _speaker_word(text: str, speaker: Span) -> re.Match[str] | None:
    return re.compile(r" (said|says|told|added)\b").match(text, speaker.end)


def attribution_edits(item: AnnotatedDocument, kind: str, rng: random.Random) -> list[Edit]:
    text, edits = item.document.text, []
    for _quote, speaker, side in _attributions(item):
        name = speaker.covered(text)
        person = speaker.attributes.get("type") == "person"
        verb = _speaker_word(text, speaker)
        if kind == "invert" and side == "after" and person:
            if verb and verb.group(1) == "said" and text[verb.end() : verb.end() + 1] in ".,":
                # '", Rao said.' -> '", said Rao.'
                edits.append(
                    Edit(
                        speaker.start, verb.end(), f"said {name}", ((speaker.id, 5, 5 + len(name)),)
                    )
                )
            inverted = re.compile(r"said ").match(text, speaker.start - 5)
            if inverted and text[speaker.end : speaker.end + 1] in ".,":
                # '", said Rao.' -> '", Rao said.'
                edits.append(
                    Edit(
                        inverted.start(), speaker.end, f"{name} said", ((speaker.id, 0, len(name)),)
                    )
                )
        elif kind == "appositive" and person and verb and len(name.split()) > 1:
            role = rng.choice(_ROLES)
            edits.append(Edit(speaker.end, speaker.end, f", {role},"))
        elif kind == "time" and verb:
            after = text[verb.end() :]
            if verb.group(1) in ("said", "added") and after[:1] in ".,:":
                edits.append(Edit(verb.end(), verb.end(), " " + rng.choice(_TIMES)))
            elif (
                verb.group(1) == "told" and after.startswith(" reporters") and after[10:11] in ".,:"
            ):
                edits.append(Edit(verb.end() + 10, verb.end() + 10, " " + rng.choice(_TIMES)))
        elif kind == "told" and verb and verb.group(1) == "told":
            at = verb.end() + 1
            if text.startswith("reporters", at):
                new = rng.choice(("Reuters", "AFP", "the BBC", "Al Jazeera"))
                low = 4 if new.startswith("the ") else 0
                edits.append(
                    Edit(at, at + 9, new, adds=((low, len(new), "ACTOR", (("type", "media"),)),))
                )
            else:
                outlet = next(
                    (
                        s
                        for s in item.spans
                        if s.label == "ACTOR"
                        and s.attributes.get("type") == "media"
                        and s.start in (at, at + 4)
                        and text[at : s.start] in ("", "the ")
                    ),
                    None,
                )
                if outlet is not None:
                    edits.append(Edit(at, outlet.end, "reporters", drops=(outlet.id,)))
    return edits


# A quote attributed after it, its attribution ending the sentence: '"...," X said.',
# '"...," she said.', '"...," the governor said.'
_AFTER_THEN_STOP = re.compile(
    r"([\"\u201d]) ((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*|he|she|they"
    r"|the [a-z]+) (said|says|added)\.(?=\s|$)"
)
_SPLIT_COMMA = re.compile(r", (?=[a-z])")


def split_edits(item: AnnotatedDocument) -> list[Edit]:
    """A quote attributed after it and ending in a comma ('"A, b c," X said.') split at a
    comma inside it, the attribution put between the halves: '"A," X said, "b c."'. The
    first half keeps the gold quote and its link; the second is a new gold QUOTE with the
    same attributes, linked to the same speaker. Only where each half has three words or
    more, the second going on in lower case, and no gold span crosses the comma."""
    text, edits = item.document.text, []
    by_id = {s.id: s for s in item.spans}
    links = {r.head_id: r.tail_id for r in item.relations if r.type == "speaker"}
    for quote in item.spans:
        tail = by_id.get(links.get(quote.id, ""))
        covered = quote.covered(text)
        opening = text[quote.start - 1 : quote.start]
        said = _AFTER_THEN_STOP.match(text, quote.end)
        if (
            tail is None
            or quote.label != "QUOTE"
            or not covered.endswith(",")
            or opening not in ('"', "\u201c")
            or said is None
            or re.search(r"[\"\u201c\u201d\n]", covered)
        ):
            continue
        who = said.span(2)
        inside_who = [s for s in item.spans if who[0] <= s.start and s.end <= who[1]]
        if said.group(2)[:1].isupper():
            if (tail.start, tail.end) != who:
                continue  # the capitalised words are the speaker's own gold mention
        elif tail.end > quote.start or inside_who:
            continue  # a pronoun or a description: its speaker named before the quote
        if any((s.start, s.end) != who for s in inside_who):
            continue
        if any(s.label == "ACTOR" and said.end() < s.start < said.end() + 40 for s in item.spans):
            # ('"...," he said, "...". Mr X said the toll ...': a name opening the next
            # sentence would take the second half by the guideline, not the first's speaker)
            continue
        comma = next(
            (
                c
                for c in _SPLIT_COMMA.finditer(covered)
                if len(covered[: c.start()].split()) >= 3
                and len(covered[c.end() : -1].split()) >= 3
            ),
            None,
        )
        if comma is None:
            continue
        first, second = covered[: comma.start()], covered[comma.end() : -1]
        cut = quote.start + comma.start()
        if any(s.start < cut + 2 and cut < s.end and s.id != quote.id for s in item.spans):
            continue
        closing, verb = said.group(1), said.group(3)
        middle = f",{closing} {said.group(2)} {verb}, {opening}"
        second_at = len(first) + len(middle)
        new = first + middle + second + "." + closing
        moves = [(quote.id, 0, len(first) + 1)]
        speaker_at = len(first) + 2 + len(closing)
        if (tail.start, tail.end) == who:
            moves.append((tail.id, speaker_at, speaker_at + who[1] - who[0]))
        for s in item.spans:
            if s.id == quote.id or not (quote.start <= s.start and s.end <= quote.end):
                continue
            if s.end <= cut:
                moves.append((s.id, s.start - quote.start, s.end - quote.start))
            else:
                low = second_at + s.start - (cut + 2)
                moves.append((s.id, low, low + s.end - s.start))
        edits.append(
            Edit(
                quote.start,
                said.end(),
                new,
                moves=tuple(moves),
                adds=(
                    (
                        second_at,
                        second_at + len(second) + 1,
                        "QUOTE",
                        tuple(sorted(quote.attributes.items())),
                    ),
                ),
                links=((0, tail.id),),
            )
        )
    return edits


KINDS = (
    *NAME_SHAPES,
    "bodies",
    "acronyms",
    "invert",
    "appositive",
    "time",
    "told",
    "split",
    "bodies-noun",
    "media",
    "names-titled",
    "names-described",
    "speaker-gap",
    "speaker-gap-named",
    "crosshead",
    "states",
    "capitals",
)


def variant(
    item: AnnotatedDocument, kind: str, rng: random.Random, taken: set[str] | None = None
) -> AnnotatedDocument | None:
    """One variant of the article of the given kind, or None where the kind does not apply."""
    if kind in NAME_SHAPES:
        edits = name_edits(item, kind, rng)
    elif kind in ("bodies", "acronyms"):
        edits = body_edits(item, kind, rng, set() if taken is None else taken)
    elif kind == "bodies-noun":
        edits = noun_body_edits(item, rng, set() if taken is None else taken)
    elif kind == "media":
        edits = media_edits(item, rng, set() if taken is None else taken)
    elif kind == "names-titled":
        edits = titled_edits(item, rng)
    elif kind == "names-described":
        edits = described_edits(item, rng)
    elif kind in ("speaker-gap", "speaker-gap-named"):
        edits = gap_edits(item, kind, rng)
    elif kind == "crosshead":
        edits = crosshead_edits(item, rng)
    elif kind in ("states", "capitals"):
        edits = state_edits(item, kind, rng)
    elif kind == "split":
        edits = split_edits(item)
    else:
        edits = attribution_edits(item, kind, rng)
    return apply_edits(item, edits) if edits else None


# --------------------------------------------------------------------------- scoring


def _run(
    item: AnnotatedDocument, known: dict[str, str | None], gazetteer: object
) -> list[Suggestion]:
    return suggest(item.document.text, known_actors=known, gazetteer=gazetteer, labels=LABELS)  # type: ignore[arg-type]


def _figures(e: Evaluation) -> str:
    a = e.labels["ACTOR"]
    p, r, _ = a.exact_prf()
    op, orr, _ = a.overlap_prf()
    return (
        f"ACTOR exact P/R {p:.3f}/{r:.3f} overlap P/R {op:.3f}/{orr:.3f} (gold {a.gold});"
        f" speaker {e.speakers_correct}/{e.quotes_matched} {e.speaker_accuracy:.3f}"
    )


def _around(text: str, start: int, end: int, context: int) -> str:
    low, high = max(0, start - context), min(len(text), end + context)
    return " ".join(f"{text[low:start]}[[{text[start:end]}]]{text[end:high]}".split())


def broke(
    original: AnnotatedDocument,
    variant_item: AnnotatedDocument,
    before: list[Suggestion],
    after: list[Suggestion],
    context: int,
) -> list[str]:
    """What the variant lost: ACTOR gold found before and missed now, new false ACTORs,
    quotes whose speaker went wrong (and new quotes of the variant given a wrong one)."""
    lines = []
    text = variant_item.document.text

    def hit(spans: Sequence[Span], found: list[Suggestion]) -> set[str]:
        actors = [f for f in found if f.label == "ACTOR"]
        return {s.id for s in spans if any(f.start < s.end and s.start < f.end for f in actors)}

    def right(item: AnnotatedDocument, found: list[Suggestion]) -> set[str]:
        by_id = {s.id: s for s in item.spans}
        link = {r.head_id: by_id[r.tail_id] for r in item.relations if r.type == "speaker"}
        got = {(f.start, f.end): f.speaker for f in found if f.label == "QUOTE"}
        out = set()
        for s in item.spans:
            if s.label == "QUOTE" and (s.start, s.end) in got:
                want = link.get(s.id)
                if got[(s.start, s.end)] == (None if want is None else (want.start, want.end)):
                    out.add(s.id)
        return out

    gold_actors = [s for s in variant_item.spans if s.label == "ACTOR"]
    was = hit([s for s in original.spans if s.label == "ACTOR"], before)
    now = hit(gold_actors, after)
    for s in gold_actors:
        if s.id in was and s.id not in now:
            lines.append(f"missed {s.covered(text)!r}: {_around(text, s.start, s.end, context)}")

    def extras(item: AnnotatedDocument, found: list[Suggestion]) -> list[Suggestion]:
        g = [s for s in item.spans if s.label == "ACTOR"]
        return [
            f
            for f in found
            if f.label == "ACTOR" and not any(f.start < s.end and s.start < f.end for s in g)
        ]

    def seen(item_text: str, f: Suggestion) -> tuple[str, str]:
        # an extra by its words and the words before it, any state's name masked: a state
        # renamed in both is the same extra
        return (
            _STATE_FORM.sub("S", item_text[f.start : f.end]),
            _STATE_FORM.sub("S", item_text[max(0, f.start - 80) : f.start])[-30:],
        )

    old_text = original.document.text
    old_extras = extras(original, before)
    old_extra = {old_text[f.start : f.end] for f in old_extras}
    old_seen = {seen(old_text, f) for f in old_extras}
    for f in extras(variant_item, after):
        if text[f.start : f.end] not in old_extra and seen(text, f) not in old_seen:
            shown = _around(text, f.start, f.end, context)
            lines.append(f"extra {text[f.start : f.end]!r} ({f.rule}): {shown}")
    by_id = {s.id: s for s in variant_item.spans}
    got = {(f.start, f.end): f.speaker for f in after if f.label == "QUOTE"}
    # ... and a quote only the variant has (`split`'s second half), found and given another
    # speaker than its gold one
    added = {
        s.id
        for s in variant_item.spans
        if s.label == "QUOTE" and s.id.startswith("perturb-") and (s.start, s.end) in got
    }
    now_right = right(variant_item, after)
    for quote_id in sorted(right(original, before) - now_right) + sorted(added - now_right):
        q = by_id[quote_id]
        link = next(
            (by_id[r.tail_id] for r in variant_item.relations if r.head_id == quote_id), None
        )
        want = None if link is None else link.covered(text)
        speaker = got.get((q.start, q.end))
        have = None if speaker is None else text[speaker[0] : speaker[1]]
        shown = _around(text, q.start, q.end, context)
        if q.end - q.start > 80:
            shown = shown.replace(" ".join(text[q.start + 40 : q.end - 20].split()), " ... ")
        lines.append(f"speaker gold {want!r} got {have!r}: {shown}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", default="sample_articles/dev/realistic.jsonl")
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--broke", action="store_true")
    parser.add_argument("--files", default="*", metavar="GLOB")
    parser.add_argument("--context", type=int, default=70)
    args = parser.parse_args(argv)
    if HELD_OUT in args.gold:
        print("refusing a held-out file: its misses are not to be read", file=sys.stderr)
        return 2
    kinds = args.kinds.split(",")
    unknown = set(kinds) - set(KINDS)
    if unknown:
        parser.error(f"unknown kinds {sorted(unknown)}; known: {', '.join(KINDS)}")
    gold = load_gold(args.gold)
    gazetteer = load_gazetteer()
    chosen = [
        i
        for i, item in enumerate(gold)
        if fnmatch(str(item.document.meta.get("file", "")), args.files)
    ]
    known = {i: known_actors_except(gold, i) for i in chosen}
    originals = {i: _run(gold[i], known[i], gazetteer) for i in chosen}
    taken = {name for name in known[chosen[0]]} | set(gazetteer) if chosen else set()
    for kind in kinds:
        rows_gold: list[list[object]] = [[], []]
        rows_found: list[list[object]] = [[], []]
        changed, lines = 0, []
        for i in chosen:
            rng = random.Random(f"{args.seed}-{kind}-{i}")
            item = variant(gold[i], kind, rng, set(taken))
            if item is None:
                continue
            problems = carried_problems(gold[i], item)
            if problems:
                print(f"  {kind} {i}: gold not carried: {problems[:3]}", file=sys.stderr)
                continue
            changed += 1
            found = _run(item, known[i], gazetteer)
            rows_gold[0].append(_gold_predicted(gold[i]))
            rows_found[0].append(_predicted(gold[i].document.text, originals[i]))
            rows_gold[1].append(_gold_predicted(item))
            rows_found[1].append(_predicted(item.document.text, found))
            if args.broke:
                name = gold[i].document.meta.get("file", i)
                lines += [
                    f"  {name}: {line}"
                    for line in broke(gold[i], item, originals[i], found, args.context)
                ]
        before = score(rows_gold[0], rows_found[0], LABELS)  # type: ignore[arg-type]
        after = score(rows_gold[1], rows_found[1], LABELS)  # type: ignore[arg-type]
        print(f"{kind}: {changed} documents changed")
        print(f"  original {_figures(before)}")
        print(f"  variant  {_figures(after)}")
        for line in lines:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
