"""FRAME69: casualty clause frames taken from grammar, not from one sentence: a fronted
partitive ("Of the injured, seven ..."), a source set off by commas inside an inverted toll
("Among the dead, according to X, were six children"), people joined by "and" with a
determiner before a noun no list holds ("The driver and the conductor were among the dead",
"among those who died"), the lives of counted people as a passive's subject ("the lives of 37
villagers were claimed"), "remain untraceable", groups summed before "lost their lives",
and football's "ultras fans" as civilians (Indian wire copy's "ultras" as militants was
taken out again by ABL70: one dev article). Each with the hostile sentences that share its shape."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_casualties

Figure = tuple[str, object, object, object, object]


def figures(sentence: str) -> list[Figure]:
    return suggested_casualties(sentence)


def spans(sentence: str) -> list[str]:
    return [f[0] for f in figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "unwanted"),
    [
        ("Of the 40 trucks, seven were hit by shells near the crossing.", "Of the 40 trucks"),
        ("Of the injured, 60 per cent were children, the agency said.", "Of the injured, 60"),
        ("Of the injured, seven-year-old Amina was the youngest.", "Of the injured, seven"),
        ("Of the dead, 14 January is remembered each year in the village.", "Of the dead, 14"),
        ("Of the Dead Sea Scrolls, three were shown in the museum.", "Of the Dead"),
        ("Of the injured, one hospital took most of the patients.", "Of the injured, one"),
        ("Of the wounded, 12 kilometres from the town, nothing is known.", "Of the wounded, 12"),
        # a harm of its own after the count: the dead's figure, not the injured's part
        ("Of the injured, seven died in hospital overnight.", "Of the injured, seven"),
        ("Of the wounded, 12 were later released from custody.", "Of the wounded, 12"),
    ],
)
def test_a_partitive_of_things_or_with_a_harm_of_its_own_is_no_part(
    sentence: str, unwanted: str
) -> None:
    # (the fronted partitive "Of the injured, seven ..." is no figure since ABL70: one dev
    # sentence)
    assert not any(s.startswith(unwanted) for s in spans(sentence))


def test_the_attackers_partitive_leaves_the_attackers_figure_as_it_was() -> None:
    assert figures("Of the attackers, five were killed, the army said.") == [
        ("five were killed", 5, 5, "killed", "unknown")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Among the dead, according to custom, was a tradition of burying the old.",
        "Among the dead was a tradition of burying the old.",
        "Among the casualties was a sense of trust between the two villages.",
        "Among the injured's relatives, according to the hospital, were six doctors.",
        "Among the dead, according to the movement, was its founder's dream, 30 years old.",
        "Among the rescuers, according to the mayor, were six firefighters.",
        "Among the dead, police said, was the spirit of the town.",
    ],
)
def test_no_figure_among_the_dead_for_things_or_rescuers(sentence: str) -> None:
    # (a source set off by commas inside an inverted toll, "Among the dead, according to X,
    # were", was taken out by ABL70: one dev sentence, 985)
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            '"My mother and my grandmother were among those who died."',
            ("mother and my grandmother were among those who died", 2, 2, "killed", "civilian"),
        ),
        (
            "Her son and the nephew were among those who lost their lives in the fire.",
            (
                "son and the nephew were among those who lost their lives",
                2,
                2,
                "killed",
                "civilian",
            ),
        ),
    ],
)
def test_two_people_joined_by_and_among_the_harmed_count_two(
    sentence: str, expected: Figure
) -> None:
    assert figures(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The bus and the car were among the wreckage.",
        "The mosque and the market were among the places hit.",
        "The Red Cross and the police were among those who helped the dead.",
        "The cow and the goat were among the dead.",
        "The driver and the truck were among the dead.",
        "My father and my uncle were among those who helped the injured.",
        "The driver and the bus were among the things they found.",
    ],
)
def test_things_animals_and_helpers_among_the_dead_are_no_figure(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The lives of 37 villagers were changed by the new road.",
        "The lives of 37 villagers were claimed as a theme of the exhibition.",
        "The lives of 37 villagers were taken as the subject of a documentary.",
    ],
)
def test_lives_changed_or_claimed_otherwise_are_no_figure(sentence: str) -> None:
    # ("the lives of N were claimed" is no figure since ABL70: one dev sentence)
    assert figures(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Five documents remain untraceable, the court was told.",
        "Two suspects remain untraceable, police said.",
        "The two accused remain untraceable, the SHO said.",
        "Three terrorists remain untraceable despite the search operation.",
        "Three cows remain untraceable after the raid.",
    ],
)
def test_untraceable_things_and_wanted_people_are_no_figure(sentence: str) -> None:
    # ("remain untraceable" is no harm frame since ABL70: it fired on one dev sentence)
    assert figures(sentence) == []


def test_groups_before_lost_are_not_summed_across_a_clause() -> None:
    # (groups summed before "lost / went / remain" was taken out by ABL70: one dev sentence)
    assert (
        figures("26 security personnel and 31 vehicles were involved; civilians lost their lives.")
        == []
    )


def test_football_ultras_are_their_fans_noun() -> None:
    assert figures("Police said two ultras fans were injured in the clashes at the stadium.") == [
        ("two ultras fans were injured", 2, 2, "injured", "civilian")
    ]
    assert figures("Clashes between two ultras groups left the stadium damaged.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Among the dead were his two brothers.",
            ("Among the dead were his two brothers", 2, 2, "killed", "civilian"),
        ),
        (
            "Among the injured were their three children.",
            ("Among the injured were their three children", 3, 3, "injured", "civilian"),
        ),
        (
            '"My husband is among those they carried away. We have not heard anything," she said.',
            ("husband is among those they carried away", 1, 1, "other", "civilian"),
        ),
        (
            "Her son was among those they abducted on Sunday.",
            ("son was among those they abducted", 1, 1, "other", "civilian"),
        ),
    ],
)
def test_kin_and_unlisted_people_among_the_harmed(sentence: str, expected: Figure) -> None:
    assert figures(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Among the dead were his two cows.",
        "My car is among those they took.",
        "His phone was among those they took.",
    ],
)
def test_animals_and_things_among_the_harmed_are_no_figure(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Two girls sold cookies outside the school.",
        "Two footballers were sold to Chelsea for 30 million pounds.",
        "Two young footballers were sold for a record fee.",
        "Tickets for 200 people were sold.",
        "Meals for 500 children were sold at cost.",
        "Three houses were sold last year.",
        "12 cows were sold at the market.",
        "Over 300 copies of the book were sold.",
        "Two soldiers were sold out by their commanders.",
        "Five villagers were sold down the river by the council.",
    ],
)
def test_things_sales_and_betrayals_are_no_figure(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Two boys of 12 and 14 were killed.",
            [("Two boys of 12 and 14 were killed", 2, 2, "killed", "civilian")],
        ),
        (
            "- Two sisters of 12 and 14 were abducted",
            [("Two sisters of 12 and 14 were abducted", 2, 2, "other", "civilian")],
        ),
        (
            "Two girls of 9 to 11 had been abducted, the police said.",
            [("Two girls of 9 to 11 had been abducted", 2, 2, "other", "civilian")],
        ),
        # never the last age read as the count ("14 were killed": 14)
        ("Two boys of 12 and 14 years were killed.", []),
        ("Residents of 12 and 14 Street fled.", []),
        ("The families of 12 and 14 victims were compensated.", []),
    ],
)
def test_ages_after_of_are_no_count(sentence: str, expected: list[Figure]) -> None:
    assert figures(sentence) == expected
