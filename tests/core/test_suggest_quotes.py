"""QUOTE rules: every kind of mark, mixed pairs, paragraphs, nesting, and what is not a quote."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest


def quotes(text: str) -> list[str]:
    return [text[s.start : s.end] for s in suggest(text, labels=["QUOTE"])]


@pytest.mark.parametrize(
    ("opening", "closing"),
    [('"', '"'), ("\u201c", "\u201d"), ("\u201e", "\u201c"), ("\u00ab", "\u00bb"), ('"', "\u201d")],
)
def test_double_marks_of_every_kind_give_the_words_without_the_marks(
    opening: str, closing: str
) -> None:
    text = (
        f"The mayor said: {opening}The bridge is gone, and so is the ferry.{closing} Then he left."
    )
    assert quotes(text) == ["The bridge is gone, and so is the ferry."]


def test_a_curly_opening_mark_closed_by_a_straight_one_still_pairs() -> None:
    text = '\u201cWe counted the boats twice," the harbour master said.'
    assert quotes(text) == ["We counted the boats twice,"]


def test_punctuation_inside_the_marks_is_kept_and_outside_is_not() -> None:
    text = 'Villagers said the well was "poisoned", and nobody drank.'
    assert quotes(text) == ["poisoned"]


def test_a_quote_reopened_in_the_next_paragraph_is_one_span() -> None:
    text = (
        "\u201cThe road flooded at night. We waited on the roofs.\n\n"
        "\u201cIn the morning the boats came,\u201d said Ines Moravec."
    )
    found = quotes(text)
    assert found == [
        "The road flooded at night. We waited on the roofs.\n\n\u201cIn the morning the boats came,"
    ]


def test_a_paragraph_that_never_closes_its_quote_is_not_suggested() -> None:
    text = "He shouted \u201cstop and walked away.\n\nLater the shop reopened."
    assert quotes(text) == []


def test_a_quote_inside_a_quote_gets_its_own_span() -> None:
    text = (
        "\u201cThe guard looked at us and said, \u2018Nobody crosses today,\u2019 "
        "and closed the gate,\u201d said Tomas Ferreira."
    )
    assert quotes(text) == [
        "The guard looked at us and said, \u2018Nobody crosses today,\u2019 and closed the gate,",
        "Nobody crosses today,",
    ]


def test_apostrophes_inside_words_are_not_quote_marks() -> None:
    text = "The farmer\u2019s goats and the soldiers\u2019 trucks didn't move."
    assert quotes(text) == []


def test_single_marks_in_a_headline_are_a_quote() -> None:
    assert quotes("Envoy sees \u2018real chance\u2019 of a truce\n\nBody.") == ["real chance"]


def test_a_quoted_headline_or_nickname_is_not_speech() -> None:
    text = 'The daily ran the headline "Peace at last" while the so-called "Iron Wall" stood.'
    assert quotes(text) == []
