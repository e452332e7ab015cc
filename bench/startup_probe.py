"""Run `python -m MODULE ARGS...` and note when its first window frame was painted and served.

    python -m bench.startup_probe OUTFILE MODULE [ARGS...]

With $BENCH_PROFILE naming a file, the run is profiled (cProfile) up to the
served frame and the statistics are written there (for finding hotspots;
the times are then not comparable). With $BENCH_MODULES naming a file, the
names of the modules loaded at the served frame are written there, one a
line (tests/ui/test_startup_imports.py keeps heavy ones out of the first frame).
With $BENCH_QT_CLASSES naming a file, the QtWidgets and QtGui classes whose
Python types PySide has built by then (it builds them, and their enum types, on
first use) are written there, one a line.
With $BENCH_THREADS naming a file, the names of the process's threads at the
served frame (Linux: /proc/self/task) are written there, one a line.
With $BENCH_GC naming a file, whether Python's garbage collector is on one
loop turn after the served frame (once what the first paint queued has run)
is written there ("enabled" or "disabled"), and the probe ends then.

For the start-up benchmark (bench_startup.py): once the program imports
PySide6.QtWidgets, its QMainWindow class is replaced by a subclass that
watches the window's own events (an error box or a name dialog is not the
window); once the main window has painted its first frame and the event loop
has run a zero timer after that paint (the window is interactive: the loop
serves events), the probe writes `time.perf_counter()` to OUTFILE and ends
the process at once.
On Linux perf_counter reads CLOCK_MONOTONIC, which is the same clock in every
process, so the parent subtracts the moment it started the child.

The probe costs the same in the program and in the bare baseline: an import
hook that looks at each module name, and the main window's `event` in Python.
"""

from __future__ import annotations

import importlib.machinery
import os
import runpy
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType


def main() -> None:
    out, module, *args = sys.argv[1:]
    profile_to = os.environ.get("BENCH_PROFILE")
    modules_to = os.environ.get("BENCH_MODULES")
    classes_to = os.environ.get("BENCH_QT_CLASSES")
    gc_to = os.environ.get("BENCH_GC")
    threads_to = os.environ.get("BENCH_THREADS")
    profiler = None
    if profile_to:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()

    def served() -> None:
        Path(out).write_text(f"{time.perf_counter()!r}\n", "utf-8")
        if modules_to:
            Path(modules_to).write_text("\n".join(sorted(sys.modules)) + "\n", "utf-8")
        if classes_to:  # not getattr: no building
            built = sorted(
                name
                for module in ("PySide6.QtWidgets", "PySide6.QtGui")
                for name in vars(sys.modules[module])
            )
            Path(classes_to).write_text("\n".join(built) + "\n", "utf-8")
        if threads_to:
            Path(threads_to).write_text("".join(thread_names()), "utf-8")
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(profile_to)
        sys.stdout.flush()
        if gc_to:  # read one loop turn later: what the first paint queued has run by then
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, collector_state)
            return
        os._exit(0)  # what runs after the first frame is not start-up

    def collector_state() -> None:
        import gc

        Path(gc_to).write_text("enabled\n" if gc.isenabled() else "disabled\n", "utf-8")
        os._exit(0)

    def watch(widgets: ModuleType) -> None:
        """Make every QMainWindow the program creates note its first paint."""
        from PySide6.QtCore import QEvent, QTimer

        base = widgets.QMainWindow
        seen: list[bool] = []

        class ProbedMainWindow(base):  # type: ignore[misc, valid-type]
            # Only the main window's own events pass through here. An event filter on
            # the application would also see every other object, and handing each one
            # to Python makes PySide create the Python classes (and enums) of all
            # their types: about 180 enum types for the bare window, fewer for ours,
            # which made the bare baseline look slower than it is.
            def event(self, event: QEvent) -> bool:
                handled = bool(super().event(event))
                # The window paints itself first in a paint pass, then its children
                # in the same pass: the zero timer runs once the whole frame is done.
                if not seen and event.type() == QEvent.Type.Paint:
                    seen.append(True)
                    QTimer.singleShot(0, served)
                return handled

        widgets.QMainWindow = ProbedMainWindow  # type: ignore[attr-defined]

    sys.meta_path.insert(0, AfterImport("PySide6.QtWidgets", watch))
    sys.argv = [module, *args]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
    raise SystemExit(f"{module} ended without painting a window")


def thread_names() -> list[str]:
    """The names of this process's threads (their `comm`), each ending in a newline."""
    names = []
    for task in sorted(os.listdir("/proc/self/task"), key=int):  # the main thread first
        with open(f"/proc/self/task/{task}/comm", encoding="utf-8") as comm:
            names.append(comm.read())
    return names


class AfterImport:
    """Call `then(module)` once the module `name` has been imported, by whoever imports it.

    The probe must not import PySide6 itself: the program's own import order
    is part of what is measured (PySide6 hooks every import that follows it).
    Nor does it import importlib.abc or importlib.util, which cost more than
    the bare window's own imports.
    """

    def __init__(self, name: str, then: Callable[[ModuleType], None]) -> None:
        self.name, self.then = name, then

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return spec
        real, then = spec.loader, self.then

        class Loader:
            def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
                return real.create_module(spec)

            def exec_module(self, module: ModuleType) -> None:
                real.exec_module(module)
                then(module)

        spec.loader = Loader()
        return spec


if __name__ == "__main__":
    main()
