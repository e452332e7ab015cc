"""The shortcuts that keep suggestions linear give what the plain scans gave.

Each fast path (name words tokenised only where a capital stands, names
looked up through a piece index, word lists compiled as prefix trees, quote
marks visited by a search) is held equal to the straightforward computation
on every sample article and on strings made to trip it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain, pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.suggest import _outside_of, actors, casualties, suggest
from annotator.core.suggest import text as text_module
from annotator.core.suggest.base import SuggestContext, Suggestion
from annotator.core.suggest.quotes import DOUBLE_MARKS, SINGLE_MARKS, pair_marks
from annotator.core.suggest.text import (
    NAME_CONNECTORS,
    NAME_PARTICLES,
    NameMatcher,
    NameRun,
    Token,
    both_name_runs,
    finditer_between,
    finditer_from,
    is_name_word,
    name_tokens,
    piece_index,
    pieces,
    word_tokens,
    words,
)

ROOT = Path(__file__).resolve().parents[2] / "sample_articles"
TRICKY = (
    "iPhone users in 5Km zones; al-Wadi's O'Brien met US-backed Rene\u0301 Kis "
    "and the Free Valdor Front (FVF) of the Republic of Lenvia and the Drevlian army.\n"
    "\u201cThey killed 12 people,\u201d she said. 'Hold' don't \u2018stop\u2019 "
    "Sentinelles du Kabou,  Office for the Coordination of Humanitarian Affairs"
)


def _texts() -> list[str]:
    files = sorted(ROOT.glob("*.txt")) + sorted((ROOT / "dev").glob("*.txt"))
    return [f.read_text("utf-8") for f in files] + [TRICKY]


TEXTS = _texts()


def _plain_runs(text: str, tokens: list[Token], connectors: bool) -> list[NameRun]:
    """Name runs as the first version found them: every token, one at a time."""
    runs: list[NameRun] = []
    named = [is_name_word(t) for t in tokens]
    # One space joins; so does a plural possessive between two name words ("Leaders' Forum").
    joined = [False] + [
        text[a.end : b.start] == " "
        or (
            text[a.end : b.start] in ("' ", "\u2019 ")
            and a.text.endswith("s")
            and is_name_word(a)
            and is_name_word(b)
        )
        for a, b in pairwise(tokens)
    ]
    allowed = NAME_PARTICLES | (NAME_CONNECTORS if connectors else frozenset())
    n, i = len(tokens), 0
    while i < n:
        if not named[i]:
            i += 1
            continue
        run = [tokens[i]]
        j = i + 1
        while j < n and joined[j]:
            if named[j]:
                run.append(tokens[j])
                j += 1
                continue
            k = j
            while k < n and tokens[k].text in allowed and (k == j or joined[k]):
                k += 1
            crosses = any(
                tokens[m].text == "and" and tokens[m + 1].text == "the" for m in range(j, k - 1)
            )
            if j < k < n and joined[k] and named[k] and not crosses:
                run.extend(tokens[j : k + 1])
                j = k + 1
                continue
            break
        runs.append(NameRun.of(run))
        i = j
    return runs


@pytest.mark.parametrize("text", TEXTS)
def test_name_words_are_those_of_the_whole_tokenisation(text: str) -> None:
    assert name_tokens(text) == [t for t in word_tokens(text) if is_name_word(t)]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            # capitals, accented and non-Latin letters, marks, numerals, curly quotes,
            # hyphens, apostrophes, brackets and every kind of space
            [
                *"aZé\u00c9\u0130\u01c5\u00df\u0301\u00b2\u2163\u0660\u2019\u201c-'(_.,5",
                *(" ", "\t", "\n", "\u0085", "\u00a0", "\u2003", "\u3000", "\u3001"),
                *("al-", "x-Ray", "O'Brien", "\u03a9"),
            ]
        ),
        max_size=40,
    ).map("".join)
)
def test_name_words_are_those_of_the_whole_tokenisation_on_made_up_text(text: str) -> None:
    assert name_tokens(text) == [t for t in word_tokens(text) if is_name_word(t)]


def test_the_characters_a_name_s_chunk_is_found_by_are_the_ascii_capitals_and_non_spaces() -> None:
    # what name_tokens searches for first: any non-ASCII character but a space
    found = re.compile(rf"[A-Z{text_module._NOT_ASCII_NOR_SPACE}]")
    wanted = [
        c for c in range(0x110000) if "A" <= chr(c) <= "Z" or (c > 0x7F and not chr(c).isspace())
    ]
    assert [c for c in range(0x110000) if found.match(chr(c))] == wanted


@pytest.mark.parametrize("text", TEXTS)
def test_name_runs_from_name_words_equal_runs_from_every_token(text: str) -> None:
    tokens = word_tokens(text)
    wide, bare = both_name_runs(text)
    assert wide == _plain_runs(text, tokens, connectors=True)
    assert bare == _plain_runs(text, tokens, connectors=False)


# Words that join names or stop them, name words, and what lies between them: gaps
# of particles, connectors, verbs, double spaces and punctuation, long and short.
_RUN_WORDS = st.sampled_from(
    [
        "Valdor",
        "Front",
        "Ansar",
        "al-Wadi",
        "O'Brien",
        "US-backed",
        "Leaders'",
        "A",
        "F.",
        "of",
        "for",
        "the",
        "and",
        "in",
        "on",
        "de",
        "du",
        "bin",
        "y",
        "said",
        "met",
        "army",
        "x1",
        "12",
        "Oficina",
    ]
)
_RUN_GAPS = st.sampled_from([" ", " ", " ", "  ", ", ", ". ", "\n", "' ", " - "])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_RUN_WORDS, _RUN_GAPS), max_size=40))
def test_name_runs_equal_runs_from_every_token_on_made_up_text(
    parts: list[tuple[str, str]],
) -> None:
    text = "".join(word + gap for word, gap in parts)
    tokens = word_tokens(text)
    wide, bare = both_name_runs(text)
    assert wide == _plain_runs(text, tokens, connectors=True)
    assert bare == _plain_runs(text, tokens, connectors=False)


@pytest.mark.parametrize("text", TEXTS)
def test_names_found_through_the_piece_index_equal_a_scan_of_every_piece(text: str) -> None:
    names = {text[t.start : t.end] for t in name_tokens(text)[::3]} | {"FVF", "Free Valdor Front"}
    matcher = NameMatcher(names)
    assert matcher.find_all(text, piece_index(text)) == list(matcher.finditer(text, pieces(text)))


def _plain_pairs(
    text: str, marks: str, max_chars: int, multi_paragraph: bool
) -> list[tuple[int, int]]:
    """Quote-mark pairing as the first version did it: one character at a time."""
    from annotator.core.suggest import quotes

    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\n" and opened is not None:
            reopen = quotes._reopens(text, i, marks) if multi_paragraph else None
            if reopen is None:
                opened = None
            else:
                i = reopen + 1
                continue
        elif ch in marks and not (ch in "'\u2019" and quotes._is_apostrophe(text, i)):
            if opened is not None and quotes._can_close(text, i) and i > opened + 1:
                pairs.append((opened, i))
                opened = None
            elif quotes._can_open(text, i):
                opened = i
            if opened is not None and i - opened > max_chars:
                opened = None
        i += 1
    return pairs


@pytest.mark.parametrize("text", TEXTS)
def test_quote_marks_found_by_search_pair_as_a_character_scan_pairs_them(text: str) -> None:
    for marks, limit, multi in ((DOUBLE_MARKS, 3000, True), (SINGLE_MARKS, 500, False)):
        found = pair_marks(text, marks, max_chars=limit, multi_paragraph=multi)
        assert found == _plain_pairs(text, marks, limit, multi)


def test_a_word_list_as_a_prefix_tree_matches_what_the_longest_first_alternation_matches() -> None:
    words = "eight eighteen eighty people persons person man men woman women one ones"
    tree = re.compile(r"\b" + casualties.word_alternatives(words) + r"\w*", re.IGNORECASE)
    listed = "|".join(sorted(words.split(), key=len, reverse=True))
    plain = re.compile(r"\b(?:" + listed + r")\w*", re.IGNORECASE)
    for text in TEXTS:
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]
    sample = "Eighteen people, eight persons, one man and ones"
    assert re.fullmatch(casualties.word_alternatives(words), "eighteen")
    assert [m.group() for m in tree.finditer(sample)] == [m.group() for m in plain.finditer(sample)]


def _plain_gender(text: str, mentions: object, person: Suggestion) -> str:
    """`_Mentions.gender` as the first version found it: a scan of every mention."""
    from annotator.core.suggest import speakers

    found = speakers._gender_of(text, person)
    if found:
        return found
    spelled = text[person.start : person.end]
    for other in mentions.actors:  # type: ignore[attr-defined]
        if other is person or other.start >= person.start or not speakers._is_person(other):
            continue
        # (an earlier mention of the same person ends with all of its words; a namesake
        # sharing only the last name lends no gender)
        named = text[other.start : other.end]
        if named == spelled or named.endswith(" " + spelled):
            found = speakers._gender_of(text, other)
            if found:
                return found
    return ""


@pytest.mark.parametrize("text", [*TEXTS, "\n\n".join(TEXTS)])
def test_a_persons_gender_through_the_surname_index_equals_a_scan_of_every_mention(
    text: str,
) -> None:
    from annotator.core.suggest import speakers

    actors = [s for s in suggest(text, labels=["ACTOR"]) if s.label == "ACTOR"]
    mentions = speakers._Mentions(actors)
    people = [a for a in mentions.actors if speakers._is_person(a)]
    for person in people:
        assert mentions.gender(text, person) == _plain_gender(text, mentions, person)


@pytest.mark.parametrize("text", TEXTS)
def test_anchor_words_found_once_for_every_pattern_equal_a_scan_per_pattern(text: str) -> None:
    for name, (anchor, _reach) in casualties._ANCHORS.items():
        ctx = SuggestContext(text)
        plain = sorted(
            start
            for piece, starts in ctx.piece_index.items()
            if piece.lower() in anchor
            for start in starts
        )
        if name == "casualty_of_the_dead":
            plain = [h for h in plain if casualties._OF_THE_BEFORE.search(text, max(0, h - 60), h)]
        assert casualties._anchor_starts(ctx, name) == plain


def test_a_second_known_actor_mapping_replaces_the_first() -> None:
    text = "the kestrel unit met the heron unit at noon."
    first = {"kestrel unit": "organisation"}
    second = {"heron unit": "organisation"}
    for known, wanted, unwanted in (
        (first, "kestrel unit", "heron unit"),
        (second, "heron unit", "kestrel unit"),
    ):
        for _ in range(2):
            found = {text[s.start : s.end] for s in suggest(text, known_actors=known)}
            assert wanted in found
            assert unwanted not in found


_EXTENT = st.integers(min_value=-3, max_value=40)


@settings(max_examples=300, deadline=None)
@given(
    ranges=st.lists(st.tuples(_EXTENT, _EXTENT), max_size=6),
    found=st.lists(st.tuples(_EXTENT, _EXTENT), max_size=8),
)
def test_the_range_filter_keeps_what_a_scan_of_every_range_keeps(
    ranges: list[tuple[int, int]], found: list[tuple[int, int]]
) -> None:
    # Credit lines and page furniture as ranges in any order, overlapping or empty.
    outside = _outside_of(ranges)
    for start, end in found:
        suggestion = Suggestion(start, end, "ACTOR")
        plain = not any(start < b and a < end for a, b in ranges)
        assert outside(suggestion) is plain


@settings(max_examples=300, deadline=None)
@given(
    starts=st.lists(st.integers(0, 200), max_size=30).map(sorted),
    anchors=st.lists(st.integers(0, 200), max_size=6).map(sorted),
    reach=st.integers(0, 40),
)
def test_starts_found_from_each_anchor_are_those_an_anchor_follows_within_reach(
    starts: list[int], anchors: list[int], reach: int
) -> None:
    plain = [s for s in starts if any(s <= a <= s + reach for a in anchors)]
    assert casualties._within_reach(starts, anchors, reach) == plain


@pytest.mark.parametrize("text", TEXTS)
def test_an_anchored_pattern_tried_near_its_anchors_finds_what_it_finds_everywhere(
    text: str,
) -> None:
    for name in casualties._ANCHORS:
        pattern, first = casualties.PATTERNS[name]
        everywhere = [m.span() for m in casualties.matches(SuggestContext(text), pattern, first)]
        near = [m.span() for m in casualties.matches(SuggestContext(text), pattern, first, name)]
        assert near == everywhere


@pytest.mark.parametrize("text", TEXTS)
def test_a_pattern_tried_only_before_its_line_anchors_finds_what_it_finds_everywhere(
    text: str,
) -> None:
    for name in casualties._LINE_ANCHORS:
        pattern, first = casualties.PATTERNS[name]
        everywhere = [m.span() for m in casualties.matches(SuggestContext(text), pattern, first)]
        near = [m.span() for m in casualties.matches(SuggestContext(text), pattern, first, name)]
        assert near == everywhere


@pytest.mark.parametrize(
    "text",
    [
        # every casualty word and phrase the number-first pattern ends with, once each
        "12 people were killed, 13 died, 14 dead and 15 wounded.",
        "Two were taken to a nearby hospital.\n3 remain in hospital.",
        "Four were taken hostage.\n5 are still under the rubble.\n6 were put to death.",
        "Seven succumbed to their wounds.\n8 were hacked to death.\nNine were rounded up.",
        "Ten families have left.\n11 people were forced out of their villages.",
        "12 suffered shrapnel wounds.\n13 lost both legs.\n14 were hospitalised.",
        "15 were taken into custody.\n16 were led away.\n17 people with gunshot wounds.",
        "18 were \u017fhot.\n19 were KILLED.\n20 were electrocuted.\n21 were carried off.",
        "22 were shot and killed.\n23 have lost their homes.\n24 sent to hell.",
    ],
)
def test_every_casualty_word_is_a_line_anchor(text: str) -> None:
    name = "casualty_number_then_harm"
    pattern, first = casualties.PATTERNS[name]
    everywhere = [m.span() for m in casualties.matches(SuggestContext(text), pattern, first)]
    near = [m.span() for m in casualties.matches(SuggestContext(text), pattern, first, name)]
    assert everywhere
    assert near == everywhere


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet="ab\n", max_size=60),
    starts=st.sets(st.integers(0, 60)).map(sorted),
    anchors=st.sets(st.integers(0, 60)).map(sorted),
)
def test_starts_found_from_each_line_anchor_are_those_an_anchor_follows_on_their_line(
    text: str, starts: list[int], anchors: list[int]
) -> None:
    plain = [s for s in starts if any(s <= a and "\n" not in text[s:a] for a in anchors)]
    assert casualties._anchored_on_line(text, starts, anchors) == plain


@pytest.mark.parametrize(
    "text",
    [
        *TEXTS[:20],
        "They could still kill 12. (could kill 3\nCAN'T  kill 4 and won\u2019t kill 5, "
        "\u017fhould kill 6 and tried to kill 7, and vowed\tto\nkill 8; might\u00a0kill 9",
    ],
)
def test_a_modal_is_searched_for_only_where_its_last_word_stands(text: str) -> None:
    for start in range(len(text) + 1):
        found = casualties._MODAL_BEFORE.search(text, max(0, start - 30), start) is not None
        assert casualties._modal_before(text, start) is found, text[max(0, start - 30) : start]


def test_a_piece_opens_the_kinds_each_first_word_pattern_says() -> None:
    pieces = {p for text in TEXTS for p in piece_index(text)} | {"Bur", "TREATS", "the"}
    for piece in pieces:
        lowered = piece.lower()
        plain = sum(
            bit
            for name, bit in casualties._FIRST_BITS.items()
            if casualties._FIRST_WORDS[name].match(lowered)
        )
        casualties._WORD_BITS.pop(piece, None)
        assert casualties._bits(piece) == plain, piece


def test_a_number_without_a_casualty_word_on_its_line_is_not_tried() -> None:
    text = "He paid 40 dollars for 3 books in 2019.\nTwo soldiers were killed."
    tried: list[int] = []

    class Counting:
        def match(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
            tried.append(pos)
            return casualties._NUMBER_FIRST.match(text, pos, endpos)

    name = "casualty_number_then_harm"
    found = list(casualties.matches(SuggestContext(text), Counting(), "number", name))  # type: ignore[arg-type]
    assert [m.group("phrase") for m in found] == ["Two soldiers were killed"]
    assert tried == [text.index("Two")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The pro-Kharvelia militia moved north.", ["Kharvelia"]),
        ("An anti-Kharvelia protest; ex-Kharvelia officers.", ["Kharvelia", "Kharvelia"]),
        ("Pro-Kharvelia fighters held the bridge.", ["Kharvelia"]),
        # one name, not a prefix and a name
        ("Fighters of al-Kharvelia and of Jean-Kharvelia left.", []),
        ("The repro-Kharvelia and the mid-Kharvelia are not prefixes.", []),
        ("Kharvelia-backed units and Kharvelia's army.", ["Kharvelia", "Kharvelia"]),
    ],
)
def test_a_name_after_a_prefix_hyphen_is_found(text: str, found: list[str]) -> None:
    matcher = NameMatcher({"Kharvelia"})
    hits = matcher.find_all(text, piece_index(text))
    assert [text[start:end] for start, end, _name in hits] == found
    assert hits == list(matcher.finditer(text, pieces(text)))


# Words that make the place forms and the national institutions match, nearly match and
# overlap: the made-up texts below are drawn from them.
_PLACE_WORDS = [
    "\n",
    *sorted(
        words(
            "the in of a an city town district regency residents region Sumy Intan Jaya Fada "
            "N'Gourma McCain Mayo-Tsanaga Port-city Bar local government area remote main , . ; "
            "South Central Sudanese African Russian Ab\u0301Russian army Red Cross instructors "
            "police"
        )
    ),
]
_MADE_UP = st.lists(st.sampled_from(_PLACE_WORDS), max_size=40).map(" ".join)
_PLACE_FORMS = (
    (actors._SETTLEMENT_OF, actors._settlement_of_starts),
    (actors._NAME_THEN_UNIT, actors._name_then_unit_starts),
    (actors._NAME_APPOSED_TO_PLACE, actors._apposed_name_starts),
    (actors._INSTITUTION, actors._institution_starts),
)


def _places_both_ways(text: str) -> None:
    for pattern, starts in _PLACE_FORMS:
        everywhere = [m.span() for m in pattern.finditer(text)]
        near = [m.span() for m in finditer_from(pattern, text, starts(text))]
        assert near == everywhere, pattern.pattern


@pytest.mark.parametrize("text", TEXTS)
def test_patterns_tried_where_a_search_places_them_find_what_a_full_scan_finds(
    text: str,
) -> None:
    _places_both_ways(text)


@settings(max_examples=300, deadline=None)
@given(_MADE_UP)
def test_patterns_tried_where_a_search_places_them_on_made_up_text(text: str) -> None:
    _places_both_ways(text)


# The forms that put a name where only a place stands (`actors.slot_places`) and the
# town after an institution's name, each tried only where a fast search places it.
_SLOT_FORMS = (
    (actors._INSTITUTION_TOWN, actors._institution_town_starts),
    (
        actors._PLACE_SLOT_NAME,
        lambda text: chain(actors._slot_word_starts(text), actors._words_before_of(text)),
    ),
    (actors._DATELINE_PLACE, actors._dateline_starts),
    (actors._LOCATED_APPOSITION, actors._located_apposition_starts),
    (actors._PLACE_LIST, actors._words_before_of),
    (actors._NAME_BEFORE_UNIT, actors._name_before_unit_starts),
    (actors._OMBUDS_OFFICE, actors._ombuds_office_starts),
    (actors._AGENCY_CAPTION_CREDIT, actors._agency_caption_starts),
    (actors._APPOSED_ACRONYM, actors._apposed_acronym_starts),
)
_SLOT_WORDS = [
    "\n",
    "-",
    "\u2013",
    *sorted(
        words(
            "in In near Near outside Outside inside of the a an north north-east east-west "
            "south-west x-north town towns districts municipalities and or capital capital, "
            "Kaduna Kaduna, Kayes Kayes, Nioro du Sahel Sahel, McCain Ab\u0301Kano State "
            "States Stateless Province LGA Local Government Area district region regency "
            "some 40 km miles (AFP) (Lusa) Goma Goma, Dec. University Hospital Medical Centre "
            "Centre, Funtua, Funtua. Funtua's Kano's . ; The Human Rights Ombudsman Ombudsman, "
            "Ombudswoman Public Defender Defender, Protector of Citizens, People's said was "
            "Serbia's country's (the FLASH-Villager UPDATE 1-Villager WRAPUP 2-Gunmen URGENT- "
            "AFP/Ali AFP/Getty REUTERS/Jean Doe/ANP /X village. dead! x/Y office, SNAI, "
            "Energoatom, Énergie the\tDefensoria Pública, (PNAT) \u00a0(UN) (X-Y) company, "
            "said which \u00c9NA, \t"
        )
    ),
]


def _slot_forms_both_ways(text: str) -> None:
    for pattern, starts in _SLOT_FORMS:
        everywhere = [m.span() for m in pattern.finditer(text)]
        near = [m.span() for m in finditer_from(pattern, text, starts(text))]
        assert near == everywhere, pattern.pattern
    slugs = [m.span() for m in casualties._WIRE_SLUG.finditer(text)]
    assert [m.span() for m in casualties._wire_slugs(text)] == slugs


@pytest.mark.parametrize("text", TEXTS)
def test_place_slots_tried_where_a_search_places_them_find_what_a_full_scan_finds(
    text: str,
) -> None:
    _slot_forms_both_ways(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SLOT_WORDS), max_size=40).map(" ".join))
def test_place_slots_tried_where_a_search_places_them_on_made_up_text(text: str) -> None:
    _slot_forms_both_ways(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Fighters attacked a camp north-east of Kayes on Monday.", {"Kayes"}),
        ("Goma, Dec. 4 (AFP) - Shelling resumed.", {"Goma"}),
        ("Gunmen struck in Kaduna State.", {"Kaduna", "Kaduna State"}),
        ("Nioro du Sahel, some 40 km from the border, was shelled.", {"Nioro du Sahel"}),
        ("the districts of Wajir, Mandera and Garissa", {"Wajir", "Mandera", "Garissa"}),
        ("Residents fled to the capital, Bamako.", {"Bamako"}),
        # no place's slot: a person after "of", a word before the unit that runs on
        ("The spokesman of Amina Bello said in a statement the Stateless would vote.", set()),
    ],
)
def test_slot_places_found_by_fast_searches(text: str, found: set[str]) -> None:
    assert set(actors._slot_places(text)) == found
    assert actors.slot_places(SuggestContext(text)) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Serbia's Protector of Citizens, Ana Kovac, said.", ["Protector of Citizens"]),
        ("The Human Rights Ombudsman said on Monday.", ["Human Rights Ombudsman"]),
        ("(the Public Defender, an office of the state)", ["Public Defender"]),
        # a title before a name, and the office's own name: no office by its title
        ("Ombudsman Luz Vega said the Ombudsman's Office would act.", []),
    ],
)
def test_an_ombudsman_office_found_by_its_title(text: str, found: list[str]) -> None:
    matches = finditer_from(actors._OMBUDS_OFFICE, text, actors._ombuds_office_starts(text))
    assert [m.group("name") for m in matches] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("FLASH-Villager shot dead\n\nUPDATE 1-Villager shot dead near X", [0, 26]),
        # not at a line's start, and no slug word at all
        ("Officials said an UPDATE 1-Report was due.\nREFILE Officials said", []),
    ],
)
def test_wire_slugs_found_where_their_words_open_a_line(text: str, found: list[int]) -> None:
    assert [m.start() for m in casualties._wire_slugs(text)] == found


def test_an_agency_credit_closing_a_caption_is_a_photo_credit() -> None:
    text = "Residents flee the town on Monday. AFP/Ali Kone\nGunmen fired on a bus."
    assert actors.photo_credits(text) == [(35, 47)]
    # a slash in prose, and capitals with no sentence before them: no credit
    assert actors.photo_credits("The AU/UN mission left.\nTalks and/or Talks.") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ecuador's prison agency, SNAI, said on Monday.", ["SNAI"]),
        ("the prosecutor's office (PNAT) opened a case", ["PNAT"]),
        ("the defender's office, the Defensoria Publica, said", ["Defensoria Publica"]),
        # a clause after the comma, a bracket of lower-case words: no apposed name
        ("the agency, which runs prisons, said (in a statement) it would act.", []),
    ],
)
def test_an_apposed_acronym_found_from_fast_searches(text: str, found: list[str]) -> None:
    matches = finditer_from(actors._APPOSED_ACRONYM, text, actors._apposed_acronym_starts(text))
    assert [m.group("acronym") or m.group("name") or m.group("bracketed") for m in matches] == (
        found
    )


def test_the_town_after_an_institution_is_a_document_place() -> None:
    text = "He was taken to the General Hospital, Funtua, where he died."
    assert "Funtua" in actors.document_places(SuggestContext(text))
    other = "He was taken to the General Hospital, Amina Bello said."
    assert "Amina" not in actors.document_places(SuggestContext(other))


class _Spy:
    """A compiled pattern that records where it is tried."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.tried: list[tuple[str, int]] = []

    def match(self, text: str, pos: int = 0, *args: int) -> re.Match[str] | None:
        self.tried.append(("match", pos))
        return self.pattern.match(text, pos, *args)

    def finditer(self, text: str, pos: int = 0, *args: int) -> Iterator[re.Match[str]]:
        self.tried.append(("finditer", pos))
        return self.pattern.finditer(text, pos, *args)

    def search(self, text: str, pos: int = 0, *args: int) -> re.Match[str] | None:
        self.tried.append(("search", pos))
        return self.pattern.search(text, pos, *args)


