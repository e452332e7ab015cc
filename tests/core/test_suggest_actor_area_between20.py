"""The states an area lies between are its edges, not actors, whatever the area's noun
("the deserts and mountains between X, Y and Z", "the so-called triangle of death between
X and Y"), as "the area between" already says (issue 15, WIRE20: dev 503 and 588, where the
same forms name provinces). Invented sentences."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Cells still hide in the deserts and mountains between Iraq, Syria and Jordan.",
            ["Iraq", "Syria", "Jordan"],
        ),
        (
            "Smugglers cross the so-called triangle of death between Niger, Libya and Chad.",
            ["Niger", "Libya", "Chad"],
        ),
        ("Herders roam the plains between Kenya and Ethiopia.", ["Kenya", "Ethiopia"]),
    ],
)
def test_a_state_an_area_lies_between_is_a_place(text: str, names: list[str]) -> None:
    found = suggested_texts(text)
    assert not [name for name in names if name in found]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Talks between Niger and Libya resumed in the desert town on Monday.", ["Niger", "Libya"]),
        ("The deal between Kenya and Ethiopia covers the plains.", ["Kenya", "Ethiopia"]),
    ],
)
def test_parties_between_which_something_happens_still_act(text: str, names: list[str]) -> None:
    found = suggested_texts(text)
    assert all(name in found for name in names)
