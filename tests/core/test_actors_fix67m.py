"""A list of full names after a person is read as people only when it names the people of a
plural noun just before it (REVIEW67M found places and churches taken as people).

Every sentence here is invented. Each test drives the real suggester with the shipped
gazetteer and no known actors, and asserts the person spans among the ACTOR suggestions.
"""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer


def _people(text: str) -> list[str]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return [text[s.start : s.end] for s in found if s.attributes.get("type") == "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The funeral prayers of the martyred constables, Inamullah, Rahim Khan and Niaz "
            "Wali, were offered.",
            ["Inamullah", "Rahim Khan", "Niaz Wali"],
        ),
        (
            "The victims were Amina Yusuf, Fatima Bello and Grace Obi.",
            ["Amina Yusuf", "Fatima Bello", "Grace Obi"],
        ),
        (
            "The four, Abdul Kasule Ssemanda, Hamidu Mukiibi, Yusuf Kibirige Lwanga and Ronald "
            "Tumusiime, face charges of terrorism.",
            [
                "Abdul Kasule Ssemanda",
                "Hamidu Mukiibi",
                "Yusuf Kibirige Lwanga",
                "Ronald Tumusiime",
            ],
        ),
        (
            "Three policemen, Amina Yusuf, Fatima Bello and Grace Obi, were wounded.",
            ["Amina Yusuf", "Fatima Bello", "Grace Obi"],
        ),
    ],
)
def test_a_list_naming_the_people_of_a_plural_noun_gives_each(
    text: str, expected: list[str]
) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "not_people"),
    [
        (
            "Ahmed Musa, Tudun Wada and Sabon Gari were hit hardest, said Chidi Okafor.",
            ["Tudun Wada", "Sabon Gari"],
        ),
        (
            "The bishop named Chidi Okafor, Emeka Nwosu, Holy Trinity and Saint Mary as patrons.",
            ["Holy Trinity", "Saint Mary"],
        ),
        (
            "The governor thanked Amina Yusuf, Kafin Koso and Tudun Wada for their patience.",
            ["Kafin Koso", "Tudun Wada"],
        ),
    ],
)
def test_a_list_after_a_person_with_no_plural_noun_before_it_adds_nobody(
    text: str, not_people: list[str]
) -> None:
    people = _people(text)
    assert people, "the first person is still found"
    assert not set(not_people) & set(people)
