"""Process start to an interactive window: the real `annotator gui` next to a bare PySide6 window.

    python bench/bench_startup.py [--quick] [--runs N] [--documents N] [--against REF]
    (or: python -m bench startup)

Each figure is the wall time from starting a fresh `python` process to the
first painted frame of its window, once the event loop has served a timer
after that paint (see bench/startup_probe.py). Ours: `python -m annotator gui
--db FILE`, the path an analyst takes (the CLI, the database's start-up check,
migrations, the name, the main window with its first document). Baseline, in
the same run and interleaved with ours: a bare PySide6 QMainWindow holding a
QPlainTextEdit; and the same window keeping PySide's support code compiled as
ours does (bench/startup_bare_kept.py), so that the kept file's gain is not read
as our window's: each start-up's ratio is printed against both. Bytecode (and
the kept file) is made by a warm-up run of each before timing.
Two databases: 100 documents and 10,000 (--quick: 1,000), about 4 KB and 10
spans each, opened by the analyst who made those spans (the span table shows
them). bench/startup_instructions.py counts the same start-ups in
instructions. Goal (issue 16): at most 1.5x the bare window, and the large
corpus no slower than the small one (at most 1.1x of it, noise included).

With `--against REF` (a commit, e.g. `main`), REF's `annotator/` and
`resources/` (`git archive`) start on the same two databases in the same
interleaved turns, under this copy's probe, so a change is shown before and
after in one run: each start-up's ratio to the bare window, and this copy's
ratio to REF's.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.common import copy_of, median, record  # noqa: E402


def environment(home: Path) -> dict[str, str]:
    # The analyst whose spans the databases hold: the first document opens with its spans
    # in the table, as a returning analyst's does.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANNOTATOR_NAME="ana")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    env.pop("ANNOTATOR_DB", None)
    # Compiled bytecode, as an installed program has it, kept out of the checkout.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


PROBE_TIMEOUT_S = 60


def earlier_copy(ref: str, into: Path) -> Path:
    """REF's `annotator/` and `resources/` in `into`, with this copy's bench/ (the same probe)."""
    copy_of(ref, into)
    shutil.copytree(REPO / "bench", into / "bench", ignore=shutil.ignore_patterns("__pycache__"))
    return into


def time_to_frame(command: list[str], env: dict[str, str], cwd: Path = REPO) -> float:
    """Seconds from starting `python -m bench.startup_probe ... COMMAND` in `cwd` (whose
    `annotator` package and probe are the ones run) to its served frame."""
    with tempfile.NamedTemporaryFile("r", suffix=".t", delete=False) as sink:
        out = Path(sink.name)
    try:
        started = time.perf_counter()
        try:
            subprocess.run(
                [sys.executable, "-m", "bench.startup_probe", str(out), *command],
                cwd=cwd,
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                timeout=PROBE_TIMEOUT_S,
            )
        except subprocess.TimeoutExpired:
            # A modal message before the main window (a damaged or newer file, a name
            # prompt) waits for a click nobody gives: say so instead of hanging.
            sys.exit(
                f"bench_startup: `{' '.join(command)}` showed no main window within "
                f"{PROBE_TIMEOUT_S} s (a dialog before the window?)"
            )
        return float(out.read_text("utf-8")) - started
    finally:
        out.unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="1,000 documents, 5 runs")
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument("--documents", type=int, default=None)
    parser.add_argument("--against", metavar="REF", help="also start REF's window (before/after)")
    args = parser.parse_args()
    runs = args.runs or (5 if args.quick else 9)
    documents = args.documents or (1_000 if args.quick else 10_000)
    from bench.bench_open import build

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = environment(home)
        small, large = home / "small.db", home / "large.db"
        build(small, 100)
        build(large, documents)
        commands = {
            "bare": ["bench.startup_bare"],
            "bare kept": ["bench.startup_bare_kept"],
            "small": ["annotator", "gui", "--db", str(small)],
            "large": ["annotator", "gui", "--db", str(large)],
        }
        places = {name: (REPO, env) for name in commands}
        if args.against:
            earlier = earlier_copy(args.against, home / "earlier")
            earlier_env = dict(env, PYTHONPATH=str(earlier))
            for size in ("small", "large"):
                commands[f"{size} {args.against}"] = commands[size]
                places[f"{size} {args.against}"] = (earlier, earlier_env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for name, command in commands.items():
            time_to_frame(command, places[name][1], places[name][0])  # compiles; checks fully
        for _ in range(runs):  # interleaved, so that the machine's noise hits all of them
            for name, command in commands.items():
                times[name].append(time_to_frame(command, places[name][1], places[name][0]))
        bare = median(times["bare"]) * 1000
        kept = median(times["bare kept"]) * 1000
        baselines = (
            ("bare PySide6 QMainWindow + QPlainTextEdit", bare),
            ("the same bare window keeping PySide's support code compiled", kept),
        )
        for baseline_name, base in baselines:
            for name, count in (("small", 100), ("large", documents)):
                record(
                    f"process start to interactive window, `annotator gui`, {count:,} documents",
                    median(times[name]) * 1000,
                    base,
                    unit="ms",
                    max_ratio=1.5,
                    baseline_name=baseline_name,
                )
        if args.against:
            for baseline_name, base in baselines:
                for name, count in (("small", 100), ("large", documents)):
                    record(
                        f"process start to interactive window, {args.against}, {count:,} documents",
                        median(times[f"{name} {args.against}"]) * 1000,
                        base,
                        unit="ms",
                        max_ratio=1.5,
                        baseline_name=baseline_name,
                    )
            for name, count in (("small", 100), ("large", documents)):
                before = median(times[f"{name} {args.against}"]) * 1000
                record(
                    f"start-up, this copy against {args.against}, {count:,} documents",
                    median(times[name]) * 1000,
                    before,
                    unit="ms",
                    baseline_name=f"{args.against}'s start-up",
                )
        record(
            f"start-up, {documents:,} documents against 100",
            median(times["large"]) * 1000,
            median(times["small"]) * 1000,
            unit="ms",
            max_ratio=1.1,
            baseline_name="same start-up, 100 documents",
        )


if __name__ == "__main__":
    main()
