"""Outlets and furniture that dev 686-697 (issue 15, REGION20: regional and local outlet pages)
showed the rules missing: a translation credit on a line of its own, a masthead whose name and
expansion a dash divides, an outlet named by its web address, an outlet's kind word on the line
above a section label, a national church's own name. Invented pages and sentences."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.boilerplate_page import pieces

HEADLINE = "Two herders killed in Orvel valley raid, elders say"
BODY = (
    "Gunmen killed two herders in the Orvel valley on Tuesday, elders said, in the third "
    "raid on the valley this month.\n\n"
    '"They took the cattle and shot the boys," said village elder Peter Otieno.\n\n'
    "The attackers fled towards the hills with about 200 head of cattle, residents said."
)


def _actors(text: str) -> list[tuple[str, str]]:
    return [
        (text[s.start : s.end], str(s.attributes.get("type")))
        for s in suggest(text, gazetteer=load_gazetteer())
        if s.label == "ACTOR"
    ]


@pytest.mark.parametrize(
    "credit",
    [
        "Translated from Russian by Dana Orlova",
        "Translated from French. Read the original on orvel-daily.example",
        "Translated from Spanish by our English desk.",
        "Translated by Miro Kestel",
    ],
)
def test_a_translation_credit_on_its_own_line_is_furniture(credit: str) -> None:
    under_headline = f"{HEADLINE}\n\nBy Ana Ruiz, Orvel\n\n{credit}\n\n{BODY}"
    assert credit in pieces(under_headline)
    closing = f"{HEADLINE}\n\n{BODY}\n\n{credit}\n\nTags: Orvel, cattle raids"
    assert any(credit in piece for piece in pieces(closing))
    # ... so its translator is no person of the article (a byline's name is)
    assert not any(name in credit for name, _type in _actors(under_headline))


def test_a_sentence_opening_with_translated_from_stays_text() -> None:
    sentence = (
        "Translated from Pashto, the letter warned the families of the valley to leave "
        "within three days."
    )
    text = f"{HEADLINE}\n\n{BODY}\n\n{sentence}\n\n{BODY}"
    assert not any(sentence in piece for piece in pieces(text))


def test_a_masthead_a_dash_divides_from_its_expansion_is_furniture() -> None:
    text = f"KNA - Kestel News Agency\n\nPolitics | Security\n\n{HEADLINE}\n\n{BODY}"
    assert pieces(text)[0].startswith("KNA - Kestel News Agency")
    assert not any(name in ("KNA", "Kestel News Agency") for name, _type in _actors(text))


def test_a_headline_with_a_dash_over_the_body_stays_text() -> None:
    headline = "Orvel - Two herders killed"
    text = f"{headline}\n\n{BODY}"
    assert not any(headline in piece for piece in pieces(text))


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("A herder who fled told Kestel.kz by phone that the road was closed.", "Kestel.kz"),
        ("The elder told Orvelnews.uz that the raiders came at dawn.", "Orvelnews.uz"),
    ],
)
def test_an_outlet_named_by_its_web_address_keeps_its_ending(sentence: str, outlet: str) -> None:
    assert (outlet, "media") in _actors(sentence)


def test_an_outlet_before_a_sentences_full_stop_ends_at_its_name() -> None:
    found = _actors("A herder who fled with his family spoke to Kestelpress.\n\nHe said more.")
    assert all(not name.endswith(".") for name, _type in found)


def test_an_outlets_kind_word_on_the_line_above_names_no_outlet() -> None:
    text = f"ORVEL TRIBUNE\nThe bilingual daily\n\nRegions | East\n\n{HEADLINE}\n\n{BODY}"
    assert ("Regions", "media") not in _actors(text)
    # ... while on the name's own line it does
    told = "Peter Otieno told the daily Kestel Herald that the raiders came at dawn."
    assert ("Kestel Herald", "media") in _actors(told)


@pytest.mark.parametrize(
    ("sentence", "church"),
    [
        ("The Serbian Orthodox Church said three priests were hurt.", "Serbian Orthodox Church"),
        ("The Armenian Apostolic Church called for calm.", "Armenian Apostolic Church"),
    ],
)
def test_a_national_churchs_name_holds_its_peoples_adjective(sentence: str, church: str) -> None:
    assert (church, "organisation") in _actors(sentence)


def test_a_nationality_before_a_catholic_church_stays_out() -> None:
    found = _actors("The Kenyan Catholic Church called for calm in the valley.")
    assert ("Catholic Church", "organisation") in found
    assert all("Kenyan" not in name for name, _type in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Orvel's Minister for Police and Community Government, Hon. Peter Kamau, told the "
        "assembly on Wednesday that the force needed help.",
        "Orvel's Minister for Lands and Local Government, Peter Kamau, said the survey "
        "would resume.",
    ],
)
def test_a_ministers_portfolio_names_no_body(sentence: str) -> None:
    found = _actors(sentence)
    assert ("Peter Kamau", "person") in found
    assert all("Minister" not in name and "Government" not in name for name, _t in found)


def test_a_ministry_of_the_same_portfolio_is_a_body() -> None:
    found = _actors("The Ministry of Lands and Local Government said the survey would resume.")
    assert ("Ministry of Lands and Local Government", "state") in found


def test_a_byline_outlets_the_stays_out_of_its_mentions() -> None:
    text = (
        f"{HEADLINE}\n\nBy Ana Ruiz-Otieno, The Kestel Times\n\n{BODY}\n\n"
        "A herder who fled told The Kestel Times that the raiders came at dawn."
    )
    found = [(name, kind) for name, kind in _actors(text) if "Kestel" in name]
    assert found == [("Kestel Times", "media"), ("Kestel Times", "media")]


@pytest.mark.parametrize(
    ("sentence", "name", "acronym"),
    [
        (
            "The National Union of Teachers, Nurses and Drivers (NUTND) said the strike "
            "would go on.",
            "National Union of Teachers, Nurses and Drivers",
            "NUTND",
        ),
        (
            "The Kestel Association for Justice, Peace and Democracy (KAJPD) called on the "
            "authorities to release them.",
            "Kestel Association for Justice, Peace and Democracy",
            "KAJPD",
        ),
        (
            # a name translated from another language: its initials in another order
            "The rights group Justice, Peace and Development Association (AJPD) called on the "
            "authorities to release them.",
            "Justice, Peace and Development Association",
            "AJPD",
        ),
    ],
)
def test_a_name_whose_commas_list_its_parts_runs_to_its_acronym(
    sentence: str, name: str, acronym: str
) -> None:
    found = [found_name for found_name, _type in _actors(sentence)]
    assert name in found
    assert acronym in found


def test_a_place_whose_commas_list_its_rivers_is_no_body() -> None:
    sentence = (
        "Troops patrol the Valley of the Orvel, Kestel and Tamar Rivers (VOKTR), where the "
        "raiders hide."
    )
    assert all("Valley" not in name for name, _type in _actors(sentence))


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "He told residents, according to a video published by the Kestel Region Akimat.",
            "Kestel Region Akimat",
        ),
        ("The Orvel District Khokimiyat said the canal would reopen.", "Orvel District Khokimiyat"),
    ],
)
def test_a_central_asian_regions_government_is_a_state_body_not_an_outlet(
    sentence: str, body: str
) -> None:
    assert (body, "state") in _actors(sentence)


def test_a_ministers_title_running_on_to_his_name_keeps_the_name() -> None:
    # guard: no comma after the portfolio, the name follows in the same run
    found = _actors("Minister of Lands and Local Government Peter Kamau said the survey resumed.")
    assert any("Peter Kamau" in name for name, _type in found)


REVIEW = (
    "Press review: Orvel raid leads the front pages\n\n"
    "Kestelska writes that the raiders came at dawn from the hills. The daily quotes the "
    "village elder, who said the police arrived late.\n\n"
    "For Orvelske novine, the main question is who armed the raiders. The paper quotes a "
    "councillor who blamed the border guards.\n\n"
    "Tamaris reports that two herders were buried on Thursday. The station adds that the "
    "road has reopened."
)


@pytest.mark.parametrize("outlet", ["Kestelska", "Orvelske novine", "Tamaris"])
def test_a_press_reviews_outlet_called_by_its_kind_is_an_outlet(outlet: str) -> None:
    assert (outlet, "media") in _actors(REVIEW)


def test_a_surname_whose_report_is_given_stays_a_person() -> None:
    text = (
        "The analyst Peter Otieno has followed the raids for years.\n\n"
        "Otieno writes that the raiders came from the hills. The paper he writes for, the "
        "Kestel Daily, has called for more police."
    )
    assert ("Otieno", "media") not in _actors(text)


def test_a_body_reporting_before_the_agency_said_is_no_outlet() -> None:
    text = (
        "Orvel Relief reported that 300 families had fled the valley. The agency said it "
        "had sent food to the camps."
    )
    assert ("Orvel Relief", "media") not in _actors(text)


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        (
            "Kestel Copper Limited, which holds the licence, said it had no staff there.",
            "Kestel Copper Limited",
        ),
        ("Orvel Mining Ltd said its guards had been attacked.", "Orvel Mining Ltd"),
    ],
)
def test_a_company_named_by_its_legal_form_is_an_organisation(sentence: str, company: str) -> None:
    assert (company, "organisation") in _actors(sentence)


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        (
            "The paper writes that the Basic State Prosecutor's Office in Kestel has opened an "
            "investigation against 14 people.",
            "Basic State Prosecutor's Office in Kestel",
        ),
        (
            "The Higher Public Prosecutor's Office in Orvel said the suspects were held.",
            "Higher Public Prosecutor's Office in Orvel",
        ),
    ],
)
def test_an_office_named_by_its_holder_and_its_seat_is_one_name(sentence: str, office: str) -> None:
    assert (office, "state") in _actors(sentence)


def test_a_four_word_masthead_over_a_section_pair_is_furniture() -> None:
    text = f"The Tala Evening Star\n\nFront Page | Orvel\n\n{HEADLINE}\n\n{BODY}"
    assert pieces(text)[0] == "The Tala Evening Star\n\nFront Page | Orvel"
    assert not any(name == "Front Page" for name, _type in _actors(text))


def test_a_headline_over_a_section_pair_in_the_body_stays_text() -> None:
    # guard: the first line is a four-word headline over the body, no section pair below
    text = f"Herders Flee Orvel Valley\n\n{BODY}"
    assert not any("Herders Flee" in piece for piece in pieces(text))


def test_a_published_line_with_a_writer_or_a_time_stays_no_outlet() -> None:
    writer = f"{HEADLINE}\n\nPublished on 4 December 2026 by Ana Ruiz-Otieno\n\n{BODY}"
    assert all(kind != "media" for _name, kind in _actors(writer))
    timed = f"{HEADLINE}\n\nPublished: 4 December 2026 | 11:02\n\n{BODY}"
    assert "Published: 4 December 2026 | 11:02" in pieces(timed)
