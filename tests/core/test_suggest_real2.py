"""General forms the untuned misses of articles 340-347 showed and the development set
shows too (issue 15, session 36).

Each test states one form with sentences written for the test (invented people, groups
and events; real places), never the development articles' own.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts, suggested_types

# --------- a sentence-case name its bracketed acronym spells with one word to spare


@pytest.mark.parametrize(
    ("sentence", "name", "acronym"),
    [
        # a word inside the name gives no letter ("people")
        (
            "A local group, the Coordinating council of returned people of Ayutla (CCRA), "
            "said 40 families had come back.",
            "Coordinating council of returned people of Ayutla",
            "CCRA",
        ),
        # the place the group works in closes the name without a letter
        (
            "The Asociación mujeres por la paz en el Putumayo (AMP) counted the displaced.",
            "Asociación mujeres por la paz en el Putumayo",
            "AMP",
        ),
        # a name's word left out of its acronym, in English
        (
            "According to the Network for justice and memory in Kasai (NJK), "
            "12 villages were burned.",
            "Network for justice and memory in Kasai",
            "NJK",
        ),
    ],
)
def test_a_sentence_case_name_spelled_with_one_word_to_spare_is_one_organisation(
    sentence: str, name: str, acronym: str
) -> None:
    text = sentence + f" The {acronym} said it would publish a list."
    assert suggested_texts(text) == [name, acronym, acronym]
    assert suggested_types(text)[name] == "organisation"


@pytest.mark.parametrize(
    "sentence",
    [
        # two words to spare: not a spelling of the acronym
        "Residents of the Coordinating council of displaced herders of remote Ayutla (CCRA) left.",
        # the name would open after a verb, not after "the", a comma or the line's start
        "Farmers met Coordinating council of returned people of Ayutla (CCRA) officials.",
    ],
)
def test_no_loose_spelling_with_two_spare_words_or_after_a_verb(sentence: str) -> None:
    assert not any(text.startswith("Coordinating") for text in suggested_texts(sentence))
