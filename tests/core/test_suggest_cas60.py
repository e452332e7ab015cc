"""Session 60's CASUALTY rules, on sentences written for these tests (invented events).

A headline under a masthead, a breadcrumb or a section line, and a crosshead in the body,
name one person harmed without an article as the first line's headline does.
"""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from tests.core.suggest_probes import suggested_texts

BODY = (
    "A patrol came under fire near the bridge on Tuesday evening, the regional police "
    "said in a statement, adding that an investigation had been opened.\n"
)


@pytest.mark.parametrize(
    ("head", "phrase"),
    [
        ("Valley Courier\n\nHome > News > North\n\n", "Border guard killed"),
        ("THE EVENING POST\n\nRegions\n\n", "Police officer hurt"),
        ("Daily Ledger\n\n", "Soldier dies"),
    ],
)
def test_headline_under_page_furniture_names_one_person(head: str, phrase: str) -> None:
    text = f"{head}{phrase} in clash near Oskil river\n\n{BODY}"
    assert phrase in suggested_texts(text, "CASUALTY")


def test_a_crosshead_in_the_body_names_one_person() -> None:
    text = (
        "Violence flares on the coast\n\n"
        + BODY
        + "\nTAXI DRIVER KILLED IN PORT TOWN\n\n"
        + "In the port town, gunmen opened fire on a taxi rank at dawn, witnesses said.\n"
    )
    found = suggest(text, labels=["CASUALTY"])
    hit = [s for s in found if text[s.start : s.end] == "TAXI DRIVER KILLED"]
    assert hit
    assert hit[0].attributes["kind"] == "killed"
    assert (hit[0].attributes["count_low"], hit[0].attributes["count_high"]) == (1, 1)


def test_a_sentence_or_a_long_line_is_no_heading() -> None:
    # a body sentence ends in a full stop, and a line of a paragraph with no article is
    # read by the body's rules, not as a heading
    text = (
        "Daily Ledger\n\nTalks resume in the capital\n\n"
        + BODY
        + "\nOne of the officers, a sergeant, said that soldier killed nobody that night.\n"
    )
    assert "soldier killed" not in suggested_texts(text, "CASUALTY")
    # "Soldier killed two gunmen": the soldier did it (the gunmen are the figure)
    heading = "Daily Ledger\n\nSoldier killed two gunmen at the gate\n\n" + BODY
    assert suggested_texts(heading, "CASUALTY") == ["killed two gunmen"]


@pytest.mark.parametrize(
    ("sentence", "phrase", "low"),
    [
        (
            "Elders said about 300 residents have left the town since the spring.",
            "about 300 residents have left",
            300,
        ),
        (
            "By Friday more than 80 families had left the camp for Dohuk and Zakho.",
            "more than 80 families had left",
            81,
        ),
    ],
)
def test_people_counted_leaving_their_settlement_are_displaced(
    sentence: str, phrase: str, low: int
) -> None:
    text = "Fear grips the north\n\n" + sentence + "\n"
    found = [s for s in suggest(text, labels=["CASUALTY"]) if text[s.start : s.end] == phrase]
    assert found
    assert found[0].attributes["kind"] == "displaced"
    assert found[0].attributes["count_low"] == low


@pytest.mark.parametrize(
    "sentence",
    [
        # a move said of homes, a meeting, a posting: no place of dwelling left
        "Officials said about 30 families had left their homes in the morning.",
        "Delegates said 12 residents had left the meeting before the vote.",
        "Commanders said 40 soldiers have left the base for the front.",
    ],
)
def test_leaving_anything_else_is_no_displacement(sentence: str) -> None:
    text = "Fear grips the north\n\n" + sentence + "\n"
    assert suggested_texts(text, "CASUALTY") == []


@pytest.mark.parametrize(
    ("sentence", "phrase", "victims"),
    [
        (
            "Medics said 14 bodies of civilians had been brought to the hospital.",
            "14 bodies of civilians",
            "civilian",
        ),
        (
            "Nineteen bodies of Al-Shabaab fighters were left near the wells, he said.",
            "Nineteen bodies of Al-Shabaab fighters",
            "combatant",
        ),
        # no one named after the bodies: the count alone
        ("Medics said 14 bodies had been brought to the hospital.", "14 bodies", "unknown"),
    ],
)
def test_bodies_counted_then_whose_they_were(sentence: str, phrase: str, victims: str) -> None:
    text = "Toll rises in the east\n\n" + sentence + "\n"
    found = suggest(text, labels=["CASUALTY"])
    assert [(text[s.start : s.end], s.attributes["victims"]) for s in found] == [(phrase, victims)]


def test_a_list_of_the_dead_stops_where_a_new_clause_begins() -> None:
    text = (
        "Toll rises in the east\n\nAmong the dead were three nurses and a driver, and 12 "
        "people were wounded, the governor said.\n"
    )
    found = {
        text[s.start : s.end]: s.attributes["count_low"]
        for s in suggest(text)
        if s.label == "CASUALTY"
    }
    assert found == {
        "Among the dead were three nurses and a driver": 4,
        "12 people were wounded": 12,
    }


@pytest.mark.parametrize(
    "sentence",
    [
        '"I asked how many villagers have died," she said.',
        "Q (Radio Dabanga): How many people have been detained?",
        "The agency answered how many insurgents it has killed, not how many farmers.",
    ],
)
def test_a_count_asked_for_is_no_figure(sentence: str) -> None:
    text = "Questions in parliament\n\n" + sentence + "\n"
    assert suggested_texts(text, "CASUALTY") == []


def test_a_count_after_a_word_ending_in_how_is_still_a_figure() -> None:
    # "show" ends in "how": the guard reads a whole word
    text = "Figures\n\nPolice figures show more than 1,100 murders across the island.\n"
    assert suggested_texts(text, "CASUALTY") == ["more than 1,100 murders"]
