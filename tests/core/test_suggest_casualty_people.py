"""CASUALTY figures whose victims wire copy names by rank, office or people (issue 15):
"the dead included a lieutenant colonel", "among the dead was a former MP", "some 2,000
Rohingya fled", "had taken nine soldiers prisoner".

Every sentence is made up for the test, in words of its own; each class is tested on
several forms and on neighbouring forms it must leave alone.
"""

from __future__ import annotations

import pytest

from tests.core.suggested import casualties


@pytest.mark.parametrize(
    ("sentence", "phrase", "victims"),
    [
        (
            "The dead included a lieutenant colonel, the brigade said on Sunday.",
            "dead included a lieutenant colonel",
            "combatant",
        ),
        (
            "Among the dead was a retired captain of the coast guard, his son said.",
            "Among the dead was a retired captain",
            "combatant",
        ),
        (
            "Among the injured was a sitting lawmaker from the ruling party.",
            "Among the injured was a sitting lawmaker",
            "civilian",
        ),
        (
            "Among the dead was a former MP, Yusuf Barre, who had been at the wedding.",
            "Among the dead was a former MP",
            "civilian",
        ),
        (
            "Police said the dead also included three market guards.",
            "dead also included three market guards",
            "combatant",
        ),
        (
            "The wounded also included two town councillors and a mayor.",
            "wounded also included two town councillors and a mayor",
            "civilian",
        ),
    ],
)
def test_ranks_and_offices_are_victims_in_the_inverted_forms(
    sentence: str, phrase: str, victims: str
) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert found[phrase]["victims"] == victims


def test_the_inverted_form_counts_its_listed_people() -> None:
    found = casualties("Army sources said the dead also included two sergeants and a colonel.")
    attributes = found["dead also included two sergeants and a colonel"]
    assert (attributes["count_low"], attributes["count_high"]) == (3, 3)
    assert attributes["kind"] == "killed"


@pytest.mark.parametrize(
    ("sentence", "phrase", "kind"),
    [
        (
            "Aid workers said some 2,000 Rohingya had fled across the river.",
            "some 2,000 Rohingya had fled",
            "displaced",
        ),
        (
            "At least 14 Hazaras were killed when the bus was stopped.",
            "At least 14 Hazaras were killed",
            "killed",
        ),
        (
            "The raid killed nine Fulani herders and their sons.",
            "killed nine Fulani herders",
            "killed",
        ),
    ],
)
def test_peoples_without_a_demonym_ending_are_counted(
    sentence: str, phrase: str, kind: str
) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert found[phrase]["kind"] == kind


@pytest.mark.parametrize(
    ("sentence", "phrase", "low"),
    [
        (
            "The rebels said they had taken nine soldiers prisoner near the pass.",
            "taken nine soldiers prisoner",
            9,
        ),
        (
            "Gunmen have taken 30 passengers hostage on the coast road.",
            "taken 30 passengers hostage",
            30,
        ),
    ],
)
def test_taken_prisoner_starts_at_its_verb(sentence: str, phrase: str, low: int) -> None:
    found = casualties(sentence)
    assert phrase in found, found
    assert found[phrase]["kind"] == "other"
    assert found[phrase]["count_low"] == low


@pytest.mark.parametrize(
    "sentence",
    [
        "The convoy had taken 40 minutes to cross the bridge.",
        "The Rohingya have lived in the camps since 2017.",
        "A general strike closed the markets of the city for two days.",
        "The mayor said the council would meet again on Monday.",
    ],
)
def test_neighbouring_forms_are_no_casualty(sentence: str) -> None:
    assert casualties(sentence) == {}
