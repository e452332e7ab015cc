"""Speakers found from the context around a quote (issue 15): pronoun and description
chains over several sentences, statements, roles and the sentence holding a name.

Each test states one general form with sentences written for the test (invented people
and events; real states, capitals and groups), never the development articles' own.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker as _speaker

# ------------------------------------------------ the sentence a name opens is its own


def test_he_said_after_two_named_speakers_in_a_row_is_the_later_one() -> None:
    # The second name opens its own sentence: the sentence before is not part of it.
    text = (
        "Ali Musa said the road to the camp was shut. Omar Bako said the trucks had turned "
        'back. "We waited for three days," he said.'
    )
    assert _speaker(text, "We waited") == "Omar Bako"


def test_she_said_after_two_speaking_women_is_the_one_who_spoke_last() -> None:
    text = (
        "Grace Achieng told the court the soldiers came at night. Rose Atieno told it she "
        'had hidden in the latrine. "I heard everything," she said.'
    )
    assert _speaker(text, "I heard everything") == "Rose Atieno"
