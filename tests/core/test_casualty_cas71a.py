"""CAS71A: CASUALTY figures whose victim is a clause subject, from closed classes that the
blind batches CAS42 and CAS43 (articles 1002-1017) showed missing.

Each class below has its positives (exact span, counts, kind and victims) and hostile
negatives: things, animals, perpetrators, rescuers, speakers, appositions to someone counted
before, a yielding ("succumb to pressure"), a modal, what was received for a wound."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_casualties

BODY = "Report\n\n"  # a headline line first, so that the sentence is read as body text


def figures(sentence: str) -> list[tuple[str, object, object, object, object]]:
    return suggested_casualties(BODY + sentence)


# One person named and aged in apposition, then the harm: "a contract serviceman, Arman
# Sargsyan, 24, was killed" (guideline: a count of one from "a", spans running over an
# apposition to their harm word, session 32).
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Armenia's Defence Ministry said a contract serviceman, Arman Sargsyan, 24, was "
            "killed and two others were wounded.",
            [
                (
                    "a contract serviceman, Arman Sargsyan, 24, was killed",
                    1,
                    1,
                    "killed",
                    "combatant",
                ),
                ("two others were wounded", 2, 2, "injured", "unknown"),
            ],
        ),
        (
            "A sixth officer, Corporal Edivaldo Nunes Sarmento, 38, was shot in the head and died "
            "before reaching the hospital.",
            [
                (
                    "A sixth officer, Corporal Edivaldo Nunes Sarmento, 38, was shot in the head "
                    "and died",
                    1,
                    1,
                    "killed",
                    "combatant",
                )
            ],
        ),
        (
            "KADUNA: A vigilante, Sani Bello, 31, was shot dead by bandits on Sunday.",
            [("A vigilante, Sani Bello, 31, was shot dead", 1, 1, "killed", "combatant")],
        ),
        (
            "A police constable, Ravi Kumar, 29, sustained bullet injuries in the encounter.",
            [
                (
                    "A police constable, Ravi Kumar, 29, sustained bullet injuries",
                    1,
                    1,
                    "injured",
                    "combatant",
                )
            ],
        ),
        (
            "One protester, Brian Otieno, 19, died in hospital on Wednesday.",
            [("One protester, Brian Otieno, 19, died", 1, 1, "killed", "civilian")],
        ),
        (
            "A teacher, Ahmad Khan, aged 52, was abducted from his home.",
            [("A teacher, Ahmad Khan, aged 52, was abducted", 1, 1, "other", "civilian")],
        ),
        (
            "In Eldoret, a farmer, John Kiprop, 45, was shot dead.",
            [("a farmer, John Kiprop, 45, was shot dead", 1, 1, "killed", "civilian")],
        ),
        # a perpetrator killed is a casualty too
        (
            "A suspect, Musa Ali, 22, was killed by police.",
            [("A suspect, Musa Ali, 22, was killed", 1, 1, "killed", "unknown")],
        ),
    ],
)
def test_one_named_and_aged_then_harmed(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an apposition to a subject counted before it
        (
            "The sailor who died, an Indian second engineer, Rakesh Nair, 44, was shot in the "
            "thigh when the pirates boarded.",
            [],
        ),
        ("The victim, a farmer, Musa Ali, 40, was killed in his field.", []),
        # a speaker or a witness, no harm after the apposition
        (
            "A resident of the building, Tetiana Kovalchuk, 67, said she had been thrown to "
            "the floor.",
            [],
        ),
        ("A survivor, Kavira Mumbere, 34, was treated for trauma.", []),
        # an animal, a thing, an office
        ("A dog, Rex, 4, was killed in the blast.", []),
        ("A tanker, MV Sea Star, 12, was hit by a drone.", []),
        ("The minister, Ali Khan, 60, was sworn in.", []),
        # the people the named one harmed or spoke of are the figure
        (
            "A resident, Ahmed Ali, 40, was returning home when the blast killed three people.",
            [("killed three people", 3, 3, "killed", "unknown")],
        ),
        (
            "A spokesman, John Smith, 45, was quoted as saying two soldiers were killed.",
            [("two soldiers were killed", 2, 2, "killed", "combatant")],
        ),
    ],
)
def test_named_and_aged_not_harmed_is_no_figure(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


# A headline's present tense of "succumbed" (as "dies" is of "died"): "toll rises to 38 as
# two more policemen succumb" (guideline: headline tolls include their verb; "succumbed"
# is killed).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bannu mosque blast: death toll rises to 38 as two more policemen succumb\n\nBody.",
            [
                ("death toll rises to 38", 38, 38, "killed", "unknown"),
                ("two more policemen succumb", 2, 2, "killed", "combatant"),
            ],
        ),
        (
            "Poonch ambush: toll rises to five as injured soldier succumbs; search goes on\n\n"
            "Body.",
            [
                ("toll rises to five", 5, 5, "killed", "combatant"),
                ("injured soldier succumbs", 1, 1, "killed", "combatant"),
            ],
        ),
        (
            "Quetta blast: three more succumb to injuries, toll rises to 14\n\nBody.",
            [
                ("three more succumb", 3, 3, "killed", "unknown"),
                ("toll rises to 14", 14, 14, "killed", "unknown"),
            ],
        ),
        (
            "Kaduna attack: 2 more victims succumb in hospital\n\nBody.",
            [("2 more victims succumb", 2, 2, "killed", "unknown")],
        ),
        (
            "Another policeman succumbs to injuries\n\nBody.",
            [("Another policeman succumbs", 1, 1, "killed", "combatant")],
        ),
        (
            "Injured constable succumbs in Srinagar hospital\n\nBody.",
            [("Injured constable succumbs", 1, 1, "killed", "combatant")],
        ),
        (
            "- Two children succumb to burn injuries\n- Three houses burned",
            [("Two children succumb", 2, 2, "killed", "civilian")],
        ),
    ],
)
def test_headline_succumb(text: str, expected: list[tuple]) -> None:
    assert suggested_casualties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two more towns succumb to rebel offensive\n\nBody.",
        "Government will not succumb to pressure, says minister\n\nBody.",
        "Three districts succumb to floods as rains continue\n\nBody.",
        "Two ministers succumb to pressure and resign\n\nBody.",
        "Report\n\nOfficials fear dozens more could succumb to their injuries.",
        "Report\n\nMany farmers succumb to debt every year.",
        "Hero dog succumbs to injuries\n\nBody.",
        "Striker succumbs to injury, misses final\n\nBody.",
        "Opposition succumbs to infighting\n\nBody.",
        'Report\n\n"We will never succumb," the commander said.',
    ],
)
def test_succumb_of_no_person_harmed_is_no_figure(text: str) -> None:
    assert suggested_casualties(text) == []


# "received" as the third verb of a wound beside "suffered" and "sustained": "A man received
# shrapnel wounds" (guideline: every figure with its own casualty word; wounds -> injured).
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            '"A man received shrapnel wounds to his legs and back. He was taken to hospital," '
            "Voronin said.",
            [("A man received shrapnel wounds", 1, 1, "injured", "unknown")],
        ),
        (
            "Two children received shrapnel wounds, the governor said on Telegram.",
            [("Two children received shrapnel wounds", 2, 2, "injured", "civilian")],
        ),
        (
            "An elderly woman received burns to her arms and face.",
            [("An elderly woman received burns", 1, 1, "injured", "civilian")],
        ),
        (
            "Three policemen received bullet injuries in the encounter, the SSP said.",
            [("Three policemen received bullet injuries", 3, 3, "injured", "combatant")],
        ),
        (
            "At least 12 people received gunshot wounds during the protests.",
            [("At least 12 people received gunshot wounds", 12, None, "injured", "unknown")],
        ),
        (
            "BELGOROD, May 3 (TASS) - A woman received shrapnel wounds in Shebekino.",
            [("A woman received shrapnel wounds", 1, 1, "injured", "civilian")],
        ),
    ],
)
def test_received_wounds(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Three soldiers received medals for wounds sustained in 2014.", []),
        ("The two victims received treatment for burns at the scene.", []),
        ("The hospital received burns patients from the fire.", []),
        ("A medic who treated people with shrapnel wounds received an award.", []),
        ("The 12 families received compensation for the injuries of their relatives.", []),
        ("A car received shrapnel damage.", []),
        ("Two tanks received direct hits.", []),
        ("We received gunshot wounds all night, most of them young men.", []),
        ("Five soldiers received training in treating gunshot wounds.", []),
        # the hospital's intake is counted with its people, never with "received"
        (
            "The centre received 40 people with gunshot wounds.",
            [("40 people with gunshot wounds", 40, 40, "injured", "unknown")],
        ),
    ],
)
def test_received_no_wound_is_no_figure(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


# A body's acronym in brackets inside the description of the people counted: "A nurse
# working for Medecins Sans Frontieres (MSF) was killed", "A crew member of a United Nations
# Mission in South Sudan (UNMISS) helicopter was killed" (guideline: the victim noun phrase
# with its modifiers, to the harm word; a bracketed acronym belongs to its name).
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A crew member of a United Nations Mission in South Sudan (UNMISS) helicopter was "
            "killed and two others were wounded on Tuesday.",
            [
                (
                    "A crew member of a United Nations Mission in South Sudan (UNMISS) "
                    "helicopter was killed",
                    1,
                    1,
                    "killed",
                    "civilian",
                ),
                ("two others were wounded", 2, 2, "injured", "unknown"),
            ],
        ),
        (
            "A nurse working for M\u00e9decins Sans Fronti\u00e8res (MSF) was killed in the "
            "strike, the charity said.",
            [
                (
                    "A nurse working for M\u00e9decins Sans Fronti\u00e8res (MSF) was killed",
                    1,
                    1,
                    "killed",
                    "civilian",
                )
            ],
        ),
        (
            "A driver working for the World Food Programme (WFP) was shot dead near Kadugli.",
            [
                (
                    "A driver working for the World Food Programme (WFP) was shot dead",
                    1,
                    1,
                    "killed",
                    "civilian",
                )
            ],
        ),
        (
            "Two staff members of the International Committee of the Red Cross (ICRC) office "
            "in Goma were wounded.",
            [
                (
                    "Two staff members of the International Committee of the Red Cross (ICRC) "
                    "office in Goma were wounded",
                    2,
                    2,
                    "injured",
                    "civilian",
                )
            ],
        ),
        (
            "A constable of the Central Reserve Police Force (CRPF) battalion was injured.",
            [
                (
                    "A constable of the Central Reserve Police Force (CRPF) battalion was injured",
                    1,
                    1,
                    "injured",
                    "combatant",
                )
            ],
        ),
    ],
)
def test_acronym_inside_the_people(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A spokesman for the United Nations Mission in South Sudan (UNMISS) said 12 people "
            "were killed.",
            [("12 people were killed", 12, 12, "killed", "unknown")],
        ),
        (
            "A member of the Rapid Support Forces (RSF) unit that killed 12 villagers was "
            "arrested.",
            [("killed 12 villagers", 12, 12, "killed", "civilian")],
        ),
        ("A helicopter of the United Nations Mission in South Sudan (UNMISS) fleet was hit.", []),
        (
            "A doctor working for M\u00e9decins Sans Fronti\u00e8res (MSF) treated 40 wounded.",
            [("40 wounded", 40, 40, "injured", "unknown")],
        ),
        ("A statement from the World Health Organization (WHO) office was issued.", []),
        # a verb after the acronym is no word of the people's description
        (
            "A nurse of Medecins Sans Frontieres (MSF) treats a child wounded by a machete.",
            [("a child wounded", 1, 1, "injured", "civilian")],
        ),
    ],
)
def test_acronym_not_of_the_harmed(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected
