"""review68a: guards on ACT68's rules, each with the hostile sentence that made it."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.suggest_probes import suggested_actors

HEAD = "Clashes kill three in border town\n\n"
BODY = "\n\nThree people were killed on Monday, police said."


def _actors(text: str) -> list[tuple[str, str]]:
    return suggested_actors(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Libyan coast guard ships migrants back to Tripoli every week.",
            [("Libyan coast guard", "state")],
        ),
        ("The Turkish navy ships aid to Gaza every month.", [("Turkish navy", "state")]),
        ("Two Djiboutian coast guard boats sank in the storm.", []),
    ],
)
def test_ships_as_a_verb_keeps_the_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Refugees were repatriated by Kabul-based aid agencies last year.",
        "The bodies were handed over by Beirut-based volunteers.",
        "Two men were deported by Paris prosecutors last week.",
    ],
)
def test_capital_before_its_people_or_based_is_no_agent(text: str) -> None:
    assert [a for a in _actors(text) if a[1] == "state"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was deported to France by Algiers in 2019.", [("Algiers", "state")]),
        ("The prisoners were handed back by Moscow in a swap.", [("Moscow", "state")]),
    ],
)
def test_capital_handing_over_still_a_state(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Sea-Watch 3 was seized in Lampedusa, and the Sea-Eye 4 was detained.",
        "Migrants aboard Sea-Watch 5 waited three days for a port.",
    ],
)
def test_charity_name_with_hull_number_is_a_ship(text: str) -> None:
    assert _actors(text) == []


def test_charity_without_number_kept() -> None:
    assert _actors("Sea-Eye said 40 people had been rescued.") == [("Sea-Eye", "organisation")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nasra Shipping, a fishmonger in Mogadishu, said the blast shattered her windows.",
            [("Nasra Shipping", "person")],
        ),
        (
            "Frank Holdings, a shopkeeper in Goma, said the shells fell at dawn.",
            [("Frank Holdings", "person")],
        ),
        (
            "Golden Ocean Shipping said all 21 crew were safe.",
            [("Golden Ocean Shipping", "organisation")],
        ),
    ],
)
def test_company_word_person_by_apposition(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


@pytest.mark.parametrize(
    "byline",
    [
        "By Sarah Jones in Kyiv, YouGov",
        "By Omar Ali in Dhaka, FitzGerald",
        "By Ann Lee in London, BlackRock",
        "By Sam Okoro, WhatsApp",
    ],
)
def test_brand_shape_that_is_no_outlet(byline: str) -> None:
    assert [a for a in _actors(HEAD + byline + BODY) if a[1] == "media"] == []


def test_listed_unit_is_not_the_army_that_speaks() -> None:
    text = (
        "The Israeli military said its forces raided Jenin. Egoz commandos arrested three "
        'suspects, it said. The army said in a statement that it "acted to remove threats".'
    )
    found = suggest(text, gazetteer=load_gazetteer())
    quote = next(s for s in found if s.label == "QUOTE")
    assert quote.speaker is not None
    assert text[quote.speaker[0] : quote.speaker[1]] == "Israeli military"


def test_place_by_form_reads_a_window_not_the_whole_line() -> None:
    """review68a: `place_by_form` read each state mention's whole line, so a paragraph of
    many state mentions ("handed over ... by Bangui; " x N) took quadratic time. Two
    hundred calls on one 40 MB line must cost what they cost on a short line."""
    import time

    from annotator.core.suggest.state_check import place_by_form

    gazetteer = load_gazetteer()
    unit = "He was handed over to the court by Bangui in 2020; "
    text = unit * (40_000_000 // len(unit))
    start = text.index("Bangui", len(text) // 2)
    t0 = time.process_time()
    for _ in range(200):
        assert place_by_form(text, start, start + 6, gazetteer) == ""
    assert time.process_time() - t0 < 0.5  # (whole-line reading: several seconds)
