"""ACTOR classes from the misses of DEV13 (526-541), after their untuned score (issue 15).
Sentences are invented; places, states and public bodies are real, the people are not.
"""

from __future__ import annotations

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.suggest_probes import suggested_texts
from tests.core.suggest_probes import suggested_types as _types


def test_a_body_s_name_then_its_name_in_its_own_language_are_two_mentions() -> None:
    text = (
        "Report\n\nFive people were shot dead, the National Police (Policía Nacional) said. "
        "The Federal Foreign Office (Auswärtiges Amt) called the attack cowardly. The "
        "Communist Party of Nepal (Maoist) denied any part in it."
    )
    types = _types(text)
    assert types["National Police"] == types["Policía Nacional"] == "state"
    assert types["Federal Foreign Office"] == types["Auswärtiges Amt"] == "state"
    # a faction's qualifier in brackets stays part of the name
    assert "Communist Party of Nepal (Maoist)" in types


def test_a_state_s_border_and_security_bodies_are_the_state_s() -> None:
    text = (
        "Report\n\nThe Border Troops of the State Committee for National Security of "
        "Tajikistan said the Kyrgyz side fired first. The Defence and Security Forces are on "
        "the ground, the governor said, referring to the Forças de Defesa e Segurança (FDS)."
    )
    types = _types(text)
    assert (
        types["Border Troops of the State Committee for National Security of Tajikistan"] == "state"
    )
    assert types["Defence and Security Forces"] == "state"
    assert types["Forças de Defesa e Segurança"] == types["FDS"] == "state"
    # ... while a people's defence force may be an armed group's name: not typed by this
    assert (
        _types("Report\n\nThe Karenni People's Defence Force said it took the town.").get(
            "Karenni People's Defence Force"
        )
        != "state"
    )


def test_mrs_in_somali_spanish_and_portuguese_is_no_part_of_the_name() -> None:
    text = (
        "Report\n\nMarwo Faadumo Cali Nuur, who sells tea at the checkpoint, said she fell. "
        "Doña Rosa Mendieta said her son had not come home. Dona Lúcia Mandlate wept."
    )
    found = suggested_texts(text)
    assert "Faadumo Cali Nuur" in found
    assert "Rosa Mendieta" in found
    assert "Lúcia Mandlate" in found
    # "Bibi" stays part of a woman's name, first or last
    assert "Bibi Amina" in suggested_texts('Report\n\n"We fled," said Bibi Amina, 40.')


def test_a_word_known_elsewhere_opening_a_longer_name_here_is_no_mention() -> None:
    text = (
        "Report\n\nThe bomb went off in Saba Yoi district. The wounded went to Soran "
        "Emergency Hospital. Saba reported the attack."
    )
    known = {"Saba": "media", "Emergency": "organisation"}
    found = suggest(text, known_actors=known, gazetteer=load_gazetteer(), labels=["ACTOR"])
    names = [(text[s.start : s.end], s.start) for s in found]
    assert names == [("Saba", text.rindex("Saba"))]
    # ... but a short heading in title case keeps its capitals' names
    heading = "Report\n\nIslamabad Cites Militant Hideouts\n\nPakistan said on Monday it struck."
    found = suggest(heading, known_actors={"Islamabad": "state"}, gazetteer=load_gazetteer())
    assert "Islamabad" in [heading[s.start : s.end] for s in found]


def test_one_border_guard_is_a_man_not_the_service() -> None:
    text = (
        "Report\n\nThe Tajik side said one Tajik border guard was wounded. The Tajik border "
        "guard service denied it."
    )
    found = suggested_texts(text)
    assert "Tajik border guard" not in found


def test_a_byline_s_label_names_the_writer() -> None:
    text = (
        "Two rangers killed in roadside bomb\nWriter: Kittipong Saelim\n\nPATTANI: Two "
        "rangers were killed on Thursday."
    )
    assert _types(text).get("Kittipong Saelim") == "person"


def test_the_number_killed_in_a_long_phrase_of_the_event_then_its_rise() -> None:
    text = (
        "Report\n\nThe number of people killed in a missile and drone attack on the "
        "western Ukrainian city of Lutsk has risen to 11, officials said. The number of people "
        "killed in Tuesday's attack at the market of La Libertad, in the north of the city, "
        "rose to six."
    )
    figures = suggested_texts(text, "CASUALTY")
    assert figures[0].startswith("number of people killed in a missile")
    assert figures[0].endswith("has risen to 11")
    assert figures[1].endswith("in the north of the city, rose to six")


def test_a_harm_denied_is_no_figure() -> None:
    text = (
        "Report\n\nThe rebels denied killing the mayor. The army denied any role in killing "
        "seven farmers. Gunmen killed seven farmers on Sunday."
    )
    assert suggested_texts(text, "CASUALTY") == ["killed seven farmers"]


def test_a_state_after_a_question_s_verb_or_an_opening_adverb_acts() -> None:
    text = (
        "Report\n\nQuestion (Khmer Times): Will Cambodia take the matter to court? Why did "
        "Kigali refuse the offer? Is Pakistan considering a complaint?"
    )
    found = suggested_texts(text)
    assert {"Cambodia", "Kigali", "Pakistan"} <= set(found)
    # "Port Sudan" stays a place's name
    assert "Sudan" not in suggested_texts("Report\n\nThe ship docked at Port Sudan on Monday.")


