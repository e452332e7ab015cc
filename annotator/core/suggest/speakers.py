"""Speaker proposals: which ACTOR mention said each QUOTE.

Tried in order, the first that decides wins:

1. the attribution after the quote: '..., X said', '..., said X, a spokesman',
   '..., according to X', '..., she said' (the nearest person named before),
   '..., the charity said' (the nearest organisation named before),
   '..., the official said' (nobody named: no speaker);
2. the attribution before it: 'X told reporters: "...', 'X said, ‘...';
3. a quote inside a sentence: the subject of the last speech verb before it
   ('X accused MSF of "..."');
4. a quote standing alone: the speaker of the quote just before it when that
   quote ends in the previous sentence, else the subject of the previous sentence;
5. a headline quote: the speaker of the body quote that repeats its words.

People are preferred to organisations as the subject ("Velkov, speaking on
Radio X, called ..."), and commas-delimited asides are skipped.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from operator import attrgetter
from typing import Final

from annotator.core.compiled_patterns import compile_pattern
from annotator.core.suggest.actors import ROLE_WORDS, SPEECH_VERBS, TITLES, speech_follows
from annotator.core.suggest.base import Suggestion
from annotator.core.suggest.casualties import word_alternatives
from annotator.core.suggest.text import (
    ABBREVIATIONS,
    Sentence,
    is_sentence_start,
    longest_first,
    sentences,
    word_table,
    words,
)

Extent = tuple[int, int]

_CLOSERS: Final = "\"'\u201d\u2019\u00bb\u203a\u201c"
_PRONOUN_PERSON: Final = frozenset({"he", "she"})
_PRONOUN_GROUP: Final = frozenset({"it", "they"})
# "the charity said": a description that stands for an organisation named earlier.
_GROUP_NOUNS: Final = words(
    "charity group agency organisation organization ministry army military militia movement "
    "committee government rebels police company alliance coalition office mission programme "
    "front brigade brigades force forces council authority authorities department service "
    "faction collective "
    "broadcaster newspaper daily channel station network "
    # nouns of a body's name: "the cell said" is the "Security Media Cell" named before
    "cell command directorate commission secretariat bureau forum union party association "
    "federation tribunal observatory watchdog institute foundation unit "
    # a state's rulers: "the junta said" is the state named before
    "junta regime "
    # an army's command: "the General Staff said" is "Ukraine's General Staff"
    "staff "
    # any body, as translated wires write it ("la entidad", "l'institution")
    "entity institution "
    # an army's formations, named by the noun that ends their name: "the division said"
    # is the "3rd Infantry Division" named before
    "division battalion regiment"
)
# ... which say nothing of the body's kind: "the entity said" is the body that spoke or
# was the source last.
_GENERIC_BODY_NOUNS: Final = words("entity institution")
# ... which stand only for a body whose name holds them ("the cell", "the forum").
_NAME_NOUNS: Final = words(
    "cell command directorate commission secretariat bureau forum union party association "
    "federation tribunal observatory watchdog institute foundation unit collective "
    "division battalion regiment"
)
# ... of which an army's formations may stand for the body that owns them, unnamed: "its
# division", "one of its battalions", "a regiment of its paratroopers" (review72g).
_FORMATION_NOUNS: Final = words("division battalion regiment")
# Who may say a quote without being named: "the official said" has no speaker.
_DESCRIPTIONS: Final = words(
    "official officials witness witnesses resident residents source sources spokesman "
    "spokeswoman man woman mother father survivor doctor nurse officer soldier fighter "
    "commander mayor governor minister statement"
)
# Verbs that judge aloud and bring a partial quote: 'a move Hargeisa denounced as "..."'.
_JUDGING_VERBS: Final = words(
    "denounced denounces condemned condemns criticised criticized criticises criticizes "
    "branded brands termed labelled labeled decried decries slammed slams "
    # ... and verbs that carry a speaker on: '"...," he continued'
    "continued continues"
)
# Verbs of saying that wires use more rarely, for the attribution only.
_RARER_SPEECH_VERBS: Final = words(
    "alleged alleges remarked remarks recounted recounts emphasised emphasized emphasises "
    "emphasizes maintained maintains pleaded pleads commented comments texted texts say "
    # (translated wires: '"...," assured General X', 'underlined Father X')
    "assured assures underlined underlines underscored underscores affirmed affirms "
    "reaffirmed reaffirms deplored deplores asserted asserts retorted retorts "
    # a participle that carries the words of a demand: "..., demanding a debate on the "..."
    "demanding "
    # a body's plea to another, whose words are the pleader's: 'X appealed to the ministry
    # to "expedite a political solution"' (the addressee after "to" is no speaker)
    "appealed appeals "
    # translated Spanish and Portuguese wires ('"...," the prosecutor's office indicated',
    # "indic\u00f3", "precis\u00f3"), and a statement's last words ("the communiqu\u00e9 concluded")
    "indicated indicates specified specifies concluded concludes"
)
# The verbs as a tree of shared prefixes, longest first: the same matches as their
# longest-first alternation, searched over whole sentences two to three times faster.
_VERB: Final = re.compile(
    r"\b("
    + word_alternatives(" ".join(SPEECH_VERBS | _JUDGING_VERBS | _RARER_SPEECH_VERBS))
    + r")\b"
)
_STATEMENT_BY: Final = re.compile(
    r"\b(?:statement|message|post|communiqu[e\u00e9]|letter|video)\s+(?:\w+\s+)?"
    r"(?:from|by|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ACCORDING: Final = re.compile(r"^according\s+to\s+", re.IGNORECASE)
# "According to him, ": a pronoun alone as the source.
_OBJECT_PRONOUN: Final = re.compile(r"\s*(him|her|them|it)\s*")
# A speech verb right after a subject: " denied", " has rejected", " also said".
_SPOKE_NEXT: Final = re.compile(
    r"\s+(?:(?:has|had|also|later|swiftly|quickly)\s+)?(?:"
    + _VERB.pattern
    + r"|rejected|rejects|dismissed|dismisses)"
)
_ASIDE: Final = re.compile(r",[^,]*,\s*$")
# Auxiliaries and adverbs between an aside's closing comma and its verb: "X, the EU's
# agency, has warned", "X, a rights group, had earlier said", "X, ..., also told".
_AFTER_ASIDE: Final = re.compile(
    r",\s*((?:(?:has|have|had|also|earlier|later|previously|since|again|repeatedly|already"
    r"|would|will|did|[a-z]{3,}ly)\s+)+)$"
)


# Between joint speakers: "A and B", "A, a nurse, and her colleague B", "A and the UN envoy,
# B" (words without a sentence's or a quote's punctuation).
_JOINT_GAP: Final = re.compile(
    # ("A of UNICEF and B of the WHO said": the body each speaks for after the name)
    r"(?:,[^,.;:\"\u201c\u201d\n]{1,80}|\s+of\s+[^,.;:\"\u201c\u201d\n]{1,60}?)?,?\s+and\s+"
    r"(?:[^,.;:\"\u201c\u201d\n]{0,60}?,\s*)?(?:[^,.;:\"\u201c\u201d\n]{0,40}?\s)?"
)
# ... never across a contrast, which opens a clause with a subject of its own.
# (not one inside an aside that the coordination's "and" closes: "A, who was shot but
# survived, and B told AFP", "The EU, though divided, and the AU said" are joint)
_CONTRAST_IN_GAP: Final = re.compile(
    r"\b(?:but|while|whereas|although|though|yet)\b(?![^\n]*\band\b)"
)
# ... and, before the "and", the commas of a longer list: "Canada, Norway, the UK and B".
_LIST_COMMA_GAP: Final = re.compile(r",\s+(?:the\s+)?")
_OBJECT_OF_BEFORE: Final = re.compile(
    r"\b(?:with|to|from|of|in|by|for|between|among|on|at|against|after|before|than|and|or)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# ... except the "of" that hangs a list of states or bodies on the plural of those who
# speak for each, opening the subject: "The embassies of A, B, the UK and C said", "and
# the foreign ministers of A, B and C said" (the list's items are the joint speakers, the
# first leading; spk65, review65t), in title case or with no "The" too ("Embassies of A,
# B and C said": spk66)
_REPRESENTED_OF_BEFORE: Final = re.compile(
    r"(?:^|[.!?]\s+|\n|,\s+|\band\s+)(?:[Tt]he\s+)?(?:[A-Za-z]+\s+)?(?:embassies|consulates"
    r"|governments|ambassadors|ministers|leaders|delegations|missions|envoys|representatives)"
    r"\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A body's role before the first of them: "The UN envoy, A, and", "UNICEF's director, A,".
_ROLE_OF_BODY_GAP: Final = re.compile(r"(?:['\u2019]s)?(?: [a-z-]+){1,4},\s*")
# ... the last of them then speaks: "B said", "B, a doctor, told AFP", "B jointly said".
_JOINT_VERB: Final = re.compile(
    r"(?:,[^,.;:\"\u201c\u201d\n]{1,80},|\s+of\s+(?:the\s+)?[A-Z][^,.;:\"\u201c\u201d\n]{0,60}?"
    # (where the last of them sits: "The embassies of A, B and C in N'Djamena said": spk66)
    # (never "A and B in Bamako, said the governor": the place closes an object, s66)
    r"|\s+in\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}(?!,))?"
    r",?\s+(?:(?:also|later|jointly|both|then)\s+)?" + _VERB.pattern
)


# What may close a bracketed acronym after its mention: "ULFA(I))" suggested as "ULFA".
_BRACKET_TAIL: Final = re.compile(r"(?:\([A-Za-z0-9-]{1,12}\))?\)?")


def _past_bracket_tail(text: str, end: int) -> int:
    """Where a mention ending at `end` ends with its acronym's bracketed tail."""
    tail = _BRACKET_TAIL.match(text, end)
    return end if tail is None else tail.end()


# A full name and its bracketed acronym: "Allied Democratic Forces (ADF".
_ALIAS_OPENS: Final = re.compile(r"\s*\(")


# ... or any verb, for "they" after them: "A and B walked", "A and B, two farmers, fled".
_JOINT_ANY_VERB: Final = re.compile(
    r"(?:,[^,.;:\"\u201c\u201d\n]{1,80},)?,?\s+(?:(?:also|later|jointly|both|then)\s+)?"
    r"(?!(?:of|for|from|with|in|at|on|to|by|and|or|who|whose|which|whom|that)\b)[a-z]{3,}\b"
)


# Which type of actor a description stands for.
_DESCRIBED_TYPES: Final = word_table(
    (
        "armed group",
        "group militia movement front rebels brigade brigades coalition alliance faction",
    ),
    (
        "state",
        "ministry government army military police authorities force forces navy junta regime staff",
    ),
    ("organisation", "charity agency organisation organization mission office"),
    ("media", "broadcaster newspaper daily channel station network"),
)
# "the rights group", "the aid group": an organisation, not an armed group.
_CIVIL_MODIFIERS: Final = words(
    "rights aid humanitarian relief monitoring advocacy medical watchdog"
)
# "the paramilitary force", "the rebel movement": an armed group, whatever the noun.
_ARMED_MODIFIERS: Final = words("paramilitary rebel militant insurgent jihadist separatist")
# "a spokesman for the", "spokeswoman of": who speaks for the organisation named next.
_SPEAKS_FOR: Final = re.compile(
    r"\b(?:spokes(?:man|woman|person|people)|representatives?)\s+(?:for|of)\s+(?:the\s+)?"
    # (a body's description before its name: "for the ruling X party", "for the militant
    # group X"; lower-case words only, no preposition, article or number among them)
    r"(?-i:(?:(?!(?:of|for|and|or|to|in|on|at|by|with|from|a|an|the|his|her|their|its"
    r"|two|three|four|five|six|seven|eight|nine|ten"
    # (nor a participle or a preposition that makes the name an object: "for the coalition
    # fighting Hamas", "for the campaign against Wagner", "for the talks between Israel")
    r"|against|between|near|under|over|about|after|before|behind|across|among|amid|inside"
    r"|outside|within|without|into|through|via|versus|like|than|as|who|which|that|whose"
    r"|(?!ruling\b|governing\b)[a-z]+ing)\b)[a-z][a-z-]*\s+){0,2})$",
    re.IGNORECASE,
)
_PRONOUN_AFTER_COMMA: Final = re.compile(
    r",\s*(?:he|she|it|they|the\s+(?:[a-z]+\s+)?[a-z]+)\s+$", re.IGNORECASE
)
# "According to X, ...": X attributes what follows in its sentence.
_ACCORDING_TO: Final = re.compile(r"\b(?:according\s+to|in\s+the\s+words\s+of)\s+", re.IGNORECASE)
# Words that open a new clause after a quote: what follows them does not attribute it
# ('a figure the group called "..." and which the United Nations said ...').
_NEW_CLAUSE: Final = frozenset({"and", "but", "which", "while", "whereas", "although", "though"})
# Someone introduced without a name, then speaking: "A nurse ... said", "But a man who
# says he is a member ... insists", "One of them, ..., says", "A community leader, who spoke
# on condition of anonymity, said".
_UNNAMED_SPEAKER: Final = re.compile(
    r"(?:^|[.!?][\"'\u201d\u2019]?\s+|\n)(?:(?:But|And|Yet|Then|Now|Later|Still|Outside)\s+)?"
    r"(?:A|An|One|Another|(?<=[a-z]\s)(?:a|an|one|another))\s+"
    r"(?:(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:"
    + "|".join(
        sorted(
            _DESCRIPTIONS
            | {
                "worker",
                "teacher",
                "trader",
                "farmer",
                "leader",
                "member",
                "elder",
                "relative",
                "neighbour",
                "villager",
                "volunteer",
                "medic",
            }
        )
    )
    + r")\b"
    r"|of\s+(?:them|those|the)\b"
    # "A 52-year-old grain seller said": an age makes the subject a person, whatever his
    # trade, and the article leaves him unnamed (the verb right after his description)
    # (a noun for a person, by its ending or its word: not "A 15-year-old law says", "A
    # 10-year-old agreement says", "A 40-year-old charter says"; nor the passive "A
    # 30-year-old militant said to be the bomb maker was killed")
    r"|(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\s+(?:[a-z]+\s+){0,2}"
    r"(?!(?:charter|order|letter|paper|poster|register|computer|border|corner|river|tower"
    r"|water|shelter|centre|center|monument|agreement|government|settlement|movement"
    r"|parliament|regiment|document|statement)\b)"
    r"(?:[a-z]+(?:er|or|ist|ian|ant|ent|man|woman|men|ic|ee|eer|ier)"
    r"|conscript|recruit|cadet|pilot|nurse|cleric|monk|nun|imam|priest|chef|cook|clerk|guard"
    r"|guide|medic|captive|hostage|orphan|widow|bride|groom|veteran|artisan|shepherd|nomad"
    r"|youth|mason|athlete|graduate|deputy|envoy|teen|wife|husband|son|daughter)"
    r"(?=\s+(?:said(?!\s+to\b)|says(?!\s+to\b)|told|tells|recalled|recalls|added|adds)\b)"
    r"|[^.!?\n]{0,80}?\b(?:anonymity|not\s+(?:(?:want|wish)\s+)?to\s+be\s+(?:named|identified)"
    r"|(?:first\s+)?name"
    r"\s+withheld|only\s+(?:his|her)\s+(?:first\s+name|nickname))\b)"
    r"[^.!?\n]*?\b(?:" + "|".join(sorted(SPEECH_VERBS, key=longest_first)) + r")\b"
)
# However a speaker is described, these words say the paper withholds the name: "a midwife,
# who spoke on condition of anonymity, said", "speaking anonymously", "declined to be named".
_ANONYMOUS: Final = re.compile(
    r"\b(?:asked|declined|requested|refused)\s+(?:not\s+)?to\s+be\s+(?:named|identified)\b"
    r"|\b(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity\b"
    r"|\b(?:speaking|spoke)\s+anonymously\b"
    r"|\bwho\s+(?:did\s+not|would\s+not|declined\s+to)\s+give\s+(?:his|her|their)\s+"
    r"(?:full\s+|last\s+)?name\b"
    # "who does not want his name used", "did not want her name published"
    r"|\b(?:does|did|do|would)\s+not\s+want\s+(?:his|her|their)\s+(?:full\s+|real\s+|last\s+)?"
    r"names?\s+(?:to\s+be\s+)?(?:used|published|given|printed|revealed|disclosed|known)\b"
    # "asked that her name be withheld", "asked us not to use his name"
    r"|\basked\s+(?:that\s+)?(?:his|her|their)\s+(?:full\s+|real\s+|last\s+)?names?\s+"
    r"(?:not\s+be|be\s+withheld)\b"
    r"|\basked\s+(?:us\s+|reporters\s+)?not\s+to\s+(?:use|publish|give|print)\s+(?:his|her|their)\s+"
    r"(?:full\s+|real\s+|last\s+)?names?\b"
    # "whose name is withheld for her safety", "his name has been withheld"
    r"|\b(?:whose|his|her|their)\s+(?:full\s+|real\s+|last\s+)?names?\s+(?:is|are|was|were"
    r"|has\s+been|have\s+been|had\s+been)\s+(?:being\s+)?withheld\b"
    # "who requested anonymity", "was granted anonymity"
    r"|\b(?:requested|asked\s+for|(?:was|were)\s+granted|insisted\s+on)\s+anonymity\b"
    # a protected witness: "identified only by the code K-7", "known only by a pseudonym",
    # "referred to only by a number" (a code or pseudonym is no name of the person)
    r"|\b(?:identified|known|referred\s+to)\s+only\s+(?:by|as)\s+(?:the\s+|a\s+|an\s+|his\s+"
    r"|her\s+|their\s+)?(?:code(?:\s+name)?|codename|number|letter|pseudonym|call\s*sign"
    r"|witness\s+(?:number|code))\b"
    # "whose name the court ordered withheld", "whose name the judge agreed to withhold"
    r"|\bwhose\s+(?:full\s+|real\s+)?names?\s+(?:the\s+)?(?:[a-z]+\s+){1,2}?(?:has\s+|had\s+)?"
    r"(?:ordered|agreed|decided|allowed|asked)\s+(?:to\s+)?(?:be\s+)?(?:withheld|withhold|suppressed"
    r"|kept\s+secret)\b",
    re.IGNORECASE,
)
# A word each form of `_ANONYMOUS` holds, case aside ("named", "name", "anonymity",
# "identified", "only"): a window of ASCII text without any is not searched (perf68).
_ANONYMOUS_WORDS: Final = ("name", "anonym", "identified", "only")


def _anonymous_in(text: str, begin: int, end: int) -> bool:
    """`_ANONYMOUS.search(text, begin, end) is not None`, searched only where the window
    holds one of `_ANONYMOUS_WORDS` in any case (or a letter outside ASCII, which a
    case-insensitive pattern may take for an ASCII one): the pronoun rule reads 600
    characters back for every quote, and most windows hold none (perf68)."""
    window = text[begin:end]
    if window.isascii():
        low = window.lower()
        if not any(word in low for word in _ANONYMOUS_WORDS):
            return False
    return _ANONYMOUS.search(text, begin, end) is not None


# A sentence opening with a body described, then the name it goes by: "The militia, which
# calls itself ", "A new group calling itself the ", "An alliance known as ".
# A place or time opening a sentence before its subject: "In Belgrade, ", "On Monday, ",
# "Later on Friday, ", "In the capital, Kinshasa, " (words with no verb of their own).
_OPENING_SETTING: Final = re.compile(
    # (a capitalised place or day only: "In a statement, " has its own reading)
    r"(?:(?:(?:Late|Early|Later|Earlier)\s+(?:on|in|at)|In|At|On|From)\s+(?:the\s+)?[A-Z][\w'\u2019.-]*"
    r"(?:\s+[A-Z][\w'\u2019.-]*){0,3}(?:\s+(?:morning|afternoon|evening|night))?"
    r"|Meanwhile|Separately|Elsewhere|Later|Earlier),\s+(?=(?:the\s+|The\s+|an?\s+|An?\s+)?[A-Za-z])"
)
# ... or the document its subject acts in: "In a statement, X denied it.", "In a post on
# Telegram on Sunday, X claimed ..." (the subject right after the comma)
_OPENING_DOCUMENT: Final = re.compile(
    r"(?:In|Through)\s+(?:a|an|its|their)\s+(?:[a-z]+\s+)?(?:statement|communiqu[e\u00e9]|post"
    r"|message|video|press\s+release)\b[^,.;:\"\u201c\u201d\n]{0,60},\s+(?=(?:the\s+)?[A-Z])"
)
_SELF_NAMED: Final = re.compile(
    r"\s*(?:The|A|An)(?:\s+[a-z-]+){1,3},?\s+(?:(?:which|that|who)\s+(?:calls|called|call)\s+"
    r"(?:itself|themselves)|calling\s+(?:itself|themselves)|(?:locally\s+)?known\s+as)"
    r"\s+(?:the\s+)?"
)


# Between an owner and the body it owns, both mentions: "Russia's Defence Ministry", "the
# Philippines' Department of Migrant Workers" (a plural's possessive).
_POSSESSIVE_GAPS: Final = ("'s ", "\u2019s ", "' ", "\u2019 ")
# ... and past a word or two of the owner's: "India's federal Ministry of Home Affairs",
# "Nigeria's new Ministry of Defence".
_OWNER_WORDS_GAP: Final = re.compile(r"['\u2019]s?(?: [a-z-]+){1,2} ")
# Sort keys of mentions, made in C rather than by a lambda per mention.
_START: Final = attrgetter("start")
_START_END: Final = attrgetter("start", "end")


# How many person mentions a role's or an office's holder is looked for among, at most
# (`_Mentions._people_back`): eight people said again five times each.
_PEOPLE_BACK_MENTIONS: Final = 40


# How many sentences back a body described as speaking ("the group said") is followed
# through descriptions of itself before nobody is named (see `_body_speaking_before`).
_SPEAKING_CHAIN: Final = 40


# A state's force named "... Armed Forces" or "... Defence Forces" (or an acronym given
# with such a name: "General Staff of the Armed Forces (FAMa)") is what "the army" and "the
# military" describe, as a name holding the noun is ("Malian army"): the nearer wins, as
# the issue's grammar has it ("the nearest preceding compatible mention") (spk71).
_ARMED_FORCES_WORDS: Final = re.compile(r"\b(?:armed|defen[cs]e)\s+forces\b")
# A UN force ("United Nations Interim Force in Lebanon (UNIFIL)", "UN Interim Security
# Force for Abyei") is a peacekeeping mission: what "the mission" describes (spk71).
_UN_FORCE_WORDS: Final = re.compile(r"^(?:united\s+nations|un|u\.n\.)\b.*\bforce\b")


# the close of an acronym's bracket or an acronym bracketed after the name, before a verb
_BRACKET_AFTER: Final = re.compile(r"\)?(?:\s*\([^()]{1,15}\))?")


def _compatible_name(text: str, head: str, actor: Suggestion, name: Sequence[str]) -> bool:
    """True when "the <head>" may describe `actor` though its name, in lower-case `name`
    words (with the full name bracketed before an acronym), lacks the noun: "the army" or
    "the military" for a state's armed or defence forces that spoke ("the General Staff of
    the Armed Forces (FAMa) said"; never another state's force named only as a place or a
    target: "a post of the Lebanese Armed Forces (LAF)", "units of the Armed Forces of
    Ukraine", review71s), "the mission" for a UN force (never a UN task force)."""
    joined = " ".join(name)
    if head in ("army", "military"):
        bracket = _BRACKET_AFTER.match(text, actor.end)  # always matches (all optional)
        return (
            actor.attributes.get("type") == "state"
            and _ARMED_FORCES_WORDS.search(joined) is not None
            and _SPOKE_NEXT.match(text, bracket.end() if bracket else actor.end) is not None
        )
    return (
        head == "mission"
        and _UN_FORCE_WORDS.search(joined) is not None
        and "task force" not in joined
    )


class _Mentions:
    def __init__(self, actors: Sequence[Suggestion]) -> None:
        self.actors = sorted(actors, key=_START_END)
        self.starts = [a.start for a in self.actors]
        # For each index, the nearest index at or before it of a person's mention and of any
        # other's (-1: none): a walk back for one kind steps over the other kind at once, so
        # a page of many bodies and no person is not read back to its start for every quote
        self._previous: dict[bool, list[int]] = {True: [], False: []}
        last = {True: -1, False: -1}
        for index, actor in enumerate(self.actors):
            last[_is_person(actor)] = index
            self._previous[True].append(last[True])
            self._previous[False].append(last[False])
        self._by_last_word: tuple[str, dict[str, list[Suggestion]]] | None = None
        self._by_name: tuple[str, dict[str, list[Suggestion]]] | None = None
        self._names_by_last: tuple[str, dict[str, list[str]]] | None = None
        self._by_inner_word: tuple[str, dict[str, list[str]]] | None = None
        self._roles_by_name: tuple[str, dict[str, tuple[list[int], list[set[str]]]]] | None = None
        self._genders: tuple[str, dict[Extent, str]] | None = None
        self._first_genders: tuple[str, dict[str, tuple[int, str] | None]] | None = None
        self._body_acronyms: set[str] | None = None
        self._by_first_word: tuple[str, dict[str, list[tuple[int, list[str]]]]] | None = None
        # `_body_speaking_before` by the sentence it reads, and how deep its chain runs now
        # ("The group said: ..." after "The group said: ...": each reads the one before)
        self._speaking: tuple[str, dict[Extent, Suggestion | None]] | None = None
        self._speaking_depth = 0
        self._speaking_cut = 0

    def body_acronyms(self, text: str) -> set[str]:
        """The acronyms bracketed right after a state body's name ("National Service for
        ... (SNAI)"): a body's, not the whole state's, in every mention (made once)."""
        if self._body_acronyms is None:
            self._body_acronyms = {
                text[b.start : b.end]
                for a, b in zip(self.actors, self.actors[1:], strict=False)
                if b.start == a.end + 2
                and text[a.end : b.start] == " ("
                and not _names_whole_state(text, a)
            }
        return self._body_acronyms

    def at(self, extent: Extent) -> Suggestion | None:
        """The mention with exactly this extent, if any."""
        i = bisect_left(self.starts, extent[0])
        while i < len(self.actors) and self.actors[i].start == extent[0]:
            if self.actors[i].end == extent[1]:
                return self.actors[i]
            i += 1
        return None

    def starts_between(self, start: int, end: int) -> bool:
        """True when a mention starts in [start, end)."""
        i = bisect_left(self.starts, start)
        return i < len(self.starts) and self.starts[i] < end

    def within(self, start: int, end: int) -> list[Suggestion]:
        i = bisect_left(self.starts, start)
        found = []
        while i < len(self.actors) and self.actors[i].start < end:
            if self.actors[i].end <= end:
                found.append(self.actors[i])
            i += 1
        return found

    def previous_of_kind(self, i: int, *, person: bool) -> int:
        """The nearest index at or before `i` of a person's mention (`person`) or of any
        other's; -1 when there is none."""
        return self._previous[person][i] if i >= 0 else -1

    def nearest_before(self, offset: int, *, person: bool) -> Suggestion | None:
        i = self.previous_of_kind(bisect_left(self.starts, offset) - 1, person=person)
        while i >= 0:
            actor = self.actors[i]
            if actor.end <= offset:
                return actor
            i = self.previous_of_kind(i - 1, person=person)
        return None

    def described_before(self, text: str, offset: int, words: Sequence[str]) -> Suggestion | None:
        """The organisation 'the <words>' at `offset` means: the nearest one named before
        whose name holds the description ("the air force" -> "Ukrainian air force"), else
        the nearest of a compatible type ("the group" -> an armed group), else the nearest."""
        phrase = " ".join(words)
        head = words[-1] if words else ""
        if head in _GENERIC_BODY_NOUNS:
            # "According to the Defensor\u00eda, ... . '...,' the entity said": the body
            # that spoke or was the source in the sentences before; else nobody sure
            return self._body_speaking_before(text, offset) or self._according_source_before(
                text, offset
            )
        wanted = _DESCRIBED_TYPES.get(head)
        if set(words[:-1]) & _CIVIL_MODIFIERS:
            wanted = "organisation"
        elif set(words[:-1]) & _ARMED_MODIFIERS:
            wanted = "armed group"  # "the paramilitary force", "the rebel movement"
        before = self.organisations_before(offset, 12)
        if head in ("army", "military", "police", "forces"):
            # "a soldier from the Duvdevan special forces unit ... the army said": a unit
            # named as its soldiers' is no "the army" (review68a)
            before = [
                a
                for a in before
                if a.attributes.get("type") != "state" or not _UNIT_OF_ITS_PEOPLE.match(text, a.end)
            ]
        if head not in _OUTLET_NOUNS:
            # "... in a joint communique read on Tele Tchad ... '...,' the two ministries
            # said": the outlet that carried the words is not the body described
            before = [
                a
                for a in before
                if a.attributes.get("type") != "media"
                or not _CARRIED_BY.search(text, max(0, a.start - 40), a.start)
            ]
        if head == "government":
            # "the government" is the state by its name, capital or government, never one
            # of its bodies ("National Police", "Malian army") nor a body of its own kind
            before = [
                a
                for a in before
                if a.attributes.get("type") != "state"
                or (
                    _names_whole_state(text, a)
                    and text[a.start : a.end] not in self.body_acronyms(text)
                )
            ]
        # A bracketed acronym holds what its full name holds: "the mission" -> "UNAMA" of
        # "United Nations Assistance Mission in Afghanistan (UNAMA)", the nearer mention.
        spelled = {a.end: text[a.start : a.end].lower().split() for a in before}
        # (a name's hyphenated words too: "the movement" is "Sudan People's Liberation
        # Movement-in-Opposition (SPLM-IO)")
        names = {
            a.key: _name_words(" ".join(spelled.get(a.start - 2, [])))
            + _name_words(text[a.start : a.end])
            if text[a.start - 1 : a.start] == "("
            else _name_words(text[a.start : a.end])
            for a in before
        }
        subject = self._previous_subject_at(text, offset)
        speaking = self._body_speaking_before(text, offset) if head == "group" else None
        tests: tuple[Callable[[Suggestion], bool], ...] = (
            # "Naypyitaw denied it. In a statement, the military's team said": the subject
            # that spoke in the sentence before, of the kind described, goes on (not when
            # it spoke of another of that kind: "Ukraine says Russia has lost 40 jets")
            lambda a: (
                a is subject
                and wanted is not None
                and a.attributes.get("type") == wanted
                and _SPOKE_NEXT.match(text, a.end) is not None
                and not _owns_another_kind(text, a, head)
                and not self._owner_of_named(text, a, head)
                # (nor a body of another kind by its name: "the General Staff said" is no
                # "Russian Defence Ministry said" of the sentence before)
                and not _named_another_kind(head, names[a.key])
                # (nor over an owner whose body spoke itself: "Russia's defence ministry
                # said ... Kyiv denied it ... the ministry said" is Russia's)
                and not any(
                    _owns(text, b, head) and _SPOKE_NEXT.match(text, _owned_end(text, b, head))
                    for b in before
                )
                and not any(
                    b.attributes.get("type") == wanted
                    for b in self.within(a.end, _sentence_end(text, a.end))
                )
            ),
            # "Turkey's defence ministry said ... the ministry said": the owner named with
            # the body, over a capital or state named since.
            # (not when the body owned is a mention itself: "Iraq's Security Media Cell",
            # "India's federal Ministry of Home Affairs"; nor past a body of that kind named
            # since by its own name: "Jordan's army said ... the Jordan Armed Forces-Arab
            # Army said ... the army added")
            lambda a: (
                _owns(text, a, head)
                and not self.starts_between(a.end + 1, _owned_end(text, a, head))
                and not any(_of_kind(head, names[b.key]) for b in before if b.start > a.end)
            ),
            # "The RSF did not respond. The group has denied ...": the subject of the
            # sentence before, when it is of the kind described
            lambda a: (
                a is subject
                and wanted is not None
                and a.attributes.get("type") == wanted
                and not _owns_another_kind(text, a, head)
                and not _named_another_kind(head, names[a.key])
                # (nor the owner of the body of that kind that was the subject: "The
                # African Union's Monitoring, Verification and Compliance Mission (AU-MVCM)
                # said ... the mission called on" is the mission, by its own name)
                and not self._owner_of_named(text, a, head)
            ),
            # 'Human Rights Watch said ... . "...," the group said': the body that spoke in
            # the sentence before goes on, an NGO as well as an armed group
            lambda a: (
                a is speaking
                and a.attributes.get("type") in ("organisation", "armed group")
                and not set(words[:-1]) & (_ARMED_MODIFIERS if _is_civil(a) else _CIVIL_MODIFIERS)
            ),
            lambda a: len(words) > 1 and phrase in text[a.start : a.end].lower(),
            # "The Emergency Response Rooms, a volunteer network ..." then "the network said",
            # "Ecuador's prison agency, SNAI, ..." then "the agency said".
            lambda a: _described_as(text, a, head) or _described_before_as(text, a, head),
            # "The rights group Ain o Salish Kendra (ASK) urged ... '...,' the group said":
            # the body the noun introduced right before its name, no comma between, when
            # no other body was named since (but its bracketed letters, or one inside a
            # relative clause on it: "the armed group X, which is linked to Islamic Jihad,")
            lambda a: (
                _introduced_by_noun(text, a, head)
                and all(
                    b.start <= a.start
                    or text[a.end : b.start] == " ("
                    or _in_relative_clause(text, a.end, b.start)
                    for b in before
                )
            ),
            # "the ministry said" -> "Azerbaijani Defence Ministry" rather than a state named
            # since; "the department said" -> "Department of National Defense".
            lambda a: head in names[a.key] or _compatible_name(text, head, a, names[a.key]),
            # "the agency said" -> a state's security or intelligence service named before
            # ("Department of State Services (DSS)", "Federal Security Service (FSB)")
            lambda a: (
                head == "agency"
                and a.attributes.get("type") == "state"
                and not _AGENCY_WORDS.isdisjoint(names[a.key])
            ),
            # "the Taliban government", "the Houthi-run ministry": the name qualifying the
            # body described
            lambda a: _qualifies(text, a, head),
        )
        if head == "agency":
            # "the agency", "the UN agency": one of the UN's agencies, never the UN itself
            # (unless the UN mention names an agency left unnamed: "The UN refugee agency
            # said", whose words the guideline links to that "UN")
            before = [
                a
                for a in before
                if not _UN_ITSELF.fullmatch(text, a.start, a.end)
                or _UN_AGENCY_AFTER.match(text, a.end)
            ]
        by_kind: tuple[Callable[[Suggestion], bool], ...] = (
            # "the government" is the state itself, not its army or a ministry named since.
            lambda a: (
                head in _GOVERNMENT_WORDS
                and a.attributes.get("type") == "state"
                and _names_whole_state(text, a)
            ),
            # "The X Brigade, which is linked to Islamic Jihad, ... The group said": the
            # group the sentence is about, not one named inside its relative clause
            lambda a: (
                wanted is not None
                and a.attributes.get("type") == wanted
                and not _in_relative_clause(text, _sentence_start(text, a.start), a.start)
                and not _owns_another_kind(text, a, head)
                and not _named_another_kind(head, names[a.key])
            ),
            # (not a body of another kind by its name: "the ministry said" is no "Kenya
            # Defence Forces" named before)
            lambda a: (
                wanted is not None
                and a.attributes.get("type") == wanted
                and not _owns_another_kind(text, a, head)
                and not _named_another_kind(head, names[a.key])
            ),
        )
        for test in tests:
            for actor in reversed(before):
                if test(actor):
                    return actor
        if head not in _GOVERNMENT_WORDS and head != "group":
            # "In its statement, the ministry said" a page after "Niger's defence ministry
            # said": a body whose name (or owner) holds the noun, named before the last
            # dozen, over a state of the kind named since (not "the group", the commonest
            # word for any group near, nor "the government", the state named whole)
            farther = [
                a
                for a in self.organisations_before(offset, 40)
                if not before or a.start < before[0].start
            ]
            for actor in reversed(farther):
                if _owns(text, actor, head) or head in _name_words(text[actor.start : actor.end]):
                    return actor
        for test in by_kind:
            for actor in reversed(before):
                if test(actor):
                    return actor
        if head == "group":
            # "the group" with no armed group named before: an NGO is called a group too
            # ("Doctors Without Borders ... the group said").
            for actor in reversed(before):
                if actor.attributes.get("type") == "organisation":
                    return actor
        if head in _FORMATION_NOUNS and before and _formation_owned(text, offset, head):
            # 'The Nigerian Army said troops of its division killed 20. "...," the division
            # said': the owner named before, as for "the ministry" of "Turkey's ministry"
            return before[-1]
        if wanted is not None or head in _NAME_NOUNS:
            return None  # "the ministry" and no ministry, government or army named before
        return before[-1] if before else None

    def _owner_of_named(self, text: str, actor: Suggestion, head: str) -> bool:
        """True when `actor` is named in the possessive before a capitalised body's name
        ending in the noun `head` that is a body of its own, a mention or bracketed
        acronym ("African Union's Monitoring, Verification and Compliance Mission
        (AU-MVCM)" for "the mission")."""
        if not head or text[actor.end : actor.end + 1] not in ("'", "\u2019"):
            return False
        owned = _owned_name_pattern(head).match(text, actor.end, actor.end + 120)
        return owned is not None and (
            self.starts_between(actor.end + 1, owned.end())
            or _BRACKETED_ACRONYM.match(text, owned.end()) is not None
        )

    def _body_speaking_before(self, text: str, offset: int) -> Suggestion | None:
        """The body (not a person) that is the subject of the first plain speech verb of
        the sentence before the one holding `offset` ("In a report in June, Human Rights
        Watch said ..."), unless its words name an armed group; else None.

        That subject may be a description itself ("The group said: ..." after "The group
        said: ..."), read from the sentence before it in turn: each sentence is read once
        (kept by its bounds), and a chain longer than `_SPEAKING_CHAIN` sentences names
        nobody, so a page of such sentences costs linear time and a bounded stack."""
        bounds = _previous_sentence(text, offset)
        if bounds is None:
            return None
        if self._speaking is None or self._speaking[0] is not text:
            self._speaking = (text, {})
        known = self._speaking[1]
        if bounds in known:
            return known[bounds]
        if self._speaking_depth >= _SPEAKING_CHAIN:
            self._speaking_cut += 1
            return None
        cut = self._speaking_cut
        self._speaking_depth += 1
        try:
            found = self._body_speaking_in(text, bounds)
        finally:
            self._speaking_depth -= 1
        if self._speaking_cut == cut:
            known[bounds] = found  # (not when the chain was cut short: read it again)
        return found

    def _body_speaking_in(self, text: str, bounds: tuple[int, int]) -> Suggestion | None:
        """`_body_speaking_before` for the sentence text[bounds[0]:bounds[1]]."""
        said = _PLAIN_SAID.search(text, *bounds)
        if said is None:
            return None  # ("... fired into the air and vowed revenge": no words of its own)
        if any(
            a.attributes.get("type") == "armed group" for a in self.within(said.end(), bounds[1])
        ):
            # ("Save the Children said al-Shabaab fighters had looted its clinic. "We took
            # what we needed," the group said": the armed group its words name)
            return None
        subject = self.at(_subject(text, self, bounds[0], said.start())[1] or (-1, -1))
        return subject if subject is not None and not _is_person(subject) else None

    def _previous_subject_at(self, text: str, offset: int) -> Suggestion | None:
        """The mention opening the sentence before the one holding `offset` (its subject),
        when it is not a person."""
        bounds = _previous_sentence(text, offset)
        if bounds is None:
            return None
        previous, current = bounds
        straddling = [
            a for a in self.within(max(0, previous - 60), current) if a.start < previous < a.end
        ]
        if straddling:
            # "The U.N. Mission in South Sudan said": a sentence split inside an initialism
            # starts at the mention it cut
            previous = straddling[0].start
        document = _OPENING_DOCUMENT.match(text, previous, current)
        if document is not None:
            # (300 characters on: a page without full stops is not read for each quote)
            found = self.within(document.end(), min(current, document.end() + 300))
            if found and any(
                a.attributes.get("type") == found[0].attributes.get("type") for a in found[1:]
            ):
                # ("In a statement, the EMC accused its rivals ..., an accusation the EMBF
                # rejected.": another of its kind named after it may be the one meant)
                return None
        opening = _OPENING_SETTING.match(text, previous, current) or document
        if opening is not None:
            # "In Belgrade, the ministry ... rejected it.", "On Monday, Mali's army denied
            # it.": the subject follows the place or time the sentence opens with
            previous = opening.end()
        found = self.within(previous, current)
        if (
            found
            and not _is_person(found[0])
            and _SELF_NAMED.fullmatch(text, previous, found[0].start)
        ):
            # "The militia, which calls itself X, is ...", "A new militia calling itself X
            # claimed ...": the body the sentence opens with is the one it names
            return found[0]
        if not found or _is_person(found[0]) or found[0].start - previous > 4:
            return None
        if len(found) > 1 and (
            text[found[0].end : found[1].start] in _POSSESSIVE_GAPS
            # (past the owner's words for it: "India's federal Ministry of Home Affairs")
            or (
                not _is_person(found[1])
                and _OWNER_WORDS_GAP.fullmatch(text, found[0].end, found[1].start)
            )
        ):
            found = found[1:]  # "Somalia's National Crisis Cell said": the body owned
        elif len(found) > 1 and _KNOWN_AS_GAP.fullmatch(text, found[0].end, found[1].start):
            # "The U.N. Mission in South Sudan, known as UNMISS, said": its other name,
            # the nearer mention of the same body
            return found[1]
        elif len(found) > 1 and re.fullmatch(
            # (after the body's place too: "The EU's naval mission in the Red Sea, Aspides,")
            r"(?:['\u2019]s)?(?: [a-z-]+){1,3}(?: (?:in|for|of|on) [^,.;:\"\u201c\u201d]{1,40})?"
            r",\s+(?:the\s+)?",
            text[found[0].end : found[1].start],
        ):
            # "The African Union mission, AUSSOM, said", "Islamic Jihad's armed wing, the
            # Al-Quds Brigades, said": the body's own name in apposition, not the name
            # that qualifies it
            return found[1]
        if len(found) > 1 and _UNBRACKETED_NAME_GAP.fullmatch(text, found[0].end, found[1].start):
            # "The UN refugee agency UNHCR said": the body's noun, then its own name
            return found[1]
        if len(found) > 1 and re.fullmatch(
            r" (?:[A-Za-z][\w'\u2019-]* ){0,4}\(", text[found[0].end : found[1].start]
        ):
            # "The Arakan Army (AA) said", "The UN refugee agency (UNHCR) said": the
            # bracketed acronym of the subject, its nearer mention
            return found[1]
        return found[0]

    def organisations_before(self, offset: int, count: int) -> list[Suggestion]:
        """The last `count` mentions that are not people and end by `offset`, in text order."""
        i = self.previous_of_kind(bisect_left(self.starts, offset) - 1, person=False)
        found: list[Suggestion] = []
        while i >= 0 and len(found) < count:
            actor = self.actors[i]
            if actor.end <= offset:
                found.append(actor)
            i = self.previous_of_kind(i - 1, person=False)
        found.reverse()
        return found

    def named_by_head(self, text: str, offset: int, noun: str) -> Suggestion | None:
        """The body "the <noun>" at `offset` names by the last word of its name: the
        nearest of the last dozen named before whose name of two words or more ends in
        `noun` ("the Guard" -> "Revolutionary Guard", "the governorate" -> "North Sinai
        governorate"); else None. A lower-case noun that may name people ("the guard",
        "the survivor", "the families") never stands for a body here."""
        if not noun[:1].isupper() and (
            noun in _UNNAMED_NOUNS or noun in _DESCRIBED_PEOPLE or noun.endswith("s")
        ):
            return None  # (nor a plural: "the families said" are people, not the association)
        noun = noun.lower().removesuffix("s")
        if len(noun) < 3 or noun in _ATTRIBUTION_WORDS:
            return None
        for actor in reversed(self.organisations_before(offset, 12)):
            name = _name_words(text[actor.start : actor.end])
            if len(name) >= 2 and name[-1].removesuffix("s") == noun:
                return actor
            # ... or whose name's head is the noun before its "of" or "for" ("the diocese"
            # -> "Catholic Diocese of Torit", "the league" -> "Tunisian League for Human
            # Rights"): a name the word closes only when nothing follows it
            of = _HEAD_BEFORE_OF.search(text[actor.start : actor.end])
            if of is not None and of.group(1).lower() == noun:
                return actor
        return None

    def group_before(self, text: str, offset: int, *, plural: bool = False) -> Suggestion | None:
        """Who "it said"/"they said" at `offset` means: the body that is the subject of the
        sentence before ("Somaliland's defence ministry gave another account. It said",
        "The junta's information team denied it. It said"), else the nearest organisation
        named before that is not a media outlet (an outlet carries a statement: "In a
        message its news agency published, it said"), else the nearest
        organisation. `plural` ("they"): people named jointly as the subject of the
        sentence before are meant whatever their verb ("A and B walked to Gusau")."""
        bounds = _previous_sentence(text, offset)
        if bounds is not None:
            source = _FINAL_ATTRIBUTION.search(text, *bounds)
            if source is not None:
                who = "who" if source.group("who") is not None else "subject"
                named = [a for a in self.within(*source.span(who)) if not _is_person(a)]
                opening = self.within(bounds[0], min(bounds[1], bounds[0] + 40))
                if (
                    plural
                    and named
                    and not _named_as_plural(text, named[-1])
                    and opening
                    and not _is_person(opening[0])
                    and _named_as_plural(text, opening[0])
                ):
                    # 'The Houthis fired a missile, Israel's army said. "...," they said':
                    # "they" is the plural body the sentence is about, not its singular source
                    return opening[0]
                if named:
                    # 'The Houthis fired a missile, the Israeli military said. "...," it
                    # said': the source the sentence before ends on goes on speaking
                    return named[-1]
                if _DOCUMENT_NOUN.fullmatch(source.group(who)):
                    # '"...", the report said. It also said': whoever issued the report
                    issuer = self.issuer_before(text, source.start(who))
                    if issuer is not None:
                        return issuer
                described = self._final_body_described(text, source, who, plural=plural)
                if described is not None:
                    # 'A man died after crews were stopped, the society said. "...," it
                    # said': the body so described goes on speaking, not the man the
                    # sentence opens on
                    return described
            joint = self.joint_subject(text, *bounds, any_verb=plural)
            if joint is not None:
                return joint  # 'A and B said ... "...," they told AFP': the first named
            pair = _pair_named_in_apposition(text, self, *bounds) if plural else None
            if pair is not None:
                return pair  # 'Two elders in X, A and B, said ... "...," they said': A
            if plural and re.match(r"They\s+[a-z]", text[bounds[0] : bounds[1]]):
                # 'A and his wife, B, fled on foot. They walked for days. "...," they said':
                # the same "they" as the sentence before goes on
                earlier = _previous_sentence(text, bounds[0])
                if earlier is not None:
                    joint = self.joint_subject(text, *earlier, any_verb=True)
                    if joint is not None:
                        return joint
        according = self._according_opening(text, bounds) if bounds and not plural else None
        if according is not None:
            return according
        subject = self._previous_subject_at(text, offset)
        if subject is not None and subject.attributes.get("type") != "media":
            return subject
        opening_words = (
            re.findall(r"[A-Za-z]+", text[bounds[0] : bounds[0] + 60].lower()) if bounds else []
        )
        if _unnamed_subject(opening_words) and (
            plural or opening_words[0] in ("a", "an", "one", "another")
        ):
            # 'Two survivors spoke to AFP. "...," they said': nobody named. ("It" stands
            # for no people in the plural: 'The army said ... . Two soldiers were injured.
            # "...," it said' goes on back to the army.)
            return None
        if bounds is not None:
            wanted = _opening_description(text, bounds[0], bounds[1])
            headed = None if wanted else _HEAD_NOUN_SUBJECT.match(text, bounds[0], bounds[1])
            if headed is not None and not self.within(bounds[0], headed.end()):
                # "The governorate says ... . In a statement, it said": the body whose
                # name ends in the noun the sentence before opened with
                found = self.named_by_head(text, bounds[0], headed.group(1))
                if found is not None:
                    return found
            # (a name opening the sentence is its subject, whatever description leads it:
            # "The regime's State Security and Peace Commission (SSPC) gave another account")
            if wanted and not self.starts_between(bounds[0], bounds[0] + 40):
                found = self.described_before(text, bounds[0], wanted)
                if found is not None:
                    return found
                if wanted[-1] in _DESCRIBED_TYPES:
                    return None  # 'The army denied it. "...," it said': no army named
        for actor in reversed(self.organisations_before(offset, 6)):
            if actor.attributes.get("type") != "media":
                return actor
        return self.nearest_before(offset, person=False)

    def _according_opening(self, text: str, bounds: tuple[int, int]) -> Suggestion | None:
        """The body a sentence opening "According to X, ..." gives as its source, for the
        "it said" after it ("According to the society, 9,900 are held by Israeli forces.
        '...,' it said" -> the society named before, not the forces its words name): a
        body named there (not a person nor an outlet), or "the <noun>" described before;
        else None."""
        opening = _ACCORDING_OPENS_SENTENCE.match(text, bounds[0], bounds[1])
        if opening is None:
            return None
        if _VERB.search(text, opening.end(), bounds[1]) or _SPEECH_IN_ACCORDING_CLAUSE.search(
            text, opening.end(), bounds[1]
        ):
            # (not when the sentence goes on to a body speaking of its own: "According to
            # the UN, the Sudanese army said it had retaken the bridge. '...,' it said" is
            # the army's, as is "Amnesty says ... the army has denied", "X issued a
            # statement claiming" (review72g))
            return None
        named = [
            a
            for a in self.within(opening.start("source"), opening.end("source"))
            if not _is_person(a) and a.attributes.get("type") != "media"
        ]
        if named:
            return self.alias_of(text, named[0], bounds[1])
        described = _ACCORDING_DESCRIBED.fullmatch(opening.group("source"))
        if described is None:
            return None
        noun = described.group(1)
        found = (
            self.described_before(text, opening.start("source"), [noun])
            if noun in _GROUP_NOUNS
            # ("the society": a body named before by the last word of its name)
            else self.named_by_head(text, opening.start("source"), noun)
        )
        return None if found is None or _is_person(found) else found

    def _final_body_described(
        self, text: str, source: re.Match[str], who: str, *, plural: bool
    ) -> Suggestion | None:
        """The body a sentence's closing "..., the <noun> said." describes, for the "it
        said" after it: the society named before as "Palestine Red Crescent Society", the
        ministry by a description ("the ministry" -> "Health Ministry"). None for "they"
        (a singular body is no "they"), for a described person ("the doctor said") and
        when no such body was named."""
        if plural or source.group("subject") is None:
            return None
        described = re.fullmatch(r"the\s+(?:([a-z]+)\s+)?([a-z]+)", source.group(who))
        if described is None:
            return None
        start = source.start(who)
        wanted = [w for w in described.groups() if w]
        if wanted[-1] in _GROUP_NOUNS:
            found = self.described_before(text, start, wanted)
            if found is None or _is_person(found):
                return None
            if wanted[-1] not in _DESCRIBED_TYPES and wanted[-1] not in _name_words(
                text[found.start : found.end]
            ):
                # ('The WHO said ... . A nurse was killed, the council said': a noun of no
                # kind the WHO is, only the nearest body; no council was named)
                return None
            return found
        if len(wanted) == 1:
            return self.named_by_head(text, start, wanted[0])
        return None

    def joint_head(self, text: str, speaker: Suggestion, *, any_verb: bool = False) -> Suggestion:
        """The first of joint speakers when `speaker` is the last of them ("A and B said",
        "A, a nurse, and her colleague B told AFP", "In a joint statement, the EU and the
        AU said"): the guideline links their quote to the first named. Else `speaker`."""
        verb = _JOINT_ANY_VERB if any_verb else _JOINT_VERB
        if verb.match(text, _past_bracket_tail(text, speaker.end)) is None:
            return speaker  # not the subject of a speech verb: "between A and B, said X"
        i = bisect_left(self.starts, speaker.start) - 1
        head = speaker
        # (the walk goes on from a full name whose bracketed acronym it met, "A (A') and
        # B (B') said", while the acronym, A's nearest mention, stays the head)
        walk = speaker
        while i >= 0 and self.actors[i].start >= walk.start - 200:
            other = self.actors[i]
            i -= 1
            if _is_person(other) != _is_person(walk) or other.end > walk.start:
                continue  # "UNICEF" of "A and UNICEF representative B"
            if not _is_person(other) and _ALIAS_OPENS.fullmatch(text, other.end, walk.start):
                walk = other  # "the Allied Democratic Forces (ADF)": one party
                continue
            if _CONTRAST_IN_GAP.search(text, other.end, walk.start):
                break  # "A and B both named members, but C said": a clause of its own
            if not _JOINT_GAP.fullmatch(text, other.end, walk.start):
                if (
                    head is not speaker
                    and _LIST_COMMA_GAP.fullmatch(text, other.end, walk.start)
                    # ("After talks with Kenya, Norway and the US said": an object, no item)
                    and (
                        not _OBJECT_OF_BEFORE.search(text, max(0, other.start - 16), other.start)
                        or _REPRESENTED_OF_BEFORE.search(
                            text, max(0, other.start - 60), other.start
                        )
                        is not None
                    )
                ):
                    # "Canada, Norway, the UK and the US said": past the "and", the list's
                    # commas lead on to its first item
                    head = walk = other
                    continue
                if _JOINT_GAP.fullmatch(text, _past_bracket_tail(text, other.end), walk.start):
                    # "A (NSCN(K-YA)) and B": the acronym's tail closes the first
                    head = walk = other
                    continue
                break
            head = walk = other  # "A, B and C said": on to the first
        return head

    def joint_subject(
        self, text: str, start: int, end: int, *, any_verb: bool = False
    ) -> Suggestion | None:
        """The first of joint speakers who open the sentence [start, end) ("A and B said
        ..."), else None."""
        found = self.within(start, end)
        if (
            not found
            or (
                found[0].start - start > 4
                and not _only_roles(text[start : found[0].start])  # "Farmer A and B said"
                and not _people_described(text[start : found[0].start])
            )
        ):
            return None
        for actor in found[1:5]:
            head = self.joint_head(text, actor, any_verb=any_verb)
            if head is found[0]:
                return head
            if (
                len(found) > 1
                and head is found[1]
                and head is not actor
                and _is_person(head)
                and not _is_person(found[0])
                and _ROLE_OF_BODY_GAP.fullmatch(text, found[0].end, head.start)
            ):
                return head  # "The UN envoy, A, and the WFP's director, B, said": A
        return None

    def person_before(
        self, text: str, offset: int, pronoun: str = "", *, described: bool = True
    ) -> Suggestion | None:
        """Who 'he'/'she' at `offset` means: the nearest person named before, unless an
        unnamed speaker was introduced since ("A nurse, who asked not to be named, said").
        A person introduced as someone's son is no "she" ("Olga Ivanova's son, Pavel, was
        killed. ... she said" -> Olga Ivanova)."""
        bounds = _previous_sentence(text, offset) if described else None
        if bounds is not None:
            opening = _PERSON_DESCRIBED_OPENING.match(text, *bounds)
            if (
                opening is not None
                and opening.group(1) in _PERSON_NOUNS
                and not any(_is_person(a) for a in self.within(*bounds))
            ):
                # 'At the checkpoint, the policeman scrolls through his list. "...," he
                # said': the one the sentence before is about, named before or nobody ...
                body = self.spokesperson_body_since(text, bounds[0], bounds[1])
                if body is not None:
                    return body  # ... or the body he speaks for ("The representative of X")
                return self.described_person(text, bounds[1], opening.group(1))
        if bounds is not None:
            kin_said = _KIN_SAID_OPENING.match(text, *bounds)
            if kin_said is not None and not self.within(*bounds):
                # 'X and his wife, Y, described the strike. His wife said she had heard
                # nothing. "...," she said': the relative who spoke in the sentence before
                kin = kin_said.group(1).lower()
                relative = self.kin_before(text, bounds[0], kin)
                if relative is not None and not self._kin_of_last_named(text, relative, bounds[0]):
                    # ('A and his father, B, were freed. C was still held. His father
                    # said': C's father, not B)
                    relative = None
                sex = _DESCRIPTION_GENDER.get(kin, "")
                wanted = _PRONOUN_GENDER.get(pronoun.lower(), "")
                if relative is not None and (not wanted or sex in ("", wanted)):
                    return relative
        person = self.nearest_before(offset, person=True)
        since = 0 if person is None else person.end
        body = self.spokesperson_body_since(text, max(since, offset - 600), offset)
        if body is not None:
            # 'A spokesman for the Punjab Police said ... "...," he said': the spokesman
            # speaks for the body (guideline, open point h), and so does his "he"
            return body
        if _UNNAMED_SPEAKER.search(text, max(since, offset - 600), offset):
            return None
        if _SET_UNNAMED_SPEAKER.search(text, max(since, offset - 600), offset):
            return None  # ("In Garissa, a police officer said ...": someone unnamed)
        if _anonymous_in(text, max(since, offset - 600), offset):
            return None
        if person is None:
            return None
        sentence_at = _sentence_start(text, person.start)
        said_by = _PRONOUN_OPENING.match(text, sentence_at, person.start)
        if (
            said_by is not None
            and said_by.group(1).lower() == pronoun.lower()
            and sentence_at < offset - 1
            # (not a pronoun of quoted words the name's attribution closes: '"When she
            # slept, she slept on the floor," said Sister X': X is no object of "she")
            and not _QUOTE_MARK_BETWEEN.search(text, said_by.end(1), person.start)
            and not any(
                # ("He was killed, and his brother, Omar, said ...": Omar speaks)
                _is_person(a) and speech_follows(text, a.end)
                for a in self.within(sentence_at, person.end)
            )
        ):
            # 'He said he had raised it with X and with Y. "...," he said': people named
            # after the same pronoun sentence_at their sentence are its objects; the pronoun
            # goes on standing for whom it stood for there
            return self.person_before(text, sentence_at, pronoun)
        found = self.sentence_subject(text, person)
        if _RELATIVE_OF_SOMEONE.search(text, max(0, found.start - 40), found.start) and not (
            speech_follows(text, found.end)
        ):
            # 'X, a trader, said the shelling began at dawn. His cousin, Y, has not called
            # since. "...," he said': a relative introduced through someone else does not
            # take the pronoun from the one who spoke just before
            speaker = self.speaker_before(text, found.start, pronoun)
            if speaker is not None:
                return self.latest_mention_of(text, speaker, offset)
        if _kin_gender(text, found) not in ("", _PRONOUN_GENDER.get(pronoun.lower(), "")):
            # the kin noun says otherwise: another person of that sentence, the owner first
            line = text.rfind("\n", 0, found.start) + 1
            for other in self.within(max(line, found.start - 300), person.end):
                if (
                    _is_person(other)
                    and other.end <= found.start
                    and _kin_gender(text, other) == ""
                ):
                    return other
        wanted = _PRONOUN_GENDER.get(pronoun.lower(), "")
        if _reported_dead_or_taken(text, found):
            # "X said the convoy was attacked. The driver, Y, was shot dead. "...," he
            # said": the dead and the abducted say nothing; the living person before them
            living = self.living_person_before(text, found, wanted)
            if living is not None:
                return living
        if (
            wanted
            and self.gender(text, found) == ""
            and not speech_follows(text, found.end)
            # (nor one a verb of saying names after it: "..., said Salai Thang Lian, a
            # spokesperson for ...")
            and not _SAID_THEN_NAME.search(text, max(0, found.start - 40), found.start)
            # (nor one named after a verb of saying and a description: "..., said a doctor
            # there, X.")
            and not _SAID_THEN_DESCRIBED.search(text, max(0, found.start - 80), found.start)
            # ("X, who led the prayers at the police headquarters on Wednesday, said")
            and not _RELATIVE_THEN_SAID.match(text, found.end)
            and text.rfind("\n\n", found.end, offset) > 0
            # (nor one whose own paragraph goes on with a quote the pronoun says, no one
            # else named between: 'X trained in 2011. "...," she said of the choice.')
            and not self._pronoun_speaks_after(text, found, pronoun)
        ):
            # 'A, a nurse, lost her house. / The governor, B, visited the camp. / "...," she
            # said': a quote paragraph after one naming someone of unknown gender who says
            # nothing goes to the person the text gave that gender just before
            earlier = self.living_person_before(text, found, wanted)
            if (
                earlier is not None
                and self.gender(text, earlier) == wanted
                and found.start - earlier.end < 600
            ):
                return self.latest_mention_of(text, earlier, offset)
        if wanted and self.gender(text, found) not in ("", wanted):
            # "Amina Yusuf met the spokesman, Ali Bako. ... she said": not the man; the
            # person named nearest before the pronoun whose words do not say otherwise
            # (at any of their mentions: "his wife, Zahra, ... Zahra was hurt. ... he said")
            i = self.previous_of_kind(bisect_left(self.starts, offset) - 1, person=True)
            seen = 0
            while i >= 0 and seen < 5:
                other = self.actors[i]
                i = self.previous_of_kind(i - 1, person=True)
                if other.end > offset:
                    continue
                seen += 1
                if text[other.start : other.end] != text[found.start : found.end] and (
                    self.gender(text, other) in ("", wanted)
                ):
                    return other
        if (
            wanted
            and _TURN_TAG.search(text, max(0, found.start - 6), found.start)
            and self.gender(text, found) == ""
            # (turns in a row only: a paragraph of narration between, "Twice, she said,
            # fighters came", goes on with the one who spoke last)
            and not _NARRATION_PARAGRAPH.search(text, found.end, offset)
        ):
            # A dialogue: '"...," Bondar said. / "...," Dovhyi replied. / "...," she said':
            # after a turn tagged by name alone, "she" is the other voice the text calls she
            i = bisect_left(self.starts, found.start) - 1
            seen = 0
            while i >= 0 and seen < 4 and found.start - self.actors[i].end < 800:
                other = self.actors[i]
                i -= 1
                if not _is_person(other):
                    continue
                seen += 1
                if text[other.start : other.end] != text[found.start : found.end] and (
                    self.gender(text, other) == wanted
                ):
                    return other
        return found

    def _pronoun_speaks_after(self, text: str, person: Suggestion, pronoun: str) -> bool:
        """True when `person`'s paragraph goes on, with no other person named, to words
        that `pronoun` says ('"...," she said'): the pronoun already stood for them."""
        end = text.find("\n\n", person.end)
        end = len(text) if end < 0 else end
        said = _PRONOUN_SAID.search(text, person.end, end)
        if said is None or said.group(1).lower() != pronoun.lower():
            return False
        # ("X has defended her ... "...," she said": "her" is someone else, who speaks)
        other = "him" if pronoun.lower() == "he" else "her"
        if re.search(rf"\b{other}\b", text[person.end : said.start()]):
            return False
        return not any(_is_person(a) for a in self.within(person.end, said.start()))

    def spokesperson_body_since(self, text: str, start: int, offset: int) -> Suggestion | None:
        """The body whose unnamed spokesperson is the subject of the last speech verb in
        text[start:offset] ("a spokesman for the Punjab Police said", "A KDF spokeswoman
        told", "UNICEF's spokesman said"), else None; a spokesperson named after the words
        ("A spokesman for the police, X, said") is X, no body."""
        found = None
        for role in _SPOKESPERSON_WORD.finditer(text, start, offset):
            said = _SPOKESPERSON_SAID.match(text, role.end(), offset)
            if said is None:
                continue
            person = self.nearest_before(role.start(), person=True)
            if person is not None and _APPOSITION_BEFORE_ROLE.fullmatch(
                text, person.end, role.start()
            ):
                # "X, a spokesperson for the UN refugee agency, UNHCR, said": the spokesperson
                # is named, and the words are X's
                continue
            of_body = _SPOKESPERSON_OF.match(text, role.end(), said.end())
            if of_body is not None:
                named = self.within(of_body.end(), said.end())
                if named and named[0].start == of_body.end() and not _is_person(named[0]):
                    found = named[0]
                continue
            owner = self.within(max(start, role.start() - 80), role.start())
            if not owner or _is_person(owner[-1]):
                continue
            owned = text[owner[-1].end : owner[-1].end + 1] in ("'", "\u2019")
            if _BODY_BEFORE_SPOKESPERSON.fullmatch(text, owner[-1].end, role.start()) and (
                owned or _ARTICLE_END.search(text, max(0, owner[-1].start - 6), owner[-1].start)
            ):
                found = owner[-1]
        return found

    def living_person_before(self, text: str, victim: Suggestion, wanted: str) -> Suggestion | None:
        """The person named nearest before `victim` (among the five before it) who is
        neither reported dead or abducted nor of a gender other than `wanted` ("m", "f" or
        ""), else None."""
        i = self.previous_of_kind(bisect_left(self.starts, victim.start) - 1, person=True)
        seen = 0
        while i >= 0 and seen < 5:
            other = self.actors[i]
            i = self.previous_of_kind(i - 1, person=True)
            if other.end > victim.start:
                continue
            seen += 1
            if not _reported_dead_or_taken(text, other) and (
                not wanted or self.gender(text, other) in ("", wanted)
            ):
                return other
        return None

    def said_before(self, text: str, offset: int, pronoun: str) -> Suggestion | None:
        """Whom `pronoun` ("he", "she", "it", "they") at `offset` stands for when it goes
        on speaking ("he added"): the mention named last (within 600 characters) right
        before a verb of saying ("said", "told", "denied", ...), of the pronoun's kind (a
        person of no other gender for he and she; a body for it and they); else None."""
        wanted = _PRONOUN_GENDER.get(pronoun, "")
        person = pronoun in _PRONOUN_PERSON
        i = bisect_left(self.starts, offset) - 1
        while i >= 0 and self.actors[i].start >= offset - 600:
            actor = self.actors[i]
            i -= 1
            if (
                actor.end <= offset
                and _is_person(actor) == person
                and (
                    _SAID_NEXT.match(text, actor.end)
                    # ("Congo's army denied the claim. '...,' it added": the state's body)
                    or (not person and _OWNED_BODY_SAID_NEXT.match(text, actor.end))
                )
                and (not person or self.gender(text, actor) in ("", wanted))
            ):
                return actor
        return None

    def speaker_before(self, text: str, offset: int, pronoun: str) -> Suggestion | None:
        """The person named last (within 600 characters) before `offset` as the subject
        of a speech verb ("X said", "X, 34, told"), whom `pronoun` may stand for (no other
        gender); else None."""
        wanted = _PRONOUN_GENDER.get(pronoun.lower(), "")
        i = bisect_left(self.starts, offset) - 1
        while i >= 0 and self.actors[i].start >= offset - 600:
            actor = self.actors[i]
            i -= 1
            if (
                actor.end <= offset
                and _is_person(actor)
                and speech_follows(text, actor.end)
                and self.gender(text, actor) in ("", wanted)
            ):
                return actor
        return None

    def alias_of(self, text: str, actor: Suggestion, offset: int) -> Suggestion:
        """The other name a body's mention brings right after it and before `offset` ("the
        Arakan Army (AA)" -> AA, "the U.N. Mission in South Sudan, known as UNMISS," ->
        UNMISS), the nearer mention of the same body; else `actor`. People keep their name."""
        if _is_person(actor):
            return actor
        i = bisect_left(self.starts, actor.end)
        while i < len(self.actors) and self.actors[i].start <= actor.end + 130:
            other = self.actors[i]
            i += 1
            if other.end > offset or _is_person(other):
                break
            if _ALIAS_GAP.fullmatch(text, actor.end, other.start) and (
                text[actor.end : actor.end + 2] != " (" or text[other.end : other.end + 1] == ")"
            ):
                return other
            break  # only the mention right after it
        return actor

    def latest_mention_of(self, text: str, actor: Suggestion, offset: int) -> Suggestion:
        """The last mention before `offset` of whom `actor` names: the same words, or for
        a person their last name alone ("Amina Yusuf" ... "Yusuf"); else `actor`."""
        name = text[actor.start : actor.end]
        # (a person's later mention by any name but the first: "Yesid Caicedo Mosquera"
        # ... "Caicedo"; a body's by its initials: "International Committee of the Red
        # Cross" ... "ICRC")
        names = {name, *name.split()[1:]} if _is_person(actor) else {name, _initials(name)}
        # (a middle word stops naming the person once another's name ends with it: "Ali
        # Hassan Mohamed ... Justice Omar Hassan ... Hassan said" is the judge)
        inner = set(name.split()[1:-1]) if _is_person(actor) else set()
        latest = actor
        i = bisect_left(self.starts, actor.end)
        while i < len(self.actors) and self.actors[i].start < offset:
            other = self.actors[i]
            i += 1
            if other.end > offset or _is_person(other) != _is_person(actor):
                continue
            named = text[other.start : other.end]
            if named in names and not self.shared_surname(text, other, name):
                latest = other
            if inner and named != name and " " in named and named.split()[-1] in inner:
                names.discard(named.split()[-1])
            elif inner and named == name:
                names |= inner
        return latest

    def shared_surname(self, text: str, mention: Suggestion, name: str) -> bool:
        """True when `mention` is one word that ends the full names of two people named
        before it, `name` and another ("Mykola Bondarenko ... his wife, Halyna Bondarenko
        ... Bondarenko said"): it names neither for certain, so no link moves onto it."""
        word = text[mention.start : mention.end]
        if " " in word or word == name:
            return False
        return any(
            other.start < mention.start
            and (spelled := text[other.start : other.end]) != name
            and spelled.endswith(" " + word)
            for other in self._people_by_last_word(text).get(word, ())
        )

    def roles_of_person(self, text: str, person: Suggestion) -> set[str]:
        """`_roles_of` the mention and of the earlier mentions of the same person (ending
        with all of its words): "Villamizar said" is still "Gen. X Villamizar, the police
        commander"."""
        found = _roles_of(text, person)
        spelled = text[person.start : person.end]
        # (each full name once, its earlier mentions' roles kept per name: a long
        # transcript asks again and again for the same few people)
        nearest_by_last = -1
        for named in self._names_by_last_word(text).get(spelled.split()[-1], ()):
            if named == spelled or named.endswith(" " + spelled):
                # (not another person of the same last name: "Saw Kler Doh", "Saw Tha Doh")
                roles, latest = self._roles_of_name_before(text, named, person.start)
                found |= roles
                if named != spelled:
                    nearest_by_last = max(nearest_by_last, latest)
        if " " not in spelled:
            # a person named again by a surname that is not the name's last word, as
            # `latest_mention_of` reads it: "Joan Nabukenya Auma" ... "Nabukenya", "Yesid
            # Caicedo Mosquera" ... "Caicedo" keep the roles of the full mention, unless
            # someone whose name ends with that word was named since ("Ali Hassan Mohamed,
            # the witness, ... Justice Omar Hassan ... Hassan said": the judge)
            inner = [
                self._roles_of_name_before(text, named, person.start)
                for named in self._names_by_inner_word(text).get(spelled, ())
            ]
            if any(latest > nearest_by_last for _, latest in inner):
                for roles, _ in inner:
                    found |= roles
        return found

    def _roles_of_name_before(self, text: str, named: str, offset: int) -> tuple[set[str], int]:
        """The union of `_roles_of` the person mentions spelled `named` that start before
        `offset`, and where the last of them starts (-1 if none)."""
        if self._roles_by_name is None or self._roles_by_name[0] is not text:
            self._roles_by_name = (text, {})
        known = self._roles_by_name[1]
        kept = known.get(named)
        if kept is None:
            mentions = self._people_by_name(text).get(named, [])
            unions: list[set[str]] = []
            so_far: set[str] = set()
            for mention in mentions:
                so_far = so_far | _roles_of(text, mention)
                unions.append(so_far)
            kept = known[named] = ([m.start for m in mentions], unions)
        starts, unions = kept
        k = bisect_left(starts, offset)
        return (set(), -1) if k == 0 else (unions[k - 1], starts[k - 1])

    def gender(self, text: str, person: Suggestion) -> str:
        """`_gender_of` the mention, else of an earlier mention of the same person (one that
        ends with all of its words: "Iryna Bondar and her colleague" ... "Bondar")."""
        # Kept per text and extent: what the words around a mention say never changes, and
        # the pronoun rules ask again for the same few people at every quote.
        if self._genders is None or self._genders[0] is not text:
            self._genders = (text, {})
        known = self._genders[1]
        extent = (person.start, person.end)
        found = known.get(extent)
        if found is None:
            found = known[extent] = self._gender(text, person)
        return found

    def _gender(self, text: str, person: Suggestion) -> str:
        found = _gender_of(text, person)
        if found:
            return found
        # else the first mention of the same person (one that ends with all of its words:
        # not a namesake, "Mrs Amina Bello" lends "Musa Bello" no gender) whose own words
        # say it, when that mention comes before this one
        first = self._first_gendered(text, text[person.start : person.end])
        return first[1] if first is not None and first[0] < person.start else ""

    def _first_gendered(self, text: str, spelled: str) -> tuple[int, str] | None:
        """Where the first mention of `spelled`'s person with a gender of its own stands,
        and that gender (once per name and text: asking each mention's earlier mentions
        again was quadratic in how often a long text names one person)."""
        if self._first_genders is None or self._first_genders[0] is not text:
            self._first_genders = (text, {})
        known = self._first_genders[1]
        if spelled in known:
            return known[spelled]
        first = None
        for other in self._people_by_last_word(text).get(spelled.split()[-1], ()):
            named = text[other.start : other.end]
            if named == spelled or named.endswith(" " + spelled):
                found = _gender_of(text, other)
                if found:
                    first = (other.start, found)
                    break  # in text order: the first one said
        known[spelled] = first
        return first

    def _people_by_last_word(self, text: str) -> dict[str, list[Suggestion]]:
        """The people mentioned, in text order, by the last word of their mention: built
        once per text, so that `gender` stays linear in a long article's mentions."""
        if self._by_last_word is None or self._by_last_word[0] is not text:
            index: dict[str, list[Suggestion]] = {}
            for actor in self.actors:
                if _is_person(actor):
                    mention = text[actor.start : actor.end].split()
                    if mention:
                        index.setdefault(mention[-1], []).append(actor)
            self._by_last_word = (text, index)
        return self._by_last_word[1]

    def _people_by_name(self, text: str) -> dict[str, list[Suggestion]]:
        """The person mentions, in text order, by their text (built once per text)."""
        if self._by_name is None or self._by_name[0] is not text:
            index: dict[str, list[Suggestion]] = {}
            for actor in self.actors:
                if _is_person(actor):
                    index.setdefault(text[actor.start : actor.end], []).append(actor)
            self._by_name = (text, index)
        return self._by_name[1]

    def person_names_by_first_word(self, text: str) -> dict[str, list[tuple[int, list[str]]]]:
        """The people's distinct names, casefolded and split, with where each is first
        written, by the name's first word casefolded (built once per text)."""
        if self._by_first_word is None or self._by_first_word[0] is not text:
            index: dict[str, list[tuple[int, list[str]]]] = {}
            for named, found in self._people_by_name(text).items():
                words = named.casefold().split()
                if words:
                    index.setdefault(words[0], []).append((found[0].start, words))
            self._by_first_word = (text, index)
        return self._by_first_word[1]

    def _names_by_last_word(self, text: str) -> dict[str, list[str]]:
        """The people's distinct names, by the last word of the name (built once per text)."""
        if self._names_by_last is None or self._names_by_last[0] is not text:
            index: dict[str, list[str]] = {}
            for named in self._people_by_name(text):
                spelled = named.split()
                if spelled:
                    index.setdefault(spelled[-1], []).append(named)
            self._names_by_last = (text, index)
        return self._names_by_last[1]

    def _names_by_inner_word(self, text: str) -> dict[str, list[str]]:
        """The people's distinct names of three words or more, by each word of the name
        between the first and the last (built once per text)."""
        if self._by_inner_word is None or self._by_inner_word[0] is not text:
            index: dict[str, list[str]] = {}
            for named in self._people_by_name(text):
                for word in dict.fromkeys(named.split()[1:-1]):
                    index.setdefault(word, []).append(named)
            self._by_inner_word = (text, index)
        return self._by_inner_word[1]

    def sentence_subject(self, text: str, person: Suggestion) -> Suggestion:
        """The first person named in the sentence that names `person`, unless possessive:
        in "Baranov, who spoke with the deputy mayor Irina Sokol, described it" the
        sentence is about Baranov; in "Petrenko's deputy, Olena Bilyk, said" about Bilyk."""
        window = max(0, person.start - 400)
        start = max(text.rfind("\n", window, person.start) + 1, window)
        # (one past the mention: a sentence end is known by the capital after it)
        for end in _SENTENCE_END.finditer(text, start, person.start + 1):
            start = end.end()
        candidates = [
            actor
            for actor in self.within(start, person.end)
            if _is_person(actor)
            and not _POSSESSIVE_AFTER.match(text, actor.end)
            and not any(ch in _CLOSERS for ch in text[actor.end : person.start])
        ]
        # The one a speech verb follows ("X was sentenced, and his lawyer Y said ...": Y),
        # else the first.
        speaking = [
            a
            for a in candidates
            if speech_follows(text, a.end) and not _in_relative_clause(text, start, a.start)
        ]
        return (speaking or candidates or [person])[0]

    def described_person(self, text: str, offset: int, role: str) -> Suggestion | None:
        """Who 'the <role>' at `offset` means ("the official said", "the nurse says"): the
        person named before with that role next to the name, else the nearest person named
        before, unless an unnamed one was introduced since ("a nurse ... said", "according
        to a commander") or the nearest person holds another role ("Governor X")."""
        person = self.nearest_before(offset, person=True)
        sex = _DESCRIPTION_GENDER.get(role, "")
        if sex and person is not None and self.gender(text, person) not in ("", sex):
            # "Fatuma Hassan sat with her baby. Dr. Ahmed Ali said ... the woman said": the
            # nearest person the description's sex fits, past one it does not
            return self.person_of_gender_before(text, person.start, sex, offset)
        found = None
        if person is not None and offset - person.end < 1500:
            found = self.person_before(text, offset, described=False)
        roles = set() if found is None else self.roles_of_person(text, found)
        if found is not None and (
            role in roles or role == "person" or roles & _NARROWER_ROLES.get(role, set())
        ):
            return found  # ("the 52-year-old said": whatever the person's role)
        if person is not None and _introduced_as(role).search(
            # someone else was introduced by the description since: "a nurse ... said",
            # "Ali Musa, who met the governor, left"
            text[person.end : offset],
        ):
            found = None
        # The person named last, introduced in this paragraph or the one before, is the
        # one described when the text gives them no other role, unless the role's holder
        # was named there too ("The army's spokesman, X, said ... The RSF, led by Y, ...
        # the spokesman said" is X's); else the role's holder.
        holder = self.role_holder_before(text, offset, role) if role in _ROLE_AFTER else None
        if holder is not None and _unnamed_as(role).search(
            # "General X ... A police officer who asked not to be named said ... the
            # officer said": the unnamed one introduced since the holder is meant
            # (past the holder's own sentence: "X, a farmer in Y, lost ..." is X)
            text[min(offset, _sentence_end(text, holder.end)) : offset],
        ):
            return None
        paragraph = text.rfind("\n\n", 0, text.rfind("\n\n", 0, offset))
        if holder is not None and holder.start > paragraph:
            return holder
        if found is not None and not roles and found.start > paragraph:
            return found
        if holder is not None:
            return holder
        if found is not None and _BYLINE_BEFORE.search(text, max(0, found.start - 40), found.start):
            return None  # the article's writer ("By X") is nobody's "magistrate"
        return found if found is not None and not roles else None

    def person_of_gender_before(
        self, text: str, offset: int, sex: str, said_at: int
    ) -> Suggestion | None:
        """The nearest of the three people named last before `offset` whose gender is
        `sex` ("m" or "f"), within 1,500 characters of `said_at`; else None."""
        i = self.previous_of_kind(bisect_left(self.starts, offset) - 1, person=True)
        seen = 0
        while i >= 0 and seen < 3:
            actor = self.actors[i]
            i = self.previous_of_kind(i - 1, person=True)
            if actor.end > offset:
                continue
            if said_at - actor.end > 1500:
                return None
            seen += 1
            if self.gender(text, actor) == sex:
                return actor
        return None

    def issuer_before(self, text: str, offset: int) -> Suggestion | None:
        """Who "the statement" at `offset` is from: the mention (of the last six) right
        before "issued/released a statement", nearest first, else who the text last gave
        a statement or a post to ("X's statement", "X posted on X that", "X, in a
        statement on Monday, confirmed"), else nobody."""
        by = self._document_by_before(text, offset)
        if by is not None:
            return by
        issuer = self._issuer_before(text, offset)
        if issuer is None:
            issuer = self._document_giver_before(text, offset)
        if issuer is None:
            issuer = self._according_source_before(text, offset)
        return issuer

    def _according_source_before(self, text: str, offset: int) -> Suggestion | None:
        """The body the last "According to X," in the 600 characters before `offset` names
        as the source ("According to the Manipur Police, ... . '...,' the statement said";
        "According to a statement of the X", "According to the agency" -> the agency named
        before), past an "according to" of a document ("according to the note"); else
        None. Read only when nothing else tells who issued the statement."""
        window = max(0, offset - 600)
        for found in reversed(list(_ACCORDING_SOURCE.finditer(text, window, offset))):
            named = [
                a
                for a in self.within(found.start("source"), found.end("source"))
                if not _is_person(a) and a.attributes.get("type") != "media"
            ]
            if named:
                return self.alias_of(text, named[0], offset)
            described = _ACCORDING_DESCRIBED.fullmatch(found.group("source"))
            if described is not None and described.group(1) in _GROUP_NOUNS:
                return self.described_before(text, found.start("source"), [described.group(1)])
            if not _DOCUMENT_WORD.search(found.group("source")):
                return None  # a person or a place as the source: no body
        return None

    def _document_by_before(self, text: str, offset: int) -> Suggestion | None:
        """The mention right after the last "a statement issued by", "a message from" in
        the 600 characters before `offset`, when no other document is named after it
        ("According to a statement issued by the Inter-Services Public Relations (ISPR),
        ... '...,' the statement said" -> the ISPR's name); else None."""
        window = max(0, offset - 600)
        last = None
        for found in _DOCUMENT_BY.finditer(text, window, offset):
            last = found
        if last is None or _DOCUMENT_WORD.search(text, last.end(), offset):
            return None
        if last.group("of") is not None and _another_document_since(text, last.end(), offset):
            return None
        named = self.within(last.end(), min(offset, last.end() + 120))
        return named[0] if named and named[0].start == last.end() else None

    def _document_giver_before(self, text: str, offset: int) -> Suggestion | None:
        """Whom the last document named in the 600 characters before `offset` is from:
        the owner of "X's (official) statement", the subject of "posted/published/wrote
        ... on <platform>" or of "<subject>, in a statement ..., <verb>"; None if none."""
        window = max(0, offset - 600)
        last = None
        for given in _DOCUMENT_GIVEN.finditer(text, window, offset):
            last = given
        if last is None:
            return None
        if last.group("owned") is not None:
            owner = self.within(max(0, last.start() - 80), last.start())
            return owner[-1] if owner and owner[-1].end == last.start() else None
        sentence_start = max(window, _sentence_start(text, last.start()))
        found, subject = _subject(text, self, sentence_start, last.start())
        return self.at(subject) if found and subject is not None else None

    def _issuer_before(self, text: str, offset: int) -> Suggestion | None:
        window = max(0, offset - 600)
        issued = list(_ISSUED_VERB.finditer(text, window, offset))
        if issued:
            # "The KRG, which has kept quiet until now, issued a sharp statement": the
            # subject opening the sentence that issued it, past its relative clause
            start = _sentence_start(text, issued[-1].start())
            opening = self.within(start, issued[-1].start())
            if opening and opening[0].start - start <= 4:
                return opening[0]
        in_statement = list(_IN_STATEMENT.finditer(text, window, offset))
        set_off = in_statement and text.startswith(", ", in_statement[-1].start() - 2)
        if set_off:
            body_set_off = self._body_with_statement_set_off(text, in_statement[-1], offset)
            if body_set_off is not None:
                return body_set_off
        if in_statement:
            # "In a press note, the party's regional committee said ...": the subject
            # after the comma, a name or a body's description
            after = in_statement[-1].end()
            signer = next((a for a in self.within(after, min(offset, after + 80))), None)
            if (
                signer is not None
                and _TITLES_ONLY.fullmatch(text, after, signer.start)
                and _is_person(signer)
                and _SIGNED_BY_ROLE.search(in_statement[-1].group())
                and text.startswith(", ", signer.end)
            ):
                # "In a communiqué read by its spokesman, Colonel X, the ministry said": the
                # name is the role's, set off; the body after it issued the words
                after = signer.end + 2
            verb = _VERB.search(text, after, min(offset, after + 150))
            if verb is not None:
                subject = _opening_mention(text, self, after, verb.start())
                if subject is not None and not _is_person(subject):
                    holder = [a for a in self.within(subject.end, verb.start()) if _is_person(a)]
                    gap = text[subject.end : holder[0].start] if holder else ""
                    if holder and _BODY_ROLE_GAP.fullmatch(gap):
                        # "In a statement, NPA spokesperson X said": the spokesman named
                        # said it, as "spokesman X said in a statement" (guideline, speakers)
                        return holder[0]
                if subject is not None:
                    return subject
                opens = text[in_statement[-1].start()] == "I"
                apposed = self.at(_subject(text, self, after, verb.start())[1] or (-1, -1))
                if opens and apposed is not None and _is_person(apposed):
                    # "In a statement, the Chief Press Secretary to the Governor, X, said":
                    # the person a chain of roles names, as for any speech verb (not "The
                    # Command, in a statement signed by its spokesman, X, said": the body)
                    return apposed
                owner = self.within(after, verb.start())
                if (
                    owner
                    and not _is_person(owner[0])
                    and _BODY_OF.fullmatch(text, after, owner[0].start)
                ):
                    # "In a statement ..., the general staff of the Burkinabe armed forces
                    # said": the body named after "of"
                    return owner[0]
                wanted = _description_words(text[after : verb.start()])
                if wanted:
                    return self.described_before(text, after, wanted)
        # "..., the department said in a statement. ... the statement said": whoever
        # said something in the statement named last
        found = list(_SAID_IN_STATEMENT.finditer(text, window, offset))
        said_body = self._body_that_said(text, offset)
        since = found[-1].end() if found else 0
        if said_body is not None and said_body.start > since:
            # 'X said in a statement that ... . Y gave a different account, saying ... .
            # "...," the statement said': the body that spoke last
            return said_body
        by = self._document_author(text, max(since, offset - 1500), offset)
        if by is not None:
            return by  # "according to a report by X ... the report said"
        if not found:
            return said_body
        said_in = found[-1]
        sentence_start = max(
            (
                m.end()
                for m in _SENTENCE_END.finditer(
                    text, max(0, said_in.start() - 300), said_in.start()
                )
            ),
            default=max(0, said_in.start() - 300),
        )
        described = re.search(
            r"\b[Tt]he\s+(?:([a-z]+)\s+)?([a-z]+)\s*$", text[sentence_start : said_in.start()]
        )
        if described is not None and described.group(2) in _GROUP_NOUNS:
            wanted = [w for w in described.groups() if w]
            return self.described_before(text, sentence_start + described.start(), wanted)
        headed = _HEAD_NOUN_SUBJECT.fullmatch(
            text, _sentence_start(text, said_in.start()), said_in.start()
        )
        if headed is not None:
            # "The Guard said in a statement": the body whose name ends in that noun
            by_head = self.named_by_head(text, headed.start(), headed.group(1))
            if by_head is not None:
                return by_head
        named = [a for a in self.within(sentence_start, said_in.start())]
        if not named:
            return None
        # the subject of "said in a report", past a relative clause naming another body
        # ("The UN office (UNJHRO), which works alongside MONUSCO, said in a report")
        subject = self.at(_subject(text, self, sentence_start, said_in.start())[1] or (-1, -1))
        if subject is not None:
            # "A and B claimed it in a joint statement": the first named (guideline)
            return self.joint_head(text, subject, any_verb=True)
        return named[-1]

    def _body_with_statement_set_off(
        self, text: str, in_statement: re.Match[str], offset: int
    ) -> Suggestion | None:
        """Who "the statement" means after "<Body>, in a statement posted online, gave
        another account": the body's spokesperson when a later sentence before `offset`
        names him as saying it ("Its spokesperson, X, said ..." -> X), else the body that
        opens the sentence; None when no body opens it."""
        start = _sentence_start(text, in_statement.start())
        opening = [a for a in self.within(start, in_statement.start()) if not _is_person(a)]
        if not opening or opening[0].start - start > 4:
            return None
        people = [a for a in self.within(opening[0].end, in_statement.start()) if _is_person(a)]
        if (
            people
            and not text[people[-1].end : in_statement.start()].strip(", ")
            and _ROLE_THEN_NAME.fullmatch(text, opening[0].end, people[-1].start)
        ):
            # "The Kaduna State Police Command spokesman, ASP X, in a statement on Friday,
            # said": the body's spokesman set off with his name issued it
            return people[-1]
        return opening[0]

    def _body_that_said(self, text: str, offset: int) -> Suggestion | None:
        """The body opening one of the two sentences before `offset` as the subject of
        "said/announced/stated" ("Kenya's interior ministry said on Friday that ... . The
        statement said"), the nearer sentence first; else nobody."""
        end = offset
        for _ in range(3):
            bounds = _previous_sentence(text, end)
            if bounds is None:
                return None
            said = _BODY_SAID.search(text, *bounds)
            if said is not None:
                # (its subject as for any speech verb: "The army's media wing, Inter-Services
                # Public Relations (ISPR), said", "..., it said,"; in the verb's own clause:
                # "X and Y were dismantled, and the government says" is no X's or Y's)
                clause = bounds[0]
                for split in _CLAUSE_SPLIT.finditer(text, bounds[0], said.start()):
                    clause = split.end()
                subject = self.at(_subject(text, self, clause, said.start())[1] or (-1, -1))
                if subject is not None and not _is_person(subject) and subject.start >= clause:
                    return subject
            end = bounds[0]
        return None

    def _document_author(self, text: str, start: int, offset: int) -> Suggestion | None:
        """Who wrote the document named last in text[start:offset] as "a report by X" / "a
        statement from X": the mention right after "by"; else None."""
        by = None
        for by in _DOCUMENT_BY.finditer(text, start, offset):  # noqa: B007 (the last)
            pass
        if by is None:
            return None
        if by.group("of") is not None and _another_document_since(text, by.end(), offset):
            return None
        named = self.within(by.end(), min(offset, by.end() + 120))
        if named and named[0].start == by.end():
            return named[0]
        return None

    def _kin_of_last_named(self, text: str, relative: Suggestion, offset: int) -> bool:
        """Whether nobody but `relative` and the person named right before him (whose
        relative he is: "A and his wife, B,") is named between him and `offset`, so that
        the "his"/"her" at `offset` can be that person's."""
        owner = self.nearest_before(relative.start, person=True)
        kept = {tuple(_name_words(text[a.start : a.end])[-1:]) for a in (relative, owner) if a}
        return all(
            not _is_person(a) or tuple(_name_words(text[a.start : a.end])[-1:]) in kept
            for a in self.within(relative.end, offset)
        )

    def kin_before(self, text: str, offset: int, kin: str) -> Suggestion | None:
        """Who 'his wife' / 'her son' at `offset` means: the person named last (of the
        last four) right after that kin noun ("His wife, Amina Diallo,"), else the owner
        of the person named last right after the converse noun ("Her husband, Hamidou
        Diallo," -> the person named before him), else nobody."""
        people: list[Suggestion] = []
        i = self.previous_of_kind(bisect_left(self.starts, offset) - 1, person=True)
        while i >= 0 and len(people) < 4:
            if self.actors[i].end <= offset:
                people.append(self.actors[i])
            i = self.previous_of_kind(i - 1, person=True)
        for person in people:
            if _kin_named(kin).search(text[max(0, person.start - 20) : person.start]):
                return person
        for person in people:
            if _converse_kin_named(kin).search(text[max(0, person.start - 20) : person.start]):
                return self.nearest_before(person.start, person=True)
        return None

    def abbreviated_holder_before(
        self, text: str, offset: int, abbreviation: str
    ) -> Suggestion | None:
        """Who "the IG" at `offset` means: the nearest person (of the last eight) named
        right after that abbreviation, maybe within a chain of titles ("IG Rao", "IG
        Brigadier Anil Rao"), or with a title spelled out whose words' initials hold it
        ("Superintendent of Police X" for "the SP", "Deputy Inspector General of Police X"
        or "X, the Deputy Inspector General," for "the DIG"), else nobody."""
        before_name = _made(rf"\b{re.escape(abbreviation)}\s+(?:[A-Z][\w.'\u2019-]*\s+)*$")
        # (eight people, not eight mentions, as for `role_holder_before`: in a sitting
        # where senators speak in turn, "the CS answered" reaches back past their names
        # said again to "Cabinet Secretary X")
        for actor in self._people_back(text, offset):
            if before_name.search(text, max(0, actor.start - 40), actor.start):
                return actor
            spelled = [_TITLE_WORDS_BEFORE.search(text, max(0, actor.start - 80), actor.start)]
            spelled.append(_TITLE_WORDS_AFTER.match(text, actor.end, actor.end + 80))
            for title in spelled:
                if title is None:
                    continue
                initials = "".join(w[0] for w in title.group(1).split() if w[0].isupper())
                if len(initials) > 1 and abbreviation in initials:
                    return self.latest_mention_of(text, actor, offset)
        return None

    def _people_back(self, text: str, offset: int) -> Iterator[Suggestion]:
        """The person mentions ending by `offset`, nearest first, while they name at most
        eight people (by last word) and number at most forty: "X" said again and again
        does not hide a holder named a few people back, and a long transcript of a few
        speakers is not walked back to its start for every quote."""
        i = self.previous_of_kind(bisect_left(self.starts, offset) - 1, person=True)
        people: set[str] = set()
        seen = 0
        while i >= 0 and len(people) < 8 and seen < _PEOPLE_BACK_MENTIONS:
            actor = self.actors[i]
            i = self.previous_of_kind(i - 1, person=True)
            if actor.end > offset:
                continue
            seen += 1
            people.add(text[actor.start : actor.end].split()[-1])
            yield actor

    def role_holder_before(self, text: str, offset: int, role: str) -> Suggestion | None:
        """Who 'the governor' at `offset` means: the nearest person named before with that
        role next to the name ("The provincial governor, Amina Yusuf", "Defence Minister
        Arif Khan", "Amina Yusuf, the governor,"), else nobody."""
        for actor in self._people_back(text, offset):  # (eight people: "X" said again)
            # The role in the title chain right before the name ("Defence Minister Arif
            # Khan", "The provincial governor, Amina Yusuf") or in an appositive right after
            # it ("Amina Yusuf, the governor of Kano,").
            before = text[max(0, actor.start - 60) : actor.start]
            after = text[actor.end : actor.end + 40]
            if (
                (role in _ROLE_BEFORE and _ROLE_BEFORE[role].search(before))
                or _ROLE_AFTER[role].match(after)
                or role in _title_roles(before)
                or _holds_narrower_role(before, after, role)
                or self._role_of_body_before(text, actor, role)
            ):
                return self.latest_mention_of(text, actor, offset)
        return None

    def _role_of_body_before(self, text: str, person: Suggestion, role: str) -> bool:
        """Whether `role` of a body named by a long name stands right before `person`
        ("spokesperson for the Office of the UN High Commissioner for Human Rights (OHCHR),
        Marta Lind"): the role's own pattern, read with each body's mention as one word."""
        start = max(0, person.start - 200)
        bodies = [a for a in self.within(start, person.start) if not _is_person(a)]
        if not bodies:
            return False
        pieces = []
        at = start
        for body in bodies:
            pieces.append(text[at : body.start])
            # a bracketed acronym after the name is part of that one word
            pieces.append("" if text[body.start - 1 : body.start] == "(" else "Body")
            at = body.end
        pieces.append(text[at : person.start])
        before = re.sub(r"\s*\(\)", "", "".join(pieces))
        return role in _ROLE_BEFORE and bool(_ROLE_BEFORE[role].search(before[-60:]))


# "The policeman scrolls ...", "At the gate, the old farmer waits ...": a sentence about a
# person described, after an opening phrase.
_PERSON_DESCRIBED_OPENING: Final = re.compile(
    r"(?:[^,.!?\"\u201c\u201d\n]{0,60},\s+)?[Tt]he\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+[a-z]"
)
_PRONOUN_GENDER: Final = {"he": "m", "she": "f"}
# "UN" naming one of its agencies: "UN refugee agency", "UN's food agency".
_UN_AGENCY_AFTER: Final = re.compile(r"(?:['\u2019]s)?\s+(?:[a-z]+\s+){0,2}agency\b")
# The United Nations itself, not one of its agencies.
_UN_ITSELF: Final = re.compile(r"UN|U\.N\.|United Nations")
# Descriptions that tell a person's sex: "the woman said", "the father of three said".
_DESCRIPTION_GENDER: Final = {
    **dict.fromkeys(words("woman mother girl grandmother widow wife sister daughter"), "f"),
    **dict.fromkeys(words("man father boy grandfather widower husband brother son"), "m"),
}
# A sentence whose subject is a relative of someone named, speaking: "His wife said",
# "Her husband told AFP".
_KIN_SAID_OPENING: Final = re.compile(
    r"\s*(?:His|Her|Their)\s+(wife|husband|mother|father|son|daughter|brother|sister|widow)\s+"
    r"(?:[a-z]+\s+)?(?:said|says|told|tells|added|recalled|recalls)\b"
)
# A person introduced through someone else: "His cousin, ", "The boy's mother, ", "her
# husband ", "One of them, ".
_RELATIVE_OF_SOMEONE: Final = re.compile(
    r"\b(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he\s+[a-z]+['\u2019]s)\s+(?:[a-z-]+\s+)?"
    r"(?:son|daughter|mother|father|wife|husband|brother|sister|cousin|uncle|aunt|nephew"
    r"|niece|grandson|granddaughter|grandmother|grandfather|neighbour|neighbor|friend"
    r"|colleague|relative|fianc\u00e9e?|fiance)s?"
    # "One of them, X,", "one of his colleagues, X,": someone of the speaker's company
    r"|\b[Oo]ne\s+of\s+(?:them|(?:his|her|their)\s+[a-z]+s))"
    r",?\s+$"
)
# A sentence whose subject is "he" or "she", maybe after an opening phrase: "He said",
# "On Monday, she told", "Later he added".
_PRONOUN_OPENING: Final = re.compile(
    r"(?:(?:Then|But|And|Later|Still|Now|Earlier|Previously)\s+"
    r"|[^,.!?\"\u201c\u201d\n]{3,60},\s+)?(He|She|(?<=,\s)he|(?<=,\s)she)\s+[a-z]"
)
# A quote's mark between a pronoun opening a sentence and a name after it: the pronoun
# belongs to quoted words the name's attribution closes.
_QUOTE_MARK_BETWEEN: Final = re.compile(r"[\"\u201c\u201d]")
# "his wife" said: the kin nouns whose bearer the text may have introduced the other way.
_KIN_CONVERSE: Final = {
    "wife": ("husband",),
    "husband": ("wife",),
    "widow": ("husband",),
    "son": ("mother", "father"),
    "daughter": ("mother", "father"),
    "mother": ("son", "daughter"),
    "father": ("son", "daughter"),
    "brother": ("brother", "sister"),
    "sister": ("brother", "sister"),
}
_KIN_MALE: Final = re.compile(
    r"\b(?:son|husband|brother|father|nephew|uncle|grandson|grandfather|boy),\s+$"
)
_KIN_FEMALE: Final = re.compile(
    r"\b(?:daughter|wife|widow|sister|mother|niece|aunt|granddaughter|grandmother|girl),\s+$"
)


_MALE_WORDS: Final = (
    "Mr|Sheikh|Father|King|Prince|Brother|spokesman|husband|son|father|brother|boy|man"
    "|businessman|policeman|chairman|Imam|widower|grandfather|uncle|nephew|fisherman"
)
_FEMALE_WORDS: Final = (
    "Mrs|Ms|Miss|Sister|Queen|Princess|spokeswoman|wife|widow|daughter|mother|sister|girl"
    "|woman|businesswoman|policewoman|chairwoman|grandmother|aunt|niece|Daw"
)
_MALE_BEFORE: Final = re.compile(rf"\b(?:{_MALE_WORDS}),?\s+(?:[A-Z][\w.'\u2019-]*\s+)*$")
_FEMALE_BEFORE: Final = re.compile(rf"\b(?:{_FEMALE_WORDS}),?\s+(?:[A-Z][\w.'\u2019-]*\s+)*$")
_MALE_AFTER: Final = re.compile(
    rf",\s+(?:\d{{1,3}},\s+)?(?:a|an|the)\s+(?:[\w'-]+\s+){{0,3}}?(?:{_MALE_WORDS})\b"
)
_FEMALE_AFTER: Final = re.compile(
    rf",\s+(?:\d{{1,3}},\s+)?(?:a|an|the)\s+(?:[\w'-]+\s+){{0,3}}?(?:{_FEMALE_WORDS})\b"
)


# The spouse a name owns: "Cruz's wife" is a man's, "Okafor's husband" a woman's.
_SPOUSE_OWNED: Final = re.compile(
    r"['\u2019]s\s+(?:[a-z-]+\s+)?(?:(wife|widow)|(husband|widower))\b"
)
# The pronoun a name's own clause gives it: "X and her colleague", "X said she".
_PRONOUN_AFTER_NAME: Final = re.compile(
    r"(?:,\s+\d{1,3},)?\s+(?:and|with)\s+(?:(his)|(her))\b"
    r"|,?\s+(?:said|says|told\s+\w+|added|adds)\s+(?:that\s+)?(?:(he)|(she))\b"
    # "X, 52, said her son had been held": the speaker's own kin or home
    r"|(?:,\s+\d{1,3},)?\s+(?:said|says|told\s+\w+|added|adds)\s+(?:that\s+)?"
    r"(?:(his)|(her))\s+(?:(?:only|eldest|youngest|elder|younger|two|three)\s+)?"
    r"(?:son|sons|daughter|daughters|husband|wife|children|brother|brothers|sister|sisters"
    r"|mother|father|family|house|home|shop|farm"
    # ... or those the speaker leads or serves: "X said his men / her officers / his client"
    r"|men|troops|forces|fighters|soldiers|officers|staff|team|colleagues|client|clients"
    r"|people|community|village|party|government|office|organisation|organization)\b"
)
# A dialogue turn tagged by a name right after the quote: '"...," Dovhyi replied'.
_TURN_TAG: Final = re.compile(r"[,!?][\"\u201d\u2019]\s+$")
# A pronoun saying quoted words: '," she said', '," he told'.
_PRONOUN_SAID: Final = re.compile(
    r"[,!?][\"\u201d\u2019]\s+(he|she)\s+(?:said|says|told|added|adds)\b"
)
# A paragraph that opens with no quote mark: narration, not a turn of dialogue.
_NARRATION_PARAGRAPH: Final = re.compile(r"\n\n(?![\"\u201c\u2018'])\S")


# Given names that wires' regions give to one sex only, so that "she said" need not take
# "Peter Okot" named last. Names given to both (Jean, Nour, Andrea, Sasha, Kim) are left out.
_FEMALE_GIVEN: Final = words(
    # Arabic, Persian, Turkish and Kurdish
    "Fatima Fatma Fatuma Fatouma Aisha Aicha Ayesha Ayşe Amina Aminata Maryam Mariam "
    "Khadija Zainab Zeinab Zahra Layla Leila Laila Huda Rania Salma Samira Yasmin Yasmine "
    "Hanan Halima Hawa Asma Noura Nadia Dalia Reem Sahar Mona Nawal Souad Hind Ghada Zeynep "
    "Nasra Hodan Amran Asha Khadra Fadumo Shukri "
    # a kunya, "mother of" her eldest son: "Umm Hassan" is a woman whatever the son's name
    "Umm Um Oum "
    # African
    "Fatou Fatoumata Mariama Kadiatou Aissatou Awa Binta Oumou Djeneba Ngozi Chioma "
    "Funmilayo Abena Akosua Efua Zainabu Hadiza Hauwa Tigist Meseret Almaz Wanjiru Wanjiku "
    "Njeri Achieng Akinyi Wambui Neema Rehema Zawadi Akello Nyakuoth Nyandeng Achol "
    # South, Central and Southeast Asian
    "Priya Anita Sunita Kavita Pooja Nasreen Shabana Rukhsana Bibi Siti Dewi "
    # Latin American and Iberian
    "Ana Carmen Rosa Lucía Lucia Gabriela Daniela Sofía Camila Valentina Isabel Luisa "
    "Juana Guadalupe Verónica Veronica Patricia Claudia Adriana Paola Mariana Fernanda "
    "Beatriz Marta María Maria Francisca "
    # Slavic, Baltic and Caucasian
    "Olena Olga Natalia Nataliya Tetiana Tatiana Iryna Irina Svetlana Yulia Yuliia Oksana "
    "Halyna Mariya Anastasia Gohar Anna Katarzyna Agnieszka Nino "
    # Western European and others
    "Marie Anne Sarah Emma Laura Elena Lena Eva Ingrid Grace Esther Ruth Rebecca Elizabeth "
    "Catherine Mary Margaret Sophie Julia Claire Helen Helena Nina Astrid Isabelle "
    "Francesca Chiara"
)
_MALE_GIVEN: Final = words(
    "Mohammed Mohamed Muhammad Mohammad Mohamad Mehmet Ahmed Ahmad Ahmet Ali Omar Umar "
    "Hassan Hasan Hussein Ibrahim Ismail Yusuf Youssef Yousef Khalid Khaled Mahmoud "
    "Mustafa Abdullah Abdallah Abdul Abdel Abdulrahman Salim Salem Samir Tariq Walid Karim "
    "Nabil Jamal Bilal Hamza Idris Musa Moussa Issa Yahya Suleiman Fadi Rami Ziad Osama "
    "Majid Faisal Nasser Adel Amir Hamid Rashid Saleh Marwan Mahdi Reza Farid Hossein "
    "Kamal Murat Emre "
    # a kunya, "father of": "Abu Ahmed"
    "Abu Abou "
    "Mamadou Amadou Oumar Boubacar Ousmane Abdoulaye Ibrahima Souleymane Seydou "
    "Moustapha Cheikh Modibo Bakary Sekou Salif Harouna Chinedu Emeka Obinna Babatunde "
    "Kwame Kofi Aliyu Abubakar Usman Garba Danjuma Kabiru Haruna Yakubu Abdi Abdirahman "
    "Mohamud Tesfaye Getachew Abebe Dawit Yonas Otieno Odhiambo Kamau Mwangi Okello "
    "Rahul Amit Sunil Ravi Sanjay Rajesh Imran Irfan Farooq Zubair Shahid Tahir Asif "
    "Ghulam "
    "José Jose Juan Carlos Luis Jorge Miguel Pedro Diego Andrés Andres Fernando Javier "
    "Alejandro Francisco Manuel Antonio Rafael Ricardo Roberto Eduardo Gustavo Sergio "
    "Ivan Oleksandr Oleksiy Oleh Serhiy Sergei Sergey Dmitry Dmytro Andriy Andrei Mykola "
    "Nikolai Yuriy Yuri Viktor Vladimir Volodymyr Pavlo Pavel Petro Bohdan Taras Igor "
    "Ihor Mikhail Boris Vasyl Giorgi Armen Piotr Tomasz "
    "John James Peter Paul Joseph Samuel Daniel David Michael Thomas Patrick Emmanuel "
    "Pierre Hans Klaus Lars Erik Jacques Philippe Nicolas Giovanni Giuseppe Marco Matteo"
)


def _given_name_gender(text: str, person: Suggestion) -> str:
    """ "m" or "f" when the mention opens with a given name of one sex only, else ""."""
    first = text[person.start : person.end].split(maxsplit=1)
    if len(first) < 2:
        return ""  # a lone word may be a surname ("Ali", "Musa")
    if first[0] in _FEMALE_GIVEN or first[0] in _FEMALE_NAME_PREFIX:
        return "f"
    if first[0] in _MALE_GIVEN or first[0] in _MALE_NAME_PREFIX:
        return "m"
    rest = first[1].split()
    if first[0] in _VIETNAMESE_SURNAMES and len(rest) >= 2:
        # "Nguyen Thi Hoa", "Tran Van Duc": the middle name says the sex
        if rest[0] in ("Thi", "Th\u1ecb"):
            return "f"
        if rest[0] in ("Van", "V\u0103n"):
            return "m"
    return ""


# The words that open Burmese and Shan names by the bearer's sex ("Daw Nilar Win", "Nang
# Hseng Noom", "U Tun Kyi", "Maung Maung"). Left out: "Ma" and "Ko" (Chinese and Korean
# surnames), "Nan" (an English given name), "Naw" (a Karen woman's, a Kachin man's), "Saw"
# (a Karen man's, a Rakhine woman's: dev 722) and "Sai" (a Shan man's, an Indian woman's or
# man's). (spk69)
_FEMALE_NAME_PREFIX: Final = words("Daw Nang")
_MALE_NAME_PREFIX: Final = words("U Maung")
# The commonest Vietnamese surnames, before a middle name "Thi" (women) or "Van" (men).
_VIETNAMESE_SURNAMES: Final = words(
    "Nguyen Nguy\u1ec5n Tran Tr\u1ea7n Le L\u00ea Pham Ph\u1ea1m Hoang Ho\u00e0ng Huynh Phan "
    "Vu Vo Dang Bui Do Ho Ngo Duong Ly"
)


# A name given as his or hers: "by his call sign, "Kedr"", "her nom de guerre Sova", "his
# real name, X".
_OWNED_NAME_BEFORE: Final = re.compile(
    r"\b(?:(his)|(her))\s+(?:(?:real|full|first|given)\s+)?(?:name|call[- ]?sign"
    r"|nom\s+de\s+guerre|code\s*name|nickname),?\s+(?:is\s+|was\s+)?[\"\u201c]?$",
    re.IGNORECASE,
)


def _gender_of(text: str, person: Suggestion) -> str:
    """ "m" or "f" when the words right around a person's mention say so ("Mrs X", "X, a
    mother of two", "spokesman X", "her son, X,", "X and her colleague"), else, for a
    mention of two words or more, what its given name says ("Grace Akello"), else ""."""
    kin = _kin_gender(text, person)
    if kin:
        return kin
    before = text[max(0, person.start - 40) : person.start]
    owned_name = _OWNED_NAME_BEFORE.search(before)
    if owned_name is not None:
        return "m" if owned_name.group(1) else "f"  # "by his call sign, "Kedr""
    after = text[person.end : person.end + 60]
    pronoun = _PRONOUN_AFTER_NAME.match(after)
    spouse = _SPOUSE_OWNED.match(after)
    male = bool(
        _MALE_BEFORE.search(before)
        or _MALE_AFTER.match(after)
        or (pronoun and (pronoun.group(1) or pronoun.group(3) or pronoun.group(5)))
        or (spouse and spouse.group(1))
    )
    female = bool(
        _FEMALE_BEFORE.search(before)
        or _FEMALE_AFTER.match(after)
        or (pronoun and (pronoun.group(2) or pronoun.group(4) or pronoun.group(6)))
        or (spouse and spouse.group(2))
    )
    if male == female:
        return "" if male else _given_name_gender(text, person)
    return "m" if male else "f"


# A person reported killed or carried off, in the words right after or before the name:
# "Y, a driver, was shot dead", "Y died", "gunmen killed a driver, Y,".
_DEAD_OR_TAKEN_AFTER: Final = re.compile(
    r"(?:,[^,.;:\"\u201c\u201d]{1,60},|,)?\s+"
    r"(?:(?:was|were|had\s+been|has\s+been|is\s+believed\s+to\s+have\s+been)\s+"
    r"(?:later\s+|also\s+|then\s+)?"
    r"(?:killed|shot\s+dead|murdered|executed|beheaded|abducted|kidnapped|taken\s+hostage)"
    r"|died|was\s+among\s+the\s+dead)\b"
)
_DEAD_OR_TAKEN_BEFORE: Final = re.compile(
    r"\b(?:killed|shot\s+dead|murdered|abducted|kidnapped|body\s+of)\s+"
    r"(?:(?:an?|the|his|her|their)\s+)?"
    # ("a local driver, ", not "the killing of two men, ")
    r"(?:(?!(?:of|in|on|at|by|to|and|after|before)\b)[a-z-]+\s+){0,2}?(?:[a-z-]+,\s+)?$"
)


def _reported_dead_or_taken(text: str, person: Suggestion) -> bool:
    """True when the words around `person`'s mention report them killed or abducted."""
    return bool(
        _DEAD_OR_TAKEN_AFTER.match(text, person.end)
        or _DEAD_OR_TAKEN_BEFORE.search(text, max(0, person.start - 50), person.start)
    )


def _kin_gender(text: str, person: Suggestion) -> str:
    """ "m" or "f" when `person` is introduced by a kin noun ("her son, Pavel,"), else ""."""
    before = text[max(0, person.start - 20) : person.start]
    if _KIN_MALE.search(before):
        return "m"
    if _KIN_FEMALE.search(before):
        return "f"
    return ""


def _in_relative_clause(text: str, start: int, offset: int) -> bool:
    """True when `offset` lies in a ", who ..." clause opened since `start` and not yet
    closed by a comma ("Baranov, who spoke with the deputy mayor Irina Sokol, described")."""
    opened = None
    for found in _RELATIVE.finditer(text, start, offset):
        opened = found
    return opened is not None and "," not in text[opened.end() : offset]


_RELATIVE: Final = re.compile(r",\s+(?:who|whose|which|whom)\b")
# An unnamed spokesperson and the speech verb of his sentence: "a spokesman for the police
# said", "A KDF spokeswoman, speaking in Nairobi, told" (no name in apposition, no new
# sentence before the verb).
# (... and a state's delegate at the UN: "The representative of China said", "France's
# representative said": the state speaks, and so does his "he")
_SPOKESPERSON_WORD: Final = re.compile(r"\b(?:spokes(?:man|woman|person)|representative)\b")
_SPOKESPERSON_SAID: Final = re.compile(
    r"(?:\s+(?:for|of)\s+(?:the\s+)?[^,.;:!?\"\u201c\u201d\n]{1,80}?)?"
    r"(?:,[^,.;:!?\"\u201c\u201d\n]{1,60}?,)?\s+(?:(?:also|later|earlier|then)\s+)?"
    r"(?:said|says|told|tells|added|adds|stated|confirmed|confirms|denied|denies)\b"
)
_SPOKESPERSON_OF: Final = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?")
# A role set beside the name before it: "X, a spokesperson", "X, the agency's spokesman".
_APPOSITION_BEFORE_ROLE: Final = re.compile(r",\s+(?:[Aa]n?|[Tt]he)\s+(?:[\w'\u2019-]+\s+){0,3}")
# Between a body and its spokesperson: "A KDF spokesman", "the UN's spokeswoman".
_BODY_BEFORE_SPOKESPERSON: Final = re.compile(r"(?:['\u2019]s)?\s+(?:[a-z-]+\s+)?")
_ARTICLE_END: Final = re.compile(r"\b(?:[Aa]n?|[Ii]ts|[Tt]he)\s+$")
# Someone unnamed after a place opening the sentence: "In Garissa, a police officer said".
_SET_UNNAMED_SPEAKER: Final = re.compile(
    r"(?:^|[.!?][\"'\u201d\u2019]?\s+|\n)(?:In|At|On|Near|Outside|Inside|Across|From|Along)\s+"
    r"[^,.!?\n]{1,60},\s+(?:[^,.!?\n]{1,60},\s+)?(?:a|an|one|another)\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}?(?:"
    + "|".join(
        sorted(
            _DESCRIPTIONS
            | {
                "worker",
                "teacher",
                "trader",
                "farmer",
                "leader",
                "member",
                "elder",
                "relative",
                "medic",
            }
        )
    )
    + r")\b[^.!?\n]*?\b(?:"
    + "|".join(sorted(SPEECH_VERBS, key=longest_first))
    + r")\b"
)
# A person's relative clause, however long, then the verb it was the subject of: "X, who
# led the funeral prayers at the district headquarters on Wednesday, said".
_RELATIVE_THEN_SAID: Final = re.compile(
    r",\s+(?:who|whose)\s[^.;:!?\"\u201c\u201d\n]{1,240}?,\s+(?:(?:also|later|then|has|had)\s+)?"
    r"(?:" + "|".join(sorted(SPEECH_VERBS, key=longest_first)) + r")\b"
)
# The abbreviations whose full stop ends no sentence for `sentences` ("Col. Dana X", "Gen.
# X", "Jan. 5"), as they are capitalised, grouped by length for the fixed-width look-behinds
# below; a single capital's full stop ends none either ("U.S. Central Command said").
_NOT_ENDING_ABBREVIATIONS: Final = frozenset(
    word.capitalize() for word in ABBREVIATIONS if word.isalpha() and len(word) > 1
)
# (each look-behind reads back from after the full stop, which the pattern matches first: a
# pattern opening with its look-behinds ran them all at every character of a text, about
# 150 ns a character, where one opening with "[.!?]" skips in C to those characters: 18 ns)
_ABBREVIATION_BEHIND: Final = "".join(
    rf"(?<!\b(?:{'|'.join(sorted(w for w in _NOT_ENDING_ABBREVIATIONS if len(w) == n))})\.)"
    for n in sorted({len(w) for w in _NOT_ENDING_ABBREVIATIONS})
)
_SENTENCE_END: Final = re.compile(
    rf"(?:[!?]|\.(?<!\b[A-Z]\.){_ABBREVIATION_BEHIND})[\"'\u201d\u2019]?\s+(?=[A-Z\"\u201c])"
)
_POSSESSIVE_AFTER: Final = re.compile(r"['\u2019]s?\b")
# "The junta's information team", "The defence ministry" opening a sentence.
_OPENING_DESCRIPTION: Final = re.compile(r"[Tt]he\s+([a-z]+(?:['\u2019]s)?(?:\s+[a-z]+){0,2})")


# A sentence ending on its source: "..., the Israeli military said.", "..., according to
# the UN mission.", "..., the ministry said on Monday."
# What a body's words come in: "the report", "the group's statement", "the UN report".
_DOCUMENT_NOUN: Final = re.compile(
    r"(?:the\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:statement|report|communiqu[e\u00e9]"
    r"|message|letter|note|release)",
    re.IGNORECASE,
)
_FINAL_ATTRIBUTION: Final = re.compile(
    # (the comma inside a quote's closing mark too: '"...," the report said.')
    r",[\"'\u201d\u2019]?\s+(?:according\s+to\s+(?P<who>(?:the\s+)?[^,.;:\"\u201c\u201d]{1,80}?)"
    r"|(?P<subject>(?:the\s+)?[^,.;:\"\u201c\u201d]{1,80}?)\s+(?:said|says|added|adds|reported"
    r"|announced|stated))"
    r"(?:\s+(?:on|in|late\s+on|early\s+on)\s+[A-Za-z]+(?:\s+[A-Za-z]+)?)?\.[\"'\u201d\u2019]?\s*$"
)


def _opening_description(text: str, start: int, end: int) -> list[str]:
    """The words of a body's description opening text[start:end], up to its noun ("The
    junta's information team" -> ["junta"], "The defence ministry" -> ["defence",
    "ministry"]), or [] when it opens otherwise."""
    found = _OPENING_DESCRIPTION.match(text, start, end)
    if found is None:
        return []
    tokens = re.sub(r"['\u2019]s\b", "", found.group(1)).split()
    for i, token in enumerate(tokens):
        if token in _GROUP_NOUNS:
            return tokens[max(0, i - 1) : i + 1]
    return []


def _previous_sentence(text: str, offset: int) -> Extent | None:
    """(start, end) of the sentence before the one holding `offset`, within 600 characters."""
    window = max(0, offset - 600)
    # (one past `offset`: a sentence end is known by the capital after it)
    found = list(_SENTENCE_END.finditer(text, window, offset + 1))
    if not found:
        return None
    current = found[-1].end()
    # (the line it opens, searched before its own end: a paragraph break after the
    # sentence is no start of it)
    previous = (
        found[-2].end()
        if len(found) > 1
        else max(text.rfind("\n", window, found[-1].start()) + 1, window)
    )
    heading_end = text.rfind("\n\n", previous, found[-1].start())
    if heading_end >= 0:
        # "The government answers\n\nAt 8:02 a.m., the Ministry ... published a statement.":
        # a crosshead's line, with no full stop of its own, is no part of the sentence
        # under it
        previous = heading_end + 2
    if previous > window and _names_nobody(text, previous, current):
        # 'X, who leads the council, arrived on Monday. The road was reopened only last
        # month. "...," he said': a background sentence naming nobody says nothing about
        # who speaks; the sentence before it does
        earlier = _previous_sentence(text, previous)
        if earlier is not None:
            return earlier
    return previous, current


def _formation_owned(text: str, offset: int, noun: str) -> bool:
    """True when a formation `noun` ("division") was named in the 400 characters before
    `offset` only as a body's own: "its division", "one of its battalions", "a battalion of
    its fighters", "a regiment of the army"."""
    window = text[max(0, offset - 400) : offset]
    return (
        re.search(
            rf"\b(?:its|their)\s+(?:[A-Za-z-]+\s+){{0,2}}{noun}s?\b"
            rf"|\b{noun}s?\s+of\s+(?:its|their|the)\s",
            window,
        )
        is not None
    )


def _names_nobody(text: str, start: int, end: int) -> bool:
    """True for a sentence of background that names nobody and stands for nobody: no
    quote mark, no capitalised word after its first but a month's or a weekday's, no
    pronoun or noun that could stand for a speaker ("The group denied it." names one)."""
    sentence = text[start:end]
    if (
        _BACKGROUND_OPENING.match(sentence) is None
        or _QUOTE_OR_CAPITAL_INSIDE.search(sentence, 1) is not None
    ):
        return False
    lowered = re.findall(r"[a-z]+", sentence.lower())
    return _SPEAKER_WORDS.isdisjoint(lowered) and SPEECH_VERBS.isdisjoint(lowered)


# How a sentence of background opens: an article or a word of quantity, time or place,
# never a name ("Naypyitaw denied it." names the government that speaks next).
_BACKGROUND_OPENING: Final = re.compile(
    r"(?:The|A|An|In|On|At|Since|After|Before|During|Many|Most|Some|Much|Several|Few|All"
    r"|No|Only|About|Over|More|For|Prices|Access|Fighting|Food|Water|Fuel) [a-z]"
)


# A quote mark, or a capitalised word that is no month's or weekday's name.
_QUOTE_OR_CAPITAL_INSIDE: Final = re.compile(
    r"[\"\u201c\u201d\u2018\u2019']|\b(?!(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)\b)[A-Z]"
)


# People named for a role news then uses alone: "the governor said", "the minister told".
_PERSON_ROLES: Final = words(
    "governor minister spokesman spokeswoman spokesperson mayor commander president envoy "
    "ambassador general colonel director chief prosecutor senator lawmaker premier "
    "commissioner doctor nurse lawyer teacher inspector superintendent captain major "
    "official officer priest imam pastor bishop researcher analyst activist coordinator "
    "head leader chief judge engineer journalist volunteer farmer trader widow "
    # offices of local government and bodies: "the administrator of Mecula district, X"
    "administrator prefect councillor chairman chairwoman chairperson secretary "
    "representative rapporteur"
    # a court's and an inquiry's people: "the witness replied", "the detective said"
    " witness detective investigator"
    # the bench, the clergy, the diplomatic corps, village heads: "the magistrate said"
    " magistrate justice cleric diplomat legislator physician surgeon elder malik"
)
# Descriptions of a person that stand for someone named before ("the man said").
_DESCRIBED_PEOPLE: Final = _PERSON_ROLES | words("man woman mother father survivor resident")
_PERSON_NOUNS: Final = (
    _DESCRIBED_PEOPLE | ROLE_WORDS | words("policeman policewoman boy girl soldier guard officer")
) - words("called named")
# Words by which a sentence stands for someone who may speak next: a pronoun, a body's
# or a person's noun.
_SPEAKER_WORDS: Final = (
    _PERSON_NOUNS
    | _GROUP_NOUNS
    | frozenset(_DESCRIBED_TYPES)
    | _DESCRIPTIONS
    | words("he she it they his her its their him them we i you who people")
)
_ANY_ROLES: Final = "|".join(sorted(_DESCRIBED_PEOPLE | ROLE_WORDS, key=longest_first))
# Between a body and the person who holds a role in it, in apposition: "the Polisario's
# representative in Spain, ", "UN Special Rapporteur on Myanmar, ", "UNICEF's chief in
# Sudan, " (the role last, or a place or a portfolio after it, then the comma).
_ROLE_HOLDER_GAP: Final = re.compile(
    r"(?:['\u2019]s)?\s+(?:[\w'\u2019-]+\s+){0,3}?"
    rf"(?P<role>(?i:{_ANY_ROLES}))"
    r"(?:\s+(?:in|for|to|on|at|of)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})?"
    r",\s+"
)
# A closing mark, then a dash before a name that signs the words: '" \u2014 '.
_DASH_ATTRIBUTION: Final = re.compile(r"[\"\u201d]?\s+[\u2014\u2013]\s+")
_SIGNED_END: Final = re.compile(r"\s*(?:[,.;\n]|$)")
# An office written with capitals: "Humanitarian Coordinator for Yemen", "Special
# Representative of the Secretary-General" (two capitalised words in a row at least).
_CAPITALISED_OFFICE: Final = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+[A-Z][a-z]+\b")
_CAPITALISED_WORD: Final = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
_ANY_ROLE_BEFORE: Final = re.compile(
    rf"\b(?i:({_ANY_ROLES}))\b,?(?=(?:\s+[A-Z][\w.'\u2019-]*)*\s*$)"
)
_ANY_ROLE_AFTER: Final = re.compile(
    r",\s+(?!(?:who|whom|whose|which|when|where|after|before|as)\b)(?:(?:the|a|an)\s+)?"
    rf"(?:[\w'\u2019-]+\s+){{0,3}}?(?i:({_ANY_ROLES}))\b"
)
_ROLE_BEFORE: Final = {
    # ("The mayor of Jamundi, X", "the governor of the province, X": the role's place)
    role: re.compile(
        rf"\b(?i:{role})(?:\s+(?:of|for|in)\s+(?:the\s+)?[\w'\u2019-]+"
        rf"(?:\s+[A-Z][\w'\u2019-]*){{0,3}})?,?(?:\s+[A-Z][\w.'\u2019-]*)*\s*$"
    )
    # (not magistrate, senator: each linked one dev quote to the wrong person; del71s)
    for role in _PERSON_ROLES - words("magistrate senator")
}
_ROLE_AFTER: Final = {
    role: re.compile(
        rf",\s+(?!(?:who|whom|whose|which|when|where|after|before|as)\b)(?:(?:the|a|an)\s+)?"
        rf"(?:[\w'\u2019-]+\s+){{0,3}}?(?i:{role})\b"
    )
    for role in _PERSON_ROLES
}
# The role an abbreviated or clerical title before a name gives its bearer: "Col. X" is
# "the colonel", "Dr. X" "the doctor", "Father X" "the priest".
_TITLE_ROLES: Final = {
    "Dr": ("doctor",),
    "Col": ("colonel",),
    "Gen": ("general",),
    "Maj": ("major",),
    "Capt": ("captain",),
    "Father": ("priest",),
    "Fr": ("priest",),
    "Rev": ("priest", "pastor"),
    "Reverend": ("priest", "pastor"),
    "Pastor": ("priest",),
    "Imam": ("imam",),
    "Sheikh": ("imam",),
    "Bishop": ("priest",),
}
_TITLE_CHAIN_END: Final = re.compile(
    r"\b(" + "|".join(_TITLE_ROLES) + r")\.?\s+(?:[A-Z][\w.'\u2019-]*\s+)*$"
)


_CAPITALISED: Final = re.compile(r"[A-Z][a-z]*")

# A subject that is only a described person: " the colonel ", " the senior officer ".
_THE_DESCRIPTION_ONLY: Final = re.compile(r"\s*[Tt]he\s+(?:[a-z-]+\s+)?[a-z]+\s*")
# A byline's "By " at the start of its line: the name after it is the article's writer.
_BYLINE_BEFORE: Final = re.compile(r"(?:^|\n)By\s+$")
# A description news uses for the holder of any of several narrower roles: "the officer"
# is the general, colonel or inspector named before, "the magistrate" the judge, "the
# cleric" the imam.
_NARROWER_ROLES: Final = {
    "officer": words(
        "general colonel major captain lieutenant brigadier sergeant commander commandant "
        "inspector superintendent marshal admiral commodore"
    ),
    "judge": words("magistrate justice"),
    "magistrate": words("judge justice"),
    "justice": words("judge magistrate"),
    "cleric": words("imam priest pastor bishop sheikh mullah"),
    "diplomat": words("ambassador envoy consul"),
    "lawmaker": words("senator legislator congressman congresswoman"),
    "legislator": words("senator lawmaker congressman congresswoman"),
    "physician": words("doctor surgeon"),
    "doctor": words("physician surgeon"),
}
_NARROWER_BEFORE: Final = {
    role: re.compile(
        rf"\b(?i:{'|'.join(sorted(narrower))})"
        rf"(?:\s+(?:of|for|in)\s+(?:the\s+)?[\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]*){{0,3}})?"
        rf",?(?:\s+[A-Z][\w.'\u2019-]*)*\s*$"
    )
    for role, narrower in _NARROWER_ROLES.items()
}
_NARROWER_AFTER: Final = {
    role: re.compile(
        r",\s+(?!(?:who|whom|whose|which|when|where|after|before|as)\b)(?:(?:the|a|an)\s+)?"
        rf"(?:[\w'\u2019-]+\s+){{0,3}}?(?i:{'|'.join(sorted(narrower))})\b"
    )
    for role, narrower in _NARROWER_ROLES.items()
}


def _holds_narrower_role(before: str, after: str, role: str) -> bool:
    """Whether the title before a name or the appositive after it gives a role that
    `role` covers ("General X" for "the officer", "Presiding judge X" for "the
    magistrate"); `before`/`after` are the text right before and after the name."""
    narrower = _NARROWER_ROLES.get(role)
    if narrower is None:
        return False
    return bool(
        _NARROWER_BEFORE[role].search(before)
        or _NARROWER_AFTER[role].match(after)
        or narrower & set(_title_roles(before))
    )


def _title_roles(before: str) -> tuple[str, ...]:
    """The roles the title chain ending `before` (the text right before a name) gives,
    every title of it ("Maj. Gen. X": the major and the general)."""
    found = _TITLE_CHAIN_END.search(before)
    if found is None:
        return ()
    chain = _CAPITALISED.findall(before, found.start())
    return tuple(role for title in chain for role in _TITLE_ROLES.get(title, ()))


def _roles_of(text: str, actor: Suggestion) -> set[str]:
    """The roles the title chain before `actor` or the appositive after it give it
    ("Governor Ana Ruiz", "Col. Ali Bako", "Ana Ruiz, a nurse at ..."), lower case."""
    before = text[max(0, actor.start - 40) : actor.start]
    found = {m.group(1).lower() for m in _ANY_ROLE_BEFORE.finditer(before)}
    found.update(_title_roles(before))
    # "His parishioner Marie Njabu": whatever noun a possessive gives before the name
    kin = re.search(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+([a-z]+),?\s+$", before)
    if kin is not None:
        found.add(kin.group(1))
    after = _ANY_ROLE_AFTER.match(text, actor.end, actor.end + 60)
    if after is not None:
        found.add(after.group(1).lower())
    return found


# Patterns made for one word (a head noun, a role, a kin noun, an abbreviation): made once
# per process through `_made`, which builds each from the form an earlier process kept
# when there is one (`compile_pattern`); `prepare_patterns` makes those of the listed words
# ahead. (Made through `re`'s cache they were compiled on the wait for the session's first
# long article, 45 ms of CPU at 1 MB, and never kept.)


@lru_cache(maxsize=4096)
def _made(source: str) -> re.Pattern[str]:
    """`re.compile(source)`, once per process."""
    return compile_pattern(source)


def _introduced_as(role: str) -> re.Pattern[str]:
    """Someone introduced by the description: "a nurse", "two officials", "the nurse"."""
    return _made(
        rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Ss]everal|[Tt]he)\s+"
        rf"(?:[\w'\u2019-]+\s+){{0,3}}?{re.escape(role)}s?\b"
    )


def _unnamed_as(role: str) -> re.Pattern[str]:
    """An unnamed one introduced by the description: "A police officer who asked ..."."""
    return _made(
        rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w'\u2019-]+\s+){{0,3}}?{re.escape(role)}\b"
        r"(?!,?\s+[A-Z])"
    )


def _kin_named(kin: str) -> re.Pattern[str]:
    """The kin noun right before a name: "His wife, " before "Amina Diallo"."""
    return _made(rf"\b{kin},?\s+$")


def _converse_kin_named(kin: str) -> re.Pattern[str]:
    """The converse kin noun right before a name: "Her husband, " for "his wife"."""
    converse = "|".join(_KIN_CONVERSE[kin])
    return _made(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:{converse}),?\s+$")


def _described_as_pattern(head: str) -> re.Pattern[str]:
    """An appositive describing what precedes with the noun `head` (see _described_as)."""
    return _made(
        # (a plural possessive is a modifier too: "a lawyers' network", "a doctors' union")
        rf",\s+(?:a|an|the)\s+(?:[\w'\u2019-]+\s+){{0,3}}?{re.escape(head)}"
        # (after the place it serves too: "KFOR, the NATO-led peacekeeping force in Kosovo,")
        r"(?:\s+(?:in|for|on)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}(?=,))?"
        r"(?=\s*(?:[,(]|$)|\s+(?:that|which|who|based|founded|run|led)\b)"
    )


def _owned_name_pattern(head: str) -> re.Pattern[str]:
    """A capitalised body's name ending in the noun `head` owned in the possessive:
    "'s Monitoring, Verification and Compliance Mission" (see _Mentions._owner_of_named)."""
    return _made(
        rf"['\u2019]s?\s+(?:[A-Z][\w'\u2019-]*,?\s+|(?:and|of|for|the|on)\s+){{0,6}}?"
        rf"{re.escape(head[:1].upper() + head[1:])}\b"
    )


# A bracketed acronym right after a name: " (AU-MVCM)".
_BRACKETED_ACRONYM: Final = re.compile(r"\s*\([A-Z][A-Za-z0-9&.-]*[A-Z0-9]\)")


def _owned_pattern(head: str) -> re.Pattern[str]:
    """A body called `head` owned in the possessive (see _owned_end)."""
    return _made(
        # (not when the body's own name follows: "Ecuador's prison agency, SNAI,")
        # ("Ukraine's General Staff": a body's name may be capitalised)
        # (nor after the body's place: "the EU's naval mission in the Red Sea, Aspides,")
        # (nor a person's role: "MSF's head of mission" is no mission of MSF's)
        rf"['\u2019]s?\s+(?:(?!of\s)[A-Za-z-]+\s+){{0,2}}?(?i:{re.escape(head)})\b"
        # ("Uganda's army, the UPDF,": its own name after "the" too)
        r"(?!,?\s+(?:the\s+)?\(?[A-Z])"
        r"(?!\s+(?:in|for|of|on)\s+[^,.;:\"\u201c\u201d]{1,40},\s+\(?[A-Z])"
    )


def _qualifies_pattern(head: str) -> re.Pattern[str]:
    """The noun `head` right after a name, maybe through "-run" (see _qualifies)."""
    return _made(
        # (not when the body's own name follows: "UN refugee agency (UNHCR)")
        rf"(?:-(?:run|led|controlled|backed))?\s+(?:[a-z-]+\s+)?{re.escape(head)}\b"
        r"(?!,?\s+\(?[A-Z])"
    )


def _described_before_pattern(head: str) -> re.Pattern[str]:
    """A description ending in the noun `head` right before a name (see _described_before_as)."""
    return _made(
        # ("the EU's naval mission in the Red Sea, Aspides,": after the body's place)
        rf"\b{re.escape(head)}(?:\s+(?:in|for|of|on)\s+[^,.;:\"\u201c\u201d]{{1,40}})?,\s+$"
    )


def prepare_patterns() -> None:
    """Make now the patterns of the words the speaker rules look for most: the nouns that
    stand for a body named before ("the ministry said"), the descriptions of a person
    ("the nurse said") and the kin nouns ("his wife said"). Changes no speaker."""
    for head in sorted(_GROUP_NOUNS | {"police"}):
        _described_as_pattern(head)
        _owned_pattern(head)
        _qualifies_pattern(head)
        _described_before_pattern(head)
        _introduced_by_noun_pattern(head)
    for role in sorted(_DESCRIBED_PEOPLE | {"person"}):
        _introduced_as(role)
        _unnamed_as(role)
    for kin in sorted(_KIN_CONVERSE):
        _kin_named(kin)
        _converse_kin_named(kin)


def _described_as(text: str, actor: Suggestion, head: str) -> bool:
    """True when an appositive right after `actor` describes it with the noun `head`:
    "Emergency Response Rooms, a volunteer network", "MSF, the medical charity"."""
    if not head:
        return False
    after = text[actor.end : actor.end + 100]
    # ("Réseau National ... (RNDDH), a human rights group,": past the bracket that gives
    # the name's letters, or that closes after them)
    bracket = _BRACKET_AFTER_NAME.match(after)
    if bracket is not None:
        after = after[bracket.end() :]
    # An appositive ends in a comma, a bracket or a relative clause; ", the ministry said"
    # is the next clause's subject, not a description of what precedes it.
    return _described_as_pattern(head).match(after) is not None


# A bracket right after a name that holds its letters, or the close of the bracket that
# holds them: " (RNDDH)", ")".
_BRACKET_AFTER_NAME: Final = re.compile(r"\s*\([A-Z][\w.&-]{1,12}\)|\)")


def _initials(name: str) -> str:
    """The initials of a name's capitalised words ("International Committee of the Red
    Cross" -> "ICRC"), when it has at least three; else ""."""
    capitals = [w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    return "".join(capitals) if len(capitals) >= 3 else ""


# The capitalised head noun of a name before its first "of" or "for": "Catholic
# [Diocese] of Torit", "Tunisian [League] for Human Rights".
_HEAD_BEFORE_OF: Final = re.compile(r"\b([A-Z][a-z]+)\s+(?:of|for)\s")


def _name_words(name: str) -> list[str]:
    """The lower-case words of a name, split at spaces and hyphens, with the English noun
    a wire describes the body by for a French, Spanish or Portuguese one ("Collectif des
    droits humains du Sud" holds "collective": "the collective said")."""
    if not name.strip():
        return []
    found = re.split(r"[\s-]+", name.lower().strip())
    return found + [_COGNATES[w] for w in found if w in _COGNATES]


# A body's noun in French, Spanish or Portuguese and the English word for it, as wires
# write "the collective" after "Collectif ...", "the observatory" after "Observatoire ...".
_COGNATES: Final = word_table(
    ("collective", "collectif colectivo coletivo"),
    ("observatory", "observatoire observatorio observat\u00f3rio"),
    ("network", "r\u00e9seau"),
    ("committee", "comit\u00e9 comite"),
    ("association", "asociaci\u00f3n associa\u00e7\u00e3o"),
    ("foundation", "fondation fundaci\u00f3n funda\u00e7\u00e3o"),
    ("commission", "comisi\u00f3n comiss\u00e3o"),
    ("movement", "mouvement movimiento movimento"),
)


def _is_civil(actor: Suggestion) -> bool:
    return actor.attributes.get("type") == "organisation"


# A unit's name before the unit or its people ("the Duvdevan special forces unit", "Egoz
# commandos", "a Yamam officer"): a part of the army, never "the army" itself (review68a).
_UNIT_OF_ITS_PEOPLE: Final = re.compile(
    r"(?: (?:special forces|special operations|elite|commando|counter-terrorism|naval commando))?"
    r" (?:unit|units|commandos?|soldiers?|officers?|troops|fighters|operatives|reservists)\b"
)


def _owns(text: str, actor: Suggestion, head: str) -> bool:
    """True when `actor` is named in the possessive before a body called `head`:
    "Turkey's defence ministry", "the army's media office" for "the office"."""
    return _owned_end(text, actor, head) > actor.end


def _owned_end(text: str, actor: Suggestion, head: str) -> int:
    """Where the body called `head` that `actor` owns in the possessive ends ("Turkey's
    defence ministry"), else `actor.end`."""
    if not head or text[actor.end : actor.end + 1] not in ("'", "\u2019"):
        return actor.end  # (the cheap test first: most mentions have no possessive)
    owned = _owned_pattern(head).match(text[actor.end : actor.end + 90])
    return actor.end if owned is None else actor.end + owned.end()


# Kinds of a state's bodies: "the ministry said" is not "Israel's military" named before.
_BODY_KINDS: Final = word_table(
    ("armed forces", "army military forces force navy staff"),
    ("ministry", "ministry"),
    ("police", "police"),
    # bodies of the UN and others, told apart by their name's noun: "the mission said"
    # is no "UN Security Council" named since
    ("mission", "mission"),
    ("council", "council"),
    ("court", "court tribunal"),
    ("commission", "commission"),
)
_OWNED_BODY: Final = re.compile(r"['\u2019]s?((?:\s+[a-z-]+){1,3})")


def _of_kind(head: str, name: Sequence[str]) -> bool:
    """True when a body whose name has the words `name` is a "<head>": its name holds the
    noun, or another of the same kind ("Uganda People's Defence Force" for "the army")."""
    kind = _BODY_KINDS.get(head)
    return head in name or (kind is not None and any(_BODY_KINDS.get(w) == kind for w in name))


def _named_another_kind(head: str, name: Sequence[str]) -> bool:
    """True when a body whose name has the words `name` is of another kind of state body
    than a "<head>" ("Defence Ministry" for "the staff"); false for kinds not told apart."""
    kind = _BODY_KINDS.get(head)
    kinds = {_BODY_KINDS[w] for w in name if w in _BODY_KINDS}
    return kind is not None and bool(kinds) and kind not in kinds


def _owns_another_kind(text: str, actor: Suggestion, head: str) -> bool:
    """True when `actor` is named in the possessive before a body of another kind than
    `head` ("Israel's military" for "the ministry"); false for kinds not told apart."""
    wanted = _BODY_KINDS.get(head)
    if wanted is None or text[actor.end : actor.end + 1] not in ("'", "\u2019"):
        return False
    owned = _OWNED_BODY.match(text, actor.end, actor.end + 60)
    if owned is None:
        return False
    # the first body noun of "'s health ministry", "'s armed forces"
    kind = next((_BODY_KINDS[w] for w in owned.group(1).split() if w in _BODY_KINDS), None)
    return kind is not None and kind != wanted


def _qualifies(text: str, actor: Suggestion, head: str) -> bool:
    """True when `actor` is named right before the noun `head`, maybe through "-run" or
    "-led" and one more word: "Taliban government", "Houthi-run health ministry"."""
    return bool(head) and bool(_qualifies_pattern(head).match(text[actor.end : actor.end + 40]))


def _described_before_as(text: str, actor: Suggestion, head: str) -> bool:
    """True when `actor` stands in apposition right after a description ending in the noun
    `head`: "Ecuador's prison agency, SNAI," for "the agency"."""
    return bool(head) and bool(
        _described_before_pattern(head).search(text[max(0, actor.start - 80) : actor.start])
    )


def _introduced_by_noun(text: str, actor: Suggestion, head: str) -> bool:
    """True when `actor`'s name comes right after "the", up to three lower-case modifiers
    and the noun `head`, no comma between: "The rights group Ain o Salish Kendra" (not
    "agency": its one dev case, "the state news agency SANA", carried the words; del71s)."""
    return (
        bool(head)
        and head != "agency"
        and bool(
            _introduced_by_noun_pattern(head).search(text[max(0, actor.start - 60) : actor.start])
        )
    )


def _introduced_by_noun_pattern(head: str) -> re.Pattern[str]:
    """The article, modifiers and noun `head` right before a name (see _introduced_by_noun)."""
    return _made(rf"\b[Tt]he\s+(?:[a-z][a-z-]*\s+){{0,3}}{re.escape(head)}\s+$")


_GOVERNMENT_WORDS: Final = words("government authorities")
# The words of a state agency's name: what "the agency" may stand for besides the UN's.
_AGENCY_WORDS: Final = words(
    "service services intelligence security bureau directorate "
    # (a prosecutor's or a regulator's office: "State Prosecutor's Office (FGE) ... the agency")
    "office authority commission"
)
# The words of a body of the state, not the state as a whole.
_BODY_NOUNS: Final = words(
    "army military forces force navy police ministry guard agency service department "
    "commission council office command"
)


def _names_whole_state(text: str, actor: Suggestion) -> bool:
    """A state by its name, its capital or its government ("Ecuador", "Quito", "Syrian
    government"), not one of its bodies ("Ecuadorian armed forces", "Foreign Ministry")."""
    return not set(text[actor.start : actor.end].lower().split()) & _BODY_NOUNS


# People described by a plural role before their names: "Brothers ", "The two farmers ",
# "Two nurses, " ("Brothers A and B were at the market").
_PLURAL_PEOPLE: Final = re.compile(
    r"\s*(?:(?:[Tt]he|[Tt]wo|[Tt]hree|[Bb]oth)\s+)?(?:(?:two|three|[a-z]+-year-old)\s+)?"
    # (one modifier too: "Aid workers A and B", "British journalists A and B")
    r"(?:[A-Za-z-]+\s+)?([A-Za-z]+)s,?\s*"
)


# A plural noun of people opening a sentence, with what places them, up to the comma that
# sets off two of their names: "Two elders in Diéma, ", "Two nurses at the hospital run by
# MSF, ", "Both local officials, ".
_PLURAL_PEOPLE_OPENING: Final = re.compile(
    r"(?:[Tt]wo|[Bb]oth|[Tt]he\s+two)\s+(?:[a-z-]+\s+)?[a-z]+s\b"
    r"[^.;:!?\"\u201c\u201d\n]{0,120}?,\s+"
)
_PAIR_AND: Final = re.compile(r"\s+and\s+")
_PAIR_THEN_SAID: Final = re.compile(r",\s+(?:said|told|say|says|added)\b")


def _pair_named_in_apposition(
    text: str, mentions: _Mentions, start: int, end: int
) -> Suggestion | None:
    """The first of two people named in apposition to a plural noun that opens the sentence
    [start, end) and speaks ("Two elders in Diéma, A and B, said ..."): whom a "they said"
    after it means, the guideline's first named of joint speakers. Else None."""
    people = [a for a in mentions.within(start, end) if _is_person(a)]
    for k in range(len(people) - 1):
        first, second = people[k], people[k + 1]
        if (
            _PAIR_AND.fullmatch(text, first.end, second.start)
            and _PAIR_THEN_SAID.match(text, second.end)
            and _PLURAL_PEOPLE_OPENING.fullmatch(text, start, first.start)
        ):
            return first
    return None


def _people_described(words_before: str) -> bool:
    """True when `words_before` the first of several names describe them by a plural
    role ("Brothers", "The two farmers,"), so that the names still open the sentence."""
    plural = _PLURAL_PEOPLE.fullmatch(words_before)
    return plural is not None and plural.group(1).lower() in ROLE_WORDS


def _named_as_plural(text: str, actor: Suggestion) -> bool:
    """True when `actor` is named as a plural: "the Houthis", "the Rapid Support Forces"."""
    return text[actor.end - 1 : actor.end] == "s" and bool(
        re.search(r"\b[Tt]he\s+$", text[max(0, actor.start - 4) : actor.start])
    )


def _only_roles(words_before: str) -> bool:
    """True when `words_before` a name are only roles and titles ("Farmer", "Dr."), or
    nothing: the name still opens its sentence."""
    return all(
        word.lower() in ROLE_WORDS or word.rstrip(".") in TITLES or word in ("Dr.", "Mr.")
        for word in words_before.split()
    )


def _is_person(actor: Suggestion) -> bool:
    return actor.attributes.get("type") == "person"


def _extent(actor: Suggestion | None) -> Extent | None:
    return None if actor is None else (actor.start, actor.end)


def _owned_body(text: str, actors: Sequence[Suggestion]) -> Suggestion:
    """The first of `actors`, or the body it owns right after its possessive: "a spokesperson
    for Britain's Foreign Office" speaks for the Foreign Office, not for Britain."""
    first = actors[0]
    for following in actors[1:]:
        if text[first.end : following.start] not in ("'s ", "\u2019s "):
            break
        first = following
    return first


def _subject(
    text: str, mentions: _Mentions, start: int, verb_at: int
) -> tuple[bool, Extent | None]:
    """Who does the speaking verb at `verb_at` in the clause text[start:verb_at]."""
    auxiliaries = _AFTER_ASIDE.search(text, start, verb_at)
    if auxiliaries is not None:
        # "X, the EU's agency, has warned": read as "X, the EU's agency, warned"
        verb_at = auxiliaries.start(1)
    # An outlet that carries the words is not their speaker: "In a statement read on
    # state television ORTM, the general staff said ..."
    actors = [
        a for a in mentions.within(start, verb_at) if not _carried_by(text, mentions, a, start)
    ]
    if actors and _SELF_NAMED.fullmatch(text, start, actors[0].start):
        # "The rebels, who call themselves the March 23 Movement, said": the name the
        # description opening the clause goes by
        return True, _extent(actors[0])
    actors = _before_relative_clause(text, actors, start, verb_at)
    opening_end = _opening_phrase_end(text, start, verb_at)
    if opening_end is not None and any(a.start >= opening_end for a in actors):
        # "Responding to President X's remarks, Russia's foreign ministry said", "Citing
        # witness X, Amnesty said": a phrase before the subject names no speaker
        actors = [a for a in actors if a.start >= opening_end]
    elif opening_end is not None and _TOPIC_OPENING.match(text, start, opening_end):
        # "Asked about the Taliban, the spokesman for Kabul police said": what he was
        # asked about is the topic; the subject after the comma is named by nobody here
        actors = []
    if (
        actors
        and not _is_person(actors[0])
        and re.fullmatch(r"\s*(?:[Tt]he\s+)?", text[start : actors[0].start])
        and _STATEMENT_ASIDE.fullmatch(text, actors[0].end, verb_at)
    ):
        # "The Kaduna State Police Command, in a statement signed by its spokesman, ASP X,
        # said": the body speaks through the statement; the one who signed it is an aside
        return True, _extent(actors[0])
    people = [a for a in actors if _is_person(a)]
    aside_at = _ASIDE.search(text, start, verb_at)
    if aside_at is not None and len(people) > 1:
        apposed = [a for a in people if a.start >= aside_at.start()]
        if len(apposed) == 1 and not _untitled(
            text[aside_at.start() : verb_at].replace(text[apposed[0].start : apposed[0].end], "")
        ).strip(" ,."):
            # "Special Adviser to the President on Media, Chief X, said": an aside that is
            # only a name (and its titles) names the one the words before it describe
            return True, _extent(apposed[0])
        # "X, a spokesman for President Y, said": the person before the aside speaks, not
        # one named inside it (nor an owner: "Y's lawyer, X, said" is X's)
        before_aside = [
            a
            for a in people
            if a.end <= aside_at.start() and not _POSSESSIVE_AFTER.match(text, a.end)
        ]
        if before_aside:
            return True, _extent(before_aside[-1])
    if people:
        return True, _extent(people[-1])
    clause = text[start:verb_at]
    lead = clause[: actors[0].start - start] if actors else clause
    lead_words = re.findall(r"[A-Za-z]+", lead.lower())
    if actors and _SPEAKS_FOR.search(lead):
        # "A spokesman for the BLA said": the organisation speaks through its spokesman.
        return True, _extent(_owned_body(text, actors))
    if actors and _STATEMENT_BY.search(lead):
        # "A statement from the Kenya Defence Forces said": whoever issued the statement.
        return True, _extent(_owned_body(text, actors))
    if lead_words[:1] in (["a"], ["an"], ["one"]) and set(lead_words) & _DESCRIPTIONS:
        # "A foreign ministry official in X, speaking to Y, called ...": said by someone unnamed.
        return True, None
    opening = _OPENING_PHRASE.match(text, start, actors[0].start) if actors else None
    if (
        opening is not None
        and not _DOCUMENT_WORD.search(opening.group())
        and _unnamed_member_opening(text, start, actors[0].start)
    ):
        # "On Monday, a senior officer of the army told Reuters: ...", "In a video, a man
        # who said he was a commander of the X gang said ...": the same unnamed member after
        # an opening phrase (not "In a statement, an official of X said": a body's document)
        return True, None
    aside = _ASIDE.search(clause)
    if aside is not None and _ALIAS_ASIDE.match(aside.group()):
        aside = None  # ", known as Tehrik-i-Taliban Pakistan or TTP,": the same actor again
    if aside is not None and actors:
        apposed = [a for a in actors if a.start >= start + aside.start()]
        residue = text[start + aside.start() : verb_at]
        for named in apposed:
            residue = residue.replace(text[named.start : named.end], "", 1)
        if (
            len(apposed) == 2
            and mentions.alias_of(text, apposed[0], verb_at) is apposed[1]
            and text[apposed[0].end : apposed[1].start] == " ("
        ):
            # "..., Inter-Services Public Relations (ISPR), said": one name and its acronym
            apposed = apposed[1:]
            residue = residue.replace("()", "", 1)
        if len(apposed) == 1 and not _is_person(apposed[0]) and not residue.strip(" ,"):
            # "The UN human rights office, OHCHR, said": the body's own name in apposition
            return True, _extent(apposed[0])
        trimmed = [a for a in actors if a.end <= start + aside.start()]
        # "The new authorities in X, who have been negotiating with the SDF, said":
        # nobody inside a relative clause is its sentence's subject
        actors = trimmed or ([] if _RELATIVE.match(aside.group()) else actors)
    if actors:
        return True, _extent(actors[-1])
    words = re.findall(r"[A-Za-z]+", clause.lower())
    if words and words[-1] in _PRONOUN_PERSON:
        return True, _extent(mentions.nearest_before(start, person=True))
    if words and words[-1] in _PRONOUN_GROUP:
        return True, _extent(mentions.nearest_before(start, person=False))
    if len(words) >= 2 and words[-2] == "the" and words[-1] in _GROUP_NOUNS:
        # "The network said it had suspended ...": the body the description names (its
        # name holds the noun, or the text described it so), as for a quote's "the
        # network said", not whichever body was named last
        return True, _extent(_body_described(text, mentions, start, words[-1:]))
    opening = re.match(r"[Tt]he\s+(?:[a-z]+\s+)?([a-z]+),", clause)
    if opening is not None and opening.group(1) in _GROUP_NOUNS:
        # "The armed group, which ..., did not claim it but said", "The army, in a
        # statement read on state television, accused ...": the body so described.
        return True, _extent(_body_described(text, mentions, start, [opening.group(1)]))
    subject = _CLAUSE_SUBJECT.match(clause)
    if subject is not None:
        # "The group has denied ... and blamed them on "...": the subject opening the
        # clause, a description or a pronoun, said it.
        if subject.group("noun") in _GROUP_NOUNS:
            described = [w for w in (subject.group("adjective"), subject.group("noun")) if w]
            return True, _extent(mentions.described_before(text, start, described))
        pronoun = (subject.group("pronoun") or "").lower()
        if pronoun in _PRONOUN_PERSON:
            return True, _extent(mentions.person_before(text, start, pronoun))
        if pronoun in _PRONOUN_GROUP:
            return True, _extent(mentions.group_before(text, start, plural=pronoun == "they"))
    if words:
        return True, None  # "the official said": said by someone not named
    return False, None


# "the prime minister's office", "the president's press office" before its verb.
_HOLDERS_OFFICE: Final = re.compile(
    r"\b[Tt]he\s+(?i:(prime\s+minister|president))['\u2019]s\s+(?:press\s+)?office\s*$"
)


def _office_holder(text: str, mentions: _Mentions, start: int, holder: str) -> Suggestion | None:
    """Whom "the <holder>'s office" at `start` speaks for: the nearest of the last dozen
    mentions before it that bears the title (`_bears_title`), else the government the
    way "the government said" finds it, else None."""
    title = " ".join(w.capitalize() for w in holder.split())
    before = [a for a in mentions.within(max(0, start - 1500), start) if _is_person(a)]
    for person in reversed(before[-12:]):
        if _FORMER_BEFORE.search(text, max(0, person.start - 40), person.start):
            continue  # ("Former Prime Minister X", "Vice President X": not the holder)
        if _bears_title(text, person, title) or _bears_title(text, person, title.lower()):
            return person
    government = mentions.described_before(text, start, ["government"])
    # (a state's government only: not "the Hamas-run government media office")
    return (
        government
        if government is not None and government.attributes.get("type") == "state"
        else None
    )


# (nor a deputy's: "Vice President X", "Deputy Prime Minister X")
_FORMER_BEFORE: Final = re.compile(
    r"\b(?:[Ff]ormer|[Ee]x-|[Ll]ate|[Dd]eposed|[Oo]usted|[Vv]ice|[Dd]eputy)[\s-]*"
    r"(?:[A-Z][\w.-]*\s+){0,3}$"
)


# "Its information department ", "their military wing " alone before the verb.
# ... a part of the body by the noun of a unit that holds no name of its own ("its media
# centre", "its information team", "its political wing"): it speaks for the body
_UNIT_NOUNS: Final = words("centre center team wing desk branch leadership")
_ITS_BODY: Final = re.compile(
    r"\s*(?:(?:[Bb]ut|[Aa]nd)\s+)?([Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,3}?([a-z]+)\s*"
)


def _body_described(
    text: str, mentions: _Mentions, start: int, words: Sequence[str]
) -> Suggestion | None:
    """The body "the <words>" opening a clause at `start` stands for: the one the
    description names (`_Mentions.described_before`), else the nearest body before."""
    found = mentions.described_before(text, start, words)
    return found if found is not None else mentions.nearest_before(start, person=False)


# Between a body opening the clause and its verb: ", in a statement signed by its
# spokesman, X, ", ", through its spokesman X, ".
_STATEMENT_ASIDE: Final = re.compile(
    r",\s+(?:in|through|via)\s+(?:a|an|its|their)\s+[^.;:\"\u201c\u201d]*,\s*"
)
# A subject, then a relative clause that runs to the verb, whatever commas it holds:
# "Iran, which accuses Israel, the US and Britain of ..., said", "Ethiopia's government,
# which has fought Fano, the TPLF and others, said".
_SUBJECT_THEN_RELATIVE: Final = re.compile(
    r"(?:['\u2019]s)?(?:\s+[a-z-]+){0,3}(?:\s+\([A-Z][\w-]{1,12}\))?\)?,\s+(?:who|which|whose|whom"
    # ... or a participle that makes one: "The MSMT, set up last year by South Korea, the
    # United States, Japan and eight other countries, said" (an abbreviation's points too)
    r"|(?:set\s+up|formed|founded|created|established|made\s+up|composed)\s+(?:[\w-]+\s+){0,3}?by)\b"
    r"(?:[^.;:!?\"\u201c\u201d]|(?<=[A-Z])\.)*,\s*$"
)


def _before_relative_clause(
    text: str, actors: list[Suggestion], start: int, verb_at: int
) -> list[Suggestion]:
    """`actors` (mentions of text[start:verb_at], in order) without those inside a
    relative clause that follows the subject and runs to the verb; all of them when the
    clause has no such relative. The subject opens the clause or its part after a comma
    ("In a statement, the group, which ..., said"); a mention inside a description is
    none ("A commander of the X Division, who goes by the name Y, told": Y names him)."""
    for k, actor in enumerate(actors):
        if _SUBJECT_THEN_RELATIVE.match(text, actor.end, verb_at) and re.search(
            r"(?:^|,)\s*(?:[Tt]he\s+)?$", text[start : actor.start]
        ):
            return actors[: k + 1]
    return actors


# A participle phrase opening a clause with its topic, never its speaker: "Asked about X, ",
# "Responding to X's remarks, ", "Referring to the X, ".
_TOPIC_OPENING: Final = re.compile(
    r"\s*(?:Asked|Pressed|Questioned|Responding|Replying|Reacting|Referring|Commenting"
    r"|Turning)\b[^.;:\"\u201c\u201d]*,\s*$"
)


def _opening_phrase_end(text: str, start: int, verb_at: int) -> int | None:
    """Where the subject starts after a phrase opening the clause text[start:verb_at]
    ("Responding to X's remarks, " / "After meeting X in Y, "): past its last comma, when
    a subject's words follow that comma before the verb; else None (", said": an aside
    ends there)."""
    comma = text.rfind(",", start, verb_at)
    if comma < 0 or not re.match(r"\s+(?:[A-Z]|(?:the|its|their)\s)", text[comma + 1 : verb_at]):
        return None  # (", was quoted by X as saying": a predicate, no subject, follows)
    return comma + 1


_ATTRIBUTION_WORDS: Final = frozenset(
    {"the", "a", "an", "he", "she", "it", "they", "its", "his", "her"}
)
# Who speaks unnamed: '"...," a military source in the town said'.
_UNNAMED_NOUNS: Final = _DESCRIPTIONS | words(
    "survivor survivors worker workers teacher trader farmer elder relative neighbour "
    "neighbor student villager shopkeeper driver diplomat analyst activist volunteer medic "
    "paramedic guard policeman security "
    # a newsroom's people asking at a briefing: "a Reuters reporter asked" (spk67)
    "reporter journalist correspondent presenter interviewer"
)


_ABBREVIATION_END: Final = re.compile(
    # ... and a middle initial: "said John F. Okoro", and an initialism: "U.N. chief X"
    r"\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Capt|Maj|Sgt|Brig|Rev|St)$|(?<=\s)[A-Z]$"
    r"|(?<=[\s(])(?:[A-Z]\.)+[A-Z]$"
)


def _clause_end(text: str, i: int) -> int:
    """Where the attribution after a quote ends: a sentence end or the next quote mark."""
    end = i
    while end < len(text):
        # (only these characters may end it: found by a search, not one by one)
        stop = _CLAUSE_STOP.search(text, end)
        if stop is None:
            return len(text)
        end = stop.start()
        ch = text[end]
        if ch == "\u2019" and text[end - 1 : end].isalpha() and text[end + 1 : end + 2].isalpha():
            end += 1  # an apostrophe, not a closing mark: "India\u2019s foreign ministry"
            continue
        if ch in '\n\u201c\u201d"\u2018\u2019\u00ab\u00bb!?':
            break
        if ch == "." and not _ABBREVIATION_END.search(text, max(0, end - 8), end):
            break
        end += 1
    return end


_CLAUSE_STOP: Final = re.compile('[\n\u201c\u201d"\u2018\u2019\u00ab\u00bb!?.]')


# French typography's close: the sentence's full stop inside the guillemets, then a comma
# and the attribution ("« ... sacrifice. », he declared").
_FRENCH_CLOSE_THEN_COMMA: Final = re.compile("[ \u00a0\u202f]?\u00bb,")


# A quoted word's apposition right after its marks: '", the term the military uses for',
# '", a name its opponents gave'.
_TERM_APPOSED: Final = re.compile(
    r"[\"'\u201d\u2019]?,\s+(?:the|a)\s+(?:term|name|label|word|phrase|euphemism)\s+"
    r"(?:that\s+|which\s+)?[^,.;\"\u201c\u201d\n]{1,50}?\s+(?:uses?|used|gives?|gave|applies|applied)\b"
)


# A verb of replying that opens the next quote with a colon: "replied: "", "answered
# calmly: "" (a split quote's comma, "replied, "", goes on with the same speaker).
_REPLY_INTRODUCES_NEXT: Final = re.compile(
    r"(?:replied|replies|answered|answers|responded|responds|retorted|countered)"
    r"(?:\s+[a-z]+){0,3}?:\s*[\"\u201c]"
)


def _after_quote(text: str, quote: Suggestion, mentions: _Mentions) -> tuple[bool, Extent | None]:
    dash = _DASH_ATTRIBUTION.match(text, quote.end)
    if dash is not None:
        # '"We are scared" \u2014 Musa Garba, a farmer.': a name after a dash, closing its
        # sentence or set off by a comma, signs the words
        signed = _person_at(text, mentions, dash.end(), min(len(text), dash.end() + 80))
        if signed is not None and _SIGNED_END.match(text, signed[1]):
            return True, signed
    i = quote.end
    if text[quote.end - 1 : quote.end] == "." and not _FRENCH_CLOSE_THEN_COMMA.match(text, i):
        return False, None  # a full stop inside the marks ends the sentence: no attribution
    if _TERM_APPOSED.match(text, i):
        # 'It blamed "Fitna al-Hindustan", the term Islamabad uses for ...': what follows
        # describes the quoted word, not who said it; the sentence before names its speaker
        return False, None
    while i < len(text) and (
        text[i] in _CLOSERS
        or text[i] in ",.!?;"
        # a space before a closing guillemet, as French typography sets it: "... »,"
        or (text[i] in " \u00a0\u202f" and text.startswith("\u00bb", i + 1))
    ):
        i += 1
    if i >= len(text) or text[i] == "\n" or "." in text[quote.end : i]:
        return False, None  # '..."." ends the sentence: what follows is not its attribution
    if not re.search(r"[,!?;\u2014-]", text[quote.end - 1 : i]) and _verb_between(
        text, _sentence_start(text, quote.start), quote.start
    ):
        # 'X said the plan "does not meet" its demands, while Y said ...': a partial quote
        # in reported speech runs on into its sentence; no attribution follows it
        return False, None
    while i < len(text) and text[i] in " \t":
        i += 1
    end = _clause_end(text, i)
    window = text[i:end]
    verb = _VERB.search(window)
    if re.search(r"[,!?\u2014]", text[quote.end - 1 : i]):
        # '"...," X answered.', '"...," she admits.', '"...," retorted X': in the slot
        # right after a quote's closing comma any verb of saying attributes it (out of
        # that slot "answered the call" and "admits defeat" say nothing)
        slot = _SLOT_VERB.match(window)
        if slot is not None and (verb is None or slot.start("verb") < verb.start()):
            verb = _SLOT_VERB_ONLY.search(window, slot.start("verb"))
    if (
        verb is not None
        and text[quote.end - 1 : quote.end] == "?"
        and _REPLY_INTRODUCES_NEXT.match(text, i + verb.start())
        # (a question put to the replier: '"Why would I leave?" X replied: "..."' is X's own
        # question: review67s)
        and _PUT_TO_SOMEONE.search(text, quote.start, quote.end) is not None
        and _FIRST_PERSON.search(text, quote.start, quote.end) is None
    ):
        # '"Will you stay?" Danladi replied: "We will."': the reply's words follow its
        # verb; the question before it is someone else's (spk67)
        return False, None
    according = _ACCORDING.match(window)
    if according or (verb and verb.start() == 0):
        begin = i + (according.end() if according else verb.end() if verb else 0)
        while begin < end and text[begin].isspace():
            begin += 1
        titled_at = begin
        skipped = _ARTICLES_AND_TITLES.match(text[begin:end])
        begin += skipped.end() if skipped else 0
        # The attribution's noun phrase runs to the first comma: "said MSF nurse
        # coordinator Agnes Mwangi", "said teacher Ruth Okonjo, 34". A person named in
        # it is the speaker; else its first mention, if only lower-case words precede it.
        phrase_end = text.find(",", begin, end)
        phrase_end = end if phrase_end < 0 else phrase_end
        following = mentions.within(begin, phrase_end)
        if (
            according
            and following
            and following[0].attributes.get("type") == "media"
            and _VERB.search(text, _sentence_start(text, quote.start), quote.start)
        ):
            # 'The Amal Movement called the strike "...", according to the National News
            # Agency': the outlet reports who spoke; the verb before the quote names him
            return False, None
        people = [a for a in following if _is_person(a)]
        if people and re.search(_OF_SOMEONE, text[begin : people[0].start]):
            # '"...," said the lawyer for Ali Musa': a person after a preposition is not
            # the one who speaks
            people = []
            following = [a for a in following if not _is_person(a)]
        if people and not re.search(r"[A-Z]", _untitled(text[begin : following[0].start])):
            return True, _extent(people[0])
        gave_name = None if people else _GAVE_NAME.match(text, phrase_end, end)
        if gave_name is not None:
            # '"...," said the spokesman, who gave his name as X': the name he gave
            given = _person_at(text, mentions, gave_name.end(), end)
            if given is not None:
                return True, given
        if not people and phrase_end < end and _ANY_ROLE_BEFORE.search(text, begin, phrase_end):
            # "said Kenya's police spokesman, Resila Onyango": the role's holder, named in
            # apposition after the role, not the body the role belongs to
            holder = _person_at(text, mentions, phrase_end + 1, end)
            if holder is not None:
                return True, holder
        if (
            not people
            and phrase_end < end
            and _CAPITALISED_OFFICE.search(text, titled_at, phrase_end) is not None
            and any(w in TITLES for w in _CAPITALISED_WORD.findall(text, titled_at, phrase_end))
        ):
            # "said the Humanitarian Coordinator for Yemen, X", "said the UN's Special
            # Representative for Somalia, X": an office written in capitals, then its
            # holder after the comma (not the state or body the office is for)
            holder = _person_at(text, mentions, phrase_end + 1, end)
            if holder is not None:
                return True, holder
        if people and _modifiers_only(text[begin : people[0].start]):
            # "said Turkish Defence Minister X", "said Houthi military spokesman X": the
            # words before the name describe it ("the lawyer for X" does not)
            return True, _extent(people[0])
        if (
            following
            and phrase_end < end
            and text[begin : begin + 1].islower()
            and not re.search(r"[A-Z]", text[begin : following[0].start])
        ):
            # "said the commander of the Sixth Division, Brigadier General Amos Tal": the
            # role's holder named after the comma, not the body the role belongs to.
            holder = _person_at(text, mentions, phrase_end + 1, end)
            if holder is not None:
                return True, holder
        if following and not re.search(r"[A-Z]", text[begin : following[0].start]):
            return True, _extent(following[0])
        if not following and phrase_end < end and text[begin : begin + 1].islower():
            # "said their father, Yusuf al-Amiri, sitting ...", "said the mayor of Karimama,
            # Sabi Yarou": a description, then the person it describes, after a comma, his
            # titles before the name ("said the spokesman for the police, Mawlawi X").
            apposed_person = _person_at(text, mentions, phrase_end + 1, end)
            if apposed_person is not None:
                return True, apposed_person
        words = re.findall(r"[A-Za-z]+", text[begin:end].lower())
        if words and words[0] in _PREPOSITIONS and not following and verb is not None:
            # 'The army, which called it "cowardly", said in a statement: "..."': the verb
            # after the quote has its subject before the quote, not after it
            return False, None
        if words and words[0] in _PRONOUN_PERSON:
            return True, _extent(mentions.person_before(text, quote.start, words[0]))
        if (
            len(words) == 1
            and words[0] in _DESCRIBED_PEOPLE
            and re.search(r"\bthe\s+$", text[i:begin], re.IGNORECASE)
        ):
            # '"...," said the doctor': the person named before as the doctor, if any
            return True, _extent(mentions.described_person(text, quote.start, words[0]))
        body = re.fullmatch(r"(?:([a-z]+)\s+)?([a-z]+)\s*", text[begin:phrase_end])
        if (
            body is not None
            and body.group(2) in _GROUP_NOUNS
            and not following
            and re.search(r"\bthe\s+$", text[i:begin], re.IGNORECASE)
        ):
            # '"...," said the ministry, which ...': the body described, named before
            wanted = [w for w in body.groups() if w]
            return True, _extent(mentions.described_before(text, quote.start, wanted))
        if (
            body is not None
            and body.group(1) is None
            and not following
            and re.search(r"\bthe\s+$", text[i:begin], re.IGNORECASE)
        ):
            # '"...," said the court': the body named before whose name ends in the noun
            named = mentions.named_by_head(text, quote.start, text[begin:phrase_end].strip())
            if named is not None:
                return True, _extent(named)
        described = _AGED_OR_ROLE.fullmatch(text, begin, phrase_end)
        if described is not None and re.search(r"\bthe\s+$", text[i:begin], re.IGNORECASE):
            # '"...," says the 52-year-old trader, who ...', '"...," said the nurse, who
            # ...': the person named before, as when the description comes first
            role = described.group("noun") or "person"
            if _anonymous_in(text, phrase_end, end):
                return True, None  # '"...," said the man, who asked not to be named'
            if role in _DESCRIBED_PEOPLE or described.group("aged"):
                return True, _extent(mentions.described_person(text, quote.start, role))
        return bool(words), None
    if verb is None:
        if _STATEMENT_READ.match(text, i, end):
            # '"...," the statement read': the body or person named as issuing it before
            return True, _extent(mentions.issuer_before(text, quote.start))
        read = _READ_STATEMENT.match(text, i, end)
        if read is not None:
            # '"...," read a statement from the Malian army': whoever issued it
            issuers = mentions.within(read.end(), end)
            if issuers and not text[read.end() : issuers[0].start].strip():
                return True, _extent(issuers[0])
        return False, None
    verb_at = i + verb.start()
    if verb.group() == "quoted":
        # '"...," the Saba news agency quoted X as saying', '... quoted him as saying'
        quoted = _quoted_person(text, mentions, i + verb.end(), end, quote.start)
        if quoted is not None:
            return True, quoted
        passive = _AUXILIARY_BEFORE_QUOTED.search(text, i, verb_at)
        if passive is not None:
            # '"...," the ministry was quoted as saying': the subject before the auxiliary,
            # read as before "said" ("the ministry", "she", "the group")
            verb_at = passive.start()
    # Only a short subject may stand between the quote and its verb ("Kostić told",
    # "the charity said", "WHO director Dr. X told"); anything else is a new clause.
    between = re.findall(r"[A-Za-z]+", text[i:verb_at])
    if between and between[0].lower() in _NEW_CLAUSE:
        return False, None  # '"..." and which the United Nations said': another clause
    if (
        between
        and between[0] in _PREPOSITIONS
        and not re.search(r"[,.!?;:]", text[quote.end - 1 : i])
    ):
        # 'said it was "deeply alarmed" by reports ..., and the ICRC said': words running
        # on from a quote set in its sentence, not an attribution
        return False, None
    if _for_family_of_named(text, mentions, i, verb_at):
        return True, None  # '"...," a spokesman for the family of X said': not X (spk66)
    by_role = _role_acronym_holder(text, mentions, i, verb_at, quote.start)
    if by_role is not None:
        # '"...," the SSP told Dawn', '"...," the head of the RMA wrote': the person
        # introduced with that role ("Superintendent of Police (SSP) X", "the head of the
        # Regional Military Administration (RMA), X"), never the role's letters
        return True, by_role
    issued = _statement_source(text, mentions, i, verb_at, quote.start)
    if issued is not None:
        return True, issued[0]
    if _FORMER_OR_LATTER.fullmatch(text, i, verb_at):
        return _subject_or_pronoun(text, mentions, i, verb_at, quote.start)
    bodies = [a for a in mentions.within(i, verb_at) if not _is_person(a)]
    if (
        between
        and between[0] in ("a", "an")
        and between[-1] in ("spokesman", "spokeswoman", "spokesperson", "representative")
        and len(bodies) == 1
        and not any(_is_person(a) for a in mentions.within(i, verb_at))
    ):
        # '"...," a BLA spokesman said': the body speaks through him, as "a spokesman for
        # the BLA said" does
        return True, _extent(bodies[0])
    if between in (["a", "spokesman"], ["a", "spokeswoman"], ["a", "spokesperson"]) and not (
        mentions.within(i, verb_at)
    ):
        spoken_for = mentions._previous_subject_at(text, quote.start)
        if spoken_for is not None:
            # 'The X ministry urged calm. "...," a spokeswoman said': the body the sentence
            # before opens with speaks through her, as through "a ministry spokeswoman"
            return True, _extent(spoken_for)
    if _THE_STATEMENT.fullmatch(text, i, verb_at):
        # '"...," the statement said': the body named as issuing it before, or named in
        # it ('"...," the OCHA report said')
        issuers = mentions.within(i, verb_at)
        if issuers:
            return True, _extent(issuers[0])
        issuer = mentions.issuer_before(text, quote.start)
        if issuer is None:
            # "the communiqu\u00e9 concluded" a page after "the communiqu\u00e9 said": whom the
            # same document was from where the text spoke of it before
            noun = text[i:verb_at].split()[-1]
            earlier = text.rfind(noun, 0, quote.start)
            for _ in range(3):
                if earlier < 0 or issuer is not None:
                    break
                issuer = mentions.issuer_before(text, earlier)
                earlier = text.rfind(noun, 0, earlier)
        return True, _extent(issuer)
    aged = _AGED_DESCRIPTION.fullmatch(text, i, verb_at)
    if aged is not None:
        # '"...," the 34-year-old said', '"...," the mother of three told': the person
        # named last, unless someone unnamed came in since
        role = aged.group("noun") or "person"
        return True, _extent(mentions.described_person(text, quote.start, role))
    if (
        len(between) == 2
        and between[0].lower() in ("his", "her", "their")
        and between[1] in _KIN_CONVERSE
    ):
        # '"...," his wife asks': the person introduced as his wife, or the one whose
        # husband he was introduced as ("Her husband, Hamidou, ...")
        return True, _extent(mentions.kin_before(text, quote.start, between[1]))
    of_body = _BODY_NOUN_SPOKESPERSON.fullmatch(text, i, verb_at)
    if of_body is not None and not mentions.within(i, verb_at):
        # '"...," a department spokesperson said': "a spokesperson for the department",
        # the body described, named before (guideline, open point h)
        wanted = [w for w in of_body.groups() if w]
        return True, _extent(mentions.described_before(text, quote.start, wanted))
    spoke_for = _SPOKESPERSON_FOR_THE.fullmatch(text, i, verb_at)
    if spoke_for is not None and not mentions.within(i, verb_at):
        # '"...," a spokesman for the group said': the body speaks through him, as "the
        # group said" does and "A spokesman for the group said:" before a quote (guideline,
        # open point h)
        return _subject_or_pronoun(text, mentions, spoke_for.start("body"), verb_at, quote.start)
    if (
        _ONE_OF_OWNERS_PEOPLE.fullmatch(text, i, verb_at)
        and not any(_is_person(a) for a in mentions.within(i, verb_at))
        # (not a partial quote of another's words, 'Nigeria's army called the raid "a
        # total success," one of the army's officers told Reuters', nor one he reports
        # another saying: review71s)
        and _opens_its_sentence(text, quote)
        and not _HEARD_SAYING.match(text, verb_at)
    ):
        # '"...," one of the hospital's Palestinian doctors told MSF': a member of the
        # owner's people left unnamed speaks for himself (guideline, open point h: "any
        # other unnamed member ... no link"), never the owner, the one told or the body
        # of the sentence before (spk71)
        return True, None
    if (
        between
        and between[0] in ("a", "an", "one", "another")
        and (len(between) <= 5 or _RELATIVE_WORDS & set(between[2:5]))
        and (
            set(between[:5]) & _UNNAMED_NOUNS
            # ('"...," one of his aides said', 'one of the survivors told AFP')
            or (between[1:2] == ["of"] and set(between[2:5]) & _UNNAMED_PLURALS)
            # ('"...," one of them told Saleh': one of a group left unnamed, never the
            # person told, nor the subject of the sentence before)
            or (between[1:] == ["of", "them"] or between[1:] == ["of", "us"])
        )
        and not any(_is_person(a) for a in mentions.within(i, verb_at))
    ):
        # '"...," a security official said', '"...," a soldier who survived it told ...':
        # someone not named
        return True, None
    if (
        len(between) == 2
        and between[0].lower() == "the"
        and between[1].lower() not in _GROUP_NOUNS
        and not mentions.within(i, verb_at)
    ):
        # '"...," the court said', '"...," the Guard said': the body named before whose
        # name ends in the noun (guideline, open point b), when one is
        named = mentions.named_by_head(text, quote.start, between[1])
        if named is not None:
            return True, _extent(named)
        if between[1] in _UNNAMED_PLURALS or between[1] in _KIN_PLURALS:
            # '"...," the families said': people left unnamed, not a body whose name holds
            # the word ("Association of Victims' Families"); people named jointly in the
            # sentence before are meant ("A and B fled ... '...,' the villagers said")
            bounds = _previous_sentence(text, quote.start)
            joint = None if bounds is None else mentions.joint_subject(text, *bounds, any_verb=True)
            return True, _extent(joint)
        if between[1] in _PERSON_NOUNS and between[1].islower():
            # '"...," the guard said': a person, the one named before as the guard if any,
            # never a body whose name ends in the word ("National Guard")
            found = mentions.described_person(text, quote.start, between[1])
            return True, _extent(found)
    described_group = (
        len(between) == 3
        and between[0].lower() == "the"
        and between[1].islower()
        and between[2] in _GROUP_NOUNS
    ) or (  # "the rights group said", "the health ministry said"
        _owner_body(text, i, verb_at) is not None
    )  # "the army's press service said"
    described_person = (
        3 <= len(between) <= 4
        and between[0] in ("the", "The")
        and between[-1] in _DESCRIBED_PEOPLE
        and all(
            w.islower() and w not in _NEW_CLAUSE and w not in _ANOTHER_ONE for w in between[1:-1]
        )
        and text[verb_at - 1 : verb_at].isspace()
    )  # '"...," the deputy commissioner said', '"...," the retired general said'
    if (
        text[quote.end - 1 : quote.end] in (",", "!", "?")
        and _opens_its_sentence(text, quote)
        and not _HEARD_SAYING.match(text, verb_at)
        and _COUNTED_UNNAMED.fullmatch(text, i, verb_at)
        and not any(_is_person(a) for a in mentions.within(i, verb_at))
    ):
        # '"...," two residents said', '"...," three witnesses told Reuters', '"...," one
        # survivor, a 40-year-old farmer, said': people counted or described, never named
        # (not the subject of the sentence before, which the quote would otherwise go to as
        # a standalone one) (spk69)
        return True, None
    if described_person and not mentions.within(i, verb_at):
        # a person described by a role and its modifiers: the one named before with that
        # role, however many paragraphs that name nobody stand between
        return True, _extent(mentions.described_person(text, quote.start, between[-1]))
    if (
        not mentions.within(i, verb_at)
        and not described_group
        and (
            len(between) > 3
            or any(w not in _ATTRIBUTION_WORDS and w not in _GROUP_NOUNS for w in between[:-1])
            or (
                between
                and between[-1].lower() not in _ATTRIBUTION_WORDS
                and between[-1].lower() not in _GROUP_NOUNS
                and not between[-1][:1].isupper()
                and between[-1] not in _DESCRIPTIONS
                and between[-1] not in _DESCRIBED_PEOPLE
            )
        )
    ):
        if (
            text[quote.end - 1 : quote.end] in (",", "!", "?")
            and _opens_its_sentence(text, quote)
            and not _HEARD_SAYING.match(text, verb_at)
            and _UNNAMED_SUBJECT.fullmatch(text, i, verb_at)
        ):
            # '"...," survivors said', '"...," a mourner said', '"...," a source close to
            # the army said': an attribution to people left unnamed, not a standalone quote
            # for the subject of the sentence before (spk69)
            return True, None
        return False, None
    return _subject_or_pronoun(text, mentions, i, verb_at, quote.start)


# "one of the hospital's (Palestinian) doctors", "one of the army's officers", "one of
# MSF's surgeons", "one of the surgeons" between a quote and its verb: one of an owner's
# people, left unnamed, the plural a closed class of the people news leaves unnamed (not a
# spokesman: he speaks for the body). Up to two modifiers before the noun (spk71).
_ONE_OF_OWNERS_PEOPLE: Final = re.compile(
    r"(?:[Oo]ne|[Aa]nother)\s+of\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:[A-Za-z][\w.-]*\s+){0,3}[A-Za-z][\w.-]*['\u2019]s\s+)?"
    r"(?:[A-Za-z][a-z-]*\s+){0,2}"
    r"(?:sources|officials|residents|witnesses|diplomats|relatives|survivors|villagers|medics"
    r"|doctors|surgeons|nurses|paramedics|rescuers|officers|soldiers|fighters|commanders"
    r"|guards|workers|volunteers|patients|staff\s+members|employees|teachers|elders)\s*"
)
# The people after a quote report another's words: '"...," two residents recalled her
# saying', "villagers quoted him as saying" (review69s).
_HEARD_SAYING: Final = re.compile(
    r"[a-z]+\s+(?:her|him|them|[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})\s+(?:as\s+)?say(?:ing)?\b"
)


def _opens_its_sentence(text: str, quote: Suggestion) -> bool:
    """True when no verb stands between the sentence's start and the quote: the quote is
    the sentence's own words, not a partial quote inside reported speech whose comma the
    house style sets inside the marks ('Nigeria's army called the raid "a success,"
    survivors said': the army's words) (review69s)."""
    start = _sentence_start(text, quote.start)
    # (a clause after a semicolon is a sentence of its own here: '"We will stay," one said;
    # "we will not leave," two residents said')
    start = max(start, text.rfind(";", start, quote.start) + 1)
    return _VERB.search(text, start, quote.start) is None


# Modifiers that set a role's holder apart from the one named before with it: '"...," the
# other official said', "the former governor said" (not the one named: left to the rules
# that follow).
_ANOTHER_ONE: Final = words("other another former new second third previous outgoing incoming late")


# Verbs of saying that attribute a quote only from the slot right after it: '"...,"
# X answered', '"...," she concedes' (forms that are nouns too, "protests", "reports",
# "charges", are left out).
_SLOT_VERBS: Final = (
    words(
        "answered answers responds observed observes admits concedes laments cried screamed "
        "yelled quipped joked mused fumed snapped repeated repeats concluded concludes protested "
        "objected interjected interrupted testified testifies mentioned revealed reveals "
        "remembered remembers sighed stresses contended contends reasoned rebutted implored "
        "begged clarified elaborated opined boasted bragged pledges promises vows threatens "
        "predicts suggests wonders whispers shouts reiterates acknowledges complains cautions "
        "proposed proposes agreed agrees disagrees counters queried inquired "
        # (translated wires: '"...," the agency indicated', '... specified the ministry')
        "indicated indicates specified specifies detailed highlighted"
    )
    - SPEECH_VERBS
)
_SLOT_VERB_ONLY: Final = re.compile(
    r"\b(" + "|".join(sorted(_SLOT_VERBS, key=longest_first)) + r")\b"
)
# ... the verb first, or after a subject of at most five words and a name's titles.
_SLOT_VERB: Final = re.compile(
    r"(?:[\w'\u2019.-]+\s+){0,5}?(?P<verb>" + _SLOT_VERB_ONLY.pattern + r")(?:\s|[,.;]|$)"
)


# A quote set inside its sentence: its closing mark, then the sentence's words run on.
_RUNS_ON: Final = re.compile(r"[\"'\u201d\u2019]\s+[\w(]")


# "the SSP", "the head of the RMA": a role named by the letters a bracket gave it before
# ("Senior Superintendent of Police (SSP) X"), or a role of a body so abbreviated.
_ROLE_ACRONYM: Final = re.compile(
    r"\s*[Tt]he\s+(?:(?P<role>[a-z]+)\s+of\s+the\s+)?(?P<letters>[A-Z][A-Za-z]{0,2}[A-Z]{1,5})\s+"
)
# What stands between a role's bracketed letters and its holder's name: a place the role
# is for ("(SDO) for Momo, "), a comma (titles and ranks before the name are the name's).
_ROLE_TO_HOLDER: Final = re.compile(
    r"\)(?:\s+(?:for|of|in)(?:\s+the)?(?:\s+[A-Z][\w'\u2019-]*){1,3})?,?\s+"
)
# The words a role's name ends in before its bracket: "Senior Divisional Officer (SDO)",
# "Inspector General of Police (IG)" (the role is the head before "of").
_ROLE_NAME_BEFORE: Final = re.compile(
    r"\b([A-Z][a-z]+)(?:\s+of\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){0,3}[A-Z][a-z]+)?\s+$"
)


# "the U.N. agency", "the EU mission": a body described by its owner's name and its noun.
_OWNER_THEN_NOUN: Final = re.compile(r"\s+([a-z]+)\s+")


def _body_of_owner(
    text: str, mentions: _Mentions, start: int, verb_at: int, quote_start: int
) -> Extent | None:
    """The body 'the <Owner> <noun>' (text[start:verb_at], "the U.N. agency") stands for:
    the nearest named before the quote whose name opens with the owner's ("U.N. Office
    for the Coordination of Humanitarian Affairs"), within its last twelve bodies; None
    when the subject is no such description or no such body was named."""
    if not re.match(r"\s*[Tt]he\s", text[start:verb_at]):
        return None
    inside = mentions.within(start, verb_at)
    if len(inside) != 1 or _is_person(inside[0]):
        return None
    owner = inside[0]
    noun = _OWNER_THEN_NOUN.fullmatch(text, owner.end, verb_at)
    if noun is None or noun.group(1) not in _GROUP_NOUNS:
        return None
    if not re.fullmatch(r"\s*[Tt]he\s+", text[start : owner.start]):
        return None
    name = text[owner.start : owner.end] + " "
    for body in reversed(mentions.organisations_before(quote_start, 12)):
        if text.startswith(name, body.start) and body.end - body.start > len(name):
            return _extent(body)
    return None


def _role_acronym_holder(
    text: str, mentions: _Mentions, start: int, verb_at: int, quote_start: int
) -> Extent | None:
    """The person 'the <LETTERS>' or 'the <role> of the <LETTERS>' (text[start:verb_at],
    the subject after a quote) stands for: the one named right after the bracket that
    gave those letters to a role ("Commissioner of Police (CP) X") or to a body whose
    <role> X is ("the head of the Regional Military Administration (RMA), X"); None when
    no such bracket stands within 3,000 characters before the quote."""
    said = _ROLE_ACRONYM.fullmatch(text, start, verb_at)
    if said is None:
        return None
    letters, role = said.group("letters"), said.group("role")
    if role is not None and role not in _PERSON_ROLES:
        return None
    bracket = text.rfind(f"({letters})", max(0, quote_start - 3000), quote_start)
    if bracket < 0:
        return None
    before = text[max(0, bracket - 160) : bracket]
    if role is None:
        # the letters are a role's, not a body's ("Regional Military Administration (RMA)")
        named = _ROLE_NAME_BEFORE.search(before)
        if named is None or named.group(1).lower() not in _PERSON_ROLES:
            return None
    elif not re.search(rf"\b(?i:{role})\s+of\s+the\s+[^.;:!?\"\u201c\u201d]*$", before):
        return None
    gap = _ROLE_TO_HOLDER.match(text, bracket + len(letters) + 1)
    if gap is None:
        return None
    return _person_at(text, mentions, gap.end(), min(quote_start, gap.end() + 60))


def _sentence_end_attribution(
    text: str, quote: Suggestion, mentions: _Mentions
) -> tuple[bool, Extent | None]:
    """The attribution that ends the sentence a quote is set in, when nothing before the
    quote attributes it: 'Four gunmen were "neutralised" in the raid, according to the
    NAK.', '... were "razed" in the fighting, the ministry said.', '..., said X, a farmer.'
    Read after each comma past the quote, as if the quote ended there; only a clause that
    runs to the sentence's end (no quote opens in it) is the attribution."""
    if not _RUNS_ON.match(text, quote.end) or text[quote.end - 1 : quote.end] in ",.!?;:":
        return False, None  # not set inside its sentence: its own attribution decided
    stop = _sentence_end(text, quote.end)
    comma = quote.end
    for _ in range(4):
        comma = text.find(",", comma + 1, stop)
        if comma < 0:
            return False, None
        marks = text[quote.end + 1 : comma]
        if marks.count('"') % 2 or (marks.count("\u201c") + marks.count("\u201d")) % 2:
            return False, None  # the comma is inside another quote
        clause_end = _clause_end(text, comma + 1)
        if clause_end < len(text) and text[clause_end] not in ".\n":
            return False, None  # another quote or a question in it: not a final attribution
        found, speaker = _after_quote(text, Suggestion(quote.start, comma, "QUOTE"), mentions)
        if found:
            return found, speaker
    return False, None


# After "said the": "52-year-old wholesaler", "nurse", "mother of three" (to its comma).
_AGED_OR_ROLE: Final = re.compile(
    r"(?P<aged>(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\s*)?(?P<noun>[a-z]+)?\s*"
)
# Words between a subject and its verb: "it has long called", "he had previously said".
_AUXILIARIES: Final = words(
    "has had have also previously repeatedly often once again already long then later "
    "recently earlier twice frequently"
)
_PREPOSITIONS: Final = words(
    "by in on at for from to with over after before during against about into near since "
    "as than of under across among amid despite"
)
# Words that make the name after them someone else than the speaker: "the lawyer for X".
_OF_SOMEONE: Final = re.compile(r"\b(?:for|of|to|with|by|from|against|about)\s+(?:the\s+)?$")
_NOT_MODIFIERS: Final = words(
    "for of to with by whose who whom and from against on at in about than like as"
)


def _modifiers_only(words_before: str) -> bool:
    """True when the words before a name only describe it: "Turkish Defence Minister",
    "UN envoy", "Houthi military spokesman" (no comma, no preposition, a few words)."""
    found = re.findall(r"[\w'\u2019.-]+|,", words_before)
    return 0 < len(found) <= 6 and not any(w == "," or w in _NOT_MODIFIERS for w in found)


# Words that make what stands before a name someone else: "a source close to X".
_NOT_IN_ROLE: Final = words("a an one to of for by from with close near and or")


# The passive's auxiliary right before "quoted": "was ", "were ", "has been ".
_AUXILIARY_BEFORE_QUOTED: Final = re.compile(r"\b(?:was|were|is|are|(?:has|have|had)\s+been)\s+$")


def _quoted_person(
    text: str, mentions: _Mentions, start: int, end: int, quote_start: int
) -> Extent | None:
    """Who "quoted X as saying" names: the person right after "quoted", or the person
    "him"/"her" stands for."""
    following = mentions.within(start, end)
    people = [a for a in following if _is_person(a)]
    if people and all(
        # (after titles and roles too: "quoted Gen. X", "quoted police chief X", "quoted
        # the governor, X,"; not past another name: "quoted Reuters' source X")
        (word.islower() and word not in _NOT_IN_ROLE) or _only_roles(word)
        for word in text[start : people[0].start].replace(",", " ").split()
    ):
        return _extent(people[0])
    pronoun = re.match(r"\s+(him|her)\s+as\b", text[start:end])
    if pronoun is not None:
        return _extent(mentions.person_before(text, quote_start))
    return None


def _person_at(text: str, mentions: _Mentions, start: int, end: int) -> Extent | None:
    """The person named first after `start` when only spaces and titles come before it."""
    found = mentions.within(start, end)
    if found and _is_person(found[0]) and not _untitled(text[start : found[0].start]).strip(" ."):
        return _extent(found[0])
    return None


# Compiled once, as the rules are imported (from the forms an earlier process kept), not
# from their text in each process's first article; the titles longest first, as every
# pattern made from a word set here is: in a set's order, which changes with the hash
# seed, "Secretary" could come before "Secretary-General" and leave "-General" behind.
_TITLE_WORDS: Final = "|".join(sorted(TITLES, key=longest_first))
_ARTICLES_AND_TITLES: Final = re.compile(rf"(?:(?:the|a|an|{_TITLE_WORDS})\.?\s+)*")
_TITLE: Final = re.compile(rf"\b(?:{_TITLE_WORDS})\b\.?")


def _untitled(words: str) -> str:
    """`words` without titles ("Dr.", "Colonel"), which may stand before a name."""
    return _TITLE.sub("", words)


# Someone unnamed for a family named by one of its people, opening the clause before a
# verb of saying: "A spokesman for the family of X", "a lawyer for the families of X and
# Y", "The family of X", "X's family" (spk66: the family or its spokesman speaks, never X,
# usually the dead or the detained; the family is no ACTOR, so nobody named).
_FOR_THE_FAMILY_OF: Final = re.compile(
    r"\s*(?:(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[a-z-]+\s+){0,2}?(?:for|of)\s+)?"
    r"[Tt]he\s+famil(?:y|ies)\s+of\s+(?:the\s+(?:late\s+)?)?"
    # ... or one of its people: "The brother of X said", "A cousin of the late X told"
    r"|\s*(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:(?:elder|younger|older|eldest|youngest)\s+)?"
    r"(?:mother|father|brother|sister|son|daughter|wife|widow|husband|cousin|uncle|aunt"
    r"|nephew|niece|grandmother|grandfather|fianc[e\u00e9]e?|relatives?|parents|siblings)"
    r"\s+of\s+(?:the\s+(?:late\s+)?)?"
)
_FAMILY_OF_POSSESSIVE: Final = re.compile(r"['\u2019]s?\s+famil(?:y|ies)")
# ... and what may follow the named one before the verb: an age, "and Y", an adverb.
_FAMILY_NAME_TAIL: Final = re.compile(
    r"(?:,\s*\d{1,3},?)?"
    # ... or a relative clause on the named one: "The brother of X, who was killed on
    # Monday, said" (spk67)
    r"(?:,\s+(?:who|whose)\s[^,.;:\"\u201c\u201d\n]{1,120},)?"
    r"(?:\s+(?:also|later|earlier|then|has|have|had))*\s*"
)


# ... or by its surname before "family", or by none: "the Dagalo family said", "the Dagalo
# family's spokesman", "the Okafor family lawyer", "a spokesman for the Dagalo family", "his
# family said" (misfire68:
# the family's spokesman speaks for the family, open point h, and the family is no ACTOR).
_NAMED_FAMILY_SUBJECT: Final = re.compile(
    r"\s*(?:(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[a-z-]+\s+){0,2}?(?:for|of)\s+)?"
    r"(?:[Tt]he\s+(?:[A-Z][\w\u2019'-]*\s+){0,3}|(?:[Hh]is|[Hh]er|[Tt]heir)\s+)famil(?:y|ies)"
    r"(?:(?:['\u2019]s?)?\s+(?:[a-z-]+\s+){0,2}?(?!(?:has|have|had|also|later|earlier|then)\b)"
    r"[a-z-]+)?(?:\s+(?:also|later|earlier|then|has|have|had))*\s*"
)


# A quote closed with the comma outside its mark, and opened right after a lower-case word
# of a running clause ('blames "armed robbers", '): words the clause's own subject quotes.
_CLOSED_BEFORE_A_COMMA: Final = re.compile(r"[\"\u201d],\s*$")
_OPENED_IN_A_CLAUSE: Final = re.compile(r"\b[a-z]{2,}\s+$")


def _after_a_quote_set_in_a_clause(text: str, start: int) -> bool:
    """True where text[:start] ends with a short quote closed before a comma that opened
    after a lower-case word ('X blames "armed robbers", his family ...')."""
    closed = _CLOSED_BEFORE_A_COMMA.search(text, max(0, start - 4), start)
    if closed is None:
        return False
    opened = max(
        text.rfind('"', max(0, closed.start() - 200), closed.start()),
        text.rfind("\u201c", max(0, closed.start() - 200), closed.start()),
    )
    return opened > 0 and bool(_OPENED_IN_A_CLAUSE.search(text, max(0, opened - 30), opened))


def _for_family_of_named(text: str, mentions: _Mentions, start: int, verb_at: int) -> bool:
    """True when the subject text[start:verb_at] of a verb of saying is a family, or
    someone unnamed for it, named through its people ("A spokesman for the family of X",
    "X's family", "the X family's spokesman"): not X, and nobody named (a name in
    apposition, "..., Y, said", is)."""
    opening = _OPENING_PHRASE.match(text, start, verb_at)
    at = start if opening is None else opening.end()
    by_surname = _NAMED_FAMILY_SUBJECT.match(text, at, verb_at)
    if (
        by_surname is not None
        and by_surname.end() == verb_at
        # (a clause of its own after a semicolon attributes nothing: 'X blames "separatist
        # criminals"; his family blames soldiers' is X's quote, dev 590)
        and not text.endswith(("; ", ";"), max(0, start - 2), start)
        # (nor after a comma outside a quote set in a running clause: 'X blames "armed
        # robbers", his family blames soldiers' is X's quote too) (review68m)
        and not _after_a_quote_set_in_a_clause(text, start)
    ):
        return True
    named = mentions.within(at, verb_at)
    if not named or not all(_is_person(a) for a in named):
        return False
    family = _FOR_THE_FAMILY_OF.match(text, at, named[0].start)
    if family is not None and family.end() == named[0].start:
        rest = named[-1].end
    else:
        possessive = _FAMILY_OF_POSSESSIVE.match(text, named[-1].end, verb_at)
        if possessive is None or text[at : named[0].start].strip() not in ("", "The", "the"):
            return False
        rest = possessive.end()
    # (between the named ones only "and" or a list's comma: "of X and Y")
    for left, right in pairwise(named):
        if text[left.end : right.start].strip(" ,") not in ("and", ""):
            return False
    tail = _FAMILY_NAME_TAIL.match(text, rest, verb_at)
    return tail is not None and tail.end() == verb_at


# An aside between a subject and its verb saying who signed or put out the statement it
# spoke in: ", in a statement signed by its Northeastern War Front, " (up to the verb).
_SIGNED_BY_ASIDE: Final = re.compile(
    r",\s+in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[e\u00e9]|message|letter"
    r"|video|post|note|release)\s+(?:signed|issued|published|released|posted|read|sent)"
    r"\s+(?:out\s+)?by\s+[^,;:\"\u201c\u201d\n]{1,80},\s*(?:(?:also|later|earlier)\s+)?$"
)
# Unnamed people of a side opening the clause before its verb of saying: "Fighters loyal to
# X", "troops allied with the government", "gunmen affiliated with the group". They speak
# for themselves, unnamed (guideline, open point h: "a commander of the group"), and the
# side named after "loyal to" is who they serve, not who speaks.
_LOYAL_TO_NAMED: Final = re.compile(
    r"\s*(?:(?:But|And|Yet)\s+)?(?:(?:[Tt]he|[Ss]ome|[Ss]everal|[Mm]any|[Tt]wo|[Tt]hree)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}"
    r"(?i:fighters|forces|troops|militiamen|militias|gunmen|soldiers|units|men|supporters"
    r"|loyalists|members|commanders)\s+"
    r"(?:(?:still|now|reportedly)\s+)?(?:loyal|allied|aligned|affiliated)\s+(?:to|with)\s+"
)


# What may stand between an unnamed speaker's "loyal to" / "reporter from" and the verb: a
# name or a short description, with no comma and no verb of its own (review67s: "Fighters
# loyal to X seized the airport on Monday, LNA spokesman Y told reporters" is Y's).
def _names_only(text: str, at: int, verb_at: int) -> bool:
    rest = text[at:verb_at]
    relative = _RELATIVE_TAIL.search(rest)
    if relative is not None:
        # ... or a relative clause on the speaker before the verb ("A Reuters reporter who
        # was at the scene said"): no further comma inside it
        rest = rest[: relative.start()]
    return (
        _CLAUSE_BREAK.search(rest) is None
        and len(rest.split()) <= 7
        and _FINITE_VERB.search(rest) is None
        and _VERB.search(rest) is None
        and _PAST_VERB.search(rest) is None
    )


_RELATIVE_TAIL: Final = re.compile(
    r"(?:,\s*|\s+)(?:who|whom|whose|that)\s[^,;:\"\u201c\u201d\n]{1,120},?\s*$"
)
_CLAUSE_BREAK: Final = re.compile(r"[,;:\"\u201c\u201d\n]")
# (a verb in the past, not an adjective after a determiner: "the ousted president", "the
# armed group", "a state-owned broadcaster")
_PAST_VERB: Final = re.compile(
    r"(?<![Tt]he\s)(?<!its\s)(?<!his\s)(?<!her\s)(?<!\ban\s)(?<!\ba\s)\b"
    r"(?!(?:armed|allied|aligned|affiliated|backed|based|led|exiled|ousted|jailed|owned"
    r"|funded|controlled|sponsored|styled|called)\b)[a-z]{3,}ed\b"
)
# A subject before an aside made of a bare body noun: "Police", "The military".
_BARE_BODY_SUBJECT: Final = re.compile(
    r"\s*(?:[Tt]he\s+)?(?:" + "|".join(sorted(_GROUP_NOUNS | {"military"})) + r")\s*",
    re.IGNORECASE,
)
# A question put to someone ("Will you stay?") and first-person words of the speaker's own.
_PUT_TO_SOMEONE: Final = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)
_FIRST_PERSON: Final = re.compile(r"\b(?:I|we|We|me|us|my|My|our|Our)\b")
# After ", and ": a clause with no subject of its own opens with a time, place or manner
# phrase and names nobody before its verb ("in June told", "later that day told",
# "speaking from hospital told").
_NO_SUBJECT_OPENING: Final = re.compile(
    r"\s*(?:in|on|at|during|after|before|from|since|by|last|later|earlier|then|again|also|now"
    r"|still|yesterday|today|tonight|overnight|afterwards|subsequently|when|while|once"
    r"|[a-z]+ing)\b"
)
_SUBJECT_WORD: Final = re.compile(
    r"\b(?:he|she|they|we|I|it|his|her|their|its|the|a|an|police|[A-Z][\w'\u2019-]+)\b"
)


def _has_own_subject(text: str, at: int, verb_at: int) -> bool:
    """False when the clause text[at:verb_at] after ", and " opens with a time, place or
    manner phrase and names no subject before its verb ("in June told", "last week said")."""
    opener = _NO_SUBJECT_OPENING.match(text, at, verb_at)
    if opener is None:
        return True
    rest = text[opener.end() : verb_at]
    # ("on Sunday his family said": a subject after the time phrase; a day or month's
    # capital alone is no subject)
    return any(
        w.group() not in _CALENDAR_WORDS for w in _SUBJECT_WORD.finditer(rest)
    ) and not re.fullmatch(r"\s*(?:the\s+)?[a-z]+\s*", rest)


_CALENDAR_WORDS: Final = words(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December"
)


# "The spokesman, Colonel X," in the sentence after a spokesman's unnamed word (open point g).
def _spokesperson_named_next(text: str, mentions: _Mentions, verb_at: int) -> Suggestion | None:
    end = min(len(text), verb_at + 400)
    for mark in ('"', "\u201c"):
        opened = text.find(mark, verb_at, end)
        if opened >= 0:
            end = opened
    named = _SPOKESPERSON_NAMED.search(text, verb_at, end)
    if named is None:
        return None
    return _named_right_after(mentions, text, named.end(), end)


def _subject_or_pronoun(
    text: str, mentions: _Mentions, start: int, verb_at: int, quote_start: int
) -> tuple[bool, Extent | None]:
    """Like `_subject`, but pronouns point back from before the quote."""
    if _for_family_of_named(text, mentions, start, verb_at):
        return True, None  # "A spokesman for the family of X said:": not X (spk66)
    loyal = _LOYAL_TO_NAMED.match(text, start, verb_at)
    if loyal is not None and _names_only(text, loyal.end(), verb_at):
        return True, None  # "Fighters loyal to X said:": unnamed men of his side, not X
    signed = _SIGNED_BY_ASIDE.search(text, start, verb_at)
    if (
        signed is not None
        and signed.start() > start
        and not any(_is_person(a) for a in mentions.within(signed.start(), verb_at))
        # (not "Police, in a statement issued by the Lagos State Police Command, said": a
        # body named by a bare noun is the one named in the aside: review67s)
        and not (
            not mentions.within(start, signed.start())
            and _BARE_BODY_SUBJECT.fullmatch(text, start, signed.start()) is not None
        )
    ):
        # 'The ELN, in a statement signed by its Northeastern War Front, said': the subject
        # before the aside speaks, not the unit that signed or put out its statement (a
        # person who signs it speaks: "in a press note signed by its spokesperson Samta,
        # termed", as a named spokesman does)
        return _subject_or_pronoun(text, mentions, start, signed.start(), quote_start)
    by_role = _role_acronym_holder(text, mentions, start, verb_at, quote_start)
    if by_role is not None:
        return True, by_role  # 'The SSP told reporters: "..."' (as after the quote)
    of_owner = _body_of_owner(text, mentions, start, verb_at, quote_start)
    if of_owner is not None:
        return True, of_owner
    cited = _CITING.match(text, start, verb_at)
    if cited is not None:
        # "Citing witnesses, Reuters reported that the soldiers "..."", "Quoting X, the
        # agency said": an outlet carries the source's words, not its own; an unnamed
        # source is nobody named ("Citing witness X, Amnesty said": Amnesty speaks)
        sources = [
            a
            # (from the verb: a name the ACTOR rules took with it, "Citing X", is X's)
            for a in mentions.within(cited.start(), cited.end("source"))
            if a.attributes.get("type") != "media"
        ]
        subject_at = cited.end()
        apposed = mentions.within(subject_at, min(verb_at, subject_at + 60))
        holder = None
        if (
            apposed
            and _is_person(apposed[0])
            and _only_roles(text[subject_at : apposed[0].start])
            and text.startswith(",", apposed[0].end)
            and not any(_is_person(a) for a in sources)
        ):
            # "Quoting the UN envoy, Hans Grundberg, the channel said": the role's holder
            holder = apposed[0]
            comma = _COMMA_GAP.match(text, apposed[0].end)
            subject_at = comma.end() if comma is not None else apposed[0].end
        if _reports_as_outlet(text, mentions, subject_at, verb_at):
            if holder is not None:
                return True, _extent(holder)
            return True, _extent(sources[0]) if sources else None
    former = _FORMER_OR_LATTER.fullmatch(text, start, verb_at)
    if former is not None:
        # 'A and B were at the checkpoint. "...," the latter said': the second of the
        # last two people named, "the former" the first
        people = [a for a in mentions.within(max(0, start - 400), start) if _is_person(a)]
        if len(people) < 2:
            return True, None
        return True, _extent(people[-2] if former.group(1) == "former" else people[-1])
    its_spokesperson = _ITS_SPOKESPERSON.fullmatch(text, start, verb_at)
    if its_spokesperson is not None:
        # 'Its spokesman said: "..."' with no name: he speaks for the body "its" stands
        # for (guideline, open point h)
        pronoun = its_spokesperson.group(1).lower()
        if pronoun in _POSSESSIVE_PERSON:
            # ('"...," his spokesman said': the person named before he speaks for)
            person = mentions.person_before(text, quote_start, _POSSESSIVE_PERSON[pronoun])
            return True, _extent(person)
        return True, _extent(mentions.group_before(text, start, plural=pronoun == "their"))
    owned = _ITS_BODY.fullmatch(text, start, verb_at)
    opening = _OPENING_PHRASE.match(text, start, verb_at)
    if owned is None and opening is not None:
        # ... after a phrase of when or where: "In a video posted last month, its
        # information department said"
        owned = _ITS_BODY.fullmatch(text, opening.end(), verb_at)
    if owned is not None and (owned.group(2) in _GROUP_NOUNS or owned.group(2) in _UNIT_NOUNS):
        # "The BRN did not claim it. Its information department said ...": a body left
        # unnamed speaks for the one "its" stands for, as its spokesman does
        plural = owned.group(1).lower() == "their"
        return True, _extent(mentions.group_before(text, start, plural=plural))
    words = re.findall(r"[A-Za-z]+", text[start:verb_at].lower())
    while len(words) > 1 and words[-1] in _AUXILIARIES:
        words.pop()  # "In the past it has repeatedly called": the subject is "it"
    issued = _statement_source(text, mentions, start, verb_at, quote_start)
    if issued is not None:
        return True, issued[0]
    if _THE_STATEMENT_SUBJECT.fullmatch(text, start, verb_at) or (
        # 'The base, the statement said, "..."': the attribution set off by commas
        _THE_STATEMENT_SUBJECT.fullmatch(text, text.rfind(",", start, verb_at) + 1, verb_at)
        and "," in text[start:verb_at]
    ):
        # 'The statement said: "..."': the body or person named as issuing it before, or
        # named in it ('The OCHA report said')
        issuers = mentions.within(start, verb_at)
        if issuers:
            return True, _extent(issuers[0])
        return True, _extent(mentions.issuer_before(text, start))
    document = _THE_STATEMENT_SET_OFF.fullmatch(text, start, verb_at)
    if document is not None and (document.group("owner") or document.group("aside")):
        # 'The statement, which was issued in Burmese, urged X to "..."', 'The network's
        # statement, signed by its secretary general, called the strike "..."': the document
        # is the subject past its aside or its owner's noun, and its issuer speaks
        issuer = _set_off_document_issuer(text, mentions, document, start)
        if issuer is not None:
            return True, _extent(issuer)
    of_body = _BODY_NOUN_SPOKESPERSON.search(text, start, verb_at)
    if (
        of_body is not None
        and not mentions.within(start, verb_at)
        and _sentence_start(text, of_body.start()) <= start
        and not re.search(r"[,;:]", text[of_body.end() : verb_at])
    ):
        # 'A ministry spokesman said: "..."': "a spokesman for the ministry", the body
        # described, named before (guideline, open point h)
        wanted = [w for w in of_body.groups() if w]
        return True, _extent(mentions.described_before(text, quote_start, wanted))
    if _unnamed_speaker(text, mentions, start, verb_at):
        return True, None  # "Sources close to the group said ...": nobody named
    opening = _OPENING_PHRASE.match(text, start, verb_at)
    if opening is not None and _unnamed_speaker(text, mentions, opening.end(), verb_at):
        # 'Speaking to Reuters, a senior Egyptian official said: "..."': the outlet or
        # place of the opening phrase is not the one unnamed after it
        return True, None
    abbreviated = _THE_ABBREVIATION.search(text, start, verb_at)
    if (
        abbreviated is not None
        and abbreviated.group(1) == "NGO"
        and not mentions.within(start, verb_at)
    ):
        # "the NGO said": a description of an organisation, as "the organisation said"
        return True, _extent(mentions.described_before(text, quote_start, ["organisation"]))
    if abbreviated is not None and not mentions.within(start, verb_at):
        # "the IG said", "the SP told reporters": the person named before with that
        # abbreviated rank or office right before the name ("IG Rao"), else nobody
        return True, _extent(
            mentions.abbreviated_holder_before(text, quote_start, abbreviated.group(1))
        )
    # A pronoun right after a comma is the subject, whatever the opening phrase names
    # ("In a statement carried by the group's Amaq news agency, it said").
    after_comma = _PRONOUN_AFTER_COMMA.search(text, start, verb_at)
    named_inside = bool(mentions.within(start, verb_at)) and (
        after_comma is None
        # ("..., the Taliban government said": a name inside the description is named)
        or bool(mentions.within(after_comma.start(), verb_at))
    )
    subject_phrase = _DESCRIBED_SUBJECT.search(text, start, verb_at)
    if (
        named_inside
        and subject_phrase is not None
        and subject_phrase.group(2) in _GROUP_NOUNS
        and not mentions.within(subject_phrase.start(), verb_at)
    ):
        # "The armed forces have run the prisons since 2024, when the government declared
        # ...": the description right before the verb is its subject, not the name before.
        wanted = [w for w in (subject_phrase.group(1), subject_phrase.group(2)) if w]
        return True, _extent(mentions.described_before(text, quote_start, wanted))
    if (
        words
        and (words[-1] in _PRONOUN_PERSON or words[-1] in _PRONOUN_GROUP)
        and not named_inside
        and _ADDED.match(text, verb_at)
    ):
        # 'He added that ...', '"...," it added': someone who spoke before goes on, over
        # names met since in objects and asides ("The RSF, led by X, denied it")
        own = _PRONOUN_SAID_COLON.search(text, max(0, quote_start - 80), quote_start)
        if own is not None and own.group(1).lower() == words[-1] in _PRONOUN_PERSON:
            # 'X called for calm. In a video, he said: "...," he added': the pronoun that
            # opened the quote, whom it stands for there (not the last one who said)
            return True, _extent(mentions.person_before(text, own.start(), words[-1]))
        earlier = mentions.said_before(text, start, words[-1])
        if earlier is not None and words[-1] in _PRONOUN_PERSON:
            # ('A KDF spokesman said ... . "...," he added': the body he speaks for)
            body = mentions.spokesperson_body_since(text, max(earlier.end, start - 600), start)
            if body is not None:
                return True, _extent(body)
        if earlier is not None:
            return True, _extent(mentions.latest_mention_of(text, earlier, start))
    if words and words[-1] in _PRONOUN_PERSON and not named_inside:
        return True, _extent(mentions.person_before(text, quote_start, words[-1]))
    last_comma = text.rfind(",", start, verb_at)
    if (
        last_comma > start
        and words
        and words[-1] in _DESCRIBED_PEOPLE
        and _THE_DESCRIPTION_ONLY.fullmatch(text, last_comma + 1, verb_at)
        and not mentions.within(last_comma, verb_at)
    ):
        # 'Asked whether the Taliban had withdrawn, the colonel said: "..."': the names of
        # an opening phrase are what he was asked about; the description after its comma
        # is the subject, the person named before with that role
        return True, _extent(mentions.described_person(text, last_comma + 1, words[-1]))
    if (
        len(words) >= 2
        and words[-1] in _DESCRIBED_PEOPLE
        and "the" in words[-3:-1]
        and not mentions.within(start, verb_at)
    ):
        # "the governor said", "the official said": the person named before as the
        # governor, else the person named last, if nobody unnamed came in between
        # (looked for before the description itself: 'The farmer said: "..."').
        described_at = min(quote_start, _description_start(text, start, verb_at))
        return True, _extent(mentions.described_person(text, described_at, words[-1]))
    aged = _AGED_DESCRIPTION.search(text, start, verb_at)
    if aged is not None and aged.end() == verb_at and not mentions.within(start, verb_at):
        # 'The 52-year-old told Reuters: "..."': the person named last, as after the quote
        role = aged.group("noun") or "person"
        return True, _extent(mentions.described_person(text, aged.start(), role))
    owner_role = _OWNER_ROLE.search(text, start, verb_at)
    if (
        owner_role is not None
        and owner_role.group(1).lower() in _PERSON_ROLES
        and not any(_is_person(a) for a in mentions.within(start, verb_at))
    ):
        # "the UN envoy said", "the army's spokesman said": a person, the one named
        # before with that role, not the body that qualifies the role
        role = owner_role.group(1).lower()
        holder = mentions.role_holder_before(text, quote_start, role)
        if holder is None and role in _SPOKESPEOPLE:
            # (a spokesperson named before under another of the three words, "RSF
            # spokesperson X" ... "the RSF's spokesman said", or named right after: review67s)
            holder = next(
                (
                    found
                    for other in sorted(_SPOKESPEOPLE - {role})
                    if (found := mentions.role_holder_before(text, quote_start, other)) is not None
                ),
                None,
            ) or _spokesperson_named_next(text, mentions, verb_at)
        if holder is None and role in _SPOKESPEOPLE:
            # ... but a spokesman named nowhere speaks for the body named in the phrase:
            # "the RSF's spokesman said" is the RSF's word, as "an RSF spokesman said" is
            # (guideline, open point h)
            owners = [
                a
                for a in mentions.within(owner_role.start(), owner_role.start(1))
                if not _is_person(a)
            ]
            holder = owners[-1] if owners else None
        return True, _extent(holder)
    named_role = _NAMED_OWNER_ROLE.search(text, start, verb_at)
    if (
        named_role is not None
        and named_role.group(1).lower() in _PERSON_ROLES
        and not any(_is_person(a) for a in mentions.within(start, verb_at))
    ):
        # "Somalia's information minister said": the person named before with that role,
        # else nobody; never the state that qualifies the role
        role = named_role.group(1).lower()
        holder = mentions.role_holder_before(text, quote_start, role)
        if holder is None and role in _SPOKESPEOPLE:
            # ... but an unnamed spokesman speaks for the body that owns him: "Iran's
            # foreign ministry spokesman said" is Iran's word, as "a BLA spokesman said"
            owners = [a for a in mentions.within(start, verb_at) if a.end == named_role.start()]
            holder = owners[0] if owners else None
        return True, _extent(holder)
    owner = _owner_body(text, start, verb_at)
    # (a name in an opening phrase is not the owner: "In a statement carried by the Global
    # New Light of Myanmar, the military's information team said")
    opening = _OPENING_PHRASE.match(text, start, verb_at)
    if owner is not None and not mentions.within(
        start if opening is None else opening.end(), verb_at
    ):
        # "the junta's information team said", "the army's press service said": the body
        # that owns it, named before the description (not in the words it reports between
        # its verb and the quote: "The military's media wing said two soldiers of the
        # Pakistan Army embraced martyrdom while '...'" is no word of the Pakistan Army's)
        return True, _extent(mentions.described_before(text, start, owner))
    named_owner = _named_owner_noun(text, start, verb_at)
    if named_owner is not None and not mentions.within(
        start if opening is None else opening.end(), verb_at
    ):
        # "In a statement, the interim administration's cabinet said": the body named
        # before by the last word of its name ("Tigray Interim Administration") owns the
        # unit and speaks through it, as "the junta's information team" is the junta's
        found = mentions.named_by_head(text, quote_start, named_owner)
        if found is not None:
            return True, _extent(found)
    if (
        len(words) >= 3
        and words[-3] == "the"
        and words[-2] in ("two", "three", "both")
        and (words[-1].rstrip("s") in _GROUP_NOUNS or words[-1] in _JOINT_NOUNS)
        and not named_inside
    ):
        # 'Hamas and Islamic Jihad fired rockets. In a joint statement, the two groups
        # said': the bodies named jointly before, the first of them
        return True, _extent(mentions.group_before(text, quote_start, plural=True))
    if _THE_PAIR.fullmatch(" ".join(words)) and not named_inside:
        # 'A and B were released on Friday. The two said: "..."': the people named jointly
        # before, the first of them (guideline, joint speakers)
        return True, _extent(mentions.group_before(text, quote_start, plural=True))
    office = _HOLDERS_OFFICE.search(text, max(start, verb_at - 60), verb_at)
    if (
        office is not None
        and not named_inside
        # (opening the clause, or after its opening phrase's comma: not "the former
        # president's office", nor "a lawyer for the president's office")
        and (
            not text[start : office.start()].strip()
            or text[start : office.start()].rstrip().endswith(",")
        )
    ):
        # "the prime minister's office said": the holder named before, else the government
        # (guideline, session 28 point c)
        return True, _extent(_office_holder(text, mentions, start, office.group(1)))
    headed = _HEAD_NOUN_SUBJECT.fullmatch(text, start, verb_at)
    if headed is None and opening is not None:
        # ... after a phrase of when, where or in what: "In its ruling, the court said"
        # (spk66)
        headed = _HEAD_NOUN_SUBJECT.fullmatch(text, opening.end(), verb_at)
    if headed is not None and words[-1] not in _GROUP_NOUNS and not named_inside:
        # "The Guard said ...", "the governorate says": a body named before by the last
        # word of its name (guideline, open point b), when one is
        found = mentions.named_by_head(text, min(quote_start, verb_at), headed.group(1))
        if found is not None:
            return True, _extent(found)
    stands_for_group = words and (words[-1] in _PRONOUN_GROUP or words[-1] in _GROUP_NOUNS)
    if stands_for_group and not named_inside:
        # (what the verb names before the quote is its object, never what "it" stands
        # for: 'It also said ... and called on Kinshasa to open "..."')
        said_at = min(quote_start, verb_at)
        if words == ["police"]:
            # '"...," police said': the police force named before by its name ("Kenya
            # Police Service"), as "the police said" is; else nobody named
            force = mentions.described_before(text, said_at, words)
            if force is not None and (
                "police" in _name_words(text[force.start : force.end])
                or _owns(text, force, "police")
            ):
                return True, _extent(force)
            return True, None
        if words[-1] in _GROUP_NOUNS and "the" not in words[-3:-1]:
            return True, None  # "a group said": not one named before
        if words[-1] in _GROUP_NOUNS:
            described = words[words.index("the", max(0, len(words) - 3)) + 1 :]
            return True, _extent(mentions.described_before(text, said_at, described))
        return True, _extent(mentions.group_before(text, said_at, plural=words[-1] == "they"))
    return _subject(text, mentions, start, verb_at)


# "A statement from the network said", "a video released by the group said": whoever
# issued it speaks, a name or a description of a body named before.
_STATEMENT_FROM: Final = re.compile(
    r"(?:^|[,;]\s+|\b(?:[Ii]n|[Ii]n\s+its|[Aa]nd)\s+)(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|message|communiqu[e\u00e9]|post|video|letter|note|report)s?\s+"
    r"(?:[\w-]+\s+){0,3}?(?:from|by|of|attributed\s+to)\s+(?:the\s+)?(?P<named>.*?)\s*,?\s*$",
    re.DOTALL,
)


def _statement_source(
    text: str, mentions: _Mentions, start: int, verb_at: int, quote_start: int
) -> tuple[Extent | None] | None:
    """The issuer of "a statement from X said" in text[start:verb_at] (wrapped in a
    1-tuple), or None when the clause is not of that form."""
    found = _STATEMENT_FROM.search(text[start:verb_at])
    if found is None:
        return None
    named_at = start + found.start("named")
    issuers = mentions.within(named_at, verb_at)
    if issuers and not text[named_at : issuers[0].start].strip():
        return (_extent(_owned_body(text, issuers)),)  # "from Kenya's Interior Ministry"
    if (
        issuers
        and _is_person(issuers[0])
        and _only_roles(text[named_at : issuers[0].start])
        and _PERSONS_OFFICE.fullmatch(text, issuers[0].end, verb_at)
    ):
        # "a statement from President X's office said": the office speaks for its holder
        return (_extent(issuers[0]),)
    office = _OFFICE_OF.match(text, named_at, verb_at)
    if (
        office is not None
        and issuers
        and _is_person(issuers[0])
        and issuers[0].start >= office.end()
        and _only_roles(text[office.end() : issuers[0].start])
    ):
        # "a statement from the office of President X said": the same holder
        return (_extent(issuers[0]),)
    described = re.fullmatch(r"(?:([a-z]+)\s+)?([a-z]+)", found.group("named"))
    if described is None or described.group(2) not in _GROUP_NOUNS:
        # "a statement from the army's general staff": the body that owns the one named
        owner = _description_words("the " + found.group("named"))
        if not owner:
            return None
        return (_extent(mentions.described_before(text, quote_start, owner)),)
    wanted = [w for w in described.groups() if w]
    return (_extent(mentions.described_before(text, quote_start, wanted)),)


# "the latter ", "The former " alone before the verb (or after the quote's closing mark).
_FORMER_OR_LATTER: Final = re.compile(
    r"[\s,.!?\"'\u201d\u2019]*(?:[Tt]he\s+)(former|latter)\s+(?:(?:also|later|then)\s+)?"
)
# People named jointly before, taken up as a pair: "the two", "both men", "the pair".
_THE_PAIR: Final = re.compile(
    r"(?:the\s+(?:two|three|pair|couple)|both)(?:\s+(?:men|women|brothers|sisters|friends))?"
    r"(?:\s+(?:also|later|then))?"
)
# An outlet's report of someone's words: "reported that ", "said on Monday that ".
_OUTLET_REPORTED_THAT: Final = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:reported|reports|said|says)\s+(?:on\s+\w+\s+)?that\s+"
)
# "office of " before a person's titles and name: "the office of President X".
_OFFICE_OF: Final = re.compile(r"office\s+of\s+(?:the\s+)?")
# A clause opened by its source: "Citing witnesses, ", "Quoting a police officer, ".
_CITING: Final = re.compile(r"\s*(?:Citing|Quoting)\s+(?P<source>[^,.;:\"\u201c\u201d]{2,80}),\s+")
_COMMA_GAP: Final = re.compile(r",\s*")
# "Its spokesman ", "their spokeswoman " alone before the verb: nobody named.
_ITS_SPOKESPERSON: Final = re.compile(
    r"[\s,\"'\u201d\u2019]*(?:(?:But|And|However,?)\s+)?"
    # (after an opening phrase: "Asked about the attack, its spokesman said")
    r"(?:(?:Asked|Questioned|Pressed|Speaking|Contacted|Reached|When|In|On)\b"
    r"[^,.;:\"\u201c\u201d\n]{1,120},\s+)?"
    r"(Its|its|Their|their|His|his|Her|her)\s+"
    r"spokes(?:man|woman|person)\s+(?:(?:also|later|has|had|have|then|[a-z]+ly)\s+)*"
)
# An outlet described after the source: "the SANA news agency", "state television".
_OUTLET_SUBJECT: Final = re.compile(
    r"(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:news\s+agency|agency|newspaper|daily"
    r"|broadcaster|television|radio|channel|outlet|website)\b"
)


def _reports_as_outlet(text: str, mentions: _Mentions, start: int, verb_at: int) -> bool:
    """True when the subject in text[start:verb_at] is a media outlet, named or described."""
    named = [a for a in mentions.within(start, verb_at) if not _is_person(a)]
    if named and named[0].start - start <= 4:
        return named[0].attributes.get("type") == "media" or bool(
            _OUTLET_SUBJECT.match(text, start, verb_at)
        )
    return bool(_OUTLET_SUBJECT.match(text, start, verb_at))


# After a person's name: nothing, or his office ("from President X's office said").
_PERSONS_OFFICE: Final = re.compile(r"(?:['\u2019]s?\s+(?:press\s+)?office)?\s*,?\s*")
_CLAUSE_SUBJECT: Final = re.compile(
    r"(?:[Tt]he\s+(?:(?P<adjective>[a-z]+)\s+)??(?P<noun>[a-z]+)|(?P<pronoun>He|She|It|They))"
    r"\s+(?:has|had|have|was|were|is|are|also|previously|later|then|again|[a-z]+ed"
    # a feature's present tense after a pronoun: 'She pauses, then adds: "..."' (not after
    # a noun, where "The army units" would read "units" as a verb)
    r"|(?(pronoun)[a-z]{2,}s|(?!)))\b"
)
_ALIAS_ASIDE: Final = re.compile(r",\s+(?:also\s+|formerly\s+)?(?:known|called)\s+as\b")
_PARTICIPLE_OF: Final = re.compile(
    r"\b(?:statement|message|video|post|letter|audio|recording|communiqu[e\u00e9]|note|report"
    r"|footage|clip|speech)\s+$"
)
# (verbs of judging too: "The statement blamed X, calling it "..."" has no participle)
_MAIN_AFTER_STATEMENT: Final = words(
    "said says added adds stated warned warns blamed blames accused accuses condemned "
    "condemns denied denies urged urges claimed claims described describes called calls"
)
# The nouns by which a description names an outlet ("the broadcaster said").
_OUTLET_NOUNS: Final = words(
    "broadcaster channel television radio station newspaper daily weekly agency outlet network "
    "website site paper"
)
_CARRIED_BY: Final = re.compile(
    r"\b(?:(?:(?:read|carried|broadcast|aired|published|posted|shown)\s+(?:on|in)|through|via)"
    r"\s+(?:[\w'\u2019-]+\s+){0,3}"
    # (a possessive among the words after "by": "carried by the group's Amaq news agency":
    # review69s)
    r"|(?:(?:carried|broadcast|aired|published|posted|shown|read)\s+by)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3})$"
)


def _carried_by(text: str, mentions: _Mentions, actor: Suggestion, start: int) -> bool:
    """True when `actor` is a media outlet named as carrying or quoting the words ("read on
    state television ORTM", "carried by the state news agency SANA"), not before `start`."""
    return actor.attributes.get("type") == "media" and bool(
        _CARRIED_BY.search(text, max(start, actor.start - 40), actor.start)
    )


_READ_STATEMENT: Final = re.compile(
    r"read\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:statement|communiqu[e\u00e9]|message|post|letter|note)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:from|by|of)\s+(?:the\s+)?"
)
_SAID_IN_STATEMENT: Final = re.compile(
    r"\s+(?:said|says|announced|added|wrote|stated"
    # "confirmed the attacks in a statement", "denied it in a statement", "claimed
    # responsibility for the attack in a joint statement", "accused the army in a statement"
    r"|(?:confirmed|denied|condemned|reported|claimed|accused|blamed|warned|urged|rejected"
    r"|dismissed|vowed|pledged|called|demanded|insisted|acknowledged|threatened)"
    r"(?:\s+[\w()'\u2019-]+){0,10}?)"
    # (the day between: "said Wednesday in a statement", "said late on Monday in a statement")
    r"(?:\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday|today|yesterday|overnight|earlier|later))?"
    r"\s+in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:statement|communiqu[e\u00e9]|report)\b"
)
_THE_STATEMENT: Final = re.compile(
    r"the\s+(?:[\w-]+\s+)?(?:statement|communiqu[e\u00e9]|message|post|letter|video|note"
    # (translated wires: '"...," the text says', "the document added")
    r"|release|report|text|document|bulletin)\s+"
)
# ... opening a sentence before a quote: 'The statement said: "..."', 'But the letter
# added that "..."'
_THE_STATEMENT_SUBJECT: Final = re.compile(
    r"\s*(?:(?:But|And|However,?)\s+)?(?:T|t)he\s+"
    # ... or a numbered part of it: "The first point of the communique said:", "The third
    # point read:" (a numbered communique, a written reply's paragraphs)
    r"(?:(?:first|second|third|fourth|fifth|sixth|last|final|opening|closing)\s+"
    r"(?:point|paragraph|item|section)\s+(?:of\s+the\s+(?:[\w-]+\s+)?"
    r"(?:statement|communiqu[e\u00e9]|message|letter|note|release|report|reply)\s+)?"
    r"|(?:[\w-]+\s+)?(?:statement|communiqu[e\u00e9]|message|post|letter|note|release|report"
    r"|reply)\s+)(?:(?:also|further|later)\s+)?"
)
# ... with an aside set off by commas between the document and its verb, or owned by a
# body's noun: 'The statement, which was issued in Burmese, urged', 'The network's
# statement, signed by its secretary general, called', 'The ministry's letter said'.
_THE_STATEMENT_SET_OFF: Final = re.compile(
    r"\s*(?:(?:But|And|However,?)\s+)?[Tt]he\s+(?:(?P<owner>[a-z]+)['\u2019]s\s+)?(?:[\w-]+\s+)?"
    r"(?:statement|communiqu[e\u00e9]|message|letter|note|release|reply)"
    r"(?:,\s+(?P<aside>[^,;:\"\u201c\u201d()]{3,160}),)?\s+(?:(?:also|further|later)\s+)?"
)
# The author an aside names: "sent on Thursday by the Permanent Mission of ...".
_ASIDE_BY: Final = re.compile(r"\b(?:by|from)\s+(?:the\s+)?")


def _set_off_document_issuer(
    text: str, mentions: _Mentions, document: re.Match[str], start: int
) -> Suggestion | None:
    """Who issued the document `document` (a `_THE_STATEMENT_SET_OFF` match) opens its
    sentence with: the mention its aside names after "by" or "from" ("sent by the Permanent
    Mission of Egypt"), else the body its owner's noun stands for ("the network's"), else
    whoever issued the statement named before; None when none of them is found."""
    if document.group("aside"):
        for by in _ASIDE_BY.finditer(text, document.start("aside"), document.end("aside")):
            named = mentions.within(by.end(), document.end("aside"))
            if named and named[0].start == by.end():
                return named[0]
    owner = document.group("owner")
    if owner:
        # (a person's noun, "the minister's letter", is left to the rules for people)
        return mentions.described_before(text, start, [owner]) if owner in _GROUP_NOUNS else None
    return mentions.issuer_before(text, start)


# 'The statement read: "..."', 'The final communiqué reads: "..."'
_THE_STATEMENT_READS: Final = re.compile(
    _THE_STATEMENT_SUBJECT.pattern + r"(?:read|reads)(?:\s+in\s+part)?\s*[:,]?\s*"
)
# 'X issued a statement on Sunday. It read: "..."' (the pronoun stands for the document
# the sentence before names)
_IT_READS: Final = re.compile(
    r"\s*(?:(?:But|And)\s+)?It\s+(?:read|reads)(?:\s+in\s+part)?\s*[:,]?\s*"
)
# "According to the Manipur Police, ", "according to a statement of the X,": the source.
_ACCORDING_SOURCE: Final = re.compile(
    r"\b[Aa]ccording\s+to\s+(?P<source>[^,.;:\"\u201c\u201d\n]{2,120})[,.]"
)
_ACCORDING_DESCRIBED: Final = re.compile(r"the\s+([a-z]+)")
# A sentence opened by its source: "According to the society, " (the source up to the comma).
_ACCORDING_OPENS_SENTENCE: Final = re.compile(
    r"\s*According\s+to\s+(?P<source>[^,.;:\"\u201c\u201d\n]{2,80}),\s"
)
# ... whose sentence goes on to a body's own words: "the army issued a statement claiming"
# (the verbs of saying are `_VERB`'s).
_SPEECH_IN_ACCORDING_CLAUSE: Final = re.compile(
    r"\b(?:statement|communiqu[e\u00e9]|claiming|denying|announcing|insisting|vowing"
    r"|warning|accusing|promising)\b"
)
# "the statement", "the communiqué" after "According to": a document, from its issuer.
_THE_DOCUMENT: Final = re.compile(r"the\s+(?:statement|communiqu[e\u00e9]|release|note)")
_DOCUMENT_WORD: Final = re.compile(
    r"\b(?:statement|communiqu[e\u00e9]|message|letter|note|post|release)\b"
)
# 'Its statement read: "..."', 'His letter reads: "..."'
_OWNED_STATEMENT_READS: Final = re.compile(
    r"\s*(?:(?:But|And|However,?)\s+)?(Its|Their|His|Her)\s+(?:[\w-]+\s+)?(?:statement"
    r"|communiqu[e\u00e9]|message|post|letter|note|release)\s+(?:read|reads)(?:\s+in\s+part)?"
    r"\s*[:,]?\s*"
)
# A body's role and its holder's titles between the body and the name: " spokesman, ASP ",
# " Public Relations Officer, SP ".
_ROLE_THEN_NAME: Final = re.compile(
    rf"(?:\s+[\w'\u2019-]+){{0,4}}?\s+(?i:{_ANY_ROLES}),\s+(?:[A-Z][\w.'\u2019-]*\s+){{0,3}}"
)
# Where a text gives a statement or a post to someone: "the army's official statement"
# (after its owner's name), "posted on X that", "wrote on Facebook", "published a
# statement on its accounts", ", in a statement on Wednesday, confirmed" (set off after
# its subject).
_DOCUMENT_GIVEN: Final = re.compile(
    r"(?P<owned>['\u2019]s\s+(?:[a-z-]+\s+){0,2}?(?:statement|communiqu[e\u00e9]|post|message"
    r"|press\s+release|release|letter)\b)"
    r"|\s(?:posted|published|wrote|tweeted|shared)\s+(?:[\w-]+\s+){0,3}?(?:on|to)\s+"
    r"(?:X|Facebook|Telegram|Twitter|Instagram|TikTok|WhatsApp|its|their|his|her|the)\b"
    r"|,\s+in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[e\u00e9]|post"
    r"|message|release)(?:\s+[\w'\u2019-]+){0,6},\s+[a-z]+"
)
# '"...," the statement read', '"...," the letter reads'
_STATEMENT_READ: Final = re.compile(
    r"[,.!?\"'\u201d\u2019\s]*the\s+(?:[\w-]+\s+)?(?:statement|communiqu[e\u00e9]|message|post"
    r"|letter|note)\s+(?:read|reads)\b",
    re.IGNORECASE,
)
# "issued an unusually sharp statement", "released a press note"
_ISSUED_VERB: Final = re.compile(
    r"\b(?:issued|released|published|put\s+out|circulated|distributed)\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:statement|communiqu[e\u00e9]|note|release|report)\b"
)
# "In a press note,", "In a statement sent to journalists,"
_IN_STATEMENT: Final = re.compile(
    r"\b[Ii]n\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[e\u00e9]|note"
    r"|release|report|message|letter|video|audio|recording|pamphlet|leaflet|bulletin|text"
    r"|document)(?:\s+[\w'\u2019-]+){0,8},\s+"
)


# Capitalised titles before a name: "Colonel-Major ", "Lt. Col. ".
_TITLES_ONLY: Final = re.compile(r"(?:[A-Z][\w.-]*\s+){0,3}")
# "read by its spokesman", "signed by the army's spokesperson" ending "In a statement ...,".
_SIGNED_BY_ROLE: Final = re.compile(
    r"\bby\s+(?:its|their|the)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:spokes(?:man|woman|person)"
    r"|secretary|director|chief|head|commander|president)\s*,\s*$"
)


def _sentence_start(text: str, offset: int) -> int:
    """Where the sentence holding `offset` starts (within 300 characters, or its line)."""
    window = max(0, offset - 300)
    start = max(text.rfind("\n", window, offset) + 1, window)
    # (one past `offset`: a sentence end is known by the capital after it)
    for end in _SENTENCE_END.finditer(text, start, offset + 1):
        if end.end() <= offset:
            start = end.end()
    return start


def _sentence_end(text: str, offset: int) -> int:
    """Where the sentence holding `offset` ends (within 400 characters, or its line)."""
    limit = min(len(text), offset + 400)
    line = text.find("\n", offset, limit)
    end = _SENTENCE_END.search(text, offset, limit if line < 0 else line)
    return end.start() + 1 if end is not None else (limit if line < 0 else line)


def _description_words(phrase: str) -> list[str]:
    """The words naming a body in a description ("the outlawed party's regional
    committee" -> ["outlawed", "party"]): the first noun that stands for a body and the
    word before it; [] when there is none."""
    tokens = re.sub(r"['\u2019]s\b", "", phrase.lower()).split()
    if not tokens or tokens[0] != "the":
        return []
    for i, token in enumerate(tokens[1:5], start=1):
        if token in _GROUP_NOUNS:
            return tokens[max(1, i - 1) : i + 1]
    return []


# "the general staff of the ", "the press office of ": a body's part, before its owner.
_BODY_OF: Final = re.compile(r"\s*the\s+(?:[a-z-]+\s+){0,2}[a-z]+\s+of\s+(?:the\s+)?")
# "added" as the verb of a clause: someone goes on speaking.
_ADDED: Final = re.compile(r"(?:added|adds|continued|continues|went\s+on)\b")
# Right after a speaker's mention, maybe past an aside: " said", ", a nurse, told".
_SAID_NEXT: Final = re.compile(
    r"(?:\s*\([^()]{1,20}\))?(?:,[^,.;:\"\u201c\u201d]{1,80},)?\s+"
    r"(?:(?:also|later|earlier|previously|has|had|have)\s+)?"
    r"(?:said|says|told|tells|stated|states|announced|announces|added|adds|wrote|writes"
    r"|denied|denies|insisted|insists|warned|warns|confirmed|confirms|claimed|claims"
    r"|stressed|stresses|noted|notes)\b"
)
# ... or a body a state or group owns, named by its noun: "'s army denied", "'s foreign
# ministry said".
_OWNED_BODY_SAID_NEXT: Final = re.compile(
    r"['\u2019]s(?:\s+[a-z-]+){0,2}?\s+(?:"
    # ("Hamas's armed wing said": a group's wing speaks for it)
    + "|".join(sorted(_GROUP_NOUNS | {"wing"}, key=longest_first))
    + r")(?=\s)"
    + _SAID_NEXT.pattern
)
# The plain verbs of a body's words, whose subject "the group" then goes on speaking as.
_PLAIN_SAID: Final = re.compile(
    r"\b(?:said|says|told|tells|added|adds|stated|states|wrote|writes|reported|reports"
    r"|announced|announces)\b"
)
# The verb of a body's announcement, which "the statement" may then stand for ("gave
# another account, saying" too).
_BODY_SAID: Final = re.compile(r"\b(?:said|says|announced|stated|declared|(?<=,\s)saying)\b")
# Where a clause with its own subject opens: ", and the government says".
_CLAUSE_SPLIT: Final = re.compile(r"(?:,\s+(?:and|but|while|whereas|yet)|;)\s+(?=\S)")
# "a report by ", "a statement from the ": its author follows.
_DOCUMENT_BY: Final = re.compile(
    r"\b(?:statement|report|communiqu[e\u00e9]|letter|message|video|study|investigation)\s+"
    r"(?:(?:published|released|issued|compiled)\s+)?(?:by|from)\s+(?:the\s+)?"
    # (a translated wire's "the communique of the Ministry of Defence", "the statement of
    # the Manipur Police": "of" and the issuer's name right after it)
    r"|\b(?:statement|communiqu[e\u00e9])\s+(?P<of>of)\s+the\s+(?=[A-Z])"
)
# Another document brought in after one: "a short note", "its own statement", "the navy's
# post" (not "the statement" named again).
_ANOTHER_DOCUMENT: Final = re.compile(
    r"\b(?:an?|its|their|his|her|[\w-]+['\u2019]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|communiqu[e\u00e9]|message|letter|note|post|release)\b"
)


def _another_document_since(text: str, start: int, offset: int) -> bool:
    """Whether another document is brought in between `start` and `offset`, or is the one
    `offset` stands at ("the statement of the Ministry ... . Later the air force put out a
    short note": the note is not the ministry's)."""
    found = _ANOTHER_DOCUMENT.search(text, start, min(len(text), offset + 20))
    return found is not None and found.start() < offset


# "the 34-year-old", "the 34-year-old farmer", "the mother of three" right before the verb.
_AGED_DESCRIPTION: Final = re.compile(
    r"[Tt]he\s+(?:(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old(?:\s+(?P<noun>[a-z]+))?"
    r"|(?:mother|father|grandmother|grandfather)\s+of\s+(?:\d{1,2}|[a-z]+))\s+"
)
# "the UN envoy", "the army's spokesman" right before the verb.
# "the army's press service", "the junta's information team" right before the verb.
_OWNER_BODY: Final = re.compile(
    r"\b[Tt]he\s+(?:([a-z]+)\s+)?([a-z]+)['\u2019]s\s+(?:[a-z-]+\s+){1,3}$"
)


def _owner_body(text: str, start: int, end: int) -> list[str] | None:
    """The description of the owning body in "the <body>'s <unit>" ending text[start:end]
    (["junta"], ["defence", "ministry"]), when its noun stands for a body and the unit is
    no person ("the army's spokesman" is a person); else None."""
    found = _OWNER_BODY.search(text, start, end)
    if found is None or found.group(2) not in _GROUP_NOUNS:
        return None
    unit = text[found.end(2) : end].split()
    if unit and (unit[-1].lower() in _DESCRIBED_PEOPLE or unit[-1].lower() in _UNNAMED_NOUNS):
        return None
    return [w for w in found.groups() if w]


def _named_owner_noun(text: str, start: int, end: int) -> str | None:
    """The owner's noun in "the <noun>'s <unit>" ending text[start:end] when the noun is
    no body noun of its own ("the interim administration's cabinet": "administration")
    and the unit is no person; else None. It may still be the last word of a body's name
    named before ("Tigray Interim Administration")."""
    found = _OWNER_BODY.search(text, start, end)
    if found is None or found.group(2) in _GROUP_NOUNS:
        return None
    unit = text[found.end(2) : end].split()
    if unit and (unit[-1].lower() in _DESCRIBED_PEOPLE or unit[-1].lower() in _UNNAMED_NOUNS):
        return None
    return found.group(2)


# "Somalia's information minister", "the group's military spokesman" right before the verb.
_NAMED_OWNER_ROLE: Final = re.compile(r"['\u2019]s\s+(?:[a-z-]+\s+){0,3}([a-z]+)\s+$")
_SPOKESPEOPLE: Final = words("spokesman spokeswoman spokesperson")
# "the IG", "the SP", "the DIG" right before the verb.
_THE_ABBREVIATION: Final = re.compile(r"\b[Tt]he\s+([A-Z]{2,4})\s+$")
# A title spelled out in capitalised words right before a name ("Longding Superintendent
# of Police ") or in apposition after it (", the Deputy Commissioner of Kamrup,").
# (a bracketed zone or district may follow the title: "Superintendent of Police (Jiribam) X")
_TITLE_WORDS_BEFORE: Final = re.compile(
    r"\b((?:[A-Z][a-z][\w'\u2019-]*\s+)(?:(?:[A-Z][a-z][\w'\u2019-]*|of|the|for|and)\s+){0,7})"
    r"(?:\([^()\n]{1,30}\)\s+)?$"
)
_TITLE_WORDS_AFTER: Final = re.compile(
    r",\s+(?:the\s+)?((?:[A-Z][a-z][\w'\u2019-]*)(?:\s+(?:[A-Z][a-z][\w'\u2019-]*|of|the|for"
    r"|and))*)\s*,"
)
_OWNER_ROLE: Final = re.compile(
    r"\b[Tt]he\s+(?:(?:[A-Z][\w.'\u2019-]*\s+){1,3}|[a-z]+['\u2019]s\s+)([a-z]+)\s+$"
)
# "The Guard ", "the governorate " alone before a verb: maybe a body by its name's last word.
_HEAD_NOUN_SUBJECT: Final = re.compile(
    r"\s*(?:(?:But|And|However,?)\s+)?[Tt]he\s+([A-Za-z][a-z]{2,})\s*(?:(?:has|had|also)\s+)*"
)
_DESCRIBED_SUBJECT: Final = re.compile(r"\b[Tt]he\s+(?:([a-z]+)\s+)??([a-z]+)\s+$")


_RELATIVE_WORDS: Final = words("who whose whom that which")
# "the two sides said", "both countries said": bodies named jointly before.
_JOINT_NOUNS: Final = words("sides countries states governments parties armies")
# Unnamed people in the plural, then the body they are at or of: "Sources at the ",
# "Officials close to the ", "Diplomats in the ".
_PLURAL_OF_A_BODY: Final = re.compile(
    r"\s*(?:[A-Za-z]+\s+)?(?:(?:senior|Senior|several|Several|some|Some|two|Two)\s+)?"
    r"(?i:sources|officials|diplomats|aides|officers)\s+"
    r"(?:at|in|inside|within|from|of|with|close\s+to|familiar\s+with)\s+(?:the\s+)?"
)


def _plural_of_a_body(text: str, start: int, verb_at: int) -> bool:
    """True when the clause text[start:verb_at] opens, or opens after a dateline's dash
    ("MARAVI (AFP) - "), with unnamed people in the plural at or of a body."""
    if _PLURAL_OF_A_BODY.match(text, start, verb_at) is not None:
        return True
    dash = _DATELINE_DASH.search(text, start, min(verb_at, start + 60))
    return dash is not None and _PLURAL_OF_A_BODY.match(text, dash.end(), verb_at) is not None


_DATELINE_DASH: Final = re.compile(r"\)?\s[-\u2013\u2014]\s+")
# Someone unnamed described by the body they belong to: "A senior Taliban official",
# "One UN aid worker", "A Wagner fighter" (not "a Taliban spokesman": he speaks for it).
_UNNAMED_MEMBER: Final = re.compile(
    r"\s*(?:(?:But|And|Yet)\s+)?(?:A|An|One|Another|a|an|one|another)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}(?:[A-Z][\w.'\u2019-]*\s+){1,3}(?:[a-z][\w-]*\s+)?"
    r"(?:" + "|".join(sorted(_UNNAMED_NOUNS - {"spokesman", "spokeswoman", "statement"})) + r")\b"
)
# Kin in the plural: "the families said" are people, not a body.
_KIN_PLURALS: Final = words("families parents mothers fathers widows sons daughters")
# Plural speakers news leaves unnamed when they open the clause: "Sources close to ...".
_UNNAMED_PLURALS: Final = words(
    "sources officials residents witnesses diplomats analysts aides relatives survivors "
    "villagers locals activists medics doctors rescuers traders elders soldiers fighters "
    "officers colleagues guards workers nurses teachers"
)
# People left unnamed as a quote's subject after it, read only where nothing else took the
# words for an attribution: one of them ("a mourner", "an eyewitness", "a 34-year-old
# mother of three", "a relative of one of the victims", "a source close to the army") or a
# bare plural ("survivors", "security sources", "villagers"), in lower case throughout.
_UNNAMED_SINGULAR: Final = _UNNAMED_NOUNS | words(
    "mourner passer-by passerby eyewitness bystander teenager boy girl youth leader elder "
    "pilgrim shepherd herder fisherman labourer laborer mother father widow resident "
    "villager local medic journalist reporter"
)
_UNNAMED_PLURAL_NOUNS: Final = _UNNAMED_PLURALS | words(
    "mourners eyewitnesses bystanders locals leaders pilgrims shepherds herders fishermen "
    "labourers laborers mothers widows journalists reporters paramedics"
)
_UNNAMED_SUBJECT: Final = re.compile(
    r"\s*(?:(?:a|an|one|another)\s+(?:[a-z0-9'-]+\s+){0,3}?(?:"
    + "|".join(sorted(_UNNAMED_SINGULAR, key=lambda w: (-len(w), w)))
    + r")(?:\s+(?:of|close\s+to|from|in|at|with)(?:\s+[a-z0-9'-]+){1,5})?"
    # (never "the two doctors", "his neighbours": people named before, taken up again)
    r"|(?!(?:the|his|her|their|its|these|those|both)\b)(?:[a-z'-]+\s+){0,2}?(?:"
    + "|".join(sorted(_UNNAMED_PLURAL_NOUNS, key=lambda w: (-len(w), w)))
    + r"))\s*"
)
# Unnamed people as the subject after a quote: a count and up to three modifiers before a
# plural of people ("two residents", "three local officials", "several Boko Haram
# fighters", "two of the survivors"), or one of them with an apposition in lower case ("one
# survivor, a 40-year-old farmer,", "a nurse, who asked not to be named,"). Only after a
# whole quote closed by its own comma: a partial quote ('called the raid "a success", two
# residents said') is the words of the verb before it.
_COUNTED_UNNAMED: Final = re.compile(
    r"\s*(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|other|some|many"
    r"|a\s+few|a\s+dozen|dozens\s+of)\s+(?:of\s+(?:the|them|those|his|her|their)\s+)?"
    r"(?:[\w'-]+\s+){0,3}?(?:" + "|".join(sorted(_UNNAMED_PLURALS)) + r")"
    r"|(?:a|an|one|another)\s+(?:of\s+the\s+)?(?:[a-z'-]+\s+){0,2}?(?:"
    + "|".join(sorted(_UNNAMED_PLURALS | _UNNAMED_NOUNS))
    + r"),\s+(?:a|an|who|whose|aged)\b[^,.;:A-Z\"\u201c\u201d]{1,80},"
    r")\s*"
)


def _description_start(text: str, start: int, end: int) -> int:
    """Where the last "the ..." of text[start:end] begins (the description of a speaker
    before its verb), else `end`."""
    found = [m.start() for m in re.finditer(r"\b[Tt]he\b", text[start:end])]
    return start + found[-1] if found else end


# A phrase opening the clause before its subject: "Speaking to AFP by phone, ", "In an
# interview with the BBC, ", "Asked about the talks, ", "In Mogadishu, ".
_OPENING_PHRASE: Final = re.compile(
    r"\s*(?:Speaking|Talking|Writing|Asked|Interviewed|Reached|Contacted|In|On|At|After"
    r"|Before|Later|Earlier|Separately|Meanwhile|Elsewhere|From|Outside|Inside)\b"
    r"[^,;:.\"\u201c\u201d]{0,80},\s+"
)


def _unnamed_speaker(text: str, mentions: _Mentions, start: int, verb_at: int) -> bool:
    """True when the clause text[start:verb_at] before a speech verb is someone unnamed:
    "sources close to the group", "a senior Taliban official, speaking on condition ...,"."""
    words = re.findall(r"[A-Za-z]+", text[start:verb_at].lower())
    while len(words) > 1 and words[-1] in _AUXILIARIES:
        words.pop()
    if _unnamed_subject(words) and not mentions.within(start, verb_at):
        return True
    if (
        not _UNNAMED_PLURALS.isdisjoint(words[:6])
        and _plural_of_a_body(text, start, verb_at)
        and not any(_is_person(a) for a in mentions.within(start, verb_at))
    ):
        # "Sources at the Spanish Foreign Ministry said", "Officials close to the army
        # said": unnamed members, who speak for themselves, not the body they are of
        return True
    journalist = _UNNAMED_JOURNALIST.match(text, start, verb_at)
    if (
        journalist is not None
        # (not 'A journalist with the BBC was wounded, Hamas said': review67s)
        and _names_only(text, journalist.end(), verb_at)
        and not any(_is_person(a) for a in mentions.within(start, verb_at))
    ):
        # 'A reporter from Channels Television asked: "..."': the journalist asks for
        # himself, unnamed; the outlet he works for is no speaker (guideline, open point h)
        return True
    member = _UNNAMED_MEMBER.match(text, start, verb_at)
    if (
        member is not None
        and member.group().split()[-1].lower() in _NEWSROOM_NOUNS
        and not _names_only(text, member.end(), verb_at)
    ):
        # (not 'A Reuters journalist was killed in the strike, the CPJ said': the newsroom's
        # person is the subject of another verb before the speaker's: review67s)
        return False
    return member is not None and not any(_is_person(a) for a in mentions.within(start, verb_at))


_NEWSROOM_NOUNS: Final = words("reporter journalist correspondent presenter interviewer")


# An unnamed journalist of an outlet opening the clause: "A reporter from X", "another
# journalist with X", "a correspondent for X".
_UNNAMED_JOURNALIST: Final = re.compile(
    r"\s*(?:(?:But|And|Then)\s+)?(?:A|An|One|Another|a|an|one|another)\s+(?:[a-z-]+\s+)?"
    r"(?:reporter|journalist|correspondent|presenter|interviewer)\s+(?:from|of|with|for|at)\s+"
)


def _unnamed_subject(words: Sequence[str]) -> bool:
    """True when the clause's subject is someone unnamed: "sources close to the group",
    "two senior officials", "a source in the army"."""
    if not words:
        return False
    if words[0] in _UNNAMED_PLURALS:
        return True
    if words[:2] == ["one", "of"] and len(words) in (3, 4):
        return True  # "one of the negotiators", "one of them" (the caller checks no name)
    return (
        words[0] in ("a", "an", "one", "another", "two", "three", "several", "some")
        and not (_UNNAMED_NOUNS.isdisjoint(words[1:4]) and _UNNAMED_PLURALS.isdisjoint(words[1:4]))
        and not set(words[:6]) & {"spokesman", "spokeswoman", "spokesperson"}
    )


def _sentence_before(all_sentences: Sequence[Sentence], offset: int) -> Sentence | None:
    """The last sentence starting before `offset` (bisect on the sorted sentences)."""
    i = bisect_left(all_sentences, offset, key=lambda sentence: sentence.start)
    return all_sentences[i - 1] if i > 0 else None


def _clause_start(text: str, all_sentences: Sequence[Sentence], opened: int) -> int:
    """Where the sentence before a quote's opening mark starts, but never more than
    `_MAX_CLAUSE` characters before the mark (from a word's start): an attribution stands
    near its quote, and one scraped paragraph of many short quotes without a full stop made
    every quote read the whole paragraph again (20 KB: 11 s)."""
    sentence = _sentence_before(all_sentences, opened)
    start = sentence.start if sentence is not None else 0
    if opened - start > _MAX_CLAUSE:
        space = text.find(" ", opened - _MAX_CLAUSE, opened)
        start = space + 1 if space >= 0 else opened - _MAX_CLAUSE
    return start


_MAX_CLAUSE: Final = 600

# A document's speech verbs, (text, characters its clauses were scanned for, the starts
# of `_VERB`'s matches in the whole text or None): one scraped paragraph of many short
# quotes read the same 600 characters for every quote (`_clause_start`), most holding no
# verb; past twice the text's length scanned, one scan of the text tells which do (perf71).
_last_clause_scan: tuple[str, int, list[int] | None] = ("", 0, None)
# (true while every verb `_VERB` lists is word characters alone, as the fast path needs)
_VERBS_ARE_WORDS: Final = all(
    re.fullmatch(r"\w+", verb) for verb in SPEECH_VERBS | _JUDGING_VERBS | _RARER_SPEECH_VERBS
)


def _is_word_character(character: str) -> bool:
    """What `\\b` and `\\w` take for a word character (`str.isalnum()` or "_")."""
    return character.isalnum() or character == "_"


def _verb_starts(text: str, read: int) -> list[int] | None:
    """The starts of `_VERB`'s matches in the whole of `text` once the clauses read for
    verbs in it (`read` characters more now) come to twice its length, else None."""
    global _last_clause_scan
    scanned_text, scanned, verb_starts = _last_clause_scan
    if scanned_text is not text:
        scanned, verb_starts = 0, None
    if verb_starts is None and scanned + read > 2 * len(text) and _VERBS_ARE_WORDS:
        verb_starts = [m.start() for m in _VERB.finditer(text)]
    _last_clause_scan = (text, scanned + read, verb_starts)
    return verb_starts


def _clause_verbs(text: str, start: int, opened: int, clause: str) -> list[re.Match[str]]:
    """`list(_VERB.finditer(clause))` for `clause` = text[start:opened], a clause shown by
    the text's own matches to hold no verb answered [] unread. Every alternative of `_VERB`
    is word characters, so where no word character stands either side of the clause, its
    matches are the text's that start inside it (a match neither runs past a non-word
    character nor is one cut at an edge; the two scans meet at `start`)."""
    verb_starts = _verb_starts(text, len(clause))
    if (
        verb_starts is not None
        and (start == 0 or not _is_word_character(text[start - 1]))
        and (opened >= len(text) or not _is_word_character(text[opened]))
    ):
        at = bisect_left(verb_starts, start)
        if at == len(verb_starts) or verb_starts[at] >= opened:
            return []
    return list(_VERB.finditer(clause))


def _verb_between(text: str, start: int, end: int) -> bool:
    """Whether `_VERB.search(text, start, end)` finds a verb, from the text's own matches
    (`_verb_starts`) where a non-word character stands at `end` or just before it: the
    search sees the text before `start` as the whole text's scan does, and no match runs
    past a non-word character, so it finds one where one of the text's starts in between."""
    verb_starts = _verb_starts(text, end - start)
    if verb_starts is not None and (
        end >= len(text)
        or not _is_word_character(text[end])
        or (end > start and not _is_word_character(text[end - 1]))
    ):
        at = bisect_left(verb_starts, start)
        return at < len(verb_starts) and verb_starts[at] < end
    return _VERB.search(text, start, end) is not None


# A determiner right before a word: "the claims", "his comments" are nouns, not verbs.
_DETERMINER_BEFORE: Final = re.compile(
    r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+$"
)


def _opening_mark(text: str, start: int) -> int:
    """Where the mark opening the quote that starts at `start` stands: right before it, or
    before the space French typography sets after an opening guillemet ("« Le ...")."""
    opened = start - 1
    if opened > 0 and text[opened] in " \u00a0\u202f" and text[opened - 1] == "\u00ab":
        return opened - 1
    return opened


def _before_quote(
    text: str, quote: Suggestion, mentions: _Mentions, all_sentences: Sequence[Sentence]
) -> tuple[bool, Extent | None]:
    opened = _opening_mark(text, quote.start)
    # 'X said: "...' introduces the quote with a colon; any other sentence start does not.
    if is_sentence_start(text, opened) and not _after_colon(text, opened):
        return False, None
    start = _clause_start(text, all_sentences, opened)
    clause = text[start:opened]
    carried_at = _carried_by_outlet(clause)
    if carried_at is not None:
        # 'X was quoted by Dawn as saying: "..."', 'Residents quoted by the BBC said "..."':
        # the subject before the auxiliary or the participle speaks, resolved as any
        # subject of a speech verb; the outlet after "by" only carries the words (a
        # description, "The governor was quoted by ...", is nobody)
        return _subject_or_pronoun(text, mentions, start, start + carried_at, quote.start)
    # "a statement posted on social media": a participle of the statement, not a verb
    # ("The statement said:" is its main verb: no participle says or adds)
    verbs = [
        v
        for v in _clause_verbs(text, start, opened, clause)
        if (v.group() in _MAIN_AFTER_STATEMENT or not _PARTICIPLE_OF.search(clause, 0, v.start()))
        # ("rejected the claims, saying": a noun after its determiner is no verb)
        and not _DETERMINER_BEFORE.search(clause, max(0, v.start() - 8), v.start())
    ]
    naming = (
        (_WHAT_THEY_CALL.search(clause) or _IT_CALLS.search(clause))
        if _may_name_it(clause)
        else None
    )
    # The speaker of the reported speech the naming stands in: the subject of the first
    # speech verb before it ('X said troops had killed members of what the Government
    # calls "..."', 'the Polisario Front says, accusing Morocco of ... the territory it
    # calls "..."'): the words in marks are that speaker's (guideline, session 30 point 8)
    reporter = None
    if naming is not None:
        reported_by = [v for v in verbs if v.end() <= naming.start()]
        if reported_by:
            verb_at = start + reported_by[0].start()
            reporter = mentions.at(
                _subject_or_pronoun(text, mentions, start, verb_at, quote.start)[1] or (-1, -1)
            )
    if naming is not None and naming.group("who").lower() in _PRONOUN_GROUP:
        if reporter is not None and not _is_person(reporter):
            # "it" is the body that speaks in the sentence, not the nearest one named in
            # what it says
            return True, _extent(reporter)
    elif naming is not None and naming.group("who").lower() not in _PRONOUN_PERSON:
        # 'in what residents call "Bloody Friday"', 'which the Arakan Army described as
        # "..."': whoever names it, a mention or someone unnamed ("what it called": the
        # pronoun's subject, as below)
        namers = mentions.within(start + naming.start("who"), start + naming.end("who"))
        people = [a for a in namers if _is_person(a)]
        if not namers and _description_words(naming.group("who")):
            # "which the army called ...": the body named before
            wanted = _description_words(naming.group("who"))
            described = mentions.described_before(text, quote.start, wanted)
            if reporter is not None and (
                described is None or described.start < _sentence_start(text, naming.start() + start)
            ):
                # ... in its own sentence; inside reported speech a description named
                # nowhere in the sentence is the reporter's word ('X said troops killed
                # members of what the government calls "..."')
                return True, _extent(reporter)
            return True, _extent(described)
        return True, _extent(people[0] if people else namers[0] if namers else None)
    quoted = _quoted_as_saying(text, mentions, start, opened, quote.start)
    if quoted is not None:
        return True, quoted[0]
    according = list(_ACCORDING_TO.finditer(clause))
    if according and (not verbs or according[-1].start() > verbs[-1].start()):
        # 'According to Ortese, "..."': the mentions after "according to", up to its comma.
        named = start + according[-1].end()
        comma = text.find(",", named, opened)
        named_end = opened if comma < 0 else comma
        found = mentions.within(named, named_end)
        people = [a for a in found if _is_person(a)]
        if not people and comma >= 0 and _ANY_ROLE_BEFORE.search(text, named, comma):
            # "According to Kenya's police spokesman, Resila Onyango, ...": the role's
            # holder, named in apposition after it
            holder = _person_at(text, mentions, comma + 1, opened)
            if holder is not None:
                return True, holder
        role_holder = None if people else _role_holder(text, mentions.within(named, opened))
        if role_holder is not None:
            # "According to the Polisario's representative in Spain, X, ...": the role's
            # holder, with the place or portfolio of the role between
            return True, _extent(role_holder)
        if people or found:
            return True, _extent(people[0] if people else found[-1])
        issued = _statement_source(text, mentions, named, named_end, quote.start)
        if issued is not None and issued[0] is not None:
            # "According to a statement from the general staff, ...": its issuer
            return True, issued[0]
        # (only where the quote opens after its comma: 'According to the communiqué, the
        # FAMa "..."' quotes the body named after it)
        source = text[named:named_end].strip() if not text[named_end + 1 : opened].strip() else ""
        issuer = mentions.issuer_before(text, start) if _THE_DOCUMENT.fullmatch(source) else None
        if issuer is not None:
            # 'The army issued a statement. According to the statement, "..."': its issuer
            # (guideline, session 30 point 8); no issuer found: the paths below decide
            return True, _extent(issuer)
        wanted = _description_words(source) if source.startswith("the ") else []
        if wanted and len(source.split()) <= 3:
            # 'The Ministry of the Interior deployed police. According to the ministry,
            # "..."': the body the description stands for, as "the ministry said" has it
            return True, _extent(mentions.described_before(text, quote.start, wanted))
        object_pronoun = _OBJECT_PRONOUN.fullmatch(text, named, named_end)
        if object_pronoun is not None:
            # 'X confirmed the attack. According to him, "..."': whom the pronoun stands for
            word = object_pronoun.group(1).lower()
            if word in ("him", "her"):
                sex = "he" if word == "him" else "she"
                return True, _extent(mentions.person_before(text, start, sex))
            return True, _extent(mentions.group_before(text, start, plural=word == "them"))
    if not verbs and _THE_STATEMENT_READS.fullmatch(text, start, opened):
        # 'UNICEF issued a statement. The statement read: "..."': its issuer, named in
        # it or before
        issuers = mentions.within(start, opened)
        return True, _extent(issuers[0] if issuers else mentions.issuer_before(text, start))
    if not verbs and _IT_READS.fullmatch(text, start, opened):
        bounds = _previous_sentence(text, start)
        if bounds is not None and _DOCUMENT_WORD.search(text, *bounds):
            # 'The army issued a statement on Sunday. It read: "..."': its issuer
            return True, _extent(mentions.issuer_before(text, start))
    owned_reads = _OWNED_STATEMENT_READS.fullmatch(text, start, opened)
    if not verbs and owned_reads is not None:
        # 'Hamas issued a statement. Its statement read: "..."': whoever "its" stands for
        pronoun = owned_reads.group(1).lower()
        if pronoun in ("his", "her"):
            person = mentions.person_before(text, start, _POSSESSIVE_PERSON[pronoun])
            return True, _extent(person)
        return True, _extent(mentions.group_before(text, start, plural=pronoun == "their"))
    # (the colon first: a test of one character or a few, where the pattern is searched for
    # along the whole clause; perf70)
    if not verbs:
        return False, None
    # A verb that shares the subject of an earlier one ("X said Y had attacked and called
    # it "..."", "..., saying: "...", "..., which it described as "...""): the subject is
    # that earlier verb's, never a mention in its object.
    chosen = len(verbs) - 1
    if _shares_subject(clause, verbs[chosen].start()):
        # (the sentence's main verb: the first with a subject of its own, not a passive
        # one, "Y had been told")
        chosen = next(
            (
                k
                for k, verb in enumerate(verbs)
                if not _shares_subject(clause, verb.start())
                and not _PASSIVE_BEFORE.search(clause, 0, verb.start())
            ),
            0,
        )
    verb_at = start + verbs[chosen].start()
    if chosen < len(verbs) - 1:
        clause_subject = _reported_subject(text, mentions, start, verbs[chosen], verbs[-1])
        if clause_subject is not None:
            # 'She added that the police chief, X, had ordered an inquiry and warned that
            # "...": the verb goes on from the reported clause's subject, not hers
            return True, _extent(clause_subject)
    if chosen == 0 and _shares_subject(clause, verbs[0].start()):
        contrasts = list(_CONTRAST.finditer(text, start, verb_at))
        after_contrast = (
            _opening_mention(text, mentions, contrasts[-1].end(), verb_at) if contrasts else None
        )
        if after_contrast is not None:
            # 'X signed the accord, but the Y has refused to join, demanding "..."': the
            # subject of the clause after the contrast, not of the sentence
            return True, _extent(after_contrast)
        # ... and no speech verb before it ("The army shelled X and called it "...""):
        # the mention opening the sentence
        opening = _opening_mention(text, mentions, start, verb_at)
        if opening is not None:
            return True, _extent(opening)
    if chosen == len(verbs) - 1:
        # 'The army said X had been arrested, but his lawyer, Y, said: "..."': the last
        # verb's subject stands in the clause after the contrast, not before it
        contrasts = list(_CONTRAST.finditer(text, start, verb_at))
        if contrasts and not _shares_subject(clause, verbs[chosen].start()):
            start = contrasts[-1].end()
        elif not contrasts and not _shares_subject(clause, verbs[chosen].start()):
            # 'X was arrested in March, and his mother told us: "..."': a clause of its own
            # after a first one with a verb and no comma, its subject the speaker (never
            # "A, a nurse, and her colleague B told AFP": joint speakers)
            second = _AND_SECOND_CLAUSE.match(text, start, verb_at)
            if (
                second is not None
                # (not "X fled in May, and in June told Reuters": no subject of its own after
                # the "and", the verb going on from the first clause's subject: review67s)
                and _has_own_subject(text, second.end(), verb_at)
                and _FINITE_VERB.search(text, start, second.start("gap"))
                # (not a second reported clause: "X said officers had gone, and that")
                and not _VERB.search(text, start, second.start("gap"))
            ):
                subject = text[second.end() : verb_at].strip().lower()
                if subject == "they" or _THE_PAIR.fullmatch(subject):
                    # 'A and B were freed on Friday, and they said: "..."': the joint
                    # speakers of the first clause, the first of them (guideline)
                    joint = mentions.joint_subject(text, start, second.start("gap"), any_verb=True)
                    if joint is not None:
                        return True, _extent(joint)
                start = second.end()
    comma = text.rfind(",", start, verb_at)
    if comma > start and _unnamed_speaker(text, mentions, comma + 1, verb_at):
        # 'Fighters of JNIM attacked the base, a security source said, putting the toll
        # at "..."': the attribution set off by commas names nobody
        return True, None
    antecedent = _relative_antecedent(text, mentions, start, verb_at)
    if antecedent is not None:
        # 'AFP could not reach the Tatmadaw, which denies it and says it struck only
        # "terrorist" positions': the verb's subject is what its relative pronoun stands for
        return True, _extent(antecedent)
    for reported in _OUTLET_REPORTED_THAT.finditer(text, start, verb_at):
        outlet = mentions.within(max(start, reported.start() - 60), reported.start())
        if (
            outlet
            and outlet[-1].end == reported.start()
            and outlet[-1].attributes.get("type") == "media"
        ):
            # 'Al Jazeera reported that the governor called the attack "...": the outlet
            # carries the words of the one its clause names, not its own
            start = reported.end()
    decided = _subject_or_pronoun(text, mentions, start, verb_at, quote.start)
    if decided[1] is None and _CLOSER_BEFORE_VERB.search(text, start, verb_at):
        # '"...," said X, a spokesman, adding that his fighters had "..."': the subject
        # follows the verb the quote before it inverted
        verb_end = start + verbs[chosen].end()
        inverted = [a for a in mentions.within(verb_end, opened) if a.start - verb_end <= 1]
        if inverted:
            return True, _extent(inverted[0])
    if decided[1] is None and chosen != len(verbs) - 1:
        # The earlier verb names nobody ("A captain called X came ... and said, '...'":
        # "called" names him): the last verb's subject after all
        return _subject_or_pronoun(text, mentions, start, start + verbs[-1].start(), quote.start)
    return decided


# A relative pronoun right before the verb it is the subject of: ", which routinely ".
_RELATIVE_SUBJECT: Final = re.compile(
    r",\s+(?:which|who)\s+(?:(?:[a-z]+ly|also|now|still|often|has|have|had)\s+)*$"
)


def _relative_antecedent(
    text: str, mentions: _Mentions, start: int, verb_at: int
) -> Suggestion | None:
    """Who the relative pronoun right before the verb at `verb_at` stands for, when the
    verb is its clause's ("..., which says"): the mention right before the comma; else
    None."""
    relative = _RELATIVE_SUBJECT.search(text, start, verb_at)
    if relative is None:
        return None
    before = relative.start()
    named = [a for a in mentions.within(start, before) if before - a.end <= 1]
    return named[-1] if named else None


# Between a body's name and its other name: ", known as ", ", also known as ", " (known as ".
# ("known in Arabic as", "known by their French acronym", "known locally as")
_KNOWN_AS_GAP: Final = re.compile(
    r",?\s+\(?(?:also\s+|locally\s+|widely\s+)?known\s+"
    r"(?:in\s+[A-Z][\w-]*\s+|locally\s+|by\s+(?:its|their|the)\s+(?:[A-Za-z-]+\s+){0,2}?"
    r"(?:acronym|initials|abbreviation|name)\s+)?(?:as\s+|by\s+)?(?:the\s+)?"
)
# "X was quoted by <outlet> as saying (that)" right before a quote: the passive's
# auxiliary up to the quote's opening (the outlet's name is short and holds no clause).
_QUOTED_BY_OUTLET_SPK73: Final = re.compile(
    r"\b(?:was|were|is|has\s+been|had\s+been)\s+(?:\w+ly\s+|also\s+|later\s+)?"
    r"quoted\s+by\s+[^,;:.\"\u201c\u201d]{2,80}?\s+as\s+(?:saying|telling\s+\w+(?:\s+\w+)?)"
    # (the words may follow after a short stretch of the reported speech: "as saying
    # he saw "..."", with no other speech verb in it)
    r"(?P<tail>[^.;:\"\u201c\u201d]{0,100})[:,]?\s*$"
)
# ... and its reduced relative before the sentence's speech verb: "Residents quoted by the
# BBC said", "The report, quoted by Reuters, said".
_QUOTED_BY_PARTICIPLE_SPK73: Final = re.compile(
    r"(?:,\s*)?\bquoted\s+by\s+[^,;:.\"\u201c\u201d]{2,60}?(?:,\s*|\s+)(?=" + _VERB.pattern + ")"
)


def _carried_by_outlet(clause: str) -> int | None:
    """Where the subject of 'X was quoted by <outlet> as saying' or 'X, quoted by <outlet>,
    said' ends in `clause` (the text before a quote's opening mark), else None.

    Only when nothing before it is a speech verb ("Hamas said in a statement quoted by Al
    Jazeera that" is Hamas's by the usual path) and, for the participle, a speech verb
    follows it."""
    if "quoted" not in clause:
        return None
    passive = _QUOTED_BY_OUTLET_SPK73.search(clause)
    if passive is not None:
        if passive.start() == 0 or _VERB.search(clause, 0, passive.start()):
            return None
        if _VERB.search(passive.group("tail")):
            return None
        return passive.start()
    participle = _QUOTED_BY_PARTICIPLE_SPK73.search(clause)
    if participle is None or participle.start() == 0:
        return None
    if _VERB.search(clause, 0, participle.start()):
        return None
    # (the participle's own verb must be the last speech verb before the quote: "Officials
    # quoted by Kyiv Independent said 11 were killed, while Mayor X said: '...'" is X's)
    said = _VERB.match(clause, participle.end())
    if said is None or _VERB.search(clause, said.end()):
        return None
    return participle.start()


# "quoted X as saying (that)" before a quote, no other speech verb after it.
_QUOTED_AS_SAYING: Final = re.compile(
    # (not the passive: "X was quoted by RIA Novosti as saying" is X's, as any subject)
    r"\b(?<!was\s)(?<!were\s)(?<!been\s)(?<!is\s)(?:quoted|quotes|quoting)\s+(?!by\b)"
    r"(?P<who>[^.;:!?\"\u201c\u201d]{1,160}?),?\s+as\s+"
    r"(?:saying|telling\s+\w+|stating|describing\s+\w+\s+as"
    # ("SONNA quoted X as calling the bombing '...'": the words X called it)
    r"|calling)\b"
)


def _quoted_as_saying(
    text: str, mentions: _Mentions, start: int, opened: int, quote_start: int
) -> tuple[Extent | None] | None:
    """The speaker of 'Saba quoted X as saying "..."' in text[start:opened] (wrapped in a
    1-tuple): the person named as X ("the governor of Abyan, Y,": Y), the body X names,
    whom "him"/"her" stands for, or nobody when X is unnamed ("a military official", "an
    officer identified only by his call sign"); never the outlet that quotes. None when
    the clause is not of that form."""
    if text.find("quot", start, opened) < 0:
        # (every match holds "quot", case and all: a clause without it is read no further;
        # the pattern's word boundary and look-behinds first were tried at every offset of
        # every quote's clause, up to 600 characters each; perf70)
        return None
    found = None
    for found in _QUOTED_AS_SAYING.finditer(text, start, opened):  # noqa: B007 (the last)
        pass
    if found is None or re.search(r",\s+(?:and|but|while|whereas)\s|;", text[found.end() : opened]):
        # ('Saba quoted him as saying ..., but the army said "..."': another clause; the
        # reported words themselves may hold any verb: "as saying its forces had responded")
        return None
    who_start, who_end = found.span("who")
    named = mentions.within(who_start, who_end)
    people = [a for a in named if _is_person(a)]
    if people:
        return (_extent(people[0]),)
    pronoun = re.fullmatch(r"\s*(him|her|them|it)\s*", text[who_start:who_end])
    if pronoun is not None:
        if pronoun.group(1) in ("him", "her"):
            said = "he" if pronoun.group(1) == "him" else "she"
            return (_extent(mentions.person_before(text, who_start, said)),)
        return (_extent(mentions.group_before(text, who_start, plural=pronoun.group(1) == "them")),)
    lead = text[who_start : named[0].start] if named else ""
    if named and (not lead.strip() or lead.strip().lower() == "the" or _SPEAKS_FOR.search(lead)):
        # "quoted the army as saying", "quoted a spokesman for the BLA as saying"
        return (_extent(named[0]),)
    return (None,)


# After a speaker described: ", who gave his name as ", ", who gives her name only as ".
_GAVE_NAME: Final = re.compile(
    r",\s+who\s+(?:gave|gives|has\s+given)\s+(?:his|her|their)\s+(?:first\s+)?name\s+"
    r"(?:only\s+)?as\s+"
)
# Between a name qualifying a body's noun and the body's own name, no comma: " refugee
# agency " of "The UN refugee agency UNHCR".
_UNBRACKETED_NAME_GAP: Final = re.compile(
    r"(?: [a-z-]+){0,2} (?:" + "|".join(sorted(_GROUP_NOUNS - {"staff"})) + r") (?:the )?"
)
# Between a body's name and its other name, which a quote attributed to it links to (the
# nearer mention of the same body): "the Arakan Army (AA)", "the Men of Dignity movement,
# known in Arabic as Rijal al-Karama,", "the Malian Armed Forces, known by their French
# acronym FAMa,".
_ALIAS_GAP: Final = re.compile(
    r" \(|(?: [a-z]+){0,2}"
    + _KNOWN_AS_GAP.pattern
    # ("X, a Catholic-founded group in San Cristóbal known as Y,": at the description's end)
    + r"|,\s+(?:a|an|the)\s+[^,.;:\"\u201c\u201d()]{1,100}?\s+known\s+as\s+(?:the\s+)?"
)
# A quote closed right before an inverted speech verb: '"...," said', '..." said'.
_CLOSER_BEFORE_VERB: Final = re.compile(r"[,.!?]?[\"'\u201d\u2019]\s+$")
# Where a second clause with its own subject begins: ", but ", ", while ", "; ".
_CONTRAST: Final = re.compile(r"(?:,\s+(?:but|while|whereas|yet)|;)\s+(?=\S)")
# The first ", and " of a clause with no comma or mark before it (from the clause start):
# "X was arrested in March, and ", where a second clause may begin.
_AND_SECOND_CLAUSE: Final = re.compile(r"\s*[^,;:\"\u201c\u201d\n]{8,200}?(?P<gap>,\s+and\s+)")
# ... and a finite verb in the first clause, which makes it one ("was arrested", "fled").
_FINITE_VERB: Final = re.compile(
    r"\b(?:was|were|is|are|has|have|had|did|fled|left|died|lost|went|came|ran|took|saw)\b"
)


# What stands before a verb whose subject is an earlier verb's: "... and called",
# "..., but warned", "..., saying", "..., which it described as".
_SHARED_SUBJECT_BEFORE: Final = re.compile(
    r"(?:,?\s+(?:and|but)\s+(?:(?:also|then|later|again|even)\s+)?"
    r"|\b(?:which|that|what|whom)\s+(?:it|he|she|they)\s+(?:(?:has|had|have|also)\s+)?)$"
)


_PASSIVE_BEFORE: Final = re.compile(r"\b(?:be|been|being|was|were|is|are)\s+$")


# "that" opening a reported clause, and where its subject ends: before its verb ("had",
# "was", a past form) after the subject's words and any apposition.
_THAT_CLAUSE: Final = re.compile(r"\bthat\s+")
_REPORTED_VERB: Final = re.compile(
    r"\s(?:had|has|have|was|were|is|are|would|will|could|did|[a-z]{3,}ed)\b"
)
# A speech verb coordinated with the verb before it: "... and warned".
_AND_BEFORE: Final = re.compile(r"\s+and\s+(?:(?:also|then|later)\s+)?$")


def _reported_subject(
    text: str, mentions: _Mentions, start: int, main: re.Match[str], last: re.Match[str]
) -> Suggestion | None:
    """The subject of a reported clause ("that <subject> had ...") that opens between
    the sentence's main speech verb `main` and its last one `last` (matches in
    text[start:]), when `last` is coordinated by "and" inside that clause: "She added
    that the police chief, X, had ordered an inquiry and warned that" -> X. A person
    named in the subject first, else its first mention; None when there is none."""
    last_at = start + last.start()
    if not _AND_BEFORE.search(text, max(start, last_at - 20), last_at):
        return None
    opened = None
    for found in _THAT_CLAUSE.finditer(text, start + main.end(), last_at):
        opened = found
    if opened is None:
        return None
    verb = _REPORTED_VERB.search(text, opened.end(), last_at)
    if verb is None:
        return None
    named = mentions.within(opened.end(), verb.start())
    people = [a for a in named if _is_person(a)]
    return people[0] if people else (named[0] if named else None)


def _shares_subject(clause: str, verb_at: int) -> bool:
    """True when the speech verb at `verb_at` in `clause` takes the subject of a verb
    before it: coordinated with it, a participle after a comma (", saying"), or in a
    relative clause whose pronoun subject stands for that subject."""
    if _SHARED_SUBJECT_BEFORE.search(clause, 0, verb_at):
        return True
    return clause.endswith("ing", 0, _word_end(clause, verb_at)) and bool(
        re.search(r",\s*$", clause[:verb_at])
    )


def _word_end(text: str, at: int) -> int:
    end = at
    while end < len(text) and text[end].isalpha():
        end += 1
    return end


# Between a body and the person who holds a role in it: "NPA spokesperson ", "UNICEF's
# spokeswoman, ", "Iran's foreign ministry spokesman ", "M23 leader ".
_BODY_ROLE_GAP: Final = re.compile(
    r"(?:['\u2019]s)?(?:\s+(?!(?:and|or|who|whose|which|that|with|of)\b)[a-z-]+){0,3}\s+(?:"
    + "|".join(sorted(ROLE_WORDS, key=longest_first))
    + r"),?\s+(?:(?:"
    + "|".join(sorted(TITLES, key=longest_first))
    + r")\.?\s+)*"
)


def _opening_mention(text: str, mentions: _Mentions, start: int, end: int) -> Suggestion | None:
    """The mention opening the clause text[start:end] (after "The"), else None: the body a
    state's possessive owns when both are mentions ("Russia's Defence Ministry"), and the
    acronym a name brings, the nearer mention ("The Arakan Army (AA)", "..., or APEAM,")."""
    found = mentions.within(start, end)
    if not found or not re.fullmatch(r"\s*(?:[Tt]he\s+)?", text[start : found[0].start]):
        return None
    holder = _role_holder(text, found)
    if holder is not None:
        # "The UN Special Rapporteur on Myanmar, X, visited the camps and said": the
        # role's holder, named in apposition, is the subject, not the body of the role
        return holder
    if len(found) > 1 and text[found[0].end : found[1].start] in (*_POSSESSIVE_GAPS, " (", ", or "):
        return found[1]
    return found[0]


def _role_holder(text: str, found: Sequence[Suggestion]) -> Suggestion | None:
    """The person named right after a role in the body `found[0]` ("the Polisario's
    representative in Spain, X,"), in apposition closed by a comma, else None; `found`
    are the mentions of the clause in text order."""
    if not found or _is_person(found[0]):
        return None
    # (a place after the role may be a mention of its own: "UN envoy for Yemen, X,")
    holder = next((a for a in found[1:4] if _is_person(a)), None)
    if holder is None or holder.start - found[0].end > 100 or not text.startswith(",", holder.end):
        return None
    gap = _ROLE_HOLDER_GAP.fullmatch(text, found[0].end, holder.start)
    if (
        gap is None
        # (the role is the body's own: no other mention nor a verb before it, not "The UN
        # chief met Hamas's negotiator, X, and said")
        or any(found[0].end <= a.start < gap.start("role") for a in found[1:])
        or _VERB.search(text, found[0].end, gap.start("role")) is not None
        or re.search(
            r"\b(?:met|meets|meeting|called|calls|visited|visits)\b",
            text[found[0].end : gap.start("role")],
        )
        is not None
    ):
        return None
    return holder


# "what residents call", "a move the army described as", "which the group dubbed" right
# before the quote mark.
_WHAT_THEY_CALL: Final = re.compile(
    # (the nearest "what": "said that its troops had killed members of what it called")
    r"\b(?:what|which|that|whom)\s+"
    r"(?P<who>(?:(?!\b(?:what|which|that|whom)\b)[^,;:.\"\u201c]){1,60}?)\s+(?:call|calls|called"
    r"|describe\s+as|describes\s+as|described\s+as|term|terms|termed|dub|dubs|dubbed"
    r"|brand|brands|branded|label|labels|labelled|labeled)\s+(?:it\s+|them\s+)?(?:as\s+)?$"
)


# ... with the relative pronoun left out: 'the territory it calls "..."'.
_IT_CALLS: Final = re.compile(
    r"\s(?P<who>it|they)\s+(?:calls|call|called|describes\s+as|describe\s+as|described\s+as"
    r"|terms|term|termed|dubs|dub|dubbed|brands|brand|branded|labels|label|labelled|labeled)"
    r"\s+(?:as\s+)?$"
)
# Every verb of `_WHAT_THEY_CALL` and `_IT_CALLS` holds one of these, as written (they
# ignore no case): a clause with none of them is searched for neither (perf70: each was
# tried along every quote's clause, up to 600 characters).
_NAMING_VERB_PARTS: Final = ("call", "describ", "term", "dub", "brand", "label")


def _may_name_it(clause: str) -> bool:
    """False only where neither `_WHAT_THEY_CALL` nor `_IT_CALLS` can match `clause`."""
    return any(part in clause for part in _NAMING_VERB_PARTS)


def _after_colon(text: str, opened: int) -> bool:
    """True when a colon (then spaces, or a paragraph's break: "issued the following
    statement, which we publish in full:" above the statement's paragraphs) stands right
    before the mark at `opened`."""
    i = opened - 1
    while i >= 0 and text[i] in " \t\n":
        i -= 1
    return i >= 0 and text[i] == ":"


_POSSESSIVE_PERSON: Final = {"his": "he", "her": "she"}


_ASCII_WORD: Final = re.compile(r"[A-Za-z]+")


# A verb of saying, then a name's titles, right before the name: "said ", "said Dr. ".
# (a sentence may open with "According to": "According to District Police Officer X, ...")
_SAID_THEN_NAME: Final = re.compile(
    r"\b(?:said|says|told|added|wrote|[Aa]ccording\s+to)\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}$"
)
# A verb of saying put after what was said, then a description of the one who said it and
# a comma before the name: '," said a doctor there, ', ', says the head of the camp
# committee, ' (not reported speech: "The school said the new headteacher, X, would come").
_SAID_THEN_DESCRIBED: Final = re.compile(
    r"[,\"\u201d\u2019]\s*(?:said|says|added|wrote)\s+(?:an?|the|one)\s+(?:[a-z][\w'\u2019-]*\s+){0,5}?"
    r"[a-z][\w'\u2019-]*,\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}$"
)
# The verb whose object is the mention after it, the one told: "told Radio X", "told the UN".
_TOLD_BEFORE: Final = re.compile(r"\b(?:told|tells|telling|informed|briefed)\s+(?:the\s+)?$")


# An attribution set after what it reports, at the end of its sentence: ", said ",
# ", according to ", ", added ".
_INVERTED_SOURCE: Final = re.compile(r",\s+(?:said|says|added|adds|according\s+to)\s+")
# What may stand between that verb and the name: titles and a role with its commas.
# (nor a relative clause: "said the police chief, who named the suspect as Y.")
_INVERTED_GAP_STOP: Final = re.compile(r"[;:\"\u201c\u201d\n]|\b(?:who|whom|whose|which|that|as)\b")


def _inverted_source(
    text: str, people: Sequence[Suggestion], sentence: Sentence
) -> Suggestion | None:
    """The person named right after the last ", said" / ", according to" of `sentence`
    (titles or a role between), when the sentence ends on them or their apposition; else
    None. `people` are the sentence's person mentions in text order."""
    last = None
    # (its last 300 characters only: the attribution ends the sentence, and a long one
    # read whole for each of many quotes after it would be quadratic)
    window = max(sentence.start, sentence.end - 300)
    for last in _INVERTED_SOURCE.finditer(text, window, sentence.end):  # noqa: B007
        pass
    if last is None:
        return None
    named = next((a for a in people if a.start >= last.end()), None)
    if named is None or named is people[0] or named.start - last.end() > 100:
        return None
    gap = text[last.end() : named.start]
    if gap.count(",") > 1 or _INVERTED_GAP_STOP.search(gap) or _VERB.search(gap):
        return None
    # (the name ends the sentence or opens its apposition: not "said X's brother", nor
    # "said X had ...")
    if text[named.end : named.end + 1] not in (",", ".") and named.end < sentence.end:
        return None
    return named


# The attribution that ends a sentence after a comma, its subject named by no mention:
# "X was shot dead, police said.", "..., a relative said.", "..., he told AFP.", and the
# inverted "..., said police.", "..., according to witnesses." (the sentence's last 120
# characters only; its end may hold the opening mark of the quote after it).
_ENDING_ATTRIBUTION: Final = re.compile(
    r",\s+(?:(?P<subject>(?:[A-Za-z][\w'\u2019-]*\s+){1,4}?)(?:said|says|added|told)"
    r"|(?:said|says|according\s+to)\s+(?P<inverted>(?:[A-Za-z][\w'\u2019-]*\s*){1,4}?))"
    r"(?P<object>\s+[^,.;:!?\"\u201c\u201d\n]{1,40}?)??\s*[.!?]?[\s\"\u201c]*$"
)
# A sentence opening with the subject of its verb of saying, named by no mention: "Police
# said X was arrested.", "Witnesses said", "He told AFP that" (the first 60 characters).
_OPENING_ATTRIBUTION: Final = re.compile(
    r"\s*(?P<subject>(?:[A-Za-z][\w'\u2019-]*\s+){1,3}?)(?:said|says|told)\b"
)


# The nouns that end such a subject.
_SOURCE_NOUNS: Final = (
    _UNNAMED_NOUNS | _UNNAMED_PLURALS | _DESCRIBED_PEOPLE | _GROUP_NOUNS | words("police")
)


def _reported_source(
    text: str, mentions: _Mentions, sentence: Sentence
) -> tuple[bool, Extent | None]:
    """The source of `sentence` when its verb of saying has a subject that no mention
    names, ending it ("X was shot dead, police said.") or opening it ("Police said X was
    arrested."): the speaker that subject stands for (a pronoun's person, a description's
    body, nobody for the unnamed), looked for before the sentence, never a person the
    sentence reports on (spk66). (False, None) when it has no such attribution."""
    final = _ENDING_ATTRIBUTION.search(text, max(sentence.start, sentence.end - 120), sentence.end)
    if final is not None:
        subject = "subject" if final.group("subject") is not None else "inverted"
        at, end = final.span(subject)
        if (
            _source_words(text[at:end])
            and not mentions.within(at, end)
            and (subject == "subject" or final.group("object") is None)
            # (not "X, 45, lost two sons, he told AFP.": the pronoun is the person the
            # sentence opens on, unless he is its victim: review66s)
            and not _pronoun_of_opening_person(text, mentions, sentence, at, end)
        ):
            return _subject_or_pronoun(text, mentions, at, end, sentence.start)
    opening = _OPENING_ATTRIBUTION.match(
        text, sentence.start, min(sentence.end, sentence.start + 60)
    )
    if opening is not None:
        at, end = opening.span("subject")
        if (
            _source_words(text[at:end])
            and not mentions.within(at, end)
            and mentions.within(end, min(sentence.end, end + 300))
            # (not "The army said it had retaken the town, but X, a resident, disputed
            # that.": the clause after the contrast has a subject of its own)
            and _CONTRAST.search(text, end, min(sentence.end, end + 300)) is None
        ):
            return _subject_or_pronoun(text, mentions, at, end, sentence.start)
    return False, None


# A person opening a sentence as its victim: "X was killed", "X, 34, was shot dead".
_OPENING_VICTIM: Final = re.compile(
    r"(?:,[^,.;:!?\n]{1,60},)?\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?"
    r"(?:killed|shot|murdered|executed|beheaded|stabbed|hanged|among|arrested|detained|"
    r"abducted|kidnapped|wounded|injured|hurt|taken|found|buried|lynched)\b"
)


def _pronoun_of_opening_person(
    text: str, mentions: _Mentions, sentence: Sentence, at: int, end: int
) -> bool:
    """True when the subject text[at:end] is "he"/"she"/"they" and the sentence opens on a
    named person who is not its victim ("Fatima Bello, a nurse, fled with her children,
    she said."): that person is the pronoun's, as before spk66 (review66s)."""
    if text[at:end].strip().lower() not in _PRONOUN_PERSON | {"they"}:
        return False
    lead = len(text[sentence.start : at]) - len(text[sentence.start : at].lstrip(' \n"\u201c'))
    first = [a for a in mentions.within(sentence.start, at) if _is_person(a)]
    if not first or first[0].start != sentence.start + lead:
        return False
    return _OPENING_VICTIM.match(text, first[0].end, at) is None


def _source_words(phrase: str) -> bool:
    """True when `phrase` is a subject that stands for a source without naming it: a
    pronoun ("he"), unnamed people ("police", "a relative", "witnesses") or a described
    body or person ("the army", "the mayor")."""
    found = [w.lower() for w in _ASCII_WORD.findall(phrase)]
    if not found or len(found) > 4:
        return False
    last = found[-1]
    if len(found) == 1 and (last in _PRONOUN_PERSON or last in _PRONOUN_GROUP):
        return True
    return last in _SOURCE_NOUNS


def _unnamed_member_opening(text: str, start: int, first_actor: int) -> bool:
    """True when the sentence at `start` opens (maybe after an opening phrase) on someone
    unnamed described through the body named first at `first_actor` ("An official of the
    ministry", "On Monday, a senior officer from the army"), not on its spokesman ("A
    spokesman for X") nor a statement ("A statement from X"), which speak for the body."""
    opening = _OPENING_PHRASE.match(text, start, first_actor)
    if opening is not None and _DOCUMENT_WORD.search(opening.group()):
        # 'In a statement, an official of X said ... . "..."': the body's document (review70s)
        return False
    lead = text[start if opening is None else opening.end() : first_actor]
    if _SPEAKS_FOR.search(lead) or _STATEMENT_BY.search(lead) or "," in lead:
        # (not 'A week after a soldier was killed, the army said', 'A man was shot dead
        # on Monday, the police said': the subject after the comma is the body; review70s)
        return False
    lead_words = re.findall(r"[A-Za-z]+", lead.lower())
    # the described member heads the subject: "a (senior (military)) officer of the", not
    # 'A statement issued on Monday by the army', 'A report on the killing of a soldier by
    # Amnesty' (a body's document, or a description deep inside the subject; review70s)
    return lead_words[:1] in (["a"], ["an"], ["one"]) and bool(
        set(lead_words[1:4]) & (_DESCRIPTIONS - {"statement"})
    )


def _previous_subject(
    text: str, mentions: _Mentions, sentence: Sentence, before: int
) -> Extent | None:
    actors = mentions.within(sentence.start, sentence.end)
    found, source = _reported_source(text, mentions, sentence)
    if found:
        return source
    people = [a for a in actors if _is_person(a)]
    if actors and not people and _unnamed_member_opening(text, sentence.start, actors[0].start):
        # 'An official of the Borno health ministry said the convoy had been stopped.
        # "..."': an unnamed member speaks for himself (guideline, open point h), not the
        # body he is described through
        return None
    if not people:
        # 'A resident who asked not to be named told Radio X that ... . "..."': the one
        # told listens; the unnamed subject speaks, named by nobody
        actors = [a for a in actors if not _TOLD_BEFORE.search(text, max(0, a.start - 20), a.start)]
    inverted = _inverted_source(text, people, sentence) if len(people) > 1 else None
    if inverted is not None:
        # "Among the dead were X and her daughters, said the camp's president, Y.": the
        # source the sentence ends on, not a person it reports on
        return _extent(inverted)
    if people:
        # "Farah's deputy, Major Ali Noor, disagreed.": the possessive's owner is no subject
        owners = [a for a in people if _POSSESSIVE_AFTER.match(text, a.end)]
        return _extent(next((a for a in people if a not in owners), people[0]))
    # (the sentence's first two words only: reading all of one long sentence for each of
    # its quotes made a paragraph of many quotes quadratic)
    words = [
        w.lower()
        for w in _ASCII_WORD.findall(text, sentence.start, min(sentence.end, sentence.start + 80))[
            :2
        ]
    ]
    if words and words[0] in _PRONOUN_PERSON:
        return _extent(mentions.person_before(text, sentence.start, words[0]))
    pronoun_subject = _PRONOUN_SUBJECT.match(text, sentence.start, sentence.end)
    if not actors and pronoun_subject is not None:
        # 'Then he looks away. "..."', 'Asked why, she shrugs. "..."': the person the
        # pronoun opening the clause stands for
        pronoun = pronoun_subject.group(1).lower()
        return _extent(mentions.person_before(text, sentence.start, pronoun))
    if not actors and words and words[0] in _POSSESSIVE_PERSON and _after_colon(text, before - 1):
        # 'Her message was simple: "..."', 'His answer: "..."': the person the possessive
        # stands for
        pronoun = _POSSESSIVE_PERSON[words[0]]
        return _extent(mentions.person_before(text, sentence.start, pronoun))
    if not actors and len(words) > 1 and words[0] == "the" and words[1] in _DESCRIBED_PEOPLE:
        # 'The priest nodded. "She is right."': the person named before as the priest
        return _extent(mentions.described_person(text, sentence.start, words[1]))
    if not actors and len(words) > 1 and words[0] in ("his", "her") and words[1] in _KIN_CONVERSE:
        # 'Her husband shook his head. "There is nothing left."': the person introduced
        # as her husband
        return _extent(mentions.kin_before(text, sentence.start, words[1]))
    if len(actors) > 1 and text[actors[0].end : actors[1].start] in _POSSESSIVE_GAPS:
        # "a ruling by Brazil's Supreme Federal Court ...": the body owned, not its state
        return _extent(actors[1])
    return _extent(actors[0]) if actors else None


def attribute_speakers(
    text: str,
    quotes: Sequence[Suggestion],
    actors: Sequence[Suggestion],
    *,
    text_sentences: Sequence[Sentence] | None = None,
) -> list[Suggestion]:
    """`quotes` with `speaker` set to the (start, end) of an ACTOR in `actors`, or None.

    `actors` are every ACTOR mention known in the text (suggested or tagged);
    a speaker is always one of their extents. Order of `quotes` is kept.
    `text_sentences`: `sentences(text)` when the caller has them already.
    """
    all_sentences = sentences(text) if text_sentences is None else text_sentences
    ordered = sorted(quotes, key=lambda q: (q.start, -q.end))
    # A name inside quoted words is spoken, never the one who speaks ('"Warsame knows who
    # started this," she wrote' is not Warsame's): only a quote inside a quote looks there.
    outer = _outermost(ordered)
    # ... nor is the agency of a dateline ("KOBLENZ, Germany (dpa) - A former officer
    # said that he had "..."": the officer, unnamed, speaks)
    # ... nor is the author of a byline ("By Jane Doe" on a line of its own): a quote
    # with no attribution, or a "she replied:", is never the reporter's
    spoken = [
        a
        for a in _outside(actors, outer)
        if not _dateline_agency(text, a) and not _byline_author(text, a)
    ]
    every = _Mentions(actors)
    mentions = every if len(spoken) == len(actors) else _Mentions(spoken)
    decided: dict[tuple[int, int, str], Extent | None] = {}
    # quotes whose speaker is named again right after them ('"... here." Mr X said')
    named_again: dict[tuple[int, int, str], Extent] = {}
    # (end, position in `ordered`) of every decided quote, sorted: the quote that
    # ended last before a given offset is one bisect away.
    ends: list[tuple[int, int]] = []
    for index, quote in enumerate(ordered):
        nested = _inside_any_quote(outer, quote)
        first_half = _split_first_half(text, quote, _last_ended_before(ends, ordered, quote.start))
        if nested:
            mentions, saved = every, mentions
        found, speaker = _continued(text, quote, ends, ordered, decided, mentions)
        if not found:
            found, speaker = _after_quote(text, quote, mentions)
        if not found:
            # (after the quote's own attribution: '"...," the spokesman said' names who
            # speaks, whatever "bears the words" before it)
            found, speaker = _written_words(text, quote)
        if not found:
            found, speaker = _document_continues(text, quote, ends, ordered, decided, mentions)
        if not found:
            found, speaker = _same_subject(text, quote, ends, ordered, decided)
        if not found:
            found, speaker = _adding_after_attribution(text, quote, ends, ordered, decided)
        if not found:
            found, speaker = _before_quote(text, quote, mentions, all_sentences)
        if not found:
            found, speaker = _sentence_end_attribution(text, quote, mentions)
        if not found:
            last = _last_ended_before(ends, ordered, quote.start)
            speaker = _standalone(text, quote, last, decided, mentions, all_sentences)
            if speaker is None:
                speaker = _speaker_named_next(text, quote, mentions)
        if speaker is None:
            speaker = _titled_person_said(text, quote, mentions)
        if speaker is None:
            speaker = _spoke_through_spokesperson(text, quote, mentions, all_sentences)
        if speaker is None or not _is_person(mentions.at(speaker) or quote):
            named_later = _spokesperson_named_later(text, quote, mentions)
            if named_later is not None:
                speaker = named_later
        if speaker is not None and _anonymous_pronoun_turn(text, quote, mentions):
            speaker = None
        introduced = _introduced_named_next(text, quote, mentions)
        if introduced is not None:
            speaker = introduced
        if speaker is not None and not _kin_spoke_alone(text, quote):
            said_by = mentions.at(speaker)
            if said_by is not None:
                speaker = _extent(mentions.joint_head(text, said_by))
        if speaker is not None and speaker[0] >= quote.end:
            # '"...," according to the Arakan Army (AA)': the acronym beside the name, as
            # before the quote ("X (ACR) said" -> ACR, wherever the quote stands)
            said_by = mentions.at(speaker)
            if said_by is not None:
                speaker = _extent(mentions.alias_of(text, said_by, len(text)))
        if speaker is not None and speaker[1] <= quote.start:
            # A speaker named before the quote links to their nearest mention before it
            # (the guideline's "which mention": "X ... X ... "...," he said" is the second),
            # the other name a body brings with it too ("X (ACR) said", "X, known as Y,")
            said_by = mentions.at(speaker)
            if said_by is not None:
                said_by = mentions.alias_of(text, said_by, quote.start)
                speaker = _extent(mentions.latest_mention_of(text, said_by, quote.start))
            if said_by is not None and not nested:
                renamed = _renamed_next(text, quote, said_by, mentions)
                if renamed is not None:
                    named_again[quote.key] = renamed
        if nested:
            mentions = saved
        if first_half is not None:
            # '"...," she said, "and ..."': the second half of a split quote is the first
            # half's, whoever the rules above would name for it (27 of 27 in the dev gold)
            speaker = decided[first_half.key]
            named_again.pop(quote.key, None)
        decided[quote.key] = speaker
        insort(ends, (quote.end, index))
    _headline_quotes(text, ordered, decided)
    _interview_headline_quotes(text, ordered, decided, mentions)
    _pull_quote_crossheads(text, ordered, decided, mentions)
    _heading_speaker_in_body(text, ordered, decided, mentions)
    # (after the headlines: a headline's quote keeps the mention that introduced its
    # speaker, not the later name that attributes the body's words)
    decided.update(named_again)
    # (made directly: `dataclasses.replace` costs several times as much per quote)
    return [
        Suggestion(q.start, q.end, q.label, q.attributes, q.rule, decided.get(q.key))
        for q in quotes
    ]


# '"...," a ministry spokesman said', "a defence ministry spokeswoman told": who speaks
# for a body described by its noun, not named.
_BODY_NOUN_SPOKESPERSON: Final = re.compile(
    r"(?<![\w-])(?:[Aa]n?|[Oo]ne)\s+(?:([a-z]+)\s+)??("
    + "|".join(sorted(_GROUP_NOUNS - {"staff", "group", "rebels", "authorities", "forces"}))
    + r")\s+spokes(?:man|woman|person)\s+(?:(?:also|later|earlier)\s+)?"
)
# '"...," a spokesman for the group said': who speaks for a body described, not named.
_SPOKESPERSON_FOR_THE: Final = re.compile(
    r"(?:an?|one)\s+spokes(?:man|woman|person)\s+(?:for|of)\s+(?P<body>the\s+[a-z]+)\s+"
)
# A quote's attribution to a spokesperson left unnamed there, right after the quote
# ('"...," an army spokesman said') or before it in its sentence ('A spokesman said: "').
_UNNAMED_SPOKESPERSON_AFTER: Final = re.compile(
    r"[\"'\u201d\u2019]\s+(?:an?|one)\s+(?:[\w'\u2019-]+\s+){0,4}?spokes(?:man|woman|person)\b"
    r"(?:\s+(?:for|of)\s+[^,.;:\"\u201c\u201d\n]{1,60}?)?\s+(?:said|says|told|added|adds)\b"
)
_UNNAMED_SPOKESPERSON_BEFORE: Final = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:(?:In|At|On|Later|Earlier)\b[^,.;:\"\u201c\u201d\n]{0,40},\s+)?"
    r"(?:An?|One|an?|one)\s+(?:[\w'\u2019-]+\s+){0,4}?spokes(?:man|woman|person)\b"
    r"[^.!?\"\u201c\u201d\n]{0,80}?\s(?:said|says|told|added)\b[^.!?\"\u201c\u201d\n]{0,40}?"
    r"[:,]?\s*[\"\u201c]$"
)
# The close of a quote and the start of its attribution: '," ' or '," ' or '?" '.
_NEXT_QUOTE_CLOSE: Final = re.compile(r"[,!?\u2014-][\"\u201d]\s+(?=[Tt]he\s)")
# "The spokesman, Colonel X, ..." in the sentences after: the spokesperson named.
# (the bare noun only, as the guideline's example: "The police spokesman, X" after "an army
# spokesman said" and "The spokesman for the army, X" after "a spokesman for the rebels" may be
# another body's spokesperson; rst70s)
_SPOKESPERSON_NAMED: Final = re.compile(r"\b[Tt]he\s+spokes(?:man|woman|person),\s+")
# Only a title in capitals between the comma and the name ("Colonel", "Major General", "DSP"):
# not "The spokesman, whose name was withheld, said President X would visit".
_TITLE_RUN: Final = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+){0,4}")


def _named_right_after(mentions: _Mentions, text: str, at: int, end: int) -> Suggestion | None:
    """The person mention that the appositive opening at `at` names, with at most a title
    in capitals before it, else None."""
    people = [a for a in mentions.within(at, min(end, at + 60)) if _is_person(a)]
    if people and _TITLE_RUN.fullmatch(text, at, people[0].start):
        return people[0]
    return None


# '"...," he said, ' right after a quote: "he" or "she", a verb of saying, maybe whom
# told, then a comma and what follows.
_PRONOUN_TURN_THEN: Final = re.compile(
    r"[,!?]?[\"\u201d\u2019]\s+(?:he|she)\s+(?:said|says|added|adds|told\s+[^,.;:\"\u201c]{1,40}?)"
    r",\s+"
)


# Between the halves of a split quote: its closing mark, the turn with its verb of
# saying and nothing that ends a sentence, a comma and the reopening mark ('," she said, "',
# '," she recalled, "', '," he said, then, after a pause, "').
_SPLIT_TURN: Final = re.compile(
    r"[\"\u201d\u2019]\s+(?P<turn>[^\"\u201c\u201d\u2018\u2019.!?;:\n]{2,80}?),\s*[\"\u201c\u2018]"
)


# What opens a second clause between two verbs of saying in such a turn ("she said, and
# her husband, X, added"); "then" too ("she said, then X asked"), a pause after one verb
# ("she said, then, after a pause,") holding no second verb.
_SECOND_CLAUSE: Final = re.compile(r"\b(?:and|while|as|but|whereas|when|then)\b")


# A named attribution right after a quote: '," Amina Yusuf added', '," her husband X said'.
_OWN_NAMED_TURN_AFTER: Final = re.compile(
    r"[\"\u201d\u2019]?[^\S\n]*,?[^\S\n]+(?:[a-z]+[^\S\n]+){0,3}"
    r"(?:[A-Z][\w'\u2019-]*[^\S\n]+){1,4}" + _VERB.pattern
)


def _kin_spoke_alone(text: str, quote: Suggestion) -> bool:
    """True when the quote's attribution is "he/she said" and the sentence before it opens
    with a relative speaking alone ("X and his wife, Y, described the strike. ... His wife
    said she had heard nothing. '...,' she said"): the one relative, not the pair's head."""
    if _PRONOUN_SAID_AFTER.match(text, quote.end) is None:
        return False
    bounds = _previous_sentence(text, quote.start)
    return bounds is not None and _KIN_SAID_OPENING.match(text, *bounds) is not None


def _split_first_half(text: str, quote: Suggestion, last: Suggestion | None) -> Suggestion | None:
    """The quote `last` when `quote` is the second half of a quote it opens, split by a
    turn of attribution holding a verb of saying ('"...," she said, "and ..."'), else None."""
    if last is None or quote.start - last.end > 90:
        return None
    split = _SPLIT_TURN.fullmatch(text, last.end, quote.start)
    if split is None:
        return None
    if _OWN_NAMED_TURN_AFTER.match(text, quote.end) is not None:
        # '"...," one woman said, "...," Amina Yusuf added.': the second quote has a
        # named speaker of its own (review66s)
        return None
    if _VERB.search(text, *split.span("turn")) is None or _second_speaker_turn(
        text, *split.span("turn")
    ):
        return None
    return last


def _second_speaker_turn(text: str, start: int, end: int) -> bool:
    """True when the turn text[start:end] between two quotes holds a second clause with
    a verb of saying of its own ('," she said, and her husband, X, added, "', '," said A,
    while B said, "', '," A said, as B shouted, "'): the quote after it is not the same
    speaker's."""
    said = list(_VERB.finditer(text, start, end))
    return any(
        _SECOND_CLAUSE.search(text, first.end(), second.start()) is not None
        for first, second in pairwise(said)
    )


def _anonymous_pronoun_turn(text: str, quote: Suggestion, mentions: _Mentions) -> bool:
    """True when the quote's own attribution is "he/she said" and its next words say the
    speaker's name is withheld ('"...," he said, asking not to be named', '"...," she
    said, asking that her name not be used'): the speaker is anonymous, nobody named."""
    turn = _PRONOUN_TURN_THEN.match(text, quote.end)
    if turn is None:
        return False
    end = min(len(text), turn.end() + 80)
    stop = _SENTENCE_STOP.search(text, turn.end(), end)
    end = stop.start() if stop is not None else end
    # (the words right after the comma: not "..., he said, adding that one trader, who
    # asked not to be named, had lost everything")
    at = turn.end()
    lead = _ANONYMOUS_LEAD.match(text, at, end)
    if lead is not None:
        at = lead.end()
    withheld = _ANONYMOUS.match(text, at, end) or _ANONYMOUS_TURN.match(text, at, end)
    return withheld is not None and not mentions.within(turn.end(), end)


# More withholding words, read only right after the quote's own "he/she said," (never in
# the shared `_ANONYMOUS`, which the pronoun rule searches far back, where a third person's
# "who did not want to be named" would wipe a named speaker's quote): "asking not to be
# named", "who did not want to be identified", "asking that her name not be used".
_ANONYMOUS_TURN: Final = re.compile(
    r"(?:asking|requesting)\s+not\s+to\s+be\s+(?:named|identified)\b"
    r"|(?:did|does|do|would)\s+not\s+want\s+to\s+be\s+(?:named|identified)\b"
    r"|(?:asking|requesting)\s+that\s+(?:his|her|their)\s+names?\s+not\s+be\b"
)
# A sentence's stop: a full stop, question or exclamation mark before a space or the end.
_SENTENCE_STOP: Final = re.compile(r"[.!?](?:\s|$)")
# "speaking " or "who " before the withholding words: "speaking on condition of anonymity".
_ANONYMOUS_LEAD: Final = re.compile(r"(?:speaking|who)\s+")


# '"...," the spokesperson said' right after a quote, the noun bare (no body, no name).
_THE_BARE_SPOKESPERSON_SAID: Final = re.compile(
    r"[,!?.]?[\"\u201d\u2019]\s+the\s+(spokes(?:man|woman|person))\s+"
    r"(?:said|says|added|adds|told|tells)\b"
)
# "The IOM, through a spokesperson in Kabul, said", "EUMA said through a spokesperson".
_THROUGH_SPOKESPERSON: Final = re.compile(
    r"\bthrough\s+(?:an?|its|their)\s+(?:[a-z]+\s+)?(spokes(?:man|woman|person))\b"
)


def _spoke_through_spokesperson(
    text: str, quote: Suggestion, mentions: _Mentions, all_sentences: Sequence[Sentence]
) -> Extent | None:
    """The body of '<Body> ..., through a spokesperson ..., said ... "...," the
    spokesperson said': the sentence right before the quote, in its paragraph, opens with
    the body and says it spoke through an unnamed spokesperson of the same noun, and
    names no person (a named spokesman is the one meant). Else None."""
    said = _THE_BARE_SPOKESPERSON_SAID.match(text, quote.end)
    if said is None:
        return None
    previous = _sentence_before(all_sentences, _opening_mark(text, quote.start))
    if previous is None or "\n" in text[previous.end : quote.start]:
        return None
    through = _THROUGH_SPOKESPERSON.search(text, previous.start, previous.end)
    if through is None or (
        # (the same noun, or "spokesperson", which says neither sex)
        through.group(1) != said.group(1) and "spokesperson" not in (through[1], said[1])
    ):
        return None
    named = mentions.within(previous.start, previous.end)
    if not named or any(_is_person(a) for a in named):
        return None
    first = named[0]
    if first.start > through.start() or not _THE_OPENING.fullmatch(
        text, previous.start, first.start
    ):
        return None
    # the body that spoke: the last mention of the opening subject before "through", not
    # a possessor ("Kenya's Interior Ministry, through a spokesperson": the ministry)
    heads = [
        a for a in named if a.end <= through.start() and not _POSSESSIVE_AFTER.match(text, a.end)
    ]
    if not heads or "," in text[first.start : heads[-1].start]:
        return None
    return _extent(heads[-1])


# A quote attributed after it by "the" and a capitalised title or an abbreviation, no name:
# '"...," the SP said', '"...," the Ugaas said', '"...," the IG added'.
_THE_TITLE_SAID: Final = re.compile(
    r"[,!?]?[\"\u201d\u2019]\s+the\s+([A-Z][A-Za-z]{1,15})\s+"
    r"(?:said|says|added|adds|told|tells|replied|explained|continued)\b"
)


def _titled_person_said(text: str, quote: Suggestion, mentions: _Mentions) -> Extent | None:
    """The person '"...," the <Title> said' stands for, the quote's other rules having
    found nobody: the nearest of the eight people named before the quote (within 2,500
    characters) whom the text gave that title, right before the name ("Ugaas Nuur ...",
    "the Ugaas said"), in brackets beside it ("X, superintendent of police (SP) of ...",
    "the SP said"), or, for an abbreviation, by the initials of the role words set before
    the name ("the provincial inspector general of police, X," -> "the IG said")."""
    said = _THE_TITLE_SAID.match(text, quote.end)
    if said is None:
        return None
    title = said.group(1)
    i = mentions.previous_of_kind(bisect_left(mentions.starts, quote.start) - 1, person=True)
    seen = 0
    while i >= 0 and seen < 8:
        person = mentions.actors[i]
        i = mentions.previous_of_kind(i - 1, person=True)
        if person.end > quote.start:
            continue
        if quote.start - person.end > 2500:
            break
        seen += 1
        if _bears_title(text, person, title):
            return _extent(mentions.latest_mention_of(text, person, quote.start))
    return None


def _bears_title(text: str, person: Suggestion, title: str) -> bool:
    """True when the words round `person`'s mention give them `title` (see
    `_titled_person_said`)."""
    before = text[max(0, person.start - 80) : person.start]
    if re.search(rf"\b{re.escape(title)}\.?\s+$", before):
        return True
    after = text[person.end : person.end + 120]
    return bool(re.match(rf"[^.;\n\"\u201c\u201d]{{0,100}}?\({re.escape(title)}\)", after))


def _introduced_named_next(text: str, quote: Suggestion, mentions: _Mentions) -> Extent | None:
    """The person an unnamed speaker introduced before a quote is named as in the sentence
    right after it ('A former village guard ... "...?" he asked. The guard, X, 63, ...' ->
    X; '"...," the teacher said. His name, he told me, was X.' -> X), as a spokesman named
    later is (guideline, open point g); else None."""
    said = _SAID_BY_PRONOUN_OR_ROLE.match(text, quote.end)
    if said is None:
        return None
    named = _NAMED_NEXT.match(text, said.end())
    if named is None:
        return None
    role = named.group("role")
    if role is not None:
        described = said.group("role")
        if described is not None and described != role:
            return None
        if described is None and not re.search(
            rf"\b[Aa]n?\s+(?:[\w'\u2019-]+\s+){{0,4}}?{re.escape(role)}\b",
            text[max(0, quote.start - 400) : quote.start],
        ):
            return None  # no unnamed <role> introduced before the quote
    for actor in mentions.within(named.end(), min(len(text), named.end() + 60)):
        if _is_person(actor) and not text[named.end() : actor.start].strip(" "):
            return _extent(actor)
        break
    return None


# A quote's attribution by a pronoun or a role, ending its sentence: '?" he asked. ',
# '," the teacher said. '.
_SAID_BY_PRONOUN_OR_ROLE: Final = re.compile(
    r"[,!?.]?[\"\u201d]\s+(?:he|she|the\s+(?:[a-z-]+\s+){0,2}?(?P<role>[a-z]+))\s+"
    r"(?:said|says|asked|asks|added|adds|told\s+[a-z]+)\b[^.!?\"\u201c\u201d\n]{0,80}[.!?]\s+"
)
# The next sentence naming that speaker: "The guard, X", "His name, he said, was X".
_NAMED_NEXT: Final = re.compile(
    r"(?:The\s+(?P<role>[a-z]+),\s+"
    r"|(?:His|Her)\s+(?:(?:real|full)\s+)?name(?:,\s+[a-z][^,.;\"\u201c\u201d]{0,60},)?"
    r"\s+(?:is|was)\s+)"
)


_UNNAMED_BEFORE: Final = (_UNNAMED_SPEAKER, _SET_UNNAMED_SPEAKER, _ANONYMOUS)
_CAPITALISED_ROLES: Final = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}")


def _speaker_named_next(text: str, quote: Suggestion, mentions: _Mentions) -> Extent | None:
    """The person whose name opens the sentence right after a quote that ends its own
    sentence, as the subject of a verb of saying ('"... alone."' then 'Semenko said three
    of the dead ...'), for a quote nothing before it attributes; else None."""
    i = _next_sentence_start(text, quote)
    if i is None:
        return None
    # (the name after its titles and capitalised roles: "Councillor X said")
    named = mentions.within(i, min(len(text), i + 80))
    if (
        not named
        or not _is_person(named[0])
        or not _CAPITALISED_ROLES.fullmatch(text, i, named[0].start)
    ):
        return None
    person = _extent(named[0])
    if person is None or not _SAID_NEXT.match(text, person[1]):
        return None
    # (not after someone left unnamed: 'A nurse who asked not to be named told X that
    # ... . "..."' is the nurse's, whoever speaks next)
    said_at = max(0, quote.start - 400)
    if any(p.search(text, said_at, quote.start) for p in _UNNAMED_BEFORE):
        return None
    return person


def _next_sentence_start(text: str, quote: Suggestion) -> int | None:
    """Where the next sentence starts after a quote that ends its own sentence and then
    its closing marks ('"... alone." Semenko said'); None when the quote does not end a
    sentence, has no closing mark, or words run on after it."""
    if text[quote.end - 1 : quote.end] not in (".", "!", "?"):
        return None
    i = quote.end
    while i < len(text) and text[i] in _CLOSERS:
        i += 1
    if i == quote.end or i >= len(text) or not text[i].isspace():
        return None
    while i < len(text) and text[i].isspace():
        i += 1
    crosshead = _CROSSHEAD_LINE.match(text, i)
    if crosshead is not None and "\n\n" in text[quote.end : i]:
        # '"... alone."\n\nThe government answers\n\nSemenko said ...': a crosshead
        # between the quote and the next paragraph is no sentence of its own
        i = crosshead.end()
    return i


# A crosshead: a short capitalised line with no stop or quote mark, a blank line under it.
_CROSSHEAD_LINE: Final = re.compile(
    r"[A-Z][\w'\u2019-]*(?:[ \t]+[\w'\u2019-]+){0,7}[ \t]*\n[ \t]*\n\s*"
)


def _renamed_next(
    text: str, quote: Suggestion, person: Suggestion, mentions: _Mentions
) -> Extent | None:
    """The same person's later name opening the sentence right after a quote that ends
    its own sentence, as the subject of a verb of saying, for a quote `person` was found
    to say before it ('X, a farmer, said: "... here." Mr X said the ...' -> the second
    X: the mention right after the quote attributes it); else None. Someone else
    named there is a new speaker, and a name set off by a clause ("X, who ..., said")
    introduces more than it attributes: both keep the speaker."""
    i = _next_sentence_start(text, quote) if _is_person(person) else None
    if i is None:
        return None
    named = mentions.within(i, min(len(text), i + 40))
    if not named or not _is_person(named[0]):
        return None
    later = named[0]
    said = _SAID_NEXT.match(text, later.end)
    if (
        said is None
        or "," in said.group()
        or "(" in said.group()
        or not _CAPITALISED_ROLES.fullmatch(text, i, later.start)
    ):
        return None
    # (the same person by a shorter name: a run of the found name's words after the
    # first, "Nura Guyo Jillo" ... "Guyo", "Moctar Tahirou dan Baba" ... "Dan Baba"; the
    # very name the quote was found with, again, leaves the link with it)
    name = text[person.start : person.end].casefold().split()
    again = text[later.start : later.end].casefold().split()
    if not any(
        name[k : k + len(again)] == again for k in range(1, len(name) - len(again) + 1)
    ) and not _same_name_after_colon_paragraph(text, quote, name, again, i, mentions):
        return None
    return _extent(later)


def _same_name_after_colon_paragraph(
    text: str,
    quote: Suggestion,
    name: Sequence[str],
    again: Sequence[str],
    next_at: int,
    mentions: _Mentions,
) -> bool:
    """True when the name opening the paragraph after a quote is the very name the quote
    was found with, or one of the two opens the other ("Abdirahman" ... "Abdirahman
    Mohamed", "Chen Yiling" ... "Chen", a family name first), and the quote was introduced
    by a colon and ends its paragraph ('Police spokesman X told reporters: "..." ¶ X said
    the ...'): the dev gold links such a quote forward to the name opening the next
    paragraph (13 of 13), as it does a shorter name."""
    shorter = min(len(name), len(again))
    if not (
        list(name[:shorter]) == list(again[:shorter])
        and "\n\n" in text[quote.end : next_at]
        and _after_colon(text, _opening_mark(text, quote.start))
    ):
        return False
    if list(name) == list(again):
        return True
    # A longer or shorter name only where a person named before the quote has a name
    # opening with both ("Abdirahman Mohamed Farah" ... "Abdirahman" ... "Abdirahman
    # Mohamed"): else the longer name is someone else's ("spokesman Kim" ... "Kim Yo Jong")
    longer = list(name) if len(name) > len(again) else list(again)
    return any(
        first < quote.start and words[: len(longer)] == longer
        for first, words in mentions.person_names_by_first_word(text).get(longer[0], ())
    )


def _spokesperson_named_later(text: str, quote: Suggestion, mentions: _Mentions) -> Extent | None:
    """The person a quote's unnamed spokesperson is named as in the sentences after it
    ('"...," an army spokesman said. ... The spokesman, Colonel X, added ...' -> X): the
    speaker is named, so the quote links to that mention, as a headline quote links forward
    (guideline, open point g). None when the quote is not so attributed or no later
    sentence names the spokesperson before another quote opens."""
    if not (
        _UNNAMED_SPOKESPERSON_AFTER.match(text, quote.end)
        or _UNNAMED_SPOKESPERSON_BEFORE.search(text, max(0, quote.start - 200), quote.start)
    ):
        return None
    window_end = min(len(text), quote.end + 600)
    for mark in ('"', "\u201c"):
        opened = text.find(mark, quote.end + 2, window_end)
        if opened >= 0:
            window_end = opened  # never past the next quote: it may be someone else's
    named = _SPOKESPERSON_NAMED.search(text, quote.end, window_end)
    if named is None:
        # ... but the next quote's own attribution may name him: '"...," the spokesman, X,
        # told reporters' (the same spokesman goes on, and is named there)
        closed = _NEXT_QUOTE_CLOSE.search(text, window_end + 1, min(len(text), window_end + 800))
        if closed is not None:
            named = _SPOKESPERSON_NAMED.match(text, closed.end())
            window_end = min(len(text), closed.end() + 150)
    if named is None:
        return None
    return _extent(_named_right_after(mentions, text, named.end(), window_end))


# Between two quotes of one sentence, a verb coordinated with the first one's: 'said its
# troops had been "...", and accused the governor of "..."', '... "..." but warned "..."'.
_SAME_SUBJECT: Final = re.compile(
    # (an auxiliary too: 'said it "..." and had asked the office to "..."')
    r"[^.!?;:\"\u201c\u201d\n]{0,80}?,?\s+(?:and|but)\s+"
    r"(?:(?:also|later|then|had|has|have)\s+){0,2}"
    r"(?!said\b)[a-z]{3,}(?:ed|d)\b[^.!?;:\"\u201c\u201d\n]{0,120}?\s[\"\u201c\u2018']?"
)


# The attribution splitting one quote: '," said X, a trader, "', ',” she told AFP, “'.
# (the speaker's description may run long: '," said X, 46, a street vendor who fled with
# her three children to a school near the square, "and ...')
_SPLIT_BY_ATTRIBUTION: Final = re.compile(
    r"[\"'\u201d\u2019]\s+[^.!?;:\"\u201c\u201d\n]{0,60}?"
    + _VERB.pattern
    + r"[^.!?;:\"\u201c\u201d\n]{0,200}?,\s+[\"'\u201c\u2018]"
)


def _same_subject(
    text: str,
    quote: Suggestion,
    ends: list[tuple[int, int]],
    ordered: Sequence[Suggestion],
    decided: dict[tuple[int, int, str], Extent | None],
) -> tuple[bool, Extent | None]:
    """A quote after a verb coordinated with the speech verb of a quote earlier in its
    sentence has that quote's speaker: the subject of both verbs."""
    last = _last_ended_before(ends, ordered, quote.start)
    if last is None or last.end < quote.start - 240:
        return False, None
    if _SAME_SUBJECT.fullmatch(text, last.end + 1, quote.start) is not None:
        return True, decided.get(last.key)
    split = _SPLIT_BY_ATTRIBUTION.fullmatch(text, last.end, quote.start)
    if (
        split is not None
        and decided.get(last.key) is not None
        and not _second_speaker_turn(text, last.end, quote.start)
    ):
        # '"...," said Halima Omar, "but ..."': the words after the attribution are the
        # same speaker's
        return True, decided.get(last.key)
    return False, None


# Words written on a thing, introduced as "the words" it bears: "coffins draped in cloth
# bearing the words "...", "its tail carries the words painted in Russian: "...", "on the
# cardboard were the words: "..."". (Not "posted a photo with the words:", the poster's.)
_WRITTEN_WORDS_BEFORE: Final = re.compile(
    r"\b(?:bearing|bears|bore|carrying|carries|carried|were|was)\s+the\s+words"
    r"(?:\s+(?:painted|written|scrawled|sprayed|printed|stitched|embroidered|carved|etched)"
    r"(?:\s+[\w'\u2019-]+){0,4}?)?\s*[:,]?\s*$"
)
# The thing the words are written on, named before the verb: a cloth, a sign, a wall, a
# weapon ("coffins wrapped in cloth bearing", "its wing carries", "on the cardboard were")
# ... or a document or message someone issued, whose words are its issuer's ("The letter
# carried the words", "The video, released by the group, carried the words").
_WRITTEN_ON_THING: Final = re.compile(
    r"\b(?:(?P<thing>banners?|signs?|placards?|posters?|flags?|shrouds?|coffins?|caskets?"
    r"|cloths?|walls?|graffiti|drones?|missiles?|rockets?|shells?|bombs?|wings?|tails?"
    r"|fuselages?|hulls?|T-shirts?|shirts?|headbands?|armbands?|sashes|sash|scarf|scarves"
    r"|cardboard|boards?|billboards?|plaques?|tombstones?|gravestones?|stickers?|murals?"
    r"|tanks?|trucks?|vehicles?|helmets?)|(?P<issued>letters?|messages?|statements?"
    r"|videos?|posts?|notes?|leaflets?|communiqu[e\u00e9]s?|reports?|tweets?))\b"
)


# "holding a cardboard sign that read "', "carrying placards that read "', "A banner tied
# to it read "': a sign's words, read off it, in its own clause.
# (no text of its own that reads between them: "As protesters waved placards, a statement
# from the SPA read: "..."" is the SPA's; review62a S3)
_SIGN_READS_BEFORE: Final = re.compile(
    r"\b(?:banners?|signs?|placards?|posters?|boards?|shutters?)\b"
    r"(?:(?!\b(?:statements?|letters?|messages?|notes?|posts?|tweets?|communiqu[eé]s?"
    r"|texts?|reports?|declarations?|notices?|resolutions?|speech(?:es)?|bulletins?"
    r"|announcements?|e-?mails?|releases?|decrees?|orders?|rulings?|verdicts?|address"
    r"|appeals?|petitions?|memos?|SMS)\b|[A-Z])[^.;:!?\"\u201c\u201d\n]){0,60}?"
    r"\s(?:(?:that|which)\s+)?(?:read|reads|reading)\s*[:,]?\s*$"
)


def _sign_reads(text: str, opened: int) -> bool:
    """Whether the quote opened at `opened` is what a sign, a placard or a banner named
    just before "read" (words nobody named says, whoever holds the sign)."""
    return _SIGN_READS_BEFORE.search(text, max(0, opened - 90), opened) is not None


def _written_words(text: str, quote: Suggestion) -> tuple[bool, Extent | None]:
    """A quote of words written on a cloth, a sign or a weapon that "bears the words":
    nobody named says them, whoever carries or stands beside the thing. The thing is
    named just before the verb, and is no document or message (those words are their
    issuer's), nor are spoken words ("his last order was the words")."""
    opened = _opening_mark(text, quote.start)
    verb = _WRITTEN_WORDS_BEFORE.search(text, max(0, opened - 80), opened)
    if verb is None:
        return _sign_reads(text, opened), None
    nouns = list(_WRITTEN_ON_THING.finditer(text, max(0, verb.start() - 80), verb.start()))
    if not nouns or nouns[-1].group("thing") is None:
        return False, None
    return True, None


# 'It added that "', 'The reply added: "', 'The statement also said that "': a document
# (or the body, as "it") going on, its clause opening its sentence and naming nobody.
_DOCUMENT_GOES_ON: Final = re.compile(
    r"(?:It|The\s+(?:statement|report|reply|letter|communiqu[e\u00e9]|note|message|ruling"
    r"|judgment|judgement|document|post|video))\s+(?:also\s+|further\s+)?"
    r"(?:added|continued|went\s+on\s+to\s+say)(?:\s+that)?\s*[:,]?\s*$"
)


def _document_continues(
    text: str,
    quote: Suggestion,
    ends: list[tuple[int, int]],
    ordered: Sequence[Suggestion],
    decided: dict[tuple[int, int, str], Extent | None],
    mentions: _Mentions,
) -> tuple[bool, Extent | None]:
    """'"...," the statement read. ¶ It added that "..."', '... the minister wrote: ¶
    "..." ¶ The reply added that "..."': a sentence opening with "It" or the document
    and "added" or "continued", naming nobody, after a quote of the last two paragraphs
    with no name between, goes on with that quote's speaker (the document's issuer), not
    the body named last before it."""
    opened = _opening_mark(text, quote.start)
    begin = _sentence_start(text, opened)
    if _DOCUMENT_GOES_ON.fullmatch(text, begin, opened) is None:
        return False, None
    last = _last_ended_before(ends, ordered, begin + 1)
    if last is None or text.count("\n\n", last.end, begin) > 1:
        return False, None
    earlier = decided.get(last.key)
    if earlier is None or mentions.within(last.end, begin):
        return False, None
    said_by = mentions.at(earlier)
    if said_by is not None and _is_person(said_by) and not _issued_as_document(text, last):
        # ('X, a surgeon, said: "..." It added that "..."': "it" is no person, and a
        # report or statement is whoever issued it, not the person who last spoke)
        return False, None
    return True, earlier


# A quote's attribution to a written document: "the statement read", "said in a
# statement", "In the reply, the minister wrote:", "a letter".
_DOCUMENT_ATTRIBUTION: Final = re.compile(
    r"\b(?:statement|report|reply|letter|communiqu[e\u00e9]|note|message|ruling|judge?ment"
    r"|document|post|video|wrote|writes|written|read|reads)\b",
    re.IGNORECASE,
)


def _issued_as_document(text: str, quote: Suggestion) -> bool:
    """True when the quote's own attribution, before it in its sentence (or the sentence
    its colon ends) or after it in its sentence, names a document or writing."""
    opened = _opening_mark(text, quote.start)
    lead = opened
    i = opened - 1
    while i >= 0 and text[i] in " \t\n":
        i -= 1
    if i >= 0 and text[i] == ":":
        lead = i
    if _DOCUMENT_ATTRIBUTION.search(text, _sentence_start(text, lead), opened):
        return True
    if text[quote.end - 1 : quote.end] in (".", "!", "?"):
        return False  # the quote ends its sentence: what follows is no attribution of it
    tail_end = min(len(text), quote.end + 80, _sentence_end(text, quote.end + 1))
    return _DOCUMENT_ATTRIBUTION.search(text, quote.end, tail_end) is not None


# '"...," she added', '"...," it went on', '"...," added he': a speaker who spoke before.
_CONTINUED_BY: Final = re.compile(
    r"[,!?;\u2014-]?[\"'\u201d\u2019]?\s+(?:(he|she|it)\s+(?:added|adds|continued|continues"
    r"|went\s+on)|(?:added|adds|continued|continues)\s+(he|she|it))\b"
)


# A quote's attribution that goes on to a second quote: '"...," the statement said,
# adding that a "' (from the close of the quote before to the open of this one; no
# sentence end or other quote between, the added clause at most 200 characters).
_ADDING_AFTER_ATTRIBUTION: Final = re.compile(
    r"[,.!?]?[\"\u201d]\s+[^\".;:!?\u201c\u201d\n]{1,60}?\s+(?:said|says|added|stated|wrote)"
    r"(?:\s+(?:on|in)\s+[A-Za-z]+(?:\s+[A-Za-z]+)?)?,\s+adding\s+(?:that\s+)?"
    r"(?P<added>[^\".;!?\u201c\u201d\n]{0,200})[\"\u201c]"
)


# Verbs by which others name what the added clause quotes, in the forms `_VERB` lacks:
# "which doctors call "death traps"", "what rights groups describe as", "dubbed".
_NAMING_IN_ADDED_CLAUSE: Final = re.compile(
    r"\b(?:call|describe|term|terms|label|labels|brand|dub|dubs|dubbed|nicknamed?|refer"
    r"|refers|known\s+as|so-called)\b"
)


def _adding_after_attribution(
    text: str,
    quote: Suggestion,
    ends: list[tuple[int, int]],
    ordered: Sequence[Suggestion],
    decided: dict[tuple[int, int, str], Extent | None],
) -> tuple[bool, Extent | None]:
    """'"...," the communique said, adding that six soldiers were missing and that "..."':
    the speaker of the quote whose attribution goes on with "adding that" (12 such quotes
    in the dev gold, all the first quote's), unless the added clause has a speech verb of
    its own ("adding that the rebels had called it "..."") or the first quote has no
    speaker."""
    last = _last_ended_before(ends, ordered, quote.start)
    if last is None or quote.start - last.end > 300:
        return False, None
    adding = _ADDING_AFTER_ATTRIBUTION.fullmatch(text, last.end, quote.start)
    if (
        adding is None
        or _VERB.search(adding.group("added"))
        or _NAMING_IN_ADDED_CLAUSE.search(adding.group("added"))
    ):
        # (nor when others name the words: "adding that hospitals, which doctors call
        # "death traps", were full", "what rights groups describe as "a massacre"" (review72g))
        return False, None
    earlier = decided.get(last.key)
    return (True, earlier) if earlier is not None else (False, None)


def _continued(
    text: str,
    quote: Suggestion,
    ends: list[tuple[int, int]],
    ordered: Sequence[Suggestion],
    decided: dict[tuple[int, int, str], Extent | None],
    mentions: _Mentions,
) -> tuple[bool, Extent | None]:
    """'"...," she added' after a quote of a few sentences before whose speaker the pronoun
    fits (a person for he and she, of no other gender; a body for it): that speaker, at
    their nearest mention, whatever names came between ("Amina Yusuf told the governor,
    Ibrahim Musa, ... she said. Musa promised tankers. '...,' she added": Amina Yusuf)."""
    said = _CONTINUED_BY.match(text, quote.end)
    if said is None:
        return False, None
    if _SAID_COLON_BEFORE.search(text, max(0, quote.start - 80), quote.start):
        # 'In a video statement, he said: "... ," he added': the quote's own attribution
        # before it opens, not a turn of the quote before
        return False, None
    last = _last_ended_before(ends, ordered, quote.start)
    if last is None or quote.start - last.end > 700:
        return False, None
    earlier = decided.get(last.key)
    speaker = None if earlier is None else mentions.at(earlier)
    if speaker is None:
        return False, None
    pronoun = (said.group(1) or said.group(2)).lower()
    bounds = _previous_sentence(text, quote.start)
    if (
        pronoun != "it"
        and bounds is not None
        and bounds[0] >= last.end
        and _KIN_SAID_OPENING.match(text, *bounds)
    ):
        # ('"...," Petro said. His wife said she had heard nothing. "...," she said': the
        # relative who spoke since, read as the pronoun's sentence before)
        return False, None
    if pronoun != "it":
        body = mentions.spokesperson_body_since(text, last.end, quote.start)
        if body is not None:
            # ('"...," said X. A KDF spokesman said ... . "...," he added': the body the
            # spokesman who spoke since speaks for)
            return True, _extent(body)
    if pronoun == "it":
        fits = not _is_person(speaker)
    else:
        fits = _is_person(speaker) and mentions.gender(text, speaker) in (
            "",
            _PRONOUN_GENDER[pronoun],
        )
    if not fits:
        return False, None
    return True, _extent(mentions.latest_mention_of(text, speaker, quote.start))


# A verb of saying and a colon right before a quote's opening mark: 'he said: "'.
_SAID_COLON_BEFORE: Final = re.compile(
    r"\b(?:" + _VERB.pattern + r")(?:\s+[\w'\u2019-]+){0,4}?\s*:\s*[\"'\u201c\u2018]?\s*$"
)
# ... said by a pronoun: 'he said: "', 'she told reporters: "'.
_PRONOUN_SAID_COLON: Final = re.compile(
    r"\b([Hh]e|[Ss]he)\s+(?:" + _VERB.pattern + r")(?:\s+[\w'\u2019-]+){0,4}?\s*:\s*"
    r"[\"'\u201c\u2018]?\s*$"
)
# The quote's attribution names nobody: '"...," he told AFP.', '"...," a man said.'
_UNNAMED_TURN: Final = re.compile(
    r"[,.!?;\"'\u201d\u2019\s]*(?:he|she|they|(?:an?|one|another)\s+[a-z][a-z\s-]{0,40}?)\s+"
    + _VERB.pattern,
    re.IGNORECASE,
)
# A he or she opening a sentence after an adverb or an opening phrase: "Then he looks
# away.", "Asked why, she shrugs.", "Later he added".
_PRONOUN_SUBJECT: Final = re.compile(
    r"(?:(?:Then|Now|Later|Still|But|And|Again|Finally|Instead|Today|Here)\s+|[^,.!?]{3,80},\s+)"
    r"(he|she)\s+[a-z]+\b"
)


def _outermost(ordered: Sequence[Suggestion]) -> list[Extent]:
    """The extents of the quotes in `ordered` (sorted by start) that no other quote holds."""
    outer: list[Extent] = []
    for quote in ordered:
        if not outer or quote.start >= outer[-1][1]:
            outer.append((quote.start, quote.end))
    return outer


def _dateline_agency(text: str, actor: Suggestion) -> bool:
    """True for the agency in brackets after a paragraph's dateline: "KYIV (AP) - "."""
    return (
        text[actor.start - 1 : actor.start] == "("
        and _AGENCY_CLOSES_DATELINE.match(text, actor.end) is not None
        and _DATELINE_OPENS.search(text, max(0, actor.start - 80), actor.start) is not None
    )


def _byline_author(text: str, actor: Suggestion) -> bool:
    """True for a person named on a byline line: "By X", "By X and Y", "By X in Kyiv"."""
    line_start = text.rfind("\n", 0, actor.start) + 1
    line_end = text.find("\n", actor.end)
    line_end = len(text) if line_end < 0 else line_end
    byline = _BYLINE_OPENS.fullmatch(text, line_start, actor.start)
    return (
        byline is not None
        and _is_person(actor)
        and line_end - line_start <= 120
        # (a sentence that opens with "By": "By noon the mayor, X, wrote on X:")
        and _BYLINE_SPEECH.search(text, line_start, line_end) is None
    )


# "By " and the names before this one ("By X and "): any other words are a sentence's.
_BYLINE_OPENS: Final = re.compile(
    r"[ \t]*(?:By|BY)\s+(?:[A-Z][\w'\u2019.-]*(?:\s+|,\s*)|(?:and|&)\s+)*"
)
_BYLINE_SPEECH: Final = re.compile(r"[:\"\u201c\u201d]|\.\s+[A-Z]")
# The bracket and the dash that close a dateline after its agency: ") - ", ") — ".
_AGENCY_CLOSES_DATELINE: Final = re.compile(r"\)\s*[-\u2013\u2014:]\s")
# A dateline from its paragraph's start to the agency's bracket: "KOBLENZ, Germany (".
_DATELINE_OPENS: Final = re.compile(
    r"(?:^|\n)[ \t]*[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3}(?:,[^\n()\u2013\u2014]{1,40})?\s*\($"
)


def _outside(actors: Sequence[Suggestion], outer: list[Extent]) -> list[Suggestion]:
    """The `actors` that lie inside none of the sorted, disjoint `outer` quotes (one pass)."""
    kept = []
    i = 0
    for actor in sorted(actors, key=_START):
        while i < len(outer) and outer[i][1] <= actor.start:
            i += 1
        if (
            i < len(outer)
            and outer[i][0] <= actor.start
            and actor.end <= outer[i][1]
            # (a name that is all the quote holds is a name in quote marks, not words
            # spoken: 'a commander who goes by the alias "Jhonier", told ...')
            and (actor.start, actor.end) != outer[i]
        ):
            continue
        kept.append(actor)
    return kept


def _inside_any_quote(outer: list[Extent], span: Suggestion) -> bool:
    """True when `span` lies inside one of the `outer` quotes without being that quote."""
    i = bisect_left(outer, (span.start + 1, -1)) - 1
    return (
        i >= 0
        and outer[i][0] <= span.start
        and span.end <= outer[i][1]
        and (outer[i][0], outer[i][1]) != (span.start, span.end)
    )


def _last_ended_before(
    ends: list[tuple[int, int]], ordered: Sequence[Suggestion], offset: int
) -> Suggestion | None:
    """The decided quote with the greatest end before `offset` (the first of equals)."""
    i = bisect_left(ends, (offset, -1)) - 1
    if i < 0:
        return None
    first_of_equals = bisect_left(ends, (ends[i][0], -1))
    return ordered[ends[first_of_equals][1]]


def _speaker_said(text: str, mentions: _Mentions, sentence: Sentence) -> bool:
    """True when a person opens `sentence` as the subject of a speech verb ("X, a
    fisherman, said ...")."""
    said = _VERB.search(text, sentence.start, sentence.end)
    people = [a for a in mentions.within(sentence.start, sentence.end) if _is_person(a)]
    return (
        said is not None
        and bool(people)
        and people[0].start < said.start()
        and _only_roles(text[sentence.start : people[0].start])
    )


def _introduces_speaker(text: str, mentions: _Mentions, sentence: Sentence) -> bool:
    """True when `sentence`, ending the paragraph before a quote paragraph, names who says
    it: a person opening it (after roles, an opening phrase or the role they are apposed
    to), a person after its speech verb, a body opening it as the subject of a speech
    verb, a she/he about the person before, or a person opening its clause after "but"."""
    said = _VERB.search(text, sentence.start, sentence.end)
    named = mentions.within(sentence.start, sentence.end)
    people = [a for a in named if _is_person(a)]
    if (
        people
        and (
            _only_roles(text[sentence.start : people[0].start])
            # "Asked what he would do next, X shrugged.": after an opening phrase
            or _OPENING_PHRASE.fullmatch(text, sentence.start, people[0].start) is not None
            # "The army said it had retaken the town, but X, a resident, disputed that.":
            # the subject of the clause after the contrast
            or any(
                _only_roles(text[contrast.end() : people[0].start])
                for contrast in _CONTRAST.finditer(text, sentence.start, people[0].start + 1)
            )
        )
    ):
        return True
    if said is not None and (
        # "The shelling killed 12 people, said X, the district commissioner."
        (people and not text[said.end() : people[0].start].strip())
        # "Human Rights Watch said in a report that ...": a body opening the
        # sentence as the subject of its speech verb
        or (
            named
            and not _is_person(named[0])
            and _THE_OPENING.fullmatch(text, sentence.start, named[0].start)
            and (
                speech_follows(text, named[0].end)
                # ("Ukraine's air force said it had shot down ...": the state's body)
                or _OWNED_BODY_SAID_NEXT.match(text, named[0].end) is not None
            )
        )
    ):
        return True
    if people and _ACCORDING_BEFORE_NAME.search(text, sentence.start, people[0].start):
        # "At least 40 died, according to X, the head of the committee.": the source the
        # sentence ends on, as "..., X said." is
        return True
    if not named and _PRONOUN_PERSON_OPENING.match(text, sentence.start):
        # "X, 45, was at the market. She ran home.\n\n\"...\"": the person the
        # paragraph is about, through the pronoun opening its last sentence
        return True
    # (a person opening the sentence before is its subject, speaking verb or not:
    # "Ali Bako, a trader, lost two sons.\n\n\"They were farmers.\"")
    return said is not None and bool(people) and people[0].start <= said.start()


# A sentence of the toll: the dead, the wounded, the missing (no verb of saying).
_TOLL_ASIDE: Final = re.compile(
    r"\b(?:dead|killed|died|wounded|injured|bodies|victims|missing)\b", re.IGNORECASE
)


# "of" or "for" right before the person: someone unnamed who is his ("the widow of X").
_KIN_OF_BEFORE: Final = re.compile(r"\b(?:of|for)\s+(?:the\s+(?:late\s+)?)?$")


def _ends_on_named_source(text: str, mentions: _Mentions, sentence: Sentence) -> bool:
    """True when `sentence` ends on the person who is its source: after an inverted "said"
    ("..., said X, a member of the council.")."""
    # (its last 300 characters: the source ends it, and a page of no full stop is not read
    # whole for each quote)
    start = max(sentence.start, sentence.end - 300)
    people = [a for a in mentions.within(start, sentence.end) if _is_person(a)]
    if not people:
        return False
    last = people[-1]
    if _KIN_OF_BEFORE.search(text, max(start, last.start - 30), last.start) is not None:
        # "..., said the widow of X.", "..., the brother of X said.": not X (review66s)
        return False
    inverted = None
    for inverted in _INVERTED_SOURCE.finditer(  # noqa: B007
        text, max(sentence.start, last.start - 100), last.start
    ):
        pass
    if inverted is None:
        return False
    gap = text[inverted.end() : last.start]
    return (
        gap.count(",") <= 1
        and _INVERTED_GAP_STOP.search(gap) is None
        and _VERB.search(gap) is None
        and text[last.end : last.end + 1] in (",", ".")
        and _VERB.search(text, last.end, sentence.end) is None
    )


def _toll_aside_after_source(
    text: str, mentions: _Mentions, earlier: Sentence, aside: Sentence
) -> bool:
    """True when `aside`, the sentence after `earlier`, adds to a toll with no verb of
    saying and no name ("Three teachers were also among the dead.") and `earlier` ends on
    its named source (spk66: the quote paragraph after goes on in that source's words)."""
    return (
        aside.end - aside.start <= 400
        and _TOLL_ASIDE.search(text, *aside) is not None
        and _VERB.search(text, *aside) is None
        and not mentions.within(*aside)
        and _ends_on_named_source(text, mentions, earlier)
    )


# "according to" and up to four words of titles right before a person's name.
_ACCORDING_BEFORE_NAME: Final = re.compile(r"\baccording\s+to\s+(?:[\w.'\u2019-]+\s+){0,4}?$")


def _standalone(
    text: str,
    quote: Suggestion,
    last: Suggestion | None,
    decided: dict[tuple[int, int, str], Extent | None],
    mentions: _Mentions,
    all_sentences: Sequence[Sentence],
) -> Extent | None:
    previous_sentence = _sentence_before(all_sentences, _opening_mark(text, quote.start))
    if previous_sentence is None:
        return None
    if (
        last is not None
        and previous_sentence.start > last.end
        and not text[last.end : previous_sentence.start].strip(_CLOSERS + ".,!?; \t")
        # (not when a full stop after the closing mark ends the quote's sentence: 'it warned
        # of "a serious risk". The office's delegate, X, put it bluntly.')
        and not _STOP_AFTER_CLOSER.search(text, last.end, previous_sentence.start)
    ):
        # '"...?" she said. "..."': the attribution the splitter made a sentence of its
        # own belongs to the quote before
        previous_sentence = Sentence(last.end, previous_sentence.end)
    if last is not None and last.end >= previous_sentence.start and decided[last.key] is not None:
        return decided[last.key]
    if (
        last is not None
        and last.end >= previous_sentence.start
        and _UNNAMED_TURN.match(text, last.end, previous_sentence.end)
    ):
        # '"...," he told AFP. "..."' after an unnamed speaker: still nobody named, not
        # the outlet he told
        return None
    if (
        "\n\n" in text[previous_sentence.end : quote.start]
        and last is None
        and not _introduces_speaker(text, mentions, previous_sentence)
    ):
        # A quote paragraph after a paragraph that ends by naming someone who spoke ("Sara
        # Lind, head of ..., said the hospital was overwhelmed.") is theirs; else nobody's,
        # unless that last sentence names nobody after the one where someone spoke ("X, a
        # fisherman, said the boats had not gone out. The port has been closed since.")
        earlier = _sentence_before(all_sentences, previous_sentence.start - 1)
        if (
            earlier is None
            or mentions.within(previous_sentence.start, previous_sentence.end)
            or "\n" in text[earlier.end : previous_sentence.start]
            or not (
                _speaker_said(text, mentions, earlier)
                or _toll_aside_after_source(text, mentions, earlier, previous_sentence)
            )
        ):
            return None
        previous_sentence = earlier
    elif (
        (earlier := _sentence_before(all_sentences, previous_sentence.start - 1)) is not None
        and "\n" not in text[earlier.end : previous_sentence.start]
        and _toll_aside_after_source(text, mentions, earlier, previous_sentence)
    ):
        # '..., the mayor, X, said. A farm worker was among the dead in Y.\n\n"..."': a
        # sentence of the toll after the source's own, in its paragraph, goes on in his words
        previous_sentence = earlier
    if last is not None and decided[last.key] is not None:
        aside = _aside_since(text, mentions, all_sentences, last, quote) or (
            _same_pronoun_since(text, mentions, all_sentences, last, quote)
        )
        if aside:
            # '"...," said X, whose son was among the dead. He was 17. "..."': a sentence
            # or two of fact that name nobody and report no words or acts, then a quote
            # in the same paragraph: the speaker of the quote before goes on
            return decided[last.key]
    # Only what stands before the quote: a mention inside it never says it.
    before = Sentence(previous_sentence.start, min(previous_sentence.end, quote.start))
    return _previous_subject(text, mentions, before, quote.start)


def _aside_since(
    text: str,
    mentions: _Mentions,
    all_sentences: Sequence[Sentence],
    last: Suggestion,
    quote: Suggestion,
) -> bool:
    """True when one or two short sentences of fact ("He was 17.") stand between the
    sentence where quote `last` ends and `quote`, in one paragraph, naming nobody and
    with no verb of saying."""
    if quote.start - last.end > 240 or "\n" in text[last.end : quote.start]:
        return False
    i = bisect_right(all_sentences, (last.end, len(text))) - 1
    if i < 0:
        return False
    after_last = all_sentences[i].end
    between = _sentences_between(all_sentences, i + 1, after_last, quote.start)
    if not 1 <= len(between) <= 2 or between[-1].start > quote.start:
        return False
    start, end = between[0].start, between[-1].end
    if text[end : quote.start].strip(" \t") not in ("", '"', "\u201c"):
        return False
    return (
        not mentions.within(start, end)
        and _VERB.search(text, start, end) is None
        # (a fact, not someone's act: "The priest nodded. "..."" is the priest's)
        and all(_FACT_ASIDE.match(text, *sentence) for sentence in between)
    )


def _sentences_between(
    all_sentences: Sequence[Sentence], first: int, start: int, end: int
) -> list[Sentence]:
    """The sentences from index `first` on that lie within text[start:end], read only up
    to `end` (they are sorted by start: none past it can end before it), so that a page of
    quotes on one line costs each quote its own neighbourhood, not the whole page."""
    found = []
    for k in range(first, len(all_sentences)):
        sentence = all_sentences[k]
        if sentence.start > end:
            break
        if sentence.start >= start and sentence.end <= end:
            found.append(sentence)
    return found


def _same_pronoun_since(
    text: str,
    mentions: _Mentions,
    all_sentences: Sequence[Sentence],
    last: Suggestion,
    quote: Suggestion,
) -> bool:
    """True when quote `last` is attributed by a pronoun ('"...," he said.') and one or
    two sentences naming nobody, each with that pronoun as its subject ("Asked about the
    medals, he shrugged."), stand between it and `quote` in one paragraph: the pronoun goes
    on standing for the speaker of `last`."""
    if quote.start - last.end > 300 or "\n" in text[last.end : quote.start]:
        return False
    said = _PRONOUN_SAID_AFTER.match(text, last.end)
    if said is None:
        return False
    i = bisect_right(all_sentences, (last.end, len(text))) - 1
    if i < 0:
        return False
    after_last = all_sentences[i].end
    between = _sentences_between(all_sentences, i + 1, after_last, quote.start)
    if not 1 <= len(between) <= 2:
        return False
    start, end = between[0].start, between[-1].end
    if text[end : quote.start].strip(" \t") not in ("", '"', "\u201c"):
        return False
    pronoun = said.group(1).lower()
    for sentence in between:
        subject = _PRONOUN_SUBJECT.match(text, *sentence) or _PRONOUN_OPENS.match(text, *sentence)
        if subject is None or subject.group(1).lower() != pronoun:
            return False
    return not mentions.within(start, end)


# The pronoun attributing a quote right after its closing mark: '," he said'.
_PRONOUN_SAID_AFTER: Final = re.compile(
    r"[,!?]?[\"\u201d\u2019]\s+(he|she)\s+(?:said|says|added|adds|told|replied|asked)\b"
)
# A sentence opening with a subject pronoun: "He shrugged."
_PRONOUN_OPENS: Final = re.compile(r"\s*(He|She)\s+[a-z]+\b")


# A sentence of fact about someone or something: "He was 17.", "It had no roof."
_FACT_ASIDE: Final = re.compile(
    r"\s*(?:He|She|It|They|There|This|That)\s+(?:is|was|were|are|had|has|have)\b"
)


# A quote's closing mark, then the full stop of the sentence that holds it.
_STOP_AFTER_CLOSER: Final = re.compile(r"[\"'\u201d\u2019\u00bb\u203a][.!?]")
# Nothing, or "The", before a body's name opening its sentence.
_THE_OPENING: Final = re.compile(r"\s*(?:The\s+)?")
# A sentence whose subject is "He" or "She" opening it: "She ran home.", "He says".
_PRONOUN_PERSON_OPENING: Final = re.compile(r"\s*(?:He|She)\s+[a-z]")


# An interview's headline after its quote: '": a refugee leader in Goris on two years of
# exile', '" \u2013 UNHCR's representative in Chad on new arrivals' (who, then "on" a topic).
_INTERVIEW_HEADLINE: Final = re.compile(
    r"[\"\u201d\u2019']?\s*[:\u2013\u2014-]\s+(?:[Aa]n?\s|[Tt]he\s|[A-Z][\w.-]*['\u2019]s\s)"
    r"[^\n\"\u201c\u201d]{3,80}?\s+on\s+[^\n]{3,120}$"
)
# ... and the body's sentence that introduces the one interviewed: "X, 52, a former school
# director, ... spoke to EVN Report", "X, Representative of UNHCR, spoke to UN News".
_SPOKE_TO: Final = re.compile(r"\b(?:spoke|talked)\s+to\b")


def _pull_quote_crossheads(
    text: str,
    ordered: Sequence[Suggestion],
    decided: dict[tuple[int, int, str], Extent | None],
    mentions: _Mentions,
) -> None:
    """A crosshead that is only a short quote ("'The dead were lying near the roundabout'",
    '16:20 GMT - "We had no warning"'), left without a speaker by the later quotes, takes the
    person whose name opens the paragraph under it as the subject of a verb of saying
    ("Khaled al-Mabrouk, a 45-year-old shopkeeper, said his family ..."): a feature's pull
    quote of the witness it introduces next. A body, or a paragraph opening on anything else,
    gives no link."""
    first_line_end = text.find("\n")
    if first_line_end < 0:
        return
    for quote in ordered:
        if quote.start < first_line_end or decided.get(quote.key) is not None:
            continue
        if quote.end - quote.start > 80:
            continue
        if _PULL_QUOTE_CLAUSE_REVIEW73E.search(text, quote.start, quote.end) is None:
            continue  # (a slogan, a plea, a title or a label: "Not guilty", "Never again")
        # (a crosshead's line holds at most an entry time and the opening mark before the
        # quote: look back a bounded stretch, not to the start of a long line, which read
        # the whole line once per quote on a page of one long paragraph)
        if _PULL_QUOTE_LINE_SPK73.search(text, max(0, quote.start - 80), quote.start) is None:
            continue
        below = _BLANK_LINE_UNDER_SPK73.match(text, quote.end)
        if below is None:
            continue
        i = below.end()
        named = mentions.within(i, min(len(text), i + 80))
        if not named or not _is_person(named[0]):
            continue
        if not _CAPITALISED_ROLES.fullmatch(text, i, named[0].start):
            continue
        if _PULL_QUOTE_SAID_SPK73.match(text, named[0].end) is None:
            continue
        decided[quote.key] = _extent(named[0])


# The verb of saying right after a heading's name where the body repeats it: "UNRWA, says",
# "(UNIFIL) said", "military says".
_HEADING_NAME_SAYS_SPK73: Final = re.compile(
    r"\)?,?\s+(?:(?:also|later|earlier|has|had)\s+)?(?:said|says|told|tells|stated|states)\b"
)
# ... the end of a heading's line after its quote: a few words ("'alarmed' by
# displacement"), then a blank line.
_HEADING_LINE_END_SPK73: Final = re.compile(r"[\"'\u201d\u2019.!?]*[^\n.!?\"]{0,40}\n[ \t]*\n\s*")
# What may open the paragraph before the heading's name as its subject: "The ", "The UN
# agency for Palestinian refugees, ", "The United Nations Interim Force in Lebanon (";
# not a verb's object ("Israel accused UNRWA, said to employ ...").
_BODY_SUBJECT_OPENING_REVIEW73E: Final = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][^,.;:()\n]{0,80}(?:,\s*|\s*\())?"
    # (or its unnamed spokesperson: "A spokesman for UNHCR said", open point h)
    r"|(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+){0,2}(?:spokes(?:man|woman|person)|official)\s+"
    r"(?:for|of)\s+(?:the\s+)?"
)
# The end of a crosshead's line after its quote: closing marks, then a blank line.
_BLANK_LINE_UNDER_SPK73: Final = re.compile(r"[\"'\u201d\u2019.!?]*[ \t]*\n[ \t]*\n\s*")


def _heading_speaker_in_body(
    text: str,
    ordered: Sequence[Suggestion],
    decided: dict[tuple[int, int, str], Extent | None],
    mentions: _Mentions,
) -> None:
    """A crosshead's quote linked to the name in its own heading ("UNRWA: 'Nowhere in Gaza is
    safe'", "UNIFIL 'concerned'", "13:40 GMT - Israeli military says it hit 'command
    centre'") moves to the same name where the paragraph under the heading attributes it,
    as the subject of its first verb of saying ("The UN agency for Palestinian refugees,
    UNRWA, says", "The United Nations Interim Force in Lebanon (UNIFIL) said"): the
    guideline links a headline quote to the body mention that attributes the words. Another
    name there, or the name not the verb's subject, leaves the heading's link."""
    first_line_end = text.find("\n")
    if first_line_end < 0:
        return
    for quote in ordered:
        speaker = decided.get(quote.key)
        if quote.start < first_line_end or speaker is None or speaker[1] > quote.start:
            continue
        # (the heading's line is at most 120 characters up to its end: look back no further)
        line_start = text.rfind("\n", max(0, quote.start - 121), quote.start) + 1
        if line_start == 0 and quote.start > 121:
            continue
        if speaker[0] < line_start or text[max(0, line_start - 2) : line_start] != "\n\n":
            continue
        below = _HEADING_LINE_END_SPK73.match(text, quote.end)
        if below is None or below.start() - line_start > 120:
            continue
        if re.search(r"[.!?;]\s", text[line_start : below.start()]):
            continue  # (a sentence of the body, not a heading)
        i = below.end()
        name = text[speaker[0] : speaker[1]].lower()
        sentence_end = text.find(".", i, min(len(text), i + 300))
        for mention in mentions.within(i, i + 300 if sentence_end < 0 else sentence_end):
            if text[mention.start : mention.end].lower() != name:
                continue
            if _HEADING_NAME_SAYS_SPK73.match(
                text, mention.end
            ) is not None and _BODY_SUBJECT_OPENING_REVIEW73E.fullmatch(text, i, mention.start):
                decided[quote.key] = _extent(mention)
            break


def _interview_headline_quotes(
    text: str,
    ordered: Sequence[Suggestion],
    decided: dict[tuple[int, int, str], Extent | None],
    mentions: _Mentions,
) -> None:
    """An interview's headline quote left without a speaker ('"We left with the keys": a
    refugee leader in Goris on two years of exile') takes the person who opens the
    sentence that says whom the outlet spoke to in the first paragraphs: the interviewee,
    whose answers the headline quotes. No such sentence, no link."""
    first_line_end = text.find("\n")
    if first_line_end < 0:
        return
    for quote in ordered:
        if quote.end > first_line_end or decided.get(quote.key) is not None:
            continue
        if not _INTERVIEW_HEADLINE.match(text, quote.end, first_line_end):
            continue
        spoke = _SPOKE_TO.search(text, first_line_end, min(len(text), first_line_end + 1500))
        if spoke is None:
            return
        opened = _sentence_start(text, spoke.start())
        subject_end = spoke.start()
        if text[opened : spoke.start()].strip() in ("He", "She"):
            # ("X, 52, ... heads a council in Goris. She spoke to EVN Report"): the person
            # opening the sentence before
            before = _previous_sentence(text, opened)
            if before is None:
                continue
            opened, subject_end = before
        people = [a for a in mentions.within(opened, subject_end) if _is_person(a)]
        if people and not text[opened : people[0].start].strip():
            decided[quote.key] = _extent(people[0])


def _headline_quotes(
    text: str, ordered: Sequence[Suggestion], decided: dict[tuple[int, int, str], Extent | None]
) -> None:
    """A headline quote, or a crosshead (a line that is only a short quote: "'They cut the
    water'" above the section that quotes it, or a heading that labels it: 'Mayor of X:
    "We stopped counting"' over a live blog's entry), takes the speaker of the later quote
    that repeats its words, as the guideline links a headline quote to the body mention
    that attributes the same words. The deck lines under the headline (lines set as
    headlines are, with no full stop at their end, before the body's first sentence) are
    read as the headline."""
    first_line_end = text.find("\n")
    if first_line_end < 0:
        return
    starts: list[int] | None = None
    spoken: dict[int, str] = {}
    said_words: dict[int, list[str]] = {}

    def _words_of(k: int, lowered: str) -> list[str]:
        found = said_words.get(k)
        if found is None:
            found = said_words[k] = _WORD.findall(lowered)
        return found

    # A standfirst (the lines between the headline and a byline at the top) is read as
    # the headline: its quotes repeat the body's too.
    byline = _TOP_BYLINE.search(text, first_line_end, min(len(text), 800))
    top_end = first_line_end if byline is None else byline.start()
    # ... and so are the paragraphs between the headline and the body's dateline when no
    # byline stands there ("KARACHI – ...", "KYIV, Ukraine (AP) — ..."), where a quote
    # its own words leave unattributed ("The army says relief is '...'") takes the body's
    dateline = None if byline is not None else _TOP_DATELINE.search(text, first_line_end, 800)
    standfirst_end = first_line_end if dateline is None else dateline.start()
    deck_end = _deck_end(text, first_line_end)
    for quote in ordered:
        line_start = text.rfind("\n", 0, quote.start) + 1
        line_end = text.find("\n", quote.end)
        line_end = len(text) if line_end < 0 else line_end
        in_deck = quote.end <= deck_end
        if (
            not in_deck
            and top_end < quote.end <= standfirst_end
            and decided.get(quote.key) is not None
        ):
            continue  # a standfirst quote its own sentence attributes keeps its speaker
        heading = (
            quote.end - quote.start <= 80
            and _MARKS_ONLY.fullmatch(text, quote.end, line_end) is not None
            and (
                _MARKS_ONLY.fullmatch(text, line_start, quote.start) is not None
                or _labelled_heading(text, line_start, quote.start)
            )
        )
        timed = _ENTRY_TIME.match(text, line_start, quote.start)
        # (a live blog's timed entry heading: 'Military says it hit a "training camp"')
        entry = timed is not None and _timed_heading(text, timed.end(), quote, line_end)
        if quote.end > max(top_end, standfirst_end, deck_end) and not (heading or entry):
            continue  # neither in the headline nor a crosshead
        words = text[quote.start : quote.end].lower().strip(" ,.")
        heard = _WORD.findall(words)
        if entry and not heading and len(heard) < 2:
            # ('Ceasefire "holding", says army': one word is too little to find the
            # entry's quote by, and may be anyone's)
            continue
        next_entry = _NEXT_ENTRY_TIME.search(text, line_end) if entry else None
        if (
            entry
            and not heading
            and next_entry is not None
            and not text[line_end : next_entry.start()].strip()
        ):
            # ('08.15 - Gunmen enter "the main gate"' over '09.40 - Troops arrive': a
            # timeline's or a programme's line, no entry heading over its paragraph)
            continue
        # The quotes starting past both the quote and its line: a suffix of `ordered`
        # (sorted by start), each quote's words lowered once however many crossheads ask.
        if starts is None:
            starts = [other.start for other in ordered]
        after = bisect_right(starts, max(min(first_line_end, line_end), quote.end))
        # (a crosshead past the top repeats the words of its own section, close below it)
        until = len(ordered) if quote.end <= deck_end else bisect_right(starts, line_end + 3000)
        if next_entry is not None:
            # (an entry heading repeats its own entry's words, never the next entry's:
            # 'Zelensky: "We will not give up land"' is not the Kremlin's entry below)
            until = min(until, bisect_left(starts, next_entry.start()))
        for k in range(after, until):
            other = ordered[k]
            lowered = spoken.get(k)
            if lowered is None:
                lowered = spoken[k] = text[other.start : other.end].lower()
            if decided.get(other.key) is not None and (
                words in lowered
                # ('UN aid chief: "Gaza is a graveyard for children"' over '... Gaza was "a
                # graveyard for children"': the body's partial quote of the same words)
                or (lowered.count(" ") >= 2 and lowered.strip(" ,.") in words)
                # ('"We stopped counting the drones"' over '"... we had stopped counting the
                # drones ...": a headline's words, shortened, in their order)
                or (len(heard) >= 4 and _in_order(heard, _words_of(k, lowered)))
            ):
                decided[quote.key] = decided[other.key]
                break


_WORD: Final = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")
# A heading's label before its quote: 'Mayor of Smila: "', 'Presidential office: \u201c'.
_HEADING_LABEL: Final = re.compile(
    r"[ \t]*[A-Z][^\n:;.!?\"\u201c\u201d\u2018\u2019]{0,60}:\s*[\"'\u201c\u2018]\s*"
)


# A live blog's entry time opening its heading's line: "12:30 EET - ", "17:55 GMT – ",
# "11:15 — ", "4:30 p.m. - ".
_ENTRY_TIME: Final = re.compile(
    # (a full stop between hour and minutes only with a zone or a.m./p.m. after: "12.50 -
    # 'Premium petrol' at the pump" is a price)
    r"[ \t]*\d{1,2}(?::\d{2}(?:\s*(?:[ap]\.m\.|[A-Z]{2,4}))?|\.\d{2}\s*(?:[ap]\.m\.|[A-Z]{2,4}))"
    r"\s*[-\u2013\u2014|]\s+"
)


# The next line that opens with a live blog's entry time: the next entry.
_NEXT_ENTRY_TIME: Final = re.compile(r"^" + _ENTRY_TIME.pattern, re.MULTILINE)


def _timed_heading(text: str, head_start: int, quote: Suggestion, line_end: int) -> bool:
    """Whether the line after a live blog's entry time ("17:55 GMT - ") is the entry's
    heading holding a short quote: a line of its own, under 120 characters, no sentence
    ending inside it ('Military says it hit a "training camp"', 'Kremlin: talks "not on
    the agenda"', '"We had no warning"')."""
    if quote.end - quote.start > 80 or line_end - head_start > 120:
        return False
    if text[line_end : line_end + 1] != "\n" and line_end != len(text):
        return False
    body = text[head_start:line_end].rstrip("\"'\u201d\u2019 \t")
    return not re.search(r"[.!?;]\s", body) and not body.endswith((".", ":", ","))


def _labelled_heading(text: str, line_start: int, quote_start: int) -> bool:
    """Whether the line up to `quote_start` is a heading's label and the quote's mark
    ('Mayor of Smila: "'), with no verb of saying (a sentence's 'X said: "' is none)."""
    label = _HEADING_LABEL.fullmatch(text, line_start, quote_start)
    return label is not None and _VERB.search(text, line_start, quote_start) is None


def _in_order(words: Sequence[str], within: Sequence[str]) -> bool:
    """Whether every one of `words` stands in `within`, in the same order."""
    found = iter(within)
    return all(word in found for word in words)


# One sentence ending and another starting on a line: "... was hit. Governor X said".
_SENTENCE_JOIN: Final = re.compile(r"[.!?][\"'\u201d\u2019]?\s+[\"'\u201c\u2018]?[A-Z]")


def _deck_end(text: str, first_line_end: int) -> int:
    """Where the lines under the headline that are set as headlines end: the start of
    the first line (within 1,000 characters) that ends a sentence (a full stop, a
    question or exclamation mark, a colon, before any closing marks), holds two, or runs
    past 250 characters; `first_line_end` when the line after the headline is one."""
    at = first_line_end
    limit = min(len(text), 1000)
    while at < limit:
        start = at + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip().rstrip("\"'\u201d\u2019")
        if line and (len(line) > 250 or line[-1] in ".!?:" or _SENTENCE_JOIN.search(line)):
            return at
        at = end
    return at


# A byline line near the top: "By Zeina Khoury", "By Ana Ruiz, Harbor News".
_TOP_BYLINE: Final = re.compile(r"\n[ \t]*By [A-Z][^\n.!?\"\u201c\u201d]{1,80}\n")
# A body's dateline opening a paragraph near the top: "KARACHI – ", "KYIV, Ukraine (AP) — ",
# "NAIROBI, March 3 (Reuters) - ", "PESHAWAR: ".
_TOP_DATELINE: Final = re.compile(
    r"\n[ \t]*[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3}(?:,[^\n\u2013\u2014:]{1,40}?)?"
    r"(?:\s*\([A-Za-z. ]{1,20}\))?(?:\s*[\u2013\u2014-]|:)\s"
)
# What may stand around a crosshead's quote on its line: its marks and a full stop.
_MARKS_ONLY: Final = re.compile(r"[\"'\u201c\u201d\u2018\u2019.!?\s]*")


# A crosshead's line holding only a short quote, after a live blog's entry time or not:
# '\n\n"We had no warning"\n\n', "\n\n16:20 GMT - 'I lost my brother'\n\n".
_PULL_QUOTE_LINE_SPK73: Final = re.compile(
    r"\n[ \t]*\n(?:" + _ENTRY_TIME.pattern + r")?[ \t]*[\"'\u201c\u2018]?$"
)
# ... whose words are a clause, not a slogan, a plea or a label ("Woman, Life, Freedom",
# "Not guilty", "Category 5", "No safe place left"): a subject pronoun or a finite
# auxiliary or copula in it.
_PULL_QUOTE_CLAUSE_REVIEW73E: Final = re.compile(
    r"\b(?:I|[Ww]e|[Yy]ou|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|am|is|are|was|were|had|has|have|did|does|"
    r"will|would|can|could|cannot|must|should)\b|\w[\u2019'](?:s|re|m|ve|ll|d|t)\b"
)
# ... and the verb of saying after the person who opens the paragraph under it, past up to
# three asides: "X, 52, whose husband was among the dead, said", "X, a shopkeeper, told".
_PULL_QUOTE_SAID_SPK73: Final = re.compile(
    r"(?:\s*\([^()\n]{1,20}\))?(?:,[^,.;:\"\u201c\u201d\n]{1,80}){0,3},?\s+"
    r"(?:(?:also|later|earlier)\s+)?(?:said|says|told|tells|recalled|recalls)\b"
)


ATTRIBUTION_KINDS: Final = ("after", "before", "pronoun", "none")
_PRONOUN_ATTRIBUTION: Final = re.compile(
    r"[,.!?;\"'\u201d\u2019\s]*(?:(?:he|she|it|they|the\s+(?:[a-z]+\s+)?[a-z]+)\s+"
    + _VERB.pattern
    + r"|"
    + _VERB.pattern
    + r"\s+(?:he|she|it|they)\b)",
    re.IGNORECASE,
)


def attribution_kind(text: str, quote: Extent, speaker: Extent | None) -> str:
    """How a gold quote names its speaker, for reporting accuracy by kind:
    "pronoun" ('..., she said', '..., the group said'), "after" (the speaker's
    mention follows the quote), "before" (it comes first), or "none"."""
    if speaker is None:
        return "none"
    clause = text[quote[1] : _clause_end(text, min(len(text), quote[1] + 2))]
    if _PRONOUN_ATTRIBUTION.match(clause) and not speaker[0] >= quote[1]:
        return "pronoun"
    return "after" if speaker[0] >= quote[1] else "before"


# -- choosing a speaker by hand -----------------------------------------------------------


@dataclass(frozen=True)
class SpeakerCandidate:
    """An ACTOR mention offered as a quote's speaker.

    `index` is its position in the `actors` given to `rank_speakers`;
    `attributed` is true for the mention the attribution grammar names (the
    same rules as the suggestions); `distance` counts the characters between
    the mention and the quote; `context` is the sentence around the mention,
    plain text on one line (cut around the mention when long).
    """

    index: int
    start: int
    end: int
    attributed: bool
    distance: int
    context: str


def _context(text: str, all_sentences: Sequence[Sentence], start: int, end: int, width: int) -> str:
    i = bisect_left(all_sentences, start + 1, key=lambda sentence: sentence.start) - 1
    sentence = all_sentences[i] if i >= 0 else Sentence(start, end)
    low, high = min(sentence.start, start), max(sentence.end, end)
    prefix = suffix = ""
    if high - low > width:
        # Keep the mention, with as much of its sentence on each side as fits.
        room = max(0, width - (end - start)) // 2
        if start - room > low:
            low, prefix = start - room, "…"
        if end + room < high:
            high, suffix = end + room, "…"
    return prefix + " ".join(text[low:high].split()) + suffix


def rank_speakers(
    text: str,
    quote: Extent,
    actors: Sequence[Suggestion],
    quotes: Sequence[Suggestion] = (),
    *,
    context_characters: int = 100,
) -> list[SpeakerCandidate]:
    """The ACTOR mentions that may have said `quote`, most likely first.

    Mentions inside the quote (or overlapping it) are left out: nobody is the
    speaker of their own quotation. The mention the attribution grammar picks
    (`attribute_speakers`, given every quote in `quotes` for its context)
    comes first, with any other mention of the same extent; the rest follow
    by distance from the quote, then text order. Offsets are code points.
    A context longer than `context_characters` is cut around the mention.
    """
    q_start, q_end = quote
    outside = [(i, a) for i, a in enumerate(actors) if a.end <= q_start or a.start >= q_end]
    if not outside:
        return []
    mentions = [a for _, a in outside]
    others = [q for q in quotes if (q.start, q.end) != quote]
    target = Suggestion(q_start, q_end, "QUOTE")
    attributed = attribute_speakers(text, [*others, target], mentions)[-1].speaker
    all_sentences = sentences(text)
    found = []
    for i, actor in outside:
        distance = q_start - actor.end if actor.end <= q_start else actor.start - q_end
        found.append(
            SpeakerCandidate(
                index=i,
                start=actor.start,
                end=actor.end,
                attributed=(actor.start, actor.end) == attributed,
                distance=distance,
                context=_context(text, all_sentences, actor.start, actor.end, context_characters),
            )
        )
    found.sort(key=lambda c: (not c.attributed, c.distance, c.start, c.index))
    return found
