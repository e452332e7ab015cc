"""Guards on the EXT68 rules (review68e). (1) An eviction's place is taken only where its noun
closes the place's phrase: never a noun it only modifies ("the village square", "the farm
market", "the land rights office"), a possessive ("the village's only school"), a compound
("farm-to-market") or a name ("the Village Council", "Farm 12"). (2) A count of a rebel
militia that is the subject of an active harm verb with a people object did the harm, as
"Two rebel fighters killed 12 civilians" does: its phrase is no figure, the object is."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_figures

BODY = "Report\n\n"


def figures(sentence: str) -> list[tuple[str, object, object, object]]:
    return suggested_figures(BODY + sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Police evicted 30 families from the village square on Tuesday.",
            [("evicted 30 families", 30, 30, "displaced")],
        ),
        (
            "Municipal officers evicted 12 vendors from the farm market near the bus station.",
            [("evicted 12 vendors", 12, 12, "displaced")],
        ),
        (
            "Soldiers evicted 30 families from the village's only school.",
            [("evicted 30 families", 30, 30, "displaced")],
        ),
        (
            "Guards evicted 60 families from the farm-to-market road.",
            [("evicted 60 families", 60, 60, "displaced")],
        ),
        (
            "Police evicted 20 families from the Village Council hall.",
            [("evicted 20 families", 20, 20, "displaced")],
        ),
        (
            "Police evicted 40 families from Farm 12 on the outskirts of Nakuru.",
            [("evicted 40 families", 40, 40, "displaced")],
        ),
        (
            "Police evicted 30 families from the land rights office.",
            [("evicted 30 families", 30, 30, "displaced")],
        ),
        # the place still taken where its noun closes the phrase
        (
            "Police evicted 30 families from the village on Monday.",
            [("evicted 30 families from the village", 30, 30, "displaced")],
        ),
        (
            "Police evicted 30 families from the houses near the river.",
            [("evicted 30 families from the houses", 30, 30, "displaced")],
        ),
        (
            "Police evicted 30 families from the land, which a company claims.",
            [("evicted 30 families from the land", 30, 30, "displaced")],
        ),
    ],
)
def test_an_eviction_place_closes_its_phrase(sentence: str, expected: list) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Clashes between two rebel militias killed 12 civilians.",
            [("killed 12 civilians", 12, 12, "killed")],
        ),
        (
            "Two rebel militia killed 12 civilians in the market.",
            [("killed 12 civilians", 12, 12, "killed")],
        ),
        ("Two rebel militias killed civilians in the market.", []),
        # the militia's men as victims stay a figure
        (
            "More than 100 rebel militia were killed and 40 captured.",
            [
                ("More than 100 rebel militia were killed", 101, None, "killed"),
                ("40 captured", 40, 40, "other"),
            ],
        ),
    ],
)
def test_a_rebel_militia_as_the_killer(sentence: str, expected: list) -> None:
    assert figures(sentence) == expected


# (3) "militia" before any of the men _NOUN_NEXT names only modifies them, as before
# "fighters": the span ends at the men (review68e)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The army arrested 20 insurgent militia suspects.",
            [("arrested 20 insurgent militia suspects", 20, 20, "other")],
        ),
        (
            "Troops killed 12 rebel militia recruits near the border.",
            [("killed 12 rebel militia recruits", 12, 12, "killed")],
        ),
        (
            "Troops captured 8 rebel militia officers.",
            [("captured 8 rebel militia officers", 8, 8, "other")],
        ),
    ],
)
def test_a_rebel_militia_before_its_men(sentence: str, expected: list) -> None:
    assert figures(sentence) == expected
