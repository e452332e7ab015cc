"""CASUALTY classes the misses of articles 236-251 showed once they moved to dev, and the
casualty points settled in session 30 that the rules did not follow yet (session 31).
Every sentence here is made up for the test; none is an article's own."""

from __future__ import annotations

import pytest

from tests.core.suggested import body_figures as _found

# ----------------------- people named by a noun and placed among a toll (open point 1)


@pytest.mark.parametrize(
    ("sentence", "phrase", "figure"),
    [
        (
            "A farmer said his wife and daughter were among the dead.",
            "wife and daughter were among the dead",
            (2, 2, "killed", "civilian"),
        ),
        (
            "Neighbours said her father and his younger brother were among those killed.",
            "father and his younger brother were among those killed",
            (2, 2, "killed", "civilian"),
        ),
        (
            "The guard and three of the patients were among the wounded, the clinic said.",
            "guard and three of the patients were among the wounded",
            (4, 4, "injured", "mixed"),
        ),
        (
            "He said his uncle and two cousins were among those abducted.",
            "uncle and two cousins were among those abducted",
            (3, 3, "other", "civilian"),
        ),
        (
            "The driver was among the wounded, police said.",
            "driver was among the wounded",
            (1, 1, "injured", "civilian"),
        ),
        (
            "Their pastor and a church elder were among those abducted on Sunday.",
            "pastor and a church elder were among those abducted",
            (2, 2, "other", "civilian"),
        ),
    ],
)
def test_named_people_placed_among_a_toll_count_one_per_noun(
    sentence: str, phrase: str, figure: tuple[object, ...]
) -> None:
    assert _found(sentence) == {phrase: figure}


@pytest.mark.parametrize(
    "sentence",
    [
        # a "whose" clause describes the speaker (open point 1)
        "Awa Traore, whose husband and son were among the dead, said the army came late.",
        # a plural with no number word
        "Her sons were among the dead.",
        "The driver and passengers were among the wounded.",
    ],
)
def test_no_figure_for_people_among_a_toll_without_a_noun_of_their_own(sentence: str) -> None:
    assert _found(sentence) == {}


# ----------------------- distractor numbers after a count: a date, a second clause's animals


@pytest.mark.parametrize(
    ("sentence", "phrase", "figure"),
    [
        (
            "Monitors recorded 19 civilians killed and at least 30 injured between 4 and 9 May.",
            "at least 30 injured",
            (30, None, "injured", "civilian"),
        ),
        (
            "The raid wounded 12 villagers on 3 March and burned the market.",
            "wounded 12 villagers",
            (12, 12, "injured", "civilian"),
        ),
        (
            "Rebels were accused of killing four shepherds and taking camels near Tine.",
            "killing four shepherds",
            (4, 4, "killed", "civilian"),
        ),
    ],
)
def test_a_date_or_a_later_clause_after_the_count_does_not_cut_the_figure(
    sentence: str, phrase: str, figure: tuple[object, ...]
) -> None:
    assert _found(sentence)[phrase] == figure


def test_a_date_range_after_a_harm_verb_is_no_count() -> None:
    found = _found("Aid agencies said 40 people were injured between 16 and 22 June.")
    assert found == {"40 people were injured": (40, 40, "injured", "unknown")}
    assert _found("The floods injured between 16 and 22 June, officials said.") == {}


def test_animals_counted_right_after_a_harm_verb_are_still_no_figure() -> None:
    assert _found("The raiders killed 30 cattle and stole 200 goats.") == {}
    assert _found("Soldiers killed 40 head of cattle in the raid.") == {}


# ----------------------- a person described by a relative clause


def test_a_count_after_a_speakers_relative_clause_is_found() -> None:
    found = _found("A herder who said two of his sons were abducted spoke to AFP in Mopti.")
    assert found == {"two of his sons were abducted": (2, 2, "other", "civilian")}
    found = _found("A nurse who told reporters that 14 people were wounded was at the clinic.")
    assert found == {"14 people were wounded": (14, 14, "injured", "unknown")}


