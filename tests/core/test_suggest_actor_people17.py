"""People whose names the rules met only in other shapes: a title chain holding a body's
word, a name holding a small word ("bin", "dos", "van der") after a title chain (issue 15,
PEOPLE17). Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker, suggested_texts, suggested_types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Deputy Police Commissioner Lorna Ekwueme said the riot was over.", "Lorna Ekwueme"),
        (
            "Acting Army Chief Tomas Ilunga Banza told reporters the town was retaken.",
            "Tomas Ilunga Banza",
        ),
        (
            "Senior Police Officer Amos Kiprotich Ruto said two men were held.",
            "Amos Kiprotich Ruto",
        ),
    ],
)
def test_a_body_word_inside_a_title_chain_leaves_the_name(text: str, name: str) -> None:
    assert suggested_texts(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Interior Cabinet Secretary Idris bin Faruq wrote on X that the attack failed.",
            "Idris bin Faruq",
        ),
        (
            "Provincial Police Commissioner Joost van der Hoek said the miners had returned.",
            "Joost van der Hoek",
        ),
        (
            "Armed Forces Minister General Celia de la Fuente flew to the port on Tuesday.",
            "Celia de la Fuente",
        ),
    ],
)
def test_a_name_with_small_words_after_a_body_title_is_a_person(text: str, name: str) -> None:
    assert suggested_types(text) == {name: "person"}


def test_a_titled_name_with_small_words_is_the_quote_s_speaker() -> None:
    text = 'District Police Officer Yusra bin Talib said: "The checkpoint is open again."'
    assert suggested_speaker(text, "The checkpoint") == "Yusra bin Talib"


def test_a_body_named_with_a_title_inside_stays_a_body() -> None:
    # guard: no two name words after the chain's last title, no person ("Deputy Police
    # Commissioner's Office" is a body's office; "the Police Chief" names nobody)
    found = suggested_types("The Deputy Police Commissioner's Office said it would act.")
    assert "person" not in found.values()
    assert suggested_texts("Residents said the Acting Police Chief had left the town.") == []


# A subject no given-name list knows, in the positions and verb forms feature pages use,
# before a quote a he or a she says: the quote's speaker by pronoun.
@pytest.mark.parametrize(
    "opening",
    [
        "The maize is ripe, but Teodoro Yupanqui cannot reach his plot.",
        "When Teodoro Yupanqui returned to the hamlet in May, the huts were ash.",
        "HUANTA, Peru - Teodoro Yupanqui has not slept at home for three weeks.",
        "On a cold morning at the edge of the market below the old church, Teodoro "
        "Yupanqui counts the sacks.",
        "Teodoro Yupanqui will never forget that night.",
        "Teodoro Yupanqui was 17 when the patrol came.",
        "Teodoro Yupanqui had just finished his meal when the shooting started.",
        "Teodoro Yupanqui and his family now sleep in a school.",
    ],
)
def test_a_subject_before_a_pronoun_s_quote_is_a_person(opening: str) -> None:
    text = f'{opening} "Nobody came to help us," he said.'
    assert suggested_speaker(text, "Nobody came") == "Teodoro Yupanqui"


def test_a_town_before_a_modal_is_no_person() -> None:
    # guard: a place may be a modal's subject too; with no he or she speaking right after
    # the sentence, it is no person
    text = '"Villa Rica will not fall. Its people have paid enough," the governor said.'
    assert "Villa Rica" not in suggested_texts(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Village Head Teodoro Yupanqui said the river had burst its banks.", "Teodoro Yupanqui"),
        ("Clan Elder Warsame Dhuhulow said the two sides had agreed to talk.", "Warsame Dhuhulow"),
    ],
)
def test_a_capitalised_role_after_its_place_or_body_is_no_part_of_the_name(
    text: str, name: str
) -> None:
    assert suggested_texts(text) == [name]


def test_a_role_word_closing_a_name_stays() -> None:
    # guard: a surname spelt like a role word, with no name after it, is the person's
    text = "Shops stayed shut on Monday. Teodoro Farmer told reporters that six people died."
    assert suggested_texts(text) == ["Teodoro Farmer"]


BODY = (
    "Gunmen killed four farmers near the river on Sunday, police said.\n\n"
    '"We buried them this morning," said Teodoro Yupanqui, a village elder.\n\n'
)


@pytest.mark.parametrize(
    "credit",
    [
        "Edited by Marisol Quispe Huamán",
        "Edition: Rodrigo Mendes Barreto",
        "Translated by Marisol Quispe",
    ],
)
def test_an_editor_s_or_translator_s_closing_credit_names_no_actor(credit: str) -> None:
    text = BODY + credit + "\n"
    assert suggested_texts(text) == ["Teodoro Yupanqui"]


def test_a_writer_s_byline_at_the_top_still_names_a_person() -> None:
    # guard: "Written by X" opens the page, a byline the guideline annotates
    text = "Four farmers killed near river\n\nWritten by Marisol Quispe\n\n" + BODY
    assert "Marisol Quispe" in suggested_texts(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The hills are full of traps," said Alto Huallaga superintendent of police '
            "Teodoro Yupanqui.",
            "Teodoro Yupanqui",
        ),
        (
            '"The bridge is down," said Bajo Chinchao district commissioner Ana Quispe.',
            "Ana Quispe",
        ),
    ],
)
def test_a_place_before_a_role_and_a_name_is_no_speaker(text: str, speaker: str) -> None:
    assert suggested_texts(text) == [speaker]


def test_a_person_before_a_role_without_a_name_stays() -> None:
    # guard: a role after the name with no name after the role says nothing of the name
    text = "Teodoro Yupanqui told the district commissioner that six people had died."
    assert suggested_texts(text) == ["Teodoro Yupanqui"]


def test_people_named_together_after_named_as_are_each_a_person() -> None:
    text = "Police identified the dead as Teodoro Yupanqui and Wilmer Zuluaga, both farmers."
    assert suggested_texts(text) == ["Teodoro Yupanqui", "Wilmer Zuluaga"]


def test_bodies_named_together_after_named_as_are_no_list_of_people() -> None:
    # guard: "the groups" names bodies; the name after "and" is no person
    text = "Police named the groups as Los Pumas and Los Gatos, two rival clans."
    assert "Los Gatos" not in suggested_texts(text)


@pytest.mark.parametrize("kin", ["family", "widow", "son", "lawyer"])
def test_a_name_after_a_kin_s_of_is_a_person(kin: str) -> None:
    text = f"The {kin} of Teodoro Yupanqui told reporters that he had been unarmed."
    assert suggested_texts(text) == ["Teodoro Yupanqui"]


def test_the_children_of_a_place_name_no_person() -> None:
    # guard: children and families belong to places too
    text = "The children of Alto Huallaga told reporters that the school had closed."
    assert suggested_texts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        '"These are ransoms, not fines," said Dr Teodoro Yupanqui, a lawyer with the association.',
        '"The valley is empty," says Dr Teodoro Yupanqui, a researcher at the foundation.',
    ],
)
def test_a_titled_person_described_at_a_body_is_the_person(text: str) -> None:
    assert suggested_types(text) == {"Teodoro Yupanqui": "person"}
    assert suggested_speaker(text, text[1:5]) == "Teodoro Yupanqui"


def test_a_body_described_as_one_is_still_a_body() -> None:
    # guard: a civil body's appositive with no role word before it names the body
    text = "Voces del Valle Andino, a local rights organisation, said six people died."
    assert suggested_types(text) == {"Voces del Valle Andino": "organisation"}


def test_a_title_before_an_alias_stays_out_of_the_span() -> None:
    text = "A commander who goes by the name Sheikh Teodoro Yupanqui told AFP his men would fight."
    assert "Teodoro Yupanqui" in suggested_texts(text)
    assert "Sheikh Teodoro Yupanqui" not in suggested_texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Superintendent of Police Yupanqui told reporters the patrol was safe.",
        'Commissioner of Police Yupanqui said: "We know who the attackers are."',
    ],
)
def test_one_name_after_a_chain_ending_with_police_is_a_person(text: str) -> None:
    assert suggested_types(text) == {"Yupanqui": "person"}


def test_a_chain_ending_with_a_body_s_plural_word_names_no_person() -> None:
    # guard: "Police Headquarters" is a place, no name
    assert suggested_texts("The Inspector General of Police Headquarters said it was safe.") == []


# People known by one name, in the slots that name only people.
@pytest.mark.parametrize(
    "text",
    [
        "The girl was in a critical condition, said Yupanqui, director of the health office.",
        "The army withdrew on Monday, said Yupanqui, who heads the women's association.",
    ],
)
def test_one_name_described_after_reported_speech_is_a_person(text: str) -> None:
    assert suggested_texts(text) == ["Yupanqui"]


def test_a_weekday_after_said_is_no_person() -> None:
    # guard: "said Monday, a day of protests" names nobody
    assert suggested_texts("Prices doubled, officials said Monday, a day of protests.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The airport was closed, Al Jazeera's Yupanqui, reporting from the capital, said.",
        "MSF's Yupanqui said the clinic had run out of beds.",
    ],
)
def test_one_name_owned_by_an_outlet_or_a_body_is_a_reporter_or_a_member(text: str) -> None:
    assert "Yupanqui" in suggested_texts(text)


def test_a_listed_place_owned_by_an_outlet_stays_a_place() -> None:
    # guard: the owned word is a listed name ("Al Jazeera's Doha bureau"), no person
    found = suggested_types("Al Jazeera's Doha said nothing about the strike.")
    assert found.get("Doha") != "person"


@pytest.mark.parametrize(
    "text",
    [
        "Another resident, Yupanqui, a schoolteacher, said she now sleeps in her shoes.",
        "Its chief executive, Yupanqui, told the state broadcaster the mine was unsafe.",
        "The medical officer leading the work, Yupanqui, said five bodies had been found.",
        "Outside a school in the old town, Yupanqui, 58, said she had left the camp.",
    ],
)
def test_one_name_in_apposition_with_a_role_is_a_person(text: str) -> None:
    assert suggested_texts(text) == ["Yupanqui"]


def test_a_place_after_an_opening_phrase_is_no_person() -> None:
    # guard: a town after the comma, with no age or relative after it, is no person
    text = "Outside the old town, Huanta was quiet on Monday, police said."
    assert "Huanta" not in suggested_texts(text)


HEADLINE = "Blast kills three in border town\n\n"
LEAD = "A blast killed three people on Monday, police said.\n"


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Marta Ilunga and Ruben van der Wal\nAssociated Press\n", ["Ruben van der Wal"]),
        ("Lucas van Dijk\nBIRN Pristina, Belgrade\n", ["Lucas van Dijk"]),
        ("By Carmen de Leon, The Valley Times\n", ["Carmen de Leon", "Valley Times"]),
        ("From Teodoro de la Vega, Huanta\n", ["Teodoro de la Vega"]),
    ],
)
def test_a_byline_s_name_with_small_words_is_a_person(byline: str, names: list[str]) -> None:
    found = suggested_texts(HEADLINE + byline + LEAD)
    assert all(name in found for name in names), found


def test_a_byline_line_of_a_place_stays_no_person() -> None:
    # guard: a dateline's place with a small word is no byline's name
    found = suggested_texts(HEADLINE + "From the town of Lokoja\n" + LEAD)
    assert "Lokoja" not in found
