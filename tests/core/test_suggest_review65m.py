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

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer

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
