"""Organisations and outlets on national and regional outlet pages (issue 15, PAGES21: dev
730-741). Invented sentences."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.suggest_probes import suggested_texts, suggested_types


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Gunmen attacked a market in Fako Division of the South West Region on Sunday, "
            "police said.",
            "Fako Division",
        ),
        (
            "Nkambe, the chief town of Menchum Division, was calm on Monday, residents said.",
            "Menchum Division",
        ),
    ],
)
def test_an_administrative_division_named_as_a_place_is_no_body(text: str, place: str) -> None:
    assert not [name for name in suggested_texts(text) if place in name]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Hamza Division said it had repelled the attack.", "Hamza Division"),
        (
            "Troops of the 22nd Infantry Division in the Eastern Region repelled the attack.",
            "22nd Infantry Division",
        ),
        (
            "Soldiers of the Fourth Division in the Northern Region repelled the attack.",
            "Fourth Division",
        ),
    ],
)
def test_an_armys_or_a_factions_division_stays_a_body(text: str, body: str) -> None:
    assert body in suggested_texts(text)


def _with_known(text: str, known: dict[str, str | None]) -> list[str]:
    found = suggest(text, known_actors=known, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return [text[s.start : s.end] for s in found if s.label == "ACTOR"]


@pytest.mark.parametrize(
    "text",
    [
        "KORA Report: How many families does the council help?",
        "Situation Report No. 4 | As of 2 December 2026",
        "She spoke to the Orvel Report about the convoy.",
    ],
)
def test_a_known_one_word_outlet_closing_a_longer_name_is_not_that_outlet(text: str) -> None:
    assert "Report" not in _with_known(text, {"Report": "media"})


@pytest.mark.parametrize(
    "text",
    [
        "The ministry told Report that the road was closed.",
        "Kora's Report newspaper said the road was closed.",
        "According to Report, the road was closed.",
        "The wounded went to the Orvel Hospital. Report said the road was closed.",
    ],
)
def test_a_known_one_word_outlet_standing_alone_is_still_suggested(text: str) -> None:
    assert "Report" in _with_known(text, {"Report": "media"})


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("By Ana Ruiz, BBC News Pidgin, Lagos", "BBC News Pidgin"),
        ("By Ana Ruiz, AFP Fact Check", "AFP Fact Check"),
    ],
)
def test_a_listed_outlet_and_its_service_on_a_byline_are_one_name(byline: str, outlet: str) -> None:
    text = "Boat sinks on the Orvel river\n\n" + byline + "\n\nFive people died on Sunday."
    assert outlet in suggested_texts(text)


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("By Ana Ruiz, BBC News Correspondent", "BBC News"),
        ("By Ana Ruiz, BBC News, Lagos", "BBC News"),
    ],
)
def test_a_writers_post_or_a_place_after_the_outlet_stays_out(byline: str, outlet: str) -> None:
    text = "Boat sinks on the Orvel river\n\n" + byline + "\n\nFive people died on Sunday."
    found = suggested_texts(text)
    assert outlet in found
    assert not [name for name in found if name.startswith(outlet) and name != outlet]


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Two officers were wounded and were transferred to the Clinical Centre of Serbia in "
            "Belgrade, police said.",
            "Clinical Centre of Serbia",
        ),
        (
            "The bodies were taken to the morgue of the Institute of Forensic Medicine.",
            "Institute of Forensic Medicine",
        ),
        (
            "The wounded were evacuated to the Orvel Regional Health Service on Sunday.",
            "Orvel Regional Health Service",
        ),
    ],
)
def test_a_body_where_the_wounded_or_dead_are_taken_is_a_venue(text: str, venue: str) -> None:
    assert venue not in suggested_texts(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Institute of Forensic Medicine said the bodies had been identified.",
            "Institute of Forensic Medicine",
        ),
        (
            "In a statement sent to the Kora Human Rights Centre, the army denied the report.",
            "Kora Human Rights Centre",
        ),
    ],
)
def test_the_same_body_acting_or_addressed_is_still_suggested(text: str, body: str) -> None:
    assert body in suggested_texts(text)


@pytest.mark.parametrize("section", ["Features", "Interviews", "Commentary"])
def test_a_pages_section_between_bars_is_no_outlet(section: str) -> None:
    text = (
        "Farmers count the cost\n\nMvita Standard | "
        + section
        + " | By Tersoo Agber\n\nAWE - The yams are ready."
    )
    found = suggested_texts(text)
    assert section not in found
    assert "Tersoo Agber" in found


@pytest.mark.parametrize(
    ("text", "outlet", "acronym"),
    [
        (
            "The Coastal Mirror (LANA) said the army had sent reinforcements.",
            "Coastal Mirror",
            "LANA",
        ),
        ("The Kora Herald (ACP) reported that the governor would visit.", "Kora Herald", "ACP"),
    ],
)
def test_a_masthead_named_before_its_agencys_acronym_is_an_outlet(
    text: str, outlet: str, acronym: str
) -> None:
    found = suggested_types(text)
    assert found.get(outlet) == "media"
    assert found.get(acronym) == "media"


def test_a_rights_monitor_with_its_acronym_stays_an_organisation() -> None:
    text = "The Human Rights Monitor (HRM) said the army had sent reinforcements."
    assert suggested_types(text).get("Human Rights Monitor") == "organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Riverside Gazette, Kora's state news agency, reported that the strikes hit hideouts.",
        "Orvel Voice, Kora's largest daily, said the road was closed.",
    ],
)
def test_an_outlet_described_by_its_countrys_possessive_is_an_outlet(text: str) -> None:
    assert text.split(",")[0] in suggested_texts(text)


def test_a_person_described_by_a_countrys_possessive_is_no_outlet() -> None:
    text = "Peter Otieno, Kora's ambassador, said the road was closed."
    assert suggested_types(text).get("Peter Otieno") == "person"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "In a statement broadcast on its Kora Herald station, the group said it had attacked "
            "the base.",
            "Kora Herald",
        ),
        (
            "The group claimed the attack in a statement broadcast by its Mvita Standard.",
            "Mvita Standard",
        ),
    ],
)
def test_a_groups_own_outlet_after_broadcast_on_its_is_an_outlet(text: str, outlet: str) -> None:
    assert outlet in suggested_texts(text)


@pytest.mark.parametrize("platform", ["Telegram", "YouTube"])
def test_a_platform_after_broadcast_on_its_is_no_outlet(platform: str) -> None:
    text = f"The group claimed the attack in a video broadcast on its {platform} channel."
    assert platform not in suggested_texts(text)


def test_two_writers_then_the_outlet_on_a_byline() -> None:
    text = (
        "Drones hit Lyman\n\nBy Oksana Hrytsiv and Daniel Brandt, Riverside Gazette\n\n"
        "LYMAN - The dugout is cold."
    )
    assert "Riverside Gazette" in suggested_texts(text)


def test_two_writers_then_a_place_on_a_byline_name_no_outlet() -> None:
    text = "Drones hit Lyman\n\nBy Oksana Hrytsiv and Daniel Brandt, Kharkiv\n\nLYMAN - It is cold."
    assert "Kharkiv" not in suggested_texts(text)


@pytest.mark.parametrize(
    ("top", "outlet"),
    [
        ("Text by Saw Kaw | Photographs by Naw Eh | Kora Herald | 3 December 2026", "Kora Herald"),
        ("By Hannah Wendler, Beirut | Lakeside Courier | 03.12.2026", "Lakeside Courier"),
        ("Live updates | Coastal Mirror | 3 December 2026", "Coastal Mirror"),
        ("By Hassan Al Amoudi, Special to Mvita Standard", "Mvita Standard"),
    ],
)
def test_a_masthead_between_bars_before_the_date_or_after_special_to(top: str, outlet: str) -> None:
    text = "Shelling across the line\n\n" + top + "\n\nHeavy shelling hit three villages."
    assert outlet in suggested_texts(text)


def test_a_section_pair_between_bars_before_the_date_is_no_outlet() -> None:
    text = "Shelling across the line\n\nPolitics | Middle East | 3 December 2026\n\nHeavy shelling."
    assert suggested_texts(text) == []


def test_a_description_before_a_party_named_after_its_kind_is_no_party() -> None:
    text = (
        "The assembly cancelled the status of the Indigenous party Yatama. Four Indigenous "
        "Mayangna villagers were killed."
    )
    found = suggested_texts(text)
    assert "Yatama" in found
    assert "Indigenous" not in found


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Members of the ruling Pastef party said the vote was fair.", "Pastef"),
        ("The opposition Podemos party said on Monday that the vote was fair.", "Podemos"),
    ],
)
def test_a_party_named_before_its_kind_is_still_a_party(text: str, party: str) -> None:
    assert party in suggested_texts(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Yemeni Teachers' Syndicate in Al-Dhale called on teachers to stop work.",
            "Yemeni Teachers' Syndicate",
        ),
        ("The Kora Journalists Syndicate condemned the arrest.", "Kora Journalists Syndicate"),
    ],
)
def test_a_trades_syndicate_is_a_body_named_before_its_town(text: str, body: str) -> None:
    found = suggested_texts(text)
    assert body in found
    assert not [name for name in found if name.startswith(body) and name != body]


def test_a_crime_syndicate_in_lower_case_is_no_body() -> None:
    assert suggested_texts("Police said a crime syndicate ran the smuggling route.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Drone strike on Orvel home kills four, Health Ministry says",
        "Clashes in Orvel leave 14 dead, Interior Ministry announces curfew",
    ],
)
def test_a_portfolio_ministry_after_a_headlines_comma_is_a_state_body(text: str) -> None:
    name = "Health Ministry" if "Health" in text else "Interior Ministry"
    assert suggested_types(text).get(name) == "state"


def test_a_portfolio_word_after_a_comma_without_ministry_is_nothing() -> None:
    assert suggested_texts("Drone strike on Orvel home kills four, Health officials say") == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The families asked the government to send the National Public Security Force to "
            "the territory.",
            "National Public Security Force",
        ),
        (
            "The State Public Prosecution Service said the case was closed.",
            "State Public Prosecution Service",
        ),
    ],
)
def test_every_opener_before_a_bodys_name_is_part_of_it(text: str, body: str) -> None:
    assert body in suggested_texts(text)


def test_one_opener_before_a_bodys_name_still_joins_alone() -> None:
    text = "The National Human Rights Commission said it had set up two shelters."
    assert "National Human Rights Commission" in suggested_texts(text)
