"""A learned check of the rules' one-word state suggestions (rule `actor_state_check`).

Whether "Sudan" names an actor ("Sudan accused Chad") or a place ("fighting in Sudan") is
decided by the rules' context tests in `actors`, except where a rule proposes a name
wherever it stands: "annotate all occurrences" (`actor_known_elsewhere`) suggests every
mention of a state another document tags, and the later mentions of a defined acronym
are suggested likewise. This check reads such a mention with a small model, a binary
averaged perceptron (the mean of `RUNS` of them, shuffled by consecutive seeds) trained
by `scripts/train_state_check.py` on every one-word state mention of the development gold
(an actor where the gold tags it with exactly that extent, a place where no gold ACTOR
touches it), over the words and shapes around the name, the preposition or word that
governs it, what follows it (a possessive, a verb, punctuation), the start of a sentence,
a quotation, the first and last lines, a dateline, a list, a body of the state by its kind
("X's defence ministry", "the government of X") or a dealing with it ("at the request of
X", "talks with X"), and how the article's mentions of the same name stand (governed by
"in", before a verb of saying, before a possessive, more than one). After the rules, an
ACTOR suggestion of those rules that is one gazetteer state name (a state, its common name
or abbreviation, or a capital) is dropped when the model calls it a place by more than
`margin`. Where a rule that reads the context
proposed the same extent, its suggestion is the one kept, and is checked only where that
rule's place test matched none of its patterns and called the name no place by default
(`actors.DEFAULTED_STATES`), at `defaulted_margin`, and not where that default is the
guideline's own answer (a verb's object, states listed as subjects).

It proposes nothing itself: its `find` yields nothing, and `suggest()` applies `vetoed`
when the rule is among those running (on by default; `--without-rule actor_state_check`
turns it off). The weights ship in `resources/models/state_check.json.gz`, read once per
process when a candidate is first scored. Pure Python, standard library only. Offsets
are code points, end exclusive.
"""

from __future__ import annotations

import gzip
import json
import random
import re
from bisect import bisect_right
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any, Final

from annotator.core.compiled_patterns import compile_pattern
from annotator.core.packaged import packaged_files
from annotator.core.suggest.base import GazetteerEntry, Rule, SuggestContext, Suggestion, register
from annotator.core.suggest.learned import model_tokens, padded, read_shipped, unpacked_json
from annotator.core.suggest.learned import shape as word_shape
from annotator.core.suggest.text import _MARKS, _PIECE, PieceIndex, words

RULE_NAME: Final = "actor_state_check"
MODEL_PATH: Final = ("models", "state_check.json.gz")
FORMAT: Final = 1
KIND: Final = "state check"
SCALE: Final = 1000  # weights are stored in thousandths
# A model file larger than this once unpacked is refused (the shipped one is some 30 KB).
MAX_MODEL_BYTES: Final = 16_000_000
# A suggestion is dropped when the model's score is below minus this (its own units).
# Chosen on development articles alone (scripts/state_check_folds.py): of the margins 0-6,
# the one that dropped the most false suggestions net of right ones (the smallest of
# those tied), leaving batches of 14 out (with the document features and 5 runs: 5
# drops 20 false and 8 right, 4 drops 20 false and 9 right, 6 drops 19 and 7).
DEFAULT_MARGIN: Final = 5.0
margin = DEFAULT_MARGIN
# The margin for a suggestion of a rule that reads the context where that rule's place test
# matched none of its patterns (`actors.DEFAULTED_STATES`), chosen as `margin` was (of
# 4-12, the most false suggestions dropped net of right ones, dev batches left out with
# today's rules and with the old ones; of 6, 8, 10 again with the document features):
# wider, as those rules are right more often.
DEFAULT_DEFAULTED_MARGIN: Final = 8.0
defaulted_margin = DEFAULT_DEFAULTED_MARGIN
# The margin for a one-word state (no capital) that a rule reading the context suggested
# because one of its patterns called it an actor (not by default); None reads none of them.
# Chosen as the others (scripts/state_check_folds.py --pattern-margins), over dev batches
# of 14 left out AND over the untuned suggestions (each batch by the code from before it:
# scripts/dump_actor_suggestions.py --untuned): the rules' patterns are right on .92 of
# those mentions and the model on .91, so only a very confident model may overrule them.
# Of 8-18: 8-16 drop right actors on dev (10 at 8, 4 at 12, 1 at 16); 18 drops none on
# dev and, on untuned, 2 more false (a dateline "X - FLASH", "the last town before X")
# and 1 span overlapping an actor, right none (with capitals read too, 20 and 24 dropped
# fewer false).
DEFAULT_PATTERN_MARGIN: Final[float | None] = 18.0
pattern_margin: float | None = DEFAULT_PATTERN_MARGIN

# The rules whose one-word state suggestions are checked: those that propose a name
# wherever it stands, without reading its context ("annotate all occurrences", the later
# mentions of an acronym). The rules that read a state's context (`actor_gazetteer`'s
# place tests) decide alone wherever one of their patterns matched: leaving dev batches
# out, the model overruled them there wrongly more often than rightly.
CHECKED_RULES: Final = frozenset({"actor_known_elsewhere", "actor_acronym_mentions"})
# The gazetteer roles a checked name may have: a state by any of its names, and a capital
# standing for its government. Demonyms, regions and institutions are left to the rules.
_ROLES: Final = frozenset({"", "capital"})
_SENTENCE_OPENERS: Final = frozenset('.!?:;"\u201c\u201d|\u2014\u2013-')
_LINE_BREAK: Final = re.compile("\n")
_QUOTE_MARKS: Final = frozenset('"\u201c\u201d')
# Perceptrons averaged into the model, each shuffled by its own seed: one alone moves with
# its seed about as much as a feature changes it (left-out accuracy .920-.927 over 5 seeds).
RUNS: Final = 5
# Verbs of saying after a name: the name of a state that speaks is an actor.
_SAYING: Final = words(
    "said says say told tells warned warns accused accuses denied denies announced "
    "announces claimed claims insisted insists urged urges called calls stated argued "
    "argues added adds"
)
# What is read of each mention of a name for `Article.reads` (the word before, the word
# or possessive after: "in Sudan", "Sudan said", "Sudan's").
_WORD_BEFORE: Final = re.compile(r"(\w+)\s*$")
_WORD_AFTER: Final = re.compile(r"\s*('s|\u2019s|\w+)")
_INSIDE: Final = frozenset({"in", "into", "across", "inside", "from", "to"})
# Words that govern a place: "in Sudan", "across Chad", "from Kenya to Uganda".
_PREPOSITIONS: Final = words(
    "in into inside across at from to toward towards near through throughout within "
    "outside between around via of on over under against with by for"
)
# The kinds of body and office that stand for a state ("X's defence ministry", "the
# government of X", "the ambassador of X"): a state that has them named is an actor.
_BODIES: Final = words(
    "government governments army military ministry ministries forces force police navy "
    "president presidency prime premier foreign defence defense interior embassy embassies "
    "ambassador ambassadors envoy envoys mission delegation delegations court courts supreme "
    "parliament cabinet officials official authorities authority security intelligence "
    "junta leadership leaders leader regime troops soldiers ombudsman prosecutor "
    "prosecutors office institute commission agency council representative representatives "
    "minister ministers spokesman spokeswoman spokesperson administration guard guards "
    "state national federal border-guard diplomats diplomat consulate"
)
# What one state does to or for another, governing the second by a preposition ("at the
# request of X", "pressure from X", "ties with X", "talks with X", "support for X").
_DEALINGS: Final = words(
    "request requests pressure help support backing behalf orders order invitation consent "
    "approval permission mediation demands demand appeal ties relations talks agreement "
    "accord deal treaty dispute tensions sanctions aid assistance protest complaint "
    "response recognition cooperation negotiations"
)


