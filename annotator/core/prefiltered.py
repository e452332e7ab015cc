"""A compiled pattern searched only where it can match: before the engine runs, a cheap
test asks whether the text holds, in lower case, one of the few strings every match must
begin with (worked out from the pattern itself, so it follows any edit of the pattern).

A long alternation of nouns ignoring case ("neighbours|parishioners|...") costs the engine
some hundred branch trials at every word; one clause of a long sentence searched per
phrase made the hostile text of `bench/suggest_hostile.py` ("another body, no full stop")
spend half its time there. The test is a pattern of those few strings as a trie, case
sensitive, over the lowered text: about a tenth of the cost, and where it finds nothing
there is no match. `search` returns exactly what the pattern's own `search` returns.
"""

from __future__ import annotations

import re
import sys
from typing import Any, Final

# (the engine's private parser: where a Python lacks it, or shapes it otherwise, no test
# is worked out and every pattern is searched as it is; review69p)
try:
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.11 to 3.13 have both
    sre = sre_parse = None

# How many leading characters of a match the needed strings hold; how many strings may
# be worked out before the pattern is searched as it is (no test).
_LENGTH: Final = 4
_MOST: Final = 3000
# What the characters that match an ASCII letter ignoring case but whose lower() is not that
# letter leave in a lowered text ("\u0130" lowers to "i\u0307", "\u0131" and "\u017f" to
# themselves): a text holding one is searched as it is. (Every code point was tried:
# tests/core/test_prefiltered_perf69.py.)
_ODD_CASES: Final = ("\u0307", "\u0131", "\u017f")
# The searches worth a test: the test's pattern is worked out (some milliseconds) once this
# many searches of at least `_LONG` characters were made, so that a process suggesting
# short articles never pays for it.
_LONG: Final = 256
_WORTH_IT: Final = 64


class _TooMany(Exception):
    """More needed strings than `_MOST`: the pattern is searched as it is."""


class PrefilteredPattern:
    """`compiled` with a `search` that skips texts holding none of the strings its matches
    begin with (lowered); `match`, `fullmatch`, `finditer`, `pattern` and `flags` are the
    compiled pattern's own."""

    __slots__ = ("_long", "_test", "compiled", "finditer", "flags", "fullmatch", "match", "pattern")

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled
        self.pattern = compiled.pattern
        self.flags = compiled.flags
        self.match = compiled.match
        self.fullmatch = compiled.fullmatch
        self.finditer = compiled.finditer
        # None: not worked out yet; False: no test (a match may begin anyhow).
        self._test: re.Pattern[str] | bool | None = None
        self._long = 0

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """What `compiled.search(text, pos, endpos)` returns."""
        test = self._test
        if test is None:
            if min(endpos, len(text)) - pos >= _LONG:
                self._long += 1
                if self._long >= _WORTH_IT:
                    test = self._test = _needed_test(self.compiled)
            if test is None:
                return self.compiled.search(text, pos, endpos)
        if (
            test is not False
            and 0 <= pos <= endpos
            and test.search(piece := text[pos:endpos].lower()) is None  # type: ignore[union-attr]
            and (piece.isascii() or not any(odd in piece for odd in _ODD_CASES))
        ):
            return None
        return self.compiled.search(text, pos, endpos)

    def prepare(self) -> None:
        """Work out the test now (a process about to search long texts)."""
        if self._test is None:
            self._test = _needed_test(self.compiled)


def _needed_test(pattern: re.Pattern[str]) -> re.Pattern[str] | bool:
    """A pattern finding, in a lowered text, one of the strings (lowered) every match of
    `pattern` begins with; False when there are none to ask for."""
    if sre_parse is None:
        return False
    try:
        needed = _prefixes(list(sre_parse.parse(pattern.pattern, pattern.flags)), _LENGTH)
    except _TooMany:
        return False
    except Exception:  # a parser of another shape: no test, never a crash
        return False
    if "" in needed:
        return False
    return re.compile(_trie(needed))


def _prefixes(items: list[tuple[Any, Any]], length: int) -> set[str]:
    """Strings of at most `length` characters, lowered, one of which begins every match of
    the parsed `items`, lowered: a shorter one says that anything may follow (a class too
    wide to list, a repeat, the end). What asserts and does not consume is skipped, so the
    strings may be asked for anywhere."""
    if length == 0 or not items:
        return {""}
    op, av = items[0]
    rest = items[1:]
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _prefixes(rest, length)
    if op is sre.LITERAL:
        if av > 127:
            return {""}  # (an ASCII text lowered is compared: no other letter's case)
        head = chr(av).lower()
        return {head + tail for tail in _prefixes(rest, length - 1)}
    if op is sre.IN:
        chars = _listed(av)
        if chars is None:
            return {""}
        tails = _prefixes(rest, length - 1)
        found = {c + tail for c in chars for tail in tails}
    elif op is sre.SUBPATTERN:
        found = _prefixes(list(av[3]) + rest, length)
    elif op is sre.ATOMIC_GROUP:
        found = _prefixes(list(av) + rest, length)
    elif op is sre.BRANCH:
        found = set()
        for alternative in av[1]:
            found |= _prefixes(list(alternative) + rest, length)
    elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, repeated = av
        if high == 1:
            found = _prefixes(list(repeated) + rest, length)  # "s?" or one: then the rest
        else:
            found = _prefixes(list(repeated), length)  # (what follows one repeat: unknown)
        if low == 0:
            found |= _prefixes(rest, length)
    else:
        return {""}  # any character, a category, a back reference: anything may stand
    if len(found) > _MOST:
        raise _TooMany
    return found


def _listed(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters of a small class of ASCII characters, lowered; None for any other."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL and av < 128:
            chars.add(chr(av).lower())
        elif op is sre.RANGE and av[1] < 128 and av[1] - av[0] < 8:
            chars.update(chr(c).lower() for c in range(av[0], av[1] + 1))
        else:
            return None
    return chars if len(chars) <= 8 else None


def _trie(strings: set[str]) -> str:
    """A pattern matching any of `strings` (none empty), factored by their characters, so
    that each position tries one branch per distinct first character."""
    if "" in strings:
        return ""
    by_first: dict[str, set[str]] = {}
    for string in strings:
        by_first.setdefault(string[0], set()).add(string[1:])
    branches = [re.escape(first) + _trie(tails) for first, tails in sorted(by_first.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
