"""ACTOR classes from the misses of batches 166-173 and 186-193, moved from held-out to
dev in session 27 (issue 15). Sentences are invented; places, states and public bodies are
real, the people and events are not.
"""

from __future__ import annotations

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.suggest_probes import suggested_texts as _texts
from tests.core.suggest_probes import suggested_types as _types


def test_a_state_opening_a_citys_name_is_the_city() -> None:
    # "Mexico City", "Guatemala City": the state's name is the head of a place's name
    types = _types("Reporting by Ana Ruiz in Mexico City. Mexico said it would send troops.")
    assert "Mexico" in types  # the second mention acts
    text = "Reporting by Ana Ruiz in Mexico City; editing by Tom Hale."
    assert "Mexico" not in _types(text)
    assert "Guatemala" not in _types("Guatemala City police closed the road on Sunday.")


def test_a_two_word_acronym_in_brackets_names_the_body_before_it() -> None:
    # an acronym in the body's own language, in two words: "(Komnas HAM)"
    text = (
        "The National Commission on Human Rights (Komnas HAM) said it would send a team. "
        "According to Komnas HAM, the toll had risen to nine."
    )
    types = _types(text)
    assert types.get("National Commission on Human Rights") == "organisation"
    assert types.get("Komnas HAM") == "organisation"
    text = "The Witness Protection Agency (Lembaga PSK) said on Monday it had taken them in."
    assert _types(text).get("Lembaga PSK") == "organisation"


def test_an_adviser_is_a_title_left_out_of_the_persons_span() -> None:
    text = (
        '"We will act," Special Adviser to the President on Media and Publicity, Chief '
        "Tunde Bakare, said."
    )
    assert _types(text) == {"Tunde Bakare": "person"}
    assert _types("National Security Adviser Ravi Menon said talks had stalled.") == {
        "Ravi Menon": "person"
    }
    assert _types("Special Adviser Musa Danjuma said talks had stalled.") == {
        "Musa Danjuma": "person"
    }


def test_a_group_that_calls_itself_a_name_is_tagged_at_every_mention() -> None:
    text = (
        "The young men call themselves Bundu Kongo, after a prophet of the 1920s. Since "
        "March, Bundu Kongo fighters have attacked three police posts."
    )
    assert _texts(text).count("Bundu Kongo") == 2


def test_a_one_word_name_after_its_kind_may_end_like_a_demonym() -> None:
    # "-an" ends demonyms ("Kenyan") and names alike: only a listed demonym is refused
    text = "Police arrived. The human rights group Karapatan said a farmer was killed."
    assert _types(text).get("Karapatan") == "organisation"
    assert _types("Police arrived. The rights group Kenyan said it had counted the dead.") == {}


def test_known_in_a_place_as_gives_a_persons_other_name() -> None:
    text = (
        "One of them was Yusuf Kamara, a 58-year-old trader known in the market as Abu "
        "Salim. Kamara said he fled."
    )
    assert _types(text).get("Abu Salim") == "person"
    text = "The farmer, known to his neighbours as Papa Lukas, said he fled."
    assert _types(text).get("Papa Lukas") == "person"


def test_known_as_after_a_described_body_names_the_body() -> None:
    # the kind word stands earlier in the clause, not right before "known as"
    text = (
        "The Centre for Justice in Tapachula, a church-founded group in the border city "
        "known as Cejust, said in a statement that families had fled."
    )
    assert _types(text).get("Cejust") == "organisation"
    text = "Villagers were attacked by an armed group from the hills known as Zone Rouge."
    assert _types(text).get("Zone Rouge") == "armed group"
    # a person named before "known as" keeps the alias a person's
    text = "Ali Musa, a commander from the group, also known as Abu Bakr, was killed."
    assert _types(text).get("Abu Bakr") == "person"


def test_a_regions_own_force_named_by_the_region_is_one_state_span() -> None:
    text = "A spokesman said Amhara regional special forces had attacked two villages."
    assert _types(text) == {"Amhara regional special forces": "state"}
    assert _types("Oromia regional police said 12 people were killed.") == {
        "Oromia regional police": "state"
    }
    assert _types("Regional special forces had arrived by then.") == {}


def test_two_peoples_joined_before_militias_are_no_groups_name() -> None:
    text = "Fighting between Hema and Lendu militias killed hundreds of people in 2003."
    assert _types(text) == {}


def test_an_office_before_of_is_the_persons_title_and_the_body_follows() -> None:
    text = (
        "The Public Relations Officer of the Sokoto State Police Command, SP Ahmed Rufai, "
        "confirmed the attack."
    )
    types = _types(text)
    assert types.get("Sokoto State Police Command") == "state"
    assert "Ahmed Rufai" in types
    assert not any("Officer" in name for name in types)
    # ... but "Superintendent of Police X" still names a person, not a body
    text = "Dhaka Superintendent of Police Rafiqul Islam Khan said the bodies were found."
    assert _types(text) == {"Rafiqul Islam Khan": "person"}


