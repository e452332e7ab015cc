"""Speakers found from the context around a quote (issue 15): pronoun and description
chains over several sentences, statements, roles and the sentence holding a name.

Each test states one general form with sentences written for the test (invented people
and events; real states, capitals and groups), never the development articles' own.
"""

from __future__ import annotations

from annotator.core.suggest import Suggestion, attribute_speakers
from tests.core.suggest_probes import suggested_speaker as _speaker


def _speaker_over(text: str, quote_words: str, actors: dict[str, str]) -> str | None:
    """The speaker of the quote starting with `quote_words` over the given ACTOR mentions
    (every occurrence of each text, with its type): the attribution alone, whatever the
    ACTOR rules find."""
    mentions = []
    for name, kind in actors.items():
        at = text.find(name)
        while at >= 0:
            mentions.append(Suggestion(at, at + len(name), "ACTOR", attributes={"type": kind}))
            at = text.find(name, at + 1)
    start = text.index(quote_words)
    end = text.index('"', start)
    quote = Suggestion(start, end, "QUOTE")
    speaker = attribute_speakers(text, [quote], mentions)[0].speaker
    return None if speaker is None else text[speaker[0] : speaker[1]]


# ------------------------------------------------ the sentence a name opens is its own


def test_he_said_after_two_named_speakers_in_a_row_is_the_later_one() -> None:
    # The second name opens its own sentence: the sentence before is not part of it.
    text = (
        "Ali Musa said the road to the camp was shut. Omar Bako said the trucks had turned "
        'back. "We waited for three days," he said.'
    )
    assert _speaker(text, "We waited") == "Omar Bako"


def test_she_said_after_two_speaking_women_is_the_one_who_spoke_last() -> None:
    text = (
        "Grace Achieng told the court the soldiers came at night. Rose Atieno told it she "
        'had hidden in the latrine. "I heard everything," she said.'
    )
    assert _speaker(text, "I heard everything") == "Rose Atieno"


# ------------------------------------------- "the spokesman said": the role's holder


def test_the_role_names_its_holder_over_a_person_named_since_without_a_role() -> None:
    # Another person named since, in a clause about a group, holds no role: the one
    # introduced as the spokesman speaks.
    text = (
        "The navy's spokesman, Captain Rui Almeida, said two boats had been seized off "
        "Pemba. Al-Shabaab, led by Omar Diriye, denied losing any vessel. Fishermen in the "
        'port reported gunfire. "Those boats carried weapons," the spokesman said.'
    )
    assert _speaker(text, "Those boats") == "Rui Almeida"


def test_the_governor_is_the_governor_named_before_another_man_led_a_march() -> None:
    text = (
        "Governor Halima Sadiq ordered the schools shut on Monday. Protesters marched "
        'behind Musa Kabir to her office on Tuesday. "The order stands," the governor said.'
    )
    assert _speaker(text, "The order stands") == "Halima Sadiq"


def test_the_official_is_the_person_named_last_when_the_role_holder_is_far_back() -> None:
    # The control: a role's holder two paragraphs back yields to the person the last
    # paragraph introduced without a role.
    text = (
        "The official, Samir Tahan, spoke to reporters in Tripoli on Sunday.\n\n"
        "Fighting went on for a third day in the south.\n\n"
        "Nadia Fares, who heads a clinic in Sabha, said supplies had run out. "
        '"We are treating people on the floor," the official said.'
    )
    assert _speaker(text, "We are treating") == "Nadia Fares"


# ------------------------------- "he said" after a sentence whose subject is "he" again


def test_people_named_after_the_same_pronoun_are_its_objects_not_its_referent() -> None:
    text = (
        "Speaking in Vilnius, Darius Petraitis accused Minsk of moving troops. He said he "
        "had warned the NATO envoy, Karl Brandt, and the Latvian minister, Ivo Ozols. "
        '"Nobody in Minsk wants us to feel safe," he said.'
    )
    assert _speaker(text, "Nobody in Minsk") == "Darius Petraitis"


def test_an_opening_phrase_before_the_same_pronoun_still_makes_the_names_objects() -> None:
    text = (
        "Amal Haddad runs the only bakery left in the camp. On Sunday, she told Rania "
        'Saleh and Hoda Nassar to take the last bread. "We had flour for one day," she said.'
    )
    assert _speaker(text, "We had flour") == "Amal Haddad"


