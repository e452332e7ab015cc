"""A name in apposition with "a <kind> community" or "a <kind> settlement" that ends its
noun phrase ("Ungwan Gaiya, a farming community in Kauru") is a place, as "a village in"
is, while "a community leader" names a person (issue 15, PAGES19: dev 651). Invented
sentences."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts


@pytest.mark.parametrize(
    "text",
    [
        "Bandits attacked Ungwan Tarvo, a farming community in Kauru, late on Tuesday.",
        "Gunmen stormed Dogon Orvel, a mining settlement in the hills, on Sunday.",
        "Residents of Ungwan Tarvo, a Christian community near the river, fled on foot.",
    ],
)
def test_a_name_apposed_to_a_community_or_settlement_is_a_place(text: str) -> None:
    assert suggested_texts(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Police arrested Felipe Orvelo, a community leader from Tarvo, on Sunday.",
            "Felipe Orvelo",
        ),
        ("Police arrested Felipe Orvelo, a community organiser, on Sunday.", "Felipe Orvelo"),
    ],
)
def test_a_community_leader_stays_a_person(text: str, name: str) -> None:
    assert name in suggested_texts(text)
