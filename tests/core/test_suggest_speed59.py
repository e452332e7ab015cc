"""SPEED59: the faster forms of whole-text scans find exactly what the plain forms found.

Each check runs the fast form and the plain one (written out here) over made-up text and
compares every match; no timing is asserted.
"""

from __future__ import annotations

import re

from annotator.core.suggest.state_check import Article, _names_pattern

# Invented sentences with state names in every position a word boundary test can meet:
# at the start of the text and of a line, after digits, underscores, hyphens, apostrophes
# and accents, inside longer words, a shorter name inside a longer one, possessives.
_TEXT = (
    "Niger said on Tuesday that Nigeria had closed the road.\n"
    "Chad's envoy met officials from Mali, Malawi and Somalia in 2031.\n"
    "A Somaliland trader, a pro-Chad militia and the Niger-Chad border.\n"
    "xNiger Niger_ 9Mali Mali9 _Chad Chad- 'Peru' \u00e9Peru Peru\u00e9 Per\u00fa\n"
    "Oman\u0301 Oman. Iran-Iraq Iraq\u2019s Iran's Chadian Nigerien\n"
    "C\u00f4te d'Ivoire said C\u00f4te d'Ivoire's port and Guinea-Bissau's too.\n"
    "Mali"
)
_NAMES = (
    "Niger",
    "Nigeria",
    "Chad",
    "Mali",
    "Malawi",
    "Somalia",
    "Peru",
    "Oman",
    "Iran",
    "Iraq",
    "C\u00f4te d'Ivoire",
    "Guinea",
    "Guinea-Bissau",
)


