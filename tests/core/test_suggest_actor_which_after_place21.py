""" "<noun> in <state>, which ..." hangs the relative clause on the noun the place follows
where that noun is an event or a body named with its acronym: "the war in Sudan, which has
sent a million refugees" (dev 472), "the Joint Office (UNJHRO) in the DRC, which supported
the investigation" (dev 394); the state stays a place. After a verb or another noun, the
state the clause follows still acts ("live ... in Serbia, which does not extradite", dev
262; "fired at Israel, which vowed"). Issue 15, WIRE21. Invented sentences."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Herders were pushed south by the war in Chad, which has sent thousands of "
            "refugees into Cameroon.",
            "Chad",
        ),
        (
            "The UN Joint Human Rights Office (UNJHRO) in the DRC, which supported the "
            "inquiry, welcomed the verdict.",
            "DRC",
        ),
        (
            "Donors tire of the fighting in Yemen, which has sent millions fleeing, they said.",
            "Yemen",
        ),
    ],
)
def test_which_after_an_event_or_a_body_in_a_state_leaves_the_state_a_place(
    text: str, name: str
) -> None:
    assert not [span for span in suggested_texts(text) if name in span]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Some suspects live beyond the court's reach in Serbia, which does not extradite them.",
            "Serbia",
        ),
        ("Rockets were fired at Israel, which vowed to retaliate.", "Israel"),
    ],
)
def test_which_after_a_state_in_its_own_clause_still_acts(text: str, name: str) -> None:
    assert name in suggested_texts(text)
