"""The work after the rules (credit lines, overlaps, speakers) stays cheap on a long article
and gives what the plain computations gave (issue 16).

Each shortcut is held equal to the straightforward computation it replaced, on every
sample article and on strings made to trip it; where the shortcut is to do less work,
a test counts the work.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.suggest import actors, registry, resolve_overlaps, speakers, suggest
from annotator.core.suggest.base import Suggestion

ROOT = Path(__file__).resolve().parents[2] / "sample_articles"
TEXTS = [
    f.read_text("utf-8") for f in sorted(ROOT.glob("*.txt")) + sorted((ROOT / "dev").glob("*.txt"))
]


# ------------------------------------------------------------------------ credit lines


def _plain_credit_lines(text: str) -> list[tuple[int, int]]:
    """`credit_lines` as the first version found them: the pattern searched everywhere."""
    if "by " not in text and "contributed" not in text:
        return []
    return [
        (m.start(), m.end())
        for m in actors._CREDIT_LINE.finditer(text)
        if actors._CREDIT_WORDS.issuperset(re.findall(r"\b[a-z]+\b", m.group()))
    ]


_CREDIT_PIECES = [
    "Reporting",
    "reporting",
    "Additional",
    "additional",
    "Editing",
    "Writing",
    "Graphics",
    " by ",
    "by",
    "\n",
    "\n\n",
    " ",
    "(",
    ")",
    "\t",
    ";",
    "contributed",
    " to this report",
    " reporting",
    "Amina Yusuf",
    " in Kano",
    "the",
    ",",
    " and ",
    "BBC suggests",
]


@pytest.mark.parametrize("text", TEXTS)
def test_credit_lines_of_every_sample_are_what_a_search_everywhere_finds(text: str) -> None:
    assert actors.credit_lines(text) == _plain_credit_lines(text)


@given(st.lists(st.sampled_from(_CREDIT_PIECES), max_size=24).map("".join))
@settings(max_examples=400, deadline=None)
def test_credit_lines_are_what_a_search_everywhere_finds(text: str) -> None:
    assert actors.credit_lines(text) == _plain_credit_lines(text)


def test_a_credit_spread_over_lines_is_found_once() -> None:
    text = "Reporting\nby Amina Yusuf in Kano\nReporting by Ali Musa; Editing by Ruth Okonjo"
    assert actors.credit_lines(text) == _plain_credit_lines(text) == [(0, 32), (33, len(text))]


class _CountedPattern:
    """A compiled pattern that counts where it is tried."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.tried = 0

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        self.tried += 1
        return self.pattern.match(text, pos)

    def finditer(self, text: str) -> Iterable[re.Match[str]]:
        self.tried += len(text)  # a search tries every position
        return self.pattern.finditer(text)


