"""General forms the untuned misses of articles 340-347 showed and the development set
shows too (issue 15, session 36).

Each test states one form with sentences written for the test (invented people, groups
and events; real places), never the development articles' own.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker, suggested_texts, suggested_types

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


# --------- a state naming where one strike fell, in a headline's nouns


@pytest.mark.parametrize(
    "headline",
    [
        "Nigeria drone strike on Zamfara wedding kills 12, villagers say",
        "Pakistan air strike on Khost village kills nine, Taliban say",
        "Somalia airstrike on Jilib camp kills 30, officials say",
    ],
)
def test_a_state_opening_a_headline_before_one_strike_is_a_place(headline: str) -> None:
    text = headline + "\n\nLAGOS (Reuters) - A strike hit the village on Sunday.\n"
    state = headline.split()[0]
    assert state not in suggested_texts(text)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # the state's verb: it acts
        (
            "Israel strikes Gaza camp, kills 12, medics say\n\nGAZA (Reuters) - Jets struck.\n",
            "Israel",
        ),
        # a campaign of strikes the state wages
        ("ADEN (Reuters) - U.S. air strikes on the port killed nine people.\n", "U.S."),
    ],
)
def test_a_state_that_strikes_or_wages_strikes_stays_an_actor(text: str, state: str) -> None:
    assert state in suggested_texts(text)


# --------- "the <body noun>" opening a reported-speech clause is the body it describes


def test_the_group_said_goes_on_with_the_network_that_spoke_before_not_the_last_body_named() -> (
    None
):
    text = (
        "GOMA, Congo (Reuters) - Shells hit a camp on Sunday.\n\n"
        "The Kivu Water Network (KWN), a group of volunteers, said the shells fell near "
        "a queue.\n\n"
        '"Many walked for days," said Anna Berg, a UNHCR officer in Goma.\n\n'
        "The network said it had stopped its deliveries for the day. "
        '"We cannot send volunteers out under fire," the group said.\n'
    )
    assert suggested_speaker(text, "We cannot send") == "KWN"


def test_the_army_with_an_aside_before_its_verb_is_the_army_named_before() -> None:
    text = (
        "KHARTOUM (Reuters) - Fighting resumed last month between the paramilitary Rapid "
        "Support Forces (RSF) and the Sudanese army.\n\n"
        'In a statement, the RSF said: "Our forces fired no shell. The army\'s militias did."\n\n'
        "The army, in a statement read on state television, accused the paramilitary group "
        'of "spreading chaos on the border".\n'
    )
    assert suggested_speaker(text, "spreading chaos") == "Sudanese army"
