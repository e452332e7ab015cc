"""REVIEW69A: hostile probes against ACT69's person rules (things that die, victims that are
firms, peoples' adjectives, prizes and localities after a given name, page labels in a byline)."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_people as _people

_LEAD = "Gunmen attacked the village of Kabo on Tuesday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Manchester United died a slow death at Anfield on Sunday, losing 5-0.",
        "Nord Stream died the day the pipelines were blown up, one analyst said.",
        "Kibera Slum died a little each time the bulldozers came.",
        "Hurricane Ernesto died over the cold waters of the North Atlantic.",
        "Maersk Line was among the victims of the NotPetya cyberattack in 2017.",
        "Sony Pictures was among the victims of the hack attributed to North Korea.",
    ],
)
def test_things_that_die_or_fall_victim_are_no_people(sentence: str) -> None:
    assert _people(_LEAD + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Obiora Eze died of his wounds on Tuesday.", "Obiora Eze"),
        ("Shafiq Wardak died, police said.", "Shafiq Wardak"),
    ],
)
def test_a_persons_death_still_names_the_person(sentence: str, name: str) -> None:
    assert _people(_LEAD + sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police identified the victims as Maasai Morans from Narok.",
        "Officials identified the dead as Manipuri Hindus from Bishnupur.",
        "Ramon Magsaysay Award winners called for an end to the killings.",
        "Santosh Trophy matches in Manipur were postponed after the violence.",
        "Rajendra Place metro station was shut after the protest.",
        "Yaroslav Mudryi frigate was hit by a drone.",
        "Konstantin Olshansky ship was seized in 2014.",
        "Davit Gareja monastery is on the border with Azerbaijan.",
    ],
)
def test_peoples_prizes_and_localities_are_no_people(sentence: str) -> None:
    assert _people(_LEAD + sentence) == []


@pytest.mark.parametrize("byline", ["By Editorial BOARD", "By Late AFTERNOON"])
def test_a_page_label_in_a_capitals_byline_is_no_writer(byline: str) -> None:
    text = (
        "Gunmen kill nine in Kabo\n\n"
        + byline
        + "\n\nKABO, Niger - Gunmen killed nine people in a raid on Tuesday, officials said."
    )
    assert _people(text) == []
