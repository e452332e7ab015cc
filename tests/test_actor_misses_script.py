"""scripts/actor_misses.py lists the dev ACTOR misses and never reads a held-out file."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _script():  # type: ignore[no-untyped-def]
    path = ROOT / "scripts" / "actor_misses.py"
    spec = importlib.util.spec_from_file_location("_script_actor_misses", path)
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


def test_each_kind_of_disagreement_is_paired_once() -> None:
    misses = _script()
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
    misses = _script()
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
