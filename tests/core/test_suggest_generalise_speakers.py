"""Rules generalised from the misses on development articles 61-66 (issue 15):
speakers and the ACTOR mentions they depend on.

Each test states one general form with sentences written for the test
(invented people and events; real states, capitals and groups), never the
articles' own sentences.
"""

from __future__ import annotations

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.suggest_probes import suggested_speaker as _speaker
from tests.core.suggest_probes import suggested_texts as _suggested
from tests.core.suggest_probes import suggested_types as _types

# --------------------------------------------------------------------------- people


def test_an_occupation_opening_the_sentence_is_no_part_of_the_name() -> None:
    text = "Shopkeeper Nadia Farouk, 41, said the shutters were down by noon."
    assert _suggested(text) == ["Nadia Farouk"]
    text = 'Fisherman Tomas Riera said: "The boats stayed in."'
    assert _speaker(text, "The boats") == "Tomas Riera"


def test_leading_initials_belong_to_the_name() -> None:
    text = "Senior Superintendent of Police R. Devaraj Menon told reporters the road was shut."
    assert "R. Devaraj Menon" in _suggested(text)
    text = 'Kh. Ranjit Meetei, 60, said his shop was looted. "Nothing is left," he said.'
    assert _suggested(text) == ["Kh. Ranjit Meetei"]
    assert _speaker(text, "Nothing is left") == "Kh. Ranjit Meetei"
    # ... but a country's abbreviation is not an initial
    assert "Ravi Kumar" in _suggested("In the U.S. Ravi Kumar said the visa was refused.")


def test_a_title_chain_after_a_place_or_body_leaves_the_name() -> None:
    text = "Garissa County Commissioner Hussein Abdi Dahir told reporters the road was open."
    assert "Hussein Abdi Dahir" in _suggested(text)
    text = "Energy Cabinet Secretary Grace Njeri Mutua said prices would fall."
    assert "Grace Njeri Mutua" in _suggested(text)


def test_the_place_a_title_is_of_is_no_part_of_the_name() -> None:
    text = "Deputy Governor of Kaduna Aminu Bello Sani appealed for calm on Sunday."
    assert "Aminu Bello Sani" in _suggested(text)
    assert "Kaduna Aminu Bello Sani" not in _suggested(text)


def test_a_title_and_name_before_a_facility_noun_name_a_place() -> None:
    text = "The wounded were taken to the Queen Rania hospital and to Prince Hamza airport."
    assert _suggested(text) == []
    assert _suggested("Prince Hamza visited the wounded.") == ["Hamza"]


def test_a_first_name_given_alone_in_an_appositive_is_a_person() -> None:
    text = (
        "A nurse who gave only her first name, Leila, said the ward was full. "
        '"We sleep in shifts," she said.'
    )
    assert "Leila" in _suggested(text)
    assert _speaker(text, "We sleep") == "Leila"


# --------------------------------------------------------------------------- organisations


def test_an_acronym_of_the_name_in_another_language_is_still_the_bodys() -> None:
    text = (
        "Fighters of the Kurdistan Free Life Party (PJAK) crossed the border. "
        "The PJAK said two of its members were missing."
    )
    found = _suggested(text)
    assert found[:2] == ["Kurdistan Free Life Party", "PJAK"]
    assert found.count("PJAK") == 2
    # ... in any upper-case letters, and without an organisation word no name is taken
    assert "ÇDK" in _suggested("The Çiya Defence Units (ÇDK) said so.")
    assert _suggested("They met in Stone Town (ZNZ) on Monday.") == []


def test_a_rank_spelled_by_its_acronym_is_no_organisation() -> None:
    text = "Director General of Police (DGP) Anil Varma Rao said the highway was open."
    assert _suggested(text) == ["Anil Varma Rao"]


def test_a_name_with_spanish_particles_is_one_name_with_its_acronym() -> None:
    text = (
        "According to Asociación de Familiares de los Desaparecidos (AFD), a victims' "
        "group, 40 people vanished."
    )
    assert _suggested(text)[:2] == ["Asociación de Familiares de los Desaparecidos", "AFD"]


def test_a_plural_possessive_stays_inside_a_name() -> None:
    text = "The Displaced Persons' Council (DPC) said the camp was full."
    assert _suggested(text)[:2] == ["Displaced Persons' Council", "DPC"]


