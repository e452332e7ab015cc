"""An eviction said with its place (EXT68): the guideline (session 31, point 3) has the span
take the place people were evicted from, as the passive "were evicted from the farms they
tilled" and "driven / forced from their homes" do, so the active "evicted N families from
<a place>" ends at that place. Only the extent changes: no eviction becomes a figure that
was not one, and a place that is no home or land (a market, a building, a named estate)
stays out of the span. And a count of a rebel militia's men ends at "militia"
(below)."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_figures

BODY = "Report\n\n"  # a headline line first, so that the sentence is read as body text


def figures(sentence: str) -> list[tuple[str, object, object, object]]:
    return suggested_figures(BODY + sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Police evicted about 60 families from a nearby occupied farm after a court order.",
            [("evicted about 60 families from a nearby occupied farm", 60, 60, "displaced")],
        ),
        (
            "Police evicted about 60 families from a nearby farm.",
            [("evicted about 60 families from a nearby farm", 60, 60, "displaced")],
        ),
        (
            "The landowner evicted 40 families from the estate on Monday.",
            [("evicted 40 families from the estate", 40, 40, "displaced")],
        ),
        (
            "Soldiers evicted 120 families from their homes in the district.",
            [("evicted 120 families from their homes", 120, 120, "displaced")],
        ),
        (
            "Armed men evicted 25 families from the ranch they had farmed for decades.",
            [("evicted 25 families from the ranch they had farmed", 25, 25, "displaced")],
        ),
        (
            "The council evicted 200 families from an informal settlement near the river.",
            [("evicted 200 families from an informal settlement", 200, 200, "displaced")],
        ),
        (
            "Bailiffs evicted 15 households from their houses.",
            [("evicted 15 households from their houses", 15, 15, "displaced")],
        ),
        (
            "The company evicted 50 indigenous families from ancestral land.",
            [("evicted 50 indigenous families from ancestral land", 50, 50, "displaced")],
        ),
        (
            "Police evicted 80 families from the village of Nueva Esperanza.",
            [("evicted 80 families from the village", 80, 80, "displaced")],
        ),
    ],
)
def test_an_eviction_takes_its_place(sentence: str, expected: list) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no place said: the span ends at the people, as before
        ("Police evicted about 60 families.", [("evicted about 60 families", 60, 60, "displaced")]),
        # a place that is no home or land
        (
            "Police evicted 200 traders from the city's main market.",
            [("evicted 200 traders", 200, 200, "displaced")],
        ),
        # a named place stays out (capitals are a name, not a word of homes or land)
        (
            "Police evicted 60 families from the Santa Rosa estate.",
            [("evicted 60 families", 60, 60, "displaced")],
        ),
        # the place not next to the people
        (
            "Police evicted 30 families last week from a farm.",
            [("evicted 30 families", 30, 30, "displaced")],
        ),
        (
            "Police evicted 60 families, from a farm, witnesses said.",
            [("evicted 60 families", 60, 60, "displaced")],
        ),
        # animals and perpetrators are no figure, with or without a place
        ("The landlord evicted 2 cats from the house.", []),
        ("Troops drove 200 militants from the town.", []),
        # a headline with a colon is no eviction sentence
        ("Evicted: 60 families from a farm", []),
    ],
)
def test_an_eviction_place_guarded(sentence: str, expected: list) -> None:
    assert figures(sentence) == expected


# A fighter's noun before "militia" (EXT68): "the rebel militia" names the militia, and a
# count "of the rebel militia" is of its men, so the span ends at "militia", not at "rebel"
# (dev 343 and 954, an army's statements); "rebel" before "militiamen" or before the
# militia's men only modifies them.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The army said it had killed more than 60 of the rebel militia in the raid.",
            [("killed more than 60 of the rebel militia", 61, None, "killed")],
        ),
        (
            "Our forces killed more than 200 of the rebel militia and destroyed 23 vehicles.",
            [("killed more than 200 of the rebel militia", 201, None, "killed")],
        ),
        (
            "The army said it had killed 30 of the rebel militiamen.",
            [("killed 30 of the rebel militiamen", 30, 30, "killed")],
        ),
        (
            "The army said it killed 15 of the terrorist militia.",
            [("killed 15 of the terrorist militia", 15, 15, "killed")],
        ),
        (
            "Troops killed 12 rebel militia fighters near the town.",
            [("killed 12 rebel militia fighters", 12, 12, "killed")],
        ),
        (
            "Troops killed 12 of the rebel militia's fighters.",
            [("killed 12 of the rebel militia's fighters", 12, 12, "killed")],
        ),
        (
            "Eight rebel militiamen were killed in the clash.",
            [("Eight rebel militiamen were killed", 8, 8, "killed")],
        ),
        (
            "Troops killed 40 insurgent militia members.",
            [("killed 40 insurgent militia members", 40, 40, "killed")],
        ),
        (
            "- 12 rebel militia killed, 30 injured",
            [
                ("12 rebel militia killed", 12, 12, "killed"),
                ("30 injured", 30, 30, "injured"),
            ],
        ),
    ],
)
def test_a_count_of_a_rebel_militia_ends_at_militia(sentence: str, expected: list) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the militia as the perpetrator: its name is no part of the figure
        (
            "The rebel militia killed 30 villagers on Sunday.",
            [("killed 30 villagers", 30, 30, "killed")],
        ),
        (
            "The rebel militia said 30 of its fighters were killed.",
            [("30 of its fighters were killed", 30, 30, "killed")],
        ),
        ("Rebel militia kills 12 in raid on village", [("kills 12", 12, 12, "killed")]),
        (
            "Three soldiers killed one day after the ceasefire with the rebel militia",
            [("Three soldiers killed", 3, 3, "killed")],
        ),
        (
            "The terrorist militia abducted 20 students.",
            [("abducted 20 students", 20, 20, "other")],
        ),
        # a militia's strength and its things are no casualty
        ("He said the rebel militia had 300 fighters.", []),
        ("Thirty rebel militia vehicles were destroyed.", []),
        # nouns that were right before stay so
        (
            "Twelve rebel commanders were killed.",
            [("Twelve rebel commanders were killed", 12, 12, "killed")],
        ),
        (
            "The army said it killed 30 of the rebel fighters.",
            [("killed 30 of the rebel fighters", 30, 30, "killed")],
        ),
    ],
)
def test_a_rebel_militia_guarded(sentence: str, expected: list) -> None:
    assert figures(sentence) == expected
