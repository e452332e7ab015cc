"""Speaker links for quotes attributed before them (task SPK70).

Every passage is written for this file (invented people and events; real states, bodies
and outlets) and drives the real suggester. Two frames failed in the session's probe
matrix (before-attribution frames x distractors):

- a relative, neighbour or friend described through someone named after "of" ("The widow
  of the slain commander X told AFP:", "The sister of one of the dead, 23-year-old driver
  X, wrote on Facebook:"): the quote went to X, usually the dead; the speaker is unnamed,
  so no link, unless a name stands alone in apposition after the description ("The mother
  of one of the victims, Grace Okafor, said");
- an unnamed member of a named body opening the sentence before a quote that stands on its
  own ('An official of the Borno health ministry said ... . "..."'): the quote went to the
  body; an unnamed member speaks for himself (guideline, session 28, point h), so no link.

The negative probes keep what the frames must not change: a named relative in apposition,
a relative who is the subject's apposition, an organisation whose name holds a kin word, a
spokesman or statement of a body, a named member, a bullet and a headline.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker as _speaker

QUOTE = '"We want justice for every family."'
OPENS = "We want justice"

# ------------------------------------------------ a relative described through the named

KIN_OF_NAMED = [
    # (subject, verb before the quote)
    ("The widow of the slain commander Jonathan Okafor", "told AFP:"),
    ("The widow of the slain commander Jonathan Okafor", "said:"),
    ("The sister of one of the dead, 23-year-old driver Jonathan Okafor,", "wrote on Facebook:"),
    ("The sister of one of the dead, 23-year-old driver Jonathan Okafor,", "told the court:"),
    ("A neighbour of Jonathan Okafor, who saw the gunmen arrive,", "told the BBC:"),
    ("A colleague of Amina Yusuf at the Red Cross", "said:"),
    ("The mother of a soldier killed by Boko Haram", "said:"),
    ("The widow of the slain commander Jonathan Okafor", "warned that"),
    ("The widow of the slain commander Jonathan Okafor", "said the attack was"),
]


@pytest.mark.parametrize(("subject", "verb"), KIN_OF_NAMED)
def test_relative_described_through_the_named_is_unnamed(subject: str, verb: str) -> None:
    quote = QUOTE if not verb.endswith(("that", "was")) else '"we want justice for every family."'
    text = f"Gunmen killed 12 people in Konduga on Sunday. {subject} {verb} {quote}"
    assert _speaker(text, quote[1:16]) is None


def test_relative_after_an_opening_phrase_is_unnamed() -> None:
    text = (
        "Gunmen killed 12 people in Konduga on Sunday. In a statement, the widow of the "
        f"slain commander Jonathan Okafor said: {QUOTE}"
    )
    assert _speaker(text, OPENS) is None


def test_relative_speaking_on_in_a_quote_of_its_own_is_unnamed() -> None:
    text = (
        "The widow of the slain commander Jonathan Okafor said the family had been "
        f"threatened. {QUOTE}"
    )
    assert _speaker(text, OPENS) is None


NAMED_RELATIVE = [
    # the relative's own name in apposition, or the relative as the apposition of a name
    ("The son of former president Jonathan Okafor, Musa Okafor, said:", "Musa Okafor"),
    ("Musa Okafor, the son of former president Jonathan Okafor, said:", "Musa Okafor"),
    ("The brother of Jonathan Okafor, Musa, told Reuters:", "Musa"),
    ("The father of the girl, Musa Okafor, a farmer, said:", "Musa Okafor"),
    ("The daughter of a farmer from Konduga, Aisha Bello, 19, said:", "Aisha Bello"),
    ("The mother of one of the victims, Grace Okafor, said:", "Grace Okafor"),
    ("The wife of opposition leader Kizza Besigye, Winnie Byanyima, said:", "Winnie Byanyima"),
    ("A son of the soil, Governor Babagana Zulum, said:", "Babagana Zulum"),
    # an organisation whose name holds a kin word, capitalised
    ("Friends of the Earth Nigeria said:", "Friends of the Earth Nigeria"),
]


@pytest.mark.parametrize(("attribution", "speaker"), NAMED_RELATIVE)
def test_named_relative_keeps_the_link(attribution: str, speaker: str) -> None:
    assert _speaker(f"{attribution} {QUOTE}", OPENS) == speaker


def test_family_of_the_named_is_still_unnamed() -> None:
    text = f"The family of Jonathan Okafor said in a statement: {QUOTE}"
    assert _speaker(text, OPENS) is None


def test_parents_then_a_named_father_after_the_quote() -> None:
    text = (
        "The parents of Aisha Bello, who was abducted in Chibok in 2014, said they had not "
        'given up hope. "We pray every day," Yakubu Bello said.'
    )
    assert _speaker(text, "We pray") == "Yakubu Bello"


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


def test_headline_and_bullet_unchanged() -> None:
    assert _speaker('MOTHER OF SLAIN TEACHER: "We want justice"', "We want") is None
    text = (
        "Gunmen killed 12 people in Konduga on Sunday.\n\n"
        '- A resident of Konduga said the gunmen came at night.\n- "They took everything."'
    )
    assert _speaker(text, "They took") is None
