"""Run a module as `python -m MODULE ARGS...` and write the process's own peak RSS to a file.

    python -m bench.peak OUTFILE MODULE [ARGS...]

Why: the peak RSS that `wait4` reports for a child (ru_maxrss) includes the
resident memory of the PARENT at the moment of fork (Python's subprocess
uses vfork, and Linux carries the old address space's high-water mark over
`exec`). A benchmark holding 1 GB of baseline rows would see every child it
starts "peak" at 1 GB. The kernel's VmHWM of the new address space, read
at exit, is the child's own figure.
"""

from __future__ import annotations

import atexit
import resource
import runpy
import sys
from pathlib import Path


def own_peak_mb() -> float:
    """VmHWM of this process in MB (Linux); ru_maxrss elsewhere."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024


def main() -> None:
    out, module, *args = sys.argv[1:]
    atexit.register(lambda: Path(out).write_text(f"{own_peak_mb():.1f}\n", "utf-8"))
    sys.argv = [module, *args]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