def test_place_forms_are_not_tried_across_an_article_without_their_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spies = {}
    for name in ("_SETTLEMENT_OF", "_NAME_THEN_UNIT", "_NAME_APPOSED_TO_PLACE"):
        spies[name] = _Spy(getattr(actors, name))
        monkeypatch.setattr(actors, name, spies[name])
    text = "Mara Lind said on Monday that talks with the Front had stalled, a setback. " * 200
    text += "Fighters reached the city of Sumy on Monday."
    assert actors.document_places(SuggestContext(text)) == {"Sumy"}
    tried = [spy.tried for spy in spies.values()]
    # One try, at the noun before "of Sumy"; none for the other two forms, whose words
    # the article lacks.
    assert tried == [[("match", text.index("city of Sumy"))], [], []]


def test_one_of_theirs_among_the_harmed_is_searched_only_in_the_sentence_that_has_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spy = _Spy(casualties._ONE_OF_THEIRS_AMONG)
    monkeypatch.setattr(casualties, "_ONE_OF_THEIRS_AMONG", spy)
    filler = "Talks among the parties stalled again on Monday. " * 200
    sentence = "His cousin, a driver, was among the dead."
    text = filler + sentence + " " + filler
    found = list(casualties._one_of_theirs_among(SuggestContext(text)))
    assert [text[s.start : s.end] for s in found] == ["cousin, a driver, was among the dead"]
    # from the full stop before it (the search stops at the one that ends it)
    assert spy.tried == [("finditer", text.rindex(".", 0, text.index(sentence)) + 1)]


