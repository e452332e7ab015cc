"""ACTOR classes from the misses of development articles 430-445 (session 43, issue 15):
kinds of source such as a Security Council summary, a briefing transcript, a photo story, a
translated agency report. Sentences are invented; places, states and public bodies are real,
the people and events are not.
"""

from __future__ import annotations

from annotator.core.boilerplate import boilerplate_ranges
from tests.core.suggest_probes import suggested_speaker, suggested_texts
from tests.core.suggest_probes import suggested_types as _types


def test_a_state_speaks_through_its_representative_at_the_council() -> None:
    text = (
        "Report\n\nThe representative of China said sanctions on gang leaders must be "
        'enforced "without double standards". France\'s representative said the mandate '
        "should be renewed."
    )
    types = _types(text)
    assert types.get("China") == "state"
    assert types.get("France") == "state"
    assert suggested_speaker(text, "without double") == "China"
    assert _types("Report\n\nThe representative of the United States said it paid.") == {
        "United States": "state"
    }


def test_a_nationality_s_embassy_is_one_span_a_state_s_name_stays_alone() -> None:
    assert _types("Report\n\nThe Chinese embassy urged its citizens to stay indoors.") == {
        "Chinese embassy": "state"
    }
    assert _types("Report\n\nThe US embassy said it was following the situation.") == {
        "US": "state"
    }


def test_a_backer_before_an_armed_group_s_kind_is_its_own_mention() -> None:
    text = "Report\n\nA drone launched by the Iran-backed Houthi militia struck a market."
    assert _types(text) == {"Iran": "state", "Houthi": "armed group"}


def test_forces_of_the_body_are_left_out_of_its_name() -> None:
    text = "Report\n\nForces of the Southern Transitional Council (STC) intercepted a second drone."
    types = _types(text)
    assert "Southern Transitional Council" in types
    assert not any(name.startswith("Forces") for name in types)
    # a body named "Armed Forces of ..." keeps its name
    assert "Armed Forces of the Philippines" in _types(
        "Report\n\nThe Armed Forces of the Philippines said two soldiers died."
    )


def test_a_bracketed_photo_credit_names_no_actor() -> None:
    text = (
        "Report\n\nMany families crossed on foot at low tide. (Carlos Nhantumbo/Al Jazeera)\n\n"
        "Amina Issufo, 38, rests with her children."
    )
    assert "Carlos Nhantumbo" not in suggested_texts(text)
    assert "Al Jazeera" not in suggested_texts(text)
    # an outlet's acronym with a slash is no credit
    rfe = "Report\n\nThe Tajik service of Radio Free Europe/Radio Liberty (RFE/RL) reported it."
    assert "RFE/RL" in suggested_texts(rfe)


def test_a_transcript_s_speaker_labels_and_questioners_outlets() -> None:
    text = (
        "Briefing\n\nSOK CHANTHY: Good afternoon. Two soldiers were killed.\n\n"
        "QUESTION (Voice of Democracy): The army says your troops fired first?\n\n"
        "SOK CHANTHY: That is not true.\n"
    )
    types = _types(text)
    assert types["SOK CHANTHY"] == "person"
    assert types["Voice of Democracy"] == "media"
    assert suggested_texts(text).count("SOK CHANTHY") == 2
    # a heading in capitals before a colon is no speaker
    assert _types("BREAKING NEWS: Two killed\n\nLATEST UPDATES: Police said more.") == {}


def test_a_participle_opening_a_sentence_is_no_part_of_a_body() -> None:
    text = (
        "Report\n\nBriefing the Council, Aminata Diallo, Special Representative, said the "
        "gangs had expanded."
    )
    types = _types(text)
    assert "Briefing the Council" not in types
    assert types.get("Aminata Diallo") == "person"


def test_a_south_asian_army_rank_is_a_title() -> None:
    text = (
        "Report\n\nThe deceased jawans were identified as Naik Rakesh Kumar, 34, and Sepoy "
        "Gurpreet Singh, 26."
    )
    assert set(suggested_texts(text)) == {"Rakesh Kumar", "Gurpreet Singh"}


