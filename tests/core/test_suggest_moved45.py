"""ACTOR and CASUALTY classes from the misses of articles 414-429, moved from held-out to
dev in session 45 (issue 15). Sentences are invented; places, states and public bodies are
real, the people and events are not.
"""

from __future__ import annotations

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.suggest_probes import suggested_texts
from tests.core.suggest_probes import suggested_types as _types


def test_a_spokeswoman_for_a_body_in_apposition_stays_a_person() -> None:
    text = (
        'Report\n\n"They burned the seed store," said Marisol Ocampo, a spokeswoman for the '
        "cooperative, by phone from La Ceiba."
    )
    assert _types(text)["Marisol Ocampo"] == "person"
    # ... while a body described by its own head noun is still one
    body = "Report\n\nAgroverde Sur, a subsidiary of a Honduran palm firm, denied it."
    assert _types(body)["Agroverde Sur"] == "organisation"


def test_a_briefing_question_names_the_journalist_and_the_outlet_apart() -> None:
    text = (
        "Transcript of the weekly press briefing\n\nI will now take your questions.\n"
        "Question (Faisal Durrani, Samaa TV): Is the crossing open?\n"
        "Spokesperson: It is not.\n"
        "Question (Hina Baloch, Urdu service): When will it open?\n"
        "Spokesperson: I cannot say.\n"
    )
    types = _types(text)
    assert types["Faisal Durrani"] == "person"
    assert types["Samaa TV"] == "media"
    assert types["Hina Baloch"] == "person"
    assert not any("," in name or "service" in name for name in types)


def test_a_police_station_named_after_its_town_is_a_place() -> None:
    text = (
        "Report\n\nThe bomb went off outside a market, said Pol Lt Col Preecha Wongsa, "
        "superintendent of Tak Bai police station. The Thai police said two were hurt."
    )
    found = suggested_texts(text)
    assert not any("Bai" in name for name in found)
    assert "Thai police" in found


def test_a_command_opening_a_sentence_in_a_quote_is_no_name() -> None:
    text = (
        'Report\n\nHis sister wrote on Facebook: "He went out to buy bread. Stop saying he '
        'was a criminal." The post was shared 4,000 times.'
    )
    assert "Stop" not in suggested_texts(text)


def test_a_caption_s_credit_closing_its_line_is_furniture() -> None:
    text = (
        "Displaced by air strikes, families wait for rice\n\n"
        "Text by Nan Hsu | Photographs by Saw Htoo Lay | Frontier Myanmar\n\n"
        "[Image 2] Families queue for rice at a camp near Ei Tu Hta on 20 November. "
        "Photo: Saw Htoo Lay / Frontier\n\n"
        "Since October the military has bombed villages near the river, residents said."
    )
    found = [
        (s.start, text[s.start : s.end])
        for s in suggest(text, gazetteer=load_gazetteer())
        if s.label == "ACTOR"
    ]
    credit = text.index("Photo:")
    assert [name for at, name in found if at > credit] == []


def test_a_kin_of_one_of_the_dead_is_no_figure_but_a_share_of_the_dead_is() -> None:
    text = (
        "Report\n\nGunmen killed nine people at a bar on Sunday. The cousin of one of the dead "
        "said he had gone to watch a match. Four of the dead were teenagers."
    )
    figures = suggested_texts(text, "CASUALTY")
    assert "one of the dead" not in figures
    assert "Four of the dead" in figures
    assert "killed nine people" in figures


def test_a_person_after_an_office_of_a_committee_a_party_or_the_police() -> None:
    text = (
        "Report\n\nA unit led by CPI (Maoist) central committee member Sukhram Hembrom was "
        "camping in the forest. Committee chairperson Thandeka Mokoena (ANC) called the figures "
        "unacceptable. The district superintendent of police Arun Oraon visited the wounded."
    )
    types = _types(text)
    assert types["Sukhram Hembrom"] == "person"
    assert types["Thandeka Mokoena"] == "person"
    assert types["Arun Oraon"] == "person"
    # a member state after "member" is still the state
    assert _types("Report\n\nNATO member Turkey objected to the plan.")["Turkey"] == "state"


def test_a_grid_operator_in_apposition_is_a_body_but_a_drone_operator_is_a_person() -> None:
    text = (
        "Report\n\nVoltaris, the national grid operator, said power was cut in three regions. "
        "Ali Hassan, a drone operator, was killed on Monday."
    )
    types = _types(text)
    assert types["Voltaris"] == "organisation"
    assert types["Ali Hassan"] == "person"
