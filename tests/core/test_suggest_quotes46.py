"""Names and titles in marks are not speech (session 46, from the false quotes of 455-567):
a few capitalised words after a determiner, or a title in marks right before a name. Words a
group is called by after a verb of naming stay quotes. Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker, suggested_texts


@pytest.mark.parametrize(
    "text",
    [
        'The interior ministry told the "Kavkaz Uzel" correspondent that two men were held.',
        'Traffic on the "Don" federal highway was stopped for six hours.',
        'In a statement signed by its "Joint Command", the group said it had withdrawn.',
        'The accord created a "Free Association of Bougainville" within the state.',
        'Its self-styled spokesman "Major" Tenzing Lama said the camp was attacked.',
        'Supporters of the self-proclaimed "Republic of Zalonia" state marched.',
    ],
)
def test_a_name_or_title_in_marks_is_no_quote(text: str) -> None:
    assert suggested_texts(text, "QUOTE") == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('The army said it had killed "Kharijites" in the raid.', "Kharijites"),
        ('It launched what it calls "Operation Steel Wall" on Monday.', "Operation Steel Wall"),
        ('"Enough," the mayor said.', "Enough,"),
    ],
)
def test_words_a_subject_uses_stay_quotes(text: str, quote: str) -> None:
    assert quote in suggested_texts(text, "QUOTE")


def test_a_demand_carries_the_words_of_the_group_that_makes_it() -> None:
    # "demanding" carries the marked words as a verb of saying does: the demand is the
    # refusing group's, not the body named last before the quote.
    text = (
        "The pro-talks faction of the outfit signed a peace accord with the Centre and the "
        "Tripura government in May 2022, but the NDFB(S) has refused to join the talks, "
        'demanding a discussion on the "sovereignty" of the region.'
    )
    assert suggested_speaker(text, "sovereignty") == "NDFB(S)"
