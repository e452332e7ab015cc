"""FIXCAS63B: general casualty shapes shared by the blind batch 930-937 and older dev articles.

Sentences invented for these tests (people and events made up; states, places and bodies
real), run through the real suggester.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_figures

_figures = suggested_figures


# --- captives still held, with one word of what kind or whose before the holding ---


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The rights group said more than 300 teachers remained in arbitrary detention "
            "across the province.",
            ("more than 300 teachers remained in arbitrary detention", 301, None, "other"),
        ),
        (
            "Kyiv says 1,200 Ukrainian sailors remain in Russian captivity, officials said.",
            ("1,200 Ukrainian sailors remain in Russian captivity", 1200, 1200, "other"),
        ),
        (
            "The union said four of the farmers remain in military detention in Juba.",
            ("four of the farmers remain in military detention", 4, 4, "other"),
        ),
    ],
)
def test_captives_remain_in_a_kind_of_captivity(text: str, figure: tuple) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "The lawyer said 12 men remain in the custody of the army.",
        "Nine suspects remain in pre-trial detention centres, the court said.",
        "Police said the 12 rifles seized at the farm remain in police custody.",
    ],
)
def test_no_captives_in_a_holding_place_or_things(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # custody of family law, care or school is no captivity (review63c B4)
        "The two children remain in joint custody, the court in Nairobi said.",
        "About 20 pupils remain in after-school detention every day.",
        "Some 300 children remain in state custody after their parents were arrested.",
        "Nine children remain in foster custody in Kyiv.",
    ],
)
def test_no_captives_in_family_or_school_custody(text: str) -> None:
    assert _figures(text) == []