def test_a_state_s_panel_or_negotiators_make_it_act() -> None:
    text = "Report\n\nThailand's peace dialogue panel met the BRN. Ukraine's negotiators left."
    found = suggested_texts(text)
    assert "Thailand" in found
    assert "Ukraine" in found


def test_a_masthead_bar_under_the_headline_names_the_outlet() -> None:
    text = (
        "Gunmen kill two in Honiara\nIsland Star | Honiara | 3 December 2026\n\nTwo people "
        "were killed, police said."
    )
    assert suggested_texts(text) == ["Island Star"]
    # ... never a site's menu
    menu = "Watch Live | Weather | Sport\nGunmen kill two\n\nTwo people were killed."
    assert suggested_texts(menu) == []


def test_an_outlet_after_its_owner_s_possessive_is_the_outlet_alone() -> None:
    text = (
        "Report\n\nThe group claimed the raid in a statement carried by the Islamic State's "
        "Amaq news agency."
    )
    types = _types(text)
    assert types["Amaq"] == "media"
    assert types["Islamic State"] == "armed group"


def test_a_name_after_an_outlet_s_kind_opening_a_sentence_is_the_outlet() -> None:
    text = "Report\n\nNews site Chisinau Matters said two people were detained."
    assert _types(text) == {"Chisinau Matters": "media"}


def test_a_capital_that_talks_changes_names_or_stands_after_neither_is_its_government() -> None:
    text = (
        'Report\n\n"Naypyitaw talks of peace while its jets bomb us," the group said. The '
        "mine sits near the border, and neither Kinshasa nor the M23 has troops there. Today, "
        "Ouagadougou changes its tone. Bamako named a new envoy."
    )
    found = suggested_texts(text)
    assert {"Naypyitaw", "Kinshasa", "Ouagadougou", "Bamako"} <= set(found)


def test_a_state_s_help_answer_own_body_or_numbered_army_area_make_it_act() -> None:
    text = (
        "Report\n\nLaos's 3rd Army Region said in a statement that shells fell. The truce was "
        "brokered with Qatar's help. Komnas HAM, Indonesia's own human rights commission, "
        'documented it. "Every night is Russia\'s answer," he said.'
    )
    found = suggested_texts(text)
    assert {"Laos", "Qatar", "Indonesia", "Russia"} <= set(found)
    # ... but a region of the state, or the war in it, names it as a place
    places = (
        "Report\n\nArmed youths raided villages in South Sudan's Greater Pibor Administrative "
        "Area. Sudan's war between the army and the RSF began in April 2023."
    )
    assert not {"South Sudan", "Sudan"} & set(suggested_texts(places))


def test_a_headline_s_last_word_governs_nothing_on_the_next_line() -> None:
    text = (
        "Militia storms garrison after long siege; thousands flee\nQatar urges both sides to "
        "return to talks\n\nDOHA: The fighting went on."
    )
    assert "Qatar" in suggested_texts(text)
    # ... while on one line the preposition still makes it a place
    assert "Qatar" not in suggested_texts("Report\n\nThousands fled to Qatar last year.")


def test_a_federal_unit_named_with_state_acting_as_its_government() -> None:
    text = (
        "Report\n\nToll rises to 12 as Warrap State imposes curfew. Islamic State claimed the "
        "attack. Warrap State's Tonj North County was calm. Unity State, which had been spared, "
        "took in the displaced."
    )
    found = [
        (text[s.start : s.end], s.start, s.attributes.get("type"))
        for s in suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    ]
    assert ("Warrap State", text.index("Warrap"), "state") in found
    assert ("Islamic State", text.index("Islamic"), "armed group") in found
    assert [name for name, _at, _type in found if name.startswith(("Warrap", "Unity"))] == [
        "Warrap State"
    ]


def test_a_byline_line_without_by_names_its_writers() -> None:
    pages = {
        "Tribal fighting kills 16\n\n3 December 2026\n\nMele Tupou, RNZ Pacific "
        "Journalist\n\nPolice say 16 people died.": ["Mele Tupou"],
        "Strike kills 7\n\nIryna Kovalenko-Bauer with Reuters, AFP\n\n12/03/2026\n\nRussia "
        "hit the city overnight.": ["Iryna Kovalenko-Bauer"],
        "Fishermen hurt in raid\n\nLe Van Minh in Hanoi and Wang Lei in Beijing | Published: "
        "3 Dec 2026\n\nThe crew were beaten.": ["Le Van Minh", "Wang Lei"],
        "Three killed in clash\n\nBy: Maricel Dalog-Agpaoa - Correspondent\n\nThree rebels "
        "were killed.": ["Maricel Dalog-Agpaoa"],
    }
    for text, writers in pages.items():
        people = [name for name, kind in _types(text).items() if kind == "person"]
        assert people == writers
    # ... not a name in a place, nor "with" people who are no agency
    assert _types("Night falls\n\nSamia Haddad in Marseille\n\nShe lights a candle.") == {}
    assert "Karim Saleh" not in _types("Report\n\nKarim Saleh with Leila Haddad\n\nThey met.")
