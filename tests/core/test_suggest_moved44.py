"""ACTOR and CASUALTY classes from the misses of articles 382-397, moved from held-out to
dev in session 44 (issue 15). Sentences are invented; places, states and public bodies are
real, the people and events are not.
"""

from __future__ import annotations

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.suggest_probes import suggested_texts
from tests.core.suggest_probes import suggested_types as _types


def _figures(text: str) -> dict[str, tuple[object, object]]:
    """Every CASUALTY suggested: its text -> (count_low, count_high)."""
    return {
        text[s.start : s.end]: (s.attributes.get("count_low"), s.attributes.get("count_high"))
        for s in suggest(text, gazetteer=load_gazetteer())
        if s.label == "CASUALTY"
    }


def test_a_name_followed_by_an_age_in_commas_is_a_person_whatever_stands_before() -> None:
    text = (
        "Report\n\nIn Nazran, relatives of Timur Dzaurov, 37, say he was beaten in custody. "
        "Dzaurov had been held for two days."
    )
    types = _types(text)
    assert types["Timur Dzaurov"] == "person"
    assert "Dzaurov" in suggested_texts(text)  # ... and the surname after it
    # a date's day is no age, and a single word is no full name
    assert _types("Report\n\nTalks resumed in Geneva on March 3, 2026, officials said.") == {}


def test_people_named_by_what_they_write_or_learn_in_apposition() -> None:
    text = (
        "Report\n\nA court in Samarkand jailed a 29-year-old blogger, Dilshod Yusupov, for "
        "six years. His apprentice, Sanjar, who was 17, was also questioned."
    )
    types = _types(text)
    assert types["Dilshod Yusupov"] == "person"
    assert types["Sanjar"] == "person"


def test_a_university_is_an_organisation_but_its_hospital_is_a_place() -> None:
    text = (
        "Report\n\nAmina Yusuf, a historian at the University of Maiduguri, said the "
        "numbers were low. A lecturer at Bayero University said the same. The wounded were "
        "taken to Aminu Kano University Teaching Hospital."
    )
    types = _types(text)
    assert types["University of Maiduguri"] == "organisation"
    assert types["Bayero University"] == "organisation"
    assert not any("Hospital" in name or "Aminu" in name for name in types)


def test_a_byline_s_outlet_after_the_writer_s_name_and_its_later_mentions() -> None:
    text = (
        "Gunmen kill four in port city\n\nBy Rosa Quirós Mena, The Pacific Herald\n\nFour "
        'people were shot dead on Saturday, police said. "It was an ambush," a witness '
        "told The Pacific Herald.\n\nAnother report\n\nBy Tomás Ruiz, WKRN 2\n\nRuiz said."
    )
    types = _types(text)
    # (without its "The", as the gold tags outlets: REGION20)
    assert types["Pacific Herald"] == "media"
    assert suggested_texts(text).count("Pacific Herald") == 2
    assert types["WKRN 2"] == "media"
    # the place a byline was filed from is no outlet
    assert "Kaduna" not in _types("Title\n\nBy Musa Bello, Kaduna\n\nThe talks went on.")


def test_a_masthead_opening_the_page_before_a_bar_but_not_a_menu() -> None:
    text = (
        "RADIO MIRAYA | 8 PM BULLETIN | Tuesday, 2 December 2026\n\nYou are listening to "
        "Radio Miraya. Fighting resumed in Jonglei."
    )
    types = _types(text)
    assert types["Radio Miraya"] == "media"
    assert _types("Watch Live | Weather | Traffic\n\nFighting resumed in Jonglei.") == {}


def test_a_broadcast_transcript_s_role_label_names_its_speaker_in_brackets() -> None:
    text = (
        "[Transcript]\n\nPRESENTER (MARY NYAKONG): Good evening.\n\nCORRESPONDENT (PETER "
        "LADU GORE): Thank you, Mary. The attackers came at dawn."
    )
    types = _types(text)
    assert types["MARY NYAKONG"] == "person"
    assert types["PETER LADU GORE"] == "person"


def test_a_hyphened_militia_name_and_a_courtesy_titled_spokesman_after_it() -> None:
    text = (
        "Report\n\nA representative of the former Cobra-Ntsiba militia, Mr Serge Mabiala, "
        "denied any role. The fighters of the Cobra-Ntsiba had disarmed in 2018."
    )
    types = _types(text)
    assert types["Cobra-Ntsiba"] == "armed group"
    assert suggested_texts(text).count("Cobra-Ntsiba") == 2
    assert types["Serge Mabiala"] == "person"
    assert not any(name.startswith("Mr") for name in types)


def test_a_state_s_possessive_of_two_words_stays_out_of_a_defined_body() -> None:
    # (the acronym in the body's own language: its letters do not spell the English name)
    text = (
        "Report\n\nEl Salvador's National Civil Police (PNC) said the gang attacked the "
        "post. The PNC gave no figure."
    )
    types = _types(text)
    assert types["El Salvador"] == "state"
    assert types["National Civil Police"] == "state"
    assert not any(name.startswith("El Salvador's") for name in types)


def test_a_file_format_and_an_appeal_s_title_name_no_actor() -> None:
    text = (
        "Report\n\nDownload the full report (PDF, 88 pages, 3.1 MB). The 2026 Sudan "
        "Humanitarian Response Plan is 12 per cent funded. The PDF said it attacked."
    )
    types = _types(text)
    assert suggested_texts(text).count("PDF") == 1  # the armed group acting, only
    assert "Sudan" not in types


def test_an_object_pronoun_in_a_title_opens_no_name() -> None:
    assert "Them Rebels" not in _types('Report\n\n"They Called Them Rebels": a summary')


def test_an_ordinal_before_a_command_is_part_of_the_unit_s_name() -> None:
    text = "Report\n\nThe army's 102nd Base Command operates in the area, officials said."
    assert "102nd Base Command" in _types(text)


def test_a_wire_s_slugged_headline_counts_its_one_person_without_the_slug() -> None:
    text = (
        "FLASH-Farmer shot dead near boundary line, ministry says\n\nTBILISI, Dec 1 "
        "(Reuters) - A farmer was shot dead.\n\nMore to follow\n\nUPDATE 1-Shepherd shot "
        "dead near boundary, two held\n\nTBILISI, Dec 1 (Reuters) - A shepherd was shot dead."
    )
    figures = _figures(text)
    assert figures["Farmer shot dead"] == (1, 1)
    assert figures["Shepherd shot dead"] == (1, 1)
    assert not any(name.startswith(("FLASH", "UPDATE", "1-")) for name in figures)
