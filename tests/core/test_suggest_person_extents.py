"""A person's suggested extent without the words of an office a rule took in (issue 15:
the untuned development batches' wrong extents of people), checked on sentences of other
words.

Every sentence here is invented for its test (invented people; real places and states),
never an article's own.
"""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer

_GAZETTEER = load_gazetteer()


def _people(text: str) -> list[str]:
    """The texts of the person suggestions of `text`."""
    return [
        text[s.start : s.end]
        for s in suggest(text, gazetteer=_GAZETTEER, labels=["ACTOR"])
        if s.attributes.get("type") == "person"
    ]


# ------------------------------------- the office's words taken into the name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a word that opens a compound rank, then its title
        (
            "The dead soldier was named as Junior Sergeant Almaz Tokonov, 23, from Nookat "
            "district.",
            "Almaz Tokonov",
        ),
        # the place of the office after its title, a place the document names as one
        (
            "Gunmen attacked a post in Turbat district on Friday. Deputy Commissioner Turbat "
            "Nasir Ahmed Baloch told reporters that the attackers had fled.",
            "Nasir Ahmed Baloch",
        ),
    ],
)
def test_office_words_are_left_out_of_the_name(text: str, name: str) -> None:
    people = _people(text)
    assert name in people
    assert not [p for p in people if p != name and p.endswith(name)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name after a title with no portfolio and no place: nothing is cut
        (
            "Deputy Commissioner Mariam Tahir Khoso told reporters the road was closed.",
            "Mariam Tahir Khoso",
        ),
        # a first word the document names as a place, with no title before it
        (
            "Fighting went on in Kamal district. Kamal Hussein Jatoi said the road was closed.",
            "Kamal Hussein Jatoi",
        ),
    ],
)
def test_a_name_with_no_office_words_keeps_its_extent(text: str, name: str) -> None:
    people = _people(text)
    assert any(p.startswith(name) for p in people), people


# ------------------------------------- a style the text writes as a noun too


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the office's head, "the Sultan of ...", then the style before the name
        (
            "Talks began in Las Anod with the help of the Sultan of the Dhulbahante, Sultan "
            'Abdirahman Jama Nur. "Blood has been spilled," he said.',
            "Abdirahman Jama Nur",
        ),
        # a style the text writes in lower case ("the sultan said")
        (
            '"Nobody will take our wells," Sultan Ahmed Warsame Dool said. The sultan said the '
            "elders would meet again.",
            "Ahmed Warsame Dool",
        ),
    ],
)
def test_a_style_the_text_writes_as_a_noun_is_left_out(text: str, name: str) -> None:
    people = _people(text)
    assert name in people
    assert not [p for p in people if p != name and p.endswith(name)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a given name that is a noun of the text too
        ('"I have lost all hope," Hope Achieng Otieno said of her son.', "Hope Achieng Otieno"),
        # a name's particle written small elsewhere is no style
        (
            "The mayor, Pieter van der Berg, spoke first. Van der Berg said the town was calm.",
            "Van der Berg",
        ),
        # "said" is no style
        ('"They came at night," Said Abdi Nur said. Officials said so.', "Said Abdi Nur"),
    ],
)
def test_a_given_name_written_as_a_noun_stays_in_the_name(text: str, name: str) -> None:
    assert name in _people(text)


# ------------------------------------- a description before the name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a role's noun, and a noun of the shape of one ("-ist"), after a comma or a clause
        (
            "One witness, Businessman Rommel Vera Quinonez, said the port was closed.",
            "Rommel Vera Quinonez",
        ),
        (
            "The convoy was hit at dawn, Motorcyclist Arnel Pacheco Cabatuan told reporters.",
            "Arnel Pacheco Cabatuan",
        ),
        # a kin's description ("Father-of-two")
        (
            '"We did not come to take sides," Father-of-two Reynaldo Cruz Balagot said.',
            "Reynaldo Cruz Balagot",
        ),
    ],
)
def test_a_description_before_the_name_is_left_out(text: str, name: str) -> None:
    people = _people(text)
    assert name in people
    assert not [p for p in people if p != name and p.endswith(name)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a Burmese honorific is the name's, whatever the text writes in lower case
        (
            '"They told us to leave," said U Kyaw Min Oo, who fled to the U.S. in 2022. He saw '
            "the soldiers come.",
            "U Kyaw Min Oo",
        ),
        (
            "A military spokesman, Brigadier General U Min Lwin, said talks with the U.S. would "
            "go on.",
            "U Min Lwin",
        ),
    ],
)
def test_an_honorific_the_name_holds_stays_in_it(text: str, name: str) -> None:
    assert name in _people(text)
