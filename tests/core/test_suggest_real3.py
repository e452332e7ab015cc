"""General forms the untuned misses of articles 348-355 showed and the development set
shows too (issue 15, session 37).

Each test states one form with sentences written for the test (invented people, groups
and events; real places), never the development articles' own.
"""

from __future__ import annotations

import pytest

from annotator.core.boilerplate import boilerplate_ranges
from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.suggest_probes import suggested_speaker, suggested_texts

# --------- "the collective said" after a body named in French, Spanish or Portuguese


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "BAMAKO (Reuters) - Gunmen attacked a bus near Segou on Monday.\n\n"
            "The Collectif des familles de disparus du Nord (CFDN), a group based in Mopti, "
            "said 14 passengers were missing. Human Rights Watch called for an inquiry.\n\n"
            'In a statement, the collective said: "Every family has a name to give."\n',
            "Every family",
            "CFDN",
        ),
        (
            "BOGOTA (Reuters) - Clashes closed the road.\n\n"
            "The Observatorio de derechos humanos del Catatumbo (ODHC) recorded 30 attacks "
            "this year. The Ombudsman's Office urged talks.\n\n"
            '"The valley is emptying," the observatory said in its report.\n',
            "The valley",
            "ODHC",
        ),
        # the English noun a broadcaster's name holds too ("network"): the body whose
        # name means it, not the agency in the dateline
        (
            "NIAMEY (Reuters) - Jihadists attacked a village.\n\n"
            "The R\u00e9seau des femmes pour la paix de Tillab\u00e9ri (RFPT) said 40 "
            "families had fled. The International Rescue Committee sent a team.\n\n"
            '"Women are the first to leave," the network wrote on X.\n',
            "Women are",
            "RFPT",
        ),
        (
            "DAKAR (Reuters) - Troops were deployed.\n\n"
            "The Comit\u00e9 de veille citoyenne de Kolda (CVCK) counted nine bodies. "
            "Amnesty International called for an inquiry.\n\n"
            '"Nobody came to help," the committee said.\n',
            "Nobody came",
            "CVCK",
        ),
    ],
)
def test_an_english_description_stands_for_the_body_named_by_its_foreign_noun(
    text: str, quote: str, speaker: str
) -> None:
    assert suggested_speaker(text, quote) == speaker


def test_the_collective_with_no_collective_named_before_has_no_speaker() -> None:
    text = (
        "GENEVA (Reuters) - A report was published.\n\n"
        "Human Rights Watch said 12 people were killed.\n\n"
        '"We counted every one," the collective said.\n'
    )
    assert suggested_speaker(text, "We counted") is None


# --------- a building named after "at" is where something happens, not a body


@pytest.mark.parametrize(
    ("text", "building"),
    [
        ("BANGKOK - The minister spoke to reporters at Government House on Monday.\n", "House"),
        ("PESHAWAR - Funeral prayers were offered at the Police Lines in Bannu.\n", "Lines"),
        (
            "GENEVA - Spokespeople spoke at a briefing at the Palais des Nations in Geneva.\n",
            "Palais",
        ),
    ],
)
def test_a_building_after_at_is_a_place(text: str, building: str) -> None:
    assert not any(building in found for found in suggested_texts(text))


def test_a_seat_of_government_that_speaks_stays_an_actor() -> None:
    text = "BANGKOK - Government House said the talks would go ahead.\n"
    assert "Government House" in suggested_texts(text)


# --------- a keywords line and an app promotion naming its app close the page


_ARTICLE = (
    "Shelling of market kills 9 in Kassala, officials say\n\n"
    "KASSALA, May 3 (Meridian Wire) - Shelling killed nine civilians in a market in "
    "eastern Sudan on Friday, local officials said, blaming the Rapid Support Forces.\n"
)


@pytest.mark.parametrize(
    "footer",
    [
        "Keywords: Sudan, Kassala, armed conflict\n\nShare this news: Facebook Twitter\n",
        "Download the Sahel Daily app for your iOS or Android devices.\n\nSudan\n\nAfrica\n",
    ],
)
def test_a_keywords_line_or_a_named_app_promotion_opens_the_closing_furniture(
    footer: str,
) -> None:
    text = _ARTICLE + "\n" + footer
    assert [text[a:b] for a, b in boilerplate_ranges(text)] == [footer.rstrip("\n")]
    found = suggest(text, gazetteer=load_gazetteer())
    assert all(s.end <= len(_ARTICLE) for s in found)


def test_keywords_in_a_sentence_of_the_body_stay_text() -> None:
    text = _ARTICLE + "\nKeywords such as 'cleansing' were used in the statement, she said.\n"
    assert boilerplate_ranges(text) == []


# --------- members counted by their armed group's name are combatants


def _victims(text: str) -> dict[str, str]:
    found = suggest(text, gazetteer=load_gazetteer())
    return {
        text[s.start : s.end]: str(s.attributes.get("victims"))
        for s in found
        if s.label == "CASUALTY"
    }


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "MAIDUGURI (Reuters) - Troops killed 12 ISWAP members in an ambush near Gwoza on "
            "Sunday, the army said.\n",
            "killed 12 ISWAP members",
        ),
        (
            "BEIRUT (Reuters) - An air strike killed five Hezbollah members in south Lebanon, "
            "a security source said.\n",
            "killed five Hezbollah members",
        ),
    ],
)
def test_members_counted_by_an_armed_groups_name_are_combatants(text: str, figure: str) -> None:
    assert _victims(text)[figure] == "combatant"


def test_members_counted_by_a_civil_bodys_name_stay_unknown() -> None:
    text = (
        "BANGUI (Reuters) - Gunmen killed three MSF members on the road to Bria, "
        "Doctors Without Borders said.\n"
    )
    assert _victims(text)["killed three MSF members"] == "unknown"
