"""ACTOR and speaker forms from the untuned misses of the development batches 398-413
(session 42, issue 15): bar bylines, a currency's sign, list labels, lawyers' titles, a
paper's own correspondent, French closing guillemets and a statement given after a
colon. Sentences are invented; places, states and public bodies are real.
"""

from __future__ import annotations

from annotator.core.suggest import suggest
from tests.core.suggest_probes import suggested_speaker
from tests.core.suggest_probes import suggested_types as _types


def test_a_bar_byline_gives_the_reporter_and_the_outlet() -> None:
    text = (
        "Five shot dead in tavern attack\n\nLulama Ngcukana | Daily Dispatch\n03 December 2026\n\n"
        "Police launched a manhunt on Tuesday."
    )
    types = _types(text)
    assert types.get("Lulama Ngcukana") == "person"
    assert types.get("Daily Dispatch") == "media"
    text = (
        "Kenscoff is falling\n\nBy Jean-Robert Désinor | The Haitian Times | December 3, 2026"
        "\n\nThe hills above the capital lost another village."
    )
    assert _types(text).get("Haitian Times") == "media"
    text = (
        "Nurse who stayed\n\nBy Emmanuel Kum Tanjong | MMI (Mimi Mefo Info) | 2 December 2026"
        "\n\nFor eight years she refused to leave."
    )
    types = _types(text)
    assert types.get("MMI") == "media"
    assert types.get("Mimi Mefo Info") == "media"
    # a masthead's navigation on the first line and a date after the bar are no byline
    text = (
        "Televisa Acapulco | Noticias | En Vivo\n\nDrone attack kills four\n\n"
        "Published December 3, 2026 | Updated December 3, 2026\n\nFour people were killed."
    )
    assert "Televisa Acapulco" not in _types(text)


def test_a_currency_s_sign_after_a_state_s_abbreviation_names_no_state() -> None:
    text = "Report\n\nKigali says the mission costs more than US$100 million a year."
    assert "US" not in _types(text)
    assert _types("Report\n\nThe US said it would send aid.") == {"US": "state"}


def test_a_state_labelling_a_numbered_or_dashed_item_is_no_actor() -> None:
    text = (
        "Newsletter\n\n1. Benin: At least 11 soldiers killed near Karimama\n\n"
        "In other news\n- Kenya: Parliament debates a bill.\n- Nigeria: the naira rises."
    )
    assert {"Benin", "Kenya", "Nigeria"}.isdisjoint(_types(text))


def test_a_lawyer_s_title_is_left_out_of_the_name() -> None:
    text = "Report\n\nThe defence counsel, Barrister Usman Gwoza, said his clients would appeal."
    assert _types(text) == {"Usman Gwoza": "person"}
    assert _types("Report\n\nAdvocate Ramesh Kumar said the court would sit.") == {
        "Ramesh Kumar": "person"
    }


def test_a_paper_s_correspondent_in_a_place_is_the_person_named_after() -> None:
    text = "Report\n\nOur correspondent in Gedo, Maxamed Xuseen Gaas, sent this report."
    assert _types(text) == {"Maxamed Xuseen Gaas": "person"}
    # "From our correspondent, Minna": the place the report was filed from
    assert "Minna" not in _types("Report\n\nFrom our correspondent, Minna\n\nNineteen died.")


def test_a_full_stop_inside_guillemets_then_a_comma_leaves_the_attribution_after() -> None:
    text = (
        "Report\n\nThe High Commissioner, Lieutenant-Colonel Karim Ouedraogo, paid tribute to "
        "the men. « The enemy wanted to strangle the town. He found men ready. », he declared."
    )
    assert suggested_speaker(text, "The enemy") == "Karim Ouedraogo"


def test_seats_of_government_other_than_the_capital_in_law_stand_for_it() -> None:
    text = (
        "Report\n\nCotonou has in recent months dropped its refusal to cooperate. The IACHR "
        "called on La Paz to investigate the deaths."
    )
    types = _types(text)
    assert types.get("Cotonou") == "state"
    assert types.get("La Paz") == "state"
    # where they are only places, no actor
    assert _types("Report\n\nHe flew to La Paz on Monday and met traders in Cotonou.") == {}