def test_an_armys_public_relations_after_a_title_is_the_titles_portfolio() -> None:
    text = (
        "The Director of Army Public Relations, Brigadier General Musa Danladi, said the "
        "troops had repelled the attack."
    )
    assert _types(text) == {"Musa Danladi": "person"}
    text = "The Deputy Director, Army Public Relations, Colonel Sani Bello, said so."
    assert _types(text) == {"Sani Bello": "person"}
    # the media wing named as a body stays one
    text = "The military's media wing, Inter-Services Public Relations (ISPR), said."
    assert _types(text).get("Inter-Services Public Relations") == "state"


def test_a_state_people_flee_or_goods_move_toward_is_a_place() -> None:
    text = "Many of the refugees fled Eritrea to escape conscription, a nurse said."
    assert "Eritrea" not in _types(text)
    text = "The road is used to move fentanyl north toward the United States, police said."
    assert "United States" not in _types(text)
    # the state acting stays tagged
    assert "Eritrea" in _types("Eritrea denied sending troops across the border.")


def test_a_state_giving_support_or_help_acts_after_from_the() -> None:
    text = "Kenyan troops have had intelligence support from the United States since 2020."
    assert _types(text).get("United States") == "state"
    text = "The clinic was rebuilt with help from the United Kingdom, officials said."
    assert _types(text).get("United Kingdom") == "state"
    # a place after "from the" stays a place
    assert "United States" not in _types("The shipment came from the United States in May.")


def test_a_name_apposed_to_the_capital_of_a_region_is_a_place_in_every_mention() -> None:
    text = (
        "By Ana Lima in Porto Velho\n\nShe travelled for two days to reach Porto Velho, "
        "the capital of Rondônia state, to speak to officials. A police officer in Porto "
        "Velho, who spoke on condition of anonymity, said the miners had left."
    )
    types = _types(text)
    assert "Porto Velho" not in types
    assert types.get("Ana Lima") == "person"


def test_a_lower_case_group_after_a_listed_groups_name_is_left_out() -> None:
    text = "Police said 30 members of the Maute group remain in the province."
    assert _types(text).get("Maute") == "armed group"
    assert "Maute group" not in _types(text)


def test_an_outlet_with_a_number_in_its_name_keeps_the_state_out() -> None:
    text = "Lobanov spoke to the state television channel Russia-1 from his bed."
    types = _types(text)
    assert types.get("Russia-1") == "media"
    assert "Russia" not in types


def test_a_church_body_named_as_a_diocese_is_an_organisation() -> None:
    text = "In a pastoral letter, the Archdiocese of Bukavu said the population was caught."
    assert _types(text) == {"Archdiocese of Bukavu": "organisation"}
    text = "The Catholic Diocese of Maiduguri said 12 parishioners were abducted."
    assert _types(text) == {"Catholic Diocese of Maiduguri": "organisation"}


