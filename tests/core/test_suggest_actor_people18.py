"""People's names the rules must tell from other capitalised words on unseen articles (issue
15, PEOPLE18): towns opened by a port's or a headland's word, ... Every sentence is
invented."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.suggest_probes import suggested_types


def suggested_person_texts(text: str) -> list[str]:
    """Every ACTOR suggestion typed person, each mention (a dict by text would keep one)."""
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return [text[s.start : s.end] for s in found if s.attributes.get("type") == "person"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Port Mabrouk, the seat of the rival government since the war began, accused "
            "the rebels of the attack.",
            "Port Mabrouk",
        ),
        (
            "The company, which runs Hodana, Ras Kelim and Salbu, said only two ships had docked.",
            "Ras Kelim",
        ),
        (
            "Ain Tarza, the district's main town, was shelled on Tuesday, the mayor said.",
            "Ain Tarza",
        ),
        ("Beit Hanoun, the town nearest the fence, said it had no power.", "Beit Hanoun"),
    ],
)
def test_a_town_opened_by_a_port_or_headland_word_is_no_person(text: str, town: str) -> None:
    assert suggested_types(text).get(town) != "person"


def test_a_person_whose_name_starts_like_a_town_word_stays_a_person() -> None:
    # guard: only the whole word opens a town ("Portia", "Rasmus" are given names)
    found = suggested_types("Portia Mabrouk, the head of the clinic, said the wards were full.")
    assert found.get("Portia Mabrouk") == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Mother-of-three Zawadi Okelo said the gunmen came at night. "We ran," she said.',
            "Zawadi Okelo",
        ),
        ('"We ran into the fields," Father-of-two Ouma Kiprono told AFP.', "Ouma Kiprono"),
        ("Grandmother Nekesa Wafula said the wounded arrived at dawn.", "Nekesa Wafula"),
        ("Housewife Nekesa Wafula said the wounded arrived at dawn.", "Nekesa Wafula"),
        ("Motorcyclist Ouma Kiprono said the road was mined.", "Ouma Kiprono"),
        ("Retired Ouma Kiprono said the road was mined.", "Ouma Kiprono"),
        ('"We ran into the fields," Ex-Soldier Ouma Kiprono told AFP.', "Ouma Kiprono"),
        ("Somali Ouma Kiprono said the road was mined.", "Ouma Kiprono"),
        ("Similarly Ouma Kiprono said the road was mined.", "Ouma Kiprono"),
        ('"They shot at us," said Grandmother Nekesa Wafula, 61, a fish seller.', "Nekesa Wafula"),
    ],
)
def test_a_capitalised_description_before_a_name_is_left_out(text: str, name: str) -> None:
    found = suggested_types(text)
    assert found.get(name) == "person"
    assert [t for t in found if t.endswith(name) and t != name] == []


def test_a_description_s_ending_inside_a_given_name_keeps_the_name() -> None:
    # guard: two name words must follow the description; a body's name is no person
    found = suggested_types("Kiprono Wafula said the road was mined.")
    assert found.get("Kiprono Wafula") == "person"
    assert "person" not in suggested_types("The Somali Regional State said it was ready.").values()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a byline's name holding the Arabic article, then a bar and the date
        (
            "Drone strike kills 6 in the north: Army\n\nHamoud Saleh al-Wardi   |04.12.2026"
            " - Update : 04.12.2026\n\nISTANBUL\n\nAt least six soldiers were killed.",
            "Hamoud Saleh al-Wardi",
        ),
        # a name alone on its line above the outlet alone on its line
        (
            "Drone strike kills 6 in the north\n\nCabdullaahi Warsame Jaamac\nVOA Somali\n\n"
            "MOGADISHU \u2014 At least six soldiers were killed.",
            "Cabdullaahi Warsame Jaamac",
        ),
        # ... above a date line opening with the month
        (
            "Drone strike kills 6 in the north\n\nTekle Wolde Gebru\nDecember 03, 2026 8:14 PM"
            "\n\nKAMPALA, UGANDA \u2014 At least six soldiers were killed.",
            "Tekle Wolde Gebru",
        ),
        # two writers, the second with two given names and two surnames
        (
            "Gunmen kill 12\n\nBy Tanko Yakasai and Wilmer Ospina Arango Restrepo\n\nKANO, "
            "Nigeria, Dec 4 (Reuters) - Gunmen killed 12 people.",
            "Wilmer Ospina Arango Restrepo",
        ),
    ],
)
def test_a_byline_s_writer_no_list_knows_is_a_person(text: str, name: str) -> None:
    assert suggested_types(text).get(name) == "person"


def test_a_headline_above_a_date_line_is_no_byline() -> None:
    # guard: a short title-case line right under the headline, with no gap, is no byline
    text = "Drone Strike Kills Six\nRebel Attack Repelled\nDecember 03, 2026\n\nSix died."
    assert "person" not in suggested_types(text).values()


def test_a_plural_title_before_names_joined_by_and_is_left_out() -> None:
    text = "A bench of Justices Hari Prakash Bandari and Sapana Kalki said the case must go on."
    found = suggested_types(text)
    assert found.get("Hari Prakash Bandari") == "person"
    assert "Justices Hari Prakash Bandari" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hundreds have fled, said Kasur Deputy Commissioner (DC) Tahira Bano Qureshi.",
            "Tahira Bano Qureshi",
        ),
        (
            "The roads were closed, according to Senior Superintendent of Police (SSP) Tekle "
            "Wolde Gebru.",
            "Tekle Wolde Gebru",
        ),
        ('"The road is closed," MLA Ouma Kiprono said.', "Ouma Kiprono"),
        ('"The road is closed," Kisumu MCA Ouma Kiprono said.', "Ouma Kiprono"),
        ("OCS Ouma Kiprono said two suspects were held.", "Ouma Kiprono"),
    ],
)
def test_a_name_after_an_office_s_acronym_is_a_person(text: str, name: str) -> None:
    assert suggested_types(text).get(name) == "person"


def test_a_body_s_acronym_in_brackets_before_its_branch_names_nobody() -> None:
    # guard: the bracketed acronym of a body, no title, before a place and its branch
    text = "The roads were closed, said the Kenya Red Cross Society (KRCS) Nairobi branch."
    assert "person" not in suggested_types(text).values()


@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        (
            'Gunmen raided a village in Kurfi Local Government Area on Monday. "They took our '
            'cattle," said Hajiya Amina Sule Kurfi, a resident. Kurfi is one of the worst-hit '
            "areas in the state.",
            "Amina Sule Kurfi",
            "Kurfi",
        ),
        (
            'Gunmen raided a village in Tump District on Monday. "They took our cattle," said '
            "Bashir Ahmed Tump, a resident. Tump has been under curfew since June.",
            "Bashir Ahmed Tump",
            "Tump",
        ),
    ],
)
def test_a_surname_the_text_writes_as_a_capitalised_unit_s_place_is_the_place(
    text: str, person: str, place: str
) -> None:
    people = suggested_person_texts(text)
    assert person in people  # guard: the person who bears the place's name stays
    assert place not in people


@pytest.mark.parametrize(
    "text",
    [
        "The group seeks an independent homeland called Kanuristan and has attacked police posts.",
        "The rebels fight for an English-speaking state called Mbalezonia, which no one backs.",
        "Fishermen were held near the Sand Islands, which Vietnam calls Truong Bai and China "
        "calls Nansha.",
    ],
)
def test_what_a_land_or_a_thing_is_called_is_no_person(text: str) -> None:
    assert suggested_person_texts(text) == []


def test_what_a_man_is_called_stays_a_person() -> None:
    # guard: a person's noun before "called", and "whom" before "calls"
    text = "The commander, a man called Ouma Kiprono, was killed in the raid."
    assert suggested_person_texts(text) == ["Ouma Kiprono"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lyon, France \u2013 Every evening at seven, Ouardia Ferhani lights a candle on the "
            "sill of her flat. It is the hour, she says, when her son left.",
            "Ouardia Ferhani",
        ),
        (
            "Ibb, Yemen - On the morning of May 3, Rahaf Qassem was walking to school when a "
            "shot hit her. She died before her father could reach her.",
            "Rahaf Qassem",
        ),
        (
            "Every evening at seven, Ouardia Ferhani lights a candle on the sill of her flat. It "
            'is the hour her son left. "I wait for him," she says.',
            "Ouardia Ferhani",
        ),
    ],
)
def test_a_subject_a_he_or_she_follows_one_sentence_later_is_a_person(text: str, name: str) -> None:
    assert name in suggested_person_texts(text)


def test_a_listed_state_before_a_she_sentence_stays_no_person() -> None:
    # guard: a state opening the clause is no person, whatever pronoun follows
    text = "On Monday, Kenya sends troops to the border. She said the road was closed."
    assert suggested_person_texts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The town was quiet, said opposition figure Ouma Kiprono Otieno.",
        "The town was quiet, according to veteran diplomat Ouma Kiprono Otieno.",
        "The town was quiet, said footballer Ouma Kiprono Otieno.",
    ],
)
def test_a_name_after_said_and_a_role_no_list_holds_is_a_person(text: str) -> None:
    assert suggested_person_texts(text) == ["Ouma Kiprono Otieno"]


@pytest.mark.parametrize(
    "text",
    [
        "The town was quiet, said aid agency Sawa Relief.",
        "The town was quiet, said opposition party Umoja Mpya.",
        "The town was quiet, said police in North Kivu.",
    ],
)
def test_a_body_s_kind_or_a_small_word_after_said_names_no_person(text: str) -> None:
    assert suggested_person_texts(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"The streets are empty," said Kisumu\'s Ouma Kiprono.', "Ouma Kiprono"),
        ('"The streets are empty," said the Kenya Red Cross\'s Ouma Kiprono.', "Ouma Kiprono"),
        ("The BBC's Ouma Kiprono in Bamenda says the streets were almost empty.", "Ouma Kiprono"),
    ],
)
def test_a_name_after_any_owner_s_possessive_in_attribution_is_a_person(
    text: str, name: str
) -> None:
    assert suggested_person_texts(text) == [name]


def test_a_place_after_a_possessive_is_no_person() -> None:
    # guard: a state's region after its possessive names nobody
    text = "Fighting went on, said the army, in Mali's Gao Region and Niger's Tillaberi Region."
    assert suggested_person_texts(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ouma Kiprono Otieno was shot dead in his shop on Monday.", "Ouma Kiprono Otieno"),
        ("Ouma Kiprono Otieno was stabbed outside the market, police said.", "Ouma Kiprono Otieno"),
        ("Tekle Wolde Gebru was killed by a stray bullet on the road.", "Tekle Wolde Gebru"),
    ],
)
def test_a_subject_harmed_as_only_a_person_is_a_person(text: str, name: str) -> None:
    assert suggested_person_texts(text) == [name]


def test_a_thing_shot_at_or_a_town_shelled_names_no_person() -> None:
    # guard: "shot at", "shot down" and "shelled" befall things and towns too
    text = "Toyota Hilux was shot at near the bridge. Wajir Town was shelled at night."
    assert suggested_person_texts(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ouma Kiprono's body was handed over to the family in the afternoon.", "Ouma Kiprono"),
        ("Hundreds attended Tekle Wolde Gebru's funeral on Sunday.", "Tekle Wolde Gebru"),
        ("Police are hunting Ouma Kiprono Otieno's killers.", "Ouma Kiprono Otieno"),
    ],
)
def test_whoever_has_a_body_a_funeral_or_killers_is_a_person(text: str, name: str) -> None:
    assert suggested_person_texts(text) == [name]


def test_a_place_s_death_toll_or_body_of_water_names_no_person() -> None:
    text = "Tana Delta's death toll rose to 12. Kisumu Town's body of water is shrinking."
    assert suggested_person_texts(text) == []


def test_a_capitalised_word_the_text_writes_in_lower_case_too_is_no_one_word_name() -> None:
    text = (
        "What you need to know: Security says the attackers crossed the river. Rebels "
        "raided the village at night, security officials said."
    )
    assert suggested_person_texts(text) == []


def test_a_one_word_name_in_an_email_address_stays_a_name() -> None:
    # guard: "girard@..." is an address, no lower-case word of the text
    text = (
        '"Many families walked for days," Girard said. Contact: Girard, girard@aid.example, '
        "+41 22 000 0000."
    )
    assert "Girard" in suggested_person_texts(text)


def test_a_section_s_name_above_an_outlet_alone_on_its_line_is_no_byline() -> None:
    # guard: the outlet alone on its line makes a byline only above a dateline in capitals
    text = "Strikes hit the port\n\nHorn Desk\nVOA Somali\n\nTwo civilians were wounded."
    assert suggested_person_texts(text) == []
