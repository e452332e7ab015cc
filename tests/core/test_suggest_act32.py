"""ACT32: general fixes for states, media and bodies, on sentences written for these tests
(invented people and events; real states, capitals and bodies), driving the real suggester."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts, suggested_types


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # every state of a list a message was sent to
        (
            "Uganda said on Monday it had sent protest notes to both Nairobi and Kigali "
            "after a lorry convoy was held at the border for a week.",
            ["Nairobi", "Kigali"],
        ),
        (
            "The coalition said it had written letters to Ghana, Senegal, Morocco and "
            "Egypt, asking them to press for a new vote.",
            ["Ghana", "Senegal", "Morocco", "Egypt"],
        ),
    ],
)
def test_states_coordinated_with_an_addressed_state(text: str, wanted: list[str]) -> None:
    found = suggested_texts(text)
    types = suggested_types(text)
    for name in wanted:
        assert name in found
        assert types[name] == "state"


@pytest.mark.parametrize(
    "text",
    [
        # a clause after ", and" is no list's item
        "Trucks still cross at Busia, and Uganda has not closed the road.",
        # "or" joins alternatives, often a topic's
        "The statement made no mention of Nairobi or Kampala.",
        # places listed after a place
        "Flights from Nairobi to Kigali and Entebbe resumed on Tuesday.",
    ],
)
def test_no_list_no_state(text: str) -> None:
    found = suggested_texts(text)
    assert "Kampala" not in found
    assert "Entebbe" not in found
    assert "Busia" not in found
