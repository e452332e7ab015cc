"""REVIEW65C: hostile sentences for the GRAMCAS65 rules (a counted person described by a
for / with phrase, an aside, an apposition, a relative that harms others). Each sentence
misfired on gramcas65 (6a01d830); the comment says what it suggested. Sentences are our own,
invented for these tests."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_figures

BODY = "Report\n\n"


def figures(sentence: str) -> list[tuple[str, object, object, object]]:
    return suggested_figures(BODY + sentence, gazetteer=False)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a for / with phrase never runs over the sentence's own verb (gramcas65 counted the
        # official, nurse, medic, doctor, reporter, officer as the one harmed)
        (
            "An official with the UN estimated dozens were killed.",
            [("dozens were killed", 24, None, "killed")],
        ),
        (
            "A nurse with the ministry treated several people injured in the blast.",
            [("several people injured", None, None, "injured")],
        ),
        (
            "A doctor for MSF saw many children wounded by shrapnel.",
            [("many children wounded", None, None, "injured")],
        ),
        (
            "A reporter for the paper met two survivors wounded in the strike.",
            [("two survivors wounded", 2, 2, "injured")],
        ),
        (
            "An officer with the police found several bodies.",
            [("several bodies", None, None, "killed")],
        ),
        ("A nurse for the clinic counted 12 dead.", [("12 dead", 12, 12, "killed")]),
        ("A reporter for Reuters saw bodies of people killed in the street.", []),
        # the doer of "shot her / them dead" is no victim
        ("A soldier with the unit shot her dead.", []),
        ("A gunman with the group shot them dead at the checkpoint.", []),
        # another person counted after "of", or the dead, is the harmed one
        (
            "A lawyer for the family of a man killed by police said the officers lied.",
            [("a man killed", 1, 1, "killed")],
        ),
        ("A lawyer for the families of the dead said the officers lied.", []),
        ("A lawyer for the family of the dead man said the officers lied.", []),
        # a source's aside is no relative that reports: the count is the figure (main's)
        (
            "Two soldiers, the army said, were killed.",
            [("Two soldiers, the army said, were killed", 2, 2, "killed")],
        ),
        (
            "At least 12 people, the regional governor said, were killed.",
            [("At least 12 people, the regional governor said, were killed", 12, None, "killed")],
        ),
        (
            "Two soldiers from the base, the army said, were killed.",
            [("Two soldiers from the base, the army said, were killed", 2, 2, "killed")],
        ),
        # an opening phrase is no one named for an apposition to describe
        (
            "According to witnesses, a boy, aged 12, was shot dead.",
            [("a boy, aged 12, was shot dead", 1, 1, "killed")],
        ),
        # a relative that counts nobody leaves the one described a figure
        (
            "A commander of the unit that ambushed the convoy was killed in an air strike.",
            [("A commander of the unit that ambushed the convoy was killed", 1, 1, "killed")],
        ),
        (
            "A fighter from the group that kidnapped the girls was killed in a raid.",
            [("A fighter from the group that kidnapped the girls was killed", 1, 1, "killed")],
        ),
        # a unit's capitalised name is no count of people
        (
            "Five soldiers of the 3 Police Battalion were killed.",
            [("Five soldiers of the 3 Police Battalion were killed", 5, 5, "killed")],
        ),
        # ... and what gramcas65 found stays
        (
            "A reporter with the Nairobi-based Daily Nation was injured.",
            [("A reporter with the Nairobi-based Daily Nation was injured", 1, 1, "injured")],
        ),
        (
            "A soldier with the armed forces was killed.",
            [("A soldier with the armed forces was killed", 1, 1, "killed")],
        ),
    ],
)
def test_gramcas65_misfires(
    sentence: str, expected: list[tuple[str, object, object, object]]
) -> None:
    assert figures(sentence) == expected


def test_an_apposition_to_people_counted_before_is_no_figure() -> None:
    # (dev 867: gramcas65 removed main's extra here; the guard keeps doing so)
    assert (
        figures(
            "Khatib said the three, a reporter, a camera operator and their driver, were taken to"
            " the Thabet Thabet hospital in Tulkarem."
        )
        == []
    )
