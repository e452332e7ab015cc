"""A state that is where someone goes, what a land straddles or what people cross is a
place (issue 15, WIRE20: dev's objects of "visited" (Tourou, Obo, Kachin, Gumbi), of
"straddles" (Kwara and Niger states, Elgeyo-Marakwet) and of "cross" (Mundri, the Darién)
are all places), and so is a list after "in both" / "to either", as after "in". Invented
sentences."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The envoy visited Chad on Tuesday and met refugees in two camps.", ["Chad"]),
        ("A UN delegation visited Ghana and Togo last week.", ["Ghana", "Togo"]),
        ("Violence has spread in both Mali and Niger since the coups.", ["Mali", "Niger"]),
        ("Many hope to travel on to either Libya or Tunisia.", ["Libya", "Tunisia"]),
        ("The park straddles Benin and Burkina Faso.", ["Benin", "Burkina Faso"]),
        ("Migrants crossing Niger and Libya face abuse, the report said.", ["Niger", "Libya"]),
    ],
)
def test_a_state_visited_straddled_or_crossed_is_a_place(text: str, names: list[str]) -> None:
    found = suggested_texts(text)
    assert not [name for name in names if name in found]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Niger accused both Benin and Nigeria of hosting foreign forces.", ["Benin", "Nigeria"]),
        ("Ghana visited the question again, Togo said on Monday.", ["Ghana", "Togo"]),
    ],
)
def test_a_state_that_acts_is_still_an_actor(text: str, names: list[str]) -> None:
    found = suggested_texts(text)
    assert all(name in found for name in names)
