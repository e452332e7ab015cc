"""Guards on SPK69's speaker rules found by an adversarial review (REVIEW69S).

Invented people and events; real states, bodies and outlets. Each drives the real suggester.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker as _speaker

# --------- a partial quote inside reported speech, its comma set inside the marks (US house
# style), is the reported speaker's, whoever is counted or left unnamed after it


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('Nigeria\'s army called the raid "a success," survivors said.', "a success", "Nigeria"),
        (
            'Nigeria\'s army called the raid "a success," two residents said.',
            "a success",
            "Nigeria",
        ),
        (
            'Amina Bello described the attack as "a massacre," a mourner said.',
            "a massacre",
            "Amina Bello",
        ),
    ],
)
def test_a_partial_quote_in_reported_speech_keeps_its_speaker(
    text: str, words: str, speaker: str
) -> None:
    assert _speaker(text, words) == speaker


@pytest.mark.parametrize(
    "attribution", ["survivors said", "two residents said", "a mourner said", "locals shouted"]
)
def test_a_whole_quote_opening_its_sentence_still_links_to_nobody(attribution: str) -> None:
    text = f'Amina Bello visited Bama on Monday. "The town is safe now," {attribution}.'
    assert _speaker(text, "The town is safe") is None


# (the absolute "with" clause's guards went with SPK69's rule, taken out by ABL70)


# ------------------------------------------------------ an outlet that carries the words


def test_an_outlet_after_a_possessive_is_no_speaker() -> None:
    text = (
        "Islamic State claimed the raid. In a video carried by the group's Amaq news agency, "
        'its leader said: "We will strike again."'
    )
    assert _speaker(text, "We will strike") != "Amaq"


def test_an_outlet_four_words_after_published_in_still_speaks() -> None:
    # four words of window only after "by"; "published in its weekend edition the Daily
    # Trust" is the paper's own column
    text = (
        "In a column published in its weekend edition the Daily Trust said: "
        '"Bandits now rule the highways of Zamfara."'
    )
    assert _speaker(text, "Bandits now") == "Daily Trust"


def test_a_whole_quote_after_a_semicolon_still_links_to_nobody() -> None:
    text = (
        'Amina Bello visited Bama on Monday. "We will stay," she said; "we will not leave," '
        "two residents said."
    )
    assert _speaker(text, "we will not leave") is None


def test_a_body_that_publishes_before_an_outlet_carries_keeps_the_issuer() -> None:
    text = (
        "The Nigerian Army said it had retaken Bama. In a statement published by the army and "
        'carried by the state news agency, the spokesman said: "We hold the town."'
    )
    assert _speaker(text, "We hold the town") == "Nigerian Army"


@pytest.mark.parametrize(
    "attribution", ["two residents recalled her saying", "survivors remember her saying"]
)
def test_unnamed_people_who_report_another_s_words_keep_that_speaker(attribution: str) -> None:
    text = f'Amina Bello visited Bama on Monday. "We will rebuild," {attribution}.'
    assert _speaker(text, "We will rebuild") == "Amina Bello"