def test_a_state_force_named_with_rifles_or_gendarmerie_is_the_state() -> None:
    types = _types("A patrol of the Himalayan Rifles and the Royal Gendarmerie arrived.")
    assert types == {"Himalayan Rifles": "state", "Royal Gendarmerie": "state"}


def test_an_undefined_acronym_of_a_name_in_the_text_is_that_body() -> None:
    text = (
        "The Malawi Defence Force sent two companies north. "
        '"We are ready," MDF spokesman Major Ellen Phiri said.'
    )
    types = _types(text)
    assert types["Malawi Defence Force"] == "state"
    assert types["MDF"] == "state"
    assert _speaker(text, "We are ready") == "Ellen Phiri"
    # an acronym that spells nothing named in the text is left alone
    assert "TBC" not in _suggested("The date is TBC, the Malawi Defence Force said.")


def test_a_masthead_where_news_puts_an_outlet_is_media() -> None:
    text = (
        "BUKAVU, Congo (Kivu Wire) - Gunmen attacked a bus. The driver told the Lake Herald "
        "that six men were armed. The Goma Times reported the same."
    )
    types = _types(text)
    assert types["Kivu Wire"] == "media"
    assert types["Lake Herald"] == "media"
    assert types["Goma Times"] == "media"
    assert "Border Post" not in _suggested("Troops reached Kalaya Border Post at night.")


# --------------------------------------------------------------------------- states


def test_a_state_or_its_army_before_its_units_names_no_actor() -> None:
    assert _suggested("A Myanmar junta air strike hit the school.") == []
    assert (
        _suggested("Sudanese army artillery shelled the camp while Nigerian army units moved.")
        == []
    )
    assert _suggested("The Sudanese army said the camp was empty.") == ["Sudanese army"]


def test_a_states_possessive_before_an_agency_or_service_is_the_state_acting() -> None:
    assert _suggested("Peru's electoral commission said the vote would go ahead.") == ["Peru"]
    assert _suggested("Kenya's prison service denied the claim.") == ["Kenya"]
    assert _suggested("Kenya's coast is hot.") == []


def test_a_dateline_in_title_case_with_a_dash_names_a_place() -> None:
    text = "Cúcuta, Colombia – Soldiers guarded the bridge.\n\nColombia said it would send more."
    assert _suggested(text) == ["Colombia"]
    assert text.rindex("Colombia") == suggest(text, gazetteer=load_gazetteer())[0].start


def test_a_state_listed_after_a_place_is_a_place_too() -> None:
    assert _suggested("Strikes hit targets in eastern Syria and Iraq last week.") == []
    assert _suggested("The cocaine is shipped to Europe and the United States.") == []
    assert _suggested("The province borders Iran and Afghanistan.") == []
    # ... but not where the preposition is owed to a speech verb
    assert _suggested("The mayor appealed to France and Germany for help.") == [
        "France",
        "Germany",
    ]


def test_a_capital_as_agent_or_party_to_an_agreement_stands_for_its_government() -> None:
    assert "Nairobi" in _suggested("The governor, who was appointed by Nairobi, resigned.")
    text = "A 2019 deal between Khartoum and the Sudan Liberation Movement collapsed."
    assert "Khartoum" in _suggested(text)
    text = "The talks between Ankara and Damascus stalled."
    assert {"Ankara", "Damascus"} <= set(_suggested(text))
    assert "Baghdad" not in _suggested("The road between Baghdad and Basra was closed.")


def test_an_acronym_in_apposition_names_the_body_described() -> None:
    text = (
        "Peru's migration agency, MIGRAP, said 300 people crossed on Sunday. "
        '"The border is open," the agency said. MIGRAP later withdrew the figure.'
    )
    types = _types(text)
    assert types["MIGRAP"] == "state"
    assert _suggested(text).count("MIGRAP") == 2
    assert _speaker(text, "The border is open") == "MIGRAP"
    types = _types("The rights group, PRODH, said the men were detained.")
    assert types["PRODH"] == "organisation"


def test_the_government_as_subject_is_the_state_not_its_army_named_before() -> None:
    text = (
        "Peru extended the curfew on Monday. The Peruvian army has guarded the mines since "
        'May, when the government declared a "state of siege" in the region.'
    )
    assert _speaker(text, "state of siege") == "Peru"


