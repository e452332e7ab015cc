"""SPK65: speakers named before the quote, on sentences written for these tests
(invented people and events; real places and bodies), driving the real suggester.

Each rule has its positive shapes and hostile neighbours: a state or an object nearest
in the lead-in, two people in one frame, reported speech of a third person, headlines,
interview layouts."""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker

_LEAD = "NYALA, Dec 6 (Reuters) - Gunmen raided three villages in South Darfur this week.\n\n"


# --- joint speakers listed after "The embassies / governments / leaders of": the
# guideline's first named of them ---


def test_the_governments_of_a_list_give_the_first_named() -> None:
    text = (
        _LEAD + "The governments of France, Germany and Italy said in a joint statement that "
        'the vote was "a step forward".\n'
    )
    assert suggested_speaker(text, "a step forward") == "France"


def test_the_governments_of_a_list_with_a_relative_clause_give_the_first_named() -> None:
    text = (
        _LEAD + "The governments of France, Germany and Italy, which back the mission, said "
        'in a joint statement that the vote was "a step forward".\n'
    )
    assert suggested_speaker(text, "a step forward") == "France"


def test_the_leaders_of_armed_groups_give_the_first_named() -> None:
    text = (
        _LEAD + "The leaders of Hamas, Islamic Jihad and the PFLP said in a joint statement "
        'that the truce was "over".\n'
    )
    assert suggested_speaker(text, "over") == "Hamas"


def test_a_list_of_states_after_of_in_reported_speech_is_not_the_speaker() -> None:
    # hostile: the "of" list is the object of what Amnesty said, not its subject
    text = (
        _LEAD + "Amnesty International said the governments of Kenya, Somalia and Ethiopia "
        'had "failed the displaced".\n'
    )
    assert suggested_speaker(text, "failed the displaced") == "Amnesty International"


def test_a_list_of_states_in_the_sentence_before_is_not_the_speaker() -> None:
    # hostile: the list is the object of a sentence before; the state after it speaks
    text = (
        _LEAD + "The governments of France, Germany and Italy met Sudan's envoy. Sudan said "
        'the vote was "a step backward".\n'
    )
    assert suggested_speaker(text, "a step backward") == "Sudan"


def test_talks_between_the_governments_of_a_list_leave_the_speaker_after_and() -> None:
    # hostile: "between the governments of" opens no subject
    text = (
        _LEAD + "The talks in Oslo between the governments of Kenya, Somalia and Ethiopia "
        'ended, and Norway said the result was "a step forward".\n'
    )
    assert suggested_speaker(text, "a step forward") == "Norway"


def test_a_list_after_a_comma_that_is_no_subject_keeps_the_speaker() -> None:
    # hostile: states listed as places, the body after them speaks
    text = (
        _LEAD + 'The killings in Mali, Niger and Burkina Faso were "a pattern", Amnesty '
        "International said.\n"
    )
    assert suggested_speaker(text, "a pattern") == "Amnesty International"


# --- a role in a body, with its place or portfolio, then its holder in apposition ---


def test_according_to_a_bodys_representative_in_a_place_is_the_holder() -> None:
    text = (
        _LEAD + "According to the Polisario's representative in Spain, Brahim Salek Mouloud, "
        '"the four men were herders collecting firewood".\n'
    )
    assert suggested_speaker(text, "the four men") == "Brahim Salek Mouloud"


def test_according_to_an_envoy_for_a_state_is_the_holder() -> None:
    text = _LEAD + 'According to the UN envoy for Yemen, Hans Grundberg, "the truce is holding".\n'
    assert suggested_speaker(text, "the truce") == "Hans Grundberg"


def test_a_rapporteur_on_a_state_who_acted_and_said_is_the_holder() -> None:
    text = (
        _LEAD + "The UN Special Rapporteur on Myanmar, Tomás Echeverri, addressed the "
        'council in Geneva and said air strikes had "become routine".\n'
    )
    assert suggested_speaker(text, "become routine") == "Tomás Echeverri"


def test_a_representative_in_a_state_who_acted_and_said_with_a_colon_is_the_holder() -> None:
    text = (
        _LEAD + "UNICEF's representative in Sudan, Mandeep O'Brien, visited the camps and "
        'said: "Children are dying."\n'
    )
    assert suggested_speaker(text, "Children are dying") == "Mandeep O'Brien"


