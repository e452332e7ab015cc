"""Outlets no list holds, named where only an outlet stands (issue 15, ORGS18: found with
scripts/perturb_check.py's `media` kind, which gives dev's outlets invented mastheads):
a byline's outlet after a comma or on the line under it, more masthead words ("Star",
"Standard", "Sentinel", "Voice"), "tells X", "in a message to The X", a journalist's
outlet ("a reporter for the X", "the X's correspondent"), a state-run outlet. Invented
sentences and pages."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts, suggested_types

HEADLINE = "Gunmen kill five traders on Orvel road"
BODY = "At least five traders were killed on Tuesday, police said."


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (HEADLINE + "\nBy Mary Akech Deng\nHighland Sentinel, Juba\n" + BODY, "Highland Sentinel"),
        (HEADLINE + "\nBy Joseph Kamau, Tala Evening Star, Nairobi\n" + BODY, "Tala Evening Star"),
        ('"They came at night," he tells Highland Sentinel in his office.', "Highland Sentinel"),
        ('"They came at night," he told The Kora Herald by telephone.', "Kora Herald"),
        (
            "A spokesman said in a message to The Coastal Mirror that no fighters were there.",
            "Coastal Mirror",
        ),
        ("A reporter for the Mvita Standard was among the wounded.", "Mvita Standard"),
        ("The Kora Herald's correspondent in Tala said the town was quiet.", "Kora Herald"),
        (
            "The army said in a statement carried by the state-run Savanna Voice that 18 "
            "rebels were killed.",
            "Savanna Voice",
        ),
    ],
)
def test_an_unlisted_outlet_where_only_an_outlet_stands(text: str, outlet: str) -> None:
    assert outlet in suggested_texts(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a place under the byline is no outlet
        (HEADLINE + "\nBy Joseph Kamau\nJuba, South Sudan\n" + BODY, "Juba"),
        # a company owned by the state is no outlet
        ("He told the state-owned Kenya Power company that the lines were cut.", "Kenya Power"),
    ],
)
def test_no_outlet_where_the_slot_holds_something_else(text: str, absent: str) -> None:
    assert absent not in suggested_texts(text)


def test_a_person_told_whose_name_has_a_masthead_word_stays_a_person() -> None:
    types = suggested_types('"They came at night," he told Sun Wei, a reporter.')
    assert types == {"Sun Wei": "person"}


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (HEADLINE + "\nSavanna Voice, Hargeisa\n" + BODY, "Savanna Voice"),
        (HEADLINE + "\nCabdi Maxamed Nuur\nSavanna Voice\n" + BODY, "Savanna Voice"),
        ("A.K. Mishra told The Kora Herald the jawans were in high spirits.", "Kora Herald"),
        (
            '"One was a commander," he told The Riverside Gazette over the phone.',
            "Riverside Gazette",
        ),
        ("The Tala Evening Star reported that the border had been closed.", "Tala Evening Star"),
        ("Savanna Voice could not verify either side's claims.", "Savanna Voice"),
        (
            "The Savanna Voice, citing a military source, said a column had crossed.",
            "Savanna Voice",
        ),
    ],
)
def test_an_unlisted_outlet_in_its_credit_line_or_reporting_itself(text: str, outlet: str) -> None:
    assert outlet in suggested_texts(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a section's heading under the masthead, a byline's line
        ("Savanna Voice\nTop News\n" + HEADLINE + "\n" + BODY, "Top News"),
        (HEADLINE + "\nBy Lakeside Herald\n" + BODY, "By Lakeside Herald"),
    ],
)
def test_a_heading_or_byline_line_is_no_credit_line(text: str, absent: str) -> None:
    assert absent not in suggested_texts(text)


def test_a_person_told_with_a_given_name_stays_a_person() -> None:
    types = suggested_types("He told Joseph Star the news.")
    assert types == {"Joseph Star": "person"}


def test_the_credit_lines_the_stays_out_of_the_outlets_name() -> None:
    text = HEADLINE + "\nThe Kora Herald, Juba\n" + BODY + " The Kora Herald reported it first."
    assert suggested_texts(text) == ["Kora Herald", "Kora Herald"]
