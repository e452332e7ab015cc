"""The speaker pass's test for a withheld name (issue 16): `_ANONYMOUS` opens with a
look-ahead on the first letters of its branches, so a search over the 600 characters
before a name gives up at once at every other letter; it finds what the pattern without
the look-ahead found."""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

from annotator.core.suggest.speakers import _ANONYMOUS

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"
_LOOK_AHEAD = "(?=[adhiorstuw])"


def _first_letters(items: Any) -> set[str]:
    """The characters a parsed pattern's first consumed element may be (its \\b aside)."""
    for op, value in items:
        name = str(op)
        if name == "AT":
            continue
        if name == "LITERAL":
            return {chr(value)}
        if name == "BRANCH":
            return set().union(*(_first_letters(branch) for branch in value[1]))
        if name == "SUBPATTERN":
            return _first_letters(value[3])
        return {f"<{name}>"}  # anything else: never covered by the look-ahead
    return {"<empty>"}


def _without_look_ahead() -> re.Pattern[str]:
    source = _ANONYMOUS.pattern
    assert source.startswith(_LOOK_AHEAD + "(?:")
    assert source.endswith(")")
    return re.compile(source[len(_LOOK_AHEAD) + 3 : -1], _ANONYMOUS.flags)


def test_the_look_ahead_holds_every_branch_s_first_letter() -> None:
    assert _ANONYMOUS.pattern.startswith(_LOOK_AHEAD)
    tree = re._parser.parse(_without_look_ahead().pattern, _ANONYMOUS.flags)  # type: ignore[attr-defined]
    assert _first_letters(tree.data) <= set("adhiorstuw")
    # ... and the set folds case as the branches' literals do (IGNORECASE: "ſ" is an "s")
    letters = sorted(_first_letters(tree.data))
    either = re.compile("|".join(letters), re.IGNORECASE)
    charset = re.compile(f"[{''.join(letters)}]", re.IGNORECASE)
    for code in range(0x250):
        assert bool(either.match(chr(code))) == bool(charset.match(chr(code))), hex(code)


def test_it_finds_what_the_pattern_without_the_look_ahead_found() -> None:
    plain = _without_look_ahead()
    edges = (
        "A midwife, who spoke on condition of anonymity, said. Declined to be named. "
        "SPEAKING ANONYMOUSLY, one asked that her name be withheld; whose name is withheld. "
        "He did not want his real name used. Insisted on anonymity. ſpoke anonymously."
    )
    texts = [edges, *(f.read_text("utf-8") for f in sorted(SAMPLES.glob("*.txt"))[:60])]
    whole = "\n\n".join(texts)
    assert [m.span() for m in _ANONYMOUS.finditer(whole)] == [
        m.span() for m in plain.finditer(whole)
    ]
    draw = random.Random(16)
    for _ in range(3000):
        end = draw.randrange(len(whole))
        start = max(0, end - 600)  # as person_before searches
        found, expected = _ANONYMOUS.search(whole, start, end), plain.search(whole, start, end)
        assert (found and found.span()) == (expected and expected.span()), (start, end)
