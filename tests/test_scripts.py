"""The maintainers' scripts under scripts/ keep the held-out articles unread."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _script(name: str):  # type: ignore[no-untyped-def]
    path = ROOT / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"_script_{name}", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_compare_furniture_names_a_changed_held_out_text_without_printing_its_lines() -> None:
    compare = _script("compare_furniture")
    text = "Home | World | Africa\n\nSecret held-out headline\n\nBody.\n"
    corpus = [
        ("sample_articles/dev/heldout/200-some-town.txt", text),
        ("sample_articles/dev/50-another-town.txt", text),
    ]

    def before(_text: str) -> list[tuple[int, int]]:
        return []

    def now(_text: str) -> list[tuple[int, int]]:
        return [(0, 21)]

    lines, changed = compare.differences(corpus, before, now)

    assert changed == 2
    shown = "\n".join(lines)
    assert "sample_articles/dev/heldout/200-some-town.txt" in shown
    assert "sample_articles/dev/50-another-town.txt:\n  only now: 'Home | World | Africa'" in shown
    assert shown.count("Home | World | Africa") == 1  # the dev text's line, not the held-out's
