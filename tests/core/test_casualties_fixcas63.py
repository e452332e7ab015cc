"""FIXCAS63: general casualty shapes that recur across the dev set's misses.

Sentences invented for these tests (people and events made up; states, places and bodies
real), run through the real suggester.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_figures

_figures = suggested_figures


# --- the injured said by their wounds or their care: kinds of wound of two words, and cuts
# or bruises after "treated for" ---


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Five herders with gunshot and hunting knife wounds reached the clinic in Kapoeta.",
            ("Five herders with gunshot and hunting knife wounds", 5, 5, "injured"),
        ),
        (
            "Medics said three students with rubber bullet wounds were taken to Nairobi.",
            ("three students with rubber bullet wounds", 3, 3, "injured"),
        ),
        (
            "Six passengers were treated for cuts at a roadside clinic near Goma.",
            ("Six passengers were treated for cuts", 6, 6, "injured"),
        ),
        (
            "Police in Lagos said 14 traders were treated for bruises after the stampede.",
            ("14 traders were treated for bruises", 14, 14, "injured"),
        ),
    ],
)
def test_the_injured_said_by_their_wounds(text: str, figure: tuple[object, ...]) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        # cuts of pay or budgets, and wounds with no people counted
        "The ministry announced pay cuts for 4,000 teachers in Accra.",
        "Two unions were treated for months as outlaws before the cuts were reversed.",
        "The clinic in Bor had bandages for gunshot and machete wounds but no surgeon.",
        "Three of the four ambulances with oxygen tanks reached the border post.",
    ],
)
def test_no_injury_without_people_wounded(text: str) -> None:
    assert _figures(text) == []