def test_a_capital_that_is_still_doing_something_stands_for_its_government() -> None:
    text = "Report\n\nKenscoff is falling, and Port-au-Prince is still holding meetings."
    assert _types(text) == {"Port-au-Prince": "state"}


def test_certified_dead_is_a_death() -> None:
    text = "Police said one of them was certified dead on arrival at the hospital."
    found = [s for s in suggest(text, labels=("CASUALTY",)) if s.label == "CASUALTY"]
    spans = [
        (text[s.start : s.end], s.attributes["kind"], s.attributes["count_low"]) for s in found
    ]
    assert spans == [("one of them was certified dead", "killed", 1)]


def test_a_part_or_the_people_of_a_body_opening_its_name_are_left_out() -> None:
    text = (
        "Diapaga, 2 December 2026 (AIB) - Units of the Armed Forces of Burkina Faso (FABF) "
        "repelled an attack."
    )
    types = _types(text)
    assert types.get("Armed Forces of Burkina Faso") == "state"
    assert "Units of the Armed Forces of Burkina Faso" not in types
    assert "Rangers of African Parks" not in _types(
        "Report\n\nRangers of African Parks, which manages the park, said two died."
    )


def test_a_backer_s_compound_before_a_group_s_name_is_left_out() -> None:
    text = (
        "Report\n\nCentral African soldiers and fighters of the Russian-run Africa Corps "
        "killed at least 20 miners."
    )
    types = _types(text)
    assert types.get("Africa Corps") == "armed group"
    assert "Russian-run Africa Corps" not in types


def test_a_name_followed_by_a_life_s_years_is_a_person() -> None:
    text = (
        "OBITUARY: Bridget Ngum Fomukong, 1992-2026, the nurse who stayed in Ndop\n\n"
        "For eight years, Bridget Ngum Fomukong refused to leave."
    )
    assert _types(text) == {"Bridget Ngum Fomukong": "person"}
    # a war's years name no person
    assert _types("Report\n\nThe Second Congo War (1998-2003) killed millions.") == {}


def test_more_kinds_of_closing_page_furniture() -> None:
    from annotator.core.boilerplate import boilerplate_ranges

    body = "Report\n\nGunmen killed four people in the village on Monday, police said.\n\n"
    for furniture in (
        "Analysis by Ernesto Chicava, ISS consultant, Maputo\n\nSubscribe to the newsletter",
        "For more Human Rights Watch reporting on Chad, please visit: [link]",
        "[Signature tune]\n\nRadio Ergo is a radio service. Listen on shortwave or online",
        "Written by our team in Lagos. Reply to this email to send us tips. Unsubscribe",
    ):
        text = body + furniture + "\n"
        assert boilerplate_ranges(text) == [(len(body), len(text) - 1)], furniture
    # an article's own sentence about listening is no furniture
    text = body + "Residents said they listen to the radio for news of the fighting.\n"
    assert boilerplate_ranges(text) == []


def test_a_role_of_a_place_named_by_its_kind_then_the_name_is_a_person() -> None:
    text = (
        "Report\n\nFor his part, the mayor of the commune, Thiombiano Lamoussa, reassured the "
        'population. "The convoy arrived."'
    )
    assert _types(text) == {"Thiombiano Lamoussa": "person"}
    assert suggested_speaker(text, "The convoy") == "Thiombiano Lamoussa"


def test_a_spaced_guillemet_after_the_speaker_s_sentence_takes_its_subject() -> None:
    text = (
        "Report\n\nFor his part, the mayor of Diapaga, Thiombiano Lamoussa, reassured the "
        "population. « The convoy arrived. »\n\nThe convoy had left on Monday."
    )
    assert suggested_speaker(text, "The convoy arrived") == "Thiombiano Lamoussa"


