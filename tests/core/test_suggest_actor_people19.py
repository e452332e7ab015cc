"""People's names on unseen articles (issue 15, PEOPLE19): a capitalised description before
a name that another mention shows to be a person's, ... Every sentence is invented."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer


def suggested_person_texts(text: str) -> list[str]:
    """Every ACTOR suggestion typed person, each mention (a dict by text would keep one)."""
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return [text[s.start : s.end] for s in found if s.attributes.get("type") == "person"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the surname speaking alone later makes the full name a person: not its description
        (
            'Motorcyclist Ouma Kiprono said the road was mined. "They came at dawn," Kiprono said.',
            "Ouma Kiprono",
        ),
        (
            "Grandmother Nekesa Wafula sat by the door. Wafula says the village is empty.",
            "Nekesa Wafula",
        ),
        # ... a name owning kin
        ("Retired Tobiah Marangu's son was taken by the gunmen.", "Tobiah Marangu"),
        # ... a name holding "son of"
        (
            "Veteran Salem bin Rashid Alkindi, a member of the town council, said the money "
            "never came.",
            "Salem bin Rashid Alkindi",
        ),
        # ... a name joined by "and" to a person's
        (
            "The hostages, Kofi Abankwa and Housewife Esi Mensima, were freed on Sunday.",
            "Esi Mensima",
        ),
    ],
)
def test_a_description_before_a_name_found_by_another_mention_is_left_out(
    text: str, name: str
) -> None:
    found = suggested_person_texts(text)
    assert name in found
    assert not any(p.endswith(name) and p != name for p in found)


def test_a_given_name_before_a_surname_that_speaks_alone_stays_in_the_span() -> None:
    # guard: only a word that describes a person is left out of the span
    found = suggested_person_texts(
        'Kwesi Ofori Atta said the road was mined. "They came at dawn," Atta said.'
    )
    assert "Kwesi Ofori Atta" in found


@pytest.mark.parametrize(
    "text",
    [
        "The National Episcopal Conference of Lumora said the vote had been stolen.",
        "Kasai Youth Congress said five of its members were arrested.",
        "Anglican Brotherhood of Kenya said the priest had been abducted.",
        "Delta Miners Syndicate told reporters the pits were closed.",
    ],
)
def test_a_run_ending_in_a_gathering_s_noun_is_no_person(text: str) -> None:
    assert suggested_person_texts(text) == []


def test_a_person_speaking_for_a_gathering_stays_a_person() -> None:
    # guard: the body's noun ends the body's name, not the person's after it
    found = suggested_person_texts(
        "Kasai Youth Congress chairman Tshilombo Mbuyi said five members were arrested."
    )
    assert found == ["Tshilombo Mbuyi"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Uganda Red Cross Society Team Lead Ouma Kiprono Obura said the camp needed water.",
            "Ouma Kiprono Obura",
        ),
        (
            "Lira Farmers Network Focal Person Ouma Kiprono said the camp needed water.",
            "Ouma Kiprono",
        ),
        ('"The road is blocked," said Focal Person Zawadi Okelo.', "Zawadi Okelo"),
        ('"The road is blocked," said Village Head Zawadi Okelo.', "Zawadi Okelo"),
    ],
)
def test_a_capitalised_office_before_a_name_is_left_out(text: str, name: str) -> None:
    assert suggested_person_texts(text) == [name]


def test_the_body_before_an_office_and_its_holder_ends_at_its_kind_word() -> None:
    text = "Uganda Red Cross Society Team Lead Ouma Kiprono Obura said the camp needed water."
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    assert [text[s.start : s.end] for s in found] == [
        "Uganda Red Cross Society",
        "Ouma Kiprono Obura",
    ]


def test_an_office_s_head_word_alone_is_no_role() -> None:
    # guard: "Lead", "Person" head an office only after the word that says which
    assert suggested_person_texts('"We are afraid," said Lead Okello.') == ["Lead Okello"]


@pytest.mark.parametrize(
    "text",
    [
        "What we know so far\nMinority says it will boycott the vote.",
        "The talks collapsed. Leadership told reporters the army would stay.",
        "Key points: Opposition says the count was rigged.",
        '"We will not sign," Management said.',
        "Asked about the strike, Leadership said the talks had failed.",
    ],
)
def test_an_abstract_noun_alone_in_a_speaker_s_slot_is_no_person(text: str) -> None:
    assert suggested_person_texts(text) == []


def test_a_one_word_name_ending_like_an_abstract_noun_only_by_chance_stays() -> None:
    # guard: "-ment" counts only past seven letters ("Clément" is a given name)
    text = 'Armand Clément fled in May. "They burned the fields," Clément said.'
    assert "Clément" in suggested_person_texts(text)


def test_one_name_reporting_from_a_place_for_an_unlisted_outlet_is_a_person() -> None:
    text = "Sahel Watch's Amani, reporting from Gao, said the convoy was attacked."
    assert "Amani" in suggested_person_texts(text)


def test_one_name_after_an_unlisted_owner_without_a_reporter_s_words_stays_out() -> None:
    # guard: "X's Y said" with an owner no list holds may be a place's or a firm's thing
    assert suggested_person_texts("Kivu Morning's Bahati said the rebels had left.") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The army said it had killed 40 militants, including a commander it named as "
            "U Lwin Myint.",
            ["U Lwin Myint"],
        ),
        (
            "The group said two of its fighters were killed, naming them as U Thein Win and "
            "Daw Nwe Su.",
            ["U Thein Win", "Daw Nwe Su"],
        ),
    ],
)
def test_a_burmese_man_s_u_opens_a_name_after_named_as(text: str, names: list[str]) -> None:
    assert suggested_person_texts(text) == names


def test_the_letters_u_s_after_named_as_open_no_name() -> None:
    # guard: "U" then a space opens a name, never the initials of a state
    found = suggested_person_texts("Police named the suspect as U.S. citizen Dale Norris.")
    assert not any(p.startswith("U") for p in found)


@pytest.mark.parametrize(
    "text",
    [
        # a lone name before its kin, opening the sentence or after an opening phrase
        "Kamaruddin, whose son was among the soldiers killed, wept as the verdict was read.",
        "At the city's main hospital, Kamaruddin, whose son studies there, waited outside.",
        '"They knew where to go," said Kamaruddin, whose brother was taken.',
        # a role qualified by a word or owned by a common noun after "said X,"
        '"This is a crime," said Kamaruddin, senior researcher at a rights group.',
        '"This only feeds the anger," said Kamaruddin, the league\'s vice-president.',
        # "According to" opening the sentence, as after a comma
        "According to Kamaruddin, a trader who fled with her children, the huts were burned.",
        "According to Kamaruddin, who runs a rescue team in the town, 40 people died.",
        # a lower-case office before the lone name
        '"We will not leave," local sarpanch Kamaruddin said.',
        "Presidential adviser Kamaruddin was quoted as saying the talks would resume.",
        "Public defender Kamaruddin, who handles the cases, says the aid reaches few.",
    ],
)
def test_one_name_in_a_person_s_grammar_is_a_person(text: str) -> None:
    assert suggested_person_texts(text) == ["Kamaruddin"]


@pytest.mark.parametrize(
    "text",
    [
        "Kidal, whose sons joined the rebels, fell in 2012.",
        "Gaza, whose children are starving, was bombed again.",
        '"The town is empty," said Kidal, the regional capital.',
        "According to Kidal, the regional capital, the road is open.",
    ],
)
def test_a_place_with_sons_children_or_a_capital_s_description_stays_no_person(
    text: str,
) -> None:
    assert suggested_person_texts(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a feature's subject after an opening phrase, his or hers later in the sentence
        (
            "In Ban Koral, Wilmer Ospina listens to the news on a small radio and shakes his head.",
            "Wilmer Ospina",
        ),
        (
            "Every morning, Olumide Ghamdi-Coulibaly walks to the edge of his village.",
            "Olumide Ghamdi-Coulibaly",
        ),
        (
            "At dusk in the displacement site, Nelly Arango Villamizar checks the tarpaulin "
            "over her shelter.",
            "Nelly Arango Villamizar",
        ),
        # a given name shaped like a nationality ("-ian") opening two name words
        ("Before dawn, Julian Quintero walks to his motorbike.", "Julian Quintero"),
    ],
)
def test_a_feature_s_subject_with_his_or_her_later_in_the_sentence_is_a_person(
    text: str, name: str
) -> None:
    assert suggested_person_texts(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # "her" before an article or a preposition is an object, no possessive
        "In Goma, Kivu Relief gives her a tent and a bag of rice every week.",
        # a body's "its"
        "Every morning, Kivu Relief sends its trucks to the camp and pays the drivers.",
    ],
)
def test_a_body_acting_on_her_or_with_its_things_is_no_person(text: str) -> None:
    assert suggested_person_texts(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Nigerian Red Cross Society Volunteer Tunde Okafor said 30 bodies were recovered.",
            "Tunde Okafor",
        ),
        (
            "Darfur Bar Association Member Nabil Osman told reporters the men were beaten.",
            "Nabil Osman",
        ),
    ],
)
def test_a_role_after_a_body_of_three_or_four_words_is_left_out(text: str, name: str) -> None:
    assert suggested_person_texts(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "14:05 Rescue Teams reach Derna\nRescue Teams said they had reached the port.",
        "Armed men attacked a convoy. Local Sources said two drivers were killed.",
        "Field Teams reported that the road to the camp was closed.",
    ],
)
def test_a_run_ending_in_a_plural_of_people_is_no_person(text: str) -> None:
    assert suggested_person_texts(text) == []


def test_a_surname_ending_in_s_stays_a_person() -> None:
    # guard: only the plurals of people and of a body's parts end no name
    found = suggested_person_texts('"We ran," said Tunde Williams, a trader.')
    assert found == ["Tunde Williams"]


def test_a_role_s_word_after_a_title_is_left_out() -> None:
    text = "The talks stalled, Senior Analyst Zawadi Okelo said."
    assert suggested_person_texts(text) == ["Zawadi Okelo"]


def test_an_office_opening_a_sentence_with_a_body_s_kind_word_names_its_holder() -> None:
    text = "The panel met on Tuesday. Committee Chair Zawadi Okelo said the army must explain."
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    assert [(text[s.start : s.end], s.attributes.get("type")) for s in found] == [
        ("Zawadi Okelo", "person")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Two rights groups issued a statement. Both Organisations said the law must go.",
        "Sources: wire agencies. Compiled by Kivu Desk. Editing by staff.",
    ],
)
def test_a_run_ending_in_a_body_word_s_plural_or_a_newsroom_s_desk_is_no_person(
    text: str,
) -> None:
    assert suggested_person_texts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Abu Kerri, a camp of 200,000 people, was shelled again on Monday.",
        'Bir Tawfa, the main crossing, reopened. "We waited a week," a trader said.',
    ],
)
def test_a_name_in_apposition_with_a_place_s_noun_is_no_person(text: str) -> None:
    assert suggested_person_texts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        '"We ran," said Fadi Haidar, a resident of the village.',
        '"We ran," said Tunde Okafor, a town councillor.',
        '"We ran," said Tunde Okafor, the camp manager.',
    ],
)
def test_a_person_described_by_a_place_stays_a_person(text: str) -> None:
    assert len(suggested_person_texts(text)) == 1


def test_a_name_the_text_follows_with_which_elsewhere_is_no_person() -> None:
    text = (
        "Rio Baixo, which borders the lake, has been hit hardest. Rio Baixo said the "
        "schools were closed."
    )
    assert suggested_person_texts(text) == []


def test_a_person_named_before_which_elsewhere_only_inside_a_phrase_stays() -> None:
    # guard: "X's office, which" is the office's relative, not the person's
    text = "Zawadi Okelo said the road was closed. Okelo's office, which runs the camps, agreed."
    assert "Zawadi Okelo" in suggested_person_texts(text)
