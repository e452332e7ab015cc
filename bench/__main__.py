"""Run every benchmark (or those named) and print one table of ratios and peak memory.

    python -m bench [--quick] [NAME ...]      (NAME: import, export, gui, agreement, ...)

Each benchmark runs in its own process, from the repository root, with its
baseline measured in that same process; this runner only collects what each
one records through `bench.common.record` and the child's peak RSS. A
benchmark that crashes is shown as such; the runner exits 1 when one crashed
or missed its goal, so a regression is visible at a glance.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def available() -> dict[str, Path]:
    return {path.stem.removeprefix("bench_"): path for path in sorted(HERE.glob("bench_*.py"))}


def run_one(path: Path, quick: bool) -> tuple[int, float, float, list[dict[str, object]]]:
    """(exit status, seconds, child's peak RSS in MB, recorded rows) of one benchmark."""
    with tempfile.NamedTemporaryFile("r", suffix=".jsonl", delete=False) as sink:
        results = Path(sink.name)
    env = dict(os.environ, BENCH_RESULTS=str(results), QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    command = [sys.executable, str(path), *(["--quick"] if quick else [])]
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=REPO, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    rows = [json.loads(line) for line in results.read_text("utf-8").splitlines() if line]
    results.unlink()
    return child.returncode, seconds, usage.ru_maxrss / 1024, rows


def table(results: list[tuple[str, int, float, float, list[dict[str, object]]]]) -> str:
    head = ("benchmark", "measure", "ours", "baseline", "ratio", "goal", "verdict", "peak RSS")
    lines = [head]
    for name, code, _seconds, rss, rows in results:
        if code != 0:
            lines.append((name, "(crashed)", "", "", "", "", f"exit {code}", f"{rss:.0f} MB"))
        for row in rows:
            unit = str(row["unit"])
            ours = f"{row['ours']:,.3g} {unit}"
            base = "" if row["baseline"] is None else f"{row['baseline']:,.3g} {unit}"
            ratio = "" if row["ratio"] is None else f"{row['ratio']:.2f}x"
            verdict = {True: "met", False: "MISSED", None: ""}[row["met"]]  # type: ignore[index]
            lines.append(
                (name, str(row["measure"]), ours, base, ratio, str(row["goal"]), verdict,
                 f"{rss:.0f} MB")
            )  # fmt: skip
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)) for line in lines
    )


def main(argv: list[str] | None = None) -> int:
    benches = available()
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("names", nargs="*", metavar="NAME", help=", ".join(benches))
    parser.add_argument("--quick", action="store_true", help="smaller inputs, fewer runs")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.names) - set(benches))
    if unknown:
        parser.error(f"unknown benchmark {unknown[0]!r} (known: {', '.join(benches)})")
    chosen = args.names or list(benches)
    results = []
    for name in chosen:
        print(f"== {name} ==", flush=True)
        code, seconds, rss, rows = run_one(benches[name], args.quick)
        results.append((name, code, seconds, rss, rows))
    print()
    print(table(results))
    bad = any(
        code != 0 or any(row["met"] is False for row in rows) for _, code, _, _, rows in results
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
