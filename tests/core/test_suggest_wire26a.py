"""WIRE26a (issue 15): a name of more words in apposition with a place's noun ("Umm
Batin, a cluster of hamlets") is no person, there or where the article repeats it. Sentences
are invented, and so are the people in them.
"""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest


def _people(text: str) -> list[str]:
    return [
        text[s.start : s.end]
        for s in suggest(text)
        if s.label == "ACTOR" and s.attributes.get("type") == "person"
    ]


@pytest.mark.parametrize(
    "described",
    ["a cluster of hamlets in the hills", "a string of tents and shacks", "a farming town"],
)
def test_a_name_of_two_words_described_as_a_place_is_no_person(described: str) -> None:
    text = (
        f"Umm Batin, {described}, has been raided four times since May, residents said. "
        '"They want to empty Umm Batin of its people," said Salem Hureini, a farmer.'
    )
    assert _people(text) == ["Salem Hureini"]


def test_a_person_described_by_a_role_is_still_a_person() -> None:
    text = "Khalid Omer, a cluster commander of the group, said the town was safe."
    assert _people(text) == ["Khalid Omer"]
    text = "Amina Yusuf, a village elder, said the gunmen came at night."
    assert _people(text) == ["Amina Yusuf"]