def test_police_statements_count_males_and_females_found_lying_dead() -> None:
    for text, expected in (
        (
            "On arrival, police found four males lying dead inside the tavern.",
            ("four males lying dead", 4),
        ),
        ("Two females were injured in the attack.", ("Two females were injured", 2)),
    ):
        found = [s for s in suggest(text, labels=("CASUALTY",)) if s.label == "CASUALTY"]
        assert [(text[s.start : s.end], s.attributes["count_low"]) for s in found] == [expected]
    assert [s for s in suggest("The male population fled the town.") if s.label == "CASUALTY"] == []


def test_an_acronym_no_list_holds_in_a_slot_only_a_body_s_acronym_fills() -> None:
    # invented acronyms, as a real one the lists do not hold
    text = (
        "Report\n\nDoctors Without Borders, known by its French initials TFL, said its "
        "hospital treated 112 people. TFL's head of mission said more would come."
    )
    assert [t for t in _types(text) if t == "TFL"] == ["TFL"]
    text = (
        "Report\n\nThe UN refugee agency PTBDN said this year that the province hosted "
        "refugees. PTBDN said more would come."
    )
    assert _types(text).get("PTBDN") == "organisation"
    text = (
        "Report\n\nEthiopian troops serving in the African Union mission, DGVPKG, would reopen "
        "the road. DGVPKG troops remained."
    )
    assert _types(text).get("DGVPKG") == "organisation"
    # a capitalised word after a UN agency's description that opens a longer name is not one
    assert "World" not in _types("Report\n\nThe UN food agency World Food Programme said.")


def test_a_plural_head_before_of_the_is_part_of_a_body_s_name() -> None:
    # a real form ("Guardians of Religion Organisation"); seen in dev's body-renaming variants
    text = (
        "Report\n\nThe role has since been taken over by the Guardians of the River Movement, "
        "which said it would stay."
    )
    assert _types(text).get("Guardians of the River Movement") == "armed group"
    assert (
        _types("Report\n\nFighters of the Sons of the Valley Brigade attacked.").get(
            "Sons of the Valley Brigade"
        )
        == "armed group"
    )
    # a day's phrase before "the" still stays out of the name
    assert _types("Report\n\nLate on Friday the National Intelligence Agency said.") == {
        "National Intelligence Agency": "organisation"
    }


def test_one_name_after_a_place_s_title_before_a_verb_in_the_past_is_a_person() -> None:
    # people known by one name (common in Indonesia), after "<place> Governor"
    text = "Report\n\nMaluku Governor Haryanto visited the displaced on Tuesday."
    assert _types(text) == {"Haryanto": "person"}
    # an office's building after the title is still no person
    assert _types("Report\n\nProtesters gathered at Maluku Governor House yesterday.") == {}


def test_an_acronym_slot_inside_a_word_is_no_slot() -> None:
    # "unknown by its initials X", "GUN office X": the words open inside other words
    text = "Report\n\nThe group, unknown by its initials XQZ, attacked. The GUN office ZRTQ said."
    types = _types(text)
    assert "XQZ" not in types
    assert "ZRTQ" not in types


def test_one_name_after_a_role_of_a_named_place_is_a_person() -> None:
    # people known by one name, in apposition after "<role> of <Place>,"
    text = (
        'Report\n\n"They will come back," said the mayor of Karimama, Sutrisno. He said more fled.'
    )
    assert _types(text) == {"Sutrisno": "person"}
    assert suggested_speaker(text, "They will") == "Sutrisno"
    # a listed place in apposition, an honorific's abbreviation: no person of one word
    types = _types("Report\n\nIts leader in the capital, Bamako, said the road was shut.")
    assert "Bamako" not in types or types["Bamako"] != "person"
    types = _types("Report\n\nThe chairman of Kajuru LGA, Hon. Joshua Dauda, confirmed it.")
    assert "Hon" not in types
    assert types.get("Joshua Dauda") == "person"
