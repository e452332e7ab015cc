"""`score`: the entity-level speaker figure and CASUALTY attribute agreement."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.services.suggesting import Predicted, same_entity, score


@pytest.mark.parametrize(
    ("gold", "predicted"),
    [
        ("Priya Rao", "Rao"),
        ("Rao", "Priya Rao"),
        ("the United Nations", "UN"),
        ("Kenya's", "Kenya"),
        ("ELN", "eln"),
    ],
)
def test_same_entity_accepts_another_mention_of_the_speaker(gold: str, predicted: str) -> None:
    assert same_entity(gold, predicted)


@pytest.mark.parametrize(
    ("gold", "predicted"),
    [
        ("Priya Rao", "Priya"),
        ("Priya Rao", "Tomas Berg"),
        ("Rao Group", "Rao"),
        ("UN", "European Union"),
        ("", "Rao"),
    ],
)
def test_same_entity_refuses_another_speaker(gold: str, predicted: str) -> None:
    assert not same_entity(gold, predicted)


def _quote(speaker: tuple[int, int] | None, speaker_text: str) -> Predicted:
    return Predicted(0, 10, "QUOTE", speaker, "after", speaker_text)


def test_speaker_on_another_mention_counts_only_at_entity_level() -> None:
    gold = [[_quote((20, 29), "Priya Rao"), _quote((40, 49), "Priya Rao")]]
    predicted = [[_quote((60, 63), "Rao")]]
    result = score(gold, predicted)
    assert (result.quotes_matched, result.speakers_correct, result.speakers_same_entity) == (
        1,
        0,
        1,
    )
    assert "same speaker, another mention counted: 1/1 (1.000)" in result.table()


def test_a_missing_or_wrong_speaker_is_wrong_at_both_levels() -> None:
    gold = [[_quote((20, 29), "Priya Rao")], [_quote((20, 29), "Priya Rao")]]
    predicted = [[_quote(None, "")], [_quote((5, 15), "Tomas Berg")]]
    result = score(gold, predicted)
    assert (result.speakers_correct, result.speakers_same_entity) == (0, 0)


def _casualty(
    start: int, counts: tuple[int | None, int | None], kind: str, victims: str
) -> Predicted:
    return Predicted(start, start + 5, "CASUALTY", casualty=(*counts, kind, victims))


def test_casualty_attributes_are_compared_over_exact_matches_only() -> None:
    gold = [
        [
            _casualty(0, (10, 12), "killed", "civilian"),
            _casualty(10, (5, 5), "injured", "unknown"),
            _casualty(20, (3, 3), "killed", "civilian"),
        ]
    ]
    predicted = [
        [
            _casualty(0, (10, None), "killed", "civilian"),  # counts wrong
            _casualty(10, (5, 5), "injured", "civilian"),  # victims wrong
            _casualty(21, (3, 3), "killed", "civilian"),  # not an exact match
        ]
    ]
    result = score(gold, predicted)
    assert result.casualties_matched == 2
    assert result.casualty_attributes == {"counts": 1, "kind": 2, "victims": 1, "all": 0}
    table = result.table()
    assert "casualty attributes over 2 exactly matched: counts 0.500, kind 1.000" in table
    data = result.to_dict()["casualty_attributes"]
    assert data["victims"] == {"correct": 1, "accuracy": 0.5}


ARTICLE = (
    "Clashes kill 4\n\n"
    'Governor Ada Brun said 4 people were killed. "We are afraid," Brun told reporters.\n'
)


def test_evaluate_command_reports_both_speaker_levels_and_casualty_attributes(
    tmp_path: Path,
) -> None:
    text = ARTICLE
    quote, brun, ada = text.index("We are"), text.index("Brun told"), text.index("Ada Brun")
    toll = text.index("4 people were killed")
    record = {
        "text": text,
        "spans": [
            {"start": quote, "end": quote + 14, "label": "QUOTE"},
            {"start": ada, "end": ada + 8, "label": "ACTOR", "attributes": {"type": "person"}},
            {"start": brun, "end": brun + 4, "label": "ACTOR", "attributes": {"type": "person"}},
            {
                "start": toll,
                "end": toll + 20,
                "label": "CASUALTY",
                "attributes": {
                    "count_low": 4,
                    "count_high": 4,
                    "kind": "killed",
                    "victims": "unknown",
                },
            },
        ],
        # The guideline's link is to the attributing mention; "Ada Brun" names the same person.
        "relations": [
            {
                "label": "speaker",
                "head_span": {"start": quote, "end": quote + 14, "label": "QUOTE"},
                "child_span": {"start": ada, "end": ada + 8, "label": "ACTOR"},
            }
        ],
    }
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record) + "\n", "utf-8")
    result = CliRunner().invoke(cli, ["evaluate", "--gold", str(gold), "--quiet", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["speaker"]["quotes_matched"] == 1
    assert data["speaker"]["correct"] == 0
    assert data["speaker"]["same_entity"] == 1
    assert data["casualty_attributes"]["matched"] == 1
    assert data["casualty_attributes"]["all"]["correct"] == 1


def test_actor_types_are_compared_over_exact_matches() -> None:
    gold = [
        [
            Predicted(0, 5, "ACTOR", actor_type="armed group"),
            Predicted(10, 15, "ACTOR", actor_type="person"),
            Predicted(20, 25, "ACTOR", actor_type="state"),
        ]
    ]
    predicted = [
        [
            Predicted(0, 5, "ACTOR", actor_type="person"),  # the type is wrong
            Predicted(10, 15, "ACTOR", actor_type="person"),
            Predicted(21, 25, "ACTOR", actor_type="state"),  # not an exact match
        ]
    ]
    result = score(gold, predicted)
    assert (result.actors_matched, result.actor_types_correct) == (2, 1)
    assert "actor types over 2 exactly matched: 0.500" in result.table()
    assert result.to_dict()["actor_types"] == {"matched": 2, "correct": 1, "accuracy": 0.5}


def test_a_prediction_made_twice_matches_its_gold_span_once() -> None:
    gold = [[Predicted(0, 5, "ACTOR", actor_type="state"), Predicted(10, 15, "ACTOR")]]
    twice = Predicted(0, 5, "ACTOR", actor_type="state")
    result = score(gold, [[twice, twice]])
    board = result.labels["ACTOR"]
    assert (board.gold, board.predicted, board.exact, board.overlap) == (2, 2, 1, 1)
    assert board.exact_prf()[:2] == (0.5, 0.5)  # a recall of 1.0 before: two hits of one span
    assert (result.actors_matched, result.actor_types_correct) == (1, 1)


@pytest.mark.parametrize(
    ("long", "short"),
    [
        ("Forces Démocratiques de Libération du Rwanda", "FDLR"),
        ("Mission in South Sudan", "MSS"),
        ("Islamic State in Iraq and al-Sham", "ISIS"),
        ("United Nations", "UN"),
        ("Union des Patriotes Congolais", "UPC"),
    ],
)
def test_an_acronym_that_skips_small_words_is_the_same_speaker(long: str, short: str) -> None:
    assert same_entity(long, short)
    assert same_entity(short, long)


def test_an_acronym_of_other_words_is_another_speaker() -> None:
    assert not same_entity("Forces Démocratiques de Libération du Rwanda", "FDR")
    assert not same_entity("United Nations", "NU")