def test_a_regional_seat_of_government_stands_for_it_only_where_a_government_can() -> None:
    assert "Hargeisa" in _suggested("Hargeisa rejected the port deal on Monday.")
    assert "Hargeisa" in _suggested("The minister, appointed by Hargeisa, resigned.")
    assert _suggested("She studied law in Hargeisa before the war.") == []


def test_armed_groups_are_found_in_the_spellings_wires_use() -> None:
    assert _suggested("Suspected al-Shabab militants attacked the convoy.") == ["al-Shabab"]
    text = "Members of Los Choneros and the Tren de Aragua were arrested."
    assert _types(text) == {"Los Choneros": "armed group", "Tren de Aragua": "armed group"}


def test_a_titled_person_before_a_possessive_and_a_body_is_the_person_alone() -> None:
    text = "Fighters loyal to commander Adan Warsame's Jubaland Defence Force advanced."
    assert "Adan Warsame" in _suggested(text)
    text = "General Musa Kabiru's Eastern Command denied it."
    assert "Musa Kabiru" in _suggested(text)


def test_a_state_possessive_makes_its_named_body_the_states() -> None:
    text = (
        "Somalia's National Crisis Cell said the road was closed. "
        'In a statement, the cell said: "Travel is suspended."'
    )
    types = _types(text)
    assert types["Somalia"] == "state"
    assert types["National Crisis Cell"] == "state"
    assert _speaker(text, "Travel is suspended") == "National Crisis Cell"


def test_a_description_by_a_name_noun_needs_a_body_whose_name_holds_it() -> None:
    text = 'The UN said aid was blocked. In a statement, the tribunal said: "We have no access."'
    assert _speaker(text, "We have no access") is None


def test_a_state_after_its_government_or_leadership_of_is_the_state_acting() -> None:
    assert _suggested("The government of Sudan said it would attend.") == ["Sudan"]
    assert "Armenia" in _suggested("He blamed the leadership of Armenia for the clash.")
    assert _suggested("The capital of Sudan is Khartoum.") == []


# --------------------------------------------------------------------------- speakers


def test_an_unnamed_speaker_with_a_relative_clause_gives_no_speaker() -> None:
    text = (
        "Major Tomas Ilunga commands the post. "
        '"We were outnumbered," a soldier who survived the raid told reporters.'
    )
    assert _speaker(text, "We were outnumbered") is None


def test_unnamed_plural_sources_give_no_speaker_whatever_they_are_close_to() -> None:
    text = (
        "The Houthis have not commented. "
        'Sources close to the group said the commander was "alive and well".'
    )
    assert _speaker(text, "alive and well") is None
    text = 'Two senior officials in the army said the base was "fully evacuated".'
    assert _speaker(text, "fully evacuated") is None


def test_a_name_after_any_speech_verb_is_the_speaker() -> None:
    text = '"We want talks," said Nadia Karimi. "We want guarantees," replied Omar Farouk.'
    assert _speaker(text, "We want guarantees") == "Omar Farouk"


def test_quoted_as_saying_attributes_to_the_person_quoted() -> None:
    text = 'Karim Mansour was quoted by state media as saying: "The offensive has begun."'
    assert _speaker(text, "The offensive") == "Karim Mansour"


def test_a_given_name_opening_a_sentence_with_an_age_or_who_clause_is_a_person() -> None:
    text = "Grace, who asked that her surname not be used, said the soldiers beat her."
    assert _suggested(text) == ["Grace"]
    assert _suggested("Karim, 19, said he ran.") == ["Karim"]
    # ... not a plural, a place or a nationality
    assert _suggested("Officials, who declined to be named, said the road was shut.") == []
    assert _suggested("Somali, who was born here, spoke.") == []


def test_a_month_inside_a_name_is_part_of_the_name() -> None:
    assert _suggested("Daw Aye Aye Mar, 67, said she had nowhere to go.") == ["Daw Aye Aye Mar"]


def test_a_role_after_a_possessive_names_the_person_apposed() -> None:
    text = "The group's deputy leader, Hamza Idrissi, appeared in a video."
    assert _suggested(text) == ["Hamza Idrissi"]