# Patterns searched only between barriers around a word every match holds:
# (pattern, anchor, barriers), as the rules call text.finditer_between.
_SEARCHED_BETWEEN = {
    "one of theirs among the harmed": (
        casualties._ONE_OF_THEIRS_AMONG,
        casualties._AMONG_THE_HARMED_WORDS,
        casualties._NO_SENTENCE_STOP,
    ),
    "a name then cartel": (actors._NAME_THEN_CARTEL, actors._CARTEL_WORD, actors._NOT_IN_A_NAME),
    "a group's media arm": (actors._MEDIA_ARM, actors._MEDIA_ARM_WORDS, ".,;"),
}
_BETWEEN_WORDS = [
    "\n",
    "\t",
    *sorted(
        words(
            "The the a A rival powerful Jalisco Sinaloa Gulf cartel cartels its their group's "
            "movement's al-Amaq Al-Malahem Amaq media propaganda arm wing unit , . ; : his cousin "
            "was among dead Foundation"
        )
    ),
]


@pytest.mark.parametrize("name", sorted(_SEARCHED_BETWEEN))
@pytest.mark.parametrize("text", TEXTS)
def test_a_pattern_searched_between_barriers_around_its_word_finds_what_a_full_scan_finds(
    name: str, text: str
) -> None:
    pattern, anchor, barriers = _SEARCHED_BETWEEN[name]
    everywhere = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in finditer_between(pattern, text, anchor, barriers)] == everywhere


