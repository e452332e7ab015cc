"""PER30: people named in the speaker and subject slots of real reporting.

Every sentence here is invented for the test (invented people and events; real states,
places and bodies), and drives the real suggester through `suggest_probes`.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts

# --- regional honorifics left out of a person's span --------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "honorific"),
    [
        (
            "The clinic's cook, Mam Faraj Osman, 71, had fed the staff for years. \"We stayed "
            'because the patients stayed," Mam Faraj said.',
            "Faraj",
            "Mam Faraj",
        ),
        (
            "Kak Dilan Aziz, a teacher from Halabja, said the road had been closed since "
            'Monday. "Nobody told us why," he said.',
            "Dilan Aziz",
            "Kak Dilan Aziz",
        ),
        (
            'Roza Amed commands a unit near Tal Tamr. "The drones come at dusk," said Heval '
            "Roza, as the fighters call one another.",
            "Roza",
            "Heval Roza",
        ),
        (
            "Helmand's provincial director of agriculture, Eng. Bashir Wardak, said the canal "
            'was dry. "We have no pump left," Eng. Wardak said.',
            "Wardak",
            "Eng",
        ),
        (
            'Sayadaw U Thawbita, the abbot of the monastery, said the monks had fled. "The '
            'novices are with their families," he said.',
            "U Thawbita",
            "Sayadaw U Thawbita",
        ),
    ],
)
def test_honorific_outside_the_name(text: str, name: str, honorific: str) -> None:
    found = suggested_texts(text)
    assert name in found
    assert honorific not in found


@pytest.mark.parametrize(
    ("text", "name", "honorific"),
    [
        (
            "Teklu Gebremariam, a priest at the church in Adwa, said the bells had been silent "
            'for a month. "We pray in whispers now," Abba Teklu said.',
            "Teklu",
            "Abba Teklu",
        ),
        (
            "Bai Normina Ali Kamsa, a village leader in Shariff Aguak, said the school had "
            'closed. "The children are at home again," Bai Normina said.',
            "Normina",
            "Bai Normina",
        ),
        (
            "The town's mayor, Datu Rashid Mangelen Piang, said the evacuees needed rice. \"We "
            'have enough for two days," he said.',
            "Rashid Mangelen Piang",
            "Datu Rashid Mangelen Piang",
        ),
        (
            "The orchard's owner, Don Eliseo Barrera Cuevas, said he had paid the gunmen twice "
            'this year. "There is nothing left to pay with," he said.',
            "Eliseo Barrera Cuevas",
            "Don Eliseo Barrera Cuevas",
        ),
    ],
)
def test_honorific_that_is_a_name_too(text: str, name: str, honorific: str) -> None:
    found = suggested_texts(text)
    assert name in found
    assert honorific not in found


def test_given_name_abba_before_a_full_name_stays() -> None:
    # "Abba" is a given name before a full name ("Abba Kolo Modu"): nothing is cut
    text = "Abba Bukar Gana, a trader in Maiduguri, said the market had reopened on Monday."
    assert "Abba Bukar Gana" in suggested_texts(text)


# --- a surname the document also writes as a place's, in a speaker's slot -------------------


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        (
            "A fisherman, Abel Nacala, has lived in a tent since he fled the town of Nacala in "
            'May. "My boat is still on the beach there," Nacala said.',
            "Nacala",
        ),
        (
            "The village chief, Issa Ouallam, said most families had left for the town of "
            'Ouallam. "Only the old people stayed behind," Ouallam said by telephone.',
            "Ouallam",
        ),
    ],
)
def test_place_surname_as_speaker(text: str, surname: str) -> None:
    found = suggested_texts(text)
    assert found.count(surname) == 1  # the speaker, not the town


def test_place_surname_without_a_speech_verb_stays_a_place() -> None:
    text = (
        "A fisherman, Abel Nacala, fled the town of Nacala last year. Soldiers guard the "
        "road to Nacala now."
    )
    assert "Nacala" not in suggested_texts(text)


# --- a region's possessive before its official ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "Floods and shelling have emptied villages in Nimroz province. Nimroz's provincial "
            "director of refugees, Gul Ahmad Baryalai, said 400 families had reached Zaranj.",
            "Nimroz",
        ),
        (
            "Clan fighting has closed schools across Hela Province. Hela's provincial police "
            "commander, Chief Inspector Moses Tambu, said roadblocks would stay in place.",
            "Hela",
        ),
    ],
)
def test_region_possessive_before_its_official(text: str, region: str) -> None:
    assert region in suggested_texts(text)


def test_city_possessive_before_an_official_stays_a_place() -> None:
    text = "Quetta's police chief, Abdul Rauf Kakar, said the market would reopen on Sunday."
    assert "Quetta" not in suggested_texts(text)