# A name next to a separator of page furniture is no actor: a section path ("Politics |
# Georgia", "Bangladesh > Crime"), a dateline's or byline's pair of places ("Kiev/Moscow
# (dpa)", "BIRN / Belgrade /").
_SEPARATORS: Final = frozenset("/|>\u00b7\u203a\u2022")
# The openings of the lines that list other articles or tag this one ("Also read: X ...",
# "Read more", "Related stories", "Categories: Politics, X"): page furniture, not annotated.
_RELATED: Final = re.compile(
    r"\s*(?:also read|read more|read also|also on\b|related|more on\b|more about\b|more from\b"
    r"|see also|keep reading|you may also|categories|tags\b|topics\b|keywords)",
    re.IGNORECASE,
)
# A line of such a list: short, with no sentence's full stop at its end.
_HEADLINE_MAX: Final = 120
_RELATED_LINES_BACK: Final = 6
_LAST_WORDS: Final = re.compile(r"((?:[A-Z][\w'\u2019.-]*[ \t]+){0,2}[A-Z][\w'\u2019.-]*)$")
_CLOSES_APPOSITION: Final = frozenset({"", ".", ",", ";", ")", "("})
_SENTENCE_END: Final = frozenset('.!?"\u201c\u201d')
# A list of places ("from Chad, Sudan and Libya") is read this far either side of a name.
_LIST_REACH: Final = 300
_LIST_TOKEN: Final = re.compile(r"[\w'\u2019-]+|[^\w\s]")
# What stands next to a listed name: a comma or "and" / "or" after it, or before it (with
# "the" or a compass adjective between): a name with neither is in no list.
_LIST_NEXT: Final = re.compile(r"\s*,|\s+(?:and|or)\s")
_LIST_PREVIOUS: Final = re.compile(r"(?:,|\b(?:and|or))\s+(?:(?:the|central|[\w-]+ern)\s+)?$")
# The words that govern a list of places right before it ("in X and Y", "from X, Y and
# Z", "bordering X and Y"); each governs such a list in the dev gold, and there only
# places (one-word states, no capital: from 21 mentions, in 18, borders 8, bordering 8,
# into 7, across 3). "to",
# "with", "between", "on", "towards" and "through" govern actors as well ("talks between
# X and Y", "policy towards X and Y", "mediation through X and Y"), and an adjective
# ("neighbouring X and Y") may open a list that acts ("Neighbouring X and Y deny ...").
_LIST_GOVERNORS: Final = words("in into from across bordering borders")
# The nouns of place that govern a list by "of": a state's people and the meeting point
# or quarter of states ("citizens of X and Y": 5 dev mentions, "the tri-junction of X, Y
# and Z": 3, "the north of X and Y": 2, all places).
_LIST_PLACE_NOUNS: Final = words("citizens nationals tri-junction north south east west")
# Partners, and the people or forces a state sends, named before the governing word: the
# list may act ("allies from X and Y" are actors in dev, "troops from X and Y" places),
# so it is left to the rules.
_LIST_PARTNERS: Final = words(
    "allies ally partners partner backers sponsors peacekeepers contingents contingent "
    "battalions units personnel observers monitors delegates experts mercenaries fighters"
)


def place_by_form(text: str, start: int, end: int, gazetteer: Mapping[str, GazetteerEntry]) -> str:
    """Why the state name at (start, end) is a place by its form alone, or "": next to a
    separator of page furniture ("separator"); after a place it locates ("Cox's Bazar,
    Bangladesh,", "Mizoram, India.": "apposition"; that place is no gazetteer name of an
    actor (a region is none) and no acronym, and opens no sentence unless the line ends
    there, as a dateline "Pattani, Thailand" does, or is a dateline's town in capitals);
    or in a list of other articles or tags ("Also read: X and Y sign ...", "Categories:
    Politics, X": "related"); or, no capital, in a list of places that a word of place
    governs ("from Chad, Sudan and Libya": "list", `_in_place_list`); or a name that only
    modifies the noun after it, inside a noun phrase that "the" or a preposition opens
    ("security for Mozambique gas project", "the Benin port of", "the Mali file":
    "modifier", `_modifies_a_noun`). Reads the mention's line and at most a few short lines
    before it."""
    # (at most 2,000 characters each way: every reading below is a window of 400 or less,
    # and a line longer than that is no list's or headline's; review68a)
    line_start = text.rfind("\n", max(0, start - 2000), start) + 1 or max(0, start - 2000)
    line_end = text.find("\n", end, end + 2000)
    if line_end < 0:
        line_end = min(len(text), end + 2000)
    # (a window of the line, not all of it: a long paragraph's every state mention read
    # its whole line, quadratic in the paragraph; review68a)
    before = text[max(line_start, start - 400) : start].rstrip()
    after = text[end : min(line_end, end + 400)].lstrip()
    if before[-1:] in _SEPARATORS or after[:1] in _SEPARATORS:
        return "separator"
    if before.endswith(",") and after[:1] in _CLOSES_APPOSITION:
        head = before[:-1].rstrip()
        m = _LAST_WORDS.search(head[-80:])
        if m:
            named = m.group(1).split()
            known = any(
                _names_an_actor(gazetteer.get(" ".join(named[k:]))) for k in range(len(named))
            )
            opening = head[: len(head) - len(m.group(1))].rstrip()
            opens = not opening or opening[-1] in _SENTENCE_END
            # (an all-capital word opening the line is a dateline's town: "ADEN, Yemen (AP)")
            dateline = not opening and named[-1].isupper() and len(named[-1]) > 3
            if not known and (dateline or (not named[-1].isupper() and (not opens or not after))):
                return "apposition"
    if _in_related_list(text, line_start, line_end):
        return "related"
    if _modifies_a_noun(text, start, end, line_start):
        return "modifier"
    if text[start:end] not in _capitals(gazetteer) and _in_place_list(
        text, start, end, gazetteer, line_start, line_end
    ):
        return "list"
    return ""