@settings(max_examples=300, deadline=None)
@given(
    name=st.sampled_from(sorted(_SEARCHED_BETWEEN)),
    text=st.lists(st.sampled_from(_BETWEEN_WORDS), max_size=30).map(" ".join),
)
def test_a_pattern_searched_between_barriers_on_made_up_text(name: str, text: str) -> None:
    pattern, anchor, barriers = _SEARCHED_BETWEEN[name]
    everywhere = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in finditer_between(pattern, text, anchor, barriers)] == everywhere


@pytest.mark.parametrize(
    ("name", "sentence", "rule", "found"),
    [
        (
            "_NAME_THEN_CARTEL",
            "Police blamed the Jalisco cartel for the attack.",
            actors.actor_organisation_name,
            "Jalisco cartel",
        ),
        (
            "_MEDIA_ARM",
            "The group published the video through its Amaq propaganda wing.",
            actors.actor_masthead,
            "Amaq",
        ),
    ],
)
def test_a_rule_searches_its_pattern_only_around_the_word_it_needs(
    monkeypatch: pytest.MonkeyPatch, name: str, sentence: str, rule: object, found: str
) -> None:
    spy = _Spy(getattr(actors, name))
    monkeypatch.setattr(actors, name, spy)
    filler = "The media said on Monday that talks with the Front had stalled. " * 200
    text = filler + sentence + " " + filler
    suggestions = list(rule(SuggestContext(text)))  # type: ignore[operator]
    assert found in [text[s.start : s.end] for s in suggestions]
    assert spy.tried == [("finditer", text.rindex(".", 0, text.index(sentence)) + 1)]