@pytest.mark.parametrize(
    ("sentence", "phrase", "figure"),
    [
        (
            "Police are hunting the gunmen who ambushed a soldier who was shot near the border.",
            "a soldier who was shot",
            (1, 1, "injured", "combatant"),
        ),
        (
            "A schoolgirl who was kidnapped in May escaped on Friday, the governor said.",
            "A schoolgirl who was kidnapped",
            (1, 1, "other", "civilian"),
        ),
        (
            "An aid worker who was wounded in the shelling died in Kherson on Monday.",
            "An aid worker who was wounded in the shelling died",
            (1, 1, "killed", "civilian"),
        ),
    ],
)
def test_one_person_harmed_in_a_passive_relative_clause_counts_one(
    sentence: str, phrase: str, figure: tuple[object, ...]
) -> None:
    assert _found(sentence) == {phrase: figure}


@pytest.mark.parametrize(
    "sentence",
    [
        # an apposition after a name
        "The fifth victim was Juan Perez, 23, a mechanic who was shot on his way home.",
        # a speaker described, named after it
        "A trader who was wounded in the arm, Musa Bello, 40, told the BBC he had run.",
        # a speaker described, speaking later in the sentence
        "A farmer who was beaten by the soldiers said the village was empty.",
    ],
)
def test_a_passive_relative_clause_describing_a_speaker_is_no_figure(sentence: str) -> None:
    assert _found(sentence) == {}


def test_one_counted_by_a_harm_noun_keeps_that_figure() -> None:
    found = _found("Police announced the death of a conscript who had been wounded in the raid.")
    assert found == {"death of a conscript": (1, 1, "killed", "combatant")}


# ----------------------- "shot and seriously injured"; police by rank


def test_shot_and_an_adverb_before_the_harm_is_one_phrase() -> None:
    found = _found("Two constables were shot and critically wounded at the checkpoint.")
    assert found == {
        "Two constables were shot and critically wounded": (2, 2, "injured", "combatant")
    }
    found = _found("A detective was shot and seriously injured in Omagh last year.")
    assert found == {"A detective was shot and seriously injured": (1, 1, "injured", "combatant")}


# ----------------------- people listed as harmed; a harm named as a noun


@pytest.mark.parametrize(
    ("sentence", "phrase", "figure"),
    [
        (
            "The search commission lists more than 9,000 people as missing in the state.",
            "more than 9,000 people as missing",
            (9001, None, "missing", "unknown"),
        ),
        (
            "Officials registered 4,000 families as displaced after the clashes.",
            "4,000 families as displaced",
            (4000, 4000, "displaced", "civilian"),
        ),
        (
            "Monitors documented the displacement of 2,300 villagers from Djibo.",
            "displacement of 2,300 villagers",
            (2300, 2300, "displaced", "civilian"),
        ),
        (
            "Rights groups condemned the wounding of 14 students by police.",
            "wounding of 14 students",
            (14, 14, "injured", "civilian"),
        ),
    ],
)
def test_people_listed_as_harmed_and_a_harm_noun_of_people_are_figures(
    sentence: str, phrase: str, figure: tuple[object, ...]
) -> None:
    assert _found(sentence) == {phrase: figure}


@pytest.mark.parametrize(
    "sentence",
    [
        "Doctors treated four children as the wounded poured in.",
        "The displacement of populations has accelerated since May.",
        "The council lists 14 villages as safe for return.",
    ],
)
def test_as_or_displacement_without_a_counted_harm_is_no_figure(sentence: str) -> None:
    assert _found(sentence) == {}


def test_a_bare_count_listed_as_harmed_takes_the_victims_of_the_figure_before_it() -> None:
    found = _found("Local officials counted 31 villagers as dead and nine as missing on Tuesday.")
    assert found == {
        "31 villagers as dead": (31, 31, "killed", "civilian"),
        "nine as missing": (9, 9, "missing", "civilian"),
    }


# ----------------------- captives named by their captivity, then freed or killed


@pytest.mark.parametrize(
    ("sentence", "phrase", "figure"),
    [
        (
            "Three abducted nurses were released in Kaduna on Friday.",
            "Three abducted nurses were released",
            (3, 3, "other", "civilian"),
        ),
        (
            "Police said 30 detained protesters were freed on bail.",
            "30 detained protesters were freed",
            (30, 30, "other", "civilian"),
        ),
        (
            "Four kidnapped traders were found dead near Bunia.",
            "Four kidnapped traders were found dead",
            (4, 4, "killed", "civilian"),
        ),
    ],
)
def test_captives_named_by_their_captivity_take_what_befell_them_after(
    sentence: str, phrase: str, figure: tuple[object, ...]
) -> None:
    assert _found(sentence) == {phrase: figure}