def _modifies_a_noun(text: str, start: int, end: int, line_start: int) -> bool:
    """True where the name at (start, end) opens a noun phrase after "the" or a preposition
    and a lower-case common noun follows it, which the name only modifies ("security for
    Mozambique gas project", "between the Benin port of Cotonou and", "the Mali file",
    "Compiled by Nairobi newsroom"): not a state's body, agent or dealing ("the Kenya
    police", "with US backing", "for Syria envoy"), not a verb or a word of grammar after a
    place ("fighting in Sudan killed", "urged Chad to"), not a complement ("hold its
    sponsors in Tehran accountable"), and no dealing or partner governs the preposition,
    nor a body unless the preposition is of place ("pressure on Iran oil buyers", "the
    government of Sudan rejects" are left to the rules; "the ministry in Cairo did not
    respond" is not). Reads at most 40 characters either side, within the line."""
    after = _NOUN_AFTER.match(text, end, end + 40)
    if after is None:
        return False
    noun = after.group(1)
    if (
        noun in _NOT_A_MODIFIED_NOUN
        or noun in _BODIES
        or noun in _DEALINGS
        or noun in _LIST_PARTNERS
        or noun in _SAYING
        or noun in _COPULAS
        or noun in _IRREGULAR_VERBS
        or noun.endswith("ed")
        or (noun.endswith("ly") and noun not in _NOUNS_IN_LY)
    ):
        return False
    opened = _NOUN_PHRASE_OPENS.search(text, max(line_start, start - 40), start)
    if opened is None:
        return False
    preposition = opened.group("preposition")
    if preposition:
        # (what governs the preposition: "pressure on", "allies in", "the government of";
        # a body only where the preposition is not of place: "the ministry in Cairo did
        # not respond" places it)
        head = _LIST_TOKEN.findall(text[max(line_start, opened.start() - 30) : opened.start()])
        word = head[-1].lower() if head else ""
        if word in _DEALINGS or word in _LIST_PARTNERS:
            return False
        if word in _GOVERNING_BODIES and preposition.lower() not in _LOCATIVE:
            return False
    return True


# The bodies that make a preposition's object the state they belong to ("the government
# of X", "the ambassador to X"); not "security", which for a place is its safety
# ("security for Mozambique gas project").
_GOVERNING_BODIES: Final = _BODIES - {"security"}
# Prepositions of place: a body "in X" is placed there ("the Foreign Office in Berlin").
_LOCATIVE: Final = words("in at inside outside near across around throughout within")
# A lower-case word right after a name: the noun it may modify ("Mozambique gas project").
_NOUN_AFTER: Final = re.compile(r" ([a-z][a-z-]*)\b")
# What opens the noun phrase a modifying name stands in: "the", or a preposition (perhaps
# with "the"). With the tests above, one-word states and capitals in the dev gold: 68
# mentions in 68 articles, all places (and 7 inside a longer gold name; a complement, "in
# Tehran accountable", is an actor: hence "accountable" below); of the untuned suggestions
# (each batch by the code from before it), 5 false, none right.
_NOUN_PHRASE_OPENS: Final = re.compile(
    r"(?<![\w-])(?:(?P<preposition>(?i:for|on|in|of|at|from|to|into|across|near|over|about"
    r"|with|by|against|inside|outside|around|through|throughout|within|toward|towards|via"
    r"|under|between|among))\s+(?:the\s+)?|[Tt]he\s+)$"
)
# Words after a name that are no noun it modifies: grammar, adverbs, complements, agents
# (a state's agents act: "the withdrawal of Kenya troops", `actors._AGENTS_AFTER`).
_NOT_A_MODIFIED_NOUN: Final = words(
    "to and or in on of at by for with from as is was are were be been being has have had "
    "will would could can may might must should shall which who whom whose that than since "
    "after before over under into until while when where if but also not the a an its their "
    "this these those last next more most again too alone itself once against through during "
    "via per amid despite toward towards within without across around about near off up "
    "down out back now then still already even only just so very yet ever never both either "
    "neither each every all any some no nor accountable responsible liable our your my his her "
    "soldiers soldier troops servicemen policemen peacekeepers commandos negotiators "
    "monitors strikes strike rulers ruler generals commanders officers officer agents "
    "charge charg\u00e9 attach\u00e9 attache consul"
)
# The nouns (and the adjective "daily", a newspaper) among the words in "-ly": every other
# such word after a name is an adverb of the clause, no noun the name modifies ("shared the
# evidence with Kabul repeatedly", "talks with Moscow directly"; ACT70).
_NOUNS_IN_LY: Final = words(
    "daily weekly monthly quarterly family assembly rally ally supply anomaly monopoly belly "
    "bully jelly folly lily homily reply fly melancholy italy"
)
# The common verbs whose past or present has no "-ed" or "-s" ending: "the ceasefire with
# Moscow held", "forces loyal to Damascus retook", "a request from Canberra went
# unanswered" (a verb after the name: no noun it modifies).
_IRREGULAR_VERBS: Final = words(
    "did do get got held hold went go come came become became fell fall rose rise won win "
    "lost lose left leave kept keep sent send struck strike met meet saw see took take "
    "retook retake overran overrun withdrew withdraw made make gave give began begin ran run "
    "put set led lead fled flee fought fight brought bring thought think sought seek bought "
    "buy stood stand spoke speak wrote write broke break chose choose drew draw flew fly "
    "grew grow knew know threw throw shot shoot hit cut paid pay laid lay meant mean felt "
    "feel dealt deal built build spent spend lent lend found find sold sell hid hide stole "
    "told tell said say let must need want seem appear remain stay cannot"
)


