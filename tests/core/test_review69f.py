"""REVIEW69F: guards on FRAME69's clause frames found by hostile probes: sales and untraced
figures of things or of nobody named, people sold something, witnesses and absconders not
found, person nouns in -ness / -ity after "Among the dead was a", lives "taken over / up /
into account", the found and returned among the missing, vehicles, animals and belongings
among those taken, football's ultras, and a second group's count after "groups of N and"."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_casualties


def spans(sentence: str) -> list[str]:
    return [f[0] for f in suggested_casualties(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Of the 40 flats in the block, 12 were sold before completion.",
        "Only two were sold at the auction in Geneva.",
        "Of the 500 tickets, 300 were sold within an hour.",
        "Shares in the bank fell after 2 million were sold by a hedge fund.",
        "Three of the paintings were sold to a private collector.",
        "Four of the horses were sold at the Newmarket sales.",
        "Hundreds of migrants were sold fake documents by smugglers in Agadez.",
        "Millions of customers were sold payment protection insurance they did not need.",
        "Thousands of supporters were sold tickets for the final.",
        "Two women were sold a dream of jobs in Dubai.",
        "Two remain untraceable, police said.",
        "Only 2 of the 14 files remain untraced.",
        "Three of the stolen cars remain untraced, police said.",
        "Three suspects were arrested while two remain untraceable.",
        "The trial was adjourned after 14 prosecution witnesses remained untraceable.",
        "The 12 absconding policemen remain untraceable despite raids, the court was told.",
        "Five of the gang members remain untraceable, police said.",
        "The lives of 300 people have been taken over by the crisis.",
        "The lives of 200 workers were taken into account when the plan was drawn up.",
        "The lives of 12 nurses were taken up by endless shifts during the pandemic.",
        "The lives of 40 families were lost in paperwork for years.",
        "Of the missing, three have since returned home.",
        "Of the missing, three were found alive on Tuesday.",
        "Of the abducted, five have escaped, police said.",
        "The pilot and the plane were among the missing.",
        "The farmer and his mule were among the dead.",
        "My husband and my motorbike were among those they took.",
        "My brother and the money were among those they took.",
        "Our chief and the elders were among those they took.",
        "Of the dead, 2024 was the deadliest year.",
    ],
)
def test_no_figure(sentence: str) -> None:
    # (an arrest's own figure may stand: "Three suspects were arrested")
    frames = ("sold", "untrace", "lives of", "Of the", "among the", "among those")
    assert [s for s in spans(sentence) if any(f in s for f in frames)] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Among the dead was a witness in the corruption trial.", "Among the dead was a witness"),
        (
            "Among the dead was a local celebrity, the police said.",
            "Among the dead was a local celebrity",
        ),
        (
            "Among the injured was a well-known TV personality.",
            "Among the injured was a well-known TV personality",
        ),
        ("Two groups of 10 and 15 people were abducted.", "15 people were abducted"),
        # the frames still hold
        ("Two boys of 12 and 14 were killed in the strike.", "Two boys of 12 and 14 were killed"),
    ],
)
def test_figure(sentence: str, expected: str) -> None:
    assert expected in spans(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Two ultras were arrested after the derby, police said.",
        "Three ultras were injured when the stand collapsed at the Stadio Olimpico.",
        "Five Legia ultras were hurt in clashes with riot police before the match.",
    ],
)
def test_football_ultras_are_never_combatants(sentence: str) -> None:
    # ("ultras" as Indian wire copy's militants was taken out by ABL70: one dev article)
    assert "combatant" not in [f[4] for f in suggested_casualties(sentence)]


def test_plural_noun_is_no_one_person() -> None:
    # main's "chief were among the dead" (1) may stand; never "elders and the chief" as 2
    assert [
        f
        for f in suggested_casualties("The elders and the chief were among the dead.")
        if f[1] == 2
    ] == []
