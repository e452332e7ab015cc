"""Start-up counted in instructions (callgrind): `annotator gui` next to a bare PySide6 window.

    python bench/startup_instructions.py [--documents N] [--against REF]

The wall-time benchmark (bench_startup.py) is what the user waits for, but on
a shared machine its ratios move by a few tenths between runs. Instructions
executed do not: the same start-up, run under valgrind's callgrind with a
fixed hash seed, counts the same to within about 1%. Each figure is every
instruction the process executes from its start to the served first frame
(bench/startup_probe.py, as bench_startup.py times it), on the same two
databases as bench_startup.py (100 documents and 10,000, --documents to
change the second), against the bare window counted in the same run. With
`--against REF` (a commit), REF's `annotator/` and `resources/` are counted too
(before/after). Needs valgrind; a callgrind run takes 20-60 s. Goal (issue 16):
at most 1.5x the bare window, and the large corpus no dearer than the small one.
Two baselines: the bare window (bench/startup_bare.py), and the same window keeping
PySide's support code compiled as `annotator gui` does (bench/startup_bare_kept.py):
the kept file's gain is PySide's work saved, not our window's; the second ratio is
our own work, like for like. Each ratio is printed against both.
Also printed: the instructions of the window's own thread (the main thread), which
the first frame waits for; work on other threads (the start-up's font reading,
issue 16) can run on another core meanwhile. Callgrind runs threads
in turn, so the totals count it as if it could not.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.bench_startup import PROBE_TIMEOUT_S, earlier_copy, environment  # noqa: E402
from bench.common import record  # noqa: E402

COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")
MAIN_THREAD = re.compile(r"^(?:summary|totals):\s*(\d+)", re.M)  # in callgrind.out-01


def instructions(command: list[str], env: dict[str, str], cwd: Path) -> tuple[int, int]:
    """Instructions `python -m bench.startup_probe OUT COMMAND` executes in `cwd` up to
    its served frame, counted by callgrind (after one uncounted run that compiles): in
    all, and on the main thread."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "frame.t"
        probe = [sys.executable, "-m", "bench.startup_probe", str(out), *command]
        valgrind = [
            "valgrind",
            "--tool=callgrind",
            "--separate-threads=yes",
            f"--callgrind-out-file={tmp}/callgrind.out",
        ]
        for prefix in ([], valgrind):
            out.unlink(missing_ok=True)
            ran = subprocess.run(
                [*prefix, *probe],
                cwd=cwd,
                env=env,
                check=False,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
                timeout=PROBE_TIMEOUT_S * 20,
            )
            if ran.returncode != 0 or not out.exists():
                said = ran.stderr[-2000:]
                sys.exit(f"startup_instructions: `{' '.join(command)}` failed:\n{said}")
        found = COLLECTED.search(ran.stderr)
        main_thread = MAIN_THREAD.search(Path(f"{tmp}/callgrind.out-01").read_text("utf-8"))
        if found is None or main_thread is None:
            sys.exit(f"startup_instructions: no count from callgrind:\n{ran.stderr[-2000:]}")
        return int(found.group(1)), int(main_thread.group(1))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--against", metavar="REF", help="also count REF's start-up")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("startup_instructions: needs valgrind (callgrind) on PATH")
    from bench.bench_open import build

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = dict(environment(home), PYTHONHASHSEED="0")
        small, large = home / "small.db", home / "large.db"
        build(small, 100)
        build(large, args.documents)
        sizes = {"small": (small, 100), "large": (large, args.documents)}
        trees = {"": (REPO, env)}
        if args.against:
            earlier = earlier_copy(args.against, home / "earlier")
            trees[args.against] = (earlier, dict(env, PYTHONPATH=str(earlier)))
        bare, bare_main = (n / 1e9 for n in instructions(["bench.startup_bare"], env, REPO))
        # The bare window again, keeping PySide's support code compiled as ours does
        # (its kept file warmed by the uncounted run): the ratio to it is our own work.
        kept, kept_main = (n / 1e9 for n in instructions(["bench.startup_bare_kept"], env, REPO))
        counted: dict[tuple[str, str], float] = {}
        on_main: dict[tuple[str, str], float] = {}
        for ref, (tree, tree_env) in trees.items():
            for size, (db, _count) in sizes.items():
                command = ["annotator", "gui", "--db", str(db)]
                total, main_thread = instructions(command, tree_env, tree)
                counted[ref, size], on_main[ref, size] = total / 1e9, main_thread / 1e9
        baselines = (
            ("bare PySide6 QMainWindow + QPlainTextEdit", bare, bare_main),
            ("the same bare window keeping PySide's support code compiled", kept, kept_main),
        )
        for name, base, _base_main in baselines:
            for ref in trees:
                for size, (_db, count) in sizes.items():
                    record(
                        f"start-up instructions to the served frame, "
                        f"{ref or 'this copy'}, {count:,} documents",
                        counted[ref, size],
                        base,
                        unit="G instructions",
                        max_ratio=1.5,
                        baseline_name=name,
                    )
        for name, _base, base_main in baselines:
            for ref in trees:
                for size, (_db, count) in sizes.items():
                    record(
                        f"start-up instructions on the window's thread, "
                        f"{ref or 'this copy'}, {count:,} documents",
                        on_main[ref, size],
                        base_main,
                        unit="G instructions",
                        max_ratio=1.5,
                        baseline_name=f"{name} (its thread)",
                    )
        if args.against:
            for size, (_db, count) in sizes.items():
                record(
                    f"start-up instructions, this copy against {args.against}, {count:,} documents",
                    counted["", size],
                    counted[args.against, size],
                    unit="G instructions",
                    baseline_name=f"{args.against}'s start-up",
                )
        record(
            f"start-up instructions, {args.documents:,} documents against 100",
            counted["", "large"],
            counted["", "small"],
            unit="G instructions",
            max_ratio=1.01,
            baseline_name="same start-up, 100 documents",
        )


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