def _in_place_list(
    text: str,
    start: int,
    end: int,
    gazetteer: Mapping[str, GazetteerEntry],
    line_start: int,
    line_end: int,
) -> bool:
    """True where (start, end) stands in a list of two or more places (states, capitals,
    regions: "X and Y", "X, Y and Z") that a word of place governs ("from Chad, Sudan and
    Libya", "across Mali and Niger", "citizens of X and Y", "the north of X and Y"), and
    no dealing or body stands in the few words before that word ("pressure from X and Y",
    "troops from X and Y", "recognition of its claim from X, Y and Z": left to the rules).
    Reads at most `_LIST_REACH` characters either side, within the line."""
    if not _LIST_NEXT.match(text, end) and not _LIST_PREVIOUS.search(
        text, max(line_start, start - 40), start
    ):
        return False
    pattern = _list_pattern(gazetteer)
    for m in pattern.finditer(
        text, max(line_start, start - _LIST_REACH), min(line_end, end + _LIST_REACH)
    ):
        if m.start() > start:
            return False
        if end <= m.end():
            # (a verb after the last name says "and" joins clauses: "fighting in X and Y
            # said it would close the border")
            after = _WORD_AFTER.match(text, m.end(), m.end() + 30)
            if after and (after.group(1) in _SAYING or after.group(1) in _COPULAS):
                return False
            return _governs_places(text, max(line_start, m.start() - 80), m.start())
    return False


def _governs_places(text: str, lo: int, hi: int) -> bool:
    """True where the words before `hi` (from `lo`) govern a list of places: a preposition
    of place or a verb of bordering right before it, or a noun of place and "of"; and none
    of the four words before that governing word, back to a verb in "-ed" / "-ing" or a
    stop, is a dealing or a body."""
    tokens = _LIST_TOKEN.findall(text[lo:hi].lower())
    if not tokens:
        return False
    if tokens[-1] == "of":
        if len(tokens) < 2 or tokens[-2] not in _LIST_PLACE_NOUNS:
            return False
        head = tokens[:-2]
    elif tokens[-1] in _LIST_GOVERNORS:
        head = tokens[:-1]
    else:
        return False
    for word in reversed(head[-4:]):
        if word in _DEALINGS or word in _BODIES or word in _LIST_PARTNERS:
            return False
        # (a clause's verb or a stop ends the phrase: "aid reached civilians in X and Y")
        if not word[0].isalnum() or word.endswith(("ed", "ing")):
            break
    return True


def _list_pattern(gazetteer: Mapping[str, GazetteerEntry]) -> re.Pattern[str]:
    """A list of two or more gazetteer places (states by any name, capitals, regions, each
    perhaps after "the" or a compass adjective), joined by "and" / "or" (with commas
    between earlier items), none followed by a possessive; kept per gazetteer object."""
    kept = _LISTS.get(id(gazetteer))
    if kept is not None and kept[0] is gazetteer:
        return kept[1]
    names = sorted(
        {
            n
            for n, e in gazetteer.items()
            if e.type == "state" and e.role in ("", "capital", "region")
        },
        key=lambda n: (-len(n), n),
    )
    item = (
        r"(?:(?:the|central|(?:north|south|east|west|north-east|north-west|south-east|south-west"
        r"|northeast|northwest|southeast|southwest)ern)\s+)?" + _trie_pattern(names)
    )
    # (from the form an earlier process kept, when there is one: the window's first article
    # with a list of places builds it before the rules are prepared, where `re.compile`
    # compiled it, about 40 ms of that article's wait; perf70)
    pattern = compile_pattern(
        r"(?<![\w-])"
        + item
        + r"(?:(?:\s*,\s*"
        + item
        + r")+\s*,?\s+(?:and|or)\s+|\s+(?:and|or)\s+)"
        + item
        + "(?![\\w-]|['\u2019]s)"
    )
    if len(_LISTS) > 4:
        _LISTS.clear()
    _LISTS[id(gazetteer)] = (gazetteer, pattern)
    return pattern


_LISTS: dict[int, tuple[Mapping[str, GazetteerEntry], re.Pattern[str]]] = {}


def prepare_patterns(gazetteer: Mapping[str, GazetteerEntry]) -> None:
    """Compile now the pattern of listed places `place_by_form` builds for `gazetteer` on
    the first list it reads (about 0.1 s: every state name, capital and region in one
    tree), kept per gazetteer object: `prepare_rules` calls it, so that the first article
    with such a list does not wait for it."""
    _list_pattern(gazetteer)


