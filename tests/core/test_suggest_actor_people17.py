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
