"""Where `annotator gui`'s start-up instructions go: per phase and per imported module.

    python bench/startup_phases.py [--documents N] [--modules N] [--bare]

bench/startup_instructions.py says how many instructions the start-up takes;
this says where they go, for finding what to cut (issue 16). The start-up runs
once under callgrind, as startup_instructions.py runs it (bench/startup_probe.py,
up to the served first frame), with a callgrind dump at each phase boundary and
around every module's import, so each dump counts the instructions since the
previous one. Printed:

- the phases: Python and the probe, importing `annotator.app`, PySide6, the
  window's modules, opening the store, building the main window, the style
  sheet, and showing and painting the first frame (marks at `annotator.app`'s
  functions, which `run` calls in that order);
- the modules whose import cost most, inclusive (with the modules they import)
  and their own share (what ran while they were the innermost import: their
  code, and the Qt classes and enum types that their `from PySide6... import`
  lines build).

With `--bare`, the bare PySide6 window is measured the same way (its imports),
for comparison. The marks are a small library built here with the C compiler
and valgrind's `callgrind.h`, loaded through ctypes; with the import hook they
add about 35 M instructions (3%), most of it in the first phase, so the phases
sum to a little more than startup_instructions.py says. Run it alone: one
callgrind run takes about a minute.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

# The measured process runs this file too (`--child`): what it imports at the top is
# counted, so the rest is imported where it is used.
if TYPE_CHECKING:
    from collections import Counter

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

MARKER_SOURCE = """#include <valgrind/callgrind.h>
void mark(const char *name) { CALLGRIND_DUMP_STATS_AT(name); }
"""

# annotator.app's functions that `run` calls once each, in this order: their entries
# and exits are the phase boundaries.
PHASE_FUNCTIONS = ("spare_pyside_source_scans", "open_with_backup", "apply_style")


def build_marker(into: Path) -> Path:
    """The marking library, compiled into `into` (exits when it cannot be built)."""
    import shutil
    import subprocess

    source, library = into / "mark.c", into / "libmark.so"
    source.write_text(MARKER_SOURCE, "utf-8")
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        sys.exit("startup_phases: needs a C compiler (cc or gcc)")
    built = subprocess.run(
        [compiler, "-O2", "-shared", "-fPIC", "-o", str(library), str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    if built.returncode != 0:
        sys.exit(f"startup_phases: cannot build the marks (valgrind's headers?):\n{built.stderr}")
    return library


def child(library: str, probe_args: list[str]) -> None:
    """In the measured process: install the marks, then run the probe as usual."""
    import ctypes
    import runpy

    marker = ctypes.CDLL(library)

    def mark(name: str) -> None:
        marker.mark(name.encode())

    class MarkedImports:
        """Dumps around each module's execution (not the finding, which is cheap)."""

        def find_spec(self, name, path, target=None):  # type: ignore[no-untyped-def]
            for finder in sys.meta_path:
                if finder is self or not hasattr(finder, "find_spec"):
                    continue
                spec = finder.find_spec(name, path, target)
                if spec is not None:
                    break
            else:
                return None
            loader = spec.loader
            if loader is None or not hasattr(loader, "exec_module"):
                return spec

            class Marked:
                def create_module(self, spec):  # type: ignore[no-untyped-def]
                    return loader.create_module(spec)

                def exec_module(self, module):  # type: ignore[no-untyped-def]
                    mark(f"enter:{name}")
                    try:
                        loader.exec_module(module)
                    finally:
                        mark(f"exit:{name}")
                    if name == "annotator.app":
                        for function in PHASE_FUNCTIONS:
                            wrap(module, function)

                def __getattr__(self, attribute):  # type: ignore[no-untyped-def]
                    return getattr(loader, attribute)

            spec.loader = Marked()
            return spec

    def wrap(module, function):  # type: ignore[no-untyped-def]
        # Module functions only: setting an attribute of a Qt class (a method of
        # MainWindow) makes PySide redo work that the count would then include.
        real = getattr(module, function)

        def marked(*args, **kwargs):  # type: ignore[no-untyped-def]
            mark(f"call:{function}")
            try:
                return real(*args, **kwargs)
            finally:
                mark(f"return:{function}")

        setattr(module, function, marked)

    sys.meta_path.insert(0, MarkedImports())
    mark("start")
    sys.argv = [sys.argv[0], *probe_args]
    runpy.run_module("bench.startup_probe", run_name="__main__", alter_sys=True)


