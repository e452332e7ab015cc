"""GRAMCAS64 / FIXR64A: a counted subject, its relative clause or participle and its harm
predicate combine for one person as for many, under guards: the clause must be the
person's own (no subordinator, no verb of speech or perception, no people counted of its
own), the kind comes from the predicate after it, one person who fled stays no figure,
and _one_harmed_who's apposition / "of " / speaker tests still hold. Sentences are our
own, invented for these tests; scripts/casualty_grammar_matrix.py probes the whole grid."""

from __future__ import annotations

import io

import pytest

from annotator.core.suggest import suggest
from scripts import casualty_grammar_matrix

BODY = "Report\n\n"  # a headline line first, so that the sentence is read as body text


def figures(sentence: str) -> list[str]:
    text = BODY + sentence
    return [text[s.start : s.end] for s in suggest(text, labels=["CASUALTY"])]


def with_kind(sentence: str) -> list[tuple[str, str]]:
    text = BODY + sentence
    return [
        (text[s.start : s.end], str(s.attributes["kind"]))
        for s in suggest(text, labels=["CASUALTY"])
    ]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        # one person, a relative clause closed before the predicate
        (
            "A teacher who had gone back to the village was abducted on Tuesday.",
            "A teacher who had gone back to the village was abducted",
        ),
        (
            "A shopkeeper who refused to pay the levy was shot dead.",
            "A shopkeeper who refused to pay the levy was shot dead",
        ),
        # "went missing" closes the clause as "were" does
        (
            "Two fishermen who set out before dawn went missing.",
            "Two fishermen who set out before dawn went missing",
        ),
        # coordinated objects or verbs inside the clause stay in it (review64a F9)
        (
            "Two girls who had gone to collect maize and beans were abducted.",
            "Two girls who had gone to collect maize and beans were abducted",
        ),
        (
            "Three brothers who herded and sold goats near Kidal were killed.",
            "Three brothers who herded and sold goats near Kidal were killed",
        ),
    ],
)
def test_subject_clause_and_predicate_combine(sentence: str, phrase: str) -> None:
    assert figures(sentence) == [phrase]


# Each guard: the negative (the guard refuses) and a positive of the same shape.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # F1: a subordinator opens a clause with its own subject
        ("A driver who asked how his cousin was shot dead wept at the gate.", []),
        (
            "A driver who drove the night bus was shot dead.",
            ["A driver who drove the night bus was shot dead"],
        ),
        ("A trader who watched soldiers as they were abducted ran home.", []),
        (
            "A trader who watched the road from his roof was abducted.",
            ["A trader who watched the road from his roof was abducted"],
        ),
        # F1: a verb of speech or perception, singular and plural
        ("A nurse who confirmed a baby was killed wept at the gate.", ["a baby was killed"]),
        ("Two fishermen who described how their uncle was shot dead asked for help.", []),
        (
            "Two fishermen who carried timber on the lake were shot dead.",
            ["Two fishermen who carried timber on the lake were shot dead"],
        ),
        # F2: a clause holding people counted of its own keeps their figure
        (
            "A militiaman who had shot three herders was detained in Bunia.",
            ["shot three herders"],
        ),
        (
            "A militiaman who had guarded the ferry was detained in Bunia.",
            ["A militiaman who had guarded the ferry was detained"],
        ),
        # F2: ... or one person harmed by the clause's verb
        ("A militiaman who had kidnapped a nurse was detained in Bunia.", ["kidnapped a nurse"]),
        # F5: one person described by their flight is no figure, even after a clause
        ("A trader who sold bread in the square had fled to Bamako.", []),
        (
            "A trader who sold bread in the square had been abducted.",
            ["A trader who sold bread in the square had been abducted"],
        ),
        # F13: a person counted by the noun before ("of ") or speaking after
        ("The nephew of a driver who worked for the council was abducted.", []),
        (
            "A driver who worked for the council was abducted.",
            ["A driver who worked for the council was abducted"],
        ),
        (
            "A porter who had carried sacks at the depot was wounded, Jalo Demba, 30, told us.",
            [],
        ),
        (
            "A porter who had carried sacks at the depot was wounded, officials said.",
            ["A porter who had carried sacks at the depot was wounded"],
        ),
    ],
)
def test_the_clause_must_be_the_persons_own(sentence: str, expected: list[str]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # F2: the kind comes from the predicate after the clause, never from inside it
        (
            "A teacher who had fled the fighting was killed in Kadugli.",
            [("A teacher who had fled the fighting was killed", "killed")],
        ),
        (
            "A captain who ordered the shelling was captured near Sake.",
            [("A captain who ordered the shelling was captured", "other")],
        ),
        (
            "Two guards who had been treating the wounded were abducted.",
            [("Two guards who had been treating the wounded were abducted", "other")],
        ),
    ],
)
def test_the_kind_comes_from_the_predicate(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert with_kind(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the death's own who-clause: one person, no figure (as main)
        ("A single guard who had since died was named in the ruling.", []),
        # a who-clause that is its own harm, then "later died" (review64a N1: as main)
        (
            "A ranger who was shot during the patrol later died in hospital.",
            ["A ranger who was shot during the patrol later died"],
        ),
        (
            "Two rangers who were wounded in the ambush later died.",
            ["Two rangers who were wounded in the ambush later died"],
        ),
        # a "that" after a year opens what was said, no relative clause (dev 795's shape)
        (
            "The defence minister told senators in 2023 that 14 gendarmes and 9 civilians"
            " had been killed.",
            ["14 gendarmes and 9 civilians had been killed"],
        ),
    ],
)
def test_what_the_grammar_leaves_as_main(sentence: str, expected: list[str]) -> None:
    assert figures(sentence) == expected


