"""A name followed by ", which" and what a body does is a body, never a person (issue 15,
rule actor_which_said): people take "who". Sentences and bodies are invented for the test.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_types as _types


def test_a_name_then_which_and_a_verb_of_speech_is_an_organisation() -> None:
    for text, body in [
        ("The clinic was run by Sawa Relief, which said twelve patients died.", "Sawa Relief"),
        (
            "Most victims were herders, according to Dalli Waaldu, which represents them.",
            "Dalli Waaldu",
        ),
        (
            "The count came from Tessel Kamba, which has documented every raid since 2019.",
            "Tessel Kamba",
        ),
    ]:
        assert _types(text).get(body) == "organisation", text


def test_a_name_then_which_and_a_verb_of_fighting_is_an_armed_group() -> None:
    text = "Gunmen from Kuro Ndala, which controls the gold mines, killed three miners."
    assert _types(text).get("Kuro Ndala") == "armed group"
    text = "Villagers blamed Sanga Bemi, which took up arms in 2021, for the fire."
    assert _types(text).get("Sanga Bemi") == "armed group"


def test_a_name_then_which_with_a_masthead_word_is_an_outlet() -> None:
    text = "The footage was first shown by Velda Online, which said it had verified it."
    assert _types(text).get("Velda Online") == "media"


def test_a_place_then_which_is_no_actor() -> None:
    for text, place in [
        ("Haut-Kessa, which borders three states, is hard to reach.", "Haut-Kessa"),
        ("The convoy reached Ostrel, which has been cut off for weeks.", "Ostrel"),
    ]:
        assert place not in _types(text), text


def test_a_person_then_who_is_still_a_person() -> None:
    text = "The clinic was run by Ana Lopes, who said twelve patients died."
    assert _types(text).get("Ana Lopes") == "person"


def test_a_listed_name_keeps_its_listed_type() -> None:
    text = "The attack was blamed on al-Shabaab, which denied it on Sunday."
    assert _types(text).get("al-Shabaab") == "armed group"


def test_a_corporation_is_a_body() -> None:
    text = "The Velden Ports Corporation said two cranes were hit."
    assert _types(text).get("Velden Ports Corporation") == "organisation"
