"""GRAMCAS64: the CASUALTY grammar of a counted subject, its postmodifier and its harm
predicate combine whatever the count (one person or many), the postmodifier (a relative
clause, an -ing or an -ed participle) and the predicate. Sentences are our own, invented
for these tests; scripts/casualty_grammar_matrix.py probes the whole grid."""

from __future__ import annotations

import io

import pytest

from annotator.core.suggest import suggest
from scripts import casualty_grammar_matrix

BODY = "Report\n\n"  # a headline line first, so that the sentence is read as body text


def figures(sentence: str) -> list[str]:
    text = BODY + sentence
    return [text[s.start : s.end] for s in suggest(text, labels=["CASUALTY"])]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        # one person, a relative clause closed before the predicate
        (
            "A teacher who had gone back to the village was abducted on Tuesday.",
            "A teacher who had gone back to the village was abducted",
        ),
        (
            "A woman who was sleeping in her house died in the shelling.",
            "A woman who was sleeping in her house died",
        ),
        (
            "A shopkeeper who refused to pay the levy was shot dead.",
            "A shopkeeper who refused to pay the levy was shot dead",
        ),
        # an -ed participle with its phrase, then a passive
        (
            "Three labourers hired for the coffee harvest were killed.",
            "Three labourers hired for the coffee harvest were killed",
        ),
        (
            "Two labourers posted at the quarry were wounded.",
            "Two labourers posted at the quarry were wounded",
        ),
        # "went missing" closes the clause as "were" does
        (
            "Two fishermen who set out before dawn went missing.",
            "Two fishermen who set out before dawn went missing",
        ),
        # an -ing participle before "died"
        ("Two men riding a motorbike died in the blast.", "Two men riding a motorbike died"),
    ],
)
def test_subject_postmodifier_and_predicate_combine(sentence: str, phrase: str) -> None:
    assert figures(sentence) == [phrase]


def test_a_relative_clause_that_harms_others_is_the_perpetrator() -> None:
    assert figures("Two raiders who abducted four traders were arrested at a roadblock.") == [
        "abducted four traders"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a past tense with its object is no participle
        (
            "Five others sustained burns and were treated at the clinic.",
            ["Five others sustained burns"],
        ),
        # a source's "saying" opens no clause of the people
        (
            "The monitor put the toll at six, saying two of the wounded died in hospital.",
            ["toll at six", "two of the wounded died"],
        ),
        # one person described by their flight stays no figure
        ("A trader who fled the town spoke to us.", []),
        # the speaker's clause
        (
            "A farmer who said two neighbours were killed asked for help.",
            ["two neighbours were killed"],
        ),
    ],
)
def test_what_the_grammar_leaves_alone(sentence: str, expected: list[str]) -> None:
    assert figures(sentence) == expected


def test_the_matrix_runs_and_reports() -> None:
    out = io.StringIO()
    tally = casualty_grammar_matrix.run(out=out)
    report = out.getvalue()
    assert tally["cells"] == len(casualty_grammar_matrix.cells()) > 100
    assert 0 <= tally["failures"] <= tally["cells"]
    assert "== postmodifier: failures / cells" in report
    assert "negative controls" in report
    assert f"cells {tally['cells']}, failing {tally['failures']}" in report


def civilian_figures(sentence: str) -> list[tuple[str, str]]:
    text = BODY + sentence
    return [
        (text[s.start : s.end], s.attributes["victims"]) for s in suggest(text, labels=["CASUALTY"])
    ]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "Two fruit pickers hired for the olive harvest were wounded.",
            "Two fruit pickers hired for the olive harvest were wounded",
        ),
        (
            "In 2024, two key witnesses in a land fraud trial were shot dead outside a shop.",
            "two key witnesses in a land fraud trial were shot dead",
        ),
    ],
)
def test_pickers_and_witnesses_are_people_counted_as_civilians(sentence: str, phrase: str) -> None:
    assert civilian_figures(sentence) == [(phrase, "civilian")]


def test_one_witness_whose_clause_is_the_death_is_no_figure() -> None:
    # the relative clause ends at its own auxiliary: the death is the clause's, one person
    assert figures("A single guard who had since died was named in the ruling.") == []
    assert figures("A guard who later died was named in the ruling.") == []