def test_credit_lines_are_tried_only_on_lines_a_credit_can_open(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    prose = "The convoy was stopped by soldiers near the bridge, witnesses said.\n" * 2000
    text = prose + "Reporting by Amina Yusuf; Editing by Ali Musa\n" + prose
    counted = _CountedPattern(actors._CREDIT_LINE)
    monkeypatch.setattr(actors, "_CREDIT_LINE", counted)
    assert actors.credit_lines(text) == [(len(prose), len(prose) + 45)]
    assert counted.tried == 1  # the credit's own line, not every line of prose


# ---------------------------------------------------------------------------- overlaps


def _plain_resolve_overlaps(found: Iterable[Suggestion]) -> list[Suggestion]:
    """`resolve_overlaps` as the first version settled them: one tuple per candidate
    sorted whole, every kept extent remembered in a set."""
    order = {name: i for i, name in enumerate(registry())}
    candidates = sorted(
        [
            (s.start - s.end, order.get(s.rule, len(order)), s.start, i, s)
            for i, s in enumerate(found)
        ]
    )
    size = max((c[4].end for c in candidates), default=0)
    kept: list[tuple[int, int, str, Suggestion]] = []
    seen: set[tuple[int, int, str]] = set()
    covered: dict[str, bytearray] = {}
    for candidate in candidates:
        s = candidate[4]
        start, end, label = key = s.start, s.end, s.label
        if key in seen or start >= end or start < 0:
            continue
        if label != "QUOTE":
            marks = covered.setdefault(label, bytearray(size))
            if marks.find(1, start, end) >= 0:
                continue
            marks[start:end] = b"\x01" * (end - start)
        seen.add(key)
        kept.append((start, -end, label, s))
    kept.sort()
    return [k[3] for k in kept]


_RULES = [*list(registry())[:6], "no such rule"]
_SUGGESTIONS = st.builds(
    lambda start, length, label, rule, tag: Suggestion(
        start, start + length, label, {"tag": tag}, rule
    ),
    st.integers(-2, 40),
    st.integers(-2, 12),
    st.sampled_from(["QUOTE", "ACTOR", "CASUALTY"]),
    st.sampled_from(_RULES),
    st.integers(0, 3),
)


@given(st.lists(_SUGGESTIONS, max_size=40))
@settings(max_examples=500, deadline=None)
def test_overlaps_are_settled_as_one_sort_of_every_candidate_settled_them(
    found: list[Suggestion],
) -> None:
    got = resolve_overlaps(found)
    want = _plain_resolve_overlaps(found)
    # the very objects, in the same order (equal extents may differ in attributes)
    assert [id(s) for s in got] == [id(s) for s in want]


# ---------------------------------------------------------------------------- speakers


def _plain_clause_end(text: str, i: int) -> int:
    """`_clause_end` as the first version found it: one character at a time."""
    end = i
    while end < len(text):
        ch = text[end]
        if ch == "\u2019" and text[end - 1 : end].isalpha() and text[end + 1 : end + 2].isalpha():
            end += 1
            continue
        if ch in '\n\u201c\u201d"\u2018\u2019\u00ab\u00bb!?':
            break
        if ch == "." and not speakers._ABBREVIATION_END.search(text, max(0, end - 8), end):
            break
        end += 1
    return end


_CLAUSE_PIECES = [
    "said",
    " Dr.",
    " Col.",
    " U.N.",
    " J.",
    "India\u2019s",
    "\u2019",
    "\u201d",
    '"',
    ".",
    "!",
    "?",
    "\n",
    " ",
    ",",
    "a",
    "B",
    "\u00ab",
]


@given(st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=20).map("".join), st.integers(0, 60))
@settings(max_examples=500, deadline=None)
def test_a_clause_ends_where_a_walk_over_every_character_ends_it(text: str, at: int) -> None:
    assert speakers._clause_end(text, at) == _plain_clause_end(text, at)


def test_a_clause_end_on_every_sample_is_where_a_walk_ends_it() -> None:
    for text in TEXTS:
        for at in range(0, len(text), 37):
            assert speakers._clause_end(text, at) == _plain_clause_end(text, at)


def test_a_persons_gender_is_read_once_however_often_the_pronouns_ask(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = (
        "Amina Yusuf, a nurse, lost her house. Ali Bako met her.\n\n"
        + '"We had nothing," she said. "Nothing at all," she added. "They came back," she said.\n'
        * 20
    )
    read: list[tuple[int, int]] = []
    real = speakers._gender_of

    def counted(text: str, person: Suggestion) -> str:
        read.append((person.start, person.end))
        return real(text, person)

    monkeypatch.setattr(speakers, "_gender_of", counted)
    found = suggest(text)
    assert any(s.label == "QUOTE" and s.speaker for s in found)
    assert read
    assert len(read) == len(set(read))  # each mention's words read once


def test_speakers_leave_every_other_field_of_a_quote_as_it_was() -> None:
    text = 'Amina Yusuf, a nurse, said: "We had nothing."'
    quote = Suggestion(28, 45, "QUOTE", {"kind": "direct"}, "quote_double_marks")
    actor = Suggestion(0, 11, "ACTOR", {"type": "person"}, "actor_person_in_attribution")
    (said,) = speakers.attribute_speakers(text, [quote], [actor])
    fields: dict[str, Any] = dict(vars(said))
    assert type(said) is Suggestion
    assert fields == {**vars(quote), "speaker": (0, 11)}
