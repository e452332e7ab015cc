"""review69p: the prefiltered victim-noun and counting-verb searches find what their
patterns find over seeded random texts of the patterns' own words, in mixed case, with the
letters Unicode folds oddly (Turkish dotted and dotless i, long s, Kelvin sign, ligatures,
sharp s, Greek sigma, full-width letters, combining accents, Cyrillic look-alikes), no-break
and zero-width spaces and soft hyphens, at any start and end and on slices."""

from __future__ import annotations

import random
import re

import pytest

from annotator.core import casualty
from annotator.core.prefiltered import PrefilteredPattern
from annotator.core.suggest import casualties

_WRAPPED = [
    casualties._CIVILIAN_EXTRA,
    casualty._CIVILIAN,
    casualty._COMBATANT,
    casualties._COUNTED_BY,
]
_TRAPS = {
    "i": ["\u0130", "\u0131", "I", "\uff49", "i\u0307", "\u00ed"],
    "s": ["\u017f", "S", "\uff53", "\u00df", "\u1e9e"],
    "k": ["\u212a", "K", "\uff4b"],
    "f": ["\ufb01", "\ufb02", "F"],
    "e": ["\u00e9", "e\u0301", "E", "\u0415"],
    "o": ["\u03bf", "\u00f6", "O"],
    "c": ["\u0441", "C"],
    "a": ["\u0430", "A", "\u00e5"],
}
_SEPARATORS = [" ", "  ", "\u00a0", "\u200b", "\u00ad", "\n", "-", ",", ". ", "; ", "", "'"]
_SEPARATORS += ["\u2019s ", "\t", "\u3000", "\u03a3 ", "\u03c2 ", "\u1e9e", "\u00df"]


def _words() -> list[str]:
    found: set[str] = set()
    for pattern in _WRAPPED:
        found |= set(re.findall(r"[A-Za-z]{2,}(?:-[A-Za-z]+)?", pattern.pattern))
    return [*sorted(found), "the", "another", "a further", "were killed", "counted 14"]


def _mutated(word: str, rng: random.Random) -> str:
    case = rng.random()
    if case < 0.2:
        word = word.upper()
    elif case < 0.35:
        word = word.title()
    elif case < 0.5:
        word = "".join(c.upper() if rng.random() < 0.5 else c for c in word)
    out = []
    for char in word:
        swaps = _TRAPS.get(char.lower())
        out.append(rng.choice(swaps) if swaps and rng.random() < 0.12 else char)
        if rng.random() < 0.02:
            out.append(rng.choice(["\u0301", "\u200b", "\u00ad", "\u0307"]))
    return "".join(out)


def _span(found: re.Match[str] | None) -> tuple[tuple[int, int], str] | None:
    return None if found is None else (found.span(), found.group(0))


@pytest.mark.parametrize("seed", range(4))
def test_the_prefiltered_searches_agree_with_their_patterns_on_unicode_traps(seed: int) -> None:
    rng = random.Random(seed)
    words = _words()
    for pattern in _WRAPPED:
        pattern.prepare()
    for _ in range(600):
        parts = []
        for _ in range(rng.randint(1, 50)):
            parts += [_mutated(rng.choice(words), rng), rng.choice(_SEPARATORS)]
        text = "".join(parts) * (rng.randint(2, 6) if rng.random() < 0.3 else 1)
        for pattern in _WRAPPED:
            assert isinstance(pattern, PrefilteredPattern)
            assert _span(pattern.search(text)) == _span(pattern.compiled.search(text)), text
            pos, endpos = rng.randint(-3, len(text) + 3), rng.randint(-3, len(text) + 5)
            assert _span(pattern.search(text, pos, endpos)) == _span(
                pattern.compiled.search(text, pos, endpos)
            ), (text, pos, endpos)
            a = rng.randint(0, len(text))
            piece = text[a : rng.randint(a, len(text))]
            assert _span(pattern.search(piece)) == _span(pattern.compiled.search(piece)), piece


def test_the_traps_named_in_the_review_are_found_as_the_engine_finds_them() -> None:
    for pattern in _WRAPPED:
        pattern.prepare()
    for text in [
        "SOLD\u0130ERS killed 12 c\u0131vilians",  # Turkish dotted and dotless i
        "\u017foldiers shot 5 \u017fhopkeepers",  # long s
        "two \u212aids and a \u212aid were among the dead",  # Kelvin sign
        "\ufb01shermen and \ufb01ghters",  # ligature
        "\uff53\uff4f\uff4c\uff44\uff49\uff45\uff52\uff53 killed",  # full-width
        "medics coun\u0301ted another 14",  # a combining accent inside the word
        "medics\u00a0counted\u00a0another\u00a0",  # no-break spaces
        "sol\u00addiers and neigh\u200bbours",  # soft hyphen, zero-width space
        "MEDICS RECORDED \u0391NOTHER ",  # Greek capital alpha for an A
        "STRA\u1e9eE and stra\u00dfe workers",  # sharp s
    ]:
        padded = "a body was found " * 20 + text  # long: the test is asked
        for pattern in _WRAPPED:
            assert _span(pattern.search(padded)) == _span(pattern.compiled.search(padded))
            assert _span(pattern.search(text)) == _span(pattern.compiled.search(text))
