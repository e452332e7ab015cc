"""The lead's guard on CAS68's wounded-people-moved rule (REVIEW68C's suggestion): wounds
that killed make no `injured` figure."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_figures

BODY = "Report\n\n"


def figures(sentence: str) -> list[tuple[str, object, object, object]]:
    return suggested_figures(BODY + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Three people were found with fatal wounds.",
        "Two men were found with mortal wounds in a ditch.",
        "Four soldiers were admitted with deadly burns.",
        "Five villagers were brought to hospital with lethal injuries.",
    ],
)
def test_wounds_that_killed_are_no_injured_figure(sentence: str) -> None:
    assert [f for f in figures(sentence) if f[3] == "injured"] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Three people were found with gunshot wounds.",
            ("Three people were found with gunshot wounds", 3, 3, "injured"),
        ),
        (
            "Five civilians were rushed to hospital with shrapnel wounds.",
            ("Five civilians were rushed to hospital with shrapnel wounds", 5, 5, "injured"),
        ),
        (
            "Two people were treated for serious injuries.",
            ("Two people were treated for serious injuries", 2, 2, "injured"),
        ),
    ],
)
def test_wounds_still_make_injured_figures(sentence: str, expected: tuple) -> None:
    assert figures(sentence) == [expected]
