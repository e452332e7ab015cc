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


# --- people counted as having suffered rape or sexual violence (kind other) ---


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The council said 17 women and girls had been raped during the raid on Kreinik.",
            ("17 women and girls had been raped", 17, 17, "other"),
        ),
        (
            "Last month 120 survivors of sexual violence received care at the clinic in Bunia.",
            ("120 survivors of sexual violence", 120, 120, "other"),
        ),
        (
            "A nurse said she had treated 45 women who survived sexual violence since March.",
            ("45 women who survived sexual violence", 45, 45, "other"),
        ),
        (
            "At least nine girls were raped by the fighters, the mission said.",
            ("At least nine girls were raped", 9, None, "other"),
        ),
    ],
)
def test_sexual_violence_suffered_is_counted(text: str, figure: tuple) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "The court jailed three men who had raped a teenager in 2019.",
        "Nineteen survivors of the crash walked to the road.",
        "Most women there reported rape by armed men.",
        "Nobody was raped, the police said.",
    ],
)
def test_no_figure_for_perpetrators_or_uncounted_rape(text: str) -> None:
    assert _figures(text) == []


# --- one's own kin among the people the attackers took away ---


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            '"My brother is among those they carried away," said a trader in Zonkwa.',
            ("brother is among those they carried away", 1, 1, "other"),
        ),
        (
            '"My three daughters are among those they took," the farmer told reporters.',
            ("three daughters are among those they took", 3, 3, "other"),
        ),
        (
            "Her husband is among those the gunmen abducted on Sunday, her sister said.",
            ("husband is among those the gunmen abducted", 1, 1, "other"),
        ),
    ],
)
def test_kin_among_those_taken_away(text: str, figure: tuple) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        '"My son is among those they took to hospital," the driver said.',
        "My uncle was among those they invited to the wedding.",
    ],
)
def test_no_captive_for_care_or_guests(text: str) -> None:
    assert _figures(text) == []