def test_the_kind_of_kidnapped_people_harmed_later_is_that_harm() -> None:
    from annotator.core.casualty import casualty_kind

    assert casualty_kind("two kidnapped farmers were killed") == "killed"
    assert casualty_kind("two kidnapped farmers") == "missing"
    assert casualty_kind("kidnapped and killed two farmers") != "killed"


# ----------------------- "held" and "holding": captivity, never a place's population (point 3)


@pytest.mark.parametrize(
    ("sentence", "phrase", "figure"),
    [
        (
            "Some 50 civilians are held by the militia in the town hall.",
            "Some 50 civilians are held",
            (50, 50, "other", "civilian"),
        ),
        (
            "Twelve fishermen remain held by the coast guard in Dakhla.",
            "Twelve fishermen remain held",
            (12, 12, "other", "civilian"),
        ),
        (
            "The militia held 40 villagers for three days before releasing them.",
            "held 40 villagers",
            (40, 40, "other", "civilian"),
        ),
    ],
)
def test_people_held_against_their_will_are_a_figure(
    sentence: str, phrase: str, figure: tuple[object, ...]
) -> None:
    assert _found(sentence) == {phrase: figure}


@pytest.mark.parametrize(
    "sentence",
    [
        "Zamzam camp held more than 500,000 people before the attack.",
        "The prison, which holds 2,000 inmates, was attacked on Monday.",
        "Women and children from dozens of countries are held in the annex.",
        "Women from dozens of countries were held in the annex for years.",
        "Peace talks are held in Doha every month.",
    ],
)
def test_a_places_population_is_no_captivity(sentence: str) -> None:
    assert _found(sentence) == {}


# ----------------------- police personnel are combatants, in a predicate too


def test_police_personnel_named_after_a_part_of_the_wounded_are_combatants() -> None:
    found = _found("Seven of the injured were police personnel, the district officer said.")
    assert found == {"Seven of the injured": (7, 7, "injured", "combatant")}


# ----------------------- what happens again and again is no event


@pytest.mark.parametrize(
    "sentence",
    [
        '"Every time they kill one of ours, we will come back," the commander said.',
        "Whenever they abduct two villagers, the army raids the hills.",
        "Each time someone kills a herder, the clans take revenge.",
    ],
)
def test_a_harm_after_every_time_or_whenever_is_no_figure(sentence: str) -> None:
    assert _found(sentence) == {}


def test_a_figure_after_a_clause_of_every_time_still_counts() -> None:
    found = _found("Every time they attacked, they killed three or four herders.")
    assert found == {"killed three or four herders": (3, 4, "killed", "civilian")}


# ----------------------- tolls and counts wires write often (probes beyond the gold)


@pytest.mark.parametrize(
    ("sentence", "phrase", "figure"),
    [
        (
            "The toll from Friday's blast in Aden has risen to 27, officials said.",
            "toll from Friday's blast in Aden has risen to 27",
            (27, 27, "killed", "unknown"),
        ),
        (
            "The death toll climbed past 300 as rescuers reached the villages.",
            "death toll climbed past 300",
            (301, None, "killed", "unknown"),
        ),
        (
            "The clinic said 38 people had been admitted with injuries.",
            "38 people had been admitted with injuries",
            (38, 38, "injured", "unknown"),
        ),
    ],
)
def test_a_toll_and_the_injured_said_as_wires_say_them(
    sentence: str, phrase: str, figure: tuple[object, ...]
) -> None:
    assert _found(sentence) == {phrase: figure}


def test_one_more_person_counted_by_rank_is_a_figure_of_one() -> None:
    found = _found("Two rangers were killed and a third was wounded in the park.")
    assert found["a third was wounded"] == (1, 1, "injured", "combatant")
    found = _found("Four miners died at the scene and a fifth died later in hospital.")
    assert found == {
        "Four miners died": (4, 4, "killed", "civilian"),
        "a fifth died": (1, 1, "killed", "civilian"),
    }
    assert _found("A third of the population has fled the district.") == {}
    assert _found("The toll on the economy rose to $4 billion.") == {}


