"""ACTOR66: one-word states and outlets in the told slot, read as places or as actors.

Every sentence here is invented (people and events); the states, regions and outlets are
real. Each test drives the real suggester with the shipped gazetteer and no known actors,
and asserts every ACTOR suggested, with its type: the positive cases the rules of ACTOR66
add, and hostile negatives (places, people, things, sport, quotes, headlines, lists,
datelines, names holding a country) that they must leave alone.
"""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer


def _actors(text: str) -> list[tuple[str, str]]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return [(text[s.start : s.end], str(s.attributes.get("type"))) for s in found]


# --- a one-word name in the told slot: an outlet, unless the text writes it as a place
# or a person's given name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A local official told Sudania 24 on Monday that the RSF had entered the town.",
            [("Sudania 24", "media"), ("RSF", "armed group")],
        ),
        (
            "A local official told Sudania 24 that the RSF had entered the town.",
            [("Sudania 24", "media"), ("RSF", "armed group")],
        ),
        (
            "A survivor told Dabanga on Monday that the RSF had looted the market.",
            [("Dabanga", "media"), ("RSF", "armed group")],
        ),
        ("The commander told Rudaw by phone that the road was open.", [("Rudaw", "media")]),
        ("Residents told AFP 30 people had been killed in the raid.", [("AFP", "media")]),
    ],
)
def test_an_outlet_in_the_told_slot_is_media(text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region the text writes as a place elsewhere
        (
            "Residents told Tigray that the fighters had left. Fighting in Tigray has displaced"
            " thousands.",
            [],
        ),
        (
            "A farmer told Oromia on Tuesday that troops had come. Clashes spread across western"
            " Oromia.",
            [],
        ),
        (
            "The official told Amhara by phone that the road was shut. Militias in the Amhara"
            " region regrouped.",
            [],
        ),
        ("The official told Kebbi that the situation was calm. Bandits in Kebbi killed 12.", []),
        # a person the text names with a surname or a courtesy title
        (
            'Bob Kamau, a farmer, fled. "They burned it," he told Bob on Monday.',
            [("Bob Kamau", "person")],
        ),
        (
            'Mr Bob said the shop was burned. "They came at night," the trader told Bob on Monday.',
            [("Bob", "person"), ("Bob", "person")],
        ),
        # a numbered place, not a channel
        ("A resident told Sector 24 on Monday.", []),
        ("The officer told Ward 24 residents to leave.", []),
    ],
)
def test_a_place_or_a_person_in_the_told_slot_is_no_outlet(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(text) == expected


# --- a state's name before the outfits and campaigners of the place, or a report's label


@pytest.mark.parametrize(
    "text",
    [
        "Bahrain rights group says at least 18 prisoners hurt as police break up Jau sit-in",
        "Haiti gangs advance towards Lascahobas, thousands flee to Dominican border",
        "Syria security digest, 24-30 November: ambushes in the Hama countryside",
        "Nigeria bandits kill 12 villagers in Zamfara",
        "Mexico cartels fight for control of Sinaloa",
        "Kenya protesters clash with police in Nairobi",
        "Sudan activists say 40 killed in El Fasher",
        "Iraq militias fire rockets at a base near Erbil",
    ],
)
def test_a_state_before_the_places_outfits_is_a_place(text: str) -> None:
    assert _actors(text) == []


def test_a_state_acting_in_a_headline_stays_an_actor() -> None:
    assert _actors("Kenya sends troops to Haiti as gangs advance") == [("Kenya", "state")]
    assert _actors("Israel strikes Gaza as talks stall") == [("Israel", "state")]
    assert _actors("Mali army says 12 jihadists killed") == [("Mali army", "state")]


# --- a country at war or in turmoil as its background condition


@pytest.mark.parametrize(
    "text",
    [
        "Myanmar has been in turmoil since the military seized power in 2021.",
        "Yemen has been gripped by violence since 2014.",
        "Mali has been mired in a jihadist insurgency since 2012.",
        "Somalia has been wracked by conflict since 1991.",
        "Haiti remains in crisis after the gangs took the capital.",
    ],
)
def test_a_country_at_war_as_its_condition_is_a_place(text: str) -> None:
    assert _actors(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Rwanda is at war with us and the world is watching," he said.', [("Rwanda", "state")]),
        (
            "Sudan has been at war with the RSF since April.",
            [("Sudan", "state"), ("RSF", "armed group")],
        ),
        # (the dev gold tags the split country: 3 of 4)
        ("Libya has been split since 2014 between rival administrations.", [("Libya", "state")]),
        ("Mali has been battling a jihadist insurgency since 2012.", [("Mali", "state")]),
        ("Chad accused Sudan of arming the rebels.", [("Chad", "state"), ("Sudan", "state")]),
    ],
)
def test_a_country_at_war_with_someone_or_acting_stays_an_actor(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(text) == expected


# --- a state's act named by a noun, and legislatures by their proper names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They welcomed the mediation of Qatar, which has hosted talks.", [("Qatar", "state")]),
        ("The intervention of France saved the city, the mayor said.", [("France", "state")]),
        (
            "The House of Representatives voted on Tuesday to extend the state of emergency.",
            [("House of Representatives", "state")],
        ),
        (
            "Nigeria's House of Representatives urged the army to protect farmers.",
            [("Nigeria", "state"), ("House of Representatives", "state")],
        ),
        (
            "The House of the People approved the law in October.",
            [("House of the People", "state")],
        ),
        (
            "The minister told the Bougainville House of Representatives on Wednesday that the"
            " road was open.",
            [("Bougainville House of Representatives", "state")],
        ),
    ],
)
def test_a_states_act_or_its_legislature_is_a_state(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(text) == expected


# --- hostile negatives: places, things, animals, sport, names holding a country, lists,
# datelines, page furniture (unchanged by ACTOR66, checked so that they stay so)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The invasion of Ukraine began in February 2022.", []),
        ("The talks resumed after the mediation of elders from Kajuru.", []),
        (
            "The mediation of the Catholic Church ended the strike.",
            [("Catholic Church", "organisation")],
        ),
        ("A minute's silence was held at the House of Representatives on Monday.", []),
        ("France beat Brazil 2-0 in Paris on Sunday.", []),
        ("The Ghana national team arrived in Accra.", []),
        ("Chad borders Libya and Niger.", []),
        (
            "The Sudan Tribune reported that 12 people had been killed.",
            [("Sudan Tribune", "media")],
        ),
        ("Radio Ukraine said the strike hit a school.", [("Radio Ukraine", "media")]),
        ("The Kenya Red Cross said 30 people were injured.", [("Kenya Red Cross", "organisation")]),
        ("Sudanese soldiers and Kenyan troops patrolled the border.", []),
        ("Refugees from Mali, Niger and Burkina Faso crossed into Mauritania.", []),
        (
            "KHARTOUM, Sudan, Dec 4 (Reuters) - The army said it retook the town.",
            [("Reuters", "media")],
        ),
        ("Reporting by Ali Musa in Nairobi; Editing by Sara Lind", []),
        ("Five manuscripts perished in Mali, the museum said.", []),
        ("The 40 Martyrs Cemetery in Sudan was shelled.", []),
        ("Three bears were gunned down in Georgia.", []),
        ("Mali: 40 killed in attack on village", []),
        ("Fighting in Sudan's north displaced 3,000 people.", []),
        ("The war in Sudan has displaced 12 million people.", []),
        ("Aid flights to Chad resumed on Monday.", []),
        ("The Haiti gang attack killed 23 people.", []),
    ],
)
def test_hostile_places_and_names_are_left_alone(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(text) == expected


# --- a government drawn to another state, defying it, or protesting to it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The junta has grown closer to Moscow since the coup.",
            [("Moscow", "state")],
        ),
        (
            "Trade with Chad, whose military rulers have drawn closer to Russia, fell.",
            [("Russia", "state")],
        ),
        (
            "The junta was using the uranium to show it could stand up to Paris.",
            [("Paris", "state")],
        ),
        (
            "Bangladesh protests to Myanmar and China after shells land near Teknaf",
            [("Bangladesh", "state"), ("Myanmar", "state"), ("China", "state")],
        ),
    ],
)
def test_a_state_a_government_turns_to_defies_or_protests_to_is_a_state(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The refugees moved closer to Chad as the fighting spread.",
        "The convoy drew closer to Mali on Tuesday.",
        "Jihadist fighters have drawn closer to Bamako, residents said.",
        "Thousands marched in protests to the Chad embassy.",
    ],
)
def test_people_or_convoys_drawing_closer_to_a_state_leave_it_a_place(text: str) -> None:
    assert _actors(text) == []


