"""PER30: people named in the speaker and subject slots of real reporting.

Every sentence here is invented for the test (invented people and events; real states,
places and bodies), and drives the real suggester through `suggest_probes`.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker, suggested_texts

# --- regional honorifics left out of a person's span --------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "honorific"),
    [
        (
            "The Kurdish clinic's cook, Mam Faraj Osman, 71, had fed the staff for years. "
            '"We stayed because the patients stayed," Mam Faraj said.',
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
            "Normina Ali Kamsa, a village leader in Shariff Aguak, said the school had "
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


# --- FIXP60: names that hold Eng, Kak, Mam or Tita keep them (review F-B8, F-B3) ----------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Former finance minister Lim Guan Eng said the charges were political.", "Lim Guan Eng"),
        ('"We will appeal," Lim Guan Eng told reporters.', "Lim Guan Eng"),
        ("Lim Eng Hooi, a trader in Penang, said prices had doubled.", "Lim Eng Hooi"),
        ("Malaysian lawmaker Tan Kak Seng said the ship was seized.", "Tan Kak Seng"),
        ("Eng Gek Hoon, a Singaporean analyst, said the drills were routine.", "Eng Gek Hoon"),
        ("Sok Eng said the village was flooded.", "Sok Eng"),
        ("Activist Tita Radilla said the army must open its archives.", "Tita Radilla"),
        ("Mam Sonando said the station would stay open.", "Mam Sonando"),
        (
            "Eng Chhai Eang, deputy leader of the opposition Cambodia National Rescue Party, "
            "said the vote was rigged.",
            "Eng Chhai Eang",
        ),
    ],
)
def test_name_holding_a_word_that_is_a_title_elsewhere_stays_whole(text: str, name: str) -> None:
    assert name in suggested_texts(text)


def test_name_ending_in_eng_keeps_its_back_reference() -> None:
    text = (
        "Lim Guan Eng, the DAP chairman, said the charges were political. Lim said he would appeal."
    )
    found = suggested_texts(text)
    assert "Lim Guan Eng" in found
    assert "Lim" in found


def test_quote_of_a_name_ending_in_eng_has_its_speaker() -> None:
    text = '"We will appeal against the ruling," Lim Guan Eng told reporters.'
    assert suggested_speaker(text, "We will appeal") == "Lim Guan Eng"


@pytest.mark.parametrize(
    ("text", "name", "honorific"),
    [
        # the same honorifics at a name's start, where they are titles (positive controls)
        (
            "The district's chief engineer, Eng. Karim Noorzai, said the bridge was gone. "
            '"It will take a year," Eng. Noorzai said.',
            "Karim Noorzai",
            "Eng",
        ),
        (
            "Mam Rashid Bozan, a Kurdish baker in Kobani, said the bakery had no flour.",
            "Rashid Bozan",
            "Mam Rashid Bozan",
        ),
    ],
)
def test_honorific_at_a_names_start_is_left_out(text: str, name: str, honorific: str) -> None:
    found = suggested_texts(text)
    assert name in found
    assert honorific not in found


# --- FIXP60: "Abba"/"Sultan"/"Pir"/"Don"/"Bai" cut only for a back-reference (F-B2, F-B5) ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sultan Ali, a farmer in Swat, said his house was hit. Ali Hassan, the village "
            "head, said 12 people were wounded.",
            "Sultan Ali",
        ),
        (
            "Nigerian police spokesman Abba Ibrahim said 20 people were killed. Ibrahim Musa, "
            "a resident, said the market burned.",
            "Abba Ibrahim",
        ),
        (
            "Abba Kyari, chief of staff to the president, died in Lagos. Kyari Mohammed, a "
            "journalist, said the news spread fast.",
            "Abba Kyari",
        ),
        (
            "Chinese activist Bai Li said she was detained. Premier Li Qiang said on Monday "
            "the matter was closed.",
            "Bai Li",
        ),
        (
            "Bai Tian, a researcher in Beijing, said the data was wrong. Tian Wei, a state TV "
            "host, said the same.",
            "Bai Tian",
        ),
        (
            "Pir Mohammad, a tribal elder, said the road was closed. Mohammad Khan, a "
            "shopkeeper, said five were killed.",
            "Pir Mohammad",
        ),
        (
            "Don Kim, a US army veteran, said the camp was shelled. Kim Jong Un said the drills "
            "would go on.",
            "Don Kim",
        ),
        # the evidence is the honorific's own full name, or a body's name: nothing is cut
        (
            "Abba Hagos Weldegiorgis, a priest in Adigrat, said the church was shelled. Abba "
            "Hagos said 12 were killed.",
            "Abba Hagos",
        ),
        (
            "Bai Sittie Aisah Macapeges said the families had gone home. Bai Sittie said the "
            "camps were full.",
            "Bai Sittie",
        ),
        (
            "Don Cheadle said the film was about Rwanda. Cheadle Foundation said it would help.",
            "Don Cheadle",
        ),
    ],
)
def test_given_name_after_a_word_that_is_also_an_honorific_stays(text: str, name: str) -> None:
    assert name in suggested_texts(text)


def test_honorific_before_a_back_reference_is_left_out() -> None:
    # positive control: the full name without the honorific comes first
    text = (
        "Tesfay Gebru, a priest in Zalambessa, said the church was looted. "
        '"They took the bells," Abba Tesfay said.'
    )
    found = suggested_texts(text)
    assert "Tesfay" in found
    assert "Abba Tesfay" not in found


# --- FIXP60: a region's possessive before another body's official (F-B7, F-B9) ------------


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "Rebels hold most of Idlib province. Idlib's rebel commander, Abu Mohammad, said "
            "the offensive had failed.",
            "Idlib",
        ),
        (
            "Clashes hit Hela Province. Hela's clan chief, Moses Tambu, said the fighting would "
            "go on.",
            "Hela",
        ),
        (
            "Donetsk region is contested. Donetsk's separatist commander, Igor Girkin, said the "
            "town fell.",
            "Donetsk",
        ),
        # (review60c C-4) the armed group's word in a hyphened modifier
        (
            "Donetsk region is contested. Donetsk's separatist-backed commander, Oleh Marchuk, "
            "said the town fell.",
            "Donetsk",
        ),
    ],
)
def test_region_before_a_non_government_official_is_no_actor(text: str, region: str) -> None:
    found = suggested_texts(text)
    assert region not in found
    assert len(found) >= 1  # the official's own name is still found


def test_region_possessive_before_its_government_official_still_tagged() -> None:
    # positive control for the refusal above
    text = (
        "Fighting spread across Enga Province. Enga's provincial police commander, Joseph "
        "Kalo, said ten men were held."
    )
    assert "Enga" in suggested_texts(text)


def test_place_surname_before_said_its_stays_a_place() -> None:
    # F-B4: the town's own "its" after "said"; the person's quote is the positive control
    town = (
        "Ernesto Palma, a fisherman, fled the town of Palma. Palma said its wells were dry, "
        "the district administrator told reporters."
    )
    person = 'Ernesto Palma, a fisherman, fled the town of Palma. "They burned it all," Palma said.'
    assert suggested_texts(town).count("Palma") == 0
    assert suggested_texts(person).count("Palma") == 1


# --- review60c C-7: "Don" before a full name is left out, whatever the name's length ------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Don José Pérez, 80, said the soldiers burned his house in Michoacán.", "José Pérez"),
        (
            "Don Ernesto Palma, a fisherman in Sinaloa, said the army came at night.",
            "Ernesto Palma",
        ),
    ],
)
def test_don_before_a_given_name_and_a_surname_is_left_out(text: str, person: str) -> None:
    found = suggested_texts(text)
    assert person in found
    assert not any(name.startswith("Don ") for name in found)
