"""RST70B: four ACTOR rules DEL70A deleted (one dev sentence each), restored with guards
found by hostile probes. Invented sentences in varied styles (wire, headline, bullet,
translated, South Asian and West African copy); none is from the dev gold."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_actors, suggested_speaker

# 1. _AGAINST_TAIL / _AGAINST_HEADS: a body named for what it opposes is one name.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UN Committee against Torture said it was alarmed by the reports.",
            [("UN Committee against Torture", "organisation")],
        ),
        (
            "UN Committee against Torture urges probe into deaths in Kano police custody",
            [("UN Committee against Torture", "organisation"), ("Kano police", "state")],
        ),
        (
            "- Nigerian Network against Torture: 40 detainees died in custody",
            [("Nigerian Network against Torture", "organisation")],
        ),
        (
            "The Pakistan Alliance against Child Labour said 3,000 children worked in the kilns.",
            [("Pakistan Alliance against Child Labour", "organisation")],
        ),
        (
            "The Cameroonian Collective against Impunity has demanded an inquiry into the "
            "killings.",
            [("Cameroonian Collective against Impunity", "organisation")],
        ),
        (
            "The Sindh Commission against Enforced Disappearances received 80 new cases.",
            [("Sindh Commission against Enforced Disappearances", "organisation")],
        ),
        (
            "The Nigerian Coalition against Police Brutality said three protesters were shot dead.",
            [("Nigerian Coalition against Police Brutality", "organisation")],
        ),
    ],
)
def test_a_body_named_for_what_it_opposes_is_one_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert suggested_actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's act against a state or a group the gazetteer lists joins nothing
        (
            "Sanctions imposed by the European Union against Russia have been extended.",
            [("European Union", "organisation"), ("Russia", "state")],
        ),
        (
            "A resolution by the Human Rights Council against Israel was adopted on Friday.",
            [("Human Rights Council", "organisation"), ("Israel", "state")],
        ),
        (
            "The complaint before the African Commission against Nigeria was dismissed.",
            [("African Commission", "organisation"), ("Nigeria", "state")],
        ),
        (
            "A case brought by the Gambia Commission against Myanmar was heard in The Hague.",
            [("Gambia Commission", "organisation"), ("Myanmar", "state")],
        ),
        (
            "The Arab Coalition against the Houthis said it shot down two drones.",
            [("Arab Coalition", "organisation"), ("Houthis", "armed group")],
        ),
        (
            "The Global Alliance against Al-Shabaab met in Mogadishu.",
            [("Global Alliance", "organisation"), ("Al-Shabaab", "armed group")],
        ),
        ("The Front fought against Hamas on Monday.", [("Hamas", "armed group")]),
    ],
)
def test_against_a_listed_name_is_no_part_of_the_body(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert suggested_actors(text) == expected


# 2. _IN_PLACE_THEN_SPEECH: a listed outlet's reporter, where they file from, then speech.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al Jazeera's Hamdah Salhut in Amman said the crossing remained closed.",
            [("Al Jazeera", "media"), ("Hamdah Salhut", "person")],
        ),
        (
            "VOA's Mariama Diallo in Dakar reports the curfew has been lifted.",
            [("VOA", "media"), ("Mariama Diallo", "person")],
        ),
        (
            "DW's Uwaisu Idris in Kano says residents fled overnight.",
            [("DW", "media"), ("Uwaisu Idris", "person")],
        ),
    ],
)
def test_an_outlets_reporter_filing_from_a_place_is_a_person(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert suggested_actors(text) == expected


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ('"We are ready," the BBC\'s Ahmed Hassan in Kano said.', "Ahmed Hassan"),
        ('"The town is empty," the AFP\'s Jean Mbarga in Bamenda told viewers.', "Jean Mbarga"),
        ('"Calm has returned," the BBC\'s Mayeni Jones in Lagos reported.', "Mayeni Jones"),
    ],
)
def test_an_outlets_reporter_after_a_quote_speaks_it(text: str, person: str) -> None:
    assert (person, "person") in suggested_actors(text)
    assert suggested_speaker(text, text[1:6]) == person


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an owner that is no listed outlet: a place's, a state's, an army's part
        ("Lagos's Victoria Island in Lagos said nothing.", []),
        ("Kenya's Rift Valley in Nakuru reported heavy rain.", []),
        (
            "The army's Charlie Company in Kandahar said it had come under fire.",
            [("Charlie Company in Kandahar", "state")],
        ),
        (
            "Nigeria's Supreme Court in Abuja said the detention was unlawful.",
            [("Nigeria", "state"), ("Supreme Court", "state")],
        ),
        (
            "Britain's Royal Navy in Bahrain reported a drone attack on a tanker.",
            [("Britain", "state"), ("Royal Navy", "state")],
        ),
        ("Kenya's Moi Teaching Hospital in Eldoret said 14 wounded were admitted.", []),
        (
            "The UN's World Food Programme in Juba said stocks were running low.",
            [("UN", "organisation"), ("World Food Programme", "organisation")],
        ),
    ],
)
def test_a_name_owned_by_no_outlet_before_a_place_is_no_reporter(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert suggested_actors(text) == expected


# 3. _OPENING_OUTLET_DID / _KINDS_OPENING_A_SENTENCE: "Broadcaster NTV showed".


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Broadcaster NTV showed footage of the burning market.", "NTV"),
        ("Broadcaster KTN said police fired tear gas at the crowd.", "KTN"),
        ("Broadcaster RTI reported that 12 soldiers were killed.", "RTI"),
        ("Broadcaster ORTB aired a statement by the junta on Sunday.", "ORTB"),
        ("Broadcaster TVC showed soldiers patrolling the streets.", "TVC"),
        ("Newspaper THISDAY reported that the governor had fled.", "THISDAY"),
    ],
)
def test_an_outlet_after_its_kind_opening_a_sentence_is_media(text: str, outlet: str) -> None:
    assert suggested_actors(text) == [(outlet, "media")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tabloid Editor John Smith said he had received threats.", [("John Smith", "person")]),
        ("Newspaper Editor Musa Bello said he was beaten by soldiers.", [("Musa Bello", "person")]),
        ("Broadcaster Minister Ali Khan said the ban would stay.", [("Ali Khan", "person")]),
        ("Broadcaster Fined Over Election Coverage", []),
        ("Tabloid Journalism Awards were cancelled after the attack.", []),
        ("Broadcaster Staff Protest Unpaid Wages", []),
        ("Newspaper Reports Say 12 Dead", []),
    ],
)
def test_a_kind_opening_a_headline_or_a_title_makes_no_outlet(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert suggested_actors(text) == expected


# 4. _A_STATE_PROTESTS and the "protests" alternative: "Bangladesh protests to Myanmar".


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan protests to India over LoC firing", [("Pakistan", "state"), ("India", "state")]),
        (
            "Kyrgyzstan protests to Tajikistan after deadly border clash",
            [("Kyrgyzstan", "state"), ("Tajikistan", "state")],
        ),
        (
            "- Nigeria protests to Cameroon over killing of fishermen",
            [("Nigeria", "state"), ("Cameroon", "state")],
        ),
        (
            "Afghanistan protests to Pakistan over air strikes in Khost",
            [("Afghanistan", "state"), ("Pakistan", "state")],
        ),
        (
            "Azerbaijan protests to Armenia, cites shelling",
            [("Azerbaijan", "state"), ("Armenia", "state")],
        ),
        (
            "Somalia protests to Kenya after troops cross border",
            [("Somalia", "state"), ("Kenya", "state")],
        ),
    ],
)
def test_a_state_protesting_to_a_state_tags_its_addressee(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert suggested_actors(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Weekend protests to Kampala were called off.",
        "Anti-government protests to Khartoum resumed on Friday.",
        "Pro-democracy protests to Yangon were crushed.",
        "Fresh protests to Abuja are planned for Monday.",
        "Opposition protests to Lagos draw thousands",
        "Farmers' protests to Delhi enter third week",
        "Youths took protests to Abuja after the killings.",
    ],
)
def test_protests_the_noun_to_a_city_make_no_state(text: str) -> None:
    assert suggested_actors(text) == []
