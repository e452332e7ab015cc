"""CASUALTY classes the misses of articles 268-283 showed once they moved to dev (session 33),
each in its general form with counter-examples. Every sentence here is made up for the test;
none is an article's own."""

from __future__ import annotations

import pytest

from tests.core.suggested import Figure, casualties
from tests.core.suggested import body_figures as _found


# A period between two years names when, not how many.
@pytest.mark.parametrize(
    ("sentence", "phrase", "figure"),
    [
        (
            "Its report lists about 7,000 villagers abducted from 1999 to 2011.",
            "about 7,000 villagers abducted",
            (7000, 7000, "other", "civilian"),
        ),
        (
            "Troops killed between 20 and 30 militants near the dam.",
            "killed between 20 and 30 militants",
            (20, 30, "killed", "combatant"),
        ),
        (
            "Troops killed between 1900 and 2000 fighters during the siege.",
            "killed between 1900 and 2000 fighters",
            (1900, 2000, "killed", "combatant"),
        ),
    ],
)
def test_a_period_between_two_years_is_no_count(sentence: str, phrase: str, figure: Figure) -> None:
    assert _found(sentence) == {phrase: figure}


def test_a_harm_verb_then_only_a_period_is_no_figure() -> None:
    assert _found("Rebels killed and abducted villagers between 2002 and 2006.") == {}


# "Apprehended" and "apprehension" are how police, armies and coast guards say arrested.
@pytest.mark.parametrize(
    ("sentence", "phrase", "figure"),
    [
        (
            "Border guards apprehended 64 migrants near the crossing on Friday.",
            "apprehended 64 migrants",
            (64, 64, "other", "civilian"),
        ),
        (
            "Some 300 undocumented migrants from several countries were apprehended in the south.",
            "Some 300 undocumented migrants from several countries were apprehended",
            (300, 300, "other", "civilian"),
        ),
        (
            "The raids led to the apprehension of 12 suspected smugglers, police said.",
            "apprehension of 12 suspected smugglers",
            (12, 12, "other", "combatant"),
        ),
        (
            "Police said they had apprehended two suspects after the blast.",
            "apprehended two suspects",
            (2, 2, "other", "unknown"),
        ),
    ],
)
def test_apprehended_people_are_held(sentence: str, phrase: str, figure: Figure) -> None:
    assert _found(sentence) == {phrase: figure}


@pytest.mark.parametrize(
    "sentence",
    [
        "Police apprehended the lorry and its cargo at the port.",
        "The suspects were never apprehended, the court heard.",
        "Residents voiced apprehension about the new checkpoints.",
    ],
)
def test_apprehension_without_people_counted_is_no_figure(sentence: str) -> None:
    assert _found(sentence) == {}


# "Martyrdom" is an army's word for its soldier's death, said as a noun like "the death of".
@pytest.mark.parametrize(
    ("sentence", "phrase", "figure"),
    [
        (
            "The clash also led to the martyrdom of a sergeant, the ministry said.",
            "martyrdom of a sergeant",
            (1, 1, "killed", "combatant"),
        ),
        (
            "The army announced the martyrdom of three soldiers in the ambush.",
            "martyrdom of three soldiers",
            (3, 3, "killed", "combatant"),
        ),
    ],
)
def test_the_martyrdom_of_people_is_their_death(sentence: str, phrase: str, figure: Figure) -> None:
    assert _found(sentence) == {phrase: figure}


def test_a_martyrdom_of_no_one_counted_is_no_figure() -> None:
    assert _found("Pilgrims marked the anniversary of the martyrdom of the imam.") == {}


# "Elements" is how armies count an armed group's men.
@pytest.mark.parametrize(
    ("sentence", "phrase", "figure"),
    [
        (
            "Units arrested 14 support elements of armed groups in the south.",
            "arrested 14 support elements",
            (14, 14, "other", "combatant"),
        ),
        (
            "Troops neutralised seven terrorist elements in the hills.",
            "neutralised seven terrorist elements",
            (7, 7, "killed", "combatant"),
        ),
    ],
)
def test_elements_counted_are_an_armed_groups_men(
    sentence: str, phrase: str, figure: Figure
) -> None:
    assert _found(sentence) == {phrase: figure}


def test_elements_of_no_people_are_no_figure() -> None:
    assert _found("The plan has three elements, officials said.") == {}
    assert _found("Rogue elements in the army were blamed for the raid.") == {}


def test_a_headline_present_tense_arrest_of_elements() -> None:
    text = "Army arrests 23 support elements in one week\n\nALGIERS - The army said so.\n"
    assert "arrests 23 support elements" in casualties(text)


