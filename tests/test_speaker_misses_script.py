"""scripts/speaker_misses.py lists the dev misses and never reads a held-out file."""

from __future__ import annotations

import json

from tests.conftest import load_script


def test_a_wrong_speaker_is_listed_with_its_kind_and_the_tally(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    misses = load_script("speaker_misses")
    text = 'Omar Bako Sule met Idris Lawal Musa. "We will rebuild," Idris Lawal Musa said.\n'
    quote = text.index("We will")
    quote_end = text.index(',"') + 1
    actor = {"start": 0, "end": 14, "label": "ACTOR"}
    said_by = {"start": 19, "end": 35, "label": "ACTOR"}
    quoted = {"start": quote, "end": quote_end, "label": "QUOTE"}
    record = {
        "text": text,
        "spans": [
            {**actor, "attributes": {"type": "person"}},
            {**said_by, "attributes": {"type": "person"}},
            quoted,
        ],
        # the gold links the first person: the suggester's link to the second is a miss
        "relations": [{"label": "speaker", "head_span": quoted, "child_span": actor}],
    }
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert misses.main([str(gold)]) == 0
    out = capsys.readouterr().out
    assert "before: gold 'Omar Bako Sule' (0, 14)" in out
    assert "suggested 'Idris Lawal Musa'" in out
    assert "by attribution: before 0/1" in out
