"""CASUALTY rules by class, from the shapes the blind batch CAS38 (970-977) missed (cas68).

Each class has its positive cases (beyond the CAS38 sentence) and hostile probes, asserting
the exact spans, counts, kinds and victims:

1. A ship's crew at work is civilian, by any of its names ("crew members", "crew",
   "crewmen", "mariners"; seafarers and sailors were already), never a crew of arms (a
   navy's, a warship's, a tank's, an aircraft's).
2. A harm only attempted, foiled or thwarted befell nobody: "the attempted murder of a
   local imam" is no figure.
3. "elderly" before the person it describes: "an elderly imam", "a nurse and an elderly
   farmer" end at the noun.
5. People moved from their homes, said as a noun: "the evacuation of 1,200 residents", "the
   forcible transfer of some 1,500 Muslim residents" (displaced), never a rescue of the
   wounded, the sick, the dead or a vehicle's people, nor a medical evacuation.
6. A people named by its demonym with combatants among them is mixed, as "people" is: "at
   least 40 Israelis, including members of the security forces, have been killed".
7. Workers harmed at their work, named by what they gather, carry, grow or dig, are
   civilian ("truffle hunters", "gold panners", "fuel carriers", "coca growers", "kolbars");
   never hunters alone, nor smugglers.
8. People found, or moved to a hospital (named or not), with their wounds are injured:
   "Four other victims were found with gunshot wounds", "Five others were rushed to
   hospital with bullet wounds"; the dead found with wounds stay the dead.

(Class 4, one person described by a "who" clause then "died", was tried and removed: it
changed no measured figure.)
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_casualties

BODY = "Report\n\n"  # a headline line first, so that the sentence is read as body text


def figures(text: str) -> list[tuple[str, object, object, object, object]]:
    return suggested_casualties(text)


def body(sentence: str) -> list[tuple[str, object, object, object, object]]:
    return figures(BODY + sentence)


# 1. crews -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Three crew members of a Greek-owned bulk carrier were killed.",
            [
                (
                    "Three crew members of a Greek-owned bulk carrier were killed",
                    3,
                    3,
                    "killed",
                    "civilian",
                )
            ],
        ),
        (
            "CENTCOM said the attack killed three innocent mariners.",
            [("killed three innocent mariners", 3, 3, "killed", "civilian")],
        ),
        (
            "The strike killed three mariners.",
            [("killed three mariners", 3, 3, "killed", "civilian")],
        ),
        (
            "Gunmen killed two innocent mariners aboard the vessel.",
            [("killed two innocent mariners", 2, 2, "killed", "civilian")],
        ),
        (
            "The rebels are still holding several of its crew.",
            [("holding several of its crew", None, None, "other", "civilian")],
        ),
        (
            "The missile wounded two crewmen on the tanker.",
            [("wounded two crewmen", 2, 2, "injured", "civilian")],
        ),
        (
            "Pirates kidnapped six crew members off the coast.",
            [("kidnapped six crew members", 6, 6, "other", "civilian")],
        ),
        (
            "Four crew of the fishing trawler were injured when the drone hit.",
            [("Four crew of the fishing trawler were injured", 4, 4, "injured", "civilian")],
        ),
        (
            "The coast guard rammed the boat, injuring two crew members.",
            [("injuring two crew members", 2, 2, "injured", "civilian")],
        ),
        (
            "Twenty crew members were taken hostage by the pirates.",
            [("Twenty crew members were taken hostage", 20, 20, "other", "civilian")],
        ),
    ],
)
def test_crews_at_work_are_civilians(sentence: str, expected: list) -> None:
    assert body(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "victims"),
    [
        # a crew of arms: its men are combatants, or the crew says nothing
        ("Two tank crew members were killed in the ambush.", "unknown"),
        ("Three helicopter crew members were killed when it was shot down.", "unknown"),
        ("Two crew members of the warship were injured in the strike.", "unknown"),
        ("Four naval crew were killed in the attack.", "unknown"),
        ("Two navy sailors were killed.", "unknown"),
    ],
)
def test_crews_of_arms_are_not_civilians(sentence: str, victims: str) -> None:
    found = body(sentence)
    assert len(found) == 1
    assert found[0][4] == victims


def test_crew_with_soldiers_is_mixed() -> None:
    assert body("The strike killed two soldiers and three crew members.") == [
        ("killed two soldiers and three crew members", 5, 5, "killed", "mixed")
    ]


def test_crew_things_and_lists_stay_unchanged() -> None:
    # no person harmed: a film crew's work, a crew list, a ship's figures
    assert body("A film crew of four arrived to record the ceremony.") == []
    assert body("The vessel, built in 2011, had a crew of 21 Filipinos and two Indians.") == []
    assert body("Of the 24 seafarers on board, 19 were Filipinos.") == []
    assert body('"Our crew are safe," the owner said, adding that the 17 mariners were well.') == []


def test_crew_headline_and_list() -> None:
    text = "Three seafarers killed, four missing in Red Sea attack\n\nBody text follows."
    assert figures(text) == [
        ("Three seafarers killed", 3, 3, "killed", "civilian"),
        ("four missing", 4, 4, "missing", "civilian"),
    ]
    # a list line: a crew's figure, the ship's details no figure
    assert body("- 3 crew killed, 2 injured\n- 56,000-dwt, built 2011") == [
        ("3 crew killed", 3, 3, "killed", "civilian"),
        ("2 injured", 2, 2, "injured", "civilian"),
    ]


# 2. attempted harm ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "He was acquitted of the attempted murder of a local imam.",
        "He was charged with the attempted murder of two police officers.",
        "She denied the attempted killing of a soldier.",
        "He faces charges of attempted murder of three gendarmes.",
        "The attempted assassination of a judge failed.",
        "Police said the foiled kidnapping of two tourists took place on Monday.",
        "The failed abduction of three schoolgirls prompted protests.",
        "The botched kidnapping of a trader ended in arrests.",
    ],
)
def test_an_attempted_harm_is_no_figure(sentence: str) -> None:
    assert body(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Two gunmen were convicted of the murder of a local imam.",
            [("murder of a local imam", 1, 1, "killed", "civilian")],
        ),
        (
            "Police are investigating the killing of two farmers.",
            [("killing of two farmers", 2, 2, "killed", "civilian")],
        ),
        (
            "The kidnapping of 12 students after an attempted raid shocked the town.",
            [("kidnapping of 12 students", 12, 12, "other", "civilian")],
        ),
    ],
)
def test_a_harm_done_still_counts(sentence: str, expected: list) -> None:
    assert body(sentence) == expected


# 3. "elderly" before its person ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The dead included 11 children and an elderly imam, residents said.",
            [("dead included 11 children and an elderly imam", 12, 12, "killed", "civilian")],
        ),
        (
            "The dead included two children and an elderly shepherd.",
            [("dead included two children and an elderly shepherd", 3, 3, "killed", "civilian")],
        ),
        (
            "Among the dead were three women and an elderly priest.",
            [("Among the dead were three women and an elderly priest", 4, 4, "killed", "civilian")],
        ),
        (
            "The strike killed a nurse and an elderly farmer.",
            [("killed a nurse and an elderly farmer", 2, 2, "killed", "civilian")],
        ),
        (
            "The strike killed two elderly shepherds.",
            [("killed two elderly shepherds", 2, 2, "killed", "civilian")],
        ),
        (
            "The shelling wounded a boy and an elderly widow.",
            [("wounded a boy and an elderly widow", 2, 2, "injured", "civilian")],
        ),
    ],
)
def test_elderly_ends_at_its_person(sentence: str, expected: list) -> None:
    assert body(sentence) == expected


def test_elderly_not_over_a_possessive_or_the_group() -> None:
    # an animal of the elderly man's: the figure ends before
    assert body("The strike killed a nurse and an elderly neighbour's dog.") == [
        ("killed a nurse", 1, 1, "killed", "civilian")
    ]
    assert body("The dead included 11 children and the elderly, residents said.") == [
        ("dead included 11 children", 11, 11, "killed", "civilian")
    ]


# 5. people moved from their homes, said as a noun ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The court found him guilty of the forcible transfer of some 1,500 Muslim residents.",
            [
                (
                    "forcible transfer of some 1,500 Muslim residents",
                    1500,
                    1500,
                    "displaced",
                    "civilian",
                )
            ],
        ),
        (
            "The army ordered the evacuation of 1,200 residents of two villages.",
            [("evacuation of 1,200 residents", 1200, 1200, "displaced", "civilian")],
        ),
        (
            "Officials oversaw the evacuation of about 3,000 people from the border town.",
            [("evacuation of about 3,000 people", 3000, 3000, "displaced", "unknown")],
        ),
        (
            "The forced deportation of 200 Rohingya families was condemned.",
            [("forced deportation of 200 Rohingya families", 200, 200, "displaced", "civilian")],
        ),
        (
            "The forced relocation of 400 villagers began on Monday.",
            [("forced relocation of 400 villagers", 400, 400, "displaced", "civilian")],
        ),
        (
            "The indictment cites the forced expulsion of more than 2,000 Serbs.",
            [("forced expulsion of more than 2,000 Serbs", 2001, None, "displaced", "unknown")],
        ),
        (
            "Rights groups condemned the forcible removal of 60 Bedouin families.",
            [("forcible removal of 60 Bedouin families", 60, 60, "displaced", "civilian")],
        ),
        (
            "- Evacuation of 300 families from Sderot",
            [("Evacuation of 300 families", 300, 300, "displaced", "civilian")],
        ),
    ],
)
def test_moved_from_their_homes_as_a_noun(sentence: str, expected: list) -> None:
    assert body(sentence) == expected


def test_moved_from_their_homes_headline() -> None:
    assert figures("Evacuation of 500 residents ordered near front line\n\nBody text.") == [
        ("Evacuation of 500 residents", 500, 500, "displaced", "civilian")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a rescue, the wounded, the sick or the dead brought out: no displacement
        (
            "The medical evacuation of two wounded soldiers took hours.",
            [("two wounded soldiers", 2, 2, "injured", "combatant")],
        ),
        ("The evacuation of 200 patients from the hospital was completed.", []),
        ("The evacuation of 150 passengers from the train went smoothly.", []),
        ("The evacuation of the 24 crew members was completed by a navy ship.", []),
        (
            "The evacuation of 30 bodies from the site continued.",
            [("30 bodies", 30, 30, "killed", "unknown")],
        ),
        # things and a transfer that is no forced one
        ("The evacuation of 40 tonnes of grain was halted.", []),
        ("The forced transfer of 12 buses to the army angered drivers.", []),
        ("The transfer of five prisoners to the capital was delayed.", []),
        # no count
        ("The forcible transfer of children is a war crime, the lawyer said.", []),
    ],
)
def test_moved_from_their_homes_hostile(sentence: str, expected: list) -> None:
    assert body(sentence) == expected


# 6. a people named by its demonym, with combatants among them ---------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "At least 40 Israelis, including members of the security forces, have been killed.",
            [
                (
                    "At least 40 Israelis, including members of the security forces, have been"
                    " killed",
                    40,
                    None,
                    "killed",
                    "mixed",
                )
            ],
        ),
        (
            "Twelve Afghans, including two soldiers, were killed in the blast.",
            [("Twelve Afghans, including two soldiers, were killed", 12, 12, "killed", "mixed")],
        ),
        (
            "Eight Ukrainians, including a police officer, were injured in the strike.",
            [
                (
                    "Eight Ukrainians, including a police officer, were injured",
                    8,
                    8,
                    "injured",
                    "mixed",
                )
            ],
        ),
        (
            "Three Russians, including a colonel, died in the attack.",
            [("Three Russians, including a colonel, died", 3, 3, "killed", "mixed")],
        ),
        # as "people" always was
        (
            "At least nine people, including two soldiers, were killed.",
            [
                (
                    "At least nine people, including two soldiers, were killed",
                    9,
                    None,
                    "killed",
                    "mixed",
                )
            ],
        ),
    ],
)
def test_demonym_with_combatants_among_them_is_mixed(sentence: str, expected: list) -> None:
    assert body(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # combatants counted by their own noun stay combatants; civilians among a people
        # stay civilian
        (
            "Twelve soldiers, including two officers, were killed.",
            [
                (
                    "Twelve soldiers, including two officers, were killed",
                    12,
                    12,
                    "killed",
                    "combatant",
                )
            ],
        ),
        (
            "Five Pakistanis, including three children, were wounded.",
            [
                (
                    "Five Pakistanis, including three children, were wounded",
                    5,
                    5,
                    "injured",
                    "civilian",
                )
            ],
        ),
        # a known limit: a capitalised noun of a demonym's shape is read as a people
        (
            "Two Guardians, including a veteran officer, were injured.",
            [
                (
                    "Two Guardians, including a veteran officer, were injured",
                    2,
                    2,
                    "injured",
                    "mixed",
                )
            ],
        ),
    ],
)
def test_demonym_with_combatants_hostile(sentence: str, expected: list) -> None:
    assert body(sentence) == expected


# 7. workers named by what they gather, carry, grow or dig -------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Gunmen killed at least 31 truffle hunters in the desert.",
            [("killed at least 31 truffle hunters", 31, None, "killed", "civilian")],
        ),
        (
            "Eleven gold panners are now known to have been killed.",
            [
                (
                    "Eleven gold panners are now known to have been killed",
                    11,
                    11,
                    "killed",
                    "civilian",
                )
            ],
        ),
        (
            "At least five Baluch fuel carriers were killed.",
            [("At least five Baluch fuel carriers were killed", 5, None, "killed", "civilian")],
        ),
        (
            "Border guards shot dead at least 43 kolbars last year.",
            [("shot dead at least 43 kolbars", 43, None, "killed", "civilian")],
        ),
        (
            "Ten coca growers were killed in the clash.",
            [("Ten coca growers were killed", 10, 10, "killed", "civilian")],
        ),
        (
            "Five artisanal diamond diggers were killed.",
            [("Five artisanal diamond diggers were killed", 5, 5, "killed", "civilian")],
        ),
        (
            "At least 28 searchers have been killed since 2010.",
            [("At least 28 searchers have been killed", 28, None, "killed", "civilian")],
        ),
        (
            "The blast wounded two customers and a passer-by.",
            [("wounded two customers and a passer-by", 3, 3, "injured", "civilian")],
        ),
        (
            "Among the dead is a 62-year-old retired headmaster, police said.",
            [
                (
                    "Among the dead is a 62-year-old retired headmaster",
                    1,
                    1,
                    "killed",
                    "civilian",
                )
            ],
        ),
        (
            "Among the injured was a camera operator.",
            [("Among the injured was a camera operator", 1, 1, "injured", "civilian")],
        ),
    ],
)
def test_workers_by_their_trade_are_civilians(sentence: str, expected: list) -> None:
    assert body(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # hunters alone, and the Sahel's hunters' militias, are not taken
        (
            "Jihadists killed 12 Dozo hunters in an ambush.",
            [("killed 12 Dozo hunters", 12, 12, "killed", "combatant")],
        ),
        (
            "Three hunters were killed by the militia.",
            [("Three hunters were killed", 3, 3, "killed", "unknown")],
        ),
        # criminal roles stay a party to the violence
        (
            "The strike killed 12 fuel smugglers, the army said.",
            [("killed 12 fuel smugglers", 12, 12, "killed", "combatant")],
        ),
        # vehicles and things: no figure
        ("Two fuel carriers were destroyed by a drone.", []),
    ],
)
def test_workers_by_their_trade_hostile(sentence: str, expected: list) -> None:
    assert body(sentence) == expected


# 8. people moved to hospital or found with their wounds ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Four other victims were found with gunshot wounds.",
            [("Four other victims were found with gunshot wounds", 4, 4, "injured", "unknown")],
        ),
        (
            "Three men were found with stab wounds near the market.",
            [("Three men were found with stab wounds", 3, 3, "injured", "unknown")],
        ),
        (
            "Five others were rushed to hospital with bullet wounds.",
            [
                (
                    "Five others were rushed to hospital with bullet wounds",
                    5,
                    5,
                    "injured",
                    "unknown",
                )
            ],
        ),
        (
            "Police said five people were taken to the city's main hospital with gunshot wounds.",
            [
                (
                    "five people were taken to the city's main hospital with gunshot wounds",
                    5,
                    5,
                    "injured",
                    "unknown",
                )
            ],
        ),
        (
            "Twelve people were rushed to hospital with gunshot wounds, police said.",
            [
                (
                    "Twelve people were rushed to hospital with gunshot wounds",
                    12,
                    12,
                    "injured",
                    "unknown",
                )
            ],
        ),
        (
            "A man was rushed to hospital with stab wounds.",
            [("A man was rushed to hospital with stab wounds", 1, 1, "injured", "unknown")],
        ),
        (
            "Two children were airlifted to a hospital with severe burns.",
            [
                (
                    "Two children were airlifted to a hospital with severe burns",
                    2,
                    2,
                    "injured",
                    "civilian",
                )
            ],
        ),
        (
            "Six villagers were flown to hospital with shrapnel injuries.",
            [
                (
                    "Six villagers were flown to hospital with shrapnel injuries",
                    6,
                    6,
                    "injured",
                    "civilian",
                )
            ],
        ),
    ],
)
def test_moved_to_hospital_or_found_with_wounds(sentence: str, expected: list) -> None:
    assert body(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the dead found with their wounds stay the dead
        ("Two bodies were found with gunshot wounds.", [("Two bodies", 2, 2, "killed", "unknown")]),
        (
            "Two of the dead were found with gunshot wounds.",
            [("Two of the dead", 2, 2, "killed", "unknown")],
        ),
        (
            "Three men were found dead with gunshot wounds.",
            [("Three men were found dead", 3, 3, "killed", "unknown")],
        ),
        (
            "The bodies of three men were found with gunshot wounds.",
            [("bodies of three men", 3, 3, "killed", "unknown")],
        ),
        # animals, things, and no wound
        ("Three dogs were found with gunshot wounds.", []),
        ("Four cars were found with bullet holes.", []),
        ("Four were found with their hands tied.", []),
        ("Two patients were rushed to hospital for a routine check-up.", []),
    ],
)
def test_moved_to_hospital_or_found_with_wounds_hostile(sentence: str, expected: list) -> None:
    assert body(sentence) == expected