def dumps(folder: Path) -> list[tuple[str, int]]:
    """(what ended the dump, instructions in it), in order."""
    import re

    found = []
    for file in folder.glob("callgrind.out*"):
        text = file.read_text("utf-8", errors="replace")
        part = re.search(r"^part: (\d+)", text, re.M)
        trigger = re.search(r"^desc: Trigger: (.*)$", text, re.M)
        total = re.search(r"^(?:summary|totals): (\d+)", text, re.M)
        if trigger is None or total is None:
            continue
        number = int(part.group(1)) if part else 0
        found.append(
            (number, trigger.group(1).removeprefix("Client Request: "), int(total.group(1)))
        )
    return [(what, count) for _number, what, count in sorted(found)]


def phases(parts: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The instructions between the phase boundaries (the module marks summed in)."""
    names = {
        "start": "Python's own start (and loading the marks)",
        "enter:annotator.app": "the probe, annotator.launch, the command line, the log",
        "exit:annotator.app": "importing annotator.app (store, services)",
        "return:spare_pyside_source_scans": "importing PySide6 (QtCore, QtGui, QtWidgets)",
        "call:open_with_backup": "the window's modules, QApplication, crash handlers",
        "return:open_with_backup": "opening the database (check, migrations, pragmas)",
        "call:apply_style": "the name; building the main window and its first document",
        "return:apply_style": "the style sheet",
        "Program termination": "showing, the event loop, the first paint",
    }
    totals: list[tuple[str, int]] = []
    running = 0
    for what, count in parts:
        running += count
        if what in names:
            totals.append((names[what], running))
            running = 0
    if running:
        totals.append(("(after the last mark)", running))
    return totals


def modules(parts: list[tuple[str, int]]) -> tuple[Counter[str], Counter[str]]:
    """Instructions per module while importing it: inclusive, and its own share."""
    from collections import Counter

    stack: list[str] = []
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    for what, count in parts:
        if stack:
            own[stack[-1]] += count
            for name in set(stack):
                inclusive[name] += count
        if what.startswith("enter:"):
            stack.append(what.removeprefix("enter:"))
        elif what.startswith("exit:") and stack and stack[-1] == what.removeprefix("exit:"):
            stack.pop()
    return inclusive, own


def measure(
    command: list[str], env: dict[str, str], library: Path, home: Path
) -> list[tuple[str, int]]:
    """The start-up of `python -m COMMAND...` under callgrind, as its dumps."""
    import shutil
    import subprocess

    out = home / "callgrind"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    frame = home / "frame.t"
    inner = [sys.executable, str(Path(__file__).resolve()), "--child", str(library), str(frame)]
    inner += command
    subprocess.run(inner, env=env, cwd=REPO, check=True, capture_output=True)  # compiles
    ran = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--dump-instr=no",
            f"--callgrind-out-file={out}/callgrind.out",
            *inner,
        ],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if ran.returncode != 0 or not frame.exists():
        sys.exit(f"startup_phases: `{' '.join(command)}` failed:\n{ran.stderr[-2000:]}")
    return dumps(out)


def report(title: str, parts: list[tuple[str, int]], top: int, with_phases: bool) -> None:
    total = sum(count for _what, count in parts)
    print(f"\n{title}: {total / 1e6:,.1f} M instructions to the served frame (marks included)")
    if with_phases:
        print("\n  phase                                                      M instr   share")
        for name, count in phases(parts):
            print(f"  {name:<58} {count / 1e6:7.1f}  {count / total:6.1%}")
    inclusive, own = modules(parts)
    print(f"\n  the {top} dearest imports          M instr inclusive   own")
    for name, count in inclusive.most_common(top):
        print(f"  {name:<40} {count / 1e6:10.1f} {own[name] / 1e6:8.1f}")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3:])
        return
    import argparse
    import shutil
    import tempfile

    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=100)
    parser.add_argument("--modules", type=int, default=30, help="how many imports to list")
    parser.add_argument("--bare", action="store_true", help="also the bare PySide6 window")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("startup_phases: needs valgrind (callgrind) on PATH")
    from bench.bench_open import build
    from bench.bench_startup import environment

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = dict(environment(home), PYTHONHASHSEED="0")
        library = build_marker(home)
        db = home / "corpus.db"
        build(db, args.documents)
        parts = measure(["annotator", "gui", "--db", str(db)], env, library, home)
        report(f"`annotator gui`, {args.documents:,} documents", parts, args.modules, True)
        if args.bare:
            bare = measure(["bench.startup_bare"], env, library, home)
            report("bare PySide6 window", bare, args.modules, False)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
