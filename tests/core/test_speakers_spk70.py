"""Speaker links for quotes attributed before them (task SPK70).

Every passage is written for this file (invented people and events; real states, bodies
and outlets) and drives the real suggester. Of the frames that failed in the session's probe matrix
(before-attribution frames x distractors), this one is kept (the others fired on fewer than
two dev gold quotes and were reverted):

- an unnamed member of a named body opening the sentence before a quote that stands on its
  own ('An official of the Borno health ministry said ... . "..."'): the quote went to the
  body; an unnamed member speaks for himself (guideline, session 28, point h), so no link.

The negative probes keep what the frame must not change: a spokesman or statement of a
body, a member named in apposition, a bullet and a headline.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker as _speaker

# ---------------------------------- an unnamed member of a body before a quote of its own

STANDALONE = '"The roads are closed."'


@pytest.mark.parametrize(
    "sentence",
    [
        "An official of the Borno health ministry said the convoy had been stopped at Bama.",
        "On Monday, a senior officer from the Nigerian Army told Reuters the convoy had been "
        "stopped.",
        "A soldier from the Nigerian Army was killed on Monday.",
    ],
)
def test_unnamed_member_of_a_body_before_a_standalone_quote(sentence: str) -> None:
    assert _speaker(f"{sentence} {STANDALONE}", "The roads") is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the body's spokesman and its statement speak for it
        (
            "A spokesman for the Red Cross said the convoy had been stopped at Bama.",
            "Red Cross",
        ),
        (
            "A statement from the Red Cross said the convoy had been stopped at Bama.",
            "Red Cross",
        ),
        # a member named in apposition speaks
        (
            "An official of the Borno health ministry, Amina Yusuf, said the convoy had been "
            "stopped at Bama.",
            "Amina Yusuf",
        ),
        ("A witness, Amina Yusuf, told the BBC the gunmen came at night.", "Amina Yusuf"),
    ],
)
def test_spokesman_statement_or_named_member_keeps_the_link(sentence: str, speaker: str) -> None:
    assert _speaker(f"{sentence} {STANDALONE}", "The roads") == speaker


# ------------------------ the same unnamed member after an opening phrase, quote after it


@pytest.mark.parametrize(
    ("text", "opens", "speaker"),
    [
        (
            "On Monday, a senior officer of the Nigerian Army told Reuters: "
            '"The roads are closed."',
            "The roads",
            None,
        ),
        (
            "In a video circulating on WhatsApp, a man who identified himself as a commander of "
            'the Kraze Baryè gang said the coalition would "take the town street by street".',
            "take the town",
            None,
        ),
        (
            'Speaking in Maiduguri, a commander of the Nigerian Army said: "The roads are closed."',
            "The roads",
            None,
        ),
        # a body's document, its spokesman, a named member, the body itself: linked
        (
            "In a statement, an official of the Borno health ministry said: "
            '"The roads are closed."',
            "The roads",
            "Borno health ministry",
        ),
        (
            'On Monday, a spokesman for the Nigerian Army told Reuters: "The roads are closed."',
            "The roads",
            "Nigerian Army",
        ),
        (
            "On Monday, an official of the Borno health ministry, Amina Yusuf, told Reuters: "
            '"The roads are closed."',
            "The roads",
            "Amina Yusuf",
        ),
        (
            'Speaking in Maiduguri, the Nigerian Army said: "The roads are closed."',
            "The roads",
            "Nigerian Army",
        ),
        (
            'After the attack, a statement from the Red Cross said: "The roads are closed."',
            "The roads",
            "Red Cross",
        ),
    ],
)
def test_unnamed_member_after_an_opening_phrase(text: str, opens: str, speaker: str | None) -> None:
    assert _speaker(text, opens) == speaker


# -------------- a person named in the phrase opening the sentence before a standalone quote
# (SPK70's class removed by review70s: it changed no dev gold quote; what it must not change stays)

AFTER = '"We will be back tomorrow."'


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the person in the opening phrase is the only one named: kept
        ("After Amina Yusuf spoke, the crowd dispersed.", "Amina Yusuf"),
        # nobody named after the phrase: as before
        ("At the funeral of Jonathan Okafor, his widow said the family wanted justice.", None),
    ],
)
def test_person_in_an_opening_phrase_is_no_subject(sentence: str, speaker: str | None) -> None:
    assert _speaker(f"{sentence} {AFTER}", "We will") == speaker


def test_headline_and_bullet_unchanged() -> None:
    assert _speaker('MOTHER OF SLAIN TEACHER: "We want justice"', "We want") is None
    text = (
        "Gunmen killed 12 people in Konduga on Sunday.\n\n"
        '- A resident of Konduga said the gunmen came at night.\n- "They took everything."'
    )
    assert _speaker(text, "They took") is None