# ----------------------- one person and the people joined to them


def test_a_counted_group_and_their_one_person_are_summed() -> None:
    from annotator.core.casualty import parse_casualty

    assert parse_casualty("two engineers and their driver were abducted").low == 3
    assert parse_casualty("three farmers and their two sons were killed").low == 5
    assert parse_casualty("five men and their children").low == 5  # no number: the five
    found = _found("Four Turkish engineers and their local driver were kidnapped near Kirkuk.")
    assert found == {
        "Four Turkish engineers and their local driver were kidnapped": (5, 5, "other", "civilian")
    }


# ----------------------- people taken away; families forced to move


@pytest.mark.parametrize(
    ("sentence", "phrase", "figure"),
    [
        (
            "Witnesses said the gunmen took away 23 people, among them a village chief.",
            "took away 23 people",
            (23, 23, "other", "unknown"),
        ),
        (
            "Soldiers led away 12 men from the mosque after prayers.",
            "led away 12 men",
            (12, 12, "other", "unknown"),
        ),
        (
            "More than 300 families have been forced to relocate to camps near Bunia.",
            "More than 300 families have been forced to relocate",
            (301, None, "displaced", "civilian"),
        ),
    ],
)
def test_people_taken_away_or_forced_to_relocate_are_figures(
    sentence: str, phrase: str, figure: tuple[object, ...]
) -> None:
    assert _found(sentence) == {phrase: figure}


def test_things_taken_away_are_no_figure() -> None:
    assert _found("The rebels took away 40 cattle and two trucks of fuel.") == {}


# ----------------------- a list after a count naming both kinds (open point 5)


def test_a_list_naming_both_kinds_after_a_count_makes_it_mixed() -> None:
    found = _found(
        "The ambush killed at least 31 people, among them gendarmes, volunteer fighters and "
        "bus drivers, the governor said."
    )
    assert found["killed at least 31 people"] == (31, None, "killed", "mixed")
    found = _found("The ambush killed at least 31 people, among them traders and bus drivers.")
    assert found["killed at least 31 people"] == (31, None, "killed", "unknown")


def test_one_person_named_with_whose_they_were_placed_among_a_toll_counts_one() -> None:
    found = _found("The commander of the battalion was among those killed in the ambush.")
    assert found == {
        "commander of the battalion was among those killed": (1, 1, "killed", "combatant")
    }
    found = _found("The mother of the two boys was among the dead.")
    assert found == {"mother of the two boys was among the dead": (1, 1, "killed", "civilian")}


# ----------------------- one person with a modifier noun; a part of the wounded named in an aside


def test_one_person_named_by_two_nouns_and_their_kin_are_summed() -> None:
    from annotator.core.casualty import parse_casualty

    assert parse_casualty("a local journalist and his cameraman were wounded").low == 2
    assert parse_casualty("a local was killed").low == 1
    found = _found("A local reporter and his driver were among the wounded in Sumy.")
    assert found == {
        "A local reporter and his driver were among the wounded": (2, 2, "injured", "civilian")
    }


def test_a_part_of_the_wounded_named_in_an_aside_who_died_is_killed() -> None:
    found = _found("One of the wounded, a 15-year-old girl, died in hospital on Tuesday.")
    assert found == {"One of the wounded, a 15-year-old girl, died": (1, 1, "killed", "civilian")}
    found = _found("Four of the wounded, doctors said, were in a critical condition.")
    assert found == {"Four of the wounded": (4, 4, "injured", "unknown")}


# ----------------------- people driven to where they hide


def test_people_driven_into_the_bush_or_hiding_are_displaced() -> None:
    found = _found("The raids have driven more than 20,000 people into the bush, OCHA said.")
    assert found == {
        "driven more than 20,000 people into the bush": (20001, None, "displaced", "unknown")
    }
    found = _found("The shelling forced 3,000 villagers into hiding in the hills.")
    assert found == {"forced 3,000 villagers into hiding": (3000, 3000, "displaced", "civilian")}
    assert _found("Soldiers forced 40 men into a truck near the market.") == {}
