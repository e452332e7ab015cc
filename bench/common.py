"""What every benchmark reports: one figure next to its same-run baseline, with its goal.

A benchmark calls `record(...)` once per measure. It prints a line for a person
and, when `python -m bench` runs it (the environment variable BENCH_RESULTS
names a file), appends the figure as one JSON line so the runner can print
every benchmark in one table. A goal is a ratio to the baseline, an absolute
ceiling, or both; it is stated as the issue states it and never lowered here.
"""

from __future__ import annotations

import io
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KiB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024


def run_measured(
    module: str, args: Sequence[str], *, cwd: Path, env: dict[str, str] | None = None
) -> tuple[float, float]:
    """(seconds, the child's own peak RSS in MB) of `python -m MODULE ARGS` in a fresh process.

    The peak is the child's VmHWM, written by `bench.peak` at exit: wait4's
    ru_maxrss would include this (parent) process's memory at fork. Raises
    SystemExit when the command fails.
    """
    with tempfile.NamedTemporaryFile("r", suffix=".rss", delete=False) as sink:
        peak_file = Path(sink.name)
    env = dict(os.environ if env is None else env)
    repo = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [repo, env.get("PYTHONPATH")]))
    command = [sys.executable, "-m", "bench.peak", str(peak_file), module, *args]
    started = time.perf_counter()
    code = subprocess.call(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    try:
        if code != 0:
            raise SystemExit(f"python -m {module} {' '.join(args)} exited {code}")
        return seconds, float(peak_file.read_text("utf-8"))
    finally:
        peak_file.unlink(missing_ok=True)


def record(
    measure: str,
    ours: float,
    baseline: float | None = None,
    *,
    unit: str = "s",
    max_ratio: float | None = None,
    max_value: float | None = None,
    baseline_name: str = "",
    note: str = "",
) -> bool:
    """Print one measure and append it to $BENCH_RESULTS; returns whether it met its goal.

    `ours` and `baseline` are medians in `unit` (smaller is better). The goal
    is met when every stated bound holds: ours / baseline <= max_ratio and
    ours <= max_value.
    """
    ratio = ours / baseline if baseline else None
    met = True
    if max_ratio is not None and ratio is not None:
        met &= ratio <= max_ratio
    if max_value is not None:
        met &= ours <= max_value
    goal = " and ".join(
        part
        for part in (
            f"<= {max_ratio:g}x" if max_ratio is not None else "",
            f"<= {max_value:g} {unit}" if max_value is not None else "",
        )
        if part
    )
    shown = f"{measure}: {ours:,.3g} {unit}"
    if baseline is not None:
        shown += f"  (baseline {baseline_name or 'in the same run'}: {baseline:,.3g} {unit}"
        shown += f"; ratio {ratio:.2f}x)" if ratio is not None else ")"
    if goal:
        shown += f"  goal {goal}: {'met' if met else 'MISSED'}"
    if note:
        shown += f"  [{note}]"
    print(shown, flush=True)
    target = os.environ.get("BENCH_RESULTS")
    if target:
        row = {
            "measure": measure,
            "ours": ours,
            "baseline": baseline,
            "baseline_name": baseline_name,
            "unit": unit,
            "ratio": ratio,
            "goal": goal,
            "met": met if goal else None,
            "peak_rss_mb": round(peak_rss_mb(), 1),
            "note": note,
        }
        with open(target, "a", encoding="utf-8") as out:
            out.write(json.dumps(row) + "\n")
    return met


REPO = Path(__file__).resolve().parent.parent


def copy_of(ref: str, into: Path) -> Path:
    """REF's `annotator/` and `resources/` (git archive), unpacked into `into`: the code a
    benchmark times against this copy's, in the same run."""
    got = subprocess.run(
        ["git", "archive", "--format=tar", ref, "annotator", "resources"],
        cwd=REPO,
        capture_output=True,
        check=False,
    )
    if got.returncode != 0:
        message = got.stderr.decode("utf-8", "replace").strip()
        raise SystemExit(f"--against {ref}: git archive failed: {message}")
    into.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(got.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into


def sample_texts() -> list[str]:
    """The texts of the articles written for this project (`sample_articles/*.txt`, then
    `sample_articles/dev/*.txt`, each in name order): what the suggestion benches run."""
    folder = REPO / "sample_articles"
    files = sorted(folder.glob("*.txt")) + sorted((folder / "dev").glob("*.txt"))
    return [f.read_text("utf-8") for f in files]


def repeated_samples(size: int = 1_000_000) -> str:
    """One long article of `size` characters: the sample texts joined by blank lines,
    repeated and cut (the 1 MB article of the suggestion benches)."""
    joined = "\n\n".join(sample_texts())
    return (joined * (size // len(joined) + 1))[:size]


def article_and_copies(tmp: Path, size: int, against: str | None) -> tuple[Path, dict[str, Path]]:
    """The long article of `size` characters written to `tmp`, and the copies to time on
    it: this repository ("this copy") and, with `against`, that commit's `copy_of`."""
    article = tmp / "article.txt"
    article.write_text(repeated_samples(size), "utf-8")
    copies = {"this copy": REPO}
    if against:
        copies[against] = copy_of(against, tmp / "against")
    return article, copies


def run_in_copy(
    copy: Path,
    code: str,
    *args: str,
    before: Sequence[str] = (),
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """`python -c CODE ARGS` in a fresh process that imports `copy`'s package (this
    repository, or a `copy_of` another commit), run from `copy`; `before` goes in front
    of the interpreter (e.g. valgrind), `env` adds to the environment. Output captured as
    text; raises SystemExit with the end of its stderr when it fails."""
    environment = dict(os.environ, PYTHONPATH=str(copy), **(env or {}))
    done = subprocess.run(
        [*before, sys.executable, "-c", code, *args],
        cwd=copy,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"a run in {copy} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return done


# A callgrind dump's number ("part: 2") and its instruction count ("summary: 123").
_DUMP_PART = re.compile(r"^part:\s*(\d+)", re.MULTILINE)
_DUMP_TOTAL = re.compile(r"^(?:summary|totals):\s*(\d+)", re.MULTILINE)


def callgrind_parts(
    copy: Path, code: str, *args: str, out: Path, env: dict[str, str] | None = None
) -> dict[int, int]:
    """Run `code` as `run_in_copy` does, under callgrind with instrumentation off at the
    start and a dump before every `os.getppid()` the code makes (it switches counting on
    with callgrind_control around what it measures); the instructions of each dump by
    its part number. The dump files (`out` and its numbered siblings) are removed."""
    run_in_copy(
        copy,
        code,
        *args,
        before=[
            "valgrind",
            "--tool=callgrind",
            "--instr-atstart=no",
            "--dump-before=getppid",
            f"--callgrind-out-file={out}",
        ],
        env=env,
    )
    parts = {}
    for dump in out.parent.glob(f"{out.name}*"):
        body = dump.read_text("utf-8", "replace")
        part, total = _DUMP_PART.search(body), _DUMP_TOTAL.search(body)
        if part is not None and total is not None:
            parts[int(part.group(1))] = int(total.group(1))
        dump.unlink()
    return parts
