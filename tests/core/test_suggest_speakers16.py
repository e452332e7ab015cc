"""Speakers a pronoun attribution needs (issue 15, session 46): a person introduced as a
sentence's subject after an opening phrase of place or time, or before a verb in the
present, then "she says"; and the sex a kunya tells ("Umm X" is a woman, "Abu X" a man).

Every sentence here is invented for its test (invented people; real places), never an
article's own.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker as _speaker
from tests.core.suggest_probes import suggested_texts, suggested_types

# ------------------------------------- a subject after an opening phrase, then "she says"


def test_she_says_after_a_name_behind_a_phrase_of_place() -> None:
    text = (
        "In Goma, Esperance Mugisha waits for news of her husband. "
        '"I call him every day and nobody answers," she says.'
    )
    assert _speaker(text, "I call him") == "Esperance Mugisha"


def test_he_said_after_a_name_behind_a_phrase_of_time() -> None:
    text = (
        "Every evening at seven, Tatenda Moyo lights a fire outside the tent. "
        '"The nights are the worst part," he said.'
    )
    assert _speaker(text, "The nights") == "Tatenda Moyo"


def test_he_said_later_after_a_name_behind_a_participle_phrase() -> None:
    text = (
        "Asked about the strike, Tatenda Chikwanha declined to comment. "
        '"We are still checking the lists," he said later.'
    )
    assert _speaker(text, "We are still") == "Tatenda Chikwanha"


def test_a_name_before_a_verb_in_the_present_is_the_she_who_says() -> None:
    text = (
        "Zodwa Mthembu walks to the well before dawn with two buckets. "
        '"The water is dirty, but it is all we have," she says.'
    )
    assert _speaker(text, "The water is dirty") == "Zodwa Mthembu"


def test_a_plural_noun_after_two_capitalised_words_is_no_person() -> None:
    # (a park's rangers, not a person named "Virunga Park")
    text = (
        "In Goma, Virunga Park rangers patrol the edge of the forest. "
        '"We hear shooting every night," he said.'
    )
    assert "Virunga Park" not in suggested_texts(text)


def test_a_verb_in_the_present_without_a_pronoun_quote_after_names_nobody() -> None:
    text = "Kivu Minerals ships tin to Kigali every week. The road was closed on Monday."
    assert "Kivu Minerals" not in suggested_texts(text)


def test_an_opening_phrase_without_a_pronoun_quote_after_names_nobody() -> None:
    text = "In Goma, Lake Kivu Shipping runs two ferries a day. The port reopened on Monday."
    assert "Lake Kivu Shipping" not in suggested_texts(text)


# ------------------------------------- a kunya tells the speaker's sex


def test_she_takes_a_woman_named_umm_after_her_son() -> None:
    text = (
        '"We cannot feed them all," says Mariam Khoury, who runs the kitchen.\n\n'
        "In a tent near the wire, Umm Khaled sits beside her youngest son.\n\n"
        '"He has not spoken since the strike," she says.'
    )
    assert _speaker(text, "He has not spoken") == "Umm Khaled"


def test_he_takes_a_man_named_abu_after_his_son() -> None:
    text = (
        '"The bakery has no flour," said Samira Haddad, a volunteer.\n\n'
        "Abu Yasin sat outside his shop all morning.\n\n"
        '"I have sold nothing for a week," he said.'
    )
    assert _speaker(text, "I have sold nothing") == "Abu Yasin"


def test_she_still_skips_a_man_named_after_a_male_given_name() -> None:
    text = (
        '"We cannot feed them all," says Mariam Khoury, who runs the kitchen.\n\n'
        "Hassan Darwish sits outside the tent every morning.\n\n"
        '"We will stay until the end," she says.'
    )
    assert _speaker(text, "We will stay") == "Mariam Khoury"


# ------------------------------------- "the statement said" after "According to X,"


def test_the_statement_is_from_the_body_named_after_according_to() -> None:
    text = (
        "According to the Nigerian Army, troops killed nine gunmen near Zurmi on Sunday. "
        '"The operation will continue until the area is safe," the statement said.'
    )
    assert _speaker(text, "The operation") == "Nigerian Army"


def test_the_statement_is_from_the_body_after_according_to_a_statement_of() -> None:
    text = (
        "According to a statement of the Assam Police, the gunmen fled towards the river. "
        '"Checkpoints have been set up on every road," the statement said.'
    )
    assert _speaker(text, "Checkpoints") == "Assam Police"


def test_the_text_says_is_the_statement_of_the_source_named_before() -> None:
    text = (
        "According to the Federal Police (PF), the raid began at dawn. Nine rifles were "
        'seized, according to the note. "The suspects fired first," the text says.'
    )
    assert _speaker(text, "The suspects") == "PF"


def test_the_text_of_a_pamphlet_is_the_group_that_issued_it() -> None:
    text = (
        "In a pamphlet handed out in the market, the ELN accused the army of abuses. "
        '"Nobody may travel on the river after six," the text said.'
    )
    assert _speaker(text, "Nobody may travel") == "ELN"


def test_according_to_residents_gives_the_statement_no_issuer() -> None:
    text = (
        "According to residents, the gunmen came on motorcycles. "
        '"The village is now empty," the statement said.'
    )
    assert _speaker(text, "The village") is None


def test_according_to_a_person_gives_the_statement_no_body() -> None:
    text = (
        "According to Amina Yusuf, a nurse, the clinic treated 40 people. "
        '"We need more supplies," the statement said.'
    )
    assert _speaker(text, "We need") is None


# ------------------------------------- an untranslated office before a speaker's name


def test_a_spanish_office_before_a_speaker_stays_out_of_the_name() -> None:
    text = (
        "Alcalde Rigoberto Sanabria said the town was cut off. "
        '"We have had no food deliveries for a week," he said.'
    )
    assert _speaker(text, "We have had") == "Rigoberto Sanabria"


def test_a_police_commissioner_in_spanish_or_french_stays_out_of_the_name() -> None:
    for title in ("Comisario", "Commissaire"):
        text = f'{title} Anselme Birori said six bodies were found. "They were shot," he said.'
        assert _speaker(text, "They were shot") == "Anselme Birori"


def test_a_lawyer_s_maitre_and_a_malaysian_datuk_seri_stay_out_of_the_name() -> None:
    text = (
        "Ma\u00eetre Aminata Kon\u00e9, a lawyer for the families, said the trial was unfair. "
        '"There was no evidence," she said.'
    )
    assert _speaker(text, "There was no") == "Aminata Kon\u00e9"
    text = 'Datuk Seri Hamzah Latif said talks would resume. "We are hopeful," he said.'
    assert _speaker(text, "We are hopeful") == "Hamzah Latif"


def test_an_eyewitness_named_by_that_role_is_the_name_alone() -> None:
    text = 'Eyewitness Jafar Osmani saw the drone. "It hit the market twice," he said.'
    assert "Jafar Osmani" in suggested_texts(text)


def test_a_surname_that_is_also_a_rank_stays_a_name() -> None:
    text = (
        "Marisol Coronel, a nurse at the clinic, said the wards were full. "
        '"We sleep in the corridors," she said. "We need help," said Lucia Delegado, a cook.'
    )
    assert _speaker(text, "We sleep") == "Marisol Coronel"
    assert _speaker(text, "We need help") == "Lucia Delegado"


def test_a_burmese_tun_stays_inside_the_name() -> None:
    text = 'Sai Tun Aung, a trader, said the road was closed. "We wait," he said.'
    assert _speaker(text, "We wait") == "Sai Tun Aung"


def test_the_seri_of_a_capital_s_name_stays_inside_it() -> None:
    assert suggested_texts("The sultan met envoys in Bandar Seri Begawan on Monday.") == []
    text = "Bandar Seri Begawan said it would send troops."
    assert suggested_texts(text) == ["Bandar Seri Begawan"]


def test_a_legislator_s_capitalised_office_stays_out_of_the_name() -> None:
    for title in ("Congresswoman", "Assemblywoman", "Legislator"):
        text = f'{title} Ruth Lasso said the army lied. "They must answer for it," she said.'
        assert _speaker(text, "They must answer") == "Ruth Lasso"


def test_a_leader_s_and_a_patriarch_s_office_stays_out_of_the_name() -> None:
    for title in ("Opposition Leader", "Squadron Leader", "Patriarch", "Bishop Emeritus"):
        text = f'{title} Ilie Dumitrescu spoke on Sunday. "Stop the killing," he said.'
        assert _speaker(text, "Stop the killing") == "Ilie Dumitrescu"


def test_philippine_and_indonesian_police_ranks_stay_out_of_the_name() -> None:
    for rank in ("PLtCol", "PBGen", "Kombes", "AKBP"):
        text = f'{rank} Rommel Dizon said the suspects fled. "We are hunting them," he said.'
        assert _speaker(text, "We are hunting") == "Rommel Dizon"


def test_a_name_after_an_assistant_sub_inspector_is_found() -> None:
    text = 'ASI Gurpreet Sandhu said the bus was stopped. "They checked every bag," he said.'
    assert _speaker(text, "They checked") == "Gurpreet Sandhu"


def test_a_british_honour_stays_out_of_the_name() -> None:
    text = 'Dame Ruth Ellery said aid was blocked. "Trucks wait for weeks," she said.'
    assert _speaker(text, "Trucks wait") == "Ruth Ellery"


def test_a_party_s_initials_before_its_member_stay_its_own_span() -> None:
    text = "AKP Omer Celik said the vote would go ahead."
    assert suggested_texts(text)[0] == "AKP"


# ------------------------------------- "According to him", "its ministry", "the communiqué"


def test_according_to_him_is_the_man_named_before() -> None:
    text = (
        "The spokesman of the Kebbi State Police Command, SP Nafiu Abubakar, confirmed the "
        'attack. According to him, "a combined team has been deployed to the area."'
    )
    assert _speaker(text, "a combined team") == "Nafiu Abubakar"


def test_according_to_her_skips_a_man_named_since() -> None:
    text = (
        "Halima Sule, a nurse, treated the wounded with her colleague Peter Okon. "
        'According to her, "most of them were children."'
    )
    assert _speaker(text, "most of them") == "Halima Sule"


def test_its_ministry_speaks_for_the_body_its_stands_for() -> None:
    text = (
        "The Palestinian Authority condemned the raid. Its foreign ministry called on the "
        'world "to stop the destruction of the camps".'
    )
    assert _speaker(text, "to stop the") == "Palestinian Authority"


def test_the_communique_concluded_is_from_who_issued_it_a_page_before() -> None:
    filler = "The convoy had left Agadez at dawn and was escorted by two armoured vehicles. " * 8
    text = (
        "In a communiqu\u00e9 read on state television, Niger's defence ministry said six "
        'soldiers died. The units "reacted vigorously", the communiqu\u00e9 said. '
        + filler
        + '"The forces remain fully mobilised," the communiqu\u00e9 concluded.'
    )
    assert _speaker(text, "The forces remain") == "Niger"


def test_the_office_indicated_is_a_verb_of_saying_in_a_translated_wire() -> None:
    text = (
        '"The attackers fled in an unknown direction," the State Attorney General\'s Office '
        "(FGE) indicated in a statement."
    )
    assert _speaker(text, "The attackers") == "FGE"


# ------------------------------------- "said the <Office in capitals>, X"


def test_said_an_office_in_capitals_then_its_holder_after_the_comma() -> None:
    text = '"We need safe access now," said the Humanitarian Coordinator for Yemen, Ines Dahl.'
    assert _speaker(text, "We need safe") == "Ines Dahl"


def test_said_a_body_s_office_in_capitals_is_the_holder_not_the_body() -> None:
    text = (
        '"The talks have stalled," said the UN\'s Special Representative of the '
        "Secretary-General for Somalia, Ines Dahl."
    )
    assert _speaker(text, "The talks") == "Ines Dahl"


def test_said_a_capitalised_body_then_a_relative_clause_is_still_the_body() -> None:
    text = (
        "The World Food Programme said convoys were stopped. "
        '"Trucks have waited for weeks," said the World Food Programme, which runs the camp.'
    )
    assert _speaker(text, "Trucks have") == "World Food Programme"


def test_a_name_after_an_office_in_capitals_and_its_comma_is_a_person() -> None:
    text = (
        "The President of the Regional Council, Ines Dahl, visited the camp on Monday. "
        '"Nobody should live like this," she said.'
    )
    assert _speaker(text, "Nobody should") == "Ines Dahl"


# ------------------------------------- a name in apposition after an office, then "she said"


def test_she_said_after_a_name_apposed_to_a_capitalised_office() -> None:
    for office in (
        "The Deputy Governor",
        "Borno's Commissioner for Information",
        "The UN's top aid official in Sudan",
    ):
        text = (
            f"{office}, Ines Dahl, visited the camp on Monday. "
            '"Nobody should live like this," she said.'
        )
        assert _speaker(text, "Nobody should") == "Ines Dahl", office


def test_a_name_from_a_body_before_said_is_a_person() -> None:
    text = 'Ines Dahl from Save the Children said food was short. "We ration it," she said.'
    assert _speaker(text, "We ration") == "Ines Dahl"


def test_a_town_apposed_to_an_office_of_a_described_place_is_no_person() -> None:
    text = "The mayor of the largest town, Port Harcourt, ordered a curfew on Monday."
    assert "Port Harcourt" not in suggested_texts(text)


# ------------------------------------- "the entity said": the body that was the source


def test_the_entity_said_is_the_source_named_after_according_to() -> None:
    text = (
        "According to the Ombudsman's Office, the clashes pit Los Contadores against the "
        'CGP, a group of former FARC guerrillas. "The communities are caught in the '
        'crossfire," the entity said in a statement.'
    )
    assert _speaker(text, "The communities") == "Ombudsman's Office"


def test_the_institution_with_no_source_before_names_nobody() -> None:
    text = (
        "Fighting between the ELN and the Clan del Golfo displaced 300 families on Monday. "
        '"The families need shelter," the institution said.'
    )
    assert _speaker(text, "The families") is None


# ------------------------------------- a colon after a he or a she


def test_a_colon_after_her_message_takes_the_woman_named_before() -> None:
    text = (
        "Fatima Bello runs the only clinic in the town with her brother Musa. Her message "
        'to the world is simple: "Send medicine."'
    )
    assert _speaker(text, "Send medicine") == "Fatima Bello"


def test_a_colon_after_a_sentence_naming_nobody_and_no_pronoun_is_nobody() -> None:
    text = (
        "Fatima Bello runs the only clinic in the town. The sign on the door is simple: "
        '"No weapons inside."'
    )
    assert _speaker(text, "No weapons") is None


def test_a_subject_whose_sentence_introduces_a_quote_with_a_colon_is_its_speaker() -> None:
    text = (
        "The camp is crowded. Ines Dahl remembers the night the militia came: "
        '"They knocked on every door."'
    )
    assert _speaker(text, "They knocked") == "Ines Dahl"


def test_a_region_before_a_verb_and_a_colon_quote_is_no_person() -> None:
    text = 'The camp is crowded. Upper Nile remains tense: "Nobody sleeps," a nurse said.'
    assert suggested_types(text).get("Upper Nile") != "person"


# ------------------------------------- a name after a dash signs the words


def test_a_name_after_a_dash_signs_the_quote() -> None:
    text = (
        "The village was shelled twice in one week.\n\n"
        '"We are scared and nobody comes" \u2014 Musa Garba, a farmer.'
    )
    assert _speaker(text, "We are scared") == "Musa Garba"


def test_a_dash_then_words_before_a_name_signs_nothing() -> None:
    text = (
        'Fatima Bello runs the clinic. "We are scared" \u2013 a view echoed by Musa Garba, '
        "a farmer, on Monday."
    )
    assert _speaker(text, "We are scared") != "Musa Garba"
