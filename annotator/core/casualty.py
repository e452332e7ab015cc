"""Reading casualty figures out of short news phrases, by the team's annotation guideline.

Analysts select a phrase ("at least 408 civilians have died") and tag it; these
functions propose the count range, the kind of harm and the victims so the
analyst only confirms. Pure, standard library only, and total: no function here
raises on any `str`.

The guideline, and the decisions taken where it was silent:

* Only the first number expression counts, with two exceptions: a second counted
  group joined by "and" is added ("14 women and six children" is 20/20, "seven
  soldiers and a civilian" 8/8), and an aside gives an open count its upper bound
  ("at least 10 people, and possibly as many as 12," is 10/12). Vague words that
  carry no number ("several", "many", "a number of", "a whole family") are not
  expressions, so scanning goes on past them: "a family of five" is 5/5, "several"
  is None/None.
* Exact N -> N/N. "at least N", "N or more", "N+", "no fewer than N",
  "a minimum of N" -> N/None. "more than", "over", "in excess of" N -> N+1/None.
  "up to", "as many as", "at most" N -> None/N. "nearly", "almost", "fewer than",
  "less than", "under" N -> None/N-1 (never below 0). "about", "around", "some",
  "roughly", "approximately", "an estimated" N -> N/N.
* Ranges: "between A and B", "from A to B", "A to B", "A-B" (any dash),
  "A or B" -> A/B. A scale on B alone is shared when that makes sense
  ("2 to 3 million" is 2,000,000/3,000,000). A bare "A-B" or "A to B" with
  B < A is not a range (A alone); after "between"/"from" the ends are put in
  order.
* Plural round numbers mean at least twice the unit: "dozens" 24, "scores" 40,
  "hundreds" 200, "thousands" 2000, "tens of thousands" 20000, "hundreds of
  thousands" 200000, "millions" 2000000, each with no upper bound. "several
  hundred", "a few thousand", "several dozen" read the same way. An upper bound
  on such a word ("up to hundreds") says nothing exact, so gives None/None.
  "100s"/"1000s" are hundreds/thousands. "a couple" (of) and "both" are 2,
  "half a dozen" 6, "half a million" 500,000, "a quarter of a million" 250,000.
* "a"/"an"/"another" with a singular person noun, within four words
  ("a 12-year-old boy", "an Israeli soldier"), or before "was killed"-style
  passives ("a Palestinian was shot dead") -> 1/1. "a whole family" is None/None
  because a family is not one person. "no one", "nobody", "none", and "no"
  before a person or casualty noun -> 0/0.
* Digits: separators are ",", NBSP, thin space, narrow NBSP and "'" in groups
  of three. A single "." before exactly three digits is a thousands separator
  ("1.240" -> 1240) unless a scale follows ("1.240 million" is a decimal), the
  part before it is one to three digits and does not start with 0; two or more
  such groups ("1.240.000") always are. "1,5 million" is a decimal comma.
  "1.5 million" -> 1500000; "3m", "3mn", "5k", "2bn" are scaled; other letters
  glued to digits (ordinals, "1990s", "5km") make them not a count. A value
  that is not whole ("2.5") is not a count.
* Not counts: ages ("12-year-old", "aged 12"), durations and measures
  ("3 days", "5 km", "20%"), money ("$5 million"), times and dates ("10:30",
  "3/4/2023", "March 3", "3 May 2023"), designations ("F-16", "MH17").
  A four-digit 1900-2099 after "in", "since", "during" etc. or next to a month
  is a year and never a count. Any other bare 1900-2099 (no modifier, no
  separator, not followed by a person or casualty word: "the 2014 war") is used
  only when the phrase has no other number. "May" and "March" are months only
  when capitalised ("20 may have died").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import TYPE_CHECKING, Final, NamedTuple

from annotator.core.prefiltered import PrefilteredPattern

if TYPE_CHECKING:
    # (imported where a decimal is read, `_decimal`: `fractions` imports `decimal`, a few
    # milliseconds of the session's first suggestions that nearly no figure needs)
    from fractions import Fraction

__all__ = [
    "CasualtyCount",
    "casualty_kind",
    "casualty_victims",
    "last_casualty_kind",
    "parse_casualty",
    "parse_number",
]


@dataclass(frozen=True)
class CasualtyCount:
    """A casualty figure as a range; None is an open end (unknown or unbounded).

    Exact figures have low == high. Both ends, when set, are >= 0 and
    low <= high; constructing anything else raises ValueError.
    """

    low: int | None
    high: int | None

    def __post_init__(self) -> None:
        for end in (self.low, self.high):
            if end is not None and end < 0:
                raise ValueError(f"casualty counts cannot be negative: {self}")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low must not exceed high: {self}")


_NOTHING: Final = CasualtyCount(None, None)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _ordered(text: str) -> list[str]:
    return text.split()


# --------------------------------------------------------------------------- vocabulary

_UNITS: Final = {
    word: value
    for value, word in enumerate(
        _ordered(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen"
        )
    )
}
_TENS: Final = {
    word: 10 * value
    for value, word in enumerate(
        _ordered("twenty thirty forty fifty sixty seventy eighty ninety"), start=2
    )
}
# (lakh and crore: South Asian copy counts people in them, "2 lakh people were displaced")
_SCALES: Final = {
    "thousand": 10**3,
    "lakh": 10**5,
    "million": 10**6,
    "crore": 10**7,
    "billion": 10**9,
}
_SUFFIX_SCALES: Final = {"k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9}
_VAGUE_PLURALS: Final = {
    "tens": 10,
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 10**3,
    "millions": 10**6,
    "billions": 10**9,
}
_VAGUE_SINGULARS: Final = {"dozen": 12, "hundred": 100, **_SCALES}
_VAGUE_QUANTIFIERS: Final = (
    ("several",),
    ("a", "few"),
    ("few",),
    ("many",),
    ("numerous",),
    ("multiple",),
    ("countless",),
    ("a", "handful", "of"),
    ("a", "number", "of"),
)
# A determiner before "many" / "few" makes it an adjective of the noun, no count of its own
# ("the many victims", "their few belongings").
_DETERMINERS: Final = _words("the its their his her our my these those")

_MONTHS: Final = _words(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
# Also ordinary English words; only a capital makes them months.
_AMBIGUOUS_MONTHS: Final = frozenset({"may", "march", "mar"})
_YEAR_CONTEXT: Final = _words(
    "in since during until till before after early late mid year spring summer autumn fall winter"
)
_UNIT_WORDS: Final = _words(
    "second seconds sec secs minute minutes min mins hour hours hr hrs day days week weeks "
    "month months year years yr yrs decade decades century centuries km kms kilometre "
    "kilometres kilometer kilometers mile miles metre metres meter meters ft feet foot yard "
    "yards kg kilogram kilograms kilo kilos tonne tonnes ton tons percent pc dollar dollars "
    "euro euros shekel shekels rouble roubles ruble rubles hryvnia hryvnias usd eur gbp "
    "am pm gmt utc degree degrees storey storeys story floor floors times acre acres "
    "hectare hectares rupee rupees rs inr naira taka"
)
_CURRENCY_SIGNS: Final = frozenset("$€£¥₪₴₽₹₦")
# Currencies written as a word before the sum: "Rs 10 lakh", "Rs. 50,000", "USD 2 million"
_CURRENCY_WORDS: Final = frozenset({"rs", "inr", "usd", "eur"})
_AGE_WORDS: Final = frozenset({"aged", "age", "ages"})

_SINGULAR_PERSONS: Final = _words(
    "person man woman child boy girl baby infant toddler teenager teen youth adolescent minor "
    "newborn civilian resident villager inhabitant farmer shepherd fisherman worker doctor "
    "nurse paramedic medic patient journalist reporter photographer cameraman teacher "
    "student pupil worshipper worshiper pilgrim refugee migrant passenger driver victim "
    "mother father son daughter brother sister husband wife grandmother grandfather elder "
    "pensioner soldier fighter militant combatant rebel insurgent serviceman servicewoman "
    "officer policeman policewoman guard commander trooper marine paratrooper militiaman "
    "guerrilla jihadist member volunteer contractor employee official staffer engineer "
    "citizen national local pedestrian bystander hostage prisoner detainee individual "
    "protester demonstrator firefighter rescuer reservist conscript sniper pilot "
    # the suggester's victim nouns, so that "a porter was also hurt" counts one
    "activist airman assailant bandit bodyguard cadet cadre captive classmate cleric colleague "
    "commuter companion comrade cousin crewman customer friend gangster gendarme granddaughter "
    "grandson guest herder herdsman hiker hunter imam inmate judge labourer lawyer leader "
    "loyalist miner missionary monk motorist mourner neighbour nephew nun operative "
    "paramilitary passer peacekeeper porter priest ranger recruit relative sailor schoolboy "
    "schoolgirl seafarer seaman sentry settler shopkeeper shopper smuggler spectator suspect "
    "terrorist trader traveller uncle vendor vigilante watchman mariner "
    "extremist separatist tourist attacker gunman servicemember laborer neighbor adult "
    "congregant parishioner onlooker sibling grandchild grandparent trainee occupant responder "
    "evacuee abductee novice jihadi reveler reveller partygoer concertgoer festivalgoer returnee "
    "investigator monitor inspector agent manager martyr rustler trafficker thief "
    # ... ranks, offices and trades the suggester names too: "killed a police sergeant and
    # three of the gunmen" counts four
    "academic athlete boatman brigadier captain caregiver churchgoer clansman colonel "
    "commando cop corporal councillor councilor cyclist deminer devotee diplomat footballer "
    "foreigner guardsman infantryman infiltrator kidnapper lawmaker lecturer legislator "
    "lieutenant mayor mercenary merchant midwife miscreant motorcyclist nomad orphan parent "
    "pastor pastoralist peasant pirate poacher politician professor raider rifleman robber "
    "senator sergeant supporter surgeon tribesman trucker visitor widow youngster "
    "detective constable climber mountaineer trekker guide farmworker farmhand seminarian "
    "catechist defender male female jawan "
    # a news outlet's reporter (gramcas65: "a correspondent for Sudan Tribune was wounded")
    "correspondent "
    # kin and trades a list of the dead names (list67: "a hotel cook")
    "niece aunt cook attendant waiter mechanic baker apprentice owner"
)
_PLURAL_PERSONS: Final = _words(
    "people persons men women children boys girls babies infants toddlers teenagers teens "
    "youths minors newborns civilians residents villagers inhabitants farmers shepherds "
    "fishermen workers doctors nurses paramedics medics patients journalists reporters "
    "photographers teachers students pupils worshippers worshipers pilgrims refugees "
    "migrants passengers drivers victims mothers fathers sons daughters families elders "
    "pensioners soldiers fighters militants combatants rebels insurgents servicemen "
    "servicewomen officers policemen guards commanders troops troopers marines paratroopers "
    "militiamen guerrillas jihadists members volunteers contractors employees officials "
    "staff citizens nationals locals pedestrians bystanders hostages prisoners detainees "
    "individuals protesters demonstrators firefighters rescuers reservists conscripts "
    "snipers pilots adults others bodies "
    "abductees activists adolescents airmen assailants attackers bandits bodyguards brothers "
    "cadets cadres captives classmates clerics colleagues commuters companions comrades cousins "
    "crewmen customers engineers extremists friends gangsters gendarmes "
    "grandchildren granddaughters grandsons guests gunmen herders herdsmen hikers hunters "
    "husbands imams inmates jawans judges laborers labourers lawyers leaders loyalists miners "
    "missionaries monks motorists mourners neighbors neighbours nephews nuns onlookers "
    "operatives paramilitaries parishioners passers passersby peacekeepers policewomen"
    " porters priests rangers recruits relatives remnants sailors schoolboys "
    "schoolchildren schoolgirls seafarers seamen sentries separatists settlers shopkeepers "
    "returnees novices mariners "
    "shoppers sisters smugglers spectators suspects terrorists tourists traders travellers "
    "uncles vendors vigilantes watchmen wives investigators monitors inspectors agents "
    "managers martyrs rustlers traffickers thieves "
    # ... and the plurals of the ranks, offices and trades above: "a mayor and two
    # councillors were killed" counts three
    "academics athletes boatmen brigadiers captains caregivers churchgoers clansmen colonels "
    "commandos cops corporals councillors councilors cyclists deminers devotees diplomats "
    "footballers foreigners guardsmen infantrymen infiltrators kidnappers lawmakers lecturers "
    "legislators lieutenants mayors mercenaries merchants midwives miscreants motorcyclists "
    "nomads orphans parents pastoralists pastors peasants pirates poachers politicians "
    "professors raiders riflemen robbers senators sergeants supporters surgeons tribesmen "
    "truckers visitors widows youngsters evacuees occupants responders trainees siblings "
    "grandparents congregants detectives constables climbers mountaineers trekkers guides "
    "farmworkers farmhands seminarians catechists defenders auxiliaries males females "
    "correspondents "
    "nieces aunts cooks attendants waiters mechanics bakers apprentices vdp owners"
)
_CASUALTY_WORDS: Final = _words(
    "killed dead died deaths death fatalities injured wounded hurt injuries missing "
    "displaced casualties casualty victims slain"
)
# After "was"/"is"/"has been": the words that make "a Palestinian was ..." one victim.
_PASSIVE_HARM: Final = _words(
    "killed dead died slain murdered executed massacred injured wounded hurt maimed missing shot "
    "abducted kidnapped disappeared displaced evacuated hospitalised hospitalized"
)
_PASSIVE_FILLERS: Final = _words(
    "been being reportedly also allegedly fatally seriously critically badly severely "
    "slightly lightly gravely mortally later then shot found gone"
)
_LINKING_VERBS: Final = frozenset({"was", "is", "has", "had", "got", "went"})
# Words that end the noun phrase after "a"/"an"/"no": past them the article
# no longer belongs to a person noun.
_PHRASE_BREAKS: Final = _words(
    "of and or but the a an this that these those his her their its our was were is are be "
    "been has have had in on at by for from to with who which where when while after "
    "before near into as than not no per killed kills killing died dies left leaving "
    "claimed hit struck targeted family families group groups number few couple lot "
    "handful dozen dozens total majority minority crowd convoy unit team household "
    "battalion brigade squad platoon company gang band delegation contingent"
)


class _Bound(Enum):
    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at least"
    MORE_THAN = "more than"
    AT_MOST = "at most"
    LESS_THAN = "less than"


_PhraseTable = dict[str, list[tuple[tuple[str, ...], _Bound]]]


def _phrases(bound: _Bound, text: str) -> list[tuple[tuple[str, ...], _Bound]]:
    return [(tuple(p.split()), bound) for p in text.split("|")]


def _by_first_word(entries: list[tuple[tuple[str, ...], _Bound]]) -> _PhraseTable:
    # Scanning tries a table at every token; keying by first word keeps that cheap.
    table: _PhraseTable = {}
    for phrase, bound in sorted(entries, key=lambda item: -len(item[0])):
        table.setdefault(phrase[0], []).append((phrase, bound))
    return table


# Longest first, so "no fewer than" wins over "no" and "just over" over "just".
_PREFIXES: Final = _by_first_word(
    _phrases(
        _Bound.AT_LEAST,
        "at least|no fewer than|no less than|not less than|not fewer than|a minimum of"
        "|minimum of|at a minimum|at the very least",
    )
    + _phrases(
        _Bound.MORE_THAN,
        "more than|over|in excess of|well in excess of|upwards of|upward of|above"
        "|greater than|well over|just over|well above|exceeding|more then|north of",
    )
    + _phrases(
        _Bound.AT_MOST,
        "up to|as many as|at most|at the most|a maximum of|maximum of|no more than|not more than",
    )
    + _phrases(
        _Bound.LESS_THAN,
        "nearly|almost|fewer than|less than|under|below|just under|just below|close to"
        "|closer to|just shy of|shy of|not quite",
    )
    + _phrases(
        _Bound.APPROX,
        "about|around|some|approximately|approx|approx .|roughly|an estimated|estimated"
        "|an approximate|approximate|circa|ca .|c .|more or less|in the region of"
        "|on the order of|an estimate of",
    )
    + _phrases(
        _Bound.EXACT,
        "a total of|total of|a further|further|all|only|just|exactly|precisely",
    ),
)
_POSTFIXES: Final = _by_first_word(
    _phrases(
        _Bound.AT_LEAST,
        "or more|and more|or above|or over|and above|and over|+|plus|odd|and counting",
    )
    + _phrases(_Bound.AT_MOST, "or fewer|or less|or under")
    + _phrases(_Bound.APPROX, "or so"),
)
_RANGE_STARTERS: Final = (("anywhere", "between"), ("anywhere", "from"), ("between",), ("from",))
_FIXED_NUMBERS: Final = (
    (("half", "a", "million"), 500_000),
    (("a", "quarter", "of", "a", "million"), 250_000),
    (("quarter", "of", "a", "million"), 250_000),
    (("half", "a", "dozen"), 6),
    (("a", "half", "dozen"), 6),
    (("half", "dozen"), 6),
    (("both",), 2),
    (("a", "couple", "of"), 2),
    (("a", "couple"), 2),
    (("a", "pair", "of"), 2),
    (("a", "dozen"), 12),
    (("a", "score", "of"), 20),
    (("dozen",), 12),
)

# The first words of the phrases above: a token that is none of them skips the loop over
# them (parsing runs at every token of every suggested phrase).
_FIXED_FIRST: Final = frozenset(phrase[0] for phrase, _ in _FIXED_NUMBERS)
_QUANTIFIER_FIRST: Final = frozenset(q[0] for q in _VAGUE_QUANTIFIERS)
_RANGE_FIRST: Final = frozenset(starter[0] for starter in _RANGE_STARTERS)

# --------------------------------------------------------------------------- tokens

_TOKEN_RE: Final = re.compile(
    r"""
    (?P<num>
        \d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?
      # Indian grouping, lakh and crore places: "2,00,000", "12,50,000"
      | \d{1,2}(?:,\d\d)+,\d{3}(?![\d,]\d|\d)
      | \d{1,3}(?:[\u00a0\u2009\u202f']\d{3})+(?!\d)
      # a plain space groups digits too in South African and translated copy ("1 200
      # people"), never before another digit or after a plus (phone numbers)
      | (?<![\d+])\d{1,3}(?:\x20\d{3})+(?![\d,.]|\x20\d)
      | \d{1,3}(?:\.\d{3}){2,}(?!\d)
      | \d+,\d{1,2}(?=\s*(?:thousand|million|billion|mn|mln|bn|m|k)(?![^\W\d_]))
      | \d+\.\d+
      | \d+
    )
    (?P<suffix>[^\W\d_]+)?
    | (?P<word>[^\W\d_]+(?:'[^\W\d_]+)*)
    | (?P<dash>[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d])
    | (?P<other>\S)
    """,
    re.VERBOSE | re.IGNORECASE,
)
_APOSTROPHES: Final = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'"}
)
_DASHES_TO_HYPHEN: Final = str.maketrans(
    dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-")
)
_GROUP_SEPARATORS: Final = str.maketrans(dict.fromkeys("\u00a0\u2009\u202f' ", None))
_INVISIBLE: Final = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# Longer numerals are not casualty figures, and int() refuses over 4300 digits.
_MAX_DIGITS: Final = 18


class _Token(NamedTuple):
    # A named tuple, not a frozen dataclass: a phrase makes one per word, and a frozen
    # dataclass's __init__ costs several times more (parse_casualty runs per suggestion).
    kind: str  # "num", "word", "dash" or "other"
    text: str  # lower case; for "num" the numeral without its suffix
    raw: str
    start: int
    end: int
    suffix: str = ""


def _clean(phrase: str) -> str:
    if phrase.isascii():
        return phrase  # (the apostrophes and invisible characters replaced are not ASCII)
    return _INVISIBLE.sub("", phrase.translate(_APOSTROPHES))


def _tokenize(phrase: str) -> list[_Token]:
    tokens: list[_Token] = []
    append = tokens.append
    # What `_Token._make` does without its Python call and length check (six fields
    # every time): a phrase makes one per word, and every suggested figure is parsed.
    new = tuple.__new__
    for match in _TOKEN_RE.finditer(_clean(phrase)):
        raw = match.group(0)
        start, end = match.span()
        num, suffix = match.group("num", "suffix")
        if num is not None:
            append(new(_Token, ("num", num, raw, start, end, suffix.lower() if suffix else "")))
        else:
            append(new(_Token, (match.lastgroup or "other", raw.lower(), raw, start, end, "")))
    return tokens


def _word(tokens: Sequence[_Token], i: int) -> str | None:
    if 0 <= i < len(tokens) and tokens[i].kind == "word":
        return tokens[i].text
    return None


def _match(tokens: Sequence[_Token], i: int, phrase: tuple[str, ...]) -> int | None:
    """The index after `phrase` if it starts at `i`; dashes inside it are skipped."""
    if i >= len(tokens) or tokens[i].text != phrase[0]:
        return None  # the usual case, kept cheap: this runs at every token
    j = i
    for k, part in enumerate(phrase):
        if k and j < len(tokens) and tokens[j].kind == "dash":
            j += 1
        if j >= len(tokens) or tokens[j].kind == "num" or tokens[j].text != part:
            return None
        j += 1
    return j


def _is_year_shaped(token: _Token) -> bool:
    return (
        token.kind == "num"
        and not token.suffix
        and len(token.text) == 4
        and token.text.isdecimal()
        and 1900 <= int(token.text) <= 2099
    )


def _is_day(token: _Token) -> bool:
    return (
        token.kind == "num"
        and token.text.isdecimal()
        and len(token.text) <= 2
        and token.suffix in ("", "st", "nd", "rd", "th")
        and 1 <= int(token.text) <= 31
    )


def _is_month(token: _Token) -> bool:
    if token.kind != "word" or token.text not in _MONTHS:
        return False
    return token.text not in _AMBIGUOUS_MONTHS or token.raw[0].isupper()


def _attached(left: _Token, right: _Token) -> bool:
    return left.end == right.start


def _counted_thing_follows(tokens: Sequence[_Token], end: int) -> bool:
    """Whether the number before `end` counts people: "2000 killed", "2000 Syrian refugees".

    A casualty word must come right after; a person noun may be two words on. A
    casualty verb further on ("the 2014 war killed") belongs to another number.
    """
    seen = 0
    for token in tokens[end : end + 4]:
        if token.kind == "dash":
            continue
        if token.kind != "word":
            return False
        if token.text in _PLURAL_PERSONS or token.text in _SINGULAR_PERSONS:
            return True
        if seen == 0 and token.text in _CASUALTY_WORDS:
            return True
        seen += 1
        if seen == 2:
            return False
    return False


def _not_count_numerals(tokens: Sequence[_Token]) -> frozenset[int]:
    """Indices of numerals that are dates, times or designations, never counts."""
    marked: set[int] = set()
    n = len(tokens)
    for k, token in enumerate(tokens):
        if token.kind == "num":
            before = tokens[k - 1] if k else None
            # "MH17", "F-16", "Covid-19": a name, not a number of anything.
            if (
                before is not None
                and _attached(before, token)
                and (
                    before.kind == "word"
                    or (
                        before.kind == "dash"
                        and k >= 2
                        and tokens[k - 2].kind == "word"
                        and _attached(tokens[k - 2], before)
                    )
                )
            ):
                marked.add(k)
            if (
                k + 2 < n
                and tokens[k + 1].text in (":", "/")
                and tokens[k + 2].kind == "num"
                and _attached(token, tokens[k + 1])
                and _attached(tokens[k + 1], tokens[k + 2])
            ):
                marked.update((k, k + 2))
            if _is_year_shaped(token):
                if (
                    k + 2 < n
                    and tokens[k + 1].kind == "dash"
                    and tokens[k + 2].kind == "num"
                    and len(tokens[k + 2].text) == 2
                    and _attached(token, tokens[k + 1])
                ):
                    marked.update((k, k + 2))  # "2014-15"
                prev = k - 1
                if prev >= 0 and tokens[prev].kind == "dash":
                    prev -= 1
                if _word(tokens, prev) in _YEAR_CONTEXT and not _counted_thing_follows(
                    tokens, k + 1
                ):
                    marked.add(k)
        elif _is_month(token):
            after = k + 1
            if after < n and tokens[after].text == ".":
                after += 1
            if after < n and (_is_day(tokens[after]) or _is_year_shaped(tokens[after])):
                marked.add(after)
                if (
                    after + 2 < n
                    and tokens[after + 1].text == ","
                    and _is_year_shaped(tokens[after + 2])
                ):
                    marked.add(after + 2)
            if k >= 1 and _is_day(tokens[k - 1]):
                marked.add(k - 1)
                if after < n and _is_year_shaped(tokens[after]):
                    marked.add(after)
    return frozenset(marked)


# --------------------------------------------------------------------------- numbers


def _numeral_value(text: str, scale_follows: bool) -> Fraction | int | None:
    """The value of a numeral: an int when whole (Fraction arithmetic is a Python call per
    operation, and nearly every figure parsed is whole), a Fraction for a decimal."""
    if sum(ch.isdecimal() for ch in text) > _MAX_DIGITS:
        return None
    ungrouped = text.translate(_GROUP_SEPARATORS)
    if ungrouped != text:
        return int(ungrouped)
    if "," in text:
        if "." in text:
            whole, _, fraction = text.partition(".")
            return _decimal(whole.replace(",", ""), fraction)
        whole, _, last = text.rpartition(",")
        if len(last) == 3:
            return int(text.replace(",", ""))
        return _decimal(whole, last)
    if text.count(".") >= 2:
        return int(text.replace(".", ""))
    if "." in text:
        whole, _, fraction = text.partition(".")
        looks_grouped = len(fraction) == 3 and len(whole) <= 3 and int(whole[0]) != 0
        if looks_grouped and not scale_follows:
            return int(whole + fraction)
        return _decimal(whole, fraction)
    return int(text)


def _decimal(whole: str, fraction: str) -> Fraction:
    from fractions import Fraction

    return Fraction(int(whole)) + Fraction(int(fraction), 10 ** len(fraction))


@dataclass(frozen=True)
class _Exact:
    value: Fraction | int  # (an int when whole: see _numeral_value)
    end: int
    scale: int  # the largest multiplier applied ("million" -> 10**6); 1 if none
    year_shaped: bool


def _and_joins(
    tokens: Sequence[_Token], j: int, has_hundred: bool, last_scale: int, in_between: bool
) -> bool:
    """Whether "and" at `j` continues the number ("a hundred and five").

    It does not when the words after it could not continue it ("one hundred
    and two hundred"), nor, after "between", when they carry a scale of their
    own: "between one hundred and one thousand" is a range, while "one
    hundred and one thousand" alone is 101,000.
    """
    k = j + 1
    word = _word(tokens, k)
    if word in _TENS:
        k += 1
        if k < len(tokens) and tokens[k].kind == "dash":
            k += 1
        if _UNITS.get(_word(tokens, k) or "", 0) in range(1, 10):
            k += 1
    elif word in _UNITS:
        k += 1
    else:
        return False
    following = _word(tokens, k)
    if following == "hundred":
        return not has_hundred and not in_between
    if following in _SCALES:
        return (last_scale == 0 or _SCALES[following] < last_scale) and not in_between
    return True


def _parse_number_words(
    tokens: Sequence[_Token], i: int, in_between: bool = False
) -> tuple[int, int, int] | None:
    """(value, end, largest scale) of spelled-out numbers starting at `i`."""
    n = len(tokens)
    total = group = sub = 0
    sub_state = 0  # 0: no tens/units yet, 1: tens seen (a unit may follow), 2: complete
    has_hundred = False
    last_scale = 0
    top_scale = 1
    best: tuple[int, int, int] | None = None
    j = i
    if _word(tokens, i) in ("a", "an") and (
        _word(tokens, i + 1) == "hundred" or _word(tokens, i + 1) in _SCALES
    ):
        j += 1
    while j < n:
        token = tokens[j]
        word = token.text if token.kind == "word" else None
        empty = total == 0 and group == 0 and sub_state == 0 and last_scale == 0
        if word in _UNITS:
            value = _UNITS[word]
            if sub_state == 0:
                sub = value
            elif sub_state == 1 and 1 <= value <= 9:
                sub += value
            else:
                break
            sub_state = 2
        elif word in _TENS:
            if sub_state != 0:
                break
            sub, sub_state = _TENS[word], 1
        elif word == "hundred":
            if has_hundred or (sub_state == 0 and not empty) or (sub_state and sub == 0):
                break
            group, sub, sub_state, has_hundred = (sub if sub_state else 1) * 100, 0, 0, True
            top_scale = max(top_scale, 100)
        elif word in _SCALES:
            scale = _SCALES[word]
            nothing_to_scale = group == 0 and sub_state == 0 and not empty
            if (last_scale and scale >= last_scale) or nothing_to_scale:
                break
            if sub_state and group == 0 and sub == 0:
                break
            total += (group + sub if group or sub_state else 1) * scale
            group = sub = sub_state = 0
            has_hundred, last_scale = False, scale
            top_scale = max(top_scale, scale)
        elif word == "and":
            if sub_state != 0 or not (has_hundred or last_scale):
                break
            if not _and_joins(tokens, j, has_hundred, last_scale, in_between):
                break
            j += 1
            continue
        elif token.kind == "dash":
            after = _word(tokens, j + 1)
            joins = (
                sub_state == 1
                and after is not None
                and 1 <= _UNITS.get(after, 0) <= 9
                and _attached(tokens[j - 1], token)
                and _attached(token, tokens[j + 1])
            )
            if not joins:
                break
            j += 1
            continue
        else:
            break
        j += 1
        best = (total + group + sub, j, top_scale)
    return best


def _both_counts_people(tokens: Sequence[_Token], end: int) -> bool:
    """Whether "both" before `end` counts two people: "both pilots", "both young
    nurses", "both of them", "both were killed", a phrase ending "killed both"; not
    "both sides" or "both attacks killed 12" (the count is elsewhere)."""
    word = _word(tokens, end)
    if end >= len(tokens):
        return True
    if word is None:
        return False
    if word in ("of", "were", "are", "died") or word in _LINKING_VERBS or word in _PASSIVE_HARM:
        return True
    for j in range(end, min(len(tokens), end + 3)):
        following = _word(tokens, j)
        if following is None or following in _PHRASE_BREAKS:
            return False
        if following in _PLURAL_PERSONS:
            return True
    return False


def _parse_exact(
    tokens: Sequence[_Token], i: int, skip: frozenset[int], in_between: bool = False
) -> _Exact | None:
    """A single definite number at `i`: digits, words, or both ("1.5 million")."""
    if i >= len(tokens):
        return None
    token = tokens[i]
    if token.text in _FIXED_FIRST:
        for phrase, fixed in _FIXED_NUMBERS:
            end = _match(tokens, i, phrase)
            if end is not None:
                if phrase == ("both",) and not _both_counts_people(tokens, end):
                    return None  # "both sides", "both attacks killed 12": not two people
                if fixed == 2 and "couple" in phrase and _word(tokens, end) == "dozen":
                    return _Exact(24, end + 1, 12, False)  # "a couple of dozen"
                return _Exact(fixed, end, 12 if "dozen" in phrase else 1, False)
    if token.kind == "num":
        if i in skip:
            return None
        following = _word(tokens, i + 1)
        scale_follows = token.suffix in _SUFFIX_SCALES or following in (
            "hundred",
            "dozen",
            *_SCALES,
        )
        amount = _numeral_value(token.text, scale_follows)
        if amount is None:
            return None
        j, scale = i + 1, 1
        if token.suffix:
            if token.suffix not in _SUFFIX_SCALES:
                return None  # "3rd", "1990s", "5km": ordinals, decades, measures
            scale = _SUFFIX_SCALES[token.suffix]
        elif following == "dozen":
            scale, j = 12, j + 1
        else:
            if following == "hundred":
                scale, j = 100, j + 1
            big = _SCALES.get(_word(tokens, j) or "")
            if big is not None:
                scale, j = scale * big, j + 1
        year = _is_year_shaped(token) and scale == 1
        return _Exact(amount * scale, j, scale, year)
    parsed = _parse_number_words(tokens, i, in_between)
    if parsed is None:
        return None
    value, end, top = parsed
    if top == 1 and _word(tokens, end) == "dozen":
        return _Exact(value * 12, end + 1, 12, False)
    return _Exact(value, end, top, False)


def _parse_vague(tokens: Sequence[_Token], i: int) -> tuple[int, int] | None:
    """(least value, end) of "dozens", "hundreds of thousands", "several hundred"..."""
    token = tokens[i] if i < len(tokens) else None
    if token is not None and token.kind == "num" and token.suffix == "s":
        if token.text in ("100", "1000"):  # "100s of people" = hundreds
            return 2 * int(token.text), i + 1
        return None
    start = i
    if token is not None and token.text in _QUANTIFIER_FIRST:
        for quantifier in _VAGUE_QUANTIFIERS:
            end = _match(tokens, i, quantifier)
            if end is not None:
                start = end
                break
    head = _word(tokens, start) or ""
    unit = _VAGUE_PLURALS.get(head)
    if unit is None and start > i:  # "several hundred", "a few dozen"
        unit = _VAGUE_SINGULARS.get(head)
    if unit is None:
        return None
    j = start + 1
    product = last = unit
    while True:
        word = _word(tokens, j)
        if word in _SCALES and _SCALES[word] > last:  # "several hundred thousand"
            last = _SCALES[word]
            product, j = product * last, j + 1
        elif word in ("of", "upon") and _VAGUE_PLURALS.get(_word(tokens, j + 1) or "", 0) > last:
            last = _VAGUE_PLURALS[_word(tokens, j + 1) or ""]
            product, j = product * last, j + 2
        elif word == "upon" and _word(tokens, j + 1) in _VAGUE_PLURALS:
            j += 2  # "thousands upon thousands" is still thousands
        else:
            break
    return 2 * product, j


def _vague_quantifier_end(tokens: Sequence[_Token], i: int) -> int | None:
    """The end of a vague quantifier ("several", "many", "a handful of") at `i`, else None."""
    if i < len(tokens) and tokens[i].text in _QUANTIFIER_FIRST:
        for quantifier in _VAGUE_QUANTIFIERS:
            end = _match(tokens, i, quantifier)
            if end is not None:
                return end
    return None


def _match_any(tokens: Sequence[_Token], i: int, table: _PhraseTable) -> tuple[int, _Bound] | None:
    if i >= len(tokens):
        return None
    for phrase, bound in table.get(tokens[i].text, ()):
        end = _match(tokens, i, phrase)
        if end is not None:
            return end, bound
    return None


def _parse_postfix(tokens: Sequence[_Token], i: int) -> tuple[int, _Bound | None]:
    j = i
    if j < len(tokens) and tokens[j].kind == "dash" and _word(tokens, j + 1) in ("plus", "odd"):
        j += 1  # "100-plus", "forty-odd"
    hit = _match_any(tokens, j, _POSTFIXES)
    if hit is None:
        return i, None
    return hit


def _followed_by_unit(tokens: Sequence[_Token], end: int) -> bool:
    j = end
    if j < len(tokens) and tokens[j].kind == "dash":
        j += 1
    if j >= len(tokens):
        return False
    if tokens[j].text in ("%", "‰"):
        return True
    word = _word(tokens, j)
    if word == "per" and _word(tokens, j + 1) in ("cent", "centum"):
        return True
    return word in _UNIT_WORDS


def _preceded_by_non_count(tokens: Sequence[_Token], start: int, number: int) -> bool:
    if number >= 1 and tokens[number - 1].text in _CURRENCY_SIGNS:
        return True
    before = number - 2 if number >= 2 and tokens[number - 1].text == "." else number - 1
    if before >= 0 and tokens[before].text in _CURRENCY_WORDS:
        return True
    return _word(tokens, start - 1) in _AGE_WORDS


def _apply_bound(low: int, high: int | None, bound: _Bound) -> CasualtyCount:
    """The range after a modifier; `high` is None for plural round numbers ("dozens")."""
    if bound in (_Bound.EXACT, _Bound.APPROX):
        return CasualtyCount(low, high)
    if bound is _Bound.AT_LEAST:
        return CasualtyCount(low, None)
    if bound is _Bound.MORE_THAN:
        # "more than dozens" is still dozens: its least value is already a floor.
        return CasualtyCount(low + 1 if high is not None else low, None)
    if high is None:
        return _NOTHING
    if bound is _Bound.AT_MOST:
        return CasualtyCount(None, high)
    return CasualtyCount(None, max(high - 1, 0))


def _parse_singular(tokens: Sequence[_Token], i: int) -> int | None:
    """End of "a child", "an elderly man", "a Palestinian was killed"; None if not one."""
    if _word(tokens, i) not in ("a", "an", "another"):
        return None
    words = 0
    for j in range(i + 1, min(len(tokens), i + 10)):
        token = tokens[j]
        if token.kind in ("num", "dash"):
            continue  # "a 12-year-old boy"
        if token.kind != "word":
            return None
        word = token.text.removesuffix("'s")
        if word in _SINGULAR_PERSONS:
            if word == token.text and _word(tokens, j + 1) in _SINGULAR_PERSONS:
                continue  # "a local journalist", "a child soldier": the last noun is the one
            return _past_in_law(tokens, j + 1)
        if j == i + 1 and word in _PASSIVE_HARM and _word(tokens, i) == "another":
            return j + 1  # "... was killed and another injured": one more person
        if word in _LINKING_VERBS:
            if word in ("has", "had") and _word(tokens, j + 1) not in ("been", "died", "gone"):
                return None  # "a car bomb has killed 5": the article is the weapon's
            return _passive_harm_end(tokens, j + 1)
        if word in _PHRASE_BREAKS or word in _PLURAL_PERSONS:
            if word in _UNIT_NOUNS and _word(tokens, j + 1) in _SINGULAR_PERSONS:
                continue  # "a brigade commander", "a unit leader": one person of the unit
            return None
        words += 1
        if words > 4:
            return None
    return None


# ... and "staff" before its one person: "a WFP staff member died"
_UNIT_NOUNS: Final = _words(
    "battalion brigade squad platoon company unit team gang band group staff"
)


_POSSESSIVES: Final = frozenset({"her", "his", "their"})


def _with_kin(tokens: Sequence[_Token], end: int) -> CasualtyCount:
    """The count of one person (ending at `end`) and the people joined to them by a
    possessive: "a woman and her child" 2, "a farmer and his three sons" 4 (the gold
    reads "a mother and her eight-year-old son" as 2); "a man and his children" says
    no number (None/None); a person alone, or "a man and his car", 1."""
    if _word(tokens, end) != "and":
        return CasualtyCount(1, 1)
    counted: int | None = None
    if _word(tokens, end + 1) not in _POSSESSIVES:
        # "a commander and three of his bodyguards": a number of the person's own
        part = _parse_exact(tokens, end + 1, frozenset()) if end + 1 < len(tokens) else None
        if (
            part is None
            or part.value.denominator != 1
            or _word(tokens, part.end) != "of"
            or _word(tokens, part.end + 1) not in _POSSESSIVES
        ):
            return CasualtyCount(1, 1)
        for k in range(part.end + 2, min(len(tokens), part.end + 5)):
            word = _word(tokens, k)
            if word is None or word in _PHRASE_BREAKS:
                break
            if word in _PLURAL_PERSONS:
                return CasualtyCount(1 + int(part.value), 1 + int(part.value))
        return CasualtyCount(1, 1)
    j = end + 2
    exact = _parse_exact(tokens, j, frozenset()) if j < len(tokens) else None
    if (
        exact is not None
        and exact.value.denominator == 1
        and not (exact.end < len(tokens) and tokens[exact.end].kind == "dash")
    ):
        counted, j = int(exact.value), exact.end  # "two sons" (not "eight-year-old son")
    for k in range(j, min(len(tokens), j + 8)):
        token = tokens[k]
        if token.kind in ("num", "dash"):
            continue  # "her 12-year-old son"
        if token.kind != "word" or token.text in _PHRASE_BREAKS:
            break
        word = token.text.removesuffix("'s")
        if word in _SINGULAR_PERSONS:
            return CasualtyCount(1 + (counted or 1), 1 + (counted or 1))
        if word in _PLURAL_PERSONS:
            if counted is None:
                return CasualtyCount(None, None)
            return CasualtyCount(1 + counted, 1 + counted)
    return CasualtyCount(1, 1)


def _passive_harm_end(tokens: Sequence[_Token], i: int) -> int | None:
    for j in range(i, min(len(tokens), i + 4)):
        word = _word(tokens, j)
        if word in _PASSIVE_HARM:
            return j + 1
        if word not in _PASSIVE_FILLERS:
            return None
    return None


def _parse_zero(tokens: Sequence[_Token], i: int) -> int | None:
    """End of "no one", "nobody", "none", "no civilians"; None if not a zero."""
    word = _word(tokens, i)
    if word in ("nobody", "none", "noone"):
        return i + 1
    if word != "no":
        return None
    end = _match(tokens, i, ("no", "one"))
    if end is not None:
        return end
    for j in range(i + 1, min(len(tokens), i + 4)):
        after = _word(tokens, j)
        if after is None or after in _PHRASE_BREAKS:
            return None
        if after in _PLURAL_PERSONS or after in _SINGULAR_PERSONS or after in _CASUALTY_WORDS:
            return j + 1
    return None


@dataclass(frozen=True)
class _Candidate:
    count: CasualtyCount
    weak_year: bool  # a bare year-like number: a count only if nothing better follows


def _parse_candidate(
    tokens: Sequence[_Token], i: int, skip: frozenset[int]
) -> tuple[_Candidate | None, int]:
    """The number expression starting at `i` and the index to resume scanning from."""
    j = i
    explicit_range = False
    if j < len(tokens) and tokens[j].text in _RANGE_FIRST:
        for starter in _RANGE_STARTERS:
            end = _match(tokens, j, starter)
            if end is not None:
                j, explicit_range = end, True
                break
    bound = _Bound.EXACT
    modified = False
    for _ in range(4):  # "at least an estimated 500"
        hit = _match_any(tokens, j, _PREFIXES)
        if hit is None:
            break
        j, found = hit
        modified = True
        if bound in (_Bound.EXACT, _Bound.APPROX) and found is not _Bound.EXACT:
            bound = found
    number = j
    if number >= len(tokens):
        return None, i + 1

    vague = _parse_vague(tokens, number)
    if vague is not None:
        least, end = vague
        end, post = _parse_postfix(tokens, end)
        if _followed_by_unit(tokens, end):
            return None, end
        return _Candidate(_apply_bound(least, None, post or bound), False), end

    if not modified and not explicit_range and (i == 0 or _word(tokens, i - 1) not in _DETERMINERS):
        # "Several people, including a police officer, were killed": a vague count opens the
        # figure, and no number after it counts the people (guideline: "several", "many" are
        # null/null; quant69)
        quantifier = _vague_quantifier_end(tokens, number)
        if quantifier is not None:
            return _Candidate(_NOTHING, False), quantifier
    first = _parse_exact(tokens, number, skip, in_between=explicit_range)
    if first is None:
        if explicit_range or modified:
            return None, i + 1
        end = _parse_zero(tokens, i)
        if end is not None:
            return _Candidate(CasualtyCount(0, 0), False), end
        end = _parse_singular(tokens, i)
        if end is not None:
            return _Candidate(_with_kin(tokens, end), False), end
        return None, i + 1

    low, high, end, second = _parse_range_tail(tokens, first, explicit_range, skip)
    end, post = _parse_postfix(tokens, end)
    if post is not None:
        bound = post
    spans_skip = any(k in skip for k in range(number, end))
    if (
        spans_skip
        or _followed_by_unit(tokens, end)
        or _preceded_by_non_count(tokens, i, number)
        or low.denominator != 1
        or high.denominator != 1
        or low < 0
    ):
        return None, end
    weak_year = (
        bound is _Bound.EXACT
        and not modified
        and first.year_shaped
        and (second is None or second.year_shaped)
        and not _counted_thing_follows(tokens, end)
    )
    count = _apply_bound(int(low), int(high), bound)
    return _Candidate(count, weak_year), end


def _parse_range_tail(
    tokens: Sequence[_Token], first: _Exact, explicit: bool, skip: frozenset[int]
) -> tuple[Fraction | int, Fraction | int, int, _Exact | None]:
    """(low, high, end, second number) for "A-B", "A to B", "between A and B"..."""
    single = (first.value, first.value, first.end, None)
    j = first.end
    if j >= len(tokens) or _parse_postfix(tokens, j)[1] is not None:
        return single
    joiner = tokens[j]
    connectors = ("to", "or", "and") if explicit else ("to", "or")
    if not (joiner.kind == "dash" or (joiner.kind == "word" and joiner.text in connectors)):
        return single
    second = _parse_exact(tokens, j + 1, skip)
    if second is None:
        return single
    low = first.value
    if first.scale == 1 and second.scale > 1 and low * second.scale <= second.value:
        low *= second.scale  # "2 to 3 million": the scale belongs to both ends
    high = second.value
    if high < low:
        if not explicit:
            return single  # "408 - 100 of them children" is not a range
        low, high = high, low
    return low, high, second.end, second


# --------------------------------------------------------------------------- public API


def parse_number(token_text: str) -> int | None:
    """The whole number that all of `token_text` spells, or None.

    Accepts digits with thousands separators ("1,240", "1 240" with a
    non-breaking space, "1.240"), decimals with a scale ("1.2 million", "3m",
    "5k"), words from "zero" to the billions ("twenty-two", "three hundred and
    five", "a thousand"), and dozens ("a dozen", "two dozen", "half a dozen").
    Surrounding spaces are ignored; case is not significant. Returns None for
    anything else: extra words ("at least 5"), vague amounts ("dozens"), values
    that are not whole ("2.5"), negative numbers, ordinals ("3rd"). Never raises.
    """
    tokens = _tokenize(token_text)
    if not tokens:
        return None
    exact = _parse_exact(tokens, 0, frozenset())
    if exact is None or exact.end != len(tokens) or exact.value.denominator != 1:
        return None
    return int(exact.value)


def parse_casualty(phrase: str) -> CasualtyCount:
    """The count range of the first number expression in `phrase`.

    Follows the annotation guideline in this module's docstring: exact numbers
    give low == high, "at least N" gives N/None, "up to N" gives None/N, plural
    round numbers ("hundreds") give their least value and no upper bound, a
    singular article with a person noun ("a child was killed") gives 1/1, and
    with the people a possessive joins to that person, all of them ("a woman and
    her two sons" 3/3, as the gold counts them; "a man and his children" None/None).
    A second counted group after "and" is added ("14 women and six children" 20/20),
    and an aside bounds an open count ("at least 10, possibly as many as 12" 10/12).
    Returns CasualtyCount(None, None) when the phrase holds no count. Never
    raises; low <= high whenever both are set.
    """
    tokens = _tokenize(phrase)
    skip = _not_count_numerals(tokens)
    fallback: CasualtyCount | None = None
    i = 0
    while i < len(tokens):
        candidate, resume = _parse_candidate(tokens, i, skip)
        if candidate is not None:
            if not candidate.weak_year:
                count = _with_second_group(tokens, resume, skip, candidate.count)
                return _with_upper_aside(tokens, resume, skip, count)
            if fallback is None:
                fallback = candidate.count
        i = max(resume, i + 1)
    return fallback if fallback is not None else _NOTHING


def _person_within(tokens: Sequence[_Token], start: int, stop: int) -> int | None:
    """Index after the first person noun among the words of tokens[start:stop]."""
    for j in range(start, min(len(tokens), stop)):
        token = tokens[j]
        if token.kind == "dash":
            continue
        if token.kind != "word":
            return None
        word = token.text.removesuffix("'s")
        if word in _PLURAL_PERSONS or word in _SINGULAR_PERSONS:
            return _past_in_law(tokens, j + 1)
    return None


def _past_in_law(tokens: Sequence[_Token], j: int) -> int:
    """Index after a kin noun's "-in-law" ("a brother-in-law", split by the tokenizer at its
    hyphens) where one starts at `j`, else `j` (list67)."""
    if (
        j + 3 < len(tokens)
        and tokens[j].kind == "dash"
        and tokens[j + 1].text == "in"
        and tokens[j + 2].kind == "dash"
        and tokens[j + 3].text == "law"
    ):
        return j + 4
    return j


def _with_second_group(
    tokens: Sequence[_Token], i: int, skip: frozenset[int], count: CasualtyCount
) -> CasualtyCount:
    """`count` with a second counted group added: "14 women and six children" is 20,
    "seven soldiers and a civilian" 8. Only when the first figure's people end right
    before "and" and an exact figure of people follows it ("two brothers aged 9 and
    12" is two; "a woman and her two sons" was counted whole already)."""
    if count.low is None and count.high is None:
        return count
    if (
        _word(tokens, i + 1) == "and"
        and i < len(tokens)
        and tokens[i].kind == "word"
        and tokens[i].raw[:1].isupper()
        and i + 3 < len(tokens)
        and tokens[i + 3].raw[:1].isupper()
    ):
        # "two Egyptian and one Nepalese peacekeeper": two nationalities sharing the noun
        shared, end = _parse_candidate(tokens, i + 2, skip)
        if (
            shared is not None
            and shared.count.low is not None
            and shared.count.low == shared.count.high
            and end == i + 3
            and _person_within(tokens, end, end + 3) is not None
        ):
            add = shared.count.low
            return CasualtyCount(
                None if count.low is None else count.low + add,
                None if count.high is None else count.high + add,
            )
    if (
        count.low == count.high == 1
        and i > 0
        and _word(tokens, i) == "and"
        and (
            _is_person(_word(tokens, i - 1))
            or (_word(tokens, i - 1) == "law" and _word(tokens, i - 3) == "in")
        )
    ):
        people_end: int | None = i  # "a soldier and two civilians": the one person read
    else:
        people_end = _person_within(tokens, i, i + 3)
    if people_end is None or _word(tokens, people_end) != "and":
        return count
    if count.low is not None and count.low > 1 and _word(tokens, people_end + 1) in _POSSESSIVES:
        # "two engineers and their driver" 3, "three farmers and their two sons" 5
        own = _kin_of_a_group(tokens, people_end + 2)
        if own is None:
            return count
        return CasualtyCount(count.low + own, None if count.high is None else count.high + own)
    second, end = _parse_candidate(tokens, people_end + 1, skip)
    if (
        second is None
        or second.weak_year
        or second.count.low is None
        or second.count.low != second.count.high
        or (second.count.low > 1 and _person_within(tokens, end, end + 3) is None)
    ):
        return count
    add = second.count.low
    return CasualtyCount(
        None if count.low is None else count.low + add,
        None if count.high is None else count.high + add,
    )


def _kin_of_a_group(tokens: Sequence[_Token], j: int) -> int | None:
    """How many people a possessive's noun phrase from `j` counts ("driver" 1, "two sons"
    2); None for a plural without a number ("their children") or no person."""
    counted: int | None = None
    exact = _parse_exact(tokens, j, frozenset()) if j < len(tokens) else None
    if exact is not None and exact.value.denominator == 1:
        counted, j = int(exact.value), exact.end
    for k in range(j, min(len(tokens), j + 3)):
        token = tokens[k]
        if token.kind != "word" or token.text in _PHRASE_BREAKS:
            return None
        if token.text in _SINGULAR_PERSONS:
            return counted or 1
        if token.text in _PLURAL_PERSONS:
            return counted
    return None


def _with_upper_aside(
    tokens: Sequence[_Token], i: int, skip: frozenset[int], count: CasualtyCount
) -> CasualtyCount:
    """`count` with the upper bound an aside gives it: "at least 10 people, and possibly
    as many as 12," is 10/12, "at least 10 and as many as 12" too. Only an open-ended count
    takes one, only from the next number expression, after a comma, bracket or dash (or
    "and" right before "as many as"/"up to"), and only one not below its low. A hedged
    figure ("perhaps 20", "possibly 14") is an upper bound as well, and gives an exact
    count a range: "15, perhaps 20, people" is 15/20, as "15 or 20 people" is."""
    if count.low is None:
        return count
    aside = False
    hedged = False
    words_before = 0
    for j in range(i, min(len(tokens), i + 10)):
        token = tokens[j]
        if token.kind == "dash" or token.text in (",", "("):
            aside = True
        elif (
            not aside
            and token.text == "and"
            and count.high is None
            and any(
                (_match_any(tokens, k, _PREFIXES) or (0, None))[1] is _Bound.AT_MOST
                for k in (j + 1, j + 2)
                if k == j + 1 or _word(tokens, j + 1) in _HEDGES
            )
        ):
            aside = True  # "at least 10 and as many as 12"
        elif aside and token.kind == "word" and token.text in _ASIDE_WORDS:
            hedged = hedged or token.text in _HEDGES
            continue
        elif aside and (token.kind == "num" or token.text in _PREFIXES or hedged):
            candidate, end = _parse_candidate(tokens, j, skip)
            if candidate is None or candidate.weak_year:
                return count
            high = candidate.count.high
            exact = candidate.count.low is not None and candidate.count.low == high
            if candidate.count.low is not None and not (hedged and exact):
                return count
            if count.high is not None and not (hedged and exact):
                return count
            after = _word(tokens, end)
            shared = words_before == 0 and _is_person(after)  # "10 and up to 12 herders"
            if high is None or high < count.low or (_counts_own(after) and not shared):
                return count  # "at least 5 killed, up to 40 injured": a figure of its own
            if after == "of":
                return count  # "12 people, perhaps 14 of them children": a part
            if count.high is not None and high <= count.high:
                return count  # "12, perhaps 14 of them children": a part, not a bound
            return CasualtyCount(count.low, high)
        elif not aside and token.kind == "word" and words_before < 3:
            words_before += 1  # the victims before the aside: "at least 10 people, ..."
        else:
            return count
    return count


def _is_person(word: str | None) -> bool:
    return word is not None and (word in _PLURAL_PERSONS or word in _SINGULAR_PERSONS)


def _counts_own(word: str | None) -> bool:
    return word is not None and (
        word in _PLURAL_PERSONS or word in _SINGULAR_PERSONS or word in _CASUALTY_WORDS
    )


# The words of an aside that names an upper bound: ", and possibly as many as 12".
_ASIDE_WORDS: Final = _words("and or but possibly perhaps maybe probably potentially likely even")
# The words that make a bare figure in an aside an upper bound: "15, perhaps 20,".
_HEDGES: Final = _words("possibly perhaps maybe probably potentially likely even")


@lru_cache(maxsize=1024)
def _keyword_text(phrase: str) -> str:
    # Cached: the kind and the victims of one phrase both read it.
    return " ".join(_clean(phrase).translate(_DASHES_TO_HYPHEN).lower().split())


_KIND_PATTERNS: Final = (
    (
        "killed",
        re.compile(
            r"\b(?:kill(?:ed|ings?|s)?|dead|deceased|die|died|dies|dying|deaths?|fatalit(?:y|ies)"
            r"|fatally"
            r"|massacred?|massacres|massacring|slain|slaughter(?:ed|ing|s)?|murder(?:s|ed|ing)?"
            r"|homicides?"
            r"|assassinat(?:ed|ing|ions?|es|e)"
            r"|execut(?:ed|ing|ions?)|perished|bodies"
            # how armies report enemy dead (the guideline counts them killed)
            r"|neutrali[sz](?:ed|ing|es|e)"
            # ... and officials' other words for it, and killings said by their manner
            r"|eliminat(?:ed|ing|es|e)|martyr(?:ed|dom)|shahadat|succumb(?:ed|s|ing)?"
            r"|gunned down|burn(?:ed|t|s|ing)? (?:[\w,-]+ ){0,5}?alive|behead(?:ed|ings?|s)?"
            # "eleven passengers were burnt beyond recognition": dead, as the bodies were
            r"|burn(?:ed|t) beyond recognition"
            r"|electrocuted|suffocated|asphyxiated|buried alive"
            # (every form the suggester's verbs and nouns take: "lynches two", "the
            # lynchings of"; lexcas64)
            r"|lynch(?:ed|ings?|es)|to death|to hell|hanged"
            r"|corpses|remains of|lost (?:their|his|her|its) li(?:fe|ves)"
            r"|lives (?:were |have been )?lost"
            r"|claimed the li(?:fe|ves))\b"
        ),
    ),
    (
        "injured",
        re.compile(
            r"\b(?:wound(?:ed|s|ing)?|injur(?:ed|y|ies|ing|es|e)|hurt|maim(?:ed|s|ing)?|hospitali[sz]ed"
            # the injured said by where they lie: "taken to hospital", "remain in hospital"
            r"|(?:taken|rushed|admitted|airlifted|evacuated|flown|brought) to"
            r" (?:[\w'-]+ ){0,3}?hospitals?|(?:treated|recovering|remain(?:s|ed)?|still) in"
            r" (?:[\w'-]+ ){0,3}?hospitals?"
            # "five others were receiving treatment": the wounded said by their care
            r"|(?:receiving|undergoing) (?:medical )?treatment"
            # "were shot": a gunshot wound, unless the words say they died of it
            r"|amputees?|shot(?! dead| and killed| to death| down| at\b)"
            # ... nor killed by it: "was shot in the head and killed" (s66)
            r"(?!(?: [\w,-]+){1,5} (?:dead|killed)\b)"
            # "was stabbed": a knife wound, unless stabbed (two guards) to death (perp66)
            r"|stabbed(?!(?: [\w,-]+){0,5} (?:dead|to death|killed)\b))\b"
        ),
    ),
    (
        "missing",
        re.compile(
            r"\b(?:missing|unaccounted(?: for)?|disappeared|disappearances?|abducted|kidnapped"
            r"|vanished"
            # "four inmates had not been accounted for" (CAS72A): unaccounted for, said long
            r"|not (?:yet )?(?:been )?accounted for"
            r"|abductions?"
            r"|(?:taken|held) hostage|hostages?|(?:under|beneath) (?:the )?rubble)\b"
        ),
    ),
    (
        "displaced",
        re.compile(
            r"\b(?:displac(?:ed|es|e|ing|ement)|fled|flee(?:s|ing)?"
            r"|(?:forced|driven) (?:from|out of) their homes|forced to (?:flee|leave|relocate|move)"
            r"|(?:forced|driven|chased|pushed) (?:from|out of) (?:their|the|its) (?:homes?"
            r"|houses?|villages?|towns?|city|area|region|camps?|districts?|lands?"
            r"|neighbou?rhoods?|valley|province)"
            # "forced 1,500 people from their homes": the people between verb and homes
            r"|(?:forc(?:e|es|ed|ing)|dr(?:ove|iven|ives?|iving)) .{1,60}? (?:from|out of) "
            r"their (?:homes|villages|towns|land)"
            r"|(?:forc(?:e|es|ed|ing)|dr(?:ove|iven|ives?|iving)) .{1,60}? into (?:the )?"
            r"(?:bush|forests?|hills|mountains|hiding|exile)"
            # expelled from their homes, evicted (guideline session 31, point 3)
            r"|expel(?:s|led|ling)? (?:.{1,60}? )?(?:from|out of) (?:their |the |its )?(?:homes?"
            r"|houses?|villages?|towns?|lands?|farms?|plots?|estates?|ranch(?:es)?|propert(?:y|ies)"
            r"|settlements?)|evict(?:ed|s|ing|ions?)?"
            # ("evacuating 20 traders", a headline's "evacuates 300": lexcas64)
            r"|refugees?|evacuat(?:ed|ing|es)|evacuees?|evacuations?|homeless|uproot(?:ed|s|ing)?"
            r"|lost (?:their|his|her) (?:homes?|houses?)"
            r"|(?:leave|abandon(?:ed)?) (?:their|his|her) (?:homes?|houses?|villages?)"
            # "40 families have left": households gone from their homes
            r"|(?:families|households) (?:have |had )?left"
            r"|(?:taken|sought|took|seek|seeking) (?:refuge|shelter))\b"
        ),
    ),
)
# Nouns that carry a kind of their own ("refugees" displaced, "hostages" missing), and
# the killing or wounding that may be said of them afterwards.
_KIND_NOUN: Final = re.compile(
    r"(?:refugees?|evacuees?|hostages?|idps"
    # "nine displaced people were killed in the camp": who they were, not what befell them
    r"|displaced (?:people|persons|civilians|families|residents|villagers|women|children)"
    # "six kidnapped farmers were found dead": the captivity says who they were
    r"|(?:kidnapped|abducted) (?!(?:and|or|by|in|on|from|at|to|during|after)\b)[a-z-]+)\b"
)
_HARM_AFTER_NOUN: Final = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|dead|died|dies|deaths?|slain|perished|executed|murdered"
    r"|massacred|shot dead|wound(?:ed|s)?|injur(?:ed|ies|y)|hurt|maimed"
    # "six refugees were missing": the refugees went missing
    r"|missing|unaccounted|disappeared|vanished)\b"
)
# "three martyrs": the dead, when the figure's own last words are a count and "martyrs"
# (lexcas64), never those held ("arrested 5 would-be martyrs", kind of main) nor a name
# inside a span ("two Al-Aqsa Martyrs Brigades commanders"; the phrase is lower-cased;
# fixr64e).
_MARTYRS_COUNTED: Final = re.compile(
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?"
    r"|millions?) martyrs$"
)
_HELD_WORDS: Final = re.compile(
    r"\b(?:arrest|detain|captur|apprehend|seiz|jail|imprison|custody|held\b|hold\b)"
)
# A death said after the injury: the injured person died of it.
_DIED_LATER: Final = re.compile(r"\b(?:died|dies|succumb(?:ed|s)?|perished)\b")
_OTHER_KIND: Final = re.compile(r"\b(?:casualt(?:y|ies)|victims?|affected|toll|losses|harmed)\b")


def last_casualty_kind(text: str) -> str | None:
    """The kind of the last harm word in `text` (killed, injured, missing, displaced), or None.

    Where casualty_kind reads a phrase (its earliest specific word wins), this reads what a
    clause said last: "killed three and wounded 12" -> "injured", the harm that "two of
    whom" after it would count a part of.
    """
    words = _keyword_text(text)
    best: tuple[int, str] | None = None
    for kind, pattern in _KIND_PATTERNS:
        if kind == "other":
            continue
        for found in pattern.finditer(words):
            if best is None or found.start() > best[0]:
                best = (found.start(), kind)
    return best[1] if best is not None else None


def casualty_kind(phrase: str) -> str | None:
    """The kind of harm `phrase` reports, or None if it names none.

    "killed" (killed, dead, deceased, died, deaths, death toll, fatalities, massacred,
    executed, murdered, neutralised, eliminated, martyred, succumbed, gunned down,
    hacked to death, lost their lives...), "injured" (wounded,
    injured, hurt, injuries, maimed, "shot" without "dead" or "killed"),
    "missing" (missing, unaccounted for, disappeared, abducted, kidnapped,
    hostages, under the rubble), "displaced" (displaced, fled, forced from
    their homes, refugees, evacuated, homeless). "other" for words that say
    harm without its kind: casualties, victims, affected, toll, losses.
    When several specific kinds appear the earliest wins ("killed and
    wounded" -> "killed"); a specific kind always beats "other". Keyword
    based: negation is not read ("no one was killed" -> "killed").
    """
    text = _keyword_text(phrase)
    best: tuple[int, str] | None = None
    for kind, pattern in _KIND_PATTERNS:
        found = pattern.search(text)
        if found is not None and (best is None or found.start() < best[0]):
            best = (found.start(), kind)
    if (
        (best is None or best[1] == "other")
        and _MARTYRS_COUNTED.search(text) is not None
        and _HELD_WORDS.search(text) is None
    ):
        return "killed"  # "a toll of three martyrs"
    if best is not None and best[1] in ("displaced", "missing"):
        # "three refugees were killed", "two hostages died": the noun names who they were,
        # the harm said after it is what befell them.
        noun = _KIND_NOUN.match(text, best[0])
        if noun is not None:
            harm = _HARM_AFTER_NOUN.search(text, noun.end())
            if harm is not None:
                return casualty_kind(harm.group(0)) or best[1]
    if best is not None and best[1] == "injured" and _DIED_LATER.search(text, best[0]):
        return "killed"  # "a critically injured soldier succumbed": the wounded died
    if best is not None:
        return best[1]
    return "other" if _OTHER_KIND.search(text) else None


# Both open with "(?<!\w)(?=[a-z])", which is "\b" before the first letter of their
# (lower-case) words: tried only where a word starts, never at a word's end, it halves
# the search time of these long alternations over a sentence.
_CIVILIAN_PATTERN: Final = re.compile(
    # "civilian auxiliaries of the army" are armed volunteers, not civilians
    r"(?<!\w)(?=[a-z])(?:civilians?(?!\s+auxiliaries)|children|child|kids?|boys?|girls?"
    r"|bab(?:y|ies)|infants?|toddlers?"
    r"|newborns?|minors?|teen(?:ager)?s?|wom[ae]n(?!\s+(?:cadres?|fighters?|soldiers?|combatants?"
    r"|militants?|rebels?|officers?|police|guerrillas?|troops|commanders?))|residents?"
    r"|villagers?|inhabitants?"
    r"|patients?|(?:aid|humanitarian|relief|health|healthcare|medical|rescue|media|un"
    r"|construction|factory|farm) (?:workers?|staff(?:ers)?)|workers?|labou?rers?|medics?|doctors?"
    r"|nurses?|paramedics?|journalists?|reporters?|correspondents?|photographers?"
    r"|camera(?:m[ae]n|persons?)"
    # a body's staff and employees ("11 United Nations staff members", "two of its own
    # staff were detained"), never an army's or a police force's, nor a chief of staff
    r"|(?<!military )(?<!security )(?<!army )(?<!police )(?<!defen[cs]e )(?<!of )"
    r"(?:staff(?: members?|ers?)?|employees?)"
    r"|teachers?|students?|pupils?|schoolchildren|worship(?:p)?ers?|pilgrims?|farmers?"
    r"|shepherds?|fisherm[ae]n|passengers?|pedestrians?|bystanders?|porters?|passers-?by"
    r"|onlookers?"
    # "refugee camps" is a place, not its people
    r"|refugees?(?!\s+(?:camps?|settlements?|agenc(?:y|ies)|commission|council|crisis))"
    # ... never an army's auxiliaries: "soldiers and volunteers were killed"
    # ... nor a guard's: "a home guard volunteer" is an armed auxiliary
    r"|(?<!soldiers and )(?<!troops and )(?<!army and )(?<!guard )"
    r"volunteers?(?!\s+(?:fighters?|soldiers?|battalions?|units?|forces|militi))"
    # people coming home after flight, and men and women of religion
    r"|returnees?|monks?|novices?|nuns?|priests?|imams?|clerics?|herdsm[ae]n"
    # one official named by office ("a village official"); "local officials" are sources
    r"|(?:village|local|district|municipal|election|town|city|council|tribal) official\b"
    r"|famil(?:y|ies)|elderly|pensioners?|non-?combatants?|non combatants?|firefighters?"
    r"|rescuers?|shoppers?|protesters?|demonstrators?|migrants?|mothers?|fathers?"
    r"|daughters?|sons?|wives|wife|husbands?"
    # campaigners and civil trades; a soldier's trade ("combat engineers", "tank
    # drivers") is in _COMBATANT instead
    r"|(?:rights |human rights |political |student |environmental )?activists?"
    r"|(?<!combat )(?<!military )(?<!army )engineers?"
    # a business's people: "abducted a bank manager"
    r"|(?:bank|hotel|shop|store|factory|farm|mine|site|project|branch|station) managers?"
    r"|(?<!tank )(?<!military )(?<!army )drivers?"
    r"|(?:community|religious|social|civic|civil society|indigenous|opposition) leaders?"
    r"|congregants?|farm ?workers?"
    # kin and trades a list of the dead names ("a hotel cook", "a petrol station attendant",
    # list67)
    r"|nieces?|aunts?|cooks?|waiters?|mechanics?|bakers?|apprentices?|attendants?"
    r"|(?:shop|farm|ranch|business|store|restaurant|bar|hotel|land|home|house) ?owners?"
    # elected people and politicians ("among the dead was a former MP")
    r"|mps?|lawmakers?|legislators?|senators?|councill?ors?|mayors?|politicians?)\b"
)
_CIVILIAN: Final = PrefilteredPattern(_CIVILIAN_PATTERN)
# Agents and sources ("army shelling", "police said", "gunmen opened fire") are
# left out: in news phrases they name who did the harm, not who suffered it.
_COMBATANT_PATTERN: Final = re.compile(
    r"(?<!\w)(?=[a-z])(?:soldiers?|troops?|fighters?(?! (?:jets?|planes?|aircraft))"
    # "militant attacks" names the attackers' kind, not the victims
    r"|militants?(?! (?:attacks?|violence|groups?|activity|networks?|hideouts?|camps?))"
    # movements' members named by their creed, cadres and a group's remnants
    r"|maoists?|naxal(?:ite)?s?|cadres?|remnants|gang ?members?|gangsters?"
    # "members of the militia", "members of an armed group"
    # ("members of Syria's security forces": a possessive among the words)
    r"|members? of (?:the |a |an |its |their )?(?:so-called )?(?:[\w'-]+ ){0,3}?(?:militias?"
    r"|armed groups?"
    # a village's armed guards: "members of the local vigilance committee"
    r"|(?:vigilance|self-defen[cs]e|vigilante) (?:groups?|committees?|brigades?|units?|forces?)"
    r"|gangs?|rebel groups?|insurgent groups?|forces|army|military|police|gendarmerie"
    # a criminal outfit by its kind: "members of the so-called El Peru syndicate"
    r"|syndicates?|cartels?|mafias?|(?:drug|smuggling|trafficking|criminal) (?:rings?|networks?)"
    # "members of the dissident faction", "of the extremist group", of what a statement
    # called "an armed group"
    r"|factions?|(?:extremist|jihadist|militant|terrorist|islamist|separatist|insurgent"
    r"|criminal|dissident|guerrilla) (?:groups?|cells?|organi[sz]ations?|movements?"
    r"|outfits?|networks?|bands?))"
    r"|members? of what (?:it|they|the \w+) (?:called|calls|described as|termed) "
    r"[\"\u201c\u2018]?(?:an? )?(?:[\w-]+ ){0,2}?(?:armed|terrorist|criminal|extremist)"
    # "four suspected members of ...", "three suspected al-Qaeda members": how police and
    # armies name the men of an armed group or a gang
    r"|suspected (?:[\w-]+ ){0,2}?members?"
    # a commander's or a group's own men, their comrades, ranks
    r"|(?:his|their|its|our) (?:own )?men|comrades?|rangers?|(?<!the )guards?"
    r"|captains?|sergeants?|lieutenants?|corporals?|colonels?|brigadiers?|gendarmes?|recruits?"
    r"|jawans?|vdps?"
    r"|peacekeepers?"
    r"|(?<!non-)(?<!non )combatants?|servicem[ae]n|servicewom[ae]n"
    # an armed group's kind before what it did or held names the attackers, not the
    # victims: "jihadist raids leave 23 dead", "a rebel attack", "rebel-held"
    r"|(?:rebels?|insurgents?|guerrillas?|jihadists?)(?![ -](?:attacks?|raids?|assaults?"
    r"|offensives?|ambush(?:es)?|violence|shelling|strikes?|fire|positions?|bases?|camps?"
    r"|groups?|movements?|held|controlled|run|territory|spokesm[ae]n|sources?)\b)"
    r"|service ?members?|militiam[ae]n|militia members?"
    r"|paramilitar(?:y|ies)|police ?(?:officers?|m[ae]n|wom[ae]n|personnel)|policem[ae]n"
    # police by rank: "a police inspector", "two police superintendents"
    r"|police (?:inspectors?|superintendents?|commissioners?)"
    r"|policewom[ae]n"
    r"|(?:security|military|army) (?:personnel|officers?)|officers?|marines?|paratroopers?"
    # a named force's people: "two Assam Rifles personnel", "three Frontier Corps personnel"
    r"|(?:rifles|scouts|corps|regiment|battalion|brigade|constabulary|gendarmerie|guards?|force"
    r"|forces|navy|police) personnel"
    # "a police agent", "two federal agents": armed agents of a state
    r"|(?:police|security|federal|border|intelligence|customs|prison) agents?"
    r"|airmen|commanders?|conscripts?|reservists?|mercenar(?:y|ies)"
    r"|(?:border|national|republican|coast) guards?(?:m[ae]n)?|guardsm[ae]n|snipers?"
    # a group's or a service's operatives; a soldier's trade
    r"|operatives?|troopers?|sappers?|(?:combat|military|army) engineers?"
    r"|(?:tank|military|army) drivers?|constables?|cadets?"
    # armed guards of a village, and soldiers held by the enemy
    r"|vigilantes?|prisoners? of war|pows"
    # armed volunteers who fight beside an army ("soldiers and civilian auxiliaries")
    r"|auxiliaries"
    r"|(?:vigilance|self-defen[cs]e) (?:group|committee) members?"
    # "killed 11 armed men"
    r"|armed (?:m[ae]n|youths?|assailants?|individuals?|elements))\b"
)
_COMBATANT: Final = PrefilteredPattern(_COMBATANT_PATTERN)
# "Police" is the agent or the source ("police said", "police fired"), except counted:
# "three police were killed", "dozens of riot police were hurt".
_COUNTED_POLICE: Final = re.compile(
    r"(?:\b\d[\d,]*|\b(?:"
    + "|".join([*_UNITS, *_TENS, "dozens of", "scores of", "hundreds of", "several", "many"])
    + r"))\s+(?:(?:border|riot|traffic|military|federal|state|local|off-duty|auxiliary)\s+)?"
    r"police\b(?!\s+(?:said|say|says|stations?|headquarters|chiefs?|spokes\w+|officials?"
    r"|sources?|reports?|statements?|records?|figures?))"
)
_PEOPLE: Final = re.compile(
    r"\b(?:people|persons?|individuals?|victims?|m[ae]n|bodies|adults?|others|detainees?"
    r"|prisoners?|hostages?|staff|citizens?|nationals?|locals?|casualt(?:y|ies)|dead"
    r"|injured|wounded|missing|displaced)\b"
)


def casualty_victims(phrase: str, *, people_only: bool = False) -> str | None:
    """Who the victims in `phrase` are: "civilian", "combatant", "mixed" or "unknown".

    "civilian" for civilians, children, women, residents, villagers, patients,
    aid workers, journalists and the like; "combatant" for soldiers, troops,
    fighters, militants, rebels, servicemen, police officers and the like;
    "mixed" when both groups are named. "unknown" when the phrase speaks of
    victims without saying which (people, victims, bodies, a bare count or
    casualty word: "408 killed"). None when there is nothing to say: no person,
    no casualty word, no count. Words naming who did the harm or who spoke
    ("army", "military", "police", "gunmen") are not read as victims.
    With `people_only`, a phrase naming neither civilians nor combatants gives
    None at once, without reading its kind and count (the cheap test for a
    long sentence).
    """
    text = _keyword_text(phrase)
    civilian = _CIVILIAN.search(text) is not None
    combatant = _COMBATANT.search(text) is not None or (
        "police" in text and _COUNTED_POLICE.search(text) is not None
    )
    if civilian and combatant:
        return "mixed"
    if civilian:
        return "civilian"
    if combatant:
        return "combatant"
    if people_only:
        return None
    if (
        _PEOPLE.search(text)
        or casualty_kind(phrase) is not None
        or parse_casualty(phrase) != _NOTHING
    ):
        return "unknown"
    return None


# A figure that counts harms, not people (cas73b): a toll ("put the toll at 31", "the death
# toll rose to 19", "the number of dead had risen to 17"), a part of the wounded or the
# dead ("Four of the injured", "twenty-three of the wounded"), or deaths counted as events
# ("reported seven deaths", "1,600 killings", "15 cases of enforced disappearance"). Such a
# figure names nobody: the guideline leaves it `unknown` though its clause names civilians
# (a toll "counts harms and stays unknown after a civilian figure", dev 48 of 51; "N of the
# wounded" with no noun of its own, CAS42-CAS50). Its own noun still decides ("the toll
# among civilians", "five of the wounded children"): the caller reads the phrase first.
_HARM_TALLY_CAS73B: Final = re.compile(
    r"\btoll\b"
    r"|\bnumber\s+of\s+(?:the\s+)?(?:dead|deaths|killed|fatalities|casualties|wounded|injured)\b"
    r"|^(?:(?:at\s+least|at\s+most|about|around|some|nearly|almost|more\s+than|over)\s+)?"
    r"[\w,-]+\s+of\s+(?:the|those)\s+(?:wounded|injured|dead|deaths|killed|fatalities"
    r"|casualties)\b"
    r"|^(?:(?:at\s+least|at\s+most|about|around|some|nearly|almost|more\s+than|over)\s+)?"
    r"[\w,-]+\s+(?:deaths|killings|abductions|kidnappings|disappearances)$"
    r"|^(?:(?:at\s+least|at\s+most|about|around|some|nearly|almost|more\s+than|over)\s+)?"
    r"[\w,-]+\s+cases\s+of\s+(?:enforced\s+)?disappearances?$",
    re.IGNORECASE,
)


# ... but a part whose predicate or apposition names its people is theirs: "four of the dead
# were children", "seven of the dead at Nasser hospital were children", "one of the wounded,
# a teacher," (session 33 point 4: by its predicate). A predicate saying how they fare names nobody
# ("Three of the wounded are in a critical condition", "were taken to hospital").
_PART_NAMED_CAS73B: Final = re.compile(
    r"(?:\s+(?:at|in|from|on|during)\s+(?:[^\s,.;:]+\s+){0,5}?(?=(?:were|was|are|is)\s))?"
    r"(?:,\s+(?:an?|the)\s|,\s+(?:both|all|all\s+of\s+them|most\s+of\s+them|mostly)\s+"
    r"(?!(?:in|still|of|from|under|over|with|now|aged|critical\w*|serious\w*|stable|badly"
    r"|seriously|critically|said|reported)\b)"
    r"|,?\s*(?:were|was|are|is)\s+(?!(?:in|still|being|taken|treated|flown"
    r"|brought|later|now|reported|said|listed|not|critical\w*|serious\w*|stable|discharged"
    r"|evacuated|admitted|transferred|hospitali[sz]ed|airlifted|released|among|from|on"
    r"|at|out|sent|rushed|moved|carried|buried|identified|found|recovered|killed|dead|injured"
    r"|wounded|hurt|missing|shot|hit|struck|burned|burnt|between|over"
    # (an age under ten or twelve names children: "12 of the dead were under 10")
    r"|aged(?!\s+(?:under|below)\s+(?:\d|ten|five|twelve))"
    r"|under(?!\s+(?:\d|ten|five|twelve|the\s+age)))\b))",
    re.IGNORECASE,
)
_OWN_PEOPLE_AFTER_CAS73B: Final = re.compile(
    r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:(?:reported|recorded|registered"
    r"|documented|counted)\s+)?(?:of|among)\s",
    re.IGNORECASE,
)


def counts_harms(phrase: str, after: str = "", before: str = "") -> bool:
    """Whether the CASUALTY `phrase` counts harms rather than naming people: a toll, a
    part of the wounded or the dead, deaths or abductions counted as events. Its victims
    are its own noun's or `unknown`, never its clause's civilians (cas73b). `after` and
    `before`, a few words of text on either side of the phrase, tell a part named by its
    predicate ("four of the dead were children") or a toll by a word of its own before
    it ("the civilian toll"), which the clause's noun then decides."""
    found = _HARM_TALLY_CAS73B.search(phrase)
    if found is None:
        return False
    if before[-1:].isspace() and casualty_victims(
        before.rsplit(None, 1)[-1] if before.strip() else "", people_only=True
    ) not in (None, "unknown"):
        return False  # its own word before it: "the civilian toll", "the military's toll"
    own_after = _OWN_PEOPLE_AFTER_CAS73B.match(after)
    if own_after and casualty_victims(after[: own_after.end() + 30], people_only=True) not in (
        None,
        "unknown",
    ):
        return False  # its own people after it: "15 cases of enforced disappearance of protesters"
    return " of " not in found.group(0) or not _PART_NAMED_CAS73B.match(after)


# Inmates of a prison counted as the victims of its riots: the gold types them `combatant`
# (dev 28 of 30 inmate figures, CAS41 and CAS46 among them; the guideline names
# "prisoners" only in a list, and its settled points leave inmates to dev's precedent).
# Not when a word before them says whose or what they are ("political inmates",
# "Palestinian inmates", "women inmates"): then the phrase's other words decide.
# (a count in figures or in the words `_UNITS` and `_TENS` parse: "27", "twenty-seven")
_COUNT_WORD_CAS73B: Final = (
    rf"\d[\d,]*|(?:{'|'.join(_TENS)})(?:-\w+)?"
    rf"|{'|'.join(sorted(_UNITS, key=len, reverse=True))}"
)
_COUNTED_INMATES_CAS73B: Final = re.compile(
    rf"(?<![\w-])(?:(?:the|of|{_COUNT_WORD_CAS73B}"
    r"|dozens|scores|hundreds|several|many|some)\s+)"
    r"(?:other\s+)?inmates?\b"
    r"|^inmates?\b",
    re.IGNORECASE,
)


# ... unless a part named after them says who they were ("killed 68 inmates, most of them
# African migrants", "22 inmates, including a woman awaiting trial"): that part decides.
_INMATES_PART_CAS73B: Final = re.compile(
    r"\s*(?:,|\s[-\u2013\u2014])\s*(?:including|among\s+(?:them|whom)|(?:[\w-]+\s+){1,2}of\s+"
    r"(?:them|whom))\b",
    re.IGNORECASE,
)


def counted_inmates(phrase: str, after: str = "") -> bool:
    """Whether the CASUALTY `phrase` counts a prison's inmates ("at least 27 inmates",
    "79 inmates died", "at least 40 of the inmates killed"): combatants as the gold types
    them (cas73b). `after`, the text right after the phrase, may hold a part naming who
    they were ("..., most of them migrants"): then no."""
    if "nmate" not in phrase or _COUNTED_INMATES_CAS73B.search(phrase) is None:
        return False
    # (a part saying how they died names nobody: "nine of them by asphyxiation")
    return _INMATES_PART_CAS73B.match(after) is None or casualty_victims(
        after, people_only=True
    ) in (None, "unknown")


# "Personnel" counted bare, with no word saying whose they are, are a force's: "detained 22
# personnel", "29 martyred personnel", "executed 50 enemy personnel", "Four other personnel
# were wounded" (dev 32 of 36 counted personnel figures `combatant`; CAS37, CAS43, CAS47).
# A word between the count and "personnel" ("five medical personnel", "two UN personnel")
# or an of-phrase after it ("personnel of the World Food Programme") says whose they are:
# then the phrase's other words decide; so does a civic body before them (the caller's).
_COUNTED_PERSONNEL_CAS73B: Final = re.compile(
    rf"(?<![\w-])(?:{_COUNT_WORD_CAS73B}"
    r"|dozens|scores|hundreds|several|some|other|more|martyred|enemy)"
    r"\s+(?:(?:other|more|martyred|enemy)\s+)?personnel\b(?!\s+(?:of|from|with|at|for)\b)",
    re.IGNORECASE,
)


def counted_personnel(phrase: str) -> bool:
    """Whether the CASUALTY `phrase` counts personnel with no word of whose they are
    ("killed 15 personnel", "29 martyred personnel"): a force's, combatant (cas73b)."""
    return "ersonnel" in phrase and _COUNTED_PERSONNEL_CAS73B.search(phrase) is not None
