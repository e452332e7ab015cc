"""Speaker attribution written before the quote, and the rules it leans on.

Each test states one general form real wires use; the sentences are written
for the test (invented people, real states and groups).
"""

from __future__ import annotations

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer


def _found(text: str, label: str) -> list[str]:
    return [
        text[s.start : s.end] for s in suggest(text, gazetteer=load_gazetteer()) if s.label == label
    ]


def _speaker(text: str, quote_words: str) -> str | None:
    for s in suggest(text, gazetteer=load_gazetteer()):
        if s.label == "QUOTE" and text[s.start : s.end].startswith(quote_words):
            return None if s.speaker is None else text[s.speaker[0] : s.speaker[1]]
    raise AssertionError(f"no quote starting {quote_words!r}")


def test_a_description_before_a_colon_takes_the_group_named_before() -> None:
    text = (
        "The Sudan People's Liberation Movement-in-Opposition (SPLM-IO) denied any part in it. "
        'In a statement, the movement said: "The government is using this as an excuse."'
    )
    assert _speaker(text, "The government") == "SPLM-IO"


def test_a_name_before_a_colon_after_the_verb_and_its_object() -> None:
    text = 'Aid worker Lina Moradi told Meridian Wire: "We ran out of tents on Monday."'
    assert _speaker(text, "We ran out") == "Lina Moradi"


def test_according_to_a_name_introduces_the_quote_that_follows() -> None:
    text = (
        "The state governor, Hyacinth Ortese, visited the villages. "
        'According to Ortese, "these killings will not go unanswered".'
    )
    assert _speaker(text, "these killings") == "Ortese"


def test_a_spokesman_for_a_group_gives_the_quote_to_the_group() -> None:
    text = (
        "The Balochistan Liberation Army (BLA) said it carried out the attack. A spokesman for "
        'the BLA said in a message that the dead were "agents of the state".'
    )
    assert _speaker(text, "agents") == "BLA"


def test_the_description_an_appositive_gave_a_group_points_back_to_it() -> None:
    text = (
        "KHARTOUM, May 2 (Meridian Wire) - The Emergency Response Rooms, a volunteer network "
        'that runs kitchens in the camp, said the strike hit a market. "People were queuing '
        'for flour," the network said in a statement.'
    )
    assert _speaker(text, "People were") == "Emergency Response Rooms"


def test_it_after_an_opening_phrase_naming_an_outlet_is_the_group_not_the_outlet() -> None:
    text = (
        "Islamic State Mozambique Province claimed the attack. In a statement carried by the "
        'group\'s Amaq news agency, it said its fighters had "inflicted heavy losses".'
    )
    assert _speaker(text, "inflicted") == "Islamic State Mozambique Province"


def test_he_after_an_opening_phrase_naming_an_outlet_is_the_person_named_before() -> None:
    text = (
        "Colonel Amadou Tiemoko visited the base. In an interview with Meridian Wire, he said: "
        '"The post will be rebuilt."'
    )
    assert _speaker(text, "The post") == "Amadou Tiemoko"


def test_a_mention_inside_a_quote_never_says_the_quote() -> None:
    text = (
        "The Mozambican defence ministry said six soldiers were killed. In a statement, the "
        'ministry said: "The forces, with the support of Rwandan forces, regained control."'
    )
    assert _speaker(text, "The forces") == "Mozambican defence ministry"


def test_a_new_clause_after_a_quote_does_not_attribute_it() -> None:
    text = (
        "The army put the toll at 3,000 fighters of the Movement for Justice and Renewal (MJR), "
        'a figure the armed group called "pure invention" and which the United Nations said it '
        "could not verify."
    )
    assert _speaker(text, "pure invention") == "MJR"


def test_a_person_after_a_capitalised_determiner_and_role_is_found() -> None:
    text = "The state governor, Hyacinth Ortese, ordered schools closed. An OHCHR spokesperson, "
    text += "Marieke van den Broek, said the register was incomplete."
    actors = _found(text, "ACTOR")
    assert "Hyacinth Ortese" in actors
    assert "Marieke van den Broek" in actors


def test_a_branch_of_a_listed_group_named_with_its_region_is_one_actor() -> None:
    text = "Islamic State Mozambique Province claimed the attack on Macomia."
    assert _found(text, "ACTOR") == ["Islamic State Mozambique Province"]


def test_a_capital_after_a_place_preposition_is_a_place_even_before_a_verb() -> None:
    text = "Mariama Souley, who heads a civil society coalition in Niamey, said the toll was high."
    assert "Niamey" not in _found(text, "ACTOR")
    assert "Niamey" in _found("Niamey said the toll was high.", "ACTOR")