def test_according_to_a_body_then_a_named_person_in_apposition_is_the_body() -> None:
    # hostile: no role between the body and the name
    text = _LEAD + 'According to the UN, Hans Grundberg, the envoy, "the truce is holding".\n'
    assert suggested_speaker(text, "the truce") == "UN"


def test_according_to_a_body_in_a_place_then_a_possessive_name_is_the_body() -> None:
    # hostile: a place after the body, no role; the name is an owner
    text = _LEAD + 'According to OCHA in Geneva, Hans Grundberg\'s team, "the truce is holding".\n'
    assert suggested_speaker(text, "the truce") == "OCHA"


def test_a_body_that_says_its_representative_visited_keeps_the_words() -> None:
    # hostile: the role's holder is reported on by the body that speaks
    text = (
        _LEAD + "UNICEF said its representative in Sudan, Mandeep O'Brien, had visited the "
        'camps, calling the situation "catastrophic".\n'
    )
    assert suggested_speaker(text, "catastrophic") == "UNICEF"


def test_a_states_envoy_who_met_the_council_does_not_take_the_states_words() -> None:
    # hostile: the clause after "but" has its own subject
    text = (
        _LEAD + "Sudan's envoy to the UN, Al-Harith Idriss, met the council, but Sudan "
        'later said the report was "biased".\n'
    )
    assert suggested_speaker(text, "biased") == "Sudan"


# --- hostile lead-ins the rules above must leave alone ---


def test_who_fled_a_state_leaves_the_person_who_said() -> None:
    text = _LEAD + 'Ahmed Musa, who fled Russia in 2022, said: "I will not go back."\n'
    assert suggested_speaker(text, "I will not") == "Ahmed Musa"


def test_who_left_a_body_leaves_the_person_who_told_reporters() -> None:
    text = (
        _LEAD + "Ahmed Musa, who left the United Nations in 2019, told reporters in Geneva: "
        '"I will not go back."\n'
    )
    assert suggested_speaker(text, "I will not") == "Ahmed Musa"


def test_told_a_named_person_of_an_outlet_gives_the_one_who_told() -> None:
    text = _LEAD + 'Ahmed Musa told Maria Petrova of the BBC: "I will not go back."\n'
    assert suggested_speaker(text, "I will not") == "Ahmed Musa"


def test_a_third_persons_words_reported_in_the_lead_in_are_his() -> None:
    # the guideline: words in marks inside reported speech are the reported speaker's
    text = _LEAD + 'Ahmed Musa said Hassan Ali had told him: "You will not go back."\n'
    assert suggested_speaker(text, "You will not") == "Hassan Ali"


def test_an_interview_answer_quoting_a_body_keeps_the_one_answering() -> None:
    text = _LEAD + 'Q: What did the army say?\nAhmed Musa: They said: "Nobody leaves the town."\n'
    assert suggested_speaker(text, "Nobody leaves") == "Ahmed Musa"


# --- "the group said" after "In a statement, X denied ...": the subject after the
# document's opening phrase, as after a place's or a day's ---

_GUAYAQUIL = (
    "GUAYAQUIL, Dec 6 (Reuters) - Seventeen inmates died in a prison riot in Machala.\n\n"
    "The Permanent Committee for Human Rights (CDH), a rights group based in Guayaquil, said "
    "it had counted 31 bodies. More than 450 inmates have died since 2021, according to the "
    "CDH.\n\n"
)


def test_the_group_after_in_a_statement_x_denied_is_x() -> None:
    text = (
        _GUAYAQUIL + "In a statement, Los Lobos denied starting the violence. The group said: "
        '"We did not start this war."\n'
    )
    assert suggested_speaker(text, "We did not") == "Los Lobos"


def test_the_group_after_in_a_statement_on_telegram_the_x_denied_is_x() -> None:
    text = (
        _LEAD + "Doctors Without Borders (MSF), a medical aid group, said its clinic in "
        "Buthidaung was hit.\n\nIn a statement on Telegram, the Arakan Army denied targeting "
        'civilians. "We do not fire on villages," the group said.\n'
    )
    assert suggested_speaker(text, "We do not fire") == "Arakan Army"


def test_the_group_after_a_statement_naming_two_groups_is_not_the_first() -> None:
    # hostile: another armed group named after the subject, which rejected the charge
    text = (
        _LEAD + "In a statement on social media, the EMC accused its rivals of betraying the "
        'cause, an accusation the EMBF rejected. "We have not fired a single shot," the '
        "group said.\n"
    )
    assert suggested_speaker(text, "We have not fired") == "EMBF"


