"""FIXR64E: what remains of LEXCAS64's casualty fills after the re-review (review64d).

"N martyrs" counts the dead only as a count's own head word; "nearly" refuses the harm only
right before it; a comma after a count ends it before a measure; "beheadings" are
killings. Each negative stands next to a positive of the same shape that main misses, so
that no test passes by finding nothing. Sentences are invented (invented people and events;
real places and bodies)."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_figures

BODY = "Report\n\n"  # a headline line first, so that the sentence is read as body text

Figure = tuple[str, object, object, object]


def _figures(sentence: str) -> list[Figure]:
    return suggested_figures(BODY + sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # positives (main: none)
        (
            "The health office gave a first toll of five martyrs, two of them nurses.",
            [("five martyrs", 5, 5, "killed")],
        ),
        (
            "The region has given more than 1,200 martyrs since the war began.",
            [("more than 1,200 martyrs", 1201, None, "killed")],
        ),
        # a four-digit count with no comma is a count unless "the/of/in/since" makes it a
        # year (main: none; the branch before: none, review64d D5)
        (
            "The health office said 1500 martyrs had been counted since October.",
            [("1500 martyrs", 1500, 1500, "killed")],
        ),
        ("In 2014 martyrs were honoured at the shrine.", []),
        # controls: a name inside a right figure neither cuts it nor retypes it (main's answer)
        (
            "Three members of the Al-Aqsa Martyrs Brigades were wounded in the raid.",
            [("Three members of the Al-Aqsa Martyrs Brigades were wounded", 3, 3, "injured")],
        ),
        (
            "Two Al-Aqsa Martyrs Brigades commanders were arrested in Nablus.",
            [("Two Al-Aqsa Martyrs Brigades commanders were arrested", 2, 2, "other")],
        ),
        # ... those held before they die keep main's kind (review64d D3)
        (
            "Rangers arrested 7 would-be martyrs outside Quetta.",
            [("arrested 7 would-be martyrs", 7, 7, "other")],
        ),
        (
            "Police detained 9 aspiring martyrs at the Karachi airport.",
            [("detained 9 aspiring martyrs", 9, 9, "other")],
        ),
        # ... places, names, kin and history: no figure (review64d D4)
        ("He was buried in the 40 Martyrs Cemetery in Homs on Tuesday.", []),
        ("The militia, known as the 313 Martyrs Battalion, seized the checkpoint.", []),
        ("The 2011 martyrs were remembered at a ceremony.", []),
        ("A march left from the 7 martyrs square after prayers.", []),
        ("Crowds filled the 14 martyrs roundabout in Benghazi after prayers.", []),
        ("The convoy stopped by the 22 martyrs mosque in Tripoli.", []),
        ("Some 400 martyrs families queued for the new stipend.", []),
        ("The 60 martyrs of Lucknow are remembered each spring.", []),
    ],
)
def test_martyrs_count_the_dead_only_as_the_head_of_a_count(
    sentence: str, expected: list[Figure]
) -> None:
    assert _figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the harm not done (main: a figure)
        ("Twelve villagers were nearly killed in the blast.", []),
        ("Six pilgrims were nearly crushed to death.", []),
        # controls: "nearly all" counts the people, as main does (review64d D9)
        (
            "Thirty herders were nearly all displaced by the raids.",
            [("Thirty herders were nearly all displaced", 30, 30, "displaced")],
        ),
        (
            "Twenty villagers have been nearly all killed since May.",
            [("Twenty villagers have been nearly all killed", 20, 20, "killed")],
        ),
    ],
)
def test_nearly_refuses_the_harm_right_after_it_but_not_nearly_all(
    sentence: str, expected: list[Figure]
) -> None:
    assert _figures(sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # positive (main: kind other)
        (
            BODY + "Rights groups condemned the beheadings of nine herders in Cabo Delgado.",
            [("beheadings of nine herders", 9, 9, "killed")],
        ),
        # works and papers after "executes" / "executions of": no figure (main: a figure)
        ("Contractor executes 14 projects in Kaduna\n\nBody.", []),
        (BODY + "The company completed 14 executions of contracts in May.", []),
        # controls: "executes" keeps main's kind (fixr64e took out the retyping)
        (
            "Junta executes four activists in Yangon\n\nBody.",
            [("executes four activists", 4, 4, "other")],
        ),
        (
            "Dealer executes 16 trades for pension fund\n\nBody.",
            [("executes 16 trades", 16, 16, "other")],
        ),
        (
            BODY + "The monitors documented 45 extrajudicial executions in Borno.",
            [("45 extrajudicial executions", 45, 45, "killed")],
        ),
    ],
)
def test_beheadings_are_killings_and_executed_works_are_no_figure(
    text: str, expected: list[Figure]
) -> None:
    assert suggested_figures(text) == expected
