"""CAS72A: CASUALTY figures in noun phrases of classes that several blind batches (CAS43 to
CAS46, articles 1010-1041) missed: an injury named as a noun ("the injury of 102 others"), a
toll with its people ("put the toll at 38 civilians"), evacuees counted ("about 5,800
evacuees") and people "not accounted for" (missing).

Each class has positives in several styles (wire, headline, bullet, Nigerian and Pakistani
copy, a humanitarian bulletin) with exact span, counts, kind and victims, and hostile
negatives: sport and animals, a toll that is a charge, a toll's people with their own harm
word, evacuees flown out for treatment or only planned for, things not accounted for."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_casualties

BODY = "Report\n\n"  # a headline line first, so that the sentence is read as body text


def figures(sentence: str) -> list[tuple[str, object, object, object, object]]:
    return suggested_casualties(BODY + sentence)


# (1) The injury named as a noun, then the people: "the injury of 102 others" (CAS44), "the
# injury of 34 other people" (CAS43); guideline: "the killing / abduction / kidnapping of N
# people" is one phrase from the noun to the victims, "injuries" is injured.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            'The strikes resulted in "the martyrdom of 38 citizens and the injury of 102 '
            'others", the ministry said.',
            [
                ("martyrdom of 38 citizens", 38, 38, "killed", "civilian"),
                ("injury of 102 others", 102, 102, "injured", "unknown"),
            ],
        ),
        (
            "Clashes led to the death of two fighters and the injury of 34 other people.",
            [
                ("death of two fighters", 2, 2, "killed", "combatant"),
                ("injury of 34 other people", 34, 34, "injured", "unknown"),
            ],
        ),
        (
            "The shelling caused the injury of 14 people in Kharkiv, the governor said.",
            [("injury of 14 people", 14, 14, "injured", "unknown")],
        ),
        (
            "The raid led to the injuries of 23 persons, including five children.",
            [("injuries of 23 persons", 23, 23, "injured", "unknown")],
        ),
        (
            "The army confirmed the deaths of three soldiers and the injury of six others.",
            [
                ("deaths of three soldiers", 3, 3, "killed", "combatant"),
                ("injury of six others", 6, 6, "injured", "unknown"),
            ],
        ),
    ],
)
def test_injury_of_people_is_an_injured_figure(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


def test_injury_of_people_in_a_headline() -> None:
    assert suggested_casualties("Imo: Police confirm injury of 5 persons in Owerri clash") == [
        ("injury of 5 persons", 5, 5, "injured", "unknown")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The injury of 2019 still haunts him.",
        "The injury of two key players before the final worried the coach.",
        "The injury of 3 horses at the racecourse prompted an inquiry.",
        "Doctors reported an injury of 2 centimetres to his scalp.",
        "The injury of one leg kept him from work for 12 weeks.",
        "The injury of 12 police dogs during the riot angered animal groups.",
        "The killing of 12 police dogs during the riot angered animal groups.",
        "The loss of 5,000 manuscripts in the fire was a blow to the library.",
        "The death of 1,000 cattle in the drought ruined herders.",
        # injury as a term of law or insurance
        "The policy covers the injury of up to 10 passengers per vehicle.",
        "The law punishes the injury of two or more people with prison.",
        "The insurance clause covers the injury of up to four passengers.",
        "Under the new law, the injury of two or more people in a riot carries 10 years.",
        "Article 12 of the penal code defines the injury of three or more people as a riot.",
        # people nouns as a modifier of animals
        "The injury of two police horses during the protest was filmed.",
        "Officers mourned the killing of 3 police sniffer dogs in the raid.",
    ],
)
def test_injury_of_no_people_is_no_figure(sentence: str) -> None:
    assert figures(sentence) == []


# (2) A toll with its people counted: "put the toll at 38 civilians" (CAS44), "the death toll
# has risen to 1,126 people" (CAS43); the dev gold spans both with the people noun.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Local officials put the toll at 38 civilians and said the army had arrived too late.",
            [("toll at 38 civilians", 38, 38, "killed", "civilian")],
        ),
        (
            "The death toll has risen to 1,126 people since the start of the escalation.",
            [("death toll has risen to 1,126 people", 1126, 1126, "killed", "unknown")],
        ),
        (
            "The death toll has climbed to 17 persons, the Police Public Relations Officer said.",
            [("death toll has climbed to 17 persons", 17, 17, "killed", "unknown")],
        ),
        (
            "Rescuers said the toll had reached 63 people by Sunday evening.",
            [("toll had reached 63 people", 63, 63, "killed", "unknown")],
        ),
        (
            "The new deaths bring the overall toll to 15 soldiers since Monday.",
            [("toll to 15 soldiers", 15, 15, "killed", "combatant")],
        ),
        (
            "The toll from Saturday's strike rose to 23 people, hospital officials said.",
            [("toll from Saturday's strike rose to 23 people", 23, 23, "killed", "unknown")],
        ),
    ],
)
def test_toll_with_its_people(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


def test_toll_with_its_people_in_headline_and_bullet() -> None:
    assert suggested_casualties("Toll rises to 40 people in Kano market blasts") == [
        ("Toll rises to 40 people", 40, 40, "killed", "unknown")
    ]
    assert figures("- Toll now stands at 212 civilians, OCHA says") == [
        ("Toll now stands at 212 civilians", 212, 212, "killed", "civilian")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the people's own harm word: the number-first figure, as before
        (
            "Local officials put the toll at 38 civilians killed and 12 wounded.",
            [
                ("38 civilians killed", 38, 38, "killed", "civilian"),
                ("12 wounded", 12, 12, "injured", "civilian"),
            ],
        ),
        ("The emotional toll on 40 families has been heavy, the psychologist said.", []),
        # a toll that is a charge
        ("The toll road to 3 villages was closed for repairs.", []),
        ("The toll booth at 3 villages was burned.", []),
        ("The toll to 12 people who drive daily is 300 rupees.", []),
        ("The toll of 15 dollars per car was suspended.", []),
        ("The war has taken a toll on 2 million children's schooling.", []),
        # an earlier figure borrowed: only the toll
        (
            "The death toll rose to 52, up from 27 people counted on Monday.",
            [("death toll rose to 52", 52, 52, "killed", "unknown")],
        ),
        # a second group joined: no figure of the first group alone
        ("Local officials put the toll at 38 civilians and 4 soldiers.", []),
    ],
)
def test_toll_hostile(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


# (3) Evacuees counted (CAS44's "about 5,800 evacuees", CAS46's bulletin of five "N evacuees in
# M shelters"): evacuated is displaced (guideline, Kind), evacuees named by no civilian noun
# stay unknown as the dev gold has them.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It counted about 5,800 evacuees, nearly half of them children.",
            [("about 5,800 evacuees", 5800, 5800, "displaced", "unknown")],
        ),
        (
            "- Si Sa Ket: 52,400 evacuees in 196 shelters",
            [("52,400 evacuees", 52400, 52400, "displaced", "unknown")],
        ),
        (
            "Some 3,000 evacuees are sheltering in schools in Surin province.",
            [("Some 3,000 evacuees", 3000, 3000, "displaced", "unknown")],
        ),
        (
            "More than 700 evacuees from the border villages were moved to a temple.",
            [("More than 700 evacuees", 701, None, "displaced", "unknown")],
        ),
        (
            "Authorities registered over 20,000 evacuees after the shelling, officials said.",
            [("over 20,000 evacuees", 20001, None, "displaced", "unknown")],
        ),
        (
            "Around 1,500 evacuees from Kherson arrived by train, the city council said.",
            [("Around 1,500 evacuees", 1500, 1500, "displaced", "unknown")],
        ),
    ],
)
def test_evacuees_are_displaced(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Three evacuation flights left Beirut on Sunday with 480 passengers.",
        "The 12 evacuation centres in the district are full.",
        "Volunteers collected the evacuees' belongings from 30 houses.",
        "The 300 evacuees' tents were flooded overnight.",
        "The army flew 12 medical evacuees to the capital for treatment.",
        "Officials drew up plans to house up to 50,000 evacuees if the dam fails.",
        "The ship was designed to carry 2,000 evacuees in an emergency.",
    ],
)
def test_evacuees_hostile(sentence: str) -> None:
    assert figures(sentence) == []


# (4) People "not accounted for": the guideline's "unaccounted for" (missing) said long (CAS41's
# "six inmates had not been accounted for", CAS46's "four inmates ...").
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Officials said four inmates had not been accounted for after the riot.",
            [("four inmates had not been accounted for", 4, 4, "missing", "combatant")],
        ),
        (
            "By Friday, 12 fishermen had still not been accounted for, the coast guard said.",
            [("12 fishermen had still not been accounted for", 12, 12, "missing", "civilian")],
        ),
        (
            "Six passengers have not been accounted for since the ferry sank.",
            [("Six passengers have not been accounted for", 6, 6, "missing", "civilian")],
        ),
        (
            "Police said 23 people were not accounted for.",
            [("23 people were not accounted for", 23, 23, "missing", "unknown")],
        ),
    ],
)
def test_not_accounted_for_is_missing(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said 40 million dollars had not been accounted for.",
        "The audit found 12 rifles had not been accounted for.",
        "All 30 students have been accounted for, the principal said.",
        "Officials said every one of the 400 inmates had been accounted for.",
        "The report said 12 cases had not been accounted for in the budget.",
        "Three votes had not been accounted for in the count.",
    ],
)
def test_not_accounted_for_hostile(sentence: str) -> None:
    assert figures(sentence) == []
