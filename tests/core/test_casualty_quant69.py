"""QUANT69: the count grammar of a CASUALTY as a closed class. The bounds English news puts
before a count (approximators), the vague counts, and the number forms (lakh, crore), each
read the guideline's way ("more than N" is N+1/null, "several" null/null) in every clause
frame, with the hostile negatives a widened class must leave alone (things, animals,
measures, money, dates, headlines, lists)."""

from __future__ import annotations

import pytest

from annotator.core.casualty import parse_casualty
from tests.core.suggest_probes import suggested_figures

BODY = "Report\n\n"

Figure = tuple[str, object, object, object]


def figures(sentence: str) -> list[Figure]:
    return suggested_figures(BODY + sentence)


# --------------------------------------------------------------------------- "upwards of N"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bound that ends in "of" is no part ("one of 40 people"): the participle frames
        (
            BODY + "In June upwards of 40 people lost their lives in raids.",
            ("upwards of 40 people lost their lives", 41, None, "killed"),
        ),
        (
            BODY + "The Observatory said upwards of 1,500 Alawite civilians lost their lives.",
            ("upwards of 1,500 Alawite civilians lost their lives", 1501, None, "killed"),
        ),
        (
            BODY + "- Upwards of 58,000 people newly displaced in Lubero since mid-November.",
            ("Upwards of 58,000 people newly displaced", 58001, None, "displaced"),
        ),
        (
            BODY + "and upwards of 5,000 residents of the camps fled into Maiduguri.",
            ("upwards of 5,000 residents of the camps fled", 5001, None, "displaced"),
        ),
        (
            "Upwards of 40 residents killed in attack on market in Gao",
            ("Upwards of 40 residents killed", 41, None, "killed"),
        ),
        (
            BODY + "- upwards of twenty-three soldiers dead after clashes in Kasinga",
            ("upwards of twenty-three soldiers dead", 24, None, "killed"),
        ),
    ],
)
def test_upwards_of_is_a_bound_in_every_frame(text: str, expected: Figure) -> None:
    assert expected in suggested_figures(text)


def test_a_part_of_a_counted_group_still_gives_the_group_its_figure() -> None:
    # (what _whole_of_part is for, unchanged: "one of the five fighters killed")
    found = figures("The army said one of the five fighters killed was a commander.")
    assert ("five fighters killed", 5, 5, "killed") in found


# --------------------------------------------------------------------------- dates and counts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Since March 1.2 million people have fled their homes, the UN said.",
            ("1.2 million people have fled", 1200000, 1200000, "displaced"),
        ),
        (
            "In June 40 civilians lost their lives in the fighting.",
            ("40 civilians lost their lives", 40, 40, "killed"),
        ),
        (
            "Since January 1,500 people have been killed in the region.",
            ("1,500 people have been killed", 1500, 1500, "killed"),
        ),
        (
            "Since March 2 lakh residents have fled their homes.",
            ("2 lakh residents have fled", 200000, 200000, "displaced"),
        ),
    ],
)
def test_a_month_before_a_number_that_is_no_day_leaves_the_count(
    sentence: str, expected: Figure
) -> None:
    assert expected in figures(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Since March 2022 people have fled the town in growing numbers.",
        "In June 2024 soldiers were killed in an ambush near the border.",
        "On March 12 people gathered to mourn the dead.",
        "By June 30 people had died in the camp.",
        "The ceasefire signed in October 2023 civilians say has not held.",
    ],
)
def test_a_day_or_a_year_after_a_month_is_a_date(sentence: str) -> None:
    assert figures(sentence) == []


# --------------------------------------------------------------------------- "a/an ... fled"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Since March a minimum of 40 soldiers have fled their homes.",
            ("a minimum of 40 soldiers have fled", 40, None, "displaced"),
        ),
        (
            "Since March a few dozen families have fled their homes.",
            ("a few dozen families have fled", 24, None, "displaced"),
        ),
        (
            "Since March a handful of residents have fled their homes.",
            ("a handful of residents have fled", None, None, "displaced"),
        ),
    ],
)
def test_a_count_opening_with_a_that_fled_is_no_one_person(sentence: str, expected: Figure) -> None:
    assert expected in figures(sentence)


