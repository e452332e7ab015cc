"""Rules generalised from the misses on development articles 73-79 (issue 15):
speakers by the grammar of attribution, and the ACTOR mentions they depend on.

Each test states one general form with sentences written for the test
(invented people and events; real states, capitals and groups), never the
articles' own sentences.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker as _speaker
from tests.core.suggest_probes import suggested_texts as _suggested
from tests.core.suggest_probes import suggested_types as _types

# ------------------------------------------------------------- described people


def test_the_official_said_is_the_person_named_last_when_nobody_unnamed_came_since() -> None:
    text = (
        "Marta Kowalczyk, who manages the warehouse of the Polish aid convoy in Lviv, said "
        "the trucks were loaded.\n\n"
        '"We leave at four and we will be back by night," the official said.'
    )
    assert _speaker(text, "We leave at four") == "Marta Kowalczyk"


def test_the_nurse_says_takes_the_person_the_paragraph_before_introduced() -> None:
    text = (
        "Ibrahim Keita, who runs the only clinic in the district, says supplies ran out "
        "in May.\n\n"
        '"We boil the instruments on a wood fire," the nurse says. "There is no other way."'
    )
    assert _speaker(text, "We boil") == "Ibrahim Keita"
    assert _speaker(text, "There is no other way") == "Ibrahim Keita"


def test_a_description_introduced_unnamed_since_the_last_name_has_no_speaker() -> None:
    text = (
        "Governor Aliyu Sambo visited the camp on Monday. A nurse at the camp clinic, who "
        "asked not to be named, described the shortages.\n\n"
        '"We have no antibiotics at all," the nurse said.'
    )
    assert _speaker(text, "We have no antibiotics") is None


def test_the_doctor_is_not_a_person_the_text_gave_another_role() -> None:
    text = (
        "Governor Aliyu Sambo visited the hospital on Monday.\n\n"
        '"The wards are full," the doctor said.'
    )
    assert _speaker(text, "The wards are full") is None


def test_the_role_holder_wins_over_a_nearer_person_with_another_role() -> None:
    text = (
        "Colonel Ahmed Farah, the district commander, said the road was open. Mayor Leila "
        "Haddad said the market would reopen.\n\n"
        '"We have cleared every village," the commander said.'
    )
    assert _speaker(text, "We have cleared") == "Ahmed Farah"


def test_a_standalone_quote_after_a_described_person_is_theirs() -> None:
    text = (
        "Joseph Mbala, a Catholic priest in Bunia, said the parish had taken in families. "
        'His neighbour Grace Ayo, 42, said she was afraid. "We pray," she said.\n\n'
        'The priest shook his head. "Prayer is not enough."'
    )
    assert _speaker(text, "Prayer is not enough") == "Joseph Mbala"


# ------------------------------------------------------------- statements and owners


def test_a_statement_from_a_described_body_is_said_by_that_body() -> None:
    text = (
        "The Sudan Doctors Network, which tracks casualties, gave a higher toll. "
        '"Hospitals in the city are out of fuel," a statement from the network said.'
    )
    assert _speaker(text, "Hospitals in the city") == "Sudan Doctors Network"
    text = (
        "The Sudan Doctors Network gave a higher toll. A statement from the network "
        'said: "Hospitals in the city are out of fuel."'
    )
    assert _speaker(text, "Hospitals in the city") == "Sudan Doctors Network"


def test_a_statement_from_a_named_body_after_the_quote_is_said_by_it() -> None:
    text = (
        '"The corridor will stay open," a statement from the International Committee of '
        "the Red Cross said."
    )
    assert _speaker(text, "The corridor will") == "International Committee of the Red Cross"


def test_the_ministry_is_the_state_named_in_the_possessive_before_it() -> None:
    text = (
        "Russia's defence ministry said its air defences shot down 40 drones. Kyiv "
        "denied the figure and said it had hit two airfields.\n\n"
        '"All targets were destroyed," the ministry said.'
    )
    assert _speaker(text, "All targets") == "Russia"


def test_a_body_named_after_a_possessive_speaks_rather_than_its_state() -> None:
    text = (
        "Since March, an order by Colombia's Constitutional Court (CC) has confined "
        'aerial spraying to "strictly limited" areas.'
    )
    # (through its bracketed acronym, the nearer mention of the body, as the dev gold
    # links "Full Name (ACR) said" everywhere since 2026-12-01)
    assert _speaker(text, "strictly limited") == "CC"


# ------------------------------------------------------------- kin


def test_his_wife_says_is_the_woman_whose_husband_he_was_introduced_as() -> None:
    text = (
        "Fatoumata Sangare sells millet at the market. Her husband, Oumar Sangare, "
        'guards the town at night. "We are safe here," he says.\n\n'
        '"Safe?" his wife asks.'
    )
    assert _speaker(text, "Safe?") == "Fatoumata Sangare"


def test_her_son_said_is_the_person_introduced_as_her_son() -> None:
    text = (
        "Amina Bello lost her home in the flood. Her son, Musa Bello, carried her out. "
        '"The water came in an hour," her son said.'
    )
    assert _speaker(text, "The water came") == "Musa Bello"


# ------------------------------------------------------------- ACTOR: people


def test_a_possessive_role_with_a_phrase_then_a_name_in_apposition_is_a_person() -> None:
    text = "Its spokesman in Goma, Pierre Mulenda, denied the report."
    assert _suggested(text) == ["Pierre Mulenda"]
    text = (
        "His colleague at the radio station, Esther Wanjiru, was less sure. "
        '"Nobody knows," she said.'
    )
    assert _suggested(text) == ["Esther Wanjiru"]
    assert _speaker(text, "Nobody knows") == "Esther Wanjiru"
    # ... but one word there is a place in apposition
    assert _suggested("The group said its leader in the capital, Bamako, was held.") == []


def test_clerical_titles_are_no_part_of_the_name() -> None:
    text = "Abbé Justin Kahindo, a priest in Beni, said the parish was full."
    assert _suggested(text) == ["Justin Kahindo"]
    assert "Paul Okello" in _suggested("Monsignor Paul Okello told the congregation to stay.")


def test_a_relative_opening_a_sentence_is_named_by_the_full_name() -> None:
    text = (
        "Rokia Traore keeps a shop near the mosque. Her brother, Issa Traore, said the "
        "shop was looted twice."
    )
    assert _suggested(text) == ["Rokia Traore", "Issa Traore"]


# ------------------------------------------------------------- ACTOR: bodies and places


def test_a_river_bank_is_a_place_not_a_bank() -> None:
    text = "Troops raided two towns in the occupied West Bank while the World Bank met."
    assert _suggested(text) == ["World Bank"]


def test_a_body_described_by_a_civil_noun_alone_is_an_organisation() -> None:
    text = "The Casa das Mulheres, a local association that shelters women, said it was full."
    assert _types(text) == {"Casa das Mulheres": "organisation"}
    text = "Dhaka Youth Forum, a terrorist organisation according to the police, denied it."
    assert _types(text).get("Dhaka Youth Forum") != "organisation"


def test_a_body_described_as_a_faction_or_gang_is_an_armed_group() -> None:
    text = "Police clashed with the Barrio Azteca, a rival gang, near the border."
    assert _types(text) == {"Barrio Azteca": "armed group"}
    text = "The Sons of Khabur, a breakaway faction, took the village."
    assert _types(text) == {"Sons of Khabur": "armed group"}


def test_a_region_s_administration_or_secretariat_is_the_state() -> None:
    text = "The Odesa regional military administration said two drones were shot down."
    assert _types(text) == {"Odesa regional military administration": "state"}
    text = "According to the Sao Paulo state security secretariat, the raid ended at noon."
    assert _types(text) == {"Sao Paulo state security secretariat": "state"}


def test_a_name_inside_a_relative_clause_is_not_the_subject_that_speaks() -> None:
    text = (
        "The new authorities in the capital, who have been negotiating with the Syrian "
        'Democratic Forces for months, said they were watching "with great concern".'
    )
    assert _speaker(text, "with great concern") is None
    text = (
        "Fighting resumed near the dam. The armed group, which the Syrian Democratic "
        'Forces blamed for the attack, said it had acted "in self-defence".'
    )
    assert _speaker(text, "in self-defence") != "Syrian Democratic Forces"


def test_a_national_general_staff_is_the_state() -> None:
    text = "The Ukrainian General Staff said 40 drones were shot down overnight."
    assert _types(text) == {"Ukrainian General Staff": "state"}


def test_a_national_military_operation_names_no_actor() -> None:
    assert _suggested("Nine people died during an Israeli military operation in Tubas.") == []
    assert _suggested("The Israeli military said nine militants were killed.") == [
        "Israeli military"
    ]


def test_a_unit_or_office_described_before_its_name_in_apposition_is_a_body() -> None:
    text = "Police and their riot battalion, CHOQUE, entered the favela at dawn."
    assert _types(text) == {"CHOQUE": "state"}
    text = "The city's public prosecutor's office, the Ministerio Publico, opened an inquiry."
    assert _types(text) == {"Ministerio Publico": "state"}


def test_a_bracketed_acronym_opening_with_the_name_s_letter_keeps_the_whole_name() -> None:
    text = "He joined the Guardians for the Defence of the Valley (GDV) in 2021."
    assert _suggested(text) == ["Guardians for the Defence of the Valley", "GDV"]
    # ... while a plural before "of" that the acronym does not start with stays out
    text = "Fighters of the National Liberation Army (ELN) attacked the base."
    assert _suggested(text) == ["National Liberation Army", "ELN"]


def test_a_capitalised_source_with_the_is_a_body() -> None:
    text = "Some 40 people died last month, according to the Sahel Security Tracker."
    assert _types(text) == {"Sahel Security Tracker": "organisation"}
    text = "The Cruz Vermelha institute, which counts shootings, recorded nine."
    assert _types(text) == {"Cruz Vermelha": "organisation"}
    # ... but not a region, a place or a title
    text = "The troops came, according to the Upper Nile, and he told the Prime Minister."
    assert _suggested(text) == []


def test_a_headline_label_and_a_bracketed_dateline_state_are_places() -> None:
    text = (
        "DR Congo: gunmen attack a camp near Bunia\n\n"
        "Bunia (DR Congo) (Meridian Wire) - Gunmen attacked a camp on Sunday. "
        "DR Congo accused Rwanda of backing them."
    )
    assert _suggested(text) == ["Meridian Wire", "DR Congo", "Rwanda"]


def test_a_state_before_a_town_or_village_is_a_place() -> None:
    assert _suggested("Markets reopen in a Sierra Leone village after the floods.") == []


def test_a_surname_inside_a_facility_named_after_people_is_no_mention() -> None:
    text = (
        "Layla Hamdan, a doctor at the Hamdan Nasser hospital, said the ward was full. "
        "Hamdan said more beds were needed."
    )
    assert _suggested(text) == ["Layla Hamdan", "Hamdan"]


def test_a_people_named_before_communities_is_no_person() -> None:
    text = "The militia says it defends farmers against rival Lendu communities."
    assert _suggested(text) == []


def test_an_international_body_s_prefix_belongs_to_its_named_body() -> None:
    text = "The U.N. Human Rights Monitoring Mission said 40 civilians were killed."
    assert _suggested(text) == ["U.N. Human Rights Monitoring Mission"]
    text = "The EU Border Assistance Mission said the crossing was shut."
    assert _suggested(text) == ["EU Border Assistance Mission"]


def test_the_un_envoy_said_is_a_person_not_the_body_qualifying_the_role() -> None:
    text = (
        "UN envoy Carla Moreno arrived in Bamako on Monday. "
        '"Civilians must be spared," the UN envoy said.'
    )
    assert _speaker(text, "Civilians must") == "Carla Moreno"
    text = '"Civilians must be spared," the UN envoy said.'
    assert _speaker(text, "Civilians must") is None


def test_a_capital_before_backed_or_led_is_its_government() -> None:
    assert _suggested("Tehran-backed militias fired drones at the base.") == ["Tehran"]


def test_the_holder_of_a_role_of_a_place_with_its_kind_is_a_person() -> None:
    text = "The governor of Borno state, Umar Kachalla, visited the town."
    assert _suggested(text) == ["Umar Kachalla"]


def test_a_name_opening_a_sentence_that_a_he_or_she_follows_is_a_person() -> None:
    text = "Aissata Barry has sold fish in Mopti for 20 years. She says prices doubled."
    assert _suggested(text) == ["Aissata Barry"]
    # ... but no pronoun, no person: a place may open a sentence the same way
    assert _suggested("Kidal Ville has lived through three sieges since 2012.") == []
    # ... nor a place that undergoes what people do not ("was besieged", "has seen"), nor
    # one a "his" or "her" follows
    text = "El Fasher was besieged for months. He said the city starved."
    assert _suggested(text) == []
    text = "Port Harcourt has grown fast. Her markets are full."
    assert _suggested(text) == []


def test_the_34_year_old_said_is_the_person_named_last() -> None:
    text = (
        'Moussa Keita, 34, fled his village in May.\n\n"We left everything," the 34-year-old said.'
    )
    assert _speaker(text, "We left") == "Moussa Keita"
    text = (
        'Aissata Barry lost her house. She has three children. "We sleep at the school," '
        "the mother of three said."
    )
    assert _speaker(text, "We sleep") == "Aissata Barry"
    # ... whatever role the text gave the person before
    text = (
        "Babagana Musa, a farmer, said the attackers stayed an hour. "
        '"Nobody came to help us," the 52-year-old told Meridian Wire.'
    )
    assert _speaker(text, "Nobody came") == "Babagana Musa"


def test_a_spokesman_of_a_body_named_before_the_noun_is_the_body_speaking() -> None:
    text = '"The road is mined," a Baloch Liberation Army spokesman said.'
    assert _speaker(text, "The road") == "Baloch Liberation Army"
    text = '"The road is mined," a spokesman for the Baloch Liberation Army said.'
    assert _speaker(text, "The road") == "Baloch Liberation Army"


def test_said_one_resident_then_a_name_is_that_person() -> None:
    text = '"The shelling never stops," said one resident, Ali Hassan.'
    assert _suggested(text) == ["Ali Hassan"]
    assert _speaker(text, "The shelling") == "Ali Hassan"


def test_pilgrim_titles_and_ould_or_ben_particles() -> None:
    text = "Hajji Gul Rahman, a tribal elder, said the road was open."
    assert _suggested(text) == ["Gul Rahman"]
    text = "Sidi ould Brahim, a herder, said his camels were taken."
    assert _suggested(text) == ["Sidi ould Brahim"]


def test_a_given_name_in_the_attribution_slot_described_after_is_a_person() -> None:
    text = '"We are hungry," said Joy, a 19-year-old mother.'
    assert _suggested(text) == ["Joy"]
    assert _speaker(text, "We are hungry") == "Joy"
    # ... not a place or an unknown capital word without a description
    assert _suggested('"We are hungry," said Joy.') == []


def test_a_named_operation_acts_for_its_state() -> None:
    text = "Troops of Operation Safe Corridor, a task force in the north, repelled the attack."
    assert _types(text) == {"Operation Safe Corridor": "state"}


def test_a_region_s_prosecutor_s_office_is_the_state() -> None:
    text = "Two more died in hospital, the Sonora state prosecutor's office said."
    assert _types(text) == {"Sonora state prosecutor's office": "state"}


def test_a_named_body_before_mission_is_an_organisation() -> None:
    text = "The Joint Ceasefire Monitoring mission, led by Kenya, said it saw no violations."
    assert "Joint Ceasefire Monitoring" in _suggested(text)


def test_the_leader_a_government_or_loyalists_are_of_is_a_person() -> None:
    text = "The army ousted the elected government of Min Zaw Oo in 2021."
    assert _suggested(text) == ["Min Zaw Oo"]
    text = "Forces loyal to Ali Haidar Salem seized the port."
    assert _suggested(text) == ["Ali Haidar Salem"]


def test_the_statement_said_is_the_body_that_issued_it() -> None:
    text = (
        "The Nigerien army issued a statement on Sunday. "
        '"The situation is under control," the statement said.'
    )
    assert _speaker(text, "The situation") == "Nigerien army"
    text = '"The situation is under control," the statement said.'
    assert _speaker(text, "The situation") is None


def test_read_a_statement_from_a_body_after_the_quote() -> None:
    text = '"The situation is under control," read a statement from the Nigerien army.'
    assert _speaker(text, "The situation") == "Nigerien army"


def test_a_body_s_own_name_in_apposition_speaks_rather_than_its_modifier() -> None:
    text = 'The UN human rights office, OHCHR, said it was "appalled" by the killings.'
    assert _speaker(text, "appalled") == "OHCHR"


def test_an_outlet_after_its_country_s_possessive_is_the_outlet_alone() -> None:
    text = "Kenya's Standard newspaper quoted police as saying 12 were arrested."
    assert _suggested(text) == ["Standard"]


def test_she_said_skips_a_person_the_text_calls_a_man() -> None:
    text = (
        "Amina Yusuf met the regional spokesman, Ali Bako, on Monday. "
        '"He promised us food," she said.'
    )
    assert _speaker(text, "He promised") == "Amina Yusuf"
    text = (
        "Amina Yusuf met the regional spokeswoman, Grace Bako, on Monday. "
        '"She promised us food," he said.'
    )
    assert _speaker(text, "She promised") == "Amina Yusuf"
    # ... and without a word saying who is who, the sentence's subject stays
    text = 'Amina Yusuf met Ali Bako, a trader, on Monday. "He promised us food," she said.'
    assert _speaker(text, "He promised") == "Amina Yusuf"


def test_a_quote_paragraph_after_a_paragraph_its_person_opens_is_theirs() -> None:
    text = (
        "Ali Bako, a trader in Maiduguri, lost two sons in the attack.\n\n"
        '"They were farmers, not fighters."'
    )
    assert _speaker(text, "They were farmers") == "Ali Bako"
    # ... not when the paragraph before opens with no one and names a person in passing
    text = (
        "The attack came a week after a visit by Ali Bako, a trader.\n\n"
        '"They were farmers, not fighters."'
    )
    assert _speaker(text, "They were farmers") is None


def test_a_speaker_before_an_auxiliary_and_a_speech_verb_is_a_person() -> None:
    text = 'Amina Yusuf rejected what Ali Bako had called "a necessary sacrifice".'
    assert "Ali Bako" in _suggested(text)
    assert _speaker(text, "a necessary") == "Ali Bako"


def test_a_preposition_opening_the_sentence_is_no_part_of_a_name() -> None:
    text = 'Unlike Ali Bako, who called the deal "a betrayal", Amina Yusuf welcomed it.'
    assert "Ali Bako" in _suggested(text)
    assert _speaker(text, "a betrayal") == "Ali Bako"


def test_the_statement_said_after_a_body_said_in_a_statement_is_that_body() -> None:
    text = (
        "Troops were ambushed near Apatzingan by gunmen of the Jalisco New Generation "
        "Cartel, the Defense Department said in a statement.\n\n"
        '"The personnel repelled the aggression," the statement said.'
    )
    assert _speaker(text, "The personnel") == "Defense Department"


def test_a_person_opening_the_body_after_a_dateline_and_her_surname_later() -> None:
    text = (
        "KHARKIV, Ukraine (Meridian Wire) - Olena Kravets keeps a bag packed by the door. "
        "Her husband, Taras, says she worries too much.\n\n"
        '"Every night I listen for the motor," she said.\n\n'
        'Kravets listened to the radio. "Two is enough," she said.'
    )
    assert _speaker(text, "Every night") == "Olena Kravets"
    assert _speaker(text, "Two is enough") == "Kravets"


def test_an_outlet_that_carries_a_statement_is_not_its_speaker() -> None:
    text = (
        "In a statement read on state television ORTM, the general staff said the convoy "
        'came under fire from "terrorists".'
    )
    assert _speaker(text, "terrorists") != "ORTM"