def _trie_pattern(names: Iterable[str]) -> str:
    """One regular expression matching any of `names`, the longest first, written as a
    tree of their common prefixes: a position that opens no name fails at its first
    character instead of trying each name in turn."""
    tree: dict[str, Any] = {}
    for name in names:
        node = tree
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}

    def written(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + written(child) for char, child in node.items() if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return "(?:" + written(tree) + ")"


def _names_an_actor(entry: GazetteerEntry | None) -> bool:
    """True for a gazetteer entry that may name an actor listed before a state (a state,
    a capital, a body): not a region, which is a place it locates ("Mizoram, India")."""
    return entry is not None and entry.role not in ("region", "demonym")


def _headline_like(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) <= _HEADLINE_MAX and not stripped.endswith(".")


def _in_related_list(text: str, line_start: int, line_end: int) -> bool:
    """True where the line opens with a related-articles or tags label, or is a short
    headline-like line under one (through at most `_RELATED_LINES_BACK` such lines)."""
    if line_end - line_start > 4 * (_HEADLINE_MAX + 40):
        return False  # (a paragraph, not a list's line: never sliced whole; review68a)
    line = text[line_start:line_end]
    if _RELATED.match(line):
        return len(line.strip()) <= _HEADLINE_MAX + 40
    if not _headline_like(line):
        return False
    j, seen, steps = line_start, 0, 0
    while j > 0 and seen < _RELATED_LINES_BACK and steps < 4 * _RELATED_LINES_BACK:
        steps += 1
        prev_start = text.rfind("\n", 0, j - 1) + 1
        prev = text[prev_start : j - 1]
        j = prev_start
        if not prev.strip():
            continue
        if _RELATED.match(prev):
            return len(prev.strip()) <= _HEADLINE_MAX + 40
        if not _headline_like(prev):
            return False
        seen += 1
    return False


def state_names(gazetteer: Mapping[str, GazetteerEntry]) -> frozenset[str]:
    """The one-word names of `gazetteer` the check reads: states, by any of their names,
    and capitals (kept per gazetteer object)."""
    return _names_of(gazetteer)[0]


def _capitals(gazetteer: Mapping[str, GazetteerEntry]) -> frozenset[str]:
    return _names_of(gazetteer)[1]


def _names_of(gazetteer: Mapping[str, GazetteerEntry]) -> tuple[frozenset[str], frozenset[str]]:
    """(the names read, the capitals among them), kept per gazetteer object (the suggester
    passes the same mapping for every document of a corpus)."""
    kept = _NAMES.get(id(gazetteer))
    if kept is not None and kept[0] is gazetteer:
        return kept[1]
    names = frozenset(
        name
        for name, entry in gazetteer.items()
        if entry.type == "state" and entry.role in _ROLES and " " not in name
    )
    capitals = frozenset(n for n in names if gazetteer[n].role == "capital")
    if len(_NAMES) > 4:
        _NAMES.clear()
    _NAMES[id(gazetteer)] = (gazetteer, (names, capitals))
    return names, capitals


_NAMES: dict[int, tuple[Mapping[str, GazetteerEntry], tuple[frozenset[str], frozenset[str]]]] = {}


class Article:
    """A text's tokens and line breaks, made once and read for each mention in it."""

    def __init__(
        self,
        text: str,
        capitals: Iterable[str] = (),
        around: Iterable[tuple[int, int]] | None = None,
        pieces: PieceIndex | None = None,
    ) -> None:
        self.text = text
        # The text's piece index (`text.piece_index`), when the caller has it: the mentions
        # of the names read are looked up there (`_mentions_at_pieces`), not scanned for;
        # beside the combining marks of the text (a match there may start or end inside a
        # piece), tried where each stands, unless there are many (then scanned for).
        self.pieces = pieces
        self.marks = [] if pieces is None else [m.start() for m in _MARK.finditer(text)]
        if len(self.marks) > _MARKS_TRIED:
            self.pieces, self.marks = None, []
        # With `around`, only the lines the features of those extents read are tokenised
        # (most of a long text is not): the same features, at a fraction of the cost.
        self.tokens = model_tokens(text) if around is None else _tokens_around(text, around)
        self.starts = [s for s, _e in self.tokens]
        self.words = [text[s:e] for s, e in self.tokens]
        self.breaks = [m.start() for m in _LINE_BREAK.finditer(text)]
        self.capitals = frozenset(capitals)
        # Where the last line holding more than whitespace ends: a line ending at or after
        # it is the page's last (one comparison per mention, not a copy of the rest).
        self.content_end = len(text.rstrip())
        self._reads: dict[str, frozenset[str]] = {}

    def read_names(self, names: Collection[str]) -> None:
        """Note how each mention of each of `names` stands in the whole text, in one scan
        for them all (what `features` reads of the article's other mentions)."""
        wanted = sorted(set(names) - self._reads.keys(), key=lambda n: (-len(n), n))
        if not wanted:
            return
        text = self.text
        found: dict[str, set[str]] = {n: set() for n in wanted}
        counts = dict.fromkeys(wanted, 0)
        spans = (
            None
            if self.pieces is None
            else _mentions_at_pieces(text, wanted, self.pieces, self.marks)
        )
        if spans is None:
            spans = [m.span() for m in _names_pattern(tuple(wanted)).finditer(text)]
        for start, end in spans:
            name = text[start:end]
            counts[name] += 1
            before = _WORD_BEFORE.search(text, max(0, start - 30), start)
            after = _WORD_AFTER.match(text, end, end + 30)
            word_before = before.group(1) if before else ""
            word_after = after.group(1) if after else ""
            if word_before in _INSIDE:
                found[name].add("in")
            if word_after in _SAYING:
                found[name].add("says")
            if word_after in ("'s", "\u2019s"):
                found[name].add("poss")
        for name in wanted:
            if counts[name] > 1:
                found[name].add("many")
            self._reads[name] = frozenset(found[name])

    def index_of(self, start: int, end: int) -> int | None:
        """The token spanning exactly (start, end), or None."""
        i = bisect_right(self.starts, start) - 1
        if i >= 0 and self.tokens[i] == (start, end):
            return i
        return None

    def mentions(self, names: frozenset[str]) -> list[int]:
        """Indexes of the tokens that are one of `names`."""
        return [i for i, w in enumerate(self.words) if w in names]

    def _marks_between(self, mark: str, start: int, end: int) -> int:
        """How many `mark` characters stand in text[start:end]."""
        found = self.__dict__.setdefault("_mark_positions", {})
        positions = found.get(mark)
        if positions is None:
            # (found by the regex engine: a loop over every character cost 0.1 s a mark on
            # a 1 MB text)
            positions = found[mark] = [m.start() for m in re.finditer(re.escape(mark), self.text)]
        return bisect_right(positions, end - 1) - bisect_right(positions, start - 1)

    def _word(self, i: int) -> str:
        return padded(self.words, i, str.lower)

    def _shape(self, i: int) -> str:
        return padded(self.words, i, word_shape)

    def features(self, i: int) -> list[str]:
        """What the model reads of the mention at token `i` (the name itself only by its
        shape and role, so that what it learns of one state holds for all)."""
        text, words = self.text, self.words
        start = self.tokens[i][0]
        line = bisect_right(self.breaks, start)  # lines before this one
        line_start = self.breaks[line - 1] + 1 if line else 0
        line_end = self.breaks[line] if line < len(self.breaks) else len(text)
        first_token = bisect_right(self.starts, line_start - 1)
        position = i - first_token
        w1, w2, w3 = self._word(i - 1), self._word(i - 2), self._word(i - 3)
        n1, n2, n3 = self._word(i + 1), self._word(i + 2), self._word(i + 3)
        if position == 0:
            w1 = w2 = w3 = "<l>"
        elif position == 1:
            w2 = w3 = "<l>"
        elif position == 2:
            w3 = "<l>"
        # Nothing before the line's start is read (a headline is not the words before).
        s1 = self._shape(i - 1) if position > 0 else "<l>"
        s2 = self._shape(i - 2) if position > 1 else "<l>"
        t1, t2 = self._shape(i + 1), self._shape(i + 2)
        own = word_shape(words[i])
        f = [
            "b",
            "own=" + own,
            "role=" + ("capital" if words[i] in self.capitals else "state"),
            "w-1=" + w1,
            "w-2=" + w2,
            "w-3=" + w3,
            "w+1=" + n1,
            "w+2=" + n2,
            "w+3=" + n3,
            "w-2,-1=" + w2 + "|" + w1,
            "w+1,+2=" + n1 + "|" + n2,
            "w-1,+1=" + w1 + "|" + n1,
            "s-1=" + s1,
            "s-2=" + s2,
            "s+1=" + t1,
            "s+2=" + t2,
            "s-1,+1=" + s1 + "|" + t1,
        ]
        # The preposition or word that governs it: the nearest lower-case word before,
        # past capitalised words and "northern"-like adjectives ("in northern Sudan").
        for k in range(i - 1, max(first_token, i - 4) - 1, -1):
            word = words[k]
            if word.islower():
                if word in _PREPOSITIONS:
                    f.append("gov=" + word)
                    break
                if not word.endswith("ern"):
                    f.append("gov-word=" + word)
                    # "helping Ukraine", "reviewed Ecuador": a verb's object, by its ending
                    f.append("gov-end=" + word[-3:])
                    break
        opens = position == 0 or words[i - 1] in _SENTENCE_OPENERS
        if opens:
            f.append("opens")
            f.append("opens|w+1=" + n1)
        if i + 1 < len(words):
            after = words[i + 1]
            if after.lower() in ("'s", "\u2019s"):
                f.append("next=poss")
                # "Ukraine's military" (a body: an actor), "Ukraine's Vinnytsia" (a place)
                f.append("next=poss|" + self._shape(i + 2))
            elif after.islower() and after.endswith(("ed", "s")):
                f.append("next=verb-like|" + after[-2:])
            elif not after[:1].isalnum():
                f.append("next=mark|" + after)
        # Inside a quotation: an odd count of straight marks, or more opening than closing
        # curly ones, on its line before it.
        # (counted from positions listed once per text, not by re-reading the line for each
        # mention: a long line of many names read in linear time; review65t)
        if self._marks_between('"', line_start, start) % 2 or self._marks_between(
            "\u201c", line_start, start
        ) > self._marks_between("\u201d", line_start, start):
            f.append("quote")
        if self.breaks:
            # Where on the page (a text of one line has no headline, dateline or footer).
            mark_next = not n1[:1].isalnum()
            f.extend(_page_features(self.content_end, line, line_end, position, opens, mark_next))
        if w1 in (",", "and", "or") and n1 in (",", "and", "or"):
            f.append("list")
        if w1 in ("and", ",") and (i < 2 or words[i - 2][:1].isupper()):
            f.append("after-name|" + w1)
        if n1 in ("and", ",") and i + 2 < len(words) and words[i + 2][:1].isupper():
            f.append("before-name|" + n1)
        if any(ch in _QUOTE_MARKS for ch in text[max(line_start, start - 2) : start]):
            f.append("after-mark")
        # A state's bodies ("X's defence ministry", "the government of X") and dealings
        # ("at the request of X", "talks with X"), by kind, not by word: the same for all.
        possessive = i + 1 < len(words) and words[i + 1].lower() in ("'s", "\u2019s")
        if possessive and (n2 in _BODIES or n3 in _BODIES):
            f.append("poss=body")
        if position > 1:
            if w1 == "of" and w2 in _BODIES:
                f.append("body-of")
            elif w1 in _PREPOSITIONS and w2 in _DEALINGS:
                f.append("dealing-prep")
        # How the article's mentions of the name stand: a state "in" which things happen
        # in one sentence is usually a place in the next; one that speaks, an actor.
        if words[i] not in self._reads:
            self.read_names((words[i],))
        f.extend("doc=" + read for read in sorted(self._reads[words[i]]))
        return f


# A combining mark (not a word character to the engine, but a piece's): where one stands,
# a name's match need not start or end a piece.
_MARK: Final = re.compile(f"[{_MARKS}]")
# The most combining marks beside which `_mentions_at_pieces` tries every name (a text
# written with more is scanned).
_MARKS_TRIED: Final = 256


def _is_word(ch: str) -> bool:
    """Whether `ch` is a word character to the engine (`\\w` of a str pattern)."""
    return ch.isalnum() or ch == "_"


def _mentions_at_pieces(
    text: str, names: Sequence[str], index: PieceIndex, marks: Sequence[int] = ()
) -> list[tuple[int, int]] | None:
    """The (start, end) of what `_names_pattern(names).finditer(text)` finds (`names` in its
    order, the longest first), read from `index` (`text.piece_index(text)`) and `marks` (the
    offsets of the text's combining marks): each name is tried only where its first piece
    stands, right after a mark and where it would end right before one (a mark is no word
    character to the engine, but a piece holds it), with the pattern's word-boundary tests
    written out, and the matches taken from the left as the scan takes them (at one offset,
    the first name in order; none overlapping one taken). None for a name not opening with
    a word character or holding a combining mark."""
    found: list[tuple[int, int, int]] = []
    size = len(text)
    startswith = text.startswith
    after_marks = [mark + 1 for mark in marks]
    for order, name in enumerate(names):
        first = _PIECE.match(name)
        if first is None or not _is_word(name[0]) or _MARK.search(name):
            # (a name holding a combining mark, "Peru\u0301", may match the scan inside a
            # longer piece: scanned for; review61b S1)
            return None
        ends_in_word = _is_word(name[-1])
        length = len(name)
        starts: Iterable[int] = index.get(first.group(), ())
        if marks:
            starts = {*starts, *after_marks, *(mark - length for mark in marks if mark >= length)}
        for at in starts:
            end = at + length
            if (
                startswith(name, at)
                and (at == 0 or not _is_word(text[at - 1]))
                and ends_in_word == (end == size or not _is_word(text[end]))
            ):
                found.append((at, order, end))
    found.sort()
    spans = []
    reached = 0
    for at, _order, end in found:
        if at >= reached:
            spans.append((at, end))
            reached = end
    return spans


@lru_cache(maxsize=64)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """Any of `names` as a whole word (the longest first): `\\b(?:A|B|...)\\b`, written with
    each name's first character before its `\\b` test (a look-behind over that character)
    so that every branch opens with a literal and the engine skips, in C, to where one of
    those characters stands instead of trying each name at every word boundary (the same
    matches; about 5x faster over a long text)."""
    return re.compile(
        "(?:" + "|".join(re.escape(n[:1]) + r"(?<=\b.)" + re.escape(n[1:]) for n in names) + r")\b"
    )


def _tokens_around(text: str, extents: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """`model_tokens(text)` of the lines around each extent that `Article.features` reads:
    from the last line before its own with a token (for the word two before a line's
    second token) to the line that holds the third token after it."""
    windows: list[tuple[int, int]] = []
    for start, end in sorted(extents):
        j = text.rfind("\n", 0, start)
        while j > 0 and text[j - 1].isspace():
            j -= 1
        begin = text.rfind("\n", 0, j) + 1 if j > 0 else 0
        stop = end
        while True:
            found = text.find("\n", stop + 1) if stop < len(text) else -1
            stop = len(text) if found < 0 else found
            # (the name's own token and three after it, tokenised from the name as in place;
            # four runs of non-space hold four tokens at least, as no token holds a space:
            # the tokeniser is asked only where there are fewer)
            rest = text[start:stop]
            if len(rest.split(None, 3)) >= 4 or len(model_tokens(rest)) >= 4 or stop >= len(text):
                break
        if windows and begin <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], stop))
        else:
            windows.append((begin, stop))
    out: list[tuple[int, int]] = []
    for begin, stop in windows:
        out.extend((begin + a, begin + b) for a, b in model_tokens(text[begin:stop]))
    return out


