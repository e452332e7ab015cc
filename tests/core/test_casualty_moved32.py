"""CASUALTY classes the misses of articles 252-267 showed once they moved to dev (session 32),
each in its general form with counter-examples. Every sentence here is made up for the test;
none is an article's own."""

from __future__ import annotations

import pytest

from tests.core.suggested import BODY, Figure, casualties
from tests.core.suggested import body_figures as _found


@pytest.mark.parametrize(
    ("sentence", "phrase", "figure"),
    [
        # a force before its rank: the rank is the noun counted
        (
            "Among the dead was a police brigadier, the interior ministry said.",
            "Among the dead was a police brigadier",
            (1, 1, "killed", "combatant"),
        ),
        (
            "Among the wounded was a police inspector, the governor said.",
            "Among the wounded was a police inspector",
            (1, 1, "injured", "combatant"),
        ),
        # one more person by rank, with how badly
        (
            "Two guards were shot dead and a third badly hurt at the gate.",
            "a third badly hurt",
            (1, 1, "injured", "combatant"),
        ),
        # people counted as refugees with a verb between
        (
            "Almost 400,000 Central Asians are now refugees in Mauritania and Niger.",
            "Almost 400,000 Central Asians are now refugees",
            (None, 399999, "displaced", "civilian"),
        ),
        (
            "About 15,000 people were now refugees in the border town.",
            "About 15,000 people were now refugees",
            (15000, 15000, "displaced", "civilian"),
        ),
        # a speaker before "said the bodies": the remains are the figure
        (
            "A fisherman at the landing site said the bodies of six migrants washed ashore.",
            "bodies of six migrants",
            (6, 6, "killed", "civilian"),
        ),
        # households leaving for fear of reprisals
        (
            "Some 25 families had left the hamlet, fearing retaliation by the militia.",
            "Some 25 families had left",
            (25, 25, "displaced", "civilian"),
        ),
        # trekkers and their guide, summed
        (
            "Bandits killed six trekkers and a porter on the trail.",
            "killed six trekkers and a porter",
            (7, 7, "killed", "civilian"),
        ),
        (
            "Two farmhands were abducted from the estate overnight.",
            "Two farmhands were abducted",
            (2, 2, "other", "civilian"),
        ),
        # "in one of them": an event, then the one person
        (
            "Raids were frequent; in one of them a teacher was killed.",
            "a teacher was killed",
            (1, 1, "killed", "civilian"),
        ),
        # evicted from land, with who lived on it
        (
            "More than 500 families were evicted from land they cultivated near the dam.",
            "More than 500 families were evicted from land they cultivated",
            (501, None, "displaced", "civilian"),
        ),
        # members of a criminal outfit, and a named force's personnel
        (
            "Soldiers killed five members of a smuggling ring at the border.",
            "killed five members",
            (5, 5, "killed", "combatant"),
        ),
        (
            "Four Desert Corps personnel were wounded in the exchange of fire.",
            "Four Desert Corps personnel were wounded",
            (4, 4, "injured", "combatant"),
        ),
    ],
)
def test_general_forms_of_the_moved_misses(sentence: str, phrase: str, figure: Figure) -> None:
    found = _found(sentence)
    assert found.get(phrase) == figure, found


@pytest.mark.parametrize(
    "sentence",
    [
        # a verb of speech ends the speaker's place phrase: no count of one here
        "A doctor at the hospital said the wounded needed blood.",
        # an active harm after "who" is what the counted did to others
        "He was one of a group of fighters who abducted villagers in 2019.",
        # a rank that is no person harmed, a third that is no person
        "A third patrol was sent to the village on Friday.",
        # households leaving with no harm given as the cause
        "About 40 families had left for the market town.",
        # an expulsion of diplomats is no displacement
        "Three diplomats were expelled from the capital.",
    ],
)
def test_counter_examples_suggest_nothing(sentence: str) -> None:
    assert _found(sentence) == {}


def test_one_of_them_after_a_preposition_counts_no_one_but_one_of_them_harmed_does() -> None:
    found = _found("Police arrested four men and one of them was wounded.")
    assert found.get("one of them was wounded") == (1, 1, "injured", "unknown"), found


def test_a_personnel_noun_without_a_force_names_no_side() -> None:
    found = _found("Three hospital personnel were injured in the strike.")
    assert found.get("Three hospital personnel were injured") == (3, 3, "injured", "unknown")


@pytest.mark.parametrize(
    ("sentence", "phrase", "victims"),
    [
        # a part naming both sides, after where and who counted
        (
            "At least 20 people died in the unrest last year, according to a tally by a rights"
            " group, among them soldiers, traders and two students.",
            "At least 20 people died",
            "mixed",
        ),
        # ... a part of one side says nothing of the rest
        (
            "At least 20 people died in the unrest last year, according to a tally by a rights"
            " group, among them two students.",
            "At least 20 people died",
            "unknown",
        ),
        # ... "among them" with no people after it is no part
        (
            "At least 20 people died in attacks on villages in the north, among them Tassa and"
            " Kolo.",
            "At least 20 people died",
            "unknown",
        ),
        # ... who did it is no part of the victims
        (
            "The office documented at least 40 people killed in the district in two months,"
            " among them nine children, most of them by soldiers.",
            "at least 40 people killed",
            "unknown",
        ),
    ],
)
def test_a_part_named_after_the_source_of_a_count(sentence: str, phrase: str, victims: str) -> None:
    found = _found(sentence)
    assert found[phrase][3] == victims, found


