"""scripts/heldout_counts.py describes misses by counts and never prints the text."""

from __future__ import annotations

import json

from tests.conftest import load_script


def test_misses_are_counted_by_category_without_a_word_of_the_article(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    counts = load_script("heldout_counts")
    text = (
        'Omar Bako Sule met Idris Lawal Musa in Zorvath. "We will rebuild," Idris Lawal Musa '
        "said. The Quillon Brotherhood denied it.\n"
    )
    quote = text.index("We will")
    quote_end = text.index(',"') + 1
    first = {"start": 0, "end": 14, "label": "ACTOR"}
    said_by = {"start": 19, "end": 35, "label": "ACTOR"}
    body = {"start": text.index("Quillon"), "end": text.index(" denied"), "label": "ACTOR"}
    quoted = {"start": quote, "end": quote_end, "label": "QUOTE"}
    record = {
        "text": text,
        "spans": [
            {**first, "attributes": {"type": "person"}},
            {**said_by, "attributes": {"type": "person"}},
            {**body, "attributes": {"type": "armed group"}},
            quoted,
        ],
        # the gold links the first person: the suggester's link to the second is a miss
        "relations": [{"label": "speaker", "head_span": quoted, "child_span": first}],
    }
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert counts.main([str(gold)]) == 0
    out = capsys.readouterr().out
    assert "person | speaker | exact: 1" in out
    assert "quotes matched by attribution: before 1" in out
    assert "armed group | other | missed 2w: 1" in out  # no rule knows the invented body
    # the rules link the name after the quote; over the gold's own actors the link is right
    assert "speaker misses over the suggested ACTOR spans (kind, category): 1" in out
    assert "before | another actor after the quote: 1" in out
    assert "speaker misses over the gold ACTOR spans (kind, category): 0" in out
    # not one word of the article, however the rules did on it
    words = {w.strip('.,"') for w in text.split()} - {"", "in", "it", "The", "We"}
    printed = set(out.replace("|", " ").replace(":", " ").split())
    assert not words & printed


def test_false_suggestions_and_casualty_outcomes_are_counted_by_category(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    counts = load_script("heldout_counts")
    text = (
        "Omar Bako Sule met Idris Lawal Musa.\nIt rained.\nThe talks went on.\n"
        "Gunmen killed 12 villagers and wounded four more on Sunday.\n"
        "Nothing else.\nThe end.\nReally.\n"
    )
    killed = text.index("killed 12")
    record = {
        "text": text,
        "spans": [
            # the gold has only the first person and the killed: the second person is a
            # false suggestion in the first lines, "wounded four more" one over no figure
            {"start": 0, "end": 14, "label": "ACTOR", "attributes": {"type": "person"}},
            {
                "start": killed,
                "end": killed + len("killed 12 villagers"),
                "label": "CASUALTY",
                "attributes": {"kind": "killed", "count_low": 12, "count_high": 12},
            },
        ],
        "relations": [],
    }
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert counts.main([str(gold)]) == 0
    out = capsys.readouterr().out
    assert "ACTOR suggestions matching no gold ACTOR (type, words, where): 1" in out
    assert "person | 3w | first or last three lines: 1" in out
    assert "CASUALTY gold spans (kind, outcome): 1" in out
    assert "killed | exact: 1" in out
    assert "CASUALTY suggestions over no gold figure (kind, where): 1" in out
    assert "injured | outside quotes: 1" in out
    # "killed" is a category's name as well as a word of the text
    words = {w.strip('.,"') for w in text.split()} - {"", "The", "It", "killed"}
    printed = set(out.replace("|", " ").replace(":", " ").split())
    assert not words & printed


def test_an_extent_difference_is_told_by_side_and_kind_of_words(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    counts = load_script("heldout_counts")
    text = "Omar Bako Sule met the governor on Monday, officials said.\n"
    # the gold leaves the first name out; the suggester takes the whole name
    record = {
        "text": text,
        "spans": [{"start": 5, "end": 14, "label": "ACTOR", "attributes": {"type": "person"}}],
        "relations": [],
    }
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert counts.main([str(gold)]) == 0
    out = capsys.readouterr().out
    assert "person | other | extent longer (before capitalised): 1" in out
    assert "Omar" not in out
