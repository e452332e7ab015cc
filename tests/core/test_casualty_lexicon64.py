"""LEXCAS64: each harm word the CASUALTY rules know works in each construction they have
(scripts/casualty_lexicon_matrix.py finds the holes). Sentences are our own, invented for
these tests (invented people and events; real places)."""

from __future__ import annotations

import pytest

from scripts import casualty_lexicon_matrix
from tests.core.suggest_probes import suggested_figures

BODY = "Report\n\n"  # a headline line first, so that the sentence is read as body text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every form of "massacre", as of "kill" and "murder"
        (
            BODY + "Insurgents stormed Abaji at dawn, massacring 31 herders.",
            ("massacring 31 herders", 31, 31, "killed"),
        ),
        ("Militia massacres 14 in Ituri village\n\nBody.", ("massacres 14", 14, 14, "killed")),
        # a headline's present tense of "lynch" is a killing
        (
            "Crowd lynches two suspected thieves in Kano\n\nBody.",
            ("lynches two suspected thieves", 2, 2, "killed"),
        ),
        # ... and evacuating people is a displacement, in every form
        (
            BODY + "Rescue teams spent the night evacuating some 300 residents of Beledweyne.",
            ("evacuating some 300 residents", 300, 300, "displaced"),
        ),
    ],
)
def test_every_form_of_a_known_harm_verb_gives_its_kind(
    text: str, expected: tuple[str, int, int, str]
) -> None:
    assert expected in suggested_figures(text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The assassination of three councillors in Guerrero shocked the state.",
            ("assassination of three councillors", 3, 3, "killed"),
        ),
        (
            "Video of the lynchings of five suspected thieves spread online.",
            ("lynchings of five suspected thieves", 5, 5, "killed"),
        ),
        (
            "Villagers blamed the group for the beheading of 11 farmers near Mocimboa.",
            ("beheading of 11 farmers", 11, 11, "killed"),
        ),
    ],
)
def test_a_killing_noun_known_for_one_person_counts_many(
    sentence: str, expected: tuple[str, int, int, str]
) -> None:
    assert expected in suggested_figures(BODY + sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The beheading of two guards in Palmyra angered many.",
            [("beheading of two guards", 2, 2, "killed")],
        ),
        ("The beheading of two statues in Palmyra angered many.", []),
    ],
)
def test_a_killing_noun_of_people_counts_and_of_things_does_not(
    sentence: str, expected: list[tuple[str, int, int, str]]
) -> None:
    assert suggested_figures(BODY + sentence) == expected


def test_the_matrix_runs_and_reports_every_cell(capsys: pytest.CaptureFixture[str]) -> None:
    # pinned (fixr64b, fixr64e): a fixed sub-matrix keeps its count, the verb matrix and the
    # predicate matrix miss only their known cells (the fills fixr64e took out among them),
    # and no negative control fails (the two perpetrator ones pass since perp66)
    fixed = casualty_lexicon_matrix.matrix(["kill", "massacre", "behead", "martyr"])
    assert len(fixed) >= 60
    assert [(c.word, c.template) for c in fixed if not c.ok] == [("martyr", "unl-pas")]
    # ... the verb matrix: gunned down or missing (killed, not other), bare "apprehended at
    # least 12", "apprehends 12"; a headline's "executes 12" (kind other, as main); and the
    # unlisted plural's lynched / assassinated / gunned down / martyred (fixr64e)
    misses = {(c.word, c.template) for c in casualty_lexicon_matrix.matrix() if not c.ok}
    assert misses <= {
        ("gun down", "or-miss"),
        ("apprehend", "bare-act"),
        ("apprehend", "hl-bact"),
        ("execute", "hl-act"),
        ("execute", "hl-bact"),
        ("lynch", "unl-pas"),
        ("assassinate", "unl-pas"),
        ("gun down", "unl-pas"),
        ("martyr", "unl-pas"),
    }
    states = casualty_lexicon_matrix.state_matrix()
    assert {(c.word, c.template) for c in states if not c.ok} == (
        casualty_lexicon_matrix.KNOWN_STATE_MISSES
    )
    assert {name for name, *_rest in casualty_lexicon_matrix.control_misses()} == set()
    cells = casualty_lexicon_matrix.matrix(["kill", "lynch"])
    assert {c.word for c in cells} == {"kill", "lynch"}
    assert all(c.want[0] in c.text for c in cells)
    assert len({c.template for c in cells}) >= 10
    casualty_lexicon_matrix.main(["kill"])
    out = capsys.readouterr().out
    right = sum(c.ok for c in casualty_lexicon_matrix.matrix(["kill"]))
    assert f"{right} of " in out
    assert "negative controls:" in out
    assert len(states) == len(casualty_lexicon_matrix.STATES) * 3
    assert all(c.want[0] in c.text for c in states)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The ministry put the first toll at four martyrs, among them a nurse.",
            ("four martyrs", 4, 4, "killed"),
        ),
        (
            "The border guards have given more than 300 martyrs since 2008.",
            ("more than 300 martyrs", 301, None, "killed"),
        ),
    ],
)
def test_the_dead_counted_as_martyrs_are_killed(
    sentence: str, expected: tuple[str, int, int | None, str]
) -> None:
    assert expected in suggested_figures(BODY + sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The toll rose to six martyrs on Sunday.", [("six martyrs", 6, 6, "killed")]),
        ("Six martyrs' mothers marched through Quetta on Sunday.", []),
        ("The Al-Aqsa Martyrs Brigades claimed the attack.", []),
    ],
)
def test_martyrs_as_a_possessive_or_a_name_is_no_figure(
    sentence: str, expected: list[tuple[str, int, int, str]]
) -> None:
    assert suggested_figures(BODY + sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Floods displaced 40 tonnes of soil below the Kainji dam.",
        "The herder was shot dead 200 yards from his compound.",
    ],
)
def test_a_measure_after_a_harm_verb_is_no_head_count(sentence: str) -> None:
    assert suggested_figures(BODY + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a comma ends the count: the measure is where, not what (fixr64e, review64d D11)
        ("The blast killed 12, 300 metres from the border post.", ("killed 12", 12, 12, "killed")),
        ("The mine wounded four, 50 yards from the well.", ("wounded four", 4, 4, "injured")),
    ],
)
def test_a_count_then_a_comma_and_a_measure_keeps_its_figure(
    sentence: str, expected: tuple[str, int, int, str]
) -> None:
    assert suggested_figures(BODY + sentence) == [expected]


def test_people_then_a_distance_keep_their_figure() -> None:
    assert suggested_figures(BODY + "Gunmen killed 12 villagers 300 metres from the camp.") == [
        ("killed 12 villagers", 12, 12, "killed")
    ]