def test_the_army_after_in_a_statement_an_armed_group_claimed_is_nobody_named() -> None:
    # hostile: "the army" is no armed group's word
    text = (
        _LEAD + 'In a statement, JNIM claimed the attack. The army said: "The terrorists were '
        'repelled."\n'
    )
    assert suggested_speaker(text, "The terrorists") is None


def test_the_group_after_a_rights_group_reporting_an_armed_group_is_the_armed_group() -> None:
    # hostile: the rights group is the subject, but its words name the armed group
    text = (
        _LEAD + "In a statement, Amnesty International said JNIM fighters had killed 30 "
        'villagers. The group said: "We did not start this war."\n'
    )
    assert suggested_speaker(text, "We did not") == "JNIM"


# --- a quote after a sentence that ends on its source (", said <role>, Y.") whose
# report names another person first ---

_BUNIA = "BUNIA, Dec 6 (Reuters) - Militiamen attacked a camp for displaced people.\n\n"


def test_a_quote_after_among_the_dead_said_the_president_y_is_ys() -> None:
    text = (
        _BUNIA + "Among the dead were Mave Ngabu, 31, and her two daughters, said the president "
        'of the camp committee, Désiré Lonema.\n\n"They came at eleven at night with machetes."\n'
    )
    assert suggested_speaker(text, "They came") == "Désiré Lonema"


def test_a_quote_after_x_was_shot_said_his_brother_y_is_ys() -> None:
    text = (
        _BUNIA + "Ali Musa, 31, was shot dead at the checkpoint, said his brother, Hassan Musa. "
        '"He was going to buy bread."\n'
    )
    assert suggested_speaker(text, "He was going") == "Hassan Musa"


def test_a_quote_after_according_to_a_titled_chief_is_his() -> None:
    text = (
        _BUNIA + "Ali Musa was among the dead, according to Pol Col Hassan Musa, the district "
        'police chief. "He was going to buy bread."\n'
    )
    assert suggested_speaker(text, "He was going") == "Hassan Musa"


def test_said_a_persons_brother_leaves_the_name_to_the_owner_rule() -> None:
    # hostile: the name after "said" owns the speaker; the inverted rule stays out (what
    # main gives, the dead man, is left alone here: the brother is unnamed)
    text = _BUNIA + 'Ali Musa was among the dead, said Hassan Musa\'s brother. "He was going."\n'
    assert suggested_speaker(text, "He was going") != "Hassan Musa"


def test_x_who_was_wounded_said_y_had_saved_him_is_not_ys() -> None:
    # hostile: "said Y had ..." is reported speech about Y, not an inverted attribution
    text = (
        _BUNIA + 'Ali Musa, who was wounded, said Hassan Musa had saved him. "He carried me '
        'to the car."\n'
    )
    assert suggested_speaker(text, "He carried") == "Ali Musa"


def test_said_the_mayor_who_had_spoken_to_y_is_not_ys() -> None:
    # hostile: the name inside the unnamed source's relative clause
    text = (
        _BUNIA + "Ali Musa and his wife were killed, said the mayor, who had spoken to Hassan "
        'Musa. "We ran to the river."\n'
    )
    # (main's answer, the first person of the sentence, is left alone here)
    assert suggested_speaker(text, "We ran") != "Hassan Musa"


# --- a second quote after "and had / has <verb>ed" in the sentence of the first ---


def test_the_council_said_and_had_asked_gives_both_quotes_to_the_council() -> None:
    text = (
        _LEAD + "The Transitional Presidential Council (CPT) was no more convincing. In a "
        'statement, the Council said it "strongly condemns the criminal acts" and had asked '
        'the Prime Minister\'s office to "mobilise all available means".\n'
    )
    assert suggested_speaker(text, "strongly condemns") == "CPT"
    assert suggested_speaker(text, "mobilise all") == "CPT"


def test_but_a_named_body_has_denied_takes_its_own_quote() -> None:
    # hostile: a new subject after "but"
    text = _LEAD + 'The army said it had "repelled the attack", but JNIM has denied "any losses".\n'
    assert suggested_speaker(text, "any losses") == "JNIM"


# --- a wire lede: the subject after the dateline goes on through "saying" ---


def test_a_lede_with_an_unnamed_subject_gives_nobody_not_the_agency() -> None:
    # hostile: "Police" is no mention; neither the agency nor the place speaks
    text = (
        "KYIV, Oct 14 (Reuters) - Police detained two men after a blast killed four, saying "
        'they had "confessed".\n'
    )
    assert suggested_speaker(text, "confessed") is None


