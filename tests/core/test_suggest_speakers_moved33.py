"""Speaker classes from the misses of articles 268-283 once they moved to dev (session 33).

Each test states one general form with sentences written for the test (invented people
and events; real places and bodies), never the articles' own sentences.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker as _speaker

# ----------------------- "<opening phrase>, its / his spokesman said": whom the possessive means


def test_its_spokesman_after_an_opening_phrase_speaks_for_the_body_before() -> None:
    text = (
        "The Elysee said the president had been told of the raid. Asked about the losses, "
        'its spokesman said only: "The inquiry will establish the facts."'
    )
    assert _speaker(text, "The inquiry") == "Elysee"


def test_his_spokesman_speaks_for_the_person_named_before() -> None:
    text = (
        "President Bola Tinubu cancelled his trip to Lagos after the attack. "
        '"The president is being briefed hourly," his spokesman said.'
    )
    assert _speaker(text, "The president is") == "Bola Tinubu"


def test_its_spokesman_named_after_the_comma_is_the_named_person() -> None:
    text = (
        "The Sudanese army said it had retaken the bridge. Its spokesman, Nabil Abdallah, "
        'said: "The enemy has fled."'
    )
    assert _speaker(text, "The enemy") == "Nabil Abdallah"