# Anyone at all: no event.
@pytest.mark.parametrize(
    "sentence",
    [
        '"Whoever kills a civilian will face the courts," the governor said.',
        "He said anyone who abducts a foreigner would be hunted down.",
    ],
)
def test_whoever_harms_is_no_figure(sentence: str) -> None:
    assert _found(sentence) == {}


def test_people_who_harmed_others_still_count_their_victims() -> None:
    found = _found("Police said the gang that killed 12 villagers had fled.")
    assert "killed 12 villagers" in found, found


# One person named by age and nationality.
@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "A 17-year-old Afghan was shot dead at the border post.",
            "A 17-year-old Afghan was shot dead",
        ),
        (
            "Soldiers shot dead a 22-year-old Palestinian on Monday.",
            "shot dead a 22-year-old Palestinian",
        ),
        ("Troops killed a Somali near the port, residents said.", "killed a Somali"),
    ],
)
def test_one_person_named_by_nationality(sentence: str, phrase: str) -> None:
    assert _found(sentence) == {phrase: (1, 1, "killed", "unknown")}


def test_a_nationality_before_a_noun_counts_the_noun() -> None:
    found = _found("Troops killed a Palestinian teenager near Jenin.")
    assert found == {"killed a Palestinian teenager": (1, 1, "killed", "civilian")}


# Victims of a conflict counted with no single harm named (guideline session 31, point 8).
@pytest.mark.parametrize(
    ("sentence", "phrase", "figure"),
    [
        (
            "The war has left more than 2.1 million registered victims, the registry says.",
            "more than 2.1 million registered victims",
            (2100001, None, "other", "unknown"),
        ),
        (
            "Landmines have left some 600 mine victims in the province since 1995.",
            "some 600 mine victims",
            (600, 600, "other", "unknown"),
        ),
        (
            "The unit has recorded 14,000 victims of the armed conflict in the region.",
            "14,000 victims",
            (14000, 14000, "other", "unknown"),
        ),
    ],
)
def test_victims_of_a_conflict_counted_are_a_figure_of_kind_other(
    sentence: str, phrase: str, figure: Figure
) -> None:
    assert _found(sentence) == {phrase: figure}


@pytest.mark.parametrize(
    "sentence",
    [
        "Police identified three victims of the attack on Friday.",
        "The three victims were named as local traders.",
    ],
)
def test_victims_of_one_event_named_without_a_harm_are_no_figure(sentence: str) -> None:
    assert _found(sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        # a list of sources after the count
        (
            "The blast killed at least 23 soldiers, security and local officials said.",
            "killed at least 23 soldiers",
        ),
        # "people" counts everyone; the kinds after it are a part
        (
            "Gunmen killed at least 27 people, soldiers and civilians among them.",
            "killed at least 27 people",
        ),
    ],
)
def test_a_list_after_people_or_of_sources_stays_out(sentence: str, phrase: str) -> None:
    assert list(_found(sentence)) == [phrase]


# After a harm verb the phrase ends at the count or its noun; whose they were stays out.
@pytest.mark.parametrize(
    ("sentence", "phrase", "victims"),
    [
        ("Gunmen stopped the bus and killed 14 of them.", "killed 14", "unknown"),
        (
            "The militia shot dead three members of a farming family.",
            "shot dead three members",
            "civilian",
        ),
        (
            "Gunmen kidnapped 30 members of the Lendu community overnight.",
            "kidnapped 30 members",
            "unknown",
        ),
    ],
)
def test_whose_the_counted_were_after_a_verb_stays_out(
    sentence: str, phrase: str, victims: str
) -> None:
    found = _found(sentence)
    assert list(found) == [phrase], found
    assert found[phrase][3] == victims


def test_members_of_a_family_before_the_harm_stay_in() -> None:
    found = _found("Nine members of the same family were killed in the strike.")
    assert list(found) == ["Nine members of the same family were killed"]


# "V N of them": "them" are the people named last before the verb, its clause's object.
@pytest.mark.parametrize(
    ("sentence", "phrase", "victims"),
    [
        (
            "In 1996 police opened fire on striking miners near the pit and killed 11 of them.",
            "killed 11",
            "civilian",
        ),
        (
            "Gunmen stormed a bus carrying pilgrims and killed 14 of them.",
            "killed 14",
            "civilian",
        ),
        # the sentence's subject is not "them"
        ("Police fired on the crowd and killed 12 of them.", "killed 12", "unknown"),
    ],
)
def test_them_after_a_verb_are_the_people_named_before(
    sentence: str, phrase: str, victims: str
) -> None:
    assert _found(sentence)[phrase][3] == victims


