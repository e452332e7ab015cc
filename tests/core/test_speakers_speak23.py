"""Speaker attribution for classes the untuned runs of four development batches (706-765)
showed failing (issue 15, SPEAK23), each checked with the real suggester on sentences
written for these tests (invented events and people; real states and groups)."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker

# ------------------------- "X's claims were": a speech verb's -s form owned is a noun


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Kenya on Friday rejected Somalia's objection to the border talks, saying "
            'Mogadishu\'s claims were "neither justified nor based on facts".',
            "neither justified",
            "Kenya",
        ),
        (
            "Uganda dismissed the accusation on Monday, saying Kigali's repeated claims that "
            'it armed the rebels were "baseless and malicious".',
            "baseless",
            "Uganda",
        ),
    ],
)
def test_an_owned_claims_is_a_noun_not_the_speech_verb(text: str, quote: str, speaker: str) -> None:
    assert suggested_speaker(text, quote) == speaker


def test_claims_after_a_body_stays_its_verb() -> None:
    # "Russia's military claims": the body's own verb, no adjective before a noun
    text = 'Russia\'s military claims it shot down "all 40 drones" over Belgorod.'
    assert suggested_speaker(text, "all 40 drones") == "Russia"
    text = 'Algeria rejected the letter. Morocco claims the talks are "a dead end".'
    assert suggested_speaker(text, "a dead end") == "Morocco"