def _page_features(
    content_end: int,
    line: int,
    line_end: int,
    position: int,
    opens: bool,
    mark_next: bool,
) -> list[str]:
    """The mention's place on the page: the headline, a dateline, the last line, a short
    line (a heading, a tag list)."""
    f = []
    if line == 0:
        f.append("line=first")
    elif line <= 2 and position < 3 and mark_next:
        # A dateline ("KABUL, May 4 -", "Kiev/Moscow (dpa) -"), not a first sentence.
        f.append("line=dateline")
    if line_end >= content_end:  # nothing but whitespace after this line
        f.append("line=last")
    return f


class Model:
    """Weights of the averaged perceptron: feature -> weight in thousandths; a score
    above 0 says actor, below 0 place."""

    def __init__(self, weights: Mapping[str, int], meta: Mapping[str, Any] | None = None) -> None:
        self.weights = dict(weights)
        self.meta = dict(meta or {})

    def score(self, features: Iterable[str]) -> float:
        """The mention's score in the model's units (positive: an actor)."""
        get = self.weights.get
        return sum(get(f, 0) for f in features) / SCALE


def train(
    examples: Sequence[tuple[Sequence[str], bool]],
    *,
    epochs: int = 10,
    seed: int = 20,
    meta: Mapping[str, Any] | None = None,
    runs: int = RUNS,
) -> Model:
    """The mean of `runs` averaged perceptrons over `examples` ((features, is an actor)),
    shuffled by the seeds `seed`, `seed + 1`, ... Deterministic: the same examples in the
    same order, epochs, seed and runs give the same weights."""
    each = [_perceptron(examples, epochs, seed + k) for k in range(runs)]
    features = sorted(set().union(*each))
    mean = {f: round(sum(w.get(f, 0) for w in each) / max(runs, 1)) for f in features}
    return Model({f: w for f, w in mean.items() if w}, meta)