# The doers of the event a toll names are no victims.
def test_a_toll_of_a_raid_by_fighters_names_no_victims() -> None:
    found = _found("The death toll from an attack by jihadists on a market town has risen to 23.")
    ((phrase, figure),) = found.items()
    assert phrase.endswith("has risen to 23")
    assert figure == (23, 23, "killed", "unknown")


def test_a_toll_naming_its_victims_keeps_them() -> None:
    found = _found("The death toll among soldiers in the ambush has risen to 9.")
    assert [f[3] for f in found.values()] == ["combatant"], found


# One person of a kind the lists leave out, joined to combatants.
@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "Gunmen killed four guards and a passing motorist.",
            "killed four guards and a passing motorist",
        ),
        (
            "Two soldiers and a trader were wounded in the blast.",
            "Two soldiers and a trader were wounded",
        ),
    ],
)
def test_combatants_and_one_civilian_are_mixed(sentence: str, phrase: str) -> None:
    assert _found(sentence)[phrase][3] == "mixed"


def test_a_national_body_joined_to_soldiers_stays_combatant() -> None:
    found = _found("Two soldiers and three members of the armed group National Front were killed.")
    assert [f[3] for f in found.values()] == ["combatant"], found


@pytest.mark.parametrize(
    "sentence",
    [
        "The herders took 40 cattle with them to the river.",
    ],
)
def test_people_taken_along_without_captors_are_no_figure(sentence: str) -> None:
    assert _found(sentence) == {}


# "and" inside a place phrase between the people and their harm.
@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "More than 900 people from farming and fishing villages had been displaced by May.",
            "More than 900 people from farming and fishing villages had been displaced",
        ),
        (
            "At least 40 villagers from Gao and Mopti regions were killed.",
            "At least 40 villagers from Gao and Mopti regions were killed",
        ),
    ],
)
def test_and_inside_a_place_phrase(sentence: str, phrase: str) -> None:
    assert list(_found(sentence)) == [phrase]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Twelve people in Gao and 30 in Mopti were killed.", "30 in Mopti were killed"),
    ],
)
def test_and_before_another_count_ends_the_place(sentence: str, phrase: str) -> None:
    assert list(_found(sentence)) == [phrase]


def test_and_before_other_people_ends_the_place() -> None:
    assert _found("Three soldiers in the convoy and civilians nearby were killed.") == {}


# Households that left: displaced when the harm they fled is said in their sentence or the
# one before it in the paragraph, or where they went is where the displaced go.
@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "The shelling has emptied the old quarter. A shopkeeper says nine of the twenty "
            "families on his street have left for the capital.",
            "nine of the twenty families on his street have left",
        ),
        (
            "The mayor said 30 families had left since the weekend, most of them to relatives "
            "in the provincial capital.",
            "30 families had left",
        ),
        (
            "About 15 households had left by Sunday to stay with host families in the town.",
            "About 15 households had left",
        ),
    ],
)
def test_households_that_left_a_harm_are_displaced(sentence: str, phrase: str) -> None:
    found = _found(sentence)
    assert list(found) == [phrase], found
    assert found[phrase][2:] == ("displaced", "civilian")


@pytest.mark.parametrize(
    "sentence",
    [
        "The harvest began in May. About 60 families had left for the lowlands.",
        "The fighting stopped in March.\n\n"
        "About 60 families from the village had left for the coast.",
        "Some 40 families had left to visit relatives for the holiday.",
        "Since the attack, some 200 people in the town have left for the capital.",
    ],
)
def test_leaving_without_a_harm_near_is_no_figure(sentence: str) -> None:
    assert _found(sentence) == {}


def test_households_counted_are_civilian() -> None:
    assert _found("Some 30 households have fled the village.") == {
        "Some 30 households have fled": (30, 30, "displaced", "civilian")
    }


# A body's own people: civilian when the body is civic, combatant when it is armed.
@pytest.mark.parametrize(
    ("sentence", "victims"),
    [
        ("The U.N. says 12 of its personnel are now detained.", "civilian"),
        ("A committee of displaced families said three of its members were missing.", "civilian"),
        ("The aid group said two of its staff were abducted.", "civilian"),
        ("The brigade said three of its members had been killed.", "combatant"),
        ("The militia said four of its members were killed in the raid.", "combatant"),
    ],
)
def test_a_bodys_own_people_are_of_its_kind(sentence: str, victims: str) -> None:
    assert [f[3] for f in _found(sentence).values()] == [victims]
