"""States and capitals in the positions the untuned misses of articles 446-461 showed
(issue 15, session 46): a government as the source of an order or a figure, a state that
holds ground, a state's agents and its lower-case bodies, and the same names as places; a
body's own-language name in brackets; outlets named in the page furniture at the end and
in bylines.

Each test states one form with sentences written for the test (invented events; real
places), never the development articles' own.
"""

from __future__ import annotations

import pytest

from annotator.core.boilerplate import boilerplate_ranges
from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.suggest_probes import suggested_types

# --------- a state or capital that commands: orders, instructions, permission "from" it


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The militia does not need an order from Damascus to open fire.", "Damascus"),
        ("The gunmen act on instructions from Tehran, the minister said.", "Tehran"),
        ("The convoy waited two days for permission from Kabul to cross.", "Kabul"),
        ("The brigade says it moved on orders from Eritrea.", "Eritrea"),
        ("No unit crossed without the green light from Moscow.", "Moscow"),
    ],
)
def test_a_government_giving_orders_is_an_actor(text: str, name: str) -> None:
    assert suggested_types(text).get(name) == "state"


# --------- a capital as the source of a figure: "according to Seoul"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Two soldiers were wounded in the blast, according to Kyiv.", "Kyiv"),
        ("Six boats were seized last year, according to Hanoi, which protested.", "Hanoi"),
        ('The fighters were "foreign mercenaries", according to Bamako.', "Bamako"),
    ],
)
def test_a_capital_as_a_source_stands_for_its_government(text: str, name: str) -> None:
    assert suggested_types(text).get(name) == "state"


def test_a_capital_before_its_police_is_no_source_of_its_own() -> None:
    # the capital names where the police serve, not the government
    text = "Three people were shot dead, according to Kabul police."
    assert "Kabul" not in suggested_types(text)


# --------- a state that holds ground: "under the control of", "in the hands of"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The strip has been under the control of Turkey and allied militias since 2019.",
            "Turkey",
        ),
        ("The crossing is under the command of Azerbaijan since October.", "Azerbaijan"),
        ("The islands remained in the hands of Morocco after the war.", "Morocco"),
    ],
)
def test_a_state_that_holds_ground_acts(text: str, name: str) -> None:
    assert suggested_types(text).get(name) == "state"


# --------- a state's possessive before a lower-case rights office or rescue body


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He said he would write to Kenya's ombudsman about the arrests.", "Kenya"),
        ("Armenia's public defender said the detainees had bruises.", "Armenia"),
        ("The search went on overnight, Greece's search and rescue centre said.", "Greece"),
        ("Malaysia's maritime search and rescue agency said two boats sank.", "Malaysia"),
    ],
)
def test_a_state_s_possessive_before_its_office_acts(text: str, name: str) -> None:
    assert suggested_types(text).get(name) == "state"


# --------- the same names as places stay untagged (guideline: "in Sudan")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Refugees from Ethiopia arrived in the camp with orders to register.", "Ethiopia"),
        ("They flew to Kabul on Monday and met the governor.", "Kabul"),
        ("A Kosovo police sergeant was hurt in the blast.", "Kosovo"),
        ("Hundreds fled across the Sudan border into Chad.", "Sudan"),
        ("The delegation travelled from Damascus to Beirut by road.", "Damascus"),
        ("The men were kept in the hands of smugglers in Libya for months.", "Libya"),
    ],
)
def test_the_same_names_as_places_stay_untagged(text: str, name: str) -> None:
    assert name not in suggested_types(text)


# --------- a body's name in its own language in brackets after its English name: both
# names are spans (as a bracketed acronym is), the bracketed one typed as the English one


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The Ministry of Justice (Ministerio de Justicia), which runs the prisons, "
            "denied the claim.",
            "Ministerio de Justicia",
            "state",
        ),
        (
            "Members of the Gendarmerie (\u017dandarmerija) arrested eight people.",
            "\u017dandarmerija",
            "state",
        ),
        (
            "Members of the Border Police (Grani\u010dna policija) arrested eight people.",
            "Grani\u010dna policija",
            "state",
        ),
        (
            "The strike was called by the Five Unions of the Valley (Cinco Sindicatos del "
            "Valle), the farmers' unions.",
            "Cinco Sindicatos del Valle",
            "organisation",
        ),
    ],
)
def test_a_body_s_own_language_name_in_brackets_is_a_span(text: str, name: str, kind: str) -> None:
    assert suggested_types(text).get(name) == kind


@pytest.mark.parametrize(
    ("text", "bracket"),
    [
        # a place in brackets, a faction of a party, a dateline's agency: no translation
        ("The National Police (Bogot\u00e1) said two officers were hurt.", "Bogot\u00e1"),
        ("A court in the State of Mexico (Estado de M\u00e9xico) ruled on Monday.", "Estado"),
        ("Leaders of the Communist Party of Nepal (Maoist Centre) met.", "Maoist Centre"),
    ],
)
def test_other_brackets_after_a_name_are_no_translation(text: str, bracket: str) -> None:
    assert not any(
        name.startswith(bracket) or name.startswith("(") for name in suggested_types(text)
    )


# --------- page furniture the end of a page holds: an outlet named there is no mention
# (article 440's footer: a promotion beside another link on one line)