def test_one_person_who_fled_is_still_no_figure() -> None:
    assert figures("A trader from Boni who fled the town told us what he saw.") == []


# --------------------------------------------------------------------------- vague counts


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Several people, including a police officer, were killed", (None, None)),
        ("Many people, among them a child, were killed", (None, None)),
        ("A few residents and a soldier were wounded", (None, None)),
        ("a handful of people", (None, None)),
        ("a number of terrorists", (None, None)),
        ("countless families", (None, None)),
        ("a score of villagers", (20, 20)),
        # the counts a vague word opens keep their own values
        ("Dozens of people, including a police officer, were killed", (24, None)),
        ("a few dozen people", (24, None)),
        ("several hundred residents", (200, None)),
        ("as many as 50 people", (None, 50)),
        # "the many ..." is an adjective: the number after it counts
        ("the many victims included 12 children", (12, 12)),
    ],
)
def test_a_vague_quantifier_opening_a_figure_gives_no_number(
    phrase: str, expected: tuple[int | None, int | None]
) -> None:
    count = parse_casualty(phrase)
    assert (count.low, count.high) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Several people, including a police officer, were killed.",
            ("Several people, including a police officer, were killed", None, None, "killed"),
        ),
        (
            "A few soldiers were killed, the army said.",
            ("A few soldiers were killed", None, None, "killed"),
        ),
        (
            "Gunmen abducted a number of schoolgirls.",
            ("abducted a number of schoolgirls", None, None, "other"),
        ),
        (
            "A number of people were displaced by the fighting.",
            ("A number of people were displaced", None, None, "displaced"),
        ),
        (
            "A score of villagers were killed in the raid.",
            ("A score of villagers were killed", 20, 20, "killed"),
        ),
        ("- A few injured, no deaths", ("A few injured", None, None, "injured")),
    ],
)
def test_a_few_a_number_of_and_a_score_of_open_a_figure(sentence: str, expected: Figure) -> None:
    assert expected in figures(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A few hours after the blast the town was shelled.",
        "A few of the wounded were flown to Goma.",
        "A number of houses were burned and a number of vehicles destroyed.",
        "A score of houses were burned.",
        "The militia took a few cattle and killed a number of goats.",
        "Rescuers pulled a few survivors from the rubble.",
        "Only a few residents remained in the town.",
        "Few civilians were hurt.",
        "The town was shelled several times, and dozens of drones were shot down.",
        "Several buildings, including a school, were destroyed.",
        "Three bears were gunned down by rangers.",
    ],
)
def test_vague_counts_of_things_animals_and_times_are_no_figure(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A few days later, 12 villagers were killed.", [("12 villagers were killed", 12, 12)]),
        (
            "A few kilometres away, two soldiers were wounded.",
            [("two soldiers were wounded", 2, 2)],
        ),
        (
            "A number of countries condemned the killings of 40 civilians.",
            [("killings of 40 civilians", 40, 40)],
        ),
    ],
)
def test_a_vague_word_of_time_or_place_leaves_the_count_after_it(
    sentence: str, expected: list[tuple[str, int, int]]
) -> None:
    assert [f[:3] for f in figures(sentence)] == expected


