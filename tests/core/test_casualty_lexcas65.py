"""LEXCAS65: captives, victims of sexual violence, kin lost and detainees counted.

Sentences are our own, invented for these tests (invented people and events; real places).
Each rule has positive cases and hostile negatives: the same words said of things, animals,
money, votes, seats, matches, names, courts and a place's size.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_casualties as figures

BODY = "Report\n\n"  # a headline line first, so that the sentence is read as body text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # passive "raped", with the people counted before it
        (
            "The council said 23 women and girls had been raped in Kabkabiya.",
            ("23 women and girls had been raped", 23, 23, "other", "civilian"),
        ),
        (
            "Rebels killed 12 villagers in Tawila; 30 women were raped.",
            ("30 women were raped", 30, 30, "other", "civilian"),
        ),
        # active "raped" with the people after it
        (
            "Gunmen kidnapped at least 14 people and raped several women and girls in Liancourt.",
            ("raped several women and girls", None, None, "other", "civilian"),
        ),
        # survivors, people subjected to it, victims of it
        (
            "Partners said 214 survivors of sexual violence received care in Hinche.",
            ("214 survivors of sexual violence", 214, 214, "other", "unknown"),
        ),
        (
            "Her team had treated 38 women who survived sexual violence since June.",
            ("38 women who survived sexual violence", 38, 38, "other", "civilian"),
        ),
        (
            "The mission counted 53 women and girls subjected to conflict-related sexual "
            "violence in Warrap.",
            (
                "53 women and girls subjected to conflict-related sexual violence",
                53,
                53,
                "other",
                "civilian",
            ),
        ),
        (
            "Doctors in Bunia treated 17 victims of rape last month.",
            ("17 victims of rape", 17, 17, "other", "unknown"),
        ),
        # an adverb before the passive, and "raped or killed" (other, as "killed or maimed")
        (
            "Nine women were brutally raped by the fighters, the mission said.",
            ("Nine women were brutally raped", 9, 9, "other", "civilian"),
        ),
        (
            "At least nine girls were raped or killed by the fighters.",
            ("At least nine girls were raped or killed", 9, None, "other", "civilian"),
        ),
    ],
)
def test_sexual_violence_counted_is_a_figure_of_kind_other(
    sentence: str, expected: tuple[str, object, object, object, object]
) -> None:
    assert expected in figures(BODY + sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Lawyers who went to the police command said they were allowed to see only "
            "41 detainees.",
            ("41 detainees", 41, 41, "other", "unknown"),
        ),
        (
            "Her organisation was providing legal aid to more than 40 detainees, she said.",
            ("more than 40 detainees", 41, None, "other", "unknown"),
        ),
        (
            "The monitors said the four detainees were taken to Tskhinvali.",
            ("four detainees", 4, 4, "other", "unknown"),
        ),
        # a longer figure holding the detainees keeps its own kind
        (
            "Three of the detainees died in custody in Mitiga.",
            ("Three of the detainees died", 3, 3, "killed", "unknown"),
        ),
        (
            "The government released 200 detainees on Friday.",
            ("released 200 detainees", 200, 200, "other", "unknown"),
        ),
    ],
)
def test_detainees_counted_by_their_noun_are_a_figure(
    sentence: str, expected: tuple[str, object, object, object, object]
) -> None:
    assert expected in figures(BODY + sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Another survivor, Genet Ayalew, 34, said she had lost her two children.",
            ("lost her two children", 2, 2, "killed", "civilian"),
        ),
        (
            "The first witness said she lost her husband and two daughters in the raid.",
            ("lost her husband and two daughters", 3, 3, "killed", "civilian"),
        ),
        (
            "The family lost their three sons in the air strike on Dangila.",
            ("lost their three sons", 3, 3, "killed", "civilian"),
        ),
        ('"We lost our two sons," said Amina.', ("lost our two sons", 2, 2, "killed", "civilian")),
    ],
)
def test_kin_lost_after_a_possessive_are_killed(
    sentence: str, expected: tuple[str, object, object, object, object]
) -> None:
    assert expected in figures(BODY + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # things, votes, seats, matches and cases lost
        "The opposition lost two seats in the vote.",
        "The prosecutor lost her two cases against the militia leaders.",
        "The club lost both matches and its two captains left.",
        "They lost their 12 goats and two camels in the raid.",
        "She lost her two sons' house in the fire.",
        # kin lost with no number, or to an illness, or in a clause describing a speaker
        "She lost her husband in the raid.",
        "I lost my husband and my son that night.",
        "He lost his two sons to cancer last year.",
        "A survivor, Mary Gyang, 63, who lost her husband and two grandsons, said the village "
        "was empty.",
        # people accused or convicted, cases and names
        "Two soldiers were accused of rape and 12 were convicted of sexual violence.",
        "The clinic recorded nine cases of sexual violence in March.",
        "The 40 Survivors of Sexual Violence Network met in Kinshasa.",
        "The 12 women who reported sexual violence were interviewed by the panel.",
        "She said she had been raped 12 times by different men.",
        "A fund for victims of sexual violence paid out 41 million dollars.",
        # an age or an age band before the passive, a period before the people (review63c
        # found these in the first "raped" rule)
        "Girls aged 12 to 17 had been raped, the report said.",
        "Children as young as 5 were raped, doctors said.",
        "Women aged 18-25 were abducted.",
        "Between 2019 and 2022 women were raped in the camps.",
        "Nobody was raped, the police said.",
        "Most women there reported rape by armed men.",
        # a year after "The" opening a sentence is no count
        # victims of fraud, a victims' fund
        "He said 300 people were victims of fraud in the scheme.",
        "Parliament set up the victims' fund of 41 million dollars.",
        # a prison's size, a court's case, the detainees' kin, a name
        "Police said the 14 detainees' relatives had gathered outside.",
        "The 41 Detainees Committee issued a statement.",
        # fighters who still hold a place, people freed from a contract
        "Government troops retreated, but 12 still held the bridge on Sunday.",
        "Twenty fighters still held their positions at dawn.",
        "Those freed from the contract included 40 workers who returned home.",
        # animals, things and a place's name
        "Three bears were gunned down by rangers near the village.",
        "Some 5,000 manuscripts perished in the fire.",
        "The 40 Martyrs Cemetery lies east of the town.",
    ],
)
def test_the_same_words_said_of_other_things_are_no_figure(sentence: str) -> None:
    assert figures(BODY + sentence) == []


def test_captives_still_held_stay_a_figure() -> None:
    text = BODY + "The fate of at least three people still held by the group is unknown."
    assert figures(text) == [("at least three people still held", 3, None, "other", "unknown")]
    headline = "Somali pirates free eight sailors; 12 still held\n\nBody."
    assert ("12 still held", 12, 12, "other", "civilian") in figures(headline)


def test_a_range_of_round_numbers_opening_a_sentence_stays_a_count() -> None:
    # only years of living memory (1950-2039) are read as a period
    text = BODY + "Between 1900 and 2000 fighters were killed during the siege."
    assert figures(text) == [
        ("Between 1900 and 2000 fighters were killed", 1900, 2000, "killed", "combatant")
    ]


def test_the_rapists_counted_before_an_active_verb_are_no_victims() -> None:
    # the girl is the figure, never the three soldiers who did it
    text = BODY + "Three soldiers raped a girl in the village, residents said."
    assert figures(text) == [("raped a girl", 1, 1, "other", "civilian")]
    # ... and the arrest of the men who did it stays a figure of its own
    text = BODY + "Police arrested two men who raped a girl in Goma."
    assert figures(text) == [
        ("arrested two men", 2, 2, "other", "unknown"),
        ("raped a girl", 1, 1, "other", "civilian"),
    ]
