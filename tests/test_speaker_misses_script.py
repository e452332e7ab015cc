"""scripts/speaker_misses.py lists the dev misses and never reads a held-out file."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _script():  # type: ignore[no-untyped-def]
    path = ROOT / "scripts" / "speaker_misses.py"
    spec = importlib.util.spec_from_file_location("_script_speaker_misses", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_a_held_out_gold_file_is_refused_before_it_is_read(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    misses = _script()

    def reading(_path: str) -> None:
        raise AssertionError("the held-out file was read")

    monkeypatch.setattr(misses, "load_gold", reading)
    assert misses.main(["sample_articles/dev/heldout/gold.jsonl"]) == 2
    assert "refusing a held-out file" in capsys.readouterr().err


def test_a_wrong_speaker_is_listed_with_its_kind_and_the_tally(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    misses = _script()
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
