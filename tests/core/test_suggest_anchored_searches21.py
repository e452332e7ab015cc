"""Searches anchored on a literal find what the whole-text searches they replace found
(PERF21): the words that give a person's name (`_NAMED_PERSON`) tried only before its
keys. Every text here is invented for the test."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.suggest import actors

# Pieces of the pattern's forms, their keys alone and inside other words, names, and the
# spacing and punctuation its look-arounds read (line starts, "? ", runs of white space).
_PIECES = st.sampled_from(
    [
        *("by", "under", "uses", "the", "a", "An", "The", "his", "her", "His", "whose"),
        *("call", "calls", "called", "call-sign", "callsign", "call sign", "nom de guerre"),
        *("code name", "codename", "name", "real", "name, he said,", "is", "was", "him"),
        *("drone", "young", "operator", "sniper", "man", "known", "Known", "to", "everyone"),
        *("locally", "as", "of", "surname", "unknown", "recall", "Tovar", "Lynx", "Ida Pell"),
        *("he", "she", ",", ".", "?", "\n", "  ", "\t", "\u00a0", "-", '"', "\u201c", "x"),
    ]
)
_SEPARATORS = st.sampled_from([" ", " ", " ", "", "\n", "  ", ". ", "? "])
# Each form with the most words it may have before its key, its words spaced at random.
_FORMS = st.sampled_from(
    [
        "by the nom de guerre Lynx",
        "uses the code name Tovar",
        "under a call sign Lynx",
        "by his call-sign Lynx",
        "uses her callsign Tovar",
        "they called her Ida",
        "whose real name is Ida Pell",
        "Her first name, we were told, was Ida",
        "they call him Tovar",
        "A young drone operator known as Lynx",
        "the old gun-running smuggler known to his men as Tovar",
        "Known to all of us as Ida, she",
    ]
)


@st.composite
def _form(draw: st.DrawFn) -> str:
    spaces = st.sampled_from([" ", " ", "  ", "\n", " \t "])
    return "".join(word + draw(spaces) for word in draw(_FORMS).split())


@st.composite
def _texts(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.one_of(_PIECES, _PIECES, _form()), max_size=30))
    return "".join(piece + draw(_SEPARATORS) for piece in pieces)


@settings(max_examples=600, deadline=None)
@given(text=_texts())
def test_the_naming_words_tried_before_their_keys_match_as_the_whole_text_search(
    text: str,
) -> None:
    assert [m.span() for m in actors._named_person_matches(text)] == [
        m.span() for m in actors._NAMED_PERSON.finditer(text)
    ]


def test_adjacent_and_overlapping_naming_words_match_as_the_whole_text_search() -> None:
    texts = [
        # a key at the text's start and end, and each form with its most words before
        "Known to all of them as Ida Pell, she said so. known",
        "they call him by the nom de guerre Lynx",
        "A young drone operator known as Lynx and a sniper known locally as Tovar",
        # matches right after one another, and keys inside a match ("call" in "call sign")
        "call him call her by the call sign called him",
        "His name, he said, was Tovar. Her real name is Ida. whose name was",
        # keys inside other words, and long white space between a form's words
        "surname unknown recall by  \n the   code  name Lynx under\tthe\ncallsign X",
        # the first form's words ending one match and opening the next
        "the code name of the call sign Lynx",
    ]
    for text in texts:
        found = [m.span() for m in actors._named_person_matches(text)]
        assert found == [m.span() for m in actors._NAMED_PERSON.finditer(text)]
        assert found


def test_no_naming_word_is_found_where_no_key_stands() -> None:
    text = "A young drone operator said the man was a sniper, and his sister was a nurse."
    assert list(actors._named_person_matches(text)) == []


# Words, their lower-case forms inside addresses, joined words and other words, and the
# characters that end a word or do not (a letter's mark, a digit, the odd case folds).
_WORDS = st.sampled_from(
    [
        *("Security", "security", "securityx", "xsecurity", "Nisa", "nisa", "organisation"),
        *("@security", "security@", "security.org", "www.security", "-security", "security-"),
        *("'security", "security'", "/security", "Delgado", "Cabo Delgado", "Tanzania"),
        *("Öcalan", "öcalan", "İzmir", "i\u0307zmir", "1security", "security2", "_security"),
        *(", which ", ", which", "which ", ",", " ", "\n", ".", "-", "linked", "-linked"),
        *("-backed", "Lakeside Front", "Lakeside Front-backed", "Front-", "Al-Amal Front"),
        *("Al-Amal Front-Al-Amal Front-linked", "X- X", "X- X-", "X- X-linked", "-led"),
        *("al-amal", "al-amal-", "al--amal", "x-al-amal", "al-amal-x", "al-amal@", "al-"),
        *("o'dare", "O'Dare", "x'o'dare"),
    ]
)
_SOUP = st.lists(_WORDS, max_size=25).map("".join)
_NAMES = st.sampled_from(
    [
        *("Security", "Nisa", "Delgado", "Cabo Delgado", "Öcalan", "İzmir", "Security2"),
        *("X- X", "X", "Al-Amal", "O'Dare"),
    ]
)


@settings(max_examples=400, deadline=None)
@given(text=_SOUP, word=_NAMES)
def test_a_long_texts_words_in_lower_case_are_read_as_a_search_reads_them(
    text: str, word: str
) -> None:
    searched = actors._written_in_lower_case(text, word), actors._named_before_which(text, word)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(actors, "_LONG_TEXT", 0)  # the sets, kept for the last text
        assert (
            actors._written_in_lower_case(text, word),
            actors._named_before_which(text, word),
        ) == searched


def test_words_in_lower_case_at_the_edges_are_read_as_a_search_reads_them() -> None:
    texts = [
        "security o'dare al-amal",
        "x-security, security-x, o'dare's, www.al-amal.org, al-amal-x, 'security'",
        "(al-amal) [o'dare] security2 nisa_ Nisa",
    ]
    names = ["Security", "O'Dare", "Al-Amal", "Nisa", "Security2", "Amal"]
    for text in texts:
        searched = [actors._written_in_lower_case(text, name) for name in names]
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(actors, "_LONG_TEXT", 0)
            assert [actors._written_in_lower_case(text, name) for name in names] == searched
    assert searched == [False, True, True, True, True, False]  # ("nisa_": "_" ends a word)


def _searched_before_a_modifier(text: str, name: str) -> list[int]:
    # compound_mentions' search before PERF21: one search of the text per name
    found = []
    at = text.find(name + "-")
    while at >= 0:
        if actors._COMPOUND_AFTER_NAME.match(text, at + len(name)):
            found.append(at)
        at = text.find(name + "-", at + len(name))
    return found


@settings(max_examples=400, deadline=None)
@given(text=_SOUP, name=st.sampled_from(["Lakeside Front", "Al-Amal Front", "X- X", "Front"]))
def test_names_before_a_modifier_are_found_as_one_search_per_name_found_them(
    text: str, name: str
) -> None:
    hyphens = [m.start() for m in actors._COMPOUND_AFTER_NAME.finditer(text)]
    assert list(actors._before_a_modifier(text, name, hyphens)) == _searched_before_a_modifier(
        text, name
    )


def test_a_modifier_after_overlapping_mentions_is_found_as_the_search_found_it() -> None:
    # the search goes on from the end of each mention: "X- X" at 3 lies inside the first
    text = "X- X- X-linked and Lakeside Front-backed, Lakeside Front-led"
    hyphens = [m.start() for m in actors._COMPOUND_AFTER_NAME.finditer(text)]
    for name in ("X- X", "Lakeside Front"):
        assert list(actors._before_a_modifier(text, name, hyphens)) == (
            _searched_before_a_modifier(text, name)
        )
    assert list(actors._before_a_modifier(text, "X- X", hyphens)) == []


def test_names_before_which_at_the_edges_are_read_as_a_search_reads_them() -> None:
    longest = "Q" * actors._LONGEST_BEFORE_WHICH
    text = f"X, which is here; {longest}, which was; Y{longest}, which, Z, which "
    names = ["X", "Z", "Y", longest, "Y" + longest, ", which", "", "Q", "Security"]
    searched = [name + ", which " in text for name in names]
    assert searched == [True, True, False, True, False, False, True, True, False]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(actors, "_LONG_TEXT", 0)
        assert [actors._named_before_which(text, name) for name in names] == searched
