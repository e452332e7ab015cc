"""Honorifics before a full name and the bench's roles (session 33, articles 324-339)."""

from __future__ import annotations

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer

SHIPPED = load_gazetteer()


def people(text: str) -> list[str]:
    found = suggest(text, labels=["ACTOR"])
    return [text[s.start : s.end] for s in found if s.attributes["type"] == "person"]


def test_the_comrade_honorific_ka_is_left_out_of_the_name() -> None:
    text = "The rebels' spokesman, Ka Berto Malaya, said the patrol had fired first."
    assert people(text) == ["Berto Malaya"]


def test_an_honorific_before_a_full_name_is_left_out() -> None:
    text = "Tribal elders, led by Malik Sher Afzal Khan, asked the army for protection."
    assert people(text) == ["Sher Afzal Khan"]
    assert people("Chaudhry Imtiaz Warraich said the police ignored it.") == ["Imtiaz Warraich"]


def test_malik_as_a_given_name_or_a_surname_stays_in_the_name() -> None:
    assert people("Malik Agar said the talks in Juba had failed.") == ["Malik Agar"]
    assert people("Tahir Hussain Malik said the talks had failed.") == ["Tahir Hussain Malik"]


def test_a_name_after_a_judge_or_magistrate_is_a_person() -> None:
    text = "Presiding magistrate Inés Valcárcel opened the session by reading the names."
    assert people(text) == ["Inés Valcárcel"]
    assert people("The trial judge, Oren Vassily, adjourned the hearing until March.") == [
        "Oren Vassily"
    ]


def test_the_judge_alone_is_nobody() -> None:
    assert people("The judge said the hearing would resume in March.") == []


def bodies(text: str) -> list[str]:
    found = suggest(text, labels=["ACTOR"])
    return [text[s.start : s.end] for s in found if s.attributes["type"] != "person"]


def test_a_movement_s_members_as_owner_are_left_out_of_its_body() -> None:
    text = "The Maoists' Eastern Regional Bureau called the encounter staged."
    assert bodies(text) == ["Eastern Regional Bureau"]
    assert bodies("The Farmers' Union said the harvest had been lost.") == ["Farmers' Union"]


def test_a_demonym_before_an_office_named_for_its_head_is_left_out() -> None:
    text = "The Peruvian Ombudsman's Office said 12 people had died in the clashes."
    assert bodies(text) == ["Ombudsman's Office"]
    text = "The Ethiopian Human Rights Commission said 40 people had been killed."
    assert bodies(text) == ["Ethiopian Human Rights Commission"]


def states(text: str) -> list[str]:
    found = suggest(text, labels=["ACTOR"], gazetteer=SHIPPED)
    return [text[s.start : s.end] for s in found if s.attributes["type"] == "state"]


def test_a_region_s_possessive_before_its_official_is_tagged() -> None:
    text = "Helmand's deputy governor said the checkpoint had been retaken overnight."
    assert states(text) == ["Helmand"]
    text = "Oaxaca's State Prosecutor's Office said the two men had been detained."
    assert states(text) == ["Oaxaca", "State Prosecutor's Office"]


def test_a_region_s_possessive_before_a_place_or_building_is_not() -> None:
    assert states("Flooding cut off Borno's Marte district for a week.") == []
    assert states("Protesters gathered outside Balkh's Governor House on Monday.") == []


def spans(text: str) -> list[tuple[str, str]]:
    found = suggest(text, labels=["ACTOR"], gazetteer=SHIPPED)
    return [(text[s.start : s.end], s.attributes["type"]) for s in found]


def test_a_numbered_unit_of_a_listed_group_is_two_spans() -> None:
    text = "Clashes between the 33rd Front of the FARC and the army forced 200 families to flee."
    assert ("33rd Front", "armed group") in spans(text)
    assert ("FARC", "armed group") in spans(text)


def test_a_unit_of_the_national_army_is_two_spans() -> None:
    text = "The commander of the Seventh Brigade of the National Army said 300 had been sent."
    assert spans(text)[:2] == [("Seventh Brigade", "state"), ("National Army", "state")]


def test_a_front_named_of_something_unlisted_stays_one_name() -> None:
    text = "The Patriotic Front of the Republic said it would boycott the vote."
    assert [name for name, _ in spans(text)] == ["Patriotic Front of the Republic"]


def test_a_byline_name_opening_with_a_day_or_a_month_is_a_person() -> None:
    text = "Bandits kill four\n\nFrom Sunday Okafor, Gusau\n\nFour farmers were killed."
    assert people(text) == ["Sunday Okafor"]
    text = "Soldiers, rebels clash\n\nBy April Dimaculangan\n\nTwo soldiers were wounded."
    assert people(text) == ["April Dimaculangan"]
    assert people("Curfew extended\n\nBy Monday Night\n\nThe curfew was extended.") == []


def test_a_four_word_title_of_a_body_leaves_the_body() -> None:
    text = (
        "The Police Public Relations Officer of the Benue State Police Command, DSP Ene Okoh, "
        "confirmed the attack."
    )
    assert ("Benue State Police Command", "state") in spans(text)


def test_a_police_officer_s_post_at_a_station_is_no_body() -> None:
    text = "The Divisional Police Officer in Makurdi visited the village with soldiers."
    assert spans(text) == []


def test_a_listed_outlet_s_language_service_is_media() -> None:
    text = "A local elder told the VOA Hausa Service that 12 villagers had been killed."
    assert spans(text) == [("VOA Hausa Service", "media")]
    text = "The UN Mine Action Service said the road had been cleared."
    assert spans(text) == [("UN Mine Action Service", "organisation")]


def test_a_national_jurisdiction_for_peace_is_a_state_court() -> None:
    text = "Former soldiers testified before the Special Jurisdiction for Peace (JEP) on Monday."
    assert spans(text) == [("Special Jurisdiction for Peace", "state"), ("JEP", "state")]
