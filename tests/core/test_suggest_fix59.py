"""Review 58b (FIX59): the rest of the ACTOR precision findings on MONO28's and ACT28's
rules and the older `actor_person_in_attribution`. Each test drives the real suggester on
sentences written for it (invented people and events; real places, states and bodies).
"""

from __future__ import annotations

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.suggest_probes import suggested_texts

# --- B4: a listed body's name is not opened with a person's name or a headline's word ----


def test_a_presidents_name_before_the_white_house_is_no_part_of_it() -> None:
    text = (
        "President Anders Kalvik flew to Brussels on Monday.\n\n"
        "Officials at the Kalvik White House said the sanctions on the shipping firms would "
        "stay in place."
    )
    found = suggested_texts(text)
    assert "White House" in found, found
    assert "Kalvik White House" not in found, found


def test_a_given_name_before_the_white_house_is_no_part_of_it() -> None:
    text = "Aides in the Samir White House said the convoy had been stopped at the border."
    found = suggested_texts(text)
    assert "White House" in found, found
    assert "Samir White House" not in found, found


def test_a_title_case_headline_word_before_a_listed_group_is_no_part_of_it() -> None:
    text = (
        "Inside the Hidden Wagner Group Bases of Northern Mali\n\n"
        "Villagers near Gao described trucks of foreign fighters arriving at night, two "
        "elders said on Thursday."
    )
    found = suggested_texts(text)
    assert "Wagner Group" in found, found
    assert "Hidden Wagner Group" not in found, found


def test_a_word_the_text_writes_in_lower_case_opens_no_listed_body() -> None:
    text = (
        "Volunteers said the Mobile Emergency Response Room had run out of fuel on Sunday. A "
        "mobile kitchen was feeding 300 families near the bridge."
    )
    found = suggested_texts(text)
    assert "Emergency Response Room" in found, found
    assert "Mobile Emergency Response Room" not in found, found


def test_a_district_still_opens_its_listed_room() -> None:
    text = (
        "Shells fell on the market of Karari district. The Karari Emergency Response Room "
        "said eleven people had died."
    )
    assert "Karari Emergency Response Room" in suggested_texts(text)


# --- "identified as <thing>": what was identified must be people -------------------------


def test_a_drone_identified_as_a_model_names_no_person() -> None:
    text = (
        "The drone that struck the fuel depot near Kharkiv on Tuesday was identified as "
        "Geran, officials said."
    )
    assert "Geran" not in suggested_texts(text)


def test_a_vessel_seized_and_identified_by_name_is_no_person() -> None:
    text = (
        "Coast guards said the tanker seized off Hodeidah on Friday was later identified as "
        "Marlena."
    )
    assert "Marlena" not in suggested_texts(text)


def test_a_disease_identified_by_name_is_no_person() -> None:
    text = "Doctors in Bunia said the fever that killed 14 children was identified as Lassa."
    assert "Lassa" not in suggested_texts(text)


def test_a_weapon_before_identified_as_names_no_person() -> None:
    text = "A rifle identified as Zastava was found beside the road near Gao, police said."
    assert "Zastava" not in suggested_texts(text)


def test_people_identified_by_one_name_stay_people() -> None:
    text = (
        "Two guards were shot at the gate of the camp near Gao on Monday. The slain jawan was "
        "identified as Harpreet. The gunman was identified as Okonkwo."
    )
    found = suggested_texts(text)
    assert "Harpreet" in found, found
    assert "Okonkwo" in found, found


# --- A5: "<title> (<its acronym>) <district> said": the district is no person ------------


def test_a_district_after_a_posts_acronym_is_no_person() -> None:
    lead = "Maoists ambushed a road-opening party near a forest camp on Friday, police said. "
    found = suggested_texts(lead + "Superintendent of Police (SP) Narayanpur said two men died.")
    assert "Narayanpur" not in found, found
    found = suggested_texts(lead + "Deputy Commissioner (DC) Baramulla told reporters it was shut.")
    assert "Baramulla" not in found, found


def test_a_given_name_after_a_posts_acronym_is_still_a_person() -> None:
    text = (
        "Maoists ambushed a road-opening party near a forest camp on Friday, police said. "
        "Superintendent of Police (SP) Budi said two men died."
    )
    assert "Budi" in suggested_texts(text)


# --- A4: "By" + a phrase of common words after the headline is no byline ----------------

_HEAD = "Fishermen missing after boats sink off Flores\n\n"
_BODY = "\n\nSeven fishermen were missing after two boats sank off Flores on Monday, police said."


def test_a_kicker_of_common_nouns_after_by_names_no_writers() -> None:
    found = suggested_texts(_HEAD + "By Salt and Storm" + _BODY)
    assert "Salt" not in found, found
    assert "Storm" not in found, found


def test_one_common_noun_makes_the_by_line_a_phrase() -> None:
    # "Anchor" is in no list: the line is a phrase because "Storm" is a common noun
    found = suggested_texts(_HEAD + "By Storm and Anchor" + _BODY)
    assert "Storm" not in found, found
    assert "Anchor" not in found, found


def test_one_name_writers_after_by_stay_people() -> None:
    found = suggested_texts(_HEAD + "By Sutarno and Wulandari" + _BODY)
    assert "Sutarno" in found, found
    assert "Wulandari" in found, found


# --- A6: a word set off after "<person> who ... in <Place>," is the place's apposition ---

_LEAD = "Gunmen burned eleven houses in a village near the border on Saturday, officials said. "


def test_a_town_set_off_after_a_relative_clause_ending_in_a_place_is_no_person() -> None:
    text = _LEAD + "The nurse who runs the only dispensary in Ituri, Mongbwalu, was abducted."
    assert "Mongbwalu" not in suggested_texts(text)


def test_a_given_name_set_off_there_is_still_a_person() -> None:
    text = _LEAD + "The nurse who runs the only dispensary in Ituri, Ibrahim, was abducted."
    assert "Ibrahim" in suggested_texts(text)


def test_a_word_set_off_there_and_later_titled_is_a_person() -> None:
    text = (
        _LEAD + "The doctor who runs the only clinic in Ituri, Kasereka, was abducted. "
        "Colleagues said Dr Kasereka had refused to close the clinic."
    )
    assert "Kasereka" in suggested_texts(text)


# --- A8: a caller's "\r\n" text is read as the importers store it -----------------------


def test_a_one_name_byline_in_crlf_text_is_found_at_the_given_offsets() -> None:
    text = (
        "Ferry capsizes off Larantuka\r\nBy Wirasena\r\n\r\nNine passengers drowned when a "
        'ferry capsized off Larantuka on Monday. "The sea was too rough," said Yohanes Making.'
        "\r\n"
    )
    found = suggest(text, gazetteer=load_gazetteer())
    actors = [text[s.start : s.end] for s in found if s.label == "ACTOR"]
    assert "Wirasena" in actors, actors
    quote = next(s for s in found if s.label == "QUOTE")
    assert text[quote.start : quote.end].startswith("The sea was too rough")
    assert quote.speaker is not None
    assert text[quote.speaker[0] : quote.speaker[1]] == "Yohanes Making"