def test_capitals_acting_together_stand_for_their_governments() -> None:
    assert _suggested("Hanoi and Manila traded accusations after the collision.") == [
        "Hanoi",
        "Manila",
    ]
    assert "Kigali" in _suggested("Kigali suspended aid to the region.")


def test_a_civil_body_named_with_what_it_is_is_an_organisation() -> None:
    text = (
        '"Abductions have doubled," the Lake Chad Observatory, a research group, said. '
        "The Lake Chad Observatory counted 200 cases."
    )
    types = _types(text)
    assert types == {"Lake Chad Observatory": "organisation"}
    assert _suggested(text).count("Lake Chad Observatory") == 2
    assert _speaker(text, "Abductions") == "Lake Chad Observatory"
    # ... but a person described by a role stays a person
    assert _types("Amina Diallo, a research coordinator, said so.") == {"Amina Diallo": "person"}


def test_a_body_before_a_title_and_a_name_is_no_organisation() -> None:
    text = 'Police Superintendent Ravi Menon said: "We are searching the forest."'
    assert _suggested(text) == ["Ravi Menon"]
    assert _speaker(text, "We are searching") == "Ravi Menon"


def test_a_person_of_a_body_after_a_speech_verb_is_two_actors() -> None:
    text = '"It is a disaster," added Yara Khoury of the Lebanese Red Cross.'
    assert _suggested(text) == ["Yara Khoury", "Lebanese Red Cross"]
    assert _speaker(text, "It is a disaster") == "Yara Khoury"


def test_said_the_role_takes_the_person_named_with_that_role() -> None:
    text = 'The doctor, Noura Salem, treated 30 patients. "Most had burns," said the doctor.'
    assert _speaker(text, "Most had burns") == "Noura Salem"


def test_a_rival_apposed_and_a_verb_of_disagreement_introduce_a_speaker() -> None:
    text = (
        '"We are ready to talk," Peter Okello told reporters. But his rival, Mary Atim, '
        'disagreed: "Talks have failed before."'
    )
    assert _speaker(text, "Talks have failed") == "Mary Atim"


def test_a_states_possessive_is_never_inside_a_persons_name() -> None:
    text = "Iran's Revolutionary Guards said they had seized a tanker."
    assert _types(text) == {"Iran": "state", "Revolutionary Guards": "state"}


def test_a_listed_group_after_a_states_possessive_keeps_its_listed_type() -> None:
    # (the state's possessive before a group that is not its body places, as
    # "Afghanistan's Taliban" does)
    assert _types("Russia's Wagner Group left Bangui.") == {"Wagner Group": "armed group"}


def test_one_of_a_group_named_in_apposition_is_the_speaker() -> None:
    text = '"We will march again," said one of the organisers, Ahmed Saleh.'
    assert _speaker(text, "We will march") == "Ahmed Saleh"


def test_quoted_as_saying_after_the_quote_takes_the_person_quoted() -> None:
    text = (
        '"The operation succeeded," the Houthi-run Saba news agency quoted Yahya Qasim as saying.'
    )
    assert _speaker(text, "The operation") == "Yahya Qasim"
    text = (
        "Musa Kamara, the district chief, was at the scene. "
        '"They came at night," the ministry quoted him as saying.'
    )
    assert _speaker(text, "They came") == "Musa Kamara"


def test_a_preposition_before_a_name_after_the_verb_makes_it_someone_else() -> None:
    text = 'Ali Musa was detained. "He is innocent," said the lawyer for Ali Musa.'
    assert _speaker(text, "He is innocent") is None


def test_an_unnamed_official_of_a_named_body_gives_no_speaker() -> None:
    text = '"It is chaos," a UN official in Juba said, speaking on condition of anonymity.'
    assert _speaker(text, "It is chaos") is None


def test_a_full_name_whose_surname_speaks_alone_is_a_person() -> None:
    text = (
        "Nkosana Dube and Thandi Mokoena both spoke at the rally. "
        '"We are tired," Dube said. "So are we," Mokoena replied.'
    )
    assert _types(text) == {
        "Nkosana Dube": "person",
        "Thandi Mokoena": "person",
        "Dube": "person",
        "Mokoena": "person",
    }
    assert _speaker(text, "So are we") == "Mokoena"
    assert _suggested("Kofi, 19, said he ran.") == ["Kofi"]


