"""GRAMCAS65: a counted person described after the noun, before the harm predicate: whom
they work for or with ("a reporter for Radio Dabanga"), a demonstrative place ("from that
post"), a body's bracketed acronym ("of the Rapid Intervention Battalion (BIR)"), a name in
apposition closing a participle ("a cameraman travelling with the convoy, X, had been
wounded"); and the guards each extension needs: no figure for the one person when the
described group harmed others, when an aside holds a harm of its own, when the person is an
apposition to someone named before, nor when the place phrase holds the harmed of another
figure. Sentences are our own, invented for these tests."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_figures

BODY = "Report\n\n"  # a headline line first, so that the sentence is read as body text


def figures(sentence: str) -> list[tuple[str, object, object, object]]:
    return suggested_figures(BODY + sentence, gazetteer=False)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A reporter for Radio Dabanga, Ahmed Musa, was killed on Tuesday.",
            [("A reporter for Radio Dabanga, Ahmed Musa, was killed", 1, 1, "killed")],
        ),
        (
            "A correspondent for Sudan Tribune was wounded in the shelling.",
            [("A correspondent for Sudan Tribune was wounded", 1, 1, "injured")],
        ),
        (
            "An aid worker with the Red Cross was killed in the strike.",
            [("An aid worker with the Red Cross was killed", 1, 1, "killed")],
        ),
        (
            "Two soldiers from that post were killed when they tried to reach the camp.",
            [("Two soldiers from that post were killed", 2, 2, "killed")],
        ),
        (
            "Three teachers from these schools were abducted last year.",
            [("Three teachers from these schools were abducted", 3, 3, "other")],
        ),
        (
            "Three soldiers of the Rapid Intervention Battalion (BIR), known in French as the"
            " Bataillon d'Intervention Rapide, were killed on Tuesday.",
            [
                (
                    "Three soldiers of the Rapid Intervention Battalion (BIR), known in French as"
                    " the Bataillon d'Intervention Rapide, were killed",
                    3,
                    3,
                    "killed",
                )
            ],
        ),
        (
            "The union said a freelance cameraman travelling with the convoy, Abdi Hashi, had"
            " been wounded in the leg.",
            [
                (
                    "a freelance cameraman travelling with the convoy, Abdi Hashi, had been"
                    " wounded",
                    1,
                    1,
                    "injured",
                )
            ],
        ),
        # a perpetrator's man harmed is a figure like any other
        (
            "A gunman with the militia was killed in the exchange of fire.",
            [("A gunman with the militia was killed", 1, 1, "killed")],
        ),
        # an introductory phrase before the comma is no apposition
        (
            "In 2023, a teacher at a school in Muyuka, Joseph Mbua, was detained by soldiers.",
            [("a teacher at a school in Muyuka, Joseph Mbua, was detained", 1, 1, "other")],
        ),
        # a unit's number is no count of the harmed (main counted 12)
        (
            "A policeman with the 12 Battalion was shot dead.",
            [("A policeman with the 12 Battalion was shot dead", 1, 1, "killed")],
        ),
        # a brigade's number is no count of the harmed
        (
            "A soldier from the 40th Brigade was killed on Monday.",
            [("A soldier from the 40th Brigade was killed", 1, 1, "killed")],
        ),
    ],
)
def test_person_described_before_the_predicate_is_counted(
    sentence: str, expected: list[tuple[str, object, object, object]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the postmodifier's own noun is harmed, not the speaker
        (
            "A spokesman for the families of the 12 killed said the inquiry was a sham.",
            [("12 killed", 12, 12, "killed")],
        ),
        (
            "A lawyer for the families of the 12 killed said the inquiry was a sham.",
            [("12 killed", 12, 12, "killed")],
        ),
        (
            "A lawyer for the families of the 12 people killed said the inquiry was a sham.",
            [("12 people killed", 12, 12, "killed")],
        ),
        # the speaker frame keeps only what was said
        (
            "A spokesman for the army said two soldiers were killed.",
            [("two soldiers were killed", 2, 2, "killed")],
        ),
        (
            "An official with the ministry said two soldiers were killed.",
            [("two soldiers were killed", 2, 2, "killed")],
        ),
        (
            "A nurse with the Red Cross said a patient had died.",
            [("a patient had died", 1, 1, "killed")],
        ),
        (
            "A reporter for Radio Dabanga said she was injured.",
            [],
        ),
        # perpetrators: the group described harmed others (the clause's own figure, s65)
        (
            "A commander of the group that killed 12 people was arrested.",
            [("killed 12 people", 12, 12, "killed")],
        ),
        (
            "Police said a suspect from the gang that kidnapped two girls was arrested.",
            [("kidnapped two girls", 2, 2, "other")],
        ),
        (
            "A fighter for the group, which has killed 40 people, was arrested.",
            [("killed 40 people", 40, 40, "killed")],
        ),
        (
            "A commander with the militia who killed two soldiers was arrested.",
            [("killed two soldiers", 2, 2, "killed")],
        ),
        (
            "A fighter from the unit that abducted a girl was killed.",
            [("abducted a girl", 1, 1, "other")],
        ),
        # rescuers and carers: the person they helped is the harmed one
        (
            "A rescuer with the Red Crescent pulled a wounded man from the rubble.",
            [("a wounded man", 1, 1, "injured")],
        ),
        (
            "A doctor with MSF treated 40 people who were wounded.",
            [("40 people who were wounded", 40, 40, "injured")],
        ),
        # animals and things
        ("A truck from the convoy was destroyed.", []),
        ("Three bears from the reserve were gunned down.", []),
        ("A dog with the patrol was killed.", []),
        # an apposition to someone named before: a named person, no figure
        (
            "Her brother Khudeida, a fighter with the Sinjar Resistance Units, known as the YBS,"
            " was killed in 2019.",
            [],
        ),
        ("Ahmed Musa, a reporter for Radio Dabanga, was killed.", []),
        # "with" and wounds stays the wounds' phrase
        (
            "Two soldiers with gunshot wounds were taken to hospital.",
            [("Two soldiers with gunshot wounds", 2, 2, "injured")],
        ),
        # a count with no people of its own never takes "for" (a sum: "$50,000 for ...")
        (
            "The council gave $50,000 for food and shelter for the displaced families.",
            [],
        ),
        # a relative inside the clause keeps the other figure
        (
            "A journalist for Reuters, who covered the clashes in which 40 fighters went"
            " missing, was released.",
            [("40 fighters went missing", 40, 40, "missing")],
        ),
        # a count of people with "including" is not closed by a comma into a clause
        (
            "In November 2021, 69 members of a self-defence militia, including the mayor, were"
            " killed in an ambush nearby.",
            [
                (
                    "69 members of a self-defence militia, including the mayor, were killed",
                    69,
                    69,
                    "killed",
                )
            ],
        ),
        # the one described did the harm: an active verb and its object
        (
            "A man with a knife wounded three people.",
            [("wounded three people", 3, 3, "injured")],
        ),
        (
            "A gunman with the militia killed two soldiers.",
            [("killed two soldiers", 2, 2, "killed")],
        ),
        ("An officer with the unit shot him.", []),
        # "with his father": a second person, no employer
        ("A boy with his father was killed.", []),
        # a verb of report ends the speaker's place
        (
            "A correspondent for the BBC reported that two people were killed.",
            [("two people were killed", 2, 2, "killed")],
        ),
        # an aside giving a source's words is never crossed
        (
            "A soldier for the army, which said 12 soldiers were killed, was also wounded.",
            [("12 soldiers were killed", 12, 12, "killed")],
        ),
        ("A medic with the brigade treated the wounded.", []),
        ("A nurse for the ministry cared for the wounded.", []),
        (
            "A driver for the UN, Ahmed Musa, told reporters he was wounded.",
            [],
        ),
        ("The funeral for a reporter for Radio Dabanga was held on Monday.", []),
        ("A soldier for 20 years, he was killed in May.", []),
    ],
)
def test_hostile_sentences_keep_their_own_figures(
    sentence: str, expected: list[tuple[str, object, object, object]]
) -> None:
    assert figures(sentence) == expected


def test_a_quoted_sentence_counts_as_any_other() -> None:
    # a figure inside a quote is annotated (guideline: ACTOR/CASUALTY spans inside quotes)
    assert figures('"A reporter for Radio Dabanga was killed," she said.') == [
        ("A reporter for Radio Dabanga was killed", 1, 1, "killed")
    ]
