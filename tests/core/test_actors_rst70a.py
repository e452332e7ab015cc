"""RST70A: deleted actor patterns restored because the guideline states their class in words
(sample_articles/README.md, "Open points settled"). Sentences are invented for the test, in
wire, headline, bullet and South Asian desk styles, with hostile probes beside them."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts, suggested_types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "KATHMANDU, March 3 (Reuters) - The CPN (Maoist Centre) said on Sunday it would"
            " quit the ruling coalition.",
            "CPN (Maoist Centre)",
        ),
        ("- CPN (Maoist Centre) to contest all seats in Madhesh", "CPN (Maoist Centre)"),
        (
            "The chairman of the UCPN (Maoist Centre), Pushpa Kamal Dahal, told the meeting"
            " that the party would not back down.",
            "UCPN (Maoist Centre)",
        ),
        (
            "According to a statement issued by CPN (Maoist Centre) in Kathmandu, the workers"
            " were detained by police.",
            "CPN (Maoist Centre)",
        ),
        (
            "Leaders of the PML (Nawaz Group) met in Lahore on Friday, the party said.",
            "PML (Nawaz Group)",
        ),
        (
            "Informed sources said the NCP (Maoist Centre) cadres had assembled in large"
            " number at the district headquarters.",
            "NCP (Maoist Centre)",
        ),
    ],
)
def test_a_short_form_with_its_faction_in_brackets_is_one_span(text: str, name: str) -> None:
    """Session 32, point 12: brackets naming a faction or wing in words are inside the
    party's one span "in the full name and in its short form" ("CPN (Maoist Centre)")."""
    found = suggested_types(text)
    assert found.get(name) == "organisation"
    inner = name[name.index("(") + 1 : -1]
    assert inner not in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The KPRA (Khyber Pakhtunkhwa Revenue Authority) said it had sealed the offices.",
            ["KPRA", "Khyber Pakhtunkhwa Revenue Authority"],
        ),
        (
            "The PDM (Pakistan Democratic Movement) announced a rally in Lahore.",
            ["PDM", "Pakistan Democratic Movement"],
        ),
        (
            "The RSF (Rapid Support Forces) attacked the camp on Monday, witnesses said.",
            ["RSF", "Rapid Support Forces"],
        ),
        (
            "The WHO (World Health Organization) said 12 people had died of cholera.",
            ["WHO", "World Health Organization"],
        ),
        (
            "The statement was carried by AFP (Agence France-Presse) late on Tuesday.",
            ["AFP", "Agence France-Presse"],
        ),
        (
            "The MSF (Doctors Without Borders) clinic in Khan Younis treated 30 wounded.",
            ["MSF", "Doctors Without Borders"],
        ),
    ],
)
def test_an_acronym_glossed_by_its_name_in_brackets_stays_two_spans(
    text: str, names: list[str]
) -> None:
    """Point 12's main text: an acronym and the words it stands for are spans of their own;
    the short-form rule leaves an acronym before its bracketed name alone."""
    assert [t for t in suggested_texts(text) if "(" in t] == []
    found = suggested_texts(text)
    for name in names:
        assert name in found


@pytest.mark.parametrize(
    "text",
    [
        "Officials of the NCPCR (National Commission for Protection of Child Rights) visited"
        " the camp.",
        "The blast occurred at 0900 GMT (Greenwich Mean Time) near the market.",
        "Residents of the IDP (Internally Displaced Persons) camp said food had run out.",
        "Ten people were killed in Kano (Northern Region) on Sunday, police said.",
        "Fighting continued in the DRC (Democratic Republic of Congo) on Friday.",
    ],
)
def test_no_bracketed_span_from_an_acronym_before_other_brackets(text: str) -> None:
    """Hostile probes: glosses, times and places in brackets after capitals join nothing."""
    assert [t for t in suggested_texts(text) if "(" in t] == []


@pytest.mark.parametrize(
    "text",
    [
        "THE HAGUE (Reuters) - The ICC's Office of the Prosecutor said on Monday it was"
        " examining the strike on the hospital.",
        "ICC: Office of the Prosecutor opens probe into Darfur killings",
        "Karim Khan, whose Office of the Prosecutor at the International Criminal Court is"
        " investigating the case, said witnesses were protected.",
        "Investigators from the ICC's Office of the Prosecutor arrived in Bangui on Tuesday,"
        " a UN official said.",
        "According to the Office of the Prosecutor at the International Criminal Court, 14"
        " arrest warrants are pending.",
        "The Special Tribunal for Lebanon's Office of the Prosecutor said the evidence was"
        " sufficient.",
    ],
)
def test_an_international_courts_office_of_the_prosecutor_is_an_organisation(text: str) -> None:
    """Session 32, point 4: "an international court `organisation`"; session 30: "a named
    court or prosecutor's office is `state` (an international court `organisation`)". The
    court's own office, named next to it, is typed as the court is."""
    assert suggested_types(text).get("Office of the Prosecutor") == "organisation"


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (
            "The Office of the Prosecutor General of Ukraine said 12 civilians were killed;"
            " Kyiv has asked the ICC to investigate.",
            "Office of the Prosecutor General of Ukraine",
        ),
        (
            "KYIV - The Office of the Prosecutor General said the shelling killed four people."
            " Ukraine is not a member of the International Criminal Court.",
            "Office of the Prosecutor General",
        ),
        (
            "The Office of the Prosecutor in Kharkiv region said two people were killed, and"
            " the ICC was informed.",
            "Office of the Prosecutor in Kharkiv",
        ),
        (
            "The Office of the Public Prosecutor in Lagos charged the men, lawyers said,"
            " citing an ICC ruling.",
            "Office of the Public Prosecutor in Lagos",
        ),
        (
            "The Office of the Prosecutor of Guatemala said the ex-general would face trial,"
            " although the International Court of Justice ruled otherwise.",
            "Office of the Prosecutor of Guatemala",
        ),
        (
            "The Office of the Prosecutor said 12 civilians were killed in the shelling; Kyiv"
            " has asked the ICC to investigate.",
            "Office of the Prosecutor",
        ),
        (
            "Kosovo's Office of the Prosecutor charged three men, weeks after the Special"
            " Tribunal ruling.",
            "Office of the Prosecutor",
        ),
    ],
)
def test_a_states_prosecutors_office_in_a_text_naming_a_court_stays_the_states(
    text: str, office: str
) -> None:
    """Hostile probes: a state's office keeps `state` where an international court is named
    elsewhere in the sentence or the text, not as its owner."""
    assert suggested_types(text).get(office) == "state"
