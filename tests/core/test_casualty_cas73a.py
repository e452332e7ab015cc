"""CAS73A: CASUALTY figures said by harm predicates and frames that fresh prose of more than
one blind batch used and the rules did not know (each class: the batches or dev articles that
missed it):

1. a vague count of lives, "claimed dozens of lives" (CAS47 1048, dev 792);
2. a death said as "the loss of" counted people (CAS44 1024, CAS48 1055);
3. people "treated for anxiety / shock" (injured; CAS42 1005, CAS46 1039);
4. people trapped under rubble or after strikes (missing; CAS47 1043, CAS49 1063);
5. "were taken" of two nouns joined by "and" or of a count with an aside (CAS38 974, CAS47
   1044);
6. missing said by "untraceable" or "the whereabouts of N ... remain unknown" (CAS39 981,
   CAS43 1017);
7. "Among the dead" with the dead's month or an aside of the source (CAS39 985, CAS43 1015).

Each class has eight positives in wire, headline, bullet, live-blog, report and South Asian
or African styles and eight hostile probes (animals, things, sport and games, generic or
hypothetical statements, denials, suspects and attackers, people trapped between armed
groups, a group named before). Figures are compared on span, counts and kind; victims belong
to CAS73B's work (annotator/core/casualty.py) and are asserted only where the class decides
them (`test_victims_from_the_noun`)."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_casualties

Figure = tuple[str, object, object, object, object]


def figures(text: str) -> list[tuple[object, ...]]:
    """Span, counts and kind of each suggested CASUALTY (the text is its own first line,
    as a headline or a bullet stands)."""
    return [found[:4] for found in suggested_casualties(text)]


LIVES_positive = [
    (
        "The violence has claimed dozens of lives among the security forces.",
        [("claimed dozens of lives among the security forces", 24, None, "killed", "combatant")],
    ),
    (
        "The feud over the skin has claimed hundreds of lives since 2021.",
        [("claimed hundreds of lives", 200, None, "killed", "unknown")],
    ),
    (
        "Clashes claim dozens of lives in Plateau",
        [("claim dozens of lives", 24, None, "killed", "unknown")],
    ),
    (
        "- Fighting in Sennar claimed scores of lives, OCHA said",
        [("claimed scores of lives", 40, None, "killed", "unknown")],
    ),
    (
        "The insurgency has claimed tens of thousands of lives, according to the UN.",
        [("claimed tens of thousands of lives", 20000, None, "killed", "unknown")],
    ),
    (
        "LIVE: Shelling claims dozens of lives in Kharkiv",
        [("claims dozens of lives", 24, None, "killed", "unknown")],
    ),
    (
        "The conflict, the statement said, took hundreds of lives and displaced thousands.",
        [
            ("took hundreds of lives", 200, None, "killed", "unknown"),
            ("displaced thousands", 2000, None, "displaced", "unknown"),
        ],
    ),
    (
        "Banditry has claimed hundreds of lives across Zamfara state, the governor told reporters.",
        [("claimed hundreds of lives", 200, None, "killed", "civilian")],
    ),
]

LIVES_hostile = [
    '"Every week without action costs dozens of lives," the spokesman said.',
    "The disease claimed thousands of lives of cattle in the region.",
    "The team claimed dozens of titles over the decades.",
    "Doctors saved hundreds of lives at the field hospital.",
    "If the truce fails, the war could claim thousands of lives.",
    "The programme has touched thousands of lives.",
    "The rebels claimed dozens of attacks.",
    "The cat has many lives, the story said.",
]

LOSS_positive = [
    (
        "We mourn the loss of our three heroes, the army said.",
        [("loss of our three heroes", 3, 3, "killed", "unknown")],
    ),
    (
        '"It is with deep sadness that we confirm the loss of three of our colleagues."',
        [("loss of three of our colleagues", 3, 3, "killed", "unknown")],
    ),
    (
        "The police confirmed the loss of 12 officers in the ambush.",
        [("loss of 12 officers", 12, 12, "killed", "combatant")],
    ),
    (
        "Army mourns loss of two soldiers in Borno",
        [("loss of two soldiers", 2, 2, "killed", "combatant")],
    ),
    (
        "The ministry regretted the loss of five peacekeepers in Mali.",
        [("loss of five peacekeepers", 5, 5, "killed", "combatant")],
    ),
]

# (review73g: three positives of the first round, "The battalion reported the loss of four
# men.", "The loss of 18 civilians shocked the village", "MSF announced the loss of two staff
# members", have neither mourning nor a violent event beside the loss and are given up with
# the guard against layoffs and drawdowns: tests/core/test_casualty_review73g.py)
LOSS_hostile = [
    "The loss of 300 jobs hit the town.",
    "The party suffered the loss of 12 seats.",
    "The union reported the loss of 5,000 members this year.",
    "The loss of 40 cattle ruined the herders.",
    "The team suffered the loss of two players to injury.",
    "A loss of three points left the club fourth.",
    "The loss of two helicopters was confirmed.",
    "The loss of three homes and two cars.",
    "The loss of 2 men's lives.",
]

TREATED_positive = [
    (
        "Nearly two dozen others were treated for acute anxiety, the rescue service said.",
        [
            (
                "Nearly two dozen others were treated for acute anxiety",
                None,
                23,
                "injured",
                "unknown",
            )
        ],
    ),
    (
        "Rocket hits Beersheba, leaving dozens treated for anxiety",
        [("dozens treated for anxiety", 24, None, "injured", "unknown")],
    ),
    (
        "At least 15 people were treated for shock after the blast.",
        [("At least 15 people were treated for shock", 15, None, "injured", "unknown")],
    ),
    (
        "- 40 residents treated for shock",
        [("40 residents treated for shock", 40, 40, "injured", "civilian")],
    ),
    (
        "Magen David Adom said 12 people had been treated for panic attacks.",
        [("12 people had been treated for panic attacks", 12, 12, "injured", "unknown")],
    ),
    (
        "Some 30 children were treated for shock at the camp clinic, UNICEF said.",
        [("Some 30 children were treated for shock", 30, 30, "injured", "civilian")],
    ),
    (
        "Paramedics said 9 others were treated for anxiety.",
        [("9 others were treated for anxiety", 9, 9, "injured", "unknown")],
    ),
    (
        "Twelve people were also treated for shock and smoke inhalation.",
        [("Twelve people were also treated for shock", 12, 12, "injured", "unknown")],
    ),
]

TREATED_hostile = [
    "Some 5,000 children were treated for malnutrition in May.",
    "40 patients were treated for malaria at the clinic.",
    "The 12 cows were treated for shock by the vet.",
    "Three years treated for anxiety have changed her.",
    "Doctors treated for anxiety in 2020 numbered 300.",
    "No one was treated for shock, police said.",
    "The drug has been used to treat anxiety in 2 million patients.",
    "Two medics treated the wounded for shock.",
]

TRAPPED_positive = [
    (
        "Israeli fire kills 31, dozens trapped after Jabalia strikes",
        [
            ("kills 31", 31, 31, "killed", "unknown"),
            ("dozens trapped", 24, None, "missing", "unknown"),
        ],
    ),
    (
        "Several people are believed to still be trapped under the debris, the SES said.",
        [("Several people are believed to still be trapped", None, None, "missing", "unknown")],
    ),
    (
        "At least 20 people remain trapped under the rubble, civil defence said.",
        [("At least 20 people remain trapped", 20, None, "missing", "unknown")],
    ),
    (
        "- 12 residents trapped under rubble in Kharkiv",
        [("12 residents trapped", 12, 12, "missing", "civilian")],
    ),
    (
        "Rescuers said two children were still trapped beneath the ruins.",
        [("two children were still trapped", 2, 2, "missing", "civilian")],
    ),
    (
        "Up to 40 people were feared trapped under the rubble of the building.",
        [("Up to 40 people were feared trapped", None, 40, "missing", "unknown")],
    ),
    (
        "Some 15 people were trapped after the air strike on the block.",
        [("Some 15 people were trapped", 15, 15, "missing", "unknown")],
    ),
    (
        "Dozens of people were trapped in the wreckage after the bombing.",
        [("Dozens of people were trapped", 24, None, "missing", "unknown")],
    ),
]

TRAPPED_hostile = [
    "The civilian population is trapped between two armed groups.",
    "Several families are still trapped in their homes near the front lines.",
    "Two to three terrorists were believed to be trapped in the area.",
    "Three cats were trapped under the rubble.",
    "40 vehicles were trapped after the blast.",
    "No one was trapped under the rubble, officials said.",
    "47 families trapped near the fighting were evacuated.",
    "The 3 miners trapped in the collapsed mine were rescued in 2019.",
]


# (5) An abduction ("were taken") of two nouns joined by "and" or of a count broken down in
# an aside (CAS38 974, CAS47 1044). The headline's bare "taken" is left to the rules that
# read headlines (two cells that still fail, marked).
_BARE_TAKEN = pytest.mark.xfail(strict=True, reason="a headline's bare 'taken': not read yet")
TAKEN_positive = [
    (
        "A religious leader said close to two dozen boys and girls had been taken, some as "
        "young as 10.",
        [("close to two dozen boys and girls had been taken", None, 23, "other", "civilian")],
    ),
    (
        "The five teachers, three women and two men, were taken from a staff house at the school.",
        [("five teachers, three women and two men, were taken", 5, 5, "other", "civilian")],
    ),
    (
        "Twelve women and children were taken, residents said.",
        [("Twelve women and children were taken", 12, 12, "other", "civilian")],
    ),
    pytest.param(
        "- 30 farmers and herders taken by bandits in Zamfara",
        [("30 farmers and herders taken", 30, 30, "other", "civilian")],
        marks=_BARE_TAKEN,
    ),
    (
        "Police said 14 students and teachers were taken from the college by gunmen.",
        [("14 students and teachers were taken", 14, 14, "other", "civilian")],
    ),
    pytest.param(
        "Gunmen storm village; 20 men and boys taken",
        [("20 men and boys taken", 20, 20, "other", "unknown")],
        marks=_BARE_TAKEN,
    ),
    (
        "At least 40 passengers, 25 women and 15 men, were taken by the attackers.",
        [
            (
                "At least 40 passengers, 25 women and 15 men, were taken",
                40,
                None,
                "other",
                "civilian",
            )
        ],
    ),
    (
        "Nine pupils and two teachers had been taken, the state government said.",
        [("Nine pupils and two teachers had been taken", 11, 11, "other", "civilian")],
    ),
]

TAKEN_hostile = [
    "Twelve cars and trucks were taken from the depot.",
    "The 40 patients and nurses were taken to a safer ward.",
    "30 samples and swabs were taken, the lab said.",
    "Six goats and sheep were taken by the raiders.",
    "Two decisions and measures were taken, the council said.",
    "No women and children were taken, police insisted.",
    "Three chairs and tables were taken from the hall.",
    "Some 40 photos and videos were taken, the witness said.",
]

# (6) People missing said by a predicate of state (CAS39 981, CAS43 1017): "five people remain
# untraceable", "the whereabouts of 23 of them remain unknown"; never a suspect's, an
# attacker's or a thing's whereabouts.
MISSING_positive = [
    (
        "The prefect added that five people remain untraceable since the attack.",
        [("five people remain untraceable", 5, 5, "missing", "unknown")],
    ),
    (
        "Men in uniform stopped the bus at a checkpoint on 9 November; the whereabouts of 23 "
        "of them remain unknown.",
        [("whereabouts of 23 of them remain unknown", 23, 23, "missing", "unknown")],
    ),
    (
        "- 12 fishermen still untraceable after boat attack",
        [("12 fishermen still untraceable", 12, 12, "missing", "civilian")],
    ),
    (
        "Two days after the raid, at least 30 villagers remained untraceable, the district "
        "collector said.",
        [("at least 30 villagers remained untraceable", 30, None, "missing", "civilian")],
    ),
    # (review73g: the abducted stay `other`, the guideline's kind of abducted people)
    (
        "The whereabouts of 14 abducted students are still unknown, the governor said.",
        [("14 abducted students", 14, 14, "other", "civilian")],
    ),
    (
        "Some 200 residents have become untraceable since the army operation, HRCP said.",
        [("Some 200 residents have become untraceable", 200, 200, "missing", "civilian")],
    ),
    (
        "LIVE: whereabouts of six aid workers remain unknown after convoy ambush",
        [("whereabouts of six aid workers remain unknown", 6, 6, "missing", "civilian")],
    ),
]

MISSING_hostile = [
    "The whereabouts of two suspects are unknown, police said.",
    "The whereabouts of the 3 attackers remain unknown.",
    "Five documents remain untraceable in the archive.",
    "The whereabouts of 12 of the gunmen are unknown.",
    "The 40 rifles seized remain untraceable.",
    "No one is untraceable, the minister said.",
    "The whereabouts of 300 tonnes of aid remain unknown.",
    "Two escapees remain untraceable, prison officials said.",
]

# (7) "Among the dead" with the dead's month or day ("Among the October dead", CAS43 1015) or
# an aside of the source between it and "were" ("Among the dead, according to MSF, which
# runs a field hospital nearby, were six children", CAS39 985): one figure from "Among".
AMONG_positive = [
    (
        "Among the dead, according to Medecins Sans Frontieres, which runs a field hospital "
        "nearby, were six children.",
        [
            (
                "Among the dead, according to Medecins Sans Frontieres, which runs a field "
                "hospital nearby, were six children",
                6,
                6,
                "killed",
                "civilian",
            )
        ],
    ),
    (
        "Among the October dead were 12 women and nine minors, the monitor said.",
        [("Among the October dead were 12 women and nine minors", 21, 21, "killed", "civilian")],
    ),
    (
        "Among the dead, police said, were two children and a woman.",
        [
            (
                "Among the dead, police said, were two children and a woman",
                3,
                3,
                "killed",
                "civilian",
            )
        ],
    ),
    (
        "Among the dead, the army said, were three soldiers.",
        [("Among the dead, the army said, were three soldiers", 3, 3, "killed", "combatant")],
    ),
    (
        "- Among the Sunday dead were four aid workers",
        [("Among the Sunday dead were four aid workers", 4, 4, "killed", "civilian")],
    ),
    (
        "Among the wounded, according to the hospital, were 11 children.",
        [
            (
                "Among the wounded, according to the hospital, were 11 children",
                11,
                11,
                "injured",
                "civilian",
            )
        ],
    ),
    (
        "Among the dead, officials told Reuters, were 14 civilians.",
        [
            (
                "Among the dead, officials told Reuters, were 14 civilians",
                14,
                14,
                "killed",
                "civilian",
            )
        ],
    ),
    (
        "Among the dead, according to local sources, were at least eight Fulani herders.",
        [
            (
                "Among the dead, according to local sources, were at least eight Fulani herders",
                8,
                None,
                "killed",
                "civilian",
            )
        ],
    ),
]

AMONG_hostile = [
    "Among the dead, according to the report, was no foreigner.",
    "Among the May Day marchers were 12 students.",
    "Among the dead, police said, were no children.",
    "Among the October winners were 12 women.",
    "Among the dead trees, the ranger said, were three oaks.",
    "Among the dead, police said, was the attacker's weapon.",
    "Among those, according to the report, were 12 companies.",
    "Among the dead, according to legend, were two dragons.",
]

# Hostile probes of a second round (after the figures were measured): people as a
# modifier, people lost to another cause than death, witnesses sought by a court, things.
SECOND_ROUND_hostile = [
    "The company reported the loss of 300 employees to rivals.",
    "The coalition's loss of 12 fighters jets was a blow.",
    "Ukraine confirmed the loss of three soldiers' positions.",
    "The regiment reported the loss of 40 men to desertion.",
    "The 20 horses were treated for shock after the fire.",
    "Twelve boys and girls were taken on a trip to the museum.",
    "Among the October dead were none of the hostages.",
    "The whereabouts of 3 witnesses remain unknown, the court heard.",
    "The whereabouts of 12 stolen cars remain unknown.",
    "Nine people are still trapped in the lift after the power cut.",
]


POSITIVE = (
    LIVES_positive
    + LOSS_positive
    + TREATED_positive
    + TRAPPED_positive
    + TAKEN_positive
    + MISSING_positive
    + AMONG_positive
)
HOSTILE = (
    LIVES_hostile
    + LOSS_hostile
    + TREATED_hostile
    + TRAPPED_hostile
    + TAKEN_hostile
    + MISSING_hostile
    + AMONG_hostile
    + SECOND_ROUND_hostile
)


@pytest.mark.parametrize(("sentence", "expected"), POSITIVE)
def test_harm_predicate_found(sentence: str, expected: list[Figure]) -> None:
    assert figures(sentence) == [tuple(found[:4]) for found in expected]


@pytest.mark.parametrize("sentence", HOSTILE)
def test_hostile_probe_gives_no_figure(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The violence has claimed dozens of lives among the security forces.",
            ("claimed dozens of lives among the security forces", "combatant"),
        ),
        (
            "The ministry mourned the loss of 18 civilians.",
            ("loss of 18 civilians", "civilian"),
        ),
        ("Army mourns loss of two soldiers in Borno", ("loss of two soldiers", "combatant")),
        (
            "Rescuers said two children were still trapped beneath the ruins.",
            ("two children were still trapped", "civilian"),
        ),
    ],
)
def test_victims_from_the_noun(sentence: str, expected: tuple[str, str]) -> None:
    assert [(found[0], found[4]) for found in suggested_casualties(sentence)] == [expected]
