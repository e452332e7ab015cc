"""One-word state mentions (STATE65): a capital before a time phrase and its verb ("Lilongwe
on Tuesday dismissed"), a month before a state opening its clause ("In November Uruguay
abstained"), the plurals of a state's bodies and stances after its possessive ("Mongolia's
ministries", "rejected Portugal's demands") and seats of government the capitals list
lacked (Malabo, Cotonou, Abidjan, Chișinău); with hostile negatives where the same words
name a place, a thing or a team. Invented sentences, with states and frames the dev set
does not use where it could be helped."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.conftest import REPO

CAPITALS = REPO / "resources" / "gazetteers" / "capitals.txt"


def actor_spans(sentence: str) -> list[tuple[str, int, int, str]]:
    """Each ACTOR suggested for `sentence` (set in a small article): text, offsets within
    the sentence, type."""
    lead = "Officials met on Monday.\n"
    text = lead + sentence + "\nThe talks will resume next week."
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return [
        (text[s.start : s.end], s.start - len(lead), s.end - len(lead), str(s.attributes["type"]))
        for s in found
        if s.label == "ACTOR" and len(lead) <= s.start < len(lead) + len(sentence)
    ]


def test_seats_of_government_are_listed_with_the_capitals() -> None:
    listed = set(CAPITALS.read_text("utf-8").splitlines())
    assert {"Malabo", "Cotonou", "Abidjan", "Chișinău"} <= listed
    assert "Georgetown" not in listed  # still left out: an everyday place name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Lilongwe on Tuesday dismissed the report as fabricated.", "Lilongwe"),
        ("Windhoek last week recalled its ambassador.", "Windhoek"),
        ("Montevideo on Monday night summoned the envoy.", "Montevideo"),
        ("Tbilisi earlier this month suspended the talks.", "Tbilisi"),
        ("Ulaanbaatar in March signed the accord.", "Ulaanbaatar"),
        ("Canberra, on Friday, rejected the claim.", "Canberra"),
        ("Malabo rejected the ruling on Monday.", "Malabo"),
        ("Cotonou on Thursday denied the charge.", "Cotonou"),
        ("Chișinău accused Tiraspol of stoking tension.", "Chișinău"),
    ],
)
def test_a_capital_before_a_time_phrase_and_its_verb_is_the_government(
    sentence: str, name: str
) -> None:
    start = sentence.index(name)
    assert (name, start, start + len(name), "state") in actor_spans(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("In October Uruguay abstained when the council voted.", "Uruguay"),
        ("Since January Bhutan has deported 40 people.", "Bhutan"),
        ("In May Paraguay recalled its ambassador.", "Paraguay"),
    ],
)
def test_a_state_after_a_month_opening_its_clause_acts(sentence: str, name: str) -> None:
    start = sentence.index(name)
    assert (name, start, start + len(name), "state") in actor_spans(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Mongolia's ministries of health and finance said the camp was safe.", "Mongolia"),
        ("The envoy rejected Portugal's demands for a ceasefire.", "Portugal"),
        ("Diplomats welcomed Fiji's proposals on the border.", "Fiji"),
        ("The talks stalled over Bolivia's latest positions on the corridor.", "Bolivia"),
        ("Ecuador's envoys walked out of the meeting.", "Ecuador"),
    ],
)
def test_a_state_before_its_bodies_or_stances_in_the_plural_acts(sentence: str, name: str) -> None:
    start = sentence.index(name)
    assert (name, start, start + len(name), "state") in actor_spans(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a capital as a place, a time phrase after it all the same
        "Heavy fighting was reported in Lusaka on Monday and spread to the suburbs.",
        "Flights to Lusaka on Monday resumed after the storm.",
        "The minister arrived in Lusaka on Tuesday evening and met the president.",
        "Residents of Lusaka last week marched against the fuel price rises.",
        "He flew from Cotonou on Monday to meet the rebels.",
        "The fishermen sailed from Malabo on Monday.",
        # ... or what befalls it
        "Lusaka on Monday was hit by floods that killed six people.",
        "Kyiv overnight came under attack from 40 drones.",
        "Abidjan on Saturday saw the heaviest rains in a decade.",
        # a seat of government named in a place's name or as the capital
        "Malabo Street in the old town was closed.",
        "The capital, Malabo, was quiet on Sunday.",
        # a month in a name or an event, a person named May
        "The January Zambia floods killed 12 people.",
        "Theresa May met the visiting delegation in 2017.",
        # a state's possessive before a noun that is no body or stance of it, or a verb
        "Mozambique's forgotten insurgency moves west.",
        "Kenya's opposition demands a recount.",
        "Mali's case of measles was confirmed.",
        # a country in a thing's name, a nationality adjective
        "The Ukraine war has displaced millions.",
        "Traffic on Syria Airport Road was halted.",
        "Three Kenyan soldiers were killed.",
    ],
)
def test_places_things_and_names_stay_untagged(sentence: str) -> None:
    assert [s for s in actor_spans(sentence) if s[3] == "state"] == []


def test_a_numbered_place_name_is_no_state() -> None:
    # only the capital acting after it: the cemetery's number and name are nobody's
    assert actor_spans("The 40 Martyrs Cemetery in Kabul was damaged.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # where a country lies, what befalls it in any tense
        "Malawi lies along the Great Rift Valley.",
        "Lesotho is situated entirely within South Africa.",
        "Malawi lies to the east of Zambia.",
        "Mozambique was hit by a cyclone in 2019.",
        "Malawi experienced a drought in 2019.",
        # its opposition or its rebels, named through its possessive
        "Belarus's exiled opposition leader called for new elections.",
        "Colombia's main rebel leaders met in Havana.",
        # its team
        "Ghana beat Togo 2-0 on Saturday.",
        "The Ghana national team lost in the final.",
        "Togo's national side drew with Benin 1-1.",
    ],
)
def test_a_country_as_a_place_an_opposition_or_a_team_is_no_state(sentence: str) -> None:
    assert [s for s in actor_spans(sentence) if s[3] == "state"] == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the same verbs and nouns where the state acts
        ("Russia lies about its losses, the minister said.", "Russia"),
        ("Russia lies to the world about its losses.", "Russia"),
        ("Russia suffered a setback near Kharkiv.", "Russia"),
        ("Ghana's national security adviser said the border was calm.", "Ghana"),
        ("Belarus's opposition-held seats were cut, Belarus's government said.", "Belarus"),
        ("Zambia beat back the attack on Monday, officials said.", "Zambia"),
    ],
)
def test_the_same_words_where_the_state_acts_keep_it(sentence: str, name: str) -> None:
    start = sentence.rindex(name)
    assert (name, start, start + len(name), "state") in actor_spans(sentence)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a capital with an armed side or a regional government named by its kind
        ("The refinery shut as Maseru and militias traded blame.", ["Maseru"]),
        ("The deal deepened a rift between Maseru and the governor.", ["Maseru"]),
        ("The talks between the Kurdish-led group and Maseru stalled.", ["Maseru"]),
        # a partial quote opening on the capital's verb
        ('The ministry said that Maseru "will not accept the use of its territory".', ["Maseru"]),
        # the plural of a state's mission, and envoys opening a sentence
        (
            "The embassies of Iceland, Chile and Peru said they were alarmed.",
            ["Iceland", "Chile", "Peru"],
        ),
        ("Delegations from Oman and Qatar met in Doha.", ["Oman", "Qatar"]),
    ],
)
def test_a_state_or_capital_beside_a_party_or_behind_its_missions_acts(
    sentence: str, names: list[str]
) -> None:
    found = actor_spans(sentence)
    for name in names:
        start = sentence.index(name)
        assert (name, start, start + len(name), "state") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The road between the rebel-held town and Maseru was closed.",
        "Fighting between the army and rebels in Maseru killed five.",
        "Residents of Maseru and militias fled the fighting.",
        "Trucks travelling between the rebel-held town and Maseru were stopped.",
        'He described Maseru "as a city of ghosts".',
        "Diplomats from the region met in Maseru.",
    ],
)
def test_a_capital_as_a_place_beside_the_same_words_stays_untagged(sentence: str) -> None:
    assert [s for s in actor_spans(sentence) if s[3] == "state"] == []


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # an agency's office in a country or a city: the agency alone
        (
            "This Flash Update is produced by OCHA Chad with its partners.",
            [("OCHA", "organisation")],
        ),
        ("UNICEF Yemen said 40 children were killed.", [("UNICEF", "organisation")]),
        ("For information contact ICRC Yaoundé, tel: +237 222.", [("ICRC", "organisation")]),
        # where people travel to, what tears a region apart
        ("The migrants who reach Djibouti face detention.", []),
        ("Eritrea has been torn by fighting since 1998.", []),
    ],
)
def test_an_agencys_office_a_destination_and_a_torn_land_are_no_state(
    sentence: str, kept: list[tuple[str, str]]
) -> None:
    assert [(name, kind) for name, _, _, kind in actor_spans(sentence)] == kept


def test_a_state_beside_an_organisation_across_a_conjunction_still_acts() -> None:
    sentence = "The EU and Djibouti signed a deal; WHO officials said Djibouti must act."
    found = actor_spans(sentence)
    assert ("Djibouti", 11, 19, "state") in found
    assert ("Djibouti", 54, 62, "state") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "He was found dead in his cell at Maseru's Central Police Station on Sunday.",
        "Maseru's streets were empty on Sunday.",
        "Maseru's mayor said the city was broke.",
        "He was flown to Maseru's main hospital.",
    ],
)
def test_a_capitals_possessive_before_the_citys_places_is_the_city(sentence: str) -> None:
    assert [s for s in actor_spans(sentence) if s[3] == "state"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Maseru's decision angered Pretoria.",
        "Maseru's foreign ministry said the talks would resume.",
        "Maseru's ambassador was summoned.",
    ],
)
def test_a_capitals_possessive_before_its_acts_and_bodies_is_the_government(
    sentence: str,
) -> None:
    assert ("Maseru", 0, 6, "state") in actor_spans(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        '"Anyone who touches it is touching Lesotho," the official said.',
        "They were sitting down, facing Eswatini.",
        '"Our troops cannot be asked to defend Lesotho on promises alone," he said.',
    ],
)
def test_a_land_touched_faced_or_defended_is_a_place(
    sentence: str,
) -> None:
    assert [s for s in actor_spans(sentence) if s[3] == "state"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Lesotho turned to Pretoria for help.",
        "Lesotho turned down the offer.",
        "Lesotho defended its decision to close the border.",
        "Lesotho is facing pressure to reopen the border.",
    ],
)
def test_the_same_verbs_after_the_state_leave_it_acting(sentence: str) -> None:
    assert ("Lesotho", 0, 7, "state") in actor_spans(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Villager Wounded By Cross-Border Fire In Tavush, Says Yerevan", "Yerevan"),
        ("Two soldiers wounded near the border, says Maseru", "Maseru"),
        ('"We will not retreat," said Maseru.', "Maseru"),
    ],
)
def test_a_capital_closing_an_inverted_attribution_speaks(sentence: str, name: str) -> None:
    start = sentence.index(name)
    assert (name, start, start + len(name), "state") in actor_spans(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The strike killed 12 people, said Maseru residents.",
        '"He was in Maseru," said Mugabo.',
        "The camp is full, says Maseru mayor Jean Mugabo.",
    ],
)
def test_a_capital_inside_the_speakers_phrase_or_the_quote_stays_a_place(sentence: str) -> None:
    assert [s for s in actor_spans(sentence) if s[3] == "state"] == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ties froze in October. Oslo responded by closing the consulates.", "Oslo"),
        ("Namibia has no intention of withdrawing its troops.", "Namibia"),
        ("Eritrea has no interest in the affairs of its neighbours.", "Eritrea"),
    ],
)
def test_a_means_after_by_and_a_stance_after_has_no_leave_the_state_acting(
    sentence: str, name: str
) -> None:
    start = sentence.index(name)
    assert (name, start, start + len(name), "state") in actor_spans(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kyiv hit by drones overnight",
        "Namibia has no functioning government.",
        "Namibia has no access to the sea.",
        "Namibia has had no president since June.",
    ],
)
def test_a_passive_agent_and_what_a_country_lacks_stay_places(sentence: str) -> None:
    assert [s for s in actor_spans(sentence) if s[3] == "state"] == []


def test_an_agencys_office_is_no_state_where_the_state_is_known_elsewhere() -> None:
    text = "Officials met.\nThis Flash Update is produced by OCHA Chad with partners.\nEnd."
    found = suggest(text, gazetteer=load_gazetteer(), known_actors={"Chad": "state"})
    assert [text[s.start : s.end] for s in found if s.label == "ACTOR"] == ["OCHA"]
