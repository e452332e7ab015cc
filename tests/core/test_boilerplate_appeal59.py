"""A reporter's or an outlet's appeal closing the page in a paragraph of several sentences,
the last of which asks for support ("... We rely on readers like you. Become a member of
the X today."), under a "Note from the author:" heading or alone. Invented pages."""

from __future__ import annotations

import pytest

from tests.core.boilerplate_page import BODY, HEADLINE, pieces
from tests.core.suggest_probes import suggested_texts

_APPEALS = [
    "Hi, this is Mirela Dragan, and I wrote this story from Orvel. We rely on readers "
    "like you. Become a member of the Lakeside Herald today.",
    "Thank you for reading. Our reporters travel the Orvel road every week. Independent "
    "reporting costs money! Support our journalism from as little as $5 a month.",
    "Covering the county is hard. Few outlets still do it. Will you help? Subscribe to "
    "the Lakeside Herald for $3 a month.",
]


@pytest.mark.parametrize("appeal", _APPEALS)
def test_an_appeal_of_several_sentences_closing_the_page_is_furniture(appeal: str) -> None:
    text = HEADLINE + "\n\n" + BODY + "\n\nNote from the author:\n" + appeal
    assert pieces(text) == ["Note from the author:\n" + appeal]
    # and the names in it are no suggestion (the body's are)
    found = suggested_texts(text)
    assert "Peter Otieno" in found
    assert not [name for name in found if name in ("Mirela Dragan", "Lakeside Herald")]


def test_an_appeal_without_a_heading_is_furniture() -> None:
    text = HEADLINE + "\n\n" + BODY + "\n\n" + _APPEALS[0]
    assert pieces(text) == [_APPEALS[0]]


@pytest.mark.parametrize(
    "last",
    [
        "The traders' union said it would close the market. More than 40 stalls stayed shut "
        "on Wednesday. Read by the county clerk, the order takes effect on Friday.",
        "The council met on Wednesday. It did not say when the road would reopen. Traders "
        "said they would wait.",
    ],
)
def test_a_story_paragraph_closing_the_page_stays_text(last: str) -> None:
    text = HEADLINE + "\n\n" + BODY + "\n\n" + last
    assert pieces(text) == []


@pytest.mark.parametrize(
    "last",
    [
        # a quote whose last sentence asks for help is the story's (review59 A2)
        'Camp leader Halima Warsame said food ran out a week ago. "Nobody has come. Support '
        'us," she told reporters.',
        "The army urged residents to flee. \"Leave the area now. Join the army's Telegram "
        'channel for safe routes," a spokesman wrote on X.',
        "Camp leader Halima Warsame said food ran out. \u2018Nobody has come. Support us,\u2019 "
        "she told reporters.",
        # the appeal words in their news senses
        "The talks resumed on Tuesday. Both sides named envoys. Support for the ceasefire grew "
        "on Wednesday.",
    ],
)
def test_a_story_paragraph_ending_with_an_appeal_word_stays_text(last: str) -> None:
    text = HEADLINE + "\n\n" + BODY + "\n\n" + last
    assert pieces(text) == []
    if "Halima" in last:
        assert "Halima Warsame" in suggested_texts(text)
