"""TOLL66: a figure's extent over coordinated groups, and a date or time before its count.

The guideline: two counted groups joined by "and" are one figure, summed, and a possessive
noun in such a list counts one (session 33, point 13); the span is the smallest phrase
holding the number expression and the casualty word. Sentences are our own, invented for
these tests in the shapes of the dev classes (948, 949, 895, 908, 911, 654, 890, 307; dates
and times: 299, 720). The negatives are hostile probes: things, animals, places, dates,
ages, ranges, percentages, rival tolls, headlines, bullet lists and quotes.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_figures

Figure = tuple[str, object, object, object]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after the figure's last group: "dead included", "Among the dead were", a harm verb
        (
            "The mayor said the dead included six police officers and at least 17 residents,"
            " some of them burned alive.",
            [("dead included six police officers and at least 17 residents", 23, None, "killed")],
        ),
        (
            "Among the dead were five police officers who manned the barrier and a"
            " nine-year-old girl who sold tea, he said.",
            [
                (
                    "Among the dead were five police officers who manned the barrier and a"
                    " nine-year-old girl",
                    6,
                    6,
                    "killed",
                )
            ],
        ),
        (
            "The group said its fighters had killed more than 60 soldiers and VDP in the raid.",
            [("killed more than 60 soldiers and VDP", 61, None, "killed")],
        ),
        (
            "A strike on a house killed a woman, her husband and their three children, the"
            " mayor said.",
            [("killed a woman, her husband and their three children", 5, 5, "killed")],
        ),
        (
            "Kidnappers abducted 12 students and their teacher from the school.",
            [("abducted 12 students and their teacher", 13, 13, "other")],
        ),
        (
            "The army said it killed 40 militants; the group said it lost two men and a boy.",
            [
                ("killed 40 militants", 40, 40, "killed"),
                ("lost two men and a boy", 3, 3, "killed"),
            ],
        ),
        # before the figure's first group
        (
            "Two soldiers of the national army and a driver were killed when a bomb struck"
            " their vehicle.",
            [("Two soldiers of the national army and a driver were killed", 3, 3, "killed")],
        ),
        (
            "In a separate attack on Tuesday, two soldiers of the Somali National Army and a"
            " driver were killed near Mataban.",
            [
                (
                    "two soldiers of the Somali National Army and a driver were killed",
                    3,
                    3,
                    "killed",
                )
            ],
        ),
        (
            "Serbs attacked police in the village. One Kosovo police officer and three of the"
            " attackers were killed.",
            [("One Kosovo police officer and three of the attackers were killed", 4, 4, "killed")],
        ),
        (
            "Two nurses, a driver and a paramedic were killed, the society said.",
            [("Two nurses, a driver and a paramedic were killed", 4, 4, "killed")],
        ),
        # a date or a time before the count
        (
            '"This is a reprisal. Two weeks ago a member of one faction was killed in'
            ' Willowdene," he said.',
            [("a member of one faction was killed", 1, 1, "killed")],
        ),
        (
            "2008 - Twenty-one Cameroonian soldiers are killed in attacks claimed by the group.",
            [("Twenty-one Cameroonian soldiers are killed", 21, 21, "killed")],
        ),
    ],
)
def test_coordinated_groups_and_times_make_the_figure(
    sentence: str, expected: list[Figure]
) -> None:
    assert suggested_figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a possessive plural with no number counts nobody it names; a possessive singular one
        (
            "The raid killed nine Fulani herders and their sons.",
            [("killed nine Fulani herders", 9, 9, "killed")],
        ),
        (
            "Gunmen killed two farmers and her sons in the raid.",
            [("killed two farmers", 2, 2, "killed")],
        ),
        (
            "Gunmen killed two farmers and his son in the raid.",
            [("killed two farmers and his son", 3, 3, "killed")],
        ),
        # the last group is the subject of a clause of its own: the figure stops before "and"
        (
            "Gunmen killed three soldiers and two civilians were wounded in the raid.",
            [("killed three soldiers", 3, 3, "killed")],
        ),
        (
            "Insurgents killed 12 soldiers and police said the toll could rise.",
            [("killed 12 soldiers", 12, 12, "killed")],
        ),
        (
            "Gunmen killed five farmers and two herders fled into the bush.",
            [("killed five farmers", 5, 5, "killed")],
        ),
        (
            "Gunmen killed two soldiers and a police officer's wife said she heard shots.",
            [("killed two soldiers", 2, 2, "killed")],
        ),
        (
            "The shelling killed two soldiers and a 12-year-old girl's father said he saw it.",
            [("killed two soldiers", 2, 2, "killed")],
        ),
        (
            "The attack killed 16 soldiers and 12 volunteers said the army spokesman.",
            [("killed 16 soldiers", 16, 16, "killed")],
        ),
        # things, animals and places joined to people are no part of the figure
        (
            "The strike killed three soldiers and two tanks were destroyed.",
            [("killed three soldiers", 3, 3, "killed")],
        ),
        (
            "Rebels killed four soldiers and two horses near the river.",
            [("killed four soldiers", 4, 4, "killed")],
        ),
        (
            "The blast killed five people and 12 cars were burned.",
            [("killed five people", 5, 5, "killed")],
        ),
        (
            "Troops killed 20 militants and seized 12 rifles and 3,000 rounds.",
            [("killed 20 militants", 20, 20, "killed")],
        ),
        (
            "Gunmen killed a farmer and his cows in the field.",
            [("killed a farmer", 1, 1, "killed")],
        ),
        (
            "Militants killed 11 soldiers and 3 civilians in Diffa, Bosso and Mainé-Soroa.",
            [("killed 11 soldiers and 3 civilians", 14, 14, "killed")],
        ),
        (
            "Militants killed 11 soldiers and 2 officers in Diffa and Bosso.",
            [("killed 11 soldiers and 2 officers", 13, 13, "killed")],
        ),
        ("About 300 families and 40 cattle were displaced.", []),
        ("Twelve soldiers and two armoured vehicles were lost in the ambush.", []),
        ("The 40 Martyrs Cemetery and two mosques were damaged.", []),
        ("Five attackers and a suicide vest were found.", []),
        ("Rescuers pulled 14 people and two dogs from the rubble.", []),
        ("Two UN staff and a WFP truck were hit but nobody was hurt.", []),
        ("Five soldiers and three Toyota pickups were captured by JNIM.", []),
        (
            "Two buses and three cars were hit, and 12 passengers were wounded.",
            [("12 passengers were wounded", 12, 12, "injured")],
        ),
        (
            "A missile killed four people and 61 of the drones had been shot down.",
            [("killed four people", 4, 4, "killed")],
        ),
        (
            "The strike killed three people and 40 percent of the market burned.",
            [("killed three", 3, 3, "killed")],
        ),
        ("About 40 percent of the 300 residents and two schools were affected.", []),
        (
            "Troops freed 14 hostages and seized 3 boats.",
            [("freed 14 hostages", 14, 14, "other")],
        ),
        # a second harm, a second verb or a second figure after "and"
        (
            "The bomb killed three soldiers and wounded two civilians.",
            [
                ("killed three soldiers", 3, 3, "killed"),
                ("wounded two civilians", 2, 2, "injured"),
            ],
        ),
        (
            "Three soldiers were killed and two civilians wounded.",
            [
                ("Three soldiers were killed", 3, 3, "killed"),
                ("two civilians wounded", 2, 2, "injured"),
            ],
        ),
        (
            "The army killed 14 militants and arrested nine suspects.",
            [
                ("killed 14 militants", 14, 14, "killed"),
                ("arrested nine suspects", 9, 9, "other"),
            ],
        ),
        (
            "The fighting killed 40 people and displaced 3,000 in Bama and Konduga.",
            [("killed 40 people", 40, 40, "killed"), ("displaced 3,000", 3000, 3000, "displaced")],
        ),
        (
            "Troops killed 12 militants and two more surrendered.",
            [("killed 12 militants", 12, 12, "killed")],
        ),
        (
            "Three soldiers and two civilians were killed and four others wounded.",
            [
                ("Three soldiers and two civilians were killed", 5, 5, "killed"),
                ("four others wounded", 4, 4, "injured"),
            ],
        ),
        (
            "Two soldiers of the Frontier Corps embraced martyrdom and eight persons, including"
            " three civilian labourers, were injured.",
            [
                ("Two soldiers of the Frontier Corps embraced martyrdom", 2, 2, "killed"),
                (
                    "eight persons, including three civilian labourers, were injured",
                    8,
                    8,
                    "injured",
                ),
            ],
        ),
        (
            "Gunmen killed seven villagers, and 12 women and girls were abducted.",
            [
                ("killed seven villagers", 7, 7, "killed"),
                ("12 women and girls were abducted", 12, 12, "other"),
            ],
        ),
        # parts listed after "among them" are no group before the next figure
        (
            "Seven people were killed, among them two women and a child, and 13 others were"
            " injured.",
            [
                ("Seven people were killed", 7, 7, "killed"),
                ("13 others were injured", 13, 13, "injured"),
            ],
        ),
        (
            "Gunmen killed nine civilians, among them a nurse and two pupils, and six people"
            " were wounded.",
            [
                ("killed nine civilians", 9, 9, "killed"),
                ("six people were wounded", 6, 6, "injured"),
            ],
        ),
        # rival tolls in one sentence stay two figures
        (
            "The army said it killed 30 militants and the group said it lost two fighters.",
            [("killed 30 militants", 30, 30, "killed"), ("lost two fighters", 2, 2, "killed")],
        ),
        (
            "The raid killed eight civilians and the army lost two soldiers.",
            [("killed eight civilians", 8, 8, "killed"), ("lost two soldiers", 2, 2, "killed")],
        ),
        # ranges, dates and times joined by "and" count no group
        (
            "Between 10 and 15 people were killed in the clash.",
            [("Between 10 and 15 people were killed", 10, 15, "killed")],
        ),
        (
            "Rebels killed 10 to 15 soldiers and seized two bases.",
            [("killed 10 to 15 soldiers", 10, 15, "killed")],
        ),
        (
            "On 12 March and 14 April, two soldiers were killed.",
            [("two soldiers were killed", 2, 2, "killed")],
        ),
        (
            "At 3 am and again at 5 am, two soldiers were wounded.",
            [("two soldiers were wounded", 2, 2, "injured")],
        ),
        (
            "In 2019 and 2020, 14 soldiers were killed in the area.",
            [("14 soldiers were killed", 14, 14, "killed")],
        ),
        (
            "Two weeks ago and last month the army lost three soldiers.",
            [("lost three soldiers", 3, 3, "killed")],
        ),
        (
            "Three days later two soldiers were killed at the same checkpoint.",
            [("two soldiers were killed", 2, 2, "killed")],
        ),
        (
            "Ten minutes later a second soldier was wounded.",
            [("a second soldier was wounded", 1, 1, "injured")],
        ),
        (
            "March 2025 - Gunmen kill four gendarmes at a post.",
            [("kill four gendarmes", 4, 4, "killed")],
        ),
        (
            "At least 12 people were killed and 30 injured in 10 to 15 minutes of shelling.",
            [
                ("At least 12 people were killed", 12, None, "killed"),
                ("30 injured", 30, 30, "injured"),
            ],
        ),
        # years in ranges, datelines and time phrases before a count
        (
            "About 1800-2000 people fled the town after the attack.",
            [("About 1800-2000 people fled", 1800, 2000, "displaced")],
        ),
        (
            "Some 1,500 - 2,000 people fled, officials said.",
            [("Some 1,500 - 2,000 people fled", 1500, 2000, "displaced")],
        ),
        (
            "PORT SUDAN, 2 December 2026 \u2013 Eight children were killed in a drone strike.",
            [("Eight children were killed", 8, 8, "killed")],
        ),
        (
            "Aug. 30, 2026 - Two fishermen die when gunmen open fire.",
            [("Two fishermen die", 2, 2, "killed")],
        ),
        (
            "2019: 14 soldiers killed in an ambush near the border",
            [("14 soldiers killed", 14, 14, "killed")],
        ),
        (
            "A year after two soldiers were killed, the village is empty.",
            [("two soldiers were killed", 2, 2, "killed")],
        ),
        ("24 hours later 3 people died in hospital.", [("3 people died", 3, 3, "killed")]),
        (
            "The 2008 - 2010 war killed 3,000 people.",
            [("killed 3,000 people", 3000, 3000, "killed")],
        ),
        (
            "Some 40 years ago 300 people were massacred here.",
            [("300 people were massacred", 300, 300, "killed")],
        ),
        (
            "Several hours later, five more bodies were found.",
            [("five more bodies", 5, 5, "killed")],
        ),
        # headlines and bullet lists
        (
            "Three soldiers killed one day after the ceasefire",
            [("Three soldiers killed", 3, 3, "killed")],
        ),
        # (the second count is a figure of its own since PERP66's headline list)
        (
            "- 12 civilians killed 30 injured",
            [("12 civilians killed", 12, 12, "killed"), ("30 injured", 30, 30, "injured")],
        ),
        (
            "Twelve dead and 30 wounded in market blast",
            [("Twelve dead", 12, 12, "killed"), ("30 wounded", 30, 30, "injured")],
        ),
        (
            "- 12 civilians and 3 soldiers killed",
            [("12 civilians and 3 soldiers killed", 15, 15, "killed")],
        ),
        ("- 30 houses and 2 mosques burned", []),
        (
            "Army kills 12 militants, rebels say 3 soldiers and 2 villagers dead",
            [
                ("kills 12 militants", 12, 12, "killed"),
                ("3 soldiers and 2 villagers dead", 5, 5, "killed"),
            ],
        ),
        # quotes: things captured beside people, the group's own dead after "and"
        (
            '"We captured seven soldiers and two trucks," the commander said.',
            [("captured seven soldiers", 7, 7, "other")],
        ),
        (
            '"We killed 12 soldiers and two of our men were martyred," the commander said.',
            [
                ("killed 12 soldiers", 12, 12, "killed"),
                ("two of our men were martyred", 2, 2, "killed"),
            ],
        ),
        # ages inside a counted person's phrase; a court's outcome is no figure
        (
            "A 25-year-old man and his 3-year-old son were among the dead.",
            [("A 25-year-old man and his 3-year-old son were among the dead", 2, 2, "killed")],
        ),
        ("The court convicted two soldiers and a police officer of murder.", []),
    ],
)
def test_hostile_probes_keep_their_extents(sentence: str, expected: list[Figure]) -> None:
    assert suggested_figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a closing quotation mark ends the people's noun phrase as a stop does
        (
            'ISIS claimed the attack, saying its fighters had "killed ten apostates". It gave'
            " no details.",
            [("killed ten apostates", 10, 10, "killed")],
        ),
        (
            "The group said it had 'killed ten apostates'.",
            [("killed ten apostates", 10, 10, "killed")],
        ),
        (
            'Police "arrested 20 drug peddlers" in the sweep, the statement said.',
            [("arrested 20 drug peddlers", 20, 20, "other")],
        ),
        (
            'The militia said it "abducted 12 loggers".',
            [("abducted 12 loggers", 12, 12, "other")],
        ),
        (
            '"We killed ten apostates," the commander said.',
            [("killed ten apostates", 10, 10, "killed")],
        ),
    ],
)
def test_a_closing_quote_mark_ends_the_counted_people(
    sentence: str, expected: list[Figure]
) -> None:
    assert suggested_figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # animals and things in a claim's quoted words are no casualty
        'The herders said the raiders had "killed ten cows".',
        'Witnesses said the soldiers "killed 12 goats and two camels".',
        'The army said it had "destroyed 12 houses".',
        'Police said the men "fired ten rounds".',
        'He said the strike had "killed ten bears".',
        "Rangers said poachers killed ten elephants and three rhinos last year.",
        "Three bears were gunned down near the village.",
        "Villagers killed two leopards that attacked their goats.",
    ],
)
def test_quoted_animals_and_things_are_no_figure(sentence: str) -> None:
    assert suggested_figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a place hosting displaced people: the figure starts at the count
        (
            "Uganda alone hosts close to 900,000 South Sudanese refugees.",
            [("close to 900,000 South Sudanese refugees", None, 899999, "displaced")],
        ),
        (
            "The stadium housed 5,000 displaced people after the floods.",
            [("5,000 displaced people", 5000, 5000, "displaced")],
        ),
        # people held captive keep the verb
        ("Pirates held 17 crew members for months.", [("held 17 crew members", 17, 17, "other")]),
        (
            "The gangs were holding at least 11 kidnapped persons.",
            [("holding at least 11 kidnapped persons", 11, None, "other")],
        ),
        (
            "Mitiga held about 3,000 people without charge.",
            [("held about 3,000 people", 3000, 3000, "other")],
        ),
        (
            "The gang holds 40 refugees hostage in the forest.",
            [("holds 40 refugees hostage", 40, 40, "other")],
        ),
        (
            "The group holds 12 displaced people it abducted last week.",
            [("holds 12 displaced people", 12, 12, "displaced")],
        ),
        (
            "Traffickers held 38 migrants in a warehouse.",
            [("held 38 migrants", 38, 38, "other")],
        ),
    ],
)
def test_a_host_verb_is_no_part_of_a_displaced_figure(
    sentence: str, expected: list[Figure]
) -> None:
    assert suggested_figures(sentence) == expected