def test_the_matrix_fails_only_where_known() -> None:
    out = io.StringIO()
    tally = casualty_grammar_matrix.run(out=out)
    report = out.getvalue()
    assert tally["cells"] == len(casualty_grammar_matrix.cells()) > 100
    # the ceiling measured at fixr64a (span text and kind): a rule that breaks cells fails
    assert tally["failures"] <= 466
    assert tally["failed_controls"] == casualty_grammar_matrix.KNOWN_CONTROL_FAILURES
    assert f"cells {tally['cells']}, failing {tally['failures']}" in report


def civilian_figures(sentence: str) -> list[tuple[str, str]]:
    text = BODY + sentence
    return [
        (text[s.start : s.end], s.attributes["victims"]) for s in suggest(text, labels=["CASUALTY"])
    ]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Four cotton pickers were wounded in the raid.", "Four cotton pickers were wounded"),
        (
            "In 2024, two key witnesses in a land fraud trial were shot dead outside a shop.",
            "two key witnesses in a land fraud trial were shot dead",
        ),
    ],
)
def test_pickers_and_witnesses_are_people_counted_as_civilians(sentence: str, phrase: str) -> None:
    assert civilian_figures(sentence) == [(phrase, "civilian")]


# review64e (E1-E3, E8): a one-person clause that holds a second subject, what someone
# believed or found of another, or a harm word of its own is not the person's own clause:
# the figure inside it (or main's nothing) stands; each negative beside a positive of the
# same shape.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a second subject joined by "and": main's figure of the second subject stays
        (
            "A watchman who was guarding the depot and three voters were killed.",
            ["three voters were killed"],
        ),
        # two objects joined in the clause, then a singular predicate: the person's own
        (
            "A watchman who was guarding the depot and the gate was killed.",
            ["A watchman who was guarding the depot and the gate was killed"],
        ),
        (
            "A herder who had lost his cattle and his home was killed near Kadugli.",
            ["A herder who had lost his cattle and his home was killed"],
        ),
        # what he thought of a thing, not of a person: the person's own clause
        (
            "A driver who thought the road was safe was killed near Kadugli.",
            ["A driver who thought the road was safe was killed"],
        ),
        # what a mother believed of her son is not the mother's harm
        ("A mother who believed her son was dead wept at the gate in Kassala.", []),
        (
            "A mother who believed in peace was killed in Kassala.",
            ["A mother who believed in peace was killed"],
        ),
        # a harm word in the clause: the perpetrator's own figure stays
        (
            "A militiaman who shot dead a policeman was arrested in Bunia.",
            ["shot dead a policeman"],
        ),
        (
            "A militiaman who guarded the checkpoint was arrested in Bunia.",
            ["A militiaman who guarded the checkpoint was arrested"],
        ),
    ],
)
def test_a_clause_that_is_not_the_persons_own(sentence: str, expected: list[str]) -> None:
    assert figures(sentence) == expected


def test_the_speaker_check_after_a_one_person_figure_reads_a_window() -> None:
    # a page with no full stop: the check after each figure reads 400 characters, so the
    # figures far from the speaker are found and those near it are not (and the work stays
    # linear: it read to the page's end for each figure)
    para = "A teacher who had gone back to the village was abducted; "
    text = BODY + para * 40 + "a relative of one of them told AFP"
    found = figures(text[len(BODY) :])
    assert 30 <= len(found) < 40
