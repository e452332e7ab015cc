"""A single name in the attribution slot is a person only where nothing else can stand."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer


def _actors(text: str) -> dict[str, str]:
    return {
        text[s.start : s.end]: s.attributes.get("type")
        for s in suggest(text, gazetteer=load_gazetteer())
        if s.label == "ACTOR"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab said its fighters had taken the town.",
        "Al-Shabaab, which is linked to al-Qaeda, said it had taken the town.",
        '"The town is ours," Al-Shabaab said in a statement.',
    ],
)
def test_a_group_the_gazetteer_knows_keeps_its_type_in_the_speaker_slot(text: str) -> None:
    assert _actors(text)["Al-Shabaab"] == "armed group"


def test_a_name_followed_by_which_is_never_read_as_a_person() -> None:
    found = _actors("Brevanta, which runs the clinic, said supplies had run out.")
    assert found.get("Brevanta") != "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kabir, a retired teacher, told Reuters the road was closed.", "Kabir"),
        ('"We have nothing left," Mbusa said.', "Mbusa"),
    ],
)
def test_a_person_in_the_speaker_slot_is_still_a_person(text: str, name: str) -> None:
    assert _actors(text)[name] == "person"
