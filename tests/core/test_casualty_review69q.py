"""REVIEW69Q: guards on QUANT69's count grammar where ordinary news prose misfired: a number
after a month or a label (day, Sector, Route, Camp, Flight) is no first group of a figure spaced
in thousands; "circa" before a year is no bound of a count; "new displaced persons" before a
camp or a shelter names the thing, not the people (QUANT69's "new displaced people" rule and
this guard were taken out by ABL70B; the camps stay no figure)."""

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
            "On June 12 300 people were killed in the attack.",
            ("300 people were killed", 300, 300, "killed"),
        ),
        (
            "By March 3 500 people had fled the town.",
            ("500 people had fled", 500, 500, "displaced"),
        ),
        ("On June 5 100 people were killed.", ("100 people were killed", 100, 100, "killed")),
        ("On day 3 500 people fled the town.", ("500 people fled", 500, 500, "displaced")),
        (
            "In Sector 4 200 people were killed by the shelling.",
            ("200 people were killed", 200, 200, "killed"),
        ),
        (
            "Along Route 7 300 families have fled.",
            ("300 families have fled", 300, 300, "displaced"),
        ),
        (
            "Camp 5 200 families were displaced by the fire.",
            ("200 families were displaced", 200, 200, "displaced"),
        ),
        (
            "Flight 370 239 passengers remain missing.",
            ("239 passengers remain missing", 239, 239, "missing"),
        ),
        # the spaced thousands QUANT69 reads still read whole
        (
            "Around 1 200 people were killed in the clashes.",
            ("Around 1 200 people were killed", 1200, 1200, "killed"),
        ),
        (
            "Some 12 000 villagers have fled their homes.",
            ("Some 12 000 villagers have fled", 12000, 12000, "displaced"),
        ),
        (
            "In 1994 800 000 Tutsis were killed.",
            ("800 000 Tutsis were killed", 800000, 800000, "killed"),
        ),
    ],
)
def test_a_number_after_a_month_or_a_label_is_no_group_of_thousands(
    sentence: str, expected: tuple
) -> None:
    assert expected in figures(sentence)


def test_circa_before_a_year_is_no_bound() -> None:
    found = figures("In a massacre circa 1982, 300 villagers were killed.")
    assert all("1982" not in span for span, *_ in found)
    assert ("Circa 300 people were killed", 300, 300, "killed") in figures(
        "Circa 300 people were killed."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The UN opened 3 new displaced persons camps near Goma.",
        "The agency built 12 new displaced people's shelters after the floods.",
        "More than 300 new displaced persons sites were opened.",
        "The 3 new injured persons units of the hospital opened in May.",
    ],
)
def test_new_displaced_persons_before_a_camp_is_no_figure(sentence: str) -> None:
    assert figures(sentence) == []
