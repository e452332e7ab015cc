"""CASUALTY classes of the misses in the fresh dev articles 324-339 and the casualty side of
the open points settled in session 33 (sample_articles/README.md). Every sentence is made
up for the test."""

from __future__ import annotations

import pytest

from tests.core.suggested import casualties

BODY = "Report\n\n"  # the first line of a text is read as its headline

Figure = tuple[object, object, object, object]


def _found(text: str) -> dict[str, Figure]:
    return {
        phrase: (a.get("count_low"), a.get("count_high"), a.get("kind"), a.get("victims"))
        for phrase, a in casualties(text).items()
    }


@pytest.mark.parametrize(
    ("text", "phrase", "figure"),
    [
        (
            BODY + "Twelve auxiliaries were killed when their post was overrun on Friday.",
            "Twelve auxiliaries were killed",
            (12, 12, "killed", "combatant"),
        ),
        (
            BODY + "About 40 troops and civilian auxiliaries of the army were killed at dawn.",
            "About 40 troops and civilian auxiliaries of the army were killed",
            (40, 40, "killed", "combatant"),
        ),
        (
            "Mali: dozens of soldiers and auxiliaries killed in ambush near Gao\n\nText.",
            "dozens of soldiers and auxiliaries killed",
            (24, None, "killed", "combatant"),
        ),
    ],
)
def test_auxiliaries_fighting_beside_an_army_are_counted_combatants(
    text: str, phrase: str, figure: Figure
) -> None:
    assert _found(text)[phrase] == figure


def test_auxiliaries_with_no_harm_are_no_figure() -> None:
    assert _found(BODY + "The army recruited auxiliaries to guard the villages.") == {}
