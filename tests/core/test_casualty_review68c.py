"""Guards on the CAS68 rules from the adversarial review REVIEW68C: each misfire found on
ordinary news prose, with the figure the guideline wants instead."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_casualties

BODY = "Report\n\n"


def body(sentence: str) -> list[tuple[str, object, object, object, object]]:
    return suggested_casualties(BODY + sentence)


# an evacuation or forced move that displaced nobody: troops withdrawn, captives moved,
# envoys expelled, officials removed, a transfer for treatment, a move only planned,
# negotiated or called off
@pytest.mark.parametrize(
    "sentence",
    [
        "The evacuation of 264 Ukrainian soldiers from the Azovstal plant was completed.",
        "The army completed the evacuation of 3,000 troops from the island.",
        "The UN warned that the evacuation of 10,000 residents would be impossible under fire.",
        "Officials are drawing up plans for the evacuation of 50,000 people if the dam fails.",
        "The evacuation of 1,000 residents was called off.",
        "Negotiations on the evacuation of 400 civilians stalled.",
        "Police carried out the forced removal of 200 protesters from the square.",
        "The forced expulsion of 15 Russian diplomats was announced on Tuesday.",
        "The forced removal of three judges from the bench sparked a constitutional crisis.",
        "The forcible transfer of eight Palestinian prisoners to Israeli jails was condemned.",
        "The evacuation of 12 Palestinian children for cancer treatment was approved.",
        "The evacuation of 150 newborns from al-Shifa hospital was delayed.",
    ],
)
def test_a_move_that_displaced_nobody(sentence: str) -> None:
    assert [f for f in body(sentence) if f[3] == "displaced"] == []


def test_detainees_moved_stay_captives() -> None:
    assert body(
        "The forced transfer of 30 detainees to a prison in the capital alarmed their lawyers."
    ) == [("30 detainees", 30, 30, "other", "unknown")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Israel ordered the evacuation of 1.1 million people from northern Gaza.",
            ("evacuation of 1.1 million people", 1100000, 1100000, "displaced", "unknown"),
        ),
        (
            "The evacuation of 30 children from an orphanage in Kherson was completed.",
            ("evacuation of 30 children", 30, 30, "displaced", "civilian"),
        ),
    ],
)
def test_a_move_done_still_displaced(sentence: str, expected: tuple) -> None:
    assert body(sentence) == [expected]


# a crew of arms is no civilian crew
@pytest.mark.parametrize(
    "sentence",
    [
        "Two crew members of a Russian Ka-52 attack helicopter were killed when it was shot down.",
        "Three mortar crew were killed by counter-battery fire near Bakhmut.",
        "Two crew of an Israeli F-16 were wounded when the jet came down.",
        "Ukraine's navy said four crew of a patrol boat were killed in the strike.",
        "Two Iranian gunboat crew were killed in the clash.",
        "Both pilots and two crew members of the Black Hawk were killed.",
    ],
)
def test_a_crew_of_arms_is_not_civilian(sentence: str) -> None:
    found = body(sentence)
    assert len(found) == 1
    assert found[0][4] != "civilian"


# a movement's men named like a people stay combatants
@pytest.mark.parametrize(
    "sentence",
    [
        "Fourteen Houthis, among them a senior commander, were killed in the strike.",
        "Twenty Houthis, including three field commanders, were killed.",
    ],
)
def test_houthis_with_commanders_are_combatants(sentence: str) -> None:
    assert [f[4] for f in body(sentence)] == ["combatant"]


# soldiers clearing mines and motorcycle-borne attackers are no workers at their trade
@pytest.mark.parametrize(
    "sentence",
    [
        "Two mine sweepers were killed when the device exploded.",
        "Troops killed 20 motorcycle riders who had attacked the base.",
        "Police shot dead three motorbike riders suspected of being bandits.",
    ],
)
def test_not_a_trade(sentence: str) -> None:
    assert [f[4] for f in body(sentence)] != ["civilian"]


def test_trades_still_civilian() -> None:
    assert body("Four street sweepers were killed by a car bomb.") == [
        ("Four street sweepers were killed", 4, 4, "killed", "civilian")
    ]
    assert body("Two okada riders were shot dead at the junction.") == [
        ("Two okada riders were shot dead", 2, 2, "killed", "civilian")
    ]
