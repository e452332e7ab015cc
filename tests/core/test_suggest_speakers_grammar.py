"""Speakers found by the grammar of the attribution (issue 15): the subject of the speech
verb, never a mention inside its object, whichever side of the quote the attribution
stands and whether a state, a body or a person speaks.

Each test states one general form with sentences written for the test (invented people
and events; real states, capitals and groups), never the development articles' own.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker as _speaker

# ------------------------ a verb sharing an earlier verb's subject: not its object's mention


def test_a_verb_coordinated_with_said_takes_the_subject_not_the_state_reported_on() -> None:
    text = (
        "ANKARA (Reuters) - Turkey's defence ministry said Iraq had failed to stop the raids "
        'and called the camps "a nest of terror".'
    )
    assert _speaker(text, "a nest of terror") == "Turkey"


def test_a_coordinated_verb_after_but_takes_the_first_verbs_subject() -> None:
    text = (
        "Kenya's foreign ministry said Somalia had been told of the operation but warned "
        'that its troops would "pursue the militants wherever they hide".'
    )
    assert _speaker(text, "pursue the militants") == "Kenya"


def test_a_participle_after_a_comma_takes_the_main_subject() -> None:
    text = (
        "The Chadian army said Boko Haram fighters had attacked a post near Ngouboua, "
        'saying: "Our soldiers held their ground."'
    )
    assert _speaker(text, "Our soldiers held") == "Chadian army"


def test_a_relative_clause_whose_pronoun_is_the_subject_links_to_that_subject() -> None:
    text = (
        "Colombia's defence ministry said troops had clashed with the Clan del Golfo, "
        'which it described as "the country\'s largest criminal organisation".'
    )
    assert _speaker(text, "the country") == "Colombia"


def test_a_relative_clause_naming_another_actor_still_says_who_named_it() -> None:
    text = (
        "India's army said it had killed two fighters of the Lashkar-e-Taiba, whom it "
        'called "infiltrators from across the line".'
    )
    assert _speaker(text, "infiltrators") == "India"


def test_a_body_named_with_its_acronym_then_a_coordinated_verb_links_the_acronym() -> None:
    # The nearest mention that attributes the quote, as for "The Arakan Army (AA) said".
    text = (
        "The Somali National Army (SNA) overran two villages near Jowhar and called the "
        'operation "the start of the final phase".'
    )
    assert _speaker(text, "the start of") == "SNA"


def test_a_sentence_with_one_subject_and_an_object_state_keeps_the_subject() -> None:
    # The control: one speech verb and its object after it, nothing shared.
    text = 'Russia\'s foreign ministry accused Moldova of "provocations" near Tiraspol.'
    assert _speaker(text, "provocations") == "Russia"


# ------------------------- a relative clause between the subject and its verb, commas and all


def test_a_state_then_a_relative_clause_listing_other_states_speaks_itself() -> None:
    text = (
        "Venezuela, which accuses Colombia, Guyana and the United States of plotting a "
        'blockade, said through its defence ministry that it would "answer any incursion".'
    )
    assert _speaker(text, "answer any incursion") == "Venezuela"


def test_a_possessive_body_then_a_relative_clause_naming_groups_links_the_owner() -> None:
    text = (
        "Burkina Faso's government, which has fought JNIM, Islamic State Sahel Province and "
        'smaller bands since 2015, said in a statement: "The north is secured."'
    )
    assert _speaker(text, "The north is secured") == "Burkina Faso"


def test_a_group_after_an_opening_phrase_then_a_relative_clause_speaks() -> None:
    text = (
        "In a message on its channel, Hayat Tahrir al-Sham, which split from al-Qaeda, "
        'Jabhat al-Nusra and other factions, said: "Our lines are holding."'
    )
    assert _speaker(text, "Our lines are holding") == "Hayat Tahrir al-Sham"


def test_a_relative_clause_naming_an_unnamed_subject_gives_the_speaker() -> None:
    # The subject is "a captain"; the body is inside its description and the relative
    # clause names him.
    text = (
        "A captain of the Kenya Defence Forces' 7th Battalion, who goes by the name Peter "
        'Otieno Wekesa, told reporters that his unit would "stay until the road is safe".'
    )
    assert _speaker(text, "stay until the road") == "Peter Otieno Wekesa"


# ----------------------------- a spokesman: the person when named, else the body he speaks for


def test_an_unnamed_spokesman_of_a_states_ministry_speaks_for_the_state() -> None:
    text = (
        "Police fired tear gas at marchers in Caracas. Venezuela's interior ministry "
        'spokesman said: "Order was restored within the hour."'
    )
    assert _speaker(text, "Order was restored") == "Venezuela"


def test_an_unnamed_spokeswoman_after_the_quote_speaks_for_the_state() -> None:
    text = '"No soldier crossed the river," Ethiopia\'s government spokeswoman said on Friday.'
    assert _speaker(text, "No soldier crossed") == "Ethiopia"


def test_a_spokesman_named_before_is_the_one_who_speaks_again() -> None:
    text = (
        "Pakistan's foreign ministry spokesman, Tahir Mahmood Qureshi, said the border "
        "was shut. Later Pakistan's foreign ministry spokesman said: "
        '"It will reopen when the attacks stop."'
    )
    assert _speaker(text, "It will reopen") == "Tahir Mahmood Qureshi"


def test_an_unnamed_minister_is_still_nobody_named() -> None:
    # A minister is a person, not the state's voice: no speaker when no one was named so.
    text = 'Somalia\'s information minister said: "The port is under government control."'
    assert _speaker(text, "The port is") is None


def test_according_to_a_role_then_its_holder_in_apposition_links_the_holder() -> None:
    text = (
        "According to Kenya's police spokesman, Resila Wanjiru Onyango, "
        '"the attackers crossed from Somalia at night".'
    )
    assert _speaker(text, "the attackers crossed") == "Resila Wanjiru Onyango"


def test_according_to_after_the_quote_with_a_role_then_its_holder_links_the_holder() -> None:
    text = (
        '"Six villages were emptied," according to Mozambique\'s army spokesman, '
        "Colonel Omar Saranga."
    )
    assert _speaker(text, "Six villages") == "Omar Saranga"


# ------------------------- a quote set inside its sentence: what runs on is no attribution


def test_words_running_on_after_a_partial_quote_do_not_attribute_it() -> None:
    text = (
        'The World Food Programme said it was "gravely concerned" about the looting of its '
        "warehouses in Kassala, and the Sudanese Red Crescent said two volunteers were missing."
    )
    assert _speaker(text, "gravely concerned") == "World Food Programme"


def test_an_attribution_after_a_comma_still_follows_the_quote() -> None:
    text = (
        'Shelling resumed in Kassala. "The warehouses were emptied in one night," the '
        "World Food Programme said in a statement."
    )
    assert _speaker(text, "The warehouses") == "World Food Programme"


# ----------------------- "said the <description>, who ...": the person named before so described


def test_said_the_aged_description_with_a_relative_clause_links_the_person_named_before() -> None:
    text = (
        "At the bus station in Gao, Oumar Maiga Touré, 61, loads sacks of millet onto a lorry."
        "\n\n"
        '"The road to Ansongo has been cut for a month," says the 61-year-old driver, who has '
        "crossed the Sahel for three decades."
    )
    assert _speaker(text, "The road to Ansongo") == "Oumar Maiga Touré"


def test_said_the_role_with_a_relative_clause_links_the_person_with_that_role() -> None:
    text = (
        "Nurse Fatouma Cissé counts the beds in the ward. "
        '"We have twelve and forty patients," said the nurse, who has worked in Ménaka since 2019.'
    )
    assert _speaker(text, "We have twelve") == "Fatouma Cissé"


def test_said_the_description_of_someone_unnamed_links_nobody() -> None:
    text = (
        "Oumar Maiga Touré runs the bus station in Gao. "
        '"They took my brother," said the man, who asked not to be named for his safety.'
    )
    assert _speaker(text, "They took my brother") is None


# ------------------ "he said" after a sentence about someone described: that one, named or not


def test_he_after_a_sentence_about_an_unnamed_guard_links_nobody() -> None:
    text = (
        "Yusuf Adam Kombo, who chairs the market committee, said trade had halved. "
        '"Nobody buys," Kombo said.\n\n'
        "Oxfam said in a report that food prices had tripled since March.\n\n"
        'Outside the depot, the guard checks each lorry twice. "We were robbed in May," he '
        'said. "Now everyone is a suspect."'
    )
    assert _speaker(text, "We were robbed") is None
    assert _speaker(text, "Now everyone") is None


def test_she_after_a_sentence_about_the_nurse_named_before_links_her() -> None:
    text = (
        "Nurse Khadija Osman Farah runs the only clinic in Dollow.\n\n"
        "Supplies stopped in June. In the ward, the nurse counts the last vials. "
        '"We have enough for a week," she said.'
    )
    assert _speaker(text, "We have enough") == "Khadija Osman Farah"


# ------------------------------------------- pronouns after auxiliaries, joint subjects, statements


def test_it_with_auxiliaries_before_the_verb_is_the_group_the_sentence_before_is_about() -> None:
    text = (
        "Ansar al-Sunna, which Mozambique's government calls a terrorist group, made no "
        'claim. In earlier videos it has repeatedly described soldiers as "servants of the '
        'unbelievers" and warned villagers to leave.'
    )
    assert _speaker(text, "servants of the") == "Ansar al-Sunna"


def test_they_after_a_joint_subject_with_any_verb_link_the_first_named() -> None:
    text = (
        "Bandits burned the granary in Kwatarkwashi. Herder Musa Aliyu Garba and his cousin "
        "Bala Sani Jibrin drove the cattle south for three days.\n"
        '"The bush is safer than the village now," they said.'
    )
    assert _speaker(text, "The bush is safer") == "Musa Aliyu Garba"


def test_a_quote_paragraph_after_a_sentence_opened_by_a_role_and_a_name_is_theirs() -> None:
    text = (
        "Bandits burned the granary in Kwatarkwashi. Herder Musa Aliyu Garba drove the cattle "
        "south for three days.\n\n"
        '"The bush is safer than the village now. We sleep under the trees."'
    )
    assert _speaker(text, "The bush is safer") == "Musa Aliyu Garba"


def test_the_statement_said_after_a_long_in_a_statement_phrase_links_its_issuer() -> None:
    text = (
        "In a statement broadcast on national radio early on Sunday morning, the Transitional "
        "Military Council (TMC) said the curfew would be lifted.\n\n"
        '"Life must return to normal in every province," the statement said.'
    )
    assert _speaker(text, "Life must return") == "TMC"


def test_the_body_described_again_is_its_apposed_name_not_the_name_qualifying_it() -> None:
    text = (
        "The UN peacekeeping mission, MINUSCA, said its patrol had reached Bangassou. "
        'In a statement, the mission said: "The road to the town is open again."'
    )
    assert _speaker(text, "The road to the town") == "MINUSCA"


# ------------------------- "the General Staff said": its owner, unless the body is a mention itself


def test_the_general_staff_said_links_the_state_owning_it_not_a_ministry_named_since() -> None:
    text = (
        "Russian troops shelled Huliaipole overnight, according to Ukraine's General Staff. "
        "The Russian Defence Ministry said its forces had taken a village nearby.\n\n"
        'The General Staff said in its morning update: "Forty-one assaults were repelled."'
    )
    assert _speaker(text, "Forty-one assaults") == "Ukraine"


def test_a_capitalised_body_owned_by_a_state_and_tagged_itself_is_the_one_described() -> None:
    text = (
        "Kenya's National Police Service said six officers were wounded near Garissa. "
        'In a statement, the service said: "The attackers fled towards the border."'
    )
    assert _speaker(text, "The attackers fled") == "National Police Service"


# ------------------------------ a phrase opening the sentence names no speaker: the subject does


def test_a_person_in_an_opening_phrase_is_not_the_speaker_of_the_ministry_after_it() -> None:
    text = (
        "Answering President Emmanuel Kwesi Mensah's speech, Togo's foreign ministry said: "
        '"Our border has never been closed."'
    )
    assert _speaker(text, "Our border has") == "Togo"


def test_a_person_in_an_opening_phrase_is_not_the_speaker_of_the_body_after_it() -> None:
    text = (
        "Quoting nurse Halima Abdi Warsame, Human Rights Watch said: "
        '"The wounded waited two days for a doctor."'
    )
    assert _speaker(text, "The wounded waited") == "Human Rights Watch"


def test_after_meeting_a_named_envoy_the_described_body_speaks() -> None:
    text = (
        "After talks with envoy Karim Abdel Fattah in Tripoli, the Libyan foreign ministry "
        'said: "Elections will be held next year."'
    )
    assert _speaker(text, "Elections will be") == "Libyan foreign ministry"


def test_a_person_then_an_aside_then_the_verb_is_still_the_person() -> None:
    # The aside ends at the verb: no subject follows its comma.
    text = (
        "Colonel Ibrahim Sani Dikko, speaking to the BBC by phone from Gusau, said: "
        '"We have pushed them into the forest."'
    )
    assert _speaker(text, "We have pushed") == "Ibrahim Sani Dikko"


def test_a_person_then_was_quoted_as_saying_after_a_comma_is_the_person() -> None:
    text = (
        "The junta's spokesman, Colonel Amadou Abdramane Diallo, was quoted by state radio "
        'as saying that the army was "winning on every front".'
    )
    assert _speaker(text, "winning on every") == "Amadou Abdramane Diallo"


def test_an_opening_phrase_then_a_description_holding_a_name_links_that_name() -> None:
    text = (
        "In a reply to Prime Minister Ahmed Salim Nuur, the Houthi government said: "
        '"The port will stay open."'
    )
    assert _speaker(text, "The port will") == "Houthi"


# ---------------------------- "it said" after a sentence ending on its source: that source


def test_it_said_after_a_sentence_ending_on_its_source_links_the_source() -> None:
    text = (
        "Al-Shabaab fighters stormed a base near Dhusamareb, the Somali army said on "
        'Thursday. "The attackers were driven off within an hour," it said.'
    )
    assert _speaker(text, "The attackers were") == "Somali army"


def test_it_said_after_according_to_a_source_links_the_source() -> None:
    text = (
        "ISWAP fighters burned two schools in Damboa, according to the United Nations "
        'Children\'s Fund. "Both buildings were empty at the time," it said.'
    )
    assert _speaker(text, "Both buildings") == "United Nations Children's Fund"


def test_it_said_after_a_sentence_without_a_source_links_its_subject() -> None:
    # The control: a sentence with no source at its end keeps its subject.
    text = (
        "The Somali army retook the town of Adan Yabaal from al-Shabaab on Thursday. "
        '"The militants fled towards the river," it said.'
    )
    assert _speaker(text, "The militants fled") == "Somali army"


def test_a_quote_in_a_relative_clause_before_said_in_a_statement_is_the_subjects() -> None:
    text = (
        'The Malian army, which called the JNIM ambush "a cowardly act", said in a '
        'statement: "Our units pursued the attackers."'
    )
    assert _speaker(text, "a cowardly act") == "Malian army"
    assert _speaker(text, "Our units pursued") == "Malian army"


# ------------------------------------------- appositions: the subject, not who they describe


def test_a_person_named_inside_the_subjects_aside_is_not_the_speaker() -> None:
    text = (
        "Tesfaye Alemu Bekele, an adviser to Prime Minister Abiy Ahmed, said: "
        '"The army will not withdraw from the border."'
    )
    assert _speaker(text, "The army will not") == "Tesfaye Alemu Bekele"


def test_an_owner_before_the_aside_holding_the_name_is_not_the_speaker() -> None:
    text = (
        "Amadou Koufa's deputy, Bina Diarra Sangaré, said in an audio message: "
        '"We will answer every raid."'
    )
    assert _speaker(text, "We will answer") == "Bina Diarra Sangaré"


def test_the_group_said_after_a_wing_named_in_apposition_links_the_wing() -> None:
    text = (
        "Hamas's armed wing, the Qassam Brigades, said two of its fighters were killed. "
        'In a statement on Telegram, the group said: "Our fighters ambushed the convoy."'
    )
    assert _speaker(text, "Our fighters ambushed") == "Qassam Brigades"


def test_the_government_said_links_the_name_qualifying_it_not_a_state_named_before() -> None:
    text = (
        "Saudi Arabia's air force said it had struck a missile site near Saada. The "
        'Houthi-run government in Sanaa denied it. "Only a school was hit," the government '
        "said."
    )
    assert _speaker(text, "Only a school") == "Houthi"


def test_an_agency_named_with_its_acronym_wins_over_an_outlet_qualifying_agency() -> None:
    text = (
        "The group claimed the attack through its Amaq news agency. The UN refugee agency "
        "(UNHCR) said it was sending tents to the camps. "
        '"Families have fled for the third time this year," the agency said.'
    )
    assert _speaker(text, "Families have fled") == "UNHCR"


def test_a_verb_naming_someone_is_not_the_main_verb_a_coordinated_said_goes_back_to() -> None:
    # "called" names the captain here; the one who said the quoted words is him.
    text = (
        "Witnesses described the day the bridge closed. A major called Tomas Ruiz Ortega "
        "drove up in a jeep and said, 'Nobody crosses after six.'"
    )
    assert _speaker(text, "Nobody crosses") == "Tomas Ruiz Ortega"


# ------------------------------------------------------------ statements and their issuers


def test_a_statement_from_a_body_owned_by_the_army_links_the_armys_owner() -> None:
    text = (
        "Burkina Faso's army said a convoy had been attacked near Djibo. A statement from "
        'the army\'s operations command said: "The assailants were routed."'
    )
    assert _speaker(text, "The assailants were") == "Burkina Faso"


def test_according_to_a_statement_from_a_body_links_its_issuer() -> None:
    text = (
        "Chad's army said it had repelled Boko Haram fighters on the lake. According to a "
        'statement from the army, "forty assailants were neutralised".'
    )
    assert _speaker(text, "forty assailants") == "Chad"


def test_the_two_groups_said_links_the_first_of_the_groups_named_jointly_before() -> None:
    text = (
        "Hayat Tahrir al-Sham and the Turkistan Islamic Party shelled two villages. "
        'In a joint statement, the two groups said: "We answered the regime\'s raids."'
    )
    assert _speaker(text, "We answered") == "Hayat Tahrir al-Sham"


def test_said_the_body_after_the_quote_links_the_body_described() -> None:
    text = (
        "Azerbaijan's defence ministry said its positions had come under fire. "
        '"Our units returned fire at once," said the ministry, which reported no casualties.'
    )
    assert _speaker(text, "Our units returned") == "Azerbaijan"
