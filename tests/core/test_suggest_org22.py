"""Issue 15, ORG22: organisation names the untuned code suggested as actors where the
sentence names a place, written as invented sentences with other names.

- A body's name after "at/in/into/inside/from/to the" that ", where ..." follows (perhaps
  with its short form or "in <town>" between) is where something happened: a place.
- A school named after "at", "inside" or "outside" is a building, as "Government House" is.
- A building named where words were said ("told reporters at the X", "a press briefing at
  the X", "spoke at the X") is a place.
- A programme or law something is done "under the ..." is a scheme, not a body.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts

BODY = "Report\n\n"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Gunmen abducted 14 pupils from the St Joseph Technical Institute, where they had"
            " sheltered overnight, police said.",
            "St Joseph Technical Institute",
        ),
        (
            "Protesters gathered at the Federation of Miners' Unions in Potosi, where leaders"
            " urged calm.",
            "Federation of Miners' Unions",
        ),
    ],
)
def test_a_body_named_where_something_happened_is_a_place(sentence: str, name: str) -> None:
    assert not any(name in found for found in suggested_texts(BODY + sentence))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Gunmen abducted 14 pupils from the Kaduna Polytechnic Institute on Monday, police"
            " said.",
            "Kaduna Polytechnic Institute",
        ),
        (
            "The Kenya Human Rights Institute, where Omondi works, said the figure was higher.",
            "Kenya Human Rights Institute",
        ),
        (
            "According to the Mwanza Peace Research Organisation, where Omondi works, at least"
            " 12 people died.",
            "Mwanza Peace Research Organisation",
        ),
    ],
)
def test_a_body_without_a_where_clause_after_a_place_preposition_stays(
    sentence: str, name: str
) -> None:
    assert name in suggested_texts(BODY + sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            '"We were afraid," said Jonas Mbeki, a teacher at the Government Bilingual High'
            " School Kumba.",
            "Government Bilingual High School Kumba",
        ),
        (
            "Soldiers fired at the Government Secondary School Buea on Monday.",
            "Government Secondary School Buea",
        ),
    ],
)
def test_a_school_named_after_at_is_a_building(sentence: str, name: str) -> None:
    assert name not in suggested_texts(BODY + sentence)


def test_a_school_that_acts_stays_a_body() -> None:
    sentence = "The Government Bilingual High School Kumba said classes would resume on Monday."
    assert "Government Bilingual High School Kumba" in suggested_texts(BODY + sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The Police Control Room in Anantnag said two men were arrested.",
            "Police Control Room in Anantnag",
        ),
        (
            '"It is grim," said Lena Hoff, an analyst at the Institute for Security Studies in'
            " Dakar.",
            "Institute for Security Studies",
        ),
    ],
)
def test_a_body_that_speaks_or_employs_a_speaker_stays(sentence: str, name: str) -> None:
    assert name in suggested_texts(BODY + sentence)


def test_a_programme_something_is_done_under_is_no_body() -> None:
    sentence = (
        "The clinic in Kadugli was rebuilt last year under the Nuba Livelihoods Recovery"
        " Programme, a scheme for returnees."
    )
    assert suggested_texts(BODY + sentence) == []


def test_a_programme_that_acts_stays_a_body() -> None:
    sentence = "The Nuba Livelihoods Recovery Programme said 300 families had returned."
    assert "Nuba Livelihoods Recovery Programme" in suggested_texts(BODY + sentence)
