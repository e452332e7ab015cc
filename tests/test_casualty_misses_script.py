"""scripts/casualty_misses.py lists the dev CASUALTY misses and never reads a held-out file."""

from __future__ import annotations

import json

from tests.conftest import load_script


def _figure(text: str, phrase: str, low: int, kind: str, victims: str) -> dict[str, object]:
    start = text.index(phrase)
    return {
        "start": start,
        "end": start + len(phrase),
        "label": "CASUALTY",
        "attributes": {"count_low": low, "count_high": low, "kind": kind, "victims": victims},
    }


def test_each_kind_of_miss_is_listed_and_tallied(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    misses = load_script("casualty_misses")
    text = (
        "Report\n\nGunmen killed 12 villagers near the river. Nine soldiers were wounded, "
        "the army said. A blast left 4 dead.\n"
    )
    record = {
        "text": text,
        "meta": {"file": "900-invented.txt"},
        "spans": [
            # the rules find "killed 12 villagers": a shorter gold extent is an extent miss
            _figure(text, "12 villagers", 12, "killed", "civilian"),
            # the same extent with other victims is an attributes miss
            _figure(text, "Nine soldiers were wounded", 9, "injured", "civilian"),
            # gold with nothing suggested over it is missed; "4 dead" suggested is extra
            _figure(text, "the army said", 1, "other", "unknown"),
        ],
        "relations": [],
    }
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert misses.main([str(gold)]) == 0
    out = capsys.readouterr().out
    assert "extent: gold '12 villagers'" in out
    assert "suggested 'killed 12 villagers'" in out
    assert "attributes: gold 'Nine soldiers were wounded'" in out
    assert "missed: gold 'the army said'" in out
    assert "extra: suggested '4 dead'" in out
    assert "over 3 gold figures: missed 1, extent 1, attributes 1, extra 1" in out
    assert misses.main([str(gold), "--files", "1*"]) == 0
    assert "over 0 gold figures" in capsys.readouterr().out
