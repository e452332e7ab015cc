"""How long `suggest()` and `boilerplate_ranges()` take on hostile text: inputs shaped to
make a regular expression backtrack or a rule rescan what it read (a scraped page is
hostile input). Each figure next to a baseline commit's, measured in the same run.

    python bench/suggest_hostile.py [--size 100000] [--against REF] [--limit 60]

The recipes are the ones a review of session 44 found quadratic (initials before a long
token, a hyphen run in a headline, a paragraph of many short quotes) and the shapes of
every new form of that session (bars, bylines, glosses, "University"), and the two shapes
review60b found quadratic (a rare name after an honorific that is also a given name, a
distinct place's possessive before an official, in every paragraph) with session 60's
CASUALTY shapes (heading lines, counted bodies, households leaving). Each run is a
fresh process, CPU seconds; a run over `--limit` seconds is stopped and shown as such.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import REPO, copy_of


def recipes(size: int) -> dict[str, str]:
    """Name -> text of about `size` characters."""

    def repeat(unit: str, head: str = "Headline\n\n") -> str:
        return head + unit * (size // len(unit) + 1)

    return {
        "initials before a long token": "Headline\n\nJ. B" + "x" * size + ".Q said.",
        "hyphen run in a headline": "Soldier killed" + "-" * size + "\n\nBody.",
        "hyphenated headline token": "Soldier killed in "
        + "-".join(["abc"] * (size // 4))
        + "\n\nBody.",
        "many short quotes, one paragraph": repeat('a "x" '),
        "capitalised words": repeat("Alpha Beta Gamma Delta "),
        "bracketed names": repeat("the Xyz Abc (Qrs Tuv Council) "),
        "bar lines": repeat("Outlet Name | Writer Name | 3 December 2026\n", ""),
        "bylines": repeat("By Ana Kis, The Tico Times\n", ""),
        "University": repeat("the University of Nairobi said. "),
        "initials": repeat("A. B. C. Dxx "),
        # session 60 (review60b): a rare name per paragraph after an honorific that is also
        # a given name, and a distinct place's possessive before an official
        "a new name after an honorific": many(
            size,
            lambda name: f"Sultan {name}, a farmer in the valley, said his house was hit.\n\n",
        ),
        "a new place's official": many(
            size,
            lambda name: (
                f"Fighting went on near the border. New {name}'s police chief said "
                "the roads were closed.\n\n"
            ),
        ),
        # ... and session 60's CASUALTY shapes: heading lines, counted bodies, households
        "headings": repeat("Report\n\nSoldier killed in border clash\n\nThe post was hit.\n\n"),
        "bodies of": repeat("Medics counted 14 bodies of soldiers at the hospital. "),
        "households left": repeat("About 40 families have left the village since May. "),
        # review63a F1, F9: one long sentence with no full stop (a scraped list, a transcript)
        # holding a figure read against its sentence every few words
        "neutralised N of them, no full stop": repeat(
            "the crews worked and air defences neutralised 35 of them, "
        ),
        "another body, no full stop": repeat("a body body body another another body was found "),
        # review63c C5: bare counts in one such sentence, each read against all of it
        "bare counts, no full stop": repeat("and 4 were injured, "),
        # review64f: one person harmed per sentence, sentences ended by "; " (no full stop):
        # the speaker check after each figure read to the page's end (main 3b1fec2d: 39 s on
        # 200 KB)
        "one person harmed, semicolons": repeat("a police officer who was shot; "),
        # spk65: each "the group said" reads the body speaking in the sentence before, which
        # is "the group said" again: the chain ran back to the page's start for each quote
        # (main 7d4ede5e: 2.5 s on 7 KB, RecursionError from 11 KB on)
        "the group said, again and again": repeat(
            'The group said: "We will fight on." ', "The Islamic State claimed it. "
        ),
        # fuzz65: one paragraph of quotes an unnamed official told an outlet: each quote's
        # walk back for a person stepped over every body named before it, and each outlet's
        # credit check read the whole line (recfix65 2494410d: 1.51 s on 106 KB, 0.30 s on
        # 27 KB)
        "quotes told an outlet, one paragraph": repeat(
            '"We are talking to the elders of both families so that the guns will be '
            'silent," the mayor told Radio Kalinga by phone on Wednesday. '
        ),
        # fuzz65: sentences joined by "; ", each with a part grading its toll ("many of
        # them"): the sentence before each part was read whole, and it ran to the page's
        # start (fec4c5ed: 6.9 s on 107 KB, 0.56 s on 27 KB)
        "graded parts, semicolons": repeat(
            "The agency said about 3,200 people had been displaced by noon, many of them "
            "already displaced once from other districts.; "
        ),
    }


def many(size: int, paragraph: Callable[[str], str]) -> str:
    """Paragraphs of about `size` characters in all, each naming a name of its own
    ("Zabak", "Zabal", ...: capitalised, in no list)."""
    parts = ["Headline\n\n"]
    length = 0
    index = 0
    while length < size:
        letters = ""
        number = index
        for _ in range(4):
            number, rest = divmod(number, 26)
            letters += "abcdefghijklmnopqrstuvwxyz"[rest]
        part = paragraph("Z" + letters)
        parts.append(part)
        length += len(part)
        index += 1
    return "".join(parts)


_CODE = """
import sys, time
from annotator.core.suggest import suggest
from annotator.core.boilerplate import boilerplate_ranges
text = open(sys.argv[1], encoding="utf-8").read()
began = time.process_time()
suggest(text)
boilerplate_ranges(text)
print(time.process_time() - began)
"""


def timed(copy: Path, article: Path, limit: float) -> str:
    """CPU seconds of one fresh process of `copy` on `article`, or how long it was let run."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CODE, str(article)],
            cwd=copy,
            env=dict(os.environ, PYTHONPATH=str(copy)),
            capture_output=True,
            text=True,
            check=False,
            timeout=limit,
        )
    except subprocess.TimeoutExpired:
        return f"over {limit:.0f} s"
    if done.returncode != 0:
        return "failed: " + (done.stderr.strip().splitlines() or ["?"])[-1]
    return f"{float(done.stdout.strip()):.2f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--against", metavar="REF", default=None)
    parser.add_argument("--limit", type=float, default=60.0)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        copies = {"this copy": REPO}
        if options.against:
            copies[options.against] = copy_of(options.against, tmp / "against")
        print(
            f"suggest() + boilerplate_ranges() on hostile text of about {options.size:,} "
            "characters, CPU seconds of a fresh process:"
        )
        for name, text in recipes(options.size).items():
            article = tmp / "article.txt"
            article.write_text(text, "utf-8")
            figures = [
                f"{label}: {timed(copy, article, options.limit)}" for label, copy in copies.items()
            ]
            print(f"  {name:34s} " + "   ".join(figures))


if __name__ == "__main__":
    main()
