"""How long `suggest()` takes on many distinct names sharing a first piece: "K. Dorvanel",
"K. Asmuriko", ... ("Police said K. <name> fled."), or "Al-", "Abu ", "Mr. ", "Dr. " and a
bare initial before each. Every such name is a candidate wherever the shared piece
stands, so a name lookup that keys on what follows the piece must not see the same ". "
or " " for all of them (review of session 69: 2.1 / 5.0 / 12.3 s at 100 / 200 / 400 KB).

    python bench/suggest_shared_prefix.py [--sizes 100000,200000] [--runs 3] [--tree DIR]

Each figure is the median of `--runs` fresh processes' CPU seconds for `suggest()` on
the text, run with `--tree` (default: this checkout) first on the import path.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

_ONSETS = [
    "b",
    "c",
    "d",
    "f",
    "g",
    "h",
    "j",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "v",
    "z",
    "br",
    "dr",
    "kr",
    "tr",
    "sh",
    "kh",
    "zh",
]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ou"]


def invented_name(rng: random.Random) -> str:
    """A capitalised name of two to four syllables that no list holds ("Dorvanel")."""
    word = "".join(
        rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(("", "", "n", "r", "l"))
        for _ in range(rng.randint(2, 4))
    )
    return word.capitalize()


_SENTENCES: dict[str, Callable[[str], str]] = {
    "K. name fled": lambda name: f"Police said K. {name} fled.",
    "identified as K. name": lambda name: f"Police identified the gunman as K. {name}.",
    "Al-name": lambda name: f"Police said Al-{name} fled.",
    "Abu name": lambda name: f"Police said Abu {name} fled.",
    "Mr. name": lambda name: f"Police said Mr. {name} fled.",
    "Dr. name": lambda name: f"Police said Dr. {name} fled.",
    "K name (no full stop)": lambda name: f"Police said K {name} fled.",
}


def recipes(size: int, seed: int = 69) -> dict[str, str]:
    """Recipe name -> text of about `size` characters, sentences joined by "; " or by
    line breaks, each with a new invented name."""
    found = {}
    for label, sentence in _SENTENCES.items():
        for joiner, shown in (("; ", "'; '"), ("\n", "lines")):
            if label not in ("K. name fled", "identified as K. name") and joiner == "\n":
                continue
            rng = random.Random(seed)
            parts: list[str] = []
            length = 0
            while length < size:
                part = sentence(invented_name(rng))
                parts.append(part)
                length += len(part) + len(joiner)
            found[f"{label}, {shown}"] = joiner.join(parts)
    return found


_CODE = """
import sys, time
from annotator.core.suggest import suggest
text = open(sys.argv[1], encoding="utf-8").read()
began = time.process_time()
suggest(text)
print(time.process_time() - began)
"""


def timed(tree: Path, article: Path) -> float:
    """CPU seconds of `suggest()` in one fresh process importing `tree`."""
    done = subprocess.run(
        [sys.executable, "-c", _CODE, str(article)],
        # (from `tree`: "-c" puts the working folder first on the import path)
        cwd=tree,
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,200000,400000,800000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tree", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--only", default="", help="recipes whose name holds this")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(s) for s in args.sizes.split(",")):
            for label, text in recipes(size).items():
                if args.only not in label:
                    continue
                article = Path(folder) / "article.txt"
                article.write_text(text, encoding="utf-8")
                runs = [timed(args.tree, article) for _ in range(args.runs)]
                print(
                    f"{label:38} {size // 1000:5} KB  median {statistics.median(runs):7.2f} s"
                    f"  ({', '.join(f'{r:.2f}' for r in runs)})",
                    flush=True,
                )


if __name__ == "__main__":
    main()
