"""Start-up in CPU time: `annotator gui` next to a bare PySide6 window, on a busy machine.

    python bench/startup_cpu.py [--runs N] [--against REF]

bench_startup.py times what the user waits for, but on a machine other programs
keep busy its wall times mostly measure the wait for a core. The CPU time a
start-up takes (user + system, of the process and its threads, read with
`os.wait4`) moves far less with the load: this prints its medians, from the
process's start to its served first frame (bench/startup_probe.py, which ends
the process there), for the 100-document database of bench_startup.py, the
bare window and the bare window keeping PySide's support code compiled as ours
does (bench/startup_bare_kept.py; each ratio is printed against both),
interleaved, with REF's window too when asked (before/after). Every
start-up runs once uncounted first (bytecode, and the kept PySide support code of
annotator.kept_support_code, are then as a returning user has them).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from statistics import median

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.bench_startup import earlier_copy, environment  # noqa: E402
from bench.common import record  # noqa: E402


def cpu_to_frame(command: list[str], env: dict[str, str], cwd: Path) -> float:
    """Seconds of CPU `python -m bench.startup_probe OUT COMMAND` takes to its served frame."""
    with tempfile.TemporaryDirectory() as tmp:
        process = subprocess.Popen(
            [sys.executable, "-m", "bench.startup_probe", str(Path(tmp) / "frame.t"), *command],
            cwd=cwd,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _pid, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0 or not (Path(tmp) / "frame.t").exists():
            sys.exit(f"startup_cpu: `{' '.join(command)}` failed")
        return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--against", metavar="REF", help="also start REF's window")
    args = parser.parse_args()
    from bench.bench_open import build

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = environment(home)
        small = home / "small.db"
        build(small, 100)
        window = ["annotator", "gui", "--db", str(small)]
        commands = {
            "bare": (["bench.startup_bare"], REPO, env),
            "bare kept": (["bench.startup_bare_kept"], REPO, env),
            "this copy": (window, REPO, env),
        }
        if args.against:
            earlier = earlier_copy(args.against, home / "earlier")
            commands[args.against] = (window, earlier, dict(env, PYTHONPATH=str(earlier)))
        times: dict[str, list[float]] = {name: [] for name in commands}
        for command, cwd, command_env in commands.values():
            cpu_to_frame(command, command_env, cwd)
        for _ in range(args.runs):  # interleaved: the machine's load hits them all alike
            for name, (command, cwd, command_env) in commands.items():
                times[name].append(cpu_to_frame(command, command_env, cwd))
        baselines = (
            ("bare", "bare PySide6 QMainWindow + QPlainTextEdit"),
            ("bare kept", "the same bare window keeping PySide's support code compiled"),
        )
        for key, baseline_name in baselines:
            for name in commands:
                if not name.startswith("bare"):
                    record(
                        f"CPU time to the served frame, {name}, 100 documents",
                        median(times[name]) * 1000,
                        median(times[key]) * 1000,
                        unit="ms",
                        max_ratio=1.5,
                        baseline_name=baseline_name,
                    )
        if args.against:
            record(
                f"CPU time to the served frame, this copy against {args.against}",
                median(times["this copy"]) * 1000,
                median(times[args.against]) * 1000,
                unit="ms",
                baseline_name=f"{args.against}'s start-up",
            )


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
