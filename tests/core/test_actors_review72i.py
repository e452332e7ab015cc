"""REVIEW72I: hostile probes for ACT72B's top-line guards (a dateline's bracket after a bare
date, a bar byline's part), which had taken unlisted outlets for places.

- A dateline's capitals after a bare date are a place only where the gazetteer lists the
  place or the text writes it after a preposition of place ("in El Obeid"); an outlet the
  text names as a source in other words ("Kivu Lens has learned", "a Kivu Lens team",
  "Kivu Lens could not independently verify", "seen by Kivu Lens") stays.
- A bar byline's part is a place after "to" only with a verb of motion ("airlifted to
  Raipur"), never "confirmed / admitted / explained / described / leaked to Kivu Lens", nor
  "first revealed / disclosed in Kivu Lens".
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_actors

_OUTLETS_KEPT = [
    (
        "December 4, 2026 (KIVU LENS) - Gunmen killed five people in Beni, Kivu Lens has learned.",
        [("KIVU LENS", "media")],
    ),
    (
        "December 4, 2026 (KIVU LENS) - Gunmen killed five people. A Kivu Lens team counted "
        "the bodies.",
        [("KIVU LENS", "media")],
    ),
    (
        "December 4, 2026 (KIVU LENS) - Gunmen killed five people. Kivu Lens could not "
        "independently verify the toll.",
        [("KIVU LENS", "media")],
    ),
    (
        "Dec. 4 (KIVU LENS) - Five people were killed in an ambush, Kivu Lens understands.",
        [("KIVU LENS", "media")],
    ),
    (
        "Gunmen kill four\nBy Ana Kis | Kivu Lens\nA police spokesman confirmed to Kivu Lens "
        "that four people were killed.",
        [("Ana Kis", "person"), ("Kivu Lens", "media")],
    ),
    (
        "Gunmen kill four\nBy Ana Kis | Kivu Lens\nThe army admitted to Kivu Lens that two "
        "soldiers died.",
        [("Ana Kis", "person"), ("Kivu Lens", "media")],
    ),
    (
        "Gunmen kill four\nBy Ana Kis | Kivu Lens\nThe documents, leaked to Kivu Lens by a "
        "soldier, list 40 dead.",
        [("Ana Kis", "person"), ("Kivu Lens", "media")],
    ),
    (
        "Gunmen kill four\nBy Ana Kis | Kivu Lens\nThe footage, first revealed in Kivu Lens on "
        "Monday, shows the bodies.",
        [("Ana Kis", "person"), ("Kivu Lens", "media")],
    ),
]

# (ACT72B's top-line place guards were taken out by the lead; only the outlets kept stay.)
_PLACES_DROPPED: list[tuple[str, list[tuple[str, str]]]] = []


@pytest.mark.parametrize(("text", "expected"), _OUTLETS_KEPT + _PLACES_DROPPED)
def test_top_line_outlet_or_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert suggested_actors(text) == expected


# ACT72B's ", which" guard: a body after a bare "in", "inside" or "outside" stays a body; a
# place after "in the" or "between" is still no body.
_WHICH_CASES = [
    (
        "A split in Twa Resistance, which fought the army in 2021, weakened the militia.",
        [("Twa Resistance", "armed group")],
    ),
    (
        "Divisions inside Sawa Relief, which runs the clinics, delayed the aid.",
        [("Sawa Relief", "organisation")],
    ),
    (
        "He worked for years in Sawa Relief, which said on Monday he had been abducted.",
        [("Sawa Relief", "organisation")],
    ),
    (
        "JNIM, Al-Qaeda's affiliate in the Sahel, which said it carried out the attack, named "
        "no victims.",
        [("JNIM", "armed group"), ("Al-Qaeda", "armed group")],
    ),
    (
        "The shooting was linked to a dispute over a taxi route between Qumbu and Tsolo, which "
        "has claimed several lives this year.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), _WHICH_CASES)
def test_which_after_a_preposition(text: str, expected: list[tuple[str, str]]) -> None:
    assert suggested_actors(text) == expected


# ACT72B's unit-word guard: a pair closed by a body's head word is a body's units.
_UNIT_CASES = [
    (
        "The Police and Fire Service divisions said 12 people died in the blaze.",
        [("Police and Fire Service", "state")],
    ),
    ("Aid reached the Artibonite and Centre departments on Tuesday.", []),
    ("The Ouest and Centre departments reported 5,400 displaced people.", []),
]


@pytest.mark.parametrize(("text", "expected"), _UNIT_CASES)
def test_units_after_a_pair(text: str, expected: list[tuple[str, str]]) -> None:
    assert suggested_actors(text) == expected