def test_state_bodies_named_as_secretariats_committees_and_institutes() -> None:
    cases = {
        "The Secretariat of National Defence reinforced patrols.": (
            "Secretariat of National Defence"
        ),
        "The Senate Committee on Public Order opened the inquiry.": (
            "Senate Committee on Public Order"
        ),
        "Figures from the National Institute of Legal Medicine show 112 murders.": (
            "National Institute of Legal Medicine"
        ),
    }
    for sentence, name in cases.items():
        assert _types("Report\n\n" + sentence).get(name) == "state", sentence
    assert _types("Report\n\nThe UN Secretariat said it was concerned.") == {
        "UN Secretariat": "organisation"
    }


def test_a_country_s_humanitarian_plan_names_no_actor() -> None:
    text = "Report\n\nThe 2026 humanitarian plan for Burkina Faso was 31 per cent funded."
    assert _types(text) == {}


def test_a_translation_credit_closes_the_page() -> None:
    text = (
        "Attack on a bar leaves six dead\n\nSix people were killed and eight wounded in an "
        "attack on a bar in the city on Tuesday night, the state prosecutor said.\n\n"
        "(Translation of the Spanish service of EFE. Text: mc/jlr)\n\n\u00a9 EFE 2026.\n"
    )
    ranges = boilerplate_ranges(text)
    assert ranges
    assert text[ranges[-1][0] :].startswith("(Translation")


def test_a_bracketed_marker_opening_a_line_opens_a_sentence() -> None:
    text = (
        "In pictures\n\n[Photo 9 of 9] Celeste Mabunda cooks at a site for displaced people. "
        '"This is the third time," she said.'
    )
    assert _types(text) == {"Celeste Mabunda": "person"}
    assert suggested_speaker(text, "This is") == "Celeste Mabunda"


def test_two_names_then_their_armed_kind_are_both_armed_groups_and_so_are_their_mentions() -> None:
    text = (
        "Report\n\nResidents have lost relatives to a war between Los Shottas and Los "
        "Espartanos, two gangs that split from the same organisation. A spokesman for the "
        'Shottas said the group "only defends the neighbourhood".'
    )
    assert _types(text) == {
        "Los Shottas": "armed group",
        "Los Espartanos": "armed group",
        "Shottas": "armed group",
    }
    assert suggested_speaker(text, "only defends") == "Shottas"
    # peoples named with "the" before their kind stay untagged
    assert _types("Report\n\nClashes between the Fulani and the Dogon, two rival militias.") == {}


def test_he_after_a_state_s_representative_is_the_state() -> None:
    text = (
        "Report\n\nAminata Diallo briefed the Council. The representative of the United "
        'States said that his country had paid $600 million. "A police station abandoned '
        'without a fight is a gift to the gangs," he said.'
    )
    assert suggested_speaker(text, "A police station") == "United States"


def test_the_first_of_two_surnames_after_two_given_names_speaks() -> None:
    # perturb_check --kinds names-double: people renamed with two given names and two
    # surnames, as Spanish-speaking countries write them
    text = (
        "Report\n\nHernan Carlos Cardenas Villamizar, the mayor, said the road was cut. "
        '"We are alone," Cardenas said.'
    )
    assert suggested_speaker(text, "We are alone") == "Cardenas"
    assert "Cardenas" in suggested_texts(text)


def test_a_surname_after_said_after_a_closed_quote_speaks() -> None:
    # perturb_check --kinds invert: "X said" rewritten "said X"
    text = (
        "Report\n\nOscar Leyva Quintero, the state security chief, spoke on Monday. "
        '"We will not let these groups decide," said Leyva. \u201cThe situation is under '
        "control\u201d, said Leyva."
    )
    assert suggested_texts(text).count("Leyva") == 2
    assert suggested_speaker(text, "We will not") == "Leyva"
    assert suggested_speaker(text, "The situation") == "Leyva"