def test_national_institutions_are_tried_only_at_a_nationality_s_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spy = _Spy(actors._INSTITUTION)
    monkeypatch.setattr(actors, "_INSTITUTION", spy)
    filler = "Mara Lind said on Monday that talks with the Front had stalled, a setback. " * 200
    text = filler + "The South Sudanese army said so."
    found = list(actors.actor_national_institution(SuggestContext(text)))
    assert [text[s.start : s.end] for s in found] == ["South Sudanese army"]
    # at the compass word before "Sudanese" (the match then covers "Sudanese" itself)
    assert spy.tried == [("match", text.index("South"))]


@pytest.mark.parametrize(
    "text",
    [
        *TEXTS,
        "A militia called Free Birds and a group that calls itself \u201cShield\u201d, an "
        "operation dubbed Mirador, a network widely known as  The Hand, a band styled Iron",
    ],
)
def test_what_a_body_is_called_checked_for_its_verbs_first_is_what_the_search_finds(
    text: str,
) -> None:
    for capital in re.finditer(r"[A-Z]", text):
        at = capital.start()
        plain = bool(actors._BODY_NAMED_BEFORE.search(text, max(0, at - 70), at))
        assert actors._named_as_a_body(text, at) == plain, text[max(0, at - 70) : at + 10]


def test_what_a_body_is_called_is_not_searched_for_without_its_verbs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spy = _Spy(actors._BODY_NAMED_BEFORE)
    monkeypatch.setattr(actors, "_BODY_NAMED_BEFORE", spy)
    text = "Police said the militia attacked Dori on Monday. A militia called Koglweogo fled."
    assert not actors._named_as_a_body(text, text.index("Dori"))
    assert actors._named_as_a_body(text, text.index("Koglweogo"))
    assert len(spy.tried) == 1
