"""Page furniture found in every bundled text by this copy's rules and by an earlier commit's.

Usage: python -m scripts.compare_furniture [REF]   (from the repository root; REF: main)

Reads `annotator/core/boilerplate.py` as it is at REF (`git show`), runs both versions'
`boilerplate_ranges` over every sample and dev text (sample_articles/**/*.txt and the
`text` of every record in sample_articles/**/*.jsonl) and prints each text whose ranges
differ, with the lines that are furniture in one version only. Exit 1 when any differ.
A held-out text (under sample_articles/dev/heldout/) is compared too, but only its name is
printed: nobody who tunes the rules reads a held-out article's lines.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import types
from collections.abc import Callable, Iterable
from pathlib import Path

from annotator.core.boilerplate import boilerplate_ranges

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT = "sample_articles/dev/heldout/"


def _module_at(ref: str) -> types.ModuleType:
    source = subprocess.run(
        ["git", "show", f"{ref}:annotator/core/boilerplate.py"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    spec = importlib.util.spec_from_loader(f"boilerplate_at_{ref}", loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    exec(compile(source, f"{ref}:boilerplate.py", "exec"), module.__dict__)  # our own code
    return module


def texts() -> list[tuple[str, str]]:
    """(name, text) of every bundled article."""
    found = []
    for path in sorted((ROOT / "sample_articles").rglob("*.txt")):
        found.append((str(path.relative_to(ROOT)), path.read_text("utf-8")))
    for path in sorted((ROOT / "sample_articles").rglob("*.jsonl")):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if line.strip():
                record = json.loads(line)
                if isinstance(record.get("text"), str):
                    found.append((f"{path.relative_to(ROOT)}:{number}", record["text"]))
    return found


Ranges = Callable[[str], list[tuple[int, int]]]


def differences(
    corpus: Iterable[tuple[str, str]], before: Ranges, now: Ranges
) -> tuple[list[str], int]:
    """(lines to print, texts whose ranges differ); a held-out text is named, never shown."""
    lines: list[str] = []
    changed = 0
    for name, text in corpus:
        old, new = before(text), now(text)
        if old == new:
            continue
        changed += 1
        if name.replace("\\", "/").startswith(HELD_OUT):
            lines.append(f"{name}: (held out: its lines are not shown)")
            continue
        lines.append(f"{name}:")
        for label, ranges in (
            ("only before", set(old) - set(new)),
            ("only now", set(new) - set(old)),
        ):
            for start, end in sorted(ranges):
                lines.append(f"  {label}: {text[start:end]!r}")
    return lines, changed


def main(argv: list[str]) -> int:
    ref = argv[1] if len(argv) > 1 else "main"
    corpus = texts()
    lines, changed = differences(corpus, _module_at(ref).boilerplate_ranges, boilerplate_ranges)
    for line in lines:
        print(line)
    print(f"{len(corpus)} texts, {changed} with other furniture ranges than at {ref}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