def _plain(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def test_names_pattern_finds_what_the_plain_alternation_finds() -> None:
    names = tuple(sorted(_NAMES, key=lambda n: (-len(n), n)))
    expected = _spans(_plain(names), _TEXT)
    assert len(expected) > 20  # (the text exercises the pattern)
    assert _spans(_names_pattern(names), _TEXT) == expected
    # and for every single name, and a few pairs in either order
    for name in names:
        assert _spans(_names_pattern((name,)), _TEXT) == _spans(_plain((name,)), _TEXT)
    for pair in (("Nigeria", "Niger"), ("Niger", "Nigeria"), ("Guinea", "Guinea-Bissau")):
        assert _spans(_names_pattern(pair), _TEXT) == _spans(_plain(pair), _TEXT)


def test_read_names_notes_each_mention() -> None:
    article = Article(_TEXT)
    article.read_names({"Niger", "Chad", "Peru", "Mali"})
    # "Niger said" (says), "the Niger-Chad" (a mention after "the"), several of each
    assert "says" in article._reads["Niger"]
    assert "many" in article._reads["Niger"]
    assert "poss" in article._reads["Chad"]
    assert "in" not in article._reads["Peru"]
    assert "in" in article._reads["Mali"]  # "officials from Mali"


# Invented text: bodies' names before a hyphen's modifier, at the start of the text, after
# letters, before hyphens that are no modifier, hyphenated names, and one whose mentions
# overlap ("Tor-Tor-Tor-backed").
_COMPOUNDS = (
    "Verdant Coast Front-backed fighters raided Olmo. The Verdant Coast Front-led talks\n"
    "stalled, said a Sable Hills Union-linked trader; xSable Hills Union-held posts and\n"
    "the Sable Hills Union-era maps. Kesh-Ardo Alliance-backed units and Kesh-Ardo\n"
    "Alliance-run camps; the Tor-Tor-Tor-backed band; the Tor-Tor-held ridge; Tor-Tor-Tor\n"
    "Vale Guard-aligned, Vale Guard-organised and Vale Guard-organized militias."
)
_COMPOUND_NAMES = (
    "Verdant Coast Front",
    "Sable Hills Union",
    "Kesh-Ardo Alliance",
    "Kesh-Ardo\nAlliance",
    "Tor-Tor",
    "Tor-Tor-Tor",
    "Vale Guard",
    "Coast Front",
    "Olmo Council",
)


def test_names_before_hyphens_finds_what_before_a_modifier_finds() -> None:
    from annotator.core.suggest.actors import (
        _COMPOUND_AFTER_NAME,
        _before_a_modifier,
        _names_before_hyphens,
    )

    hyphens = [m.start() for m in _COMPOUND_AFTER_NAME.finditer(_COMPOUNDS)]
    found = _names_before_hyphens(_COMPOUNDS, _COMPOUND_NAMES, hyphens)
    assert found["Verdant Coast Front"] == [0, _COMPOUNDS.index("Verdant Coast Front-led")]
    assert found["Vale Guard"] != []
    assert "Tor-Tor" not in found  # its mentions overlap: left to `_before_a_modifier`
    for name in _COMPOUND_NAMES:
        expected = list(_before_a_modifier(_COMPOUNDS, name, hyphens))
        if name in found:
            assert found[name] == expected, name
    # with no hyphen at all, every name is answered, with nothing
    assert _names_before_hyphens("no modifier here", ("Vale Guard",), []) == {"Vale Guard": []}


def test_prepare_rules_compiles_the_list_of_places_pattern() -> None:
    from annotator.core.suggest import prepare_rules, state_check, suggest
    from annotator.services.suggesting import load_gazetteer

    # a gazetteer object of its own: the pattern is kept per object
    gazetteer = dict(load_gazetteer())
    assert id(gazetteer) not in state_check._LISTS
    prepare_rules(gazetteer=gazetteer, labels=["ACTOR"])
    kept = state_check._LISTS.get(id(gazetteer))
    assert kept is not None
    assert kept[0] is gazetteer
    pattern = kept[1]
    # the article's rules read that very pattern (no second compile)
    text = "Aid convoys left from Chad, Sudan and Libya on Monday, officials said."
    suggest(text, gazetteer=gazetteer)
    assert state_check._LISTS[id(gazetteer)][1] is pattern
    assert pattern.search(text) is not None


# Invented transcript lines: surnames after a given name, an initial, an accented or
# hyphenated given name, a lower-case word, a number, at a line's start, before a
# possessive or a longer word, after two spaces or a tab.
_TRANSCRIPT = (
    "PANEL: Oruma Teskel, Director; K. S. Varrin; \u00c9lo\u00efse Dunmar-Aho; jon Quell\n"
    "TESKEL: Good morning.\nVARRIN: Thank you.\n"
    "Noted by 4B Pardo and x.Y Lunt; Ab  Corvo; Ab\tMesk; Mr Halvi's; Mr Ostrakos\n"
    "\u00dcmit Brenn-Ola said; Ana-mar\u00eda Seld; Al\u0301i Fenn; B. Gast\n"
    "Oruma Teskelson spoke; Ida Pardoe; the word Pardo again; AB Quill"
)


def test_surname_named_in_full_finds_what_the_full_search_finds() -> None:
    from annotator.core.suggest.actors import _NAME_WORD_BEFORE, _surname_named_in_full

    surnames = [
        "Teskel",
        "Varrin",
        "Dunmar-Aho",
        "Dunmar",
        "Quell",
        "Pardo",
        "Lunt",
        "Corvo",
        "Mesk",
        "Halvi",
        "Ostrakos",
        "Brenn-Ola",
        "Brenn",
        "Seld",
        "Fenn",
        "Gast",
        "Teskelson",
        "Pardoe",
        "Quill",
        "Nobody",
    ]
    seen = set()
    for surname in surnames:
        expected = (
            re.search(rf"{_NAME_WORD_BEFORE} {re.escape(surname)}\b", _TRANSCRIPT) is not None
        )
        assert _surname_named_in_full(_TRANSCRIPT, surname) == expected, surname
        seen.add(expected)
    assert seen == {True, False}  # (both answers are exercised)
