"""ACTOR and speaker classes from the misses of articles 308-323, moved from held-out to
dev in session 42 (issue 15). Sentences are invented; places, states and public bodies are
real, the people and events are not.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker
from tests.core.suggest_probes import suggested_types as _types


def test_a_federation_named_after_its_kind_is_a_body_and_speaks() -> None:
    # "the farmers' federation Famasul said": a federation's kind, then its name
    text = (
        "Report\n\nThe farmers' federation Famasul said in a statement that producers were "
        '"victims of invasions" and called for calm.'
    )
    assert _types(text) == {"Famasul": "organisation"}
    assert suggested_speaker(text, "victims of") == "Famasul"
    # "federation" before a common word names nothing
    assert _types("The federation said on Monday that it would appeal.") == {}


def test_a_church_named_by_its_denomination_is_a_body_a_saint_s_church_is_not() -> None:
    text = (
        "Report\n\nThe Coptic Orthodox Church said in a statement it was following events "
        '"with great pain" and called for calm.'
    )
    assert _types(text) == {"Coptic Orthodox Church": "organisation"}
    assert suggested_speaker(text, "with great") == "Coptic Orthodox Church"
    assert _types("The Roman Catholic Church said 40 people had died.") == {
        "Roman Catholic Church": "organisation"
    }
    # a building is named after a saint or a place: no actor
    assert _types("Gunmen set fire to St Mary's Church in the village on Sunday.") == {}
    assert _types("Worshippers fled the Redeemed Christian Church of God parish in Owo.") == {}


def test_an_argentine_province_s_ministry_acts() -> None:
    # the regions list takes Argentina's provinces (ISO 3166-2, pycountry)
    text = (
        "Report\n\nIn a statement, the Santa Fe security ministry said the verdict showed "
        'that "no one will go unpunished".'
    )
    assert _types(text) == {"Santa Fe security ministry": "state"}
    assert suggested_speaker(text, "no one") == "Santa Fe security ministry"
    # the province as a place is no actor
    assert _types("Rain fell across Santa Fe and Entre Ríos on Monday.") == {}


def test_a_dateline_city_with_particles_names_no_state_in_its_bracket() -> None:
    types = _types(
        "Santa Cruz de la Sierra (Bolivia), Nov 30 (EFE).- Seven inmates have died in a "
        "prison riot."
    )
    assert "Bolivia" not in types
    assert types.get("EFE") == "media"


def test_a_rank_word_followed_by_a_body_word_opens_a_body_not_a_title() -> None:
    types = _types("By midday the General Directorate of Penitentiary Regime said two had died.")
    assert "Penitentiary Regime" not in types
    assert types.get("General Directorate of Penitentiary Regime") == "state"
    # a title chain holding "of <body>" still gives the person after it
    assert _types("Senior Superintendent of Police Asif Qureshi said the road was shut.") == {
        "Asif Qureshi": "person"
    }


def test_a_translated_body_s_short_form_in_brackets_is_its_own_span() -> None:
    # the short form spells the name in its own language (Brigade Mobil; Conselho
    # Indigenista Missionario): the initials are all there, in another order
    types = _types(
        "Officers, among them members of the Mobile Brigade (Brimob) paramilitary unit, "
        "were flown in. Brimob officers fired tear gas."
    )
    assert types == {"Mobile Brigade": "armed group", "Brimob": "armed group"}
    types = _types(
        "According to the Indigenist Missionary Council (Cimi), a church body, 211 people "
        "were killed. Cimi said the count was low."
    )
    assert types == {"Indigenist Missionary Council": "organisation", "Cimi": "organisation"}
    # a party's faction in brackets stays part of the name
    assert _types("The Communist Party of India (Maoist) said it had lost two cadres.") == {
        "Communist Party of India (Maoist)": "armed group"
    }


def test_a_spokesperson_for_a_state_s_body_speaks_for_the_body() -> None:
    # "a spokesperson for Britain's Foreign Office": the possessive names the owner; the
    # spokesperson speaks for the body it owns
    text = (
        "Report\n\nA spokesperson for Britain's Foreign Office said London was "
        '"aware of reports" and was raising them.'
    )
    assert suggested_speaker(text, "aware of") == "Foreign Office"
    text = 'Report\n\nA statement from Kenya\'s Interior Ministry said: "The road is open."'
    assert suggested_speaker(text, "The road") == "Interior Ministry"
    # with no possessive, the body named first still speaks
    text = 'Report\n\nA spokesman for the BLA said: "We carried out the attack."'
    assert suggested_speaker(text, "We carried") == "BLA"


def test_state_house_stands_for_the_presidency() -> None:
    text = (
        "Report\n\nState House said the President had directed the disaster unit to meet "
        "the cost of the funerals."
    )
    assert _types(text) == {"State House": "state"}


def test_an_age_range_after_between_is_not_the_count() -> None:
    from annotator.core.suggest import suggest

    text = "Three men aged between 24 and 51 were arrested on Tuesday in Ajaccio."
    found = [s for s in suggest(text, labels=("CASUALTY",)) if s.label == "CASUALTY"]
    assert [
        (text[s.start : s.end], s.attributes["count_low"], s.attributes["count_high"])
        for s in found
    ] == [("Three men aged between 24 and 51 were arrested", 3, 3)]


def test_an_arabic_article_written_apart_stays_inside_the_name() -> None:
    # "Jamaat al Muslimeen": the article without its hyphen, as "Jamaat al-Muslimeen"
    types = _types(
        "In 1990 the Jamaat al Muslimeen, a Muslim group based in Port of Spain, stormed "
        "Parliament."
    )
    assert types.get("Jamaat al Muslimeen") == "armed group"
    assert _types("The Jamaat al-Muslimeen said it would not disarm.") == {
        "Jamaat al-Muslimeen": "armed group"
    }


def test_every_state_in_a_list_of_citizens_is_a_place() -> None:
    # "citizens of A, B and C": whose people they are, for each item of the list, as for
    # the first
    assert (
        _types(
            "Those freed came from 15 countries, among them citizens of China, Viet Nam, "
            "Kenya and Ethiopia."
        )
        == {}
    )
    assert _types("Guards detained 14 people, most of them citizens of Somalia and Eritrea.") == {}
    # the envoys of states are their agents: the states act
    assert _types("The envoys of China and Russia said talks would resume.") == {
        "China": "state",
        "Russia": "state",
    }


def test_a_place_s_possessive_before_its_minister_or_governor_is_a_polity() -> None:
    types = _types(
        "Ruslan Gasanbekov, Dagestan's interior minister, told the state news agency the road "
        "was shut."
    )
    assert types.get("Dagestan") == "state"
    types = _types("Abdulkarim Sharabi, Taiz's deputy governor, told reporters the road was shut.")
    assert types.get("Taiz") == "state"
    # a person's possessive, a body's or a listed group's is no polity
    types = _types("President William Ruto said that Ruto's interior minister would visit.")
    assert types.get("Ruto") == "person"
    assert _types("The Central Bank's governor said rates would stay.") == {
        "Central Bank": "organisation"
    }
    assert _types("Hamas's interior minister said the crossing was open.") == {
        "Hamas": "armed group"
    }


def test_units_teams_mechanisms_and_projects_are_bodies_wards_and_dams_are_not() -> None:
    text = (
        "Report\n\nThe case was handled by the Political Killings Task Team, which was set up "
        "in 2018. Officers attached to the Rural Border Patrol Unit were on patrol. The "
        "Missing Migrants Project recorded 41 deaths."
    )
    assert _types(text) == {
        # a force's unit and a task team are a state's bodies (type59; dev gold: state)
        "Political Killings Task Team": "state",
        "Rural Border Patrol Unit": "state",
        "Missing Migrants Project": "organisation",
    }
    text = (
        "Report\n\nHe was taken to the Intensive Care Unit of the hospital. Work on the Grand "
        "Ethiopian Renaissance Dam Project resumed."
    )
    assert _types(text) == {}


def test_guillemets_spaced_as_in_french_typography_hold_a_quote_and_its_speaker() -> None:
    from annotator.core.suggest import suggest

    for text, words, speaker in (
        (
            "Report\n\n« We will not give up », Governor Ali Musa said.",
            "We will not give up",
            "Ali Musa",
        ),
        (
            "Report\n\n«We will not give up», Governor Ali Musa said.",
            "We will not give up",
            "Ali Musa",
        ),
        (
            "Report\n\nAli Musa, the governor, said on Monday: « We will stay. »",
            "We will stay.",
            "Ali Musa",
        ),
    ):
        quotes = [s for s in suggest(text) if s.label == "QUOTE"]
        assert [text[q.start : q.end] for q in quotes] == [words]
        assert suggested_speaker(text, words[:6]) == speaker
    # a guillemet at a line's end opens nothing
    text = "Report\n\nThe sign read «\nclosed» all week."
    assert [s for s in suggest(text) if s.label == "QUOTE"] == []


def test_an_official_s_building_after_a_place_s_possessive_names_no_polity() -> None:
    assert "Taiz" not in _types("Protesters gathered outside Taiz's Governor House on Monday.")
