"""ACTOR rules generalised from the misses on development articles 137-143 (issue 15).

Each test states one general form of wire English with sentences written for the
test (invented people and events; real states, capitals and groups), not the
articles' own sentences.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker as _speaker
from tests.core.suggest_probes import suggested_texts as _suggested
from tests.core.suggest_probes import suggested_types as _types


def test_a_portfolio_of_several_words_after_a_title_is_no_part_of_the_name() -> None:
    text = "Deputy Minister for Water and Sanitation Rukia Mwenda visited the camp on Monday."
    assert "Rukia Mwenda" in _suggested(text)
    assert not any("Sanitation" in found for found in _suggested(text))
    text = "The Minister for Migration and Displacement Halim Yusuf Daoud told a conference."
    assert "Halim Yusuf Daoud" in _suggested(text)
    text = "Provincial Commissioner for Public Safety Joseph Kariuki Mwangi said the road was shut."
    assert "Joseph Kariuki Mwangi" in _suggested(text)
    # the last portfolio word after "and" need not be a known one
    text = "State Commissioner for Information and Strategy Bello Ahmed Yusuf said 12 were held."
    assert "Bello Ahmed Yusuf" in _suggested(text)


def test_a_capital_with_an_adverb_before_its_verb_stands_for_its_government() -> None:
    text = "Seoul said troops had crossed the border, and Pyongyang later acknowledged it."
    assert "Pyongyang" in _suggested(text)
    assert "Tehran" in _suggested("Tehran quickly denied any role in the attack.")
    assert "Kabul" not in _suggested("The embassy in Kabul later closed for the winter.")


def test_a_name_after_named_as_keeps_its_arabic_article() -> None:
    text = "The army said it had killed a commander it named as Abu Omar al-Tikriti."
    assert "Abu Omar al-Tikriti" in _suggested(text)
    assert "Abu Omar" not in _suggested(text)


def test_a_persons_other_name_is_a_person_too() -> None:
    text = "The gang leader Rony Desir, known as Ti Gason, fled the area on Sunday."
    assert _types(text).get("Ti Gason") == "person"
    text = "A farmer who goes by the nickname El Flaco said the road was mined."
    assert _types(text).get("El Flaco") == "person"
    text = 'Its leader, who goes by the name "Tonton Kal", posted a video.'
    assert _types(text).get("Tonton Kal") == "person"
    # a body's other name is not a person's
    text = "The faction known as Ansar Dine claimed the raid, said Issa Traore, a farmer."
    assert _types(text).get("Ansar Dine") != "person"
    assert _types("A gang nicknamed Los Lobos came.").get("Los Lobos") != "person"


def test_an_honorific_inside_a_hausa_or_kanuri_name_stays_in_it() -> None:
    text = '"They took the cattle," Moussa Malam Kaka, a herder from Bosso, told reporters.'
    assert "Moussa Malam Kaka" in _suggested(text)


def test_a_title_before_a_portfolio_word_alone_is_no_person() -> None:
    text = "Gunmen fired on General Security service officers near Baniyas."
    assert "Security" not in _suggested(text)


def test_a_body_named_then_described_by_its_kind_takes_that_kind() -> None:
    text = (
        "Border villages were emptied. Sawa, the rights group that runs a hotline, "
        "said 30 men were held."
    )
    assert _types(text).get("Sawa") == "organisation"
    text = "Shots were heard. Kata'ib al-Sahil, a militia formed last year, said it held the road."
    assert _types(text).get("Kata'ib al-Sahil") == "armed group"
    assert "Kharkiv" not in _suggested("Kharkiv, the regional capital, was hit again.")
    assert _types("Rafik Nasser, a group member, said it.").get("Rafik Nasser") == "person"


def test_a_kind_word_between_a_name_and_its_acronym_is_left_out() -> None:
    text = (
        "Officers of the Multinational Security Support mission (MSS) arrived on Monday. "
        "The MSS said it would stay."
    )
    found = _suggested(text)
    assert "Multinational Security Support" in found
    assert found.count("MSS") == 2


def test_a_person_described_as_a_member_of_a_group_stays_a_person() -> None:
    text = (
        "The Kampala Legal Aid Network said 12 men were held. "
        '"Nobody has seen a judge," said Moses Okello, a lawyer with the group.'
    )
    assert _types(text).get("Moses Okello") == "person"
    assert _speaker(text, "Nobody has seen") == "Moses Okello"


def test_a_surname_with_a_particle_is_a_later_mention_of_its_person() -> None:
    text = (
        "The mayor, Luis Fernando dos Reis Almeida, toured the market. "
        '"We are alone here," dos Reis said.'
    )
    assert "dos Reis" in _suggested(text)
    assert _speaker(text, "We are alone") == "dos Reis"
    text = "The mayor, Pieter van der Berg, spoke first. Van der Berg said the town was calm."
    assert "Van der Berg" in _suggested(text)


def test_a_role_of_several_words_before_an_apposed_name() -> None:
    text = "A prominent cattle trader and activist, Idris Kamara Bangura, was found dead."
    assert _types(text).get("Idris Kamara Bangura") == "person"


def test_an_acronym_after_or_names_the_body_before_it() -> None:
    text = (
        "The Coffee Growers Federation of Honduras, or FECAFEH, said the harvest was lost. "
        "FECAFEH members met on Friday."
    )
    found = _suggested(text)
    assert "Coffee Growers Federation of Honduras" in found
    assert found.count("FECAFEH") == 2
    assert "AMH" not in _suggested("He met Ali Musa Hassan, or AMH, on Friday.")


def test_states_after_borders_with_are_places() -> None:
    text = "Raids went on close to its borders with Mali and Burkina Faso, officials said."
    assert not {"Mali", "Burkina Faso"} & set(_suggested(text))
    assert "Mali" in _suggested("The borders with Mali were closed after Mali accused it.")


def test_state_bodies_and_groups_from_the_lists_are_found() -> None:
    text = "The Transitional Presidential Council met as Kokorat San Ras gunmen blocked the road."
    types = _types(text)
    assert types.get("Transitional Presidential Council") == "state"
    assert types.get("Kokorat San Ras") == "armed group"


def test_a_surname_never_introduced_is_a_person_where_it_speaks() -> None:
    text = "Clashes near Baga\n\nOkafor said the attackers had come from the forest at dawn."
    assert _types(text).get("Okafor") == "person"
    text = 'Clashes near Baga\n\n"We ran to the river," Mbeki told reporters on Monday.'
    assert _types(text).get("Mbeki") == "person"
    text = "Clashes near Baga\n\nPolice said three people died. Nobody said more."
    assert not {"Police", "Nobody"} & set(_suggested(text))


def test_a_body_that_names_itself_is_found_with_its_kind() -> None:
    text = "A militia calling itself Pueblos Libres has set up checkpoints on the highway."
    assert _types(text).get("Pueblos Libres") == "armed group"
    text = "A previously unknown group calling itself the Sons of the Coast claimed the attack."
    assert _types(text).get("Sons of the Coast") == "armed group"
    assert _types("The man, calling himself Musa, left the camp.") == {}


def test_a_state_acts_through_its_named_force() -> None:
    text = "Ethiopia's National Defense Force said it had retaken the town."
    assert {"Ethiopia", "National Defense Force"} <= set(_suggested(text))


def test_an_abbreviated_rank_after_a_title_chain_is_no_body() -> None:
    text = "Chief of Army Staff Lt. Gen. Tunde Adeyemi Bako visited Maiduguri on Friday."
    assert _suggested(text) == ["Tunde Adeyemi Bako"]


def test_an_honorific_inside_a_name_is_not_read_as_a_title_after_a_demonym() -> None:
    text = "Hassan Sheikh Ibrahim's government said it would respond."
    assert "Ibrahim" not in _suggested(text)


def test_a_group_named_before_vigilante_or_self_defence_words_is_armed() -> None:
    text = "Clashes\n\nGunmen from the Yan Sa Kai vigilante group killed five herders."
    assert _types(text).get("Yan Sa Kai") == "armed group"
    text = "Clashes\n\nBoth the Mayi-Mayi Yakutumba militia and the army denied it."
    assert "Mayi-Mayi Yakutumba" in _suggested(text)
    assert not any(found.startswith("Both") for found in _suggested(text))
    assert _suggested("Clashes\n\nThe Tuareg rebels said they held the town.") == []


def test_a_months_name_before_a_surname_particle_is_a_given_name() -> None:
    text = "Jan van der Linde, a Dutch aid worker, said the road was closed on Monday."
    assert _types(text).get("Jan van der Linde") == "person"
    assert "Jan" not in _suggested("On Jan 5 the road was closed, officials said.")


def test_known_as_before_a_thing_or_a_description_names_no_person() -> None:
    assert _suggested("Clashes\n\nThe drone, known as Shahed, hit the town.") == []
    text = "Clashes\n\nFighting reached Cite Soleil, known as Haiti's largest slum."
    assert _types(text).get("Haiti") != "person"
