"""Whole-text scans made cheaper (perf69) find what they found: a word's start asked after
its capital, so that the engine skips to the capitals (`_NUMBERED_NAME`), and a motion
word found with the space before it (`_MOTION_WORD`, its offsets one character later)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.suggest import actors

# The patterns as they were (main 674307f2).
_NUMBERED_NAME_BEFORE = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,2}) \d{1,2}"
    r"(?=[,.;:)]|$| \(| (?:[a-z]+ed|was|is|had|has|and|which|sank|off|in|on|at|to|from|with"
    r"|for|near|after|while|when|as|carrying|sailing|docked|left|remains)\b)"
)
_MOTION_WORD_BEFORE = re.compile(r"(?<= )(?:to|towards|toward|into|for|from|via|across) (?=[A-Z])")

_PARTS = st.sampled_from(
    [
        *("Sea-Watch", "Ocean", "Viking", "SOS", "Humanity", "MV", "Geo", "Barents", "X"),
        *("5", "3", "12", "2024", "1", "was", "seized", "sank", "off", "to", "into", "from"),
        *("for", "via", "across", "towards", "toward", "Kyiv", "Goma", "fled", "the", "a"),
        *(" ", "  ", "-", "'", "\u2019", "(", ")", ",", ".", "\n", "_", "\u212a", "\u00c9"),
    ]
)
_TEXT = st.lists(st.one_of(_PARTS, st.text(max_size=3)), max_size=30).map("".join)
_SPACED = st.lists(st.one_of(_PARTS, st.text(max_size=3)), max_size=30).map(" ".join)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.groupdict().get("name")) for m in pattern.finditer(text)]


@settings(max_examples=400)
@given(text=st.one_of(_TEXT, _SPACED))
def test_a_numbered_name_is_found_where_it_was(text: str) -> None:
    assert _found(actors._NUMBERED_NAME, text) == _found(_NUMBERED_NAME_BEFORE, text)


@settings(max_examples=400)
@given(text=st.one_of(_TEXT, _SPACED))
def test_a_motion_word_is_found_where_it_was(text: str) -> None:
    assert [m.start() + 1 for m in actors._MOTION_WORD.finditer(text)] == [
        m.start() for m in _MOTION_WORD_BEFORE.finditer(text)
    ]


def test_the_numbered_names_and_motion_words_of_examples() -> None:
    text = "(Sea-Watch 5 was seized.) Migrants fled to Goma aboard Ocean Viking 3, then via Kyiv"
    assert [m.group("name") for m in actors._NUMBERED_NAME.finditer(text)] == [
        "Sea-Watch",
        "Ocean Viking",
    ]
    assert [m.start() + 1 for m in actors._MOTION_WORD.finditer(text)] == [
        text.index("to Goma"),
        text.index("via Kyiv"),
    ]
    # a capital inside a word or after a hyphen opens no name
    assert actors._NUMBERED_NAME.search("xSea 5 was") is None
    assert actors._NUMBERED_NAME.search("pro-Sea 5 was") is None
    assert actors._NUMBERED_NAME.search("Sea 5 was").group("name") == "Sea"