def test_a_description_takes_the_body_whose_name_holds_it_over_a_nearer_one() -> None:
    text = (
        "The Armenian Defence Ministry accused Azerbaijan of provocation. "
        '"Our units responded," the ministry said.'
    )
    assert _speaker(text, "Our units") == "Armenian Defence Ministry"
    # ... and the bracketed acronym right after that name, the nearer mention of it
    text = (
        "The United Nations Mission in South Sudan (UNMISS) sent a patrol, and Uganda "
        'offered help. "Civilians must be protected," the mission said.'
    )
    assert _speaker(text, "Civilians must") == "UNMISS"


def test_a_statement_posted_online_is_no_verb_of_its_own() -> None:
    text = (
        "JNIM, al-Qaeda's Sahel affiliate, said in a statement posted on its website that "
        'its fighters had attacked "a militia position" near the town.'
    )
    assert _speaker(text, "a militia position") == "JNIM"


def test_a_headline_ending_in_a_speech_verb_names_no_dateline_person() -> None:
    text = (
        "Strike on school kills 12, civil defence says\n\nDeir el-Balah, Gaza Strip – A strike hit."
    )
    assert "Deir el-Balah" not in _suggested(text)


def test_a_listed_group_after_a_states_possessive_leaves_the_state_a_place() -> None:
    text = "Colombia's National Liberation Army guerrillas freed seven hostages."
    assert _types(text) == {"National Liberation Army": "armed group"}
    assert _types("Kenya's Defence Forces said so.")["Kenya"] == "state"


def test_an_acronym_definition_of_a_listed_name_keeps_its_listed_type() -> None:
    text = "Dissidents of the former Revolutionary Armed Forces of Colombia (FARC) attacked."
    types = _types(text)
    assert types["Revolutionary Armed Forces of Colombia"] == "armed group"
    assert types["FARC"] == "armed group"


def test_an_ombudsman_is_a_title() -> None:
    text = '"All of them are in good health," Ombudsman Carmen Elisa Duarte said on X.'
    assert _speaker(text, "All of them") == "Carmen Elisa Duarte"


# ------------------------------------------------- from the unseen-by-these-rules 67-72


def test_states_where_borders_meet_are_places() -> None:
    text = "Attacks spread to the area where Benin, Togo and Burkina Faso meet."
    assert _suggested(text) == []
    assert _suggested("Benin said it would send troops where the borders meet.") == ["Benin"]


def test_a_state_reached_or_entered_and_its_people_are_places() -> None:
    assert _suggested("About 9,000 refugees had reached Uganda since Tuesday.") == []
    # its citizens are a place's people; its soldiers are its agents and tag it (guideline,
    # open point 6 of session 30, which reversed the earlier reading)
    assert _suggested("Gunmen killed 15 Togo citizens near the border.") == []
    assert _suggested("Gunmen killed 15 Togo soldiers near the border.") == ["Togo"]
    assert _suggested("Togo said the attack was repelled.") == ["Togo"]


def test_a_name_that_goes_by_its_first_word_is_a_mention_before_a_speech_verb() -> None:
    text = (
        "The priest, Haile Gebreyes, led the burial. "
        '"They were shot in rows," Haile said. Haile Selassie Avenue was closed.'
    )
    assert _speaker(text, "They were shot") == "Haile"
    assert _suggested(text).count("Haile") == 1


def test_a_regions_government_named_by_the_region_is_a_state_actor() -> None:
    text = 'The Katsina state government condemned what it called "a cowardly attack".'
    assert _types(text) == {"Katsina state government": "state"}
    assert _speaker(text, "a cowardly attack") == "Katsina state government"
    assert _suggested("The state government said nothing.") == []


def test_the_role_of_a_place_then_its_holder_after_a_comma_is_the_speaker() -> None:
    text = '"Nobody sleeps at home," said the mayor of Malanville, Issa Gado Bako.'
    assert _suggested(text) == ["Issa Gado Bako"]
    assert _speaker(text, "Nobody sleeps") == "Issa Gado Bako"