# --------------------------------------------------------------------------- lakh and crore


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("2 lakh people", (200000, 200000)),
        ("1.5 lakh people", (150000, 150000)),
        ("Two lakh people", (200000, 200000)),
        ("over 2 lakh people", (200001, None)),
        ("nearly 1.5 lakh people", (None, 149999)),
        ("1 crore people", (10000000, 10000000)),
        ("2 lakh hectares", (None, None)),
        ("Rs 10 lakh", (None, None)),
        ("50,000 rupees", (None, None)),
    ],
)
def test_lakh_and_crore_are_scales(phrase: str, expected: tuple[int | None, int | None]) -> None:
    count = parse_casualty(phrase)
    assert (count.low, count.high) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Floods destroyed crops on 2 lakh hectares and displaced 3 lakh people.",
            [("displaced 3 lakh people", 300000, 300000, "displaced")],
        ),
        (
            "Over 2 lakh people have been displaced by the violence in Manipur.",
            [("Over 2 lakh people have been displaced", 200001, None, "displaced")],
        ),
        (
            "About 1.2 lakh people fled to relief camps, officials said.",
            [("About 1.2 lakh people fled", 120000, 120000, "displaced")],
        ),
        ("- 2 lakh displaced", [("2 lakh displaced", 200000, 200000, "displaced")]),
    ],
)
def test_lakh_counts_people(sentence: str, expected: list[Figure]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # money in rupees is no head count, and the count beside it is kept
        (
            "A compensation of \u20b92 lakh was given to each of the 14 injured.",
            [("14 injured", 14, 14, "injured")],
        ),
        (
            "An ex-gratia of Rs 10 lakh for the next of kin of each of the deceased was announced.",
            [],
        ),
        (
            "Nine Maoists, including two women cadres carrying a combined bounty of Rs 38 lakh,"
            " were killed in the encounter.",
            [
                (
                    "Nine Maoists, including two women cadres carrying a combined bounty of Rs 38"
                    " lakh, were killed",
                    9,
                    9,
                    "killed",
                )
            ],
        ),
        (
            "Rs 1 crore was sanctioned for the relief of the 40 families displaced.",
            [("40 families displaced", 40, 40, "displaced")],
        ),
    ],
)
def test_rupees_are_money(sentence: str, expected: list[Figure]) -> None:
    assert figures(sentence) == expected


# --------------------------------------------------------------------------- bounds


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Police said slightly more than 40 people were injured.",
            ("slightly more than 40 people were injured", 41, None, "injured"),
        ),
        (
            "A little more than 1,500 residents have fled their homes.",
            ("A little more than 1,500 residents have fled", 1501, None, "displaced"),
        ),
        (
            "Gunmen killed a little over 40 villagers on Sunday.",
            ("killed a little over 40 villagers", 41, None, "killed"),
        ),
        (
            "Far more than 58,000 people were displaced by the fighting.",
            ("Far more than 58,000 people were displaced", 58001, None, "displaced"),
        ),
        (
            "Well in excess of 1,500 persons were killed, officials said.",
            ("Well in excess of 1,500 persons were killed", 1501, None, "killed"),
        ),
        (
            "North of 40 villagers were killed in the attack.",
            ("North of 40 villagers were killed", 41, None, "killed"),
        ),
        (
            "Just shy of 40 people were killed in the attack.",
            ("Just shy of 40 people were killed", None, 39, "killed"),
        ),
        (
            "Not quite 40 residents were killed in the attack.",
            ("Not quite 40 residents were killed", None, 39, "killed"),
        ),
        (
            "Perhaps as many as 50 people were killed, a witness said.",
            ("Perhaps as many as 50 people were killed", None, 50, "killed"),
        ),
        (
            "Potentially up to 40 residents were killed in the attack.",
            ("Potentially up to 40 residents were killed", None, 40, "killed"),
        ),
        (
            "At the very least 40 villagers were killed in the attack.",
            ("At the very least 40 villagers were killed", 40, None, "killed"),
        ),
        (
            "A reported 40 villagers were killed in the attack.",
            ("A reported 40 villagers were killed", 40, 40, "killed"),
        ),
        (
            "An estimated total of 40 villagers were killed in the attack.",
            ("An estimated total of 40 villagers were killed", 40, 40, "killed"),
        ),
        (
            "Slightly more than 40 residents killed in attack on market in Gao",
            ("Slightly more than 40 residents killed", 41, None, "killed"),
        ),
    ],
)
def test_a_bound_with_its_adverb_or_hedge_is_in_the_span(sentence: str, expected: Figure) -> None:
    assert expected in figures(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Upwards of 40 vehicles were destroyed in the raid.", []),
        ("Upwards of 40 homes were burned and looted.", []),
        ("Upwards of 5,000 manuscripts perished in the fire.", []),
        ("Far more than 40 vehicles were destroyed in the raid.", []),
        ("Perhaps as many as 40 drones were shot down overnight.", []),
        ("At the very least 40 homes were burned.", []),
        ("Closer to 2,000 tonnes of food were lost.", []),
        ("Around 5,400 tonnes of aid were lost when the warehouse burned.", []),
        ("Greater than 40 percent of the displaced are children.", []),
        ("Nearly 40 percent of the displaced are children.", []),
        ("Villages north of 40 Mile Camp were emptied as residents fled.", []),
        ("The militia killed north of 40 cattle.", []),
        (
            "The convoy travelled some 300 kilometres before it was attacked and two soldiers"
            " killed.",
            [("two soldiers killed", 2, 2, "killed")],
        ),
        (
            "A little over 40 minutes later, two people were killed.",
            [("two people were killed", 2, 2, "killed")],
        ),
        (
            "Temperatures reached a record 40 degrees in the camp where 12 people were wounded.",
            [("12 people were wounded", 12, 12, "injured")],
        ),
        (
            "A reported 40 strikes hit the city, killing two people.",
            [("killing two people", 2, 2, "killed")],
        ),
        (
            "Just shy of 3,000 houses were destroyed and 12 people killed.",
            [("12 people killed", 12, 12, "killed")],
        ),
        (
            "More than 20 years after the massacre, 12 villagers were reburied.",
            [],
        ),
        (
            "A man in his forties was killed on Sunday.",
            [("A man in his forties was killed", 1, 1, "killed")],
        ),
    ],
)
def test_bounds_of_things_measures_and_times_make_no_figure(
    sentence: str, expected: list[Figure]
) -> None:
    assert figures(sentence) == expected


