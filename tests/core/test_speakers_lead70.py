"""The words before a name after the speech verb only describe it (lead's fix, session 70).

DEL70S deleted `_modifiers_only` because the dev gold needed it in one sentence (425); the
issue's own attribution grammar states the class ("a quote followed by ', X said' takes X"),
and without it ordinary wire attributions ("said Turkish Defence Minister X") got no speaker.
Each sentence is our own.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker


@pytest.mark.parametrize(
    ("text", "quote_words", "speaker"),
    [
        (
            '"We will respond," said Turkish Defence Minister Mehmet Aydin.',
            "We will",
            "Mehmet Aydin",
        ),
        (
            '"We have no medicine," said Sudanese Health Minister Hamid Osman Babiker.',
            "We have no",
            "Hamid Osman Babiker",
        ),
        (
            '"Nobody was hurt," said Nigerian army spokesman Emeka Obiora.',
            "Nobody was",
            "Emeka Obiora",
        ),
        (
            '"We are out of medicine" says Gaza surgeon Ghassan Nimr\n\nThe hospital is full.',
            "We are out",
            "Ghassan Nimr",
        ),
        # a preposition makes the name someone else
        ('Ali Musa was detained. "He is innocent," said the lawyer for Ali Musa.', "He is", None),
    ],
)
def test_describing_words_before_the_name_leave_it_the_speaker(
    text: str, quote_words: str, speaker: str | None
) -> None:
    assert suggested_speaker(text, quote_words) == speaker