# --- a capital or a region another document tags, named here as a place (the tests the
# gazetteer rule reads a capital's and a state's own mentions with)


def _actors_known(text: str, known: dict[str, str | None]) -> list[tuple[str, str]]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"], known_actors=known)
    return [(text[s.start : s.end], str(s.attributes.get("type"))) for s in found]


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("He was found dead in his cell at Nairobi's Central Police Station.", "Nairobi", []),
        (
            "Algeria, which brokered the Algiers accord in 2015, said nothing.",
            "Algiers",
            [("Algeria", "state")],
        ),
        (
            "Clashes in the northern Lebanese city of Tripoli killed two. Tripoli is poor.",
            "Tripoli",
            [],
        ),
        (
            "Fighting broke out between Tigrayan forces and Amhara militia near Alamata.",
            "Amhara",
            [("Tigrayan forces", "armed group")],
        ),
        ("Officials accused the capital of arming the Amhara militia.", "Amhara", []),
    ],
)
def test_a_known_capital_or_region_named_as_a_place_is_left_alone(
    text: str, known: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors_known(text, {known: "state"}) == expected


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("Nairobi said on Monday that the talks would resume.", "Nairobi", [("Nairobi", "state")]),
        (
            "Algiers accused Rabat of backing the raid.",
            "Algiers",
            [("Algiers", "state"), ("Rabat", "state")],
        ),
        (
            "Amhara's regional government said 12 people were killed.",
            "Amhara",
            [("Amhara", "state")],
        ),
    ],
)
def test_a_known_capital_or_region_acting_stays_an_actor(
    text: str, known: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors_known(text, {known: "state"}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Enga's provincial administration said the road was closed.", [("Enga", "state")]),
    ],
)
def test_a_known_region_in_an_officers_title_is_a_place(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors_known(text, {"Enga": "state"}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Haiti has been plagued by gang violence for years.", []),
        ("Israel has been battered by criticism over the strikes.", [("Israel", "state")]),
    ],
)
def test_a_country_devastated_by_war_is_a_place_not_one_criticised(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(text) == expected


# --- "broadcaster" is a job as well as an outlet's kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The veteran broadcaster John Okello said the station had been raided.",
            [("John Okello", "person")],
        ),
        ("The state broadcaster KBC said 12 people died.", [("KBC", "media")]),
        ("Saudi-owned broadcaster Al Arabiya quoted a Gulf diplomat.", [("Al Arabiya", "media")]),
        ("She told broadcaster Formula TV that the fence was new.", [("Formula TV", "media")]),
        ("The public broadcaster Ahmed Radio reported the raid.", [("Ahmed Radio", "media")]),
    ],
)
def test_a_person_after_broadcaster_is_a_person_an_outlet_media(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(text) == expected


# --- a department after a title is no person


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Director of Defence Media Operations, Major General Markus Kangye, said the"
            " strike hit a camp.",
            [("Markus Kangye", "person")],
        ),
        (
            "Briefing by Lieutenant General Thandeka Nkwinti-Botha, Chief of Joint Operations,"
            " on Tuesday.",
            [("Thandeka Nkwinti-Botha", "person")],
        ),
        (
            "The Deputy Chief of Staff for Operations, Colonel Ali Musa, said 12 fighters were"
            " killed.",
            [("Ali Musa", "person")],
        ),
        (
            "Chief of Army Staff Lieutenant General Olufemi Oluyede said the troops were ready.",
            [("Olufemi Oluyede", "person")],
        ),
    ],
)
def test_a_department_after_a_title_is_no_person(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(text) == expected
