"""ACTOR rules generalised from probes and from the misses on development articles 159-165
(issue 15).

Each test states one general form of wire English with sentences written for the
test (invented people and events; real states, capitals and groups), not the
articles' own sentences.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_texts as _suggested
from tests.core.suggest_probes import suggested_types as _types


def test_a_religious_honorific_before_a_name_is_no_part_of_it() -> None:
    text = "Mawlawi Abdul Rauf Haqqani, the district governor, said the road had reopened."
    assert "Abdul Rauf Haqqani" in _suggested(text)
    assert not any("Mawlawi" in found for found in _suggested(text))
    text = "Qari Habibullah Zaheer, who leads prayers in the town, said the men were freed."
    assert "Habibullah Zaheer" in _suggested(text)
    text = "Maulvi Sher Ahmad Khan told the gathering that the ban would stay."
    assert "Sher Ahmad Khan" in _suggested(text)


def test_a_directorate_is_a_body_not_a_person_after_general() -> None:
    text = "The General Directorate of Security said it had arrested four men in Herat."
    assert _types(text).get("General Directorate of Security") == "state"
    assert "Directorate" not in _suggested(text)


def test_names_whose_head_opens_them_in_other_languages_are_bodies() -> None:
    assert "Frente Popular de Resistencia" in _suggested(
        "The Frente Popular de Resistencia said its men had left the valley."
    )
    assert "Ejército Revolucionario del Pueblo" in _suggested(
        "A statement from the Ejército Revolucionario del Pueblo denied the killings."
    )
    assert (
        _types("Jaysh al-Nasr fighters shelled the hills overnight.").get("Jaysh al-Nasr")
        == "armed group"
    )


def test_a_bracketed_acronym_spelled_in_another_language_names_the_run_before_it() -> None:
    text = (
        "The Independent Electoral Observers of Chad (OIET) counted the ballots. "
        "The OIET said turnout was low in the east."
    )
    found = _suggested(text)
    assert "Independent Electoral Observers of Chad" in found
    assert found.count("OIET") == 2
    # a plural noun before "of" whose initial the acronym lacks is no part of the name
    text = "Guerrillas of the National Liberation Army (ELN) attacked a pipeline."
    assert "National Liberation Army" in _suggested(text)
    assert not any("Guerrillas" in found for found in _suggested(text))


def test_a_wires_credit_line_names_no_actor() -> None:
    text = (
        "Gunmen killed four people in Gao, the army said.\n\n"
        "Reporting by Moussa Kone in Bamako; Writing by Clara Weiss; Editing by Tom Reed"
    )
    found = _suggested(text)
    assert not {"Moussa Kone", "Clara Weiss", "Tom Reed", "Kone", "Bamako"} & set(found)
    text = (
        "Police said the bridge was closed.\n\n"
        "Associated Press writer Kofi Mensah in Accra contributed to this report."
    )
    assert not {"Associated Press", "Kofi Mensah"} & set(_suggested(text))
    # prose that opens with "Reporting by" is not a credit line
    text = "Reporting by the BBC's team suggests the Taliban lost the district.\n\nIt is calm."
    assert "Taliban" in _suggested(text)