def test_a_state_a_region_borders_is_a_place() -> None:
    text = "Separatists in Balochistan, which borders Iran, accuse Islamabad."
    assert _found(text, "ACTOR") == ["Islamabad"]


def test_shot_dead_then_a_number_is_a_killing() -> None:
    text = "Gunmen stopped the bus and shot dead 14 passengers after checking their cards."
    found = [s for s in suggest(text) if s.label == "CASUALTY"]
    assert [text[s.start : s.end] for s in found] == ["shot dead 14 passengers"]
    assert found[0].attributes["kind"] == "killed"
    assert found[0].attributes["victims"] == "civilian"


def test_fighters_called_terrorists_or_suspects_are_victim_nouns() -> None:
    text = 'Troops had "killed dozens of terrorists" and arrested six suspects on Friday.'
    found = {text[s.start : s.end]: s.attributes for s in suggest(text) if s.label == "CASUALTY"}
    assert found["killed dozens of terrorists"]["victims"] == "combatant"
    assert found["killed dozens of terrorists"]["count_low"] == 24
    assert found["arrested six suspects"]["kind"] == "other"


def test_according_to_at_a_sentence_start_introduces_a_person_not_a_place() -> None:
    text = 'According to Prosper Ndakala, a member of parliament, "the rebels tax this road".'
    assert "Prosper Ndakala" in _found(text, "ACTOR")
    assert _speaker(text, "the rebels") == "Prosper Ndakala"


def test_un_before_a_listed_office_is_part_of_its_name() -> None:
    text = (
        "More than 1,000 people have fled, the UN Office for the Coordination of Humanitarian "
        'Affairs said. "Families sleep in churches," the office said.'
    )
    name = "UN Office for the Coordination of Humanitarian Affairs"
    assert _found(text, "ACTOR") == [name]
    assert _speaker(text, "Families") == name


def test_a_compass_word_opens_a_nationality_with_its_forces() -> None:
    text = "Instructors are deployed alongside the Central African armed forces."
    assert _found(text, "ACTOR") == ["Central African armed forces"]


def test_members_named_after_a_national_body_are_not_the_body() -> None:
    assert _found("Russian military instructors arrived in 2018.", "ACTOR") == []
    assert _found("The Russian military said it had struck depots.", "ACTOR") == [
        "Russian military"
    ]


def test_a_group_named_by_a_code_and_what_it_is_and_its_later_mentions() -> None:
    text = "The army blamed the 3R rebel group for the ambush. 3R did not respond to requests."
    assert _found(text, "ACTOR") == ["3R", "3R"]
    assert _found("The Tuareg rebels held the town.", "ACTOR") == []


def test_evacuating_people_is_a_rescue_not_a_casualty() -> None:
    text = "Peacekeepers had evacuated five wounded soldiers to Bouar by helicopter."
    assert _found(text, "CASUALTY") == ["five wounded soldiers"]
    assert _found("Volunteers helped evacuate about 200 passengers.", "CASUALTY") == []


def test_a_description_after_an_opening_phrase_is_the_subject_not_the_outlet_named() -> None:
    text = (
        "The Mozambican defence ministry gave no toll. In a statement read on state television "
        'TVM, the ministry said troops had "regained control of the town".'
    )
    assert _speaker(text, "regained") == "Mozambican defence ministry"


def test_a_description_with_nothing_of_its_kind_named_before_has_no_speaker() -> None:
    text = (
        "ABUJA, May 3 (Meridian Wire) - Gunmen attacked a village, the defence ministry said. "
        'In a statement read on state television NTA, the ministry said troops had "killed '
        'dozens of bandits".'
    )
    assert _speaker(text, "killed dozens") is None


def test_a_name_after_an_outlet_word_is_the_outlet_not_a_person() -> None:
    text = "In a statement read on state television Tele Sahel, the ministry said it was calm."
    found = [s for s in suggest(text, gazetteer=load_gazetteer()) if s.label == "ACTOR"]
    assert [(text[s.start : s.end], s.attributes["type"]) for s in found] == [
        ("Tele Sahel", "media")
    ]


def test_a_named_group_followed_or_described_by_what_it_is_and_its_later_mentions() -> None:
    text = (
        "Kidnappers from the Sons of Marsk militia took the bus. The Sons of Marsk said the "
        "hostages were safe."
    )
    assert _found(text, "ACTOR") == ["Sons of Marsk", "Sons of Marsk"]
    text = "The Valley Lions, an armed group that holds the pass, denied it. Valley Lions fighters"
    assert _found(text + " left.", "ACTOR") == ["Valley Lions", "Valley Lions"]
    assert _found("Sudanese Arab rebels held the town.", "ACTOR") == []
