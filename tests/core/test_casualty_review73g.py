"""REVIEW73G: guards on CAS73A's harm predicates, from an adversarial review's probes of
ordinary news prose (tests/core/test_casualty_cas73a.py holds the rules' own matrix).

Each guard reads a capped window of the match's line:

1. lives: "claimed N of lives" as "said" ("claimed thousands of lives were saved"), lives
   among animals, a yearly rate ("claims ... lives every year");
2. the loss of people: only where the sentence mourns (or confirms) it or places it in a
   violent event; never a harm word after the people (the other rules' figure), nor a loss
   to migration or red cards;
3. treated for shock: never "Four in 10 adults", nor a yearly or national rate;
4. trapped: never people cut off "after shelling cut off the road", nor people rescued;
5. taken (joined nouns or an aside): never "taken from the rubble alive" or "by helicopter",
   and an aside's count only of listed people ("The 12 paintings, three oils ...");
6. untraceable / whereabouts: the people named (never a bare count: "Flight 370"), never
   hostages, the abducted or escaped prisoners, never people who deserted or fled with money.
"""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.suggest_probes import cpu_seconds, suggested_casualties


def figures(text: str) -> list[tuple[object, ...]]:
    """Span, counts and kind of each suggested CASUALTY."""
    return [found[:4] for found in suggested_casualties(text)]


HOSTILE = [
    # (1) lives
    "Officials claimed thousands of lives were saved by the early evacuation.",
    "The Ukrainian defence ministry claimed dozens of lives had been saved by the new air "
    "defences.",
    "Malaria claims hundreds of thousands of lives every year, mostly children under five.",
    "Road accidents claim thousands of lives in Nigeria each year, the FRSC said.",
    "The anthrax outbreak claimed hundreds of lives among livestock in the district.",
    "The drought has claimed thousands of lives among cattle herds in Turkana.",
    # (2) the loss of people
    "The company announced the loss of 200 people in its latest round of layoffs.",
    "The census recorded the loss of 20,000 people from the district since 2010.",
    "The mission faces the loss of 2,000 peacekeepers when Chad withdraws its contingent.",
    "The army has suffered the loss of 3,000 soldiers through desertion since January.",
    "The village mourns the loss of 300 young men to migration.",
    "The club is coping with the loss of two men to red cards.",
    "The hospital faces the loss of 40 volunteers as funding ends in March.",
    "The school faces the loss of 120 children from its rolls after the road closed.",
    "Britain's drawdown means the loss of 5,000 troops from the garrison.",
    "The firm blamed the loss of 12 staff members on the new rules.",
    "Sales fell after the loss of 12 people from the sales team.",
    # (3) treated for shock
    "About 2 million people were treated for anxiety in England in 2023, the NHS said.",
    "Four in 10 adults were treated for anxiety last year, a survey found.",
    # (4) trapped
    "Rescuers pulled 12 people trapped under the rubble out alive on Sunday.",
    "Five people trapped under the rubble were rescued alive, the civil defence said.",
    "Around 5,000 civilians were trapped after shelling cut off the only road out of the town.",
    "Thousands trapped after bombing destroys bridge",
    "All 41 workers trapped in the collapsed tunnel were rescued after 17 days.",
    "About 40 families remain trapped after the strikes destroyed the bridge over the river.",
    "Twenty people were trapped in the ruins for two days before they were rescued.",
    # (5) taken
    "Twelve women and children were taken from the rubble alive, rescuers said.",
    "Forty students and teachers were taken from the burning building by firefighters.",
    "Six soldiers and policemen were taken from the base by helicopter to Maiduguri.",
    "Thirty women and girls were taken from the camp to a safe house by UN staff.",
    "The 12 paintings, three oils and nine watercolours, were taken from the museum.",
    "Eight survivors and rescuers were taken from the mine, the company said.",
    # (6) untraceable / whereabouts
    "Flight 370 remains untraceable a decade after it vanished.",
    "Of the 5,000 rifles handed out, 2,000 remain untraceable, the audit found.",
    "Of the 40 vehicles stolen, the whereabouts of 12 remain unknown.",
    "The whereabouts of 12 escaped prisoners remain unknown.",
    "The whereabouts of 3 hostages are unknown, the army said.",
    "Two constables remain untraceable since deserting their posts, the SSP said.",
    "Two officers remain untraceable after fleeing with the cash, police said.",
    "Of the 300 tonnes of flour, the whereabouts of 120 are unknown.",
    "Three soldiers remain untraceable after they deserted with their weapons.",
    # given up by the guards (no mourning nor violent event beside the loss; a bare count)
    "- The battalion reported the loss of four men.",
    "The loss of 18 civilians shocked the village, the council said.",
    "MSF announced the loss of two staff members in Gaza.",
    "Of the 90 passengers, the whereabouts of 17 remain unclear, the ICRC said.",
]


