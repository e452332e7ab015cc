"""Rules generalised from the misses on development articles 108-114 (issue 15):
speakers by the grammar of attribution, and the ACTOR mentions they depend on.

Each test states one general form with sentences written for the test
(invented people and events; real states, capitals and groups), never the
articles' own sentences.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker as _speaker
from tests.core.suggest_probes import suggested_texts as _suggested
from tests.core.suggest_probes import suggested_types as _types

# ------------------------------------------------- "it said" after a body's sentence


def test_it_said_is_the_body_that_opens_the_sentence_before() -> None:
    text = (
        "Georgia's interior ministry gave a different account of the clash with "
        "Amnesty International observers. It said the police had been "
        '"attacked first" by the crowd.'
    )
    assert _speaker(text, "attacked first") == "Georgia"


def test_it_said_after_a_described_body_is_the_state_that_owns_it() -> None:
    text = (
        "Reporters met officials of Sudan's army in Port Sudan, and the Red Cross sent a "
        "team. The army's media office said the road was open. It said convoys would move "
        '"under full protection".'
    )
    assert _speaker(text, "under full protection") == "Sudan"


def test_it_said_still_takes_the_nearest_group_when_the_sentence_before_has_no_body() -> None:
    text = (
        "The Tuareg rebels of the FLA took the well on Monday. Fighting went on all night. "
        'It said it had "no intention" of leaving.'
    )
    assert _speaker(text, "no intention") == "FLA"


# ------------------------------------------------ a body's unit speaks for the body


def test_the_juntas_information_team_said_is_the_state_of_the_junta() -> None:
    text = (
        "Fighting spread near Mandalay, where Myanmar's junta has lost several towns to "
        "the Ta'ang National Liberation Army.\n\n"
        "The junta's information team said its troops had "
        '"cleared" two villages.'
    )
    assert _speaker(text, "cleared") == "Myanmar"


def test_the_regime_said_is_the_state_whose_regime_was_named() -> None:
    text = (
        "Syria's regime lost control of the crossing to Hayat Tahrir al-Sham, and Turkey "
        "closed its side.\n\n"
        '"The crossing will reopen within days," the regime said.'
    )
    assert _speaker(text, "The crossing will reopen") == "Syria"


def test_the_armys_press_service_said_after_the_quote_is_the_army() -> None:
    text = (
        "Nigerian Army units moved into the forest on Friday.\n\n"
        '"Several camps were destroyed," the army\'s press service said.'
    )
    assert _speaker(text, "Several camps") == "Nigerian Army"


def test_the_armys_spokesman_is_still_a_person_not_the_army() -> None:
    text = (
        "Nigerian Army units moved into the forest on Friday.\n\n"
        '"Several camps were destroyed," the army\'s spokesman said.'
    )
    assert _speaker(text, "Several camps") is None


# ------------------------------------------------------ people left unnamed


def test_a_pronoun_after_one_of_them_introduced_unnamed_has_no_speaker() -> None:
    text = (
        "Hassan Omar, the camp's chairman, counted the new families. One of them, a "
        "widow from Baidoa, says she walked for nine days.\n\n"
        '"We ate leaves on the road," she says.'
    )
    assert _speaker(text, "We ate leaves") is None


def test_a_pronoun_after_but_a_man_who_says_has_no_speaker() -> None:
    text = (
        "Lina Haddad runs the shelter. But a man who says he guards the gate insists "
        "nobody is turned away.\n\n"
        '"Every night we open the door," he says.'
    )
    assert _speaker(text, "Every night we open") is None


def test_a_pronoun_after_an_anonymous_leader_has_no_speaker() -> None:
    text = (
        "Mariam Touré, a nurse, described the clinic. A village chief, who spoke on "
        "condition of anonymity, said the fighters came at dusk.\n\n"
        '"They take what they want," he said.'
    )
    assert _speaker(text, "They take what they want") is None


def test_a_pronoun_after_someone_who_gave_only_a_nickname_has_no_speaker() -> None:
    text = (
        "Colonel Ruslan Petrenko showed the trenches. A young gunner, who gave only his "
        "nickname, said he had not slept for two days.\n\n"
        '"You stop feeling the cold," he said.'
    )
    assert _speaker(text, "You stop feeling") is None


def test_a_named_pronoun_speaker_still_speaks_when_nobody_unnamed_came_since() -> None:
    text = (
        "Lina Haddad runs the shelter on the edge of the town.\n\n"
        '"Every night we open the door," she says.'
    )
    assert _speaker(text, "Every night we open") == "Lina Haddad"


# -------------------------------------------------- verbs that judge aloud


def test_a_capital_that_denounced_a_move_as_a_partial_quote_said_it() -> None:
    text = (
        "Addis Ababa signed the port deal in January, a step that Mogadishu denounced as "
        '"a violation of our sovereignty".'
    )
    assert _speaker(text, "a violation of our sovereignty") == "Mogadishu"


def test_a_group_that_branded_the_vote_a_partial_quote_said_it() -> None:
    text = 'Hamas branded the decision "a crime against our people".'
    assert _speaker(text, "a crime against") == "Hamas"


# ------------------------------------------------------------ statements and notes


def test_the_statement_said_is_the_body_that_issued_it_past_a_relative_clause() -> None:
    text = (
        "Kenya's foreign ministry, which had said nothing for a week and has close ties "
        "with the Ethiopian army, issued a short statement on Sunday.\n\n"
        '"Our forces will hold the port," the statement said.'
    )
    assert _speaker(text, "Our forces will hold") == "Kenya"


def test_the_note_said_is_the_body_described_after_in_a_press_note() -> None:
    text = (
        "The National Liberation Army (ELN) denied the attack. In a press note, the "
        "rebel army's western front said its units had not left the mountains.\n\n"
        '"We do not attack schools," the note said.'
    )
    assert _speaker(text, "We do not attack schools") == "ELN"


def test_the_note_said_is_the_body_named_after_in_a_press_note() -> None:
    text = (
        "In a press note, Amnesty International said six detainees had been released.\n\n"
        '"Others remain in secret detention," the note said.'
    )
    assert _speaker(text, "Others remain") == "Amnesty International"


# ------------------------------------------------ ranks and offices abbreviated


def test_a_surname_after_an_abbreviated_rank_is_the_person_named_before() -> None:
    text = (
        "Deputy Inspector General Kamlesh Verma led the search. On Monday DIG Verma "
        "told reporters the forest had been combed."
    )
    assert _speaker(text + ' "Nothing was found," the DIG said.', "Nothing was found") == ("Verma")


def test_the_abbreviated_rank_said_is_nobody_when_no_name_carried_it() -> None:
    text = (
        "Deputy Inspector General Kamlesh Verma led the search.\n\n"
        '"Nothing was found," the SP said.'
    )
    assert _speaker(text, "Nothing was found") is None


# ------------------------------------------- administrations that act as states


def test_a_de_facto_state_acts_like_a_listed_state() -> None:
    text = (
        "Somaliland accused Mogadishu of arming the clan militias. Traders in Somaliland "
        "said the border was closed."
    )
    assert _suggested(text).count("Somaliland") == 1


def test_a_de_facto_states_troops_tag_it_like_any_states() -> None:
    # a state's name before its agents is tagged (guideline, open point 6 of session 30,
    # which reversed the earlier reading: "Somaliland troops" in 113 was corrected)
    assert "Somaliland" in _suggested("Somaliland troops guarded the bridge at dawn.")
    assert "Somaliland" not in _suggested("Somaliland nationals crossed the bridge at dawn.")


def test_a_state_named_before_administration_is_one_state_span() -> None:
    text = "Forces loyal to the SSC-Khatumo administration took the ridge on Monday."
    assert _types(text).get("SSC-Khatumo administration") == "state"


def test_a_states_possessive_administration_makes_it_act() -> None:
    text = "Kenya's administration rejected the claims of the opposition on Monday."
    assert _types(text).get("Kenya") == "state"


def test_the_speaker_of_it_said_is_the_de_facto_state_whose_ministry_spoke_before() -> None:
    text = (
        "Somaliland's interior ministry gave its own account to Reuters. It said the "
        'militias had "attacked a police post".'
    )
    assert _speaker(text, "attacked a police post") == "Somaliland"


# ---------------------------------------------------------- two voices in turn


def test_she_after_a_turn_tagged_by_name_is_the_other_voice_the_text_calls_she() -> None:
    text = (
        "The volunteers Olena Marchuk and her partner Petro Savchuk load the van.\n\n"
        '"We leave before dawn," Marchuk said.\n\n'
        '"Before the drones wake up," Savchuk added.\n\n'
        '"And we come back after dark," she said.'
    )
    assert _speaker(text, "And we come back") == "Marchuk"


def test_he_said_she_teaches_a_persons_gender_to_a_later_dialogue() -> None:
    text = (
        "Amina Yusuf said she had run the kitchen for a year. Ali Bako helps her.\n\n"
        '"We cook for four hundred," Yusuf said.\n\n'
        '"Sometimes five hundred," Bako said.\n\n'
        '"Never enough," she said.'
    )
    assert _speaker(text, "Never enough") == "Yusuf"


def test_she_after_a_named_turn_stays_with_that_person_when_nobody_is_known_as_she() -> None:
    text = (
        "Kim Ortiz and Sam Reyes run the shelter.\n\n"
        '"We open at six," Ortiz said.\n\n'
        '"And close at ten," Reyes said.\n\n'
        '"Sometimes later," she said.'
    )
    assert _speaker(text, "Sometimes later") == "Reyes"


# ----------------------------------------------------- a person by given name


def test_a_given_name_as_a_clause_subject_after_an_opening_phrase_is_the_person() -> None:
    text = (
        "Somchai Wongsa, a rubber tapper, lost his brother to a roadside bomb in 2019.\n\n"
        "Back at home, Somchai listens to the radio every evening. "
        '"Peace is far away," he says.'
    )
    assert "Somchai" in _suggested(text)
    assert _speaker(text, "Peace is far away") == "Somchai"


def test_a_given_name_not_opening_a_clause_is_left_alone() -> None:
    text = (
        "Somchai Wongsa, a rubber tapper, sells his latex in town.\n\n"
        "The Somchai family owns the shop."
    )
    assert _suggested(text).count("Somchai") == 0


# ------------------------------------------------------ peoples are not people


def test_a_peoples_name_before_armed_groups_or_refugees_is_no_person() -> None:
    text = (
        "Fighting between rival Uyghur armed groups spread on Monday. More than a "
        "thousand Uyghur refugees crossed the border."
    )
    assert "Uyghur" not in _suggested(text)


def test_a_language_coordinated_with_a_nationality_is_no_speaking_surname() -> None:
    text = (
        'A notice in Thai and Malay asks drivers to "slow down near the school". '
        "Every Malay speaker in the town can read it."
    )
    assert "Malay" not in _suggested(text)
    assert _speaker(text, "slow down near") is None


def test_a_surname_that_speaks_after_a_given_name_and_and_is_still_a_person() -> None:
    text = "Nkosana Dube and Thandi Mokoena spoke at the vigil. Later Ahmed and Dube said so."
    assert "Nkosana Dube" in _suggested(text)


def test_a_member_described_by_a_named_body_speaks_unnamed() -> None:
    text = (
        "A senior Hezbollah commander, speaking on condition of anonymity, said: "
        '"We will answer at the time we choose."'
    )
    assert _speaker(text, "We will answer") is None


def test_a_spokesman_described_by_a_named_body_still_speaks_for_it() -> None:
    text = 'A Hezbollah spokesman said: "We will answer at the time we choose."'
    assert _speaker(text, "We will answer") == "Hezbollah"


def test_an_outlet_a_group_speaks_through_is_not_the_speaker() -> None:
    text = (
        "Al-Shabaab claimed the ambush through its Radio Andalus station, saying: "
        '"Our fighters took the base."'
    )
    assert _speaker(text, "Our fighters took") == "Al-Shabaab"


# ---------------------------------------------------- acronyms in mixed case


def test_a_mixed_case_acronym_is_spelled_by_its_capitals() -> None:
    text = (
        "Officers of the Rapid Action Battalion (RABn) raided the camp. The RABn said "
        "four men were held."
    )
    found = _types(text)
    assert found.get("Rapid Action Battalion") == "state"
    assert _suggested(text).count("RABn") == 2


def test_an_acronym_written_as_a_word_after_its_organisation_name() -> None:
    text = (
        "The talks were hosted by the Southern African Development Community (Sadc). "
        "Sadc envoys flew in on Monday."
    )
    assert "Southern African Development Community" in _suggested(text)
    assert "Sadc" in _suggested(text)


def test_a_place_in_brackets_after_a_place_is_no_acronym() -> None:
    text = "Fighting went on in Bunia (Ituri) and in Kalemie (Tanganyika) all week."
    assert _suggested(text) == []


# ------------------------------------------ a post's place before a title chain


def test_a_name_after_a_place_and_a_title_chain_holding_of_is_the_person() -> None:
    text = "Sukma Superintendent of Police Kiran Chavan said two rifles were recovered."
    assert _types(text) == {"Kiran Chavan": "person"}


def test_a_body_named_of_a_place_is_still_a_body() -> None:
    text = "The Ministry of Defence said two rifles were recovered."
    assert _types(text) == {"Ministry of Defence": "state"}


# -------------------------------------------------------- people in the credits


def test_the_names_of_a_wire_reports_credit_line_are_no_actors() -> None:
    text = (
        "Ukrainian officials said three people were hurt in Sumy.\n\n"
        "Reporting by Marta Horbach and Ivan Pryima; Additional reporting by Olga "
        "Lysenko; Editing by Sara Kemp"
    )
    assert _suggested(text) == []


def test_a_person_after_by_in_a_sentence_is_still_a_person() -> None:
    text = "The mine was cleared by Marta Horbach, a deminer, on Monday."
    assert _types(text) == {"Marta Horbach": "person"}


def test_a_somali_member_states_possessive_minister_makes_it_act() -> None:
    text = "Jubaland's security minister accused Mogadishu of sending troops to Gedo."
    assert _types(text) == {"Jubaland": "state", "Mogadishu": "state"}


# ------------------------------------------------- more forms of the attribution


def test_a_given_name_ending_like_a_nationality_still_opens_a_persons_sentence() -> None:
    text = 'Hani Barre lost two sons in the blast. "It was a massacre," he said.'
    assert _speaker(text, "It was a massacre") == "Hani Barre"


def test_a_lone_surname_after_the_verb_that_closes_a_quote_names_the_person() -> None:
    text = (
        "Fatuma Warsame runs the only pharmacy in the town.\n\n"
        '"We have no insulin left," added Warsame.'
    )
    assert "Fatuma Warsame" in _suggested(text)
    assert _speaker(text, "We have no insulin") == "Warsame"


def test_he_continued_carries_the_speaker_on() -> None:
    text = (
        'Omar Barre lost two sons in the blast. "It was a massacre," he continued, '
        '"and nobody came."'
    )
    assert _speaker(text, "and nobody came") == "Omar Barre"


def test_a_states_minister_unnamed_is_no_speaker_and_not_the_state() -> None:
    text = '"The port is open," Somalia\'s information minister said.'
    assert _speaker(text, "The port is open") is None


def test_a_states_minister_named_before_with_that_role_speaks() -> None:
    text = (
        "The information minister, Daud Aweis, toured the port on Monday.\n\n"
        '"The port is open," Somalia\'s information minister said.'
    )
    assert _speaker(text, "The port is open") == "Daud Aweis"


def test_the_general_staff_is_no_person_named_general() -> None:
    text = (
        "Ukraine's General Staff reported 40 clashes. "
        '"The situation is tense," the General Staff said.'
    )
    assert "Staff" not in _suggested(text)
    assert _speaker(text, "The situation is tense") == "Ukraine"


def test_a_states_possessive_before_its_named_battalion_or_division_makes_it_act() -> None:
    text = (
        "Bangladesh's Rapid Action Battalion arrested two men, and Syria's Fourth "
        "Division shelled the town."
    )
    found = _types(text)
    assert found.get("Bangladesh") == "state"
    assert found.get("Syria") == "state"


# ------------------------------------------- a colon after a clause with no verb


def test_her_message_was_simple_before_a_colon_is_the_woman_named_before() -> None:
    text = (
        "Rukia Abdi, a widow, stood by the grave. Her message to the government was "
        'simple: "Bring them back."'
    )
    assert _speaker(text, "Bring them back") == "Rukia Abdi"


def test_a_name_after_an_opening_phrase_before_a_verb_and_his_is_a_person() -> None:
    text = (
        'Asked about the attack, Babajide Okon shook his head: "We have lost control of the roads."'
    )
    assert _types(text) == {"Babajide Okon": "person"}
    assert _speaker(text, "We have lost control") == "Babajide Okon"


def test_a_state_before_a_verb_and_her_is_not_made_a_person() -> None:
    text = "After the vote, Ukraine raised her flag over the town hall."
    assert _types(text) == {"Ukraine": "state"}


def test_a_number_sign_ends_a_name() -> None:
    text = "Fighters of the ELN's Company No. 3 and the Workers Union No. 5 were named."
    found = _suggested(text)
    assert "Company No" not in found
    assert "Workers Union" in found


def test_an_outlets_language_service_is_one_media_span() -> None:
    text = "Residents told BBC Somali the town had fallen, and VOA Hausa said the same."
    assert _types(text) == {"BBC Somali": "media", "VOA Hausa": "media"}


def test_an_outlet_before_a_capitalised_word_that_is_no_language_stays_alone() -> None:
    text = "Elders told BBC Monday that the town had fallen."
    assert _types(text) == {"BBC": "media"}


# ------------------------------------------- a description before its colon


def test_the_farmer_said_colon_is_the_person_the_paragraph_before_introduced() -> None:
    text = (
        "Garba Lawan, 45, grows millet near Diffa.\n\n"
        'The farmer said: "We cannot reach our fields."'
    )
    assert _speaker(text, "We cannot reach") == "Garba Lawan"


def test_the_52_year_old_told_an_outlet_colon_is_the_person_named_last() -> None:
    text = 'Ahmed Saleh lost his shop. The 52-year-old told Reuters: "Everything burned."'
    assert _speaker(text, "Everything burned") == "Ahmed Saleh"


def test_a_farmer_introduced_unnamed_before_the_farmer_said_has_no_speaker() -> None:
    text = (
        "Garba Lawan, 45, grows millet near Diffa. A farmer from the next village joined "
        'him.\n\nThe farmer said: "We cannot reach our fields."'
    )
    assert _speaker(text, "We cannot reach") is None


# ---------------------------------------------------- "what X call(s) ..."


def test_in_what_residents_call_a_partial_quote_has_no_named_speaker() -> None:
    text = (
        "Police killed 40 people, according to Human Rights Watch, in what residents call "
        '"Black Tuesday".'
    )
    assert _speaker(text, "Black Tuesday") is None


def test_which_a_named_group_described_as_is_that_groups_words() -> None:
    text = 'The army shelled the camp, which the Arakan Army described as "a war crime".'
    assert _speaker(text, "a war crime") == "Arakan Army"


def test_which_the_group_called_is_the_group_named_before() -> None:
    text = (
        "The Arakan Army lost the hill on Monday. The army shelled the camp, which the "
        'group called "a war crime".'
    )
    assert _speaker(text, "a war crime") == "Arakan Army"


def test_what_it_called_is_still_the_subject_the_pronoun_stands_for() -> None:
    text = 'The Burundian army said it had lost three soldiers to what it called "bandits".'
    assert _speaker(text, "bandits") == "Burundian army"


def test_a_name_after_a_bodys_possessive_in_the_attribution_is_the_speaker() -> None:
    text = '"The wards are full," said MSF\'s Halima Sadiq.'
    assert _types(text) == {"MSF": "organisation", "Halima Sadiq": "person"}
    assert _speaker(text, "The wards are full") == "Halima Sadiq"


def test_a_name_after_a_listed_bodys_possessive_before_a_verb_is_a_person() -> None:
    text = 'Amnesty International\'s Halima Sadiq said: "The wards are full."'
    assert _speaker(text, "The wards are full") == "Halima Sadiq"


def test_two_people_coordinated_before_a_speech_verb_are_both_people() -> None:
    text = "Yusuf Danjuma and Hauwa Sani, both nurses, told AFP the clinic was shut."
    assert _types(text) == {"Yusuf Danjuma": "person", "Hauwa Sani": "person", "AFP": "media"}


def test_two_places_coordinated_before_a_speech_verb_are_not_people() -> None:
    text = "Traders from Lagos and Kano said prices rose again this week."
    assert _types(text) == {}


def test_they_said_after_unnamed_survivors_is_nobody_named() -> None:
    text = 'Two survivors spoke to AFP in Gao. "They burned the market," they said.'
    assert _speaker(text, "They burned the market") is None


def test_it_said_after_unnamed_people_in_the_plural_goes_back_to_the_body() -> None:
    # "it" stands for no plural people: the sentence about two soldiers does not end the
    # search for the body that spoke two sentences before
    text = (
        "The Pakistani army said militants attacked a checkpoint in Noshki on Monday. "
        'Two soldiers were injured.\n\n"The attackers were repulsed," it said.'
    )
    assert _speaker(text, "The attackers were repulsed") == "Pakistani army"
    text = text.replace("it said", "they said")
    assert _speaker(text, "The attackers were repulsed") is None


def test_it_said_after_one_unnamed_source_is_nobody_named() -> None:
    text = (
        "The Red Cross said it had reached the town. A source in the army spoke to AFP."
        '\n\n"The road is closed," it said.'
    )
    assert _speaker(text, "The road is closed") is None


def test_they_said_after_a_named_group_is_the_group() -> None:
    text = 'The M23 spoke to AFP in Goma. "We protect the people," they said.'
    assert _speaker(text, "We protect the people") == "M23"


def test_the_major_said_after_a_quote_is_the_person_named_with_that_rank() -> None:
    text = (
        "Colonel Ahmed Farah said the army had retaken the town. Farah's deputy, Major "
        'Ali Noor, disagreed. "It is not over," the major said.'
    )
    assert _speaker(text, "It is not over") == "Ali Noor"


def test_a_quote_after_a_sentence_opened_by_a_possessive_is_the_person_owned() -> None:
    text = (
        "Colonel Ahmed Farah said the army had retaken the town. Farah's deputy, Major "
        'Ali Noor, shook his head. "It is not over."'
    )
    assert _speaker(text, "It is not over") == "Ali Noor"


def test_sheikh_inside_a_somali_name_is_part_of_the_name() -> None:
    text = '"We will win," President Abdullahi Sheikh Warsame declared in Mogadishu.'
    assert _speaker(text, "We will win") == "Abdullahi Sheikh Warsame"


def test_sheikh_before_a_name_is_still_a_title() -> None:
    text = "Sheikh Ahmed Nur said the mosque would reopen on Friday."
    assert _types(text) == {"Ahmed Nur": "person"}


def test_in_the_words_of_a_person_attributes_like_according_to() -> None:
    text = 'In the words of Halima Sadiq, a teacher in Kassala, "we are forgotten".'
    assert _speaker(text, "we are forgotten") == "Halima Sadiq"


def test_a_person_of_a_place_is_still_no_person_after_of() -> None:
    text = "The people of Kassala Town said they were forgotten."
    assert _types(text) == {}
