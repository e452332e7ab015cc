"""CAS25: a part "N of them ..." that only says how the people counted just before it in its
sentence came to the same harm is no figure of its own (guideline: parts that only grade a
toll are not annotated); a part with a harm of another kind, or one naming its people, is."""

from __future__ import annotations

import pytest

from annotator.core.casualty import last_casualty_kind
from annotator.core.suggest import suggest


def phrases(text: str) -> list[str]:
    return [text[s.start : s.end] for s in suggest(text, labels=["CASUALTY"])]


@pytest.mark.parametrize(
    ("sentence", "figure", "part"),
    [
        (
            "Gunmen killed at least 14 villagers in Borno state, three of them beheaded, "
            "officials said.",
            "killed at least 14 villagers",
            "three of them beheaded",
        ),
        (
            "A medic said 22 wounded had reached the clinic in Goma, several of them with "
            "shrapnel wounds.",
            "22 wounded",
            "several of them with shrapnel wounds",
        ),
        (
            "Aid agencies said 5,000 people had been displaced from Kidal, many of them "
            "already displaced twice.",
            "5,000 people had been displaced",
            "many of them already displaced",
        ),
        (
            "The injured were taken to Mopti, one of them with gunshot injuries to the chest.",
            None,
            "one of them with gunshot injuries",
        ),
    ],
)
def test_a_part_that_only_grades_the_harm_before_is_no_figure(
    sentence: str, figure: str | None, part: str
) -> None:
    found = phrases(sentence)
    assert not any(part in p for p in found)
    if figure is not None:
        assert figure in found


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        # another kind of harm: the part is a figure of its own
        (
            "Police arrested 12 protesters in Lagos, one of them with a gunshot wound.",
            "one of them with a gunshot wound",
        ),
        (
            "The blast in Kabul wounded 20 people, two of whom later died in hospital.",
            "two of whom later died",
        ),
        # a part that names its people
        (
            "More than 300 people were killed in the fighting, many of them Hazara civilians "
            "killed in their homes.",
            "many of them Hazara civilians killed",
        ),
        # no figure before it in the sentence: the part stands on its own
        (
            "The soldiers surrounded the gunmen near Kunduz. Two of them were killed.",
            "Two of them were killed",
        ),
    ],
)
def test_a_part_with_its_own_harm_or_people_stays(sentence: str, part: str) -> None:
    assert any(part in p for p in phrases(sentence))


def test_last_casualty_kind_reads_the_last_harm() -> None:
    assert last_casualty_kind("the raid killed three and wounded 12") == "injured"
    assert last_casualty_kind("12 people were wounded and three killed") == "killed"
    assert last_casualty_kind("officials said on Monday") is None