def test_a_person_who_speaks_after_the_pronoun_subject_is_the_one_meant() -> None:
    # The control: a second clause whose own subject speaks takes the pronoun.
    text = (
        "Ibrahim Sow was shot at a checkpoint near Gao. He died on Monday, and his brother, "
        'Omar Sow, said the family would bury him there. "They gave no warning," he said.'
    )
    assert _speaker(text, "They gave no warning") == "Omar Sow"


# -------------------------------- "she added": the speaker of the quote before goes on


def test_she_added_continues_the_last_quote_over_a_man_named_since() -> None:
    text = (
        "Ruth Wanjiru told the county commissioner, Peter Otieno, that the boreholes had "
        'dried up. "Cattle are dying by the road," she said. Otieno promised water trucks. '
        '"We have heard promises before," she added.'
    )
    assert _speaker(text, "We have heard") == "Ruth Wanjiru"


def test_it_added_continues_the_body_that_spoke_over_states_named_since() -> None:
    text = (
        'UNICEF said schools in the north had been closed for a month. "Children are '
        'losing a year," it said. Donors such as Norway and Canada have pledged money. '
        '"Without funds, teachers will leave," it added.'
    )
    assert _speaker(text, "Without funds") == "UNICEF"


def test_he_added_does_not_continue_a_woman_who_spoke_before() -> None:
    # The control: the pronoun does not fit the last quote's speaker.
    text = (
        'Mrs Leila Amrani said the road was mined. "Nobody drives there," she said. Her '
        'husband, Yacine Amrani, disagreed. "We drive there every week," he added.'
    )
    assert _speaker(text, "We drive there") == "Yacine Amrani"


# ------------------------------- "the statement/report said": the body that issued it


def test_the_statement_after_a_body_said_something_is_that_bodys() -> None:
    # No "issued a statement": the body that announced it in the sentence before.
    text = (
        "Uganda's defence ministry said on Thursday that troops had killed 14 ADF fighters "
        "near Beni. Congolese activists questioned the figure. "
        '"Our forces will stay until the threat is gone," the statement said.'
    )
    assert _speaker(text, "Our forces will stay") == "Uganda"


def test_the_statement_opening_the_sentence_before_the_quote_is_its_issuers() -> None:
    text = (
        "The Burkinabe army announced that it had retaken the town of Djibo. Residents could "
        'not be reached. The statement said: "The enemy suffered heavy losses."'
    )
    assert _speaker(text, "The enemy suffered") == "Burkinabe army"


def test_the_report_said_is_the_body_that_said_it_in_a_report() -> None:
    text = (
        "Amnesty International said in a report released on Monday that prisoners in "
        "Sednaya were starved. Syrian authorities did not respond. "
        '"Guards withheld food for days," the report said.'
    )
    assert _speaker(text, "Guards withheld") == "Amnesty International"


def test_the_report_a_body_published_speaks_for_it_over_a_state_named_since() -> None:
    text = (
        "Human Rights Watch published a report on the border camps. Turkey rejected it. "
        '"Families sleep in the open," the report said.'
    )
    assert _speaker(text, "Families sleep") == "Human Rights Watch"


def test_a_statement_nobody_was_named_issuing_has_no_speaker() -> None:
    # The control: only a person spoke before, and a state was named as a place.
    text = (
        "Fighting went on near Kidal through the night. Residents fled toward Algeria. "
        '"The situation is calm," the statement said.'
    )
    assert _speaker(text, "The situation is calm") is None


# ------------------------------------- a quote split by a long attribution is one voice


def test_a_quote_split_by_an_attribution_with_a_long_description_keeps_its_speaker() -> None:
    text = (
        '"The water trucks stopped coming on Monday," said Abdirahman Farah, 52, a herder '
        "who walked his family more than 80 kilometres to the camp outside Dolow last "
        'month, "and nobody has told us when they will return."'
    )
    assert _speaker(text, "and nobody has told") == "Abdirahman Farah"


