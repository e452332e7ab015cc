"""scripts/actor_misses.py lists the dev ACTOR misses and never reads a held-out file."""

from __future__ import annotations

import json

from tests.conftest import load_script


def test_each_kind_of_disagreement_is_paired_once() -> None:
    misses = load_script("actor_misses")
    gold = [(0, 5, "state"), (10, 20, "person"), (30, 35, "media"), (50, 55, "state")]
    found = [(0, 5, "state"), (12, 20, "person"), (30, 35, "person"), (40, 45, "state")]
    assert misses.actor_misses("x" * 60, gold, found) == [
        ("extent", (10, 20, "person"), (12, 20, "person")),
        ("type", (30, 35, "media"), (30, 35, "person")),
        ("extra", None, (40, 45, "state")),
        ("missed", (50, 55, "state"), None),
    ]


def test_only_the_listed_files_are_shown_and_alone_takes_known_actors_from_them(
    tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    misses = load_script("actor_misses")
    records = []
    for name, text in [
        ("01-a.txt", "Zorvald Brakk met the envoy.\n"),
        ("02-b.txt", "Later Zorvald Brakk left.\n"),
    ]:
        start = text.index("Zorvald")
        span = {"start": start, "end": start + 13, "label": "ACTOR"}
        records.append(
            {
                "text": text,
                "meta": {"file": name},
                "spans": [{**span, "attributes": {"type": "person"}}],
            }
        )
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    # known from 01, the name in 02 is found: nothing to list
    assert misses.main([str(gold), "--files", "02-*"]) == 0
    out = capsys.readouterr().out
    assert "01-a.txt" not in out
    assert out.strip().endswith("tally: missed 0, extra 0, extent 0, type 0")
    # alone, 02 knows no other document: the name is missed
    assert misses.main([str(gold), "--files", "02-*", "--alone"]) == 0
    out = capsys.readouterr().out
    assert "02-b.txt missed: gold 'Zorvald Brakk'" in out