def _perceptron(
    examples: Sequence[tuple[Sequence[str], bool]], epochs: int, seed: int
) -> dict[str, int]:
    """One averaged perceptron's weights in thousandths."""
    weights: dict[str, float] = {}
    totals: dict[str, float] = {}
    stamps: dict[str, int] = {}
    clock = 0
    order = list(range(len(examples)))
    rng = random.Random(seed)
    for _epoch in range(epochs):
        rng.shuffle(order)
        for k in order:
            features, actor = examples[k]
            clock += 1
            score = sum(weights.get(f, 0.0) for f in features)
            if (score > 0) == actor:
                continue
            delta = 1.0 if actor else -1.0
            for f in features:
                w = weights.get(f, 0.0)
                totals[f] = totals.get(f, 0.0) + (clock - stamps.get(f, 0)) * w
                stamps[f] = clock
                weights[f] = w + delta
    averaged: dict[str, int] = {}
    for f in sorted(weights):
        mean = (totals[f] + (clock - stamps[f]) * weights[f]) / max(clock, 1)
        kept = round(mean * SCALE)
        if kept:
            averaged[f] = kept
    return averaged


def examples_of(
    text: str, actors: Iterable[tuple[int, int]], gazetteer: Mapping[str, GazetteerEntry]
) -> Iterator[tuple[int, int, list[str], bool]]:
    """(start, end, features, is an actor) of each one-word state mention in `text`, given
    the gold ACTOR extents `actors`: an actor where a gold span has exactly its extent, a
    place where none overlaps it; one inside a longer gold span is left out."""
    names = state_names(gazetteer)
    article = Article(text, _capitals(gazetteer))
    spans = sorted(actors)
    mentioned = article.mentions(names)
    article.read_names({article.words[i] for i in mentioned})
    for i in mentioned:
        start, end = article.tokens[i]
        touching = [(a, b) for a, b in spans if a < end and start < b]
        if touching and (start, end) not in touching:
            continue
        yield start, end, article.features(i), bool(touching)


def dump(model: Model) -> bytes:
    """The model as gzip'd JSON, the same bytes for the same model (no time stamp)."""
    body = {"format": FORMAT, "kind": KIND, "meta": model.meta, "weights": model.weights}
    raw = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return gzip.compress(raw.encode("utf-8"), compresslevel=9, mtime=0)


def load(data: bytes) -> Model:
    """A model from `dump`'s bytes. Raises ValueError, saying what is wrong, for anything
    else: not gzip'd JSON, another kind or format, weights that are not integers, or more
    than `MAX_MODEL_BYTES` once unpacked."""
    body = unpacked_json(data, "a state check model", MAX_MODEL_BYTES)
    if not isinstance(body, dict) or body.get("kind") != KIND:
        raise ValueError("not a state check model (no 'kind': 'state check')")
    if body.get("format") != FORMAT:
        raise ValueError(
            f"a state check model of format {body.get('format')!r}; "
            f"this version reads format {FORMAT}"
        )
    weights, meta = body.get("weights"), body.get("meta", {})
    if not isinstance(weights, dict) or not all(
        type(w) is int and abs(w) < 10**12 for w in weights.values()
    ):
        raise ValueError("not a state check model (its weights are not integers by feature)")
    if not isinstance(meta, dict):
        raise ValueError("not a state check model (its meta is not an object)")
    return Model(weights, meta)


@lru_cache(maxsize=1)
def packaged_model() -> Model:
    """The shipped model, read once per process on first use. Raises InputError, naming
    the file, when it is missing or not a model this version reads."""
    where = packaged_files().joinpath(*MODEL_PATH)
    return read_shipped(where, "state check model", load, "train_state_check.py")


def scores(
    text: str,
    found: Sequence[Suggestion],
    gazetteer: Mapping[str, GazetteerEntry],
    model: Model | None = None,
    defaulted: Collection[tuple[int, int]] = (),
    patterns: bool = False,
    pieces: PieceIndex | None = None,
) -> dict[tuple[int, int], float]:
    """The model's score of each ACTOR suggestion of `found` that is one state name of
    `gazetteer` and was made by one of `CHECKED_RULES`, or is no capital and has an extent
    in `defaulted` (where the rules' place test matched none of its patterns), by extent
    (cheap when there is none: no token is made); with `patterns`, also every other ACTOR
    suggestion of one state name that is no capital (those a rule's pattern called an
    actor: a capital there stands for its government by the pattern's own reading,
    "secession from Moscow"). `pieces`: the text's piece index, if made (see `Article`)."""
    names = state_names(gazetteer)
    # (A capital is suggested by a rule that reads its context only where a pattern says
    # it stands for its government, never by default: a defaulted extent of a capital was
    # noted by another rule's place test.)
    checked = [
        s
        for s in found
        if s.label == "ACTOR"
        and text[s.start : s.end] in names
        and (
            s.rule in CHECKED_RULES
            or (
                patterns
                and (s.start, s.end) not in defaulted
                and text[s.start : s.end] not in _capitals(gazetteer)
            )
            or ((s.start, s.end) in defaulted and text[s.start : s.end] not in _capitals(gazetteer))
        )
    ]
    if not checked:
        return {}
    model = packaged_model() if model is None else model
    article = Article(
        text, _capitals(gazetteer), around=[(s.start, s.end) for s in checked], pieces=pieces
    )
    article.read_names({text[s.start : s.end] for s in checked})
    out = {}
    for s in checked:
        i = article.index_of(s.start, s.end)
        if i is None:
            continue
        features = article.features(i)
        if (
            s.rule not in CHECKED_RULES
            and (s.start, s.end) in defaulted
            and _default_stands(features)
        ):
            continue
        out[(s.start, s.end)] = model.score(features)
    return out