def test_a_quote_split_by_a_role_and_a_place_keeps_its_speaker() -> None:
    text = (
        '"We reached the village at dawn," said Colonel Ruth Kagame, the commander of the '
        "regional police unit, at a briefing in the provincial capital on Tuesday, "
        '"but the attackers had already gone."'
    )
    assert _speaker(text, "but the attackers") == "Ruth Kagame"


def test_the_statement_is_the_body_after_of_in_in_a_statement_the_staff_of_x() -> None:
    text = (
        "In a statement on Sunday, the press office of the Malian armed forces confirmed "
        'the attack. "Our units remain in position around the airport," the statement said.'
    )
    assert _speaker(text, "Our units remain") == "Malian armed forces"


def test_the_statement_set_off_by_commas_before_the_quote_is_its_issuers() -> None:
    text = (
        "The Nigerien army said on Friday that it had repelled an assault near Tillaberi. "
        'The convoy, the statement said, "reached its destination without losses".'
    )
    assert _speaker(text, "reached its destination") == "Nigerien army"


def test_the_statement_added_goes_back_past_it_said_to_the_body_in_apposition() -> None:
    text = (
        "The navy's press service, the Maritime Information Centre (MIC), said two skiffs "
        "had been stopped. The crews had tried to board a tanker, it said, but were "
        'driven off. "Our sailors acted with restraint," the statement added.'
    )
    assert _speaker(text, "Our sailors acted") == "MIC"


# ------------------- a relative introduced through someone else does not take "he/she"


def test_he_said_after_the_speakers_cousin_is_introduced_is_the_speakers() -> None:
    text = (
        "Moussa Cisse, a tailor in Gao reached by phone, said the shooting had lasted all "
        "night. His cousin, Boubacar Maiga, who drives a bus to Niamey, has not answered "
        'his phone since. "We stayed under the beds until the call to prayer," he said.'
    )
    assert _speaker(text, "We stayed under") == "Moussa Cisse"


def test_she_said_after_another_childs_mother_is_named_is_the_woman_who_spoke() -> None:
    text = (
        "At the clinic, Zainab Musa, 29, said she had carried a neighbour's girl through "
        "the smoke. The girl's mother, Hauwa, has not been found. "
        '"I still have her sandal in my bag," she said.'
    )
    assert _speaker(text, "I still have") == "Zainab Musa"


def test_a_relative_who_speaks_himself_takes_the_pronoun() -> None:
    # The control: the relative is the subject of a speech verb.
    text = (
        "Moussa Cisse said the shooting had lasted all night. His cousin, Boubacar Maiga, "
        'said the soldiers left at dawn. "They took the trucks with them," he said.'
    )
    assert _speaker(text, "They took the trucks") == "Boubacar Maiga"


# ---------------------------------- a quote after '"...?" she said.' keeps that voice


def test_a_quote_after_an_attribution_that_is_a_sentence_of_its_own_keeps_its_speaker() -> None:
    text = (
        "Rehema Juma, a teacher in Goma, said her school had been shelled twice. Her "
        'husband\'s brother, Jean, is missing. "Where can we go now?" she said. '
        '"Every road out of town is closed."'
    )
    assert _speaker(text, "Every road out") == "Rehema Juma"


def test_the_mayor_is_the_mayor_of_a_place_named_before_at_his_latest_mention() -> None:
    # "The mayor of <place>, X" names the role's holder; a later mention by one of his
    # surnames is the nearest; a commander named since speaks as the commander.
    text = (
        "The mayor of Tumaco, Julian Rivas Quiñones, said the town had asked for troops. "
        '"We have been abandoned," Rivas told Radio Nacional. '
        "Gen. Marco Tulio Ospina, the army commander for Narino, disagreed. "
        '"Nobody is abandoned," Ospina said. '
        '"Two patrols are not protection," the mayor said later.'
    )
    assert _speaker(text, "Two patrols") == "Rivas"


def test_a_person_with_another_role_before_is_not_the_role_named_now() -> None:
    text = (
        "Colonel Ana Duarte, the police commander in the district, said the roads were "
        "open. The governor of the province, Luis Ferraz, visited the market. Duarte said "
        'patrols would double. "The people here need schools," the governor said.'
    )
    assert _speaker(text, "The people here") == "Luis Ferraz"