def test_an_alias_aside_names_the_same_speaker_nearest_last() -> None:
    text = (
        "The Pakistani Taliban, also known as Tehrik-i-Taliban Pakistan or TTP, said it "
        '"has never attacked worshippers".'
    )
    assert _speaker(text, "has never") == "TTP"


def test_ethiopian_federal_forces_are_a_state_body() -> None:
    assert _types("Ethiopian federal forces withdrew from the town.") == {
        "Ethiopian federal forces": "state"
    }


def test_a_title_case_headline_names_no_organisation_by_its_capitals() -> None:
    text = "Gunmen Storm Police Station In Northern Town, Officials Say\n\nThe attack was brief."
    assert _suggested(text) == []


def test_a_police_station_or_army_base_is_a_place() -> None:
    assert _suggested("Gunmen attacked the Central Police Station in Zaria.") == []
    assert _suggested("Shells fell on the Kindu Army Base overnight.") == []


def test_a_surname_inside_another_capitalised_name_is_not_that_person() -> None:
    text = (
        '"Every party knows this," said Amina Bello, who teaches at Ahmadu Bello '
        "University. Bello Street was closed."
    )
    # (the university is an organisation of its own, never the person's surname mention)
    assert _suggested(text) == ["Amina Bello", "Ahmadu Bello University"]


def test_source_credits_follow_lines_and_rules_end_the_article_as_furniture() -> None:
    from annotator.core.boilerplate import boilerplate_ranges

    body = 'Soldiers patrolled the streets, the army said. "It is calm," said Ana Ruiz.'
    tail = (
        "\n\nSource: Kivu Wire and news agencies\n\nListen to this story\n"
        "Follow Kivu Wire on X and Instagram\n__\nFollow Kivu Wire's coverage of Congo"
    )
    text = body + tail
    ranges = boilerplate_ranges(text)
    assert ranges == [(text.index("Source:"), len(text))]
    assert "Kivu Wire" not in _suggested(text)


def test_the_role_for_a_place_then_its_holder_is_a_person() -> None:
    text = (
        "The United Nations' humanitarian coordinator for Ukraine, Denise Marchal, condemned "
        'the strike. "Attacks on civilians must stop," she said.'
    )
    assert "Denise Marchal" in _suggested(text)
    assert _speaker(text, "Attacks on civilians") == "Denise Marchal"


def test_a_capital_that_remains_open_to_talks_is_its_government() -> None:
    assert "Moscow" in _suggested("He said Moscow remained open to talks.")


def test_a_description_opening_the_clause_before_a_quote_is_its_speaker() -> None:
    text = (
        "The Emergency Lawyers, a group that tracks abuses, accused the RSF. The RSF did not "
        "respond. The group has previously denied targeting civilians and blamed such "
        'attacks on "rogue elements".'
    )
    assert _speaker(text, "rogue elements") == "RSF"
    text = (
        "Ana Ruiz, 45, runs the shelter. She has repeatedly warned of cuts and called "
        "them "
        '"a death sentence".'
    )
    assert _speaker(text, "a death sentence") == "Ana Ruiz"


def test_the_un_spelled_with_full_stops_is_an_organisation() -> None:
    assert _types("The U.N. says 12 million people have fled.") == {"U.N.": "organisation"}


def test_a_full_name_in_the_possessive_whose_surname_speaks_is_a_person() -> None:
    text = 'Fatou Ndiaye\'s husband was killed. "I have nothing left," Ndiaye said.'
    assert _types(text) == {"Fatou Ndiaye": "person", "Ndiaye": "person"}
    assert _speaker(text, "I have nothing") == "Ndiaye"


def test_executive_coach_and_editor_are_titles_before_a_name() -> None:
    text = 'Acme Chief Executive Dana Whitfield said demand was "strong".'
    assert _speaker(text, "strong") == "Dana Whitfield"
    assert _suggested('Coach Erik Lund said: "We deserved it."') == ["Erik Lund"]


def test_a_person_introduced_as_a_son_is_no_she() -> None:
    text = 'Olga Petrenko\'s son, Pavel, was killed at the front. "He was 19," she said.'
    assert "Olga Petrenko" in _suggested(text)
    assert _speaker(text, "He was 19") == "Olga Petrenko"
    text = 'Olga Petrenko\'s son, Pavel, came home. "I am alive," he said.'
    assert _speaker(text, "I am alive") == "Pavel"