def test_a_headline_year_is_no_count() -> None:
    assert suggested_figures("2024: 12 killed in market blast") == [("12 killed", 12, 12, "killed")]


# --------------------------------------------------------------------------- digit groups


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "More than 1 200 people were killed in the attack, police said.",
            [("More than 1 200 people were killed", 1201, None, "killed")],
        ),
        (
            "Gunmen killed 12 000 villagers in the region, a report said.",
            [("killed 12 000 villagers", 12000, 12000, "killed")],
        ),
        (
            "Some 1 500 000 people have fled their homes since 2023.",
            [("Some 1 500 000 people have fled", 1500000, 1500000, "displaced")],
        ),
        (
            "The army said 1,2 million people have been displaced.",
            [("1,2 million people have been displaced", 1200000, 1200000, "displaced")],
        ),
        # Indian grouping (lakh and crore places) and points grouping twice
        (
            "Over 2,00,000 people have been displaced in Manipur.",
            [("Over 2,00,000 people have been displaced", 200001, None, "displaced")],
        ),
        (
            "The floods displaced 12,50,000 people across 20 districts.",
            [("displaced 12,50,000 people", 1250000, 1250000, "displaced")],
        ),
        (
            "Nearly 3,500 people were killed and 1,20,000 displaced.",
            [
                ("Nearly 3,500 people were killed", None, 3499, "killed"),
                ("1,20,000 displaced", 120000, 120000, "displaced"),
            ],
        ),
        (
            "Around 1.500.000 people were displaced by the fighting.",
            [("Around 1.500.000 people were displaced", 1500000, 1500000, "displaced")],
        ),
        (
            "The fine was Rs 2,00,000 for the 12 arrested men.",
            [("12 arrested men", 12, 12, "other")],
        ),
        ("For more information call +41 22 739 8000 or +243 81 700 0000.", []),
        ("Views: 12 408", []),
        (
            "In 2019 150 people were killed in the province.",
            [("150 people were killed", 150, 150, "killed")],
        ),
    ],
)
def test_a_space_groups_digits_but_not_phone_numbers(sentence: str, expected: list[Figure]) -> None:
    assert figures(sentence) == expected


# --------------------------------------------------------------------------- "new displaced"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He said 12 new homes were built for displaced people.", []),
        ("Some 3,000 new arrivals were registered in the camp.", []),
        ("Officials recorded 12 new cases of cholera among displaced people.", []),
    ],
)
def test_new_things_and_cases_beside_displaced_people_make_no_figure(
    sentence: str, expected: list[Figure]
) -> None:
    assert figures(sentence) == expected