def test_another_person_sharing_a_last_name_does_not_lend_a_role() -> None:
    # The control: "Saw Lay Htoo" the spokesman is not "Saw Ku Htoo" the farmer.
    text = (
        "Saw Lay Htoo, a spokesman for the Karen National Union, said the planes came at "
        "night. In the camp, a 50-year-old farmer from Lay Kay, Saw Ku Htoo, described "
        'the crossing. "We carried the old people on our backs," the farmer said.'
    )
    assert _speaker(text, "We carried") == "Saw Ku Htoo"


# --------------------------- a quote inside a quote, introduced by a pronoun: unnamed


def test_a_quote_inside_a_quote_shouted_by_them_is_nobody_named() -> None:
    text = (
        'Yusuf Adan, a cook at the hotel, hid in the pantry. "We heard them in the hall, '
        "shouting 'Open the doors', and we did not breathe,\" he said."
    )
    assert _speaker(text, "Open the doors") is None


def test_a_quote_inside_a_quote_said_by_someone_named_is_theirs() -> None:
    # The control: the speaker names who said the inner words.
    text = (
        'Ahmed Sultan described the last day of the siege. "Then Colonel Idris Bako stood '
        "on the truck and said, 'Nobody leaves before the wounded,' and we waited,\" he "
        "said."
    )
    assert _speaker(text, "Nobody leaves") == "Idris Bako"


def test_he_said_after_one_of_his_company_is_named_is_the_speakers() -> None:
    text = (
        "Abdi Nur, a 31-year-old cook, said he had hidden behind the ovens with two other "
        "workers. One of them, Hassan Farah, was hit in the leg as they ran. "
        '"We lay there until the soldiers came," he said.'
    )
    assert _speaker(text, "We lay there") == "Abdi Nur"


# -------------------- a body's own name after its owner and its place takes "the mission"


def test_the_mission_is_its_own_name_in_apposition_after_its_place_not_its_owner() -> None:
    text = (
        "The UN's peacekeeping mission in Mali, MINUSMA, said a convoy had hit a mine near "
        'Kidal. "Two peacekeepers were wounded," the mission said in a statement.'
    )
    assert _speaker(text, "Two peacekeepers") == "MINUSMA"


def test_the_ministry_owned_by_a_state_with_a_place_and_no_name_is_the_states() -> None:
    # The control: no name of the body itself follows its place.
    text = (
        "Turkey's defence ministry in Ankara said jets had struck targets in northern Iraq. "
        '"All our aircraft returned safely," the ministry said.'
    )
    assert _speaker(text, "All our aircraft") == "Turkey"


# ------------------------------------------------------- attribution words, more forms


def test_an_initialism_in_the_attribution_after_the_quote_does_not_end_it() -> None:
    text = (
        '"Aid must reach Gaza now," U.N. relief chief Ingrid Solheim\'s deputy, Karim '
        "Bensalem, told reporters in Geneva."
    )
    assert _speaker(text, "Aid must reach") == "Karim Bensalem"


def test_a_statement_attributed_to_a_group_is_the_groups() -> None:
    text = 'A statement attributed to Boko Haram said: "We will strike the garrison again."'
    assert _speaker(text, "We will strike") == "Boko Haram"


def test_they_said_after_a_sentence_opening_with_they_goes_back_to_the_pair() -> None:
    text = (
        "Yaw Mensah and his daughter, Efua, left Bawku before dawn. They reached Tamale "
        'two days later. "We slept under a lorry on the first night," they said.'
    )
    assert _speaker(text, "We slept under") == "Yaw Mensah"


def test_they_said_after_they_with_no_pair_before_is_nobody_named() -> None:
    # The control: the "they" chain starts from people nobody named.
    text = (
        "Farmers from the valley reached Tamale on Sunday. They walked for two days. "
        '"We left the cattle behind," they said.'
    )
    assert _speaker(text, "We left the cattle") is None


# ------------------------- a partial quote in reported speech has no attribution after it


def test_a_partial_quote_running_on_is_not_attributed_by_the_next_clause() -> None:
    text = (
        'The Houthis said the strikes "will not deter" their operations, while Washington '
        'said its ships in the Red Sea were "on alert".'
    )
    assert _speaker(text, "will not deter") == "Houthis"


