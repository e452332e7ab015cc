"""REVIEW71KA: guards on CAS71A's four classes, from hostile probes of ordinary news prose."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_casualties

BODY = "Report\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the word after a body's bracketed acronym is no part of the people when an active
        # harm verb follows it: the people named are the perpetrators
        (
            "Two fighters of the Islamic State (IS) group killed three soldiers.",
            [("killed three soldiers", 3, 3, "killed", "combatant")],
        ),
        (
            "Two soldiers of the Armed Forces of Ukraine (ZSU) yesterday killed three Russian "
            "soldiers.",
            [("killed three Russian soldiers", 3, 3, "killed", "combatant")],
        ),
        (
            "Three gunmen of the Islamic State West Africa Province (ISWAP) faction then killed "
            "two farmers.",
            [("killed two farmers", 2, 2, "killed", "civilian")],
        ),
        # "father of four": the count is his children's
        ("A father of four, Ahmed Saleh, 41, went missing after the raid.", []),
        # "could still", "may yet": a modal with an adverb between
        ("Doctors fear two more could still succumb.", []),
        ("Doctors say as many as 12 may yet succumb.", []),
        # a wound noun that modifies another noun: what was received is the other noun
        ("Five nurses received burns training last month.", []),
        ("Ten medics received gunshot wounds training from the ICRC.", []),
        ("Three workers received industrial injuries compensation in 2019.", []),
        ("Two families received wounds dressing kits from the Red Crescent.", []),
    ],
)
def test_review71ka_guards(sentence: str, expected: list[tuple]) -> None:
    assert suggested_casualties(BODY + sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A medic with the Palestine Red Crescent Society (PRCS) team was killed in Gaza.",
            [
                (
                    "A medic with the Palestine Red Crescent Society (PRCS) team was killed",
                    1,
                    1,
                    "killed",
                    "civilian",
                )
            ],
        ),
        (
            "Two soldiers received wounds from shrapnel during the shelling.",
            [("Two soldiers received wounds", 2, 2, "injured", "combatant")],
        ),
        (
            "In Kharkiv, a woman, Olena Petrenko, 67, was killed when a missile hit her flat.",
            [("a woman, Olena Petrenko, 67, was killed", 1, 1, "killed", "civilian")],
        ),
    ],
)
def test_review71ka_positives_kept(sentence: str, expected: list[tuple]) -> None:
    assert suggested_casualties(BODY + sentence) == expected
