"""Speaker classes from the misses of articles 236-251 once they moved to dev (session 31).

Each test states one general form with sentences written for the test (invented people
and events; real places and bodies), never the articles' own sentences.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker as _speaker

# ----------------------- "the army said": a body of that kind named since beats an owner


def test_the_army_is_the_force_named_since_not_the_owner_of_an_army_before() -> None:
    text = (
        "Kenya's army said its troops had repelled an attack near Mandera. Later, the Kenya "
        'Defence Forces said two soldiers were wounded. "The attackers fled across the '
        'border," the army said.'
    )
    assert _speaker(text, "The attackers") == "Kenya Defence Forces"


def test_the_army_is_a_named_force_whose_name_says_force_not_army() -> None:
    text = (
        "Uganda's army said it had crossed into Ituri. The Uganda People's Defence Force "
        'said on Tuesday that 12 rebels were killed. The army said: "Our operation continues."'
    )
    assert _speaker(text, "Our operation") == "Uganda People's Defence Force"


def test_an_owner_keeps_the_army_when_only_another_kind_of_body_is_named_since() -> None:
    text = (
        "Pakistan's army said three soldiers were killed in the raid. The Ministry of "
        'Foreign Affairs summoned the Afghan envoy. "We will respond," the army said.'
    )
    assert _speaker(text, "We will respond") == "Pakistan"


def test_a_ministry_named_after_its_owners_adjective_speaks_for_the_ministry() -> None:
    text = (
        "Ghana's interim Ministry of the Interior ordered a curfew in Bawku. "
        '"Nobody should be on the streets after dark," a ministry spokesman said.'
    )
    assert _speaker(text, "Nobody should") == "Ministry of the Interior"


def test_the_ministry_after_the_sentence_of_a_ministry_named_past_its_owner() -> None:
    text = (
        "Niger's new Ministry of Defence said on Monday that the base had been hit. "
        '"The attackers were repelled," the ministry said.'
    )
    assert _speaker(text, "The attackers") == "Ministry of Defence"


# ----------------------- "In a statement, <chain of roles>, X, said ... the statement added"


def test_the_statement_is_the_person_a_chain_of_roles_names_after_in_a_statement() -> None:
    text = (
        "Gunmen killed nine farmers near Kauru. In a statement, the Special Adviser to the "
        "Governor on Internal Security, Samuel Aruwan, said troops had been sent to the "
        'villages.\n\n"Those behind this will be found," the statement added.'
    )
    assert _speaker(text, "Those behind") == "Samuel Aruwan"


def test_the_release_read_is_the_spokesman_named_after_his_owners_role() -> None:
    text = (
        "Floods cut the road to Maiduguri. In a press release, the governor's spokesman, "
        "Isa Gusau, said relief was on its way. The release read: "
        '"No family will be left without shelter."'
    )
    assert _speaker(text, "No family") == "Isa Gusau"


def test_a_body_whose_statement_a_spokesman_signed_keeps_the_statement() -> None:
    text = (
        "The Plateau State Police Command, in a statement signed by its spokesman, ASP "
        "Alabo Alfred, said two suspects were arrested in Bokkos. "
        '"The Command will not rest until all are caught," the statement said.'
    )
    assert _speaker(text, "The Command will") == "Plateau State Police Command"


# ----------------------- "X, who <a long clause>, said ..." then "he said": X spoke


def test_a_person_whose_long_relative_clause_ends_on_said_keeps_the_pronoun() -> None:
    text = (
        "The dead were named as Sergeant Omar Haidari and Corporal Bilal Aziz.\n\n"
        "Provincial police chief Zalmai Karimzada, who visited the wounded at the military "
        "hospital in Lashkar Gah late on Thursday evening, told reporters the attackers "
        'had fled.\n\n"We know where they came from," he said.'
    )
    assert _speaker(text, "We know where") == "Zalmai Karimzada"


def test_a_person_of_a_relative_clause_who_says_nothing_leaves_the_pronoun() -> None:
    text = (
        '"We will stay," said Peter Okello, a teacher.\n\nGrace Anyango, who has sold '
        "vegetables at the market in Gulu for twenty years, lost her stall in the fire.\n\n"
        '"Nothing is left," he said.'
    )
    assert _speaker(text, "Nothing is left") == "Peter Okello"


# ----------------------- "Cruz's wife": the owner of a wife is a "he", of a husband a "she"


def test_the_owner_of_a_wife_is_the_he_of_the_quote_after() -> None:
    text = (
        '"The road is closed," said Father Miguel Torres.\n\n'
        "Behind the school, Loera's wife washes clothes in a basin. The family has not "
        'been paid since June.\n\n"We want to go home," he says.'
    )
    assert _speaker(text, "We want") == "Loera"


def test_the_owner_of_a_husband_is_the_she_of_the_quote_after() -> None:
    text = (
        '"The road is closed," said Amina Bello, a nurse.\n\n'
        "At the camp, Mwangi's husband mends a net. The children have no school.\n\n"
        '"We eat once a day," she said.'
    )
    assert _speaker(text, "We eat") == "Mwangi"


# ----------------------- an unnamed spokesman of a named body, then "he said": the body


def test_he_after_a_spokesman_for_a_named_body_is_the_body() -> None:
    text = (
        '"They took my cattle," said Musa Adamu, a herder. Across the border in Maradi, a '
        "spokesman for the Niger Armed Forces said three suspects were held. "
        '"They will be handed over to the courts," he said.'
    )
    assert _speaker(text, "They will be handed") == "Niger Armed Forces"


def test_she_added_after_a_bodys_spokeswoman_is_the_body_not_the_speaker_before() -> None:
    text = (
        '"The water is gone," said Amina Yusuf, a farmer. An OCHA spokeswoman said convoys '
        'had been stopped at the crossing. "We need access now," she added.'
    )
    assert _speaker(text, "We need access") == "OCHA"


def test_he_after_a_spokesman_named_in_apposition_is_the_spokesman() -> None:
    text = (
        '"They took my cattle," said Musa Adamu, a herder. A spokesman for the Niger Armed '
        "Forces, Colonel Idrissa Bako, said three suspects were held. "
        '"They will be handed over," he said.'
    )
    assert _speaker(text, "They will be handed") == "Idrissa Bako"


def test_he_after_an_officer_met_in_a_place_is_nobody_named() -> None:
    text = (
        '"They took my cattle," said Musa Adamu, a herder. In Maradi, a police officer '
        'said three suspects were held. "They will be charged," he said.'
    )
    assert _speaker(text, "They will be charged") is None


# ----------------------- a quote in a relative clause: "<body>, which ... says "..."" is its


def test_a_quote_after_who_say_is_the_named_group_before_the_comma() -> None:
    text = (
        "The Associated Press was unable to reach the Houthis, who also say they have "
        '"no quarrel" with the aid agencies.'
    )
    assert _speaker(text, "no quarrel") == "Houthis"


def test_a_relative_pronoun_that_is_the_object_leaves_the_subject_after_it() -> None:
    text = (
        'The RSF, which Amnesty International says carried out "ethnic cleansing" in '
        "Geneina, rejects the charge."
    )
    assert _speaker(text, "ethnic") == "Amnesty International"


# ----------------------- "the report said": the document's author


def test_the_report_is_the_body_named_after_report_by() -> None:
    text = (
        "Security forces killed 57 protesters in three months, according to a report by "
        "Amnesty International released in Nairobi. Police declined to comment. "
        '"Nobody has been held to account," the report said.'
    )
    assert _speaker(text, "Nobody has been") == "Amnesty International"


def test_the_statement_is_the_body_that_gave_its_account_since_an_older_statement() -> None:
    text = (
        "Kenya's interior ministry said in a statement that Somali militia had crossed the "
        'border. "We were attacked first," said Abdi Farah, a local chief. Somalia\'s '
        "defence ministry gave another account, saying Kenyan troops had fired on a market. "
        '"Our forces only returned fire," the statement said.'
    )
    assert _speaker(text, "Our forces only") == "Somalia"


# ----------------------- "the families said": unnamed people, not a body named for them


def test_the_families_are_nobody_named_not_the_association_of_families() -> None:
    text = (
        "The Association of Families of the Missing met the minister in Colombo. "
        '"Nobody tells us anything," the families said.'
    )
    assert _speaker(text, "Nobody tells") is None


def test_the_residents_right_after_two_people_named_jointly_are_the_first_of_them() -> None:
    text = (
        "Amina Garba and Hauwa Bello returned to Gubio on foot. "
        '"There is no roof left," the residents said.'
    )
    assert _speaker(text, "There is no roof") == "Amina Garba"


def test_the_residents_after_a_body_since_two_people_named_are_nobody_named() -> None:
    text = (
        "Amina Garba and Hauwa Bello returned to Gubio on foot. The Borno Elders Forum "
        'welcomed them. "There is no roof left," the residents said.'
    )
    assert _speaker(text, "There is no roof") is None


# ----------------------- "Her husband shook his head. "..."": the one introduced as her husband


def test_a_quote_after_her_husbands_act_is_the_husband_named_before() -> None:
    text = (
        "Mariam Juma sat outside the tent with her husband, Salim Juma. "
        '"We will go home when the rains stop," she said. Her husband shook his head. '
        '"There is no home to go to."'
    )
    assert _speaker(text, "There is no home") == "Salim Juma"


def test_a_quote_after_his_wifes_act_is_the_wife_named_before() -> None:
    text = (
        "Peter Okot, a fisherman, waited on the shore with his wife, Grace Akello. "
        '"The lake is empty," he said. His wife looked away. "We will starve."'
    )
    assert _speaker(text, "We will starve") == "Grace Akello"


# ----------------------- "the guard said": a person, never a body named for guards


def test_the_guard_is_nobody_named_not_the_national_guard() -> None:
    text = (
        "Ecuador's National Guard sent 300 troops to Machala on Sunday. "
        '"Nobody has slept for three days," the guard said.'
    )
    assert _speaker(text, "Nobody has slept") is None


def test_the_policeman_is_the_one_named_before_as_policeman_not_the_police_service() -> None:
    text = (
        "The Kenya Police Service sent reinforcements to Lamu. At the gate, policeman "
        'Joseph Kiprono checked our papers. "We were outnumbered," the policeman said.'
    )
    assert _speaker(text, "We were outnumbered") == "Joseph Kiprono"


# ----------------------- "the agency said": a state's security or intelligence service too


def test_the_agency_is_a_states_security_service_named_before_by_its_acronym() -> None:
    text = (
        "Russia's Federal Security Service (FSB) said it had detained a man in Kursk. "
        '"He was passing coordinates to Kyiv," the agency said.'
    )
    assert _speaker(text, "He was passing") == "FSB"


def test_the_agency_is_still_the_un_agency_named_since_a_states_service() -> None:
    text = (
        "Kenya's National Intelligence Service said it had foiled a plot. The UN refugee "
        'agency, UNHCR, said 300 people had fled Lamu. "They need shelter," the agency said.'
    )
    assert _speaker(text, "They need shelter") == "UNHCR"


# ----------------------- "X denied it. ... the army said": the subject that spoke goes on


def test_the_army_is_the_capital_that_spoke_in_the_sentence_before_not_the_owner() -> None:
    text = (
        "A raid by Mali's army on Moura killed dozens of villagers, witnesses said. "
        'Bamako rejected the accounts. "Our troops killed only terrorists," the army said.'
    )
    assert _speaker(text, "Our troops killed") == "Bamako"


def test_the_army_stays_the_owners_when_the_capital_before_did_not_speak() -> None:
    text = (
        "A raid by Mali's army on Moura killed dozens of villagers, witnesses said. "
        'Bamako has ruled since the 2021 coup. "Our troops killed only terrorists," the '
        "army said."
    )
    assert _speaker(text, "Our troops killed") == "Mali"


# ----------------------- before the quote: "Its statement read:", "<the rebels>, who call
# themselves X, said:"


def test_its_statement_read_is_the_body_its_stands_for() -> None:
    text = (
        "The Polisario Front issued a statement on Tuesday after the strike near Mahbes. "
        'Its statement read: "The occupier bears full responsibility."'
    )
    assert _speaker(text, "The occupier") == "Polisario Front"


def test_a_description_that_calls_itself_a_name_speaks_as_that_name() -> None:
    text = (
        "Gunmen took the town of Sake on Monday. The rebels, who call themselves the "
        'March 23 Movement, said in a statement: "The town is under our protection."'
    )
    assert _speaker(text, "The town is under") == "March 23 Movement"


# ----------------------- "the ministry said": never a body named as another kind


def test_the_ministry_is_no_army_named_before_by_its_name() -> None:
    text = (
        "The Uganda People's Defence Force said four soldiers were killed in Ituri. "
        '"Their families will be compensated," the ministry said.'
    )
    assert _speaker(text, "Their families") is None


def test_the_ministry_is_a_ministry_named_before_an_army_named_since() -> None:
    text = (
        "Uganda's Ministry of Defence said four soldiers were killed in Ituri. The Uganda "
        "People's Defence Force said the attackers fled. "
        '"Their families will be compensated," the ministry said.'
    )
    assert _speaker(text, "Their families") == "Ministry of Defence"