# --- joint speakers never across a contrast ---


def test_a_pair_that_acted_but_a_third_said_gives_the_third() -> None:
    text = (
        _LEAD + "Tripoli and the eastern authorities in Benghazi both named members, but the "
        'LNA said it would not take part "until the militias are disbanded".\n'
    )
    assert suggested_speaker(text, "until the militias") == "LNA"


def test_a_pair_that_said_keeps_the_first_named() -> None:
    text = _LEAD + '"We are tired," Ali Musa and his wife Fatima Musa said.\n'
    assert suggested_speaker(text, "We are tired") == "Ali Musa"


# --- an unnamed spokesman for a body described before its name (guideline point h) ---


def test_a_spokesman_for_the_ruling_x_party_said_is_x() -> None:
    text = (
        _LEAD + "A spokesman for the ruling Civil Contract party said the opposition was "
        '"playing with fear".\n'
    )
    assert suggested_speaker(text, "playing with fear") == "Civil Contract"


def test_a_spokesman_for_the_militant_group_x_said_with_a_colon_is_x() -> None:
    text = _LEAD + 'A spokesman for the militant group Hamas said: "The truce is over."\n'
    assert suggested_speaker(text, "The truce") == "Hamas"


def test_after_the_quote_a_spokesman_for_the_ruling_x_party_is_x() -> None:
    text = (
        _LEAD + '"They are playing with fear," a spokesman for the ruling Civil Contract party '
        "said.\n"
    )
    assert suggested_speaker(text, "They are playing") == "Civil Contract"


def test_a_spokesman_for_the_dead_mans_family_named_is_the_named_spokesman() -> None:
    # hostile: the spokesman is named in apposition; he speaks, not a body
    text = (
        _LEAD + "A spokesman for the dead man's family, Hassan Ibrahim, said the police had "
        '"lied".\n'
    )
    assert suggested_speaker(text, "lied") == "Hassan Ibrahim"


def test_a_spokesman_for_the_victims_in_a_place_is_nobody_named() -> None:
    # hostile: no body named after the description
    text = _LEAD + 'A spokesman for the victims in Tancitaro said the police had "lied".\n'
    assert suggested_speaker(text, "lied") is None


# --- "the prime minister's / president's office said" before the quote: the holder named
# before, else the government (guideline, session 28 point c) ---


def test_the_prime_ministers_office_said_colon_is_the_government() -> None:
    text = (
        _LEAD + "The Haitian government condemned the attack and announced three days of "
        "mourning. In a statement posted on social media on Thursday night, the prime "
        'minister\'s office said: "The government salutes the courage of the police."\n'
    )
    assert suggested_speaker(text, "The government salutes") == "Haitian government"


def test_the_prime_ministers_office_after_the_prime_minister_named_is_his() -> None:
    text = (
        _LEAD + "President William Ruto met Ethiopia's Prime Minister Abiy Ahmed. The prime "
        'minister\'s office said the talks were "fruitful".\n'
    )
    assert suggested_speaker(text, "fruitful") == "Abiy Ahmed"


def test_the_presidents_office_after_the_president_named_is_his() -> None:
    text = (
        _LEAD + "President William Ruto met the families. The president's office said the "
        'attack was "cowardly".\n'
    )
    assert suggested_speaker(text, "cowardly") == "William Ruto"


def test_the_former_presidents_office_is_nobody_named() -> None:
    # hostile: another holder than the one named
    text = (
        _LEAD + "President William Ruto met the families. The former president's office said "
        'the attack was "cowardly".\n'
    )
    assert suggested_speaker(text, "cowardly") is None


def test_a_lawyer_for_the_presidents_office_is_nobody_named() -> None:
    # hostile: the office is the object of "for"; the lawyer is unnamed
    text = (
        _LEAD + "President William Ruto met the families. A lawyer for the president's office "
        'said the attack was "cowardly".\n'
    )
    assert suggested_speaker(text, "cowardly") is None


def test_the_prime_ministers_office_after_a_gang_claimed_is_nobody_named() -> None:
    # hostile: no government named; the gang named before is not it
    text = (
        _LEAD + "The Viv Ansanm coalition claimed the attack. The prime minister's office said: "
        '"The police showed courage."\n'
    )
    assert suggested_speaker(text, "The police showed") is None