def _known(text: str, known: dict[str, str | None]) -> dict[str, str]:
    found = suggest(text, known_actors=known, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return {text[s.start : s.end]: str(s.attributes.get("type")) for s in found}


def test_a_capital_known_elsewhere_before_a_radio_station_is_where_the_outlet_is() -> None:
    known: dict[str, str | None] = {"Nairobi": "state"}
    text = "The minister told Nairobi radio station Capital FM that talks would resume."
    assert "Nairobi" not in _known(text, known)
    assert "Nairobi" in _known("Nairobi said talks would resume on Monday.", known)


def test_a_capital_at_a_roads_end_is_a_place() -> None:
    known: dict[str, str | None] = {"Addis Ababa": "state"}
    text = "Fighting spread along the railway linking Addis Ababa to the port of Djibouti."
    assert "Addis Ababa" not in _known(text, known)
    text = "The highway connecting Nairobi with Mombasa was closed."
    assert "Nairobi" not in _types(text)


def test_a_regions_government_or_local_authority_named_by_the_region_is_a_state() -> None:
    text = "Some 30,000 refugees have arrived since 2021, according to the Manipur government."
    assert _types(text).get("Manipur government") == "state"
    text = "A joint statement by the Hadramout local authority said the road would reopen."
    assert _types(text).get("Hadramout local authority") == "state"
    # a kind of government, a listed group's or a leader's is not a region's
    assert _types("The Federal government said talks would resume.") == {}
    text = "President Bola Tinubu spoke. Critics said the Tinubu government had failed."
    assert "Tinubu government" not in _types(text)
    assert "Union government" not in _types("Officials said the Union government had agreed.")


def test_a_name_alone_above_the_outlets_line_is_the_bylines_person() -> None:
    text = (
        "Kherson: life under drones\n\nMyroslava Hnatiuk\nBBC Ukrainian, Kherson\n\n"
        "Two civilians were wounded on Monday."
    )
    assert _types(text).get("Myroslava Hnatiuk") == "person"
    # a section's name above the outlet is no person
    text = "Strikes hit Gaza\n\nMiddle East\nBBC News\n\nTwo civilians were wounded."
    assert "Middle East" not in _types(text)


def test_a_state_a_strike_falls_on_is_the_place_hit() -> None:
    text = "The group said the raid was retaliation for drone attacks on Israel last week."
    assert "Israel" not in _types(text)
    text = "Officials said jets had dropped more than 300 glide bombs on Ukraine this week."
    assert "Ukraine" not in _types(text)
    # the state striking stays tagged
    assert _types("Israel carried out strikes on Friday.").get("Israel") == "state"


def test_a_state_listed_after_a_neighbouring_place_is_a_place_too() -> None:
    text = "The insurgency spread there from neighbouring Mali and Burkina Faso in 2016."
    assert _types(text) == {}


def test_a_medical_centre_is_a_hospital_not_a_body() -> None:
    assert _types("Doctors at the Gwoza Medical Centre said six bodies arrived.") == {}
    assert _types("The wounded were taken to the Federal Medical Centre in Yola.") == {}
    text = "The African Centre for Strategic Studies said attacks had risen."
    assert _types(text) == {"African Centre for Strategic Studies": "organisation"}


def test_a_department_of_government_is_the_states() -> None:
    text = "The Department of Social Welfare and Development said 4,000 families had fled."
    assert _types(text).get("Department of Social Welfare and Development") == "state"


def test_a_child_named_after_its_age_in_apposition_is_a_person() -> None:
    text = "The fourth person killed in the camp was a 16-year-old boy, Yazan Darwish. His "
    text += "uncle said he was shot."
    assert _types(text).get("Yazan Darwish") == "person"


def test_a_chamber_of_commerce_is_a_body() -> None:
    text = "The Torkham Chamber of Commerce said trucks lined the road."
    assert _types(text) == {"Torkham Chamber of Commerce": "organisation"}


def test_fighters_from_a_one_word_al_name_name_a_group_but_not_a_place() -> None:
    text = "Fighters from al-Rashidun and other factions retook two hilltops."
    assert _types(text).get("al-Rashidun") == "armed group"
    assert _types("Fighters from al-Jazira state arrived on Monday.") == {}


def test_the_presidency_capitalised_is_the_government() -> None:
    text = "The Presidency condemned the attacks and ordered an inquiry."
    assert _types(text) == {"Presidency": "state"}


def test_a_numbered_unit_in_an_offices_chain_is_the_states() -> None:
    text = (
        "The Deputy Director, Army Public Relations, 6 Division, Colonel Musa Bello, said "
        "troops had responded."
    )
    types = _types(text)
    assert types.get("6 Division") == "state"
    assert types.get("Musa Bello") == "person"


def test_the_first_of_several_capitals_acting_together_is_a_government() -> None:
    text = "Washington, Paris and London condemned the coup on Monday."
    assert _types(text) == {"Washington": "state", "Paris": "state", "London": "state"}
    assert "Nairobi" not in _types("Flights to Nairobi, Kampala and Kigali resumed.")


def test_capitals_listed_after_a_places_preposition_are_places() -> None:
    assert _types("Flights to Nairobi, Kampala and Kigali resumed on Monday.") == {}
    text = "Militias guard supply lines to the front in Al-Jazira and Khartoum, sent troops."
    assert "Khartoum" not in _types(text)


def test_an_acronym_known_by_its_initials_in_another_language_names_the_body() -> None:
    text = (
        "A local rights group, the Collective of Families of the Disappeared, known by its "
        "French initials CFD, said 40 people were missing. The CFD later raised the figure."
    )
    types = _types(text)
    assert types.get("Collective of Families of the Disappeared") == "organisation"
    assert _texts(text).count("CFD") == 2
    text = "The Northern Liberation Front, better known by its Arabic acronym, JTS, attacked."
    assert _types(text).get("JTS") == "armed group"


def test_a_warlord_or_strongman_before_a_name_is_a_role() -> None:
    text = "Forces loyal to warlord Khalifa Haftar advanced on the town."
    assert _types(text).get("Khalifa Haftar") == "person"


def test_states_listed_where_workers_come_from_are_places() -> None:
    text = "The region has long attracted gold miners from Sudan, Niger and Chad."
    assert _types(text) == {}


def test_a_states_security_service_named_by_its_nationality_is_the_states() -> None:
    text = "The Georgian State Security Service (SSG) said two men were detained."
    types = _types(text)
    assert types.get("Georgian State Security Service") == "state"
    assert types.get("SSG") == "state"


def test_a_state_a_boat_heads_for_or_sinks_off_is_a_place() -> None:
    assert _types("The boat was heading for Italy when it capsized off Libya.") == {}
    # a state before "off" acting is still one
    assert _types("Kenya called off the talks on Monday.") == {"Kenya": "state"}


def test_capitals_that_are_allies_are_governments() -> None:
    text = "Tokyo and Canberra are treaty allies, and their navies train together."
    assert _types(text) == {"Tokyo": "state", "Canberra": "state"}
