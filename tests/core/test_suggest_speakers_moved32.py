"""Speaker classes from the misses of articles 252-267 once they moved to dev (session 32).

Each test states one general form with sentences written for the test (invented people
and events; real places and bodies), never the articles' own sentences.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker as _speaker

# ----------------------- "X, <an aside naming another body>, has warned that ..."


def test_an_auxiliary_after_an_aside_keeps_the_subject_before_the_aside() -> None:
    text = (
        "Frontex, the EU's border agency, has warned that smugglers were "
        '"using ever more dangerous routes".'
    )
    assert _speaker(text, "using ever") == "Frontex"


def test_an_adverb_and_an_auxiliary_after_an_aside_keep_the_subject() -> None:
    text = (
        "The World Food Programme, the UN's food agency, had earlier said the camps in "
        'Tawila were "on the brink of famine".'
    )
    assert _speaker(text, "on the brink") == "World Food Programme"


def test_a_body_named_in_apposition_is_still_the_subject_after_an_auxiliary() -> None:
    text = 'The UN human rights office, OHCHR, has said the raids were "unlawful".'
    assert _speaker(text, "unlawful") == "OHCHR"


# ----------------------- "the statement said" after "<X> claimed / accused ... in a statement"


def test_the_statement_is_the_body_that_accused_someone_in_it() -> None:
    text = (
        "Sudan's interior ministry accused the RSF of shelling the Zamzam camp in a "
        'statement on Sunday. "The militia targets civilians deliberately," the statement said.'
    )
    assert _speaker(text, "The militia") == "Sudan"


def test_the_statement_after_a_joint_claim_is_the_first_named_issuer() -> None:
    text = (
        "Hamas and Islamic Jihad claimed the attack in a joint statement. "
        '"This is a response to the crimes of the occupation," the statement said.'
    )
    assert _speaker(text, "This is a response") == "Hamas"


def test_joint_speakers_named_with_bracketed_acronyms_take_the_first_acronym() -> None:
    text = (
        "The Allied Democratic Forces (ADF) and the Democratic Forces for the Liberation "
        'of Rwanda (FDLR) said in a joint statement that they would "fight on".'
    )
    assert _speaker(text, "fight on") == "ADF"


def test_an_acronym_inside_a_relative_clause_is_no_joint_speaker() -> None:
    text = (
        "Kenya, which chairs the East African Community (EAC), and Tanzania urged the "
        'parties to talk. "There is no military solution," the two governments said.'
    )
    assert _speaker(text, "There is no") == "Kenya"


# ----------------------- "the SP / the DIG said": a title abbreviated from its spelled words


def test_the_abbreviation_of_a_spelled_title_before_a_name_is_that_person() -> None:
    text = (
        "Superintendent of Police Kiran Rao said the attackers came from Myanmar. Villager "
        'Lalit Gogoi said he heard gunfire for an hour. "They fled across the border before '
        'dawn," the SP said.'
    )
    assert _speaker(text, "They fled") == "Kiran Rao"


def test_the_abbreviation_may_be_the_head_of_a_longer_title() -> None:
    text = (
        "Deputy Inspector General of Police Ravi Menon said two suspects were held. "
        '"We are questioning them," the DIG told reporters.'
    )
    assert _speaker(text, "We are questioning") == "Ravi Menon"


def test_the_abbreviation_of_a_title_in_apposition_after_the_name() -> None:
    text = (
        "Usman Garba, the Commissioner of Police, said the gunmen had been traced to a "
        'forest. "We will bring them to justice," the CP told journalists.'
    )
    assert _speaker(text, "We will bring") == "Usman Garba"


def test_an_abbreviation_no_title_spells_names_nobody() -> None:
    text = (
        "District Magistrate Sunita Bora said the road would reopen on Friday. "
        '"Two men were detained," the SP said.'
    )
    assert _speaker(text, "Two men") is None


# ----------------------- "they said" after people introduced by a plural role


def test_they_after_a_pair_introduced_by_a_plural_role_is_the_first_named() -> None:
    text = (
        "Brothers Ali Hassan and Omar Hassan were at the market when the shells fell. "
        '"We ran without our shoes," they said.'
    )
    assert _speaker(text, "We ran") == "Ali Hassan"


def test_they_after_a_pair_introduced_by_a_counted_role_in_apposition() -> None:
    text = (
        "Two farmers, Musa Garba and Idris Bala, were in the fields near Gusau. "
        '"The gunmen took our cattle first," they said.'
    )
    assert _speaker(text, "The gunmen") == "Musa Garba"


def test_a_pair_inside_a_phrase_about_others_is_not_the_they() -> None:
    text = (
        "Soldiers loyal to Ali Hassan and Omar Hassan were at the market when the shells "
        'fell. "We ran without our shoes," they said.'
    )
    assert _speaker(text, "We ran") is None


# ----------------------- "the NGO said"; "It read:" after a statement was issued


def test_the_ngo_is_the_organisation_named_before_not_a_person_with_a_title() -> None:
    text = (
        "The Norwegian Refugee Council (NRC) said 4,000 families had fled Ituri. Uganda's "
        'army said it would send more troops. "The camps are overflowing," the NGO said.'
    )
    assert _speaker(text, "The camps") == "NRC"


def test_it_read_after_a_statement_was_issued_is_its_issuer() -> None:
    text = (
        "The Nigerian Army issued a statement on Sunday night. It read in part: "
        '"Troops neutralised 15 terrorists in Sambisa."'
    )
    assert _speaker(text, "Troops neutralised") == "Nigerian Army"


def test_the_statement_read_in_part_is_its_issuer() -> None:
    text = (
        "The Nigerian Army issued a statement on Sunday night. The statement read in "
        'part: "Troops neutralised 15 terrorists in Sambisa."'
    )
    assert _speaker(text, "Troops neutralised") == "Nigerian Army"


def test_it_read_after_a_sentence_naming_no_document_names_nobody() -> None:
    text = 'The Nigerian Army put up a sign at the gate of the barracks. It read: "No entry."'
    assert _speaker(text, "No entry") is None


# ----------------------- "X, 45, said his son ...": the speaker's own kin tells the gender


def test_his_own_kin_after_said_makes_the_speaker_a_man_for_a_later_he() -> None:
    text = (
        "Ochieng, 45, said his son had been shot at the protest.\n\n"
        "The county commissioner, Wekesa, visited the hospital on Monday.\n\n"
        '"My boy was only buying bread," he said.'
    )
    assert _speaker(text, "My boy") == "Ochieng"


def test_her_own_house_after_said_makes_the_speaker_a_woman_for_a_later_she() -> None:
    text = (
        "Nyokabi said her house was burned by the raiders.\n\n"
        "The chief, Kiprono, toured the village on Tuesday.\n\n"
        '"We have nowhere to sleep," she said.'
    )
    assert _speaker(text, "We have nowhere") == "Nyokabi"


# ----------------------- "the latter / the former said"; "a statement from the office of X"


def test_the_latter_is_the_second_of_the_two_people_named_before() -> None:
    text = (
        "Ali Musa and Omar Bakri were both at the checkpoint. "
        '"We were searched for an hour," the latter told Reuters.'
    )
    assert _speaker(text, "We were searched") == "Omar Bakri"


def test_the_former_is_the_first_of_the_two_people_named_before() -> None:
    text = (
        "Ali Musa and Omar Bakri were both at the checkpoint. "
        '"We were searched for an hour," the former told Reuters.'
    )
    assert _speaker(text, "We were searched") == "Ali Musa"


def test_the_latter_with_one_person_named_names_nobody() -> None:
    text = 'Ali Musa met the governor. "We were searched for an hour," the latter told Reuters.'
    assert _speaker(text, "We were searched") is None


def test_a_statement_from_the_office_of_a_titled_person_is_that_person() -> None:
    text = (
        '"The perpetrators will be hunted down," a statement from the office of President '
        "Ismail Guelleh said."
    )
    assert _speaker(text, "The perpetrators") == "Ismail Guelleh"


# ----------------------- "The two said:", "Both men told AFP" before the quote


def test_the_two_before_the_quote_is_the_first_of_the_pair_named_before() -> None:
    text = 'Ahmed Ali and Musa Bello were released on Friday. The two said: "We were treated well."'
    assert _speaker(text, "We were treated") == "Ahmed Ali"


def test_both_men_before_a_partial_quote_is_the_first_of_the_pair() -> None:
    text = (
        "Ahmed Ali and Musa Bello were released on Friday. Both men told AFP that they "
        'had been "treated well".'
    )
    assert _speaker(text, "treated well") == "Ahmed Ali"


def test_the_two_after_one_person_names_nobody() -> None:
    text = 'Ahmed Ali was released on Friday. The two said: "We were treated well."'
    assert _speaker(text, "We were treated") is None


# ----------------------- "the mission said": not a body whose name's noun is another kind


def test_the_mission_is_not_a_council_named_since() -> None:
    text = (
        "UNMISS said its peacekeepers had been fired on near Malakal. The UN Security "
        'Council condemned the attack. "Two peacekeepers were wounded," the mission said.'
    )
    assert _speaker(text, "Two peacekeepers") == "UNMISS"


def test_the_council_is_still_the_council_past_a_mission_named_since() -> None:
    text = (
        "The UN Security Council met on Friday. UNMISS said its base had been shelled. "
        '"All parties must respect the ceasefire," the council said.'
    )
    assert _speaker(text, "All parties") == "UN Security Council"


# ----------------------- '"...," police said': a police force named before, else nobody


def test_bare_police_is_the_police_force_named_before() -> None:
    text = (
        "The Kenya Police Service said two officers were killed in Lamu. Al-Shabaab "
        'claimed the attack. "The officers were ambushed on patrol," police said.'
    )
    assert _speaker(text, "The officers") == "Kenya Police Service"


def test_bare_police_is_no_state_named_before_without_its_police() -> None:
    text = (
        "Gunmen killed two officers in Lamu, Kenya's government said. "
        '"The officers were ambushed on patrol," police said.'
    )
    assert _speaker(text, "The officers") is None


# ----------------------- "the agency said" after "The UN refugee agency said", unnamed


def test_the_agency_is_the_un_mention_that_names_an_unnamed_agency() -> None:
    text = (
        "The UN refugee agency said 200,000 people had fled to Chad, the BBC reported. "
        '"Families are arriving with nothing," the agency said.'
    )
    assert _speaker(text, "Families are") == "UN"


def test_the_agency_is_never_the_un_itself() -> None:
    text = (
        'The UN said 200,000 people had fled to Chad. "Families are arriving with '
        'nothing," the agency said.'
    )
    assert _speaker(text, "Families are") is None


# ----------------------- speech verbs of translated wires: "assured", "underlined"


def test_assured_after_the_quote_inverts_to_its_speaker() -> None:
    text = '"The army will stay as long as necessary," assured General Hector Rojas.'
    assert _speaker(text, "The army will") == "Hector Rojas"


def test_underlined_after_the_quote_takes_the_person_not_his_body() -> None:
    text = (
        '"Dialogue is the only way out," underlined Father Alberto Franco, of the '
        "Inter-Church Justice and Peace Commission."
    )
    assert _speaker(text, "Dialogue is") == "Alberto Franco"


def test_his_men_after_said_makes_the_nearer_speaker_a_man_for_a_later_she() -> None:
    text = (
        "Sister Maria Goretti has run the clinic in Mweso for 20 years. Commander Didier "
        'Bitwayiki said his men protect it. "We treat everyone who comes," she said.'
    )
    assert _speaker(text, "We treat") == "Maria Goretti"


# ----------------------- "<outlet> reported that <someone> called it "..."": not the outlet


def test_an_outlet_reporting_a_description_is_not_its_speaker() -> None:
    text = 'Al Jazeera reported that the governor called the attack "cowardly".'
    assert _speaker(text, "cowardly") is None


def test_an_outlet_reporting_a_described_person_named_before_gives_that_person() -> None:
    text = (
        "Governor Umar Bago visited Mokwa on Sunday. Al Jazeera reported that the "
        'governor called the attack "cowardly".'
    )
    assert _speaker(text, "cowardly") == "Umar Bago"


def test_an_outlet_reporting_a_body_that_said_it_gives_the_body() -> None:
    text = 'Al Jazeera reported that Hamas said the proposal was "a step forward".'
    assert _speaker(text, "a step forward") == "Hamas"


def test_an_outlet_reporting_a_fact_in_its_own_words_keeps_them() -> None:
    text = 'Reuters reported that the strike had killed "dozens of civilians" in Sumy.'
    assert _speaker(text, "dozens of") == "Reuters"


# ----------------------- "they said" after "The Houthis did X, Israel's army said."


def test_they_is_the_plural_body_the_sentence_is_about_not_its_singular_source() -> None:
    text = (
        "The Houthis fired a missile at Eilat overnight, Israel's army said. "
        '"The operation was a success," they said.'
    )
    assert _speaker(text, "The operation") == "Houthis"


def test_it_is_still_the_singular_source_of_that_sentence() -> None:
    text = (
        "The Houthis fired a missile at Eilat overnight, Israel's army said. "
        '"We intercepted it," it said.'
    )
    assert _speaker(text, "We intercepted") == "Israel"


def test_they_is_a_source_named_as_a_plural_itself() -> None:
    text = (
        "The Houthis fired a missile at Eilat overnight, the Israel Defense Forces said. "
        '"We intercepted it," they said.'
    )
    assert _speaker(text, "We intercepted") == "Israel Defense Forces"
