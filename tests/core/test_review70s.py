"""Guards from review70s on SPK70's speaker classes (hostile probes that misfired).

- the unnamed member of a named body: the described member must head the subject ("a
  (senior) officer of the"), never a body's document ("A statement issued on Monday by"),
  a description deep inside the subject, or a clause ending in a comma before the body;
  a document's opening phrase keeps the body's link for a quote standing after the
  sentence too.
- a person named in an opening phrase (SPK70's class, removed by review70s for firing on no
  dev gold quote): the subject of a comma-less time phrase keeps the quote.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker as _speaker

BODY_QUOTE = '"We will find those responsible."'


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "A statement issued on Monday by the Nigerian Army said the roads had been closed.",
            "Nigerian Army",
        ),
        (
            "A statement posted on the website of the Nigerian Army said the roads had been "
            "closed.",
            "Nigerian Army",
        ),
        (
            "A week after a soldier was killed, the Nigerian Army said the roads had been closed.",
            "Nigerian Army",
        ),
        ("A man was shot dead by soldiers on Monday, the Nigerian Army said.", "Nigerian Army"),
        (
            "A soldier was killed in the ambush, the Nigerian Army said in a statement.",
            "Nigerian Army",
        ),
        (
            "A report on the killing of a soldier by the Nigerian Army said the roads had "
            "been closed.",
            "Nigerian Army",
        ),
        (
            "In a statement, an official of the Nigerian Army said the roads had been closed.",
            "Nigerian Army",
        ),
        # the unnamed member still speaks unnamed
        ("A senior commander of the Nigerian Army said the base had been overrun.", None),
        ("A source in the Nigerian Army told AFP the base had been overrun.", None),
        ("One minister in the Nigerian government said the talks were over.", None),
    ],
)
def test_unnamed_member_before_a_standalone_quote(sentence: str, speaker: str | None) -> None:
    assert _speaker(f"{sentence} {BODY_QUOTE}", "We will") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            f"On Monday, a statement issued late at night by the Nigerian Army said: {BODY_QUOTE}",
            "Nigerian Army",
        ),
        (
            f"In Kano, a week after a soldier was killed, the Nigerian Army said: {BODY_QUOTE}",
            "Nigerian Army",
        ),
        (
            f"On Monday, a man was shot dead by soldiers, the Nigerian Army said: {BODY_QUOTE}",
            "Nigerian Army",
        ),
        # still unnamed
        (f"On Tuesday, a doctor with the Nigerian Army told the BBC: {BODY_QUOTE}", None),
        (f"Later, a nurse working for the Nigerian Army said: {BODY_QUOTE}", None),
    ],
)
def test_unnamed_member_after_an_opening_phrase(text: str, speaker: str | None) -> None:
    assert _speaker(text, "We will") == speaker


AFTER = '"We will be back tomorrow."'


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # no comma after the time phrase: the "opening phrase" holds the subject
        (
            "On Monday Ali Musa said the roads had been closed, blaming Governor Abba Yusuf.",
            "Ali Musa",
        ),
        (
            "In 2019 Ali Musa, then a colonel, told reporters that Governor Abba Yusuf had lied.",
            "Ali Musa",
        ),
        (
            "Earlier Amina Yusuf, a nurse, said the clinic run by Musa Bello had closed.",
            "Amina Yusuf",
        ),
        (
            "Later Ali Musa, the deputy governor, said President Bola Tinubu had called him.",
            "Ali Musa",
        ),
    ],
)
def test_opening_phrase_that_runs_into_the_subject(sentence: str, speaker: str) -> None:
    assert _speaker(f"{sentence} {AFTER}", "We will") == speaker
