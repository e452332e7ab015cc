"""REVIEW65M: hostile probes against MEDIA65's outlet slots (every name invented).

- "read on TV", "aired on FM", "a journalist working for NGO": a medium or a kind, no outlet.
- "carried by IPTV subscribers": a technology's acronym is no broadcaster's call letters.
- A number after a name in the told slot is a channel's only after a broadcaster's name
  ("told the official Canal 9 that"), never "told Sector 3." or "told Room 4,".
- "told the Sunday Times": the day guard of the on-air slot does not reach the told slot.
- A writer-first bar line names its second part as outlet only where that part has an
  outlet's shape: no title ("Senior Correspondent"), place ("Mai Mahiu") or section.
"""

from __future__ import annotations

import re

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.suggest_probes import cpu_seconds

HEADLINE = "Gunmen kill six traders near Goma, officials say\n"
STORY = "\n\nGunmen killed six traders on Monday, officials said.\n"


def _actors(text: str) -> list[tuple[str, str]]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return [(text[s.start : s.end], str(s.attributes.get("type"))) for s in found]


def _media(text: str) -> list[str]:
    return [name for name, kind in _actors(text) if kind == "media"]


@pytest.mark.parametrize(
    "text",
    [
        "The names of the dead were read on TV.",
        "The speech was broadcast live on TV.",
        "The appeal aired on FM.",
        "The statement was aired on TV, a presenter said.",
        "A journalist working for NGO said the camp was full.",
        "The match was carried by IPTV subscribers.",
        "He told Sector 3.",
        "Fighters told Room 4, the detention cell, to be quiet.",
    ],
)
def test_no_outlet_in_a_medium_or_a_numbered_place(text: str) -> None:
    assert _media(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A statement read on RTNK said six soldiers were killed.", ["RTNK"]),
        ("The commander told the official Canal 9 that the town was calm.", ["Canal 9"]),
        ("Six people were killed, according to KNTV.", ["KNTV"]),
        ("He told the Sunday Times that the army had lied.", ["Times"]),
        ("He told Channel 4 that the ship had sunk.", ["Channel 4"]),
    ],
)
def test_outlets_in_those_slots_stay(text: str, expected: list[str]) -> None:
    assert _media(text) == expected


@pytest.mark.parametrize(
    "second",
    [
        "Senior Correspondent",
        "Chief Reporter",
        "Middle East Editor",
        "Guest Columnist",
        "Mai Mahiu",
        "Kibera Slum",
        "Lower Shabelle",
        "Photo Essay",
        "Special Report",
        "Last Updated",
    ],
)
def test_a_writer_first_bar_line_names_no_title_place_or_section(second: str) -> None:
    text = HEADLINE + f"Ana Ruiz | {second} | 3 December 2026" + STORY
    assert _media(text) == []
    assert ("Ana Ruiz", "person") in _actors(text)


@pytest.mark.parametrize(("second", "expected"), [("TNN", "TNN"), ("Daily Nation", "Daily Nation")])
def test_a_writer_first_bar_line_keeps_an_outlet_shaped_second(second: str, expected: str) -> None:
    text = HEADLINE + f"Ana Ruiz | {second} | 3 December 2026" + STORY
    assert _media(text) == [expected]


# `in_a_credit_tail` as it stood before REVIEW65M read it in windows: the reference.
def _credit_tail_reference(text: str, start: int, end: int) -> bool:
    import re

    from annotator.core.suggest import actors

    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    last = None
    for found in actors._SENTENCE_END_IN_LINE.finditer(text, line_start, start):
        last = found
    if last is None or len(text[line_start : last.end()].split()) < 4:
        return False
    tail = text[last.end() : line_end]
    if len(tail.split()) > 8 or actors._SENTENCE_END_IN_LINE.search(tail.rstrip(" \t)]")):
        return False
    return all(
        word in actors._CREDIT_TAIL_WORDS
        for word in re.findall(r"(?<![\w'\u2019.-])[a-z]+\b", tail)
    )


@pytest.mark.parametrize("window", [3, 8, 20, 600])
def test_a_credit_tail_read_in_windows_answers_as_the_whole_line(
    window: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import random

    from annotator.core.suggest import actors

    monkeypatch.setattr(actors, "_CREDIT_WINDOW", window)
    pieces = ["AFP", "Frontier", "photo", "by", "said", "the", "army", ".", "!", '."', ")", "\n"]
    rng = random.Random(65)
    for _ in range(3000):
        words_ = [rng.choice(pieces) for _ in range(rng.randint(1, 40))]
        text = " ".join(words_).replace(" .", ".").replace(" !", "!")
        for found in re.finditer(r"AFP|Frontier", text):
            args = (text, found.start(), found.end())
            assert actors.in_a_credit_tail(*args) == _credit_tail_reference(*args), args


def test_many_outlets_on_one_line_take_linear_time() -> None:
    unit = "A witness told Myanmar Now over the phone that six were killed! "
    gazetteer = load_gazetteer()
    rules = ["actor_outlet_in_slot"]
    timings = []
    for size in (40_000, 160_000):  # four times the text
        text = "Gunmen kill six\n\n" + unit * (size // len(unit))
        timings.append(
            cpu_seconds(
                lambda text=text: suggest(text, gazetteer=gazetteer, rules=rules),
                repeats=2,
            )
        )
    assert timings[1] < 8 * timings[0] + 0.3  # (sixteen times, were it quadratic)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivan Vesti said the shelling had stopped.", [("Ivan Vesti", "person")]),
        ("Maria Gazeta told reporters the road was closed.", [("Maria Gazeta", "person")]),
        ("Six people were killed, Sahel Infos reported.", [("Sahel Infos", "media")]),
    ],
)
def test_a_given_name_then_news_abroad_is_a_person(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(text) == expected
