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


@pytest.mark.parametrize(
    "body",
    [
        # (review60a F4, F5, F6) the first line of a wrapped paragraph, a list's items, a
        # list under its lead-in, an active with a thing as its object, "Mother of ..."
        "\nMeanwhile, as soldier killed in such\ncases often are, he declined to answer.\n",
        "\nSoldier killed in Donetsk shelling\nPolice officer hurt in Lagos riot\n",
        "\nRelated stories\n\nSoldier killed in Donetsk shelling\n",
        "\nRead more:\n\nSoldier killed in Donetsk shelling\n",
        "\nFarmer killed wolf, court told\n",
        "\nReporter shot footage of the clashes\n",
    ],
)
def test_lines_that_are_no_heading_of_a_harm(body: str) -> None:
    # a heading in the same text is read: the rule runs here
    text = "Daily Ledger\n\n" + BODY + body + "\nGuard wounded at border post\n\n" + BODY
    assert suggested_texts(text, "CASUALTY") == ["Guard wounded"]


def test_the_mother_of_a_soldier_is_no_casualty() -> None:
    # (the soldier's own harm would need "of" to open a headline's part: not read)
    text = (
        "Daily Ledger\n\n" + BODY + "\nMother of soldier killed in Bakhmut speaks out\n\n"
        "Guard wounded at border post\n\n" + BODY
    )
    assert suggested_texts(text, "CASUALTY") == ["Guard wounded"]


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
        # (review60a F7) a trip, an errand, migration for work, a hall, a scheme
        "About 12 residents had left the area before the blast, so no one was hurt.",
        "More than 200 villagers have left the village for the annual harvest fair.",
        "Some 40 residents had left the town for a meeting with the governor.",
        "Only 12 villagers had left the village to vote in the regional election.",
        "About 2,000 inhabitants have left the island over the past decade in search of work.",
        "Nearly 50 residents had left the community hall by the time the vote was counted.",
        "Some 30 households have left the district's water scheme since the tariff rose.",
    ],
)
def test_leaving_anything_else_is_no_displacement(sentence: str) -> None:
    # the same text with a settlement left gives the figure: the rule runs here
    control = "Elders said about 300 residents have left the town since the spring."
    text = "Fear grips the north\n\n" + sentence + " " + control + "\n"
    assert suggested_texts(text, "CASUALTY") == ["about 300 residents have left"]


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


def test_one_more_of_the_same_dead_joins_the_list() -> None:
    # (review60a F3) "were also among them" says no harm of its own
    text = (
        "Toll rises in the east\n\nAmong the dead were three nurses and two drivers, and "
        "four children were also among them.\n"
    )
    found = suggest(text, labels=["CASUALTY"])
    assert [(text[s.start : s.end], s.attributes["count_low"]) for s in found] == [
        ("Among the dead were three nurses and two drivers, and four children", 9)
    ]


def test_bodies_of_things_are_no_one() -> None:
    text = "Floods\n\nHeavy rain filled three bodies of water near Kano, and 12 people drowned.\n"
    assert suggested_texts(text, "CASUALTY") == ["12 people drowned"]


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


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        # (review60a F1, F2) a figure told after "how" is given, not asked for
        ("Police described how 12 people were killed at the gate.", "12 people were killed"),
        ("He explained how 300 families had fled their homes.", "300 families had fled"),
        ("The army listed 40 fighters it has killed in the valley.", "40 fighters it has killed"),
    ],
)
def test_a_count_told_after_how_is_a_figure(sentence: str, phrase: str) -> None:
    text = "Questions in parliament\n\n" + sentence + "\n"
    assert suggested_texts(text, "CASUALTY") == [phrase]


def test_a_count_after_a_word_ending_in_how_is_still_a_figure() -> None:
    # "show" ends in "how": the guard reads a whole word
    text = "Figures\n\nPolice figures show more than 1,100 murders across the island.\n"
    assert suggested_texts(text, "CASUALTY") == ["more than 1,100 murders"]
