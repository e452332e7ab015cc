"""A name another document tags ACTOR ("annotate all occurrences") is not suggested where
THIS document puts it in a place's slot ("the villages of X", "residents of X", "a curfew
on X", "X, east of Raqqa") and never where an actor acts ("X said", "fighters of X
attacked", "an attack by X"): the document's own evidence outranks another document's tag
(dev 783 "al-Karama", dev 69 "Kiliba"; issue 15, KNOWN25). Invented sentences."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer

_KNOWN: dict[str, str | None] = {"al-Nasr": "armed group", "Kasanga": "person"}


def _actors(text: str) -> list[str]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"], known_actors=_KNOWN)
    return [text[s.start : s.end] for s in found if s.label == "ACTOR"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Gunmen attacked a checkpoint in al-Nasr, east of Deir ez-Zor, on Monday, a military"
            " source said. A resident of al-Nasr said three people were wounded.",
            "al-Nasr",
        ),
        (
            "Security forces imposed a curfew on al-Nasr and neighbouring villages on Tuesday."
            " The people of al-Nasr have suffered most, a local official said.",
            "al-Nasr",
        ),
        (
            "Shelling hit the villages of Kasanga and Mulongwe in South Kivu on Friday. Residents"
            " of Kasanga said two children were killed.",
            "Kasanga",
        ),
    ],
)
def test_a_known_name_the_document_only_places_is_not_suggested(text: str, name: str) -> None:
    assert name not in _actors(text)


@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        # it acts and is never placed
        (
            "Rebel fighters said al-Nasr had retaken two villages near Raqqa. A commander of"
            " al-Nasr said the group lost four men.",
            "al-Nasr",
            2,
        ),
        # placed once, but it also acts here: the other document's tag stands
        (
            "Fighters of al-Nasr attacked an army post east of Raqqa, the army said. Troops"
            " then imposed a curfew on al-Nasr, the group's stronghold.",
            "al-Nasr",
            2,
        ),
        (
            "Kasanga said the police had fired first in Uvira. Residents of Kasanga said two"
            " children were killed.",
            "Kasanga",
            2,
        ),
    ],
)
def test_a_known_name_that_acts_in_the_document_is_still_suggested(
    text: str, name: str, count: int
) -> None:
    assert _actors(text).count(name) == count


def _known_states(text: str) -> list[tuple[str, int]]:
    known: dict[str, str | None] = {"Addis Abeba": "state", "Taiz": "state"}
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"], known_actors=known)
    return [(text[s.start : s.end], s.start) for s in found if s.label == "ACTOR"]


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("Addis Abeba – ", "Addis Abeba"),
        ("Taiz, Yemen - ", "Taiz"),
        ("Addis Abeba (Reuters) - ", "Addis Abeba"),
    ],
)
def test_a_state_known_elsewhere_opening_a_dash_dateline_is_where_it_was_filed(
    head: str, name: str
) -> None:
    text = (
        "Drone strike kills nine at a market\n\n"
        + head
        + "At least nine people were killed when a drone struck a market on Monday, residents"
        " said."
    )
    assert name not in [found for found, _at in _known_states(text)]


def test_a_state_known_elsewhere_that_acts_at_a_line_start_is_still_suggested() -> None:
    text = (
        "Talks stall over the border\n\n"
        "Addis Abeba accused Asmara of keeping troops in the Irob district, officials said."
    )
    assert ("Addis Abeba", text.index("Addis Abeba")) in _known_states(text)
