"""The Qt enum types `annotator gui` makes PySide build before its first frame, and why.

    python bench/startup_enums.py [--documents N]

PySide6 builds a Qt class's Python type the first time it is used, and every
enum type inside it at the same moment, each a Python `enum` class made member
by member: roughly 100,000 instructions a member. The dearest is the `Qt`
namespace: its 93 enum types (1,195 members, 471 of them Qt.Key's) are built
together the first time anything needs any one of them, about 124 M
instructions (`import PySide6.QtCore` with and without reading
`PySide6.QtCore.Qt`, counted under callgrind: 538 M and 662 M), some 11% of our
start-up, and the bare window never builds it.
Python code builds it by reading `Qt.X`; PySide builds it too when it weighs
an overload that takes a `Qt::` enum against the arguments given (`QColor(a
QColor)`, `QBrush(a QColor)`, `QPainter.setBrush(a QColor)`,
`QAction.setShortcut(a QKeySequence)`, `QScrollBar(parent)`) and when C++ hands
Python a `Qt::` enum (a model's `headerData` orientation,
`QKeyCombination.key()`). One such call anywhere before the first frame costs
the whole namespace.

The start-up runs as startup_instructions.py runs it (bench/startup_probe.py,
up to the served first frame), with Python's `enum` watched: each enum type
made is noted with the innermost line of annotator's code (or of the bare
window's script) on the stack when it was made. Printed: the enum types and
members built by `annotator gui` and by the bare window; whether the `Qt`
namespace was built and the line that built it first (change that line and run
again to find the next); and the types only ours builds, by the line that built
them. Counts types, not instructions: a few seconds, no valgrind.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

BARE_SCRIPT = REPO / "bench" / "startup_bare.py"
OURS = REPO / "annotator"
NOT_OURS = "(PySide6, Python or the probe)"


def site_of(frames: list[tuple[str, int]]) -> str:
    """The innermost of `frames` (file, line; outermost first) in annotator's code or the
    bare window's script, as 'annotator/ui/x.py:12'; NOT_OURS when there is none."""
    for filename, line in reversed(frames):
        path = Path(filename)
        if path == BARE_SCRIPT or OURS in path.parents:
            return f"{path.relative_to(REPO)}:{line}"
    return NOT_OURS


def child(out: str, probe_args: list[str]) -> None:
    """In the measured process: note every enum type made, then run the probe as usual.

    The probe ends the process with os._exit once the first frame is served; the
    notes are written then.
    """
    import enum
    import runpy
    import traceback

    made: list[tuple[type, int, str]] = []
    create = enum.EnumType._create_

    def noted(cls, class_name, names, *args, **kwargs):  # type: ignore[no-untyped-def]
        built = create(cls, class_name, names, *args, **kwargs)
        frames = [(f.filename, f.lineno or 0) for f in traceback.extract_stack()[:-1]]
        made.append((built, len(built.__members__), site_of(frames)))
        return built

    enum.EnumType._create_ = noted  # type: ignore[method-assign]
    leave = os._exit

    def write_and_leave(code: int) -> None:
        # Names are read now: PySide gives a type its qualified name after making it.
        notes = [
            {"type": f"{built.__module__}.{built.__qualname__}", "members": count, "site": site}
            for built, count, site in made
        ]
        Path(out).write_text(json.dumps(notes), "utf-8")
        leave(code)

    os._exit = write_and_leave  # type: ignore[assignment]
    sys.argv = [sys.argv[0], *probe_args]
    runpy.run_module("bench.startup_probe", run_name="__main__", alter_sys=True)


def built_types(command: list[str], env: dict[str, str], home: Path) -> list[dict[str, object]]:
    """The enum types `python -m COMMAND...` builds up to its served first frame."""
    notes, frame = home / "enums.json", home / "frame.t"
    notes.unlink(missing_ok=True)
    script = str(Path(__file__).resolve())
    ran = subprocess.run(
        [sys.executable, script, "--child", str(notes), str(frame), *command],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if ran.returncode != 0 or not notes.exists():
        sys.exit(f"startup_enums: `{' '.join(command)}` failed:\n{ran.stderr[-2000:]}")
    found: list[dict[str, object]] = json.loads(notes.read_text("utf-8"))
    return found


def qt_namespace(notes: list[dict[str, object]]) -> list[dict[str, object]]:
    """The notes of the `Qt` namespace's enum types (PySide6.QtCore.Qt.*)."""
    return [n for n in notes if str(n["type"]).startswith("PySide6.QtCore.Qt.")]


def only_ours(ours: list[dict[str, object]], bare: list[dict[str, object]]) -> Counter[str]:
    """Enum types built by ours and not by the bare window, counted by the line that built them."""
    theirs = {n["type"] for n in bare}
    return Counter(str(n["site"]) for n in ours if n["type"] not in theirs)


def report(ours: list[dict[str, object]], bare: list[dict[str, object]]) -> None:
    def members(notes: list[dict[str, object]]) -> int:
        return sum(int(str(n["members"])) for n in notes)

    print("enum types built before the first frame (members):")
    print(f"  annotator gui   {len(ours):5} ({members(ours):,})")
    print(f"  bare window     {len(bare):5} ({members(bare):,})")
    namespace = qt_namespace(ours)
    if namespace:
        print(
            f"\nthe Qt namespace is built: {len(namespace)} types ({members(namespace):,} "
            f"members), first by {namespace[0]['site']}"
        )
    else:
        print("\nthe Qt namespace is not built before the first frame")
    print("\nenum types only ours builds, by the line that built them:")
    for site, count in only_ours(ours, bare).most_common():
        print(f"  {count:4}  {site}")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3:])
        return
    import argparse

    from bench.bench_open import build
    from bench.bench_startup import environment

    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = dict(environment(home), PYTHONHASHSEED="0")
        db = home / "corpus.db"
        build(db, args.documents)
        ours = built_types(["annotator", "gui", "--db", str(db)], env, home)
        bare = built_types(["bench.startup_bare"], env, home)
    report(ours, bare)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