@pytest.mark.parametrize("sentence", HOSTILE)
def test_guarded_probe_gives_no_figure(sentence: str) -> None:
    assert figures(sentence) == []


STILL_FOUND = [
    # the dev gold's sentences of each class (792, 1048, 1024, 1055, 1005, 1039, 1043, 1063,
    # 1044, 974, 981, 1017), in short
    (
        "The feud has claimed hundreds of lives since it flared again in 2021.",
        [("claimed hundreds of lives", 200, None, "killed")],
    ),
    (
        "Attacks on checkpoints had claimed dozens of lives among the security forces.",
        [("claimed dozens of lives among the security forces", 24, None, "killed")],
    ),
    (
        '"We mourn the loss of our three heroes, and we assure their families."',
        [("loss of our three heroes", 3, 3, "killed")],
    ),
    (
        '"It is with deep sadness that we confirm the loss of three of our colleagues."',
        [("loss of three of our colleagues", 3, 3, "killed")],
    ),
    (
        "Nearly two dozen others were treated for acute anxiety, the rescue service said.",
        [("Nearly two dozen others were treated for acute anxiety", None, 23, "injured")],
    ),
    (
        "A missile fell in Beersheba, wounding 22 people and leaving dozens treated for anxiety.",
        [
            ("wounding 22 people", 22, 22, "injured"),
            ("dozens treated for anxiety", 24, None, "injured"),
        ],
    ),
    (
        "Israeli fire near Gaza aid site kills 31, dozens trapped after Jabalia strikes\n\n"
        "DEIR EL-BALAH, Gaza (Al Jazeera) \u2013 Israeli fire killed 31 people.",
        [
            ("kills 31", 31, 31, "killed"),
            ("dozens trapped", 24, None, "missing"),
            ("killed 31 people", 31, 31, "killed"),
        ],
    ),
    (
        "Several people are believed to still be trapped under the debris, the SES said.",
        [("Several people are believed to still be trapped", None, None, "missing")],
    ),
    (
        "A religious leader said close to two dozen boys and girls had been taken, some as "
        "young as 10.",
        [("close to two dozen boys and girls had been taken", None, 23, "other")],
    ),
    (
        "The five teachers, three women and two men, were taken from a staff house.",
        [("five teachers, three women and two men, were taken", 5, 5, "other")],
    ),
    (
        "The prefect added that five people remain untraceable since the attack.",
        [("five people remain untraceable", 5, 5, "missing")],
    ),
    (
        "Men were stopped at a checkpoint on 9 November; the whereabouts of 23 of them remain "
        "unknown.",
        [("whereabouts of 23 of them remain unknown", 23, 23, "missing")],
    ),
    # other phrasings the guards leave alone
    (
        "The Indian Army mourns the loss of two brave jawans in Poonch.",
        [("loss of two brave jawans", 2, 2, "killed")],
    ),
    (
        "After the loss of his two children in the strike, he left Gaza.",
        [("loss of his two children", 2, 2, "killed")],
    ),
    (
        "Up to 14 people were trapped in the rubble of the mosque, rescuers said.",
        [("Up to 14 people were trapped", None, 14, "missing")],
    ),
    (
        "Some 15 people were trapped after the air strike on the block.",
        [("Some 15 people were trapped", 15, 15, "missing")],
    ),
    (
        "Six farmers and herders were taken from a market in Zamfara by bandits.",
        [("Six farmers and herders were taken", 6, 6, "other")],
    ),
    (
        "Some 14 villagers remain untraceable after the flood.",
        [("Some 14 villagers remain untraceable", 14, 14, "missing")],
    ),
    # the abducted whose whereabouts are unknown stay the other rules' `other`
    (
        "The whereabouts of 23 of the abducted students remain unknown.",
        [("23 of the abducted students", 23, 23, "other")],
    ),
    # a harm word after the people: the other rules' smaller figure, not "loss of ..."
    (
        "We mourn the loss of our four colleagues killed in Khartoum.",
        [("four colleagues killed", 4, 4, "killed")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), STILL_FOUND)
def test_guarded_rule_still_finds(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert figures(sentence) == expected


def test_many_of_them_in_one_sentence_stay_linear() -> None:
    """A page of "the whereabouts of 23 of them remain unknown; " (no sentence break) was
    read from the sentence's start for each figure (_PERSON_NOUN in `_phrases`): 25 s at
    100 KB and 103 s at 200 KB on cas73a. Doubling the text must not much more than double
    the time."""
    unit = "the whereabouts of 23 of them remain unknown; "
    small = unit * (30_000 // len(unit))
    large = unit * (60_000 // len(unit))
    gazetteer = load_gazetteer()
    short = cpu_seconds(lambda: suggest(small, gazetteer=gazetteer, labels=["CASUALTY"]))
    long = cpu_seconds(lambda: suggest(large, gazetteer=gazetteer, labels=["CASUALTY"]))
    assert long < 2.8 * short + 0.3, (short, long)