# The words opening what the rules' patterns say of a country as a land ("X is in
# turmoil", "X has been hit by", "X could be split", "X faces a hunger crisis").
_COPULAS: Final = words(
    "is was are were remains remained has have had became becomes could would might may "
    "will faces faced"
)


# Verbs done to a party, not to a land: whom they restrain, press, punish or back acts or is
# expected to (the guideline: "urged Chad to investigate" -> `Chad`), in their base form.
_VERBS_ON_A_PARTY: Final = words(
    "restrain pressure press punish isolate condemn warn deter persuade engage "
    "reassure sanction support help arm back fund urge ask blame accuse criticise criticize "
    "thank congratulate recognise recognize contact summon invite oppose confront challenge "
    "threaten trust reward rein"
)
# The words before a verb's base form: "to restrain X", "will punish X", "cannot isolate X".
_INFINITIVE_MARKERS: Final = words(
    "to will would could should must can may might cannot not never shall"
)


def _default_stands(features: Sequence[str]) -> bool:
    """True where the rules' default (an actor) is the guideline's own answer, read from
    the mention's features: the object of a verb ("the bloc suspended X", "helping X": a
    state acted upon), or a name listed with others where no preposition governs the list
    ("X, Y, and Z signed": states listed as subjects act together). The model, trained on
    few of them, reads both as places. Nor is a name before a copula or an auxiliary
    checked ("X is the largest contributor"): the rules' patterns of what is said of a
    country as a land (`actors._STATE_OF_A_PLACE`, `_STATE_DESCRIBED`) read that clause,
    and where none matched, that is their answer."""
    governed = False
    listed = False
    before = {f[:4]: f[4:] for f in features if f.startswith(("w-1=", "w-2="))}
    for f in features:
        if f.startswith("w+1=") and f[4:] in _COPULAS:
            return True
        if f.startswith("gov="):
            governed = True
        elif f.startswith("gov-word="):
            word = f[9:]
            if word.endswith(("ed", "ing")) or (
                len(word) > 3 and word.endswith("s") and word.isalpha()
            ):
                return True
            if (
                word in _VERBS_ON_A_PARTY
                and word == before.get("w-1=")
                and before.get("w-2=") in _INFINITIVE_MARKERS
            ):
                # a verb done to a party, in its base form after "to" or a modal, right
                # before the name: "called on Washington to restrain Israel.", "will punish
                # Chad" (ACT70: dev 976). Only these verbs: a base form of any verb ("to see
                # Kenya", "will soak Kenya", "to rebuild Sudan") names the land as often.
                return True
        elif f == "list" or f.startswith(("after-name|", "before-name|")):
            listed = True
    return listed and not governed


def vetoed(
    text: str,
    found: list[Suggestion],
    gazetteer: Mapping[str, GazetteerEntry],
    model: Model | None = None,
    threshold: float | None = None,
    defaulted: Collection[tuple[int, int]] = (),
    defaulted_threshold: float | None = None,
    pattern_threshold: float | None = None,
    pieces: PieceIndex | None = None,
) -> list[Suggestion]:
    """`found` without the one-word state suggestions of any rule that are places by
    their form (`place_by_form`: page furniture, "Town, State."; in a list of places only
    where no rule's pattern called the name an actor: `CHECKED_RULES` and defaults), and those of
    `CHECKED_RULES` that the model calls a place by more than `threshold` (default: the
    module's `margin`), and those of other rules with an extent in `defaulted` that it
    calls a place by more than `defaulted_threshold` (default: `defaulted_margin`), and
    the other one-word state suggestions, no capital (a rule's pattern called them actors)
    that it calls a place by more than `pattern_threshold` (default: `pattern_margin`;
    None: not read). `pieces`: the text's piece index, if made (see `Article`)."""
    limit = margin if threshold is None else threshold
    other_limit = defaulted_margin if defaulted_threshold is None else defaulted_threshold
    pattern_limit = pattern_margin if pattern_threshold is None else pattern_threshold
    names = state_names(gazetteer)
    # (a list of places, "from X, Y and Z", overrules no pattern that called a name an
    # actor: only a blind rule's suggestion or a rule's default)
    decided = {
        (s.start, s.end)
        for s in found
        if s.label == "ACTOR" and s.rule not in CHECKED_RULES and (s.start, s.end) not in defaulted
    }
    by_form = {
        (s.start, s.end)
        for s in found
        if s.label == "ACTOR"
        and text[s.start : s.end] in names
        and (reason := place_by_form(text, s.start, s.end, gazetteer))
        and (reason != "list" or (s.start, s.end) not in decided)
    }
    if by_form:
        found = [s for s in found if s.label != "ACTOR" or (s.start, s.end) not in by_form]
    scored = scores(text, found, gazetteer, model, defaulted, pattern_limit is not None, pieces)
    if not scored:
        return found
    blind = {(s.start, s.end) for s in found if s.label == "ACTOR" and s.rule in CHECKED_RULES}

    def allowed(extent: tuple[int, int]) -> float:
        """How far the model may call this extent a place before it is dropped."""
        if extent in blind:
            return limit
        if extent in defaulted or pattern_limit is None:
            return other_limit
        return pattern_limit

    dropped = {extent for extent, score in scored.items() if score < -allowed(extent)}
    if not dropped:
        return found
    return [s for s in found if s.label != "ACTOR" or (s.start, s.end) not in dropped]


def _nothing(_ctx: SuggestContext) -> Iterator[Suggestion]:
    return iter(())


register(
    Rule(
        RULE_NAME,
        "ACTOR",
        "Checks the one-word states that rules blind to their context propose (annotate "
        "all occurrences, an acronym's later mentions) with a small model trained on the "
        "development gold, and drops those it reads as a place ('fighting in Sudan'); "
        "proposes nothing itself.",
        _nothing,
    )
)
