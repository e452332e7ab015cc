"""CASUALTY forms found by invented wire sentences in styles the dev set has little of (UN
briefings, court reports, NGO tables, local press), session 33. Every sentence is made up
for the test."""

from __future__ import annotations

import pytest

from tests.core.suggested import BODY, Figure
from tests.core.suggested import figures as _found


def test_the_maiming_of_people_is_an_injury_figure() -> None:
    found = _found(
        BODY + "The mission verified the killing of 9 boys and the maiming of 22 others in May."
    )
    assert found == {
        "killing of 9 boys": (9, 9, "killed", "civilian"),
        "maiming of 22 others": (22, 22, "injured", "unknown"),
    }


def test_one_person_after_three_words() -> None:
    found = _found(BODY + "A 52-year-old market stall trader was shot dead on Friday.")
    assert found == {
        "A 52-year-old market stall trader was shot dead": (1, 1, "killed", "civilian")
    }


@pytest.mark.parametrize(
    ("sentence", "phrase", "victims"),
    [
        (
            "The body of a missing shepherd was found in a ravine.",
            "body of a missing shepherd",
            "civilian",
        ),
        (
            "Fishermen recovered the corpse of a soldier from the lake.",
            "corpse of a soldier",
            "combatant",
        ),
    ],
)
def test_the_body_of_one_person_is_one_dead(sentence: str, phrase: str, victims: str) -> None:
    assert _found(BODY + sentence) == {phrase: (1, 1, "killed", victims)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The body of the missing shepherd was found in a ravine.",
        "The governing body of a local school met on Monday.",
    ],
)
def test_the_body_of_someone_counted_before_or_of_no_one_is_no_figure(sentence: str) -> None:
    assert _found(BODY + sentence) == {}


def test_the_number_of_people_held_is_a_custody_figure() -> None:
    found = _found(
        BODY + "The number of people held without charge has risen to 1,200, the group said."
    )
    assert found == {
        "number of people held without charge has risen to 1,200": (1200, 1200, "other", "unknown")
    }


def test_thieves_are_a_criminal_role() -> None:
    found = _found(BODY + "A mob beat three suspected thieves to death in the market.")
    assert found == {"beat three suspected thieves to death": (3, 3, "killed", "combatant")}


@pytest.mark.parametrize(
    ("line", "phrase", "figure"),
    [
        (
            "Teachers injured: 12 (up from 7)",
            "Teachers injured: 12",
            (12, 12, "injured", "civilian"),
        ),
        ("Aid workers detained: 4", "Aid workers detained: 4", (4, 4, "other", "civilian")),
        (
            "Killed in attacks on clinics: 17",
            "Killed in attacks on clinics: 17",
            (17, 17, "killed", "unknown"),
        ),
    ],
)
def test_a_tables_longer_labels(line: str, phrase: str, figure: Figure) -> None:
    assert _found("Key figures\n\n" + line + "\n") == {phrase: figure}


def test_a_table_line_without_a_harm_label_is_no_figure() -> None:
    assert _found("Key figures\n\nSchools closed in the district: 48\n") == {}


@pytest.mark.parametrize(
    ("sentence", "phrase", "count"),
    [
        ("The report documents 41 summary executions in the region.", "41 summary executions", 41),
        ("Nine executions were carried out last month, the group said.", "Nine executions", 9),
    ],
)
def test_executions_counted_are_deaths(sentence: str, phrase: str, count: int) -> None:
    assert _found(BODY + sentence) == {phrase: (count, count, "killed", "unknown")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The court ordered 12 executions to be stayed.",
        "Two executions were halted by the supreme court.",
    ],
)
def test_executions_called_off_are_no_figure(sentence: str) -> None:
    assert _found(BODY + sentence) == {}


def test_the_number_of_refugees_is_a_displacement_figure() -> None:
    found = _found(BODY + "The number of refugees in the camps has reached 85,000.")
    assert found == {
        "number of refugees in the camps has reached 85,000": (
            85000,
            85000,
            "displaced",
            "civilian",
        )
    }


def test_the_number_of_refugees_who_went_home_is_no_figure() -> None:
    assert _found(BODY + "The number of refugees who returned home reached 2,000.") == {}
