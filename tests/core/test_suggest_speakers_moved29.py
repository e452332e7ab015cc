"""Speaker classes from the misses of articles 204-219 once they moved to dev (session 29).

Each test states one general form with sentences written for the test (invented people
and events; real places), never the articles' own sentences.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker as _speaker

# ----------------------- '"...," said the <role> for <a body no rule tags>, <Title> <Name>'


def test_a_role_then_its_holder_with_a_title_after_the_comma_speaks() -> None:
    text = (
        "Two checkpoints were attacked overnight. "
        '"They came from the ridge," said the spokesman for the Kunar provincial police, '
        "Mawlawi Abdul Samad Hanif."
    )
    assert _speaker(text, "They came") == "Abdul Samad Hanif"


def test_a_council_head_with_an_honorific_after_the_comma_speaks() -> None:
    text = (
        '"The market will reopen on Monday," said the head of the Spin Boldak traders\' '
        "council, Haji Nazar Gul."
    )
    assert _speaker(text, "The market") == "Nazar Gul"


def test_a_role_followed_by_an_anonymous_aside_names_nobody() -> None:
    text = (
        "Ibrahim Maiga runs the bus station in Gao. "
        '"Nobody was hurt," said the commander of the Gao garrison, who asked not to be named.'
    )
    assert _speaker(text, "Nobody was") is None


# ----------------- a feature's present tense: 'She pauses, then adds: "..."' before a quote


def test_a_pronoun_with_a_present_tense_verb_before_the_speech_verb_speaks() -> None:
    text = (
        'Amina Lokiru sells charcoal in Moroto. "Prices have doubled," she says. '
        'She pauses, then adds: "Nobody buys now."'
    )
    assert _speaker(text, "Nobody buys") == "Amina Lokiru"


def test_a_pronoun_that_nods_and_says_is_the_person_named_before() -> None:
    text = 'Joseph Lomuria farms near Kotido. He nods and says: "The rains came late this year."'
    assert _speaker(text, "The rains") == "Joseph Lomuria"


def test_the_present_tense_pronoun_stands_for_the_nearest_person_of_its_gender() -> None:
    text = (
        "Grace Achen runs the clinic. Her deputy, Rose Nakiru, arrived in May. "
        'She pauses, then adds: "We have no more beds."'
    )
    assert _speaker(text, "We have no") == "Rose Nakiru"
