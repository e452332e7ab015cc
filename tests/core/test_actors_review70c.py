"""REVIEW70C: guards on ACT70's state frames, from hostile probes of ordinary news prose."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_actors

_LEAD = "KHARTOUM (Reuters) - Fighting continued on Monday, officials said.\n\n"
# (the same lead in the sentence's own paragraph: a paragraph-opening "Finally, Iran, which
# ..." is dropped at main too, by another rule)
_LEAD_INLINE = "KHARTOUM (Reuters) - Fighting continued on Monday, officials said. "


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Finally, Iran, which had threatened retaliation, said it would hold back.", "Iran"),
        ("Finally, Sudan, Chad and Niger signed the accord.", "Sudan"),
    ],
)
def test_a_state_after_a_bare_finally_and_a_comma_still_acts(sentence: str, name: str) -> None:
    assert (name, "state") in suggested_actors(_LEAD_INLINE + sentence)


@pytest.mark.parametrize("name", ["Somalia", "South Sudan", "Chad"])
def test_and_finally_a_state_closed_by_a_full_stop_is_still_a_topic(name: str) -> None:
    text = _LEAD + f"PRESENTER: And finally, {name}. The army says 17 fighters were killed."
    assert [a for a in suggested_actors(text) if a[0] == name] == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The president will visit the United States, which pledged $500 million for it.",
            "United States",
        ),
        ("The envoy toured Kenya, which has offered 1,000 police officers.", "Kenya"),
    ],
)
def test_a_state_visited_that_acts_in_its_which_clause_stays_an_actor(
    sentence: str, name: str
) -> None:
    assert (name, "state") in suggested_actors(_LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The mint shipped 20 million new notes to Zimbabwe.",
        "Treasury notes to China were sold at a discount.",
        "Of note to Ethiopia is the second filling of the dam.",
    ],
)
def test_banknotes_bonds_and_of_note_address_no_state(sentence: str) -> None:
    assert [a for a in suggested_actors(_LEAD + sentence) if a[1] == "state"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The ambulances have conveyed to Abuja the bodies of 12 victims.",
        "The trucks had conveyed to Juba the wounded from Malakal.",
    ],
)
def test_the_dead_and_wounded_conveyed_in_the_active_perfect_leave_a_city_a_place(
    sentence: str,
) -> None:
    assert [a for a in suggested_actors(_LEAD + sentence) if a[1] == "state"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Tajikistan said in a diplomatic note to Egypt that two citizens were held.",
        "A note to Egypt from the EU was leaked.",
    ],
)
def test_words_and_notes_conveyed_still_address_the_state(sentence: str) -> None:
    assert ("Egypt", "state") in suggested_actors(_LEAD + sentence)
