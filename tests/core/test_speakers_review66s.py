"""REVIEW66S: guards on the SPK66 speaker rules, from hostile probes (invented people)."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker

_LEAD = "BAMAKO, Dec 6 (Reuters) - Gunmen killed 12 people in central Mali, officials said.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Fatima Bello, 30, fled with her children, she said.", "Fatima Bello"),
        ("Moussa Keita, 45, lost two sons in the attack, he told AFP.", "Moussa Keita"),
        (
            "Fatima Bello, a nurse, was at the market when the shells fell, she told AFP.",
            "Fatima Bello",
        ),
        # hostile: the opening person is the victim, the pronoun someone before
        ("Moussa Keita was killed in the market, he said.", "Amadou Diallo"),
    ],
)
def test_a_pronoun_ending_a_sentence_opened_by_a_person_is_that_person(
    sentence: str, speaker: str
) -> None:
    text = _LEAD + "Amadou Diallo, the mayor, met the families. " + sentence + ' "We ran."\n'
    assert suggested_speaker(text, "We ran") == speaker


@pytest.mark.parametrize(
    "source",
    [
        "said the widow of Moussa Keita.",
        "the brother of Moussa Keita said.",
        "said a lawyer for Moussa Keita.",
    ],
)
def test_kin_of_a_named_person_ending_the_paragraph_is_not_him(source: str) -> None:
    text = (
        _LEAD + "Nobody has been arrested, " + source + " Three teachers were among the dead."
        '\n\n"They came at noon."\n'
    )
    assert suggested_speaker(text, "They came at noon") is None


def test_a_second_half_with_its_own_named_turn_is_that_speakers() -> None:
    text = _LEAD + '"We are hungry," Amina Yusuf said, "and sick," her husband Ahmed Nur added.\n'
    assert suggested_speaker(text, "We are hungry") == "Amina Yusuf"
    assert suggested_speaker(text, "and sick") == "Ahmed Nur"


def test_a_freed_person_opening_the_sentence_is_the_pronouns() -> None:
    text = _LEAD + 'Moussa Keita was freed on Friday, he said. "I am happy to be home."\n'
    assert suggested_speaker(text, "I am happy") == "Moussa Keita"


def test_a_pair_opening_the_sentence_before_they_said_gives_the_first() -> None:
    text = (
        _LEAD + "Amina Yusuf, a nurse, and her colleague Fatima Bello fled the clinic, they "
        'said. "We had no choice."\n'
    )
    assert suggested_speaker(text, "We had no choice") == "Amina Yusuf"
