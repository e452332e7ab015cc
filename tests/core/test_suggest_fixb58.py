"""Review 58 part B (FIXB58): the ACT28 ACTOR rules on shapes they were not written for.
Each test drives the real suggester on sentences written for it (invented people and events;
real places, states and bodies).
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_texts

# --- B3: a post's holder with a long name, or no verb of saying, is not lost ------------


def test_a_four_word_holder_after_a_stations_post_is_a_person() -> None:
    text = (
        "Two boats were seized on the river.\n\n"
        "Officer-in-Charge of Sadar Police Station Md Kamrul Hasan Bhuiyan said the crews "
        "had fled."
    )
    found = suggested_texts(text)
    assert "Md Kamrul Hasan Bhuiyan" in found, found


def test_a_holder_after_a_stations_post_who_confirms_is_a_person() -> None:
    text = (
        "Two boats were seized on the river.\n\n"
        "Officer-in-Charge of Sadar Police Station Nazmul Karim Sarkar confirmed the seizure "
        "on Tuesday."
    )
    found = suggested_texts(text)
    assert "Nazmul Karim Sarkar" in found, found


def test_a_holder_set_off_by_a_comma_after_a_stations_post_is_a_person() -> None:
    text = (
        "Two boats were seized on the river.\n\n"
        "Officer-in-Charge of Sadar Police Station Nazmul Karim Sarkar, who led the search, "
        "said the crews had fled."
    )
    found = suggested_texts(text)
    assert "Nazmul Karim Sarkar" in found, found


# --- B2: a post's word that a body's kind word follows is part of the body's name ---------


def test_a_unit_named_after_a_counsel_is_a_body() -> None:
    text = (
        "The Public Defence Counsel Unit said on Monday that it would appeal the sentences "
        "handed to the four farmers."
    )
    assert "Public Defence Counsel Unit" in suggested_texts(text)


def test_a_corps_named_after_an_officer_is_a_body() -> None:
    text = "The Army Medical Officer Corps said two of its doctors had been abducted near Kaduna."
    found = suggested_texts(text)
    assert any(name.endswith("Officer Corps") for name in found), found


# --- B5: the opened listed bodies, many in one text, are each taken whole ----------------


def test_many_opened_listed_bodies_in_one_text_are_each_taken_whole() -> None:
    paragraph = "In Omdurman, the Karari Emergency Response Room said two clinics had closed.\n\n"
    found = suggested_texts(paragraph * 40)
    assert found.count("Karari Emergency Response Room") == 40, found
    assert "Karari" not in found, found