def test_one_of_his_aides_after_the_quote_is_nobody_named() -> None:
    text = (
        'Senator Grace Nyambura left the hall early. "She will not sign it," one of her '
        "aides told reporters afterwards."
    )
    assert _speaker(text, "She will not sign") is None


def test_one_of_the_named_sons_after_the_quote_is_that_son() -> None:
    # The control: the one "of them" is named.
    text = (
        'The family buried three men on Friday. "They were shepherds," one of the '
        "survivors, Omar Haidari, told AFP."
    )
    assert _speaker(text, "They were shepherds") == "Omar Haidari"


# ------------------------- a plural's possessive before a body: the body is the subject


def test_it_said_after_a_plurals_possessive_body_is_the_body() -> None:
    text = (
        "The Bahamas' Ministry of Foreign Affairs said two crew members were Bahamian. "
        '"We are in touch with their families," it said.'
    )
    actors = {"Bahamas": "state", "Ministry of Foreign Affairs": "state"}
    assert _speaker_over(text, "We are in touch", actors) == "Ministry of Foreign Affairs"


def test_it_said_after_a_singular_possessive_body_is_the_body_too() -> None:
    # The control: the form the rule already knew.
    text = (
        "Kenya's Ministry of Foreign Affairs said two crew members were Kenyan. "
        '"We are in touch with their families," it said.'
    )
    actors = {"Kenya": "state", "Ministry of Foreign Affairs": "state"}
    assert _speaker_over(text, "We are in touch", actors) == "Ministry of Foreign Affairs"


# ---------------------- "He added that ..." before a quote: whoever spoke last goes on


def test_he_added_that_goes_back_past_a_man_named_in_an_aside_to_the_speaker() -> None:
    text = (
        "Major Tomas Rivera, a police spokesman, said officers had cleared the road to "
        "Cucuta. The ELN, commanded by Ivan Mejia, made no comment. He added that the "
        'guerrillas had "abandoned their camps".'
    )
    assert _speaker(text, "abandoned their camps") == "Tomas Rivera"


def test_it_added_that_goes_back_past_states_named_as_subjects_of_other_verbs() -> None:
    text = (
        "The World Health Organization said cholera had spread to nine provinces. Zambia "
        "and Malawi closed their border markets. It added that vaccines were "
        '"weeks away".'
    )
    assert _speaker(text, "weeks away") == "World Health Organization"


def test_it_added_after_a_body_that_denied_something_is_that_body() -> None:
    # The control: the body that spoke last, by any verb of saying, goes on.
    text = (
        "The ICRC said its convoy had reached Goma. The M23 denied blocking it. It added "
        'that aid was "never the target".'
    )
    assert _speaker(text, "never the target") == "M23"


# --------------------------------------------------- rarer verbs of saying attribute too


def test_rarer_verbs_of_saying_after_the_quote_attribute_it() -> None:
    text = (
        '"The real toll is three times higher," alleged Nabil Saadeh of the Syrian '
        'Network for Human Rights. "They shot the wounded," recounted Huda Ayoub, a nurse.'
    )
    assert _speaker(text, "The real toll") == "Nabil Saadeh"
    assert _speaker(text, "They shot the wounded") == "Huda Ayoub"


def test_a_rarer_verb_before_the_quote_attributes_it() -> None:
    text = 'Defence Minister Oleh Marchenko maintained that the line was "holding firm".'
    assert _speaker(text, "holding firm") == "Oleh Marchenko"


def test_his_officers_said_is_not_his_office() -> None:
    # The control: "officers" are people of his, unnamed; only "office" stands for him.
    text = (
        'Commissioner Ruth Kamau visited the post. "We were outnumbered," one of her officers said.'
    )
    assert _speaker(text, "We were outnumbered") is None


def test_a_namesake_lends_no_gender_to_another_person_of_the_same_surname() -> None:
    # "he added" goes to the man who spoke last, though a woman of his surname came first.
    text = (
        "Mrs Halima Sani chairs the market association. Garba Sani, a driver, said the "
        "roads were closed. Amina Musa, her deputy, blamed the rains. He added that fuel "
        'was "impossible to find".'
    )
    assert _speaker(text, "impossible to find") == "Garba Sani"