_BODY = (
    "KANDAHAR (Meridian Wire) - Gunmen killed two guards at a checkpoint on Monday, the "
    "provincial police said.\n\n"
    "The police said they had arrested one suspect and were searching for the others.\n\n"
)


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        (
            "Pashto version of this report | Follow Radio Azadi Herald on Telegram and X\n"
            "Copyright (c) 2026. Radio Azadi Herald. All rights reserved.\n",
            "Radio Azadi Herald",
        ),
        (
            "Join the Frontier Courier WhatsApp channel for breaking news and updates.\n\n"
            "Related stories:\nGunmen attack checkpoint in Zabul\n",
            "Frontier Courier",
        ),
        (
            "Source: Lantern Post\n\nSign up for Lantern Post\nWeek in Review\n"
            "The latest news from the region, delivered to your inbox every week.\nSubscribe\n",
            "Lantern Post",
        ),
    ],
)
def test_an_outlet_in_the_page_furniture_is_no_mention(footer: str, outlet: str) -> None:
    text = _BODY + footer
    at = text.index(footer)
    assert any(start <= at < end for start, end in boilerplate_ranges(text))
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    assert not [s for s in found if s.start >= at and text[s.start : s.end] == outlet]


def test_a_bottom_line_of_names_and_a_date_divided_by_bars_stays_text() -> None:
    # a date or a name after a bar is no link: only a promotion's item makes the line
    # furniture (900 such lines made the whole text furniture, and slow)
    tail = "Ana Kis | Lantern Post | 3 December 2026\n"
    text = _BODY + tail * 3
    assert not any(start <= text.index(tail) < end for start, end in boilerplate_ranges(text))


def test_a_byline_with_a_date_after_a_bar_is_no_furniture() -> None:
    # the bar's items are read as furniture only at the bottom of the page
    text = (
        "Gunmen kill two guards in Kandahar\n\n"
        "By Ana Kis | Lantern Post | December 3, 2026\n\n" + _BODY
    )
    assert not any(start <= text.index("By Ana") < end for start, end in boilerplate_ranges(text))


# --------- an outlet in a byline: with a particle in its name, or opening a
# bar line with the place and a weekday's date


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        (
            "By Lucía Ordóñez | Voz Comunitaria del Altiplano | December 3, 2026",
            "Voz Comunitaria del Altiplano",
        ),
        (
            "Ruth Karubaba and Andi Prasetyo\n"
            "Suara English | Wamena | Wed, December 3, 2026 | 5:40 pm",
            "Suara English",
        ),
    ],
)
def test_an_outlet_in_a_byline_is_media(byline: str, outlet: str) -> None:
    text = f"Gunmen kill 11 miners\n\n{byline}\n\nEleven miners were killed, police said.\n"
    found = suggested_types(text)
    assert found.get(outlet) == "media"
    assert "Wamena" not in found  # the place the report was filed from


@pytest.mark.parametrize(
    "byline",
    [
        "By Carla Vargas Quiroga / Staff Reporter",  # a role after the slash, no outlet
        "Conflicts | Ukraine | Wed, December 3, 2026",  # a section, then a place
    ],
)
def test_a_role_or_a_section_in_a_byline_is_no_outlet(byline: str) -> None:
    text = f"Gunmen kill 11 miners\n\n{byline}\n\nEleven miners were killed, police said.\n"
    found = suggested_types(text)
    assert "Staff Reporter" not in found
    assert "Conflicts" not in found


# --------- a state's diplomatic mission named with the state is one name (as "U.S. Central
# Command" is); in lower case it is no name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The U.S. Embassy in Freetown said it condemned the attack.", "U.S. Embassy"),
        ("The Embassy of China in Tajikistan urged calm.", "Embassy of China"),
        ("The Embassy of the United States in Juba said.", "Embassy of the United States"),
        ("The Brazil Consulate General in Lima issued a warning.", "Brazil Consulate General"),
    ],
)
def test_a_state_s_embassy_is_one_name(text: str, name: str) -> None:
    assert suggested_types(text).get(name) == "state"


# --------- a state after "from" that acts in its own clause or as an ally


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Troops from Kenya, which has kept a force there since 2020, patrol the north.", "Kenya"),
        ("Soldiers from Burundi, which maintains a base near Baidoa, were hurt.", "Burundi"),
        ("The army and its allies from Niger, Chad and Benin form the task force.", "Niger"),
        ("The junta and its partners from Mali set up a joint command.", "Mali"),
    ],
)
def test_a_state_after_from_that_acts_is_an_actor(text: str, name: str) -> None:
    assert suggested_types(text).get(name) == "state"


def test_a_state_people_come_from_stays_a_place() -> None:
    text = "Refugees from Niger crossed the river, and traders from Chad followed them."
    found = suggested_types(text)
    assert "Niger" not in found
    assert "Chad" not in found


# --------- a capital coordinated with another government named by its kind, as subject


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tripoli and the eastern authorities in Benghazi both named delegates.", "Tripoli"),
        ("Kinshasa and the rebel administration in Goma signed the accord.", "Kinshasa"),
        ("Kabul and the provincial government have agreed to talks.", "Kabul"),
    ],
)
def test_a_capital_coordinated_with_a_government_acts(text: str, name: str) -> None:
    assert suggested_types(text).get(name) == "state"


def test_a_capital_in_a_place_phrase_before_and_the_government_stays_a_place() -> None:
    text = "He lived in Kabul and the government sent him abroad."
    assert "Kabul" not in suggested_types(text)


# --------- a country described in an aside, then what it is (a place), not what it does


@pytest.mark.parametrize(
    "text",
    [
        "Eswatini, a landlocked kingdom of about 1.2 million people, has one of the highest "
        "HIV rates in the world.",
        "Lesotho, a mountain kingdom of 2.3 million people surrounded by South Africa, has one "
        "of the highest murder rates in the world.",
    ],
)
def test_a_country_described_then_ranked_is_a_place(text: str) -> None:
    assert suggested_types(text) == {}


def test_a_country_described_then_acting_is_an_actor() -> None:
    text = "Gabon, a small country of about 2.3 million people, sent troops to the mission."
    assert suggested_types(text).get("Gabon") == "state"
