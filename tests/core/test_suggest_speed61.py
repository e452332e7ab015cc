"""SPEED61: the state check reads its names' mentions from the rules' piece index.

`state_check.Article.read_names` scanned the whole text with one pattern of the names
(`_names_pattern`); given the text's piece index it now tries each name only where its
first piece stands, and beside the text's combining marks (`_mentions_at_pieces`). These
tests compare the two on invented sentences (made-up people and places, real states), and
the state check's scores with the index and without.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

from annotator.core.suggest import state_check
from annotator.core.suggest.base import GazetteerEntry, Suggestion
from annotator.core.suggest.learned import model_tokens
from annotator.core.suggest.text import piece_index

# Longest first, as read_names orders them: "South Sudan" before "Sudan".
_NAMES = ("South Sudan", "Guinea-Bissau", "Somalia", "Nigeria", "Guinea", "Sudan", "Chad")

_TEXT = (
    "Sudan and South Sudan traded accusations; Sudan's army denied it. "
    "Delegates from Guinea-Bissau met Guinea's envoy, Marek Odun, in Chad. "
    "SudanTV and Sudan_News are no mentions, nor is Chadian or preChad, "
    "but (Nigeria) and 'Somalia' and Nigeria-backed are. "
    "Lina Ba\u0301 said Sudan\u0301 was quiet; \u0301Chad and Chad\u0301x too. "
    "Sudan"
)


def _scanned(text: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    return [m.span() for m in state_check._names_pattern(names).finditer(text)]


def _looked_up(text: str, names: tuple[str, ...]) -> list[tuple[int, int]] | None:
    marks = [m.start() for m in state_check._MARK.finditer(text)]
    return state_check._mentions_at_pieces(text, names, piece_index(text), marks)


def test_the_index_finds_what_the_scan_finds() -> None:
    found = _looked_up(_TEXT, _NAMES)
    assert found == _scanned(_TEXT, _NAMES)
    names = [_TEXT[a:b] for a, b in found]
    # the longer name wins where both start; a name glued to a word is no mention; a name
    # beside a combining mark is one (the engine takes the mark for no word character)
    assert names[:3] == ["Sudan", "South Sudan", "Sudan"]
    assert "Guinea-Bissau" in names
    assert names.count("Chad") == 3
    assert _TEXT.index("SudanTV") not in [a for a, _b in found]


def test_the_index_finds_what_the_scan_finds_in_shuffled_text() -> None:
    parts = [
        "Sudan", "South", "South Sudan", "Chad", "Guinea", "Bissau", "-", "_", "'s", " ",
        "  ", "\n", ",", ".", "(", ")", "\u0301", "x", "9", "Somalia", "Nigeria", "e\u0301",
        "Guinea-Bissau", "pre", "an",
    ]  # fmt: skip
    generator = random.Random(61)
    for _ in range(3000):
        text = "".join(generator.choice(parts) for _ in range(generator.randint(1, 14)))
        assert _looked_up(text, _NAMES) == _scanned(text, _NAMES), repr(text)


def test_a_name_opening_with_no_word_character_is_left_to_the_scan() -> None:
    text = "see -Chad"
    assert state_check._mentions_at_pieces(text, ("-Chad",), piece_index(text)) is None


def test_the_state_check_scores_the_same_with_the_index() -> None:
    gazetteer = {
        name: GazetteerEntry(name, "state")
        for name in ("Sudan", "South Sudan", "Chad", "Nigeria", "Somalia")
    }
    text = (
        "Fighting in Sudan displaced Adel Roun's family. Sudan said the talks would resume, "
        "and Chad closed its border while Nigeria sent aid. Sudan\u0301 is quiet."
    )
    found = [
        Suggestion(start, start + len(name), "ACTOR", {"type": "state"}, "actor_known_elsewhere")
        for name in ("Sudan", "Chad", "Nigeria")
        for start in [i for i in range(len(text)) if text.startswith(name, i)]
    ]
    plain = state_check.scores(text, found, gazetteer)
    indexed = state_check.scores(text, found, gazetteer, pieces=piece_index(text))
    assert plain
    assert indexed == plain
    assert state_check.vetoed(text, found, gazetteer, pieces=piece_index(text)) == (
        state_check.vetoed(text, found, gazetteer)
    )


def _tokens_around_by_tokenising(
    text: str, extents: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """`state_check._tokens_around` with the tokeniser asked at every line it tries."""
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
            if len(model_tokens(text[start:stop])) >= 4 or stop >= len(text):
                break
        if windows and begin <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], stop))
        else:
            windows.append((begin, stop))
    return [(b + x, b + y) for b, s in windows for x, y in model_tokens(text[b:s])]


def test_the_lines_around_a_name_are_the_same_when_the_words_are_counted_first() -> None:
    text = (
        "KORVEL, Chad\n\n"
        "Chad.\n"
        "Chad, Sudan -- !!\n"
        "Sudan ?!\u2026 \u00bb\n"
        "Officials in Sudan's north, said Imre Voss, closed the road.\n"
        "Chad\n"
        "(Sudan)\n\n\n"
        "Nigeria-backed units of Chad's army moved on."
    )
    extents = [
        (i, i + len(name))
        for name in ("Chad", "Sudan", "Nigeria")
        for i in range(len(text))
        if text.startswith(name, i)
    ]
    for chosen in (extents, extents[:1], extents[-2:], extents[3:6]):
        assert state_check._tokens_around(text, chosen) == _tokens_around_by_tokenising(
            text, chosen
        )


def test_the_rules_load_without_fractions_until_a_decimal_is_read() -> None:
    code = (
        "import sys\n"
        "from annotator.core.suggest import suggest\n"
        "found = suggest('Gunmen killed 12 villagers in Tarvo on Monday, officials said.')\n"
        "assert found and 'fractions' not in sys.modules and 'decimal' not in sys.modules\n"
        "from annotator.core.casualty import parse_casualty\n"
        "assert parse_casualty('1.5 million people').low == 1_500_000\n"
        "assert 'fractions' in sys.modules\n"
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_name_holding_a_combining_mark_is_scanned_for() -> None:
    # review61b S1: "Peru\u0301" glued to letters matches the scan inside a longer piece
    from annotator.core.suggest import state_check
    from annotator.core.suggest.text import piece_index

    text = (
        "Chile accused Peru\u0301 of the raid. Peru\u0301vian farmers fled; Peru\u0301 denied it."
    )
    index = piece_index(text)
    assert state_check._mentions_at_pieces(text, ["Peru\u0301"], index) is None