def test_a_new_subject_after_but_keeps_its_people_to_its_own_figure() -> None:
    found = _found("The army first reported three dead, but a 60-year-old farmer died later.")
    assert found.get("three dead") == (3, 3, "killed", "unknown"), found
    assert found.get("a 60-year-old farmer died") == (1, 1, "killed", "civilian"), found


@pytest.mark.parametrize(
    ("text", "phrase", "figure"),
    [
        # a report's table: the label on its own line, with where the deaths were
        (
            "Annex\n\nDeaths in detention: 14",
            "Deaths in detention: 14",
            (14, 14, "killed", "unknown"),
        ),
        ("Annex\nInjured: 40", "Injured: 40", (40, 40, "injured", "unknown")),
        # local press: made homeless
        (
            BODY + "Some 55 persons were rendered homeless after the raid.",
            "Some 55 persons were rendered homeless",
            (55, 55, "displaced", "unknown"),
        ),
        # the lives of a group and one more person
        (
            BODY + "The ambush cost the lives of six soldiers and a civilian driver.",
            "cost the lives of six soldiers and a civilian driver",
            (7, 7, "killed", "mixed"),
        ),
        (
            BODY + "Gunmen kidnapped a pastor and two catechists on the road to the mission.",
            "kidnapped a pastor and two catechists",
            (3, 3, "other", "civilian"),
        ),
        (
            BODY + "Forty human rights defenders were arrested during the protests.",
            "Forty human rights defenders were arrested",
            (40, 40, "other", "civilian"),
        ),
        (
            BODY + "Soldiers shot dead three elderly villagers near the well.",
            "shot dead three elderly villagers",
            (3, 3, "killed", "civilian"),
        ),
        (
            BODY + "The shelling forced about 900 families to seek refuge in the mosque.",
            "about 900 families to seek refuge",
            (900, 900, "displaced", "civilian"),
        ),
        (
            BODY + "Villagers found the corpses of three herders in the bush.",
            "corpses of three herders",
            (3, 3, "killed", "civilian"),
        ),
        (
            BODY + "The group documented 57 cases of arbitrary detention in the province.",
            "57 cases of arbitrary detention",
            (57, 57, "other", "unknown"),
        ),
    ],
)
def test_forms_of_local_press_briefings_and_reports(text: str, phrase: str, figure: Figure) -> None:
    found = {
        p: (a.get("count_low"), a.get("count_high"), a.get("kind"), a.get("victims"))
        for p, a in casualties(text).items()
    }
    assert found.get(phrase) == figure, found


def test_a_label_never_takes_the_heading_line_above_it() -> None:
    assert "Casualties\n\nKilled: 17" not in casualties("Casualties\n\nKilled: 17")


def test_cases_of_an_illness_are_no_figure() -> None:
    assert casualties(BODY + "The clinic saw 120 cases of measles in May.") == {}


def test_the_number_of_harmed_with_the_nouns_acronym() -> None:
    found = _found("The number of displaced persons (IDPs) in Ituri rose to 1.6 million.")
    assert found.get("number of displaced persons (IDPs) in Ituri rose to 1.6 million") == (
        1600000,
        1600000,
        "displaced",
        "unknown",
    ), found


def test_two_harms_the_second_after_its_verb_count_either() -> None:
    found = _found("More than 900 migrants died or went missing on the route in 2023.")
    assert found.get("More than 900 migrants died or went missing") == (
        901,
        None,
        "other",
        "civilian",
    ), found


@pytest.mark.parametrize(
    ("sentence", "phrase", "figure"),
    [
        # "refugees" is the casualty word: the smallest phrase ends there
        (
            "About 900 refugees had fled the settlement by Sunday.",
            "About 900 refugees",
            (900, 900, "displaced", "civilian"),
        ),
        (
            "More than 40 refugees were displaced again by the fire.",
            "More than 40 refugees",
            (41, None, "displaced", "civilian"),
        ),
        # ... but another harm keeps its verb, and "people" names none
        (
            "Two refugees were wounded by the shelling.",
            "Two refugees were wounded",
            (2, 2, "injured", "civilian"),
        ),
        (
            "About 900 people had fled the settlement by Sunday.",
            "About 900 people had fled",
            (900, 900, "displaced", "unknown"),
        ),
    ],
)
def test_refugees_end_the_phrase_before_the_verb_of_their_flight(
    sentence: str, phrase: str, figure: Figure
) -> None:
    found = _found(sentence)
    assert found.get(phrase) == figure, found


def test_people_burnt_beyond_recognition_are_dead() -> None:
    found = _found("Six worshippers were burned beyond recognition in the fire.")
    assert found.get("Six worshippers were burned beyond recognition") == (
        6,
        6,
        "killed",
        "civilian",
    ), found
